// Entry of `public/runner/parquet.js`: hyparquet and its codecs, loaded on a notebook's first
// Parquet dataset (src/runner/format-loaders.ts).
import { readParquet } from '../../core/data/parse-parquet.ts';
import { registerFormatModule } from './register.ts';

registerFormatModule('parquet', { readParquet });
