import type { TReportLocale } from './messages.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values (both quote kinds), so user names cannot inject markup. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Number formatting per report locale; every number the report shows goes through one of these. */
export type TFormat = {
  /** A plain number with up to `digits` decimals, grouped per locale (1,234.5). */
  number(value: number, digits?: number): string;
  /** A number with exactly `digits` decimals (0.20). */
  fixed(value: number, digits: number): string;
  /** A share 0..1 as a percentage (18%). */
  percent(value: number, digits?: number): string;
  /** A signed number (+0.4, −0.2). */
  signed(value: number, digits?: number): string;
  /** A date (ISO string) in the locale's long form. */
  date(iso: string): string;
};

/** Creates the formatters of a locale. */
export function createFormat(locale: TReportLocale): TFormat {
  const numbers = new Map<string, Intl.NumberFormat>();
  const cached = (key: string, options: Intl.NumberFormatOptions) => {
    let format = numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numbers.set(key, format);
    }
    return format;
  };
  return {
    number: (value, digits = 1) => cached(`n${digits}`, { maximumFractionDigits: digits }).format(value),
    fixed: (value, digits) =>
      cached(`f${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    percent: (value, digits = 0) =>
      cached(`p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(value),
    signed: (value, digits = 1) =>
      cached(`s${digits}`, {
        signDisplay: 'exceptZero',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value),
    date: (iso) =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(iso)),
  };
}
