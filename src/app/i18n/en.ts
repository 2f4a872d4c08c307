/**
 * English messages, the reference dictionary: its keys are the message keys of the app.
 *
 * Keep it flat and grouped by feature. `{name}` is replaced by the parameter `name`; a message
 * with a `|` has a singular and a plural form, chosen by the `count` parameter.
 */
import { chartGuardEn } from './features/chart-guard.en.ts';
import { citizenEn } from './features/citizen.en.ts';
import { dataEn } from './features/data.en.ts';
import { linksEn } from './features/links.en.ts';
import { examplesEn } from './features/examples.en.ts';
import { publishEn } from './features/publish.en.ts';
import { houseEn } from './features/house.en.ts';
import { sandboxEn } from './features/sandbox.en.ts';
import { verifyEn } from './features/verify.en.ts';
import { runnerEn } from './features/runner.en.ts';
import { demoportalEn } from './features/demoportal.en.ts';
import { editingEn } from './features/editing.en.ts';
import { localdataEn } from './features/localdata.en.ts';
import { storageEn } from './features/storage.en.ts';
import { metadataEn } from './features/metadata.en.ts';
import { cliexportEn } from './features/cliexport.en.ts';
import { panelEn } from './features/panel.en.ts';
import { dialectEn } from './features/dialect.en.ts';
import { b2En } from './features/b2.en.ts';
import { b1En } from './features/b1.en.ts';
import { registerEn } from './features/register.en.ts';
import { snapshotEn } from './features/snapshot.en.ts';

