import {
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  theme,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart } from '../../components/chart/Chart.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TAtRiskPage } from './api.ts';
import { useAtRisk, useOpenCase, usePlanCallbacksAt } from './api.ts';
import type { TOpenCase } from './api.ts';
import { SEVERITIES } from '@mot/core/loop/types';
import { severityLabel } from '../../lib/loop-labels.ts';
import { ChurnAnalysisState } from './ChurnAnalysisState.tsx';
import { calibrationOption } from './charts.ts';
import { covariateLabel } from './labels.ts';

type TRow = TAtRiskPage['items'][number];

const PAGE_SIZE = 20;

/** How well the model does on customers it was not fitted on: AUC, Brier score, calibration. */
function ModelCard({ page }: { page: TAtRiskPage }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { holdout, training } = page.model;
  const option = useMemo(() => calibrationOption(holdout.calibration, t, token), [holdout, t, token]);
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
          {t('How well the model predicts')}
        </Typography.Title>
      }
    >
      <Flex vertical gap={token.margin}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'auc',
              label: t('AUC on held-out customers'),
              children: t('{{auc}} (interval {{lower}} to {{upper}})', {
                auc: formatNumber(holdout.auc.estimate, 2),
                lower: formatNumber(holdout.auc.lower, 2),
                upper: formatNumber(holdout.auc.upper, 2),
              }),
            },
            { key: 'brier', label: t('Brier score'), children: formatNumber(holdout.brier, 3) },
            {
              key: 'split',
              label: t('Customers'),
              children: t(
                'fitted on {{train}} ({{trainEvents}} churned), judged on {{held}} ({{heldEvents}} churned)',
                {
                  train: formatNumber(training.n, 0),
                  trainEvents: formatNumber(training.events, 0),
                  held: formatNumber(holdout.n, 0),
                  heldEvents: formatNumber(holdout.events, 0),
                },
              ),
            },
          ]}
        />
        <Chart
          option={option}
          height={260}
          label={t('Calibration: observed churn against predicted risk in {{count}} groups', {
            count: holdout.calibration.length,
          })}
        />
      </Flex>
    </Card>
  );
}

/** Plans a callback (回访) to one customer about the touchpoint of their latest breaching moment. */
function CallCustomer({ journey, row }: { journey: string; row: TRow }) {
  const { t } = useTranslation();
  const plan = usePlanCallbacksAt();
  const moment = row.moments[0];
  if (!moment) return null;
  if (plan.isSuccess)
    return (
      <Typography.Text type="secondary">
        {plan.data.planned > 0 ? t('Callback planned') : t('A callback is already planned')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={4}>
      <Button
        size="small"
        loading={plan.isPending}
        onClick={() => plan.mutate({ journey, touchpoint: moment.touchpoint, customer: row.customer })}
      >
        {t('Plan a callback')}
      </Button>
      {plan.isError && <Typography.Text type="danger">{t('This could not be saved.')}</Typography.Text>}
    </Flex>
  );
}

/**
 * Opens a case by hand for a customer at risk, at the touchpoint of their latest breaching moment (its
 * department owns the case); once opened, links to it.
 */
function OpenCase({
  journey,
  row,
  nameOf,
}: {
  journey: string;
  row: TRow;
  nameOf: (touchpoint: string) => string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Pick<TOpenCase, 'severity' | 'title' | 'note'>>();
  const create = useOpenCase();
  const moment = row.moments[0];
  if (!moment) return null;
  if (create.isSuccess) {
    return (
      <Link to={`../cases/${create.data.id}`}>
        {create.data.opened
          ? t('Case {{id}} opened', { id: create.data.id })
          : t('Added to the open case {{id}}', { id: create.data.id })}
      </Link>
    );
  }
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('Open a case')}
      </Button>
      <Modal
        open={open}
        title={t('Open a case for {{customer}}', { customer: row.customer })}
        okText={t('Open the case')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            severity: 'medium',
            title: t('At risk of leaving after {{touchpoint}}', { touchpoint: nameOf(moment.touchpoint) }),
          }}
          onFinish={(values) =>
            create.mutate(
              { ...values, customer: row.customer, journey, touchpoint: moment.touchpoint },
              { onSuccess: () => setOpen(false) },
            )
          }
        >
          <Typography.Paragraph type="secondary">
            {t('The case goes to the department that owns {{touchpoint}}.', {
              touchpoint: nameOf(moment.touchpoint),
            })}
          </Typography.Paragraph>
          <Form.Item name="title" label={t('Title')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="severity" label={t('Severity')}>
            <Select options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s, t) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('Note')}>
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          {create.isError && <Typography.Text type="danger">{create.error.message}</Typography.Text>}
        </Form>
      </Modal>
    </>
  );
}

