import type { GlobalToken } from 'antd';
import { Tag, theme } from 'antd';
import type { ReactNode } from 'react';

/** How good or bad what a tag names is. */
export type TTone = 'bad' | 'mixed' | 'good' | 'none';

/** The colour of a tone for marks and borders (not for small text: amber and green are too light). */
export function toneColour(tone: TTone, token: GlobalToken): string {
  return tone === 'bad'
    ? token.colorError
    : tone === 'mixed'
      ? token.colorWarning
      : tone === 'good'
        ? token.colorSuccess
        : token.colorTextTertiary;
}

/** A text colour of a tone that keeps the 4.5:1 contrast of small text on white. */
export function toneTextColour(tone: TTone, token: GlobalToken): string {
  return tone === 'bad'
    ? token.colorErrorTextActive
    : tone === 'mixed'
      ? token.colorWarningTextActive
      : tone === 'good'
        ? token.colorSuccessTextActive
        : token.colorTextSecondary;
}

/** A tag whose text stays readable (text colour) with a border and dot of its tone's colour. */
export function ToneTag({ tone, children }: { tone: TTone; children: ReactNode }) {
  const { token } = theme.useToken();
  const colour = toneColour(tone, token);
  return (
    <Tag
      variant="outlined"
      style={{ color: token.colorText, borderColor: colour, background: token.colorBgContainer }}
    >
      <span aria-hidden style={{ color: colour, marginInlineEnd: 4 }}>
        ●
      </span>
      {children}
    </Tag>
  );
}
