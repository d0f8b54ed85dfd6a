import type { ReactNode } from 'react';

export interface StatItem {
  key: string;
  title: ReactNode;
  value: ReactNode;
  /** Drawn in the MISSED red: something needs doing. */
  danger?: boolean;
  testId?: string;
  /** Makes the figure a button, e.g. "missed last month: 12" applies that filter. */
  onClick?: () => void;
  /** For a clickable figure: its filter is on. */
  active?: boolean;
  /** Accessible name of the button (what clicking does). */
  actionLabel?: string;
}

/** A row of headline figures: a definition list, so each number is read with its label. */
export function StatRow({ items, className }: { items: readonly StatItem[]; className?: string }) {
  return (
    <dl className={`djt-stats${className ? ` ${className}` : ''}`}>
      {items.map((i) => (
        <div key={i.key} className="djt-stat" data-testid={i.testId}>
          <dt className="djt-stat__title">{i.title}</dt>
          <dd className={`djt-stat__value${i.danger ? ' is-danger' : ''}`}>
            {i.onClick ? (
              <button
                type="button"
                className={`djt-stat__button${i.active ? ' is-active' : ''}`}
                onClick={i.onClick}
                aria-pressed={!!i.active}
                aria-label={i.actionLabel}
                data-testid={i.testId ? `${i.testId}-button` : undefined}
              >
                {i.value}
              </button>
            ) : (
              i.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
