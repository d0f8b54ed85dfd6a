import { Alert, Button } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { ReactNode } from 'react';
import type { ErrorLike } from '../lib/errors';
import { describeError } from '../lib/errors';
import { useLang } from '../lib/use-lang';

/** Grey placeholder bars; plain CSS, so the first paint needs no component library code. */
export function SkeletonBlock({ rows = 6 }: { rows?: number }) {
  return (
    <div className="djt-skeleton" aria-hidden>
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} className="djt-skeleton__bar" style={{ width: i === rows - 1 ? '60%' : undefined }} />
      ))}
    </div>
  );
}

/** Placeholder shaped like a dashboard while its data loads. */
export function PageSkeleton({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-label={label ?? t('common.loading')} data-testid="page-skeleton">
      <span className="djt-skeleton__bar djt-skeleton__title" aria-hidden />
      <SkeletonBlock rows={2} />
      <span className="djt-skeleton__bar djt-skeleton__box" aria-hidden />
      <SkeletonBlock rows={6} />
    </div>
  );
}

/** A whole-page outcome (403, 404, no role): the code, a sentence and what to do next. */
export function StatusPage({ code, title, extra }: { code: string; title: string; extra?: ReactNode }) {
  return (
    <div className="djt-status-page" role="alert" data-testid={`status-${code}`}>
      <p className="djt-status-page__code" aria-hidden>
        {code}
      </p>
      <p className="djt-status-page__title">{title}</p>
      {extra}
    </div>
  );
}

/** An API error in the user's language, with a retry; FORBIDDEN/NOT_FOUND become a full result page. */
export function ErrorState({ error, onRetry }: { error: ErrorLike; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const d = describeError(error, lang);
  if (!d) return null;
  if (d.code === 'FORBIDDEN' || d.code === 'NOT_FOUND') {
    return (
      <StatusPage
        code={d.code === 'FORBIDDEN' ? '403' : '404'}
        title={d.message}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={d.message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** An empty state that says what to do next. */
export function EmptyHint({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <div className="djt-empty">
      <InboxOutlined className="djt-empty__icon" aria-hidden />
      <p className="djt-empty__title">{title}</p>
      {hint ? <p className="djt-muted djt-empty__hint">{hint}</p> : null}
      {action ? <div className="djt-empty__action">{action}</div> : null}
    </div>
  );
}
