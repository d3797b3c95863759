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

/** A timestamp as a datetime-local input holds it: "2026-11-24T14:30", in the user's time zone. */
export function toDateTimeLocal(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${today(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the user's time zone) as an OffsetDateTime for the API, in UTC. */
export function fromDateTimeLocal(value: string): string {
  return new Date(value).toISOString();
}

/** The first and the last moment of the user's calendar day, for "today's" queries. */
export function dayBounds(now: Date = new Date()): { from: string; to: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  end.setMilliseconds(-1);
  return { from: start.toISOString(), to: end.toISOString() };
}
