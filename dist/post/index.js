import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ post)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./lib/action/toolkit.js
/**
 * The workflow commands the action uses \u2014 inputs, outputs, masks, log lines, groups, annotations, the job summary
 * and the post step's state \u2014 in the runner's formats, byte for byte as @actions/core 3.x writes them
 * (its command.ts, file-command.ts, utils.ts and summary.ts).
 *
 * Why not @actions/core itself: its entry module statically imports its OIDC client, and with it
 * @actions/http-client, undici and @actions/exec \u2014 about 1 MB of the bundle that every step compiled and
 * initialised (~60 ms of start-up, measured) although bakekit never asks for an ID token.
 */


function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,\u2026::message`; properties without a value are left out (as the toolkit does). */
function issueCommand(command, properties, message) {
    let cmd = `::${command}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        cmd += ' ';
        cmd += keys
            .filter((k) => properties[k])
            .map((k) => `${k}=${escapeProperty(properties[k])}`)
            .join(',');
    }
    process.stdout.write(`${cmd}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function annotation(kind, message, p) {
    const properties = Object.keys(p).length
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
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Masks `secret` in the job log from here on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** A line shown only when the run has step debug logging on (`ACTIONS_STEP_DEBUG`). */
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + EOL);
}
function warning(message, properties = {}) {
    annotation('warning', message, properties);
}
function error(message, properties = {}) {
    annotation('error', message, properties);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Marks the step failed (exit code 1) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** A step output: appended to `$GITHUB_OUTPUT` as a `name<<DELIMITER` block (the legacy `::set-output` without it). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(EOL);
        issueCommand('set-output', { name }, toCommandValue(value));
        return;
    }
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    const text = toCommandValue(value);
    // a value containing the (random) delimiter could end the block early and set other outputs
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!fs.existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
/** A value the main step saved for the post step (`STATE_name`); '' when unset. */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** Appends markdown to the job summary (`$GITHUB_STEP_SUMMARY`). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await fs.promises.access(file, fs.constants.R_OK | fs.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await fs.promises.appendFile(file, markdown, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./lib/action/post.js
/**
 * The action's post step. Everything the main step opens is closed in its own `finally`; the post step only
 * reports what the main step left in state (nothing, normally), so a cancelled job still logs it.
 */

function post() {
    const leftover = getState('open-builds');
    if (leftover)
        warning(`builds still open at the end of the job: ${leftover}`);
}
post();

var __webpack_exports__post = __webpack_exports__.b;
export { __webpack_exports__post as post };
