import { ckan } from './ckan.ts';
import { opendatasoft } from './opendatasoft.ts';
import type { FetchFn, Portal, PortalKind } from './types.ts';
import { udata } from './udata.ts';

/** Where each kind of portal is searched when the person gives no address. */
export const DEFAULT_PORTAL_BASES: Record<PortalKind, string> = {
  opendatasoft: 'https://opendata.paris.fr',
  udata: 'https://www.data.gouv.fr',
  ckan: '',
};

/** A client for the portal of `kind` at `base`; `fetchFn` defaults to the global fetch. */
export function createPortal(kind: PortalKind, base: string, fetchFn?: FetchFn): Portal {
  const f: FetchFn = fetchFn ?? ((input, init) => globalThis.fetch(input, init));
  switch (kind) {
    case 'opendatasoft':
      return opendatasoft(base, f);
    case 'udata':
      return udata(base, f);
    case 'ckan':
      return ckan(base, f);
    default:
      throw new Error(
        `Unknown portal kind ${JSON.stringify(kind)}; expected opendatasoft, udata or ckan`,
      );
  }
}

export { PORTAL_NAMES, PortalError, type PortalFailureReason } from './errors.ts';
export { demoPortal } from './demo-fetch.ts';
export { DEMO_PORTAL_DIR } from './demo-catalog.ts';
export { formatFromUrl, formatOf } from './formats.ts';
export { opendatasoftExportUrl } from './opendatasoft.ts';
export { pinSpec, type PinInput } from './pin.ts';
export type {
  FetchFn,
  Portal,
  PortalDataset,
  PortalDatasetSummary,
  PortalField,
  PortalKind,
  PortalResource,
  SearchOptions,
  SearchResult,
} from './types.ts';
