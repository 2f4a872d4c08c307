import { describe, expect, it } from 'vitest';
import { csp, sandboxOriginFromEnv } from '../../vite/csp-plugin.ts';

describe('csp(sandboxOrigin)', () => {
  it('forbids form submissions and eval on the page', () => {
    const policy = csp(null).split('; ');
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("script-src 'self'");
  });

  it('frames the sandbox on the loopback twin, or only on the configured origin', () => {
    expect(csp(null).split('; ')).toContain(
      "frame-src 'self' http://localhost:* http://127.0.0.1:*",
    );
    expect(csp('https://usercontent.example/algobook/').split('; ')).toContain(
      "frame-src 'self' https://usercontent.example",
    );
  });
});

describe('sandboxOriginFromEnv(value)', () => {
  it('reads an origin or a folder, and nothing when unset', () => {
    expect(sandboxOriginFromEnv(undefined)).toBeNull();
    expect(sandboxOriginFromEnv(' ')).toBeNull();
    expect(sandboxOriginFromEnv('https://usercontent.example')).toBe(
      'https://usercontent.example/',
    );
  });

  it('fails the build on a value that is not an http(s) origin or folder', () => {
    expect(() => sandboxOriginFromEnv('usercontent.example')).toThrow(
      'ALGOBOOK_SANDBOX_ORIGIN is not a URL: "usercontent.example"',
    );
    expect(() => sandboxOriginFromEnv('ftp://usercontent.example')).toThrow(/http\(s\)/);
    expect(() => sandboxOriginFromEnv("https://u.example/?'unsafe-eval'")).toThrow(
      /origin or a folder/,
    );
  });
});
