// Keycloak login for the SPA: authorization code flow with PKCE (S256), login required.
import Keycloak from 'keycloak-js';
import { config } from '@/config';

export const keycloak = new Keycloak({
  url: config.keycloakUrl,
  realm: config.keycloakRealm,
  clientId: config.keycloakClientId,
});

let initialised: Promise<boolean> | undefined;

/** Starts the session; redirects to the Keycloak login page when there is none. */
export function initAuth(): Promise<boolean> {
  initialised ??= keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  return initialised;
}

/** A valid access token, refreshed when it expires within 30 seconds. */
export async function getAccessToken(): Promise<string | undefined> {
  // Offline (the check-in page keeps working at the door): the call will fail anyway; sending
  // the user to the login page would lose the page and its queue.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return keycloak.token;
  try {
    await keycloak.updateToken(30);
  } catch {
    await login();
    return undefined;
  }
  return keycloak.token;
}

export function login(): Promise<void> {
  return keycloak.login();
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` });
}
