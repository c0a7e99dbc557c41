import { Card, Col, Empty, Flex, Row, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format.ts';
import type { TKeyMoments } from '../../lib/key-moments.ts';

/** The three touchpoints that most often hold one role (peak, trough or end) of the scored episodes. */
function topHolders(result: TKeyMoments, role: 'peak' | 'trough' | 'end') {
  return result.touchpoints
    .filter((tp) => tp[role].count > 0)
    .sort((a, b) => b[role].share - a[role].share)
    .slice(0, 3);
}

/** Which touchpoints hold the peak, the trough and the end of the episodes (what customers remember). */
export function RoleHolders({ result, nameOf }: { result: TKeyMoments; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const roles = [
    { role: 'peak' as const, title: t('Peak (best moment)') },
    { role: 'trough' as const, title: t('Trough (worst moment)') },
    { role: 'end' as const, title: t('End (last moment)') },
  ];
  return (
    <Row gutter={[16, 16]}>
      {roles.map(({ role, title }) => (
        <Col xs={24} md={8} key={role}>
          <Card size="small" title={<Typography.Text strong>{title}</Typography.Text>}>
            {topHolders(result, role).length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('No scored episode yet')} />
            ) : (
              <Flex vertical gap={token.marginXS}>
                {topHolders(result, role).map((tp) => (
                  <Flex key={tp.key} justify="space-between" gap={token.margin}>
                    <Typography.Text>{nameOf(tp.key)}</Typography.Text>
                    <Typography.Text strong>{formatPercent(tp[role].share)}</Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
