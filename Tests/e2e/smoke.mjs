#!/usr/bin/env node
// Smoke test through the Agents Playground UI.
//
//   node smoke.mjs <botUrl> <outDir> [--timeout 30000]
//
// Starts the Playground against <botUrl> (e.g. http://localhost:3978/api/messages),
// opens it in headless Chromium, sends "hello", waits for any bot reply and
// writes into <outDir>:
//   hello.png        screenshot after the reply is rendered
//   result.json      { ok, botUrl, reply?, error?, playgroundUrl, durationMs }
//   playground/      Playground server logs and the config copy it ran with
//   failure.png      (only on failure, when the page was up)
// Exit code 0 on success, 1 on failure, 2 on bad arguments. Everything it
// started (Playground process group, Chromium) is stopped before exiting.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPlayground } from './playground.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { timeout: { type: 'string', default: '30000' }, user: { type: 'string' } },
});
if (positionals.length !== 2) {
  console.error('usage: node smoke.mjs <botUrl> <outDir> [--timeout ms] [--user id]');
  process.exit(2);
}
const [botUrl, outDir] = positionals;
const timeoutMs = Number(values.timeout);
fs.mkdirSync(outDir, { recursive: true });

const started = Date.now();
const result = { ok: false, botUrl };
let pg;

// A hard ceiling, whatever hangs: startup + reply + screenshots + slack.
const watchdog = setTimeout(() => {
  console.error('smoke: global timeout, giving up');
  finish(new Error('global timeout')).finally(() => process.exit(1));
}, 120_000 + timeoutMs);
watchdog.unref();

let finishing = null;
function finish(error) {
  finishing ??= (async () => {
    if (error) {
      result.error = String(error?.stack ?? error);
      if (pg?.page) await pg.screenshot(path.join(outDir, 'failure.png')).catch(() => {});
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

try {
  pg = await startPlayground({ botEndpoint: botUrl, user: values.user, workDir: path.join(outDir, 'playground') });
  result.playgroundUrl = pg.url;
  await pg.sendMessage('hello');
  const reply = await pg.waitForBotReply({ timeoutMs });
  result.reply = { text: reply.text, attachments: reply.attachments, renderedText: await pg.readLastBotText() };
  await pg.screenshot(path.join(outDir, 'hello.png'));
  result.ok = true;
  await finish();
  console.log(`smoke OK: bot replied ${JSON.stringify(result.reply.renderedText)}; screenshot ${path.join(outDir, 'hello.png')}`);
  process.exit(0);
} catch (e) {
  await finish(e);
  console.error(`smoke FAILED: ${e?.message ?? e}`);
  process.exit(1);
}
