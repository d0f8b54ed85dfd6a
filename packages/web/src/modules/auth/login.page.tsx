import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@djt/shared';
import { loginMutation } from '../../app/session.operations';
import { useSession } from '../../app/session.provider';
import { homePath } from '../../lib/actor';
import { useLang } from '../../lib/use-lang';
import { LanguageSwitch } from '../../ui/language-switch';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { lang, errorText } = useLang();
  const { me, actor, notice, afterLogin } = useSession();
  const location = useLocation();
  const [{ fetching, error }, login] = useMutation(loginMutation);
  const [submitted, setSubmitted] = useState(false);

  if (me && actor) {
    // Back to the page the user was on when the session ran out, if any.
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : homePath(actor)} replace />;
  }

  const onFinish = async (values: LoginValues) => {
    setSubmitted(true);
    const res = await login({ username: values.username.trim(), password: values.password });
    if (res.data?.login) afterLogin();
  };

  return (
    <main className="djt-login">
      <div className="djt-login__lang">
        <LanguageSwitch />
      </div>
      <div className="djt-login__card">
        <div className="djt-login__brand">
          <span className="djt-logo" aria-hidden>
            党
          </span>
          <div>
            <h1 className="djt-login__title">{t('app.name')}</h1>
            <p className="djt-muted djt-login__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        {notice && !submitted ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            message={errorMessage(notice, lang)}
            style={{ marginBottom: 16 }}
            data-testid="session-notice"
          />
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={errorText(error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        ) : null}
        <Form<LoginValues> layout="vertical" requiredMark={false} onFinish={onFinish} aria-label={t('login.title')}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined aria-hidden />}
              autoComplete="username"
              autoFocus
              size="large"
              data-testid="login-username"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined aria-hidden />}
              autoComplete="current-password"
              size="large"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={fetching} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </div>
    </main>
  );
}
