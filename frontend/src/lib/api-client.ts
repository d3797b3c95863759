// The one HTTP client of the SPA: typed from the OpenAPI contract, adds the bearer token,
// sends the user to the login page on 401 and turns problem details into ApiProblem errors.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/generated/schema';
import { getAccessToken, login } from '@/lib/auth';
import { ApiProblem } from '@/lib/problem';

export interface ApiClientOptions {
  /** Origin the relative /api paths resolve against; the current page's origin by default. */
  baseUrl?: string;
  getToken: () => Promise<string | undefined>;
  onUnauthorized: () => void;
  fetch?: (request: Request) => Promise<Response>;
}

function defaultBaseUrl(): string {
  // Same origin as the SPA: the dev and preview servers proxy /api to the backend.
  return typeof window === 'undefined' ? '' : window.location.origin;
}

export function createApiClient(options: ApiClientOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? defaultBaseUrl(),
    // Looked up per call, so a test can replace globalThis.fetch after the client exists.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });

  const auth: Middleware = {
    async onRequest({ request }) {
      const token = await options.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      // JSON unless the call asks for something else (a CSV download), with problems either way
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json, application/problem+json');
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorized();
      return response;
    },
  };
  client.use(auth);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

let anonymous = false;

/**
 * The public pages (event registration, cancelling) run without Keycloak: the one client then
 * sends no token and never redirects to the login page. Chosen once at start, before any call.
 */
export function enableAnonymousApi(): void {
  anonymous = true;
}

export const api: ApiClient = createApiClient({
  getToken: () => (anonymous ? Promise.resolve(undefined) : getAccessToken()),
  onUnauthorized: () => {
    if (!anonymous) void login();
  },
});

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body of a successful call; an ApiProblem for anything else. */
export async function unwrap<R extends FetchResult>(call: Promise<R>): Promise<NonNullable<R['data']>> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiProblem.fromResponse(response, error);
  return data as NonNullable<R['data']>;
}

/** For calls without a body (204). */
export async function expectOk(call: Promise<FetchResult>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw ApiProblem.fromResponse(response, error);
}

/** A record with the entity tag needed to update it (If-Match). */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** The strong entity tag for a record version: 3 → "3". */
export function etagForVersion(version: number | string): string {
  return `"${version}"`;
}

/** A successful body with its ETag header; falls back to the body's version field. */
export async function unwrapVersioned<R extends FetchResult>(
  call: Promise<R>,
): Promise<Versioned<NonNullable<R['data']>>> {
  const result = await call;
  const data = await unwrap(Promise.resolve(result));
  const header = result.response.headers.get('ETag');
  const version = (data as { version?: number | string }).version;
  const etag = header ?? (version !== undefined ? etagForVersion(version) : undefined);
  if (!etag) throw new Error('The response carries neither an ETag nor a version');
  return { data, etag };
}
