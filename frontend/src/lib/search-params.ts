// Reading filter values from text (a URL's query parameters, a select's value): what is malformed
// or empty reads as absent, so a hand-edited or outdated link opens the screen without that
// filter rather than failing. Enum values: oneOf in shared/enums.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A positive whole number, e.g. programmeId=3. */
export function readId(value: string | null): number | undefined {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** An ISO date, e.g. from=2026-01-01. */
export function readDay(value: string | null): string | undefined {
  return value && DAY.test(value) ? value : undefined;
}

/** Free text, trimmed; blank reads as absent. */
export function readText(value: string | null): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
