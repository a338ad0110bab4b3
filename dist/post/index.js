"use strict";
const __bakekit_builtin = (id) => {
  const load = () => require(id);
  const withDefaultV8Flags = globalThis[/* @__PURE__ */ Symbol.for("bakekit.withDefaultV8Flags")];
  return typeof withDefaultV8Flags === "function" ? withDefaultV8Flags(load) : load();
};
var __nccwpck_require__ = {};
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
var __webpack_exports__ = {};
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (
    /* binding */
    post
  )
});
;
const external_node_fs_namespaceObject = __bakekit_builtin("node:fs");
;
const external_node_os_namespaceObject = __bakekit_builtin("node:os");
;
function toCommandValue(input) {
  if (input === null || input === void 0)
    return "";
  if (typeof input === "string" || input instanceof String)
    return String(input);
  return JSON.stringify(input);
}
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function issueCommand(command, properties, message) {
  let cmd = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    cmd += " ";
    cmd += keys.filter((k) => properties[k]).map((k) => `${k}=${escapeProperty(properties[k])}`).join(",");
  }
  process.stdout.write(`${cmd}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function annotation(kind, message, p) {
  const properties = Object.keys(p).length ? {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  } : {};
  issueCommand(kind, properties, message instanceof Error ? message.toString() : message);
}
function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function info(message) {
  process.stdout.write(message + EOL);
}
function warning(message, properties = {}) {
  annotation("warning", message, properties);
}
function error(message, properties = {}) {
  annotation("error", message, properties);
}
function startGroup(name) {
  issueCommand("group", {}, name);
}
function endGroup() {
  issueCommand("endgroup", {}, "");
}
function setFailed(message) {
  process.exitCode = 1;
  error(message);
}
function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT || "";
  if (!file) {
    process.stdout.write(EOL);
    issueCommand("set-output", { name }, toCommandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!fs.existsSync(file))
    throw new Error(`Missing file at path: ${file}`);
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
async function appendSummary(markdown) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
  try {
    await fs.promises.access(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await fs.promises.appendFile(file, markdown, { encoding: "utf8" });
}
;
function post() {
  const leftover = getState("open-builds");
  if (leftover)
    warning(`builds still open at the end of the job: ${leftover}`);
}
post();
var __webpack_exports__post = __webpack_exports__.b;
exports.post = __webpack_exports__post;

function __bakekit_chunk(file) {
  return new Promise((resolve) => {
    const load = globalThis[Symbol.for("bakekit.loadChunk")];
    resolve(typeof load === "function" ? load(require("node:path").join(__dirname, file)) : require(file));
  });
}
