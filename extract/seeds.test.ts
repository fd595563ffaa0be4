// The five sample articles through extract(): the output must match the
// shared contract exactly, and the key facts must come out, stated in
// general terms (who said what about whom), not as a copy of an answer key.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult, RawDocument } from '../contract/extraction.ts';
import { extract } from './extractor.ts';
import { loadExtractionSchema, sharedDir } from './engine/schema.ts';

/** A seed .txt: optional "date YYYY-MM" and URL at the start, then title line, then body. */
function readSeed(file: string): RawDocument {
  let raw = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  let date: string | null = null;
  let url: string | null = null;
  const dateMatch = /^date\s+(\d{4}(?:-\d{2}){0,2})\s*/.exec(raw);
  if (dateMatch) {
    date = dateMatch[1] ?? null;
    raw = raw.slice(dateMatch[0].length);
  }
  const urlMatch = /^(https?:\/\/\S+)\s*/.exec(raw);
  if (urlMatch) {
    url = urlMatch[1] ?? null;
    raw = raw.slice(urlMatch[0].length);
  }
  const newline = raw.indexOf('\n');
  const title = (newline < 0 ? raw : raw.slice(0, newline)).trim();
  const body = newline < 0 ? '' : raw.slice(newline + 1).trim();
  return { source: file, title, date, url, text: `${title}\n\n${body}`, language: 'it', errors: [] };
}

const seedsDir = path.join(sharedDir(), 'corpus/seeds');

describe('seed articles', () => {
  let result: ExtractionResult;
  const byName = (name: string) => result.entities.find((e) => e.name === name);

  beforeAll(() => {
    const files = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    result = extract(files.map((f) => readSeed(path.join(seedsDir, f))));
  });

  it('matches the extraction contract exactly', () => {
    const validate = new Ajv2020({ strict: false }).compile(loadExtractionSchema());
    const ok = validate(result);
    expect(validate.errors ?? []).toStrictEqual([]);
    expect(ok).toBe(true);
  });

  it('points every offset into its document', () => {
    const text = new Map(result.documents.map((d) => [d.id, d.text]));
    for (const e of result.entities)
      for (const m of e.mentions) expect(text.get(m.document)?.slice(m.start, m.end)).toBe(m.text);
    for (const s of result.statements) {
      const t = text.get(s.document) ?? '';
      expect(t.slice(s.start, s.end)).toBe(s.quote);
      expect(t.includes(s.sentence)).toBe(true);
    }
    for (const r of result.relations)
      expect((text.get(r.document) ?? '').slice(r.start, r.end).length).toBe(r.end - r.start);
  });

  it('makes Peskov one entity with his short forms', () => {
    const peskov = result.entities.filter((e) => e.name.includes('Peskov') || e.aliases.includes('Peskov'));
    expect(peskov.map((e) => e.name)).toStrictEqual(['Dmitry Peskov']);
    const texts = new Set(peskov[0]?.mentions.map((m) => m.text));
    expect(['Peskov', 'D. Peskov', 'Dmitry Peskov'].every((t) => texts.has(t))).toBe(true);
    expect(peskov[0]?.type).toBe('Person');
  });

  it('attributes the "assolutamente false" denial to Peskov, about Putin', () => {
    const peskov = byName('Dmitry Peskov');
    const putin = byName('Vladimir Putin');
    const denial = result.statements.filter((s) => s.quote.includes('assolutamente false'));
    expect(denial.length).toBeGreaterThan(0);
    expect(denial.every((s) => s.speaker === peskov?.id)).toBe(true);
    expect(denial.some((s) => s.about.includes(putin?.id ?? ''))).toBe(true);
  });

  it('makes one entity each of the people, organizations and places the articles share', () => {
    for (const name of [
      'Vladimir Putin',
      'Elon Musk',
      'Sergei Lavrov',
      'Joe Biden',
      'Donald Trump',
      'NATO',
      'Starlink',
      'Cremlino',
      'Wall Street Journal',
      'Stati Uniti',
      'Russia',
    ]) {
      expect(result.entities.filter((e) => e.name === name).length, name).toBe(1);
    }
    expect(byName('Wall Street Journal')?.aliases.includes('WSJ')).toBe(true);
    expect(byName('Cremlino')?.type).toBe('Organization');
  });

  it('resolves role descriptions to the people the articles named', () => {
    expect(
      byName('Vladimir Putin')?.mentions.some((m) => m.text === 'il leader russo' || m.text === 'il capo del Cremlino'),
    ).toBe(true);
    expect(byName('Dmitry Peskov')?.mentions.some((m) => m.text === 'il portavoce del Cremlino')).toBe(true);
  });

  it('keeps page chrome out of entities and statements', () => {
    const names = result.entities.map((e) => e.name);
    expect(names.some((n) => /^(Premi|Torna|ESC|Inizia)/.test(n))).toBe(false);
    expect(result.statements.some((s) => s.quote.includes('Premi ESC'))).toBe(false);
  });

  it('reads the roles written in appositions', () => {
    const rel = (source: string, type: string, target: string) =>
      result.relations.some(
        (r) => r.source === byName(source)?.id && r.type === type && r.target === byName(target)?.id,
      );
    expect(rel('Dmitry Peskov', 'SPOKESPERSON_OF', 'Cremlino')).toBe(true);
    expect(rel('Christopher Wray', 'DIRECTOR_OF', 'FBI')).toBe(true);
    expect(rel('Vladimir Putin', 'LEADS', 'Russia')).toBe(true);
    expect(rel('Donald Trump', 'ATTACKED', 'Christopher Wray')).toBe(true);
  });

  it('keeps an unnamed source unnamed', () => {
    const anonymous = result.statements.filter((s) => s.speaker === null);
    expect(anonymous.some((s) => s.speakerText === 'Una fonte governativa')).toBe(true);
  });

  it('is deterministic', () => {
    const files = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(extract(files.map((f) => readSeed(path.join(seedsDir, f))))).toStrictEqual(result);
  });
});
