// Preload for the no-network test: `node --require ./no-network.cjs …`. Before anything else
// loads, every way out to the network (net and tls connections, dns lookups, http/https/http2
// requests, UDP sockets, the global fetch) is made to throw, and every attempt is appended to the
// file named by WHOSAID_NETWORK_LOG, so that an attempt swallowed by a try/catch still shows.
// File writes (fs write, append, mkdir, rename, unlink, copy, symlink, streams) are recorded to
// WHOSAID_WRITE_LOG the same way, without being blocked. The process also exits with 97 if
// anything tried the network. Runs in worker threads too (they inherit --require).
'use strict';
const fs = require('node:fs');
const append = fs.appendFileSync.bind(fs);
const NETWORK_LOG = process.env.WHOSAID_NETWORK_LOG;
const WRITE_LOG = process.env.WHOSAID_WRITE_LOG;
let attempts = 0;

function record(file, what) {
  if (!file) return;
  const stack = (new Error().stack || '').split('\n').slice(3, 9).join('\n');
  append(file, `${what}\n${stack}\n\n`);
}

function blocked(what) {
  return function () {
    attempts++;
    record(NETWORK_LOG, what);
    throw new Error(`whosaid test: network access attempted (${what})`);
  };
}

function block(moduleName, names) {
  const m = require(moduleName);
  for (const name of names) if (typeof m[name] === 'function') m[name] = blocked(`${moduleName}.${name}`);
  return m;
}

const net = block('node:net', ['connect', 'createConnection']);
net.Socket.prototype.connect = blocked('net.Socket.prototype.connect');
block('node:tls', ['connect']);
block('node:dns', [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCname',
  'resolveMx',
  'resolveNs',
  'resolveTxt',
  'resolveSrv',
  'reverse',
]);
block('node:dns/promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
Object.assign(require('node:dns').promises, { lookup: blocked('dns.promises.lookup'), resolve: blocked('dns.promises.resolve') });
block('node:http', ['request', 'get']);
block('node:https', ['request', 'get']);
block('node:http2', ['connect']);
block('node:dgram', ['createSocket']);
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') globalThis[name] = blocked(`globalThis.${name}`);
}

// Writes: recorded, not blocked (the tests assert there are none).
function watchWrites(target, prefix, names) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function (...args) {
      record(WRITE_LOG, `${prefix}${name} ${String(args[0])}`);
      return original.apply(this, args);
    };
  }
}
const WRITES = [
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'createWriteStream',
  'mkdir',
  'mkdirSync',
  'mkdtemp',
  'mkdtempSync',
  'rename',
  'renameSync',
  'unlink',
  'unlinkSync',
  'rm',
  'rmSync',
  'rmdir',
  'rmdirSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'symlink',
  'symlinkSync',
  'link',
  'linkSync',
  'truncate',
  'truncateSync',
];
watchWrites(fs, 'fs.', WRITES);
watchWrites(fs.promises, 'fs.promises.', WRITES);
const open = fs.openSync;
fs.openSync = function (path, flags, ...rest) {
  if (typeof flags === 'string' && /[wa+]/.test(flags)) record(WRITE_LOG, `fs.openSync ${String(path)} ${flags}`);
  return open.call(this, path, flags, ...rest);
};

process.on('exit', () => {
  if (attempts > 0) process.exitCode = 97;
});
