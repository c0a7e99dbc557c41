import type { ThemeConfig } from 'antd';

/**
 * The app's theme: antd's defaults, with the text colours that antd leaves under WCAG AA contrast (4.5:1)
 * made darker: the primary blue (white button text, links), descriptions, placeholders, and the text forms
 * of success, warning and error (a form field's error message too). Charts keep the bright status colours
 * (they are not text).
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorErrorText: '#cf1322',
    colorSuccessText: '#237804',
    colorWarningText: '#ad4e00',
  },
  components: {
    // A form's messages under a field are drawn in colorError, not colorErrorText.
    Form: { colorError: '#cf1322' },
  },
};
