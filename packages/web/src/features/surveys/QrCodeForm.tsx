import { Button, Flex, Form, Input, Select, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/format.ts';
import type { TQrLinkInput } from './qr-api.ts';

type TForm = {
  label: string;
  store?: string;
  counter?: string;
  touchpoint?: string;
  language?: 'en' | 'zh-CN';
};

/** A touchpoint as the journey list gives it. */
type TTouchpoint = { key: string; name: string; names?: Record<string, string | undefined> | undefined };

/**
 * Making a QR code: the label printed on the card, the store and counter its answers carry as segment
 * attributes, the touchpoint of the survey's journey they are about and the language of the survey page.
 */
export function QrCodeForm({
  touchpoints,
  hasJourney,
  pending,
  onCreate,
}: {
  touchpoints: readonly TTouchpoint[];
  hasJourney: boolean;
  pending: boolean;
  onCreate: (input: TQrLinkInput, done: () => void) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<TForm>();
  const submit = (values: TForm) => {
    const attributes = Object.fromEntries(
      Object.entries({ store: values.store, counter: values.counter }).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
      ),
    );
    const input: TQrLinkInput = { label: values.label, attributes };
    if (values.touchpoint) input.touchpoint = values.touchpoint;
    if (values.language) input.language = values.language;
    onCreate(input, () => form.resetFields());
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item
        name="label"
        label={t('Label printed on the card')}
        rules={[{ required: true, message: t('Required') }]}
      >
        <Input />
      </Form.Item>
      <Flex gap={token.margin}>
        <Form.Item name="store" label={t('Store')} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item name="counter" label={t('Counter')} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
      </Flex>
      <Flex gap={token.margin}>
        <Form.Item
          name="touchpoint"
          label={t('Touchpoint')}
          style={{ flex: 1 }}
          extra={
            hasJourney
              ? t('The answers become this touchpoint’s moments when the survey rates no touchpoint.')
              : t('Give the survey a journey to pick its touchpoints.')
          }
        >
          <Select
            allowClear
            disabled={!hasJourney}
            placeholder={t('None')}
            options={touchpoints.map((tp) => ({ value: tp.key, label: localName(tp) }))}
          />
        </Form.Item>
        <Form.Item
          name="language"
          label={t('Language')}
          style={{ flex: 1 }}
          extra={t('Of the survey page and the title on the card.')}
        >
          <Select
            allowClear
            placeholder={t('The workspace’s language')}
            options={[
              { value: 'zh-CN', label: t('Chinese') },
              { value: 'en', label: t('English') },
            ]}
          />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('Make a QR code')}
      </Button>
    </Form>
  );
}
