// The checker must fail on what it exists to catch: a deliberately broken kustomization, compose
// file and backend image (fixtures/), each mistake named. Run by make test before the real check.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from './check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const expected = [
  'Service/backend: targetPort htp is no port of the pods it selects',
  'Ingress/aanjager: path /api goes to Service bakend, which does not exist',
  'Deployment/backend container backend: image ghcr.io/aanjager/backend:latest has no pinned tag',
  'Deployment/backend container backend: no livenessProbe',
  'Deployment/backend container backend: no limits.memory',
  'Cluster/aanjager-db: /spec/instances must be integer',
  'HorizontalPodAutoscaler/backend: scales Deployment api, which does not exist',
  'Deployment/keycloak: volume realm needs ConfigMap keycloak-realm, which does not exist',
  'production renders no secret',
  'a demo secret (ZGVtby1vbmx5…) is in the production manifests',
  'service db: image postgres:latest has no pinned tag',
  'schema: /services/db/restart must be string',
  'service api: build context ./no-such-folder does not exist',
  'service api: waits for db to be healthy, which has no healthcheck',
  'service api: port 8080:8080 is published beyond this machine',
  'service api: mounts ./no-such-realm.json, which does not exist',
  'service login: no realm file mounted into /opt/keycloak/data/import',
  'the archive app-cds.jsa is made before the application is copied in',
  'the archive is made without -Dquarkus.appcds.generate=true',
  'CMD does not start with the archive the image makes (app-cds.jsa)',
  'CMD starts /app/quarkus-run.jar where the archive was made with quarkus-run.jar',
];
const { lines } = await runChecks({
  overlays: [{ dir: join(here, 'fixtures/broken'), production: true }],
  compose: join(here, 'fixtures/broken-compose.yml'),
  backendDockerfile: join(here, 'fixtures/broken-backend.Dockerfile'),
});
const missed = expected.filter((message) => !lines.some((line) => line.includes(message)));
for (const message of missed) console.log(`  not reported: ${message}`);
if (missed.length) {
  console.log('  the checker reported:');
  for (const line of lines) console.log(`    ${line}`);
}
console.log(`deploy check self-test: ${expected.length - missed.length} of ${expected.length} deliberate mistakes reported`);
process.exit(missed.length ? 1 : 0);
