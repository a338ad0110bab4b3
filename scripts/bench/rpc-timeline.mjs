// A preload for measuring where a bakekit run spends its time before, between and after its calls to the daemon:
//
//   node --import ./scripts/bench/rpc-timeline.mjs dist/cli/index.js --builder unix:///run/buildkit/buildkitd.sock
//
// At exit it writes to stderr one line per event, in milliseconds since the process started: socket connects, child
// processes (spawn and exit), HTTP/2 connections, and every call's request, response headers and close by its method
// name (`Solve`, `Status`, `Session`, `Evaluate`…). The channel (src/buildkit/grpc/client.ts) and the session tunnels both run on node:http2, so the
// calls to the daemon and the sessions' tunnels are all seen; the daemon's own work is not, only when each call is answered.
// The daemon's calls into the sessions (src/buildkit/grpc/server.ts, also node:http2) are marked `serve`, indented:
// when each arrives, when its first message from the daemon does (for a DiffCopy: the daemon's first REQ of a context,
// or the first STAT of an export), and its close with the bytes the daemon sent on it. That is where a small transfer on
// a build's critical path (a Dockerfile, a .dockerignore) spends its time ("Twenty-seventh round"). The gha pre-flight's
// HTTP requests are marked too (made, connected, answered).
// With RPC_TIMELINE_DAEMON_PID set, it also reads the CPU time this process (all its threads) and that daemon (all its
// threads, /proc/<pid>/task/*/schedstat) have used at the start, at the first Solve, at the first Return and at exit,
// and prints what each used between them.
// A development tool for docs/benchmarks.md ("Twelfth round"); it changes nothing the run does but its timing, by a
// few tens of microseconds per event.
import { ChildProcess } from 'node:child_process';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';
import { readdirSync, readFileSync, writeSync } from 'node:fs';

const require = createRequire(import.meta.url);
const http2 = require('node:http2');
const events = [];
const mark = (what) => events.push(`${performance.now().toFixed(1).padStart(8)} ${what}`);

const daemonPid = process.env.RPC_TIMELINE_DAEMON_PID;
/** ms of CPU all threads of `pid` have run (schedstat's first field is ns on the CPU) */
function threadsCpuMs(pid) {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return ns / 1e6;
}
const snapshots = [];
const seen = new Set();
/** A CPU reading at the first time `what` happens (only with a daemon to compare with). */
function snapshot(what) {
  if (!daemonPid || seen.has(what)) return;
  seen.add(what);
  const { user, system } = process.cpuUsage();
  snapshots.push({ what, at: performance.now(), client: (user + system) / 1000, daemon: threadsCpuMs(daemonPid) });
}
snapshot('start');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // net.connect() passes its arguments on normalized: [options, callback]
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  const where =
    typeof options === 'object' && options !== null ? (options.path ?? `${options.host}:${options.port}`) : options;
  mark(`connect ${where}`);
  this.once('connect', () => mark(`connected ${where}`));
  return connect.apply(this, args);
};

const spawn = ChildProcess.prototype.spawn;
ChildProcess.prototype.spawn = function (options) {
  mark(`spawn ${options.file}`);
  this.once('exit', (code) => mark(`exit ${options.file} (${code})`));
  return spawn.call(this, options);
};

const h2connect = http2.connect;
http2.connect = function (...args) {
  const session = h2connect.apply(this, args);
  mark('h2 connect');
  session.once('connect', () => mark('h2 up'));
  const request = session.request;
  session.request = function (headers, options) {
    const method = String(headers[':path'] ?? '')
      .split('/')
      .pop();
    mark(`call ${method}`);
    if (method === 'Solve' || method === 'Return') snapshot(`first ${method}`);
    const stream = request.call(this, headers, options);
    stream.once('response', () => mark(`answer ${method}`));
    stream.once('close', () => mark(`close ${method}`));
    return stream;
  };
  return session;
};
const createServer = http2.createServer;
http2.createServer = function (...args) {
  const server = createServer.apply(this, args);
  server.prependListener('stream', (stream, headers) => {
    const method = String(headers[':path'] ?? '')
      .split('/')
      .slice(-2)
      .join('/');
    mark(`  serve ${method}`);
    let bytes = 0;
    stream.on('data', (chunk) => {
      if (bytes === 0) mark(`  serve ${method}: first data`);
      bytes += chunk.length;
    });
    stream.once('close', () => mark(`  serve ${method}: close, ${bytes} bytes in`));
  });
  return server;
};
// The gha pre-flight's requests (src/solve/cache/gha-preflight.ts, node:http and node:https): when each is made, when
// its connection is up (or reused), when its answer's headers arrive.
for (const id of ['node:http', 'node:https']) {
  const mod = require(id);
  const request = mod.request;
  mod.request = function (...args) {
    const req = request.apply(this, args);
    const what = `${id.slice(5)} ${String(args[0]?.pathname ?? args[0]?.path ?? '')
      .split('/')
      .pop()
      .slice(0, 40)}`;
    mark(`${what}: request`);
    req.once('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => mark(`${what}: connected`));
      else mark(`${what}: connection reused`);
    });
    req.once('response', () => mark(`${what}: answer`));
    return req;
  };
}
syncBuiltinESMExports(); // so that `import { connect } from 'node:http2'` sees the wrapper too

process.on('exit', () => {
  mark('exit');
  snapshot('exit');
  const cpu = snapshots.slice(1).map((s, i) => {
    const from = snapshots[i];
    const [wall, client, daemon] = [s.at - from.at, s.client - from.client, s.daemon - from.daemon];
    return `${from.what} -> ${s.what}: ${wall.toFixed(0)} ms wall, CPU client ${client.toFixed(0)} ms, daemon ${daemon.toFixed(0)} ms`;
  });
  writeSync(2, `\nrpc-timeline (ms since start):\n${[...events, ...cpu].join('\n')}\n`);
});
