import { Flex, Segmented, Table, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { SentimentTag, sentimentLabel } from '../../components/sentiment-tag/SentimentTag.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { TSentimentClass, TVerbatim } from './api.ts';
import { useVerbatims } from './api.ts';
import type { TResultsQuery } from './filters.ts';
import { channelLabel } from './labels.ts';

const PAGE_SIZE = 10;
/** The table's least width: the fixed columns and a comment column that still reads well. */
const MIN_WIDTH = 1040;

/** The text answers, newest first, with their sentiment and themes; filterable by sentiment, paged. */
export function VerbatimsTable({ survey, query }: { survey: string; query: TResultsQuery }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [sentiment, setSentiment] = useState<TSentimentClass | 'all'>('all');
  const [page, setPage] = useState(1);
  const verbatims = useVerbatims(survey, query, {
    sentiment: sentiment === 'all' ? undefined : sentiment,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const counts = verbatims.data?.counts;
  const option = (value: TSentimentClass) => ({
    value,
    label: `${sentimentLabel(value, t)}${counts ? ` (${counts[value]})` : ''}`,
  });
  return (
    <Flex vertical gap={token.margin}>
      <Segmented<TSentimentClass | 'all'>
        aria-label={t('Sentiment')}
        value={sentiment}
        onChange={(value) => {
          setSentiment(value);
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('All') },
          option('negative'),
          option('neutral'),
          option('positive'),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState query={verbatims} rows={4}>
        {(data) => (
          <Table<TVerbatim>
            size="middle"
            rowKey={(v) => `${v.answer}:${v.question}`}
            dataSource={data.items}
            // The comment takes what the other columns leave; below this width the table scrolls.
            scroll={{ x: MIN_WIDTH }}
            locale={{ emptyText: t('No text answer for these filters.') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: data.total,
              showSizeChanger: false,
              onChange: setPage,
            }}
            columns={[
              {
                title: t('Comment'),
                key: 'text',
                render: (_, v) => (
                  <Flex vertical style={{ whiteSpace: 'normal' }}>
                    <Typography.Text>{v.text}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {v.questionTitle}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('Sentiment'),
                key: 'sentiment',
                width: 150,
                render: (_, v) => <SentimentTag sentiment={v.sentiment} />,
              },
              {
                title: t('Themes'),
                key: 'themes',
                // Wide enough for two English theme names side by side; more wrap onto further lines.
                width: 260,
                render: (_, v) =>
                  v.themes.length === 0 ? (
                    '–'
                  ) : (
                    <Flex wrap gap={token.marginXXS}>
                      {v.themes.map((th) => (
                        <Tag key={th.theme}>{th.name}</Tag>
                      ))}
                    </Flex>
                  ),
              },
              {
                title: t('Channel'),
                key: 'channel',
                width: 170,
                render: (_, v) => channelLabel(v.channel, t),
              },
              {
                title: t('Submitted'),
                key: 'at',
                width: 190,
                render: (_, v) => formatDateTime(v.submittedAt),
              },
            ]}
          />
        )}
      </QueryState>
    </Flex>
  );
}
