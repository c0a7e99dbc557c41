import { ALERT_RULE_KINDS } from '@mot/core/loop/alert-rules';
import { SEVERITIES } from '@mot/core/loop/types';
import { Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TRuleValues } from './form-values.ts';
import { kindLabel } from './labels.ts';
import { severityLabel } from '../../lib/loop-labels.ts';

/**
 * The fields of an alert rule: its name, what triggers it (the kind and that kind's thresholds), where it
 * applies (journey, touchpoint), how severe it is and whether it opens a case.
 */
export function AlertRuleForm({
  form,
  journeys,
  initialValues,
  onFinish,
}: {
  form: FormInstance<TRuleValues>;
  journeys: TJourneyDoc[];
  initialValues: TRuleValues;
  onFinish: (values: TRuleValues) => void;
}) {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const journey = Form.useWatch('journey', form);
  const touchpoint = Form.useWatch('touchpoint', form);
  const touchpoints = journeys.filter((j) => !journey || j.key === journey).flatMap((j) => j.touchpoints);
  const touchpointOptions = [...new Map(touchpoints.map((tp) => [tp.key, tp])).values()];
  const measures = [
    ...new Map(
      touchpoints
        .filter((tp) => !touchpoint || tp.key === touchpoint)
        .flatMap((tp) => tp.measures)
        .map((m) => [m.key, m]),
    ).values(),
  ];
  const required = { required: true, message: t('Required') };
  return (
    <Form<TRuleValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      requiredMark="optional"
    >
      <Form.Item name="name" label={t('Name')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('Raised when')} rules={[required]}>
        <Select options={ALERT_RULE_KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))} />
      </Form.Item>
      {kind === 'floor_breach' && (
        <Form.Item name="measure" label={t('Measure')} extra={t('Empty: any measure of the touchpoint.')}>
          <Select
            allowClear
            placeholder={t('Any measure')}
            options={measures.map((m) => ({ value: m.key, label: localName(m) }))}
          />
        </Form.Item>
      )}
      {kind === 'nps_detractor' && (
        <Form.Item name="npsMax" label={t('Likelihood to recommend at most (0-10)')} rules={[required]}>
          <InputNumber min={0} max={10} precision={0} />
        </Form.Item>
      )}
      {kind === 'low_score' && (
        <>
          <Form.Item name="score" label={t('Score')} rules={[required]}>
            <Radio.Group
              options={[
                { value: 'rating', label: t('Rating of the moment') },
                { value: 'overall', label: t('Overall satisfaction of the episode') },
              ]}
            />
          </Form.Item>
          <Form.Item name="scoreMax" label={t('At most')} rules={[required]}>
            <InputNumber step={0.5} />
          </Form.Item>
        </>
      )}
      {kind === 'negative_comment' && (
        <>
          <Form.Item name="maxSentiment" label={t('Sentiment at most (-1 to +1)')} rules={[required]}>
            <InputNumber min={-1} max={1} step={0.1} />
          </Form.Item>
          <Form.Item name="minConfidence" label={t('Confidence at least (0 to 1)')} rules={[required]}>
            <InputNumber min={0} max={1} step={0.05} />
          </Form.Item>
        </>
      )}
      {kind === 'repeat_contact' && (
        <>
          <Form.Item name="count" label={t('Contacts')} rules={[required]}>
            <InputNumber min={2} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="days" label={t('Within days')} rules={[required]}>
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item name="of" label={t('Counted as')} rules={[required]}>
            <Radio.Group
              options={[
                { value: 'episodes', label: t('Episodes of the journey') },
                { value: 'moments', label: t('Moments at the touchpoint') },
              ]}
            />
          </Form.Item>
        </>
      )}
      {kind === 'systemic' && (
        <>
          <Form.Item name="breachPercent" label={t('Breach rate above (%)')} rules={[required]}>
            <InputNumber min={0.1} max={100} step={1} />
          </Form.Item>
          <Form.Item name="windowHours" label={t('Window (hours)')} rules={[required]}>
            <InputNumber min={1} max={744} precision={0} />
          </Form.Item>
          <Form.Item
            name="minVolume"
            label={t('At least this many moments in the window')}
            rules={[required]}
          >
            <InputNumber min={1} max={1_000_000} precision={0} />
          </Form.Item>
        </>
      )}
      <Form.Item name="journey" label={t('Journey')} extra={t('Empty: every journey.')}>
        <Select
          allowClear
          placeholder={t('All journeys')}
          options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
          onChange={() => form.setFieldsValue({ touchpoint: undefined, measure: undefined })}
        />
      </Form.Item>
      <Form.Item name="touchpoint" label={t('Touchpoint')} extra={t('Empty: every touchpoint.')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('All touchpoints')}
          options={touchpointOptions.map((tp) => ({ value: tp.key, label: localName(tp) }))}
          onChange={() => form.setFieldsValue({ measure: undefined })}
        />
      </Form.Item>
      <Form.Item name="severity" label={t('Severity')} rules={[required]}>
        <Radio.Group
          optionType="button"
          options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, t) }))}
        />
      </Form.Item>
      <Form.Item
        name="opensCase"
        label={t('Opens a case')}
        valuePropName="checked"
        extra={
          kind === 'systemic'
            ? t('A systemic alert goes once to the owner of the touchpoint; it opens no case per customer.')
            : t('Each customer who triggers it gets a service-recovery case (one per episode).')
        }
      >
        <Switch disabled={kind === 'systemic'} />
      </Form.Item>
      <Form.Item name="enabled" label={t('Enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </Form>
  );
}
