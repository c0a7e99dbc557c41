import {
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  theme,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/errors.ts';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TInitiative } from './api.ts';
import { useMembers, useSaveInitiative } from './api.ts';
import { docOf, formFieldOf, formValuesOf } from './form-values.ts';
import type { TInitiativeForm } from './form-values.ts';
import { kindLabel, METRICS, metricLabel } from './labels.ts';
import { SegmentRows } from './SegmentRows.tsx';

const KINDS: TInitiative['kind'][] = ['new_standard', 'training', 'process_change', 'new_script', 'other'];

/** Records an initiative (`initiative` null) or edits one, in a drawer beside the list. */
export function InitiativeDrawer({
  initiative,
  open,
  journeys,
  onClose,
  onSaved,
}: {
  initiative: TInitiative | null;
  open: boolean;
  journeys: TJourneyDoc[];
  onClose: () => void;
  onSaved: (saved: TInitiative) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const members = useMembers(open && can('members:manage'));
  const [form] = Form.useForm<TInitiativeForm>();
  const save = useSaveInitiative();
  const journeyKey = Form.useWatch('journey', form) as string | undefined;
  const ownerKind = Form.useWatch('ownerKind', form) as TInitiativeForm['ownerKind'] | undefined;
  const comparisonKind = Form.useWatch('comparisonKind', form) as
    TInitiativeForm['comparisonKind'] | undefined;
  const journey = journeys.find((j) => j.key === journeyKey);
  const close = () => {
    save.reset();
    onClose();
  };
  const touchpointOptions = (journey?.touchpoints ?? []).map((tp) => ({
    value: tp.key,
    label: localName(tp),
  }));
  const comparisonOptions = journeys.map((j) => ({
    label: localName(j),
    title: localName(j),
    options: j.touchpoints.map((tp) => ({ value: `${j.key}/${tp.key}`, label: localName(tp) })),
  }));
  return (
    <Drawer
      open={open}
      size={640}
      title={initiative ? t('Edit initiative') : t('New initiative')}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={token.marginXS}>
          <Button onClick={close}>{t('Cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('Save initiative')}
          </Button>
        </Flex>
      }
    >
      <Form<TInitiativeForm>
        form={form}
        layout="vertical"
        initialValues={formValuesOf(initiative, journeys[0]?.key)}
        onFinish={(values) =>
          save.mutate(
            { id: initiative?.id ?? null, body: docOf(values) },
            {
              onSuccess: (saved) => {
                close();
                onSaved(saved);
              },
              onError: (error) => {
                if (error instanceof ApiError && error.path.length > 0) {
                  form.setFields([{ name: formFieldOf(error.path) as never, errors: [error.message] }]);
                }
              },
            },
          )
        }
      >
        <Form.Item name="name" label={t('Name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input placeholder={t('e.g. Callback within 5 minutes at the hotline')} />
        </Form.Item>
        <Form.Item name="kind" label={t('Kind of change')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: kindLabel(k, t) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('Description')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('Owner')} required style={{ marginBottom: 0 }}>
          <Flex gap={token.marginXS} align="start" wrap>
            <Form.Item name="ownerKind">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'name', label: t('By name') },
                  { value: 'member', label: t('A member'), disabled: !can('members:manage') },
                ]}
              />
            </Form.Item>
            {ownerKind === 'member' ? (
              <Form.Item name="ownerUserId" rules={[{ required: true }]} style={{ flex: 1, minWidth: 220 }}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label={t('Owner')}
                  loading={members.isPending}
                  options={(members.data ?? []).map((m) => ({
                    value: m.userId,
                    label: `${m.name} (${m.email})`,
                  }))}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="ownerName"
                rules={[{ required: true, whitespace: true, max: 200 }]}
                style={{ flex: 1, minWidth: 220 }}
              >
                <Input aria-label={t('Owner')} placeholder={t('e.g. Wang Li, hotline team lead')} />
              </Form.Item>
            )}
          </Flex>
        </Form.Item>
        <Form.Item name="journey" label={t('Journey')} rules={[{ required: true }]}>
          <Select
            options={journeys.map((j) => ({ value: j.key, label: localName(j) }))}
            onChange={() => form.setFieldsValue({ touchpoints: [] })}
          />
        </Form.Item>
        <Form.Item
          name="touchpoints"
          label={t('Touchpoints it changed')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select mode="multiple" options={touchpointOptions} optionFilterProp="label" />
        </Form.Item>
        <SegmentRows name="segment" label={t('Only for customers with (optional)')} />
        <Flex gap={token.margin} wrap style={{ marginTop: token.margin }}>
          <Form.Item name="startDate" label={t('Start date')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('End date (if it stopped)')}
            dependencies={['startDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: TInitiativeForm['endDate']) =>
                  !value || !value.isBefore(getFieldValue('startDate') as TInitiativeForm['startDate'], 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('Not before the start date'))),
              }),
            ]}
          >
            <DatePicker />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('Expected effect')}</Typography.Text>
        <Flex gap={token.margin} wrap align="start" style={{ marginTop: token.marginXS }}>
          <Form.Item name="expectedMetric" label={t('Measure')}>
            <Select
              allowClear
              style={{ minWidth: 180 }}
              options={METRICS.map((m) => ({ value: m, label: metricLabel(m, t) }))}
            />
          </Form.Item>
          <Form.Item name="expectedDirection" label={t('Direction')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'decrease', label: t('Down') },
                { value: 'increase', label: t('Up') },
              ]}
            />
          </Form.Item>
          <Form.Item name="expectedSize" label={t('By (points)')}>
            <InputNumber min={0} max={1000} style={{ width: 120 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="comparisonKind" label={t('Compare with')}>
          <Radio.Group
            options={[
              { value: 'suggested', label: t('Touchpoints the product suggests') },
              { value: 'touchpoints', label: t('Touchpoints I pick') },
              { value: 'segment', label: t('The same touchpoints in another segment') },
            ]}
          />
        </Form.Item>
        {comparisonKind === 'touchpoints' && (
          <Form.Item
            name="comparisonTouchpoints"
            label={t('Comparison touchpoints')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Select mode="multiple" options={comparisonOptions} optionFilterProp="label" />
          </Form.Item>
        )}
        {comparisonKind === 'segment' && (
          <SegmentRows name="comparisonSegment" label={t('Comparison segment')} />
        )}
      </Form>
    </Drawer>
  );
}
