// The extractor's rules by id, each with the one-line reason a reader is shown when asking
// "why?" of a statement or a relation. Statements and relations carry the ids in `trace`
// (extraction contract), in order: the rule that found the item, then those that found its
// speaker or its parties. The ground floor: imports nothing, and every layer (the extractor,
// the CLI's --explain, the explorer's panels) reads the same words from here.

export const STATEMENT_RULES = {
  'statement.quote-then-cue': 'a quote followed by its reporting verb («…», ha detto X)',
  'statement.cue-inside-quote': 'a reporting clause set inside the quote («… – ha detto X – …»)',
  'statement.cue-then-colon-quote': 'a reporting verb, a colon, then the quote (X ha detto: «…»)',
  'statement.name-then-colon-quote': 'a name, a colon, then the quote (X: «…»)',
  'statement.interview-answer':
    'in an interview ("Intervista a X" in the headline), what follows a question up to the next one is the answer of X',
  'statement.interview-headline':
    'a quote with no source of its own in the headline "Intervista a X: «…»" is said by X',
  'statement.noun-cue-then-colon-quote':
    'a noun naming words said and their source, a colon, then the quote (Lo sfogo di X: «…»)',
  'statement.quote-then-noun-cue': 'a quote followed by a noun naming it and its source («…», la replica di X)',
  'statement.clause-then-colon-quote': 'a clause about the speaker, a colon, then the quote',
  'statement.quote-in-reported-clause': 'a quoted fragment inside a sentence with a reporting verb',
  'statement.participle-quote-agent':
    'a quoted fragment after a reporting participle, with the one who said it after "da" (definita «folle» da X)',
  'statement.quote-of-sentence-speaker': 'a second quoted fragment of a sentence that already has a speaker',
  'statement.credited-by-next-sentence': 'a quote credited by the next sentence (Lo ha detto X, Così X)',
  'statement.sentence-credited-by-next':
    'a sentence credited by the next one (Lo ha annunciato X; A dirlo è X; La notizia è stata confermata da X): indirect speech of X',
  'statement.quote-continues': 'a quote standing alone right after a statement: the speaker goes on',
  'statement.trailing-source':
    'a statement with no one named, then ", secondo X" closing its sentence: X is its source',
  'statement.clause-then-as-cue': 'a clause, then "come" and a reporting verb with its source: that source says it too',
  'statement.quote-chain':
    'quotes joined by "e" or a follow-on quote with no reporting words of its own: one statement with the quote before',
  'statement.first-person-quote-alone':
    'a first-person quote standing alone with no statement just before it: the person the text follows',
  'statement.as-cue-then-clause':
    '"Come ha spiegato X," opening the sentence: the clause after the comma is what X said',
  'statement.cue-then-colon-clause':
    'a reporting verb, a colon, then a clause with a finite verb in the third person and no quote marks (X ha detto: il porto sarà pronto)',
  'statement.clause-then-subject-cue':
    'a reported clause, a comma, then a named source and its reporting verb closing the sentence (…, X said; …, X ha spiegato)',
  'statement.cue-zero-that-clause':
    'a reporting verb and the clause it takes without "that", opened by a subject and holding a finite verb (X said the plan was wrong)',
  'statement.noun-cue-then-colon-clause':
    'a noun naming words said and their source opening the sentence, a colon, then what was said without quote marks (La replica di X: …)',
  'statement.cue-set-inside':
    'a reporting verb and its subject set between commas inside a sentence (Il ponte, spiega X, resterà chiuso): the sentence is what X said',
  'statement.intent-noun-of-source':
    "a noun for something announced or asked, its source, then what it was (l'annuncio di X di …)",
  'statement.predicative-judgement':
    'a stance verb, its judgement, then what it judges (ritiene inaccettabile la riforma)',
  'statement.estimate': 'a figure estimated by the subject, or in a passive with no one named (stima in 300 i feriti)',
  'statement.rumour': 'word going round with no source written (giunge la voce che …)',
  'statement.charge-noun': "a charge or ground with no source written (con l'accusa di …, con la motivazione che …)",
  'statement.colon-speech': 'first-person speech after a colon, without quote marks',
  'statement.connective-colon-speech': 'first-person speech after "E poi:" or "Ed ancora:": the last speaker goes on',
  'statement.cue-that-clause': 'a reporting verb followed by "che" and the reported clause',
  'statement.cue-infinitive': 'a reporting verb followed by "di" or "a" and an infinitive (ha chiesto di …)',
  'statement.reflexive-stance': 'a stance stated with "si è detto", "si è dichiarato" (si è detto soddisfatto …)',
  'statement.appeal-noun': 'an appeal made (ha lanciato un appello alla …, rivolge un monito a …): what it asks',
  'statement.cue-object':
    'a reporting verb with the object that is what was said (ha annunciato il ritiro …, critica la riforma, ha parlato di …)',
  'statement.denial-object': 'a denial of accusations or reports (ha respinto le accuse …)',
  'statement.accusation-of': 'an accusation with its charge (ha accusato Y di …)',
  'statement.passive-cue-that': 'a passive reporting verb followed by "che" (è stato annunciato che …)',
  'statement.passive-cue-object':
    'a passive reporting verb followed by the thing said as its subject (è stato annunciato il rinvio …)',
  'statement.clause-then-cue': 'a reported clause, a comma, then the reporting verb (…, ha detto X)',
  'statement.secondo-then-clause': '"secondo X" opening the reported clause',
  'statement.clause-then-secondo': 'a clause closed by ", secondo X"',
  'statement.secondo-agent-then-clause':
    '"secondo quanto dichiarato da X", "stando a quanto riferito dalla polizia" opening the clause (an unnamed agent up to its comma)',
  'statement.according-to': '"according to X" with the clause it qualifies',
  'statement.secondo-relative':
    'a relative "secondo cui", "secondo il quale" after a name and its comma: the clause after it is what that name says (X, secondo cui …)',
  'statement.quote-then-document':
    'a quote followed by "si legge" and the document it is read in, named with its author (« … », si legge nella nota della Regione)',
  'statement.document-read-that':
    '"si legge" and "che" with the document it is read in named with its author, before or after (nella nota della Regione si legge che …)',
  'statement.per-then-clause': '"per" and a person or organization opening the sentence (Per X, …)',
  'statement.according-phrase': '"a detta di X", "stando a X", "a parere di X" with the clause it qualifies',
  'statement.in-their-words': '"nelle sue parole" continuing the last speaker',
  'statement.bracketed-secondo': '"(secondo X)" in brackets inside or closing a clause: the clause is what X says',
  'statement.past-comparison':
    'a comparison set between commas after the cue (ha ribadito, come già fece nel 2009, …): what was said follows it',
  'statement.object-as-judgement':
    'a verb of judgement with its object, then "come" and what it is judged to be (ha definito il gesto come una bravata)',
  'statement.order-given':
    'an order given (ha dato disposizioni, mandato, istruzioni a Y di …): what the infinitive after "di" asks',
  'statement.gerund-colon-speech':
    "first-person words after a reporting gerund and a colon (…, esprimendosi su twitter: non sono …): the sentence speaker's",
} as const;