export const en = {
  // Features with a dictionary file of their own (src/app/i18n/features/)
  ...dataEn,
  ...publishEn,
  ...citizenEn,
  ...houseEn,
  ...linksEn,
  ...examplesEn,
  ...chartGuardEn,
  ...sandboxEn,
  ...verifyEn,
  ...runnerEn,
  ...demoportalEn,
  ...editingEn,
  ...localdataEn,
  ...storageEn,
  ...metadataEn,
  ...cliexportEn,
  ...panelEn,
  ...dialectEn,
  ...b2En,
  ...b1En,
  ...registerEn,
  ...snapshotEn,

  // Language switch
  'language.label': 'Language',
  'language.en': 'English',
  'language.fr': 'Français',

  // Tables
  'table.label': 'Table: {count} row|Table: {count} rows',
  'table.rows': '{count} row|{count} rows',
  'table.columns': '{count} column|{count} columns',
  'table.firstRows': 'only the first {count} are available',
  'table.loading': 'Loading rows…',
  'table.loadError': 'Could not load rows: {message}',
  'table.null': 'null',

  // Charts
  'chart.label': 'Chart',
  'chart.roleDescription': 'visualization',
  'chart.loading': 'Loading chart…',
  'chart.error': 'Could not draw the chart: {message}',
  'chart.downloadPng': 'Download PNG',
  'chart.downloadSvg': 'Download SVG',

  // Value inspector
  'inspector.more': '… {count} more',
  'inspector.showMore': 'Show {count} more',

  // Inputs
  'input.defaultLabel': 'Input',

  // Errors
  'error.label': 'Error',
  'error.position': 'line {line}, column {column}',
  'error.line': 'line {line}',

  // Code
  'code.summary': 'Code',

  // App frame, pages, cells, running, tabs, help
  'app.skip': 'Skip to content',
  'app.tagline': 'Open algorithms on open data',
  'app.backHome': 'Back to the home page',
  'app.pageUnavailable':
    'This page could not be loaded. The app may have been updated since this tab opened it: reload to get the new version.',
  'app.reload': 'Reload',
  'home.title': 'Notebooks',
  'home.intro':
    'Read how an indicator is computed from open data, try its parameters, or write your own algorithm.',
  'home.new': 'New notebook',
  'home.openFile': 'Open file',
  'home.openUrl': 'Open from a URL',
  'home.open': 'Open',
  'home.examples': 'Examples',
  'home.drafts': 'Stored in this browser',
  'home.noDrafts': 'No notebook stored in this browser yet.',
  'home.updated': 'saved {date}',
  'home.delete': 'Delete',
  'home.deleteLabel': 'Delete {title}',
  'home.confirmDelete': 'Delete "{title}" from this browser?',
  'home.badFile': '{name} could not be opened. {message}',
  'nb.untitled': 'Untitled notebook',
  'nb.by': 'By {authors}',
  'nb.license': 'Licence: {license}',
  'reader.editCopy': 'Edit a copy',
  'reader.loading': 'Loading the notebook…',
  'reader.cannotOpen': 'This notebook cannot be opened',
  'editor.toolbar': 'Notebook',
  'editor.runAll': 'Run all',
  'editor.addCode': 'Add code cell',
  'editor.addProse': 'Add text cell',
  'editor.timeLimit': 'Time limit (s)',
  'editor.shortcuts': 'Keyboard shortcuts',
  'editor.edit': 'Edit',
  'editor.editProse': 'Edit {label}',
  'editor.emptyProse': 'Empty text cell',
  'editor.saved': 'All changes saved in this browser',
  'editor.saving': 'Saving…',
  'editor.noDraft': 'No such notebook is stored in this browser.',
  'editor.cannotOpen': 'This notebook cannot be opened',
  'cell.label': 'Cell {n}',
  'cell.code': 'Code · cell {n}',
  'cell.prose': 'Text · cell {n}',
  'cell.codeLabel': 'Code of cell {n}',
  'cell.proseLabel': 'Text of cell {n}',
  'cell.queued': 'queued',
  'cell.running': 'running {time}',
  'cell.done': 'done in {time}',
  'cell.error': 'error',
  'cell.interrupted': 'interrupted',
  'cell.edited': 'edited, not run',
  'cell.run': 'Run',
  'cell.runLabel': 'Run cell {n}',
  'cell.moveUpLabel': 'Move cell {n} up',
  'cell.moveDownLabel': 'Move cell {n} down',
  'cell.addBelowLabel': 'Add a code cell below cell {n}',
  'cell.deleteLabel': 'Delete cell {n}',
  'run.stop': 'Stop',
  'run.busy': 'Running…',
  'run.dismiss': 'Dismiss',
  'run.stoppedUser':
    'Stopped {cells} after {time} s. The other cells ran again; run a stopped cell to try it again.',
  'run.stoppedTimeout':
    '{cells} ran longer than the time limit and was stopped after {time} s. The other cells ran again; run it again or raise the limit.',
  'conflict.title': 'Changed in another tab',
  'conflict.text':
    'This notebook was saved in another tab after you opened it. Nothing was overwritten. Which version do you want to keep?',
  'conflict.keepMine': 'Keep mine',
  'conflict.takeTheirs': "Load the other tab's version",
  'conflict.saveCopy': 'Save mine as a copy',
  'conflict.otherTab':
    'This notebook is also open in another tab. If both tabs change it, you will be asked which version to keep.',
  'help.title': 'Keyboard shortcuts',
  'help.editing': 'While editing a cell',
  'help.command': 'With a cell selected (press Esc)',
  'help.runNext': 'Run the cell and its dependants, go to the next cell',
  'help.runStay': 'Run the cell and its dependants, stay',
  'help.runInsert': 'Run the cell, insert a new cell below',
  'help.commandMode': 'Leave the editor, select the cell',
  'help.editMode': 'Edit the selected cell',
  'help.moveFocus': 'Select the cell above / below',
  'help.insertAbove': 'Insert a code cell above',
  'help.insertBelow': 'Insert a code cell below',
  'help.deleteCell': 'Delete the cell',
  'help.toProse': 'Turn into a text cell',
  'help.toCode': 'Turn into a code cell',
  'help.stop': 'Stop running cells',
  'help.open': 'Show this help',
  'help.close': 'Close',
  // Key names as printed on the keyboard
  'key.enter': 'Enter',
  'key.shiftEnter': 'Shift+Enter',
  'key.ctrlEnter': 'Ctrl/⌘+Enter',
  'key.altEnter': 'Alt+Enter',
  'key.escape': 'Esc',
};
