export {
  isKnownLicense,
  toSpdx,
  unversionedFamily,
  type KnownLicense,
  type LicenseFamily,
} from './spdx.ts';
export {
  attributionLine,
  attributions,
  LICENSE_NAMES,
  LICENSE_URLS,
  obligationsOf,
  shareAlikeConflicts,
  type Attribution,
  type AttributionPart,
  type Obligations,
  type ShareAlikeConflict,
} from './obligations.ts';
export {
  COMMON_LICENSES,
  commonLicenseName,
  MAX_LICENSE_ID,
  searchLicenses,
  spdxId,
} from './common.ts';
