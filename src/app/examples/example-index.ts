import type { ExampleEntry } from '../../../vite/example-index.ts';

let loading: Promise<ExampleEntry[]> | undefined;

/**
 * The examples shipped with the app (`examples/index.json`, written by the build), fetched once
 * per page; an empty list when it cannot be read (asked again next time), as the home page then
 * shows none.
 */
export function exampleIndex(): Promise<ExampleEntry[]> {
  loading ??= fetch('examples/index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<ExampleEntry[]>;
    })
    .catch(() => {
      loading = undefined;
      return [];
    });
  return loading;
}
