// Node-level check on a who-said-what set: every speaker and target there is a
// real entity listed with its aliases, so each one should be exactly one output
// node of the right type in its article. An output node stands for a gold
// entity when it is mentioned in that article and its name, or one of its
// mentions there, reads as one of the entity's aliases (case, accents and
// apostrophes folded): the name counts because it is what the reader is shown
// ("Tribunale di Lodi" for a mention "Tribunale" seated in Lodi).
// Pure: no file access.
import path from 'node:path';
import type { ExtractionResult } from '../../contract/extraction.ts';
import type { AttributionGoldDocument } from './attribution.ts';
import { normalizeForEval } from './seeds.ts';

/** What became of one gold entity: one node of its type, one of another type, several nodes, none. */
export type NodeOutcome = 'found' | 'wrong type' | 'split' | 'missing';

export interface NodeProblem {
  doc: string;
  entity: string;
  type: string;
  outcome: Exclude<NodeOutcome, 'found'>;
  /** The output nodes standing for it, as `name [Type]`. */
  nodes: string[];
}

export interface NodeReport {
  entities: number;
  counts: Record<NodeOutcome, number>;
  /** Gold entities found as one node that also stands for another gold entity of the article. */
  mergedWithAnother: number;
  /** Output nodes standing for gold entities of different ids, in one article or across articles, as `name [Type]: ids`. */
  mergedNodes: string[];
  /** Per gold type: how many, and how many found as one node of that type. */
  byType: Record<string, { total: number; found: number }>;
  problems: NodeProblem[];
}

export function scoreNodes(golds: AttributionGoldDocument[], result: ExtractionResult): NodeReport {
  const documentOf = new Map<string, string>();
  for (const document of result.documents)
    documentOf.set(path.basename(document.source).replace(/\.[^.]*$/, ''), document.id);
  /** Per output document: each entity's mention forms there. */
  const formsIn = new Map<string, Map<string, { label: string; type: string; name: string; forms: Set<string> }>>();
  for (const entity of result.entities)
    for (const mention of entity.mentions) {
      let byEntity = formsIn.get(mention.document);
      if (byEntity === undefined) formsIn.set(mention.document, (byEntity = new Map()));
      let node = byEntity.get(entity.id);
      if (node === undefined)
        byEntity.set(
          entity.id,
          (node = {
            label: `${entity.name} [${entity.type}]`,
            type: entity.type,
            name: normalizeForEval(entity.name),
            forms: new Set([normalizeForEval(entity.name)]),
          }),
        );
      node.forms.add(normalizeForEval(mention.text));
    }

  const counts: Record<NodeOutcome, number> = { found: 0, 'wrong type': 0, split: 0, missing: 0 };
  const byType = new Map<string, { total: number; found: number }>();
  const problems: NodeProblem[] = [];
  let entities = 0;
  let mergedWithAnother = 0;
  const goldOfNode = new Map<string, { label: string; ids: Set<string> }>();
  for (const gold of [...golds].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))) {
    const documentId = documentOf.get(gold.doc);
    const nodes = documentId === undefined ? undefined : formsIn.get(documentId);
    const aliasesOf = gold.entities.map((entity) => new Set(entity.aliases.map(normalizeForEval)));
    const standing = aliasesOf.map((aliases) => {
      const ids: string[] = [];
      for (const [id, node] of nodes ?? []) {
        // A node named as another gold entity reads as that one, not as this by a shortening of its name
        // (a node "Rossi senior" with a mention "Rossi", beside the son "Rossi").
        const namedOther = !aliases.has(node.name) && aliasesOf.some((other) => other.has(node.name));
        if ([...node.forms].some((form) => aliases.has(form) && !(namedOther && within(form, node.name)))) ids.push(id);
      }
      return ids;
    });
    const holders = new Map<string, number>();
    for (const ids of standing) for (const id of ids) holders.set(id, (holders.get(id) ?? 0) + 1);
    standing.forEach((ids, i) => {
      for (const id of ids) {
        let held = goldOfNode.get(id);
        if (held === undefined) goldOfNode.set(id, (held = { label: nodes?.get(id)?.label ?? id, ids: new Set() }));
        held.ids.add(gold.entities[i]?.id ?? '');
      }
    });
    gold.entities.forEach((entity, i) => {
      entities++;
      const ids = standing[i] ?? [];
      const tally = byType.get(entity.type) ?? { total: 0, found: 0 };
      tally.total++;
      byType.set(entity.type, tally);
      const outcome: NodeOutcome =
        ids.length === 0
          ? 'missing'
          : ids.length > 1
            ? 'split'
            : nodes?.get(ids[0] ?? '')?.type === entity.type
              ? 'found'
              : 'wrong type';
      counts[outcome]++;
      if (outcome === 'found') tally.found++;
      else
        problems.push({
          doc: gold.doc,
          entity: entity.id,
          type: entity.type,
          outcome,
          nodes: ids.map((id) => nodes?.get(id)?.label ?? id),
        });
      if (ids.length === 1 && (holders.get(ids[0] ?? '') ?? 0) > 1) mergedWithAnother++;
    });
  }
  const mergedNodes = [...goldOfNode.values()]
    .filter((held) => held.ids.size > 1)
    .map((held) => `${held.label}: ${[...held.ids].sort().join(', ')}`)
    .sort();
  return {
    entities,
    counts,
    mergedWithAnother,
    mergedNodes,
    byType: Object.fromEntries([...byType.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    problems,
  };
}

/** Whether a form is the whole name or some of its words ("rossi" of "rossi senior"). */
function within(form: string, name: string): boolean {
  return ` ${name} `.includes(` ${form} `);
}
