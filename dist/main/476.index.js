export const id = 476;
export const ids = [476];
export const modules = {

/***/ 2476:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitAuthSecretsFromEnv: () => (/* binding */ gitAuthSecretsFromEnv),
/* harmony export */   gitHost: () => (/* binding */ gitHost),
/* harmony export */   redactGitUrl: () => (/* binding */ redactGitUrl),
/* harmony export */   sharesGitHost: () => (/* binding */ sharesGitHost)
/* harmony export */ });
/** The host a Git URL is fetched from (`GIT_AUTH_TOKEN.<host>`): `git@host:path`, `github.com/\u2026`, or a URL's host. */
function gitHost(url) {
    const scp = /^[A-Za-z0-9._-]+@([A-Za-z0-9.-]+):/.exec(url);
    if (scp)
        return scp[1];
    return new URL(url.startsWith('github.com/') ? `https://${url}` : url).host;
}
/** `url` with its user information (a token, say) masked, for messages: `https://***@host/\u2026`. */
function redactGitUrl(url) {
    return url.replace(/\/\/[^/@]*@/, '//***@');
}
/** gitHost, or undefined for a value with no host (not a URL). */
function hostOf(url) {
    try {
        return gitHost(url) || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The host-scoped secrets for the remote definition `url` from `env`. buildx finds each variable by a
 * case-insensitive name (findGitAuthEnvKey) and reads it by the name it found.
 */
function gitAuthSecretsFromEnv(url, env) {
    const host = hostOf(url);
    if (!host)
        return [];
    const out = [];
    for (const [id, variable] of [
        ['GIT_AUTH_TOKEN', 'BUILDX_BAKE_GIT_AUTH_TOKEN'],
        ['GIT_AUTH_HEADER', 'BUILDX_BAKE_GIT_AUTH_HEADER'],
    ]) {
        const name = Object.keys(env).find((k) => k.toLowerCase() === variable.toLowerCase());
        if (name !== undefined)
            out.push({ id: `${id}.${host}`, env: name });
    }
    return out;
}
/** Whether a build whose context is `context` gets the definition's credentials: a remote context on the same host
 * (buildx shouldAttachGitAuthSecrets; the host compared case-insensitively). */
function sharesGitHost(definitionUrl, context, isRemote) {
    if (!isRemote(context))
        return false;
    const a = hostOf(definitionUrl);
    const b = hostOf(context);
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}


/***/ })

};
