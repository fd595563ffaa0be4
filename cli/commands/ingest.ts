// `newsgraph ingest <paths...>`: read articles, extract, and store them.

import type { IngestSummary } from '../../contract/api.ts';
import type { RawDocument } from '../../contract/extraction.ts';
import { extractorNamed } from '../../extract/extractor.ts';
import { printable } from '../../contract/printable.ts';
import { readInputs } from '../../ingest/readers/index.ts';
import type { CliConfig } from '../../server/config.ts';
import { withTarget } from '../target.ts';
import { progressPrinter, readError, say } from '../terminal.ts';

export function printSummary(summary: IngestSummary, readErrors: number, seconds: number): void {
  console.log(
    `Ingested ${summary.articles} article${summary.articles === 1 ? '' : 's'} ` +
      `(${summary.skipped} already stored) in ${seconds.toFixed(1)} s: ` +
      `${summary.entities} entities, ${summary.statements} statements, ${summary.relations} relations, ` +
      `${readErrors + summary.errors.length} error${readErrors + summary.errors.length === 1 ? '' : 's'}.`,
  );
}

/** The documents read from `paths`; each file that could not be read is said on standard error. */
export async function readOrFail(
  paths: string[],
  config: CliConfig,
): Promise<{ documents: RawDocument[]; failed: number }> {
  const { documents, errors, notices } = await readInputs(paths, { maxBytes: config.maxBytes });
  for (const { source, notice } of notices) say(`notice: ${printable(source)}: ${printable(notice)}`);
  for (const error of errors) say(readError(error));
  return { documents, failed: errors.length };
}

export async function ingestCommand(paths: string[], config: CliConfig): Promise<number> {
  const started = Date.now();
  const extractor = extractorNamed(config.extractor); // an unknown name stops here, before any reading
  const { documents, failed } = await readOrFail(paths, config);
  const progress = progressPrinter('articles');
  let store = '';
  const summary = await withTarget(config, async (target) => {
    store = target.name;
    return target.ingest(documents, (done, total) => progress.update(done, total), extractor.name);
  });
  progress.end();
  for (const error of summary.errors) say(readError(error));
  printSummary(summary, failed, (Date.now() - started) / 1000);
  console.log(`store: ${store}`);
  return failed + summary.errors.length > 0 ? 1 : 0;
}
