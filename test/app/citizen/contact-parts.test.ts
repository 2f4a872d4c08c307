import { describe, expect, it } from 'vitest';
import { contactParts } from '../../../src/app/citizen/contact-parts.ts';

describe('contactParts(contact)', () => {
  it('links an e-mail address with mailto:', () => {
    expect(contactParts('algo@ville.example.fr')).toEqual([
      { text: 'algo@ville.example.fr', href: 'mailto:algo@ville.example.fr' },
    ]);
    expect(contactParts('mailto:algo@ville.fr')).toEqual([
      { text: 'mailto:algo@ville.fr', href: 'mailto:algo@ville.fr' },
    ]);
  });

  it('links an https URL, and keeps the text around it', () => {
    expect(contactParts('Service du numérique, https://ville.example/contact.')).toEqual([
      { text: 'Service du numérique, ' },
      { text: 'https://ville.example/contact', href: 'https://ville.example/contact' },
      { text: '.' },
    ]);
  });

  it('keeps anything else as text, javascript: and http: included', () => {
    for (const hostile of [
      'javascript:alert(document.domain)',
      'JavaScript:alert(1)//https://x',
      'data:text/html,<script>alert(1)</script>',
      'http://ville.example',
      '<a href="javascript:alert(1)">write to us</a>',
      'Town hall, 1 place de la Mairie',
    ]) {
      const parts = contactParts(hostile);
      expect(parts.map((p) => p.text).join('')).toBe(hostile);
      for (const part of parts) if (part.href) expect(part.href).toMatch(/^(mailto:|https:\/\/)/);
    }
    expect(contactParts('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
  });
});
