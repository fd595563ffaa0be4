// Inputs built to break a tokenizer or a regex: they must come back as valid
// output, quickly (the suite's timeout catches a hang; no clock is read here).
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../contract/extraction.ts';
import { extract } from './extractor.ts';
import { loadExtractionSchema } from './engine/schema.ts';
import { doc } from './testDocs.ts';

const validate = new Ajv2020({ strict: false }).compile(loadExtractionSchema());

function check(result: ExtractionResult): void {
  expect(validate(result)).toBe(true);
  const text = new Map(result.documents.map((d) => [d.id, d.text]));
  for (const e of result.entities)
    for (const m of e.mentions) expect(text.get(m.document)?.slice(m.start, m.end)).toBe(m.text);
}

describe('adversarial inputs', () => {
  it('survives a 100k-character sentence', () => {
    const words = [
      'Il',
      'presidente',
      'Mario',
      'Rossi',
      'ha',
      'detto',
      'che',
      'la',
      'Russia',
      '«',
      'e',
      'Stati',
      'Uniti',
      'di',
      'del',
      '"',
    ];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += `${words[(i * 7) % words.length]} `;
    const r = extract([doc(text)]);
    check(r);
    expect(r.documents[0]?.text.length).toBeGreaterThanOrEqual(100_000);
  });

  it('survives thousands of unbalanced quote marks', () => {
    const text = `${'«'.repeat(5000)} Mario Rossi ha detto ${'“ "'.repeat(5000)} fine ${'’'.repeat(3000)}`;
    check(extract([doc(text)]));
  });

  it('survives a text that opens on a comma and a reporting gerund, as a clipped paragraph does', () => {
    for (const text of [
      ', ribadendo di aver chiuso il cantiere in anticipo.',
      ', aggiungendo che il ponte resta chiuso.',
      ', sostenendo di aver superato le verifiche del comune.',
    ]) {
      const r = extract([doc(text)]);
      check(r);
      expect(r.statements.map((st) => [st.speaker, st.quote])).toStrictEqual([]);
    }
  });

  it('returns nothing for punctuation only', () => {
    const r = extract([doc('.,;:!?…«»“”"\'()[]{}—–-'.repeat(2000))]);
    check(r);
    expect([r.entities.length, r.statements.length, r.relations.length]).toStrictEqual([0, 0, 0]);
  });

  it('keeps offsets right around emoji and other astral characters', () => {
    const text = '🇮🇹🎉 Mario Rossi 😀 ha detto: «Ciao 👋». Poi 𝔸 Giorgia Meloni è arrivata a Roma.';
    const r = extract([doc(text)]);
    check(r);
    expect(r.entities.map((e) => e.name)).toStrictEqual(['Giorgia Meloni', 'Mario Rossi', 'Roma']);
    expect(r.statements.map((s) => s.quote)).toStrictEqual(['Ciao 👋']);
  });

  it('passes right-to-left text through', () => {
    const text = 'قال الرئيس إن الوضع خطير. שלום עולם. Il ministro Mario Rossi ha detto: «שלום».';
    const r = extract([doc(text)]);
    check(r);
    expect(r.statements.map((s) => [s.quote, s.speakerText])).toStrictEqual([['שלום', 'Il ministro Mario Rossi']]);
  });

  it('accepts an empty text and a text of spaces', () => {
    const r = extract([doc(''), doc('   \n\n  ')]);
    check(r);
    expect(r.entities).toStrictEqual([]);
  });

  it('survives a long text with no line break and many capitals', () => {
    const text = 'Alfa Beta Gamma Delta, '.repeat(5000);
    check(extract([doc(text)]));
  });
});
