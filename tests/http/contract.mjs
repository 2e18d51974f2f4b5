// contract.mjs - checks real lede-server responses against openapi.yaml.
//
//   node tests/http/contract.mjs openapi.yaml responses.json
//
// responses.json (written by test_contract.py) is a list of
// {label, method, path, status, headers: {lower-case name: value}, body,
// encoding}; body is the decoded text ("" for HEAD and 204).  For each one:
// the operation (path and method; HEAD uses GET; a path the document does
// not list must be the NotFound response) must document the status; the
// documented required headers must be present and every documented header
// must match its schema; the Content-Type must be one the response
// documents, and the body must validate (ajv, JSON Schema 2020-12) against
// its schema.  Then coverage: every operation and every status it documents
// must have been seen at least once.  Exit 1 on any failure.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const YAML = require("yaml");
const Ajv2020 = require("ajv/dist/2020");
const addFormatsModule = require("ajv-formats");
const addFormats = addFormatsModule.default || addFormatsModule;
const AjvClass = Ajv2020.default || Ajv2020;

const [specPath, responsesPath] = process.argv.slice(2);
const doc = YAML.parse(readFileSync(specPath, "utf8"));
const records = JSON.parse(readFileSync(responsesPath, "utf8"));

// OpenAPI 3.1 schemas are JSON Schema 2020-12 plus a few annotations
// (example, discriminator...), hence strict: false.  The whole document is
// one schema resource, so "#/components/schemas/X" resolves inside it.
const DOC_ID = "https://lede.dev/openapi.json";
const ajv = new AjvClass({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(doc, DOC_ID);

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const esc = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const errors = [];
const seen = new Map(); // "METHOD path" -> Set of statuses
const validators = new Map();

function resolve(obj, pointer) {
  // follows a local $ref; returns [object, JSON pointer of the object]
  while (obj && obj.$ref) {
    if (!obj.$ref.startsWith("#/")) throw new Error("non-local $ref " + obj.$ref);
    pointer = obj.$ref.slice(1);
    obj = pointer.split("/").slice(1).reduce((o, k) => o[k.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
  }
  return [obj, pointer];
}

function validator(pointer) {
  if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: DOC_ID + "#" + pointer }));
  return validators.get(pointer);
}

function check(rec, fail) {
  const path = rec.path.split("?")[0];
  const item = doc.paths[path];
  let op, opPointer, key;
  if (!item) {
    if (rec.status !== 404) return fail(`a path not in the document answered ${rec.status}, not 404`);
    [op, opPointer] = [{ responses: { 404: { $ref: "#/components/responses/NotFound" } } }, null];
  } else {
    const m = rec.method.toLowerCase() === "head" && !item.head ? "get" : rec.method.toLowerCase();
    if (item[m]) {
      op = item[m];
      opPointer = `/paths/${esc(path)}/${m}`;
      key = `${m.toUpperCase()} ${path}`;
    } else {
      // an undocumented method on a documented path: the 405 of its operations
      const other = METHODS.find((x) => item[x] && item[x].responses && item[x].responses["405"]);
      if (rec.status !== 405 || !other) return fail(`undocumented method answered ${rec.status}, not 405`);
      op = item[other];
      opPointer = `/paths/${esc(path)}/${other}`;
      // the path's 405, documented on each of its operations, is now seen
      for (const x of METHODS) {
        const k = `${x.toUpperCase()} ${path}`;
        if (item[x] && item[x].responses && item[x].responses["405"]) {
          if (!seen.has(k)) seen.set(k, new Set());
          seen.get(k).add("405");
        }
      }
    }
  }
  if (key) {
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key).add(String(rec.status));
  }
  const raw = op.responses[String(rec.status)];
  if (!raw) return fail(`status ${rec.status} is not documented for this operation`);
  const [resp, respPointer] = resolve(raw, opPointer ? `${opPointer}/responses/${rec.status}` : null);

  for (const [name, h0] of Object.entries(resp.headers || {})) {
    const [h, hPointer] = resolve(h0, `${respPointer}/headers/${esc(name)}`);
    const value = rec.headers[name.toLowerCase()];
    if (value === undefined) {
      if (h.required) fail(`required header ${name} missing`);
      continue;
    }
    if (!h.schema) continue;
    const v = h.schema.type === "integer" && /^[0-9]+$/.test(value) ? Number(value) : value;
    const validate = validator(`${hPointer}/schema`);
    if (!validate(v)) fail(`header ${name}: ${JSON.stringify(value)} ${ajv.errorsText(validate.errors)}`);
  }

  const ctype = (rec.headers["content-type"] || "").split(";")[0].trim().toLowerCase();
  if (!resp.content) {
    if (rec.body !== "") fail("a response documented without content has a body");
    return;
  }
  if (!resp.content[ctype]) return fail(`Content-Type "${ctype}" is not documented (${Object.keys(resp.content)})`);
  if (rec.method === "HEAD") return;
  const media = resp.content[ctype];
  if (!media.schema) return;
  let body = rec.body;
  if (ctype === "application/json" || ctype.endsWith("+json")) {
    try {
      body = JSON.parse(rec.body);
    } catch (e) {
      return fail(`body is not JSON: ${e.message}`);
    }
  }
  const validate = validator(`${respPointer}/content/${esc(ctype)}/schema`);
  if (!validate(body)) fail(`body: ${ajv.errorsText(validate.errors, { separator: "\n    " })}`);
}

for (const rec of records) {
  const before = errors.length;
  check(rec, (msg) => errors.push(`${rec.method} ${rec.path} -> ${rec.status} [${rec.label}]: ${msg}`));
  if (errors.length === before && process.env.CONTRACT_VERBOSE)
    console.log(`ok   ${rec.method} ${rec.path} -> ${rec.status} [${rec.label}]`);
}

// coverage: every documented operation and every status it documents
let ops = 0;
for (const [path, item] of Object.entries(doc.paths)) {
  for (const m of METHODS) {
    if (!item[m]) continue;
    ops++;
    const key = `${m.toUpperCase()} ${path}`;
    const got = seen.get(key) || new Set();
    if (!got.size) errors.push(`${key}: no response collected`);
    for (const st of Object.keys(item[m].responses))
      if (!got.has(st)) errors.push(`${key}: documented status ${st} never observed`);
  }
}
if (!records.some((r) => r.status === 404)) errors.push("no 404 for an undocumented path collected");

if (errors.length) {
  console.error(`contract: ${errors.length} problem(s) in ${records.length} responses:\n  ` + errors.join("\n  "));
  process.exit(1);
}
console.log(`contract: ${records.length} responses valid; ${ops} operations, every documented status observed`);