export const SPEAKER_RULES = {
  'speaker.subject-before-cue': 'the name just before the reporting verb',
  'speaker.clause-subject': 'the subject of the clause that holds the reporting verb',
  'speaker.relative-antecedent': 'the name a relative "che" refers to (X, che ha detto …)',
  'speaker.sentence-opening-name': 'the name opening the sentence, before an apposition',
  'speaker.subject-after-cue': 'the name right after the reporting verb (ha detto X)',
  'speaker.name-before-colon': 'the name just before the colon',
  'speaker.interviewee': 'the person the headline says is interviewed ("Intervista a X")',
  'speaker.apposition': "the name set in apposition to a description (l'avvocato, Anna Rossi,)",
  'speaker.acronym': 'the acronym in parentheses after a name read only in part (… Geological Survey (USGS))',
  'speaker.bracketed-acronym':
    'one word in brackets after a name (… Pescatori (FIP), Luca Ferretti (Mrp)) is read as part of the speaker',
  'speaker.bracketed-body':
    "a party or body of several words in brackets right after a person's name (Giulia Rastelli (Forza Italia)) is read as part of the speaker",
  'speaker.named-after-noun': 'the body named right after the noun of a body or a medium (secondo il quotidiano X)',
  'speaker.after-secondo': 'the name after "secondo" (or "a detta di", "stando a")',
  'speaker.of-speech-noun': 'the source after a noun naming words said (la replica di X)',
  'speaker.agent-after-da': 'the agent after "da" (dichiarato da X)',
  'speaker.next-sentence': 'the name in the next sentence that credits the quote',
  'speaker.main-clause-subject':
    'a reporting verb in a relative clause of place (…, in cui critica …): the main clause subject',
  'speaker.what-was-said': '"(Questo) è quanto sostiene X": X said the sentence before',
  'speaker.previous-speaker': 'no subject of its own: the speaker of the statement before',
  'speaker.pronoun-after-secondo': '"secondo lui", "secondo lei": the last named speaker',
  'speaker.document-author': 'the author named after the document a quote is read in (la nota della Regione)',
  'speaker.colon-clause-subject':
    'no subject of its own after the quote: the subject of the clause that opens the sentence and ends in a colon before it (X è arrivato: «…», ha detto)',
  'speaker.previous-person': 'no subject of its own: the last person named as a subject before',
  'speaker.same-sentence-speaker': 'the speaker already found in the same sentence',
  'speaker.coordinated-verb': 'a reporting verb joined by "e" to the one before shares its speaker',
  'speaker.title-latest-person': 'a title with no holder named with it: the person last named as a subject',
  'speaker.title-holder': 'a title (il sindaco, il papa) resolved to the person named with it before',
  'speaker.headline-title-holder':
    'a title in the opening paragraph (Il presidente: «…») resolved to the one person the article names with it below',
  'speaker.title-synonym-holder':
    "a role written one way (il capo del Viminale) resolved to the person named before with another name of the same office (il ministro dell'Interno Mario Rossi)",
  'speaker.body-of-country': 'a body or official of a country (il governo georgiano) speaks for the country',
  'speaker.body-of-named': 'a body of a named entity (il governo di X) speaks for it',
  'speaker.organization-anaphor':
    "a definite organization noun alone (l'associazione, la società): the organization of that kind named before",
  'speaker.unnamed-subject': 'a subject that names no one (la famiglia, i sostenitori): an unnamed source',
  'speaker.unnamed-after-secondo': 'an unnamed source after "secondo" (secondo gli esperti)',
  'speaker.passive-no-agent': 'a passive reporting verb with no agent: no speaker',
  'speaker.unstated-source': 'a charge or ground whose source the sentence does not write: no speaker',
  'speaker.common-noun-body':
    'an institution written as a common noun (i carabinieri, la polizia): an unnamed source, no entity',
  'speaker.impersonal-si': 'an impersonal "si": no speaker',
  'speaker.past-example-list':
    'the subject before an example list set between commas (tre partiti, tra cui X, hanno detto): not a name in the list',
  'speaker.same-title-as-last':
    'a bare title after the cue (ha continuato il ministro) that the last speaker was written with, a sentence or two before: that speaker',
  'speaker.source-before-cue':
    'a source named after "secondo" just before the cue (I Verdi, secondo le dichiarazioni di X, non escludono …): X, not the subject',
  'speaker.title-two-holders':
    'a bare title (il ministro) when two people are named before with it or another name of its office: no one',
  'speaker.title-with-complement-holder':
    'a title written with its complement (il ministro della Salute) resolved to the person named before with that same complement, never a holder of the title with another one',
} as const;

export const RELATION_RULES = {
  'relation.role-phrase-with-name': 'a role phrase written with the name (il portavoce del Cremlino X)',
  'relation.role-phrase-resolved': 'a role phrase resolved to a person named elsewhere in the article',
  'relation.role-qualifier': 'the organization or place qualifying the role',
  'relation.role-second-qualifier': 'the second of two coordinated qualifiers of the role',
  'relation.role-qualifier-place': 'the place a qualifier adjective names (russo → Russia)',
  'relation.role-qualifier-role': 'the holder of the role that qualifies it',
  'relation.role-known-office': 'the office the lexicon knows for this person',
  'relation.role-country-in-context': 'no qualifier: the country the article is about',
  'relation.name-of-place-known-office': 'a person "of" a place, with an office the lexicon knows',
  'relation.name-of-place-citizen': 'a person "of" a place: citizenship',
  'relation.organization-of-person': 'an organization "of" a person (Starlink di Musk): ownership',
  'relation.organization-of-place': 'an organization "of" a place: location',
  'relation.organization-of-organization': 'an organization "of" another: part of it',
  'relation.including-list': "a person's list of organizations in parentheses (inclusi X e Y)",
  'relation.reciprocal-verb': 'a reciprocal verb (X e Y si sono parlati)',
  'relation.contact-noun-between': 'a contact noun between two parties (la telefonata tra X e Y)',
  'relation.contact-noun-with': 'a contact noun with a party (il colloquio con Y)',
  'relation.contact-noun-hyphen': 'a contact noun with hyphenated parties (i contatti X-Y)',
  'relation.subject-verb-object': 'a verb with its subject and object (X ha attaccato Y)',
  'relation.event-parties': 'the two parties of a call or meeting',
  'relation.event-participant': 'a participant of an event',
  'relation.event-place': 'the place an event was held in',
} as const;

/** How a statement's speech act was read (acts.ts): the last id of its trace. */
export const ACT_RULES = {
  'act.from-cue': 'the act of the reporting verb or noun (ha criticato → criticism, ha promesso → promise)',
  'act.denial-object': 'a denial of a named object (ha respinto le accuse)',
  'act.accusation-object': 'an accusation of someone "di" something (ha accusato X di …)',
  'act.denial-in-words': 'a plain "ha detto" whose words deny (non è vero, è falso, privo di fondamento)',
  'act.negated-cue': 'a negated reporting verb (non ha smentito) does not do what the verb says',
  'act.plain-claim': 'a reporting expression that only says something was said (secondo, a colon) or none: a claim',
} as const;

export const EVENT_RULES = {
  'event.call-noun': 'a call named by its noun (la telefonata …)',
  'event.meeting-noun': "a meeting named by its noun (l'incontro, il vertice …)",
  'event.other-noun': 'an event named by its noun (le elezioni, il processo …)',
} as const;

