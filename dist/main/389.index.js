"use strict"; exports.id = 389;
exports.ids = [389];
exports.modules = {
  /***/
  5389: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__);
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        NodeError: () => (
          /* binding */
          NodeError
        ),
        /* harmony export */
        builderNodes: () => (
          /* binding */
          builderNodes
        ),
        /* harmony export */
        parseNodeSpec: () => (
          /* binding */
          parseNodeSpec
        )
        /* harmony export */
      });
      var _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57);
      class NodeError extends Error {
        name = "NodeError";
      }
      function parseNodeSpec(spec, index, tls, env) {
        const parts = spec.trim().split(/\s+/).filter(Boolean);
        if (!parts.length)
          throw new NodeError(`node ${index + 1} is empty`);
        if (parts.length > 2)
          throw new NodeError(`node "${spec}": expected ENDPOINT [PLATFORM,PLATFORM\u2026]`);
        const platforms = (parts[1] ?? "").split(",").map((p) => p.trim()).filter(Boolean);
        for (const p of platforms) {
          if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(p))
            throw new NodeError(`node "${spec}": "${p}" is not a platform (os/arch[/variant])`);
        }
        return { name: `node${index}`, endpoint: (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(parts[0], tls, { env }), platforms };
      }
      function builderNodes(opts) {
        const extra = (opts.nodes ?? []).map((n) => n.trim()).filter(Boolean);
        const isName = (s) => /^[a-zA-Z][a-zA-Z0-9._-]*$/.test(s);
        const storeNodes = (name) => (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.resolveBuilderNodes)(name, opts.env).map((n) => ({ name: n.name, endpoint: n.endpoint, platforms: n.platforms }));
        let base;
        let builderName;
        if (opts.builder) {
          builderName = isName(opts.builder) ? opts.builder : void 0;
          base = builderName ? storeNodes(builderName) : [{ name: "node0", endpoint: (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.parseEndpoint)(opts.builder, opts.tls, { env: opts.env }), platforms: [] }];
        } else {
          const current = (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.currentBuilderName)(opts.env);
          try {
            base = current ? storeNodes(current) : [];
            builderName = current;
          } catch {
            if (!extra.length)
              return void 0;
            base = [];
          }
          if (!base.length) {
            if (!extra.length)
              return void 0;
            base = [{ name: "default", endpoint: (0, _buildkit_transport_endpoint_js__WEBPACK_IMPORTED_MODULE_0__.defaultEndpoint)(opts.env), platforms: [] }];
            builderName = "default";
          }
        }
        const all = [...base, ...extra.map((spec, i) => parseNodeSpec(spec, base.length + i, opts.tls, opts.env))];
        if (all.length < 2)
          return void 0;
        const names = /* @__PURE__ */ new Set();
        for (const n of all) {
          while (names.has(n.name))
            n.name = `${n.name}-${names.size}`;
          names.add(n.name);
        }
        return { nodes: all, builderName };
      }
    })
  )
};
