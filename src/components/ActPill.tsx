// A statement's speech act as a small pill (denial, accusation, promise …), named for
// screen readers; nothing for a statement stored before acts were read.
import type { SpeechAct } from '../../contract/graph.ts';
import { SPEECH_ACT_LABELS } from '../consts.ts';

export function ActPill({ act }: { act: SpeechAct | null }) {
  if (act === null) return null;
  const label = `speech act: ${SPEECH_ACT_LABELS[act]}`;
  return (
    <span className="act-pill" data-act={act} role="note" aria-label={label} title={label}>
      {SPEECH_ACT_LABELS[act]}
    </span>
  );
}
