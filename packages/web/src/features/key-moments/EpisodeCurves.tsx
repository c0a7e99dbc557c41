import { Alert, Button, Empty, Flex, Form, Input, theme, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { episodeCurve } from '../../components/emotion-curve/curve.ts';
import type { TNamedCurve } from '../../components/emotion-curve/EmotionCurveChart.tsx';
import { EmotionCurveChart } from '../../components/emotion-curve/EmotionCurveChart.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { useCan } from '../../lib/session/session.ts';
import type { TEpisode } from './api.ts';
import { useEpisode } from './api.ts';

/**
 * The emotion curve of any episode the user names by its key (typical good and bad episodes need an endpoint
 * the server does not have yet).
 */
export function EpisodeCurves({ journey, nameOf }: { journey: string; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const can = useCan();
  const [picked, setPicked] = useState<{ key: string; customer?: string }>({ key: '' });
  const episode = useEpisode(journey, picked.key, picked.customer);
  const curves = useMemo(() => {
    const list: TNamedCurve[] = [];
    const add = (name: string, e: TEpisode | undefined, colour: string) => {
      if (e) list.push({ name, curve: episodeCurve(e.moments), colour });
    };
    if (episode.data) add(t('Episode {{key}}', { key: episode.data.key }), episode.data, token.colorPrimary);
    return list;
  }, [episode.data, t, token]);
  if (!can('customers:read'))
    return (
      <Typography.Text type="secondary">{t('Emotion curves need access to customers.')}</Typography.Text>
    );
  const notFound = episode.error instanceof ApiError ? episode.error.message : null;
  return (
    <Flex vertical gap={token.margin}>
      <Form
        layout="inline"
        onFinish={(values: { key?: string; customer?: string }) =>
          setPicked({
            key: values.key?.trim() ?? '',
            ...(values.customer?.trim() ? { customer: values.customer.trim() } : {}),
          })
        }
      >
        <Form.Item name="key" label={t('Episode key')}>
          <Input allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="customer" label={t('Customer (when several share the key)')}>
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={episode.isFetching}>
            {t('Show curve')}
          </Button>
        </Form.Item>
      </Form>
      {notFound && <Alert type="warning" showIcon title={notFound} />}
      {curves.length > 0 ? (
        <EmotionCurveChart curves={curves} nameOf={nameOf} />
      ) : (
        <Empty
          description={t(
            'Enter an episode key (from a customer timeline or the breach feed) to draw its emotion curve.',
          )}
        />
      )}
    </Flex>
  );
}
