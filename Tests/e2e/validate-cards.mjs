#!/usr/bin/env node
// Validate Adaptive Card JSON files with the official renderer (npm adaptivecards 3.0.x).
//
//   node validate-cards.mjs <dir-or-file>... [--target-version 1.5]
//
// Input : directories (every *.json directly inside, sorted) and/or single files.
//         A file may hold a bare AdaptiveCard, or an attachment
//         { contentType: "application/vnd.microsoft.card.adaptive", content: {...} }.
// Output: one JSON report on stdout (shape below). Exit code 0 whenever the
//         validator ran, even if cards have findings; non-zero only on a crash or
//         bad arguments. The C# test asserts: for every file, errors.length === 0
//         and warnings.length === 0 (allowedChartWarnings may be non-empty).
//
// {
//   "validator": { "adaptivecards": "3.0.6", "targetVersion": "1.5" },
//   "summary": { "files": 2, "filesWithErrors": 1, "filesWithWarnings": 1, "ok": false },
//   "files": [ {
//       "file": "/abs/path/card.json", "name": "card.json",
//       "ok": true,                        // no errors and no warnings
//       "errors":   [ Finding ],           // would break or be dropped by Teams
//       "warnings": [ Finding ],           // suspicious (unknown types, deprecated, a11y)
//       "allowedChartWarnings": [ Finding ]// unknown element type Chart.* (Teams charts)
//   } ]
// }
// Finding = { phase: "json"|"parse"|"validation"|"render", event: "UnknownElementType",
//             message: "...", type?: "Chart.Pie" }
//
// Why three passes: AdaptiveCard.parse() reports unknown types / bad values
// through the SerializationContext, validateProperties() reports structural
// problems (duplicate ids, empty collections, required-input labels, ...), and
// render() under jsdom catches what only blows up while building the DOM.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);

/**
 * The renderer touches window/document/HTML*Element globals, so expose a jsdom
 * window as the global scope before loading it. Only names Node lacks are set.
 */
function installDomGlobals() {
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    pretendToBeVisual: true,
  });
  for (const name of Object.getOwnPropertyNames(window)) {
    if (name in globalThis) continue;
    try {
      Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
    } catch { /* some jsdom props are getters tied to window; skip */ }
  }
  globalThis.window = window;
  globalThis.document = window.document;
  return window;
}

const window = installDomGlobals();
// lib/ is extension-less ESM that Node cannot resolve; dist/ is the UMD bundle.
const AC = require('adaptivecards/dist/adaptivecards.js');
const AC_VERSION = require('adaptivecards/package.json').version;

// The report owns stdout: route any library chatter (console.log) to stderr.
console.log = (...args) => console.error(...args);
// Without a markdown processor the renderer warns once per TextBlock; Teams
// does process markdown, so plug in a trivial escaping one.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const esc = window.document.createElement('div');
  esc.textContent = text;
  result.outputHtml = esc.innerHTML;
  result.didProcess = true;
};

// Severity of each renderer event. Unknown types fall back at runtime, so they
// are warnings (except Chart.*, which Teams renders natively and we allow).
const WARNING_EVENTS = new Set([
  'Hint', 'Deprecated', 'UnknownElementType', 'UnknownActionType',
  'RequiredInputsShouldHaveLabel', 'RequiredInputsShouldHaveErrorMessage',
]);
const CHART_TYPE = /^Chart\./;

const eventName = (e) => AC.ValidationEvent[e] ?? String(e);
const phaseName = (p) => ({ [AC.ValidationPhase.Parse]: 'parse', [AC.ValidationPhase.Validation]: 'validation', [AC.ValidationPhase.ToJSON]: 'toJSON' })[p] ?? String(p);

function unknownTypeOf(message) {
  const m = /Unknown (?:element|action) type "([^"]*)"/.exec(message);
  return m ? m[1] : undefined;
}

/** Put one finding in the right bucket of `result`. */
function classify(result, finding) {
  if (finding.type === undefined) {
    const t = unknownTypeOf(finding.message);
    if (t !== undefined) finding.type = t;
  }
  if (finding.event === 'UnknownElementType' && CHART_TYPE.test(finding.type ?? '')) {
    result.allowedChartWarnings.push(finding);
  } else if (WARNING_EVENTS.has(finding.event)) {
    result.warnings.push(finding);
  } else {
    result.errors.push(finding);
  }
}

