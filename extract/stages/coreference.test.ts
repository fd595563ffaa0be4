import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../contract/extraction.ts';
import { extract } from '../extractor.ts';
import { corefWords, spellsInitials } from './coreference.ts';
import { loadLanguage } from '../lang/language.ts';
import { doc } from '../testDocs.ts';

/** [name, type, the other surface forms it was written with]. */
function entities(r: ExtractionResult): [string, string, string[]][] {
  return r.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => [e.name, e.type, [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name)]);
}

describe('mentions and typing', () => {
  it('types a lone word the article also writes after a lowercase place noun as a place', () => {
    const r = extract([doc("La nave di Korvati è affondata. I soccorsi sono partiti dall'isola di Korvati.")]);
    expect(entities(r)).toStrictEqual([
      ['isola di Korvati', 'Place', []],
      ['Korvati', 'Place', []],
    ]);
    expect(r.entities.find((e) => e.name === 'Korvati')?.trace).toStrictEqual(['type.named-after-place-noun']);
  });

  it('leaves a lone word Other when the article writes it after no place noun', () => {
    const r = extract([doc('La nave di Korvati è affondata ieri sera.')]);
    expect(entities(r)).toStrictEqual([['Korvati', 'Other', []]]);
  });

  it('joins a given name the gazetteer knows as a company to the one person of the article named in full with it', () => {
    const r = extract([doc('Il ritratto fu dipinto da Leonardo da Vinci. Leonardo lo portò poi in Francia.')]);
    expect(entities(r)).toStrictEqual([
      ['Leonardo da Vinci', 'Person', ['Leonardo']],
      ['Francia', 'Place', []],
    ]);
  });

  it('never takes capitalized function words at a sentence start for names', () => {
    const r = extract([
      doc(
        'Nella notte Vladimir Putin ha parlato. Queste parole di Putin sono state riprese. Il giorno dopo è cambiato tutto.',
      ),
    ]);
    expect(entities(r)).toStrictEqual([['Vladimir Putin', 'Person', ['Putin']]]);
  });

  it('reads names after elisions and titles', () => {
    const r = extract([doc("Nell'Ucraina e nell'Unione Europea l’FBI indaga.")]);
    expect(entities(r)).toStrictEqual([
      ['FBI', 'Organization', []],
      ['Unione Europea', 'Organization', []],
      ['Ucraina', 'Place', []],
    ]);
  });

  it('keeps initials inside a name (Harry S. Truman)', () => {
    const r = extract([doc('Il presidente Harry S. Truman firmò il decreto.')]);
    expect(entities(r)).toStrictEqual([['Harry S. Truman', 'Person', []]]);
  });

  it('joins names with connectors after an institution head', () => {
    const r = extract([doc('Il Dipartimento di Giustizia ha aperto un fascicolo con la Guardia di Finanza.')]);
    expect(entities(r).map((e) => e[0])).toStrictEqual(['Dipartimento di Giustizia', 'Guardia di Finanza']);
  });

  it('types an unknown name from its context: place after "a", person after a title', () => {
    const r = extract([doc('Il ministro Carlo Verdini è arrivato a Roccasecca.')]);
    expect(entities(r)).toStrictEqual([
      ['Carlo Verdini', 'Person', []],
      ['Roccasecca', 'Place', []],
    ]);
  });

  it('drops web-page leftovers', () => {
    const r = extract([doc('Il presidente Vladimir Putin ha parlato.\n\nPremi ESC per annullare.\n\nTorna in alto')]);
    expect(entities(r).map((e) => e[0])).toStrictEqual(['Vladimir Putin']);
  });
});

