// Runtime configuration, read from Vite env variables and validated once at start.
// A bad value stops the app with a clear message instead of failing later in a corner.

export interface AppConfig {
  /** Base URL of Keycloak, without the realm path. */
  keycloakUrl: string;
  /** Keycloak realm that holds the Aanjager users. */
  keycloakRealm: string;
  /** Public OIDC client of this SPA (authorization code + PKCE S256). */
  keycloakClientId: string;
  /** The API is always same-origin; the dev/preview server proxies it to the backend. */
  apiBasePath: '/api';
}

type RawEnv = Partial<Record<'VITE_KEYCLOAK_URL' | 'VITE_KEYCLOAK_REALM' | 'VITE_KEYCLOAK_CLIENT_ID', string>>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function readUrl(name: string, value: string | undefined, fallback: string): string {
  const raw = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must use http or https, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function readIdentifier(name: string, value: string | undefined, fallback: string): string {
  const raw = value?.trim() || fallback;
  if (!/^[A-Za-z0-9._-]+$/.test(raw)) {
    throw new ConfigError(`${name} may contain only letters, digits, ".", "_" and "-", got "${raw}"`);
  }
  return raw;
}

export function parseConfig(env: RawEnv): AppConfig {
  return {
    keycloakUrl: readUrl('VITE_KEYCLOAK_URL', env.VITE_KEYCLOAK_URL, 'http://localhost:8180'),
    keycloakRealm: readIdentifier('VITE_KEYCLOAK_REALM', env.VITE_KEYCLOAK_REALM, 'aanjager'),
    keycloakClientId: readIdentifier('VITE_KEYCLOAK_CLIENT_ID', env.VITE_KEYCLOAK_CLIENT_ID, 'aanjager-spa'),
    apiBasePath: '/api',
  };
}

export const config: AppConfig = parseConfig(import.meta.env);
