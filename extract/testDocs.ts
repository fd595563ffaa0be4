// Helpers for the extraction tests: a RawDocument from a sentence, and
// lookups by name in a result. Test-only.
import type { ExtractionResult, RawDocument } from '../contract/extraction.ts';

export function doc(text: string, date: string | null = null, source = 'test.txt'): RawDocument {
  return { source, title: null, date, url: null, text, language: 'it', errors: [] };
}

export function nameOf(result: ExtractionResult, id: string | null): string | null {
  if (id === null) return null;
  return result.entities.find((e) => e.id === id)?.name ?? id;
}

/** Statements as [speaker name, kind, quote] triples, in text order. */
export function said(result: ExtractionResult): [string | null, string, string][] {
  return result.statements.map((s) => [nameOf(result, s.speaker), s.kind, s.quote]);
}

/** Relations as "Source TYPE Target" strings. */
export function related(result: ExtractionResult): string[] {
  return result.relations.map((r) => `${nameOf(result, r.source)} ${r.type} ${nameOf(result, r.target)}`);
}

export function entityNamed(result: ExtractionResult, name: string) {
  return result.entities.find((e) => e.name === name);
}
