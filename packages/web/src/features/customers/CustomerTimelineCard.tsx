import { Card, Empty, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { useTimeline } from './api.ts';
import { MomentTimeline } from './MomentTimeline.tsx';
import { useNames } from './names.ts';

/**
 * A customer's timeline in a card, for a page about something else (a service-recovery case shows it
 * beside the case): the moments newest first, with a link to the whole customer page.
 */
export function CustomerTimelineCard({ customer }: { customer: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const timeline = useTimeline(customer);
  const names = useNames();
  const navigate = useNavigate();
  const page = `../customers?customer=${encodeURIComponent(customer)}`;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: token.fontSizeHeading5 }}>
          {t('Timeline of the customer')}
        </Typography.Title>
      }
      extra={<Link to={page}>{t('Customer page')}</Link>}
    >
      <QueryState query={timeline} rows={6}>
        {(data) =>
          data.moments.length > 0 ? (
            <MomentTimeline
              moments={data.moments}
              names={names}
              onPickEpisode={(journey, episode) =>
                void navigate(
                  `${page}&journey=${encodeURIComponent(journey)}&episode=${encodeURIComponent(episode)}`,
                )
              }
            />
          ) : (
            <Empty description={t('No moment of this customer has been recorded.')} />
          )
        }
      </QueryState>
    </Card>
  );
}
