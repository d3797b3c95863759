// Checks docker-compose.yml without a Docker engine: the Compose Specification's schema, and the
// references a `docker compose up` would trip over: build contexts and Dockerfiles that exist,
// host paths that exist, health checks where others wait for health, loopback-only ports,
// pinned images.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse } from 'yaml';

// draft-07, which Ajv knows under its http:// name; the file names it with https://
const { $schema, ...schema } = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)),
  'schemas/compose-spec.json'), 'utf8'));

export function checkCompose(file) {
  const base = dirname(resolve(file));
  const compose = parse(readFileSync(file, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  const problems = validate(compose) ? [] : validate.errors.map((e) => `schema: ${e.instancePath || '/'} ${e.message}`);
  const services = compose.services ?? {};
  for (const [name, service] of Object.entries(services)) {
    const where = `service ${name}`;
    if (service.build) {
      const build = typeof service.build === 'string' ? { context: service.build } : service.build;
      const context = resolve(base, build.context ?? '.');
      if (!existsSync(context)) problems.push(`${where}: build context ${build.context} does not exist`);
      const dockerfile = resolve(context, build.dockerfile ?? 'Dockerfile');
      if (!existsSync(dockerfile)) problems.push(`${where}: Dockerfile ${build.dockerfile ?? 'Dockerfile'} does not exist in ${build.context}`);
    } else if (!service.image) {
      problems.push(`${where}: neither an image nor a build`);
    } else if (!/:[^/:]+$/.test(service.image) || service.image.endsWith(':latest')) {
      problems.push(`${where}: image ${service.image} has no pinned tag`);
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.type === 'bind' ? volume.source : null;
      if (source && (source.startsWith('.') || source.startsWith('/')) && !existsSync(resolve(base, source))) {
        problems.push(`${where}: mounts ${source}, which does not exist`);
      }
    }
    for (const port of service.ports ?? []) {
      const text = typeof port === 'string' ? port : `${port.host_ip ?? ''}:${port.published}:${port.target}`;
      if (!text.startsWith('127.0.0.1:')) problems.push(`${where}: port ${text} is published beyond this machine (bind 127.0.0.1)`);
    }
    const dependsOn = Array.isArray(service.depends_on)
      ? Object.fromEntries(service.depends_on.map((d) => [d, {}])) : service.depends_on ?? {};
    for (const [other, condition] of Object.entries(dependsOn)) {
      if (!services[other]) problems.push(`${where}: depends on ${other}, which is no service`);
      else if (condition.condition === 'service_healthy' && !services[other].healthcheck) {
        problems.push(`${where}: waits for ${other} to be healthy, which has no healthcheck`);
      }
    }
  }
  // Keycloak starts with the realm of the project, or nobody can sign in
  for (const [name, service] of Object.entries(services).filter(([, s]) => /keycloak/.test(s.image ?? ''))) {
    const mounts = (service.volumes ?? []).map((v) => (typeof v === 'string' ? v : `${v.source}:${v.target}`));
    if (!mounts.some((m) => /realm[^:]*\.json:\/opt\/keycloak\/data\/import/.test(m))) {
      problems.push(`service ${name}: no realm file mounted into /opt/keycloak/data/import`);
    }
  }
  return { services: Object.keys(services).length, problems };
}
