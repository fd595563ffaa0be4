// Statement rows and their links: each statement of the batch once (the first, as a MERGE
// would keep), with its sentence's offsets in the article; a SAID row for its speaker and
// an ABOUT row for each of its targets.

import type { ExtractedDocument, ExtractedStatement } from '../../contract/extraction.ts';
import type { Row } from '../store.ts';
import type { BatchTally } from './tally.ts';

/** Offsets of the statement's sentence in the article: the occurrence that contains the quote. */
export function sentenceOffsets(
  text: string,
  sentence: string,
  start: number,
  end: number,
): { sentenceStart: number; sentenceEnd: number } {
  if (sentence) {
    let index = text.indexOf(sentence, Math.max(0, end - sentence.length));
    while (index >= 0 && index <= start) {
      if (index + sentence.length >= end) return { sentenceStart: index, sentenceEnd: index + sentence.length };
      index = text.indexOf(sentence, index + 1);
    }
    const anywhere = text.indexOf(sentence);
    if (anywhere >= 0) return { sentenceStart: anywhere, sentenceEnd: anywhere + sentence.length };
  }
  return { sentenceStart: start, sentenceEnd: end };
}

export interface StatementRows {
  statements: Row[];
  said: Row[];
  about: Row[];
}

export function statementRows(
  extracted: readonly ExtractedStatement[],
  documents: ReadonlyMap<string, ExtractedDocument>,
  tally: BatchTally,
): StatementRows {
  const statements: Row[] = [];
  const said: Row[] = [];
  const about: Row[] = [];
  const statementIds = new Set<string>();
  for (const statement of extracted) {
    // Rows are created, not merged: each statement once (the first, as MERGE would keep).
    const document = documents.get(statement.document);
    if (!document || statementIds.has(statement.id)) continue;
    statementIds.add(statement.id);
    statements.push({
      id: statement.id,
      articleId: statement.document,
      quote: statement.quote,
      kind: statement.kind,
      act: statement.act ?? null,
      cue: statement.cue,
      speakerText: statement.speakerText,
      sentence: statement.sentence,
      start: statement.start,
      end: statement.end,
      ...sentenceOffsets(document.text, statement.sentence, statement.start, statement.end),
      confidence: statement.confidence,
      trace: statement.trace ?? [],
      date: document.date,
    });
    if (statement.speaker) {
      tally.use(statement.speaker);
      tally.count(statement.speaker).statementsBy += 1;
      said.push({
        speakerId: statement.speaker,
        statementId: statement.id,
        articleId: statement.document,
        start: statement.start,
        end: statement.end,
      });
    }
    for (const target of new Set(statement.about)) {
      tally.use(target);
      tally.count(target).statementsAbout += 1;
      about.push({ statementId: statement.id, entityId: target, articleId: statement.document });
    }
  }
  return { statements, said, about };
}
