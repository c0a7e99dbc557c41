import { Card, Flex, Tabs, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { useChannelSettings } from './api.ts';
import { ChannelSettingsForm } from './ChannelSettingsForm.tsx';
import { DeliveryTable } from './DeliveryTable.tsx';
import { kindLabel } from './labels.ts';

/**
 * Survey channels: the company's SMS and WeChat gateways, the SMTP server and the phone team that survey
 * invitations go out through, a test message per channel, and the log of every delivery.
 */
export default function SurveyChannelsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const channels = useChannelSettings();
  return (
    <Flex vertical gap={token.marginLG}>
      <div>
        <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
          {t('Survey channels')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('How survey invitations reach customers: SMS, WeChat, e-mail, or an agent’s call.')}
        </Typography.Text>
      </div>
      <Card>
        <QueryState query={channels} rows={6}>
          {(data) => (
            <Tabs
              items={data.map((c) => ({
                key: c.kind,
                label: kindLabel(c.kind, t),
                children: <ChannelSettingsForm key={c.kind} channel={c} />,
              }))}
            />
          )}
        </QueryState>
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
            {t('Delivery log')}
          </Typography.Title>
        }
      >
        <DeliveryTable />
      </Card>
    </Flex>
  );
}
