import { Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { quadrantColour } from './charts.ts';
import { quadrantLabel } from './labels.ts';

/** An IPA quadrant: its name in the text colour (readable on any background) beside a dot of its colour. */
export function QuadrantTag({ quadrant }: { quadrant: string | null }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const colour = quadrantColour(quadrant, token);
  return (
    <Tag
      variant="outlined"
      style={{ color: token.colorText, borderColor: colour, background: token.colorBgContainer }}
    >
      <span aria-hidden style={{ color: colour, marginInlineEnd: 4 }}>
        ●
      </span>
      {quadrantLabel(quadrant, t)}
    </Tag>
  );
}