export const ENTITY_RULES = {
  'type.gazetteer': 'a name the lexicon knows, with its type',
  'type.head-noun': 'a head noun opening the name (Università di …, provincia di …)',
  'type.capitalized-name': 'a capitalized name and nothing else to go on: a person by default',
  'type.priest': 'a priest named with "don"',
  'type.role-phrase-names': 'the name a role phrase gives (il ministro X)',
  'type.club-after-article': 'a town after a masculine article is its club (il Parma)',
  'type.club-in-match': 'a town joined by a dash to a known club (Milan - Lazio): the other club of the match',
  'type.country-acting-subject':
    "a country as the subject of a verb (l'Italia ha votato): its government, state or team, an organization",
  'type.country-according-to':
    'a country after "secondo" (secondo la Francia): the source of words, as statements read it, its government',
  'type.country-speaking-after-verb':
    'a country after a reporting verb and its article (ha dichiarato la Russia): the speaker, its government',
  'type.country-subject-past-aside':
    'a country before a finite verb past an object pronoun, a quote or an adverb set off by commas, or by its closing comma alone (la Norvegia, tuttavia, respinge; la Norvegia comunque, respinge): its government',
  'type.institution-noun-written-big':
    "an institution's noun written big mid-sentence, alone or as listed (la Camorra, la Consulta, le Forze Armate): that body",
  'type.country-in-relation':
    'a country after "con" or "tra" with a noun of a relation between states before (le relazioni diplomatiche con la Norvegia): a party, its state',
  'type.country-voting':
    'a country right after a word of a vote or a signature, "da" allowed between (approvata da Norvegia e Islanda): a state that voted',
  'type.country-list-subject':
    'a list of countries and known bodies after a word opening a clause and before a finite verb (quando Norvegia e Islanda hanno firmato): its countries act',
  'type.country-taking-act':
    'a country after a noun of a decision, a stance or words said and "di" with its article (la decisione della Norvegia, la replica della Norvegia): its state',
  'type.country-speaking-agent':
    'a country after a reporting verb and "da" (dichiarato dalla Norvegia): the agent the statements take for the speaker, its government',
  'type.capital-acting-subject':
    'a capital as the subject of a finite verb, after the sentence start or a punctuation mark (Mosca ha risposto): its government',
  'type.region-acting-subject':
    'a state of a federation or a region as the subject of a finite verb (il Texas ha approvato): its government',
  'type.capital-according-to': 'a capital after "secondo" (secondo Washington): the source of words, its government',
  'type.country-opposed': 'a country opposed (contro la Francia): its government or team, an organization',
  'type.country-pair': 'two countries joined by a dash (Usa - Cina, Italia-Francia 2-1): two sides, states or teams',
  'type.country-beside-score':
    'a country next to a score (batte 3-1 la Polonia, Svezia (2-0)): its team, an organization',
  'type.side-beside-score':
    'a place next to a score of few digits (batte 2-0 il Westbury, Aldford - Westbury 1-0), and the place joined to it by a dash: the sides of a match',
  'type.side-before-verb-and-score':
    'a place before a verb of one or two words and a score, in a sentence about a competition (Westbury batte 2-0): a side of the match',
  'type.team-in-sports-sentence':
    'a country or a town after a definite article in a sentence about a competition (sconfitta dalla Cina, la Roma ha vinto): its team or club, an organization',
  'type.countries-listed-in-sports-sentence':
    'countries listed together in a sentence about a competition, not after a preposition of place or "di" (ha battuto Irlanda e Francia): the sides, organizations',
  'type.club-of-fans':
    'a country or a town after a noun for supporters and "di" (i tifosi della Roma): its team or club, an organization',
  'type.team-of-player':
    'a country or a town after a noun for a player, a coach or a national side and "di" (l\'allenatore della Roma, le nazionali di Francia): its team or club',
  'type.country-in-acting-list':
    'a country in a list that acts (Francia e Germania hanno firmato; il Cile e il Perù hanno chiuso le frontiere): each an organization',
  'type.common-noun-title':
    'a common noun written big mid-sentence with its lowercase complement: one name (Codice della strada)',
  'type.initial-and-surname': 'an initial and a surname (M. Rossi)',
  'type.dotted-initials': 'two dotted initials standing alone (L.T.): a person named by initials only',
  'type.institution-written-big': 'Regione or Comune written big: the administration, not the territory',
  'type.administration-office':
    'a territory written small after an office or an organ and "di" (il presidente della provincia di …): its administration',
  'type.administration-acting-subject':
    'a territory written small as the subject of a verb (il comune di Roccalta ha deciso): its administration',
  'type.capitals-acronym': 'a word in capitals: the acronym of a body',
  'type.code-with-digits': 'capitals mixed with digits (H1N1, PS5): a code, not a body',
  'type.dateline-town': 'a town in capitals in a dateline or known as a place',
  'type.own-article-title': 'a name opening with its own article (Il Faro): a title, a paper or a body',
  'type.camel-case-brand':
    'a capital inside a word after small letters (WikiLeaks, HuffPost): a brand, not a surname (McCain)',
  'type.office-of-body': 'a lone name after an office held in a body and "di" (il presidente dell\'X): the body',
  'type.broadcaster-name':
    'a word for a broadcaster written big before a name or a number (Radio Valdrena, Kanal 7) or after a name (Valdrena TV): the station',
  'type.partners-name':
    'names joined by "&", one of them of two words or more (Valdrena Games & Orti Studio): a company of partners',
  'type.body-name-extended':
    'a body\'s name goes on past "per" and an article, or past "e dei" before a portfolio (Ministero del Turismo e dei Trasporti)',
  'type.mixed-case-acronym': 'a mixed-case acronym of a party or a body (PdL, IdV)',
  'type.spelled-by-acronym':
    'the words that spell an acronym, in brackets after it or before it in brackets (la Afc (agenzia ferroviaria centrale)): the body it names',
  'type.company-suffix': 'a company suffix ending the name (S.p.A., Srl)',
  'type.road-number': 'a road number (A14, SS36)',
  'type.province-code': 'two capitals in brackets after a town: its province (Gubbio (PG))',
  'type.town-before-province-code': 'a name followed by a province code in brackets: a town',
  'type.acronym-shape': 'a short word no language would spell: an acronym (Bce, Gdf)',
  'type.member-noun-before':
    'a noun of an organization\'s people or dealings and "di" before it (i dipendenti della X)',
  'type.office-with-modifier':
    'an office or a noun of a body\'s people, the word that says which office, then "di" before a name no lexicon reads as a person or a town (l\'amministratore delegato di X): the body',
  'type.team-of-rider':
    'a rider\'s or a driver\'s noun and "di" with its article (il ciclista della X), or a club cue and a feminine article (la maglia della X), before a name no lexicon reads as a person or a town: the team',
  'type.fleet-owner':
    'a ship, a plane, a train or a bus after an indefinite article or before a number (una nave X, il volo X 5191), or with "di" and its article (un aereo della X), before a name no lexicon reads as a person or a town: the company that runs it',
  'type.outlet-after-report':
    'a participle of reporting and "da" before a name no lexicon reads as a person or a town (come riportato da X): the outlet',
  'type.publisher-after-published':
    'a participle of publishing and "da" or "su" before a name no lexicon reads as a person or a town (pubblicato da Ardesia, pubblicata su Lumen): the publisher or the journal',
  'type.merger-party':
    'a noun of a merger or a takeover, "tra" or "con" allowed after it, before a name no lexicon reads as a person or a town, or before the name joined to it by "e" or a dash (la fusione tra X e Y): a company',
  'type.seat-after-name':
    'a phrase of a seat or a founding after a name no lexicon reads as a person or a town, a comma allowed between (X, con sede a Y; X, fondata nel 1990): a body',
  'type.share-price-move':
    'a name, a verb of a price allowed after it, then an article, a number and "%" (X guadagna il 2 %): a listed company or an index',
  'type.example-of-kind':
    'an organization noun, then "come" or "tra cui" and an article before a name no lexicon reads as a person or a town (aziende come X): one of that kind',
  'type.place-and-direction':
    'a known place and a direction after it (Italia centrale, Germania Est): a part of the place, one name',
  'type.organization-branch':
    'a one-word organization the lexicon knows and the town or region of its branch (Cisl Brescia)',
  'type.national-team':
    'the adjective "nazionale" after a feminine article, with the nationality after it: a national team (la nazionale italiana)',
  'type.part-of-country':
    'a common word and a country after it (Centro Italia, Alta Francia): a part of that country, a place',
  'type.named-as':
    'a naming participle before the name and a noun before it that says what it is (le organizzazioni denominate X), or the last name it lists (denominate X e Y)',
  'type.list-shares-type':
    'a name nothing typed in a list takes the type its typed members share (a Savona, Marsiglia e X): things listed together are of one kind',
  'type.conjoined-with-body':
    'a name nothing typed, with no given name, surname or town in it, joined by a conjunction to an organization (la Cgil e X): one more organization, whatever else the list holds',
  'type.articled-list-shares-type':
    'a name nothing typed in a list whose members each repeat their article (della Fondazione X e dello Y) takes the organization type its typed members share',
  'type.organization-nationality':
    "a body the lexicon knows and a nationality after it (la Croce Rossa svizzera): that country's body, one name",
  'type.association-compound': 'a compound association or company name (Asso-, Feder-, Conf-)',
  'type.organization-cue-before': 'an organization noun before the name (la società X, la rivista X)',
  'type.organization-cue-before-quote':
    'an organization noun before the name in quotes (la società «X», il quotidiano "X")',
  'type.known-town': 'a town the city list knows',
  'type.town-and-club-word':
    'a town and a word that makes a club of it (Leicester City), unless the whole name is a town (Kansas City): the club',
  'type.club-opening-word': 'a word that opens the name of a club (Pro …, AC …, Sporting …): the club',
  'type.organization-word': 'an organization word opening or ending the name (… Calcio, Gruppo …)',
  'type.english-organization-name': 'an English name joined by "of", "for" or "and" around an organization word',
  'type.place-word': 'a place word opening or ending the name (… Street, Lake …)',
  'type.known-surname': 'the surname of a person the lexicon knows',
  'type.known-first-name': 'a first name the lexicon knows',
  'type.event-word-ending': 'an event word ending the name (… Open, … Cup), unless a first name opens it (Paolo Giro)',
  'type.event-word-alone': 'an event word standing alone (le Finals, i Masters): the event',
  'type.plural-article-group': 'a name after a plural article (gli Arctic Monkeys): a band, a team or a party',
  'type.common-words-name': 'a name made of common words is no person (Codice Penale)',
  'type.articled-full-name':
    'a name of capitalized words after a singular article (della Valmora Shipping): news write no article before a full name',
  'type.event-head-inside': 'an event word inside the name (Gran Premio di …), unless it is a given name and a surname',
  'type.first-name-opening': 'a first name opening the name',
  'type.after-place-preposition': 'a lone name after a preposition of place (a, in, vicino)',
  'type.place-after-place-noun':
    'the name after "il sindaco di", "la provincia di", or a place noun and its adjective ("il villaggio georgiano di")',
  'type.place-in-container': 'the name after a container of places and "del" (la regione del …)',
  'type.verb-after-full-name': 'a reporting or action verb right after a name of several words: a person',
  'type.speaker-before-reporting-verb': 'a lone name nothing typed, right before a reporting verb: the person speaking',
  'type.dateline-before-participle':
    'a name nothing typed opening a headline before a colon and a participle clause (X: rubata la …): the place the news comes from',
  'type.town-name-speaking':
    'a lone name the lexicon knows only as a town, right before a reporting verb: a person of that surname',
  'type.emergency-number':
    'the number of an emergency service after a singular article (i sanitari del 118, ha chiamato il 112): the service',
  'type.body-of-leader':
    'a government, an administration or a council named after its leader (il governo X): the body, apart from the person',
  'type.leader-of-body': "the name right after a body it leads (il governo X, l'amministrazione X): a person",
  'type.acronym-as-common-noun':
    'an acronym after an indefinite article (un SUV, una ONG): a kind of thing or of body, not one body',
  'type.seat-building-visited':
    'a seat of government named after its building, after "al", "alla", "presso" (salito al Quirinale): the building',
  'type.institution-seat':
    'a seat listed as standing for the body housed there (Montecitorio, Piazza Affari, il Colle): the body, over the building its head word gives',
  'type.seat-as-building':
    'a seat of a body after a preposition of place or a part of a building and "di" (a Montecitorio, l\'aula di Montecitorio): the building',
  'type.seat-place-acting':
    'a place listed as the seat of a body, after a bare definite article (il Vaticano ha chiesto): the body seated there',
  'type.church-of-saint': 'a church named after its saint (la Chiesa di San X): the building, a place',
  'type.law-number': 'a word for a law and its number (la legge 318): a text, a work',
  'type.law-name': 'a name ending with a word for a law (… Act, … Bill): a text, a work, no person nor body',
  'type.person-noun-predicate':
    'a lone name before a copula whose predicate is a noun for a person (X è il nuovo allenatore): a person',
  'type.kin-of': 'a lone name after a noun of kinship or friendship and "di" (la moglie di X): a person',
  'type.club-of-nationals': 'the name after players named by their nationality and "del" (i serbi del X): their club',
  'type.club-after-cue':
    'a name after a masculine article and a word of team sport (la maglia del X, in forza al X, contro il X): a club',
  'type.family-surname':
    'a lone name after a noun for a family or its members (la famiglia X, i fratelli X): a surname',
  'type.person-noun-before': "a noun for a person before the name (l'avvocato X)",
  'type.event-cue-before': "a noun naming an event before the name (l'uragano X)",
  'type.inverted-speech-subject': 'the subject after an inverted reporting verb',
  'type.demonym-as-noun': 'a nationality used as a noun before the name (il belga X)',
  'type.publisher-of-source': 'the publisher after a report noun (il rapporto del X)',
  'type.apposition-after':
    "a noun in apposition after the name (X, il partito di …; X, la capitale di …; X, l'avvocato di …)",
  'type.named-after-place-noun':
    'a lone word nothing types that the article also writes after a lowercase place noun (isola di X, lago di X): a place',
  'type.lone-unknown-word': 'a lone word nothing types, never joined to a full name: left Other',
  'type.surname-of-full-name': 'a surname or a stage name joined to a full name: a person',
  'type.short-form-of-organization':
    'the initials, the first word, or the name after the head noun of an organization named in full in the article (Unpa, Valsusa, la Ferrantini); in a sports article, the town ending the one club named after it (Cremona of Pro Cremona)',
  'type.abbreviated-saint':
    "an abbreviated saint's title before a name the article also writes after the title spelled out (S. Eusebia, Sant'Eusebia, convento di Sant'Eusebia): the same place or body, no initial of a person",
  'type.council-of-mayors-town':
    "a council written big with no seat (il Comune) in an article that names the mayor of one town only (il sindaco di X): that town's council, named so",
  'type.opening-word-of-full-name':
    'a lone word, no known first name, that opens the one full name of a person in the article and ends none (Zhao of Zhao Leqing): a surname written first or a given name, that person',
  'type.generation-word':
    'a name a generation word follows (Rossi senior, Bianchi jr.): a person, another than the name alone, named so',
  'type.first-name-of-person-in-article':
    'a bare first name in an article that names one person with that first name, in full there or elsewhere in the batch: that person',
  'type.product-after-indefinite-article':
    'a name only a bare capital or a first name types, after an indefinite article (un Brenvik Tarsa 18, una Ardena): a make or a model, one of many things, no person',
  'type.quoted-title':
    'a name only a bare capital types, wholly inside quotation marks (il film "Notte a Valmora"): the title of a work, no person',
  'type.song-after-singing-verb':
    'a name nothing typed right after "cantato", "intonando" (avrebbe cantato X): the song sung, a work',
  'type.work-noun-before':
    'a name only a bare capital types, after a noun for a work (il brano X, la serie animata X): the title of that work, no person',
  'type.abbreviated-title-before':
    "a lone name nothing else types, after a title written short and its dot (il Prof. X, l'Avv. X): a person's surname",
  'type.noun-of-person':
    'a lone name nothing else types, after a noun whose "di" names a person (la morte di X, i funerali di X, il gol di X, il soprannome di X): a person',
  'type.body-in-brackets-after-person':
    "a name in brackets right after a person's full name, no place the lexicon knows nor a first name (Carlo Ferrandi (Valmora Group)): the body the person speaks for or works with",
  'type.group-of-person-noun':
    'a name after a noun for a person and a plural "di" (il cantante dei X, il leader degli X): the band, team or body the person belongs to',
  'type.member-of-group':
    'a name no lexicon knows as a town or a person, and no lone word the batch writes small, after a noun for the members or fighters of a group and "di" (i ribelli di X, gli esponenti del X), an adjective allowed between: the party, movement or armed group',
  'type.party-nickname':
    'a whole name the lexicon knows as the nickname of a party (la Quercia, la Balena Bianca): that party, over what the words around it hint',
  'type.party-head-opening':
    "a name opened by a party's head written big and another word written big (il Fronte X, il Partido X): the party",
  'type.party-by-its-members':
    'a plural for the adherents of a political family written big after a plural article (i Socialisti, dai Laburisti): their party',
  'type.source-after-according':
    'a lone name nothing else types, right after "secondo" (secondo X): the one whose view is reported, a person',
  'type.surname-of-several-persons':
    'a lone word that ends the full names of two or more persons of the article, so joins none of them: a person of that surname',
  'type.tagged-proper-noun':
    'a word opening a sentence, never written lowercase in the batch, that the part-of-speech tagger tags as a proper noun: a name',
  'type.territory-adjective':
    'a lone name shaped like an adjective of a town after a masculine article and "in", "di", "da", "su" (nel Bresciano, del Leccese): the area around that town',
  'type.place-after-facility-noun':
    'the name after a word for a building, a plant or a settlement, an adjective allowed, and "di" (la centrale nucleare di X, la moschea di X): where it stands',
  'type.town-before-container':
    'a name followed by the province it lies in (X, in provincia di …; X (provincia di …)): a town',
  'type.place-after-town-office':
    'the name after an office held in a town and "di" (il vicesindaco di X, il parroco di X): the town',
  'type.person-after-dative':
    'a lone name after "a" that a word before it gives a person (insieme a X, dedicato a X, ha risposto a X): the person, not a place',
  'type.venue-of-town':
    'a name nothing typed after a masculine article and before "di" and a known town (al Palarvo di Torino, il Velari di Genova): a venue in that town, a place',
  'type.hometown-of-person':
    'the name after a noun of age or a word of origin and "di" (un trentenne di X, originario di X): where the person comes from, a place',
  'type.place-after-presso':
    'a name nothing typed right after "presso", no article between (presso Roccalta, presso Borgo Selvino): a place',
  'type.storm-named-in-article':
    "a lone name the city list gives, that the article also writes after a word for a storm (l'uragano Norvel … Norvel ha colpito): the storm, not the town",
  'type.linked-places':
    'two names a verb of linking joins (collega X a Y, unisce X con Y) with one of them a place: the other is a place too, no colleague',
  'type.age-noun-before':
    'a name right after a noun of age (il diciannovenne X, la 40enne X): a person, whatever town the city list knows by that name',
  'type.place-after-area-noun':
    'a name right after a noun for a part of a town written small, no "di" between (in località X, in zona X): that part, a place',
  'type.joined-towns':
    'a word of names joined by hyphens, one of them a known town (Lucca-Viareggio, Valbrusa-Catania): a route or a joined town, a place',
  'type.council-after-article':
    'a territory written small after "il", "dal" or "dalla" (il comune di X, dalla regione X): its administration, where "nel comune di X" is the land',
  'type.town-after-organization-cue':
    "a place's name right after an organization noun (l'azienda Torino Servizi, la squadra kazaka X): that body here",
  'type.domain-name':
    'the address of a website written as a name (Vidlux.com, www.valmora.gov): the site, an organization',
  'type.facility-head-opening':
    'a word for a building or a landmark opening a name of two words or more (Stadio Valdorio, Villa Serbelli, Ospedale San Corrado): the place',
  'type.player-in-box-score':
    'a lone name in a box score (Ferri 12, Sala 8; Conti (61 Lodi)): a sentence listing names with their points or the minute they came on names players',
  'type.name-with-digits':
    'a name nothing typed with a word that holds digits (N13, Expo2015, Tornado GR4): a code, a model or an edition, no person',
  'type.holy-title-or-rite':
    "a saint's title before a noun that makes it a title or a rite (il Santo Padre, la Santa Messa): no saint's name, no place",
  'type.vehicle-maker': 'a maker of cars or motorbikes whose name is nothing else (la Subaru, una Yamaha): the company',
  'type.vehicle-maker-in-context':
    'a maker of cars or motorbikes whose name is also a surname or a word, after an indefinite article or a verb of driving (su una Ford, guidando una Rover): the company, no person',
  'type.age-after-name':
    'a name followed by an age between commas or brackets (Ferri, 56 anni, …; Marco Neri (21 anni)): a person',
  'type.lone-names-listed':
    'three lone names or more nothing typed, listed together (Ferri, Sala e Conti): people, the names news list bare',
  'type.place-gone-to':
    'a lone name nothing typed after a verb or a noun of going and "al", "nel" (si è recato al Pincio, la visita al Vittoriale): where one went, a place',
} as const;

