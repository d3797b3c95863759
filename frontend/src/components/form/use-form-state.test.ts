import { act, renderHook } from '@testing-library/react';
import type { FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FieldErrors } from '@/components/form/form-errors';
import { useFormState } from '@/components/form/use-form-state';
import { ApiProblem } from '@/lib/problem';

const FIELDS = ['name', 'email'] as const;
type Values = { name: string; email: string };

const requireName = (values: Values): FieldErrors<(typeof FIELDS)[number]> =>
  values.name.trim() ? {} : { name: 'Vul dit veld in.' };

function submitEvent() {
  return { preventDefault: vi.fn() } as unknown as FormEvent<HTMLFormElement>;
}

function renderForm(serverError: unknown = null) {
  const onValid = vi.fn();
  const view = renderHook(({ error }) =>
    useFormState({ initial: { name: '', email: '' }, fields: FIELDS, serverError: error, validate: requireName, onValid }),
    { initialProps: { error: serverError } },
  );
  return { ...view, onValid };
}

describe('useFormState', () => {
  it('does not call onValid when the values fail validation, and shows the client error', () => {
    const { result, onValid } = renderForm();
    const event = submitEvent();

    act(() => result.current.handleSubmit(event));

    expect(event.preventDefault).toHaveBeenCalled();
    expect(onValid).not.toHaveBeenCalled();
    expect(result.current.errors).toEqual({ name: 'Vul dit veld in.' });
  });

  it('clears a field’s client error when set changes that field, then submits the valid values', () => {
    const { result, onValid } = renderForm();
    act(() => result.current.handleSubmit(submitEvent()));

    act(() => result.current.set('name', 'Ada'));

    expect(result.current.values.name).toBe('Ada');
    expect(result.current.errors.name).toBeUndefined();
    act(() => result.current.handleSubmit(submitEvent()));
    expect(onValid).toHaveBeenCalledWith({ name: 'Ada', email: '' });
  });

  it('merges the server’s field errors for the known fields, client errors taking precedence', () => {
    const problem = new ApiProblem({
      status: 400,
      errors: [
        { field: 'create.request.email', message: 'must be a well-formed email address', code: 'EMAIL', params: {} },
        { field: 'create.request.name', message: 'size must be between 0 and 200', code: 'TOO_LONG', params: { max: '200' } },
        { field: 'create.request.other', message: 'must not be null', code: 'REQUIRED', params: {} },
      ],
    });
    const { result } = renderForm(problem);
    const email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
    expect(result.current.errors).toEqual({ email, name: 'Gebruik hoogstens 200 tekens.' });

    act(() => result.current.handleSubmit(submitEvent()));

    expect(result.current.errors).toEqual({ email, name: 'Vul dit veld in.' });
  });
});
