import {
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Switch,
  TimePicker,
  Typography,
  message,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { useJourney, useJourneyList } from '../../lib/journeys.ts';
import { useSaveRule, useSurveyChoices } from './api.ts';
import type { TRule } from './api.ts';
import { CHANNELS, channelLabel } from './labels.ts';
import { RuleConditions } from './RuleConditions.tsx';
import { formFieldOf, formValuesOf, ruleOf } from './rule-form.ts';
import type { TRuleFormValues } from './rule-form.ts';
import { describeRuleProblem } from './rule-problem.ts';

/** Creates or edits a distribution rule: survey, trigger, conditions, sampling, timing, channel, priority. */
export function RuleDrawer({
  rule,
  open,
  onClose,
}: {
  rule: TRule | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TRuleFormValues>();
  const save = useSaveRule();
  const surveys = useSurveyChoices();
  const journeys = useJourneyList();
  const kind = Form.useWatch('kind', form);
  const journey = Form.useWatch('journey', form);
  const quiet = Form.useWatch('quiet', form);
  const journeyDoc = useJourney(journey ?? '');
  const touchpoints = journey ? (journeyDoc.data?.touchpoints ?? []) : [];
  const isNew = rule === null;

  const submit = async (values: TRuleFormValues) => {
    try {
      await save.mutateAsync({ rule: ruleOf(values), isNew });
      void message.success(t('Rule saved'));
      onClose();
    } catch (error) {
      if (!(error instanceof ApiError)) {
        void message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      // Each problem at the field that holds it; one no field holds is said at the top.
      const issues = error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }];
      const placed = issues.map((i) => ({
        name: formFieldOf(i.path, values.conditions ?? []),
        text: describeRuleProblem(i.message, t),
      }));
      // The paths come from the server at run time; the form's typed names cannot list them in advance.
      type TFields = Parameters<typeof form.setFields>[0];
      const atFields = placed.filter((p) => p.name !== undefined);
      form.setFields(atFields.map((p) => ({ name: p.name, errors: [p.text] })) as TFields);
      const first = atFields[0]?.name;
      if (first) form.scrollToField(first as TFields[number]['name'], { block: 'center' });
      const elsewhere = placed.filter((p) => p.name === undefined);
      if (elsewhere.length > 0) void message.error(elsewhere.map((p) => p.text).join(' '));
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size="large"
      title={isNew ? t('New distribution rule') : t('Edit distribution rule')}
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          {t('Save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={formValuesOf(rule)} onFinish={(v) => void submit(v)}>
        <Flex gap="middle">
          <Form.Item
            name="key"
            label={t('Key')}
            rules={[
              {
                required: true,
                pattern: /^[a-z0-9][a-z0-9_.-]*$/,
                message: t('Lower-case letters, digits, _ . -'),
              },
            ]}
            style={{ flex: 1 }}
          >
            <Input disabled={!isNew} />
          </Form.Item>
          <Form.Item name="name" label={t('Name')} rules={[{ required: true }]} style={{ flex: 2 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item name="survey" label={t('Survey')} rules={[{ required: true }]}>
          <Select
            loading={surveys.isPending}
            options={(surveys.data ?? []).map((s) => ({ value: s.key, label: `${s.name} (${s.key})` }))}
          />
        </Form.Item>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('Trigger')}
        </Typography.Title>
        <Form.Item name="kind" label={t('What starts an invitation')}>
          <Select
            options={[
              { value: 'moment', label: t('A moment at a touchpoint') },
              { value: 'episode_end', label: t('An episode’s end') },
              { value: 'case_closed', label: t('A case closed') },
              { value: 'schedule', label: t('A schedule') },
            ]}
          />
        </Form.Item>
        <Flex gap="middle">
          <Form.Item
            name="journey"
            label={t('Journey')}
            rules={[{ required: kind !== 'case_closed' }]}
            style={{ flex: 1 }}
          >
            <Select
              allowClear={kind === 'case_closed'}
              loading={journeys.isPending}
              options={(journeys.data ?? []).map((j) => ({ value: j.key, label: j.name }))}
            />
          </Form.Item>
          {kind === 'moment' && (
            <Form.Item
              name="touchpoint"
              label={t('Touchpoint')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <Select options={touchpoints.map((tp) => ({ value: tp.key, label: tp.name }))} />
            </Form.Item>
          )}
          {kind === 'episode_end' && (
            <Form.Item name="idleHours" label={t('Hours without a moment')} rules={[{ required: true }]}>
              <InputNumber min={1} max={720} />
            </Form.Item>
          )}
          {kind === 'schedule' && (
            <Form.Item name="everyDays" label={t('Every how many days')} rules={[{ required: true }]}>
              <InputNumber min={1} max={366} />
            </Form.Item>
          )}
        </Flex>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('Conditions')}
        </Typography.Title>
        <RuleConditions />
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('Sending')}
        </Typography.Title>
        <Flex gap="middle" wrap>
          <Form.Item name="samplingPercent" label={t('Sampling (%)')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item name="delayMinutes" label={t('Delay (minutes)')}>
            <InputNumber min={0} max={43200} />
          </Form.Item>
          <Form.Item name="recontactDays" label={t('Recontact period (days)')}>
            <InputNumber min={0} max={3650} />
          </Form.Item>
          <Form.Item name="priority" label={t('Priority (0-100)')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item name="reminderAfterHours" label={t('Reminder after (hours)')}>
            <InputNumber min={1} max={336} />
          </Form.Item>
        </Flex>
        <Form.Item name="channel" label={t('Channel')}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c, t) }))} />
        </Form.Item>
        <Flex gap="middle" align="end">
          <Form.Item name="quiet" label={t('Quiet hours')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {quiet && (
            <>
              <Form.Item name="quietStart" label={t('From')}>
                <TimePicker format="HH:mm" minuteStep={15} allowClear={false} />
              </Form.Item>
              <Form.Item name="quietEnd" label={t('To')}>
                <TimePicker format="HH:mm" minuteStep={15} allowClear={false} />
              </Form.Item>
            </>
          )}
        </Flex>
        <Form.Item name="enabled" label={t('Switched on')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
