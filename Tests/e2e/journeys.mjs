#!/usr/bin/env node
// The three member journeys of SafetyBot in the Agents Playground (Teams' own client and card
// renderer), driven by headless Chromium against a running bot.
//
//   node journeys.mjs <journey> <botUrl> <outDir> [--timeout 30000]
//
// journeys:
//   question  as the member: "how has dwelling burglary changed" -> the figures card
//   update    as the lead (user-lead; the bot must know them as lead of one action): "log an
//             update" -> On track -> what happened + Next -> Skip -> Skip -> Save -> Update saved
//   summary   as the admin (user-admin; the bot must know them as admin): subscribe this
//             conversation, then "send the quarterly summary now" -> the summary card arrives
//             through the Playground's connector (it is the Bot Connector here)
//   upload    as the admin (user-admin; the bot must know them as admin and allow downloads from
//             http://127.0.0.1:5799): a figures CSV for 2018/19 Q1 attached in the personal chat
//             (sent with the Playground's "Mock an Activity", i.e. its POST /_internal/v1/customActivities,
//             as a Teams file.download.info attachment served by a loopback server on 127.0.0.1:5799)
//             -> the preview card -> Apply -> Loaded; then, as the member, the question is answered
//             with the newly loaded figure
//
// Writes <outDir>/NN-<step>.png after every step, result.json
// ({ ok, journey, user, steps: [{ step, said?, clicked?, filled?, botText, cardText }], error? }),
// playground/ logs, and failure.png on failure; prints result.json on stdout.
// Exit 0 = every step got its reply, 1 = failure, 2 = usage. The C# tests (Tests/E2E) assert
// on the rendered text; this script only checks that each step was answered as expected.
// Hard watchdog; the Playground and Chromium are always stopped.
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { startPlayground, hasCard } from './playground.mjs';

const USERS = { question: 'user-member', prose: 'user-member', update: 'user-lead', summary: 'user-admin', upload: 'user-admin' };

// The upload journey's file, in the layout of `dotnet run --project Bot -- template`.
const UPLOAD_PORT = 5799;
const UPLOAD_NAME = 'figures-2018-19-q1.csv';
const UPLOAD_CSV = [
  'indicator_id,area,period,measure,value,breakdown,rank_of,is_derived,note,source,source_id,footnote,document,section,period_text',
  'violence-without-injury,CambridgeCity,FY2018/19-Q1,Count,512,,,,,Police recorded crime,,,Strategic assessment 2018/19 Q1,Quarterly violence table,Apr-Jun 2018',
  'violence-with-injury,CambridgeCity,FY2018/19-Q1,Count,298,,,,,Police recorded crime,,,Strategic assessment 2018/19 Q1,Quarterly violence table,Apr-Jun 2018',
].join('\r\n') + '\r\n';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { timeout: { type: 'string', default: '30000' } },
});
if (positionals.length !== 3 || !(positionals[0] in USERS)) {
  console.error(`usage: node journeys.mjs <${Object.keys(USERS).join('|')}> <botUrl> <outDir> [--timeout ms]`);
  process.exit(2);
}
const [journey, botUrl, outDir] = positionals;
const timeoutMs = Number(values.timeout);
fs.mkdirSync(outDir, { recursive: true });

const started = Date.now();
const result = { ok: false, journey, botUrl, user: USERS[journey], steps: [] };
let pg;

const watchdog = setTimeout(() => {
  console.error('journeys: global timeout, giving up');
  finish(new Error('global timeout')).finally(() => process.exit(1));
}, 240_000 + (4 * timeoutMs));
watchdog.unref();

let finishing = null;
function finish(error) {
  finishing ??= (async () => {
    if (error) {
      result.error = String(error?.stack ?? error);
      if (pg?.page) await pg.screenshot(path.join(outDir, 'failure.png'), { fullPage: true }).catch(() => {});
    }
    await pg?.close().catch(() => {});
    result.durationMs = Date.now() - started;
    fs.writeFileSync(path.join(outDir, 'result.json'), JSON.stringify(result, null, 2));
  })();
  return finishing;
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => finish(new Error(`killed by ${sig}`)).finally(() => process.exit(1)));
}

const textOf = (m) => [m.text ?? '', ...(m.attachments ?? []).map((a) => JSON.stringify(a.content ?? ''))].join('\n');

