import { Button, Layout, Popconfirm, Space, Tag, Typography, Grid } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { Link, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@djt/shared';
import { useLang } from '../lib/use-lang';
import { LanguageSwitch } from '../ui/language-switch';
import { useSession } from './session.provider';

/** Header (organisation, role, language, logout) around every signed-in page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { l } = useLang();
  const { me, home, logout } = useSession();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  return (
    <Layout className="djt-shell">
      <Layout.Header className="djt-header" role="banner">
        <Link to="/" className="djt-header__brand" aria-label={t('app.home')}>
          <span className="djt-logo djt-logo--small" aria-hidden>
            党
          </span>
          {compact ? null : <span className="djt-header__name">{t('app.name')}</span>}
        </Link>
        <div className="djt-header__org" data-testid="header-org">
          <Typography.Text strong ellipsis className="djt-header__org-name">
            {home?.organisation.name}
          </Typography.Text>
          {home ? (
            <Tag color="red" bordered={false} data-testid="header-role" className="djt-header__role">
              {l(ROLE_LABELS[home.role])}
            </Tag>
          ) : null}
        </div>
        <Space size={compact ? 4 : 12} className="djt-header__actions">
          {compact ? null : <Typography.Text type="secondary">{me?.displayName}</Typography.Text>}
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
        </Space>
      </Layout.Header>
      <Layout.Content className="djt-content" role="main">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
