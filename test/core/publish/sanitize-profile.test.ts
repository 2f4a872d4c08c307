import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  linkAttributes,
  resolveImage,
  resolveLink,
} from '../../../src/core/publish/sanitize-profile.ts';
import { safeMarkdown } from '../../../src/core/publish/safe-markdown.ts';

const PAGE = 'https://algobook.example/app/?src=x#/reader';

describe('the notebook profile', () => {
  it('allows no element that scripts, styles, submits, embeds or changes the document', () => {
    for (const tag of [
      'script',
      'style',
      'form',
      'input',
      'button',
      'select',
      'textarea',
      'iframe',
      'object',
      'embed',
      'base',
      'meta',
      'link',
      'svg',
      'math',
      'video',
      'audio',
    ]) {
      expect(ALLOWED_TAGS, tag).not.toContain(tag);
    }
  });

  it('allows no attribute that styles, clobbers, labels like the app or handles events', () => {
    for (const attr of ['style', 'class', 'id', 'name', 'role', 'target', 'rel', 'srcset']) {
      expect(ALLOWED_ATTR, attr).not.toContain(attr);
    }
    expect(ALLOWED_ATTR.filter((a) => /^on|^aria-|^data-/.test(a))).toEqual([]);
  });
});

describe('resolveLink(href, base)', () => {
  it('keeps in-page fragments as written', () => {
    expect(resolveLink('#method', PAGE)).toEqual({ kind: 'fragment', href: '#method' });
  });

  it('opens another origin in a new tab, protocol-relative and backslashed ones included', () => {
    expect(resolveLink('https://other.example/a', PAGE)).toEqual({
      kind: 'external',
      href: 'https://other.example/a',
    });
    expect(resolveLink('//evil.example/x', PAGE)).toEqual({
      kind: 'external',
      href: 'https://evil.example/x',
    });
    expect(resolveLink('/\\evil.example/x', PAGE)).toEqual({
      kind: 'external',
      href: 'https://evil.example/x',
    });
    expect(linkAttributes(resolveLink('//evil.example/x', PAGE))).toEqual({
      href: 'https://evil.example/x',
      target: '_blank',
      rel: 'noopener noreferrer',
    });
  });

  it('follows the page’s own origin in place, and mail in the mail program', () => {
    expect(resolveLink('other.html', PAGE)).toEqual({
      kind: 'same-origin',
      href: 'https://algobook.example/app/other.html',
    });
    expect(linkAttributes(resolveLink('mailto:a@b.example', PAGE))).toEqual({
      href: 'mailto:a@b.example',
    });
  });

  it('refuses schemes that run or smuggle content, however they are spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'blob:https://algobook.example/1',
      'file:///etc/passwd',
      'http://[bad',
    ]) {
      expect(resolveLink(href, PAGE), href).toEqual({ kind: 'refused' });
      expect(linkAttributes(resolveLink(href, PAGE)), href).toBeNull();
    }
  });

  it('counts every link as external when there is no page (an export)', () => {
    expect(resolveLink('https://algobook.example/x', undefined).kind).toBe('external');
    expect(resolveLink('relative.html', undefined)).toEqual({ kind: 'refused' });
  });
});

describe('resolveImage(src, base)', () => {
  it('keeps inline raster images, which contact nobody', () => {
    expect(resolveImage('data:image/png;base64,iVBORw0KGgo=', PAGE).kind).toBe('inline');
  });

  it('turns images that would be fetched into links, and refuses the others', () => {
    expect(resolveImage('http://127.0.0.1:9/track.png', PAGE)).toEqual({
      kind: 'link',
      link: { kind: 'external', href: 'http://127.0.0.1:9/track.png' },
    });
    expect(resolveImage('//evil.example/t.gif', PAGE).kind).toBe('link');
    expect(resolveImage('data:image/svg+xml,<svg onload=alert(1)>', PAGE)).toEqual({
      kind: 'link',
      link: { kind: 'refused' },
    });
  });
});

describe('safeMarkdown(markdown) follows the profile without a DOM', () => {
  it('escapes raw HTML and drops links that run', () => {
    const html = safeMarkdown(
      '<div style="position:fixed">x</div>\n\n[a](javascript:alert(1)) [b](https://ok.example)',
    );
    expect(html).not.toContain('<div');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://ok.example">b</a>');
  });

  it('turns a remote image into a link and a task list into characters', () => {
    expect(safeMarkdown('![pixel](http://evil.example/p.png)')).toBe(
      '<p><a href="http://evil.example/p.png">[pixel]</a></p>\n',
    );
    expect(safeMarkdown('- [x] done\n- [ ] todo')).not.toContain('<input');
  });
});
