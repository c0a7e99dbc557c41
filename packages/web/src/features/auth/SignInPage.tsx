import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SESSION_KEY } from '../../lib/session/session.ts';
import { signInWithEmail, verifyTotp } from '../../lib/session/sign-in.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import { describeAuthError } from './sign-in-error.ts';

/** Where to go after signing in: the page asked for, if it is one of ours. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The sign-in page: email and password, then the authenticator code when two-factor is on. */
export default function SignInPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    void navigate(safeNext(params.get('next')), { replace: true });
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(describeAuthError(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: token.colorBgLayout }}
    >
      <main>
        <Card style={{ width: 380 }}>
          <Flex vertical gap={token.marginMD}>
            <Flex align="center" justify="space-between">
              <Flex align="center" gap={token.marginXS}>
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
                  {t('Sign in to mot')}
                </Typography.Title>
              </Flex>
              <LanguagePicker />
            </Flex>
            {error && <Alert type="error" showIcon title={error} role="alert" />}
            {step === 'password' ? (
              <Form
                layout="vertical"
                requiredMark={false}
                onFinish={(values: { email: string; password: string }) =>
                  run(async () => {
                    const next = await signInWithEmail(values.email, values.password);
                    if (next === 'two_factor') setStep('code');
                    else await done();
                  })
                }
              >
                <Form.Item
                  label={t('Email')}
                  name="email"
                  rules={[{ required: true, type: 'email', message: t('Enter your email address') }]}
                >
                  <Input autoComplete="username" autoFocus />
                </Form.Item>
                <Form.Item
                  label={t('Password')}
                  name="password"
                  rules={[{ required: true, message: t('Enter your password') }]}
                >
                  <Input.Password autoComplete="current-password" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('Sign in')}
                </Button>
              </Form>
            ) : (
              <Form
                layout="vertical"
                requiredMark={false}
                onFinish={(values: { code: string }) =>
                  run(async () => {
                    await verifyTotp(values.code);
                    await done();
                  })
                }
              >
                <Typography.Paragraph>
                  {t('Enter the 6-digit code from your authenticator app.')}
                </Typography.Paragraph>
                <Form.Item
                  label={t('Code')}
                  name="code"
                  rules={[{ required: true, pattern: /^\d{6}$/, message: t('The code has 6 digits') }]}
                >
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('Verify')}
                </Button>
              </Form>
            )}
          </Flex>
        </Card>
      </main>
    </Flex>
  );
}
