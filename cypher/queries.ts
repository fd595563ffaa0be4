// The only loader of the shipped Cypher: one query per file under cypher/queries/<domain>/<name>.cypher,
// read once. Values always travel as $parameters. A label or relationship type cannot be a
// parameter in Cypher, so a query may hold the placeholder `__ENTITY_TYPE__` or
// `__RELATION_TYPE__` (a valid name, so the file still parses as is); it is replaced here
// only by a member of ENTITY_TYPES / RELATION_TYPES.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../contract/graph.ts';

export const QUERIES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries');

const ENTITY_TYPE_TOKEN = '__ENTITY_TYPE__';
const RELATION_TYPE_TOKEN = '__RELATION_TYPE__';
/**
 * Every relation type, as a pattern's type list (`MET|CALLED|…`): walking only those edges
 * out of an entity skips its thousands of MENTIONS, which a `type(r)` filter reads one by one.
 */
const RELATION_TYPES_TOKEN = '__RELATION_TYPES__';

export interface Splice {
  entityType?: EntityType;
  relationType?: RelationType;
}

let cache: Map<string, string> | null = null;

function readAll(): Map<string, string> {
  const queries = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(QUERIES_DIR, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        queries.set(name, fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(QUERIES_DIR);
  return queries;
}

function all(): Map<string, string> {
  cache ??= readAll();
  return cache;
}

/** Every shipped query name ('graph/overview', …), sorted. */
export function queryNames(): string[] {
  return [...all().keys()].sort();
}

/** Whether the query needs a splice, and which. */
export function queryPlaceholders(name: string): { entityType: boolean; relationType: boolean } {
  const text = rawQuery(name);
  return { entityType: text.includes(ENTITY_TYPE_TOKEN), relationType: text.includes(RELATION_TYPE_TOKEN) };
}

/** The file's text as shipped, header comment included. */
export function rawQuery(name: string): string {
  const text = all().get(name);
  if (text === undefined) throw new Error(`Unknown query '${name}' (no cypher/queries/${name}.cypher)`);
  return text;
}

/** The query text ready to run, with its placeholders replaced from the closed lists. */
export function loadQuery(name: string, splice: Splice = {}): string {
  let text = rawQuery(name).replaceAll(RELATION_TYPES_TOKEN, RELATION_TYPES.join('|'));
  if (text.includes(ENTITY_TYPE_TOKEN)) {
    const type = splice.entityType;
    if (!type || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new Error(`Query '${name}' needs an entity type from ENTITY_TYPES, got ${JSON.stringify(type)}`);
    }
    text = text.replaceAll(ENTITY_TYPE_TOKEN, type);
  }
  if (text.includes(RELATION_TYPE_TOKEN)) {
    const type = splice.relationType;
    if (!type || !(RELATION_TYPES as readonly string[]).includes(type)) {
      throw new Error(`Query '${name}' needs a relation type from RELATION_TYPES, got ${JSON.stringify(type)}`);
    }
    text = text.replaceAll(RELATION_TYPE_TOKEN, type);
  }
  return text;
}
