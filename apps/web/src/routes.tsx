import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LoadingState } from './components/states.js';
import type { Role } from './graphql/generated/graphql.js';
import { homeOf } from './layout/navigation.js';
import { useSession } from './session/session.js';

// Split by route: the sign-in page does not load the shell or any screen.
const SignInPage = lazy(() => import('./pages/SignInPage.js'));
const RegisterPage = lazy(() => import('./pages/RegisterPage.js'));
const Shell = lazy(() => import('./layout/Shell.js'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.js'));
const PositionsMapPage = lazy(() => import('./pages/map/PositionsMapPage.js'));
const StatisticsPage = lazy(() => import('./pages/statistics/StatisticsPage.js'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage.js'));

const PAGES: Record<Role, { path: string; Page: LazyExoticComponent<ComponentType> }[]> = {
  EMPLOYER: [
    { path: '/employer/positions', Page: lazy(() => import('./pages/employer/PositionsPage.js')) },
    { path: '/employer/positions/new', Page: lazy(() => import('./pages/employer/PositionFormPage.js')) },
    { path: '/employer/positions/:id', Page: lazy(() => import('./pages/employer/PositionPage.js')) },
    { path: '/employer/positions/:id/edit', Page: lazy(() => import('./pages/employer/PositionFormPage.js')) },
    { path: '/employer/programmes', Page: lazy(() => import('./pages/employer/ProgrammesPage.js')) },
    { path: '/employer/programmes/:id', Page: lazy(() => import('./pages/employer/ProgrammeBuilderPage.js')) },
    { path: '/employer/denmark', Page: PositionsMapPage },
    { path: '/employer/statistics', Page: StatisticsPage },
    { path: '/employer/notifications', Page: NotificationsPage },
  ],
  JOBCENTRE: [
    { path: '/jobcentre/candidates', Page: lazy(() => import('./pages/jobcentre/CandidatesPage.js')) },
    { path: '/jobcentre/candidates/new', Page: lazy(() => import('./pages/jobcentre/CandidateFormPage.js')) },
    { path: '/jobcentre/candidates/:id', Page: lazy(() => import('./pages/jobcentre/CandidatePage.js')) },
    { path: '/jobcentre/candidates/:id/edit', Page: lazy(() => import('./pages/jobcentre/CandidateFormPage.js')) },
    { path: '/jobcentre/positions', Page: lazy(() => import('./pages/jobcentre/PositionSearchPage.js')) },
    { path: '/jobcentre/proposals', Page: lazy(() => import('./pages/jobcentre/ProposalsPage.js')) },
    { path: '/jobcentre/handover', Page: lazy(() => import('./pages/jobcentre/handover/HandoverPage.js')) },
    { path: '/jobcentre/denmark', Page: PositionsMapPage },
    { path: '/jobcentre/statistics', Page: StatisticsPage },
    { path: '/jobcentre/notifications', Page: NotificationsPage },
  ],
  UNION_REP: [
    { path: '/union/approvals', Page: lazy(() => import('./pages/union/ApprovalsPage.js')) },
    { path: '/union/programmes/:id', Page: lazy(() => import('./pages/union/ProgrammeDecisionPage.js')) },
    { path: '/union/denmark', Page: PositionsMapPage },
    { path: '/union/statistics', Page: StatisticsPage },
    { path: '/union/notifications', Page: NotificationsPage },
  ],
  ADMIN: [
    { path: '/administration/users', Page: lazy(() => import('./pages/administration/UsersPage.js')) },
    { path: '/administration/matching', Page: lazy(() => import('./pages/administration/MatchingPage.js')) },
    { path: '/administration/data-protection', Page: lazy(() => import('./pages/administration/DataProtectionPage.js')) },
    { path: '/administration/denmark', Page: PositionsMapPage },
    { path: '/administration/statistics', Page: StatisticsPage },
    { path: '/administration/notifications', Page: NotificationsPage },
  ],
};

/** Signed-out visitors go to sign-in; a signed-in user only gets their role's routes. */
export function AppRoutes() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <LoadingState />;

  if (state.status === 'signedOut') {
    return (
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="*" element={<Navigate to="/sign-in" replace state={{ from: location.pathname }} />} />
        </Routes>
      </Suspense>
    );
  }

  const { user } = state;
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route path="/" element={<Navigate to={homeOf(user.role)} replace />} />
        <Route path="/sign-in" element={<Navigate to={homeOf(user.role)} replace />} />
        <Route path="/register" element={<Navigate to={homeOf(user.role)} replace />} />
        <Route element={<Shell user={user} />}>
          {PAGES[user.role].map(({ path, Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
