import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import type { TChannelSettings, TSendOutcome } from './api.ts';
import { useSaveChannelSettings, useSendChannelTest } from './api.ts';

type TBilingual = { 'zh-CN': string; en: string };
type TFieldRow = { field: string; zh: string; en: string };

/** The form's values: the API's settings, WeChat's field mapping as rows. */
function toForm(c: TChannelSettings): Record<string, unknown> {
  const values: Record<string, unknown> = { ...c.settings, enabled: c.configured ? c.enabled : true };
  if (c.kind === 'wechat') {
    const fields = (c.settings['fields'] ?? {}) as Record<string, TBilingual>;
    values['fieldRows'] = Object.entries(fields).map(([field, text]) => ({
      field,
      zh: text['zh-CN'],
      en: text.en,
    }));
    delete values['fields'];
  }
  return values;
}

/** The body of PUT: a secret left empty is left out (the stored one is kept). */
function toBody(kind: TChannelSettings['kind'], values: Record<string, unknown>): Record<string, unknown> {
  const body = Object.fromEntries(
    Object.entries(values).filter(
      ([name, value]) =>
        !((name === 'secret' || name === 'password') && (value === undefined || value === '')),
    ),
  );
  if (kind === 'wechat') {
    const rows = (body['fieldRows'] ?? []) as TFieldRow[];
    body['fields'] = Object.fromEntries(rows.map((r) => [r.field, { 'zh-CN': r.zh, en: r.en }]));
    delete body['fieldRows'];
  }
  if (kind === 'email' && body['user'] === '') body['user'] = null;
  if (kind === 'phone' && body['department'] === '') body['department'] = null;
  return body;
}

const bilingualItems = (name: string, label: string, t: (k: string) => string, rows = 2) => (
  <Flex gap={12} wrap>
    <Form.Item name={[name, 'zh-CN']} label={`${label} (${t('Chinese')})`} style={{ flex: 1, minWidth: 260 }}>
      <Input.TextArea rows={rows} />
    </Form.Item>
    <Form.Item name={[name, 'en']} label={`${label} (${t('English')})`} style={{ flex: 1, minWidth: 260 }}>
      <Input.TextArea rows={rows} />
    </Form.Item>
  </Flex>
);

/** The test of a channel: an address the administrator types, sent at once, the receiver's answer shown. */
function TestSend({ kind }: { kind: 'sms' | 'wechat' | 'email' }) {
  const { t } = useTranslation();
  const send = useSendChannelTest();
  const [address, setAddress] = useState('');
  const [outcome, setOutcome] = useState<TSendOutcome | null>(null);
  const label = kind === 'sms' ? t('Mobile number') : kind === 'wechat' ? t('Openid') : t('E-mail address');
  return (
    <Flex vertical gap={8}>
      <Space.Compact style={{ maxWidth: 480 }}>
        <Input
          aria-label={t('Test address: {{what}}', { what: label })}
          placeholder={label}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        <Button
          icon={<SendOutlined />}
          disabled={address.trim() === ''}
          loading={send.isPending}
          onClick={() =>
            send.mutate(
              { kind, address: address.trim() },
              {
                onSuccess: setOutcome,
                onError: (e) =>
                  setOutcome({
                    status: 'failed',
                    retry: false,
                    detail: e instanceof ApiError ? e.message : t('This could not be sent.'),
                    deliveryId: null,
                  }),
              },
            )
          }
        >
          {t('Send test')}
        </Button>
      </Space.Compact>
      {outcome && (
        <Alert
          data-testid="test-outcome"
          type={outcome.status === 'sent' ? 'success' : 'error'}
          showIcon
          title={outcome.status === 'sent' ? t('Test message sent') : t('The test message was not sent')}
          description={outcome.detail}
        />
      )}
    </Flex>
  );
}

