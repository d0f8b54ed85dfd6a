import { Button, Popconfirm, Tag } from 'antd';
import { AuditOutlined, LogoutOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@djt/shared';
import { useCan } from '../lib/use-can';
import { useLang } from '../lib/use-lang';
import { useIsNarrow } from '../lib/use-media';
import { LanguageSwitch } from '../ui/language-switch';
import { useSession } from './session.provider';
import './header-link.css';

/** Header (organisation, role, language, logout) around every signed-in page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { l } = useLang();
  const { me, home, logout } = useSession();
  const compact = useIsNarrow();
  const { can } = useCan();
  const auditOrg = home && can('audit.read', home.organisation) ? home.organisation : null;
  return (
    <div className="djt-shell">
      <header className="djt-header">
        <Link to="/" className="djt-header__brand" aria-label={t('app.home')}>
          <span className="djt-logo djt-logo--small" aria-hidden>
            党
          </span>
          {compact ? null : <span className="djt-header__name">{t('app.name')}</span>}
        </Link>
        <div className="djt-header__org" data-testid="header-org">
          <span className="djt-header__org-name">{home?.organisation.name}</span>
          {home ? (
            <Tag color="red" bordered={false} data-testid="header-role" className="djt-header__role">
              {l(ROLE_LABELS[home.role])}
            </Tag>
          ) : null}
        </div>
        <div className="djt-header__actions">
          {compact ? null : <span className="djt-muted">{me?.displayName}</span>}
          {auditOrg ? (
            <Link to={`/audit/${auditOrg.id}`} className="djt-header__link" data-testid="audit-link">
              <AuditOutlined aria-hidden /> {compact ? null : t('audit.link')}
              {compact ? <span className="djt-visually-hidden">{t('audit.link')}</span> : null}
            </Link>
          ) : null}
          <LanguageSwitch />
          <Popconfirm
            title={t('app.logoutConfirm')}
            okText={t('app.logout')}
            cancelText={t('common.cancel')}
            onConfirm={() => void logout()}
          >
            <Button type="text" icon={<LogoutOutlined />} aria-label={t('app.logout')} data-testid="logout">
              {compact ? null : t('app.logout')}
            </Button>
          </Popconfirm>
        </div>
      </header>
      <main className="djt-content">
        <Outlet />
      </main>
    </div>
  );
}
