// Statements per bucket as SVG bars, with the selected buckets shaded. Presentational: the
// caller owns the selection and what a drag or a key does with it.
import type { Bucket } from '../core/timeline/buckets.ts';

export const TIMELINE_HEIGHT = 48;

interface TimelineHistogramProps {
  buckets: Bucket[];
  /** Indices of the first and last selected bucket, or null. */
  selected: [number, number] | null;
  width: number;
}

export function TimelineHistogram({ buckets, selected, width }: TimelineHistogramProps) {
  const max = Math.max(1, ...buckets.map((b) => b.statements));
  const barWidth = buckets.length > 0 ? width / buckets.length : 0;
  return (
    <svg width={width} height={TIMELINE_HEIGHT} aria-hidden="true" className="timeline-bars">
      {selected && (
        <rect
          className="timeline-brush"
          x={selected[0] * barWidth}
          y={0}
          width={(selected[1] - selected[0] + 1) * barWidth}
          height={TIMELINE_HEIGHT}
        />
      )}
      {buckets.map((bucket, i) => {
        const height = (bucket.statements / max) * (TIMELINE_HEIGHT - 4);
        const inside = selected !== null && i >= selected[0] && i <= selected[1];
        return (
          <rect
            key={bucket.start}
            className={inside ? 'timeline-bar selected' : 'timeline-bar'}
            x={i * barWidth + Math.min(1, barWidth / 4)}
            y={TIMELINE_HEIGHT - height}
            width={Math.max(1, barWidth - Math.min(2, barWidth / 2))}
            height={height}
          >
            <title>{`${bucket.start === bucket.end ? bucket.start : `${bucket.start} – ${bucket.end}`}: ${bucket.statements}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
