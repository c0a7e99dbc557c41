import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, message, QRCode, Switch, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TLanguage } from '../../lib/i18n/index.ts';
import type { TQrLink } from './qr-api.ts';
import { fileNameOf, printPng, printSvg, readQrModules, saveFile } from './qr-print.ts';

/** What a card prints under its code: its label and the survey's title, in the card's language. */
type TPrinted = { label: string; title: string; language: TLanguage };

/** Saves the code drawn in `container` as a printable card, SVG or PNG, named after the card's label. */
async function downloadCard(
  container: HTMLElement | null,
  card: TPrinted,
  kind: 'svg' | 'png',
): Promise<void> {
  const code = readQrModules(container);
  if (!code) return;
  const svg = printSvg(code, card.label, card.title, card.language);
  const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await printPng(svg, code.cells);
  saveFile(blob, fileNameOf(card.label, kind));
}

/**
 * A QR code's card as it prints: the label, the code, the survey's title in the card's language; under it,
 * on screen only, what the answers are about (touchpoint, language), the scans, the downloads and the
 * switch.
 */
export function QrCodeCard({
  qr,
  title,
  language,
  about,
  mayManage,
  onEnabled,
}: {
  qr: TQrLink;
  /** The survey's title in `language`. */
  title: string;
  /** The card's language: the code's, else the viewer's. */
  language: TLanguage;
  /** The touchpoint's and the language's names, as the card's meta line. */
  about: string;
  mayManage: boolean;
  onEnabled: (enabled: boolean) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const id = `qr-${qr.id}`;
  return (
    <Card
      size="small"
      style={{ width: 260 }}
      role="group"
      aria-label={t('QR code card {{label}}', { label: qr.label })}
    >
      <Flex vertical align="center" gap={token.marginXS}>
        <Flex vertical align="center" gap={token.marginXS} id={id} lang={language}>
          <Typography.Text strong>{qr.label}</Typography.Text>
          <QRCode
            value={qr.url}
            type="svg"
            status={qr.enabled ? 'active' : 'expired'}
            aria-label={t('QR code for {{label}}', { label: qr.label })}
          />
          <Typography.Text>{title}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {about}
        </Typography.Text>
        <Typography.Text type="secondary">{t('Scans: {{n}}', { n: qr.scans })}</Typography.Text>
        <Flex gap={token.marginXS} align="center" wrap justify="center">
          {(['svg', 'png'] as const).map((kind) => (
            <Button
              key={kind}
              size="small"
              icon={<DownloadOutlined />}
              aria-label={t('Download {{format}}: {{label}}', {
                format: kind.toUpperCase(),
                label: qr.label,
              })}
              onClick={() =>
                void downloadCard(
                  document.getElementById(id),
                  { label: qr.label, title, language },
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
              checked={qr.enabled}
              checkedChildren={t('Enabled')}
              unCheckedChildren={t('Switched off')}
              aria-label={t('QR code {{label}} in use', { label: qr.label })}
              onChange={onEnabled}
            />
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
