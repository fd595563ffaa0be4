import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [every surface form of the entity joined by "|", type, the rules that typed it], in the result's order. */
function typed(text: string): [string, string, string[]][] {
  return extract([doc(text)]).entities.map((e) => [e.mentions.map((m) => m.text).join('|'), e.type, e.trace ?? []]);
}

describe('places named by a building or landmark word', () => {
  it('types a name opened by a word for a building as the place', () => {
    expect(typed('Il concerto si terrà allo Stadio Valdorio sabato sera.')).toStrictEqual([
      ['Stadio Valdorio', 'Place', ['type.facility-head-opening']],
    ]);
  });

  it('types a hospital named by its head word as the place, not the body', () => {
    expect(typed("Il ferito è stato portato all'Ospedale San Corrado in elicottero.")).toStrictEqual([
      ['Ospedale San Corrado', 'Place', ['type.facility-head-opening']],
    ]);
  });

  it('leaves a building word standing alone to the other rules: a surname here', () => {
    expect(typed('Ha parlato il sindaco Villa.')).toStrictEqual([['Villa', 'Person', ['type.role-phrase-names']]]);
  });
});

describe('areas named by the adjective of their town', () => {
  it('types the adjective of a town after "nel" as the area around it', () => {
    expect(typed('Un forte temporale si è abbattuto nel Valdoriano nella notte.')).toStrictEqual([
      ['Valdoriano', 'Place', ['type.territory-adjective']],
    ]);
  });

  it('types the adjective of a town after "del" as the area around it', () => {
    expect(typed('Le scuole del Carvonese resteranno chiuse domani.')).toStrictEqual([
      ['Carvonese', 'Place', ['type.territory-adjective']],
    ]);
  });

  it('leaves a title written big after the article to the other rules', () => {
    expect(typed('Il premio è stato consegnato dal Capitano in persona.')).toStrictEqual([
      ['Capitano', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('places named after a word for a building or a settlement', () => {
  it('types the name after a building word and "di" as where it stands', () => {
    expect(typed('I detenuti del penitenziario di Roccalta protestano da giorni.')).toStrictEqual([
      ['Roccalta', 'Place', ['type.place-after-facility-noun']],
    ]);
  });

  it('allows an adjective between the building word and "di"', () => {
    expect(typed('La centrale nucleare di Valbrusa è stata chiusa.')).toStrictEqual([
      ['Valbrusa', 'Place', ['type.place-after-facility-noun']],
    ]);
  });

  it('types a name of two words after the building word too', () => {
    expect(typed('La moschea di Sidi Amar è stata restaurata.')).toStrictEqual([
      ['Sidi Amar', 'Place', ['type.place-after-facility-noun']],
    ]);
  });

  it('keeps a person a first name opens', () => {
    expect(typed('Il museo di Giorgio Morandi riapre domani.')).toStrictEqual([
      ['Giorgio Morandi', 'Person', ['type.first-name-opening']],
    ]);
  });
});

describe('towns placed in their province', () => {
  it('types a name followed by ", in provincia di" as a town', () => {
    expect(typed('Il fatto è avvenuto a Rocca Sarvesa, in provincia di Cuneo, ieri sera.')).toStrictEqual([
      ['provincia di Cuneo', 'Place', ['type.head-noun']],
      ['Rocca Sarvesa', 'Place', ['type.town-before-container']],
    ]);
  });

  it('types a name followed by the province in brackets as a town', () => {
    expect(typed('I ragazzi di Valbrusa (provincia di Rieti) sono tornati a casa.')).toStrictEqual([
      ['provincia di Rieti', 'Place', ['type.head-noun']],
      ['Valbrusa', 'Place', ['type.town-before-container']],
    ]);
  });
});

describe('towns named after an office held in them', () => {
  it('types the name after "il vicesindaco di" as the town', () => {
    expect(typed('Il vicesindaco di Pieve Sarvana ha aperto la seduta.')).toStrictEqual([
      ['Pieve Sarvana', 'Place', ['type.place-after-town-office']],
    ]);
  });
});

describe('place words opening or ending a name', () => {
  it('types a name ending with "Hotel" as the place', () => {
    expect(typed('La cena si è svolta al Belvane Grand Hotel di sera.')).toStrictEqual([
      ['Belvane Grand Hotel', 'Place', ['type.place-word']],
    ]);
  });

  it('types the upper part of a territory as a place', () => {
    expect(typed('Nevica in Alta Valdrena da ieri sera.')).toStrictEqual([
      ['Alta Valdrena', 'Place', ['type.place-word']],
    ]);
  });

  it('types a name opened by "Camp" as the place', () => {
    expect(typed('I soldati sono rientrati a Camp Delvar dopo la missione.')).toStrictEqual([
      ['Camp Delvar', 'Place', ['type.place-word']],
    ]);
  });
});

describe('people after "a"', () => {
  it('types a lone name after "insieme a" as a person, not a place', () => {
    expect(typed('Ha cantato insieme a Valdrini sul palco.')).toStrictEqual([
      ['Valdrini', 'Person', ['type.person-after-dative']],
    ]);
  });

  it('types a lone name after "dedicato a" as a person', () => {
    expect(typed('Il premio dedicato a Lorvesi è stato consegnato ieri.')).toStrictEqual([
      ['Lorvesi', 'Person', ['type.person-after-dative']],
    ]);
  });

  it('keeps the place after "a" where no word before it takes a person', () => {
    expect(typed('Il convegno si è svolto a Valdrini sabato.')).toStrictEqual([
      ['Valdrini', 'Place', ['type.after-place-preposition']],
    ]);
  });

  it('keeps a town the lexicon knows after "dedicato a"', () => {
    expect(typed('Il francobollo è dedicato a Genova e al suo porto.')).toStrictEqual([
      ['Genova', 'Place', ['type.gazetteer']],
    ]);
  });
});

describe('venues of a town', () => {
  it('leaves an office of a town written big to the other rules', () => {
    expect(typed('La lettera è stata inviata dal Questore di Brescia ieri.')).toStrictEqual([
      ['Questore', 'Other', ['type.lone-unknown-word']],
      ['Brescia', 'Place', ['type.gazetteer']],
    ]);
  });

  it('types a name after a masculine article and before "di" and a known town as a venue there', () => {
    expect(typed('Il concerto si è tenuto al Palarvo di Torino davanti a molti fan.')).toStrictEqual([
      ['Palarvo', 'Place', ['type.venue-of-town']],
      ['Torino', 'Place', ['type.gazetteer']],
    ]);
  });

  it('leaves a word the text also writes small to the other rules', () => {
    expect(typed("Si parla di innovazione. Il forum dell'Innovazione di Genova apre domani.")).toStrictEqual([
      ['Innovazione', 'Other', ['type.lone-unknown-word']],
      ['Genova', 'Place', ['type.gazetteer']],
    ]);
  });
});

describe('where a person comes from', () => {
  it('types the name after a noun of age and "di" as a place', () => {
    expect(typed('Un trentenne di Valbrusa è rimasto ferito.')).toStrictEqual([
      ['Valbrusa', 'Place', ['type.hometown-of-person']],
    ]);
  });

  it('types the name after "originaria di" as a place', () => {
    expect(typed('La ragazza, originaria di Valbrusa, studia a Milano.')).toStrictEqual([
      ['Milano', 'Place', ['type.gazetteer']],
      ['Valbrusa', 'Place', ['type.hometown-of-person']],
    ]);
  });
});

describe('places after "presso"', () => {
  it('types a name nothing typed right after "presso" as a place', () => {
    expect(typed("L'incidente è avvenuto presso Roccalta nella notte.")).toStrictEqual([
      ['Roccalta', 'Place', ['type.place-after-presso']],
    ]);
  });

  it('types a name of two words right after "presso" as a place', () => {
    expect(typed('La scossa è stata avvertita presso Rocca Sarvesa e dintorni.')).toStrictEqual([
      ['Rocca Sarvesa', 'Place', ['type.place-after-presso']],
    ]);
  });
});

describe('storms named like towns', () => {
  it('types a town name the article also writes after a word for a storm as the storm', () => {
    expect(
      typed(
        "L'uragano Milton si avvicina. Milton ha causato danni. Milton si è indebolito. Milton è arrivato in Florida.",
      ),
    ).toStrictEqual([
      ['Milton|Milton|Milton|Milton', 'Event', ['type.event-cue-before']],
      ['Florida', 'Place', ['type.gazetteer']],
    ]);
  });

  it('reads a storm word in apposition after the name too', () => {
    expect(
      typed("Ieri Milton, l'uragano più forte dell'anno, ha raggiunto la costa. Poi Milton si è indebolito."),
    ).toStrictEqual([['Milton|Milton', 'Event', ['type.storm-named-in-article']]]);
  });

  it('keeps the town where the article names no storm', () => {
    expect(typed('Ieri Milton ha ospitato la fiera.')).toStrictEqual([['Milton', 'Place', ['type.known-town']]]);
  });
});

describe('places a verb of linking joins', () => {
  it('types the name a road links to a known town as a place', () => {
    expect(typed('La statale che collega Roccalta a Catania è stata chiusa.')).toStrictEqual([
      ['Catania', 'Place', ['type.gazetteer']],
      ['Roccalta', 'Place', ['type.linked-places']],
    ]);
  });

  it('reads "collega" after a possessive as a colleague', () => {
    expect(typed('Il mio collega Ferri a Catania ha vinto.')).toStrictEqual([
      ['Ferri', 'Person', ['type.person-noun-before']],
      ['Catania', 'Place', ['type.gazetteer']],
    ]);
  });
});

describe('people after a noun of age', () => {
  it('types a town name right after a noun of age as a person', () => {
    expect(typed('La polizia ha arrestato il diciannovenne Milton ieri sera.')).toStrictEqual([
      ['polizia', 'Organization', ['type.head-noun']],
      ['Milton', 'Person', ['type.age-noun-before']],
    ]);
  });

  it('types an unknown name right after a noun of age as a person', () => {
    expect(typed('La quarantenne Zarvoni è stata ritrovata.')).toStrictEqual([
      ['Zarvoni', 'Person', ['type.age-noun-before']],
    ]);
  });
});

describe('parts of a town named after a noun for them', () => {
  it('types a name right after "località" as a place', () => {
    expect(typed('Il furto è avvenuto in località Valbrusa nella notte.')).toStrictEqual([
      ['Valbrusa', 'Place', ['type.place-after-area-noun']],
    ]);
  });

  it('keeps a person a first name opens', () => {
    expect(typed('Il corteo è passato in zona Paolo Neri ieri.')).toStrictEqual([
      ['Paolo Neri', 'Person', ['type.first-name-opening']],
    ]);
  });
});

describe('towns joined by a hyphen', () => {
  it('types names joined by hyphens, one a known town, as a place', () => {
    expect(typed('La bretella Valbrusa-Catania è stata chiusa.')).toStrictEqual([
      ['Valbrusa-Catania', 'Place', ['type.joined-towns']],
    ]);
  });

  it('leaves names joined by hyphens with no town to the other rules', () => {
    expect(typed('Lavora alla Rolls-Royce da anni.')).toStrictEqual([
      ['Rolls-Royce', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});

describe('a model that lists no place words', () => {
  it('types no name by the endings it lacks', () => {
    const english = { ...doc('The thirty Marwood arrived near Valbrusa yesterday.'), language: 'en' };
    expect(extract([english]).entities.map((e) => [e.name, e.type, e.trace ?? []])).toStrictEqual([
      ['Marwood', 'Other', ['type.lone-unknown-word']],
      ['Valbrusa', 'Other', ['type.lone-unknown-word']],
    ]);
  });
});
