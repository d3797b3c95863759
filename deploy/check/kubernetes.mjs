// Checks what `kubectl kustomize <dir>` renders: every object against its schema (core kinds with
// kubernetes-models, CloudNativePG kinds with the vendored CRDs), and what a reviewer would reject.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';

const crds = join(dirname(fileURLToPath(import.meta.url)), '../k8s/crds');

/** Secrets that exist before `kubectl apply`: made by the operator (README "Deploy") or by CloudNativePG. */
export const PROVIDED_SECRETS = ['backend-secrets', 'keycloak-admin', 'backup-s3', 'aanjager-tls', 'login-tls'];
/** Values that must never reach production: the repository's demo secrets. */
const DEMO_VALUES = ['ZGVtby1vbmx5LXRpY2tldC1rZXktbm90LWZvci1wcm9kdWN0aW9uIQ==', 'ZGVtby1jbHVzdGVyLW9ubHktdGlja2V0LWtleS1wdWJsaWMtaW4tZ2l0IQ==',
  'partner1-secret', 'partner2-secret', 'kcadmin'];

export function render(dir) {
  const text = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { text, objects: parseAllDocuments(text).map((doc) => doc.toJS()).filter(Boolean) };
}

function crdValidators() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validators = new Map();
  for (const file of ['postgresql.cnpg.io_clusters.yaml', 'postgresql.cnpg.io_scheduledbackups.yaml']) {
    const crd = parseAllDocuments(readFileSync(join(crds, file), 'utf8'))[0].toJS();
    for (const version of crd.spec.versions) {
      validators.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, ajv.compile(version.schema.openAPIV3Schema));
    }
  }
  return validators;
}

async function validateSchema(object, validators) {
  const where = `${object.kind}/${object.metadata?.name}`;
  const crd = validators.get(`${object.apiVersion}/${object.kind}`);
  if (crd) {
    return crd(object) ? [] : crd.errors.map((e) => `${where}: ${e.instancePath || '/'} ${e.message}`);
  }
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : [null, object.apiVersion];
  const path = `kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`;
  let model;
  try {
    model = (await import(path))[object.kind];
  } catch {
    return [`${where}: no schema for ${object.apiVersion} ${object.kind}`];
  }
  // kustomize breaks long base64 values into lines, which the API server's decoder skips
  const normalised = object.kind === 'Secret' && object.data
    ? { ...object, data: Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, v.replace(/\s/g, '')])) }
    : object;
  try {
    new model(normalised).validate();
    return [];
  } catch (error) {
    return [`${where}: ${error.message}`];
  }
}

const workloads = (objects) => objects.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind));
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

function matchesExpressions(selector, labels) {
  return matches(selector.matchLabels, labels) && (selector.matchExpressions ?? []).every((e) =>
    e.operator === 'In' ? e.values.includes(labels?.[e.key]) : e.operator === 'Exists' ? e.key in (labels ?? {}) : true);
}

/** Pods the render makes, with their labels: the workloads' templates and the database clusters' instances. */
function podLabels(objects) {
  return [
    ...workloads(objects).map((w) => w.spec.template.metadata.labels),
    ...objects.filter((o) => o.kind === 'Cluster').map((c) => ({ 'cnpg.io/cluster': c.metadata.name })),
  ];
}

