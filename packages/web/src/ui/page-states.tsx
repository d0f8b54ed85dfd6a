import { Alert, Button, Empty, Result, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReactNode } from 'react';
import type { ErrorLike } from '../lib/errors';
import { describeError } from '../lib/errors';
import { useLang } from '../lib/use-lang';

/** Placeholder shaped like a dashboard while its data loads. */
export function PageSkeleton({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-label={label ?? t('common.loading')} data-testid="page-skeleton">
      <Skeleton active title paragraph={{ rows: 2 }} />
      <Skeleton.Button active block style={{ height: 96, marginTop: 16 }} />
      <Skeleton active paragraph={{ rows: 6 }} style={{ marginTop: 16 }} />
    </div>
  );
}

/** An API error in the user's language, with a retry; FORBIDDEN/NOT_FOUND become a full result page. */
export function ErrorState({ error, onRetry }: { error: ErrorLike; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const d = describeError(error, lang);
  if (!d) return null;
  if (d.code === 'FORBIDDEN' || d.code === 'NOT_FOUND') {
    return (
      <Result
        status={d.code === 'FORBIDDEN' ? '403' : '404'}
        title={d.message}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
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
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space direction="vertical" size={4}>
          <strong>{title}</strong>
          {hint ? <span>{hint}</span> : null}
        </Space>
      }
    >
      {action}
    </Empty>
  );
}
