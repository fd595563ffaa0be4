// The statements finder: every statement whose quote holds the typed words (case and
// accents ignored), narrowed by kind, speech act and cue, newest first. Choosing one opens it with its
// evidence. Its state is the view's `finder`, so a link reproduces the list.
import { explainError, useApi } from '../../api/useApi.ts';
import { StateMessage } from '../../components/StateMessage.tsx';
import { StatementHit } from '../../components/StatementHit.tsx';
import { SPEECH_ACTS } from '../../../contract/graph.ts';
import { SPEECH_ACT_LABELS, STATEMENT_KIND_LABELS } from '../../consts.ts';
import {
  STATEMENT_KINDS_SHOWN,
  toggleAct,
  toggleKind,
  type StatementFinder,
} from '../../core/search/statementFinder.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

/** Most statements the finder lists at once. */
const FINDER_LIMIT = 100;
const SNIPPET_CONTEXT = 80;

export function StatementFinderPanel({ finder }: { finder: StatementFinder }) {
  const { client, actions } = useExplorer();
  const close = actions.closeFinder;
  const { text, kinds, acts, cue } = finder;
  const [remote, retry] = useApi(
    (signal) =>
      client.searchStatements({ text: text.trim(), kinds, acts, cue: cue.trim(), limit: FINDER_LIMIT }, signal),
    [client, text.trim(), kinds.join(','), acts.join(','), cue.trim()],
  );
  return (
    <section className="panel detail-panel finder-panel" aria-labelledby="finder-title" data-statement-finder>
      <header className="detail-head">
        <div className="detail-title-row">
          <h2 id="finder-title">Statements</h2>
          <button type="button" className="icon-button" onClick={close} aria-label="Close panel" title="Close (Esc)">
            ×
          </button>
        </div>
        <div className="finder-fields">
          <label className="field">
            <span>Words of the quote</span>
            <input
              type="search"
              value={text}
              placeholder="any quote"
              spellCheck={false}
              onChange={(event) => actions.setFinder({ ...finder, text: event.target.value })}
            />
          </label>
          <fieldset className="finder-kinds">
            <legend>Kind</legend>
            {STATEMENT_KINDS_SHOWN.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() => actions.setFinder({ ...finder, kinds: toggleKind(kinds, kind) })}
                />
                <span className="check-label">{STATEMENT_KIND_LABELS[kind]}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="finder-kinds finder-acts">
            <legend>Speech act</legend>
            {SPEECH_ACTS.map((act) => (
              <label key={act} className="check">
                <input
                  type="checkbox"
                  checked={acts.includes(act)}
                  onChange={() => actions.setFinder({ ...finder, acts: toggleAct(acts, act) })}
                />
                <span className="check-label">{SPEECH_ACT_LABELS[act]}</span>
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span>Cue</span>
            <input
              type="search"
              value={cue}
              placeholder="any cue (ha detto, ha negato …)"
              spellCheck={false}
              onChange={(event) => actions.setFinder({ ...finder, cue: event.target.value })}
            />
          </label>
        </div>
      </header>
      <div className="tab-body">
        {remote?.status === 'error' ? (
          <StateMessage kind="error" title="The statements could not be searched" onRetry={retry}>
            <p>{explainError(remote.error)}</p>
          </StateMessage>
        ) : remote?.status === 'ok' ? (
          remote.data.statements.length === 0 ? (
            <StateMessage kind="empty" title="No statement matches">
              <p>Try fewer words, or another kind, act or cue.</p>
            </StateMessage>
          ) : (
            <>
              <p className="muted" data-finder-count>
                {remote.data.truncated
                  ? `The ${remote.data.statements.length} newest matching statements: add words to narrow.`
                  : `${remote.data.statements.length} ${remote.data.statements.length === 1 ? 'statement' : 'statements'}`}
              </p>
              <ul className="finder-list">
                {remote.data.statements.map((statement) => (
                  <li key={statement.id}>
                    <button
                      type="button"
                      className="finder-row"
                      data-statement-id={statement.id}
                      onClick={() => actions.openStatement(statement)}
                    >
                      <StatementHit statement={statement} query={text} context={SNIPPET_CONTEXT} withDate />
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : (
          <StateMessage kind="loading" title="Searching the statements…" />
        )}
      </div>
    </section>
  );
}
