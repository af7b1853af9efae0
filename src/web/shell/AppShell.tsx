import { LogoutOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Layout, Menu, Tag, Typography } from 'antd';
import { createElement, Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../domain/access/roles';
import { useAuth, useCurrentUser } from '../auth/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Logo } from '../components/Logo';
import { PageLoading } from '../components/PageLoading';
import { useI18n } from '../i18n/i18n';
import { entryForPath, menuFor } from './menu';
import { PageErrorBoundary } from './PageErrorBoundary';
import './shell.css';

export function AppShell() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const { lang, t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);

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
        className="shell-sider"
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
        <Layout.Header className="shell-header">
          <Typography.Text className="shell-company" ellipsis>
            {user.companyName}
          </Typography.Text>
          <Flex align="center" gap={16}>
            <Flex align="center" gap={6} data-testid="shell-branch">
              <ShopOutlined />
              <span>{user.branch?.name ?? t('shell.companyWide')}</span>
            </Flex>
            <Flex align="center" gap={8} data-testid="shell-user">
              <Avatar size="small" icon={<UserOutlined />} />
              <span>{user.displayName}</span>
              <Tag color="blue" variant="filled">
                {ROLE_LABELS[user.role][lang]}
              </Tag>
            </Flex>
            <LanguageSwitch />
            <Button type="text" icon={<LogoutOutlined />} loading={loggingOut} onClick={onLogout}>
              {t('shell.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content className="shell-content">
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
