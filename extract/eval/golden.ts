// The golden output: a SHA-256 digest per document of what the rule extractor makes of the seed
// articles and of the attribution set's documents (../shared), compared with the digests committed
// in golden.sha256.json. A refactor that must change no output (moving words into a language model)
// proves it here. Only digests are committed, never text from those documents.
//
//   npm run golden              compare the output with the committed digests (exit 1 on a change)
//   npm run golden -- --update  rewrite the digest file after an intended change of output
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '../../contract/extraction.ts';
import { extract } from '../extractor.ts';
import type { ReadDocuments } from './run.ts';

export const GOLDEN_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden.sha256.json');

/** The document sets, as folders under the shared folder; each is extracted as one batch, as `npm run eval` does. */
export const GOLDEN_SETS = ['corpus/seeds', 'eval/attribution/docs'] as const;

/** Document key ("<set>/<file name>") → SHA-256 of its canonical extraction output. */
export type GoldenDigests = Record<string, string>;

/** JSON with object keys sorted, so the digest does not depend on the order properties were set in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Everything the extractor says about one document, in output order: the document record (its
 * source as the file's name), each
 * mention with its entity (id, name, type, aliases, type trace), and the document's statements,
 * relations and events with their speakers, offsets and traces.
 */
export function documentOutput(result: ExtractionResult, documentId: string): unknown {
  const document = result.documents.find((d) => d.id === documentId);
  const mentions = result.entities.flatMap((entity) =>
    entity.mentions
      .filter((m) => m.document === documentId)
      .map((mention) => ({
        mention,
        entity: {
          id: entity.id,
          name: entity.name,
          type: entity.type,
          aliases: entity.aliases,
          trace: entity.trace ?? null,
          externalIds: entity.externalIds ?? null,
        },
      })),
  );
  return {
    // The file's name, not its path: the digest must not depend on where the shared folder is.
    document: document && { ...document, source: path.basename(document.source) },
    mentions,
    statements: result.statements.filter((s) => s.document === documentId),
    relations: result.relations.filter((r) => r.document === documentId),
    events: (result.events ?? []).filter((e) => e.document === documentId),
  };
}

export function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The digests of every document of the golden sets under `shared`, read with ingest's readers, keyed "<set>/<file name>". */
export async function goldenDigests(shared: string, readInputs: ReadDocuments): Promise<GoldenDigests> {
  const digests: GoldenDigests = {};
  for (const set of GOLDEN_SETS) {
    const { documents, errors } = await readInputs([path.join(shared, set)]);
    if (errors.length > 0) throw new Error(`${set}: ${errors.map((e) => `${e.source}: ${e.reason}`).join('; ')}`);
    const result = extract(documents);
    if (result.documents.length !== documents.length)
      throw new Error(`${set}: ${documents.length} documents read, ${result.documents.length} extracted`);
    for (const document of result.documents) {
      const key = `${set}/${path.basename(document.source)}`;
      if (key in digests) throw new Error(`${key}: read twice`);
      digests[key] = digest(documentOutput(result, document.id));
    }
  }
  return Object.fromEntries(Object.entries(digests).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** "key: what differs" for every document whose digest is not the committed one, missing or new. */
export function compareDigests(committed: GoldenDigests, current: GoldenDigests): string[] {
  const keys = [...new Set([...Object.keys(committed), ...Object.keys(current)])].sort();
  const changes: string[] = [];
  for (const key of keys) {
    const was = committed[key];
    const now = current[key];
    if (was === now) continue;
    changes.push(
      was === undefined ? `${key}: new document` : now === undefined ? `${key}: missing` : `${key}: output changed`,
    );
  }
  return changes;
}

export function sharedAvailable(shared: string): boolean {
  return GOLDEN_SETS.every((set) => existsSync(path.join(shared, set)));
}
