// node --test: the validator must pass the good fixture (Chart.* allowed) and
// catch the deliberately broken one, and its CLI must keep the JSON contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePaths, validateCardJson } from '../validate-cards.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CARDS = path.join(HERE, '..', 'fixtures', 'cards');
const byName = (report, name) => report.files.find((f) => f.name === name);

test('valid 1.5 card: no errors, no warnings, chart flagged as allowed', () => {
  const f = byName(validatePaths([CARDS]), 'valid-report-summary.json');
  assert.deepEqual(f.errors, []);
  assert.deepEqual(f.warnings, []);
  assert.equal(f.ok, true);
  assert.deepEqual(f.allowedChartWarnings.map((w) => w.type), ['Chart.VerticalBar']);
});

test('broken card: errors and warnings are reported', () => {
  const f = byName(validatePaths([CARDS]), 'broken-report.json');
  assert.equal(f.ok, false);
  const errors = f.errors.map((e) => e.event);
  assert.ok(errors.includes('InvalidPropertyValue'), errors.join());
  assert.ok(errors.includes('ElementTypeNotAllowed'), errors.join());
  assert.ok(errors.includes('DuplicateId'), errors.join());
  const unknown = f.warnings.filter((w) => w.event.startsWith('Unknown')).map((w) => w.type).sort();
  assert.deepEqual(unknown, ['Action.Sumbit', 'TextBlok']);
  assert.deepEqual(f.allowedChartWarnings, []);
});

test('all Teams chart types are allowed, other unknown types are not', () => {
  const charts = ['Chart.Line', 'Chart.VerticalBar', 'Chart.HorizontalBar', 'Chart.Pie', 'Chart.Donut'];
  const r = validateCardJson({
    type: 'AdaptiveCard', version: '1.5',
    body: [...charts.map((type) => ({ type, data: [] })), { type: 'ChartX' }],
  });
  assert.deepEqual(r.allowedChartWarnings.map((w) => w.type), charts);
  assert.deepEqual(r.warnings.map((w) => w.type), ['ChartX']);
  assert.deepEqual(r.errors, []);
});

test('card version above the target (Teams = 1.5) is an error', () => {
  const r = validateCardJson({ type: 'AdaptiveCard', version: '1.6', body: [] });
  assert.ok(r.errors.some((e) => e.event === 'UnsupportedCardVersion'));
});

test('attachment wrapper is unwrapped', () => {
  const r = validateCardJson({
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'hi' }] },
  });
  assert.deepEqual([...r.errors, ...r.warnings], []);
});

test('CLI: JSON on stdout, exit 0 with findings, invalid JSON reported', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
  fs.copyFileSync(path.join(CARDS, 'broken-report.json'), path.join(dir, 'a.json'));
  fs.writeFileSync(path.join(dir, 'b.json'), '{ "type": "AdaptiveCard", ');
  fs.writeFileSync(path.join(dir, 'ignored.txt'), 'not a card');
  const out = execFileSync(process.execPath, [path.join(HERE, '..', 'validate-cards.mjs'), dir], { encoding: 'utf8' });
  const report = JSON.parse(out); // whole stdout must be one JSON document
  assert.deepEqual(report.files.map((f) => f.name), ['a.json', 'b.json']);
  assert.equal(report.summary.ok, false);
  assert.equal(byName(report, 'b.json').errors[0].event, 'InvalidJson');
});

test('CLI: usage error exits non-zero', () => {
  assert.throws(() => execFileSync(process.execPath, [path.join(HERE, '..', 'validate-cards.mjs')], { stdio: 'pipe' }));
});
