import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';
import { segment } from '../engine/segment.ts';
import { detectMentions } from './mentions.ts';

/** [every surface form of the entity joined by "|", type], in the result's order. */
function found(text: string): [string, string][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type]);
}

describe('a noun or adjective of the language opening a sentence', () => {
  it('is no name before a lowercase word', () => {
    expect(found('Ferie bloccate per tutti.')).toStrictEqual([]);
  });

  it('is no name before "e" and another noun, though the accents folded make it "è"', () => {
    expect(found('Stupore e amarezza nello spogliatoio dopo la sconfitta.')).toStrictEqual([]);
  });

  it('is no name before a verb', () => {
    expect(found('Critiche sono piovute sulla giunta da ogni parte.')).toStrictEqual([]);
    expect(found('Passanti raccontano di aver sentito due spari.')).toStrictEqual([]);
  });

  it('is no name after a dateline and its dash', () => {
    expect(found('TORINO — Turni da sedici ore per gli infermieri.')).toStrictEqual([['TORINO', 'Place']]);
  });

  it('is no name after a colon', () => {
    expect(found('Ospedali in affanno: Rabbia tra i medici di turno.')).toStrictEqual([]);
  });

  it('is no name alone on its line, a heading', () => {
    expect(
      found('Il fiume è esondato nella notte.\nRitardi\nSono stati chiesti controlli sugli argini.'),
    ).toStrictEqual([]);
  });

  it('is a name when the article also writes it big mid-sentence', () => {
    expect(found('Lamenti davanti al municipio. Ha parlato anche Stella Lamenti.')).toStrictEqual([
      ['Lamenti|Stella Lamenti', 'Person'],
    ]);
  });

  it('opens a name before a capitalized word', () => {
    expect(found('Monte Rosa, la neve è tornata.')).toStrictEqual([['Monte Rosa', 'Place']]);
  });

  it('stays a name when it is a frequent surname before a verb (what it names is for typing to say)', () => {
    const candidates = (text: string): string[] =>
      detectMentions(segment(text), undefined, null, 'it').map((m) => m.text);
    expect(candidates('Mazza ha spiegato che i conti della società tornano.')).toStrictEqual(['Mazza']);
    expect(candidates('Farina ha incontrato il prefetto dopo la riunione.')).toStrictEqual(['Farina']);
  });
});
