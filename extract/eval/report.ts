// Plain-text rendering of evaluation figures: one table per set, misses on demand.
import type { AttributionReport } from './attribution.ts';
import type { NodeReport } from './nodes.ts';
import type { KindError, KindReport } from './kind.ts';
import { KIND_TYPES } from './kind.ts';
import type { Ratio, SeedsReport } from './seeds.ts';

function percent(value: number | null): string {
  return value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function ratioCell(ratio: Ratio): string {
  return `${percent(ratio.value)}  (${ratio.hit}/${ratio.total})`;
}

export function formatSeedsReport(report: SeedsReport, verbose: boolean): string {
  const rows: [string, Ratio][] = [
    ['core entity recall', report.coreRecall],
    ['core typed recall', report.coreTypedRecall],
    ['entity precision (Events aside)', report.entityPrecision],
    ['fragmented core entities', report.fragmentation],
    ['quote recall', report.quoteRecall],
    ['attribution accuracy (of found)', report.attributionAccuracy],
    ['attributed (of all named)', report.attributedRecall],
    ['about recall', report.aboutRecall],
    ['relation recall', report.relationRecall],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, ratio]) => `  ${label.padEnd(width)}  ${ratioCell(ratio)}`);
  lines.push(
    '',
    `  junk (${report.junk.length}): ${report.junk.map((entity) => `${entity.name} [${entity.type}]`).join(', ') || '-'}`,
  );
  lines.push(
    `  fragmented (${report.fragmented.length}): ${report.fragmented.map((entry) => `${entry.gold} = ${entry.outputs.map((name) => `"${name}"`).join(' + ')}`).join('; ') || '-'}`,
  );
  if (report.unknownDocuments.length > 0)
    lines.push(`  documents not in the gold: ${report.unknownDocuments.join(', ')}`);
  if (verbose) {
    lines.push('', `  missed core entities (${report.missedCore.length}):`);
    for (const miss of report.missedCore) lines.push(`    ${miss.gold} [${miss.type}] ${miss.aliases.join(' / ')}`);
    lines.push(`  core entities with the wrong type (${report.mistypedCore.length}):`);
    for (const miss of report.mistypedCore)
      lines.push(`    ${miss.gold}: expected ${miss.expected}, got ${miss.got.join(', ')}`);
    lines.push(`  missed statements (${report.missedStatements.length}):`);
    for (const miss of report.missedStatements) lines.push(`    [${miss.doc}] ${miss.speaker}: "${miss.key}"`);
    lines.push(`  misattributed statements (${report.misattributed.length}):`);
    for (const miss of report.misattributed)
      lines.push(
        `    [${miss.doc}] "${miss.key}": expected ${miss.speaker}, got ${(miss.got ?? []).map((name) => name ?? 'null').join(', ')}`,
      );
    lines.push(`  missed about entities (${report.missedAbout.length}):`);
    for (const miss of report.missedAbout) lines.push(`    [${miss.doc}] "${miss.key}": ${miss.about}`);
    lines.push(`  missed relations (${report.missedRelations.length}):`);
    for (const miss of report.missedRelations) lines.push(`    ${miss.a} — ${miss.b} (${miss.kind})`);
  }
  return lines.join('\n');
}

export function formatKindReport(report: KindReport): string {
  const row = (label: string, score: { precision: number; recall: number; f1: number; support?: number }): string =>
    `  ${label.padEnd(9)} ${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)}${score.support === undefined ? '' : String(score.support).padStart(9)}`;
  const header = `  ${''.padEnd(9)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(9)}`;
  return [
    `  ${report.sentences} sentences in ${report.documents} pseudo-documents, ${report.tokens} tokens; ${report.misaligned} output mentions off token boundaries (ignored)`,
    '',
    '  entity level (exact span + type):',
    header,
    ...KIND_TYPES.map((type) => row(type, report.entity[type])),
    row('overall', report.entity.overall),
    '',
    `  token level (NERMuD: B-/I- dropped); BIO tag accuracy ${percent(report.tokenAccuracy)}:`,
    header,
    ...KIND_TYPES.map((type) => row(type, report.token[type])),
    row('micro', report.token.micro),
    row('macro', report.token.macro),
  ].join('\n');
}

const ERROR_KINDS: KindError['kind'][] = ['missed', 'spurious', 'mistyped', 'boundary'];

/**
 * KIND errors grouped by kind and type (the gold type, the output type for a
 * spurious chunk), each surface form with its count and one context, most
 * frequent first; at most `limit` forms per group.
 */