/**
 * The precedence of the rules that type a mention, in one place: an ordered list of named tiers, weakest first. A rule
 * sets a mention's type only when its tier is above the tier of the rule that typed the mention so far (or the same
 * tier and the same type), so between two rules that disagree on one mention the later tier in this list wins, and
 * within one tier the rule that ran first keeps its type. Every typing rule is in exactly one tier (tested in
 * extract/stages/typingPrecedence.test.ts); its lookups are in extract/stages/typingPrecedence.ts.
 *
 * Each tier also has a weight: the number a mention's `strength` holds. The order of the list is the precedence (the
 * weights rise with it, tested); the weights themselves are what coreference sums when the mentions of one entity vote
 * on its type, so a tier keeps the weight it had when the rules compared bare numbers.
 *
 * A rule that reads two constructions types both at its one tier: 'type.place-word' a place word opening or ending the
 * name and a point of the compass ending it; 'type.club-after-article' a lone town after a masculine article and a
 * name that ends on a town there; 'type.organization-branch' a known body and its town and an unknown name and its
 * country. Mention detection types a candidate by its rule too: a gazetteer name, a head noun, or a rule of its own.
 */
export const TYPE_PRECEDENCE = [
  {
    tier: 'bare-name',
    weight: 1,
    why: 'a capitalized name and nothing else to go on (a person by default)',
    rules: ['type.capitalized-name', 'type.priest', 'type.tagged-proper-noun'],
  },
  {
    tier: 'common-words',
    weight: 1.2,
    why: 'a name made of common words: no person, and any evidence of its own outweighs it',
    rules: ['type.common-words-name'],
  },
  {
    tier: 'article-or-headline',
    weight: 1.5,
    why: 'an article before a full name, a headline before a colon: a hint, not evidence',
    rules: ['type.articled-full-name', 'type.dateline-before-participle'],
  },
  {
    tier: 'listed-with',
    weight: 1.8,
    why: 'a list lends its type, it proves none: above a bare name, below any evidence of its own',
    rules: [
      'type.list-shares-type',
      'type.articled-list-shares-type',
      'type.conjoined-with-body',
      'type.lone-names-listed',
    ],
  },
  {
    tier: 'context',
    weight: 2,
    why: 'the shape of the name, a word the lexicons know, the word before or the verb after it',
    rules: [
      'type.capitals-acronym',
      'type.spelled-by-acronym',
      'type.partners-name',
      'type.own-article-title',
      'type.mixed-case-acronym',
      'type.camel-case-brand',
      'type.acronym-shape',
      'type.known-town',
      'type.known-first-name',
      'type.event-word-alone',
      'type.plural-article-group',
      'type.first-name-opening',
      'type.after-place-preposition',
      'type.place-after-place-noun',
      'type.place-in-container',
      'type.verb-after-full-name',
      'type.speaker-before-reporting-verb',
      'type.source-after-according',
      'type.publisher-of-source',
      'type.territory-adjective',
      'type.place-after-facility-noun',
      'type.town-before-container',
      'type.place-after-town-office',
      'type.person-after-dative',
      'type.venue-of-town',
      'type.hometown-of-person',
      'type.place-after-presso',
      'type.place-after-area-noun',
      'type.joined-towns',
      'type.player-in-box-score',
      'type.place-gone-to',
    ],
  },
  {
    tier: 'town-speaking',
    weight: 2.05,
    why: 'a town that speaks is a person of that surname: just above the town the city list gives',
    rules: ['type.town-name-speaking'],
  },
  {
    tier: 'word-reading',
    weight: 2.1,
    why: 'what the name is in this sentence: a known surname, a common noun, a product or a title, a predicate, kin',
    rules: [
      'type.acronym-as-common-noun',
      'type.known-surname',
      'type.person-noun-predicate',
      'type.kin-of',
      'type.noun-of-person',
      'type.product-after-indefinite-article',
      'type.quoted-title',
      'type.work-noun-before',
      'type.song-after-singing-verb',
    ],
  },
  {
    tier: 'noun-before',
    weight: 2.2,
    why: 'a noun or a body right before the name that says what it is, or a code its digits give',
    rules: [
      'type.dotted-initials',
      'type.code-with-digits',
      'type.office-of-body',
      'type.leader-of-body',
      'type.family-surname',
      'type.person-noun-before',
      'type.abbreviated-title-before',
      'type.body-in-brackets-after-person',
      'type.inverted-speech-subject',
      'type.demonym-as-noun',
      'type.age-noun-before',
      'type.name-with-digits',
      'type.vehicle-maker-in-context',
    ],
  },
  {
    tier: 'apposition',
    weight: 2.3,
    why: 'a noun in apposition, a member or a club noun, a branch or a part of a country, the town of a province code',
    rules: [
      'type.town-before-province-code',
      'type.member-noun-before',
      'type.office-with-modifier',
      'type.team-of-rider',
      'type.example-of-kind',
      'type.fleet-owner',
      'type.share-price-move',
      'type.seat-after-name',
      'type.merger-party',
      'type.outlet-after-report',
      'type.publisher-after-published',
      'type.group-of-person-noun',
      'type.member-of-group',
      'type.party-by-its-members',
      'type.part-of-country',
      'type.club-of-nationals',
      'type.club-after-cue',
      'type.apposition-after',
      'type.named-as',
      'type.linked-places',
      'type.age-after-name',
    ],
  },
  {
    tier: 'place-word-in-name',
    weight: 2.4,
    why: 'a place word opening or ending the name: below the words that make it a body or an event',
    rules: ['type.place-word'],
  },
  {
    tier: 'name-word',
    weight: 2.5,
    why: 'a word of the name itself that says what it is (… SpA, … Calcio, Gran Premio …), or a cue noun before it',
    rules: [
      'type.dateline-town',
      'type.company-suffix',
      'type.road-number',
      'type.association-compound',
      'type.organization-cue-before',
      'type.organization-cue-before-quote',
      'type.organization-word',
      'type.town-and-club-word',
      'type.club-opening-word',
      'type.english-organization-name',
      'type.event-head-inside',
      'type.common-noun-title',
      'type.domain-name',
      'type.party-head-opening',
    ],
  },
  {
    tier: 'event-or-law',
    weight: 2.6,
    why: "an event or a law named as such (… Cup, … Act, l'uragano X)",
    rules: ['type.law-name', 'type.event-word-ending', 'type.event-cue-before', 'type.storm-named-in-article'],
  },
  {
    tier: 'lexicon-or-head',
    weight: 3,
    why: 'the lexicon, a head noun, a title or a role phrase, an initial: the name is typed by what it is known as',
    rules: [
      'type.gazetteer',
      'type.head-noun',
      'type.national-team',
      'type.law-number',
      'type.emergency-number',
      'type.body-of-leader',
      'type.organization-branch',
      'type.organization-nationality',
      'type.place-and-direction',
      'type.body-name-extended',
      'type.broadcaster-name',
      'type.role-phrase-names',
      'type.province-code',
      'type.initial-and-surname',
      'type.club-after-article',
      'type.club-in-match',
      'type.institution-noun-written-big',
      'type.party-nickname',
      'type.vehicle-maker',
    ],
  },
  {
    tier: 'facility-head',
    weight: 3.1,
    why: 'a building or landmark word opening the name: the place, over the body a head noun like "Ospedale" gives',
    rules: ['type.facility-head-opening'],
  },
  {
    tier: 'institution-seat',
    weight: 3.15,
    why: 'a seat standing for the body housed there: the body, over the building a word like "Palazzo" opening it gives',
    rules: ['type.institution-seat'],
  },
  {
    tier: 'institution-written-big',
    weight: 3.2,
    why: 'Regione or Comune written big: the administration, over the territory its head noun gives',
    rules: ['type.institution-written-big'],
  },
  {
    tier: 'church-of-saint',
    weight: 3.3,
    why: 'a church named after its saint is the building, over the body its head noun gives',
    rules: ['type.church-of-saint'],
  },
  {
    tier: 'holy-title-or-rite',
    weight: 3.4,
    why: "a saint's title before a noun of a title or a rite: no place, over the head noun a saint's title gives",
    rules: ['type.holy-title-or-rite'],
  },
] as const satisfies readonly { tier: string; weight: number; why: string; rules: readonly EntityRuleId[] }[];

