// The timeline strip under the graph: statements per day, week or month of the articles the
// view's outlet, publication-date and article filters keep (the whole store without them),
// and a brush (drag across the bars, or arrow keys; Shift+arrows widen or narrow it)
// that sets the explorer's statement-date filter, kept in the URL like the other filters.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { TimelineHistogram } from '../../components/TimelineHistogram.tsx';
import { useApi } from '../../api/useApi.ts';
import { compareDates } from '../../core/filters/filters.ts';
import { timelineOf, type Bucket } from '../../core/timeline/buckets.ts';
import { useExplorer } from '../explorer/explorerContext.ts';

/** Buckets the date filter covers (partly or wholly), as first and last index. */
function selectedRange(buckets: Bucket[], from: string | null, to: string | null): [number, number] | null {
  if (!from && !to) return null;
  const inside = buckets.flatMap((b, i) =>
    (!from || compareDates(b.end, from) >= 0) && (!to || compareDates(b.start, to) <= 0) ? [i] : [],
  );
  return inside.length > 0 ? [inside[0]!, inside.at(-1)!] : null;
}

export function TimelinePanel() {
  const { client, view, actions } = useExplorer();
  const { filters } = view;
  const { outlet, publishedFrom, publishedTo, article } = filters;
  // Follows the filters that choose articles; the statement dates are what the brush sets.
  const [remote] = useApi(
    (signal) => client.statementTimeline({ outlet, publishedFrom, publishedTo, article }, signal),
    [client, outlet, publishedFrom, publishedTo, article],
  );
  const scoped = Boolean(outlet || publishedFrom || publishedTo || article);
  const timeline = useMemo(
    () => (remote?.status === 'ok' ? timelineOf(remote.data.dates, remote.data.undated) : null),
    [remote],
  );
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drag, setDrag] = useState<{ anchor: number; at: number } | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const buckets = timeline?.buckets ?? [];
  const filtered = selectedRange(buckets, filters.from, filters.to);
  const selected: [number, number] | null = drag
    ? [Math.min(drag.anchor, drag.at), Math.max(drag.anchor, drag.at)]
    : filtered;

  const choose = (range: [number, number] | null) => {
    const first = range ? buckets[range[0]] : undefined;
    const last = range ? buckets[range[1]] : undefined;
    actions.setFilters({ ...filters, from: first?.start ?? null, to: last?.end ?? null });
  };
  const indexAt = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const i = Math.floor(((event.clientX - rect.left) / Math.max(rect.width, 1)) * buckets.length);
    return Math.min(buckets.length - 1, Math.max(0, i));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (buckets.length === 0 || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    const last = buckets.length - 1;
    const clamp = (i: number) => Math.min(last, Math.max(0, i));
    if (!filtered) return choose(step < 0 ? [last, last] : [0, 0]);
    const [a, b] = filtered;
    if (event.shiftKey) return choose([a, Math.max(a, clamp(b + step))]);
    if ((step < 0 && a === 0) || (step > 0 && b === last)) return undefined;
    return choose([a + step, b + step]);
  };

  const label = (range: [number, number]) => `${buckets[range[0]]!.start} – ${buckets[range[1]]!.end}`;
  return (
    <section className="timeline" aria-label="Statements over time" data-timeline-unit={timeline?.unit}>
      <div className="timeline-head">
        <span data-timeline-scope={scoped ? 'filtered' : 'all'}>
          Statements per {timeline?.unit ?? 'day'}
          {scoped ? ' in the articles the filters keep' : ''}
          {timeline && timeline.unplaced > 0 ? ` · ${timeline.unplaced} without an exact date not shown` : ''}
        </span>
        <span data-timeline-range>{selected ? label(selected) : 'Drag to choose dates'}</span>
        <button type="button" className="link" disabled={!filtered} onClick={() => choose(null)}>
          Clear dates
        </button>
      </div>
      <div
        ref={box}
        className="timeline-plot"
        role="slider"
        tabIndex={0}
        aria-label="Statement dates (arrow keys move the range, Shift+arrows resize it)"
        aria-valuemin={0}
        aria-valuemax={Math.max(0, buckets.length - 1)}
        aria-valuenow={filtered ? filtered[0] : 0}
        aria-valuetext={filtered ? label(filtered) : 'all dates'}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          if (buckets.length === 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          const i = indexAt(event);
          setDrag({ anchor: i, at: i });
        }}
        onPointerMove={(event) => {
          if (drag) setDrag({ ...drag, at: indexAt(event) });
        }}
        onPointerUp={(event) => {
          if (!drag) return;
          const at = indexAt(event);
          setDrag(null);
          choose([Math.min(drag.anchor, at), Math.max(drag.anchor, at)]);
        }}
      >
        {remote?.status === 'error' ? (
          <p className="hint error">The timeline could not be loaded.</p>
        ) : (
          <TimelineHistogram buckets={buckets} selected={selected} width={width} />
        )}
      </div>
    </section>
  );
}
