import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { homePath } from '../lib/actor';
import { ErrorState, PageSkeleton, StatusPage } from '../ui/page-states';
import { AppLayout } from './app-layout';
import { useSession } from './session.provider';

// Each view is its own chunk: a school secretary never downloads the bureau's charts, and a
// signed-in user never downloads the login form.
const LoginPage = lazy(() => import('../modules/auth/login.page').then((m) => ({ default: m.LoginPage })));
const SchoolWorkspacePage = lazy(() =>
  import('../modules/school/school-workspace.page').then((m) => ({ default: m.SchoolWorkspacePage })),
);
const DistrictSummaryPage = lazy(() =>
  import('../modules/district/district-summary.page').then((m) => ({ default: m.DistrictSummaryPage })),
);
const BureauDashboardPage = lazy(() =>
  import('../modules/bureau/bureau-dashboard.page').then((m) => ({ default: m.BureauDashboardPage })),
);
const BureauSettingsPage = lazy(() =>
  import('../modules/settings/bureau-settings.page').then((m) => ({ default: m.BureauSettingsPage })),
);

const AuditPage = lazy(() => import('../modules/audit/audit.page').then((m) => ({ default: m.AuditPage })));

function RequireSession({ children }: { children: ReactNode }) {
  const { loading, me, error } = useSession();
  const location = useLocation();
  if (loading) return <PageSkeleton />;
  if (error && !me) {
    return (
      <div className="djt-content">
        <ErrorState error={error} onRetry={() => window.location.reload()} />
      </div>
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}

function HomeRedirect() {
  const { actor } = useSession();
  return actor ? <Navigate to={homePath(actor)} replace /> : null;
}

function NotFound({ noRole }: { noRole?: boolean }) {
  const { t } = useTranslation();
  const { logout } = useSession();
  return (
    <>
      <h1 className="djt-visually-hidden">{noRole ? t('app.noRole') : t('app.notFound')}</h1>
      {noRole ? (
        <StatusPage
          code="403"
          title={t('app.noRole')}
          extra={<Button onClick={() => void logout()}>{t('app.logout')}</Button>}
        />
      ) : (
        <StatusPage code="404" title={t('app.notFound')} extra={<Button href="/">{t('common.backHome')}</Button>} />
      )}
    </>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="school/:schoolId" element={<SchoolWorkspacePage />} />
          <Route path="district/:districtId" element={<DistrictSummaryPage />} />
          <Route path="bureau/:bureauId" element={<BureauDashboardPage />} />
          <Route path="bureau/:bureauId/settings" element={<BureauSettingsPage />} />
          <Route path="audit/:orgId" element={<AuditPage />} />
          <Route path="no-role" element={<NotFound noRole />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
