import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AuthProvider } from './auth/AuthProvider';
import { useAuth } from './auth/auth';
import { PageLoading } from './components/PageLoading';
import { I18nProvider } from './i18n/I18nProvider';
import { AppShell } from './shell/AppShell';
import { MENU } from './shell/menu';
import { NotFound, PageRoute, RequireAuth } from './shell/RouteGuards';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const PublicLayout = lazy(() => import('./pages/public/PublicLayout'));
const FeeSchedulePublicPage = lazy(() => import('./pages/public/FeeSchedulePublicPage'));
const FormsPage = lazy(() => import('./pages/public/FormsPage'));
const VerifyPage = lazy(() => import('./pages/public/VerifyPage'));
const ComplaintFilePage = lazy(() => import('./pages/public/ComplaintFilePage'));
const ComplaintTrackPage = lazy(() => import('./pages/public/ComplaintTrackPage'));

function LoginRoute() {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <PageLoading fullScreen />;
  if (user) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
      <LoginPage />
    </Suspense>
  );
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginRoute />} />
            {/* Public pages: no sign-in, their own frame (fee schedule, forms, verification, complaints). */}
            <Route
              element={
                <Suspense fallback={<PageLoading fullScreen />}>
                  <PublicLayout />
                </Suspense>
              }
            >
              <Route path="/public" element={<Navigate to="/public/fee-schedule" replace />} />
              <Route path="/public/fee-schedule" element={<FeeSchedulePublicPage />} />
              <Route path="/public/forms" element={<FormsPage />} />
              <Route path="/public/complaints" element={<ComplaintFilePage />} />
              <Route path="/public/complaints/track" element={<ComplaintTrackPage />} />
              <Route path="/verify" element={<VerifyPage />} />
              <Route path="/verify/:certificateNo" element={<VerifyPage />} />
            </Route>
            <Route
              element={
                <RequireAuth>
                  <AppShell />
                </RequireAuth>
              }
            >
              {MENU.map((entry) =>
                entry.path === '/' ? (
                  <Route key={entry.path} index element={<PageRoute entry={entry} />} />
                ) : (
                  <Route key={entry.path} path={entry.path.slice(1)}>
                    <Route index element={<PageRoute entry={entry} />} />
                    {entry.subPages?.map((sub) => (
                      <Route
                        key={sub.path}
                        path={sub.path}
                        element={<PageRoute entry={entry} page={sub.page} />}
                      />
                    ))}
                  </Route>
                ),
              )}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
