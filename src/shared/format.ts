/** Number, currency, percentage and period formats through Intl, German first. */
import { t, type Lang } from './i18n.ts';
import { parsePeriod } from '../contract/period.ts';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function locale(lang: Lang): string {
  return LOCALES[lang];
}

/** `1.234,5` (de) / `1,234.5` (en) with exactly `decimals` places. */
export function formatNumber(lang: Lang, value: number, decimals = 0): string {
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** With an explicit sign: `+1,2` / `−0,4` / `0`. */
export function formatSigned(lang: Lang, value: number, decimals = 0): string {
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' }).format(value);
}

/** A share given in percent (5.78 → `5,78 %`). */
export function formatPercent(lang: Lang, percent: number, decimals = 1): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(percent / 100);
}

export function formatCurrency(lang: Lang, amount: number, currency = 'EUR', decimals = 0): string {
  return numberFormat(lang, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount);
}

const NBSP = '\u00a0';

/**
 * A value with its unit, as the indicator defines them: `%` becomes a percent format,
 * `€`/`EUR` a currency format, any other unit follows the number (`61.141 Personen`).
 */
export function formatValue(lang: Lang, value: number, unit = '', decimals = 0): string {
  const u = unit.trim();
  if (u === '%') return formatPercent(lang, value, decimals);
  if (u === '€' || u === 'EUR') return formatCurrency(lang, value, 'EUR', decimals);
  const number = formatNumber(lang, value, decimals);
  return u ? `${number}${NBSP}${u}` : number;
}

/** A difference in the indicator's unit; for `%` in percentage points. */
export function formatDifference(lang: Lang, difference: number, unit = '', decimals = 0): string {
  const number = formatSigned(lang, difference, decimals);
  const u = unit.trim();
  if (u === '%') return `${number}${NBSP}${lang === 'de' ? 'Prozentpunkte' : 'percentage points'}`;
  return u ? `${number}${NBSP}${u}` : number;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options });
    dateFormats.set(key, format);
  }
  return format;
}

/** `2023`, `2. Quartal 2023`, `1. Halbjahr 2023`, `Juni 2023`, `31.12.2023` (de). */
export function formatPeriod(lang: Lang, period: string, style: 'long' | 'short' = 'long'): string {
  const p = parsePeriod(period);
  if (!p) return period;
  switch (p.granularity) {
    case 'year':
      return String(p.year);
    case 'half':
      return lang === 'de' ? `${p.part}.${NBSP}Halbjahr ${p.year}` : `H${p.part} ${p.year}`;
    case 'quarter':
      if (style === 'short') return `Q${p.part}${NBSP}${p.year}`;
      return lang === 'de' ? `${p.part}.${NBSP}Quartal ${p.year}` : `Q${p.part} ${p.year}`;
    case 'month':
      return dateFormat(lang, { month: style === 'short' ? 'short' : 'long', year: 'numeric' }).format(p.start);
    case 'day':
      return dateFormat(lang, style === 'short' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' }).format(p.start);
  }
}

/** A date as `31.03.2024` (de) / `31/03/2024` (en). */
export function formatDate(lang: Lang, isoDate: string): string {
  return formatPeriod(lang, isoDate, 'short');
}

/** The words for a value's status after the official table symbols (`geheim`, `keine Angabe`, `vorläufig`, …). */
export function statusText(lang: Lang, status: string): string {
  return t(lang, `status.${status}` as Parameters<typeof t>[1]);
}

/**
 * A contract value as text: the formatted number, or the reason it is missing.
 * Suppressed values never appear as numbers, whatever the data holds.
 */
export function formatEntry(lang: Lang, entry: { value: number | null; status?: string | undefined }, unit = '', decimals = 0): string {
  if (entry.status && (entry.value === null || ['suppressed', 'missing', 'pending', 'not-applicable', 'unreliable'].includes(entry.status))) return statusText(lang, entry.status);
  if (entry.value === null) return t(lang, 'noValue');
  const text = formatValue(lang, entry.value, unit, decimals);
  return entry.status ? `${text} (${statusText(lang, entry.status)})` : text;
}
