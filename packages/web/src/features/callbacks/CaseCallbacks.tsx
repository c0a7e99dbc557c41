import { Card, Collapse, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useCan } from '../../lib/session/session.ts';
import { useCallbacks } from './api.ts';
import { CallbackForm } from './CallbackForm.tsx';
import { CallbackStateTag } from './CallbackStateTag.tsx';

/**
 * The callbacks (回访) of a case for the case page (its `renderCallbacks` slot): the open one expanded with
 * its script and form, earlier ones (a case reopened and resolved again) folded.
 */
export function CaseCallbacks({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useCallbacks({ case: caseId, limit: 20 });
  return (
    <Card title={t('Callback')} size="small">
      <QueryState
        query={list}
        isEmpty={(page) => page.callbacks.length === 0}
        empty={<Empty description={t('No callback yet: resolving the case plans one.')} />}
      >
        {(page) => (
          <Collapse
            defaultActiveKey={page.callbacks
              .filter((c) => c.state === 'due' || c.state === 'planned')
              .map((c) => c.id)}
            items={page.callbacks.map((c) => ({
              key: c.id,
              label: (
                <>
                  <CallbackStateTag state={c.state} /> {formatDateTime(c.createdAt)}
                </>
              ),
              children: <CallbackForm id={c.id} mayWork={can('callbacks:work')} />,
            }))}
          />
        )}
      </QueryState>
    </Card>
  );
}
