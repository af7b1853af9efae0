import { LogoutOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Grid, Layout, Menu, Tag, Typography } from 'antd';
import { createElement, Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../domain/access/roles';
import { useAuth, useCurrentUser } from '../auth/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Logo } from '../components/Logo';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n/i18n';
import { entryForPath, menuFor } from './menu';
import { NotificationBell } from './NotificationBell';
import { PageErrorBoundary } from './PageErrorBoundary';
import './shell.css';

export function AppShell() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const { lang, t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  // On a phone (an inspector on site) the menu folds away entirely and the header keeps only essentials.
  const phone = Grid.useBreakpoint().md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);
  // The menu overlays the page on a phone: close it once a page has been picked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => {
    if (phone) setCollapsed(true);
  }, [location.pathname]);

  const items = menuFor(user).map((entry) => ({
    key: entry.path,
    icon: createElement(entry.icon),
    label: <Link to={entry.path}>{t(entry.label)}</Link>,
  }));
  const selected = entryForPath(location.pathname)?.path;

  const onLogout = async () => {
    setLoggingOut(true);
    try {
      await logout();
    } finally {
      setLoggingOut(false);
      navigate('/login', { replace: true });
    }
  };

  return (
    <Layout className="shell">
      <Layout.Sider
        theme="light"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={216}
        breakpoint="md"
        collapsedWidth={phone ? 0 : 80}
        onBreakpoint={(broken) => setCollapsed(broken)}
        className={phone ? 'shell-sider shell-sider-phone' : 'shell-sider'}
      >
        <Flex align="center" gap={10} className="shell-brand">
          <Logo size={26} />
          {!collapsed && <span className="shell-brand-name">{t('app.shortName')}</span>}
        </Flex>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className={phone ? 'shell-header shell-header-phone' : 'shell-header'}>
          <Typography.Text className="shell-company" ellipsis>
            {phone ? t('app.shortName') : user.companyName}
          </Typography.Text>
          <Flex align="center" gap={phone ? 4 : 16}>
            {!phone && (
              <Flex align="center" gap={6} data-testid="shell-branch">
                <ShopOutlined />
                <span>{user.branch?.name ?? t('shell.companyWide')}</span>
              </Flex>
            )}
            <Flex align="center" gap={8} data-testid="shell-user">
              <Avatar size="small" icon={<UserOutlined />} />
              <span>{user.displayName}</span>
              {!phone && (
                <Tag color="blue" variant="filled">
                  {ROLE_LABELS[user.role][lang]}
                </Tag>
              )}
            </Flex>
            <NotificationBell compact />
            {!phone && <LanguageSwitch />}
            <Button
              type="text"
              icon={<LogoutOutlined />}
              loading={loggingOut}
              onClick={onLogout}
              aria-label={t('shell.logout')}
              title={t('shell.logout')}
            >
              {!phone && t('shell.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content className={phone ? 'shell-content shell-content-phone' : 'shell-content'}>
          <PageErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
