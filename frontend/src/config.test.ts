import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/config';

describe('parseConfig', () => {
  it('uses the local defaults', () => {
    expect(parseConfig({})).toEqual({
      keycloakUrl: 'http://localhost:8180',
      keycloakRealm: 'aanjager',
      keycloakClientId: 'aanjager-spa',
      apiBasePath: '/api',
    });
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
