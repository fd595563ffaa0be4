// Filters and legend in one: the type checkboxes are the node legend, the edge-kind
// checkboxes the edge legend. Filters hide, never delete.
import { useEffect, useState } from 'react';
import type { ArticleSummary, EdgeKind, EntityType } from '../../../cypher/model.ts';
import { articleLabel } from '../../core/article/segments.ts';
import type { ApiClient } from '../../api/client.ts';
import { EDGE_COLORS, EDGE_KIND_LABELS, EDGE_KIND_LIST, ENTITY_TYPE_LIST, TYPE_COLORS, TYPE_LABELS } from '../../consts.ts';
import { DEFAULT_FILTERS, isDefaultFilters, type FilterState } from '../../core/filters/filters.ts';
import type { SizeMode } from '../../core/graph/explorerGraph.ts';

interface Props {
  client: ApiClient;
  filters: FilterState;
  onChange: (filters: FilterState) => void;
  typeCounts: Record<string, number>;
  kindCounts: Record<string, number>;
  visible: { nodes: number; edges: number; totalNodes: number; totalEdges: number };
  hiddenByHand: number;
  onShowHidden: () => void;
  sizeBy: SizeMode;
  onSizeBy: (mode: SizeMode) => void;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function DateInput({ label, value, onCommit }: { label: string; value: string | null; onCommit: (v: string | null) => void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const valid = text === '' || DATE_RE.test(text);
  const commit = () => {
    if (valid) onCommit(text || null);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={text}
        aria-invalid={!valid}
        onChange={(e) => setText(e.target.value.trim())}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

export function FiltersPanel({ client, filters, onChange, typeCounts, kindCounts, visible, hiddenByHand, onShowHidden, sizeBy, onSizeBy }: Props) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [articlesError, setArticlesError] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    client.articles({ limit: 500, offset: 0 }, controller.signal).then(
      (r) => setArticles(r.articles),
      () => {
        if (!controller.signal.aborted) setArticlesError(true);
      },
    );
    return () => controller.abort();
  }, [client]);

  const toggleType = (type: EntityType) =>
    onChange({ ...filters, hiddenTypes: filters.hiddenTypes.includes(type) ? filters.hiddenTypes.filter((t) => t !== type) : [...filters.hiddenTypes, type] });
  const toggleKind = (kind: EdgeKind) =>
    onChange({ ...filters, hiddenKinds: filters.hiddenKinds.includes(kind) ? filters.hiddenKinds.filter((k) => k !== kind) : [...filters.hiddenKinds, kind] });

  return (
    <section className="panel filters-panel" aria-labelledby="filters-title" tabIndex={-1}>
      <div className="panel-title-row">
        <h2 id="filters-title">Filters</h2>
        <button type="button" className="link" disabled={isDefaultFilters(filters)} onClick={() => onChange(DEFAULT_FILTERS)}>
          Reset
        </button>
      </div>
      <p className="visible-count" aria-live="polite">
        Showing <strong>{visible.nodes}</strong> of {visible.totalNodes} entities, <strong>{visible.edges}</strong> of {visible.totalEdges} links
      </p>

      <fieldset>
        <legend>Entities</legend>
        {ENTITY_TYPE_LIST.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={!filters.hiddenTypes.includes(type)} onChange={() => toggleType(type)} data-filter-type={type} />
            <span className="type-dot" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
            <span className="check-label">{TYPE_LABELS[type]}</span>
            <span className="count">{typeCounts[type] ?? 0}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Links</legend>
        {EDGE_KIND_LIST.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={!filters.hiddenKinds.includes(kind)} onChange={() => toggleKind(kind)} data-filter-kind={kind} />
            <span className={`edge-swatch edge-${kind}`} style={{ background: EDGE_COLORS[kind] }} aria-hidden="true" />
            <span className="check-label">{EDGE_KIND_LABELS[kind]}</span>
            <span className="count">{kindCounts[kind] ?? 0}</span>
          </label>
        ))}
        <p className="hint">Arrows point from the speaker to whom they spoke about; thicker means more statements.</p>
      </fieldset>

      <fieldset>
        <legend>Dates of statements and evidence</legend>
        <div className="field-row">
          <DateInput label="From" value={filters.from} onCommit={(from) => onChange({ ...filters, from })} />
          <DateInput label="To" value={filters.to} onCommit={(to) => onChange({ ...filters, to })} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Thresholds</legend>
        <div className="field-row">
          <label className="field">
            <span>Min. mentions</span>
            <input type="number" min={0} step={1} value={filters.minMentions} onChange={(e) => onChange({ ...filters, minMentions: Math.max(0, Number(e.target.value) || 0) })} />
          </label>
          <label className="field">
            <span>Min. weight</span>
            <input type="number" min={0} step={1} value={filters.minWeight} onChange={(e) => onChange({ ...filters, minWeight: Math.max(0, Number(e.target.value) || 0) })} />
          </label>
        </div>
      </fieldset>

      <fieldset>
        <legend>One article</legend>
        <select value={filters.article ?? ''} onChange={(e) => onChange({ ...filters, article: e.target.value || null })} aria-label="Only what one article says" disabled={!articles && !filters.article}>
          <option value="">All articles</option>
          {filters.article && !articles?.some((a) => a.id === filters.article) && <option value={filters.article}>{filters.article}</option>}
          {articles?.map((a) => (
            <option key={a.id} value={a.id}>
              {a.date ? `${a.date} · ` : ''}
              {articleLabel(a)}
            </option>
          ))}
        </select>
        {articlesError && <p className="hint error">The list of articles could not be loaded.</p>}
      </fieldset>

      <fieldset>
        <legend>Node size</legend>
        <div className="segmented" role="radiogroup" aria-label="Node size">
          {(['mentions', 'degree'] as const).map((mode) => (
            <label key={mode} className={sizeBy === mode ? 'seg active' : 'seg'}>
              <input type="radio" name="size-by" value={mode} checked={sizeBy === mode} onChange={() => onSizeBy(mode)} />
              {mode === 'mentions' ? 'Mentions' : 'Connections'}
            </label>
          ))}
        </div>
      </fieldset>

      {hiddenByHand > 0 && (
        <button type="button" className="button" onClick={onShowHidden}>
          Show {hiddenByHand} hidden {hiddenByHand === 1 ? 'entity' : 'entities'}
        </button>
      )}
    </section>
  );
}
