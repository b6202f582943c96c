#!/usr/bin/env node
// Drive the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground)
// from headless Chromium, so tests can talk to SafetyBot like a Teams user.
//
// Library:
//   import { startPlayground } from './playground.mjs';
//   const pg = await startPlayground({ botEndpoint: 'http://localhost:3978/api/messages' });
//   try {
//     await pg.sendMessage('hello');
//     const reply = await pg.waitForBotReply();        // { text, attachments, ... }
//     await pg.screenshot('out/hello.png');
//   } finally { await pg.close(); }
//
// CLI (manual poking / CI debugging):
//   node playground.mjs --bot <url> [--user <id>] [--send <text>]... [--click <button>]
//                       [--out <dir>] [--port <n>] [--config <yml>]
//   Sends each --send in order, waits for a reply after each, optionally clicks a
//   card button, writes screenshots + a JSON transcript into --out, then exits.
//
// Everything is bounded: each wait has a timeout, and close() kills the
// Playground's whole process group and the browser even after a failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
export const DEFAULT_CONFIG = path.join(REPO_ROOT, '.m365agentsplayground.yml');
const PLAYGROUND_CLI = path.join(HERE, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

// Selectors learned by inspecting the Playground 0.2.28 DOM (see README.md).
const SEL = {
  composer: '[data-lexical-editor="true"]', // Lexical contenteditable message box
  message: 'div:has(> [aria-label="Message header"])',
  botMessage: 'div:has(> [aria-label="Message header"] > [aria-label="Message author"])',
  card: '.ac-adaptiveCard',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value or `timeoutMs` passes. */
async function waitUntil(fn, { timeoutMs, what, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The Playground opens the UI with `xdg-open` and crashes when it is missing, so
 * give it a no-op one in a private bin dir (never touch /usr/bin).
 */
function makeFakeXdgOpen(dir) {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const script = path.join(bin, 'xdg-open');
  fs.writeFileSync(script, '#!/bin/sh\n# no-op: e2e tooling opens the Playground itself\nexit 0\n', { mode: 0o755 });
  return bin;
}

/** All users of a Playground config: currentUser first, then `users`. */
export function configUsers(configPath = DEFAULT_CONFIG) {
  const cfg = YAML.parse(fs.readFileSync(configPath, 'utf8'));
  return [cfg.currentUser, ...cfg.users];
}

/**
 * Write a copy of the config in which `user` (id, aadObjectId, name or email) is
 * currentUser. The schema wants exactly 5 `users`, so the previous currentUser
 * takes the chosen user's slot. Each user also gets their own personal chat id
 * (`personal-<userId>`), like real Teams where every user has a separate 1:1 chat.
 */
export function writeConfigForUser(srcPath, user, outPath) {
  const cfg = YAML.parse(fs.readFileSync(srcPath, 'utf8'));
  if (user) {
    const all = [cfg.currentUser, ...cfg.users];
    const key = String(user).toLowerCase();
    const idx = all.findIndex((u) =>
      [u.id, u.aadObjectId, u.name, u.email, u.userPrincipleName].some((v) => String(v).toLowerCase() === key));
    if (idx < 0) throw new Error(`User "${user}" not in ${srcPath}; known: ${all.map((u) => u.id).join(', ')}`);
    const chosen = all[idx];
    cfg.users = all.filter((_, i) => i !== idx);
    cfg.currentUser = chosen;
    if (cfg.users.length !== 5) throw new Error('Playground config needs exactly 6 users (currentUser + 5)');
    cfg.personalChat = { id: `personal-${chosen.id}` };
  }
  fs.writeFileSync(outPath, YAML.stringify(cfg));
  return cfg;
}

/** Start the Playground server (no browser) and resolve once it listens. */
async function spawnPlaygroundServer({ botEndpoint, port, configFile, workDir, channel, extraArgs, timeoutMs }) {
  const bin = makeFakeXdgOpen(workDir);
  const logFile = path.join(workDir, 'playground-server.log');
  const out = fs.openSync(path.join(workDir, 'playground-stdout.log'), 'a');
  const args = [PLAYGROUND_CLI, '-e', botEndpoint, '-c', channel, '-p', String(port), '--dt', ...extraArgs];
  const child = spawn(process.execPath, args, {
    cwd: workDir, // it writes ./devTools/* relative to cwd
    detached: true, // own process group, so close() can kill the whole tree
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      TEAMSAPPTESTER_BROWSER: 'none', // documented switch: do not open a browser
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    },
  });
  let stdout = '';
  const onData = (d) => { stdout += d; fs.writeSync(out, d); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  child.once('exit', (code, sig) => { exited = { code, sig }; });
  // It prints "Listening on <port>"; if the port is taken it silently picks a
  // random one, so always read the real port from that line.
  const actualPort = await waitUntil(() => {
    if (exited) throw new Error(`Playground exited early (${JSON.stringify(exited)}):\n${stdout}`);
    const m = /Listening on (\d+)/.exec(stdout);
    return m && Number(m[1]);
  }, { timeoutMs, what: 'Playground "Listening on" line' });
  return { child, port: actualPort, logs: () => stdout, logFile };
}

function killGroup(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

async function stopServer(child, graceMs = 3000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  killGroup(child, 'SIGTERM');
  const t = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
  await Promise.race([done, sleep(graceMs + 2000)]);
  clearTimeout(t);
}

// Make sure no Playground outlives this node process, whatever happens.
const liveChildren = new Set();
process.once('exit', () => { for (const c of liveChildren) killGroup(c, 'SIGKILL'); });

/**
 * Start the Playground against `botEndpoint` and open it in headless Chromium.
 * Options:
 *   botEndpoint  bot messaging endpoint (default http://localhost:3978/api/messages)
 *   user         id/aadObjectId/name/email of the user to speak as (default: config's currentUser)
 *   configPath   Playground YAML (default: repo-root .m365agentsplayground.yml)
 *   port         Playground port (default: a free one)
 *   workDir      where logs/config copies go (default: a new temp dir)
 *   startTimeoutMs, headless, viewport
 */
export async function startPlayground(opts = {}) {
  const o = {
    botEndpoint: 'http://localhost:3978/api/messages',
    configPath: DEFAULT_CONFIG,
    channel: 'msteams',
    extraArgs: [],
    startTimeoutMs: 60_000,
    headless: true,
    viewport: { width: 1400, height: 900 },
    ...opts,
  };
  // Absolute: the Playground runs with cwd = workDir, so a relative config/log path would miss.
  o.workDir = path.resolve(o.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'playground-')));
  fs.mkdirSync(o.workDir, { recursive: true });

  const pg = new PlaygroundSession(o);
  try {
    await pg._start(o.user);
    return pg;
  } catch (e) {
    await pg.close();
    throw e;
  }
}

class PlaygroundSession {
  constructor(o) {
    this.o = o;
    this.server = null;
    this.browser = null;
    this.page = null;
    this.config = null;
    /** Every createMessage pushed to the UI over its websocket: what the bot sent. */
    this.uiMessages = [];
    this._mark = { ws: 0, dom: 0 };
  }

  get url() { return `http://127.0.0.1:${this.port}/`; }
  get currentUser() { return this.config.currentUser; }

  async _start(user) {
    const o = this.o;
    const configFile = path.join(o.workDir, `playground-config-${user ?? 'default'}.yml`.replace(/[^\w.-]/g, '_'));
    this.config = writeConfigForUser(o.configPath, user, configFile);
    const port = o.port ?? await freePort();
    this.server = await spawnPlaygroundServer({
      botEndpoint: o.botEndpoint, port, configFile, workDir: o.workDir, channel: o.channel,
      extraArgs: o.extraArgs, timeoutMs: o.startTimeoutMs,
    });
    liveChildren.add(this.server.child);
    this.port = this.server.port;
    await this._openBrowser();
  }

  async _openBrowser() {
    const o = this.o;
    this.browser = await chromium.launch({
      executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: o.headless, timeout: 30_000,
    });
    const context = await this.browser.newContext({ viewport: o.viewport });
    // The UI pulls fonts/scripts from a CDN; there is no internet here, so fail
    // those requests at once instead of waiting for DNS.
    await context.route((u) => !/^(https?:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]|data:|blob:)/.test(u.href), (r) => r.abort());
    this.page = await context.newPage();
    this.page.setDefaultTimeout(15_000);
    this.page.on('websocket', (ws) => {
      if (!ws.url().includes('/_ws_conversation/')) return;
      ws.on('framereceived', (f) => this._onWsFrame(f.payload));
    });
    // Loading the page makes the UI POST .../installation, which sends the bot
    // installationUpdate + conversationUpdate (a welcome message may follow).
    const installed = this.page.waitForResponse((r) => r.url().includes('/installation'), { timeout: o.startTimeoutMs })
      .catch(() => null);
    await this.page.goto(this.url, { timeout: o.startTimeoutMs });
    await this.page.locator(SEL.composer).first().waitFor({ state: 'visible', timeout: o.startTimeoutMs });
    await installed;
    await this._settle();
  }

  _onWsFrame(payload) {
    let msg;
    try { msg = JSON.parse(String(payload)); } catch { return; }
    if (msg.action !== 'createMessage' || !msg.message) return;
    this.uiMessages.push({ ...msg.message, conversationId: msg.actionConversationId, receivedAt: Date.now() });
  }

  _isFromBot(m) { return m.from?.id && m.from.id !== this.currentUser.id; }

  /** Wait until no new bot message has arrived for `quietMs` (bounded by `maxMs`). */
  async _settle({ quietMs = 1000, maxMs = 8000 } = {}) {
    const deadline = Date.now() + maxMs;
    let n = this.uiMessages.length;
    let last = Date.now();
    while (Date.now() < deadline && Date.now() - last < quietMs) {
      await sleep(100);
      if (this.uiMessages.length !== n) { n = this.uiMessages.length; last = Date.now(); }
    }
    await this.mark();
  }

  /** Remember what is on screen now; waitForBotReply() looks only at what comes after. */
  async mark() {
    this._mark = { ws: this.uiMessages.length, dom: await this.page.locator(SEL.botMessage).count() };
  }

  /** Bot messages received since the last mark(), oldest first. */
  newBotMessages() {
    return this.uiMessages.slice(this._mark.ws).filter((m) => this._isFromBot(m));
  }

  /** Type `text` into the composer and send it; resolves with the Playground's { messageId }. */
  async sendMessage(text, { timeoutMs = 15_000 } = {}) {
    await this.mark();
    const sent = this.page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/_conversation\/v1\/conversations\/[^/]+\/messages$/.test(r.url()),
      { timeout: timeoutMs });
    const box = this.page.locator(SEL.composer).first();
    await box.click({ timeout: timeoutMs });
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
    const res = await sent;
    if (!res.ok()) throw new Error(`Playground refused the message: ${res.status()} ${await res.text()}`);
    return res.json();
  }

  /**
   * Wait for the next bot message after the last send/click (or mark()).
   * Resolves with the activity as the UI got it ({ text, attachments, ... }) once
   * it is also rendered in the page. `predicate` can skip e.g. typing/ack texts.
   */
  async waitForBotReply({ timeoutMs = 30_000, predicate = () => true } = {}) {
    const msg = await waitUntil(() => this.newBotMessages().find(predicate), {
      timeoutMs, what: 'a bot reply in the Playground',
    });
    const index = this.newBotMessages().indexOf(msg);
    // The DOM lags the websocket a little; wait for the message to be drawn.
    await waitUntil(async () => (await this.page.locator(SEL.botMessage).count()) >= this._mark.dom + index + 1,
      { timeoutMs: 10_000, what: 'the bot reply to render' });
    if (hasCard(msg)) {
      await this.page.locator(SEL.botMessage).last().locator(SEL.card).first()
        .waitFor({ state: 'visible', timeout: 10_000 });
    }
    return msg;
  }

  /** Wait for the next bot message carrying an Adaptive Card; resolves with the card JSON. */
  async waitForCard({ timeoutMs = 30_000 } = {}) {
    const msg = await this.waitForBotReply({ timeoutMs, predicate: hasCard });
    return msg.attachments.find(isCardAttachment).content;
  }

  /** Text of the newest bot message as rendered (without the author/time header). */
  async readLastBotText() {
    const body = this.page.locator(SEL.botMessage).last().locator(':scope > div:not([aria-label="Message header"])');
    return (await body.allInnerTexts()).join('\n').trim();
  }

  /** Visible text of the newest rendered Adaptive Card. */
  async readLastCardText() {
    const card = this.page.locator(SEL.card).last();
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    return (await card.innerText()).trim();
  }

  /** Fill an input of the newest card, found by its label or placeholder text. */
  async fillCardInput(labelOrPlaceholder, value) {
    const card = this.page.locator(SEL.card).last();
    const byLabel = card.getByLabel(labelOrPlaceholder, { exact: true });
    const input = (await byLabel.count()) ? byLabel.first() : card.getByPlaceholder(labelOrPlaceholder, { exact: true }).first();
    await input.fill(String(value), { timeout: 10_000 });
  }

  /**
   * Click a card button by its title. Searches the newest card first, then older
   * ones. For Action.Submit it resolves with the body the UI posted to the
   * Playground ({ value, replyToId, ... }); for other actions with null.
   */
  async clickCardButton(title, { timeoutMs = 15_000 } = {}) {
    const cards = this.page.locator(SEL.card);
    const n = await cards.count();
    for (let i = n - 1; i >= 0; i--) {
      const btn = cards.nth(i).getByRole('button', { name: title, exact: true });
      if (!(await btn.count())) continue;
      await this.mark();
      const submitted = this.page.waitForRequest((r) => r.url().includes('/_conversation/v1/submit'), { timeout: 3_000 })
        .catch(() => null);
      await btn.last().click({ timeout: timeoutMs });
      const req = await submitted;
      return req ? JSON.parse(req.postData() || 'null') : null;
    }
    throw new Error(`No card button titled "${title}" on the page`);
  }

  /** Open a conversation from the left rail: "Personal Chat", "Group Chat" or "<team> - <channel>". */
  async openConversation(name) {
    await this.page.getByRole('treeitem', { name, exact: true }).click({ timeout: 10_000 });
    await this._settle({ quietMs: 500, maxMs: 5000 });
  }

  async screenshot(file, { fullPage = false } = {}) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await this.page.screenshot({ path: file, fullPage, timeout: 15_000 });
    return file;
  }

  /** Page HTML, for debugging selectors. */
  async html() { return this.page.content(); }

  /**
   * Speak as another user from the config. The Playground only lets its
   * currentUser type (posting as anyone else answers 404 UserNotFound), so this
   * restarts it with a config where that user is currentUser. History is lost;
   * the bot sees a new personal chat `personal-<userId>`.
   */
  async switchUser(user) {
    await this._stopAll();
    this.uiMessages = [];
    await this._start(user);
    return this.currentUser;
  }

  async _stopAll() {
    const b = this.browser;
    this.browser = null;
    this.page = null;
    if (b) await Promise.race([b.close().catch(() => {}), sleep(10_000)]);
    if (this.server) {
      await stopServer(this.server.child);
      liveChildren.delete(this.server.child);
      this.server = null;
    }
  }

  /** Kill browser and Playground (whole process group). Safe to call twice. */
  async close() { await this._stopAll(); }
}

