import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber, localName } from '../../lib/format.ts';
import type { TJourneyDoc } from '../../lib/journeys.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { useCan } from '../../lib/session/session.ts';

/** The journeys of the workspace, each leading to its map; new ones come from an industry pack. */
export default function JourneysPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const journeys = useJourneyList();
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Journeys')}
        </Typography.Title>
        {can('journeys:write') && (
          <Link to="new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('New journey from an industry pack')}
            </Button>
          </Link>
        )}
      </Flex>
      <QueryState query={journeys}>
        {(list) => (
          <Table<TJourneyDoc>
            rowKey="key"
            dataSource={list}
            pagination={false}
            locale={{ emptyText: t('No journey yet. Create one from an industry pack.') }}
            columns={[
              {
                title: t('Journey'),
                key: 'name',
                render: (_, journey) => (
                  <Link to={encodeURIComponent(journey.key)}>{localName(journey)}</Link>
                ),
              },
              { title: t('Key'), dataIndex: 'key' },
              {
                title: t('Stages'),
                key: 'stages',
                align: 'right',
                render: (_, journey) => formatNumber(journey.stages.length, 0),
              },
              {
                title: t('Touchpoints'),
                key: 'touchpoints',
                align: 'right',
                render: (_, journey) => formatNumber(journey.touchpoints.length, 0),
              },
              { title: t('Description'), dataIndex: 'description', ellipsis: true },
            ]}
          />
        )}
      </QueryState>
    </Flex>
  );
}
