// `make test` runs this: every overlay of deploy/k8s rendered with `kubectl kustomize` and checked,
// the realm files of the overlays up to date, and docker-compose.yml checked. Exit 1 on a problem.
//   node deploy/check/check.mjs [kustomization dir ...] [--production dir ...] [--compose file]
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCompose } from './compose.mjs';
import { checkBackendDockerfile } from './dockerfile.mjs';
import { checkManifests } from './kubernetes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function runChecks({ overlays, compose, backendDockerfile }) {
  const lines = [];
  let problems = 0;
  let objects = 0;
  for (const { dir, production } of overlays) {
    const result = await checkManifests(dir, { production });
    objects += result.objects;
    problems += result.problems.length;
    for (const problem of result.problems) lines.push(`${dir}: ${problem}`);
  }
  let services = 0;
  if (compose) {
    const result = checkCompose(compose);
    services = result.services;
    problems += result.problems.length;
    for (const problem of result.problems) lines.push(`${compose}: ${problem}`);
  }
  if (backendDockerfile) {
    const result = checkBackendDockerfile(backendDockerfile);
    problems += result.problems.length;
    for (const problem of result.problems) lines.push(`${backendDockerfile}: ${problem}`);
  }
  return { lines, problems, objects, services };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync('node', [join(root, 'deploy/k8s/realm.mjs'), '--check'], { stdio: 'inherit' });
  const overlays = [
    { dir: join(root, 'deploy/k8s/overlays/demo'), production: false },
    { dir: join(root, 'deploy/k8s/overlays/production'), production: true },
  ];
  const { lines, problems, objects, services } = await runChecks({
    overlays, compose: join(root, 'docker-compose.yml'), backendDockerfile: join(root, 'backend/Dockerfile'),
  });
  for (const line of lines) console.log(`  ${line}`);
  console.log(`deploy check: ${overlays.length} overlays, ${objects} objects validated against their schemas `
    + `(kubernetes-models, CloudNativePG CRDs) and reviewed (probes, requests and limits, pinned images, `
    + `references, no demo secret in production); docker-compose.yml: ${services} services; `
    + `backend/Dockerfile's class-data archive; ${problems} problems`);
  process.exit(problems ? 1 : 0);
}
