import { Alert, Card, Col, Empty, Flex, Input, List, Row, theme, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { useJourneyList } from '../../lib/journeys.ts';
import { useCustomerSearch, useTimeline } from './api.ts';
import { CustomerSummary } from './CustomerSummary.tsx';
import { EpisodeCurveCard } from './EpisodeCurveCard.tsx';
import { MomentTimeline } from './MomentTimeline.tsx';
import { useNames } from './names.ts';
import { newestFirst } from './status.ts';

/** One customer: the ten-second summary, the timeline, and an episode's emotion curve. */
function CustomerView({
  customer,
  episode,
  onPickEpisode,
}: {
  customer: string;
  episode: { journey: string; key: string } | null;
  onPickEpisode: (journey: string, key: string) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const timeline = useTimeline(customer);
  const names = useNames();
  return (
    <QueryState query={timeline} rows={8}>
      {(data) => {
        const latest = newestFirst(data.moments)[0];
        const shown = episode ?? (latest ? { journey: latest.journey, key: latest.episode } : null);
        return (
          <Flex vertical gap={token.marginLG}>
            <CustomerSummary timeline={data} names={names} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card
                  title={
                    <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
                      {t('Timeline, latest first')}
                    </Typography.Title>
                  }
                >
                  {data.moments.length > 0 ? (
                    <MomentTimeline moments={data.moments} names={names} onPickEpisode={onPickEpisode} />
                  ) : (
                    <Empty description={t('No moment of this customer has been recorded.')} />
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                {shown && (
                  <EpisodeCurveCard
                    journey={shown.journey}
                    episode={shown.key}
                    customer={data.customer.externalId}
                    nameOf={names.touchpoint}
                  />
                )}
              </Col>
            </Row>
          </Flex>
        );
      }}
    </QueryState>
  );
}

/** The hits of a search: a single customer opens at once (an agent typed an exact id); several are listed. */
function SearchResult({
  term,
  onPick,
}: {
  term: string;
  onPick: (customer: string, journey?: string, episode?: string) => void;
}) {
  const { t } = useTranslation();
  const journeys = useJourneyList();
  const search = useCustomerSearch(
    term,
    (journeys.data ?? []).map((j) => j.key),
  );
  const only = search.data?.length === 1 ? search.data[0] : undefined;
  useEffect(() => {
    if (only && only.customer !== '') onPick(only.customer, only.journey, only.episode);
  }, [only, onPick]);
  return (
    <QueryState
      query={search}
      isEmpty={(hits) => hits.length === 0}
      empty={<Empty description={t('No customer or episode with the id {{term}}', { term })} />}
    >
      {(hits) => {
        const ambiguous = hits.filter((h) => h.customer === '');
        return (
          <Flex vertical gap={8}>
            {ambiguous.length > 0 && (
              <Alert
                type="info"
                showIcon
                title={t('Several customers have an episode {{term}}: search by the customer id.', { term })}
              />
            )}
            <List
              dataSource={hits.filter((h) => h.customer !== '')}
              renderItem={(hit) => (
                <List.Item>
                  <Typography.Link onClick={() => onPick(hit.customer, hit.journey, hit.episode)}>
                    {hit.episode
                      ? t('Customer {{customer}}, episode {{episode}}', {
                          customer: hit.customer,
                          episode: hit.episode,
                        })
                      : t('Customer {{customer}}', { customer: hit.customer })}
                  </Typography.Link>
                </List.Item>
              )}
            />
          </Flex>
        );
      }}
    </QueryState>
  );
}

/** Customers and episodes: find a customer by their id or an episode key, and read their timeline. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const customer = params.get('customer') ?? '';
  const term = params.get('q') ?? '';
  const journey = params.get('journey');
  const episode = params.get('episode');
  const open = useCallback(
    (next: string, j?: string, e?: string) =>
      setParams({ customer: next, ...(j && e ? { journey: j, episode: e } : {}) }, { replace: true }),
    [setParams],
  );
  return (
    <Flex vertical gap={token.marginLG}>
      <Flex justify="space-between" align="center" wrap gap={token.margin}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Customers and episodes')}
        </Typography.Title>
        <Input.Search
          key={term || customer}
          aria-label={t('Customer id or episode key')}
          placeholder={t('Customer id or episode key')}
          defaultValue={term || customer}
          allowClear
          enterButton={t('Find')}
          size="large"
          style={{ maxWidth: 440 }}
          onSearch={(value) => {
            const q = value.trim();
            if (q) setParams({ q });
          }}
        />
      </Flex>
      {customer ? (
        <CustomerView
          customer={customer}
          episode={journey && episode ? { journey, key: episode } : null}
          onPickEpisode={(j, e) => setParams({ customer, journey: j, episode: e }, { replace: true })}
        />
      ) : term ? (
        <SearchResult term={term} onPick={open} />
      ) : (
        <Empty description={t('Find a customer by their id, or an episode by its key.')} />
      )}
    </Flex>
  );
}
