import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { LoginRequest } from '../../../domain/contracts/auth';
import { useAuth } from '../../auth/auth';
import { describeError } from '../../components/errors';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Logo';
import { useT } from '../../i18n/i18n';
import { PUBLIC_PAGES } from '../public/publicPages';
import './login.css';

export default function LoginPage() {
  const { login } = useAuth();
  const t = useT();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  // On success the auth state changes and the login route redirects; nothing else to do here.
  const onFinish = async ({ username, password }: LoginRequest) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await login(username.trim(), password);
    } catch (e) {
      setError(describeError(e, t));
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Flex vertical align="center" gap={4} className="login-heading">
          <Logo size={48} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.title')}</Typography.Text>
        </Flex>
        <Form<LoginRequest> layout="vertical" size="large" requiredMark={false} onFinish={onFinish}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 24 }} />}
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" className="login-hint">
          {t('login.forgotPassword')}
        </Typography.Paragraph>
      </Card>
      <nav className="login-public" aria-label={t('login.publicServices')} data-testid="login-public-links">
        <Typography.Text type="secondary">{t('login.publicServices')}：</Typography.Text>
        {PUBLIC_PAGES.map((p) => (
          <Link key={p.path} to={p.path}>
            {t(p.label)}
          </Link>
        ))}
      </nav>
    </Flex>
  );
}
