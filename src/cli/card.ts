import { cardCompleteness, deriveCard, shortHash } from '../core/citizen/index.ts';
import { beginMonth } from '../core/citizen/begin-month.ts';
import { exportWords } from '../core/publish/export-labels.ts';
import { gapWords, statusWords } from '../core/publish/export-gaps.ts';
import type { TransparencyCard } from '../core/citizen/index.ts';
import type { Notebook } from '../core/format/types.ts';
import { cardExport } from './card-export.ts';
import { EXIT, type Command } from './command.ts';
import { importFailures, resolveSourceImports } from './import-loader.ts';
import { readNotebookSource } from './notebook-source.ts';
import { REGISTER_HELP, REGISTER_OPTIONS } from './register-export.ts';

const HELP = `Usage: algobook card FILE [--json]
       algobook card FILE --to STANDARD [--format csv|json] [-o OUT]

Prints the transparency card of the notebook FILE (*.algo.md): what French law asks a public
administration to say of an algorithm it uses (CRPA, article R311-3-1-2). The purpose,
contribution to the decision, level of automation, legal basis, administration, contact and
date of update come from the \`transparency\` block of the front matter; the data, parameters
and operations are read from the notebook itself (the datasets, inputs and cells that its
indicators, cells marked \`js indicator\`, depend on; every cell when none is marked). The
algorithms it relies on are its imports (\`imports:\`), each loaded and checked against its
pin to read its title and published version; an import that cannot be is said on standard
error, and listed as pinned. Nothing is run.

With --to, the card is written in a public register's layout instead: the fields the standard
wants that the card does not fill are left empty (nothing is invented) and listed on standard
error, one a line ("<id>: <field> unknown", "missing", "longer than N", "not allowed").

Options:
  --json      Print the card as one JSON object: {"purpose", "contribution", "automation",
              "legalBasis", "administration", "data": [{"name", "title", "source",
              "license", "sha256", "retrieved", "url"}], "algorithms": [{"name", "title",
              "version", "sha256", "url"}], "parameters": [{"name", "label",
              "value", "range"}], "operations": [{"cell", "name", "prose"}], "contact", "updated",
              "status", "begin", "organisation", "theme", "risks", "humanReview"};
              every key present, null where the notebook says nothing. "cell" numbers
              every cell from 1, as the app does and as "cell" in "algobook run --json".
${REGISTER_HELP}
  -h, --help  Show this help

Exit status:
  0  the card was printed
  2  the file cannot be read or is not a valid notebook, or OUT cannot be written
`;

/** `algobook card FILE [--json]`. */
export const cardCommand: Command = {
  name: 'card',
  summary: 'Print the transparency card of a notebook (--json for JSON, --to for a register)',
  help: HELP,
  options: { json: { type: 'boolean' }, ...REGISTER_OPTIONS },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) {
      io.stderr(
        `algobook card: expected one notebook FILE, got ${positionals.length}. Run "algobook card --help" for its usage.\n`,
      );
      return EXIT.unusable;
    }
    if (values.to === undefined && (values.format !== undefined || values.output !== undefined)) {
      io.stderr('algobook card: --format and -o go with --to STANDARD.\n');
      return EXIT.unusable;
    }
    const source = await readNotebookSource(positionals[0], 'card', io);
    if (!source) return EXIT.unusable;
    if (values.to !== undefined) return cardExport(source, values, io);
    const { notebook } = source;
    const imports = await resolveSourceImports(source);
    for (const line of importFailures(imports)) io.stderr(`algobook card: ${line}\n`);
    const card = deriveCard(notebook, imports);
    io.stdout(
      values.json ? JSON.stringify(cardJson(card), null, 2) + '\n' : renderCard(notebook, card),
    );
    return EXIT.ok;
  },
};

/** The card as `--json` prints it: cells numbered from 1, as the app and the text card do. */
export function cardJson(card: TransparencyCard): TransparencyCard {
  return { ...card, operations: card.operations.map((op) => ({ ...op, cell: op.cell + 1 })) };
}

const MISSING = '(not given)';

/** The card for a person: one field a paragraph, lists indented. */
export function renderCard(notebook: Notebook, card: TransparencyCard): string {
  const field = (name: string, value: string | null) => `${name}: ${value ?? MISSING}`;
  const shown = (value: unknown) =>
    typeof value === 'string' ? JSON.stringify(value) : String(value);
  const firstLine = (prose: string | null) =>
    prose === null
      ? MISSING
      : (prose.split('\n').find((l) => l.trim()) ?? '').replace(/^#+\s*/, '');
  // The register fields (issue 16), worded as the app and the HTML export word them.
  const w = exportWords('en');
  const given = (name: string, value: string | null) =>
    value === null ? [] : [field(name, value)];
  const { filled, total, gaps } = cardCompleteness(notebook);
  const lines = [
    `Transparency card: ${notebook.front.title}`,
    '',
    field('Purpose', card.purpose),
    field('Contribution to the decision', card.contribution),
    field('Level of automation', card.automation),
    field('Legal basis', card.legalBasis),
    field('Organisation', card.organisation),
    field('Administration', card.administration),
    field('Status', card.status && statusWords(card.status, w)),
    ...given('In use since', card.begin && `${beginMonth(card.begin, 'en')} (${card.begin})`),
    ...given('Theme', card.theme),
    '',
    `Data (${card.data.length}):`,
    ...card.data.flatMap((d) => [
      `  - ${d.name}${d.title ? `: ${d.title}` : ''}`,
      `    source: ${d.source ?? MISSING}`,
      `    licence: ${d.license ?? MISSING}${d.retrieved ? ` · retrieved ${d.retrieved}` : ''}`,
      `    sha256: ${d.sha256 ?? MISSING}`,
    ]),
    '',
    `Algorithms it relies on (${card.algorithms.length}):`,
    ...card.algorithms.flatMap((a) => [
      `  - ${a.name}${a.title ? `: ${a.title}` : ''}${a.version === null ? '' : ` · version ${a.version}`}`,
      `    sha256: ${shortHash(a.sha256)}…`,
      `    url: ${a.url}`,
    ]),
    '',
    `Parameters (${card.parameters.length}):`,
    ...card.parameters.map((p) => {
      const range = p.range
        ? ` (${p.range.map(shown).join(p.range.length === 2 && typeof p.range[0] === 'number' ? '–' : ', ')})`
        : '';
      const value = p.value === null ? 'computed by the code' : shown(p.value);
      return `  - ${p.label ?? p.name ?? MISSING}: ${value}${range}`;
    }),
    '',
    `Operations (${card.operations.length}):`,
    ...card.operations.map(
      (op) => `  - cell ${op.cell + 1}${op.name ? ` (${op.name})` : ''}: ${firstLine(op.prose)}`,
    ),
    '',
    ...given('Risks', card.risks),
    ...given('Human review', card.humanReview),
    field('Contact', card.contact),
    field('Updated', card.updated),
    '',
    w('completeness', { filled, n: total }),
    ...(gaps.length ? [w('missingItems'), ...gaps.map((gap) => `  - ${gapWords(gap, w)}`)] : []),
  ];
  return lines.join('\n') + '\n';
}