describe('resolution', () => {
  it('joins a surname to the full name of the article', () => {
    const r = extract([doc('Vladimir Putin ha parlato. Putin ha poi lasciato la sala.')]);
    expect(entities(r)).toStrictEqual([['Vladimir Putin', 'Person', ['Putin']]]);
    expect(r.entities[0]?.id).toBe('person:vladimir-putin');
  });

  it('joins an initial and surname to the full name', () => {
    const r = extract([doc('Il portavoce Dmitry Peskov ha parlato. D. Peskov ha poi aggiunto altro.')]);
    expect(entities(r)).toStrictEqual([['Dmitry Peskov', 'Person', ['D. Peskov']]]);
  });

  it('joins transliterations of the same name', () => {
    const r = extract([doc('Dmitrij Peskov ha parlato con Dmitry Peskov.')]);
    expect(entities(r)).toStrictEqual([['Dmitry Peskov', 'Person', ['Dmitrij Peskov']]]);
  });

  it('joins an acronym to its long form', () => {
    const r = extract([doc('Il Wall Street Journal ha scritto. Il WSJ ha poi corretto.')]);
    expect(entities(r)).toStrictEqual([['Wall Street Journal', 'Organization', ['WSJ']]]);
  });

  it('reads the long form before an acronym in brackets', () => {
    const r = extract([doc('La Federazione Italiana Nuoto Sincronizzato (FINS) ha votato.')]);
    expect(entities(r)).toStrictEqual([['Federazione Italiana Nuoto Sincronizzato', 'Organization', ['FINS']]]);
  });

  it('joins a word in brackets after an organization to it, though it spells the name in another language', () => {
    const r = extract([
      doc("L'Associazione dei Pescatori Liguri (Fisherlig) ha protestato. La Fisherlig chiede aiuti."),
    ]);
    expect(entities(r)).toStrictEqual([['Associazione dei Pescatori Liguri', 'Organization', ['Fisherlig']]]);
  });

  it('keeps a town in brackets after an organization apart', () => {
    const r = extract([doc("L'Associazione dei Pescatori Liguri (Savona) ha protestato.")]);
    expect(entities(r)).toStrictEqual([
      ['Associazione dei Pescatori Liguri', 'Organization', []],
      ['Savona', 'Place', []],
    ]);
  });

  it('joins Italian and English names of the same entity', () => {
    const r = extract([doc('Il Kremlin ha risposto agli Stati Uniti, cioè agli USA e agli United States.')]);
    expect(entities(r)).toStrictEqual([
      ['Cremlino', 'Organization', ['Kremlin']],
      ['Stati Uniti', 'Place', ['USA', 'United States']],
    ]);
  });

  it('joins a role description to the person the article named in that role', () => {
    const text =
      'Il portavoce del Cremlino Dmitry Peskov ha parlato. Più tardi il portavoce del Cremlino ha precisato.';
    const r = extract([doc(text)]);
    const peskov = r.entities.find((e) => e.name === 'Dmitry Peskov');
    expect(peskov?.aliases.filter((a) => a.includes('portavoce'))).toStrictEqual([
      'il portavoce del Cremlino',
      'portavoce del Cremlino',
    ]);
    expect(peskov?.mentions.map((m) => [m.start, m.text])).toStrictEqual([
      [26, 'Dmitry Peskov'],
      [62, 'il portavoce del Cremlino'],
    ]);
  });

  it('joins "il leader russo" and "il capo del Cremlino" to the Russian president the article names', () => {
    const r = extract([
      doc('Vladimir Putin è arrivato. Il leader russo ha parlato, poi il capo del Cremlino è ripartito.'),
    ]);
    expect(entities(r)).toStrictEqual([
      ['Cremlino', 'Organization', []],
      ['Vladimir Putin', 'Person', ['Il leader russo', 'il capo del Cremlino']],
    ]);
  });

  it('leaves a description unresolved when the article names nobody in that role', () => {
    const r = extract([doc('Il leader russo ha parlato a lungo.')]);
    expect(r.entities).toStrictEqual([]);
  });

  it('makes one entity per real entity across the batch', () => {
    const r = extract([
      doc('Il presidente russo Vladimir Putin ha parlato.', null, 'a.txt'),
      doc('Putin ha risposto a Joe Biden.', null, 'b.txt'),
    ]);
    const putin = r.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.mentions.map((m) => m.text)).toStrictEqual(['Vladimir Putin', 'Putin']);
    expect(r.entities.filter((e) => e.name.includes('Putin')).length).toBe(1);
  });

  it('lands on a known entity of the store', () => {
    const r = extract([doc('Peskov ha parlato con Dmitry Peskov.')], {
      known: [{ id: 'person:peskov-dmitry', name: 'Dmitrij Peskov', type: 'Person', aliases: ['Dmitry Peskov'] }],
    });
    expect(r.entities.map((e) => [e.id, e.name])).toStrictEqual([['person:peskov-dmitry', 'Dmitrij Peskov']]);
  });
});

