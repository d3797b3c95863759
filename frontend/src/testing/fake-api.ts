// A tiny in-test fake of our backend at the fetch level: routes like "GET /api/partners/:id"
// map to handlers; every request is recorded so tests can assert what the SPA sent.
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
  params: Record<string, string>;
}

export type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

function match(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(
    `^${pattern.replace(/:(\w+)/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  const found = regex.exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
}

export function installFakeApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    for (const [key, handler] of Object.entries(routes)) {
      const [method, pattern] = key.split(' ') as [string, string];
      const params = method === request.method ? match(pattern, url.pathname) : null;
      if (params) {
        const recorded = { method: request.method, url, headers: request.headers, body, params };
        requests.push(recorded);
        return handler(recorded);
      }
    }
    requests.push({ method: request.method, url, headers: request.headers, body, params: {} });
    return problem(501, { title: `No fake for ${request.method} ${url.pathname}` });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    /** Requests with this method whose path equals the given one. */
    sent: (method: string, path: string) =>
      requests.filter((request) => request.method === method && request.url.pathname === path),
  };
}

export function me(roles: string[], name = 'Test Gebruiker') {
  return () => json({ username: 'test', name, roles });
}
