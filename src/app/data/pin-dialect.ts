import { detectDialect } from '../../core/data/csv/detect.ts';
import type { DatasetSpec } from '../../core/format/types.ts';

/**
 * A csv/tsv pin with the dialect detected from its bytes written in (`csv:`), so that readers
 * see in the text how the file is read; a dialect the spec already pins is kept. Other formats
 * are returned as they are.
 */
export function withDetectedDialect<S extends Pick<DatasetSpec, 'format' | 'csv'>>(
  spec: S,
  bytes: Uint8Array,
): S & Pick<DatasetSpec, 'csv'> {
  if ((spec.format !== 'csv' && spec.format !== 'tsv') || spec.csv) return spec;
  const { bom: _bom, ...csv } = detectDialect(bytes, { format: spec.format });
  return { ...spec, csv };
}
