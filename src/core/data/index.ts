export { DatasetHashMismatch, DatasetParseError } from './errors.ts';
export { parseDataset } from './parse-dataset.ts';
export { readDataset } from './read-dataset.ts';
export { sha256Hex } from './sha256.ts';
