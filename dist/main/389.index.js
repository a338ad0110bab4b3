export const id = 389;
export const ids = [389,57];
export const modules = {

/***/ 57:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_DOCKER_SOCKET: () => (/* binding */ DEFAULT_DOCKER_SOCKET),
/* harmony export */   EndpointError: () => (/* binding */ EndpointError),
/* harmony export */   buildxConfigDir: () => (/* binding */ buildxConfigDir),
/* harmony export */   currentBuilderName: () => (/* binding */ currentBuilderName),
/* harmony export */   defaultEndpoint: () => (/* binding */ defaultEndpoint),
/* harmony export */   describeDockerHost: () => (/* binding */ describeDockerHost),
/* harmony export */   describeEndpoint: () => (/* binding */ describeEndpoint),
/* harmony export */   dockerConfigDir: () => (/* binding */ dockerConfigDir),
/* harmony export */   dockerContextHost: () => (/* binding */ dockerContextHost),
/* harmony export */   dockerHostFromEnv: () => (/* binding */ dockerHostFromEnv),
/* harmony export */   parseEndpoint: () => (/* binding */ parseEndpoint),
/* harmony export */   resolveBuilder: () => (/* binding */ resolveBuilder),
/* harmony export */   resolveBuilderNodes: () => (/* binding */ resolveBuilderNodes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/**
 * Where BuildKit lives: parses the builder addresses bakekit accepts and resolves buildx builder instances from
 * buildx's on-disk store, so a workflow that ran `docker/setup-buildx-action` is picked up without a buildx binary.
 *
 * Accepted forms:
 *   unix:///PATH                         a buildkitd socket
 *   tcp://HOST:PORT                      buildkitd over TCP; TLS when a CA, client cert or key is given
 *   docker://                            the Docker Engine's embedded BuildKit (DOCKER_HOST, else /var/run/docker.sock)
 *   docker://unix:///PATH, docker://tcp://HOST:PORT   the same on an explicit Engine address
 *   docker-container://NAME[?context=CTX]   buildkitd inside a container, reached with `docker exec … buildctl dial-stdio`
 *   NAME                                 a buildx builder instance ("default" = the Docker Engine)
 */




const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const ACCEPTED_FORMS = 'unix:///path/to/buildkitd.sock, tcp://host:port, docker://, docker://unix:///path, docker://tcp://host:port, ' +
    'docker-container://<container>, or the name of a buildx builder';
class EndpointError extends Error {
    name = 'EndpointError';
}
function invalid(spec, why) {
    return new EndpointError(`invalid BuildKit endpoint ${JSON.stringify(spec)}: ${why}. Accepted forms: ${ACCEPTED_FORMS}`);
}
/** Human-readable address, the form a user would type (used in messages). */
function describeEndpoint(e) {
    const via = e.builder ? ` (buildx builder ${e.builder})` : '';
    switch (e.kind) {
        case 'unix':
            return `unix://${e.path}${via}`;
        case 'tcp':
            return `tcp://${formatHostPort(e.host, e.port)}${e.tls ? ' (TLS)' : ''}${via}`;
        case 'docker':
            return `docker://${describeDockerHost(e.engine)}${via}`;
        case 'docker-container': {
            const q = e.docker.context ? `?context=${e.docker.context}` : '';
            return `docker-container://${e.container}${q}${via}`;
        }
    }
}
function describeDockerHost(h) {
    return h.kind === 'unix' ? `unix://${h.path}` : `tcp://${formatHostPort(h.host, h.port)}`;
}
function formatHostPort(host, port) {
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
function hasTls(tls) {
    return !!tls && !!(tls.caCert || tls.cert || tls.key);
}
function checkTls(spec, tls) {
    if (!!tls.cert !== !!tls.key) {
        throw invalid(spec, `TLS client ${tls.cert ? 'key' : 'certificate'} missing: a client certificate needs its key and vice versa`);
    }
    return { ...tls };
}
/** `unix:///abs/path` → path. */
function parseUnix(spec, url) {
    const path = url.slice('unix://'.length);
    if (!path.startsWith('/')) {
        throw invalid(spec, 'a unix socket needs an absolute path (three slashes: unix:///run/buildkit/buildkitd.sock)');
    }
    return path;
}
/** `tcp://host:port` → host and port (IPv6 hosts in brackets). */
function parseTcp(spec, url) {
    const rest = url.slice('tcp://'.length).replace(/\/+$/, '');
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:/[\]]+)):(\d{1,5})$/.exec(rest);
    if (!m)
        throw invalid(spec, 'a tcp endpoint needs a host and a port (tcp://host:port)');
    const port = Number(m[3]);
    if (port < 1 || port > 65535)
        throw invalid(spec, `port ${m[3]} is out of range`);
    return { host: (m[1] ?? m[2]), port };
}
function parseDockerHost(spec, url, tls) {
    if (url.startsWith('unix://'))
        return { kind: 'unix', path: parseUnix(spec, url) };
    if (url.startsWith('tcp://')) {
        const { host, port } = parseTcp(spec, url);
        return hasTls(tls) ? { kind: 'tcp', host, port, tls: checkTls(spec, tls) } : { kind: 'tcp', host, port };
    }
    throw invalid(spec, `unsupported Docker Engine address ${JSON.stringify(url)} (use unix:///path or tcp://host:port)`);
}
/** The Docker Engine the environment points at: DOCKER_HOST (with DOCKER_CERT_PATH when DOCKER_TLS_VERIFY), else the
 * default socket. */
