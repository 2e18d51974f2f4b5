// validate.mjs - checks deploy/kubernetes/*.yaml: every object against the
// Kubernetes API schemas (kubernetes-models, offline), then what lede needs
// of them, cross-checked with the Dockerfile, server/config.c and
// deploy/nginx.conf so the manifests cannot drift from the image and server.
//
//   (cd tools && npm ci) && node deploy/validate.mjs
//
// Exits 1 with one line per problem; prints one line per object checked.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = join(repo, "tools");
const require = createRequire(join(tools, "package.json"));
const YAML = require("yaml");
const modelsDir = dirname(require.resolve("kubernetes-models/package.json"));
const kdir = join(repo, "deploy", "kubernetes");

const problems = [];
const problem = (where, what) => problems.push(`${where}: ${what}`);

// apiVersion + kind -> the kubernetes-models class, whose validate() runs the
// schema of that API version (types, enums, required fields, formats).
async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const file = join(modelsDir, ...(group ? [group, version] : [version]), `${kind}.js`);
  if (!existsSync(file)) return null;
  const mod = await import(pathToFileURL(file).href);
  return mod[kind] ?? null;
}

// ---- load and schema-validate every object --------------------------------
const objects = [];
const files = readdirSync(kdir).filter((f) => f.endsWith(".yaml")).sort();
for (const f of files) {
  const docs = YAML.parseAllDocuments(readFileSync(join(kdir, f), "utf8"));
  for (const [i, doc] of docs.entries()) {
    const where = `${f}#${i}`;
    if (doc.errors.length) {
      problem(where, `YAML: ${doc.errors[0].message}`);
      continue;
    }
    const obj = doc.toJS();
    if (!obj) continue;
    if (obj.kind === "Kustomization") {
      for (const r of obj.resources ?? []) if (!existsSync(join(kdir, r))) problem(where, `resource ${r} missing`);
      console.log(`ok   ${where} Kustomization (${(obj.resources ?? []).length} resources)`);
      continue;
    }
    if (!obj.apiVersion || !obj.kind || !obj.metadata?.name) {
      problem(where, "apiVersion, kind and metadata.name are required");
      continue;
    }
    const Model = await modelFor(obj.apiVersion, obj.kind);
    if (!Model) {
      problem(where, `no schema for ${obj.apiVersion} ${obj.kind}`);
      continue;
    }
    try {
      new Model(obj).validate();
      console.log(`ok   ${where} ${obj.apiVersion} ${obj.kind}/${obj.metadata.name}`);
    } catch (e) {
      problem(where, `${obj.kind}/${obj.metadata.name}: ${e.message}`);
    }
    objects.push({ where, obj });
  }
}

// ---- what lede needs ---------------------------------------------------------
const find = (kind, name) => objects.find((o) => o.obj.kind === kind && (!name || o.obj.metadata.name === name));
const dockerfile = readFileSync(join(repo, "Dockerfile"), "utf8");
const exposed = Number((dockerfile.match(/^EXPOSE\s+(\d+)/m) ?? [])[1]);
const imageUid = Number((dockerfile.match(/^USER\s+(\d+)/m) ?? [])[1]);
const configC = join(repo, "server", "config.c");
const settings = existsSync(configC) ? new Set(readFileSync(configC, "utf8").match(/"LEDE_[A-Z_]+"/g)?.map((s) => s.slice(1, -1))) : null;
const nginx = readFileSync(join(repo, "deploy", "nginx.conf"), "utf8");

