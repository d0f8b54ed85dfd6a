import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { homePath } from '../lib/actor';
import { ErrorState, PageSkeleton } from '../ui/page-states';
import { AppLayout } from './app-layout';
import { useSession } from './session.provider';
import { LoginPage } from '../modules/auth/login.page';

// Each view is its own chunk: a school secretary never downloads the bureau's charts.
const SchoolWorkspacePage = lazy(() =>
  import('../modules/school/school-workspace.page').then((m) => ({ default: m.SchoolWorkspacePage })),
);
const DistrictSummaryPage = lazy(() =>
  import('../modules/district/district-summary.page').then((m) => ({ default: m.DistrictSummaryPage })),
);
const BureauDashboardPage = lazy(() =>
  import('../modules/bureau/bureau-dashboard.page').then((m) => ({ default: m.BureauDashboardPage })),
);

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
  return noRole ? (
    <Result
      status="403"
      title={t('app.noRole')}
      extra={<Button onClick={() => void logout()}>{t('app.logout')}</Button>}
    />
  ) : (
    <Result status="404" title={t('app.notFound')} extra={<Button href="/">{t('common.backHome')}</Button>} />
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
          <Route path="no-role" element={<NotFound noRole />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
