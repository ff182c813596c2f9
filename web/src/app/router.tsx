/** Routes. Every page is loaded lazily, with the words it shows; the layout and the sign-in guard are eager. */
import { type ComponentType, lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoader } from '../components/PageLoader.tsx';
import { useMe, can, type UiAction } from '../lib/auth.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { NotFound } from './layout/NotFound.tsx';
import { loadWords, type Feature } from '../i18n/features.ts';

/**
 * A lazy page: its chunk and the words of the features it shows (its own, and another feature's where it shows
 * those) load together, and it renders once both languages have them. web/src/i18n/words-per-page.test.ts reads
 * each page's imports and holds these lists to the keys the page uses.
 */
function page(load: () => Promise<{ default: ComponentType }>, words: readonly Feature[]) {
  return lazy(() => Promise.all([load(), loadWords(words)]).then(([module]) => module));
}

const LoginPage = page(() => import('../features/auth/pages/LoginPage.tsx'), ['auth']);
const SelfCheckPage = page(() => import('../features/self-check/pages/SelfCheckPage.tsx'), ['self-check']);
const SelfCheckLogPage = page(() => import('../features/self-check/pages/SelfCheckLogPage.tsx'), ['self-check']);
const AgreementsListPage = page(() => import('../features/agreements/pages/AgreementsListPage.tsx'), ['agreements']);
const AgreementPage = page(() => import('../features/agreements/pages/AgreementPage.tsx'), ['agreements', 'benefits']);
const NewAgreementPage = page(() => import('../features/agreements/pages/NewAgreementPage.tsx'), ['agreements']);
const EditAgreementPage = page(() => import('../features/agreements/pages/EditAgreementPage.tsx'), ['agreements']);
const AuditPage = page(() => import('../features/audit/pages/AuditPage.tsx'), ['audit']);
const UsersPage = page(() => import('../features/administration/pages/UsersPage.tsx'), ['administration']);
const UnitsPage = page(() => import('../features/administration/pages/UnitsPage.tsx'), ['administration']);
const InstitutionsPage = page(() => import('../features/administration/pages/InstitutionsPage.tsx'), ['administration']);
const TokensPage = page(() => import('../features/administration/pages/TokensPage.tsx'), ['administration']);
const ChangePasswordPage = page(() => import('../features/administration/pages/ChangePasswordPage.tsx'), ['administration']);
const HolidaysPage = page(() => import('../features/holidays/HolidaysPage.tsx'), ['holidays']);
const EmployeesPage = page(() => import('../features/roster/pages/EmployeesPage.tsx'), ['roster']);
const EmployeePage = page(() => import('../features/roster/pages/EmployeePage.tsx'), ['claims', 'contributions', 'roster']);
const EmployeeFormPage = page(() => import('../features/roster/pages/EmployeeFormPage.tsx'), ['roster']);
const ImportPage = page(() => import('../features/roster/pages/ImportPage.tsx'), ['roster']);
const ContributionsPage = page(() => import('../features/contributions/pages/ContributionsPage.tsx'), ['contributions', 'roster']);
const BillPage = page(() => import('../features/contributions/pages/BillPage.tsx'), ['contributions', 'roster']);
const EnrolmentPage = page(() => import('../features/enrolment/pages/EnrolmentPage.tsx'), ['contributions', 'enrolment', 'roster']);
const BatchPage = page(() => import('../features/enrolment/pages/BatchPage.tsx'), ['contributions', 'enrolment', 'roster']);
const DashboardPage = page(() => import('../features/monitoring/pages/DashboardPage.tsx'), ['claims', 'contributions', 'monitoring', 'roster']);
const ActivitiesPage = page(() => import('../features/monitoring/pages/ActivitiesPage.tsx'), ['monitoring']);
const ClaimsPage = page(() => import('../features/claims/pages/ClaimsPage.tsx'), ['claims']);
const ClaimPage = page(() => import('../features/claims/pages/ClaimPage.tsx'), ['benefits', 'claims']);
const NewClaimPage = page(() => import('../features/claims/pages/NewClaimPage.tsx'), ['benefits', 'claims', 'contributions']);
const CalculatorPage = page(() => import('../features/benefits/pages/CalculatorPage.tsx'), ['benefits', 'claims']);
const FieldReportPage = page(() => import('../features/field-report/pages/FieldReportPage.tsx'), ['field-report']);
const FieldNoticesPage = page(() => import('../features/field-report/pages/FieldNoticesPage.tsx'), ['field-report']);
const DisabilityTablePage = page(() => import('../features/benefits/pages/DisabilityTablePage.tsx'), ['benefits']);

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
  {
    path: '/masuk',
    element: (
      <Lazy>
        <LoginPage />
      </Lazy>
    ),
  },
  // Phone-first and usable without a signal: outside the main layout, it checks the session itself.
  {
    path: '/lapor',
    element: (
      <Lazy>
        <FieldReportPage />
      </Lazy>
    ),
  },
  {
    path: '/cek',
    element: (
      <Lazy>
        <SelfCheckPage />
      </Lazy>
    ),
  },
  {
    path: '/',
    element: <RequireAuth />,
    children: [
      { index: true, element: <Navigate to="/monitoring" replace /> },
      {
        path: 'perjanjian',
        element: (
          <Lazy>
            <AgreementsListPage />
          </Lazy>
        ),
      },
      {
        path: 'perjanjian/:id',
        element: (
          <Lazy>
            <AgreementPage />
          </Lazy>
        ),
      },
      {
        element: <RequireAction action="agreements:write" />,
        children: [
          {
            path: 'perjanjian/baru',
            element: (
              <Lazy>
                <NewAgreementPage />
              </Lazy>
            ),
          },
          {
            path: 'perjanjian/:id/ubah',
            element: (
              <Lazy>
                <EditAgreementPage />
              </Lazy>
            ),
          },
        ],
      },
      {
        path: 'pegawai',
        element: (
          <Lazy>
            <EmployeesPage />
          </Lazy>
        ),
      },
      {
        element: <RequireAction action="roster:write" />,
        children: [
          {
            path: 'pegawai/baru',
            element: (
              <Lazy>
                <EmployeeFormPage />
              </Lazy>
            ),
          },
          {
            path: 'pegawai/impor',
            element: (
              <Lazy>
                <ImportPage />
              </Lazy>
            ),
          },
          {
            path: 'pegawai/:id/ubah',
            element: (
              <Lazy>
                <EmployeeFormPage />
              </Lazy>
            ),
          },
        ],
      },
      {
        path: 'pegawai/:id',
        element: (
          <Lazy>
            <EmployeePage />
          </Lazy>
        ),
      },
      {
        path: 'iuran',
        element: (
          <Lazy>
            <ContributionsPage />
          </Lazy>
        ),
      },
      {
        path: 'kepesertaan',
        element: (
          <Lazy>
            <EnrolmentPage />
          </Lazy>
        ),
      },
      {
        path: 'monitoring',
        element: (
          <Lazy>
            <DashboardPage />
          </Lazy>
        ),
      },
      {
        path: 'kegiatan',
        element: (
          <Lazy>
            <ActivitiesPage />
          </Lazy>
        ),
      },
      {
        path: 'klaim',
        element: (
          <Lazy>
            <ClaimsPage />
          </Lazy>
        ),
      },
      {
        element: <RequireAction action="claims:file" />,
        children: [
          {
            path: 'klaim/baru',
            element: (
              <Lazy>
                <NewClaimPage />
              </Lazy>
            ),
          },
        ],
      },
      {
        path: 'klaim/:id',
        element: (
          <Lazy>
            <ClaimPage />
          </Lazy>
        ),
      },
      {
        path: 'laporan-lapangan',
        element: (
          <Lazy>
            <FieldNoticesPage />
          </Lazy>
        ),
      },
      {
        path: 'manfaat',
        element: (
          <Lazy>
            <CalculatorPage />
          </Lazy>
        ),
      },
      {
        path: 'manfaat/tabel-cacat',
        element: (
          <Lazy>
            <DisabilityTablePage />
          </Lazy>
        ),
      },
      {
        path: 'kepesertaan/pengajuan/:id',
        element: (
          <Lazy>
            <BatchPage />
          </Lazy>
        ),
      },
      {
        path: 'iuran/tagihan/:id',
        element: (
          <Lazy>
            <BillPage />
          </Lazy>
        ),
      },
      {
        element: <RequireAction action="audit:read" />,
        children: [
          {
            path: 'audit',
            element: (
              <Lazy>
                <AuditPage />
              </Lazy>
            ),
          },
          {
            path: 'audit/cek-perlindungan',
            element: (
              <Lazy>
                <SelfCheckLogPage />
              </Lazy>
            ),
          },
        ],
      },
      {
        element: <RequireAction action="users:manage" />,
        children: [
          {
            path: 'pengguna',
            element: (
              <Lazy>
                <UsersPage />
              </Lazy>
            ),
          },
        ],
      },
      {
        element: <RequireAction action="institutions:manage" />,
        children: [
          {
            path: 'instansi',
            element: (
              <Lazy>
                <InstitutionsPage />
              </Lazy>
            ),
          },
        ],
      },
      {
        path: 'unit-kerja',
        element: (
          <Lazy>
            <UnitsPage />
          </Lazy>
        ),
      },
      {
        path: 'hari-libur',
        element: (
          <Lazy>
            <HolidaysPage />
          </Lazy>
        ),
      },
      {
        path: 'token-api',
        element: (
          <Lazy>
            <TokensPage />
          </Lazy>
        ),
      },
      {
        path: 'ganti-sandi',
        element: (
          <Lazy>
            <ChangePasswordPage />
          </Lazy>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