// "4M" / "4m" / "4194304" -> bytes
const bytes = (s) => {
  const m = /^(\d+)([kKmMgG]?)$/.exec(String(s).trim());
  return m ? Number(m[1]) * { "": 1, k: 1024, m: 1 << 20, g: 1 << 30 }[m[2].toLowerCase()] : NaN;
};
// "500m" / "2" -> millicores; "256Mi" -> bytes
const cpu = (s) => (String(s).endsWith("m") ? Number(String(s).slice(0, -1)) : Number(s) * 1000);
const mem = (s) => {
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(String(s));
  return m ? Number(m[1]) * { undefined: 1, Ki: 1024, Mi: 1 << 20, Gi: 1 << 30 }[m[2]] : NaN;
};
const labelsMatch = (selector, labels) =>
  selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function checkPodSpec(where, spec, { server }) {
  const c = spec.containers?.[0];
  if (!c) return problem(where, "no container");
  const sc = { ...spec.securityContext, ...c.securityContext };
  if (sc.runAsNonRoot !== true) problem(where, "runAsNonRoot must be true");
  if (sc.runAsUser !== undefined && sc.runAsUser !== imageUid) problem(where, `runAsUser ${sc.runAsUser} is not the image's USER ${imageUid}`);
  if (c.securityContext?.readOnlyRootFilesystem !== true) problem(where, "readOnlyRootFilesystem must be true");
  if (c.securityContext?.allowPrivilegeEscalation !== false) problem(where, "allowPrivilegeEscalation must be false");
  if (!c.securityContext?.capabilities?.drop?.includes("ALL")) problem(where, "capabilities must drop ALL");
  const r = c.resources ?? {};
  for (const k of ["cpu", "memory"]) {
    if (!r.requests?.[k] || !r.limits?.[k]) problem(where, `resources.requests and limits need ${k}`);
  }
  if (r.requests && r.limits) {
    if (cpu(r.requests.cpu) > cpu(r.limits.cpu)) problem(where, "cpu request above its limit");
    if (mem(r.requests.memory) > mem(r.limits.memory)) problem(where, "memory request above its limit");
  }
  for (const e of c.env ?? []) {
    if (settings && e.name.startsWith("LEDE_") && !settings.has(e.name)) problem(where, `${e.name} is not a lede-server setting`);
  }
  if (!server) return;
  const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value]));
  const http = (c.ports ?? []).find((p) => p.name === "http");
  if (!http) return problem(where, "no container port named http");
  if (http.containerPort !== exposed) problem(where, `containerPort ${http.containerPort} is not the image's EXPOSE ${exposed}`);
  if (env.LEDE_PORT !== undefined && Number(env.LEDE_PORT) !== http.containerPort) problem(where, "LEDE_PORT differs from containerPort");
  const probe = (p, path, name) => {
    if (!p?.httpGet) return problem(where, `${name} must be an httpGet probe`);
    if (p.httpGet.path !== path) problem(where, `${name} path ${p.httpGet.path}, want ${path}`);
    if (p.httpGet.port !== "http" && p.httpGet.port !== http.containerPort) problem(where, `${name} port is not the http port`);
  };
  probe(c.readinessProbe, "/readyz", "readinessProbe");
  probe(c.livenessProbe, "/healthz", "livenessProbe");
  // draining must finish before the kubelet's SIGKILL
  const pause = c.lifecycle?.preStop?.exec?.command?.[0] === "sleep" ? Number(c.lifecycle.preStop.exec.command[1]) : 0;
  const drain = Number(env.LEDE_DRAIN_TIMEOUT_MS ?? 30000) / 1000;
  const grace = spec.terminationGracePeriodSeconds ?? 30;
  if (pause + drain >= grace) problem(where, `preStop ${pause} s + drain ${drain} s >= terminationGracePeriodSeconds ${grace}`);
  // nginx and lede refuse the same bodies
  const ngx = bytes((nginx.match(/^\s*client_max_body_size\s+(\S+);/m) ?? [])[1]);
  const body = env.LEDE_MAX_BODY !== undefined ? bytes(env.LEDE_MAX_BODY) : 4 << 20;
  if (ngx !== body) problem(where, `LEDE_MAX_BODY ${body} differs from nginx client_max_body_size ${ngx}`);
}

const dep = find("Deployment", "lede");
if (!dep) problem("deploy/kubernetes", "no Deployment named lede");
else {
  const { spec } = dep.obj;
  if (!labelsMatch(spec.selector?.matchLabels, spec.template?.metadata?.labels)) problem(dep.where, "selector does not match the pod labels");
  checkPodSpec(dep.where, spec.template.spec, { server: true });

  const svc = find("Service", "lede");
  if (!svc) problem("deploy/kubernetes", "no Service named lede");
  else {
    if (!labelsMatch(svc.obj.spec.selector, spec.template.metadata.labels)) problem(svc.where, "selector does not match the Deployment's pods");
    const names = (spec.template.spec.containers[0].ports ?? []).map((p) => p.name);
    for (const p of svc.obj.spec.ports ?? []) {
      if (typeof p.targetPort === "string" && !names.includes(p.targetPort)) problem(svc.where, `targetPort ${p.targetPort} is no container port`);
    }
  }
  const hpa = find("HorizontalPodAutoscaler", "lede");
  if (!hpa) problem("deploy/kubernetes", "no HorizontalPodAutoscaler named lede");
  else {
    const t = hpa.obj.spec.scaleTargetRef;
    if (t.kind !== "Deployment" || t.name !== "lede" || t.apiVersion !== dep.obj.apiVersion) problem(hpa.where, "scaleTargetRef is not the lede Deployment");
    if (!(hpa.obj.spec.minReplicas <= hpa.obj.spec.maxReplicas)) problem(hpa.where, "minReplicas above maxReplicas");
    if (hpa.obj.spec.minReplicas < 2) problem(hpa.where, "minReplicas below 2: a restart would leave no replica");
  }
  const pdb = find("PodDisruptionBudget");
  if (pdb && !labelsMatch(pdb.obj.spec.selector?.matchLabels, spec.template.metadata.labels)) problem(pdb.where, "selector does not match the Deployment's pods");
}
const job = find("Job");
if (job) checkPodSpec(job.where, job.obj.spec.template.spec, { server: false });

if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  console.error(`deploy/validate: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`deploy/validate: ${objects.length} objects valid`);
