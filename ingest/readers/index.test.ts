import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs } from './index.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-readers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

describe('readInputs: text files', () => {
  it('reads the date line, the URL, the title and the body', async () => {
    const file = await put(
      'a.txt',
      'date 2021-12 https://example.org/a\n\nPutin chiama Biden\n\nIl Cremlino ha confermato la telefonata.\n',
    );
    const { documents, errors } = await readInputs([file]);
    expect(errors).toStrictEqual([]);
    expect(documents).toStrictEqual([
      {
        source: file,
        title: 'Putin chiama Biden',
        date: '2021-12',
        url: 'https://example.org/a',
        text: 'Putin chiama Biden\n\nIl Cremlino ha confermato la telefonata.',
        language: 'it',
        errors: [],
      },
    ]);
  });

  it('keeps the first sentence when the date shares its line, and takes a trailing URL as the address', async () => {
    const file = await put(
      'b.txt',
      ' date 2022-01 Mosca non può più sopportare la pressione, ha detto Peskov.\n\nSeconda frase del testo.\n\nhttps://example.org/b/\n',
    );
    const [document] = (await readInputs([file])).documents;
    expect(document).toStrictEqual({
      source: file,
      title: null,
      date: '2022-01',
      url: 'https://example.org/b/',
      text: 'Mosca non può più sopportare la pressione, ha detto Peskov.\n\nSeconda frase del testo.',
      language: 'it',
      errors: [],
    });
  });

  it('reads `key: value` metadata and an Italian date', async () => {
    const file = await put(
      'c.txt',
      'date: 17 dicembre 2021\nurl: https://example.org/c\nTitolo\nCorpo del testo con la notizia.',
    );
    const [document] = (await readInputs([file])).documents;
    expect([document?.date, document?.url, document?.title, document?.text]).toStrictEqual([
      '2021-12-17',
      'https://example.org/c',
      'Titolo',
      'Titolo\n\nCorpo del testo con la notizia.',
    ]);
  });

  it('takes a bare date line as the date and skips page chrome before the title', async () => {
    const file = await put('h.txt', 'Menu\n17 dicembre 2021\nTorna su\nTitolo vero\nCorpo del testo.');
    const [document] = (await readInputs([file])).documents;
    expect([document?.date, document?.title, document?.text]).toStrictEqual([
      '2021-12-17',
      'Titolo vero',
      'Titolo vero\n\nCorpo del testo.',
    ]);
  });

  it('normalizes the text: BOM, CRLF, NFC, zero-width characters, trailing spaces, blank lines', async () => {
    const file = await put(
      'd.txt',
      '\uFEFFTitolo  \r\n\r\n\r\n\r\nPerche\u0301 il\u200B testo   \r\nva\u00A0pulito.\r\n',
    );
    const [document] = (await readInputs([file])).documents;
    expect(document?.text).toBe('Titolo\n\nPerché il testo\nva pulito.');
  });

  it('drops web-page chrome lines', async () => {
    const file = await put(
      'e.txt',
      'Titolo\n\nIl testo vero.\n\nLeggi anche: altro articolo\nCondividi\n\nInizia a scrivere il termine ricerca qua sopra e premi invio per iniziare la ricerca. Premi ESC per annullare.\n\nTorna in alto\n© 2024 Editore, tutti i diritti riservati',
    );
    const [document] = (await readInputs([file])).documents;
    expect(document?.text).toBe('Titolo\n\nIl testo vero.');
  });

  it('keeps a body line that only mentions sharing', async () => {
    const file = await put('f.txt', 'Titolo\n\nCondividi questa analisi? Il ministro ha detto di no.');
    const [document] = (await readInputs([file])).documents;
    expect(document?.text).toBe('Titolo\n\nCondividi questa analisi? Il ministro ha detto di no.');
  });

  it('detects English text', async () => {
    const file = await put(
      'g.txt',
      'Kremlin denies report\n\nThe Kremlin said on Friday that the report was false and that the president has not spoken with him.',
    );
    expect((await readInputs([file])).documents[0]?.language).toBe('en');
  });
});

