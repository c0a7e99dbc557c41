import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Switch, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { localName } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { severityLabel, severityTone } from '../../lib/loop-labels.ts';
import type { TAlertRuleOut } from './api.ts';
import { useAlertRules, useDeleteAlertRule, useSaveAlertRule } from './api.ts';
import { AlertRuleDrawer } from './AlertRuleDrawer.tsx';
import { bodyOf, valuesOf } from './form-values.ts';
import { describeCondition, kindLabel, ruleName } from './labels.ts';

/** Where a rule applies, by name: a journey, a touchpoint, or the whole workspace. */
function scopeText(rule: TAlertRuleOut, journeys: TJourneyDoc[], wholeWorkspace: string): string {
  const journey = journeys.find((j) => j.key === rule.scope.journey);
  const touchpoint = journeys
    .filter((j) => !journey || j === journey)
    .flatMap((j) => j.touchpoints)
    .find((tp) => tp.key === rule.scope.touchpoint);
  const parts = [
    ...(rule.scope.journey ? [journey ? localName(journey) : rule.scope.journey] : []),
    ...(rule.scope.touchpoint ? [touchpoint ? localName(touchpoint) : rule.scope.touchpoint] : []),
    ...Object.entries(rule.scope.segment ?? {}).map(([k, v]) => `${k} = ${String(v)}`),
  ];
  return parts.length > 0 ? parts.join(' · ') : wholeWorkspace;
}

/**
 * Alert rules: what in an incoming moment or answer raises an alert, where, how severe, and whether it opens
 * a service-recovery case; switched on and off in the list, edited in a drawer.
 */
export default function AlertRulesPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const rules = useAlertRules();
  const journeys = useJourneyList();
  const save = useSaveAlertRule();
  const remove = useDeleteAlertRule();
  const [editing, setEditing] = useState<TAlertRuleOut | null | undefined>(undefined);
  const list = journeys.data ?? [];
  const measureName = (key: string) => {
    const m = list.flatMap((j) => j.touchpoints.flatMap((tp) => tp.measures)).find((x) => x.key === key);
    return m ? localName(m) : key;
  };
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="end" wrap gap={token.margin}>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
            {t('Alert rules')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('What in a moment or a survey answer raises an alert, and which alerts open a case.')}
          </Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('New rule')}
        </Button>
      </Flex>
      <Card>
        <QueryState query={rules} rows={6}>
          {(data) => (
            <Table<TAlertRuleOut>
              rowKey="key"
              size="middle"
              dataSource={data}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('No alert rule yet.') }}
              columns={[
                {
                  title: t('Rule'),
                  key: 'name',
                  render: (_, r) => (
                    <Flex vertical>
                      <Typography.Text strong>{ruleName(r, t)}</Typography.Text>
                      <Typography.Text type="secondary">
                        {kindLabel(r.condition.kind, t) !== ruleName(r, t) && kindLabel(r.condition.kind, t)}
                        {r.origin && (
                          <Tag style={{ marginInlineStart: token.marginXS }}>{t('From the pack')}</Tag>
                        )}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  title: t('Raised when'),
                  key: 'condition',
                  render: (_, r) => describeCondition(r.condition, t, measureName),
                },
                {
                  title: t('Applies to'),
                  key: 'scope',
                  render: (_, r) => scopeText(r, list, t('The whole workspace')),
                },
                {
                  title: t('Severity'),
                  key: 'severity',
                  render: (_, r) => (
                    <ToneTag tone={severityTone(r.severity)}>{severityLabel(r.severity, t)}</ToneTag>
                  ),
                },
                {
                  title: t('Opens a case'),
                  key: 'opens',
                  render: (_, r) =>
                    r.condition.kind === 'systemic'
                      ? t('No: alerts the owner')
                      : r.opensCase
                        ? t('Yes')
                        : t('No'),
                },
                {
                  title: t('Enabled'),
                  key: 'enabled',
                  render: (_, r) => (
                    <Switch
                      checked={r.enabled}
                      aria-label={t('Enable {{rule}}', { rule: ruleName(r, t) })}
                      loading={save.isPending && save.variables?.key === r.key}
                      onChange={(enabled) =>
                        save.mutate({ key: r.key, body: { ...bodyOf(valuesOf(r)), enabled } })
                      }
                    />
                  ),
                },
                {
                  title: t('Actions'),
                  key: 'actions',
                  render: (_, r) => (
                    <Flex gap={token.marginXS}>
                      <Button
                        icon={<EditOutlined />}
                        aria-label={t('Edit {{rule}}', { rule: ruleName(r, t) })}
                        onClick={() => setEditing(r)}
                      />
                      <Popconfirm
                        title={t('Delete this rule? The alerts it raised stay.')}
                        okText={t('Delete')}
                        cancelText={t('Cancel')}
                        onConfirm={() => remove.mutate(r.key)}
                      >
                        <Button
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('Delete {{rule}}', { rule: ruleName(r, t) })}
                        />
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <AlertRuleDrawer
        key={editing?.key ?? 'new'}
        rule={editing ?? null}
        open={editing !== undefined}
        journeys={list}
        onClose={() => setEditing(undefined)}
      />
    </Flex>
  );
}
