// `newsgraph extract --explain`: for each statement, relation and entity, the rules that produced it
// (its trace, with each rule's reason from contract/rules.ts) and the evidence they read:
// the cue, how the speaker is written, the sentence and the character offsets.
import { ruleReason } from '../contract/rules.ts';
import type { ExtractionResult } from '../contract/extraction.ts';
import { printable } from '../contract/printable.ts';

const QUOTE_WIDTH = 100;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function rules(trace: readonly string[] | undefined, indent: string): string[] {
  if (!trace || trace.length === 0) return [`${indent}rules: none recorded`];
  return trace.map((id) => `${indent}${id}: ${ruleReason(id) ?? 'a rule this build does not know'}`);
}

/** The explanation of an extraction result, as lines for a terminal. */
export function explainResult(result: ExtractionResult): string[] {
  const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
  const lines: string[] = [];
  for (const document of result.documents) {
    const statements = result.statements.filter((statement) => statement.document === document.id);
    const relations = result.relations.filter((relation) => relation.document === document.id);
    lines.push(
      `${printable(document.source)} (${document.id}): ${statements.length} statements, ${relations.length} relations`,
    );
    for (const statement of statements) {
      const speaker = statement.speaker ? (names.get(statement.speaker) ?? statement.speaker) : '(unnamed source)';
      lines.push(
        `  statement ${statement.start}-${statement.end} [${statement.kind}] ${printable(speaker)}: "${printable(clip(statement.quote, QUOTE_WIDTH))}"`,
      );
      if (statement.cue) lines.push(`    cue: ${printable(statement.cue)}`);
      if (statement.act) lines.push(`    act: ${statement.act}`);
      if (statement.speakerText) lines.push(`    speaker as written: ${printable(statement.speakerText)}`);
      const about = statement.about.map((id) => names.get(id) ?? id);
      if (about.length > 0) lines.push(`    about: ${printable(about.join(', '))}`);
      lines.push(`    sentence: ${printable(clip(statement.sentence, QUOTE_WIDTH * 2))}`);
      lines.push(...rules(statement.trace, '    '));
    }
    for (const relation of relations) {
      const source = names.get(relation.source) ?? relation.source;
      const target = names.get(relation.target) ?? relation.target;
      lines.push(
        `  relation ${relation.start}-${relation.end} ${printable(source)} ${relation.type} ${printable(target)}${relation.role ? ` (as ${printable(relation.role)})` : ''}`,
      );
      lines.push(`    evidence: ${printable(clip(relation.evidence, QUOTE_WIDTH * 2))}`);
      lines.push(...rules(relation.trace, '    '));
    }
  }
  const typed = result.entities.filter((entity) => (entity.trace?.length ?? 0) > 0);
  if (typed.length > 0) {
    lines.push('entities');
    for (const entity of typed) {
      lines.push(`  ${printable(entity.name)} [${entity.type}]`);
      lines.push(...rules(entity.trace, '    '));
    }
  }
  return lines;
}
