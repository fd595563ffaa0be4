import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8Offset } from './decode.ts';
import { composeText, detectLanguage, isBoilerplateLine, normalizeDate, parseBoilerplate } from './normalize.ts';

describe('normalizeDate', () => {
  it.each([
    ['2021', '2021'],
    ['2021-12', '2021-12'],
    ['2021-12-17', '2021-12-17'],
    ['2021-12-17T23:30:00-05:00', '2021-12-17'],
    ['17 dicembre 2021', '2021-12-17'],
    ['1° marzo 2022', '2022-03-01'],
    ['17 dic. 2021, 10:30', '2021-12-17'],
    ['dicembre 2021', '2021-12'],
    ['December 17, 2021', '2021-12-17'],
    ['17 December 2021', '2021-12-17'],
    ['31.12.2021', '2021-12-31'],
    ['17/12/2021', '2021-12-17'],
    ['2021/12/17', '2021-12-17'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([['ieri'], ['2021-13'], ['31 febbraio 2021'], ['17 dicembre 2021 a Roma'], ['']])(
    '%s is not a date',
    (input) => {
      expect(normalizeDate(input)).toBe(null);
    },
  );
});

describe('detectLanguage', () => {
  it('says it for Italian, en for clearly English text, it when in doubt', () => {
    expect(detectLanguage('Il portavoce del Cremlino ha detto che la notizia non è vera.')).toBe('it');
    expect(detectLanguage('The Kremlin spokesman said that the report was not true and that it has no basis.')).toBe(
      'en',
    );
    expect(detectLanguage('Putin Biden NATO')).toBe('it');
  });
});

describe('boilerplate rules', () => {
  const rules = parseBoilerplate(
    '# header\nexact:torna in alto\nprefix:leggi anche\ncontains:premi esc per annullare\n',
  );
  it('matches whole lines, prefixes on word boundaries and contained phrases', () => {
    expect(
      [
        'Torna in alto',
        'TORNA IN ALTO ↑',
        'Leggi anche: la crisi',
        'Leggi anchelo',
        'Cerca. Premi ESC per annullare.',
        'Il testo torna in alto mare.',
      ].map((line) => isBoilerplateLine(line, rules)),
    ).toStrictEqual([true, true, true, false, true, false]);
  });
  it('takes a short line opened by a credit phrase for a credit, a longer one for text', () => {
    const credits = parseBoilerplate('credit:foto\n');
    expect(
      [
        'Foto Ansa',
        'Foto: Reuters / Mario Bianchi',
        'Foto di gruppo per i ministri riuniti ieri a Bruxelles',
        'Fotografo',
      ].map((line) => isBoilerplateLine(line, credits)),
    ).toStrictEqual([true, true, false, false]);
  });
  it('refuses an unknown rule kind', () => {
    expect(() => parseBoilerplate('regex:.*')).toThrow(
      "boilerplate lexicon: unknown rule kind 'regex' in line 'regex:.*'",
    );
  });
});

describe('composeText', () => {
  it('puts the title first and does not repeat it', () => {
    expect(composeText('Titolo', 'Titolo\nCorpo.')).toBe('Titolo\n\nCorpo.');
    expect(composeText('Titolo', 'Corpo.')).toBe('Titolo\n\nCorpo.');
    expect(composeText(null, '\n\nCorpo.\n')).toBe('Corpo.');
  });
});

describe('decodeBytes', () => {
  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc3, 0xa0, 0x42]))).toBe(4);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xc0, 0x80]))).toBe(0);
  });
  it('strips a UTF-8 BOM and refuses an odd-length UTF-16 file', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toStrictEqual({
      ok: true,
      text: 'A',
      encoding: 'utf-8',
    });
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toStrictEqual({
      ok: false,
      reason: 'not valid UTF-16LE (odd number of bytes)',
    });
  });
});