describe('surnames that are also towns', () => {
  it('joins a surname the town list knows to the full name, and keeps the person', () => {
    const r = extract([doc("Ha vinto l'inglese Mark Preston. Poi Preston è partito presto e Preston ha attaccato.")]);
    expect(entities(r)).toStrictEqual([['Mark Preston', 'Person', ['Preston']]]);
  });
});

describe('known entities of the store', () => {
  it('keeps an unqualified institution to its own article, whatever the store knows', () => {
    const first = extract([doc('Il governo ha annunciato nuove misure.', null, 'a.txt')]);
    const stored = first.entities.find((e) => e.type === 'Organization')!;
    expect(stored.id.startsWith('organization:governo@')).toBe(true);
    const next = extract([doc('Il governo ha deciso di rinviare il voto.', null, 'b.txt')], {
      known: [{ id: stored.id, name: stored.name, type: stored.type, aliases: stored.aliases }],
    });
    const government = next.entities.find((e) => e.type === 'Organization')!;
    expect(government.id.startsWith('organization:governo@')).toBe(true);
    expect(government.id).not.toBe(stored.id);
    expect(government.mentions.map((m) => m.document)).toStrictEqual([next.entities[0]!.mentions[0]!.document]);
  });

  it('lands on no known entity when two of them answer to the name', () => {
    const known = [
      { id: 'person:rossi-mario', name: 'Mario Rossi', type: 'Person' as const, aliases: ['Rossi'] },
      { id: 'person:rossi-luca', name: 'Luca Rossi', type: 'Person' as const, aliases: ['Rossi'] },
    ];
    const r = extract([doc('Secondo il ministro Rossi, la misura è giusta.')], { known });
    expect(r.entities.filter((e) => e.name.includes('Rossi')).map((e) => [e.id, e.name])).toStrictEqual([
      ['person:rossi', 'Rossi'],
    ]);
    // with one of them only, the surname lands on him
    const one = extract([doc('Secondo il ministro Rossi, la misura è giusta.')], { known: [known[0]!] });
    expect(one.entities.filter((e) => e.name.includes('Rossi')).map((e) => [e.id, e.name])).toStrictEqual([
      ['person:rossi-mario', 'Mario Rossi'],
    ]);
  });
});

