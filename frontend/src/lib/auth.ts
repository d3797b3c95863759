// Keycloak login for the SPA: authorization code flow with PKCE (S256), login required.
import Keycloak from 'keycloak-js';
import { config } from '@/config';

export const keycloak = new Keycloak({
  url: config.keycloakUrl,
  realm: config.keycloakRealm,
  clientId: config.keycloakClientId,
});

let initialised: Promise<boolean> | undefined;

/** Keycloak does not answer: the login page cannot load, so the app says so instead. */
export class SignInUnavailable extends Error {
  constructor() {
    super('Keycloak is not reachable');
  }
}

/**
 * Whether Keycloak answers at all. Asked before any navigation to it: a browser sent to a server
 * that is down shows its own error page, and an open page (the door's) would be lost.
 */
export async function signInReachable(timeoutMs = 4000): Promise<boolean> {
  try {
    // no-cors: only whether an answer comes matters, not what it says
    await fetch(`${config.keycloakUrl}/realms/${encodeURIComponent(config.keycloakRealm)}/.well-known/openid-configuration`, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/** Starts the session; redirects to the Keycloak login page when there is none. */
export function initAuth(): Promise<boolean> {
  initialised ??= signInReachable().then((reachable) => {
    if (!reachable) throw new SignInUnavailable();
    return keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
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
    // Keycloak down: the token we have still works until it expires (the backend checks it
    // against keys it already has), so the page goes on with it rather than leaving for a login
    // page that cannot load.
    if (!(await signInReachable())) return keycloak.token;
    await login();
    return undefined;
  }
  return keycloak.token;
}

/** To the login page, unless Keycloak is down: then the page stays as it is. */
export async function login(): Promise<void> {
  if (!(await signInReachable())) return;
  await keycloak.login();
}

export function logout(): Promise<void> {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` });
}
