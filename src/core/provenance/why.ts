// "Why?" of a statement or a relation in plain words: the reasons of the rules in its trace
// (contract/rules.ts), the finding rule first, then how the speaker or the parties were found.
import { ruleReason } from '../../../contract/rules.ts';

export interface Why {
  /** How the statement or relation itself was found. */
  found: string[];
  /** How its speaker (statements) was found. */
  speaker: string[];
}

/** Reasons for each id in order; an id this build does not know is shown as written. */
export function whyOf(trace: readonly string[]): Why {
  const why: Why = { found: [], speaker: [] };
  for (const id of trace) {
    const reason = ruleReason(id) ?? id;
    if (id.startsWith('speaker.')) why.speaker.push(reason);
    else why.found.push(reason);
  }
  return why;
}
