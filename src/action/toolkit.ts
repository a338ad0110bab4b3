/**
 * The workflow commands the action uses — inputs, outputs, masks, log lines, groups, annotations, the job summary
 * and the post step's state — in the runner's formats, byte for byte as @actions/core 3.x writes them
 * (its command.ts, file-command.ts, utils.ts and summary.ts).
 *
 * Why not @actions/core itself: its entry module statically imports its OIDC client, and with it
 * @actions/http-client, undici and @actions/exec — about 1 MB of the bundle that every step compiled and
 * initialised (~60 ms of start-up, measured) although bakekit never asks for an ID token.
 */
import * as fs from 'node:fs';
import { EOL } from 'node:os';
import { randomUUID } from '../buildkit/light-crypto/random.js';

/** Where an annotation points (the `file`, `line`, `col`… properties of `::error`/`::warning`). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,…::message`; properties without a value are left out (as the toolkit does). */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  let cmd = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    cmd += ' ';
    cmd += keys
      .filter((k) => properties[k])
      .map((k) => `${k}=${escapeProperty(properties[k])}`)
      .join(',');
  }
  process.stdout.write(`${cmd}::${escapeData(message)}${EOL}`);
}

function annotation(kind: 'error' | 'warning', message: string | Error, p: AnnotationProperties): void {
  const properties: Record<string, unknown> = Object.keys(p).length
    ? {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
      }
    : {};
  issueCommand(kind, properties, message instanceof Error ? message.toString() : message);
}

/** The value of input `name` (`INPUT_NAME` in the environment), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Masks `secret` in the job log from here on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** A line shown only when the run has step debug logging on (`ACTIONS_STEP_DEBUG`). */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('warning', message, properties);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotation('error', message, properties);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** Marks the step failed (exit code 1) with an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** A step output: appended to `$GITHUB_OUTPUT` as a `name<<DELIMITER` block (the legacy `::set-output` without it). */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  // a value containing the (random) delimiter could end the block early and set other outputs
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** A value the main step saved for the post step (`STATE_name`); '' when unset. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    await fs.promises.access(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await fs.promises.appendFile(file, markdown, { encoding: 'utf8' });
}
