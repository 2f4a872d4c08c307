/**
 * Requests started before the code that reads them has loaded (issue 15): the first reader of
 * the same URL takes the response, once; anyone later fetches again. What the response holds is
 * checked where it is read, as for any fetch.
 */
const started = new Map<string, Promise<Response>>();

/**
 * Starts fetching `url` now, as `fetch(url, init)`, for a later `takeEarly` of the same URL; the
 * response's promise (clone the response to read it here too).
 */
export function fetchEarly(url: string, init?: RequestInit): Promise<Response> {
  const already = started.get(url);
  if (already) return already;
  const response = fetch(url, init);
  // Never an unhandled rejection: the taker sees the failure, or nobody needed it.
  response.catch(() => {});
  started.set(url, response);
  return response;
}

/** The response started for `url` by `fetchEarly`, if any and not taken yet. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const response = started.get(url);
  started.delete(url);
  return response;
}
