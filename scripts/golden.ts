// `npm run golden`: compares the rule extractor's output on the seeds and the attribution set
// with the committed digests (golden.sha256.json); `-- --update` rewrites them. See golden.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sharedDir } from '../extract/engine/schema.ts';
import {
  compareDigests,
  GOLDEN_FILE,
  goldenDigests,
  sharedAvailable,
  type GoldenDigests,
} from '../extract/eval/golden.ts';
import { readInputs } from '../ingest/readers/index.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { update: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const shared = sharedDir();
  if (!sharedAvailable(shared)) throw new Error(`the shared folder is not at ${shared} (set NEWSGRAPH_SHARED)`);
  const current = await goldenDigests(shared, readInputs);
  if (values.update) {
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(current, null, 2)}\n`);
    process.stdout.write(`${Object.keys(current).length} digests written to ${GOLDEN_FILE}\n`);
    return;
  }
  const committed = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenDigests;
  const changes = compareDigests(committed, current);
  if (changes.length === 0) {
    process.stdout.write(`${Object.keys(current).length} documents: output unchanged\n`);
    return;
  }
  process.stdout.write(
    `${changes.length} of ${Object.keys(current).length} documents differ:\n${changes.join('\n')}\n`,
  );
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`golden failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