describe('one entity per name in an article', () => {
  it('joins an acronym written with one capital to its long form, "di" included', () => {
    const r = extract([
      doc(
        'La Banca Popolare Orientale ha chiuso il bilancio. Secondo la Bpo i conti tengono. La Guardia di Frontiera indaga e la Gdf ha sequestrato i conti.',
      ),
    ]);
    expect(entities(r)).toStrictEqual([
      ['Banca Popolare Orientale', 'Organization', ['Bpo']],
      ['Guardia di Frontiera', 'Organization', ['Gdf']],
    ]);
  });

  it('joins a stage name after "in arte" to the person', () => {
    const r = extract([doc('Lo ha detto Carlo Verdelli, in arte Zeno, ai cronisti. Zeno ha poi cantato.')]);
    expect(entities(r)).toStrictEqual([['Carlo Verdelli', 'Person', ['Zeno']]]);
  });

  it('joins a nickname after "detto" to the person', () => {
    const r = extract([doc('Il boss Salvatore Marangi, detto Totò, è stato arrestato. Totò era latitante.')]);
    expect(entities(r)).toStrictEqual([['Salvatore Marangi', 'Person', ['Totò']]]);
  });

  it('joins an alias after "nota anche come" and an article, and the alternative offered with "o"', () => {
    const r = extract([doc('Ieri è morta Ada Neretti, nota anche come la Bionda o Biondina, a Torino.')]);
    expect(entities(r)).toStrictEqual([
      ['Ada Neretti', 'Person', ['Bionda', 'Biondina']],
      ['Torino', 'Place', []],
    ]);
  });

  it("joins an abbreviated saint's name to the one spelled out, with its type", () => {
    const r = extract([doc("La messa nella chiesa di San Callimaco. In S. Callimaco c'erano mille fedeli.")]);
    expect(entities(r)).toStrictEqual([['San Callimaco', 'Place', ['S. Callimaco']]]);
    expect(r.entities[0]?.trace).toStrictEqual(['type.head-noun', 'type.abbreviated-saint']);
  });

  it("joins an abbreviated saint's name to the place named after the saint spelled out", () => {
    const r = extract([doc("Fu sepolta nel convento di Sant'Ilaria. I registri di S. Ilaria lo confermano.")]);
    expect(entities(r)).toStrictEqual([["convento di Sant'Ilaria", 'Place', ['S. Ilaria']]]);
    expect(r.entities[0]?.trace).toStrictEqual(['type.head-noun', 'type.abbreviated-saint', 'mention.saint-in-name']);
  });

  it('names a council written big after the town whose mayor the article names', () => {
    const r = extract([doc('Il sindaco di Castelvetro ha parlato ieri. Il Comune si costituirà parte civile.')]);
    expect(entities(r)).toStrictEqual([
      ['Comune di Castelvetro', 'Organization', ['Comune']],
      ['Castelvetro', 'Place', []],
    ]);
    expect(r.entities[0]?.trace).toStrictEqual(['type.institution-written-big', 'type.council-of-mayors-town']);
  });

  it('leaves a council written big unnamed when the article names the mayors of two towns', () => {
    const r = extract([
      doc('Il sindaco di Castelvetro e il sindaco di Roccalta hanno parlato. Il Comune si costituirà parte civile.'),
    ]);
    expect(entities(r).find(([name]) => name.startsWith('Comune'))).toStrictEqual(['Comune', 'Organization', []]);
  });

  it('joins a town written alone to the one club of a sports article named after it', () => {
    const r = extract([
      doc('Il campionato riparte con la Pro Cremona. La federazione ha scelto Cremona per la finale.'),
    ]);
    expect(entities(r)).toStrictEqual([['Pro Cremona', 'Organization', ['Cremona']]]);
  });

  it('leaves a town after a preposition apart from the club named after it', () => {
    const r = extract([doc('Il campionato riparte con la Pro Cremona. La finale si gioca a Cremona.')]);
    expect(entities(r)).toStrictEqual([
      ['Pro Cremona', 'Organization', []],
      ['Cremona', 'Place', []],
    ]);
  });

  it('joins a surname written first, as East Asian names are, to the full name', () => {
    const r = extract([doc('Il leader Pak Tong-su ha parlato. Secondo Pak la trattativa è finita.')]);
    expect(entities(r)).toStrictEqual([['Pak Tong-su', 'Person', ['Pak']]]);
    expect(r.entities[0]?.trace).toStrictEqual(['type.role-phrase-names', 'type.opening-word-of-full-name']);
  });

  it('leaves a lone word apart from a full name it opens when another full name opens with it too', () => {
    const r = extract([
      doc('Il leader Zhao Leqing ha parlato con il ministro Zhao Minghui. Secondo Zhao la trattativa è finita.'),
    ]);
    expect(entities(r)).toStrictEqual([
      ['Zhao', 'Other', []],
      ['Zhao Leqing', 'Person', []],
      ['Zhao Minghui', 'Person', []],
    ]);
  });

  it('keeps a surname a generation word follows apart from the full name, mentioned and named with that word', () => {
    const r = extract([
      doc(
        'Il pugile Marco Ferrandi ha vinto. Il padre Ferrandi senior ha esultato in tribuna. Ferrandi ha poi parlato.',
      ),
    ]);
    expect(entities(r)).toStrictEqual([
      ['Ferrandi senior', 'Person', []],
      ['Marco Ferrandi', 'Person', ['Ferrandi']],
    ]);
    expect(r.entities[0]?.trace).toStrictEqual(['type.role-phrase-names', 'type.generation-word']);
  });

  it('joins a surname with its particle to the full name', () => {
    const r = extract([doc("L'assessore Ruggero Di Sparta ha parlato in aula. Di Sparta ha poi lasciato la seduta.")]);
    expect(entities(r)).toStrictEqual([['Ruggero Di Sparta', 'Person', ['Di Sparta']]]);
  });
});

