#!/usr/bin/env node
// Builds the SafetyBot Teams app package (the zip an admin uploads to Teams).
//
//   node deployment/teams/package.mjs --app-id <bot app id GUID> [--domain <host>] [--out <dir>]
//        [--teams-app-id <GUID>] [--version <x.y.z>]
//
//   --app-id        the bot's Microsoft Entra app (client) id: MicrosoftAppId of the Web App
//                   and msaAppId of the Azure Bot resource. Required.
//   --domain        host name of the bot's web app, e.g. safetybot-csp.azurewebsites.net;
//                   goes into validDomains. Optional (validDomains is then empty).
//   --teams-app-id  the Teams app's own id. Default: the bot app id (one Teams app per bot
//                   registration, so test and production installs never collide).
//   --version       the app package version (semver). Default: the manifest's.
//   --out           output folder. Default: deployment/teams/build (gitignored).
//
// Writes <out>/manifest.json (filled in) and <out>/safetybot-teams.zip holding exactly
// manifest.json, color.png and outline.png at the root, as Teams requires. No npm packages:
// the zip is written here with node's zlib (deflateRawSync, crc32). Exit code 0 = written,
// 1 = failed, 2 = bad arguments.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const HOST = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
export const PACKAGE_NAME = 'safetybot-teams.zip';

function usage(message) {
  console.error(`package.mjs: ${message}`);
  console.error('usage: node deployment/teams/package.mjs --app-id <GUID> [--domain <host>] [--out <dir>] [--teams-app-id <GUID>] [--version <x.y.z>]');
  process.exit(2);
}

/** The manifest template with the placeholders filled in. */
export function fillManifest(template, { appId, teamsAppId, domain, version }) {
  const manifest = structuredClone(template);
  manifest.id = teamsAppId ?? appId;
  for (const bot of manifest.bots ?? []) bot.botId = appId;
  manifest.validDomains = domain ? [domain] : [];
  if (version) manifest.version = version;
  const left = JSON.stringify(manifest).match(/\{\{[A-Z_]+\}\}/g);
  if (left) throw new Error(`Placeholders left unfilled: ${[...new Set(left)].join(', ')}`);
  return manifest;
}

/** A zip archive (deflate) of `entries` ({ name, data }), with a fixed timestamp so builds are reproducible. */
export function zip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1; // 2025-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra length
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, centralDirectory, end]);
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'app-id': { type: 'string' },
        'teams-app-id': { type: 'string' },
        domain: { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string', default: path.join(HERE, 'build') },
      },
    }));
  } catch (e) {
    usage(e.message);
  }
  const appId = values['app-id'];
  const teamsAppId = values['teams-app-id'];
  if (!appId) usage('--app-id is required');
  if (!GUID.test(appId)) usage(`--app-id must be a GUID, got "${appId}"`);
  if (teamsAppId && !GUID.test(teamsAppId)) usage(`--teams-app-id must be a GUID, got "${teamsAppId}"`);
  if (values.domain && !HOST.test(values.domain)) usage(`--domain must be a host name such as safetybot-csp.azurewebsites.net, got "${values.domain}"`);
  if (values.version && !SEMVER.test(values.version)) usage(`--version must be x.y.z, got "${values.version}"`);

  const template = JSON.parse(fs.readFileSync(path.join(HERE, 'manifest.json'), 'utf8'));
  const manifest = fillManifest(template, { appId, teamsAppId, domain: values.domain, version: values.version });
  const manifestJson = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

  const out = path.resolve(values.out);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'manifest.json'), manifestJson);
  const archive = zip([
    { name: 'manifest.json', data: manifestJson },
    { name: manifest.icons.color, data: fs.readFileSync(path.join(HERE, manifest.icons.color)) },
    { name: manifest.icons.outline, data: fs.readFileSync(path.join(HERE, manifest.icons.outline)) },
  ]);
  const zipPath = path.join(out, PACKAGE_NAME);
  fs.writeFileSync(zipPath, archive);
  console.log(`Teams app package: ${zipPath} (${archive.length} bytes; app ${manifest.id}, bot ${appId}, manifest ${manifest.manifestVersion}, version ${manifest.version})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    console.error(`package.mjs failed: ${e?.message ?? e}`);
    process.exit(1);
  }
}
