// The session when Keycloak is down: an open page keeps its token and stays where it is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const keycloakInstance = vi.hoisted(() => ({
  token: 'token-issued-before' as string | undefined,
  init: vi.fn(async () => true),
  updateToken: vi.fn(async () => true),
  login: vi.fn(async () => undefined),
  logout: vi.fn(async () => undefined),
}));
vi.mock('keycloak-js', () => ({
  default: function Keycloak() {
    return keycloakInstance;
  },
}));
vi.unmock('@/lib/auth');

const { getAccessToken, initAuth, login, SignInUnavailable } = await import('@/lib/auth');

describe('auth while Keycloak is down', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    keycloakInstance.updateToken.mockReset();
    keycloakInstance.login.mockReset();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('keeps the token it has when a refresh fails and Keycloak does not answer', async () => {
    keycloakInstance.updateToken.mockRejectedValue(new Error('refresh failed'));
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(getAccessToken()).resolves.toBe('token-issued-before');
    expect(keycloakInstance.login).not.toHaveBeenCalled();
  });

  it('goes to the login page when a refresh fails but Keycloak answers', async () => {
    keycloakInstance.updateToken.mockRejectedValue(new Error('session ended'));
    fetchMock.mockResolvedValue(new Response(null, { status: 200 }));
    await expect(getAccessToken()).resolves.toBeUndefined();
    expect(keycloakInstance.login).toHaveBeenCalledTimes(1);
  });

  it('stays on the page instead of leaving for a login page that cannot load', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await login();
    expect(keycloakInstance.login).not.toHaveBeenCalled();
  });

  it('says so at the start instead of sending the browser to an error page', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(initAuth()).rejects.toBeInstanceOf(SignInUnavailable);
    expect(keycloakInstance.init).not.toHaveBeenCalled();
  });
});
