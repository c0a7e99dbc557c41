import { Table, Tag, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TKeyMoments, TTouchpointFigures } from '../../lib/key-moments.ts';
import { QuadrantTag } from './QuadrantTag.tsx';

const finite = (v: number | null | undefined) => (v != null && Number.isFinite(v) ? v : null);

/** An estimate with its interval, e.g. "12% (8%–15%)"; the interval is left out when there is none. */
function WithInterval({
  estimate,
  format,
}: {
  estimate: { estimate: number; lower: number | null; upper: number | null } | null | undefined;
  format: (v: number | null) => string;
}) {
  if (!estimate) return <>–</>;
  const lower = finite(estimate.lower);
  const upper = finite(estimate.upper);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {format(finite(estimate.estimate))}
      {lower !== null && upper !== null && (
        <Typography.Text type="secondary">
          {' '}
          ({format(lower)} – {format(upper)})
        </Typography.Text>
      )}
    </span>
  );
}

/** The ranking: touchpoints by expected lift, with importance, performance, breach rate and quadrant. */
export function RankingTable({
  journey,
  result,
  nameOf,
  keyMoments,
}: {
  journey: string;
  result: TKeyMoments;
  nameOf: (key: string) => string;
  keyMoments: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const rows = [...result.touchpoints].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
  );
  return (
    <Table<TTouchpointFigures>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={rows}
      columns={[
        {
          title: t('Rank'),
          dataIndex: 'rank',
          width: 64,
          render: (rank: number | null, tp) =>
            rank === null ? (
              '–'
            ) : keyMoments.has(tp.key) ? (
              <Tag variant="solid" color={token.gold9}>
                #{rank}
              </Tag>
            ) : (
              `#${rank}`
            ),
        },
        {
          title: t('Touchpoint'),
          key: 'name',
          render: (_, tp) => (
            <Link to={`../touchpoints/${encodeURIComponent(journey)}/${encodeURIComponent(tp.key)}`}>
              {nameOf(tp.key)}
            </Link>
          ),
        },
        {
          title: (
            <Tooltip
              title={t('Share of the outcome variance this touchpoint explains, with its 95% interval')}
            >
              {t('Importance')}
            </Tooltip>
          ),
          key: 'importance',
          render: (_, tp) => (
            <WithInterval estimate={tp.importance?.weight} format={(v) => formatPercent(v)} />
          ),
        },
        {
          title: t('Meets the standard'),
          key: 'performance',
          render: (_, tp) => formatPercent(finite(tp.performance.meetsStandard?.estimate)),
        },
        {
          title: t('Experience'),
          key: 'experience',
          render: (_, tp) => formatNumber(finite(tp.performance.experience.estimate), 2),
        },
        {
          title: t('Breach rate'),
          key: 'breaches',
          render: (_, tp) => formatPercent(finite(tp.breachRate?.estimate)),
        },
        {
          title: (
            <Tooltip
              title={t('Outcome gain over all episodes if it met its standard wherever it falls short')}
            >
              {t('Expected lift')}
            </Tooltip>
          ),
          key: 'lift',
          render: (_, tp) => <WithInterval estimate={tp.lift} format={(v) => formatNumber(v, 2)} />,
        },
        {
          title: t('Quadrant'),
          key: 'quadrant',
          render: (_, tp) => <QuadrantTag quadrant={tp.quadrant} />,
        },
        {
          title: t('Moments'),
          key: 'volume',
          align: 'right',
          render: (_, tp) => formatNumber(tp.volume.moments, 0),
        },
      ]}
    />
  );
}
