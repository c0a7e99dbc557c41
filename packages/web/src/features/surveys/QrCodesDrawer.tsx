import { DownloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  message,
  QRCode,
  Switch,
  theme,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import type { TQrLink } from './qr-api.ts';
import { fileNameOf, printPng, printSvg, readQrModules, saveFile } from './qr-print.ts';
import { useCreateQrLink, useQrLinks, useSetQrLinkEnabled } from './qr-api.ts';

type TForm = { label: string; store?: string; counter?: string };

/** Saves the code drawn in `container` as a printable card, SVG or PNG, named after the card's label. */
async function downloadCard(
  container: HTMLElement | null,
  card: { label: string; survey: string },
  kind: 'svg' | 'png',
): Promise<void> {
  const code = readQrModules(container);
  if (!code) return;
  const svg = printSvg(code, card.label, card.survey);
  const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await printPng(svg, code.cells);
  saveFile(blob, fileNameOf(card.label, kind));
}

/**
 * The QR codes of a survey, for a store or a counter: each printed card shows the store and the survey and
 * opens a fresh single-use link per scan. Made and disabled by those who manage surveys.
 */
export function QrCodesDrawer({
  survey,
  mayManage,
  onClose,
}: {
  survey: { key: string; name: string } | null;
  mayManage: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const links = useQrLinks(survey?.key ?? null);
  const create = useCreateQrLink(survey?.key ?? '');
  const setEnabled = useSetQrLinkEnabled(survey?.key ?? '');
  const [form] = Form.useForm<TForm>();
  const submit = (values: TForm) => {
    const attributes = Object.fromEntries(
      Object.entries({ store: values.store, counter: values.counter }).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
      ),
    );
    create.mutate({ label: values.label, attributes }, { onSuccess: () => form.resetFields() });
  };
  const card = (q: TQrLink) => (
    <Card key={q.id} size="small" style={{ width: 260 }}>
      <Flex vertical align="center" gap={token.marginXS} id={`qr-${q.id}`}>
        <Typography.Text strong>{q.label}</Typography.Text>
        <QRCode
          value={q.url}
          type="svg"
          status={q.enabled ? 'active' : 'expired'}
          aria-label={t('QR code for {{label}}', { label: q.label })}
        />
        <Typography.Text>{survey?.name}</Typography.Text>
        <Typography.Text type="secondary">{t('Scans: {{n}}', { n: q.scans })}</Typography.Text>
        <Flex gap={token.marginXS} align="center" wrap justify="center">
          {(['svg', 'png'] as const).map((kind) => (
            <Button
              key={kind}
              size="small"
              icon={<DownloadOutlined />}
              aria-label={t('Download {{format}}: {{label}}', { format: kind.toUpperCase(), label: q.label })}
              onClick={() =>
                void downloadCard(
                  document.getElementById(`qr-${q.id}`),
                  { label: q.label, survey: survey?.name ?? '' },
                  kind,
                ).catch(() => void message.error(t('The file could not be made.')))
              }
            >
              {t('Download {{format}}', { format: kind.toUpperCase() })}
            </Button>
          ))}
          {mayManage && (
            <Switch
              size="small"
              checked={q.enabled}
              checkedChildren={t('Enabled')}
              unCheckedChildren={t('Switched off')}
              aria-label={t('QR code {{label}} in use', { label: q.label })}
              onChange={(enabled) => setEnabled.mutate({ id: q.id, enabled })}
            />
          )}
        </Flex>
      </Flex>
    </Card>
  );
  return (
    <Drawer
      open={survey !== null}
      onClose={onClose}
      width={640}
      title={t('QR codes of {{survey}}', { survey: survey?.name ?? '' })}
    >
      <Flex vertical gap={token.marginLG}>
        {mayManage && (
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
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('Make a QR code')}
            </Button>
          </Form>
        )}
        <QueryState query={links}>
          {(items) =>
            items.length === 0 ? (
              <Empty description={t('No QR codes yet')} />
            ) : (
              <Flex wrap gap={token.margin}>
                {items.map(card)}
              </Flex>
            )
          }
        </QueryState>
      </Flex>
    </Drawer>
  );
}
