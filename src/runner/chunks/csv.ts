// Entry of `public/runner/csv.js`: the CSV/TSV dialect detection and parser, loaded on a
// notebook's first delimited dataset (src/runner/format-loaders.ts); the table is built in the
// runner, with its Arquero (core/data/csv/csv-table.ts).
import { readDelimited } from '../../core/data/parse-delimited.ts';
import { registerFormatModule } from './register.ts';

registerFormatModule('csv', { readDelimited });
