/**
 * What a chart spec from a notebook may do on the page (and in an export): draw the data the
 * cell passed, and nothing else. vega-embed renders on the app's page with the app's privileges, so a spec must
 * not load anything (data, images, config), reach vega-embed's options (`usermeta`), change
 * state other charts share (locales, expression functions, the body's cursor), or put its
 * widgets and tooltips anywhere but its own box.
 */

/** Why a chart was refused: it tried to reach `url`. */
export type ChartRefusal =
  | { kind: 'load'; url: string }
  | { kind: 'image'; url: string }
  | { kind: 'href'; url: string }
  | { kind: 'config'; url: string };

type Spec = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The spec vega-embed gets: without `usermeta`, through which a spec would set vega-embed's
 * options (global locales, loaders, tooltip placement, patches, expression functions).
 */
export function withoutEmbedOptions(spec: Spec): Spec {
  const copy: Spec = {};
  for (const [key, value] of Object.entries(spec)) if (key !== 'usermeta') copy[key] = value;
  return copy;
}

/** A refusal known before drawing: a config given as an address instead of an object. */
export function configRefusal(spec: Spec): ChartRefusal | null {
  const embedOptions = isRecord(spec.usermeta) ? spec.usermeta.embedOptions : undefined;
  for (const config of [spec.config, isRecord(embedOptions) ? embedOptions.config : undefined]) {
    if (typeof config === 'string') return { kind: 'config', url: config };
  }
  return null;
}

/**
 * The compiled Vega spec, confined: input bindings go in the chart's box (Vega would otherwise
 * put them in, and first empty, any element a CSS selector names, e.g. the app's `main`), no
 * listeners on elements outside it, and no cursor set on the page's body.
 */
export function confineVegaSpec(vgSpec: Spec): Spec {
  const config = isRecord(vgSpec.config) ? vgSpec.config : {};
  const events = isRecord(config.events) ? config.events : {};
  return {
    ...vgSpec,
    config: {
      ...config,
      events: { ...events, bind: 'container', selector: false, globalCursor: false },
    },
  };
}

/** The parts of Vega's loader interface that vega-embed and Vega call. */
export interface RefusingLoader {
  load(uri: unknown): Promise<never>;
  sanitize(uri: unknown, options?: { context?: string }): Promise<Record<string, string>>;
  http(uri: unknown): Promise<never>;
  file(uri: unknown): Promise<never>;
}

/**
 * A Vega loader that loads nothing. Every attempt is reported to `onRefuse` (so the chart can
 * say why it is incomplete) and fails. Only a mark's `href` to a web address passes, opened in a
 * new tab without opener or referrer.
 */
export function refusingLoader(onRefuse: (refusal: ChartRefusal) => void): RefusingLoader {
  const refuse = (refusal: ChartRefusal): Promise<never> => {
    onRefuse(refusal);
    return Promise.reject(new Error(`algobook charts load nothing: ${refusal.url}`));
  };
  return {
    load: (uri) => refuse({ kind: 'load', url: String(uri) }),
    http: (uri) => refuse({ kind: 'load', url: String(uri) }),
    file: (uri) => refuse({ kind: 'load', url: String(uri) }),
    sanitize(uri, options) {
      const url = String(uri);
      if (options?.context === 'href') {
        const href = webAddress(url);
        if (href) return Promise.resolve({ href, target: '_blank', rel: 'noopener noreferrer' });
        return refuse({ kind: 'href', url });
      }
      return refuse({ kind: options?.context === 'image' ? 'image' : 'load', url });
    },
  };
}

function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A tooltip's value as lines of text: Vega gives a string, a number or a record of fields. */
export function tooltipLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (isRecord(value))
    return Object.entries(value).map(([key, field]) => `${key}: ${tooltipText(field)}`);
  return [tooltipText(value)];
}

function tooltipText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) || Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}
