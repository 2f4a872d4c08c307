import { describe, expect, it } from 'vitest';
import {
  cell,
  editCopy,
  errorOf,
  readerUrl,
  waitForOutput,
  waitForStatus,
} from '../support/notebook.ts';
import { js, nestedWorkerCell, recordingServer } from './network-support.ts';
import { useApp, useServer } from '../support/use-app.ts';

const declared = useServer(recordingServer);
const other = useServer(recordingServer);

/** Declares `allowed` in `network:`, reads from it, and tries `elsewhere` two ways. */
function declaringNotebook(allowed: string, elsewhere: string): string {
  return [
    `---\nalgobook: 1\nid: api-reader\ntitle: Reads an API\nnetwork:\n  - ${allowed}\n---\n`,
    'This notebook reads an API it declares.\n',
    js(`const answer = await (await fetch('${allowed}/api/answer')).text();`),
    js(`md\`Answer: \${answer}\``),
    js(`await fetch('${elsewhere}/fetch?secret=1')`),
    nestedWorkerCell(elsewhere),
  ].join('\n');
}

const app = useApp({
  notebooks: () => ({ 'api-reader.algo.md': declaringNotebook(declared.origin, other.origin) }),
});
const { fixtures: notebooks } = app;

describe('a notebook with `network: [origin]`', () => {
  it('reaches that origin and no other, and the reader says which it may contact', async () => {
    const page = await app.newPage();
    try {
      await page.goto(readerUrl(app.server.url, `${notebooks.url}api-reader.algo.md`));
      const notice = page.getByRole('note', { name: 'Network access' });
      await expect
        .poll(() => notice.textContent())
        .toMatch(new RegExp(`^This notebook may contact: ${declared.origin} Its cells can send`));
      // Above the first output, outside the notebook's own content.
      const [noticeBox, outputBox] = await Promise.all([
        notice.boundingBox(),
        cell(page, 2).boundingBox(),
      ]);
      expect(noticeBox!.y + noticeBox!.height).toBeLessThanOrEqual(outputBox!.y);

      await waitForOutput(cell(page, 3), 'Answer:', /^Answer: reached \/api\/answer$/);
      await waitForStatus(cell(page, 4), /^error$/);
      expect((await errorOf(cell(page, 4)).textContent())?.trim()).toMatch(
        new RegExp(
          `^NetworkBlockedError.*cannot contact ${other.origin.replace(/[.:/]/g, '\\$&')}`,
        ),
      );
      await waitForOutput(
        cell(page, 5),
        'Nested worker:',
        /^Nested worker: fetch TypeError, xhr NetworkError, ws error, sse error$/,
      );

      expect(declared.received).toEqual(['/api/answer']);
      expect(other.received).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('says it in the editor of a copy, whose cells keep that access', async () => {
    const page = await app.newPage();
    try {
      await editCopy(page, app.server.url, `${notebooks.url}api-reader.algo.md`);
      await expect
        .poll(() => page.getByRole('note', { name: 'Network access' }).textContent())
        .toMatch(new RegExp(`^This notebook may contact: ${declared.origin} `));
    } finally {
      await page.context().close();
    }
  });

  it('says it in French too', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await app.newPage(context);
    try {
      await page.goto(readerUrl(app.server.url, `${notebooks.url}api-reader.algo.md`));
      const notice = page.getByRole('note', { name: 'Accès au réseau' });
      await expect
        .poll(() => notice.textContent())
        .toMatch(
          new RegExp(`^Ce carnet peut contacter\u00a0: ${declared.origin} Ses cellules peuvent`),
        );
    } finally {
      await context.close();
    }
  });
});
