import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { can, useAuth, useCurrentUser } from '../auth/auth';
import { PageLoading } from '../components/PageLoading';
import { useT } from '../i18n/i18n';
import { type MenuEntry, menuFor } from './menu';

/** Sends visitors without a session to the login page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <PageLoading fullScreen />;
  if (user === null)
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return children;
}

/**
 * Renders a menu page (or one of its sub-pages) if the user's permissions include it; the server
 * enforces the same on every call.
 */
export function PageRoute({
  entry,
  page: Page = entry.page,
}: {
  entry: MenuEntry;
  page?: MenuEntry['page'];
}) {
  const user = useCurrentUser();
  const t = useT();
  if (can(user, entry.permission)) return <Page />;
  if (entry.path === '/') {
    // Roles without a workbench (none today among staff) land on their first page instead.
    const first = menuFor(user)[0];
    return first ? (
      <Navigate to={first.path} replace />
    ) : (
      <Result status="info" title={t('shell.noEntries')} />
    );
  }
  return (
    <Result
      status="403"
      title={t('shell.forbidden.title')}
      subTitle={t('shell.forbidden.detail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('shell.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('shell.notFound.title')}
      subTitle={t('shell.notFound.detail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('shell.backHome')}</Button>
        </Link>
      }
    />
  );
}
