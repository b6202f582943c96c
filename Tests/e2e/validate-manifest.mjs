#!/usr/bin/env node
// Validates a Teams app manifest offline against the JSON schema bundled in npm
// @microsoft/app-manifest (the schema is read from the package, never fetched).
//
//   node validate-manifest.mjs <manifest.json>
//
// Prints one JSON document:
//   { "ok": true, "manifestVersion": "1.30", "schema": "<path>", "errors": [], "newestBundled": "1.30" }
// Exit code 0 whenever it ran (ok or not), 1 on a crash or a missing file/schema, 2 on usage error.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AppManifestUtils, TeamsManifestConverter } = require('@microsoft/app-manifest');

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('usage: node validate-manifest.mjs <manifest.json>');
  process.exit(2);
}

const schemasDir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const numbered = fs.readdirSync(schemasDir).filter((d) => /^v\d+\.\d+$/.test(d)).map((d) => d.slice(1));
const byVersion = (a, b) => { const [x, y] = [a, b].map((v) => v.split('.').map(Number)); return x[0] - y[0] || x[1] - y[1]; };
const newestBundled = numbered.sort(byVersion).at(-1);

try {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const json = JSON.parse(text);
  const version = json.manifestVersion;
  const schemaFile = path.join(schemasDir, `v${version}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(schemaFile)) throw new Error(`No bundled schema for manifestVersion ${version} (bundled: ${numbered.join(', ')})`);
  // The same cleaning the package applies to schemas it loads (\a and \v escapes are not JSON).
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8').replace(/^\uFEFF/, '').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  if (json.$schema && !json.$schema.endsWith(`/teams/v${version}/MicrosoftTeams.schema.json`)) {
    throw new Error(`$schema ${json.$schema} does not match manifestVersion ${version}`);
  }
  const errors = [];
  // Type check of the package's converter (throws on a shape it does not know), then the schema.
  let manifest = json;
  try {
    manifest = TeamsManifestConverter.jsonToManifest(text);
  } catch (e) {
    errors.push(`converter: ${e.message}`);
  }
  errors.push(...await AppManifestUtils.validateAgainstSchema(manifest, schema));
  const report = { ok: errors.length === 0, file: path.resolve(file), manifestVersion: version, schema: schemaFile, newestBundled, errors };
  console.log(JSON.stringify(report, null, 2));
} catch (e) {
  console.error(`validate-manifest: ${e?.stack ?? e}`);
  process.exit(1);
}
