import { Button, Card, Flex, Form, Input, theme, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { alertKindLabel, severityLabel, stateLabel } from '../../lib/loop-labels.ts';
import type { TCaseState, TSeverity } from '@mot/core/loop/types';
import type { TCaseDetail, TCaseEvent } from './api.ts';
import { useAddCaseNote } from './api.ts';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What an entry of the log says, in the current language. */
function describeEvent(e: TCaseEvent, detail: TCaseDetail, t: TFunction): string {
  const d = e.data;
  switch (e.kind) {
    case 'opened':
      return d['alertKind'] === 'manual'
        ? t('Opened by hand')
        : t('Opened by the alert: {{alert}}', { alert: alertKindLabel(str(d['alertKind']), t) });
    case 'alert':
      return d['alertKind'] === 'manual'
        ? t('Reported again by hand: {{title}}', { title: str(d['title']) })
        : t('Another trigger joined: {{alert}}', { alert: alertKindLabel(str(d['alertKind']), t) });
    case 'transition':
      return t('{{from}} → {{to}}', {
        from: stateLabel(str(d['from']) as TCaseState, t),
        to: stateLabel(str(d['to']) as TCaseState, t),
      });
    case 'note':
      return t('Note');
    case 'assigned':
      return d['to'] === null
        ? t('Unassigned')
        : d['to'] === detail.case.assignee?.userId
          ? t('Assigned to {{name}}', { name: detail.case.assignee?.name })
          : t('Assignment changed');
    case 'escalated':
      return d['target'] === 'first_response'
        ? t('First response missed: escalated to the team lead')
        : t('Resolution missed: escalated to the department head');
    case 'severity_raised':
      return t('Severity raised from {{from}} to {{to}} by: {{alert}}', {
        from: severityLabel(str(d['from']) as TSeverity, t),
        to: severityLabel(str(d['to']) as TSeverity, t),
        alert: str(d['ruleName']),
      });
    case 'callback.attempt':
      return d['reached'] === false
        ? t('Callback: not reached')
        : d['solved'] === true
          ? t('Callback: solved, satisfaction {{score}}', { score: d['satisfaction'] ?? '–' })
          : t('Callback: not solved');
    default:
      return e.kind;
  }
}

/** The colour of an entry's dot: escalations and raised severities red, callbacks that solved it green. */
function eventColour(e: TCaseEvent): 'red' | 'green' | 'blue' | 'gray' {
  if (e.kind === 'escalated' || e.kind === 'severity_raised') return 'red';
  if (e.kind === 'callback.attempt') return e.data['solved'] === true ? 'green' : 'gray';
  if (e.kind === 'transition' && e.data['to'] === 'closed') return 'green';
  return e.actor === 'system' ? 'gray' : 'blue';
}

/** The activity log, oldest first, with a note box above it for the case's owners. */
export function CaseActivity({ detail, mayWork }: { detail: TCaseDetail; mayWork: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<{ note: string }>();
  const add = useAddCaseNote(detail.case.id);
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
          {t('Activity')}
        </Typography.Title>
      }
    >
      <Flex vertical gap={token.margin}>
        {mayWork && (
          <Form
            form={form}
            layout="vertical"
            onFinish={({ note }) => add.mutate(note.trim(), { onSuccess: () => form.resetFields() })}
          >
            <Form.Item
              name="note"
              label={t('Add a note')}
              rules={[
                { required: true, whitespace: true, message: t('Write the note first.') },
                { max: 5000 },
              ]}
            >
              <Input.TextArea rows={2} placeholder={t('What happened, what the customer said')} />
            </Form.Item>
            <Button htmlType="submit" loading={add.isPending}>
              {t('Add note')}
            </Button>
            {add.isError && (
              <Typography.Text type="danger" style={{ marginInlineStart: token.marginSM }}>
                {t('The note was not saved.')}
              </Typography.Text>
            )}
          </Form>
        )}
        <Timeline
          items={detail.events.map((e) => ({
            key: e.id,
            color: eventColour(e),
            content: (
              <Flex vertical gap={2}>
                <Flex gap={token.marginSM} wrap align="baseline">
                  <Typography.Text strong>{describeEvent(e, detail, t)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(e.at)} ·{' '}
                    {e.actor === 'system' ? t('System') : (e.actorName ?? t('API key'))}
                  </Typography.Text>
                </Flex>
                {e.note && <Typography.Text>{e.note}</Typography.Text>}
                {e.kind === 'transition' && typeof e.data['resolution'] === 'string' && (
                  <Typography.Text>{e.data['resolution']}</Typography.Text>
                )}
              </Flex>
            ),
          }))}
        />
      </Flex>
    </Card>
  );
}