/**
 * The typing rules that mention detection types a candidate with as it builds it (a name the gazetteer knows, a head
 * noun, a bare capitalized name, or a construction of its own). A mention has no type without one of them, so they
 * cannot be disabled (`disabledRules`, extract/extractor.ts); the typing stage's rules can.
 */
export const MENTION_TYPING_RULES = [
  'type.gazetteer',
  'type.head-noun',
  'type.capitalized-name',
  'type.priest',
  'type.tagged-proper-noun',
  'type.national-team',
  'type.law-number',
  'type.emergency-number',
  'type.body-of-leader',
  'type.organization-branch',
  'type.organization-nationality',
  'type.place-and-direction',
  'type.body-name-extended',
  'type.spelled-by-acronym',
  'type.broadcaster-name',
  'type.partners-name',
  'type.common-noun-title',
  'type.domain-name',
] as const satisfies readonly TypingRuleId[];

/** The typing rules that make a name a sports club's: coreference reads a town alone as a short form of one (Cremona). */
export const CLUB_TYPING_RULES = [
  'type.club-after-article',
  'type.town-and-club-word',
  'type.club-opening-word',
] as const satisfies readonly TypingRuleId[];

/** A tier of the typing precedence, by name. */
export type TypeTier = (typeof TYPE_PRECEDENCE)[number]['tier'];

