// Search over names and aliases (accent- and case-insensitive, on the server), as an
// ARIA combobox: arrows move, Enter focuses the entity in the graph, Escape closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../contract/api.ts';
import type { ApiClient } from '../../api/client.ts';
import { explainError, toApiError } from '../../api/useApi.ts';
import { TYPE_COLORS } from '../../consts.ts';
import { INITIAL_SEARCH, searchKey, splitMatch, withResults, type SearchNavState } from '../../core/search/searchNavigation.ts';

interface Props {
  client: ApiClient;
  onChoose: (hit: SearchHit) => void;
}

const SEARCH_LIMIT = 12;

export function SearchPanel({ client, onChoose }: Props) {
  const [nav, setNav] = useState<SearchNavState>(INITIAL_SEARCH);
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
      client.search(text, SEARCH_LIMIT, controller.signal).then(
        ({ results }) => {
          setPending(false);
          setError(null);
          setNav((s) => withResults(s, nav.query, results));
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
      if (event.key === '/' && !(target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable))) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: SearchHit) => {
    setNav((s) => ({ ...s, open: false, active: -1 }));
    onChoose(hit);
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
        Search people, organizations, places
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        className="search-input"
        type="search"
        placeholder="Search names and aliases…  ( / )"
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
          {!error && !pending && nav.results.length === 0 && <li className="search-note">Nothing found for “{nav.query.trim()}”.</li>}
          {nav.results.map((hit, index) => {
            const [before, match, after] = splitMatch(hit.matched, nav.query);
            return (
              <li
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === nav.active}
                className={index === nav.active ? 'search-hit active' : 'search-hit'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit)}
              >
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
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
