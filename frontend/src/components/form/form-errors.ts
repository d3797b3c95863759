// Field errors of a form: from client-side checks or from a 400 problem, keyed by field name.
// The server's field errors come worded from lib/problem-text (describeFieldErrors).

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

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
