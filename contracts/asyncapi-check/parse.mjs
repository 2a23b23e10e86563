// Parses contracts/asyncapi.yaml with the official AsyncAPI parser (its default ruleset, schemas of the
// payloads resolved from contracts/schemas/) and fails on any error or warning (information and hints are
// printed: there are none today).
// usage: node parse.mjs <asyncapi.yaml>
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';

const file = resolve(process.argv[2]);
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse();
const severity = ['error', 'warning', 'information', 'hint'];
for (const d of diagnostics) {
  console.error(`${severity[d.severity] ?? d.severity} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
const failing = diagnostics.filter((d) => d.severity <= 1);
if (!document || failing.length > 0) {
  console.error(`${file}: ${failing.length} errors and warnings`);
  process.exit(1);
}
console.log(`${file}: AsyncAPI ${document.version()}, ${document.channels().length} channels, `
  + `${document.operations().length} operations, ${document.allMessages().length} messages; ${diagnostics.length} diagnostics`);