describe('readInputs: markdown', () => {
  it('reads front matter, the # title and strips the syntax', async () => {
    const file = await put(
      'a.md',
      [
        '---',
        'title: "Dal front matter"',
        'date: 2021-12-31T10:00:00+01:00',
        'url: https://example.org/md',
        '---',
        '# Titolo del pezzo',
        '',
        'Il **portavoce** del [Cremlino](https://kremlin.ru) ha _negato_',
        'tutto.',
        '',
        '## Dettagli',
        '',
        '- primo punto',
        '- secondo `punto`',
        '',
        '> «Non è vero», ha detto.',
        '',
        '![foto](x.jpg)',
        '---',
      ].join('\n'),
    );
    const [document] = (await readInputs([file])).documents;
    expect(document).toStrictEqual({
      source: file,
      title: 'Dal front matter',
      date: '2021-12-31',
      url: 'https://example.org/md',
      text: 'Dal front matter\n\nIl portavoce del Cremlino ha negato tutto.\n\nDettagli\n\nprimo punto\nsecondo punto\n\n«Non è vero», ha detto.',
      language: 'it',
      errors: [],
    });
  });

  it('keeps underscores inside words', async () => {
    const file = await put('b.md', '# T\n\nil file nome_del_file e *enfasi*.');
    expect((await readInputs([file])).documents[0]?.text).toBe('T\n\nil file nome_del_file e enfasi.');
  });
});

