import { SEVERITIES } from '@mot/core/loop/types';
import type { TSeverity } from '@mot/core/loop/types';
import {
  Alert,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  theme,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { severityLabel } from '../../lib/loop-labels.ts';
import type { TCalendarOut, TDepartmentOut, TPolicyDoc, TPolicyOut } from './api.ts';
import { useSavePolicy } from './api.ts';
import { formatWorkingTime } from './labels.ts';
import { departmentName } from '../../lib/departments.ts';

/** The targets of the defaults (core's DEFAULT_SLA_TARGETS), for a new policy. */
const NEW_TARGETS: TPolicyDoc['targets'] = {
  critical: { firstResponseMinutes: 30, resolutionMinutes: 240 },
  high: { firstResponseMinutes: 60, resolutionMinutes: 1440 },
  medium: { firstResponseMinutes: 240, resolutionMinutes: 2880 },
  low: { firstResponseMinutes: 480, resolutionMinutes: 2700 },
};

const ORDER: TSeverity[] = [...SEVERITIES].reverse();

/** Targets of one severity: first response and resolution, in working minutes. */
function SeverityTargets({ severity }: { severity: TSeverity }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const form = Form.useFormInstance<TPolicyDoc>();
  const first = Form.useWatch(['targets', severity, 'firstResponseMinutes'], form) as number | undefined;
  const resolution = Form.useWatch(['targets', severity, 'resolutionMinutes'], form) as number | undefined;
  return (
    <Flex gap={token.margin} align="start" wrap>
      <Typography.Text strong style={{ width: 80, lineHeight: `${token.controlHeight}px` }}>
        {severityLabel(severity, t)}
      </Typography.Text>
      <Form.Item
        name={['targets', severity, 'firstResponseMinutes']}
        label={t('First response')}
        extra={first ? formatWorkingTime(first, t) : undefined}
        rules={[{ required: true, type: 'integer', min: 1 }]}
      >
        <InputNumber min={1} step={15} suffix={t('min')} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name={['targets', severity, 'resolutionMinutes']}
        label={t('Resolution')}
        extra={resolution ? formatWorkingTime(resolution, t) : undefined}
        dependencies={[['targets', severity, 'firstResponseMinutes']]}
        rules={[
          { required: true, type: 'integer', min: 1 },
          ({ getFieldValue }) => ({
            validator: (_, value: number | undefined) =>
              value === undefined ||
              value >= (getFieldValue(['targets', severity, 'firstResponseMinutes']) as number)
                ? Promise.resolve()
                : Promise.reject(new Error(t('No shorter than the first response'))),
          }),
        ]}
      >
        <InputNumber min={1} step={60} suffix={t('min')} style={{ width: 140 }} />
      </Form.Item>
    </Flex>
  );
}

/** Creates an SLA policy (`policy` null) or edits one, in a drawer beside the list. */
export function PolicyDrawer({
  policy,
  open,
  calendars,
  journeys,
  departments,
  onClose,
}: {
  policy: TPolicyOut | null;
  open: boolean;
  calendars: TCalendarOut[];
  journeys: TJourneyDoc[];
  departments: TDepartmentOut[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<TPolicyDoc>();
  const save = useSavePolicy();
  const isDefault = Form.useWatch('isDefault', form) as boolean | undefined;
  const close = () => {
    save.reset();
    onClose();
  };
  const initial: TPolicyDoc = policy
    ? {
        name: policy.name,
        isDefault: policy.isDefault,
        calendarId: policy.calendarId,
        targets: policy.targets,
        journeys: policy.journeys,
        departments: policy.departments,
      }
    : {
        name: '',
        isDefault: false,
        calendarId: calendars.find((c) => c.isDefault)?.id ?? calendars[0]?.id ?? '',
        targets: NEW_TARGETS,
        journeys: [],
        departments: [],
      };
  return (
    <Drawer
      open={open}
      size={640}
      title={policy ? t('Edit SLA policy') : t('New SLA policy')}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={token.marginXS}>
          <Button onClick={close}>{t('Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('Save policy')}
          </Button>
        </Flex>
      }
    >
      <Form<TPolicyDoc>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) =>
          save.mutate(
            { id: policy?.id ?? null, body: { ...values, name: values.name.trim() } },
            {
              onSuccess: close,
              onError: (error) => {
                if (error instanceof ApiError && error.path.length > 0) {
                  form.setFields([{ name: error.path as never, errors: [error.message] }]);
                }
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('Name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input placeholder={t('e.g. Hotline')} />
        </Form.Item>
        <Form.Item name="calendarId" label={t('Business calendar')} rules={[{ required: true }]}>
          <Select options={calendars.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item
          name="isDefault"
          label={t('Default policy')}
          valuePropName="checked"
          extra={t('The default policy applies to every case no narrowed policy fits.')}
        >
          <Switch disabled={policy?.isDefault === true} />
        </Form.Item>
        {!isDefault && (
          <Flex gap={token.margin} wrap>
            <Form.Item name="journeys" label={t('Only for journeys')} style={{ flex: 1, minWidth: 220 }}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('Any journey')}
                options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
              />
            </Form.Item>
            <Form.Item
              name="departments"
              label={t('Only for departments')}
              style={{ flex: 1, minWidth: 220 }}
            >
              <Select
                mode="multiple"
                allowClear
                placeholder={t('Any department')}
                options={departments.map((d) => ({
                  value: d.name,
                  label: departmentName(d.name, departments),
                }))}
              />
            </Form.Item>
          </Flex>
        )}
        <Typography.Title level={2} style={{ fontSize: token.fontSizeHeading5 }}>
          {t('Targets in working minutes of the calendar')}
        </Typography.Title>
        {ORDER.map((severity) => (
          <SeverityTargets key={severity} severity={severity} />
        ))}
      </Form>
      {save.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The policy was not saved.')}
          description={
            save.error instanceof ApiError ? save.error.message : t('The server cannot be reached')
          }
        />
      )}
    </Drawer>
  );
}
