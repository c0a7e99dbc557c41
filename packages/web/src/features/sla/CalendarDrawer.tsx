import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { findCalendarProblems } from '@mot/core/loop/calendar';
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Switch,
  theme,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import type { TCalendarDoc, TCalendarOut } from './api.ts';
import { useSaveCalendar } from './api.ts';
import type { TCalendarValues } from './calendar-values.ts';
import {
  WEEK_ORDER,
  calendarDocOf,
  calendarValuesOf,
  formPathOf,
  newCalendarValues,
} from './calendar-values.ts';
import { calendarProblemText, weekdayName } from './labels.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Shows problems (core's check before sending, the server's after) at their fields; false when none. */
function showProblems(
  form: FormInstance<TCalendarValues>,
  doc: TCalendarDoc,
  problems: Array<{ path: (string | number)[]; message: string }>,
  t: TFunction,
): boolean {
  const fields = problems
    .map((p) => ({ name: formPathOf(doc, p.path), errors: [calendarProblemText(p.message, t)] }))
    .filter((f): f is { name: (string | number)[]; errors: string[] } => f.name !== null);
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  return problems.length > 0;
}

/** Opening hours of one weekday: several ranges (a lunch break), or none (closed). */
function DayHours({ day }: { day: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Form.List name={['week', day]}>
      {(fields, { add, remove }) => (
        <Flex gap={token.marginXS} align="start" wrap>
          <Typography.Text style={{ width: 72, lineHeight: `${token.controlHeight}px` }}>
            {weekdayName(day, t)}
          </Typography.Text>
          <Flex vertical gap={token.marginXXS} style={{ flex: 1 }}>
            {fields.length === 0 && (
              <Typography.Text type="secondary" style={{ lineHeight: `${token.controlHeight}px` }}>
                {t('Closed')}
              </Typography.Text>
            )}
            {fields.map((field) => (
              <Flex key={field.key} gap={token.marginXXS} align="start">
                <Form.Item
                  name={[field.name, 'start']}
                  noStyle={false}
                  style={{ marginBottom: 0 }}
                  rules={[{ pattern: TIME, message: t('HH:MM') }]}
                >
                  <Input aria-label={t('Opens at')} placeholder="09:00" style={{ width: 88 }} />
                </Form.Item>
                <Typography.Text style={{ lineHeight: `${token.controlHeight}px` }}>–</Typography.Text>
                <Form.Item
                  name={[field.name, 'end']}
                  style={{ marginBottom: 0 }}
                  rules={[{ pattern: TIME, message: t('HH:MM (24:00 ends the day)') }]}
                >
                  <Input aria-label={t('Closes at')} placeholder="18:00" style={{ width: 88 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('Remove these hours')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
          </Flex>
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({ start: '09:00', end: '18:00' })}>
            {t('Hours')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** Creates a business calendar (`calendar` null) or edits one, in a drawer beside the list. */
export function CalendarDrawer({
  calendar,
  open,
  defaultTimeZone,
  onClose,
}: {
  calendar: TCalendarOut | null;
  open: boolean;
  defaultTimeZone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<TCalendarValues>();
  const save = useSaveCalendar();
  const zones = useMemo(
    () => Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: zone })),
    [],
  );
  const close = () => {
    save.reset();
    onClose();
  };
  const submit = (values: TCalendarValues) => {
    const doc = calendarDocOf(values);
    if (
      showProblems(
        form,
        doc,
        findCalendarProblems(doc.calendar).map((p) => ({ ...p, path: ['calendar', ...p.path] })),
        t,
      )
    ) {
      return;
    }
    save.mutate(
      { id: calendar?.id ?? null, body: doc },
      {
        onSuccess: close,
        onError: (error) => {
          if (error instanceof ApiError) {
            showProblems(
              form,
              doc,
              error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }],
              t,
            );
          }
        },
      },
    );
  };
  return (
    <Drawer
      open={open}
      size={560}
      title={calendar ? t('Edit business calendar') : t('New business calendar')}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={token.marginXS}>
          <Button onClick={close}>{t('Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('Save calendar')}
          </Button>
        </Flex>
      }
    >
      <Form<TCalendarValues>
        form={form}
        layout="vertical"
        initialValues={calendar ? calendarValuesOf(calendar) : newCalendarValues(defaultTimeZone)}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('Name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input placeholder={t('e.g. China 2026 working days')} />
        </Form.Item>
        <Form.Item name="timeZone" label={t('Time zone')} rules={[{ required: true }]}>
          <Select showSearch options={zones} />
        </Form.Item>
        <Form.Item name="isDefault" label={t('Default calendar')} valuePropName="checked">
          <Switch disabled={calendar?.isDefault === true} />
        </Form.Item>
        <Form.Item
          label={t('Weekly opening hours')}
          extra={t('Several ranges a day make a lunch break; 00:00-24:00 is open all day.')}
        >
          <Flex vertical gap={token.marginXS}>
            {WEEK_ORDER.map((day) => (
              <DayHours key={day} day={day} />
            ))}
          </Flex>
        </Form.Item>
        <Form.Item name="holidays" label={t('Holidays (closed all day)')}>
          <DatePicker multiple style={{ width: '100%' }} />
        </Form.Item>
        <Form.List name="workdays">
          {(fields, { add, remove }) => (
            <Form.Item
              label={t('Make-up working days (调休)')}
              extra={t('A weekend date that works with the hours of the weekday named.')}
            >
              <Flex vertical gap={token.marginXS}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={token.marginXS} align="start">
                    <Form.Item
                      name={[field.name, 'date']}
                      style={{ marginBottom: 0 }}
                      rules={[{ required: true }]}
                    >
                      <DatePicker aria-label={t('Date')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'as']} style={{ marginBottom: 0 }} label={t('works as')}>
                      <Select
                        style={{ width: 140 }}
                        options={WEEK_ORDER.map((day) => ({ value: day, label: weekdayName(day, t) }))}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('Remove')}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ date: null, as: 1 })}
                  style={{ alignSelf: 'start' }}
                >
                  {t('Add a make-up working day')}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      </Form>
      {save.isError && (
        <Alert
          type="error"
          showIcon
          title={t('The calendar was not saved.')}
          description={
            save.error instanceof ApiError ? save.error.message : t('The server cannot be reached')
          }
        />
      )}
    </Drawer>
  );
}