/** One kind's settings: the gateway or server, the wording, the customer attribute holding the address. */
export function ChannelSettingsForm({ channel }: { channel: TChannelSettings }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const save = useSaveChannelSettings();
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const kind = channel.kind;
  // Saved settings (a new updatedAt) go back into the form as stored (the secret emptied, its hint shown),
  // without remounting: the "saved" notice and a test address being typed stay.
  useEffect(() => form.resetFields(), [form, channel.updatedAt]);
  const secretPlaceholder = channel.secretHint
    ? t('Unchanged ({{hint}})', { hint: channel.secretHint })
    : undefined;
  const submit = (values: Record<string, unknown>) => {
    setError(undefined);
    setSaved(false);
    save.mutate(
      { kind, body: toBody(kind, values) },
      {
        onSuccess: () => setSaved(true),
        onError: (e) => setError(e instanceof ApiError ? e.message : t('This could not be saved.')),
      },
    );
  };
  return (
    <Flex vertical gap={16}>
      <Form form={form} layout="vertical" initialValues={toForm(channel)} onFinish={submit}>
        <Form.Item name="enabled" label={t('Enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {(kind === 'sms' || kind === 'wechat') && (
          <>
            <Form.Item
              name="url"
              label={t('Gateway URL')}
              extra={t('Receives a signed POST per invitation.')}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="secret"
              label={t('Signing secret')}
              extra={t('HMAC-SHA256 key shared with the gateway, at least 16 characters; never shown again.')}
            >
              <Input.Password placeholder={secretPlaceholder} autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        {kind === 'sms' && (
          <>
            <Form.Item
              name="signature"
              label={t('Signature (签名)')}
              extra={t('Shown as 【signature】 at the start of every text.')}
            >
              <Input maxLength={12} />
            </Form.Item>
            {bilingualItems('templates', t('Text'), t, 3)}
            <Typography.Text type="secondary">
              {t('Placeholders: {survey}, {link}, {expires}.')}
            </Typography.Text>
            {bilingualItems('unsubscribe', t('Unsubscribe wording'), t, 1)}
            <Form.Item name="phoneAttribute" label={t('Customer attribute with the mobile number')}>
              <Input />
            </Form.Item>
          </>
        )}
        {kind === 'wechat' && (
          <>
            <Form.Item name="templateId" label={t('Template id')}>
              <Input />
            </Form.Item>
            <Typography.Text strong>{t('Template fields')}</Typography.Text>
            <Typography.Paragraph type="secondary">
              {t('Placeholders: {survey}, {link}, {expires}, {unsubscribe}.')}
            </Typography.Paragraph>
            <Form.List name="fieldRows">
              {(rows, { add, remove }) => (
                <Flex vertical gap={4}>
                  {rows.map((row) => (
                    <Flex key={row.key} gap={8} align="start" wrap>
                      <Form.Item name={[row.name, 'field']} aria-label={t('Field')}>
                        <Input placeholder={t('Field')} aria-label={t('Field')} style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'zh']}>
                        <Input placeholder={t('Chinese')} aria-label={t('Chinese')} style={{ width: 220 }} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'en']}>
                        <Input placeholder={t('English')} aria-label={t('English')} style={{ width: 220 }} />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('Remove field')}
                        onClick={() => remove(row.name)}
                      />
                    </Flex>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ field: '', zh: '', en: '' })}>
                    {t('Add field')}
                  </Button>
                </Flex>
              )}
            </Form.List>
            <Form.Item name="openidAttribute" label={t('Customer attribute with the WeChat openid')}>
              <Input />
            </Form.Item>
          </>
        )}
        {kind === 'email' && (
          <>
            <Flex gap={12} wrap>
              <Form.Item name="host" label={t('SMTP host')} style={{ flex: 1, minWidth: 240 }}>
                <Input />
              </Form.Item>
              <Form.Item name="port" label={t('Port')}>
                <InputNumber min={1} max={65535} />
              </Form.Item>
              <Form.Item name="secure" label={t('TLS from the start')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap>
              <Form.Item name="user" label={t('User')} style={{ flex: 1, minWidth: 200 }}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="password" label={t('Password')} style={{ flex: 1, minWidth: 200 }}>
                <Input.Password placeholder={secretPlaceholder} autoComplete="new-password" />
              </Form.Item>
            </Flex>
            <Form.Item name="from" label={t('From address')}>
              <Input />
            </Form.Item>
            {bilingualItems('subjects', t('Subject'), t, 1)}
            <Form.Item name="emailAttribute" label={t('Customer attribute with the e-mail address')}>
              <Input />
            </Form.Item>
          </>
        )}
        {kind === 'phone' && (
          <>
            <Form.Item
              name="department"
              label={t('Department whose agents call')}
              extra={t(
                'Empty: any agent. The callback task’s script is the survey, in the customer’s language.',
              )}
            >
              <Input />
            </Form.Item>
            <Form.Item name="phoneAttribute" label={t('Customer attribute with the phone number')}>
              <Input />
            </Form.Item>
          </>
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {saved && <Alert type="success" showIcon title={t('Saved')} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('Save')}
        </Button>
      </Form>
      {kind !== 'phone' && channel.configured && (
        <Card size="small" title={t('Send a test message')}>
          <TestSend kind={kind} />
        </Card>
      )}
    </Flex>
  );
}
