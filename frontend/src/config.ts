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
  /** The organisation whose public pages these are (the municipality), with its logo and privacy statement. */
  organisation: { name?: string; logoUrl?: string; privacyUrl?: string };
}

type RawEnv = Partial<
  Record<
    | 'VITE_KEYCLOAK_URL'
    | 'VITE_KEYCLOAK_REALM'
    | 'VITE_KEYCLOAK_CLIENT_ID'
    | 'VITE_ORGANISATION_NAME'
    | 'VITE_ORGANISATION_LOGO_URL'
    | 'VITE_PRIVACY_STATEMENT_URL',
    string
  >
>;

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

/** An optional address: absent when empty, else an absolute http(s) URL or a path on this site. */
function readOptionalUrl(name: string, value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  return raw.startsWith('/') && !raw.startsWith('//') ? raw : readUrl(name, raw, raw);
}

function readName(name: string, value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (raw && raw.length > 80) throw new ConfigError(`${name} may be at most 80 characters, got ${raw.length}`);
  return raw || undefined;
}

export function parseConfig(env: RawEnv): AppConfig {
  return {
    keycloakUrl: readUrl('VITE_KEYCLOAK_URL', env.VITE_KEYCLOAK_URL, 'http://localhost:8180'),
    keycloakRealm: readIdentifier('VITE_KEYCLOAK_REALM', env.VITE_KEYCLOAK_REALM, 'aanjager'),
    keycloakClientId: readIdentifier('VITE_KEYCLOAK_CLIENT_ID', env.VITE_KEYCLOAK_CLIENT_ID, 'aanjager-spa'),
    apiBasePath: '/api',
    organisation: {
      name: readName('VITE_ORGANISATION_NAME', env.VITE_ORGANISATION_NAME),
      logoUrl: readOptionalUrl('VITE_ORGANISATION_LOGO_URL', env.VITE_ORGANISATION_LOGO_URL),
      privacyUrl: readOptionalUrl('VITE_PRIVACY_STATEMENT_URL', env.VITE_PRIVACY_STATEMENT_URL),
    },
  };
}

export const config: AppConfig = parseConfig(import.meta.env);