function reviewContainers(objects) {
  const problems = [];
  for (const workload of workloads(objects)) {
    const pod = workload.spec.template.spec;
    for (const c of [...(pod.initContainers ?? []), ...pod.containers]) {
      const where = `${workload.kind}/${workload.metadata.name} container ${c.name}`;
      const isInit = (pod.initContainers ?? []).includes(c);
      if (!isInit) {
        for (const probe of ['readinessProbe', 'livenessProbe']) if (!c[probe]) problems.push(`${where}: no ${probe}`);
      }
      for (const kind of ['requests', 'limits']) {
        for (const resource of ['cpu', 'memory']) {
          if (!c.resources?.[kind]?.[resource]) problems.push(`${where}: no ${kind}.${resource}`);
        }
      }
      if (!/^[^:@]+(:[^:]+|@sha256:[0-9a-f]{64})$/.test(c.image.replace(/^[^/]+:\d+\//, '')) || /:latest$/.test(c.image)) {
        problems.push(`${where}: image ${c.image} has no pinned tag`);
      }
      const ports = (c.ports ?? []).map((p) => [p.name, p.containerPort]).flat();
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const port = c[probe]?.httpGet?.port ?? c[probe]?.tcpSocket?.port;
        if (port !== undefined && !ports.includes(port)) problems.push(`${where}: ${probe} port ${port} is not a port of the container`);
      }
      for (const mount of c.volumeMounts ?? []) {
        if (!(pod.volumes ?? []).some((v) => v.name === mount.name)) problems.push(`${where}: mounts volume ${mount.name}, which the pod does not have`);
      }
    }
  }
  return problems;
}

function reviewReferences(objects, production) {
  const problems = [];
  const named = (kind) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata.name, o]));
  const services = named('Service');
  const configMaps = named('ConfigMap');
  const secrets = new Set([...named('Secret').keys(), ...PROVIDED_SECRETS,
    ...objects.filter((o) => o.kind === 'Cluster').map((c) => `${c.metadata.name}-app`)]);
  const pods = workloads(objects);
  for (const service of services.values()) {
    const selected = pods.filter((w) => matches(service.spec.selector, w.spec.template.metadata.labels));
    if (selected.length === 0) { problems.push(`Service/${service.metadata.name}: selects no pod template`); continue; }
    for (const port of service.spec.ports) {
      const target = port.targetPort ?? port.port;
      const found = selected.some((w) => w.spec.template.spec.containers.some((c) =>
        (c.ports ?? []).some((p) => p.name === target || p.containerPort === target)));
      if (!found) problems.push(`Service/${service.metadata.name}: targetPort ${target} is no port of the pods it selects`);
    }
  }
  for (const ingress of objects.filter((o) => o.kind === 'Ingress')) {
    for (const path of (ingress.spec.rules ?? []).flatMap((r) => r.http?.paths ?? [])) {
      const { name, port } = path.backend.service;
      const service = services.get(name);
      if (!service) problems.push(`Ingress/${ingress.metadata.name}: path ${path.path} goes to Service ${name}, which does not exist`);
      else if (!service.spec.ports.some((p) => p.name === port.name || p.port === port.number)) {
        problems.push(`Ingress/${ingress.metadata.name}: Service ${name} has no port ${port.name ?? port.number}`);
      }
    }
    for (const tls of ingress.spec.tls ?? []) if (!secrets.has(tls.secretName)) problems.push(`Ingress/${ingress.metadata.name}: TLS secret ${tls.secretName} is neither rendered nor provided`);
  }
  for (const workload of pods) {
    const where = `${workload.kind}/${workload.metadata.name}`;
    const pod = workload.spec.template.spec;
    for (const c of pod.containers) {
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef && !configMaps.has(from.configMapRef.name)) problems.push(`${where}: ConfigMap ${from.configMapRef.name} does not exist`);
        if (from.secretRef && !secrets.has(from.secretRef.name)) problems.push(`${where}: Secret ${from.secretRef.name} is neither rendered nor provided`);
      }
      for (const env of c.env ?? []) {
        const ref = env.valueFrom?.secretKeyRef;
        if (ref && !secrets.has(ref.name)) problems.push(`${where}: ${env.name} reads Secret ${ref.name}, which is neither rendered nor provided`);
        const cm = env.valueFrom?.configMapKeyRef;
        if (cm && !configMaps.get(cm.name)?.data?.[cm.key]) problems.push(`${where}: ${env.name} reads ${cm.name}/${cm.key}, which does not exist`);
      }
    }
    for (const volume of pod.volumes ?? []) {
      if (volume.configMap && !configMaps.has(volume.configMap.name)) problems.push(`${where}: volume ${volume.name} needs ConfigMap ${volume.configMap.name}, which does not exist`);
    }
  }
  const labels = podLabels(objects);
  for (const o of objects.filter((x) => ['HorizontalPodAutoscaler'].includes(x.kind))) {
    if (!pods.some((w) => w.kind === o.spec.scaleTargetRef.kind && w.metadata.name === o.spec.scaleTargetRef.name)) {
      problems.push(`HorizontalPodAutoscaler/${o.metadata.name}: scales ${o.spec.scaleTargetRef.kind} ${o.spec.scaleTargetRef.name}, which does not exist`);
    }
  }
  for (const o of objects.filter((x) => ['PodDisruptionBudget', 'NetworkPolicy'].includes(x.kind))) {
    const selector = o.kind === 'NetworkPolicy' ? o.spec.podSelector : o.spec.selector;
    const empty = !selector.matchLabels && !selector.matchExpressions;
    if (!empty && !labels.some((l) => matchesExpressions(selector, l))) problems.push(`${o.kind}/${o.metadata.name}: selects no pod`);
    for (const rule of o.kind === 'NetworkPolicy' ? o.spec.ingress ?? [] : []) {
      for (const from of rule.from ?? []) {
        if (from.podSelector && !from.namespaceSelector && !labels.some((l) => matchesExpressions(from.podSelector, l))) {
          problems.push(`NetworkPolicy/${o.metadata.name}: lets in pods that do not exist (${JSON.stringify(from.podSelector)})`);
        }
      }
    }
  }
  if (production) problems.push(...reviewProduction(objects));
  return problems;
}

