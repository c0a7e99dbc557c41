import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useJourneyList } from '../../lib/journeys.ts';
import { periodRange } from '../../lib/period.ts';
import { useBreachFeed } from './api.ts';
import { BreachFilters } from './BreachFilters.tsx';
import { BreachTable } from './BreachTable.tsx';
import type { TBreachFilters } from './filters.ts';
import { readFilters, toParams } from './filters.ts';

const PAGE_SIZE = 20;

/**
 * The breach feed: the latest tolerance-floor breaches, filtered by journey, touchpoint, measure and period
 * (kept in the URL), paged on the server with its cursor.
 */
export default function BreachesPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const journeys = useJourneyList();
  // The cursors of the pages walked so far; the first page has none. Reset when a filter changes.
  const [cursors, setCursors] = useState<string[]>([]);
  const range = useMemo(() => periodRange(filters.period), [filters.period]);
  const before = cursors.at(-1);
  const feed = useBreachFeed({
    ...(filters.journey ? { journey: filters.journey } : {}),
    ...(filters.touchpoint ? { touchpoint: filters.touchpoint } : {}),
    ...(filters.measure ? { measure: filters.measure } : {}),
    ...range,
    limit: PAGE_SIZE,
    ...(before ? { before } : {}),
  });
  const change = (next: TBreachFilters) => {
    setCursors([]);
    setParams(toParams(next), { replace: true });
  };
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Breaches')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('Moments beyond a tolerance floor, newest first: the customers to call back.')}
        </Typography.Text>
      </div>
      <QueryState
        query={journeys}
        isEmpty={(list) => list.length === 0}
        empty={<Empty description={t('No journey yet. Create one from an industry pack under Journeys.')} />}
      >
        {(list) => (
          <Card>
            <Flex vertical gap={token.margin}>
              <BreachFilters journeys={list} filters={filters} onChange={change} />
              <QueryState query={feed} rows={8}>
                {(page) => (
                  <>
                    <BreachTable breaches={page.breaches} journeys={list} loading={feed.isFetching} />
                    <Flex justify="space-between" align="center">
                      <Typography.Text type="secondary">
                        {t('Page {{page}} · {{count}} breaches shown', {
                          page: formatNumber(cursors.length + 1, 0),
                          count: formatNumber(page.breaches.length, 0),
                        })}
                      </Typography.Text>
                      <Flex gap={token.marginXS}>
                        <Button
                          icon={<LeftOutlined />}
                          disabled={cursors.length === 0}
                          onClick={() => setCursors(cursors.slice(0, -1))}
                        >
                          {t('Newer')}
                        </Button>
                        <Button
                          icon={<RightOutlined />}
                          iconPlacement="end"
                          disabled={!page.next || feed.isPlaceholderData}
                          onClick={() => page.next && setCursors([...cursors, page.next])}
                        >
                          {t('Older')}
                        </Button>
                      </Flex>
                    </Flex>
                  </>
                )}
              </QueryState>
            </Flex>
          </Card>
        )}
      </QueryState>
    </Flex>
  );
}
