import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  theme,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiError } from '../../lib/api/errors.ts';
import { useLanguage } from '../../lib/i18n/index.ts';
import { useCreateFromPack, usePackJourney, usePacks } from './api.ts';
import { JourneyMap } from './JourneyMap.tsx';

/** Create a journey from an industry pack: pick the industry and the journey, look at it, create it. */
export default function NewJourneyPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const packs = usePacks();
  const [packKey, setPackKey] = useState<string>();
  const [journeyKey, setJourneyKey] = useState<string>();
  const [form] = Form.useForm<{ key: string }>();
  const preview = usePackJourney(packKey, journeyKey);
  const create = useCreateFromPack();
  const pack = packs.data?.find((p) => p.key === packKey);

  const submit = ({ key }: { key: string }) => {
    if (!packKey || !journeyKey) return;
    create.mutate(
      { pack: packKey, journey: journeyKey, key },
      {
        onSuccess: (journey) => void navigate(`../${encodeURIComponent(journey.key)}`, { relative: 'path' }),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'already_exists')
            form.setFields([
              { name: 'key', errors: [t('A journey with this key exists. Choose another key.')] },
            ]);
        },
      },
    );
  };

  return (
    <Flex vertical gap={token.marginLG}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3 }}>
        {t('New journey from an industry pack')}
      </Typography.Title>
      <QueryState query={packs}>
        {(list) => (
          <Row gutter={[token.marginLG, token.marginLG]}>
            <Col xs={24} lg={8}>
              <Card title={t('1. Industry and journey')}>
                <Flex vertical gap={token.margin}>
                  <Select
                    aria-label={t('Industry')}
                    placeholder={t('Choose an industry')}
                    value={packKey}
                    onChange={(key: string) => {
                      setPackKey(key);
                      setJourneyKey(undefined);
                    }}
                    options={list.map((p) => ({ value: p.key, label: p.names[language] }))}
                  />
                  {pack && (
                    <>
                      <Typography.Paragraph type="secondary">
                        {pack.descriptions[language]}
                      </Typography.Paragraph>
                      <Radio.Group
                        aria-label={t('Journey')}
                        value={journeyKey}
                        onChange={(event) => {
                          const key = String(event.target.value);
                          setJourneyKey(key);
                          form.setFieldsValue({ key });
                        }}
                      >
                        <Flex vertical gap={token.marginXS}>
                          {pack.journeys.map((j) => (
                            <Radio key={j.key} value={j.key}>
                              {j.names[language] ?? j.name}{' '}
                              <Typography.Text type="secondary">
                                {t('{{stages}} stages, {{touchpoints}} touchpoints', {
                                  stages: j.stages,
                                  touchpoints: j.touchpoints,
                                })}
                              </Typography.Text>
                            </Radio>
                          ))}
                        </Flex>
                      </Radio.Group>
                    </>
                  )}
                </Flex>
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card title={t('2. Preview and create')}>
                {!journeyKey ? (
                  <Typography.Text type="secondary">
                    {t('Choose an industry and a journey to see it here.')}
                  </Typography.Text>
                ) : preview.isPending ? (
                  <Skeleton active />
                ) : preview.data ? (
                  <Flex vertical gap={token.margin}>
                    <JourneyMap journey={preview.data} />
                    <Form form={form} layout="inline" onFinish={submit} requiredMark={false}>
                      <Form.Item
                        label={t('Key of the new journey')}
                        name="key"
                        rules={[
                          { required: true, message: t('Enter a key') },
                          {
                            pattern: /^[a-z0-9][a-z0-9_.-]*$/,
                            message: t('Lower-case letters, digits, "_", "-" or "."'),
                          },
                        ]}
                      >
                        <Input style={{ width: 240 }} />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" loading={create.isPending}>
                        {t('Create journey')}
                      </Button>
                    </Form>
                    {create.isError &&
                      !(create.error instanceof ApiError && create.error.code === 'already_exists') && (
                        <Alert
                          type="error"
                          showIcon
                          title={t('The journey could not be created.')}
                          description={create.error.message}
                        />
                      )}
                  </Flex>
                ) : (
                  <QueryState query={preview}>{() => null}</QueryState>
                )}
              </Card>
            </Col>
          </Row>
        )}
      </QueryState>
    </Flex>
  );
}
