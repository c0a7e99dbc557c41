import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Col, Row, Statistic, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TJourneyOverview } from './api.ts';
import { breachRateChange } from './select.ts';

/** Moments, episodes, customers and the breach rate with its change across the period. */
export function JourneyFigures({ overview }: { overview: TJourneyOverview }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const change = breachRateChange(overview);
  // A falling breach rate is good news, so it is green.
  const changeColour =
    change === null || change === 0 ? undefined : change > 0 ? token.colorErrorText : token.colorSuccessText;
  return (
    <Row gutter={[token.margin, token.margin]}>
      <Col xs={12} md={6}>
        <Statistic title={t('Moments')} value={formatNumber(overview.moments, 0)} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('Episodes')} value={formatNumber(overview.episodes, 0)} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic title={t('Customers')} value={formatNumber(overview.customers, 0)} />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title={t('Breach rate')}
          value={formatPercent(overview.breachRate)}
          suffix={
            change === null ? undefined : (
              <span
                style={{ fontSize: token.fontSizeSM, color: changeColour }}
                title={t('Change across the period')}
              >
                {change > 0 ? <ArrowUpOutlined /> : change < 0 ? <ArrowDownOutlined /> : null}{' '}
                {t('{{points}} percentage points', { points: formatNumber(Math.abs(change) * 100, 1) })}
              </span>
            )
          }
        />
      </Col>
    </Row>
  );
}