/** A rule that types a mention, placed in the precedence. */
export type TypingRuleId = (typeof TYPE_PRECEDENCE)[number]['rules'][number];

/** Decisions of mention detection that type nothing (where a name opens or ends), for --explain and the tagger's tests. */
export const MENTION_RULES = {
  'mention.company-form':
    'a company form after a name (SpA, S.p.A., srl, plc), written big or small, belongs to the name and closes it',
  'mention.person-before-body':
    'a given name, or words no list knows, and a surname, then an organization head and "di" (… Ministero della Salute): two names, the person and the body',
  'mention.brand-punctuation': 'a known name listed with a final mark (Yahoo!) takes the mark, even written apart',
  'mention.spaced-elision':
    "an elided saint's title written apart from the name (Sant' Agata) opens the place's name as when written onto it",
  'mention.age-category':
    "an age category after a national team or a country (la nazionale Under 19, Italia U-17) names that age group's team",
  'mention.inner-surname-particle':
    'a foreign surname particle after two words of a name (Benítez de Olmedo, Arrieta y Velasco) goes on with the name',
  'mention.broadcaster-suffix':
    "a word for a broadcaster written big after a name (Valdrena TV) closes the station's name",
  'mention.state-body': 'a known body followed by "di Stato" (Congresso di Stato) is the state\'s body, one name',
  'mention.portfolio-in-body':
    "a portfolio after a word written big inside a body's name (Ministero degli Affari Interni) goes on with the name",
  'mention.purpose-complement':
    'past "per" in a body\'s name, "di" and a name written big that is no place go on with it (Fondazione per la Tutela della Brughiera)',
  'mention.direction-before-place':
    'a word for a part written before a country or a continent (nord Italia, Sud America) names that part, one place',
  'mention.town-in-words':
    'a town the city list names in several words with one written small (Bagnolo in Piano, Cadelbosco di Sopra) is one name',
  'mention.parent-body-apart':
    'a known body after a second "di", or after "di" past a word after the head (Comitato di vigilanza della Consob, Comitato Provinciale del PD), is the parent, a name of its own',
  'mention.parent-acronym-apart':
    'a known name ending in "di" and the acronym of a known organization (Consiglio di Sicurezza dell\'ONU) is a body and its parent, two names',
  'mention.parent-head-apart':
    "inside a body's name, an organization's head written big after a second \"di\" (Dipartimento di Chimica dell'Università di Pavia) opens the parent's name, a name of its own",
  'mention.qualified-head-title':
    'a known title of an article and a body\'s head (la Repubblica) names the body where an adjective or "di" and a name qualify the head (la Repubblica autonoma, la Repubblica di Valmora): the name opens at the head',
  'mention.organization-continued':
    "a known organization named by a body's head alone (Lega), continued by a word written big that no lexicon knows as a name of its own (Lega Vlandra), is another body of that kind, one name",
  'mention.known-name-small-head':
    "a name the gazetteer knows, of a body's head, \"di\" and a name written big, is the body's still where the head is written small (l'arma dei Carabinieri)",
  'mention.body-place-apart':
    'a place after "di" past a word after a body\'s head (Polizia Provinciale di Milano) is where the body is, a name of its own',
  'mention.saint-in-name':
    "an elided saint's title inside a name or after a head and \"di\" (Castel Sant'Elia, convento di Sant'Eufemia) goes on with the name",
  'mention.place-part':
    "a known place and the part of it named after it (Europa dell'Est, Piemonte sub-alpino, Toscana centro-meridionale) are one place",
  'mention.joiner-after-full-name':
    'past two words of a name, "di" or "del" and a name open another name (Sara Belli del Partito Democratico), unlike after one (Roccalta del Sasso)',
  'mention.quoted-nickname':
    'a nickname in quotes between a given name and a surname (Marta "Titti" Quarzini) is part of the name',
  'mention.quoted-body-name':
    'a name in quotes right after a noun for a body, or after a naming participle after one (il gruppo «Brigate Nuove», la banda denominatasi "Settima Legione"), is the body\'s whole name, its article and small words too',
  'mention.common-word-after-body-noun':
    "a common word written big right after a noun for a body, then a name (il giornale Terra Valmora), opens the body's name",
  'mention.body-seat-apart':
    'past a one-word name right after a noun for a body, "di" and a known town (la società Ferlandi di Cremona) are where the body is, a name of its own',
  'mention.given-name-before-surname':
    "a given name that also names a company, before a surname or an unknown word (Leonardo Quarzini), opens a person's name",
  'mention.number-opened-name':
    'a number written onto a word written big (il 3Com, i 7Zervan) opens the name that word starts',
  'mention.office-before-body':
    'a word written big before "di" and an organization\'s head (il Consultore della Fondazione) is an office held in the body: no name, and not part of the body\'s',
  'mention.town-and-acronym':
    "a town and an acronym no lexicon knows after it (Roccalta TPL) name the town's company or body, one organization",
  'mention.apposition-after-opening':
    'a word opening a sentence, a comma and an apposition closed by another comma (a noun for a person, an office or a body, after an article, "ex" or "già"; an age; a relative clause) is a name, whatever common word it spells (Gentile, sindaco di Valdrena, …)',
  'mention.surname-of-document-name':
    'a function word opening a sentence before its verb is a surname where the article writes it after a given name or a title (Ornella Lungo … Lungo si è …)',
  'mention.known-town-opening':
    'a town the city list knows, opening a sentence, is a name where no word list makes it a word of the language, whatever the tagger reads (Valdrena: chiuso il ponte)',
  'mention.verb-form-opening':
    'a given name that is also a finite verb form, opening a sentence before an article or written with a final accent (Vince il favorito, Guidò la squadra), is the verb: no name',
  'mention.particle-surname-apposition':
    'a capitalized surname particle and a name opening a sentence before a comma (Di Marzano, …) are a surname, as before a verb',
  'mention.state-name':
    '"Stato" written big after "lo" goes on with a big adjective and with "di" and a known place (lo Stato Federale della Valmora, lo Stato di California)',
  'mention.body-after-time-adjective':
    'a body noun with a generic sense after a definite article and an adjective of time (la nuova amministrazione, dalla precedente giunta) is the body in office, the adjective left out',
  'mention.house-number':
    "the number after a street's name (via Gardesana 14, Corso Quarzini 31) is part of the address",
  'mention.ampersand-name':
    'names joined by "&", one of them of two words or more (Valdrena Games & Orti Studio), are one company\'s name',
  'mention.team-colour':
    'the colour a national team is named by, after "nazionale" (la Nazionale azzurra), is part of its name',
  'mention.english-connector':
    'between two words written big, "of", "for" or "on", no Italian words, join one English name (Friends of the Lake, Bureau of Fisheries)',
  'mention.coordinated-name-word':
    'past two words of a name that is no person\'s, "e" and a word written big that ends it, no known name and written small elsewhere in the batch, go on with the name (Unione Artigiani e Commercianti)',
  'mention.purpose-phrase':
    'after a body\'s head, "per", an article and nouns, adjectives and prepositions written small up to a punctuation mark are the body\'s purpose, part of its name (Agenzia europea per la tutela dei consumatori)',
  'mention.officer-after-body':
    "after an office and \"di\", two words written big that end a body's name and no lexicon takes for a body's are the officer's name (il presidente della Commissione Anna Berti)",
  'mention.officer-surname-after-body':
    "after an office and \"di\", a known person's surname alone that ends a body's run (il presidente della Regione Quarzini) is the officer's, not a word of the body's name",
  'mention.coordinated-complement':
    'past a complement written small after "di" in a body\'s name, "e", "di" joined to an article and another such complement go on with the name (Ministero del turismo e delle attività produttive)',
  'mention.coordinated-articled-name':
    'past "di" or "per" and a name in a body\'s name, "e", a bare article and a name written big that no lexicon knows go on with it (Partito della Libertà e la Speranza); a head, a place or a known name there is a second party',
  'mention.small-head-before-name':
    "an organization's head written small right before a name written big that is no person's, place's or head (l'università Vlandra) is part of the body's name",
  'mention.qualified-body-head':
    'a noun that heads a body\'s name only when written big in mid-sentence and qualified by an adjective or by "di" and a complement (il Corpo forestale, il Collegio dei revisori) heads one there',
  'mention.numbered-cabinet':
    "a body named after its leader and numbered by a Roman numeral (il governo Rossi II) is one name, the body's, not the body and the person",
  'mention.organization-complement':
    'a known organization named by a body\'s head alone (Lega), then "di" joined to an article and a name written big that is no place, person or other body (Lega delle Valli Unite), is another body of that kind, one name',
  'mention.prefixed-adjective':
    "a word made with a prefix of invariable adjectives (anti) after a body's head (la Commissione antifrode) is its adjective, part of the name, though no ending tells it",
  'mention.big-adjective-in-body':
    "an adjective written big after a body's head (il Comando Generale) goes on with its name, though written big elsewhere it names nothing",
  'mention.prosecutor-seat-apart':
    'a prosecutor\'s title written small, then "di" and a town (il pubblico ministero di Valmora), names no ministry: the town is a name of its own',
  'mention.to-name-in-body':
    'inside a body\'s name, "a" joined to an article and a name written big that is no place, known body, head or person (Associazione Veterani al Merito Civile) go on with it',
  'mention.english-article':
    "the English article written big before a name (The Valmora Herald) opens it, as in the name's own language",
  'mention.spelled-by-acronym':
    "the words that spell an acronym and hold a word of bodies, in brackets right after it (la Afc (agenzia ferroviaria centrale)) or right before it in brackets (l'Agenzia regionale acque (Ara)), are one body's name",
  'mention.committee-portfolio':
    "a portfolio written big right after a body's head (la Commissione Difesa) names the committee that oversees it, one name",
  'mention.named-after-person':
    'a head noun written big right before a given name and a surname (il Policlinico Carlo Ferri) names the body or the building after the person, one name',
  'mention.adjective-before-head':
    "an adjective written big right before an organization's head written big (la Suprema Corte, la Pontificia Accademia per la Vita) opens the body's name, which goes on as the head's would",
  'mention.ordinal-in-body':
    'inside a body\'s name after "di", an ordinal written big and a name written big after it (Accademia del Quarto Potere) go on with the name, though an ordinal alone names nothing',
  'mention.alone-head-complement':
    'after a head whose seat is a name of its own (Tribunale di Bari), "di" joined to an article and a name written big that is no place, head or person (Tribunale del Lavoro) are the office\'s name',
  'mention.national-force':
    "a noun of an armed force written small (marina, aeronautica), after a definite article and before the adjective of a nation (la marina francese), is that nation's force, one body",
  'mention.level-body-name':
    'a body\'s head written small after a definite article, an adjective of its level (nazionale, regionale) and the adjective of a region or a nation, or "di" or "per" and a complement written small up to a mark or a verb (l\'istituto nazionale di statistica e demografia), are one body\'s name',
  'mention.party-by-creed':
    "a party's noun written small after a definite article, the adjective of its creed and one of its nation, region or another creed (il partito socialista albanese) are one party's name; with the creed alone it names a kind of party",
  'mention.tagged-not-name':
    'a capitalized word opening a sentence, a quote or a clause, unknown to the lexicons, that the part-of-speech tagger tags as a verb, an adjective, a pronoun or another class that makes no name: no name opens there',
} as const;