describe('an acronym spelled out with lowercase words', () => {
  it('joins the acronym, its long form and a later mention of its opening words', () => {
    const r = extract([
      doc(
        "L'Istituto nazionale di cartografia (Inc) ha pubblicato le mappe. Ieri l'Istituto nazionale ha detto che Inc le aggiornerà.",
      ),
    ]);
    expect(entities(r)).toStrictEqual([
      ['Istituto nazionale di cartografia', 'Organization', ['Inc', 'Istituto nazionale']],
    ]);
  });
});

describe('short forms of an organization in its article', () => {
  it('leaves an acronym apart when two organizations of the article spell it', () => {
    const r = extract([
      doc('Il Comitato Nazionale Pesca e la Confederazione Nazionale Pescatori hanno firmato. Il CNP ha detto sì.'),
    ]);
    expect(entities(r)).toStrictEqual([
      ['CNP', 'Organization', []],
      ['Comitato Nazionale Pesca', 'Organization', []],
      ['Confederazione Nazionale Pescatori', 'Organization', []],
    ]);
  });

  it("joins the name an organization's head noun opens, written without the noun", () => {
    const r = extract([
      doc("L'Università Ferrantini ha aperto il corso. Secondo la Ferrantini gli iscritti crescono."),
    ]);
    expect(entities(r)).toStrictEqual([['Università Ferrantini', 'Organization', ['Ferrantini']]]);
  });

  it("joins the words after an organization's head noun, several of them, written without the noun", () => {
    const r = extract([doc('La Banca Popolare di Valsusa ha chiuso. La Popolare di Valsusa era in crisi.')]);
    expect(entities(r)).toStrictEqual([['Banca Popolare di Valsusa', 'Organization', ['Popolare di Valsusa']]]);
  });

  it('leaves the surname of a person the article names in full to that person, not to the body named after him', () => {
    const r = extract([
      doc('La Fondazione Ferrandi ha aperto. Lo ha detto Marco Ferrandi. Secondo Ferrandi è un successo.'),
    ]);
    expect(entities(r)).toStrictEqual([
      ['Fondazione Ferrandi', 'Organization', []],
      ['Marco Ferrandi', 'Person', ['Ferrandi']],
    ]);
  });

  it('joins a short form to the long form it spells through lowercase words, given in brackets after it', () => {
    const r = extract([
      doc("L'Unpa (Unione nazionale pescatori artigiani) ha protestato. Per l'Unpa la misura è sbagliata."),
    ]);
    expect(entities(r)).toStrictEqual([['Unione nazionale pescatori artigiani', 'Organization', ['Unpa']]]);
  });

  it('joins a short form to the long form it spells, set between commas after it', () => {
    const r = extract([doc('La Fnpa, Federazione nazionale pescatori artigiani, ha protestato.')]);
    expect(entities(r)).toStrictEqual([
      ['Federazione nazionale pescatori artigiani', 'Organization', ['Fnpa', 'Federazione nazionale']],
    ]);
  });

  it('names a body by the long form its bracketed short form spells, with lowercase words in it', () => {
    const r = extract([doc('La Federazione impiegati operai metallurgici (Fiom) chiede di più.')]);
    expect(entities(r)).toStrictEqual([['Federazione impiegati operai metallurgici', 'Organization', ['Fiom']]]);
  });

  it('joins a lone word spelling the initials of the one long organization name', () => {
    const r = extract([doc("L'Unione Nazionale Pescatori Artigiani ha protestato. Per l'Unpa la misura è sbagliata.")]);
    expect(entities(r)).toStrictEqual([['Unione Nazionale Pescatori Artigiani', 'Organization', ['Unpa']]]);
  });

  it('joins the first word of the one long organization name, and types the whole as it', () => {
    const r = extract([doc('Trevalco ha assunto. La Trevalco Systems ha deciso. Poi Trevalco ha detto no.')]);
    expect(entities(r)).toStrictEqual([['Trevalco Systems', 'Organization', ['Trevalco']]]);
  });

  it('keeps apart a first word the text makes a place, the town the organization is named after', () => {
    const r = extract([doc('Il sindaco di Trevalco ha parlato. La Trevalco Servizi ha risposto.')]);
    expect(entities(r).map(([name, type]) => [name, type])).toStrictEqual([
      ['Trevalco Servizi', 'Organization'],
      ['Trevalco', 'Place'],
    ]);
  });

  it('keeps a first word shared by two organizations apart from both', () => {
    const r = extract([doc('La Trevalco Systems e la Trevalco Holding hanno deciso. Poi Trevalco ha detto no.')]);
    expect(entities(r).map(([name]) => name)).toStrictEqual(['Trevalco Holding', 'Trevalco Systems', 'Trevalco']);
  });

  it('joins a lowercase institution to the one written big in the article', () => {
    const r = extract([doc('La Protezione Civile ha chiuso la strada. In serata la protezione civile ha riaperto.')]);
    expect(entities(r)).toStrictEqual([['Protezione Civile', 'Organization', ['protezione civile']]]);
  });
});

