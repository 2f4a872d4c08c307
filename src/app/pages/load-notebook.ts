import { parse, FormatError } from '../../core/format/index.ts';
import type { Notebook } from '../../core/format/types.ts';
import { errorText } from '../i18n/error-text.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { takeEarly } from '../shell/early-fetch.ts';

export type Loaded =
  | { ok: true; notebook: Notebook; text: string; url: string }
  | { ok: false; message: string; url: string };

/** Fetches and parses a notebook file; every failure becomes a sentence for the person. */
export async function loadNotebook(src: string, base: string = location.href): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, base).href;
  } catch {
    return { ok: false, url: src, message: t('publish.load.badAddress', { src }) };
  }
  let response: Response;
  try {
    // Started with the page when the address names it (`shell/early-start.ts`).
    response = await (takeEarly(url) ?? fetch(url));
  } catch {
    return {
      ok: false,
      url,
      message: t('publish.load.unreachable', { url }),
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      url,
      message: t('publish.load.status', {
        url,
        status: `${response.status} ${response.statusText}`.trim(),
      }),
    };
  }
  const text = await response.text();
  return parseText(text, url);
}

export function parseText(text: string, url: string): Loaded {
  try {
    return { ok: true, notebook: parse(text), text, url };
  } catch (error) {
    // The line and what is wrong, in the reader's language (the English message is the fallback).
    const message =
      error instanceof FormatError
        ? t('publish.load.invalid', {
            reason: errorText(i18n.locale, error.code, error.params, error.message),
          })
        : t('publish.load.unreadable', { reason: String(error) });
    return { ok: false, url, message };
  }
}
