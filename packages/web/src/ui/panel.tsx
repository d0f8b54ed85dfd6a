import type { HTMLAttributes, ReactNode } from 'react';

interface PanelProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** Shown as the panel's h2, under the page's one h1. */
  title?: ReactNode;
  /** Actions or hints on the right of the title. */
  extra?: ReactNode;
  children?: ReactNode;
  'data-testid'?: string;
}

/**
 * A titled white box: what antd's Card gave the pages, without Card's tabs (which pulled
 * antd's Tabs, Dropdown and Menu into every page's first download), and with a real heading
 * so screen-reader users can jump between the parts of a page.
 */
export function Panel({ title, extra, children, className, ...rest }: PanelProps) {
  return (
    <section className={`djt-panel${className ? ` ${className}` : ''}`} {...rest}>
      {title != null || extra != null ? (
        <div className="djt-panel__head">
          {title != null ? <h2 className="djt-panel__title">{title}</h2> : <span />}
          {extra != null ? <div className="djt-panel__extra">{extra}</div> : null}
        </div>
      ) : null}
      <div className="djt-panel__body">{children}</div>
    </section>
  );
}

/** The page's heading (its only h1), a secondary line and actions on the right. */
export function PageHead({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="djt-page-head">
      <div className="djt-page-head__text">
        <h1 className="djt-page-title">{title}</h1>
        {subtitle != null ? <p className="djt-muted djt-page-sub">{subtitle}</p> : null}
      </div>
      {actions != null ? <div className="djt-page-head__actions">{actions}</div> : null}
    </div>
  );
}