describe('English organization names', () => {
  it('runs on after "and" past "for", but not into a person', () => {
    const r = extract([doc('Lo dice il Northern Institute for Water Policy and Research, citato da Mario Rossi.')]);
    expect(entities(r)).toStrictEqual([
      ['Northern Institute for Water Policy and Research', 'Organization', []],
      ['Mario Rossi', 'Person', []],
    ]);
    const s = extract([doc('Lo dicono il Council of Europe and Mario Rossi.')]);
    expect(entities(s).map(([name]) => name)).toStrictEqual(['Council of Europe', 'Mario Rossi']);
  });
});

describe('short forms of places', () => {
  it('joins a lone word opening the one place of the article named with a connector', () => {
    expect(
      entities(extract([doc('Scontri nella Valtessa del Nord. In Valtessa la tensione resta alta.')])),
    ).toStrictEqual([['Valtessa del Nord', 'Place', ['Valtessa']]]);
  });

  it('leaves the lone word alone when two places of the article open with it', () => {
    expect(
      entities(
        extract([doc('Scontri nella Valtessa del Nord e nella Valtessa del Sud. In Valtessa la tensione resta alta.')]),
      ),
    ).toStrictEqual([
      ['Valtessa', 'Place', []],
      ['Valtessa del Nord', 'Place', []],
      ['Valtessa del Sud', 'Place', []],
    ]);
  });
});

describe('spellsInitials', () => {
  const italianWords = corefWords(loadLanguage('it').lexicon);

  it('answers the same whatever was asked before', () => {
    const cases: [string, string, boolean][] = [
      ['GdF', 'Guardia di Finanza', true],
      ['GF', 'Guardia di Finanza', true],
      ['G.d.F.', 'Guardia di Finanza', true],
      ['Bce', 'Banca centrale europea', true],
      ['Bce', 'Guardia di Finanza', false],
      ['Bce', 'Banca centrale europea', true],
      ['WSJ', 'Wall Street Journal', true],
      ['wsj', 'Wall Street Journal', true],
      ['W', 'Wall Street Journal', false],
      ['W.', 'W', false],
      ['OSCE', 'Organizzazione per la sicurezza e la cooperazione in Europa', true],
      ['OSCE', 'Wall Street Journal', false],
      ['GdF', 'Guardia di Finanza', true],
    ];
    for (const order of [cases, [...cases].reverse()]) {
      for (const [short, long, spells] of order)
        expect(spellsInitials(short, long, italianWords), `${short} / ${long}`).toBe(spells);
    }
  });
});

describe('the coreference stage per model', () => {
  // A sentence written for this test: "Della" is a word initials skip in Italian, not in English.
  const sentence = 'Officials of the Ministero Della Salute met, and then MS said it would act.';
  const names = (language: string) =>
    extract([{ ...doc(sentence), language }]).entities.map((e) => [e.name, e.aliases ?? []]);

  it("reads an English document's initials with the English model's words", () => {
    expect(names('en')).toStrictEqual([
      ['MS', []],
      ['Ministero Della Salute', []],
    ]);
  });

  it('joins an English alias after "also known as", and the alternative offered with "or", with the English model', () => {
    const r = extract([
      { ...doc('Police arrested John Marlow, also known as Big Joe or Joey, on Monday.'), language: 'en' },
    ]);
    expect(entities(r)).toStrictEqual([['John Marlow', 'Person', ['Big Joe', 'Joey']]]);
  });

  it('takes the initials for the name with the Italian model', () => {
    expect(names('it')).toStrictEqual([
      ['Ministero Della Salute', ['MS']],
      ['Officials', []],
    ]);
  });
});
