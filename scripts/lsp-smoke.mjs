// Starts a language-server command, speaks LSP to it over stdio as an editor would (initialize,
// open a draft, wait for its diagnostics, shutdown, exit) and prints what it got. Exit status 1
// if any step fails or takes longer than 30 s. Plain Node, no dependencies: it runs against an
// installed package. Usage: node scripts/lsp-smoke.mjs FILE -- COMMAND [ARGS...]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sep = process.argv.indexOf('--');
const [file] = process.argv.slice(2, sep);
const [command, ...args] = process.argv.slice(sep + 1);
if (sep < 0 || !file || !command) {
  console.error('usage: node scripts/lsp-smoke.mjs FILE -- COMMAND [ARGS...]');
  process.exit(2);
}
const uri = pathToFileURL(resolve(file)).href;
const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
const fail = (why) => {
  console.error(`lsp-smoke: ${why}`);
  child.kill();
  process.exit(1);
};
setTimeout(() => fail('no answer within 30 s'), 30_000).unref();
child.on('error', (error) => fail(`cannot start ${command}: ${error.message}`));
child.on('exit', (code) => {
  if (!done) fail(`${command} exited (${code}) before the end`);
});

let done = false;
let nextId = 1;
const waiting = new Map();
const send = (message) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};
const request = (method, params) =>
  new Promise((resolveReply) => {
    const id = nextId++;
    waiting.set(id, resolveReply);
    send({ id, method, params });
  });
let diagnosticsFor;
const diagnostics = new Promise((resolveDiagnostics) => (diagnosticsFor = resolveDiagnostics));

let buffer = Buffer.alloc(0);
child.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && waiting.has(message.id)) {
      if (message.error) fail(`error reply: ${JSON.stringify(message.error)}`);
      waiting.get(message.id)(message.result);
      waiting.delete(message.id);
    } else if (message.id !== undefined && message.method) {
      send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
    } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
      diagnosticsFor(message.params.diagnostics);
    }
  }
});

const init = await request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
console.log(`initialize: ${init.serverInfo?.name ?? '?'} ${init.serverInfo?.version ?? ''}`.trimEnd());
send({ method: 'initialized', params: {} });
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } } });
const got = await diagnostics;
for (const d of got) console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.code} ${d.message}`);
console.log(`${got.length} diagnostics`);
await request('shutdown', null);
done = true;
send({ method: 'exit' });
if (got.length === 0) {
  console.error('lsp-smoke: no diagnostics for a draft that has some');
  process.exit(1);
}
