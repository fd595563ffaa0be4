// Filters and legend in one: the type checkboxes are the node legend, the edge-kind
// checkboxes the edge legend (while nodes are coloured by community, CommunityLegend is the
// node legend). Filters hide, never delete.
import { useEffect, useState } from 'react';
import type { ArticleSummary, EdgeKind } from '../../../contract/api.ts';
import type { EntityType } from '../../../contract/graph.ts';
import { articleLabel } from '../../core/article/segments.ts';
import type { OutletCount } from '../../api/client.ts';
import {
  EDGE_COLORS,
  EDGE_KIND_LABELS,
  EDGE_KIND_LIST,
  ENTITY_TYPE_LIST,
  NO_OUTLET,
  TYPE_COLORS,
  TYPE_LABELS,
} from '../../consts.ts';
import { DEFAULT_FILTERS, isDefaultFilters } from '../../core/filters/filters.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * How an outlet reads in the list: its declared name with its domain ("Corriere della Sera
 * (corriere.it)"); articles read from files with neither URL nor source name have none.
 */
export function outletLabel(outlet: string, name: string | null = null): string {
  if (outlet === NO_OUTLET) return 'No outlet (files without URL or source name)';
  return name && name !== outlet ? `${name} (${outlet})` : outlet;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface OneOfFilterProps {
  legend: string;
  /** The full name for assistive technology. */
  ariaLabel: string;
  /** The first choice, which filters nothing. */
  allLabel: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** The choices, once loaded. */
  choices: { value: string; label: string }[] | undefined;
  /** How the current value reads when it is not among the choices (a permalink's, before they load). */
  labelOf: (value: string) => string;
  error: string | null;
  dataFilter?: string;
}

/** A filter keeping what one item (an outlet, an article) holds: a select whose first choice is "all". */
function OneOfFilter({
  legend,
  ariaLabel,
  allLabel,
  value,
  onChange,
  choices,
  labelOf,
  error,
  dataFilter,
}: OneOfFilterProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        aria-label={ariaLabel}
        disabled={!choices && !value}
        data-filter={dataFilter}
      >
        <option value="">{allLabel}</option>
        {value && !choices?.some((c) => c.value === value) && <option value={value}>{labelOf(value)}</option>}
        {choices?.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {error && <p className="hint error">{error}</p>}
    </fieldset>
  );
}

interface DateInputProps {
  label: string;
  /** The full name for assistive technology ("Statements from"). */
  name: string;
  value: string | null;
  onCommit: (v: string | null) => void;
}

function DateInput({ label, name, value, onCommit }: DateInputProps) {
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
        aria-label={name}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => setText(e.target.value.trim())}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

const COLOR_TITLES = {
  type: 'Colour nodes by entity type',
  community: 'Colour nodes by community: groups linked more among themselves than to the rest (Louvain)',
} as const;

export function FiltersPanel() {
  const { client, state, view, actions } = useExplorer();
  const { filters, sizeBy, colorBy } = view;
  const { setFilters } = actions;
  const { typeCounts, kindCounts, totalNodes, totalEdges } = state.counts;
  const visible = { nodes: state.visible.nodes, edges: state.visible.edges, totalNodes, totalEdges };
  const hiddenByHand = view.hiddenNodes.length;
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [articlesError, setArticlesError] = useState(false);
  const [outlets, setOutlets] = useState<OutletCount[] | null>(null);
  const [outletsError, setOutletsError] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    client.outlets(controller.signal).then(
      (r) => setOutlets(r.outlets),
      () => {
        if (!controller.signal.aborted) setOutletsError(true);
      },
    );
    return () => controller.abort();
  }, [client]);

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
    setFilters({
      ...filters,
      hiddenTypes: filters.hiddenTypes.includes(type)
        ? filters.hiddenTypes.filter((t) => t !== type)
        : [...filters.hiddenTypes, type],
    });
  const toggleKind = (kind: EdgeKind) =>
    setFilters({
      ...filters,
      hiddenKinds: filters.hiddenKinds.includes(kind)
        ? filters.hiddenKinds.filter((k) => k !== kind)
        : [...filters.hiddenKinds, kind],
    });

  return (
    <section className="panel filters-panel" aria-labelledby="filters-title" tabIndex={-1}>
      <div className="panel-title-row">
        <h2 id="filters-title">Filters</h2>
        <button
          type="button"
          className="link"
          disabled={isDefaultFilters(filters)}
          onClick={() => setFilters(DEFAULT_FILTERS)}
        >
          Reset
        </button>
      </div>
      <p className="visible-count" aria-live="polite">
        Showing <strong>{visible.nodes}</strong> of {visible.totalNodes} entities, <strong>{visible.edges}</strong> of{' '}
        {visible.totalEdges} links
      </p>

      <fieldset>
        <legend>Entities</legend>
        {ENTITY_TYPE_LIST.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenTypes.includes(type)}
              onChange={() => toggleType(type)}
              data-filter-type={type}
            />
            <span className="type-dot" style={{ background: TYPE_COLORS[type] }} aria-hidden="true" />
            <span className="check-label">{TYPE_LABELS[type]}</span>
            <span className="count">{typeCounts[type] ?? 0}</span>
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={filters.unlinked}
            onChange={() => setFilters({ ...filters, unlinked: !filters.unlinked })}
            data-filter-unlinked
          />
          <span className="check-label">With no link shown</span>
          {!filters.unlinked && <span className="count">{state.visible.unlinked}</span>}
        </label>
        <p className="hint">
          Entities that no link shown joins to another (most are only mentioned alongside others) are counted, not
          drawn, unless this is ticked.
        </p>
      </fieldset>

      <fieldset>
        <legend>Links</legend>
        {EDGE_KIND_LIST.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenKinds.includes(kind)}
              onChange={() => toggleKind(kind)}
              data-filter-kind={kind}
            />
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
          <DateInput
            label="From"
            name="Statements from"
            value={filters.from}
            onCommit={(from) => setFilters({ ...filters, from })}
          />
          <DateInput
            label="To"
            name="Statements to"
            value={filters.to}
            onCommit={(to) => setFilters({ ...filters, to })}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Publication dates of articles</legend>
        <div className="field-row">
          <DateInput
            label="From"
            name="Published from"
            value={filters.publishedFrom}
            onCommit={(publishedFrom) => setFilters({ ...filters, publishedFrom })}
          />
          <DateInput
            label="To"
            name="Published to"
            value={filters.publishedTo}
            onCommit={(publishedTo) => setFilters({ ...filters, publishedTo })}
          />
        </div>
        <p className="hint">Articles without a publication date are left out while a bound is set.</p>
      </fieldset>

      <fieldset>
        <legend>Thresholds</legend>
        <div className="field-row">
          <label className="field">
            <span>Min. mentions</span>
            <input
              type="number"
              min={0}
              step={1}
              value={filters.minMentions}
              onChange={(e) => setFilters({ ...filters, minMentions: Math.max(0, Number(e.target.value) || 0) })}
            />
          </label>
          <label className="field">
            <span>Min. weight</span>
            <input
              type="number"
              min={0}
              step={1}
              value={filters.minWeight}
              onChange={(e) => setFilters({ ...filters, minWeight: Math.max(0, Number(e.target.value) || 0) })}
            />
          </label>
        </div>
      </fieldset>

      <OneOfFilter
        legend="One source (outlet)"
        ariaLabel="Only what one outlet published"
        allLabel="All outlets"
        value={filters.outlet}
        onChange={(outlet) => setFilters({ ...filters, outlet })}
        choices={outlets?.map((o) => ({
          value: o.outlet,
          label: `${outletLabel(o.outlet, o.name)} (${plural(o.articles, 'article', 'articles')}, ${plural(o.statements, 'statement', 'statements')})`,
        }))}
        labelOf={(outlet) => outletLabel(outlet)}
        error={outletsError ? 'The list of outlets could not be loaded.' : null}
        dataFilter="outlet"
      />

      <OneOfFilter
        legend="One article"
        ariaLabel="Only what one article says"
        allLabel="All articles"
        value={filters.article}
        onChange={(article) => setFilters({ ...filters, article })}
        choices={articles?.map((a) => ({ value: a.id, label: `${a.date ? `${a.date} · ` : ''}${articleLabel(a)}` }))}
        labelOf={(id) => id}
        error={articlesError ? 'The list of articles could not be loaded.' : null}
      />

      <fieldset>
        <legend>Node size</legend>
        <div className="segmented" role="radiogroup" aria-label="Node size">
          {(['mentions', 'degree'] as const).map((mode) => (
            <label key={mode} className={sizeBy === mode ? 'seg active' : 'seg'}>
              <input
                type="radio"
                name="size-by"
                value={mode}
                checked={sizeBy === mode}
                onChange={() => actions.setSizeBy(mode)}
              />
              {mode === 'mentions' ? 'Mentions' : 'Connections'}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Node colour</legend>
        <div className="segmented" role="radiogroup" aria-label="Colour nodes by">
          {(['type', 'community'] as const).map((mode) => (
            <label key={mode} className={colorBy === mode ? 'seg active' : 'seg'} title={COLOR_TITLES[mode]}>
              <input
                type="radio"
                name="color-by"
                value={mode}
                checked={colorBy === mode}
                onChange={() => actions.setColorBy(mode)}
              />
              {mode === 'type' ? 'Type' : 'Community'}
            </label>
          ))}
        </div>
      </fieldset>

      {hiddenByHand > 0 && (
        <button type="button" className="button" onClick={actions.showHidden}>
          Show {hiddenByHand} hidden {hiddenByHand === 1 ? 'entity' : 'entities'}
        </button>
      )}
    </section>
  );
}
