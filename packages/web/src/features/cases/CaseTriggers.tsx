import { Card, Empty, Flex, List, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommentWithSentiment } from '../../components/sentiment-tag/CommentWithSentiment.tsx';
import { ToneTag } from '../../components/tone-tag/ToneTag.tsx';
import { formatDateTime, formatMeasureValue, formatNumber } from '../../lib/format.ts';
import { alertKindLabel, severityLabel, severityTone } from '../../lib/loop-labels.ts';
import type { TSeverity } from '@mot/core/loop/types';
import type { TCaseDetail } from './api.ts';
import type { TPlaceNames } from './names.ts';

/**
 * Why the case exists: the alerts that opened or joined it (rule, severity, when) and the breaching moments
 * of the episode with each measure beside its tolerance floor and the customer's comment with its reading.
 */
export function CaseTriggers({ detail, names }: { detail: TCaseDetail; names: TPlaceNames }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const journey = detail.case.journey.key;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
          {t('Triggers')}
        </Typography.Title>
      }
    >
      <Flex vertical gap={token.margin}>
        <List
          size="small"
          dataSource={detail.alerts}
          locale={{ emptyText: <Empty description={t('No alert is linked to this case.')} /> }}
          renderItem={(a) => (
            <List.Item>
              <Flex gap={token.marginXS} wrap align="center">
                <ToneTag tone={severityTone(a.severity as TSeverity)}>
                  {severityLabel(a.severity as TSeverity, t)}
                </ToneTag>
                <Typography.Text strong>{alertKindLabel(a.kind, t)}</Typography.Text>
                <Typography.Text type="secondary">{formatDateTime(a.occurredAt)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
        {detail.moments.map((m) => (
          <Flex key={m.id} vertical gap={2}>
            <Flex gap={token.marginSM} wrap align="baseline">
              <Typography.Text strong>
                {names.touchpoint(journey, { key: m.touchpoint, name: m.touchpoint })}
              </Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(m.occurredAt)}</Typography.Text>
              {m.rating !== null && <Tag>{t('Rating {{value}}', { value: formatNumber(m.rating, 1) })}</Tag>}
            </Flex>
            {m.breaches.map((b, i) => {
              const measure = b.measure ? names.measure(journey, m.touchpoint, b.measure) : null;
              return (
                <Typography.Text key={i} style={{ color: token.colorErrorText }}>
                  {measure
                    ? t('{{measure}}: {{value}}, beyond the floor {{floor}}', {
                        measure: measure.name,
                        value: formatMeasureValue(b.value, measure.unit),
                        floor: formatMeasureValue(b.floor, measure.unit),
                      })
                    : t('Rating {{value}} below floor {{floor}}', {
                        value: formatNumber(b.value, 1),
                        floor: formatNumber(b.floor, 1),
                      })}
                </Typography.Text>
              );
            })}
            {m.comment && <CommentWithSentiment comment={m.comment} sentiment={m.sentiment} />}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
