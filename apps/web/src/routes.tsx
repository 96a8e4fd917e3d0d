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
type Placeholders = typeof import('./pages/placeholders.js');
const page = (name: Exclude<keyof Placeholders, 'PageFrame'>) =>
  lazy(async () => ({ default: (await import('./pages/placeholders.js'))[name] }));

const PAGES: Record<Role, { path: string; Page: LazyExoticComponent<ComponentType> }[]> = {
  EMPLOYER: [
    { path: '/employer/positions', Page: page('EmployerPositionsPage') },
    { path: '/employer/programmes', Page: page('EmployerProgrammesPage') },
    { path: '/employer/denmark', Page: PositionsMapPage },
  ],
  JOBCENTRE: [
    { path: '/jobcentre/candidates', Page: page('CandidatesPage') },
    { path: '/jobcentre/positions', Page: page('PositionSearchPage') },
    { path: '/jobcentre/proposals', Page: page('ProposalsPage') },
    { path: '/jobcentre/denmark', Page: PositionsMapPage },
  ],
  UNION_REP: [
    { path: '/union/approvals', Page: page('ApprovalsPage') },
    { path: '/union/denmark', Page: PositionsMapPage },
  ],
  ADMIN: [
    { path: '/administration/users', Page: page('UsersPage') },
    { path: '/administration/matching', Page: page('MatchingPage') },
    { path: '/administration/denmark', Page: PositionsMapPage },
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
