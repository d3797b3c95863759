import { describe, expect, it, vi } from 'vitest';
import { createApiClient, etagForVersion, expectOk, unwrap, unwrapVersioned } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';

function clientWith(respond: (request: Request) => Response) {
  const seen: Request[] = [];
  const onUnauthorized = vi.fn();
  const client = createApiClient({
    baseUrl: 'http://spa.test',
    getToken: async () => 'token-123',
    onUnauthorized,
    fetch: async (request) => {
      seen.push(request.clone());
      return respond(request);
    },
  });
  return { client, seen, onUnauthorized };
}

const partner = { id: 7, name: 'KvK', kind: 'CHAMBER_OF_COMMERCE', active: true, version: 3 };

describe('api client', () => {
  it('calls the relative /api path with the bearer token', async () => {
    const { client, seen } = clientWith(() => Response.json({ items: [], total: 0, page: 0, size: 20 }));
    await unwrap(client.GET('/api/partners', { params: { query: { q: 'kvk', page: 0 } } }));
    expect(seen[0]!.url).toBe('http://spa.test/api/partners?q=kvk&page=0');
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer token-123');
    expect(seen[0]!.headers.get('Accept')).toBe('application/json, application/problem+json');
  });

  it('keeps the media type a call asks for, such as a CSV download', async () => {
    const { client, seen } = clientWith(() => new Response('a;b\r\n', { headers: { 'Content-Type': 'text/csv' } }));
    await client.GET('/api/imports/{id}/rejected-rows', {
      params: { path: { id: 4 } },
      headers: { Accept: 'text/csv, application/problem+json' },
      parseAs: 'text',
    });
    expect(seen[0]!.headers.get('Accept')).toBe('text/csv, application/problem+json');
  });

  it('turns a problem+json response into an ApiProblem with field errors', async () => {
    const { client } = clientWith(
      () =>
        new Response(
          JSON.stringify({
            type: 'urn:aanjager:problem:validation',
            title: 'Invalid request',
            status: 400,
            errors: [{ field: 'name', message: 'must not be blank', code: 'REQUIRED' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );
    const error = await unwrap(
      client.POST('/api/partners', { body: { name: '', kind: 'OTHER', active: true } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).slug).toBe('validation');
    expect((error as ApiProblem).fieldErrors.name?.code).toBe('REQUIRED');
  });

  it('asks for a new login on 401', async () => {
    const { client, onUnauthorized } = clientWith(() => new Response(null, { status: 401 }));
    await expect(unwrap(client.GET('/api/me'))).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('returns the ETag header with the record, or derives it from the version', async () => {
    const withHeader = clientWith(() => Response.json(partner, { headers: { ETag: '"3"' } }));
    await expect(
      unwrapVersioned(withHeader.client.GET('/api/partners/{id}', { params: { path: { id: 7 } } })),
    ).resolves.toEqual({ data: partner, etag: '"3"' });

    const withoutHeader = clientWith(() => Response.json({ ...partner, version: 4 }));
    const result = await unwrapVersioned(withoutHeader.client.GET('/api/partners/{id}', { params: { path: { id: 7 } } }));
    expect(result.etag).toBe('"4"');
  });

  it('sends If-Match on update and reports a stale write (412) as stale', async () => {
    const { client, seen } = clientWith(
      () =>
        new Response(JSON.stringify({ type: 'urn:aanjager:problem:precondition-failed', title: 'Stale', status: 412 }), {
          status: 412,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    const error = await unwrapVersioned(
      client.PUT('/api/partners/{id}', {
        params: { path: { id: 7 }, header: { 'If-Match': etagForVersion(3) } },
        body: { name: 'KvK', kind: 'CHAMBER_OF_COMMERCE', active: true },
      }),
    ).catch((e: unknown) => e);
    expect(seen[0]!.method).toBe('PUT');
    expect(seen[0]!.headers.get('If-Match')).toBe('"3"');
    expect(await seen[0]!.json()).toEqual({ name: 'KvK', kind: 'CHAMBER_OF_COMMERCE', active: true });
    expect((error as ApiProblem).isStale).toBe(true);
  });

  it('accepts 204 without a body', async () => {
    const { client } = clientWith(() => new Response(null, { status: 204 }));
    await expect(expectOk(client.DELETE('/api/partners/{id}', { params: { path: { id: 7 } } }))).resolves.toBeUndefined();
  });
});