export function formatKindErrors(errors: KindError[], limit: number): string {
  const lines: string[] = [];
  for (const kind of ERROR_KINDS) {
    const ofKind = errors.filter((error) => error.kind === kind);
    const groups = new Map<string, KindError[]>();
    for (const error of ofKind) {
      const type = (error.gold ?? error.predicted)?.type ?? '';
      groups.set(type, [...(groups.get(type) ?? []), error]);
    }
    for (const [type, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`  ${kind} ${type} (${group.length}):`);
      const byForm = new Map<string, KindError[]>();
      for (const error of group) {
        const form =
          kind === 'spurious'
            ? (error.predicted?.text ?? '')
            : `${error.gold?.text ?? ''}${error.predicted === null ? '' : ` → ${error.predicted.text} [${error.predicted.type}]`}`;
        byForm.set(form, [...(byForm.get(form) ?? []), error]);
      }
      const forms = [...byForm].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
      for (const [form, same] of forms.slice(0, limit))
        lines.push(`    ${String(same.length).padStart(4)}  ${form}    | ${same[0]?.context ?? ''}`);
      if (forms.length > limit) lines.push(`          … ${forms.length - limit} more forms`);
    }
  }
  return lines.join('\n');
}

export function formatAttributionReport(report: AttributionReport, verbose: boolean): string {
  const pct = (value: number): string => `${(value * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `  ${report.articles} articles, ${report.goldStatements} gold statements, ${report.outputStatements} output statements (${report.unlocated} not found in their article)`,
    '             quote P   quote R  quote F1   speaker    attr P    attr R   attr F1',
  ];
  for (const [name, s] of [
    ['lenient', report.lenient],
    ['strict', report.strict],
  ] as const)
    lines.push(
      `  ${name.padEnd(8)}  ${[s.quoteP, s.quoteR, s.quoteF1, s.speakerAccuracy, s.attributionP, s.attributionR, s.attributionF1].map((v) => pct(v).padStart(8)).join('  ')}`,
    );
  lines.push(
    `  by kind (lenient): ${Object.entries(report.byKind)
      .map(
        ([kind, v]) =>
          `${kind} ${v.gold}: quote R ${pct(v.quoteR).trim()}, attribution R ${pct(v.attributionR).trim()}`,
      )
      .join('; ')}`,
    `  unnamed sources matched with no speaker: ${report.anonymous.hit}/${report.anonymous.total}`,
    `  about recall (right-speaker pairs): ${report.aboutRecall.total === 0 ? 'n/a' : pct(report.aboutRecall.hit / report.aboutRecall.total).trim()} (${report.aboutRecall.hit}/${report.aboutRecall.total})`,
  );
  if (report.missingDocuments.length > 0)
    lines.push(`  articles with no output document: ${report.missingDocuments.join(', ')}`);
  if (verbose)
    for (const miss of report.misses)
      lines.push(
        `    ${miss.problem.padEnd(13)} ${miss.doc} [${miss.kind}] expected ${miss.expected ?? '-'} got ${miss.got ?? '-'}: ${miss.quote.slice(0, 90)}${miss.trace.length > 0 ? ` [${miss.trace.join(' ')}]` : ''}`,
      );
  return lines.join('\n');
}

export function formatNodeReport(report: NodeReport, verbose: boolean): string {
  const share = (n: number, total: number): string =>
    `${n} (${total === 0 ? 'n/a' : `${((n / total) * 100).toFixed(1)}%`})`;
  const lines = [
    `  ${report.entities} gold entities: one node of the right type ${share(report.counts.found, report.entities)}, ` +
      `wrong type ${share(report.counts['wrong type'], report.entities)}, split ${share(report.counts.split, report.entities)}, ` +
      `missing ${share(report.counts.missing, report.entities)}`,
    `  by type: ${Object.entries(report.byType)
      .map(([type, v]) => `${type} ${v.found}/${v.total}`)
      .join(', ')}; one node holding another gold entity too: ${report.mergedWithAnother}`,
    `  nodes standing for two or more gold entities, in one article or across articles: ${report.mergedNodes.length}`,
  ];
  // Wrong types by the type given: "Other" is a name nothing typed, another type a typing rule that misread it.
  const given = new Map<string, number>();
  for (const problem of report.problems)
    if (problem.outcome === 'wrong type')
      for (const node of problem.nodes) {
        const type = /\[(\w+)\]$/.exec(node)?.[1] ?? '?';
        given.set(type, (given.get(type) ?? 0) + 1);
      }
  if (given.size > 0)
    lines.push(
      `  wrong type, as: ${[...given]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .map(([type, count]) => `${type} ${count}`)
        .join(', ')}`,
    );
  if (verbose) for (const merged of report.mergedNodes) lines.push(`    merged     ${merged}`);
  if (verbose)
    for (const problem of report.problems)
      lines.push(
        `    ${problem.outcome.padEnd(10)} ${problem.doc} ${problem.entity} [${problem.type}]${problem.nodes.length > 0 ? `: ${problem.nodes.join(', ')}` : ''}`,
      );
  return lines.join('\n');
}
