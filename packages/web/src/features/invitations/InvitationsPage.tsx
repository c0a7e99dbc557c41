import { Button, Card, Flex, Modal, Space, Switch, Table, Tabs, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatPercent } from '../../lib/format.ts';
import { usePlanNow, useRules, useSaveRule } from './api.ts';
import type { TPlanResult, TRule } from './api.ts';
import { BudgetForm } from './BudgetForm.tsx';
import { DecisionSummary } from './DecisionSummary.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { RuleDrawer } from './RuleDrawer.tsx';
import { channelLabel, conditionsLabel, reasonLabel, triggerLabel } from './labels.ts';

/**
 * Invitations: the distribution rules (what invites whom to which survey, by which channel), the fatigue
 * budget every rule shares, and the ledger of every decision with why an invitation was not sent.
 */
export default function InvitationsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const rules = useRules();
  const save = useSaveRule();
  const plan = usePlanNow();
  const [editing, setEditing] = useState<TRule | null | undefined>(undefined);
  const [preview, setPreview] = useState<{ rule: string; result: TPlanResult } | null>(null);

  const toggle = (rule: TRule, enabled: boolean) => {
    const { id, enabledAt, createdAt, updatedAt, ...input } = rule;
    void [id, enabledAt, createdAt, updatedAt];
    save.mutate({ rule: { ...input, enabled }, isNew: false });
  };
  const dryRun = (rule: TRule) =>
    plan.mutate(
      { key: rule.key, dryRun: true },
      { onSuccess: (result) => setPreview({ rule: rule.name, result }) },
    );

  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Invitations')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t(
            'Which moments invite customers to which survey, under one fatigue budget per customer, and why each invitation was or was not sent.',
          )}
        </Typography.Text>
      </div>
      <Card>
        <Tabs
          items={[
            {
              key: 'rules',
              label: t('Distribution rules'),
              children: (
                <Flex vertical gap="middle">
                  <div>
                    <Button type="primary" onClick={() => setEditing(null)}>
                      {t('New rule')}
                    </Button>
                  </div>
                  <QueryState
                    query={rules}
                    isEmpty={(d) => d.length === 0}
                    empty={t('No distribution rules yet')}
                  >
                    {(data) => (
                      <Table<TRule>
                        rowKey="key"
                        size="small"
                        pagination={false}
                        dataSource={data}
                        columns={[
                          { title: t('Name'), dataIndex: 'name' },
                          { title: t('Survey'), dataIndex: 'survey' },
                          { title: t('Trigger'), render: (_, r) => triggerLabel(r.trigger, t) },
                          {
                            title: t('Conditions'),
                            render: (_, r) => conditionsLabel(r.conditions, t) || '–',
                          },
                          { title: t('Channel'), render: (_, r) => channelLabel(r.channel, t) },
                          { title: t('Sampling'), render: (_, r) => formatPercent(r.sampling, 0) },
                          { title: t('Priority'), dataIndex: 'priority' },
                          {
                            title: t('Switched on'),
                            render: (_, r) => (
                              <Switch
                                checked={r.enabled}
                                aria-label={t('Rule {{name}} on', { name: r.name })}
                                onChange={(on) => toggle(r, on)}
                              />
                            ),
                          },
                          {
                            title: t('Actions'),
                            render: (_, r) => (
                              <Space>
                                <Button size="small" onClick={() => setEditing(r)}>
                                  {t('Edit')}
                                </Button>
                                <Button size="small" loading={plan.isPending} onClick={() => dryRun(r)}>
                                  {t('Dry run (last day)')}
                                </Button>
                              </Space>
                            ),
                          },
                        ]}
                      />
                    )}
                  </QueryState>
                </Flex>
              ),
            },
            { key: 'summary', label: t('Decisions by rule'), children: <DecisionSummary /> },
            { key: 'ledger', label: t('Ledger'), children: <LedgerTable /> },
            { key: 'budget', label: t('Fatigue budget'), children: <BudgetForm /> },
          ]}
        />
      </Card>
      {editing !== undefined && <RuleDrawer rule={editing} open onClose={() => setEditing(undefined)} />}
      <Modal
        open={preview !== null}
        onCancel={() => setPreview(null)}
        footer={null}
        title={t('What {{rule}} would have done in the last day', { rule: preview?.rule ?? '' })}
      >
        {preview && (
          <Flex vertical gap="small">
            <Typography.Text>
              {t('{{triggers}} triggers: {{planned}} invitations, {{skipped}} skipped', {
                triggers: preview.result.triggers,
                planned: preview.result.planned,
                skipped: preview.result.skipped,
              })}
            </Typography.Text>
            {Object.entries(preview.result.byReason).map(([reason, n]) => (
              <Typography.Text key={reason}>
                {reasonLabel(reason, t)}: {n}
              </Typography.Text>
            ))}
          </Flex>
        )}
      </Modal>
    </Flex>
  );
}
