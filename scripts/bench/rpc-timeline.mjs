// A preload for measuring where a bakekit run spends its time before, between and after its calls to the daemon:
//
//   node --import ./scripts/bench/rpc-timeline.mjs dist/cli/index.js --builder unix:///run/buildkit/buildkitd.sock
//
// At exit it writes to stderr one line per event, in milliseconds since the process started: socket connects, child
// processes (spawn and exit), HTTP/2 connections, and every call's request, response headers and close by its method
// name (`Solve`, `Status`, `Session`, `Evaluate`…). grpc-js and the session tunnels both run on node:http2, so the
// daemon's calls and the sessions' are all seen; the daemon's own work is not (its CPU is in /proc/<pid>/stat).
// A development tool for docs/benchmarks.md ("Twelfth round"); it changes nothing the run does but its timing, by a
// few tens of microseconds per event.
import { ChildProcess } from 'node:child_process';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';
import { writeSync } from 'node:fs';

const require = createRequire(import.meta.url);
const http2 = require('node:http2');
const events = [];
const mark = (what) => events.push(`${performance.now().toFixed(1).padStart(8)} ${what}`);

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
    const stream = request.call(this, headers, options);
    stream.once('response', () => mark(`answer ${method}`));
    stream.once('close', () => mark(`close ${method}`));
    return stream;
  };
  return session;
};
syncBuiltinESMExports(); // so that `import { connect } from 'node:http2'` sees the wrapper too

process.on('exit', () => {
  mark('exit');
  writeSync(2, `\nrpc-timeline (ms since start):\n${events.join('\n')}\n`);
});
