import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../contract/extraction.ts';
import { articleId, canonicalUrl, entityId, relationId, statementId } from './ids.ts';

function raw(text: string, url: string | null = null): RawDocument {
  return { source: 'x.txt', title: null, date: null, url, text, language: 'it', errors: [] };
}

describe('ids', () => {
  it('hashes the canonical URL when there is one', () => {
    const a = articleId(raw('uno', 'https://Example.com/a/?utm_source=x#top'));
    const b = articleId(raw('due', 'https://example.com/a'));
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(canonicalUrl('https://Example.com/a/?utm_source=x#top')).toBe('https://example.com/a');
  });

  it('hashes the normalized text otherwise', () => {
    expect(articleId(raw('Il  testo\n dell’articolo'))).toBe(articleId(raw('Il testo dell’articolo ')));
    expect(articleId(raw('uno'))).not.toBe(articleId(raw('due')));
  });

  it('hashes the text as NFC with each whitespace run made one space, trimmed', () => {
    const expected = (text: string): string =>
      createHash('sha256')
        .update(`text:${text.normalize('NFC').replace(/\s+/g, ' ').trim()}`)
        .digest('hex')
        .slice(0, 16);
    const texts = [
      'one two three',
      '  lead and trail  ',
      'tab\there, newline\nthere, crlf\r\nthere',
      'mixed \t\n  run',
      'no\u00a0break and\u2028line\u2029para\ufeffbom',
      ' \u00a0x\u3000 ',
      'e\u0301 decomposed',
      '\n\n\n',
      '',
    ];
    for (const text of texts) expect(articleId(raw(text))).toBe(expected(text));
  });

  it('gives readable entity ids without accents', () => {
    expect(entityId('Person', 'Vladimir Putin')).toBe('person:vladimir-putin');
    expect(entityId('Place', 'Perù')).toBe('place:peru');
    expect(entityId('Organization', "Banca d'Italia")).toBe('organization:banca-ditalia');
  });

  it('gives stable statement and relation ids', () => {
    expect(statementId('abc', 1, 5)).toBe(statementId('abc', 1, 5));
    expect(statementId('abc', 1, 5)).not.toBe(statementId('abc', 1, 6));
    expect(relationId('MET', 'a', 'b', 'doc', 3)).toMatch(/^rel-[0-9a-f]{16}$/);
  });
});
