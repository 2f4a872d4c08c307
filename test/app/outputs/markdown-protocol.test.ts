import { describe, expect, it } from 'vitest';
import { isMarkdownReady, isMarkdownReply } from '../../../src/app/outputs/markdown-protocol.ts';

describe('isMarkdownReply(data)', () => {
  it('takes a numbered HTML or error reply', () => {
    expect(isMarkdownReply({ id: 1, html: '<p>a</p>' })).toBe(true);
    expect(isMarkdownReply({ id: 2, error: 'bad' })).toBe(true);
  });

  it('drops anything else', () => {
    for (const data of [
      null,
      'html',
      { html: '<p>a</p>' },
      { id: '1', html: '<p>a</p>' },
      { id: 1.5, html: '<p>a</p>' },
      { id: 1, html: 3 },
      { id: 1 },
    ])
      expect(isMarkdownReply(data), JSON.stringify(data)).toBe(false);
  });
});

describe('isMarkdownReady(data)', () => {
  it('takes the ready message only', () => {
    expect(isMarkdownReady({ ready: true })).toBe(true);
    for (const data of [null, 'ready', { ready: 1 }, { ready: 'true' }, { id: 1, html: '' }])
      expect(isMarkdownReady(data), JSON.stringify(data)).toBe(false);
  });
});
