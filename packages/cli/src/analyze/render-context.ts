import { createFormat, escapeHtml } from './html.ts';
import type { TFormat } from './html.ts';
import { translate } from './messages.ts';
import type { TMessageId, TReportLocale } from './messages.ts';

/** What every section renderer needs: the locale, its number formats and its texts. */
export type TRenderContext = {
  locale: TReportLocale;
  format: TFormat;
  /** The text of `id` with values filled in, escaped for HTML (the values too). */
  t(id: TMessageId, values?: Readonly<Record<string, string | number>>): string;
  /** The same text unescaped, for callers that escape it themselves (SVG text elements). */
  text(id: TMessageId, values?: Readonly<Record<string, string | number>>): string;
};

/** Creates the context of a locale. */
export function createRenderContext(locale: TReportLocale): TRenderContext {
  return {
    locale,
    format: createFormat(locale),
    // Filling in first and escaping the whole text after keeps the rule simple: everything shown is escaped.
    t: (id, values = {}) => escapeHtml(translate(locale, id, values)),
    text: (id, values = {}) => translate(locale, id, values),
  };
}
