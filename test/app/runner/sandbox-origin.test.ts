import { describe, expect, it } from 'vitest';
import { sandboxPageUrl } from '../../../src/app/runner/sandbox-origin.ts';

describe('sandboxPageUrl(appBase, configured)', () => {
  it('serves the sandbox of an app on localhost from 127.0.0.1, and the other way round', () => {
    expect(sandboxPageUrl('http://localhost:4173/', null).href).toBe(
      'http://127.0.0.1:4173/sandbox.html',
    );
    expect(sandboxPageUrl('http://127.0.0.1:5173/app/#/x', null).href).toBe(
      'http://localhost:5173/app/sandbox.html',
    );
  });

  it('uses the configured user-content origin, as a folder', () => {
    expect(
      sandboxPageUrl('https://city.example/algobook/', 'https://usercontent.example').href,
    ).toBe('https://usercontent.example/sandbox.html');
    expect(
      sandboxPageUrl('https://city.example/', 'https://usercontent.example/algobook').href,
    ).toBe('https://usercontent.example/algobook/sandbox.html');
  });

  it('keeps the app origin elsewhere, and ignores a configured value that is not http(s)', () => {
    expect(sandboxPageUrl('https://city.example/a/', null).href).toBe(
      'https://city.example/a/sandbox.html',
    );
    expect(sandboxPageUrl('https://city.example/', 'javascript:alert(1)').href).toBe(
      'https://city.example/sandbox.html',
    );
    expect(sandboxPageUrl('https://city.example/', 'not a url').href).toBe(
      'https://city.example/sandbox.html',
    );
  });
});
