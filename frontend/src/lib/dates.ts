// Between the date inputs of forms (YYYY-MM-DD, the user's calendar day) and the API's values.

/** Today's date in the user's time zone, as a date input holds it. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A calendar day as an OffsetDateTime for the API: noon UTC, which is the same calendar day in
 * every time zone from UTC−11 to UTC+11, so the day shown back never shifts.
 */
export function dayToTimestamp(day: string): string {
  return `${day}T12:00:00Z`;
}

/** An OffsetDateTime back to the calendar day (user's time zone) a date input shows. */
export function timestampToDay(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : today(date);
}
