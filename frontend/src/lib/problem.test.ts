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
        { field: 'createPartner.request.name', message: 'must not be blank', code: 'REQUIRED' },
        { field: 'email', message: 'must be a well-formed email address', code: 'EMAIL', params: {} },
        { field: 'name', message: 'size must be between 0 and 200', code: 'TOO_LONG', params: { max: 200 } },
      ],
    });

    expect(problem).toBeInstanceOf(Error);
    expect(problem.status).toBe(400);
    expect(problem.slug).toBe('validation');
    expect(problem.title).toBe('Invalid request');
    expect(problem.detail).toBe('2 fields are invalid');
    expect(problem.instance).toBe('/api/partners');
    expect(problem.fieldErrors).toEqual({
      name: { field: 'createPartner.request.name', message: 'must not be blank', code: 'REQUIRED', params: {} },
      email: { field: 'email', message: 'must be a well-formed email address', code: 'EMAIL', params: {} },
    });
    expect(problem.errors[2]?.params).toEqual({ max: '200' });
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

  it('ignores malformed field errors, keeps the first per field and reads one without a code as INVALID', () => {
    const problem = ApiProblem.fromResponse(response(400), {
      title: 'Invalid',
      errors: [{ field: 'name', message: 'first' }, { field: 'name', message: 'second' }, 'junk', { field: 'kind' }],
    });
    expect(problem.fieldErrors).toEqual({ name: { field: 'name', message: 'first', code: 'INVALID', params: {} } });
  });

  it('reads the code and params of a problem', () => {
    const problem = ApiProblem.fromResponse(response(409), { status: 409, code: 'STAGE_IN_USE', params: { name: 'Inspired', count: 2 } });
    expect(problem.code).toBe('STAGE_IN_USE');
    expect(problem.params).toEqual({ name: 'Inspired', count: '2' });
  });
});

describe('a refusal of one value (403 with field errors)', () => {
  it('keeps the fields, so a form shows the refusal where the value was chosen', () => {
    const problem = ApiProblem.fromResponse(response(403), {
      type: 'urn:aanjager:problem:forbidden',
      title: 'Forbidden',
      status: 403,
      detail: "sourceId: is another partner's activity",
      errors: [{ field: 'sourceId', message: "is another partner's activity", code: 'DOES_NOT_BELONG' }],
    });
    expect(problem.status).toBe(403);
    expect(problem.slug).toBe('forbidden');
    expect(problem.fieldErrors.sourceId?.code).toBe('DOES_NOT_BELONG');
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
