// Entry of `public/runner/xlsx.js`: SheetJS, loaded on a notebook's first Excel dataset
// (src/runner/format-loaders.ts).
import { readWorkbook } from '../../core/data/parse-xlsx.ts';
import { registerFormatModule } from './register.ts';

registerFormatModule('xlsx', { readWorkbook });
