// The gateway's /openapi.json, built from the documents the applications stored at build time
// (quarkus.smallrye-openapi.store-schema-directory), by the gateway's rule (MergedOpenApi.merge): the
// gateway's own document, then each service in name order adding the paths, components and tags it is the
// first to name. e2e's OpenApiIT checks that the running gateway serves the same operations.
// usage: node merge.mjs <repository root> <output file>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [root, output] = process.argv.slice(2);
const read = (module) => {
  const file = join(root, module, 'target', 'openapi', 'openapi.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`cannot read ${file} (build ${module} first): ${e.message}`);
    process.exit(2);
  }
};

const merged = read('gateway');
merged.info = {
  ...merged.info,
  title: 'Showroom API',
  description: 'Every operation a client may call, through the gateway: the services\' APIs '
    + '(bearer token required) and the gateway\'s public endpoints and composed views.',
};
merged.paths ??= {};
merged.components ??= {};
merged.tags ??= [];
const services = ['aftersales-service', 'lead-service', 'order-service', 'visit-service']
  .map((name) => [name, read(name)]);

// components two documents define differently (each service's SettingsView) are renamed to the application's
// prefix + name in every document that defines them (LeadSettingsView), references included
const first = new Map();
const clashes = new Set();
for (const doc of [merged, ...services.map(([, d]) => d)]) {
  for (const [kind, entries] of Object.entries(doc.components ?? {})) {
    for (const [name, component] of Object.entries(entries)) {
      const key = `${kind}/${name}`;
      if (!first.has(key)) first.set(key, component);
      else if (!equal(first.get(key), component)) clashes.add(key);
    }
  }
}
// a component that refers to a clashing one clashes too (each service's PageFollowUpView names its own FollowUpView)
const refsOf = (node, found = new Set()) => {
  if (Array.isArray(node)) node.forEach((n) => refsOf(n, found));
  else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/')) found.add(node.$ref.slice(13));
    Object.values(node).forEach((n) => refsOf(n, found));
  }
  return found;
};
const definitions = new Map();
for (const doc of [merged, ...services.map(([, d]) => d)]) {
  for (const [kind, entries] of Object.entries(doc.components ?? {})) {
    for (const [name, component] of Object.entries(entries)) {
      const key = `${kind}/${name}`;
      if (!definitions.has(key)) definitions.set(key, []);
      definitions.get(key).push(component);
    }
  }
}
for (let grown = true; grown;) {
  grown = false;
  for (const [key, defs] of definitions) {
    if (defs.length > 1 && !clashes.has(key) && defs.some((d) => [...refsOf(d)].some((r) => clashes.has(r)))) {
      clashes.add(key);
      grown = true;
    }
  }
}
const prefix = (application) => application.replace(/-service$/, '').split('-')
  .map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
const rename = (doc, application) => {
  const refs = new Map();
  for (const key of clashes) {
    const [kind, name] = key.split('/');
    const of = doc.components?.[kind];
    if (of && name in of) {
      of[prefix(application) + name] = of[name];
      delete of[name];
      refs.set(`#/components/${key}`, `#/components/${kind}/${prefix(application)}${name}`);
    }
  }
  const rewrite = (node) => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      if (typeof node.$ref === 'string' && refs.has(node.$ref)) node.$ref = refs.get(node.$ref);
      Object.values(node).forEach(rewrite);
    }
  };
  if (refs.size) rewrite(doc);
  return doc;
};
rename(merged, 'gateway');

const tagNames = new Set(merged.tags.map((t) => t.name));
for (const [service, doc] of services) {
  rename(doc, service);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!(path in merged.paths)) merged.paths[path] = item;
  }
  for (const [kind, entries] of Object.entries(doc.components ?? {})) {
    merged.components[kind] ??= {};
    for (const [name, component] of Object.entries(entries)) {
      if (!(name in merged.components[kind])) merged.components[kind][name] = component;
    }
  }
  for (const tag of doc.tags ?? []) {
    if (!tagNames.has(tag.name)) {
      tagNames.add(tag.name);
      merged.tags.push(tag);
    }
  }
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, JSON.stringify(merged, null, 2));
const operations = Object.values(merged.paths).flatMap((item) => Object.keys(item)).length;
console.log(`merged OpenAPI: ${Object.keys(merged.paths).length} paths, ${operations} operations → ${output}`);

// the same JSON (Jackson's JsonNode.equals: objects regardless of key order, arrays in order)
function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
}
