// Which app a page load starts: the public pages (event registration, cancelling) run without
// Keycloak; everything else needs a login. Decided from the address before Keycloak starts.

const PUBLIC_PREFIXES = ['/publiek/', '/aanmelden/annuleren'] as const;

export function isPublicPath(pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return PUBLIC_PREFIXES.some((prefix) => path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}
