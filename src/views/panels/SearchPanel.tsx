// Search over names and aliases, and over the words of quotes (accent- and
// case-insensitive, on the server), as an ARIA combobox: arrows move, Enter focuses the
// entity in the graph or opens the statement, Escape closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { toApiError } from '../../api/client.ts';
import { explainError } from '../../api/useApi.ts';
import { StatementHit } from '../../components/StatementHit.tsx';
import { TYPE_COLORS } from '../../consts.ts';
import {
  INITIAL_SEARCH,
  searchKey,
  splitMatch,
  withResults,
  type SearchNavState,
} from '../../core/search/searchNavigation.ts';
import { resultKey, searchResults, type SearchResult } from '../../core/search/searchResults.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

const SEARCH_LIMIT = 12;
/** Statements the list shows; the finder shows them all. */
const STATEMENT_LIMIT = 5;
/** Characters of the quote shown on each side of the match. */
const SNIPPET_CONTEXT = 40;

export function SearchPanel() {
  const { client, actions } = useExplorer();
  const onChoose = actions.chooseSearchResult;
  const [nav, setNav] = useState<SearchNavState<SearchResult>>(INITIAL_SEARCH);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const text = nav.query.trim();
    if (!text) {
      setPending(false);
      setError(null);
      return undefined;
    }
    const controller = new AbortController();
    setPending(true);
    const timer = setTimeout(() => {
      Promise.all([
        client.search(text, SEARCH_LIMIT, controller.signal),
        client.searchStatements({ text, limit: STATEMENT_LIMIT }, controller.signal),
      ]).then(
        ([entities, statements]) => {
          setPending(false);
          setError(null);
          setNav((s) => withResults(s, nav.query, searchResults(text, entities.results, statements.statements)));
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          setPending(false);
          setError(explainError(toApiError(e)));
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, nav.query]);

  // "/" focuses the search from anywhere, as in most analysis tools.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        event.key === '/' &&
        !(target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))
      ) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (result: SearchResult) => {
    setNav((s) => ({ ...s, open: false, active: -1 }));
    onChoose(result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Enter', 'Escape'].includes(event.key)) return;
    event.preventDefault();
    const { state, effect } = searchKey(nav, event.key);
    setNav(state);
    if (effect.type === 'choose') onChoose(effect.hit);
  };

  const showList = nav.open && nav.query.trim().length > 0;
  const activeId = nav.active >= 0 ? `${listId}-${nav.active}` : undefined;
  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search people, organizations, places, and what was said
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        className="search-input"
        type="search"
        placeholder="Search names and quotes…  ( / )"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? activeId : undefined}
        value={nav.query}
        onChange={(e) => setNav({ ...nav, query: e.target.value, open: true })}
        onKeyDown={onKeyDown}
        onFocus={() => setNav((s) => (s.results.length ? { ...s, open: true } : s))}
        onBlur={() => setTimeout(() => setNav((s) => ({ ...s, open: false, active: -1 })), 150)}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label="Search results">
          {error && <li className="search-note error">{error}</li>}
          {!error && pending && nav.results.length === 0 && <li className="search-note">Searching…</li>}
          {!error && !pending && nav.results.length === 0 && (
            <li className="search-note">Nothing found for “{nav.query.trim()}”.</li>
          )}
          {nav.results.map((result, index) => {
            const heading =
              result.kind === 'statement' && nav.results[index - 1]?.kind !== 'statement' ? (
                <li className="search-group" role="presentation">
                  Statements
                </li>
              ) : null;
            return [
              heading,
              <li
                key={resultKey(result)}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === nav.active}
                className={`search-hit${result.kind === 'entity' ? '' : ' statement-hit'}${index === nav.active ? ' active' : ''}`}
                data-search-result={resultKey(result)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(result)}
              >
                <SearchResultLine result={result} query={nav.query} />
              </li>,
            ];
          })}
        </ul>
      )}
    </div>
  );
}

function SearchResultLine({ result, query }: { result: SearchResult; query: string }) {
  if (result.kind === 'allStatements') {
    return <span className="hit-name">All statements with “{result.text}”…</span>;
  }
  if (result.kind === 'statement') {
    return (
      <span className="hit-statement">
        <StatementHit statement={result.statement} query={query} context={SNIPPET_CONTEXT} />
      </span>
    );
  }
  const { hit } = result;
  const [before, match, after] = splitMatch(hit.matched, query);
  return (
    <>
      <span className="type-dot" style={{ background: TYPE_COLORS[hit.type] }} aria-hidden="true" />
      <span className="hit-name">
        {hit.matched === hit.name ? (
          <>
            {before}
            <strong>{match}</strong>
            {after}
          </>
        ) : (
          <>
            {hit.name}{' '}
            <span className="muted">
              ({before}
              <strong>{match}</strong>
              {after})
            </span>
          </>
        )}
      </span>
      <span className="hit-meta">
        {hit.type} · {hit.mentions}
      </span>
    </>
  );
}
