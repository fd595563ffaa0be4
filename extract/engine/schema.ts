// Validation of an ExtractionResult against the shared contract
// (../shared/contracts/extraction.schema.json), for tests and the CLI's self-check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared folder: env NEWSGRAPH_SHARED, else ../shared beside the repository. */
export function sharedDir(): string {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  return path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(repoRoot, '..', 'shared'));
}

export function loadExtractionSchema(): object {
  return JSON.parse(readFileSync(path.join(sharedDir(), 'contracts/extraction.schema.json'), 'utf8')) as object;
}
