// Dates and numbers formatted per locale with Intl.
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/lib/i18n';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO date ("2027-12-31") or timestamp; date-only values never shift a day. */
export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The calendar day of a timestamp in the user's (or the given) time zone ("20 nov 2026"), no time. */
export function formatDay(value: string | Date | null | undefined, locale: string, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DATE_ONLY.test(value)) return formatDate(value, locale);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}

/** The calendar day in words ("12 november 2026"), for choices that name a day in a sentence. */
export function formatLongDay(value: string | Date | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '';
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : undefined }).format(date);
}

/**
 * The end of a period that starts at start: only the time when both fall on the same day
 * ("29 nov 2026, 06:30 – 13:30"), else the full date and time.
 */
export function formatEnd(start: string | Date, end: string | Date | null | undefined, locale: string): string {
  if (end === null || end === undefined || end === '') return '';
  const from = start instanceof Date ? start : new Date(start);
  const to = end instanceof Date ? end : new Date(end);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return formatDate(end, locale);
  if (formatDay(from, locale) !== formatDay(to, locale)) return formatDate(to, locale);
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(to);
}

export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return {
    locale,
    date: (value: string | Date | null | undefined) => formatDate(value, locale),
    day: (value: string | Date | null | undefined, timeZone?: string) => formatDay(value, locale, timeZone),
    longDay: (value: string | Date | null | undefined) => formatLongDay(value, locale),
    /** The end of a period after format.date(start): the time alone on the same day. */
    end: (start: string | Date, end: string | Date | null | undefined) => formatEnd(start, end, locale),
    number: (value: number | null | undefined) => formatNumber(value, locale),
    /** At most one decimal: 2.5 days, 3 days. */
    decimal: (value: number | null | undefined) =>
      value === null || value === undefined ? '' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value),
    /** A share 0..1 as a percentage with at most one decimal: 0.667 → "66,7%". */
    percent: (value: number | null | undefined) => formatPercent(value, locale),
  };
}