describe('readInputs: html', () => {
  it('reads the main text, title, date, canonical URL and drops page chrome', async () => {
    const paragraph = 'Il portavoce del Cremlino ha respinto le accuse di ingerenza nelle elezioni americane. ';
    const file = await put(
      'a.html',
      `<!doctype html><html lang="it"><head><title>Notizia - Sito</title>
      <meta property="og:title" content="Il Cremlino respinge le accuse">
      <meta property="article:published_time" content="2024-10-25T08:30:00Z">
      <link rel="canonical" href="https://example.org/notizia">
      </head><body><nav><a href="/">Home</a> <a href="/esteri">Esteri</a></nav>
      <article><h1>Il Cremlino respinge le accuse</h1><p>${paragraph.repeat(4)}</p><p>Seconda <b>parte</b> del testo, con dettagli.${' Altre frasi utili.'.repeat(10)}</p></article>
      <footer>Tutti i diritti riservati</footer></body></html>`,
    );
    const [document] = (await readInputs([file])).documents;
    expect(document).toStrictEqual({
      source: file,
      title: 'Il Cremlino respinge le accuse',
      date: '2024-10-25',
      url: 'https://example.org/notizia',
      text: `Il Cremlino respinge le accuse\n\n${paragraph.repeat(4).trim()}\n\nSeconda parte del testo, con dettagli.${' Altre frasi utili.'.repeat(10)}`,
      language: 'it',
      errors: [],
    });
  });

  it('reads the date from JSON-LD and the URL from og:url', async () => {
    const file = await put(
      'b.htm',
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-12-17"}]}</script>
      <meta property="og:url" content="https://example.org/b"></head><body><h1>Titolo</h1><p>Testo breve della notizia.</p></body></html>`,
    );
    const [document] = (await readInputs([file])).documents;
    expect([document?.date, document?.url, document?.title, document?.text]).toStrictEqual([
      '2021-12-17',
      'https://example.org/b',
      'Titolo',
      'Titolo\n\nTesto breve della notizia.',
    ]);
  });
});

describe('readInputs: json and jsonl', () => {
  it('reads an object and an array, with field variants', async () => {
    const one = await put(
      'one.json',
      JSON.stringify({ title: 'T', content: 'Corpo.', publish_date: '17 dicembre 2021', url: 'https://x.org/1' }),
    );
    const many = await put(
      'many.json',
      JSON.stringify([
        { text: 'Primo testo.' },
        { body: 'The second text is in English and it is about the war.', language: 'en', published: '2020-05' },
      ]),
    );
    const { documents, errors } = await readInputs([one, many]);
    expect(errors).toStrictEqual([]);
    expect(documents).toStrictEqual([
      {
        source: one,
        title: 'T',
        date: '2021-12-17',
        url: 'https://x.org/1',
        text: 'T\n\nCorpo.',
        language: 'it',
        errors: [],
      },
      { source: `${many}[0]`, title: null, date: null, url: null, text: 'Primo testo.', language: 'it', errors: [] },
      {
        source: `${many}[1]`,
        title: null,
        date: '2020-05',
        url: null,
        text: 'The second text is in English and it is about the war.',
        language: 'en',
        errors: [],
      },
    ]);
  });

  it("keeps a document's declared source name apart from where it was read", async () => {
    const json = await put(
      'declared.json',
      JSON.stringify([
        { title: 'T', content: 'Corpo.', url: 'https://milano.example.it/a', source: ' Gazzetta di Prova ' },
        { content: 'Altro corpo.', source: '' },
      ]),
    );
    const text = await put('declared.txt', 'source: Gazzetta di Prova\ntitle: Titolo\n\nUn corpo di testo.\n');
    const linked = await put('linked.txt', 'source: https://example.org/b\n\nUn altro corpo di testo.\n');
    const { documents, errors } = await readInputs([json, text, linked]);
    expect(errors).toStrictEqual([]);
    expect(documents.map((document) => [document.source, document.sourceName, document.url])).toStrictEqual([
      [`${json}[0]`, 'Gazzetta di Prova', 'https://milano.example.it/a'],
      [`${json}[1]`, undefined, null],
      [text, 'Gazzetta di Prova', null],
      [linked, undefined, 'https://example.org/b'],
    ]);
  });

  it('reports a malformed JSON file with line and column', async () => {
    const file = await put('bad.json', '{\n  "title": "T",\n  "text": "x",,\n}');
    expect(await readInputs([file])).toStrictEqual({
      documents: [],
      errors: [{ source: file, reason: 'malformed JSON at line 3:15: Expected double-quoted property name' }],
      notices: [],
    });
  });

  it('reports objects without text, with their index', async () => {
    const file = await put('notext.json', JSON.stringify([{ title: 'solo titolo' }, 3, { text: 'Testo.' }]));
    const { documents, errors } = await readInputs([file]);
    expect(documents.map((document) => document.source)).toStrictEqual([`${file}[2]`]);
    expect(errors).toStrictEqual([
      { source: `${file}[0]`, reason: 'no text (expected a non-empty "text", "content" or "body" field)' },
      { source: `${file}[1]`, reason: 'not an object' },
    ]);
  });

  it('reads the good lines of a .jsonl file and reports the bad ones by line', async () => {
    const file = await put(
      'a.jsonl',
      '{"text": "Uno."}\n{"text": "Due.",\n\n{"title": "senza testo"}\n{"text": "Cinque.", "date": "ieri"}\n',
    );
    const { documents, errors } = await readInputs([file]);
    expect(documents.map((document) => [document.source, document.text, document.errors])).toStrictEqual([
      [`${file}:1`, 'Uno.', []],
      [`${file}:5`, 'Cinque.', ["unrecognized date 'ieri'"]],
    ]);
    expect(errors).toStrictEqual([
      { source: `${file}:2`, reason: 'malformed JSON at line 2:17: Expected double-quoted property name' },
      { source: `${file}:4`, reason: 'no text (expected a non-empty "text", "content" or "body" field)' },
    ]);
  });
});

describe('readInputs: bad files', () => {
  it('reports an empty and a whitespace-only file', async () => {
    const empty = await put('empty.txt', '');
    const blank = await put('blank.txt', '  \n\t\n');
    expect((await readInputs([empty, blank])).errors).toStrictEqual([
      { source: empty, reason: 'empty file' },
      { source: blank, reason: 'empty file' },
    ]);
  });

  it('reports binary files', async () => {
    const nul = await put('nul.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    const controls = await put('ctl.txt', new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x07, 0x08, 0x42]));
    expect((await readInputs([nul, controls])).errors).toStrictEqual([
      { source: nul, reason: 'binary file (contains NUL bytes)' },
      { source: controls, reason: 'binary file (mostly control characters)' },
    ]);
  });

  it('reads a Windows-1252 file, with a notice naming it', async () => {
    // “Non è vero”, disse. — curly quotes 0x93/0x94, è 0xE8, em dash 0x97, as Windows editors write them.
    const bytes = new Uint8Array([
      ...Buffer.from('Smentita\n\n'),
      0x93,
      ...Buffer.from('Non '),
      0xe8,
      ...Buffer.from(' vero'),
      0x94,
      ...Buffer.from(', disse il portavoce '),
      0x97,
      ...Buffer.from(' a Mosca.'),
    ]);
    const file = await put('cp1252.txt', bytes);
    const { documents, errors, notices } = await readInputs([file]);
    expect(errors).toStrictEqual([]);
    expect(notices).toStrictEqual([
      { source: file, notice: 'not valid UTF-8 (byte offset 10): read as Windows-1252 (Latin-1)' },
    ]);
    expect(documents.map((document) => [document.title, document.text])).toStrictEqual([
      ['Smentita', 'Smentita\n\n“Non è vero”, disse il portavoce — a Mosca.'],
    ]);
  });

  it('refuses a file that mixes UTF-8 with stray bytes, naming the first', async () => {
    const mixed = await put('mixed.txt', new Uint8Array([...Buffer.from('Città '), 0xe0, ...Buffer.from(' di Roma')]));
    expect(await readInputs([mixed])).toStrictEqual({
      documents: [],
      errors: [{ source: mixed, reason: 'not valid UTF-8 (byte offset 7), though it holds UTF-8 sequences' }],
      notices: [],
    });
  });

  it('still refuses binary files without NUL bytes that are not Windows-1252 text', async () => {
    const controls = await put(
      'high.txt',
      new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x41, 0x01, 0x02, 0xff, 0x42]),
    );
    expect((await readInputs([controls])).errors).toStrictEqual([
      { source: controls, reason: 'binary file (mostly control characters)' },
    ]);
  });

  it('decodes UTF-16 files with a byte-order mark', async () => {
    const content = 'Titolo\n\nCittà di Roma.';
    const le = await put('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]));
    const beBytes = Buffer.from(content, 'utf16le').swap16();
    const be = await put('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), beBytes]));
    const { documents, errors } = await readInputs([le, be]);
    expect(errors).toStrictEqual([]);
    expect(documents.map((document) => document.text)).toStrictEqual([
      'Titolo\n\nCittà di Roma.',
      'Titolo\n\nCittà di Roma.',
    ]);
  });

  it('refuses a file over the size limit', async () => {
    const big = await put('big.txt', 'x'.repeat(2000));
    expect(await readInputs([big], { maxBytes: 1000 })).toStrictEqual({
      documents: [],
      errors: [{ source: big, reason: 'file too large (2000 bytes, limit 1000)' }],
      notices: [],
    });
  });

  it('reports a missing path and an unsupported file named explicitly', async () => {
    const missing = path.join(dir, 'nope.txt');
    const pdf = await put('doc.pdf', '%PDF-1.4');
    expect((await readInputs([missing, pdf])).errors).toStrictEqual([
      { source: missing, reason: 'no such file or directory' },
      { source: pdf, reason: "unsupported file type '.pdf'" },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const locked = await put('locked.txt', 'Testo.');
    await chmod(locked, 0o000);
    expect((await readInputs([locked])).errors).toStrictEqual([{ source: locked, reason: 'permission denied' }]);
  });

  it('reads the good files beside the bad ones', async () => {
    const good = await put('good.txt', 'Titolo\n\nTesto.');
    const bad = await put('bad.txt', '');
    const { documents, errors } = await readInputs([bad, good]);
    expect(documents.map((document) => document.source)).toStrictEqual([good]);
    expect(errors).toStrictEqual([{ source: bad, reason: 'empty file' }]);
  });
});

describe('readInputs: many articles in one file', () => {
  // More entries than one call's arguments may hold: collected with push(...) they overflowed the stack.
  const ENTRIES = 130_000;

  it('reads a JSON array of 130,000 articles', async () => {
    const file = await put(
      'many.json',
      JSON.stringify(Array.from({ length: ENTRIES }, (_, i) => ({ text: `Nota ${i}.` }))),
    );
    const { documents, errors } = await readInputs([file]);
    expect(errors).toStrictEqual([]);
    expect(documents.length).toBe(ENTRIES);
    expect(documents.at(-1)?.source).toBe(`${file}[${ENTRIES - 1}]`);
  });

  it('reports 130,000 bad entries one by one', async () => {
    const file = await put('bad.json', JSON.stringify(Array.from({ length: ENTRIES }, () => 7)));
    const { documents, errors } = await readInputs([file]);
    expect(documents).toStrictEqual([]);
    expect(errors.length).toBe(ENTRIES);
    expect(errors.at(-1)).toStrictEqual({ source: `${file}[${ENTRIES - 1}]`, reason: 'not an object' });
  });
});

describe('readInputs: folders', () => {
  it('walks recursively in sorted order, skipping hidden and unsupported files', async () => {
    await put('corpus/b.txt', 'B\n\nTesto b.');
    await put('corpus/a.md', '# A\n\nTesto a.');
    await put('corpus/sub/c.json', '{"text": "Testo c."}');
    await put('corpus/.hidden.txt', 'Nascosto.');
    await put('corpus/.git/d.txt', 'Nascosto.');
    await put('corpus/image.png', 'not text');
    await symlink(path.join(dir, 'corpus'), path.join(dir, 'corpus/sub/loop'));
    const given = path.join(dir, 'corpus');
    const { documents, errors } = await readInputs([given]);
    expect(errors).toStrictEqual([]);
    expect(documents.map((document) => document.source)).toStrictEqual([
      path.join(given, 'a.md'),
      path.join(given, 'b.txt'),
      path.join(given, 'sub/c.json'),
    ]);
  });

  it('reads the five seed articles', async () => {
    const seeds = path.join(
      path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(import.meta.dirname, '../../../shared')),
      'corpus/seeds',
    );
    const { documents, errors } = await readInputs([seeds]);
    expect(errors).toStrictEqual([]);
    expect(
      documents.map((document) => [document.title !== null, document.date, document.url !== null, document.language]),
    ).toStrictEqual([
      [false, null, false, 'it'],
      [true, null, false, 'it'],
      [true, '2021-12', true, 'it'],
      [false, '2022-01', true, 'it'],
      [true, null, false, 'it'],
    ]);
    expect(documents[1]?.text.endsWith('Jair Bolsonaro.')).toBe(true);
  });
});
