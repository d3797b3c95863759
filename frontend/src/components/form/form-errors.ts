// Field errors of a form: from client-side checks or from a 400 problem, keyed by field name.
import type { TFunction } from 'i18next';
import { describeFieldErrors } from '@/lib/problem-text';

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** The server's field errors for the given fields, in the user's language (others are left to the alert). */
export function serverFieldErrors<K extends string>(t: TFunction, error: unknown, fields: readonly K[]): FieldErrors<K> {
  return describeFieldErrors(t, error, fields);
}

const CONTROL = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Moves focus to the first control marked invalid inside the form, so the user lands on it. A
 * group marked invalid (a fieldset of checkboxes) cannot take focus itself: its first control does.
 */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid?.matches(CONTROL) ? invalid : invalid?.querySelector<HTMLElement>(CONTROL);
  target?.focus();
}
