// The unit tests' host of the lazily loaded parsers, as the command line's: plain `import()`.
import { useFormatModules } from '../../src/core/data/format-modules.ts';
import { importFormatModules } from '../../src/core/data/format-modules-import.ts';

useFormatModules(importFormatModules);