/** Record a step: what the bot said (rendered), the newest card's text, a screenshot. */
async function record(step, action, reply) {
  // Let the turn finish (a card may follow a text) before reading the page.
  await settle();
  const entry = { step, ...action, botText: reply ? await pg.readLastBotText() : '', cardText: '' };
  if (reply && pg.newBotMessages().some(hasCard)) entry.cardText = await pg.readLastCardText();
  entry.replies = pg.newBotMessages().map((m) => ({ text: m.text ?? '', card: hasCard(m) }));
  result.steps.push(entry);
  // Show the start of the newest bot message (a long card would otherwise be cut at its top).
  await pg.page.locator('div:has(> [aria-label="Message header"] > [aria-label="Message author"])').last()
    .evaluate((el) => el.scrollIntoView({ block: 'start' })).catch(() => {});
  await pg.screenshot(path.join(outDir, `${String(result.steps.length).padStart(2, '0')}-${step}.png`));
  return entry;
}

/** Wait until no bot message has arrived for a while (bounded). */
async function settle(quietMs = 1500, maxMs = 10_000) {
  const deadline = Date.now() + maxMs;
  let n = pg.uiMessages.length;
  let last = Date.now();
  while (Date.now() < deadline && Date.now() - last < quietMs) {
    await new Promise((r) => setTimeout(r, 100));
    if (pg.uiMessages.length !== n) { n = pg.uiMessages.length; last = Date.now(); }
  }
}

/** Wait for a bot message matching `re` (in its text or card JSON) after the last action. */
function waitFor(re, what) {
  return pg.waitForBotReply({ timeoutMs, predicate: (m) => re.test(textOf(m)) })
    .catch((e) => { throw new Error(`${what}: ${e.message}; the bot said: ${JSON.stringify(pg.newBotMessages().map(textOf))}`); });
}

async function say(step, text, re) {
  await pg.sendMessage(text);
  return record(step, { said: text }, await waitFor(re, `after saying "${text}"`));
}

async function click(step, title, re) {
  const posted = await pg.clickCardButton(title);
  return record(step, { clicked: title, posted: posted?.value ?? null }, await waitFor(re, `after clicking "${title}"`));
}

/** Fill the first text input of the newest card (the dialog's free-text question). */
async function fillFirstInput(value) {
  const input = pg.page.locator('.ac-adaptiveCard').last().locator('textarea, input[type="text"], input:not([type])').first();
  await input.fill(value, { timeout: 10_000 });
}

