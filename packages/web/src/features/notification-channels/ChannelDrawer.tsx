import { Alert, Button, Drawer, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { severityLabel } from '../../lib/loop-labels.ts';
import type { TChannel, TChannelChange, TNewChannel } from './api.ts';
import { useCreateChannel, useUpdateChannel } from './api.ts';
import { CHANNEL_KINDS, eventLabel, EVENTS, kindLabel } from './labels.ts';

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

type TValues = {
  name: string;
  kind: TChannel['kind'];
  enabled: boolean;
  events: TChannel['subscription']['events'];
  journeys: string[];
  departments: string[];
  severities: Array<(typeof SEVERITIES)[number]>;
  url?: string;
  secret?: string;
  host?: string;
  port?: number;
  secure?: boolean;
  user?: string;
  password?: string;
  from?: string;
  to?: string[];
};

function valuesOf(channel: TChannel | null): Partial<TValues> {
  if (!channel) {
    return {
      kind: 'wecom',
      enabled: true,
      events: ['case.created', 'case.escalated'],
      port: 587,
      secure: false,
    };
  }
  const config = channel.config as Record<string, unknown>;
  return {
    name: channel.name,
    kind: channel.kind,
    enabled: channel.enabled,
    events: channel.subscription.events,
    journeys: channel.subscription.journeys ?? [],
    departments: channel.subscription.departments ?? [],
    severities: channel.subscription.severities ?? [],
    ...(channel.kind === 'email'
      ? {
          host: String(config['host'] ?? ''),
          port: Number(config['port'] ?? 587),
          secure: Boolean(config['secure']),
          user: typeof config['user'] === 'string' ? config['user'] : '',
          from: String(config['from'] ?? ''),
          to: Array.isArray(config['to']) ? (config['to'] as string[]) : [],
        }
      : {}),
  };
}

function subscriptionOf(v: TValues): TNewChannel['subscription'] {
  return {
    events: v.events,
    ...(v.journeys?.length ? { journeys: v.journeys } : {}),
    ...(v.departments?.length ? { departments: v.departments } : {}),
    ...(v.severities?.length ? { severities: v.severities } : {}),
  };
}

function newBody(v: TValues): TNewChannel {
  const base = { name: v.name.trim(), enabled: v.enabled, subscription: subscriptionOf(v) };
  switch (v.kind) {
    case 'webhook':
    case 'wecom':
    case 'slack':
      return { ...base, kind: v.kind, url: v.url?.trim() ?? '' };
    case 'dingtalk':
      return { ...base, kind: 'dingtalk', url: v.url?.trim() ?? '', secret: v.secret?.trim() ?? '' };
    case 'email':
      return {
        ...base,
        kind: 'email',
        host: v.host?.trim() ?? '',
        port: v.port ?? 587,
        secure: v.secure ?? false,
        user: v.user?.trim() || null,
        password: v.password || null,
        from: v.from?.trim() ?? '',
        to: v.to ?? [],
      };
  }
}

/** A change: settings as edited; a secret or URL left empty keeps the stored one. */
function changeBody(v: TValues): TChannelChange {
  const body: TChannelChange = { name: v.name.trim(), enabled: v.enabled, subscription: subscriptionOf(v) };
  if (v.url?.trim()) body.url = v.url.trim();
  if (v.secret?.trim()) body.secret = v.secret.trim();
  if (v.kind === 'email') {
    Object.assign(body, {
      host: v.host?.trim(),
      port: v.port,
      secure: v.secure ?? false,
      user: v.user?.trim() || null,
      from: v.from?.trim(),
      to: v.to ?? [],
    });
    if (v.password) body.password = v.password;
  }
  return body;
}

/** Creates a channel (`channel` null) or edits one: its kind's settings and what it receives. */
export function ChannelDrawer({
  channel,
  open,
  journeys,
  onClose,
  onCreated,
}: {
  channel: TChannel | null;
  open: boolean;
  journeys: TJourneyDoc[];
  onClose: () => void;
  onCreated: (created: { name: string; secret?: string | undefined }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const create = useCreateChannel();
  const update = useUpdateChannel();
  const kind = Form.useWatch('kind', form) ?? channel?.kind ?? 'wecom';
  const editing = channel !== null;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  const submit = (values: TValues) => {
    if (channel) {
      update.mutate({ channel: channel.id, body: changeBody(values) }, { onSuccess: close });
    } else {
      create.mutate(newBody(values), {
        onSuccess: (answer) => {
          close();
          onCreated({ name: answer.name, secret: answer.secret });
        },
      });
    }
  };
  const failed = create.isError ? create.error : update.isError ? update.error : null;
  const keepHint = editing ? t('Leave empty to keep the stored value.') : undefined;
  const maskedUrl = channel ? String((channel.config as Record<string, unknown>)['url'] ?? '') : '';
  const urlPlaceholder =
    kind === 'wecom'
      ? 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...'
      : kind === 'dingtalk'
        ? 'https://oapi.dingtalk.com/robot/send?access_token=...'
        : kind === 'slack'
          ? 'https://hooks.slack.com/services/...'
          : 'https://example.com/mot-webhook';
  return (
    <Drawer
      open={open}
      size={560}
      title={editing ? t('Edit notification channel') : t('New notification channel')}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('Cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('Save channel')}
          </Button>
        </Flex>
      }
    >
      <Form<TValues> form={form} layout="vertical" initialValues={valuesOf(channel)} onFinish={submit}>
        <Form.Item
          name="name"
          label={t('Name')}
          rules={[{ required: true, whitespace: true, message: t('Name the channel.') }]}
        >
          <Input placeholder={t('e.g. Service team group')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('Kind')} rules={[{ required: true }]}>
          <Select
            disabled={editing}
            options={CHANNEL_KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))}
          />
        </Form.Item>
        {kind !== 'email' && (
          <Form.Item
            name="url"
            label={t('Address (URL)')}
            extra={editing ? `${maskedUrl} · ${keepHint}` : undefined}
            rules={
              editing ? [] : [{ required: true, message: t('Paste the address of the robot or receiver.') }]
            }
          >
            <Input placeholder={urlPlaceholder} autoComplete="off" />
          </Form.Item>
        )}
        {kind === 'dingtalk' && (
          <Form.Item
            name="secret"
            label={t('Signing secret (加签)')}
            extra={keepHint}
            rules={
              editing ? [] : [{ required: true, message: t('Paste the robot’s signing secret (SEC...).') }]
            }
          >
            <Input.Password placeholder="SEC..." autoComplete="off" />
          </Form.Item>
        )}
        {kind === 'webhook' && !editing && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('mot makes the signing secret and shows it once, after saving.')}
          />
        )}
        {kind === 'email' && (
          <>
            <Flex gap={8}>
              <Form.Item
                name="host"
                label={t('SMTP server')}
                style={{ flex: 1 }}
                rules={[{ required: true, message: t('Name the SMTP server.') }]}
              >
                <Input placeholder="smtp.example.com" autoComplete="off" />
              </Form.Item>
              <Form.Item name="port" label={t('Port')} rules={[{ required: true }]}>
                <InputNumber min={1} max={65535} />
              </Form.Item>
            </Flex>
            <Form.Item name="secure" label={t('TLS from the start (port 465)')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="user" label={t('User')}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label={t('Password')} extra={keepHint}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="from"
              label={t('From')}
              rules={[{ required: true, type: 'email', message: t('An e-mail address.') }]}
            >
              <Input placeholder="mot@example.com" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="to"
              label={t('Recipients')}
              rules={[{ required: true, type: 'array', min: 1, message: t('At least one recipient.') }]}
            >
              <Select mode="tags" tokenSeparators={[',', ' ']} placeholder="lead@example.com" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="events"
          label={t('Events')}
          rules={[{ required: true, type: 'array', min: 1, message: t('Choose at least one event.') }]}
        >
          <Select mode="multiple" options={EVENTS.map((e) => ({ value: e, label: eventLabel(e, t) }))} />
        </Form.Item>
        <Form.Item name="journeys" label={t('Only these journeys')} extra={t('Empty: all journeys.')}>
          <Select
            mode="multiple"
            allowClear
            options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
          />
        </Form.Item>
        <Form.Item
          name="departments"
          label={t('Only these departments')}
          extra={t('Empty: all departments.')}
        >
          <Select
            mode="tags"
            allowClear
            options={[...new Set(journeys.flatMap((j) => j.touchpoints.map((tp) => tp.owner)))].map((o) => ({
              value: o,
              label: o,
            }))}
          />
        </Form.Item>
        <Form.Item name="severities" label={t('Only these severities')} extra={t('Empty: all severities.')}>
          <Select
            mode="multiple"
            allowClear
            options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, t) }))}
          />
        </Form.Item>
        <Form.Item name="enabled" label={t('Enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {failed && (
        <Alert
          type="error"
          showIcon
          title={t('The channel was not saved.')}
          description={failed instanceof ApiError ? failed.message : t('The server cannot be reached')}
        />
      )}
    </Drawer>
  );
}
