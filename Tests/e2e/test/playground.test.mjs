// node --test: drive the real Agents Playground + headless Chromium against the
// logging fake bot and pin down what SafetyBot will receive (see README.md).
// Skips itself when Chromium is missing, so `npm test` still works elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeBot } from '../fake-bot.mjs';
import { startPlayground, CHROMIUM_PATH, configUsers } from '../playground.mjs';

const skip = !fs.existsSync(CHROMIUM_PATH) && `no Chromium at ${CHROMIUM_PATH}`;
let bot, pg;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-test-'));
const messages = () => bot.received.map((e) => e.activity).filter((a) => a.type === 'message');

before(async () => {
  if (skip) return;
  bot = await startFakeBot({ port: 0, quiet: true });
  pg = await startPlayground({ botEndpoint: bot.url, workDir: path.join(out, 'pg') });
});
after(async () => { await pg?.close(); await bot?.close(); });

test('text message round trip and payload shape', { skip, timeout: 60_000 }, async () => {
  const [member] = configUsers();
  await pg.sendMessage('hello');
  const reply = await pg.waitForBotReply({ timeoutMs: 20_000 });
  assert.equal(reply.text, 'Echo: hello');
  assert.equal(await pg.readLastBotText(), 'Echo: hello');
  const a = messages().at(-1);
  assert.equal(a.channelId, 'msteams');
  assert.equal(a.text, 'hello');
  assert.equal(a.from.id, member.id);
  assert.equal(a.from.aadObjectId, member.aadObjectId);
  assert.equal(a.conversation.id, 'personal-user-member');
  assert.equal(a.conversation.conversationType, 'personal');
  assert.equal(a.channelData.tenant.id, a.conversation.tenantId);
  assert.match(a.serviceUrl, /^http:\/\/localhost:\d+\/_connector$/);
  assert.equal(a.deliveryMode, undefined);
  await pg.screenshot(path.join(out, 'hello.png'));
});

test('card with chart renders; Action.Submit arrives as value with no text', { skip, timeout: 60_000 }, async () => {
  await pg.sendMessage('chart');
  const card = await pg.waitForCard({ timeoutMs: 20_000 });
  assert.equal(card.body[1].type, 'Chart.VerticalBar');
  assert.equal(await pg.page.locator('[aria-label*="Vertical bar chart"]').count() > 0, true);
  assert.match(await pg.readLastCardText(), /Incidents by ward/);
  const posted = await pg.clickCardButton('Refresh');
  assert.deepEqual(posted.value, { verb: 'refresh' });
  const reply = await pg.waitForBotReply({ timeoutMs: 20_000 });
  assert.equal(reply.text, 'Submitted: {"verb":"refresh"}');
  const a = messages().at(-1);
  assert.equal(a.text, undefined);
  assert.deepEqual(a.value, { verb: 'refresh' });
  assert.equal(a.replyToId, posted.replyToId);
});

test('switchUser restarts as another user with their own personal chat', { skip, timeout: 90_000 }, async () => {
  const lead = configUsers().find((u) => u.id === 'user-lead');
  await pg.switchUser('user-lead');
  assert.equal(pg.currentUser.id, 'user-lead');
  await pg.sendMessage('hi from lead');
  await pg.waitForBotReply({ timeoutMs: 20_000 });
  const a = messages().at(-1);
  assert.equal(a.from.aadObjectId, lead.aadObjectId);
  assert.equal(a.from.name, lead.name);
  assert.equal(a.conversation.id, 'personal-user-lead');
});