export function isCardAttachment(a) { return a?.contentType === 'application/vnd.microsoft.card.adaptive'; }
export function hasCard(m) { return (m.attachments ?? []).some(isCardAttachment); }

// ---------------------------------------------------------------- CLI
async function main() {
  const { values } = parseArgs({
    options: {
      bot: { type: 'string', default: 'http://localhost:3978/api/messages' },
      user: { type: 'string' },
      send: { type: 'string', multiple: true, default: [] },
      click: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: 'artifacts/playground' },
      port: { type: 'string' },
      config: { type: 'string', default: DEFAULT_CONFIG },
      timeout: { type: 'string', default: '30000' },
      height: { type: 'string', default: '900' },
    },
  });
  const out = path.resolve(values.out);
  fs.mkdirSync(out, { recursive: true });
  const timeoutMs = Number(values.timeout);
  const pg = await startPlayground({
    botEndpoint: values.bot, user: values.user, configPath: values.config,
    port: values.port ? Number(values.port) : undefined, workDir: path.join(out, 'playground'),
    viewport: { width: 1400, height: Number(values.height) },
  });
  const transcript = [];
  const stop = async () => { await pg.close(); process.exit(130); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    console.error(`Playground up at ${pg.url} as ${pg.currentUser.name}`);
    let step = 0;
    for (const text of values.send) {
      step++;
      await pg.sendMessage(text);
      const reply = await pg.waitForBotReply({ timeoutMs });
      transcript.push({ sent: text, reply });
      await pg.screenshot(path.join(out, `step${step}.png`));
    }
    for (const title of values.click) {
      step++;
      const submitted = await pg.clickCardButton(title);
      const reply = await pg.waitForBotReply({ timeoutMs }).catch((e) => ({ error: String(e) }));
      transcript.push({ clicked: title, submitted, reply });
      await pg.screenshot(path.join(out, `step${step}.png`));
    }
    fs.writeFileSync(path.join(out, 'transcript.json'), JSON.stringify(transcript, null, 2));
    console.log(JSON.stringify(transcript, null, 2));
  } finally {
    await pg.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
