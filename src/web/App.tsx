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
