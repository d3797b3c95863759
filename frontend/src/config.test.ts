import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/config';

describe('parseConfig', () => {
  it('uses the local defaults', () => {
    expect(parseConfig({})).toEqual({
      keycloakUrl: 'http://localhost:8180',
      keycloakRealm: 'aanjager',
      keycloakClientId: 'aanjager-spa',
      apiBasePath: '/api',
      organisation: { name: undefined, logoUrl: undefined, privacyUrl: undefined },
    });
  });

  it('takes the organisation of the public pages: a name, a logo (path or URL) and its privacy statement', () => {
    const config = parseConfig({
      VITE_ORGANISATION_NAME: ' Gemeente Voorbeeldstad ',
      VITE_ORGANISATION_LOGO_URL: '/logo.svg',
      VITE_PRIVACY_STATEMENT_URL: 'https://www.voorbeeldstad.nl/privacy',
    });
    expect(config.organisation).toEqual({ name: 'Gemeente Voorbeeldstad', logoUrl: '/logo.svg', privacyUrl: 'https://www.voorbeeldstad.nl/privacy' });
    expect(() => parseConfig({ VITE_PRIVACY_STATEMENT_URL: 'javascript:alert(1)' })).toThrow(/VITE_PRIVACY_STATEMENT_URL/);
    expect(() => parseConfig({ VITE_ORGANISATION_LOGO_URL: '//evil.example/logo.svg' })).toThrow(/VITE_ORGANISATION_LOGO_URL/);
    expect(() => parseConfig({ VITE_ORGANISATION_NAME: 'x'.repeat(81) })).toThrow(/80 characters/);
  });

  it('takes values from the environment and trims a trailing slash', () => {
    const config = parseConfig({ VITE_KEYCLOAK_URL: 'https://login.example.nl/', VITE_KEYCLOAK_REALM: 'city' });
    expect(config.keycloakUrl).toBe('https://login.example.nl');
    expect(config.keycloakRealm).toBe('city');
  });

  it('rejects a value that is not a URL or not a name', () => {
    expect(() => parseConfig({ VITE_KEYCLOAK_URL: 'localhost:8180' })).toThrow(ConfigError);
    expect(() => parseConfig({ VITE_KEYCLOAK_CLIENT_ID: 'spa client' })).toThrow(/VITE_KEYCLOAK_CLIENT_ID/);
  });
});
