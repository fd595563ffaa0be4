// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { explainResult } from './explain.ts';
import { extract } from './extractor.ts';
import { doc } from './testDocs.ts';

describe('explainResult', () => {
  it('prints each statement and relation with its evidence and the reason of every rule in its trace', () => {
    const text =
      'Mario Rossi ha detto che il piano resta valido.\n\n«Non ci ritiriamo», ha aggiunto il portavoce del Comune di Roma Luca Verdi.';
    const lines = explainResult(extract([doc(text)]));
    expect(lines.slice(1)).toStrictEqual([
      '  statement 25-46 [indirect] Mario Rossi: "il piano resta valido"',
      '    cue: ha detto',
      '    act: claim',
      '    speaker as written: Mario Rossi',
      '    sentence: Mario Rossi ha detto che il piano resta valido.',
      '    statement.cue-that-clause: a reporting verb followed by "che" and the reported clause',
      '    speaker.subject-before-cue: the name just before the reporting verb',
      '    act.from-cue: the act of the reporting verb or noun (ha criticato → criticism, ha promesso → promise)',
      '  statement 50-66 [direct] Luca Verdi: "Non ci ritiriamo"',
      '    cue: ha aggiunto',
      '    act: claim',
      '    speaker as written: il portavoce del Comune di Roma Luca Verdi',
      '    sentence: «Non ci ritiriamo», ha aggiunto il portavoce del Comune di Roma Luca Verdi.',
      '    statement.quote-then-cue: a quote followed by its reporting verb («…», ha detto X)',
      '    speaker.subject-after-cue: the name right after the reporting verb (ha detto X)',
      '    act.from-cue: the act of the reporting verb or noun (ha criticato → criticism, ha promesso → promise)',
      '  relation 81-123 Luca Verdi SPOKESPERSON_OF Comune di Roma (as portavoce del Comune di Roma)',
      '    evidence: «Non ci ritiriamo», ha aggiunto il portavoce del Comune di Roma Luca Verdi.',
      '    relation.role-phrase-with-name: a role phrase written with the name (il portavoce del Cremlino X)',
      '    relation.role-qualifier: the organization or place qualifying the role',
      'entities',
      '  Comune di Roma [Organization]',
      '    type.institution-written-big: Regione or Comune written big: the administration, not the territory',
      '  Luca Verdi [Person]',
      '    type.role-phrase-names: the name a role phrase gives (il ministro X)',
      '  Mario Rossi [Person]',
      '    type.verb-after-full-name: a reporting or action verb right after a name of several words: a person',
    ]);
    expect(lines[0]).toMatch(/: 2 statements, 1 relations$/);
  });

  it('says so when a statement carries no rules, and names an id it does not know', () => {
    const result = extract([doc('Mario Rossi ha detto che il piano resta valido.')]);
    const [statement] = result.statements;
    const lines = (trace: string[] | undefined) =>
      explainResult({
        ...result,
        entities: result.entities.map((entity) => ({ ...entity, trace: undefined })),
        statements: [{ ...(statement as (typeof result.statements)[number]), trace }],
        relations: [],
      }).slice(-1);
    expect(lines(undefined)).toStrictEqual(['    rules: none recorded']);
    expect(lines(['llm.step-3'])).toStrictEqual(['    llm.step-3: a rule this build does not know']);
  });
});