/** The list: risk, what raises it, the moments behind it, and a link to the customer's timeline. */
function RiskTable({
  page,
  nameOf,
  loading,
}: {
  page: TAtRiskPage;
  nameOf: (touchpoint: string) => string;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const columns: TableColumnsType<TRow> = [
    {
      title: t('Customer'),
      dataIndex: 'customer',
      render: (customer: string) => (
        <Link to={`../customers?customer=${encodeURIComponent(customer)}`}>{customer}</Link>
      ),
    },
    {
      title: t('Churn risk'),
      dataIndex: 'risk',
      align: 'right',
      render: (risk: number) => formatPercent(risk),
    },
    {
      title: t('What raises the risk'),
      dataIndex: 'contributions',
      render: (contributions: TRow['contributions']) =>
        contributions.length > 0 ? (
          <Space size={4} wrap>
            {contributions.map((c) => (
              <ToneTag key={c.key} tone="bad">
                {covariateLabel(c.key, nameOf, t)}:{' '}
                {formatNumber(c.value, c.key === 'mean_experience' ? 2 : 0)}
              </ToneTag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('Nothing above average')}</Typography.Text>
        ),
    },
    {
      title: t('Moments behind it'),
      dataIndex: 'moments',
      render: (moments: TRow['moments']) => (
        <Flex vertical>
          {moments.map((m) => (
            <Typography.Text key={m.eventId}>
              {t('{{touchpoint}}, {{time}}', {
                touchpoint: nameOf(m.touchpoint),
                time: formatDateTime(m.occurredAt),
              })}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      title: t('Customer for'),
      dataIndex: 'tenureDays',
      align: 'right',
      render: (days: number) => t('{{count}} days', { count: days }),
    },
    ...(can('callbacks:work') || can('cases:work')
      ? [
          {
            title: t('Follow up'),
            key: 'follow-up',
            render: (_: unknown, row: TRow) => (
              <Flex vertical gap={4} align="start">
                {can('callbacks:work') && <CallCustomer journey={page.journey} row={row} />}
                {can('cases:work') && <OpenCase journey={page.journey} row={row} nameOf={nameOf} />}
              </Flex>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<TRow>
      rowKey="customer"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={page.items}
      pagination={false}
      scroll={{ x: true }}
    />
  );
}

/** The at-risk list with keyset paging (next / back to the first page) and the model's validation. */
export function AtRiskList({ journey, nameOf }: { journey: string; nameOf: (touchpoint: string) => string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // The cursors of the pages seen, so "previous" goes back without offsets.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors.at(-1) ?? null;
  const list = useAtRisk(journey, after, PAGE_SIZE);
  return (
    <ChurnAnalysisState query={list} rows={8}>
      {(page) => (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card
              title={
                <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
                  {t('Customers at risk')}
                </Typography.Title>
              }
            >
              <Flex vertical gap={token.margin}>
                <Typography.Text type="secondary">
                  {t(
                    '{{scored}} customers who have not churned scored; the {{listed}} most at risk are listed.',
                    {
                      scored: formatNumber(page.scored, 0),
                      listed: formatNumber(page.listed, 0),
                    },
                  )}
                </Typography.Text>
                <RiskTable page={page} nameOf={nameOf} loading={list.isFetching && list.isPlaceholderData} />
                <Flex gap={token.marginSM} justify="end">
                  <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                    {t('Previous')}
                  </Button>
                  <Button disabled={page.next === null} onClick={() => setCursors((c) => [...c, page.next])}>
                    {t('Next')}
                  </Button>
                </Flex>
              </Flex>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <ModelCard page={page} />
          </Col>
        </Row>
      )}
    </ChurnAnalysisState>
  );
}