/** A rule of mention detection that decides where a name opens or ends. */
export type MentionRuleId = keyof typeof MENTION_RULES;

export type RuleId =
  | keyof typeof STATEMENT_RULES
  | keyof typeof SPEAKER_RULES
  | keyof typeof RELATION_RULES
  | keyof typeof EVENT_RULES
  | keyof typeof ENTITY_RULES
  | keyof typeof MENTION_RULES;

/** The rules that type an entity, recorded in its `trace`: an event entity's is the rule that found its noun. */
export type EntityRuleId = keyof typeof ENTITY_RULES | EventRuleId;

/** The rules that find an event by its noun. */
export type EventRuleId = keyof typeof EVENT_RULES;

const ALL: Readonly<Record<string, string>> = {
  ...STATEMENT_RULES,
  ...SPEAKER_RULES,
  ...RELATION_RULES,
  ...ACT_RULES,
  ...EVENT_RULES,
  ...ENTITY_RULES,
  ...MENTION_RULES,
};

/** The reason for a rule id, or null for an id this build does not know (a newer extractor, another backend). */
export function ruleReason(id: string): string | null {
  return Object.hasOwn(ALL, id) ? (ALL[id] as string) : null;
}

/** Every known rule id. */
export function ruleIds(): string[] {
  return Object.keys(ALL);
}
