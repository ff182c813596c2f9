/** Routes. Every page is loaded lazily; the layout and the sign-in guard are eager. */
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoader } from '../components/PageLoader.tsx';
import { useMe, can, type UiAction } from '../lib/auth.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFound } from './layout/NotFound.tsx';

const LoginPage = lazy(() => import('../features/auth/pages/LoginPage.tsx'));
const SelfCheckPage = lazy(() => import('../features/self-check/pages/SelfCheckPage.tsx'));
const SelfCheckLogPage = lazy(() => import('../features/self-check/pages/SelfCheckLogPage.tsx'));
const AgreementsListPage = lazy(() => import('../features/agreements/pages/AgreementsListPage.tsx'));
const AgreementPage = lazy(() => import('../features/agreements/pages/AgreementPage.tsx'));
const NewAgreementPage = lazy(() => import('../features/agreements/pages/NewAgreementPage.tsx'));
const EditAgreementPage = lazy(() => import('../features/agreements/pages/EditAgreementPage.tsx'));
const AuditPage = lazy(() => import('../features/audit/pages/AuditPage.tsx'));
const UsersPage = lazy(() => import('../features/administration/pages/UsersPage.tsx'));
const UnitsPage = lazy(() => import('../features/administration/pages/UnitsPage.tsx'));
const InstitutionsPage = lazy(() => import('../features/administration/pages/InstitutionsPage.tsx'));
const TokensPage = lazy(() => import('../features/administration/pages/TokensPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/administration/pages/ChangePasswordPage.tsx'));
const HolidaysPage = lazy(() => import('../features/holidays/HolidaysPage.tsx'));
const EmployeesPage = lazy(() => import('../features/roster/pages/EmployeesPage.tsx'));
const EmployeePage = lazy(() => import('../features/roster/pages/EmployeePage.tsx'));
const EmployeeFormPage = lazy(() => import('../features/roster/pages/EmployeeFormPage.tsx'));
const ImportPage = lazy(() => import('../features/roster/pages/ImportPage.tsx'));
const ContributionsPage = lazy(() => import('../features/contributions/pages/ContributionsPage.tsx'));
const BillPage = lazy(() => import('../features/contributions/pages/BillPage.tsx'));
const EnrolmentPage = lazy(() => import('../features/enrolment/pages/EnrolmentPage.tsx'));
const BatchPage = lazy(() => import('../features/enrolment/pages/BatchPage.tsx'));
const DashboardPage = lazy(() => import('../features/monitoring/pages/DashboardPage.tsx'));
const ActivitiesPage = lazy(() => import('../features/monitoring/pages/ActivitiesPage.tsx'));
const ClaimsPage = lazy(() => import('../features/claims/pages/ClaimsPage.tsx'));
const ClaimPage = lazy(() => import('../features/claims/pages/ClaimPage.tsx'));
const NewClaimPage = lazy(() => import('../features/claims/pages/NewClaimPage.tsx'));
const CalculatorPage = lazy(() => import('../features/benefits/pages/CalculatorPage.tsx'));
const FieldReportPage = lazy(() => import('../features/field-report/pages/FieldReportPage.tsx'));
const FieldNoticesPage = lazy(() => import('../features/field-report/pages/FieldNoticesPage.tsx'));
const DisabilityTablePage = lazy(() => import('../features/benefits/pages/DisabilityTablePage.tsx'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoader />}>{children}</Suspense>;
}

/** Shows the sign-in page when there is no session; remembers where the user wanted to go. */
function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/masuk${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  // A one-time password must be replaced before anything else (the API refuses everything else too).
  if (me.data.mustChangePassword && location.pathname !== '/ganti-sandi') return <Navigate to="/ganti-sandi" replace />;
  return <AppLayout />;
}

function RequireAction({ action }: { action: UiAction }) {
  const me = useMe();
  return can(me.data, action) ? <Outlet /> : <NotFound />;
}

const router = createBrowserRouter([
  { path: '/masuk', element: <Lazy><LoginPage /></Lazy> },
  // Phone-first and usable without a signal: outside the main layout, it checks the session itself.
  { path: '/lapor', element: <Lazy><FieldReportPage /></Lazy> },
  { path: '/cek', element: <Lazy><SelfCheckPage /></Lazy> },
  {
    path: '/',
    element: <RequireAuth />,
    children: [
      { index: true, element: <Navigate to="/monitoring" replace /> },
      { path: 'perjanjian', element: <Lazy><AgreementsListPage /></Lazy> },
      { path: 'perjanjian/:id', element: <Lazy><AgreementPage /></Lazy> },
      {
        element: <RequireAction action="agreements:write" />,
        children: [
          { path: 'perjanjian/baru', element: <Lazy><NewAgreementPage /></Lazy> },
          { path: 'perjanjian/:id/ubah', element: <Lazy><EditAgreementPage /></Lazy> },
        ],
      },
      { path: 'pegawai', element: <Lazy><EmployeesPage /></Lazy> },
      {
        element: <RequireAction action="roster:write" />,
        children: [
          { path: 'pegawai/baru', element: <Lazy><EmployeeFormPage /></Lazy> },
          { path: 'pegawai/impor', element: <Lazy><ImportPage /></Lazy> },
          { path: 'pegawai/:id/ubah', element: <Lazy><EmployeeFormPage /></Lazy> },
        ],
      },
      { path: 'pegawai/:id', element: <Lazy><EmployeePage /></Lazy> },
      { path: 'iuran', element: <Lazy><ContributionsPage /></Lazy> },
      { path: 'kepesertaan', element: <Lazy><EnrolmentPage /></Lazy> },
      { path: 'monitoring', element: <Lazy><DashboardPage /></Lazy> },
      { path: 'kegiatan', element: <Lazy><ActivitiesPage /></Lazy> },
      { path: 'klaim', element: <Lazy><ClaimsPage /></Lazy> },
      {
        element: <RequireAction action="claims:file" />,
        children: [{ path: 'klaim/baru', element: <Lazy><NewClaimPage /></Lazy> }],
      },
      { path: 'klaim/:id', element: <Lazy><ClaimPage /></Lazy> },
      { path: 'laporan-lapangan', element: <Lazy><FieldNoticesPage /></Lazy> },
      { path: 'manfaat', element: <Lazy><CalculatorPage /></Lazy> },
      { path: 'manfaat/tabel-cacat', element: <Lazy><DisabilityTablePage /></Lazy> },
      { path: 'kepesertaan/pengajuan/:id', element: <Lazy><BatchPage /></Lazy> },
      { path: 'iuran/tagihan/:id', element: <Lazy><BillPage /></Lazy> },
      {
        element: <RequireAction action="audit:read" />,
        children: [{ path: 'audit', element: <Lazy><AuditPage /></Lazy> }, { path: 'audit/cek-perlindungan', element: <Lazy><SelfCheckLogPage /></Lazy> }],
      },
      {
        element: <RequireAction action="users:manage" />,
        children: [{ path: 'pengguna', element: <Lazy><UsersPage /></Lazy> }],
      },
      {
        element: <RequireAction action="institutions:manage" />,
        children: [{ path: 'instansi', element: <Lazy><InstitutionsPage /></Lazy> }],
      },
      { path: 'unit-kerja', element: <Lazy><UnitsPage /></Lazy> },
      { path: 'hari-libur', element: <Lazy><HolidaysPage /></Lazy> },
      { path: 'token-api', element: <Lazy><TokensPage /></Lazy> },
      { path: 'ganti-sandi', element: <Lazy><ChangePasswordPage /></Lazy> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
