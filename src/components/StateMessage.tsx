// Loading, empty and error states, shown in place of content: never a blank area.
import type { ReactNode } from 'react';

interface Props {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  children?: ReactNode;
  onRetry?: () => void;
}

export function StateMessage({ kind, title, children, onRetry }: Props) {
  return (
    <div
      className={`state-message state-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-state={kind}
    >
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children && <div className="state-body">{children}</div>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