/** Accept a bare card or a Bot Framework attachment wrapping one. */
function unwrapCard(json) {
  if (json && typeof json === 'object' && json.contentType === 'application/vnd.microsoft.card.adaptive' && json.content) {
    return json.content;
  }
  return json;
}

export function validateCardJson(json, { targetVersion = '1.5' } = {}) {
  const result = { errors: [], warnings: [], allowedChartWarnings: [] };
  const card = unwrapCard(json);
  if (!card || typeof card !== 'object' || Array.isArray(card)) {
    classify(result, { phase: 'json', event: 'NotAnObject', message: 'Card JSON must be an object' });
    return result;
  }
  if (card.type !== 'AdaptiveCard') {
    classify(result, { phase: 'json', event: 'MissingCardType', message: `Top-level "type" must be "AdaptiveCard" (got ${JSON.stringify(card.type)})` });
  }

  const version = AC.Version.parse(targetVersion, new AC.SerializationContext());
  const ctx = new AC.SerializationContext(version);
  const adaptiveCard = new AC.AdaptiveCard();
  try {
    adaptiveCard.parse(card, ctx);
  } catch (e) {
    classify(result, { phase: 'parse', event: 'Exception', message: String(e?.stack ?? e) });
    return result;
  }
  for (let i = 0; i < ctx.eventCount; i++) {
    const ev = ctx.getEventAt(i);
    classify(result, { phase: phaseName(ev.phase), event: eventName(ev.event), message: ev.message });
  }
  // Declared card version above what the target host (Teams: 1.5) supports.
  const declared = AC.Version.parse(card.version, new AC.SerializationContext());
  if (declared?.isValid && declared.compareTo(version) > 0) {
    classify(result, { phase: 'parse', event: 'UnsupportedCardVersion', message: `Card version ${card.version} is above target ${targetVersion}` });
  }

  try {
    const vr = adaptiveCard.validateProperties();
    for (const ev of vr.validationEvents) {
      classify(result, { phase: 'validation', event: eventName(ev.event), message: ev.message });
    }
  } catch (e) {
    classify(result, { phase: 'validation', event: 'Exception', message: String(e?.stack ?? e) });
  }

  try {
    const el = adaptiveCard.render();
    if (!el) classify(result, { phase: 'render', event: 'RenderFailed', message: 'render() returned nothing' });
    else window.document.body.replaceChildren(el); // attach, like a host would
  } catch (e) {
    classify(result, { phase: 'render', event: 'Exception', message: String(e?.stack ?? e) });
  }
  return result;
}

export function validateFile(file, opts) {
  const entry = { file: path.resolve(file), name: path.basename(file) };
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const r = { errors: [], warnings: [], allowedChartWarnings: [] };
    classify(r, { phase: 'json', event: 'InvalidJson', message: String(e.message) });
    return { ...entry, ok: false, ...r };
  }
  const r = validateCardJson(json, opts);
  return { ...entry, ok: r.errors.length === 0 && r.warnings.length === 0, ...r };
}

function listInputs(inputs) {
  const files = [];
  for (const input of inputs) {
    const st = fs.statSync(input); // throws (exit 1) on a missing path: a caller bug
    if (st.isDirectory()) {
      files.push(...fs.readdirSync(input).filter((f) => f.toLowerCase().endsWith('.json')).sort()
        .map((f) => path.join(input, f)));
    } else {
      files.push(input);
    }
  }
  return files;
}

export function validatePaths(inputs, opts = {}) {
  const targetVersion = opts.targetVersion ?? '1.5';
  const files = listInputs(inputs).map((f) => validateFile(f, { targetVersion }));
  return {
    validator: { adaptivecards: AC_VERSION, targetVersion },
    summary: {
      files: files.length,
      filesWithErrors: files.filter((f) => f.errors.length).length,
      filesWithWarnings: files.filter((f) => f.warnings.length).length,
      ok: files.every((f) => f.ok),
    },
    files,
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'target-version': { type: 'string', default: '1.5' } },
  });
  if (positionals.length === 0) {
    console.error('usage: node validate-cards.mjs <dir-or-file>... [--target-version 1.5]');
    process.exit(2);
  }
  const report = validatePaths(positionals, { targetVersion: values['target-version'] });
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  try {
    main();
  } catch (e) {
    console.error(e?.stack ?? e);
    process.exit(1);
  }
}
