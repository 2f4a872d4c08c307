import { describe, expect, it } from 'vitest';
import { commandFor } from '../../../src/app/notebook/command-keys.ts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('commandFor', () => {
  it('maps single keys to Jupyter commands', () => {
    expect(commandFor(key('Enter'), '')).toBe('edit');
    expect(commandFor(key('Enter', { shiftKey: true }), '')).toBe('run');
    expect(commandFor(key('a'), '')).toBe('insertAbove');
    expect(commandFor(key('B', { shiftKey: true }), '')).toBe('insertBelow');
    expect(commandFor(key('ArrowUp'), '')).toBe('up');
    expect(commandFor(key('j'), '')).toBe('down');
    expect(commandFor(key('m'), '')).toBe('toProse');
    expect(commandFor(key('y'), '')).toBe('toCode');
  });

  it('undoes with Z and redoes with Shift+Z, as JupyterLab', () => {
    expect(commandFor(key('z'), '')).toBe('undo');
    expect(commandFor(key('Z', { shiftKey: true }), '')).toBe('redo');
    expect(commandFor(key('z', { ctrlKey: true }), '')).toBeNull();
  });

  it('needs D twice to delete and I twice to stop', () => {
    expect(commandFor(key('d'), '')).toBe('pending');
    expect(commandFor(key('d'), 'd')).toBe('delete');
    expect(commandFor(key('i'), '')).toBe('pending');
    expect(commandFor(key('i'), 'i')).toBe('stop');
    expect(commandFor(key('d'), 'i')).toBe('pending');
  });

  it('leaves keys with modifiers to the browser', () => {
    expect(commandFor(key('a', { ctrlKey: true }), '')).toBeNull();
    expect(commandFor(key('x'), '')).toBeNull();
  });
});
