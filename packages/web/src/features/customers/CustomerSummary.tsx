import { Card, Descriptions, Flex, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDate, formatNumber } from '../../lib/format.ts';
import type { TNames } from './names.ts';
import type { TTimeline, TTimelineMoment } from './api.ts';
import { toneColour, toneTextColour } from '../../components/tone-tag/ToneTag.tsx';
import { statusText } from './labels.ts';
import { customerStatus, worstMoment } from './status.ts';

/**
 * What an agent reads in ten seconds: the status of the latest episode in big coloured text, then the worst
 * moment the customer lived (when, where, how bad, which floor was broken), then who they are.
 */
export function CustomerSummary({ timeline, names }: { timeline: TTimeline; names: TNames }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const status = customerStatus(timeline.moments);
  const worst: TTimelineMoment | null = worstMoment(timeline.moments);
  const text = statusText(status, t);
  const colour = toneColour(status, token);
  const attributes = Object.entries(timeline.customer.attributes);
  const churn = timeline.status.events.findLast((e) => e.status === 'churned');
  return (
    <Card style={{ borderLeft: `6px solid ${colour}` }}>
      <Flex vertical gap={token.margin}>
        <Flex align="baseline" gap={token.margin} wrap>
          <Typography.Title
            level={2}
            style={{ margin: 0, color: toneTextColour(status, token), fontSize: token.fontSizeHeading2 }}
          >
            {text.title}
          </Typography.Title>
          <Typography.Text style={{ fontSize: token.fontSizeLG }}>{text.advice}</Typography.Text>
        </Flex>
        {worst && (
          <div
            style={{
              background: token.colorErrorBg,
              border: `1px solid ${token.colorErrorBorder}`,
              borderRadius: token.borderRadiusLG,
              padding: token.padding,
            }}
          >
            <Typography.Text type="secondary">{t('Worst moment')}</Typography.Text>
            <Flex gap={token.margin} wrap align="baseline">
              <Typography.Text strong style={{ fontSize: token.fontSizeHeading4 }}>
                {names.touchpoint(worst.journey, worst.touchpoint)}
              </Typography.Text>
              <Typography.Text style={{ fontSize: token.fontSizeLG }}>
                {formatDateTime(worst.occurredAt)}
              </Typography.Text>
              <Typography.Text style={{ fontSize: token.fontSizeLG }}>
                {t('Experience {{value}}', { value: formatNumber(worst.experience, 2) })}
              </Typography.Text>
              {worst.breaches.map((b, i) => (
                <Tag key={i} color={token.colorErrorTextActive} variant="solid">
                  {b.measure === null
                    ? t('Rating {{value}} below floor {{floor}}', {
                        value: formatNumber(b.value, 1),
                        floor: formatNumber(b.floor, 1),
                      })
                    : t('{{measure}}, beyond floor {{floor}}', {
                        measure: names.measure(worst.journey, worst.touchpoint, b.measure, b.value),
                        floor: formatNumber(b.floor, 2),
                      })}
                </Tag>
              ))}
            </Flex>
            {worst.comment && (
              <Typography.Paragraph style={{ margin: 0 }}>“{worst.comment}”</Typography.Paragraph>
            )}
          </div>
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'id', label: t('Customer'), children: timeline.customer.externalId },
            {
              key: 'episodes',
              label: t('Episodes'),
              children: formatNumber(timeline.episodes.length, 0),
            },
            { key: 'moments', label: t('Moments'), children: formatNumber(timeline.moments.length, 0) },
            ...(timeline.status.current === null
              ? []
              : [
                  {
                    key: 'status',
                    label: t('Customer status'),
                    children:
                      timeline.status.current === 'churned' && churn
                        ? churn.reason
                          ? t('Churned on {{day}}: {{reason}}', {
                              day: formatDate(churn.at),
                              reason: churn.reason,
                            })
                          : t('Churned on {{day}}', { day: formatDate(churn.at) })
                        : t('Active'),
                  },
                ]),
            ...(timeline.status.contractEnd === null
              ? []
              : [
                  {
                    key: 'contract',
                    label: t('Contract ends'),
                    children: formatDate(timeline.status.contractEnd),
                  },
                ]),
            ...attributes.map(([name, value]) => ({
              key: `attr-${name}`,
              label: name,
              children:
                typeof value === 'string' || typeof value === 'number'
                  ? String(value)
                  : JSON.stringify(value),
            })),
          ]}
        />
      </Flex>
    </Card>
  );
}
