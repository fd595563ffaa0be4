// `newsgraph extract <paths...>`: entities, statements and relations, without storing them.

import type { CliConfig } from '../../server/config.ts';
import { explainResult } from '../../extract/explain.ts';
import { extractorNamed } from '../../extract/extractor.ts';
import { RuleSwitchError, ruleSwitches } from '../../extract/engine/ruleSwitches.ts';
import { UserError } from '../terminal.ts';
import { readOrFail } from './ingest.ts';

export interface ExtractOptions {
  json?: boolean;
  explain?: boolean;
  /** `--disable-rule <id>`, repeatable: rule ids the rule extractor runs without. */
  disableRule?: string[];
}

export async function extractCommand(paths: string[], options: ExtractOptions, config: CliConfig): Promise<number> {
  if (options.json && options.explain) throw new UserError('--json and --explain print different things: choose one');
  const extractor = extractorNamed(config.extractor);
  const disabledRules = new Set(options.disableRule ?? []);
  try {
    ruleSwitches(disabledRules);
  } catch (error) {
    if (error instanceof RuleSwitchError) throw new UserError(error.message);
    throw error;
  }
  const { documents, failed } = await readOrFail(paths, config);
  const result = await extractor.extract(documents, disabledRules.size > 0 ? { disabledRules } : {});
  if (options.explain) {
    for (const line of explainResult(result)) console.log(line);
  } else if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const byType = new Map<string, number>();
    for (const entity of result.entities) byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
    console.log(
      `${result.documents.length} documents, ${result.entities.length} entities, ${result.statements.length} statements, ${result.relations.length} relations`,
    );
    for (const [type, count] of [...byType].sort()) console.log(`  ${type}: ${count}`);
    const names = new Map(result.entities.map((entity) => [entity.id, entity.name]));
    for (const statement of result.statements.slice(0, 50)) {
      const speaker = statement.speaker
        ? names.get(statement.speaker)
        : `(${statement.speakerText ?? 'unnamed source'})`;
      const about = statement.about.map((id) => names.get(id)).join(', ');
      console.log(
        `  ${speaker} [${statement.kind}${statement.cue ? `, ${statement.cue}` : ''}]: "${statement.quote}"${about ? ` → ${about}` : ''}`,
      );
    }
    if (result.statements.length > 50) console.log(`  … ${result.statements.length - 50} more (use --json)`);
  }
  return failed > 0 ? 1 : 0;
}
