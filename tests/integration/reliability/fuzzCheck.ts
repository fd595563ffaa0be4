// Checks of one extraction result for the fuzz test: the extraction contract (JSON schema),
// offsets inside the text, and evidence sentences within the segmenter's bound. Run in the
// child, so huge results never cross processes.

import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractionResult } from '../../../contract/extraction.ts';
import { MAX_SENTENCE_CHARS } from '../../../extract/engine/segment.ts';

export function contractValidator(sharedDir: string): (result: ExtractionResult) => string[] {
  const schema = JSON.parse(readFileSync(path.join(sharedDir, 'contracts', 'extraction.schema.json'), 'utf8'));
  const validate = new Ajv2020({ strict: false }).compile(schema);
  return (result) =>
    validate(result) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** Every offset problem in a result, as readable lines (none when all is well). */
export function offsetProblems(result: ExtractionResult): string[] {
  const problems: string[] = [];
  const texts = new Map(result.documents.map((doc) => [doc.id, doc.text]));
  const check = (what: string, document: string, start: number, end: number) => {
    const text = texts.get(document);
    if (text === undefined) problems.push(`${what}: unknown document ${document}`);
    else if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      problems.push(`${what}: [${start}, ${end}) outside a text of ${text.length}`);
    }
  };
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      check(`mention of ${entity.id}`, mention.document, mention.start, mention.end);
      const text = texts.get(mention.document);
      if (text !== undefined && text.slice(mention.start, mention.end) !== mention.text) {
        problems.push(
          `mention of ${entity.id}: "${mention.text}" is not the text at [${mention.start}, ${mention.end})`,
        );
      }
    }
  }
  for (const statement of result.statements) {
    check(`statement ${statement.id}`, statement.document, statement.start, statement.end);
    // Overlong sentences are cut, so no statement copies more than one piece of text;
    // only a single token longer than the bound (no space to cut at) stays whole.
    if (statement.sentence.length > MAX_SENTENCE_CHARS && /\s/.test(statement.sentence.trim())) {
      problems.push(`statement ${statement.id}: evidence sentence of ${statement.sentence.length} characters`);
    }
  }
  for (const relation of result.relations)
    check(`relation ${relation.id}`, relation.document, relation.start, relation.end);
  for (const event of result.events ?? []) check(`event ${event.entity}`, event.document, event.start, event.end);
  return problems;
}
