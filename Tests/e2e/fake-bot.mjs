#!/usr/bin/env node
// A tiny logging "bot" used to learn what the Agents Playground sends and to
// verify the browser tooling without the real C# bot.
//
//   node fake-bot.mjs [--port 3979] [--log out.jsonl]
//
// * POST /api/messages   records the activity (stdout + optional JSONL file),
//                        answers 200 at once, then replies asynchronously via
//                        {serviceUrl}/v3/conversations/{id}/activities/{replyToId}
// * GET  /requests       returns every recorded activity as a JSON array
// * GET  /healthz        "ok"
//
// Reply rules (message activities only):
//   text contains "chart"  -> Adaptive Card with a Chart.VerticalBar + Action.Submit
//   text contains "card"   -> Adaptive Card with FactSet + Action.Submit
//   activity.value present -> "Submitted: <json of value>"
//   anything else          -> "Echo: <text>"
import http from 'node:http';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

export function chartCard() {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Incidents by ward', weight: 'Bolder', size: 'Medium' },
      {
        type: 'Chart.VerticalBar',
        title: 'Incidents last 30 days',
        data: [
          { x: 'North', y: 12 },
          { x: 'South', y: 7 },
          { x: 'East', y: 4 },
          { x: 'West', y: 9 },
        ],
      },
    ],
    actions: [{ type: 'Action.Submit', title: 'Refresh', data: { verb: 'refresh' } }],
  };
}

export function factCard() {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Report summary', weight: 'Bolder' },
      { type: 'FactSet', facts: [{ title: 'Category', value: 'ASB' }, { title: 'Ward', value: 'North' }] },
      { type: 'Input.Text', id: 'note', placeholder: 'Add a note' },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Confirm', data: { verb: 'confirm', reportId: 'R-1' } },
      { type: 'Action.Submit', title: 'Cancel', data: { verb: 'cancel' } },
    ],
  };
}

function replyFor(activity) {
  const text = (activity.text || '').toLowerCase();
  const card = (content) => ({
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }],
  });
  if (activity.value !== undefined && activity.value !== null) {
    return { type: 'message', text: `Submitted: ${JSON.stringify(activity.value)}` };
  }
  if (text.includes('chart')) return card(chartCard());
  if (text.includes('card')) return card(factCard());
  return { type: 'message', text: `Echo: ${activity.text ?? ''}` };
}

// Reply through the connector the Playground mocks (serviceUrl of the activity).
async function sendReply(activity, reply) {
  const base = activity.serviceUrl.replace(/\/$/, '');
  const convId = encodeURIComponent(activity.conversation.id);
  const url = `${base}/v3/conversations/${convId}/activities/${encodeURIComponent(activity.id ?? '')}`;
  const body = {
    ...reply,
    from: activity.recipient,
    recipient: activity.from,
    conversation: activity.conversation,
    replyToId: activity.id,
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
  };
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.text() };
}

export function startFakeBot({ port = 3979, logFile, quiet = false } = {}) {
  const received = [];
  const log = (...a) => { if (!quiet) console.log(...a); };
  const server = http.createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') return void res.end('ok');
    if (req.method === 'GET' && req.url === '/requests') {
      res.setHeader('content-type', 'application/json');
      return void res.end(JSON.stringify(received, null, 2));
    }
    if (req.method !== 'POST' || !req.url.startsWith('/api/messages')) {
      res.statusCode = 404;
      return void res.end();
    }
    let raw = '';
    for await (const chunk of req) raw += chunk;
    let activity;
    try { activity = JSON.parse(raw); } catch { res.statusCode = 400; return void res.end(); }
    const entry = { receivedAt: new Date().toISOString(), headers: req.headers, activity };
    received.push(entry);
    if (logFile) fs.appendFileSync(logFile, JSON.stringify(entry) + '\n');
    log(`<- ${activity.type} ${JSON.stringify(activity.text ?? activity.name ?? '')} conv=${activity.conversation?.id}`);
    res.statusCode = 200;
    res.end();
    if (activity.type === 'message' && activity.serviceUrl) {
      try {
        const r = await sendReply(activity, replyFor(activity));
        entry.replyStatus = r.status;
        log(`-> reply ${r.status} ${r.body.slice(0, 200)}`);
      } catch (e) {
        entry.replyError = String(e);
        log(`-> reply failed: ${e}`);
      }
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/api/messages`,
        received,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

// CLI entry point
if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '3979' }, log: { type: 'string' } } });
  const bot = await startFakeBot({ port: Number(values.port), logFile: values.log });
  console.log(`fake bot listening on ${bot.url}`);
  const stop = async () => { await bot.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
