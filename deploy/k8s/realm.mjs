// The realm files the overlays import, made from the one realm of the project
// (deploy/keycloak/aanjager-realm.json): `node deploy/k8s/realm.mjs` writes them,
// `node deploy/k8s/realm.mjs --check` (run by deploy/check) fails when they are out of date.
//   overlays/demo:       the demo realm (demo users, demo client secrets), signing in at the demo host
//   overlays/production: the same realm without users, without client secrets (Keycloak makes new
//                        ones on import; an administrator hands them to the partners) and without
//                        the password grant of aanjager-cli; https only
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = JSON.parse(readFileSync(join(here, '../keycloak/aanjager-realm.json'), 'utf8'));

function withSpaAt(realm, origin) {
  return {
    ...realm,
    clients: realm.clients.map((client) =>
      client.clientId === 'aanjager-spa' ? { ...client, redirectUris: [`${origin}/*`], webOrigins: ['+'] } : client),
  };
}

export function demoRealm() {
  return withSpaAt(source, 'https://aanjager.example.nl');
}

export function productionRealm() {
  const { users, ...realm } = withSpaAt(source, 'https://aanjager.example.nl');
  return {
    ...realm,
    sslRequired: 'all',
    // no password grant: people sign in on Keycloak's own page only
    clients: realm.clients.map(({ secret, ...client }) => ({ ...client, directAccessGrantsEnabled: false })),
  };
}

const files = {
  [join(here, 'overlays/demo/aanjager-realm.json')]: demoRealm(),
  [join(here, 'overlays/production/aanjager-realm.json')]: productionRealm(),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, realm] of Object.entries(files)) {
    const text = `${JSON.stringify(realm, null, 2)}\n`;
    if (!check) writeFileSync(file, text);
    else if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is not made from deploy/keycloak/aanjager-realm.json: run node deploy/k8s/realm.mjs`);
      stale += 1;
    }
  }
  process.exit(stale ? 1 : 0);
}