function reviewProduction(objects) {
  const problems = [];
  for (const secret of objects.filter((o) => o.kind === 'Secret')) {
    problems.push(`Secret/${secret.metadata.name}: production renders no secret; it is created in the cluster (README "Deploy")`);
  }
  // secret data is base64: the demo values are looked for in it decoded as well
  const decoded = objects.filter((o) => o.kind === 'Secret').flatMap((o) => Object.values(o.data ?? {}))
    .map((value) => Buffer.from(value.replace(/\s/g, ''), 'base64').toString('utf8'));
  const text = JSON.stringify(objects) + decoded.join('\n');
  for (const value of DEMO_VALUES) if (text.includes(value)) problems.push(`a demo secret (${value.slice(0, 12)}…) is in the production manifests`);
  for (const cm of objects.filter((o) => o.kind === 'ConfigMap')) {
    if (cm.data?.AANJAGER_DEMO_DATA_ENABLED === 'true') problems.push(`ConfigMap/${cm.metadata.name}: demo data on in production`);
    if (cm.data?.QUARKUS_MAILER_MOCK === 'true') problems.push(`ConfigMap/${cm.metadata.name}: mails only logged in production`);
    for (const [file, content] of Object.entries(cm.data ?? {}).filter(([f]) => f.endsWith('.json'))) {
      const realm = JSON.parse(content);
      if (realm.users?.length) problems.push(`ConfigMap/${cm.metadata.name}: ${file} has demo users`);
      if ((realm.clients ?? []).some((c) => c.secret)) problems.push(`ConfigMap/${cm.metadata.name}: ${file} has client secrets`);
      if ((realm.clients ?? []).some((c) => c.directAccessGrantsEnabled)) problems.push(`ConfigMap/${cm.metadata.name}: ${file} allows the password grant`);
    }
  }
  return problems;
}

/** All problems of one kustomization, and what was checked. */
export async function checkManifests(dir, { production }) {
  const { objects } = render(dir);
  const validators = crdValidators();
  const problems = [];
  for (const object of objects) problems.push(...await validateSchema(object, validators));
  problems.push(...reviewContainers(objects), ...reviewReferences(objects, production));
  return { objects: objects.length, problems };
}
