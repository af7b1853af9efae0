import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../../auth/auth';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { PageLoading } from '../../components/PageLoading';
import { useT } from '../../i18n/i18n';
import { PageErrorBoundary } from '../../shell/PageErrorBoundary';
import { PUBLIC_PAGES } from './publicPages';
import './public.css';

function selectedKey(pathname: string): string | undefined {
  // The longest matching path wins: /public/complaints/track is not /public/complaints.
  return [...PUBLIC_PAGES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))?.path;
}

/** The frame of the public pages: the company's mark, the public menu, language, and the way to staff sign-in. */
export default function PublicLayout() {
  const t = useT();
  const { user } = useAuth();
  const location = useLocation();
  const phone = Grid.useBreakpoint().md === false;
  const selected = selectedKey(location.pathname);
  return (
    <Layout className="public-layout">
      <Layout.Header className="public-header">
        <Link to="/public/fee-schedule" className="public-brand">
          <Logo size={28} />
          {!phone && <span>{t('app.name')}</span>}
        </Link>
        <Menu
          mode="horizontal"
          className="public-menu"
          selectedKeys={selected ? [selected] : []}
          items={PUBLIC_PAGES.map((p) => ({ key: p.path, label: <Link to={p.path}>{t(p.label)}</Link> }))}
        />
        <Flex align="center" gap={4}>
          {!phone && <LanguageSwitch />}
          <Link to={user ? '/' : '/login'}>
            <Button
              type="text"
              icon={<LoginOutlined />}
              aria-label={t(user ? 'public.toWorkbench' : 'public.staffLogin')}
            >
              {!phone && t(user ? 'public.toWorkbench' : 'public.staffLogin')}
            </Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content className="public-content">
        <div className="public-page">
          <PageErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </div>
      </Layout.Content>
      <Layout.Footer className="public-footer">
        <Typography.Text type="secondary">{t('public.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