function dockerHostFromEnv(env = process.env) {
    const host = env.DOCKER_HOST?.trim();
    if (!host)
        return { kind: 'unix', path: DEFAULT_DOCKER_SOCKET };
    let tls;
    if (env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== '0') {
        const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env);
        tls = { caCert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'ca.pem'), cert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'key.pem') };
    }
    return parseDockerHost(`DOCKER_HOST=${host}`, host, tls);
}
/**
 * Parses an endpoint spec (see the module comment for the forms). `tls` applies to `tcp://` (and `docker://tcp://`);
 * its values are file paths. A bare name is looked up in buildx's builder store.
 */
function parseEndpoint(spec, tls, opts = {}) {
    const env = opts.env ?? process.env;
    const s = spec.trim();
    if (!s)
        throw invalid(spec, 'it is empty');
    if (s.startsWith('unix://'))
        return { kind: 'unix', path: parseUnix(s, s) };
    if (s.startsWith('tcp://')) {
        const { host, port } = parseTcp(s, s);
        return hasTls(tls) ? { kind: 'tcp', host, port, tls: checkTls(s, tls) } : { kind: 'tcp', host, port };
    }
    if (s.startsWith('docker-container://')) {
        const rest = s.slice('docker-container://'.length);
        const [name, query = ''] = splitOnce(rest, '?');
        const container = name.replace(/\/+$/, '');
        if (!container || container.includes('/'))
            throw invalid(s, 'docker-container:// needs a container name (docker-container://NAME)');
        const context = new URLSearchParams(query).get('context') ?? undefined;
        return { kind: 'docker-container', container, docker: context ? { context } : {} };
    }
    if (s.startsWith('docker://')) {
        const rest = s.slice('docker://'.length);
        if (rest === '' || rest === '/')
            return { kind: 'docker', engine: dockerHostFromEnv(env) };
        return { kind: 'docker', engine: parseDockerHost(s, rest, tls) };
    }
    if (s.includes('://'))
        throw invalid(s, `unknown scheme ${JSON.stringify(s.slice(0, s.indexOf('://') + 3))}`);
    if (s.startsWith('/'))
        throw invalid(s, 'a socket path needs the unix:// prefix (unix:///path)');
    if (!BUILDER_NAME.test(s)) {
        throw invalid(s, 'not a URL and not a valid builder name (a letter followed by letters, digits, ".", "-" or "_")');
    }
    return resolveBuilder(s, env);
}
function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}
// ---------------------------------------------------------------------------------------------------------------
// buildx store (docker/buildx store/store.go, store/nodegroup.go): $BUILDX_CONFIG or $DOCKER_CONFIG/buildx
//   instances/NAME   JSON NodeGroup {Name, Driver, Nodes: [{Name, Endpoint, DriverOpts, ...}], Dynamic}
//   current          JSON {Key, Name, Global}: the builder `docker buildx use` selected, for Docker endpoint Key
//   defaults/HASH    builder name used by default for a Docker endpoint (HASH = sha256(key) hex, first 20 chars)
// ---------------------------------------------------------------------------------------------------------------
/** buildx's builder name rule (store/util.go), compared lower-cased like buildx does. */
const BUILDER_NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
function dockerConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker');
}
function buildxConfigDir(env = process.env) {
    return env.BUILDX_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dockerConfigDir(env), 'buildx');
}
function readJson(path, what) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new EndpointError(`cannot read ${what} ${path}: ${err.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new EndpointError(`${what} ${path} is not valid JSON: ${err.message}`);
    }
}
function listBuilders(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'instances')).sort();
    }
    catch {
        return [];
    }
}
/** Looks a buildx builder up by name and maps its (first) node to an endpoint. */
function resolveBuilder(name, env = process.env) {
    const dir = buildxConfigDir(env);
    const key = name.toLowerCase();
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'instances', key);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        // "default" (and any Docker context name) is buildx's implicit docker-driver builder; bakekit knows "default".
        if (key === 'default')
            return { kind: 'docker', engine: dockerHostFromEnv(env), builder: 'default' };
        const known = listBuilders(dir);
        throw new EndpointError(`unknown buildx builder ${JSON.stringify(name)}: no ${file}` +
            (known.length ? ` (builders in ${dir}: ${known.join(', ')})` : ` (no builders in ${dir})`) +
            `. Accepted forms: ${ACCEPTED_FORMS}`);
    }
    const group = readJson(file, 'buildx builder file');
    return builderEndpoint(group, name, file, env);
}
/**
 * Every node of a buildx builder, in the builder's order, with the platforms each was created for. A builder that is
 * not in the store ("default") is the Engine, one node.
 */
function resolveBuilderNodes(name, env = process.env) {
    const dir = buildxConfigDir(env);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'instances', name.toLowerCase());
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return [{ name: 'default', endpoint: resolveBuilder(name, env), platforms: [] }];
    const group = readJson(file, 'buildx builder file');
    const nodes = group.Nodes ?? [];
    if (!nodes.length)
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
    return nodes.map((node, i) => ({
        name: node.Name || `${group.Name || name}${i}`,
        endpoint: builderEndpoint(group, name, file, env, node),
        platforms: (node.Platforms ?? []).filter((p) => p.os && p.architecture).map((p) => [p.os, p.architecture, p.variant].filter(Boolean).join('/')),
    }));
}
function builderEndpoint(group, name, file, env, only) {
    const driver = group.Driver ?? '';
    // Multi-node builders spread platforms over nodes (resolveBuilderNodes); asked for one endpoint, this is the first
    // node (the one buildx appended first, which `docker buildx create` makes the builder's primary).
    const node = only ?? group.Nodes?.[0];
    if (!node)
        throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no nodes`);
    const builder = group.Name || name;
    const nodeEndpoint = node.Endpoint ?? '';
    switch (driver) {
        case 'remote': {
            const o = node.DriverOpts ?? {};
            const tls = {};
            if (o.cacert)
                tls.caCert = o.cacert;
            if (o.cert)
                tls.cert = o.cert;
            if (o.key)
                tls.key = o.key;
            if (o.servername)
                tls.serverName = o.servername;
            for (const p of [tls.caCert, tls.cert, tls.key]) {
                if (p && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(p))
                    throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS file path ${p} is not absolute`);
            }
            // buildx's remote driver: any TLS option enables TLS, and then the CA is mandatory.
            if (Object.keys(tls).length && !tls.caCert) {
                throw new EndpointError(`buildx builder ${JSON.stringify(name)}: TLS options given but no cacert in its driver-opts`);
            }
            if (!nodeEndpoint)
                throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has no endpoint`);
            return { ...parseEndpoint(nodeEndpoint, tls, { env }), builder };
        }
        case 'docker-container': {
            if (!node.Name)
                throw new EndpointError(`buildx builder ${JSON.stringify(name)} (${file}) has a node without a name`);
            // buildx names the container buildx_buildkit_<node> and runs it on the node's Docker endpoint.
            return { kind: 'docker-container', container: `buildx_buildkit_${node.Name}`, docker: dockerCliTarget(nodeEndpoint), builder };
        }
        case 'docker':
            return { kind: 'docker', engine: dockerEngineFor(nodeEndpoint, env), builder };
        default:
            throw new EndpointError(`buildx builder ${JSON.stringify(name)} uses the ${JSON.stringify(driver)} driver, which bakekit does not support ` +
                `(supported: docker, docker-container, remote)`);
    }
}
/** A node Endpoint of a docker/docker-container builder is a Docker context name or an Engine URL. */
function dockerCliTarget(nodeEndpoint) {
    if (!nodeEndpoint || nodeEndpoint === 'default')
        return {};
    return nodeEndpoint.includes('://') ? { host: nodeEndpoint } : { context: nodeEndpoint };
}
function dockerEngineFor(nodeEndpoint, env) {
    if (!nodeEndpoint || nodeEndpoint === 'default')
        return dockerHostFromEnv(env);
    if (nodeEndpoint.includes('://'))
        return parseDockerHost(nodeEndpoint, nodeEndpoint);
    return dockerContextHost(nodeEndpoint, env);
}
/** Resolves a Docker CLI context (`$DOCKER_CONFIG/contexts/meta/<sha256(name)>/meta.json`) to its Engine address. */
function dockerContextHost(context, env = process.env) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(context).digest('hex');
    const metaDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dockerConfigDir(env), 'contexts', 'meta', digest);
    const meta = readJson((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(metaDir, 'meta.json'), `Docker context ${JSON.stringify(context)}`);
    const host = meta.Endpoints?.docker?.Host;
    if (!host)
        throw new EndpointError(`Docker context ${JSON.stringify(context)} has no Docker endpoint`);
    let tls;
    const tlsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dockerConfigDir(env), 'contexts', 'tls', digest, 'docker');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'ca.pem'))) {
        tls = { caCert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'ca.pem') };
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'cert.pem')))
            Object.assign(tls, { cert: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tlsDir, 'key.pem') });
    }
    return parseDockerHost(`context ${context}`, host, tls);
}
/** The builder buildx would use (store.Txn.Current): BUILDX_BUILDER, else `current` when it was selected for this
 * Docker endpoint (or globally), else `defaults/<hash>`; undefined when none is configured. */
