import { describe, expect, it } from 'vitest';
import { undoKeyFor } from '../../../src/app/notebook/undo-keys.ts';

const press = (key: string, mods: Partial<KeyboardEvent> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...mods,
});

describe('undoKeyFor', () => {
  it('maps Ctrl/⌘+Z to undo, Ctrl/⌘+Shift+Z and Ctrl+Y to redo', () => {
    expect(undoKeyFor(press('z', { ctrlKey: true }))).toBe('undo');
    expect(undoKeyFor(press('z', { metaKey: true }))).toBe('undo');
    expect(undoKeyFor(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKeyFor(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores other keys and keys without Ctrl or ⌘', () => {
    expect(undoKeyFor(press('z'))).toBeNull();
    expect(undoKeyFor(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoKeyFor(press('x', { ctrlKey: true }))).toBeNull();
  });
});
