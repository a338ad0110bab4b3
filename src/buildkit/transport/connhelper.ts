/**
 * A command whose stdin/stdout is a connection to buildkitd: what BuildKit's client/connhelper packages do through
 * docker/cli's commandconn for `docker-container://` (`docker exec -i NAME buildctl dial-stdio`), `ssh://` (`ssh … HOST
 * buildctl dial-stdio`) and `kube-pod://` (`kubectl exec -i POD -- buildctl dial-stdio`). HTTP/2 over a process's pipes
 * would run through Node's JS stream wrapper, so a private LocalBridge (bridge.ts) gives the channel a native socket
 * and runs the command once per connection it opens. The command is found on PATH and run directly, never through a
 * shell, with this process's environment, so the runner's own setup applies (SSH_AUTH_SOCK and HOME for ssh, KUBECONFIG
 * for kubectl, DOCKER_* for docker).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Duplex } from 'node:stream';
import { LocalBridge } from './bridge.js';

/** A program and its arguments (argv[1…]), as passed to spawn. */
export interface StdioCommand {
  command: string;
  args: readonly string[];
}

/** The command line as a user would retype it: arguments quoted only where a shell would need it. */
export function formatCommand(cmd: StdioCommand): string {
  return [cmd.command, ...cmd.args].map((a) => (a === '' || /[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}

/** The command could not be started, or exited unsuccessfully; the message has the command line and the last line
 * of its stderr (where ssh, kubectl and docker say what went wrong, e.g. "Permission denied (publickey)."). */
export class StdioCommandError extends Error {
  override readonly name = 'StdioCommandError';

  constructor(
    message: string,
    readonly commandLine: string,
    /** the command's stderr (first 4 KiB), "" when it never ran */
    readonly stderr: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The useful line of a failed command's stderr: its last non-empty one (warnings come first, the error last). */
export function lastStderrLine(stderr: string): string | undefined {
  return stderr
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .pop();
}

/** A child process's stdout+stdin as one Duplex; destroying it ends stdin and then kills the process. */
export class ProcessStream extends Duplex {
  readonly child: ChildProcess;
  private stderr = '';
  /** Set when the process could not start or exited unsuccessfully (StdioCommandError). */
  failure?: StdioCommandError;
  /** Settles once the process's end has been looked at (and `failure` set if it failed). */
  private readonly exitExamined: Promise<void>;

  constructor(cmd: StdioCommand, onFailure?: (err: StdioCommandError) => void) {
    super({ allowHalfOpen: true });
    const commandLine = formatCommand(cmd);
    this.child = spawn(cmd.command, [...cmd.args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const { stdin, stdout, stderr } = this.child;
    stderr!.on('data', (c: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += c.toString('utf8');
    });
    stdout!.on('data', (c: Buffer) => {
      if (!this.push(c)) stdout!.pause();
    });
    stdout!.on('end', () => this.push(null));
    stdin!.on('error', () => {
      /* EPIPE when the process is gone; the exit handler reports why */
    });
    let examined!: () => void;
    this.exitExamined = new Promise((resolve) => (examined = resolve));
    this.child.on('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'ENOENT' ? `${cmd.command} not found on PATH` : err.message;
      this.failure = new StdioCommandError(`cannot run ${cmd.command}: ${why}`, commandLine, '', { cause: err });
      onFailure?.(this.failure);
      examined();
      this.destroy(this.failure);
    });
    // 'exit' can come before the last of stderr has been read: a failure is reported once stderr is closed (bounded,
    // in case something the command started keeps it open).
    let stderrClosed = false;
    stderr!.once('close', () => (stderrClosed = true));
    this.child.on('exit', (code, signal) => {
      if (code !== 0 && code !== null) {
        const report = () => {
          if (this.failure) return; // once: the timer or stderr's close, whichever comes first
          const why = lastStderrLine(this.stderr) ?? `exit code ${code}`;
          this.failure = new StdioCommandError(`${commandLine} failed: ${why}`, commandLine, this.stderr);
          onFailure?.(this.failure);
          examined();
        };
        if (stderrClosed) report();
        else {
          const timer = setTimeout(report, 500);
          timer.unref();
          stderr!.once('close', () => {
            clearTimeout(timer);
            report();
          });
        }
      } else examined();
      if (code === null && signal && !this.destroyed) this.destroy();
    });
  }

  override _read(): void {
    this.child.stdout!.resume();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.child.stdin!.write(chunk, (err) => (err ? this.failWithExit(err, cb) : cb(null)));
  }
  override _final(cb: (err?: Error | null) => void): void {
    this.child.stdin!.end((err?: Error | null) => (err ? this.failWithExit(err, cb) : cb(null)));
  }
  /** stdin failed (EPIPE, or closed): the process is gone or going. Its own failure (ssh's "Permission denied",
   * kubectl's "not found") says why, so the stream fails with that once the exit has been looked at (within 1 s). */
  private failWithExit(err: Error, cb: (err?: Error | null) => void): void {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cb(this.failure ?? err);
    };
    const timer = setTimeout(finish, 1000);
    void this.exitExamined.then(finish);
  }
  override _destroy(err: Error | null, cb: (err?: Error | null) => void): void {
    this.child.stdin!.destroy();
    this.child.stdout!.destroy();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const killer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
      killer.unref();
      this.child.once('exit', () => clearTimeout(killer));
    }
    cb(err);
  }
}

/** A private bridge (bridge.ts) that runs `cmd` for every connection made to it; a failing run is recorded on the
 * bridge (lastError, failedTimes) even when it fails after the dial returned (the process exits with an error). */
export async function startCommandBridge(cmd: StdioCommand): Promise<LocalBridge> {
  const bridge: LocalBridge = await LocalBridge.start(() =>
    Promise.resolve(new ProcessStream(cmd, (err) => bridge.recordFailure(err))),
  );
  return bridge;
}