const JOURNEYS = {
  async question() {
    await say('question', 'how has dwelling burglary changed', /burglary/i);
    const last = result.steps.at(-1);
    if (/Hello! I'm SafetyBot/.test(last.cardText)) throw new Error('The newest card is still the welcome card');
  },

  // Questions answered from the assessment's words, and one it has no figure for.
  async prose() {
    await say('why', 'why is shoplifting up?', /assessment/i);
    await say('who-leads', 'who leads on county lines?', /Constabulary/);
    await say('no-figure', 'how many robberies were there in 2017?', /no figure/i);
  },

  async update() {
    await say('log-an-update', 'log an update', /On track/);
    await click('on-track', 'On track', /What happened/i);
    const happened = 'Street briefings held in Arbury and Kings Hedges; 40 households visited with target-hardening advice';
    await fillFirstInput(happened);
    result.filled = happened;
    await click('what-happened', 'Next', /measure/i);
    await click('skip-measure', 'Skip', /When did it happen/i);
    await click('skip-date', 'Skip', /Check your update/i);
    await click('save', 'Save', /Update saved/);
  },

  async upload() {
    const files = await serveFile(`/sites/analyst/${UPLOAD_NAME}`, UPLOAD_CSV);
    try {
      // The Playground cannot attach files; its "Mock an Activity" sends any activity to the bot as
      // if from this conversation. Start from its own template so ids, tenant and serviceUrl are its own.
      const conversationId = pg.config.personalChat.id;
      const template = await pgFetch(`/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}&type=userAdded`);
      const activity = {
        ...template, type: 'message', text: '', membersAdded: undefined, id: `upload-${Date.now()}`,
        timestamp: new Date().toISOString(), localTimestamp: new Date().toISOString(),
        attachments: [{
          contentType: 'application/vnd.microsoft.teams.file.download.info',
          name: UPLOAD_NAME,
          contentUrl: `${files.origin}/sites/analyst/${UPLOAD_NAME}`,
          content: { downloadUrl: `${files.origin}/sites/analyst/${UPLOAD_NAME}`, uniqueId: 'c0ffee00-0000-4000-8000-000000000001', fileType: 'csv' },
        }],
      };
      result.activity = activity;
      await pg.mark();
      await pgFetch('/_internal/v1/customActivities', activity);
      await record('preview', { attached: UPLOAD_NAME }, await waitFor(/Check before loading/, `after attaching ${UPLOAD_NAME}`));
      if (files.requests.length !== 1) throw new Error(`The bot downloaded the file ${files.requests.length} times`);
      await click('applied', 'Apply', /Loaded/);
    } finally {
      await files.close();
    }
    // A member (their own personal chat) asks and gets the newly loaded figure.
    await pg.switchUser('user-member');
    result.user = 'user-member';
    await pg.page.locator('button[title="Hide log panel"]').click({ timeout: 5_000 }).catch(() => {});
    await say('member-hello', 'hello', /Hello/);
    await say('member-asks', 'violence without injury in Q1 2018/19', /512/);
    // Show the answer from its first line (the text before the card) down to the card's source.
    const n = pg.newBotMessages().length;
    await pg.page.locator('div:has(> [aria-label="Message header"] > [aria-label="Message author"])').nth(-n)
      .evaluate((el) => el.scrollIntoView({ block: 'start' })).catch(() => {});
    await pg.screenshot(path.join(outDir, `${String(result.steps.length).padStart(2, '0')}-member-asks.png`));
  },

  async summary() {
    await say('subscribe', 'subscribe this channel to the quarterly summary', /Subscribed|already/i);
    await pg.sendMessage('send the quarterly summary now');
    // Two things arrive, in either order: the proactive summary card (through the connector)
    // and the reply to the admin ("sent to 1 of 1").
    const card = await waitFor(/Quarterly summary/i, 'waiting for the quarterly summary card');
    await waitFor(/sent to \d+ of \d+/i, 'waiting for the send report');
    const entry = await record('send-now', { said: 'send the quarterly summary now' }, card);
    const cards = pg.page.locator('.ac-adaptiveCard');
    const texts = await cards.allInnerTexts();
    entry.cardText = texts.find((t) => /Quarterly summary/i.test(t)) ?? entry.cardText;
    await pg.screenshot(path.join(outDir, `${String(result.steps.length).padStart(2, '0')}-send-now-full.png`), { fullPage: true });
  },
};

/** Call the Playground's own API from its page (same origin, as its UI does). */
async function pgFetch(url, body) {
  return pg.page.evaluate(async ([u, b]) => {
    const res = await fetch(u, b === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
    if (!res.ok) throw new Error(`${u}: ${res.status} ${await res.text()}`);
    const text = await res.text();
    return text ? JSON.parse(text) : null;
  }, [url, body]);
}

/** A loopback file server standing in for SharePoint: serves one file, records requests. */
async function serveFile(urlPath, content) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    if (req.url !== urlPath) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' }).end(content);
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(UPLOAD_PORT, '127.0.0.1', resolve); });
  return {
    origin: `http://127.0.0.1:${UPLOAD_PORT}`, requests,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

try {
  pg = await startPlayground({
    botEndpoint: botUrl, user: USERS[journey], workDir: path.join(outDir, 'playground'),
    // The upload journey's last answer is a long card: room for it from its first line to its source.
    viewport: { width: 1400, height: journey === 'upload' ? 1750 : 1200 },
  });
  result.playgroundUrl = pg.url;
  // More room for the conversation in the screenshots: hide the Playground's log panel.
  await pg.page.locator('button[title="Hide log panel"]').click({ timeout: 5_000 }).catch(() => {});
  // Every member starts by saying hello: the bot welcomes a new conversation once.
  await say('hello', 'hello', /Hello/);
  await JOURNEYS[journey]();
  result.ok = true;
  await finish();
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
} catch (e) {
  await finish(e);
  console.log(JSON.stringify(result, null, 2));
  console.error(`journey ${journey} FAILED: ${e?.message ?? e}`);
  process.exit(1);
}
