import { describe, expect, it } from 'vitest';
import { ApiProblem, fieldKey } from '@/lib/problem';

const response = (status: number, statusText = '') => new Response(null, { status, statusText });

describe('ApiProblem.fromResponse', () => {
  it('reads title, detail, type and field errors of a validation problem', () => {
    const problem = ApiProblem.fromResponse(response(400), {
      type: 'urn:aanjager:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: '2 fields are invalid',
      instance: '/api/partners',
      errors: [
        { field: 'createPartner.request.name', message: 'must not be blank' },
        { field: 'email', message: 'must be a well-formed email address' },
      ],
    });

    expect(problem).toBeInstanceOf(Error);
    expect(problem.status).toBe(400);
    expect(problem.slug).toBe('validation');
    expect(problem.title).toBe('Invalid request');
    expect(problem.detail).toBe('2 fields are invalid');
    expect(problem.instance).toBe('/api/partners');
    expect(problem.fieldErrors).toEqual({
      name: 'must not be blank',
      email: 'must be a well-formed email address',
    });
    expect(problem.isStale).toBe(false);
  });

  it('marks a 412 as stale, also without a body', () => {
    expect(ApiProblem.fromResponse(response(412, 'Precondition Failed'), '').isStale).toBe(true);
    expect(
      ApiProblem.fromResponse(response(409), { type: 'urn:aanjager:problem:precondition-failed', title: 'x' }).isStale,
    ).toBe(true);
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    const problem = ApiProblem.fromResponse(response(502, 'Bad Gateway'), '<html>proxy error</html>');
    expect(problem.status).toBe(502);
    expect(problem.title).toBe('Bad Gateway');
    expect(problem.type).toBe('about:blank');
    expect(problem.slug).toBeUndefined();
    expect(problem.errors).toEqual([]);
  });

  it('ignores malformed field errors and keeps the first message per field', () => {
    const problem = ApiProblem.fromResponse(response(400), {
      title: 'Invalid',
      errors: [{ field: 'name', message: 'first' }, { field: 'name', message: 'second' }, 'junk', { field: 'kind' }],
    });
    expect(problem.fieldErrors).toEqual({ name: 'first' });
  });
});

describe('a refusal of one value (403 with field errors)', () => {
  it('keeps the fields, so a form shows the refusal where the value was chosen', () => {
    const problem = ApiProblem.fromResponse(response(403), {
      type: 'urn:aanjager:problem:forbidden',
      title: 'Forbidden',
      status: 403,
      detail: "sourceId: is another partner's activity",
      errors: [{ field: 'sourceId', message: "is another partner's activity" }],
    });
    expect(problem.status).toBe(403);
    expect(problem.slug).toBe('forbidden');
    expect(problem.fieldErrors).toEqual({ sourceId: "is another partner's activity" });
    expect(problem.isForbiddenValue).toBe(true);
  });

  it('tells a refused value from a refused operation (403 without fields)', () => {
    const problem = ApiProblem.fromResponse(response(403), { type: 'urn:aanjager:problem:forbidden', title: 'Forbidden' });
    expect(problem.isForbiddenValue).toBe(false);
    expect(ApiProblem.fromResponse(response(400), { title: 'x', errors: [{ field: 'a', message: 'b' }] }).isForbiddenValue).toBe(false);
  });
});

describe('fieldKey', () => {
  it('takes the last segment of a property path', () => {
    expect(fieldKey('update.arg1.website')).toBe('website');
    expect(fieldKey('name')).toBe('name');
  });
});

describe('a conflict with an existing record', () => {
  it('keeps the URI of the existing record', () => {
    const problem = ApiProblem.fromResponse(response(409), {
      type: 'urn:aanjager:problem:conflict',
      title: 'Conflict',
      existing: '/api/companies/12',
    });
    expect(problem.existing).toBe('/api/companies/12');
    expect(ApiProblem.fromResponse(response(409), { title: 'Conflict' }).existing).toBeUndefined();
  });
});
