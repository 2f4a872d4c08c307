import type { ImportCellErrorCode } from './import-cells.ts';

/** The French of import-cells.ts. */
export const IMPORT_CELL_ERRORS_FR: Record<ImportCellErrorCode, string> = {
  'import-not-alone':
    'Une cellule d’import ne définit rien d’autre\u00a0: laissez import … from "{from}" seul dans sa cellule et déplacez ce code dans une autre cellule',
  'import-several-sources':
    'Une cellule d’import prend ses noms dans un seul carnet\u00a0: celle-ci importe de "{from}"\u00a0; importez de "{other}" dans une cellule à part',
  'import-attributes':
    'Un import ne prend pas d’attributs (with {…})\u00a0: écrivez import {a, b as c} from "{from}"',
  'import-no-names':
    'Cet import ne prend aucun nom\u00a0: indiquez les noms utilisés, par exemple import {a, b as c} from "{from}"',
  'import-default':
    'Un carnet n’a pas d’export par défaut\u00a0: nommez ce que vous prenez, par exemple import {{local}} from "{from}"',
  'import-namespace':
    'import * n’est pas pris en charge\u00a0: nommez ce que vous prenez, par exemple import {a, b as c} from "{from}", ou appelez use("{from}", {}) pour tous ses noms',

  'import-unknown':
    'Ce carnet n’importe rien sous le nom «\u00a0{name}\u00a0»\u00a0; ses imports sont {known} (sous «\u00a0imports:\u00a0» dans son en-tête).',
  'import-none':
    'Ce carnet n’importe rien sous le nom «\u00a0{name}\u00a0»\u00a0: il n’a aucun import (listez-les sous «\u00a0imports:\u00a0» dans son en-tête).',
  'import-unknown-name':
    '«\u00a0{notebook}\u00a0» ne définit pas {name}\u00a0; ses noms sont {known}.',
  'import-no-names-defined':
    '«\u00a0{notebook}\u00a0» ne définit pas {name}\u00a0: il ne définit aucun nom.',
  'import-unknown-override':
    'use("{import}", …)\u00a0: «\u00a0{notebook}\u00a0» ne définit pas {name}, qu’on ne peut donc pas remplacer\u00a0; ses noms sont {known}.',
  'import-overrides-not-object':
    'use("{import}", overrides)\u00a0: overrides doit être un objet des noms à remplacer, par exemple use("{import}", {x: 1})',
  'import-name-not-text': 'use(name, overrides)\u00a0: name doit être le nom d’un import, en texte',
  'import-modules-too-deep':
    'Les imports s’imbriquent sur plus de {max}\u00a0niveaux ({path})\u00a0: algobook s’arrête là. Importez un carnet qui en importe moins d’autres.',
  'import-cell-failed':
    'Dans le carnet importé «\u00a0{notebook}\u00a0», la cellule {cell} a échoué\u00a0: {reason}',
};