function currentBuilderName(env = process.env) {
    if (env.BUILDX_BUILDER)
        return env.BUILDX_BUILDER;
    const dir = buildxConfigDir(env);
    // buildx keys the selection by the Docker endpoint of the active context; for the default context that is the
    // Engine address (DOCKER_HOST or the default socket).
    const key = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_DOCKER_SOCKET}`;
    const currentFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'current');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(currentFile)) {
        const c = readJson(currentFile, 'buildx current-builder file');
        if (c.Name && (c.Global || c.Key === key))
            return c.Name;
    }
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, 20);
    try {
        const name = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'defaults', hash), 'utf8').trim();
        return name || undefined;
    }
    catch {
        return undefined;
    }
}
/** The buildx builder in use if one is configured and exists, else the Docker Engine. */
function defaultEndpoint(env = process.env) {
    const name = currentBuilderName(env);
    if (name) {
        if (env.BUILDX_BUILDER)
            return resolveBuilder(name, env); // explicitly asked for: errors surface
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(buildxConfigDir(env), 'instances', name.toLowerCase())) || name.toLowerCase() === 'default') {
            return resolveBuilder(name, env);
        }
        // a stale selection (builder removed) falls back to the Engine, as buildx does
    }
    return { kind: 'docker', engine: dockerHostFromEnv(env) };
}


/***/ }),

/***/ 5389:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NodeError: () => (/* binding */ NodeError),
/* harmony export */   builderNodes: () => (/* binding */ builderNodes),
/* harmony export */   parseNodeSpec: () => (/* binding */ parseNodeSpec)
/* harmony export */ });
/* harmony import */ var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
/**
 * Which nodes a run builds on: `--node` specs and the nodes of a buildx builder (see nodes.ts for how a run uses
 * them). Apart from nodes.ts so that deciding whether a run has several nodes does not load the multi-node
 * machinery (registry client, index merging) that a one-node run never needs.
 */

class NodeError extends Error {
    name = 'NodeError';
}
/**
 * `ENDPOINT` or `ENDPOINT PLATFORM[,PLATFORM…]` (whitespace between), e.g.
 * `unix:///run/buildkit/buildkitd.sock linux/amd64` or `docker:// linux/386,linux/amd64`.
 */
