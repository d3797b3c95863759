// The state every form here keeps: its values, the client-side field errors merged with the
// server's, focus moved to the first invalid field, and a submit that validates before sending.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid, type FieldErrors } from '@/components/form/form-errors';
import { describeFieldErrors } from '@/lib/problem-text';

export interface FormStateOptions<V extends object, K extends string> {
  /** The starting values, or a function computing them once on mount. */
  initial: V | (() => V);
  /** The fields whose server errors (from a 400 problem) show next to the field. */
  fields: readonly K[];
  /** The error of the last submit, if any. */
  serverError: unknown;
  /** The client-side checks; an empty result means the values may be sent. */
  validate: (values: V) => FieldErrors<K>;
  /** Called on submit with values that passed `validate`. */
  onValid: (values: V) => void;
}

export interface FormState<V extends object, K extends string> {
  formRef: RefObject<HTMLFormElement | null>;
  values: V;
  /** Changes one value and clears that field's client-side error. */
  set: <P extends keyof V>(key: P, value: V[P]) => void;
  /** Puts back the initial values (client-side errors stay as they are). */
  reset: () => void;
  errors: FieldErrors<K>;
  handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

export function useFormState<V extends object, K extends string>({
  initial,
  fields,
  serverError,
  validate,
  onValid,
}: FormStateOptions<V, K>): FormState<V, K> {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors<K>>({});
  const errors: FieldErrors<K> = { ...describeFieldErrors(t, serverError, fields), ...clientErrors };

  useEffect(() => {
    if (serverError) focusFirstInvalid(formRef.current);
  }, [serverError]);

  const set = <P extends keyof V>(key: P, value: V[P]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setClientErrors((current) => ({ ...current, [key]: undefined }));
  };

  const reset = () => setValues(initial);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(values);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      // wait for the error markup, then move focus to the first field to fix
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    onValid(values);
  };

  return { formRef, values, set, reset, errors, handleSubmit };
}
