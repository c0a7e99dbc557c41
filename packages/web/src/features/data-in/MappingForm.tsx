import type { TScalarField } from '@mot/core/import';
import { REQUIRED_FIELDS, SCALAR_FIELDS } from '@mot/core/import';
import type { FormInstance } from 'antd';
import { Col, Divider, Form, Row, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import type { TMappingValues } from './mapping-values.ts';
import { measuresOfJourney } from './mapping-values.ts';

/** A moment field's name and what it holds. */
function fieldLabel(t: TFunction, field: TScalarField): string {
  switch (field) {
    case 'eventId':
      return t('Event id');
    case 'touchpoint':
      return t('Touchpoint');
    case 'customer':
      return t('Customer');
    case 'episode':
      return t('Episode');
    case 'occurredAt':
      return t('Time');
    case 'rating':
      return t('Rating');
    case 'comment':
      return t('Comment');
    case 'employee':
      return t('Employee');
  }
}

const OFFSETS = ['+08:00', '+09:00', '+07:00', '+00:00', 'Z', '-05:00', '-08:00'];

/**
 * Which column holds each field of a moment and each measure of the journey; required fields are marked. The
 * form only picks columns: the server binds and checks the mapping as `mot import` does.
 */
export function MappingForm({
  form,
  header,
  journey,
  initial,
}: {
  form: FormInstance<TMappingValues>;
  header: string[];
  journey: TJourneyDoc | undefined;
  initial: TMappingValues;
}) {
  const { t } = useTranslation();
  const columns = header.map((name) => ({ value: name, label: name }));
  const measures = measuresOfJourney(journey);
  return (
    <Form<TMappingValues> form={form} layout="vertical" initialValues={initial}>
      <Row gutter={16}>
        {SCALAR_FIELDS.map((field) => (
          <Col key={field} xs={24} sm={12} lg={6}>
            <Form.Item
              name={['fields', field]}
              label={fieldLabel(t, field)}
              rules={
                REQUIRED_FIELDS.includes(field)
                  ? [{ required: true, message: t('Choose the column that holds this field.') }]
                  : []
              }
              extra={
                field === 'eventId' && !initial.fields.eventId
                  ? t('Without one, an id is made from the file name and line.')
                  : undefined
              }
            >
              <Select allowClear placeholder={t('(not in the file)')} options={columns} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      {measures.length > 0 && (
        <>
          <Divider titlePlacement="start" plain>
            {t('Measures of the journey')}
          </Divider>
          <Row gutter={16}>
            {measures.map((measure) => (
              <Col key={measure.key} xs={24} sm={12} lg={6}>
                <Form.Item name={['measures', measure.key]} label={localName(measure)}>
                  <Select allowClear placeholder={t('(not in the file)')} options={columns} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </>
      )}
      <Row gutter={16}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item
            name="timezone"
            label={t('UTC offset of times without one')}
            extra={
              <Typography.Text type="secondary">
                {t('Exports often write local time; +08:00 is China Standard Time.')}
              </Typography.Text>
            }
          >
            <Select options={OFFSETS.map((o) => ({ value: o, label: o }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item
            name="missingCodes"
            label={t('Codes that mean "no rating"')}
            extra={
              <Typography.Text type="secondary">
                {t('A rating holding one of these codes is read as not rated instead of rejecting the row.')}
              </Typography.Text>
            }
          >
            <Select
              mode="tags"
              tokenSeparators={[',', ' ']}
              open={false}
              suffixIcon={null}
              placeholder={t('For example 0 or 99')}
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