function parseNodeSpec(spec, index, tls, env) {
    const parts = spec.trim().split(/\s+/).filter(Boolean);
    if (!parts.length)
        throw new NodeError(`node ${index + 1} is empty`);
    if (parts.length > 2)
        throw new NodeError(`node "${spec}": expected ENDPOINT [PLATFORM,PLATFORM…]`);
    const platforms = (parts[1] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(p))
            throw new NodeError(`node "${spec}": "${p}" is not a platform (os/arch[/variant])`);
    }
    return { name: `node${index}`, endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(parts[0], tls, { env }), platforms };
}
/**
 * The nodes to build on when there are several, else undefined (one daemon, the usual path): the builder's nodes —
 * `builder` (an endpoint, or a buildx builder with all its nodes), else the buildx builder in use, else the Engine —
 * followed by `nodes` (`ENDPOINT [PLATFORMS]` each), as `buildx create --append` adds nodes to a builder.
 */
function builderNodes(opts) {
    const extra = (opts.nodes ?? []).map((n) => n.trim()).filter(Boolean);
    const isName = (s) => /^[a-zA-Z][a-zA-Z0-9._-]*$/.test(s);
    const storeNodes = (name) => (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.resolveBuilderNodes)(name, opts.env).map((n) => ({ name: n.name, endpoint: n.endpoint, platforms: n.platforms }));
    let base;
    let builderName;
    if (opts.builder) {
        builderName = isName(opts.builder) ? opts.builder : undefined;
        base = builderName ? storeNodes(builderName) : [{ name: 'node0', endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(opts.builder, opts.tls, { env: opts.env }), platforms: [] }];
    }
    else {
        const current = (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.currentBuilderName)(opts.env);
        try {
            base = current ? storeNodes(current) : [];
            builderName = current;
        }
        catch {
            // a stale selection: the one-daemon path falls back (or reports) as it always did
            if (!extra.length)
                return undefined;
            base = [];
        }
        if (!base.length) {
            if (!extra.length)
                return undefined;
            base = [{ name: 'default', endpoint: (0,_buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.defaultEndpoint)(opts.env), platforms: [] }];
            builderName = 'default';
        }
    }
    const all = [...base, ...extra.map((spec, i) => parseNodeSpec(spec, base.length + i, opts.tls, opts.env))];
    if (all.length < 2)
        return undefined;
    const names = new Set();
    for (const n of all) {
        while (names.has(n.name))
            n.name = `${n.name}-${names.size}`;
        names.add(n.name);
    }
    return { nodes: all, builderName };
}


/***/ })

};
