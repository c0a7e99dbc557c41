import { Button, Flex, Form, message, Select, theme, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import type { TWorkspaceSettings } from './api.ts';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from './api.ts';
import { CallbackSettingsFields } from './CallbackSettingsFields.tsx';
import { MutationError } from './MutationError.tsx';

/** The IANA time zones this browser knows (the server checks the same names). */
function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore', 'Europe/London', 'UTC'];
  }
}

/**
 * The workspace's time zone (dates are shown in it), default language, personal-data fields and how
 * callbacks are scheduled.
 */
export function WorkspacePanel() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const settings = useWorkspaceSettings();
  const save = useUpdateWorkspaceSettings();
  const [form] = Form.useForm<TWorkspaceSettings>();
  const [toast, toastHolder] = message.useMessage();
  const zones = useMemo(() => timeZones().map((zone) => ({ value: zone, label: zone })), []);
  return (
    <QueryState query={settings}>
      {(current) => (
        <Form<TWorkspaceSettings>
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={current}
          onFinish={(values) =>
            save.mutate(values, { onSuccess: () => void toast.success(t('Settings saved.')) })
          }
        >
          {toastHolder}
          <Form.Item
            name="timeZone"
            label={t('Time zone')}
            extra={t('Days and periods are counted in this zone, and times are shown in it.')}
            rules={[{ required: true }]}
          >
            <Select showSearch options={zones} />
          </Form.Item>
          <Form.Item
            name="language"
            label={t('Language')}
            extra={t('The language of reports and of people who have not chosen one.')}
          >
            <Select
              options={[
                { value: 'zh-CN', label: '简体中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="personalFields"
            label={t('Personal-data fields')}
            extra={t(
              'Customer attributes that are personal data: masked for roles without access to personal data. Type a name and press Enter to add one.',
            )}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
          <CallbackSettingsFields />
          <Flex vertical gap={token.margin}>
            <MutationError mutation={save} />
            <Flex gap={token.marginSM} align="center">
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('Save settings')}
              </Button>
              <Typography.Text type="secondary">
                {t('Every change is written to the audit log.')}
              </Typography.Text>
            </Flex>
          </Flex>
        </Form>
      )}
    </QueryState>
  );
}
