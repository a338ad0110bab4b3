"use strict"; exports.id = 791;
exports.ids = [791];
exports.modules = {
  /***/
  8791: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        Bp: () => (
          /* binding */
          callLost
        ),
        $N: () => (
          /* binding */
          codeOf
        ),
        BK: () => (
          /* binding */
          encodeStatus
        ),
        bD: () => (
          /* binding */
          messageOf
        ),
        Vv: () => (
          /* binding */
          rpcStatusOf
        ),
        iX: () => (
          /* binding */
          statusDetailsOf
        ),
        mf: () => (
          /* binding */
          toStatus
        ),
        QL: () => (
          /* binding */
          toStatusError
        )
      });
      var registry = __webpack_require__(7062);
      ;
      const RPC_STATUS_TYPE = "google.rpc.Status";
      function encodeRpcStatus(status) {
        return (0, registry.mH)(RPC_STATUS_TYPE, status);
      }
      function decodeRpcStatus(bytes) {
        return (0, registry.decodeMessage)(RPC_STATUS_TYPE, bytes);
      }
      var grpc_status = __webpack_require__(9499);
      ;
      function codeOf(err) {
        const code = err?.code;
        return (0, grpc_status._m)(code) ? code : void 0;
      }
      function messageOf(err) {
        const e = err;
        if (typeof e?.details === "string")
          return e.details;
        if (typeof e?.message === "string")
          return e.message;
        return String(err);
      }
      function isAbortError(err) {
        return err instanceof Error && (err.name === "AbortError" || err.code === "ABORT_ERR");
      }
      function toStatus(err) {
        return { code: codeOf(err) ?? (isAbortError(err) ? grpc_status.Cy.CANCELLED : grpc_status.Cy.UNKNOWN), message: messageOf(err) };
      }
      function toStatusError(err) {
        if (err instanceof grpc_status.Xs)
          return err;
        const { code, message } = toStatus(err);
        return new grpc_status.Xs(code, message, { cause: err });
      }
      function statusDetailsOf(err) {
        if (err instanceof grpc_status.Xs)
          return err.statusDetails;
        const metadata = err?.metadata;
        if (typeof metadata?.get !== "function")
          return void 0;
        const values = metadata.get.call(metadata, grpc_status.MO);
        return values.find((v) => Buffer.isBuffer(v));
      }
      function rpcStatusOf(err) {
        const bytes = statusDetailsOf(err);
        if (!bytes)
          return void 0;
        try {
          return decodeRpcStatus(bytes);
        } catch {
          return void 0;
        }
      }
      function encodeStatus(err, fallback) {
        const sent = statusDetailsOf(err);
        if (sent)
          return sent;
        return encodeRpcStatus({ code: codeOf(err) ?? fallback, message: messageOf(err), details: [] });
      }
      function callLost(reason, cause) {
        return new grpc_status.Xs(grpc_status.Cy.UNAVAILABLE, reason, { cause });
      }
    })
  ),
  /***/
  9499: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        /* harmony export */
        Cy: () => (
          /* binding */
          Code
        ),
        /* harmony export */
        Ff: () => (
          /* binding */
          statusHeaders
        ),
        /* harmony export */
        MO: () => (
          /* binding */
          STATUS_DETAILS_KEY
        ),
        /* harmony export */
        Xs: () => (
          /* binding */
          StatusError
        ),
        /* harmony export */
        _m: () => (
          /* binding */
          isCode
        ),
        /* harmony export */
        rG: () => (
          /* binding */
          formatStatusText
        ),
        /* harmony export */
        rm: () => (
          /* binding */
          statusFromHeaders
        )
        /* harmony export */
      });
      const Code = {
        OK: 0,
        CANCELLED: 1,
        UNKNOWN: 2,
        INVALID_ARGUMENT: 3,
        DEADLINE_EXCEEDED: 4,
        NOT_FOUND: 5,
        ALREADY_EXISTS: 6,
        PERMISSION_DENIED: 7,
        RESOURCE_EXHAUSTED: 8,
        FAILED_PRECONDITION: 9,
        ABORTED: 10,
        OUT_OF_RANGE: 11,
        UNIMPLEMENTED: 12,
        INTERNAL: 13,
        UNAVAILABLE: 14,
        DATA_LOSS: 15,
        UNAUTHENTICATED: 16
      };
      const STATUS_DETAILS_KEY = "grpc-status-details-bin";
      const GO_CODE_NAMES = [
        "OK",
        "Canceled",
        "Unknown",
        "InvalidArgument",
        "DeadlineExceeded",
        "NotFound",
        "AlreadyExists",
        "PermissionDenied",
        "ResourceExhausted",
        "FailedPrecondition",
        "Aborted",
        "OutOfRange",
        "Unimplemented",
        "Internal",
        "Unavailable",
        "DataLoss",
        "Unauthenticated"
      ];
      function isCode(code) {
        return typeof code === "number" && Number.isInteger(code) && code >= Code.OK && code <= Code.UNAUTHENTICATED;
      }
      function codeName(code) {
        return GO_CODE_NAMES[code] ?? `Code(${code})`;
      }
      function formatStatusText(code, message) {
        if (code === Code.OK || code === Code.UNKNOWN)
          return message;
        return `${codeName(code)}: ${message}`;
      }
      class StatusError extends Error {
        code;
        details;
        name = "StatusError";
        /** The binary `google.rpc.Status` the peer sent with this status (`grpc-status-details-bin`), when it sent one. */
        statusDetails;
        constructor(code, details, options = {}) {
          super(`${details || codeName(code)} (gRPC status ${code})`, options.cause === void 0 ? void 0 : { cause: options.cause });
          this.code = code;
          this.details = details;
          if (options.statusDetails)
            this.statusDetails = options.statusDetails;
        }
      }
      function statusHeaders(code, message) {
        const headers = { "grpc-status": String(code) };
        if (message)
          headers["grpc-message"] = encodeGrpcMessage(message);
        return headers;
      }
      function statusFromHeaders(headers) {
        const raw = headers["grpc-status"];
        if (raw === void 0 || raw === "0")
          return void 0;
        const parsed = Number(raw);
        const code = isCode(parsed) ? parsed : Code.UNKNOWN;
        const message = headers["grpc-message"];
        const details = headers[STATUS_DETAILS_KEY];
        return new StatusError(code, typeof message === "string" ? decodeGrpcMessage(message) : "", {
          ...typeof details === "string" && details !== "" ? { statusDetails: Buffer.from(details, "base64") } : {}
        });
      }
      function encodeGrpcMessage(message) {
        let out = "";
        for (const byte of Buffer.from(message, "utf8")) {
          out += byte >= 32 && byte <= 126 && byte !== 37 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
        }
        return out;
      }
      function decodeGrpcMessage(message) {
        try {
          return decodeURIComponent(message);
        } catch {
          return message;
        }
      }
    })
  ),
  /***/
  7062: (
    /***/
    (function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
      __webpack_require__.d(__webpack_exports__, {
        decodeMessage: () => (
          /* binding */
          decodeMessage
        ),
        pX: () => (
          /* binding */
          decodeWith
        ),
        mH: () => (
          /* binding */
          encodeMessage
        ),
        rk: () => (
          /* binding */
          encodeWith
        ),
        H5: () => (
          /* binding */
          longToDecimal
        ),
        zr: () => (
          /* binding */
          root
        )
      });
      var light = __webpack_require__(365);
      ;
      const codecs = {
        ".moby.buildkit.v1.apicaps.APICap": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                w.uint32(10).string(m.ID);
              if (m.Enabled != null && Object.hasOwnProperty.call(m, "Enabled") && m.Enabled !== false)
                w.uint32(16).bool(m.Enabled);
              if (m.Deprecated != null && Object.hasOwnProperty.call(m, "Deprecated") && m.Deprecated !== false)
                w.uint32(24).bool(m.Deprecated);
              if (m.DisabledReason != null && Object.hasOwnProperty.call(m, "DisabledReason") && m.DisabledReason !== "")
                w.uint32(34).string(m.DisabledReason);
              if (m.DisabledReasonMsg != null && Object.hasOwnProperty.call(m, "DisabledReasonMsg") && m.DisabledReasonMsg !== "")
                w.uint32(42).string(m.DisabledReasonMsg);
              if (m.DisabledAlternative != null && Object.hasOwnProperty.call(m, "DisabledAlternative") && m.DisabledAlternative !== "")
                w.uint32(50).string(m.DisabledAlternative);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.Enabled = v;
                    else
                      delete m.Enabled;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.Deprecated = v;
                    else
                      delete m.Deprecated;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.DisabledReason = v;
                    else
                      delete m.DisabledReason;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.DisabledReasonMsg = v;
                    else
                      delete m.DisabledReasonMsg;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.DisabledAlternative = v;
                    else
                      delete m.DisabledAlternative;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.apicaps.APICap: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ID != null) {
                if (typeof d.ID !== "string" || d.ID.length) {
                  m.ID = String(d.ID);
                }
              }
              if (d.Enabled != null) {
                if (d.Enabled) {
                  m.Enabled = Boolean(d.Enabled);
                }
              }
              if (d.Deprecated != null) {
                if (d.Deprecated) {
                  m.Deprecated = Boolean(d.Deprecated);
                }
              }
              if (d.DisabledReason != null) {
                if (typeof d.DisabledReason !== "string" || d.DisabledReason.length) {
                  m.DisabledReason = String(d.DisabledReason);
                }
              }
              if (d.DisabledReasonMsg != null) {
                if (typeof d.DisabledReasonMsg !== "string" || d.DisabledReasonMsg.length) {
                  m.DisabledReasonMsg = String(d.DisabledReasonMsg);
                }
              }
              if (d.DisabledAlternative != null) {
                if (typeof d.DisabledAlternative !== "string" || d.DisabledAlternative.length) {
                  m.DisabledAlternative = String(d.DisabledAlternative);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ID = "";
                d.Enabled = false;
                d.Deprecated = false;
                d.DisabledReason = "";
                d.DisabledReasonMsg = "";
                d.DisabledAlternative = "";
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              if (m.Enabled != null && Object.hasOwnProperty.call(m, "Enabled")) {
                d.Enabled = m.Enabled;
              }
              if (m.Deprecated != null && Object.hasOwnProperty.call(m, "Deprecated")) {
                d.Deprecated = m.Deprecated;
              }
              if (m.DisabledReason != null && Object.hasOwnProperty.call(m, "DisabledReason")) {
                d.DisabledReason = m.DisabledReason;
              }
              if (m.DisabledReasonMsg != null && Object.hasOwnProperty.call(m, "DisabledReasonMsg")) {
                d.DisabledReasonMsg = m.DisabledReasonMsg;
              }
              if (m.DisabledAlternative != null && Object.hasOwnProperty.call(m, "DisabledAlternative")) {
                d.DisabledAlternative = m.DisabledAlternative;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.SolveRequest": {
          ctor: () => function(p) {
            this.ExporterAttrsDeprecated = {};
            this.FrontendAttrs = {};
            this.Entitlements = [];
            this.FrontendInputs = {};
            this.Exporters = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref") && m.Ref !== "")
                w.uint32(10).string(m.Ref);
              if (m.Definition != null && Object.hasOwnProperty.call(m, "Definition") && m.Definition.length)
                w.uint32(18).bytes(m.Definition);
              if (m.ExporterDeprecated != null && Object.hasOwnProperty.call(m, "ExporterDeprecated") && m.ExporterDeprecated !== "")
                w.uint32(26).string(m.ExporterDeprecated);
              if (m.ExporterAttrsDeprecated != null && Object.hasOwnProperty.call(m, "ExporterAttrsDeprecated")) {
                for (var ks = Object.keys(m.ExporterAttrsDeprecated), i = 0; i < ks.length; ++i) {
                  w.uint32(34).fork().uint32(10).string(ks[i]).uint32(18).string(m.ExporterAttrsDeprecated[ks[i]]).ldelim();
                }
              }
              if (m.Session != null && Object.hasOwnProperty.call(m, "Session") && m.Session !== "")
                w.uint32(42).string(m.Session);
              if (m.Frontend != null && Object.hasOwnProperty.call(m, "Frontend") && m.Frontend !== "")
                w.uint32(50).string(m.Frontend);
              if (m.FrontendAttrs != null && Object.hasOwnProperty.call(m, "FrontendAttrs")) {
                for (var ks = Object.keys(m.FrontendAttrs), i = 0; i < ks.length; ++i) {
                  w.uint32(58).fork().uint32(10).string(ks[i]).uint32(18).string(m.FrontendAttrs[ks[i]]).ldelim();
                }
              }
              if (m.Cache != null && Object.hasOwnProperty.call(m, "Cache"))
                types[7].encode(m.Cache, w.uint32(66).fork(), q + 1).ldelim();
              if (m.Entitlements != null && m.Entitlements.length) {
                for (var i = 0; i < m.Entitlements.length; ++i)
                  w.uint32(74).string(m.Entitlements[i]);
              }
              if (m.FrontendInputs != null && Object.hasOwnProperty.call(m, "FrontendInputs")) {
                for (var ks = Object.keys(m.FrontendInputs), i = 0; i < ks.length; ++i) {
                  w.uint32(82).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.FrontendInputs[ks[i]]).ldelim();
                }
              }
              if (m.Internal != null && Object.hasOwnProperty.call(m, "Internal") && m.Internal !== false)
                w.uint32(88).bool(m.Internal);
              if (m.SourcePolicy != null && Object.hasOwnProperty.call(m, "SourcePolicy"))
                types[11].encode(m.SourcePolicy, w.uint32(98).fork(), q + 1).ldelim();
              if (m.Exporters != null && m.Exporters.length) {
                for (var i = 0; i < m.Exporters.length; ++i)
                  types[12].encode(m.Exporters[i], w.uint32(106).fork(), q + 1).ldelim();
              }
              if (m.EnableSessionExporter != null && Object.hasOwnProperty.call(m, "EnableSessionExporter") && m.EnableSessionExporter !== false)
                w.uint32(112).bool(m.EnableSessionExporter);
              if (m.SourcePolicySession != null && Object.hasOwnProperty.call(m, "SourcePolicySession") && m.SourcePolicySession !== "")
                w.uint32(122).string(m.SourcePolicySession);
              if (m.CompatibilityVersion != null && Object.hasOwnProperty.call(m, "CompatibilityVersion") && (typeof m.CompatibilityVersion === "object" ? m.CompatibilityVersion.low || m.CompatibilityVersion.high : m.CompatibilityVersion !== 0))
                w.uint32(128).int64(m.CompatibilityVersion);
              if (m.ProxyNetwork != null && Object.hasOwnProperty.call(m, "ProxyNetwork") && m.ProxyNetwork !== false)
                w.uint32(136).bool(m.ProxyNetwork);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Ref = v;
                    else
                      delete m.Ref;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Definition = v;
                    else
                      delete m.Definition;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ExporterDeprecated = v;
                    else
                      delete m.ExporterDeprecated;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if (m.ExporterAttrsDeprecated === util.emptyObject)
                      m.ExporterAttrsDeprecated = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.ExporterAttrsDeprecated, k);
                    m.ExporterAttrsDeprecated[k] = v;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Session = v;
                    else
                      delete m.Session;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Frontend = v;
                    else
                      delete m.Frontend;
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    if (m.FrontendAttrs === util.emptyObject)
                      m.FrontendAttrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.FrontendAttrs, k);
                    m.FrontendAttrs[k] = v;
                    continue;
                  }
                  case 8: {
                    if (u !== 2)
                      break;
                    m.Cache = types[7].decode(r, r.size(), void 0, q + 1, m.Cache);
                    continue;
                  }
                  case 9: {
                    if (u !== 2)
                      break;
                    if (!(m.Entitlements && m.Entitlements.length))
                      m.Entitlements = [];
                    m.Entitlements.push(r.stringVerify());
                    continue;
                  }
                  case 10: {
                    if (u !== 2)
                      break;
                    if (m.FrontendInputs === util.emptyObject)
                      m.FrontendInputs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = [];
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.bytes();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.FrontendInputs, k);
                    m.FrontendInputs[k] = v;
                    continue;
                  }
                  case 11: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.Internal = v;
                    else
                      delete m.Internal;
                    continue;
                  }
                  case 12: {
                    if (u !== 2)
                      break;
                    m.SourcePolicy = types[11].decode(r, r.size(), void 0, q + 1, m.SourcePolicy);
                    continue;
                  }
                  case 13: {
                    if (u !== 2)
                      break;
                    if (!(m.Exporters && m.Exporters.length))
                      m.Exporters = [];
                    m.Exporters.push(types[12].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 14: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.EnableSessionExporter = v;
                    else
                      delete m.EnableSessionExporter;
                    continue;
                  }
                  case 15: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.SourcePolicySession = v;
                    else
                      delete m.SourcePolicySession;
                    continue;
                  }
                  case 16: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.CompatibilityVersion = v;
                    else
                      delete m.CompatibilityVersion;
                    continue;
                  }
                  case 17: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.ProxyNetwork = v;
                    else
                      delete m.ProxyNetwork;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.SolveRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Ref != null) {
                if (typeof d.Ref !== "string" || d.Ref.length) {
                  m.Ref = String(d.Ref);
                }
              }
              if (d.Definition != null) {
                if (d.Definition.length) {
                  if (typeof d.Definition === "string")
                    util.base64.decode(d.Definition, m.Definition = util.newBuffer(util.base64.length(d.Definition)), 0);
                  else if (d.Definition.length >= 0)
                    m.Definition = d.Definition;
                }
              }
              if (d.ExporterDeprecated != null) {
                if (typeof d.ExporterDeprecated !== "string" || d.ExporterDeprecated.length) {
                  m.ExporterDeprecated = String(d.ExporterDeprecated);
                }
              }
              if (d.ExporterAttrsDeprecated) {
                if (!util.isObject(d.ExporterAttrsDeprecated))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.ExporterAttrsDeprecated: object expected");
                m.ExporterAttrsDeprecated = {};
                for (var ks = Object.keys(d.ExporterAttrsDeprecated), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.ExporterAttrsDeprecated, ks[i]);
                  m.ExporterAttrsDeprecated[ks[i]] = String(d.ExporterAttrsDeprecated[ks[i]]);
                }
              }
              if (d.Session != null) {
                if (typeof d.Session !== "string" || d.Session.length) {
                  m.Session = String(d.Session);
                }
              }
              if (d.Frontend != null) {
                if (typeof d.Frontend !== "string" || d.Frontend.length) {
                  m.Frontend = String(d.Frontend);
                }
              }
              if (d.FrontendAttrs) {
                if (!util.isObject(d.FrontendAttrs))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.FrontendAttrs: object expected");
                m.FrontendAttrs = {};
                for (var ks = Object.keys(d.FrontendAttrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.FrontendAttrs, ks[i]);
                  m.FrontendAttrs[ks[i]] = String(d.FrontendAttrs[ks[i]]);
                }
              }
              if (d.Cache != null) {
                if (!util.isObject(d.Cache))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.Cache: object expected");
                m.Cache = types[7].fromObject(d.Cache, q + 1);
              }
              if (d.Entitlements) {
                if (!Array.isArray(d.Entitlements))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.Entitlements: array expected");
                m.Entitlements = Array(d.Entitlements.length);
                for (var i = 0; i < d.Entitlements.length; ++i) {
                  m.Entitlements[i] = String(d.Entitlements[i]);
                }
              }
              if (d.FrontendInputs) {
                if (!util.isObject(d.FrontendInputs))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.FrontendInputs: object expected");
                m.FrontendInputs = {};
                for (var ks = Object.keys(d.FrontendInputs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.FrontendInputs, ks[i]);
                  if (typeof d.FrontendInputs[ks[i]] === "string")
                    util.base64.decode(d.FrontendInputs[ks[i]], m.FrontendInputs[ks[i]] = util.newBuffer(util.base64.length(d.FrontendInputs[ks[i]])), 0);
                  else if (d.FrontendInputs[ks[i]].length >= 0)
                    m.FrontendInputs[ks[i]] = d.FrontendInputs[ks[i]];
                }
              }
              if (d.Internal != null) {
                if (d.Internal) {
                  m.Internal = Boolean(d.Internal);
                }
              }
              if (d.SourcePolicy != null) {
                if (!util.isObject(d.SourcePolicy))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.SourcePolicy: object expected");
                m.SourcePolicy = types[11].fromObject(d.SourcePolicy, q + 1);
              }
              if (d.Exporters) {
                if (!Array.isArray(d.Exporters))
                  throw TypeError(".moby.buildkit.v1.SolveRequest.Exporters: array expected");
                m.Exporters = Array(d.Exporters.length);
                for (var i = 0; i < d.Exporters.length; ++i) {
                  if (!util.isObject(d.Exporters[i]))
                    throw TypeError(".moby.buildkit.v1.SolveRequest.Exporters: object expected");
                  m.Exporters[i] = types[12].fromObject(d.Exporters[i], q + 1);
                }
              }
              if (d.EnableSessionExporter != null) {
                if (d.EnableSessionExporter) {
                  m.EnableSessionExporter = Boolean(d.EnableSessionExporter);
                }
              }
              if (d.SourcePolicySession != null) {
                if (typeof d.SourcePolicySession !== "string" || d.SourcePolicySession.length) {
                  m.SourcePolicySession = String(d.SourcePolicySession);
                }
              }
              if (d.CompatibilityVersion != null) {
                if (typeof d.CompatibilityVersion === "object" ? d.CompatibilityVersion.low || d.CompatibilityVersion.high : Number(d.CompatibilityVersion) !== 0) {
                  if (util.Long)
                    m.CompatibilityVersion = util.Long.fromValue(d.CompatibilityVersion, false);
                  else if (typeof d.CompatibilityVersion === "string")
                    m.CompatibilityVersion = parseInt(d.CompatibilityVersion, 10);
                  else if (typeof d.CompatibilityVersion === "number")
                    m.CompatibilityVersion = d.CompatibilityVersion;
                  else if (typeof d.CompatibilityVersion === "object")
                    m.CompatibilityVersion = new util.LongBits(d.CompatibilityVersion.low >>> 0, d.CompatibilityVersion.high >>> 0).toNumber();
                }
              }
              if (d.ProxyNetwork != null) {
                if (d.ProxyNetwork) {
                  m.ProxyNetwork = Boolean(d.ProxyNetwork);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.Entitlements = [];
                d.Exporters = [];
              }
              if (o.objects || o.defaults) {
                d.ExporterAttrsDeprecated = {};
                d.FrontendAttrs = {};
                d.FrontendInputs = {};
              }
              if (o.defaults) {
                d.Ref = "";
                if (o.bytes === String)
                  d.Definition = "";
                else {
                  d.Definition = [];
                  if (o.bytes !== Array)
                    d.Definition = util.newBuffer(d.Definition);
                }
                d.ExporterDeprecated = "";
                d.Session = "";
                d.Frontend = "";
                d.Cache = null;
                d.Internal = false;
                d.SourcePolicy = null;
                d.EnableSessionExporter = false;
                d.SourcePolicySession = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.CompatibilityVersion = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.CompatibilityVersion = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.ProxyNetwork = false;
              }
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref")) {
                d.Ref = m.Ref;
              }
              if (m.Definition != null && Object.hasOwnProperty.call(m, "Definition")) {
                d.Definition = o.bytes === String ? util.base64.encode(m.Definition, 0, m.Definition.length) : o.bytes === Array ? Array.prototype.slice.call(m.Definition) : m.Definition;
              }
              if (m.ExporterDeprecated != null && Object.hasOwnProperty.call(m, "ExporterDeprecated")) {
                d.ExporterDeprecated = m.ExporterDeprecated;
              }
              var ks2;
              if (m.ExporterAttrsDeprecated && (ks2 = Object.keys(m.ExporterAttrsDeprecated)).length) {
                d.ExporterAttrsDeprecated = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.ExporterAttrsDeprecated, ks2[j]);
                  d.ExporterAttrsDeprecated[ks2[j]] = m.ExporterAttrsDeprecated[ks2[j]];
                }
              }
              if (m.Session != null && Object.hasOwnProperty.call(m, "Session")) {
                d.Session = m.Session;
              }
              if (m.Frontend != null && Object.hasOwnProperty.call(m, "Frontend")) {
                d.Frontend = m.Frontend;
              }
              if (m.FrontendAttrs && (ks2 = Object.keys(m.FrontendAttrs)).length) {
                d.FrontendAttrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.FrontendAttrs, ks2[j]);
                  d.FrontendAttrs[ks2[j]] = m.FrontendAttrs[ks2[j]];
                }
              }
              if (m.Cache != null && Object.hasOwnProperty.call(m, "Cache")) {
                d.Cache = types[7].toObject(m.Cache, o, q + 1);
              }
              if (m.Entitlements && m.Entitlements.length) {
                d.Entitlements = Array(m.Entitlements.length);
                for (var j = 0; j < m.Entitlements.length; ++j) {
                  d.Entitlements[j] = m.Entitlements[j];
                }
              }
              if (m.FrontendInputs && (ks2 = Object.keys(m.FrontendInputs)).length) {
                d.FrontendInputs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.FrontendInputs, ks2[j]);
                  d.FrontendInputs[ks2[j]] = o.bytes === String ? util.base64.encode(m.FrontendInputs[ks2[j]], 0, m.FrontendInputs[ks2[j]].length) : o.bytes === Array ? Array.prototype.slice.call(m.FrontendInputs[ks2[j]]) : m.FrontendInputs[ks2[j]];
                }
              }
              if (m.Internal != null && Object.hasOwnProperty.call(m, "Internal")) {
                d.Internal = m.Internal;
              }
              if (m.SourcePolicy != null && Object.hasOwnProperty.call(m, "SourcePolicy")) {
                d.SourcePolicy = types[11].toObject(m.SourcePolicy, o, q + 1);
              }
              if (m.Exporters && m.Exporters.length) {
                d.Exporters = Array(m.Exporters.length);
                for (var j = 0; j < m.Exporters.length; ++j) {
                  d.Exporters[j] = types[12].toObject(m.Exporters[j], o, q + 1);
                }
              }
              if (m.EnableSessionExporter != null && Object.hasOwnProperty.call(m, "EnableSessionExporter")) {
                d.EnableSessionExporter = m.EnableSessionExporter;
              }
              if (m.SourcePolicySession != null && Object.hasOwnProperty.call(m, "SourcePolicySession")) {
                d.SourcePolicySession = m.SourcePolicySession;
              }
              if (m.CompatibilityVersion != null && Object.hasOwnProperty.call(m, "CompatibilityVersion")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.CompatibilityVersion = typeof m.CompatibilityVersion === "number" ? BigInt(m.CompatibilityVersion) : util.Long.fromBits(m.CompatibilityVersion.low >>> 0, m.CompatibilityVersion.high >>> 0, false).toBigInt();
                else if (typeof m.CompatibilityVersion === "number")
                  d.CompatibilityVersion = o.longs === String ? String(m.CompatibilityVersion) : m.CompatibilityVersion;
                else
                  d.CompatibilityVersion = o.longs === String ? util.longToDecimal(m.CompatibilityVersion) : o.longs === Number ? new util.LongBits(m.CompatibilityVersion.low >>> 0, m.CompatibilityVersion.high >>> 0).toNumber() : m.CompatibilityVersion;
              }
              if (m.ProxyNetwork != null && Object.hasOwnProperty.call(m, "ProxyNetwork")) {
                d.ProxyNetwork = m.ProxyNetwork;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.Exporter": {
          ctor: () => function(p) {
            this.Attrs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Type != null && Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(10).string(m.Type);
              if (m.Attrs != null && Object.hasOwnProperty.call(m, "Attrs")) {
                for (var ks = Object.keys(m.Attrs), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.Attrs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Type = v;
                    else
                      delete m.Type;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.Attrs === util.emptyObject)
                      m.Attrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.Attrs, k);
                    m.Attrs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.Exporter: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                  m.Type = String(d.Type);
                }
              }
              if (d.Attrs) {
                if (!util.isObject(d.Attrs))
                  throw TypeError(".moby.buildkit.v1.Exporter.Attrs: object expected");
                m.Attrs = {};
                for (var ks = Object.keys(d.Attrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.Attrs, ks[i]);
                  m.Attrs[ks[i]] = String(d.Attrs[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.Attrs = {};
              }
              if (o.defaults) {
                d.Type = "";
              }
              if (m.Type != null && Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
              }
              var ks2;
              if (m.Attrs && (ks2 = Object.keys(m.Attrs)).length) {
                d.Attrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.Attrs, ks2[j]);
                  d.Attrs[ks2[j]] = m.Attrs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.CacheOptions": {
          ctor: () => function(p) {
            this.ImportRefsDeprecated = [];
            this.ExportAttrsDeprecated = {};
            this.Exports = [];
            this.Imports = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ExportRefDeprecated != null && Object.hasOwnProperty.call(m, "ExportRefDeprecated") && m.ExportRefDeprecated !== "")
                w.uint32(10).string(m.ExportRefDeprecated);
              if (m.ImportRefsDeprecated != null && m.ImportRefsDeprecated.length) {
                for (var i = 0; i < m.ImportRefsDeprecated.length; ++i)
                  w.uint32(18).string(m.ImportRefsDeprecated[i]);
              }
              if (m.ExportAttrsDeprecated != null && Object.hasOwnProperty.call(m, "ExportAttrsDeprecated")) {
                for (var ks = Object.keys(m.ExportAttrsDeprecated), i = 0; i < ks.length; ++i) {
                  w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.ExportAttrsDeprecated[ks[i]]).ldelim();
                }
              }
              if (m.Exports != null && m.Exports.length) {
                for (var i = 0; i < m.Exports.length; ++i)
                  types[3].encode(m.Exports[i], w.uint32(34).fork(), q + 1).ldelim();
              }
              if (m.Imports != null && m.Imports.length) {
                for (var i = 0; i < m.Imports.length; ++i)
                  types[4].encode(m.Imports[i], w.uint32(42).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ExportRefDeprecated = v;
                    else
                      delete m.ExportRefDeprecated;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.ImportRefsDeprecated && m.ImportRefsDeprecated.length))
                      m.ImportRefsDeprecated = [];
                    m.ImportRefsDeprecated.push(r.stringVerify());
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (m.ExportAttrsDeprecated === util.emptyObject)
                      m.ExportAttrsDeprecated = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.ExportAttrsDeprecated, k);
                    m.ExportAttrsDeprecated[k] = v;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if (!(m.Exports && m.Exports.length))
                      m.Exports = [];
                    m.Exports.push(types[3].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if (!(m.Imports && m.Imports.length))
                      m.Imports = [];
                    m.Imports.push(types[4].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.CacheOptions: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ExportRefDeprecated != null) {
                if (typeof d.ExportRefDeprecated !== "string" || d.ExportRefDeprecated.length) {
                  m.ExportRefDeprecated = String(d.ExportRefDeprecated);
                }
              }
              if (d.ImportRefsDeprecated) {
                if (!Array.isArray(d.ImportRefsDeprecated))
                  throw TypeError(".moby.buildkit.v1.CacheOptions.ImportRefsDeprecated: array expected");
                m.ImportRefsDeprecated = Array(d.ImportRefsDeprecated.length);
                for (var i = 0; i < d.ImportRefsDeprecated.length; ++i) {
                  m.ImportRefsDeprecated[i] = String(d.ImportRefsDeprecated[i]);
                }
              }
              if (d.ExportAttrsDeprecated) {
                if (!util.isObject(d.ExportAttrsDeprecated))
                  throw TypeError(".moby.buildkit.v1.CacheOptions.ExportAttrsDeprecated: object expected");
                m.ExportAttrsDeprecated = {};
                for (var ks = Object.keys(d.ExportAttrsDeprecated), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.ExportAttrsDeprecated, ks[i]);
                  m.ExportAttrsDeprecated[ks[i]] = String(d.ExportAttrsDeprecated[ks[i]]);
                }
              }
              if (d.Exports) {
                if (!Array.isArray(d.Exports))
                  throw TypeError(".moby.buildkit.v1.CacheOptions.Exports: array expected");
                m.Exports = Array(d.Exports.length);
                for (var i = 0; i < d.Exports.length; ++i) {
                  if (!util.isObject(d.Exports[i]))
                    throw TypeError(".moby.buildkit.v1.CacheOptions.Exports: object expected");
                  m.Exports[i] = types[3].fromObject(d.Exports[i], q + 1);
                }
              }
              if (d.Imports) {
                if (!Array.isArray(d.Imports))
                  throw TypeError(".moby.buildkit.v1.CacheOptions.Imports: array expected");
                m.Imports = Array(d.Imports.length);
                for (var i = 0; i < d.Imports.length; ++i) {
                  if (!util.isObject(d.Imports[i]))
                    throw TypeError(".moby.buildkit.v1.CacheOptions.Imports: object expected");
                  m.Imports[i] = types[4].fromObject(d.Imports[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.ImportRefsDeprecated = [];
                d.Exports = [];
                d.Imports = [];
              }
              if (o.objects || o.defaults) {
                d.ExportAttrsDeprecated = {};
              }
              if (o.defaults) {
                d.ExportRefDeprecated = "";
              }
              if (m.ExportRefDeprecated != null && Object.hasOwnProperty.call(m, "ExportRefDeprecated")) {
                d.ExportRefDeprecated = m.ExportRefDeprecated;
              }
              if (m.ImportRefsDeprecated && m.ImportRefsDeprecated.length) {
                d.ImportRefsDeprecated = Array(m.ImportRefsDeprecated.length);
                for (var j = 0; j < m.ImportRefsDeprecated.length; ++j) {
                  d.ImportRefsDeprecated[j] = m.ImportRefsDeprecated[j];
                }
              }
              var ks2;
              if (m.ExportAttrsDeprecated && (ks2 = Object.keys(m.ExportAttrsDeprecated)).length) {
                d.ExportAttrsDeprecated = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.ExportAttrsDeprecated, ks2[j]);
                  d.ExportAttrsDeprecated[ks2[j]] = m.ExportAttrsDeprecated[ks2[j]];
                }
              }
              if (m.Exports && m.Exports.length) {
                d.Exports = Array(m.Exports.length);
                for (var j = 0; j < m.Exports.length; ++j) {
                  d.Exports[j] = types[3].toObject(m.Exports[j], o, q + 1);
                }
              }
              if (m.Imports && m.Imports.length) {
                d.Imports = Array(m.Imports.length);
                for (var j = 0; j < m.Imports.length; ++j) {
                  d.Imports[j] = types[4].toObject(m.Imports[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.CacheOptionsEntry": {
          ctor: () => function(p) {
            this.Attrs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Type != null && Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(10).string(m.Type);
              if (m.Attrs != null && Object.hasOwnProperty.call(m, "Attrs")) {
                for (var ks = Object.keys(m.Attrs), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.Attrs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Type = v;
                    else
                      delete m.Type;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.Attrs === util.emptyObject)
                      m.Attrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.Attrs, k);
                    m.Attrs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.CacheOptionsEntry: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                  m.Type = String(d.Type);
                }
              }
              if (d.Attrs) {
                if (!util.isObject(d.Attrs))
                  throw TypeError(".moby.buildkit.v1.CacheOptionsEntry.Attrs: object expected");
                m.Attrs = {};
                for (var ks = Object.keys(d.Attrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.Attrs, ks[i]);
                  m.Attrs[ks[i]] = String(d.Attrs[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.Attrs = {};
              }
              if (o.defaults) {
                d.Type = "";
              }
              if (m.Type != null && Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
              }
              var ks2;
              if (m.Attrs && (ks2 = Object.keys(m.Attrs)).length) {
                d.Attrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.Attrs, ks2[j]);
                  d.Attrs[ks2[j]] = m.Attrs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.SolveResponse": {
          ctor: () => function(p) {
            this.ExporterResponse = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ExporterResponse != null && Object.hasOwnProperty.call(m, "ExporterResponse")) {
                for (var ks = Object.keys(m.ExporterResponse), i = 0; i < ks.length; ++i) {
                  w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.ExporterResponse[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (m.ExporterResponse === util.emptyObject)
                      m.ExporterResponse = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.ExporterResponse, k);
                    m.ExporterResponse[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.SolveResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ExporterResponse) {
                if (!util.isObject(d.ExporterResponse))
                  throw TypeError(".moby.buildkit.v1.SolveResponse.ExporterResponse: object expected");
                m.ExporterResponse = {};
                for (var ks = Object.keys(d.ExporterResponse), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.ExporterResponse, ks[i]);
                  m.ExporterResponse[ks[i]] = String(d.ExporterResponse[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.ExporterResponse = {};
              }
              var ks2;
              if (m.ExporterResponse && (ks2 = Object.keys(m.ExporterResponse)).length) {
                d.ExporterResponse = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.ExporterResponse, ks2[j]);
                  d.ExporterResponse[ks2[j]] = m.ExporterResponse[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.StatusRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref") && m.Ref !== "")
                w.uint32(10).string(m.Ref);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Ref = v;
                    else
                      delete m.Ref;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.StatusRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Ref != null) {
                if (typeof d.Ref !== "string" || d.Ref.length) {
                  m.Ref = String(d.Ref);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Ref = "";
              }
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref")) {
                d.Ref = m.Ref;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.StatusResponse": {
          ctor: () => function(p) {
            this.vertexes = [];
            this.statuses = [];
            this.logs = [];
            this.warnings = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.vertexes != null && m.vertexes.length) {
                for (var i = 0; i < m.vertexes.length; ++i)
                  types[0].encode(m.vertexes[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.statuses != null && m.statuses.length) {
                for (var i = 0; i < m.statuses.length; ++i)
                  types[1].encode(m.statuses[i], w.uint32(18).fork(), q + 1).ldelim();
              }
              if (m.logs != null && m.logs.length) {
                for (var i = 0; i < m.logs.length; ++i)
                  types[2].encode(m.logs[i], w.uint32(26).fork(), q + 1).ldelim();
              }
              if (m.warnings != null && m.warnings.length) {
                for (var i = 0; i < m.warnings.length; ++i)
                  types[3].encode(m.warnings[i], w.uint32(34).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.vertexes && m.vertexes.length))
                      m.vertexes = [];
                    m.vertexes.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.statuses && m.statuses.length))
                      m.statuses = [];
                    m.statuses.push(types[1].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (!(m.logs && m.logs.length))
                      m.logs = [];
                    m.logs.push(types[2].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if (!(m.warnings && m.warnings.length))
                      m.warnings = [];
                    m.warnings.push(types[3].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.StatusResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.vertexes) {
                if (!Array.isArray(d.vertexes))
                  throw TypeError(".moby.buildkit.v1.StatusResponse.vertexes: array expected");
                m.vertexes = Array(d.vertexes.length);
                for (var i = 0; i < d.vertexes.length; ++i) {
                  if (!util.isObject(d.vertexes[i]))
                    throw TypeError(".moby.buildkit.v1.StatusResponse.vertexes: object expected");
                  m.vertexes[i] = types[0].fromObject(d.vertexes[i], q + 1);
                }
              }
              if (d.statuses) {
                if (!Array.isArray(d.statuses))
                  throw TypeError(".moby.buildkit.v1.StatusResponse.statuses: array expected");
                m.statuses = Array(d.statuses.length);
                for (var i = 0; i < d.statuses.length; ++i) {
                  if (!util.isObject(d.statuses[i]))
                    throw TypeError(".moby.buildkit.v1.StatusResponse.statuses: object expected");
                  m.statuses[i] = types[1].fromObject(d.statuses[i], q + 1);
                }
              }
              if (d.logs) {
                if (!Array.isArray(d.logs))
                  throw TypeError(".moby.buildkit.v1.StatusResponse.logs: array expected");
                m.logs = Array(d.logs.length);
                for (var i = 0; i < d.logs.length; ++i) {
                  if (!util.isObject(d.logs[i]))
                    throw TypeError(".moby.buildkit.v1.StatusResponse.logs: object expected");
                  m.logs[i] = types[2].fromObject(d.logs[i], q + 1);
                }
              }
              if (d.warnings) {
                if (!Array.isArray(d.warnings))
                  throw TypeError(".moby.buildkit.v1.StatusResponse.warnings: array expected");
                m.warnings = Array(d.warnings.length);
                for (var i = 0; i < d.warnings.length; ++i) {
                  if (!util.isObject(d.warnings[i]))
                    throw TypeError(".moby.buildkit.v1.StatusResponse.warnings: object expected");
                  m.warnings[i] = types[3].fromObject(d.warnings[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.vertexes = [];
                d.statuses = [];
                d.logs = [];
                d.warnings = [];
              }
              if (m.vertexes && m.vertexes.length) {
                d.vertexes = Array(m.vertexes.length);
                for (var j = 0; j < m.vertexes.length; ++j) {
                  d.vertexes[j] = types[0].toObject(m.vertexes[j], o, q + 1);
                }
              }
              if (m.statuses && m.statuses.length) {
                d.statuses = Array(m.statuses.length);
                for (var j = 0; j < m.statuses.length; ++j) {
                  d.statuses[j] = types[1].toObject(m.statuses[j], o, q + 1);
                }
              }
              if (m.logs && m.logs.length) {
                d.logs = Array(m.logs.length);
                for (var j = 0; j < m.logs.length; ++j) {
                  d.logs[j] = types[2].toObject(m.logs[j], o, q + 1);
                }
              }
              if (m.warnings && m.warnings.length) {
                d.warnings = Array(m.warnings.length);
                for (var j = 0; j < m.warnings.length; ++j) {
                  d.warnings[j] = types[3].toObject(m.warnings[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.Vertex": {
          ctor: () => function(p) {
            this.inputs = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(10).string(m.digest);
              if (m.inputs != null && m.inputs.length) {
                for (var i = 0; i < m.inputs.length; ++i)
                  w.uint32(18).string(m.inputs[i]);
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(26).string(m.name);
              if (m.cached != null && Object.hasOwnProperty.call(m, "cached") && m.cached !== false)
                w.uint32(32).bool(m.cached);
              if (m.started != null && Object.hasOwnProperty.call(m, "started"))
                types[4].encode(m.started, w.uint32(42).fork(), q + 1).ldelim();
              if (m.completed != null && Object.hasOwnProperty.call(m, "completed"))
                types[5].encode(m.completed, w.uint32(50).fork(), q + 1).ldelim();
              if (m.error != null && Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(58).string(m.error);
              if (m.progressGroup != null && Object.hasOwnProperty.call(m, "progressGroup"))
                types[7].encode(m.progressGroup, w.uint32(66).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.inputs && m.inputs.length))
                      m.inputs = [];
                    m.inputs.push(r.stringVerify());
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.name = v;
                    else
                      delete m.name;
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.cached = v;
                    else
                      delete m.cached;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    m.started = types[4].decode(r, r.size(), void 0, q + 1, m.started);
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    m.completed = types[5].decode(r, r.size(), void 0, q + 1, m.completed);
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.error = v;
                    else
                      delete m.error;
                    continue;
                  }
                  case 8: {
                    if (u !== 2)
                      break;
                    m.progressGroup = types[7].decode(r, r.size(), void 0, q + 1, m.progressGroup);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.Vertex: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              if (d.inputs) {
                if (!Array.isArray(d.inputs))
                  throw TypeError(".moby.buildkit.v1.Vertex.inputs: array expected");
                m.inputs = Array(d.inputs.length);
                for (var i = 0; i < d.inputs.length; ++i) {
                  m.inputs[i] = String(d.inputs[i]);
                }
              }
              if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                  m.name = String(d.name);
                }
              }
              if (d.cached != null) {
                if (d.cached) {
                  m.cached = Boolean(d.cached);
                }
              }
              if (d.started != null) {
                if (!util.isObject(d.started))
                  throw TypeError(".moby.buildkit.v1.Vertex.started: object expected");
                m.started = types[4].fromObject(d.started, q + 1);
              }
              if (d.completed != null) {
                if (!util.isObject(d.completed))
                  throw TypeError(".moby.buildkit.v1.Vertex.completed: object expected");
                m.completed = types[5].fromObject(d.completed, q + 1);
              }
              if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                  m.error = String(d.error);
                }
              }
              if (d.progressGroup != null) {
                if (!util.isObject(d.progressGroup))
                  throw TypeError(".moby.buildkit.v1.Vertex.progressGroup: object expected");
                m.progressGroup = types[7].fromObject(d.progressGroup, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.inputs = [];
              }
              if (o.defaults) {
                d.digest = "";
                d.name = "";
                d.cached = false;
                d.started = null;
                d.completed = null;
                d.error = "";
                d.progressGroup = null;
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              if (m.inputs && m.inputs.length) {
                d.inputs = Array(m.inputs.length);
                for (var j = 0; j < m.inputs.length; ++j) {
                  d.inputs[j] = m.inputs[j];
                }
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
              }
              if (m.cached != null && Object.hasOwnProperty.call(m, "cached")) {
                d.cached = m.cached;
              }
              if (m.started != null && Object.hasOwnProperty.call(m, "started")) {
                d.started = types[4].toObject(m.started, o, q + 1);
              }
              if (m.completed != null && Object.hasOwnProperty.call(m, "completed")) {
                d.completed = types[5].toObject(m.completed, o, q + 1);
              }
              if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
              }
              if (m.progressGroup != null && Object.hasOwnProperty.call(m, "progressGroup")) {
                d.progressGroup = types[7].toObject(m.progressGroup, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.VertexStatus": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                w.uint32(10).string(m.ID);
              if (m.vertex != null && Object.hasOwnProperty.call(m, "vertex") && m.vertex !== "")
                w.uint32(18).string(m.vertex);
              if (m.name != null && Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(26).string(m.name);
              if (m.current != null && Object.hasOwnProperty.call(m, "current") && (typeof m.current === "object" ? m.current.low || m.current.high : m.current !== 0))
                w.uint32(32).int64(m.current);
              if (m.total != null && Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                w.uint32(40).int64(m.total);
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp"))
                types[5].encode(m.timestamp, w.uint32(50).fork(), q + 1).ldelim();
              if (m.started != null && Object.hasOwnProperty.call(m, "started"))
                types[6].encode(m.started, w.uint32(58).fork(), q + 1).ldelim();
              if (m.completed != null && Object.hasOwnProperty.call(m, "completed"))
                types[7].encode(m.completed, w.uint32(66).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.vertex = v;
                    else
                      delete m.vertex;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.name = v;
                    else
                      delete m.name;
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.current = v;
                    else
                      delete m.current;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.total = v;
                    else
                      delete m.total;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    m.timestamp = types[5].decode(r, r.size(), void 0, q + 1, m.timestamp);
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    m.started = types[6].decode(r, r.size(), void 0, q + 1, m.started);
                    continue;
                  }
                  case 8: {
                    if (u !== 2)
                      break;
                    m.completed = types[7].decode(r, r.size(), void 0, q + 1, m.completed);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.VertexStatus: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ID != null) {
                if (typeof d.ID !== "string" || d.ID.length) {
                  m.ID = String(d.ID);
                }
              }
              if (d.vertex != null) {
                if (typeof d.vertex !== "string" || d.vertex.length) {
                  m.vertex = String(d.vertex);
                }
              }
              if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                  m.name = String(d.name);
                }
              }
              if (d.current != null) {
                if (typeof d.current === "object" ? d.current.low || d.current.high : Number(d.current) !== 0) {
                  if (util.Long)
                    m.current = util.Long.fromValue(d.current, false);
                  else if (typeof d.current === "string")
                    m.current = parseInt(d.current, 10);
                  else if (typeof d.current === "number")
                    m.current = d.current;
                  else if (typeof d.current === "object")
                    m.current = new util.LongBits(d.current.low >>> 0, d.current.high >>> 0).toNumber();
                }
              }
              if (d.total != null) {
                if (typeof d.total === "object" ? d.total.low || d.total.high : Number(d.total) !== 0) {
                  if (util.Long)
                    m.total = util.Long.fromValue(d.total, false);
                  else if (typeof d.total === "string")
                    m.total = parseInt(d.total, 10);
                  else if (typeof d.total === "number")
                    m.total = d.total;
                  else if (typeof d.total === "object")
                    m.total = new util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber();
                }
              }
              if (d.timestamp != null) {
                if (!util.isObject(d.timestamp))
                  throw TypeError(".moby.buildkit.v1.VertexStatus.timestamp: object expected");
                m.timestamp = types[5].fromObject(d.timestamp, q + 1);
              }
              if (d.started != null) {
                if (!util.isObject(d.started))
                  throw TypeError(".moby.buildkit.v1.VertexStatus.started: object expected");
                m.started = types[6].fromObject(d.started, q + 1);
              }
              if (d.completed != null) {
                if (!util.isObject(d.completed))
                  throw TypeError(".moby.buildkit.v1.VertexStatus.completed: object expected");
                m.completed = types[7].fromObject(d.completed, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ID = "";
                d.vertex = "";
                d.name = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.current = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.current = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.total = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.total = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.timestamp = null;
                d.started = null;
                d.completed = null;
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              if (m.vertex != null && Object.hasOwnProperty.call(m, "vertex")) {
                d.vertex = m.vertex;
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
              }
              if (m.current != null && Object.hasOwnProperty.call(m, "current")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.current = typeof m.current === "number" ? BigInt(m.current) : util.Long.fromBits(m.current.low >>> 0, m.current.high >>> 0, false).toBigInt();
                else if (typeof m.current === "number")
                  d.current = o.longs === String ? String(m.current) : m.current;
                else
                  d.current = o.longs === String ? util.longToDecimal(m.current) : o.longs === Number ? new util.LongBits(m.current.low >>> 0, m.current.high >>> 0).toNumber() : m.current;
              }
              if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.total = typeof m.total === "number" ? BigInt(m.total) : util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, false).toBigInt();
                else if (typeof m.total === "number")
                  d.total = o.longs === String ? String(m.total) : m.total;
                else
                  d.total = o.longs === String ? util.longToDecimal(m.total) : o.longs === Number ? new util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber() : m.total;
              }
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp")) {
                d.timestamp = types[5].toObject(m.timestamp, o, q + 1);
              }
              if (m.started != null && Object.hasOwnProperty.call(m, "started")) {
                d.started = types[6].toObject(m.started, o, q + 1);
              }
              if (m.completed != null && Object.hasOwnProperty.call(m, "completed")) {
                d.completed = types[7].toObject(m.completed, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.VertexLog": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.vertex != null && Object.hasOwnProperty.call(m, "vertex") && m.vertex !== "")
                w.uint32(10).string(m.vertex);
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp"))
                types[1].encode(m.timestamp, w.uint32(18).fork(), q + 1).ldelim();
              if (m.stream != null && Object.hasOwnProperty.call(m, "stream") && (typeof m.stream === "object" ? m.stream.low || m.stream.high : m.stream !== 0))
                w.uint32(24).int64(m.stream);
              if (m.msg != null && Object.hasOwnProperty.call(m, "msg") && m.msg.length)
                w.uint32(34).bytes(m.msg);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.vertex = v;
                    else
                      delete m.vertex;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.timestamp = types[1].decode(r, r.size(), void 0, q + 1, m.timestamp);
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.stream = v;
                    else
                      delete m.stream;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.msg = v;
                    else
                      delete m.msg;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.VertexLog: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.vertex != null) {
                if (typeof d.vertex !== "string" || d.vertex.length) {
                  m.vertex = String(d.vertex);
                }
              }
              if (d.timestamp != null) {
                if (!util.isObject(d.timestamp))
                  throw TypeError(".moby.buildkit.v1.VertexLog.timestamp: object expected");
                m.timestamp = types[1].fromObject(d.timestamp, q + 1);
              }
              if (d.stream != null) {
                if (typeof d.stream === "object" ? d.stream.low || d.stream.high : Number(d.stream) !== 0) {
                  if (util.Long)
                    m.stream = util.Long.fromValue(d.stream, false);
                  else if (typeof d.stream === "string")
                    m.stream = parseInt(d.stream, 10);
                  else if (typeof d.stream === "number")
                    m.stream = d.stream;
                  else if (typeof d.stream === "object")
                    m.stream = new util.LongBits(d.stream.low >>> 0, d.stream.high >>> 0).toNumber();
                }
              }
              if (d.msg != null) {
                if (d.msg.length) {
                  if (typeof d.msg === "string")
                    util.base64.decode(d.msg, m.msg = util.newBuffer(util.base64.length(d.msg)), 0);
                  else if (d.msg.length >= 0)
                    m.msg = d.msg;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.vertex = "";
                d.timestamp = null;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.stream = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.stream = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (o.bytes === String)
                  d.msg = "";
                else {
                  d.msg = [];
                  if (o.bytes !== Array)
                    d.msg = util.newBuffer(d.msg);
                }
              }
              if (m.vertex != null && Object.hasOwnProperty.call(m, "vertex")) {
                d.vertex = m.vertex;
              }
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp")) {
                d.timestamp = types[1].toObject(m.timestamp, o, q + 1);
              }
              if (m.stream != null && Object.hasOwnProperty.call(m, "stream")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.stream = typeof m.stream === "number" ? BigInt(m.stream) : util.Long.fromBits(m.stream.low >>> 0, m.stream.high >>> 0, false).toBigInt();
                else if (typeof m.stream === "number")
                  d.stream = o.longs === String ? String(m.stream) : m.stream;
                else
                  d.stream = o.longs === String ? util.longToDecimal(m.stream) : o.longs === Number ? new util.LongBits(m.stream.low >>> 0, m.stream.high >>> 0).toNumber() : m.stream;
              }
              if (m.msg != null && Object.hasOwnProperty.call(m, "msg")) {
                d.msg = o.bytes === String ? util.base64.encode(m.msg, 0, m.msg.length) : o.bytes === Array ? Array.prototype.slice.call(m.msg) : m.msg;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.VertexWarning": {
          ctor: () => function(p) {
            this.detail = [];
            this.ranges = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.vertex != null && Object.hasOwnProperty.call(m, "vertex") && m.vertex !== "")
                w.uint32(10).string(m.vertex);
              if (m.level != null && Object.hasOwnProperty.call(m, "level") && (typeof m.level === "object" ? m.level.low || m.level.high : m.level !== 0))
                w.uint32(16).int64(m.level);
              if (m.short != null && Object.hasOwnProperty.call(m, "short") && m.short.length)
                w.uint32(26).bytes(m.short);
              if (m.detail != null && m.detail.length) {
                for (var i = 0; i < m.detail.length; ++i)
                  w.uint32(34).bytes(m.detail[i]);
              }
              if (m.url != null && Object.hasOwnProperty.call(m, "url") && m.url !== "")
                w.uint32(42).string(m.url);
              if (m.info != null && Object.hasOwnProperty.call(m, "info"))
                types[5].encode(m.info, w.uint32(50).fork(), q + 1).ldelim();
              if (m.ranges != null && m.ranges.length) {
                for (var i = 0; i < m.ranges.length; ++i)
                  types[6].encode(m.ranges[i], w.uint32(58).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.vertex = v;
                    else
                      delete m.vertex;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.level = v;
                    else
                      delete m.level;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.short = v;
                    else
                      delete m.short;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if (!(m.detail && m.detail.length))
                      m.detail = [];
                    m.detail.push(r.bytes());
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.url = v;
                    else
                      delete m.url;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    m.info = types[5].decode(r, r.size(), void 0, q + 1, m.info);
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    if (!(m.ranges && m.ranges.length))
                      m.ranges = [];
                    m.ranges.push(types[6].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.VertexWarning: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.vertex != null) {
                if (typeof d.vertex !== "string" || d.vertex.length) {
                  m.vertex = String(d.vertex);
                }
              }
              if (d.level != null) {
                if (typeof d.level === "object" ? d.level.low || d.level.high : Number(d.level) !== 0) {
                  if (util.Long)
                    m.level = util.Long.fromValue(d.level, false);
                  else if (typeof d.level === "string")
                    m.level = parseInt(d.level, 10);
                  else if (typeof d.level === "number")
                    m.level = d.level;
                  else if (typeof d.level === "object")
                    m.level = new util.LongBits(d.level.low >>> 0, d.level.high >>> 0).toNumber();
                }
              }
              if (d.short != null) {
                if (d.short.length) {
                  if (typeof d.short === "string")
                    util.base64.decode(d.short, m.short = util.newBuffer(util.base64.length(d.short)), 0);
                  else if (d.short.length >= 0)
                    m.short = d.short;
                }
              }
              if (d.detail) {
                if (!Array.isArray(d.detail))
                  throw TypeError(".moby.buildkit.v1.VertexWarning.detail: array expected");
                m.detail = Array(d.detail.length);
                for (var i = 0; i < d.detail.length; ++i) {
                  if (typeof d.detail[i] === "string")
                    util.base64.decode(d.detail[i], m.detail[i] = util.newBuffer(util.base64.length(d.detail[i])), 0);
                  else if (d.detail[i].length >= 0)
                    m.detail[i] = d.detail[i];
                }
              }
              if (d.url != null) {
                if (typeof d.url !== "string" || d.url.length) {
                  m.url = String(d.url);
                }
              }
              if (d.info != null) {
                if (!util.isObject(d.info))
                  throw TypeError(".moby.buildkit.v1.VertexWarning.info: object expected");
                m.info = types[5].fromObject(d.info, q + 1);
              }
              if (d.ranges) {
                if (!Array.isArray(d.ranges))
                  throw TypeError(".moby.buildkit.v1.VertexWarning.ranges: array expected");
                m.ranges = Array(d.ranges.length);
                for (var i = 0; i < d.ranges.length; ++i) {
                  if (!util.isObject(d.ranges[i]))
                    throw TypeError(".moby.buildkit.v1.VertexWarning.ranges: object expected");
                  m.ranges[i] = types[6].fromObject(d.ranges[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.detail = [];
                d.ranges = [];
              }
              if (o.defaults) {
                d.vertex = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.level = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.level = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (o.bytes === String)
                  d.short = "";
                else {
                  d.short = [];
                  if (o.bytes !== Array)
                    d.short = util.newBuffer(d.short);
                }
                d.url = "";
                d.info = null;
              }
              if (m.vertex != null && Object.hasOwnProperty.call(m, "vertex")) {
                d.vertex = m.vertex;
              }
              if (m.level != null && Object.hasOwnProperty.call(m, "level")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.level = typeof m.level === "number" ? BigInt(m.level) : util.Long.fromBits(m.level.low >>> 0, m.level.high >>> 0, false).toBigInt();
                else if (typeof m.level === "number")
                  d.level = o.longs === String ? String(m.level) : m.level;
                else
                  d.level = o.longs === String ? util.longToDecimal(m.level) : o.longs === Number ? new util.LongBits(m.level.low >>> 0, m.level.high >>> 0).toNumber() : m.level;
              }
              if (m.short != null && Object.hasOwnProperty.call(m, "short")) {
                d.short = o.bytes === String ? util.base64.encode(m.short, 0, m.short.length) : o.bytes === Array ? Array.prototype.slice.call(m.short) : m.short;
              }
              if (m.detail && m.detail.length) {
                d.detail = Array(m.detail.length);
                for (var j = 0; j < m.detail.length; ++j) {
                  d.detail[j] = o.bytes === String ? util.base64.encode(m.detail[j], 0, m.detail[j].length) : o.bytes === Array ? Array.prototype.slice.call(m.detail[j]) : m.detail[j];
                }
              }
              if (m.url != null && Object.hasOwnProperty.call(m, "url")) {
                d.url = m.url;
              }
              if (m.info != null && Object.hasOwnProperty.call(m, "info")) {
                d.info = types[5].toObject(m.info, o, q + 1);
              }
              if (m.ranges && m.ranges.length) {
                d.ranges = Array(m.ranges.length);
                for (var j = 0; j < m.ranges.length; ++j) {
                  d.ranges[j] = types[6].toObject(m.ranges[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.BytesMessage": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.BytesMessage: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.ListWorkersRequest": {
          ctor: () => function(p) {
            this.filter = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.filter != null && m.filter.length) {
                for (var i = 0; i < m.filter.length; ++i)
                  w.uint32(10).string(m.filter[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.filter && m.filter.length))
                      m.filter = [];
                    m.filter.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.ListWorkersRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.filter) {
                if (!Array.isArray(d.filter))
                  throw TypeError(".moby.buildkit.v1.ListWorkersRequest.filter: array expected");
                m.filter = Array(d.filter.length);
                for (var i = 0; i < d.filter.length; ++i) {
                  m.filter[i] = String(d.filter[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.filter = [];
              }
              if (m.filter && m.filter.length) {
                d.filter = Array(m.filter.length);
                for (var j = 0; j < m.filter.length; ++j) {
                  d.filter[j] = m.filter[j];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.ListWorkersResponse": {
          ctor: () => function(p) {
            this.record = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.record != null && m.record.length) {
                for (var i = 0; i < m.record.length; ++i)
                  types[0].encode(m.record[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.record && m.record.length))
                      m.record = [];
                    m.record.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.ListWorkersResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.record) {
                if (!Array.isArray(d.record))
                  throw TypeError(".moby.buildkit.v1.ListWorkersResponse.record: array expected");
                m.record = Array(d.record.length);
                for (var i = 0; i < d.record.length; ++i) {
                  if (!util.isObject(d.record[i]))
                    throw TypeError(".moby.buildkit.v1.ListWorkersResponse.record: object expected");
                  m.record[i] = types[0].fromObject(d.record[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.record = [];
              }
              if (m.record && m.record.length) {
                d.record = Array(m.record.length);
                for (var j = 0; j < m.record.length; ++j) {
                  d.record[j] = types[0].toObject(m.record[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.InfoRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.InfoRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".moby.buildkit.v1.InfoResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.buildkitVersion != null && Object.hasOwnProperty.call(m, "buildkitVersion"))
                types[0].encode(m.buildkitVersion, w.uint32(10).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.buildkitVersion = types[0].decode(r, r.size(), void 0, q + 1, m.buildkitVersion);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.InfoResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.buildkitVersion != null) {
                if (!util.isObject(d.buildkitVersion))
                  throw TypeError(".moby.buildkit.v1.InfoResponse.buildkitVersion: object expected");
                m.buildkitVersion = types[0].fromObject(d.buildkitVersion, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.buildkitVersion = null;
              }
              if (m.buildkitVersion != null && Object.hasOwnProperty.call(m, "buildkitVersion")) {
                d.buildkitVersion = types[0].toObject(m.buildkitVersion, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.BuildHistoryRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ActiveOnly != null && Object.hasOwnProperty.call(m, "ActiveOnly") && m.ActiveOnly !== false)
                w.uint32(8).bool(m.ActiveOnly);
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref") && m.Ref !== "")
                w.uint32(18).string(m.Ref);
              if (m.EarlyExit != null && Object.hasOwnProperty.call(m, "EarlyExit") && m.EarlyExit !== false)
                w.uint32(24).bool(m.EarlyExit);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.ActiveOnly = v;
                    else
                      delete m.ActiveOnly;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Ref = v;
                    else
                      delete m.Ref;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.EarlyExit = v;
                    else
                      delete m.EarlyExit;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.BuildHistoryRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ActiveOnly != null) {
                if (d.ActiveOnly) {
                  m.ActiveOnly = Boolean(d.ActiveOnly);
                }
              }
              if (d.Ref != null) {
                if (typeof d.Ref !== "string" || d.Ref.length) {
                  m.Ref = String(d.Ref);
                }
              }
              if (d.EarlyExit != null) {
                if (d.EarlyExit) {
                  m.EarlyExit = Boolean(d.EarlyExit);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ActiveOnly = false;
                d.Ref = "";
                d.EarlyExit = false;
              }
              if (m.ActiveOnly != null && Object.hasOwnProperty.call(m, "ActiveOnly")) {
                d.ActiveOnly = m.ActiveOnly;
              }
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref")) {
                d.Ref = m.Ref;
              }
              if (m.EarlyExit != null && Object.hasOwnProperty.call(m, "EarlyExit")) {
                d.EarlyExit = m.EarlyExit;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.BuildHistoryEvent": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.type != null && Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(8).int32(m.type);
              if (m.record != null && Object.hasOwnProperty.call(m, "record"))
                types[1].encode(m.record, w.uint32(18).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.type = v;
                    else
                      delete m.type;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.record = types[1].decode(r, r.size(), void 0, q + 1, m.record);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.BuildHistoryEvent: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.type != null) {
                if (Number(d.type) !== 0) {
                  m.type = d.type | 0;
                }
              }
              if (d.record != null) {
                if (!util.isObject(d.record))
                  throw TypeError(".moby.buildkit.v1.BuildHistoryEvent.record: object expected");
                m.record = types[1].fromObject(d.record, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.type = 0;
                d.record = null;
              }
              if (m.type != null && Object.hasOwnProperty.call(m, "type")) {
                d.type = m.type;
              }
              if (m.record != null && Object.hasOwnProperty.call(m, "record")) {
                d.record = types[1].toObject(m.record, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.BuildHistoryRecord": {
          ctor: () => function(p) {
            this.FrontendAttrs = {};
            this.Results = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref") && m.Ref !== "")
                w.uint32(10).string(m.Ref);
              if (m.Frontend != null && Object.hasOwnProperty.call(m, "Frontend") && m.Frontend !== "")
                w.uint32(18).string(m.Frontend);
              if (m.FrontendAttrs != null && Object.hasOwnProperty.call(m, "FrontendAttrs")) {
                for (var ks = Object.keys(m.FrontendAttrs), i = 0; i < ks.length; ++i) {
                  w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.FrontendAttrs[ks[i]]).ldelim();
                }
              }
              if (m.CreatedAt != null && Object.hasOwnProperty.call(m, "CreatedAt"))
                types[3].encode(m.CreatedAt, w.uint32(50).fork(), q + 1).ldelim();
              if (m.CompletedAt != null && Object.hasOwnProperty.call(m, "CompletedAt"))
                types[4].encode(m.CompletedAt, w.uint32(58).fork(), q + 1).ldelim();
              if (m.Result != null && Object.hasOwnProperty.call(m, "Result"))
                types[5].encode(m.Result, w.uint32(82).fork(), q + 1).ldelim();
              if (m.Results != null && Object.hasOwnProperty.call(m, "Results")) {
                for (var ks = Object.keys(m.Results), i = 0; i < ks.length; ++i) {
                  w.uint32(90).fork().uint32(10).string(ks[i]);
                  types[6].encode(m.Results[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
              }
              if (m.numCachedSteps != null && Object.hasOwnProperty.call(m, "numCachedSteps") && m.numCachedSteps !== 0)
                w.uint32(120).int32(m.numCachedSteps);
              if (m.numTotalSteps != null && Object.hasOwnProperty.call(m, "numTotalSteps") && m.numTotalSteps !== 0)
                w.uint32(128).int32(m.numTotalSteps);
              if (m.numCompletedSteps != null && Object.hasOwnProperty.call(m, "numCompletedSteps") && m.numCompletedSteps !== 0)
                w.uint32(136).int32(m.numCompletedSteps);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Ref = v;
                    else
                      delete m.Ref;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Frontend = v;
                    else
                      delete m.Frontend;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (m.FrontendAttrs === util.emptyObject)
                      m.FrontendAttrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.FrontendAttrs, k);
                    m.FrontendAttrs[k] = v;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    m.CreatedAt = types[3].decode(r, r.size(), void 0, q + 1, m.CreatedAt);
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    m.CompletedAt = types[4].decode(r, r.size(), void 0, q + 1, m.CompletedAt);
                    continue;
                  }
                  case 10: {
                    if (u !== 2)
                      break;
                    m.Result = types[5].decode(r, r.size(), void 0, q + 1, m.Result);
                    continue;
                  }
                  case 11: {
                    if (u !== 2)
                      break;
                    if (m.Results === util.emptyObject)
                      m.Results = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = null;
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = types[6].decode(r, r.size(), void 0, q + 1, v);
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.Results, k);
                    m.Results[k] = v || new types[6].ctor();
                    continue;
                  }
                  case 15: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.numCachedSteps = v;
                    else
                      delete m.numCachedSteps;
                    continue;
                  }
                  case 16: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.numTotalSteps = v;
                    else
                      delete m.numTotalSteps;
                    continue;
                  }
                  case 17: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.numCompletedSteps = v;
                    else
                      delete m.numCompletedSteps;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.BuildHistoryRecord: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Ref != null) {
                if (typeof d.Ref !== "string" || d.Ref.length) {
                  m.Ref = String(d.Ref);
                }
              }
              if (d.Frontend != null) {
                if (typeof d.Frontend !== "string" || d.Frontend.length) {
                  m.Frontend = String(d.Frontend);
                }
              }
              if (d.FrontendAttrs) {
                if (!util.isObject(d.FrontendAttrs))
                  throw TypeError(".moby.buildkit.v1.BuildHistoryRecord.FrontendAttrs: object expected");
                m.FrontendAttrs = {};
                for (var ks = Object.keys(d.FrontendAttrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.FrontendAttrs, ks[i]);
                  m.FrontendAttrs[ks[i]] = String(d.FrontendAttrs[ks[i]]);
                }
              }
              if (d.CreatedAt != null) {
                if (!util.isObject(d.CreatedAt))
                  throw TypeError(".moby.buildkit.v1.BuildHistoryRecord.CreatedAt: object expected");
                m.CreatedAt = types[3].fromObject(d.CreatedAt, q + 1);
              }
              if (d.CompletedAt != null) {
                if (!util.isObject(d.CompletedAt))
                  throw TypeError(".moby.buildkit.v1.BuildHistoryRecord.CompletedAt: object expected");
                m.CompletedAt = types[4].fromObject(d.CompletedAt, q + 1);
              }
              if (d.Result != null) {
                if (!util.isObject(d.Result))
                  throw TypeError(".moby.buildkit.v1.BuildHistoryRecord.Result: object expected");
                m.Result = types[5].fromObject(d.Result, q + 1);
              }
              if (d.Results) {
                if (!util.isObject(d.Results))
                  throw TypeError(".moby.buildkit.v1.BuildHistoryRecord.Results: object expected");
                m.Results = {};
                for (var ks = Object.keys(d.Results), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.Results, ks[i]);
                  if (!util.isObject(d.Results[ks[i]]))
                    throw TypeError(".moby.buildkit.v1.BuildHistoryRecord.Results: object expected");
                  m.Results[ks[i]] = types[6].fromObject(d.Results[ks[i]], q + 1);
                }
              }
              if (d.numCachedSteps != null) {
                if (Number(d.numCachedSteps) !== 0) {
                  m.numCachedSteps = d.numCachedSteps | 0;
                }
              }
              if (d.numTotalSteps != null) {
                if (Number(d.numTotalSteps) !== 0) {
                  m.numTotalSteps = d.numTotalSteps | 0;
                }
              }
              if (d.numCompletedSteps != null) {
                if (Number(d.numCompletedSteps) !== 0) {
                  m.numCompletedSteps = d.numCompletedSteps | 0;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.FrontendAttrs = {};
                d.Results = {};
              }
              if (o.defaults) {
                d.Ref = "";
                d.Frontend = "";
                d.CreatedAt = null;
                d.CompletedAt = null;
                d.Result = null;
                d.numCachedSteps = 0;
                d.numTotalSteps = 0;
                d.numCompletedSteps = 0;
              }
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref")) {
                d.Ref = m.Ref;
              }
              if (m.Frontend != null && Object.hasOwnProperty.call(m, "Frontend")) {
                d.Frontend = m.Frontend;
              }
              var ks2;
              if (m.FrontendAttrs && (ks2 = Object.keys(m.FrontendAttrs)).length) {
                d.FrontendAttrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.FrontendAttrs, ks2[j]);
                  d.FrontendAttrs[ks2[j]] = m.FrontendAttrs[ks2[j]];
                }
              }
              if (m.CreatedAt != null && Object.hasOwnProperty.call(m, "CreatedAt")) {
                d.CreatedAt = types[3].toObject(m.CreatedAt, o, q + 1);
              }
              if (m.CompletedAt != null && Object.hasOwnProperty.call(m, "CompletedAt")) {
                d.CompletedAt = types[4].toObject(m.CompletedAt, o, q + 1);
              }
              if (m.Result != null && Object.hasOwnProperty.call(m, "Result")) {
                d.Result = types[5].toObject(m.Result, o, q + 1);
              }
              if (m.Results && (ks2 = Object.keys(m.Results)).length) {
                d.Results = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.Results, ks2[j]);
                  d.Results[ks2[j]] = types[6].toObject(m.Results[ks2[j]], o, q + 1);
                }
              }
              if (m.numCachedSteps != null && Object.hasOwnProperty.call(m, "numCachedSteps")) {
                d.numCachedSteps = m.numCachedSteps;
              }
              if (m.numTotalSteps != null && Object.hasOwnProperty.call(m, "numTotalSteps")) {
                d.numTotalSteps = m.numTotalSteps;
              }
              if (m.numCompletedSteps != null && Object.hasOwnProperty.call(m, "numCompletedSteps")) {
                d.numCompletedSteps = m.numCompletedSteps;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.Descriptor": {
          ctor: () => function(p) {
            this.annotations = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.media_type != null && Object.hasOwnProperty.call(m, "media_type") && m.media_type !== "")
                w.uint32(10).string(m.media_type);
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(18).string(m.digest);
              if (m.size != null && Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(24).int64(m.size);
              if (m.annotations != null && Object.hasOwnProperty.call(m, "annotations")) {
                for (var ks = Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                  w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.annotations[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.media_type = v;
                    else
                      delete m.media_type;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.size = v;
                    else
                      delete m.size;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if (m.annotations === util.emptyObject)
                      m.annotations = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.annotations, k);
                    m.annotations[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.Descriptor: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.media_type != null) {
                if (typeof d.media_type !== "string" || d.media_type.length) {
                  m.media_type = String(d.media_type);
                }
              }
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              if (d.size != null) {
                if (typeof d.size === "object" ? d.size.low || d.size.high : Number(d.size) !== 0) {
                  if (util.Long)
                    m.size = util.Long.fromValue(d.size, false);
                  else if (typeof d.size === "string")
                    m.size = parseInt(d.size, 10);
                  else if (typeof d.size === "number")
                    m.size = d.size;
                  else if (typeof d.size === "object")
                    m.size = new util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber();
                }
              }
              if (d.annotations) {
                if (!util.isObject(d.annotations))
                  throw TypeError(".moby.buildkit.v1.Descriptor.annotations: object expected");
                m.annotations = {};
                for (var ks = Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.annotations, ks[i]);
                  m.annotations[ks[i]] = String(d.annotations[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.annotations = {};
              }
              if (o.defaults) {
                d.media_type = "";
                d.digest = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.size = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.size = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.media_type != null && Object.hasOwnProperty.call(m, "media_type")) {
                d.media_type = m.media_type;
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              if (m.size != null && Object.hasOwnProperty.call(m, "size")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.size = typeof m.size === "number" ? BigInt(m.size) : util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, false).toBigInt();
                else if (typeof m.size === "number")
                  d.size = o.longs === String ? String(m.size) : m.size;
                else
                  d.size = o.longs === String ? util.longToDecimal(m.size) : o.longs === Number ? new util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber() : m.size;
              }
              var ks2;
              if (m.annotations && (ks2 = Object.keys(m.annotations)).length) {
                d.annotations = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.annotations, ks2[j]);
                  d.annotations[ks2[j]] = m.annotations[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.BuildResultInfo": {
          ctor: () => function(p) {
            this.Attestations = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Attestations != null && m.Attestations.length) {
                for (var i = 0; i < m.Attestations.length; ++i)
                  types[0].encode(m.Attestations[i], w.uint32(18).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.Attestations && m.Attestations.length))
                      m.Attestations = [];
                    m.Attestations.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.BuildResultInfo: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Attestations) {
                if (!Array.isArray(d.Attestations))
                  throw TypeError(".moby.buildkit.v1.BuildResultInfo.Attestations: array expected");
                m.Attestations = Array(d.Attestations.length);
                for (var i = 0; i < d.Attestations.length; ++i) {
                  if (!util.isObject(d.Attestations[i]))
                    throw TypeError(".moby.buildkit.v1.BuildResultInfo.Attestations: object expected");
                  m.Attestations[i] = types[0].fromObject(d.Attestations[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.Attestations = [];
              }
              if (m.Attestations && m.Attestations.length) {
                d.Attestations = Array(m.Attestations.length);
                for (var j = 0; j < m.Attestations.length; ++j) {
                  d.Attestations[j] = types[0].toObject(m.Attestations[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.sourcepolicy.Rule": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.action != null && Object.hasOwnProperty.call(m, "action") && m.action !== 0)
                w.uint32(8).int32(m.action);
              if (m.selector != null && Object.hasOwnProperty.call(m, "selector"))
                types[1].encode(m.selector, w.uint32(18).fork(), q + 1).ldelim();
              if (m.updates != null && Object.hasOwnProperty.call(m, "updates"))
                types[2].encode(m.updates, w.uint32(26).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.action = v;
                    else
                      delete m.action;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.selector = types[1].decode(r, r.size(), void 0, q + 1, m.selector);
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.updates = types[2].decode(r, r.size(), void 0, q + 1, m.updates);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.sourcepolicy.Rule: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.action !== 0 && (typeof d.action !== "string" || types[0].values[d.action] !== 0)) {
                switch (d.action) {
                  case "ALLOW":
                  case 0:
                    m.action = 0;
                    break;
                  case "DENY":
                  case 1:
                    m.action = 1;
                    break;
                  case "CONVERT":
                  case 2:
                    m.action = 2;
                    break;
                  default:
                    if (typeof d.action === "number" && (d.action | 0) === d.action)
                      m.action = d.action;
                }
              }
              if (d.selector != null) {
                if (!util.isObject(d.selector))
                  throw TypeError(".moby.buildkit.v1.sourcepolicy.Rule.selector: object expected");
                m.selector = types[1].fromObject(d.selector, q + 1);
              }
              if (d.updates != null) {
                if (!util.isObject(d.updates))
                  throw TypeError(".moby.buildkit.v1.sourcepolicy.Rule.updates: object expected");
                m.updates = types[2].fromObject(d.updates, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.action = o.enums === String ? "ALLOW" : 0;
                d.selector = null;
                d.updates = null;
              }
              if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                d.action = o.enums === String ? types[0].values[m.action] === void 0 ? m.action : types[0].values[m.action] : m.action;
              }
              if (m.selector != null && Object.hasOwnProperty.call(m, "selector")) {
                d.selector = types[1].toObject(m.selector, o, q + 1);
              }
              if (m.updates != null && Object.hasOwnProperty.call(m, "updates")) {
                d.updates = types[2].toObject(m.updates, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.sourcepolicy.Update": {
          ctor: () => function(p) {
            this.attrs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.identifier != null && Object.hasOwnProperty.call(m, "identifier") && m.identifier !== "")
                w.uint32(10).string(m.identifier);
              if (m.attrs != null && Object.hasOwnProperty.call(m, "attrs")) {
                for (var ks = Object.keys(m.attrs), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.attrs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.identifier = v;
                    else
                      delete m.identifier;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.attrs === util.emptyObject)
                      m.attrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.attrs, k);
                    m.attrs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.sourcepolicy.Update: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.identifier != null) {
                if (typeof d.identifier !== "string" || d.identifier.length) {
                  m.identifier = String(d.identifier);
                }
              }
              if (d.attrs) {
                if (!util.isObject(d.attrs))
                  throw TypeError(".moby.buildkit.v1.sourcepolicy.Update.attrs: object expected");
                m.attrs = {};
                for (var ks = Object.keys(d.attrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.attrs, ks[i]);
                  m.attrs[ks[i]] = String(d.attrs[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.attrs = {};
              }
              if (o.defaults) {
                d.identifier = "";
              }
              if (m.identifier != null && Object.hasOwnProperty.call(m, "identifier")) {
                d.identifier = m.identifier;
              }
              var ks2;
              if (m.attrs && (ks2 = Object.keys(m.attrs)).length) {
                d.attrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.attrs, ks2[j]);
                  d.attrs[ks2[j]] = m.attrs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.sourcepolicy.Selector": {
          ctor: () => function(p) {
            this.constraints = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.identifier != null && Object.hasOwnProperty.call(m, "identifier") && m.identifier !== "")
                w.uint32(10).string(m.identifier);
              if (m.match_type != null && Object.hasOwnProperty.call(m, "match_type") && m.match_type !== 0)
                w.uint32(16).int32(m.match_type);
              if (m.constraints != null && m.constraints.length) {
                for (var i = 0; i < m.constraints.length; ++i)
                  types[2].encode(m.constraints[i], w.uint32(26).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.identifier = v;
                    else
                      delete m.identifier;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.match_type = v;
                    else
                      delete m.match_type;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (!(m.constraints && m.constraints.length))
                      m.constraints = [];
                    m.constraints.push(types[2].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.sourcepolicy.Selector: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.identifier != null) {
                if (typeof d.identifier !== "string" || d.identifier.length) {
                  m.identifier = String(d.identifier);
                }
              }
              if (d.match_type !== 0 && (typeof d.match_type !== "string" || types[1].values[d.match_type] !== 0)) {
                switch (d.match_type) {
                  case "WILDCARD":
                  case 0:
                    m.match_type = 0;
                    break;
                  case "EXACT":
                  case 1:
                    m.match_type = 1;
                    break;
                  case "REGEX":
                  case 2:
                    m.match_type = 2;
                    break;
                  default:
                    if (typeof d.match_type === "number" && (d.match_type | 0) === d.match_type)
                      m.match_type = d.match_type;
                }
              }
              if (d.constraints) {
                if (!Array.isArray(d.constraints))
                  throw TypeError(".moby.buildkit.v1.sourcepolicy.Selector.constraints: array expected");
                m.constraints = Array(d.constraints.length);
                for (var i = 0; i < d.constraints.length; ++i) {
                  if (!util.isObject(d.constraints[i]))
                    throw TypeError(".moby.buildkit.v1.sourcepolicy.Selector.constraints: object expected");
                  m.constraints[i] = types[2].fromObject(d.constraints[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.constraints = [];
              }
              if (o.defaults) {
                d.identifier = "";
                d.match_type = o.enums === String ? "WILDCARD" : 0;
              }
              if (m.identifier != null && Object.hasOwnProperty.call(m, "identifier")) {
                d.identifier = m.identifier;
              }
              if (m.match_type != null && Object.hasOwnProperty.call(m, "match_type")) {
                d.match_type = o.enums === String ? types[1].values[m.match_type] === void 0 ? m.match_type : types[1].values[m.match_type] : m.match_type;
              }
              if (m.constraints && m.constraints.length) {
                d.constraints = Array(m.constraints.length);
                for (var j = 0; j < m.constraints.length; ++j) {
                  d.constraints[j] = types[2].toObject(m.constraints[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.sourcepolicy.AttrConstraint": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.key != null && Object.hasOwnProperty.call(m, "key") && m.key !== "")
                w.uint32(10).string(m.key);
              if (m.value != null && Object.hasOwnProperty.call(m, "value") && m.value !== "")
                w.uint32(18).string(m.value);
              if (m.condition != null && Object.hasOwnProperty.call(m, "condition") && m.condition !== 0)
                w.uint32(24).int32(m.condition);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.key = v;
                    else
                      delete m.key;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.value = v;
                    else
                      delete m.value;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.condition = v;
                    else
                      delete m.condition;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.sourcepolicy.AttrConstraint: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.key != null) {
                if (typeof d.key !== "string" || d.key.length) {
                  m.key = String(d.key);
                }
              }
              if (d.value != null) {
                if (typeof d.value !== "string" || d.value.length) {
                  m.value = String(d.value);
                }
              }
              if (d.condition !== 0 && (typeof d.condition !== "string" || types[2].values[d.condition] !== 0)) {
                switch (d.condition) {
                  case "EQUAL":
                  case 0:
                    m.condition = 0;
                    break;
                  case "NOTEQUAL":
                  case 1:
                    m.condition = 1;
                    break;
                  case "MATCHES":
                  case 2:
                    m.condition = 2;
                    break;
                  default:
                    if (typeof d.condition === "number" && (d.condition | 0) === d.condition)
                      m.condition = d.condition;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.key = "";
                d.value = "";
                d.condition = o.enums === String ? "EQUAL" : 0;
              }
              if (m.key != null && Object.hasOwnProperty.call(m, "key")) {
                d.key = m.key;
              }
              if (m.value != null && Object.hasOwnProperty.call(m, "value")) {
                d.value = m.value;
              }
              if (m.condition != null && Object.hasOwnProperty.call(m, "condition")) {
                d.condition = o.enums === String ? types[2].values[m.condition] === void 0 ? m.condition : types[2].values[m.condition] : m.condition;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.sourcepolicy.Policy": {
          ctor: () => function(p) {
            this.rules = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.version != null && Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(8).int64(m.version);
              if (m.rules != null && m.rules.length) {
                for (var i = 0; i < m.rules.length; ++i)
                  types[1].encode(m.rules[i], w.uint32(18).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.version = v;
                    else
                      delete m.version;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.rules && m.rules.length))
                      m.rules = [];
                    m.rules.push(types[1].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.sourcepolicy.Policy: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : Number(d.version) !== 0) {
                  if (util.Long)
                    m.version = util.Long.fromValue(d.version, false);
                  else if (typeof d.version === "string")
                    m.version = parseInt(d.version, 10);
                  else if (typeof d.version === "number")
                    m.version = d.version;
                  else if (typeof d.version === "object")
                    m.version = new util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                }
              }
              if (d.rules) {
                if (!Array.isArray(d.rules))
                  throw TypeError(".moby.buildkit.v1.sourcepolicy.Policy.rules: array expected");
                m.rules = Array(d.rules.length);
                for (var i = 0; i < d.rules.length; ++i) {
                  if (!util.isObject(d.rules[i]))
                    throw TypeError(".moby.buildkit.v1.sourcepolicy.Policy.rules: object expected");
                  m.rules[i] = types[1].fromObject(d.rules[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.rules = [];
              }
              if (o.defaults) {
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.version = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.version = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.version = typeof m.version === "number" ? BigInt(m.version) : util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                else if (typeof m.version === "number")
                  d.version = o.longs === String ? String(m.version) : m.version;
                else
                  d.version = o.longs === String ? util.longToDecimal(m.version) : o.longs === Number ? new util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
              }
              if (m.rules && m.rules.length) {
                d.rules = Array(m.rules.length);
                for (var j = 0; j < m.rules.length; ++j) {
                  d.rules[j] = types[1].toObject(m.rules[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.types.WorkerRecord": {
          ctor: () => function(p) {
            this.Labels = {};
            this.platforms = [];
            this.GCPolicy = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                w.uint32(10).string(m.ID);
              if (m.Labels != null && Object.hasOwnProperty.call(m, "Labels")) {
                for (var ks = Object.keys(m.Labels), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.Labels[ks[i]]).ldelim();
                }
              }
              if (m.platforms != null && m.platforms.length) {
                for (var i = 0; i < m.platforms.length; ++i)
                  types[2].encode(m.platforms[i], w.uint32(26).fork(), q + 1).ldelim();
              }
              if (m.GCPolicy != null && m.GCPolicy.length) {
                for (var i = 0; i < m.GCPolicy.length; ++i)
                  types[3].encode(m.GCPolicy[i], w.uint32(34).fork(), q + 1).ldelim();
              }
              if (m.BuildkitVersion != null && Object.hasOwnProperty.call(m, "BuildkitVersion"))
                types[4].encode(m.BuildkitVersion, w.uint32(42).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.Labels === util.emptyObject)
                      m.Labels = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.Labels, k);
                    m.Labels[k] = v;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (!(m.platforms && m.platforms.length))
                      m.platforms = [];
                    m.platforms.push(types[2].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if (!(m.GCPolicy && m.GCPolicy.length))
                      m.GCPolicy = [];
                    m.GCPolicy.push(types[3].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    m.BuildkitVersion = types[4].decode(r, r.size(), void 0, q + 1, m.BuildkitVersion);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.types.WorkerRecord: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ID != null) {
                if (typeof d.ID !== "string" || d.ID.length) {
                  m.ID = String(d.ID);
                }
              }
              if (d.Labels) {
                if (!util.isObject(d.Labels))
                  throw TypeError(".moby.buildkit.v1.types.WorkerRecord.Labels: object expected");
                m.Labels = {};
                for (var ks = Object.keys(d.Labels), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.Labels, ks[i]);
                  m.Labels[ks[i]] = String(d.Labels[ks[i]]);
                }
              }
              if (d.platforms) {
                if (!Array.isArray(d.platforms))
                  throw TypeError(".moby.buildkit.v1.types.WorkerRecord.platforms: array expected");
                m.platforms = Array(d.platforms.length);
                for (var i = 0; i < d.platforms.length; ++i) {
                  if (!util.isObject(d.platforms[i]))
                    throw TypeError(".moby.buildkit.v1.types.WorkerRecord.platforms: object expected");
                  m.platforms[i] = types[2].fromObject(d.platforms[i], q + 1);
                }
              }
              if (d.GCPolicy) {
                if (!Array.isArray(d.GCPolicy))
                  throw TypeError(".moby.buildkit.v1.types.WorkerRecord.GCPolicy: array expected");
                m.GCPolicy = Array(d.GCPolicy.length);
                for (var i = 0; i < d.GCPolicy.length; ++i) {
                  if (!util.isObject(d.GCPolicy[i]))
                    throw TypeError(".moby.buildkit.v1.types.WorkerRecord.GCPolicy: object expected");
                  m.GCPolicy[i] = types[3].fromObject(d.GCPolicy[i], q + 1);
                }
              }
              if (d.BuildkitVersion != null) {
                if (!util.isObject(d.BuildkitVersion))
                  throw TypeError(".moby.buildkit.v1.types.WorkerRecord.BuildkitVersion: object expected");
                m.BuildkitVersion = types[4].fromObject(d.BuildkitVersion, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.platforms = [];
                d.GCPolicy = [];
              }
              if (o.objects || o.defaults) {
                d.Labels = {};
              }
              if (o.defaults) {
                d.ID = "";
                d.BuildkitVersion = null;
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              var ks2;
              if (m.Labels && (ks2 = Object.keys(m.Labels)).length) {
                d.Labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.Labels, ks2[j]);
                  d.Labels[ks2[j]] = m.Labels[ks2[j]];
                }
              }
              if (m.platforms && m.platforms.length) {
                d.platforms = Array(m.platforms.length);
                for (var j = 0; j < m.platforms.length; ++j) {
                  d.platforms[j] = types[2].toObject(m.platforms[j], o, q + 1);
                }
              }
              if (m.GCPolicy && m.GCPolicy.length) {
                d.GCPolicy = Array(m.GCPolicy.length);
                for (var j = 0; j < m.GCPolicy.length; ++j) {
                  d.GCPolicy[j] = types[3].toObject(m.GCPolicy[j], o, q + 1);
                }
              }
              if (m.BuildkitVersion != null && Object.hasOwnProperty.call(m, "BuildkitVersion")) {
                d.BuildkitVersion = types[4].toObject(m.BuildkitVersion, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.types.GCPolicy": {
          ctor: () => function(p) {
            this.filters = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.all != null && Object.hasOwnProperty.call(m, "all") && m.all !== false)
                w.uint32(8).bool(m.all);
              if (m.keepDuration != null && Object.hasOwnProperty.call(m, "keepDuration") && (typeof m.keepDuration === "object" ? m.keepDuration.low || m.keepDuration.high : m.keepDuration !== 0))
                w.uint32(16).int64(m.keepDuration);
              if (m.keepBytes != null && Object.hasOwnProperty.call(m, "keepBytes") && (typeof m.keepBytes === "object" ? m.keepBytes.low || m.keepBytes.high : m.keepBytes !== 0))
                w.uint32(24).int64(m.keepBytes);
              if (m.filters != null && m.filters.length) {
                for (var i = 0; i < m.filters.length; ++i)
                  w.uint32(34).string(m.filters[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.all = v;
                    else
                      delete m.all;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.keepDuration = v;
                    else
                      delete m.keepDuration;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.keepBytes = v;
                    else
                      delete m.keepBytes;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if (!(m.filters && m.filters.length))
                      m.filters = [];
                    m.filters.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.types.GCPolicy: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.all != null) {
                if (d.all) {
                  m.all = Boolean(d.all);
                }
              }
              if (d.keepDuration != null) {
                if (typeof d.keepDuration === "object" ? d.keepDuration.low || d.keepDuration.high : Number(d.keepDuration) !== 0) {
                  if (util.Long)
                    m.keepDuration = util.Long.fromValue(d.keepDuration, false);
                  else if (typeof d.keepDuration === "string")
                    m.keepDuration = parseInt(d.keepDuration, 10);
                  else if (typeof d.keepDuration === "number")
                    m.keepDuration = d.keepDuration;
                  else if (typeof d.keepDuration === "object")
                    m.keepDuration = new util.LongBits(d.keepDuration.low >>> 0, d.keepDuration.high >>> 0).toNumber();
                }
              }
              if (d.keepBytes != null) {
                if (typeof d.keepBytes === "object" ? d.keepBytes.low || d.keepBytes.high : Number(d.keepBytes) !== 0) {
                  if (util.Long)
                    m.keepBytes = util.Long.fromValue(d.keepBytes, false);
                  else if (typeof d.keepBytes === "string")
                    m.keepBytes = parseInt(d.keepBytes, 10);
                  else if (typeof d.keepBytes === "number")
                    m.keepBytes = d.keepBytes;
                  else if (typeof d.keepBytes === "object")
                    m.keepBytes = new util.LongBits(d.keepBytes.low >>> 0, d.keepBytes.high >>> 0).toNumber();
                }
              }
              if (d.filters) {
                if (!Array.isArray(d.filters))
                  throw TypeError(".moby.buildkit.v1.types.GCPolicy.filters: array expected");
                m.filters = Array(d.filters.length);
                for (var i = 0; i < d.filters.length; ++i) {
                  m.filters[i] = String(d.filters[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.filters = [];
              }
              if (o.defaults) {
                d.all = false;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.keepDuration = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.keepDuration = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.keepBytes = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.keepBytes = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.all != null && Object.hasOwnProperty.call(m, "all")) {
                d.all = m.all;
              }
              if (m.keepDuration != null && Object.hasOwnProperty.call(m, "keepDuration")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.keepDuration = typeof m.keepDuration === "number" ? BigInt(m.keepDuration) : util.Long.fromBits(m.keepDuration.low >>> 0, m.keepDuration.high >>> 0, false).toBigInt();
                else if (typeof m.keepDuration === "number")
                  d.keepDuration = o.longs === String ? String(m.keepDuration) : m.keepDuration;
                else
                  d.keepDuration = o.longs === String ? util.longToDecimal(m.keepDuration) : o.longs === Number ? new util.LongBits(m.keepDuration.low >>> 0, m.keepDuration.high >>> 0).toNumber() : m.keepDuration;
              }
              if (m.keepBytes != null && Object.hasOwnProperty.call(m, "keepBytes")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.keepBytes = typeof m.keepBytes === "number" ? BigInt(m.keepBytes) : util.Long.fromBits(m.keepBytes.low >>> 0, m.keepBytes.high >>> 0, false).toBigInt();
                else if (typeof m.keepBytes === "number")
                  d.keepBytes = o.longs === String ? String(m.keepBytes) : m.keepBytes;
                else
                  d.keepBytes = o.longs === String ? util.longToDecimal(m.keepBytes) : o.longs === Number ? new util.LongBits(m.keepBytes.low >>> 0, m.keepBytes.high >>> 0).toNumber() : m.keepBytes;
              }
              if (m.filters && m.filters.length) {
                d.filters = Array(m.filters.length);
                for (var j = 0; j < m.filters.length; ++j) {
                  d.filters[j] = m.filters[j];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.types.BuildkitVersion": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m["package"] != null && Object.hasOwnProperty.call(m, "package") && m["package"] !== "")
                w.uint32(10).string(m["package"]);
              if (m.version != null && Object.hasOwnProperty.call(m, "version") && m.version !== "")
                w.uint32(18).string(m.version);
              if (m.revision != null && Object.hasOwnProperty.call(m, "revision") && m.revision !== "")
                w.uint32(26).string(m.revision);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m["package"] = v;
                    else
                      delete m["package"];
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.version = v;
                    else
                      delete m.version;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.revision = v;
                    else
                      delete m.revision;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.types.BuildkitVersion: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d["package"] != null) {
                if (typeof d["package"] !== "string" || d["package"].length) {
                  m["package"] = String(d["package"]);
                }
              }
              if (d.version != null) {
                if (typeof d.version !== "string" || d.version.length) {
                  m.version = String(d.version);
                }
              }
              if (d.revision != null) {
                if (typeof d.revision !== "string" || d.revision.length) {
                  m.revision = String(d.revision);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d["package"] = "";
                d.version = "";
                d.revision = "";
              }
              if (m["package"] != null && Object.hasOwnProperty.call(m, "package")) {
                d["package"] = m["package"];
              }
              if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
              }
              if (m.revision != null && Object.hasOwnProperty.call(m, "revision")) {
                d.revision = m.revision;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.Result": {
          ctor: () => function(p) {
            this.metadata = {};
            this.attestations = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.refDeprecated != null && Object.hasOwnProperty.call(m, "refDeprecated"))
                w.uint32(10).string(m.refDeprecated);
              if (m.refsDeprecated != null && Object.hasOwnProperty.call(m, "refsDeprecated"))
                types[1].encode(m.refsDeprecated, w.uint32(18).fork(), q + 1).ldelim();
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref"))
                types[2].encode(m.ref, w.uint32(26).fork(), q + 1).ldelim();
              if (m.refs != null && Object.hasOwnProperty.call(m, "refs"))
                types[3].encode(m.refs, w.uint32(34).fork(), q + 1).ldelim();
              if (m.metadata != null && Object.hasOwnProperty.call(m, "metadata")) {
                for (var ks = Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                  w.uint32(82).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.metadata[ks[i]]).ldelim();
                }
              }
              if (m.attestations != null && Object.hasOwnProperty.call(m, "attestations")) {
                for (var ks = Object.keys(m.attestations), i = 0; i < ks.length; ++i) {
                  w.uint32(98).fork().uint32(10).string(ks[i]);
                  types[5].encode(m.attestations[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.refDeprecated = r.stringVerify();
                    m.result = "refDeprecated";
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.refsDeprecated = types[1].decode(r, r.size(), void 0, q + 1, m.refsDeprecated);
                    m.result = "refsDeprecated";
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.ref = types[2].decode(r, r.size(), void 0, q + 1, m.ref);
                    m.result = "ref";
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    m.refs = types[3].decode(r, r.size(), void 0, q + 1, m.refs);
                    m.result = "refs";
                    continue;
                  }
                  case 10: {
                    if (u !== 2)
                      break;
                    if (m.metadata === util.emptyObject)
                      m.metadata = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = [];
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.bytes();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.metadata, k);
                    m.metadata[k] = v;
                    continue;
                  }
                  case 12: {
                    if (u !== 2)
                      break;
                    if (m.attestations === util.emptyObject)
                      m.attestations = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = null;
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = types[5].decode(r, r.size(), void 0, q + 1, v);
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.attestations, k);
                    m.attestations[k] = v || new types[5].ctor();
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.Result: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.refDeprecated != null) {
                m.refDeprecated = String(d.refDeprecated);
              }
              if (d.refsDeprecated != null) {
                if (!util.isObject(d.refsDeprecated))
                  throw TypeError(".moby.buildkit.v1.frontend.Result.refsDeprecated: object expected");
                m.refsDeprecated = types[1].fromObject(d.refsDeprecated, q + 1);
              }
              if (d.ref != null) {
                if (!util.isObject(d.ref))
                  throw TypeError(".moby.buildkit.v1.frontend.Result.ref: object expected");
                m.ref = types[2].fromObject(d.ref, q + 1);
              }
              if (d.refs != null) {
                if (!util.isObject(d.refs))
                  throw TypeError(".moby.buildkit.v1.frontend.Result.refs: object expected");
                m.refs = types[3].fromObject(d.refs, q + 1);
              }
              if (d.metadata) {
                if (!util.isObject(d.metadata))
                  throw TypeError(".moby.buildkit.v1.frontend.Result.metadata: object expected");
                m.metadata = {};
                for (var ks = Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.metadata, ks[i]);
                  if (typeof d.metadata[ks[i]] === "string")
                    util.base64.decode(d.metadata[ks[i]], m.metadata[ks[i]] = util.newBuffer(util.base64.length(d.metadata[ks[i]])), 0);
                  else if (d.metadata[ks[i]].length >= 0)
                    m.metadata[ks[i]] = d.metadata[ks[i]];
                }
              }
              if (d.attestations) {
                if (!util.isObject(d.attestations))
                  throw TypeError(".moby.buildkit.v1.frontend.Result.attestations: object expected");
                m.attestations = {};
                for (var ks = Object.keys(d.attestations), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.attestations, ks[i]);
                  if (!util.isObject(d.attestations[ks[i]]))
                    throw TypeError(".moby.buildkit.v1.frontend.Result.attestations: object expected");
                  m.attestations[ks[i]] = types[5].fromObject(d.attestations[ks[i]], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.metadata = {};
                d.attestations = {};
              }
              if (m.refDeprecated != null && Object.hasOwnProperty.call(m, "refDeprecated")) {
                d.refDeprecated = m.refDeprecated;
                if (o.oneofs)
                  d.result = "refDeprecated";
              }
              if (m.refsDeprecated != null && Object.hasOwnProperty.call(m, "refsDeprecated")) {
                d.refsDeprecated = types[1].toObject(m.refsDeprecated, o, q + 1);
                if (o.oneofs)
                  d.result = "refsDeprecated";
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = types[2].toObject(m.ref, o, q + 1);
                if (o.oneofs)
                  d.result = "ref";
              }
              if (m.refs != null && Object.hasOwnProperty.call(m, "refs")) {
                d.refs = types[3].toObject(m.refs, o, q + 1);
                if (o.oneofs)
                  d.result = "refs";
              }
              var ks2;
              if (m.metadata && (ks2 = Object.keys(m.metadata)).length) {
                d.metadata = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.metadata, ks2[j]);
                  d.metadata[ks2[j]] = o.bytes === String ? util.base64.encode(m.metadata[ks2[j]], 0, m.metadata[ks2[j]].length) : o.bytes === Array ? Array.prototype.slice.call(m.metadata[ks2[j]]) : m.metadata[ks2[j]];
                }
              }
              if (m.attestations && (ks2 = Object.keys(m.attestations)).length) {
                d.attestations = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.attestations, ks2[j]);
                  d.attestations[ks2[j]] = types[5].toObject(m.attestations[ks2[j]], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.RefMapDeprecated": {
          ctor: () => function(p) {
            this.refs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.refs != null && Object.hasOwnProperty.call(m, "refs")) {
                for (var ks = Object.keys(m.refs), i = 0; i < ks.length; ++i) {
                  w.uint32(10).fork().uint32(10).string(ks[i]).uint32(18).string(m.refs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (m.refs === util.emptyObject)
                      m.refs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.refs, k);
                    m.refs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.RefMapDeprecated: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.refs) {
                if (!util.isObject(d.refs))
                  throw TypeError(".moby.buildkit.v1.frontend.RefMapDeprecated.refs: object expected");
                m.refs = {};
                for (var ks = Object.keys(d.refs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.refs, ks[i]);
                  m.refs[ks[i]] = String(d.refs[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.refs = {};
              }
              var ks2;
              if (m.refs && (ks2 = Object.keys(m.refs)).length) {
                d.refs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.refs, ks2[j]);
                  d.refs[ks2[j]] = m.refs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.Ref": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.id != null && Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(10).string(m.id);
              if (m.def != null && Object.hasOwnProperty.call(m, "def") && m.def.length)
                w.uint32(18).bytes(m.def);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.id = v;
                    else
                      delete m.id;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.def = v;
                    else
                      delete m.def;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.Ref: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                  m.id = String(d.id);
                }
              }
              if (d.def != null) {
                if (d.def.length) {
                  if (typeof d.def === "string")
                    util.base64.decode(d.def, m.def = util.newBuffer(util.base64.length(d.def)), 0);
                  else if (d.def.length >= 0)
                    m.def = d.def;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.id = "";
                if (o.bytes === String)
                  d.def = "";
                else {
                  d.def = [];
                  if (o.bytes !== Array)
                    d.def = util.newBuffer(d.def);
                }
              }
              if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
              }
              if (m.def != null && Object.hasOwnProperty.call(m, "def")) {
                d.def = o.bytes === String ? util.base64.encode(m.def, 0, m.def.length) : o.bytes === Array ? Array.prototype.slice.call(m.def) : m.def;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.RefMap": {
          ctor: () => function(p) {
            this.refs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.refs != null && Object.hasOwnProperty.call(m, "refs")) {
                for (var ks = Object.keys(m.refs), i = 0; i < ks.length; ++i) {
                  w.uint32(10).fork().uint32(10).string(ks[i]);
                  types[0].encode(m.refs[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (m.refs === util.emptyObject)
                      m.refs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = null;
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = types[0].decode(r, r.size(), void 0, q + 1, v);
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.refs, k);
                    m.refs[k] = v || new types[0].ctor();
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.RefMap: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.refs) {
                if (!util.isObject(d.refs))
                  throw TypeError(".moby.buildkit.v1.frontend.RefMap.refs: object expected");
                m.refs = {};
                for (var ks = Object.keys(d.refs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.refs, ks[i]);
                  if (!util.isObject(d.refs[ks[i]]))
                    throw TypeError(".moby.buildkit.v1.frontend.RefMap.refs: object expected");
                  m.refs[ks[i]] = types[0].fromObject(d.refs[ks[i]], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.refs = {};
              }
              var ks2;
              if (m.refs && (ks2 = Object.keys(m.refs)).length) {
                d.refs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.refs, ks2[j]);
                  d.refs[ks2[j]] = types[0].toObject(m.refs[ks2[j]], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.Attestations": {
          ctor: () => function(p) {
            this.attestation = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.attestation != null && m.attestation.length) {
                for (var i = 0; i < m.attestation.length; ++i)
                  types[0].encode(m.attestation[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.attestation && m.attestation.length))
                      m.attestation = [];
                    m.attestation.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.Attestations: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.attestation) {
                if (!Array.isArray(d.attestation))
                  throw TypeError(".moby.buildkit.v1.frontend.Attestations.attestation: array expected");
                m.attestation = Array(d.attestation.length);
                for (var i = 0; i < d.attestation.length; ++i) {
                  if (!util.isObject(d.attestation[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.Attestations.attestation: object expected");
                  m.attestation[i] = types[0].fromObject(d.attestation[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.attestation = [];
              }
              if (m.attestation && m.attestation.length) {
                d.attestation = Array(m.attestation.length);
                for (var j = 0; j < m.attestation.length; ++j) {
                  d.attestation[j] = types[0].toObject(m.attestation[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.Attestation": {
          ctor: () => function(p) {
            this.metadata = {};
            this.inTotoSubjects = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.kind != null && Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(8).int32(m.kind);
              if (m.metadata != null && Object.hasOwnProperty.call(m, "metadata")) {
                for (var ks = Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.metadata[ks[i]]).ldelim();
                }
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref"))
                types[2].encode(m.ref, w.uint32(26).fork(), q + 1).ldelim();
              if (m.path != null && Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(34).string(m.path);
              if (m.inTotoPredicateType != null && Object.hasOwnProperty.call(m, "inTotoPredicateType") && m.inTotoPredicateType !== "")
                w.uint32(42).string(m.inTotoPredicateType);
              if (m.inTotoSubjects != null && m.inTotoSubjects.length) {
                for (var i = 0; i < m.inTotoSubjects.length; ++i)
                  types[5].encode(m.inTotoSubjects[i], w.uint32(50).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.kind = v;
                    else
                      delete m.kind;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.metadata === util.emptyObject)
                      m.metadata = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = [];
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.bytes();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.metadata, k);
                    m.metadata[k] = v;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.ref = types[2].decode(r, r.size(), void 0, q + 1, m.ref);
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.path = v;
                    else
                      delete m.path;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.inTotoPredicateType = v;
                    else
                      delete m.inTotoPredicateType;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    if (!(m.inTotoSubjects && m.inTotoSubjects.length))
                      m.inTotoSubjects = [];
                    m.inTotoSubjects.push(types[5].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.Attestation: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.kind != null) {
                if (Number(d.kind) !== 0) {
                  m.kind = d.kind | 0;
                }
              }
              if (d.metadata) {
                if (!util.isObject(d.metadata))
                  throw TypeError(".moby.buildkit.v1.frontend.Attestation.metadata: object expected");
                m.metadata = {};
                for (var ks = Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.metadata, ks[i]);
                  if (typeof d.metadata[ks[i]] === "string")
                    util.base64.decode(d.metadata[ks[i]], m.metadata[ks[i]] = util.newBuffer(util.base64.length(d.metadata[ks[i]])), 0);
                  else if (d.metadata[ks[i]].length >= 0)
                    m.metadata[ks[i]] = d.metadata[ks[i]];
                }
              }
              if (d.ref != null) {
                if (!util.isObject(d.ref))
                  throw TypeError(".moby.buildkit.v1.frontend.Attestation.ref: object expected");
                m.ref = types[2].fromObject(d.ref, q + 1);
              }
              if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                  m.path = String(d.path);
                }
              }
              if (d.inTotoPredicateType != null) {
                if (typeof d.inTotoPredicateType !== "string" || d.inTotoPredicateType.length) {
                  m.inTotoPredicateType = String(d.inTotoPredicateType);
                }
              }
              if (d.inTotoSubjects) {
                if (!Array.isArray(d.inTotoSubjects))
                  throw TypeError(".moby.buildkit.v1.frontend.Attestation.inTotoSubjects: array expected");
                m.inTotoSubjects = Array(d.inTotoSubjects.length);
                for (var i = 0; i < d.inTotoSubjects.length; ++i) {
                  if (!util.isObject(d.inTotoSubjects[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.Attestation.inTotoSubjects: object expected");
                  m.inTotoSubjects[i] = types[5].fromObject(d.inTotoSubjects[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.inTotoSubjects = [];
              }
              if (o.objects || o.defaults) {
                d.metadata = {};
              }
              if (o.defaults) {
                d.kind = 0;
                d.ref = null;
                d.path = "";
                d.inTotoPredicateType = "";
              }
              if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                d.kind = m.kind;
              }
              var ks2;
              if (m.metadata && (ks2 = Object.keys(m.metadata)).length) {
                d.metadata = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.metadata, ks2[j]);
                  d.metadata[ks2[j]] = o.bytes === String ? util.base64.encode(m.metadata[ks2[j]], 0, m.metadata[ks2[j]].length) : o.bytes === Array ? Array.prototype.slice.call(m.metadata[ks2[j]]) : m.metadata[ks2[j]];
                }
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = types[2].toObject(m.ref, o, q + 1);
              }
              if (m.path != null && Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
              }
              if (m.inTotoPredicateType != null && Object.hasOwnProperty.call(m, "inTotoPredicateType")) {
                d.inTotoPredicateType = m.inTotoPredicateType;
              }
              if (m.inTotoSubjects && m.inTotoSubjects.length) {
                d.inTotoSubjects = Array(m.inTotoSubjects.length);
                for (var j = 0; j < m.inTotoSubjects.length; ++j) {
                  d.inTotoSubjects[j] = types[5].toObject(m.inTotoSubjects[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.InTotoSubject": {
          ctor: () => function(p) {
            this.digest = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.kind != null && Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                w.uint32(8).int32(m.kind);
              if (m.digest != null && m.digest.length) {
                for (var i = 0; i < m.digest.length; ++i)
                  w.uint32(18).string(m.digest[i]);
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(26).string(m.name);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.kind = v;
                    else
                      delete m.kind;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.digest && m.digest.length))
                      m.digest = [];
                    m.digest.push(r.stringVerify());
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.name = v;
                    else
                      delete m.name;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.InTotoSubject: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.kind != null) {
                if (Number(d.kind) !== 0) {
                  m.kind = d.kind | 0;
                }
              }
              if (d.digest) {
                if (!Array.isArray(d.digest))
                  throw TypeError(".moby.buildkit.v1.frontend.InTotoSubject.digest: array expected");
                m.digest = Array(d.digest.length);
                for (var i = 0; i < d.digest.length; ++i) {
                  m.digest[i] = String(d.digest[i]);
                }
              }
              if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                  m.name = String(d.name);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.digest = [];
              }
              if (o.defaults) {
                d.kind = 0;
                d.name = "";
              }
              if (m.kind != null && Object.hasOwnProperty.call(m, "kind")) {
                d.kind = m.kind;
              }
              if (m.digest && m.digest.length) {
                d.digest = Array(m.digest.length);
                for (var j = 0; j < m.digest.length; ++j) {
                  d.digest[j] = m.digest[j];
                }
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.ReturnRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.result != null && Object.hasOwnProperty.call(m, "result"))
                types[0].encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
              if (m.error != null && Object.hasOwnProperty.call(m, "error") && m.error.length)
                w.uint32(18).bytes(m.error);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.result = types[0].decode(r, r.size(), void 0, q + 1, m.result);
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.error = v;
                    else
                      delete m.error;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.ReturnRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.result != null) {
                if (!util.isObject(d.result))
                  throw TypeError(".moby.buildkit.v1.frontend.ReturnRequest.result: object expected");
                m.result = types[0].fromObject(d.result, q + 1);
              }
              if (d.error != null) {
                if (d.error.length) {
                  if (typeof d.error === "string")
                    util.base64.decode(d.error, m.error = util.newBuffer(util.base64.length(d.error)), 0);
                  else if (d.error.length >= 0)
                    m.error = d.error;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.result = null;
                if (o.bytes === String)
                  d.error = "";
                else {
                  d.error = [];
                  if (o.bytes !== Array)
                    d.error = util.newBuffer(d.error);
                }
              }
              if (m.result != null && Object.hasOwnProperty.call(m, "result")) {
                d.result = types[0].toObject(m.result, o, q + 1);
              }
              if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                d.error = o.bytes === String ? util.base64.encode(m.error, 0, m.error.length) : o.bytes === Array ? Array.prototype.slice.call(m.error) : m.error;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.ReturnResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.ReturnResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".moby.buildkit.v1.frontend.SolveRequest": {
          ctor: () => function(p) {
            this.FrontendOpt = {};
            this.CacheImports = [];
            this.FrontendInputs = {};
            this.SourcePolicies = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Definition != null && Object.hasOwnProperty.call(m, "Definition") && m.Definition.length)
                w.uint32(10).bytes(m.Definition);
              if (m.Frontend != null && Object.hasOwnProperty.call(m, "Frontend") && m.Frontend !== "")
                w.uint32(18).string(m.Frontend);
              if (m.FrontendOpt != null && Object.hasOwnProperty.call(m, "FrontendOpt")) {
                for (var ks = Object.keys(m.FrontendOpt), i = 0; i < ks.length; ++i) {
                  w.uint32(26).fork().uint32(10).string(ks[i]).uint32(18).string(m.FrontendOpt[ks[i]]).ldelim();
                }
              }
              if (m.allowResultReturn != null && Object.hasOwnProperty.call(m, "allowResultReturn") && m.allowResultReturn !== false)
                w.uint32(40).bool(m.allowResultReturn);
              if (m.allowResultArrayRef != null && Object.hasOwnProperty.call(m, "allowResultArrayRef") && m.allowResultArrayRef !== false)
                w.uint32(48).bool(m.allowResultArrayRef);
              if (m.Final != null && Object.hasOwnProperty.call(m, "Final") && m.Final !== false)
                w.uint32(80).bool(m.Final);
              if (m.ExporterAttr != null && Object.hasOwnProperty.call(m, "ExporterAttr") && m.ExporterAttr.length)
                w.uint32(90).bytes(m.ExporterAttr);
              if (m.CacheImports != null && m.CacheImports.length) {
                for (var i = 0; i < m.CacheImports.length; ++i)
                  types[7].encode(m.CacheImports[i], w.uint32(98).fork(), q + 1).ldelim();
              }
              if (m.FrontendInputs != null && Object.hasOwnProperty.call(m, "FrontendInputs")) {
                for (var ks = Object.keys(m.FrontendInputs), i = 0; i < ks.length; ++i) {
                  w.uint32(106).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.FrontendInputs[ks[i]]).ldelim();
                }
              }
              if (m.Evaluate != null && Object.hasOwnProperty.call(m, "Evaluate") && m.Evaluate !== false)
                w.uint32(112).bool(m.Evaluate);
              if (m.SourcePolicies != null && m.SourcePolicies.length) {
                for (var i = 0; i < m.SourcePolicies.length; ++i)
                  types[10].encode(m.SourcePolicies[i], w.uint32(122).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Definition = v;
                    else
                      delete m.Definition;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Frontend = v;
                    else
                      delete m.Frontend;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (m.FrontendOpt === util.emptyObject)
                      m.FrontendOpt = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.FrontendOpt, k);
                    m.FrontendOpt[k] = v;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.allowResultReturn = v;
                    else
                      delete m.allowResultReturn;
                    continue;
                  }
                  case 6: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.allowResultArrayRef = v;
                    else
                      delete m.allowResultArrayRef;
                    continue;
                  }
                  case 10: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.Final = v;
                    else
                      delete m.Final;
                    continue;
                  }
                  case 11: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.ExporterAttr = v;
                    else
                      delete m.ExporterAttr;
                    continue;
                  }
                  case 12: {
                    if (u !== 2)
                      break;
                    if (!(m.CacheImports && m.CacheImports.length))
                      m.CacheImports = [];
                    m.CacheImports.push(types[7].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 13: {
                    if (u !== 2)
                      break;
                    if (m.FrontendInputs === util.emptyObject)
                      m.FrontendInputs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = [];
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.bytes();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.FrontendInputs, k);
                    m.FrontendInputs[k] = v;
                    continue;
                  }
                  case 14: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.Evaluate = v;
                    else
                      delete m.Evaluate;
                    continue;
                  }
                  case 15: {
                    if (u !== 2)
                      break;
                    if (!(m.SourcePolicies && m.SourcePolicies.length))
                      m.SourcePolicies = [];
                    m.SourcePolicies.push(types[10].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.SolveRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Definition != null) {
                if (d.Definition.length) {
                  if (typeof d.Definition === "string")
                    util.base64.decode(d.Definition, m.Definition = util.newBuffer(util.base64.length(d.Definition)), 0);
                  else if (d.Definition.length >= 0)
                    m.Definition = d.Definition;
                }
              }
              if (d.Frontend != null) {
                if (typeof d.Frontend !== "string" || d.Frontend.length) {
                  m.Frontend = String(d.Frontend);
                }
              }
              if (d.FrontendOpt) {
                if (!util.isObject(d.FrontendOpt))
                  throw TypeError(".moby.buildkit.v1.frontend.SolveRequest.FrontendOpt: object expected");
                m.FrontendOpt = {};
                for (var ks = Object.keys(d.FrontendOpt), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.FrontendOpt, ks[i]);
                  m.FrontendOpt[ks[i]] = String(d.FrontendOpt[ks[i]]);
                }
              }
              if (d.allowResultReturn != null) {
                if (d.allowResultReturn) {
                  m.allowResultReturn = Boolean(d.allowResultReturn);
                }
              }
              if (d.allowResultArrayRef != null) {
                if (d.allowResultArrayRef) {
                  m.allowResultArrayRef = Boolean(d.allowResultArrayRef);
                }
              }
              if (d.Final != null) {
                if (d.Final) {
                  m.Final = Boolean(d.Final);
                }
              }
              if (d.ExporterAttr != null) {
                if (d.ExporterAttr.length) {
                  if (typeof d.ExporterAttr === "string")
                    util.base64.decode(d.ExporterAttr, m.ExporterAttr = util.newBuffer(util.base64.length(d.ExporterAttr)), 0);
                  else if (d.ExporterAttr.length >= 0)
                    m.ExporterAttr = d.ExporterAttr;
                }
              }
              if (d.CacheImports) {
                if (!Array.isArray(d.CacheImports))
                  throw TypeError(".moby.buildkit.v1.frontend.SolveRequest.CacheImports: array expected");
                m.CacheImports = Array(d.CacheImports.length);
                for (var i = 0; i < d.CacheImports.length; ++i) {
                  if (!util.isObject(d.CacheImports[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.SolveRequest.CacheImports: object expected");
                  m.CacheImports[i] = types[7].fromObject(d.CacheImports[i], q + 1);
                }
              }
              if (d.FrontendInputs) {
                if (!util.isObject(d.FrontendInputs))
                  throw TypeError(".moby.buildkit.v1.frontend.SolveRequest.FrontendInputs: object expected");
                m.FrontendInputs = {};
                for (var ks = Object.keys(d.FrontendInputs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.FrontendInputs, ks[i]);
                  if (typeof d.FrontendInputs[ks[i]] === "string")
                    util.base64.decode(d.FrontendInputs[ks[i]], m.FrontendInputs[ks[i]] = util.newBuffer(util.base64.length(d.FrontendInputs[ks[i]])), 0);
                  else if (d.FrontendInputs[ks[i]].length >= 0)
                    m.FrontendInputs[ks[i]] = d.FrontendInputs[ks[i]];
                }
              }
              if (d.Evaluate != null) {
                if (d.Evaluate) {
                  m.Evaluate = Boolean(d.Evaluate);
                }
              }
              if (d.SourcePolicies) {
                if (!Array.isArray(d.SourcePolicies))
                  throw TypeError(".moby.buildkit.v1.frontend.SolveRequest.SourcePolicies: array expected");
                m.SourcePolicies = Array(d.SourcePolicies.length);
                for (var i = 0; i < d.SourcePolicies.length; ++i) {
                  if (!util.isObject(d.SourcePolicies[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.SolveRequest.SourcePolicies: object expected");
                  m.SourcePolicies[i] = types[10].fromObject(d.SourcePolicies[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.CacheImports = [];
                d.SourcePolicies = [];
              }
              if (o.objects || o.defaults) {
                d.FrontendOpt = {};
                d.FrontendInputs = {};
              }
              if (o.defaults) {
                if (o.bytes === String)
                  d.Definition = "";
                else {
                  d.Definition = [];
                  if (o.bytes !== Array)
                    d.Definition = util.newBuffer(d.Definition);
                }
                d.Frontend = "";
                d.allowResultReturn = false;
                d.allowResultArrayRef = false;
                d.Final = false;
                if (o.bytes === String)
                  d.ExporterAttr = "";
                else {
                  d.ExporterAttr = [];
                  if (o.bytes !== Array)
                    d.ExporterAttr = util.newBuffer(d.ExporterAttr);
                }
                d.Evaluate = false;
              }
              if (m.Definition != null && Object.hasOwnProperty.call(m, "Definition")) {
                d.Definition = o.bytes === String ? util.base64.encode(m.Definition, 0, m.Definition.length) : o.bytes === Array ? Array.prototype.slice.call(m.Definition) : m.Definition;
              }
              if (m.Frontend != null && Object.hasOwnProperty.call(m, "Frontend")) {
                d.Frontend = m.Frontend;
              }
              var ks2;
              if (m.FrontendOpt && (ks2 = Object.keys(m.FrontendOpt)).length) {
                d.FrontendOpt = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.FrontendOpt, ks2[j]);
                  d.FrontendOpt[ks2[j]] = m.FrontendOpt[ks2[j]];
                }
              }
              if (m.allowResultReturn != null && Object.hasOwnProperty.call(m, "allowResultReturn")) {
                d.allowResultReturn = m.allowResultReturn;
              }
              if (m.allowResultArrayRef != null && Object.hasOwnProperty.call(m, "allowResultArrayRef")) {
                d.allowResultArrayRef = m.allowResultArrayRef;
              }
              if (m.Final != null && Object.hasOwnProperty.call(m, "Final")) {
                d.Final = m.Final;
              }
              if (m.ExporterAttr != null && Object.hasOwnProperty.call(m, "ExporterAttr")) {
                d.ExporterAttr = o.bytes === String ? util.base64.encode(m.ExporterAttr, 0, m.ExporterAttr.length) : o.bytes === Array ? Array.prototype.slice.call(m.ExporterAttr) : m.ExporterAttr;
              }
              if (m.CacheImports && m.CacheImports.length) {
                d.CacheImports = Array(m.CacheImports.length);
                for (var j = 0; j < m.CacheImports.length; ++j) {
                  d.CacheImports[j] = types[7].toObject(m.CacheImports[j], o, q + 1);
                }
              }
              if (m.FrontendInputs && (ks2 = Object.keys(m.FrontendInputs)).length) {
                d.FrontendInputs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.FrontendInputs, ks2[j]);
                  d.FrontendInputs[ks2[j]] = o.bytes === String ? util.base64.encode(m.FrontendInputs[ks2[j]], 0, m.FrontendInputs[ks2[j]].length) : o.bytes === Array ? Array.prototype.slice.call(m.FrontendInputs[ks2[j]]) : m.FrontendInputs[ks2[j]];
                }
              }
              if (m.Evaluate != null && Object.hasOwnProperty.call(m, "Evaluate")) {
                d.Evaluate = m.Evaluate;
              }
              if (m.SourcePolicies && m.SourcePolicies.length) {
                d.SourcePolicies = Array(m.SourcePolicies.length);
                for (var j = 0; j < m.SourcePolicies.length; ++j) {
                  d.SourcePolicies[j] = types[10].toObject(m.SourcePolicies[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.CacheOptionsEntry": {
          ctor: () => function(p) {
            this.Attrs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Type != null && Object.hasOwnProperty.call(m, "Type") && m.Type !== "")
                w.uint32(10).string(m.Type);
              if (m.Attrs != null && Object.hasOwnProperty.call(m, "Attrs")) {
                for (var ks = Object.keys(m.Attrs), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.Attrs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Type = v;
                    else
                      delete m.Type;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.Attrs === util.emptyObject)
                      m.Attrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.Attrs, k);
                    m.Attrs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.CacheOptionsEntry: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Type != null) {
                if (typeof d.Type !== "string" || d.Type.length) {
                  m.Type = String(d.Type);
                }
              }
              if (d.Attrs) {
                if (!util.isObject(d.Attrs))
                  throw TypeError(".moby.buildkit.v1.frontend.CacheOptionsEntry.Attrs: object expected");
                m.Attrs = {};
                for (var ks = Object.keys(d.Attrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.Attrs, ks[i]);
                  m.Attrs[ks[i]] = String(d.Attrs[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.Attrs = {};
              }
              if (o.defaults) {
                d.Type = "";
              }
              if (m.Type != null && Object.hasOwnProperty.call(m, "Type")) {
                d.Type = m.Type;
              }
              var ks2;
              if (m.Attrs && (ks2 = Object.keys(m.Attrs)).length) {
                d.Attrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.Attrs, ks2[j]);
                  d.Attrs[ks2[j]] = m.Attrs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.SolveResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(10).string(m.ref);
              if (m.result != null && Object.hasOwnProperty.call(m, "result"))
                types[1].encode(m.result, w.uint32(26).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ref = v;
                    else
                      delete m.ref;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.result = types[1].decode(r, r.size(), void 0, q + 1, m.result);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.SolveResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                  m.ref = String(d.ref);
                }
              }
              if (d.result != null) {
                if (!util.isObject(d.result))
                  throw TypeError(".moby.buildkit.v1.frontend.SolveResponse.result: object expected");
                m.result = types[1].fromObject(d.result, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ref = "";
                d.result = null;
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
              }
              if (m.result != null && Object.hasOwnProperty.call(m, "result")) {
                d.result = types[1].toObject(m.result, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.ReadFileRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref") && m.Ref !== "")
                w.uint32(10).string(m.Ref);
              if (m.FilePath != null && Object.hasOwnProperty.call(m, "FilePath") && m.FilePath !== "")
                w.uint32(18).string(m.FilePath);
              if (m.Range != null && Object.hasOwnProperty.call(m, "Range"))
                types[2].encode(m.Range, w.uint32(26).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Ref = v;
                    else
                      delete m.Ref;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.FilePath = v;
                    else
                      delete m.FilePath;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.Range = types[2].decode(r, r.size(), void 0, q + 1, m.Range);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.ReadFileRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Ref != null) {
                if (typeof d.Ref !== "string" || d.Ref.length) {
                  m.Ref = String(d.Ref);
                }
              }
              if (d.FilePath != null) {
                if (typeof d.FilePath !== "string" || d.FilePath.length) {
                  m.FilePath = String(d.FilePath);
                }
              }
              if (d.Range != null) {
                if (!util.isObject(d.Range))
                  throw TypeError(".moby.buildkit.v1.frontend.ReadFileRequest.Range: object expected");
                m.Range = types[2].fromObject(d.Range, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Ref = "";
                d.FilePath = "";
                d.Range = null;
              }
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref")) {
                d.Ref = m.Ref;
              }
              if (m.FilePath != null && Object.hasOwnProperty.call(m, "FilePath")) {
                d.FilePath = m.FilePath;
              }
              if (m.Range != null && Object.hasOwnProperty.call(m, "Range")) {
                d.Range = types[2].toObject(m.Range, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.FileRange": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Offset != null && Object.hasOwnProperty.call(m, "Offset") && (typeof m.Offset === "object" ? m.Offset.low || m.Offset.high : m.Offset !== 0))
                w.uint32(8).int64(m.Offset);
              if (m.Length != null && Object.hasOwnProperty.call(m, "Length") && (typeof m.Length === "object" ? m.Length.low || m.Length.high : m.Length !== 0))
                w.uint32(16).int64(m.Length);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.Offset = v;
                    else
                      delete m.Offset;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.Length = v;
                    else
                      delete m.Length;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.FileRange: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Offset != null) {
                if (typeof d.Offset === "object" ? d.Offset.low || d.Offset.high : Number(d.Offset) !== 0) {
                  if (util.Long)
                    m.Offset = util.Long.fromValue(d.Offset, false);
                  else if (typeof d.Offset === "string")
                    m.Offset = parseInt(d.Offset, 10);
                  else if (typeof d.Offset === "number")
                    m.Offset = d.Offset;
                  else if (typeof d.Offset === "object")
                    m.Offset = new util.LongBits(d.Offset.low >>> 0, d.Offset.high >>> 0).toNumber();
                }
              }
              if (d.Length != null) {
                if (typeof d.Length === "object" ? d.Length.low || d.Length.high : Number(d.Length) !== 0) {
                  if (util.Long)
                    m.Length = util.Long.fromValue(d.Length, false);
                  else if (typeof d.Length === "string")
                    m.Length = parseInt(d.Length, 10);
                  else if (typeof d.Length === "number")
                    m.Length = d.Length;
                  else if (typeof d.Length === "object")
                    m.Length = new util.LongBits(d.Length.low >>> 0, d.Length.high >>> 0).toNumber();
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.Offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.Offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.Length = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.Length = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.Offset != null && Object.hasOwnProperty.call(m, "Offset")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.Offset = typeof m.Offset === "number" ? BigInt(m.Offset) : util.Long.fromBits(m.Offset.low >>> 0, m.Offset.high >>> 0, false).toBigInt();
                else if (typeof m.Offset === "number")
                  d.Offset = o.longs === String ? String(m.Offset) : m.Offset;
                else
                  d.Offset = o.longs === String ? util.longToDecimal(m.Offset) : o.longs === Number ? new util.LongBits(m.Offset.low >>> 0, m.Offset.high >>> 0).toNumber() : m.Offset;
              }
              if (m.Length != null && Object.hasOwnProperty.call(m, "Length")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.Length = typeof m.Length === "number" ? BigInt(m.Length) : util.Long.fromBits(m.Length.low >>> 0, m.Length.high >>> 0, false).toBigInt();
                else if (typeof m.Length === "number")
                  d.Length = o.longs === String ? String(m.Length) : m.Length;
                else
                  d.Length = o.longs === String ? util.longToDecimal(m.Length) : o.longs === Number ? new util.LongBits(m.Length.low >>> 0, m.Length.high >>> 0).toNumber() : m.Length;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.ReadFileResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Data != null && Object.hasOwnProperty.call(m, "Data") && m.Data.length)
                w.uint32(10).bytes(m.Data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Data = v;
                    else
                      delete m.Data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.ReadFileResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Data != null) {
                if (d.Data.length) {
                  if (typeof d.Data === "string")
                    util.base64.decode(d.Data, m.Data = util.newBuffer(util.base64.length(d.Data)), 0);
                  else if (d.Data.length >= 0)
                    m.Data = d.Data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.Data = "";
                else {
                  d.Data = [];
                  if (o.bytes !== Array)
                    d.Data = util.newBuffer(d.Data);
                }
              }
              if (m.Data != null && Object.hasOwnProperty.call(m, "Data")) {
                d.Data = o.bytes === String ? util.base64.encode(m.Data, 0, m.Data.length) : o.bytes === Array ? Array.prototype.slice.call(m.Data) : m.Data;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.EvaluateRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref") && m.Ref !== "")
                w.uint32(10).string(m.Ref);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Ref = v;
                    else
                      delete m.Ref;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.EvaluateRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Ref != null) {
                if (typeof d.Ref !== "string" || d.Ref.length) {
                  m.Ref = String(d.Ref);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Ref = "";
              }
              if (m.Ref != null && Object.hasOwnProperty.call(m, "Ref")) {
                d.Ref = m.Ref;
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.v1.frontend.EvaluateResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.EvaluateResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".moby.buildkit.v1.frontend.PingRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.PingRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".moby.buildkit.v1.frontend.PongResponse": {
          ctor: () => function(p) {
            this.FrontendAPICaps = [];
            this.LLBCaps = [];
            this.Workers = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.FrontendAPICaps != null && m.FrontendAPICaps.length) {
                for (var i = 0; i < m.FrontendAPICaps.length; ++i)
                  types[0].encode(m.FrontendAPICaps[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.LLBCaps != null && m.LLBCaps.length) {
                for (var i = 0; i < m.LLBCaps.length; ++i)
                  types[1].encode(m.LLBCaps[i], w.uint32(18).fork(), q + 1).ldelim();
              }
              if (m.Workers != null && m.Workers.length) {
                for (var i = 0; i < m.Workers.length; ++i)
                  types[2].encode(m.Workers[i], w.uint32(26).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.FrontendAPICaps && m.FrontendAPICaps.length))
                      m.FrontendAPICaps = [];
                    m.FrontendAPICaps.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.LLBCaps && m.LLBCaps.length))
                      m.LLBCaps = [];
                    m.LLBCaps.push(types[1].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (!(m.Workers && m.Workers.length))
                      m.Workers = [];
                    m.Workers.push(types[2].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.v1.frontend.PongResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.FrontendAPICaps) {
                if (!Array.isArray(d.FrontendAPICaps))
                  throw TypeError(".moby.buildkit.v1.frontend.PongResponse.FrontendAPICaps: array expected");
                m.FrontendAPICaps = Array(d.FrontendAPICaps.length);
                for (var i = 0; i < d.FrontendAPICaps.length; ++i) {
                  if (!util.isObject(d.FrontendAPICaps[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.PongResponse.FrontendAPICaps: object expected");
                  m.FrontendAPICaps[i] = types[0].fromObject(d.FrontendAPICaps[i], q + 1);
                }
              }
              if (d.LLBCaps) {
                if (!Array.isArray(d.LLBCaps))
                  throw TypeError(".moby.buildkit.v1.frontend.PongResponse.LLBCaps: array expected");
                m.LLBCaps = Array(d.LLBCaps.length);
                for (var i = 0; i < d.LLBCaps.length; ++i) {
                  if (!util.isObject(d.LLBCaps[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.PongResponse.LLBCaps: object expected");
                  m.LLBCaps[i] = types[1].fromObject(d.LLBCaps[i], q + 1);
                }
              }
              if (d.Workers) {
                if (!Array.isArray(d.Workers))
                  throw TypeError(".moby.buildkit.v1.frontend.PongResponse.Workers: array expected");
                m.Workers = Array(d.Workers.length);
                for (var i = 0; i < d.Workers.length; ++i) {
                  if (!util.isObject(d.Workers[i]))
                    throw TypeError(".moby.buildkit.v1.frontend.PongResponse.Workers: object expected");
                  m.Workers[i] = types[2].fromObject(d.Workers[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.FrontendAPICaps = [];
                d.LLBCaps = [];
                d.Workers = [];
              }
              if (m.FrontendAPICaps && m.FrontendAPICaps.length) {
                d.FrontendAPICaps = Array(m.FrontendAPICaps.length);
                for (var j = 0; j < m.FrontendAPICaps.length; ++j) {
                  d.FrontendAPICaps[j] = types[0].toObject(m.FrontendAPICaps[j], o, q + 1);
                }
              }
              if (m.LLBCaps && m.LLBCaps.length) {
                d.LLBCaps = Array(m.LLBCaps.length);
                for (var j = 0; j < m.LLBCaps.length; ++j) {
                  d.LLBCaps[j] = types[1].toObject(m.LLBCaps[j], o, q + 1);
                }
              }
              if (m.Workers && m.Workers.length) {
                d.Workers = Array(m.Workers.length);
                for (var j = 0; j < m.Workers.length; ++j) {
                  d.Workers[j] = types[2].toObject(m.Workers[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.secrets.v1.GetSecretRequest": {
          ctor: () => function(p) {
            this.annotations = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                w.uint32(10).string(m.ID);
              if (m.annotations != null && Object.hasOwnProperty.call(m, "annotations")) {
                for (var ks = Object.keys(m.annotations), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.annotations[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.annotations === util.emptyObject)
                      m.annotations = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.annotations, k);
                    m.annotations[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.secrets.v1.GetSecretRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ID != null) {
                if (typeof d.ID !== "string" || d.ID.length) {
                  m.ID = String(d.ID);
                }
              }
              if (d.annotations) {
                if (!util.isObject(d.annotations))
                  throw TypeError(".moby.buildkit.secrets.v1.GetSecretRequest.annotations: object expected");
                m.annotations = {};
                for (var ks = Object.keys(d.annotations), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.annotations, ks[i]);
                  m.annotations[ks[i]] = String(d.annotations[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.annotations = {};
              }
              if (o.defaults) {
                d.ID = "";
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              var ks2;
              if (m.annotations && (ks2 = Object.keys(m.annotations)).length) {
                d.annotations = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.annotations, ks2[j]);
                  d.annotations[ks2[j]] = m.annotations[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".moby.buildkit.secrets.v1.GetSecretResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.buildkit.secrets.v1.GetSecretResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.BytesMessage": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.BytesMessage: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.CredentialsRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host") && m.Host !== "")
                w.uint32(10).string(m.Host);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Host = v;
                    else
                      delete m.Host;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.CredentialsRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Host != null) {
                if (typeof d.Host !== "string" || d.Host.length) {
                  m.Host = String(d.Host);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Host = "";
              }
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host")) {
                d.Host = m.Host;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.CredentialsResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Username != null && Object.hasOwnProperty.call(m, "Username") && m.Username !== "")
                w.uint32(10).string(m.Username);
              if (m.Secret != null && Object.hasOwnProperty.call(m, "Secret") && m.Secret !== "")
                w.uint32(18).string(m.Secret);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Username = v;
                    else
                      delete m.Username;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Secret = v;
                    else
                      delete m.Secret;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.CredentialsResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Username != null) {
                if (typeof d.Username !== "string" || d.Username.length) {
                  m.Username = String(d.Username);
                }
              }
              if (d.Secret != null) {
                if (typeof d.Secret !== "string" || d.Secret.length) {
                  m.Secret = String(d.Secret);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Username = "";
                d.Secret = "";
              }
              if (m.Username != null && Object.hasOwnProperty.call(m, "Username")) {
                d.Username = m.Username;
              }
              if (m.Secret != null && Object.hasOwnProperty.call(m, "Secret")) {
                d.Secret = m.Secret;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.FetchTokenRequest": {
          ctor: () => function(p) {
            this.Scopes = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ClientID != null && Object.hasOwnProperty.call(m, "ClientID") && m.ClientID !== "")
                w.uint32(10).string(m.ClientID);
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host") && m.Host !== "")
                w.uint32(18).string(m.Host);
              if (m.Realm != null && Object.hasOwnProperty.call(m, "Realm") && m.Realm !== "")
                w.uint32(26).string(m.Realm);
              if (m.Service != null && Object.hasOwnProperty.call(m, "Service") && m.Service !== "")
                w.uint32(34).string(m.Service);
              if (m.Scopes != null && m.Scopes.length) {
                for (var i = 0; i < m.Scopes.length; ++i)
                  w.uint32(42).string(m.Scopes[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ClientID = v;
                    else
                      delete m.ClientID;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Host = v;
                    else
                      delete m.Host;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Realm = v;
                    else
                      delete m.Realm;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Service = v;
                    else
                      delete m.Service;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if (!(m.Scopes && m.Scopes.length))
                      m.Scopes = [];
                    m.Scopes.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.FetchTokenRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ClientID != null) {
                if (typeof d.ClientID !== "string" || d.ClientID.length) {
                  m.ClientID = String(d.ClientID);
                }
              }
              if (d.Host != null) {
                if (typeof d.Host !== "string" || d.Host.length) {
                  m.Host = String(d.Host);
                }
              }
              if (d.Realm != null) {
                if (typeof d.Realm !== "string" || d.Realm.length) {
                  m.Realm = String(d.Realm);
                }
              }
              if (d.Service != null) {
                if (typeof d.Service !== "string" || d.Service.length) {
                  m.Service = String(d.Service);
                }
              }
              if (d.Scopes) {
                if (!Array.isArray(d.Scopes))
                  throw TypeError(".moby.filesync.v1.FetchTokenRequest.Scopes: array expected");
                m.Scopes = Array(d.Scopes.length);
                for (var i = 0; i < d.Scopes.length; ++i) {
                  m.Scopes[i] = String(d.Scopes[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.Scopes = [];
              }
              if (o.defaults) {
                d.ClientID = "";
                d.Host = "";
                d.Realm = "";
                d.Service = "";
              }
              if (m.ClientID != null && Object.hasOwnProperty.call(m, "ClientID")) {
                d.ClientID = m.ClientID;
              }
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host")) {
                d.Host = m.Host;
              }
              if (m.Realm != null && Object.hasOwnProperty.call(m, "Realm")) {
                d.Realm = m.Realm;
              }
              if (m.Service != null && Object.hasOwnProperty.call(m, "Service")) {
                d.Service = m.Service;
              }
              if (m.Scopes && m.Scopes.length) {
                d.Scopes = Array(m.Scopes.length);
                for (var j = 0; j < m.Scopes.length; ++j) {
                  d.Scopes[j] = m.Scopes[j];
                }
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.FetchTokenResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Token != null && Object.hasOwnProperty.call(m, "Token") && m.Token !== "")
                w.uint32(10).string(m.Token);
              if (m.ExpiresIn != null && Object.hasOwnProperty.call(m, "ExpiresIn") && (typeof m.ExpiresIn === "object" ? m.ExpiresIn.low || m.ExpiresIn.high : m.ExpiresIn !== 0))
                w.uint32(16).int64(m.ExpiresIn);
              if (m.IssuedAt != null && Object.hasOwnProperty.call(m, "IssuedAt") && (typeof m.IssuedAt === "object" ? m.IssuedAt.low || m.IssuedAt.high : m.IssuedAt !== 0))
                w.uint32(24).int64(m.IssuedAt);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Token = v;
                    else
                      delete m.Token;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.ExpiresIn = v;
                    else
                      delete m.ExpiresIn;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.IssuedAt = v;
                    else
                      delete m.IssuedAt;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.FetchTokenResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Token != null) {
                if (typeof d.Token !== "string" || d.Token.length) {
                  m.Token = String(d.Token);
                }
              }
              if (d.ExpiresIn != null) {
                if (typeof d.ExpiresIn === "object" ? d.ExpiresIn.low || d.ExpiresIn.high : Number(d.ExpiresIn) !== 0) {
                  if (util.Long)
                    m.ExpiresIn = util.Long.fromValue(d.ExpiresIn, false);
                  else if (typeof d.ExpiresIn === "string")
                    m.ExpiresIn = parseInt(d.ExpiresIn, 10);
                  else if (typeof d.ExpiresIn === "number")
                    m.ExpiresIn = d.ExpiresIn;
                  else if (typeof d.ExpiresIn === "object")
                    m.ExpiresIn = new util.LongBits(d.ExpiresIn.low >>> 0, d.ExpiresIn.high >>> 0).toNumber();
                }
              }
              if (d.IssuedAt != null) {
                if (typeof d.IssuedAt === "object" ? d.IssuedAt.low || d.IssuedAt.high : Number(d.IssuedAt) !== 0) {
                  if (util.Long)
                    m.IssuedAt = util.Long.fromValue(d.IssuedAt, false);
                  else if (typeof d.IssuedAt === "string")
                    m.IssuedAt = parseInt(d.IssuedAt, 10);
                  else if (typeof d.IssuedAt === "number")
                    m.IssuedAt = d.IssuedAt;
                  else if (typeof d.IssuedAt === "object")
                    m.IssuedAt = new util.LongBits(d.IssuedAt.low >>> 0, d.IssuedAt.high >>> 0).toNumber();
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Token = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.ExpiresIn = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.ExpiresIn = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.IssuedAt = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.IssuedAt = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.Token != null && Object.hasOwnProperty.call(m, "Token")) {
                d.Token = m.Token;
              }
              if (m.ExpiresIn != null && Object.hasOwnProperty.call(m, "ExpiresIn")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.ExpiresIn = typeof m.ExpiresIn === "number" ? BigInt(m.ExpiresIn) : util.Long.fromBits(m.ExpiresIn.low >>> 0, m.ExpiresIn.high >>> 0, false).toBigInt();
                else if (typeof m.ExpiresIn === "number")
                  d.ExpiresIn = o.longs === String ? String(m.ExpiresIn) : m.ExpiresIn;
                else
                  d.ExpiresIn = o.longs === String ? util.longToDecimal(m.ExpiresIn) : o.longs === Number ? new util.LongBits(m.ExpiresIn.low >>> 0, m.ExpiresIn.high >>> 0).toNumber() : m.ExpiresIn;
              }
              if (m.IssuedAt != null && Object.hasOwnProperty.call(m, "IssuedAt")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.IssuedAt = typeof m.IssuedAt === "number" ? BigInt(m.IssuedAt) : util.Long.fromBits(m.IssuedAt.low >>> 0, m.IssuedAt.high >>> 0, false).toBigInt();
                else if (typeof m.IssuedAt === "number")
                  d.IssuedAt = o.longs === String ? String(m.IssuedAt) : m.IssuedAt;
                else
                  d.IssuedAt = o.longs === String ? util.longToDecimal(m.IssuedAt) : o.longs === Number ? new util.LongBits(m.IssuedAt.low >>> 0, m.IssuedAt.high >>> 0).toNumber() : m.IssuedAt;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.GetTokenAuthorityRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host") && m.Host !== "")
                w.uint32(10).string(m.Host);
              if (m.Salt != null && Object.hasOwnProperty.call(m, "Salt") && m.Salt.length)
                w.uint32(18).bytes(m.Salt);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Host = v;
                    else
                      delete m.Host;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Salt = v;
                    else
                      delete m.Salt;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.GetTokenAuthorityRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Host != null) {
                if (typeof d.Host !== "string" || d.Host.length) {
                  m.Host = String(d.Host);
                }
              }
              if (d.Salt != null) {
                if (d.Salt.length) {
                  if (typeof d.Salt === "string")
                    util.base64.decode(d.Salt, m.Salt = util.newBuffer(util.base64.length(d.Salt)), 0);
                  else if (d.Salt.length >= 0)
                    m.Salt = d.Salt;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Host = "";
                if (o.bytes === String)
                  d.Salt = "";
                else {
                  d.Salt = [];
                  if (o.bytes !== Array)
                    d.Salt = util.newBuffer(d.Salt);
                }
              }
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host")) {
                d.Host = m.Host;
              }
              if (m.Salt != null && Object.hasOwnProperty.call(m, "Salt")) {
                d.Salt = o.bytes === String ? util.base64.encode(m.Salt, 0, m.Salt.length) : o.bytes === Array ? Array.prototype.slice.call(m.Salt) : m.Salt;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.GetTokenAuthorityResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.PublicKey != null && Object.hasOwnProperty.call(m, "PublicKey") && m.PublicKey.length)
                w.uint32(10).bytes(m.PublicKey);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.PublicKey = v;
                    else
                      delete m.PublicKey;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.GetTokenAuthorityResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.PublicKey != null) {
                if (d.PublicKey.length) {
                  if (typeof d.PublicKey === "string")
                    util.base64.decode(d.PublicKey, m.PublicKey = util.newBuffer(util.base64.length(d.PublicKey)), 0);
                  else if (d.PublicKey.length >= 0)
                    m.PublicKey = d.PublicKey;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.PublicKey = "";
                else {
                  d.PublicKey = [];
                  if (o.bytes !== Array)
                    d.PublicKey = util.newBuffer(d.PublicKey);
                }
              }
              if (m.PublicKey != null && Object.hasOwnProperty.call(m, "PublicKey")) {
                d.PublicKey = o.bytes === String ? util.base64.encode(m.PublicKey, 0, m.PublicKey.length) : o.bytes === Array ? Array.prototype.slice.call(m.PublicKey) : m.PublicKey;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.VerifyTokenAuthorityRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host") && m.Host !== "")
                w.uint32(10).string(m.Host);
              if (m.Payload != null && Object.hasOwnProperty.call(m, "Payload") && m.Payload.length)
                w.uint32(18).bytes(m.Payload);
              if (m.Salt != null && Object.hasOwnProperty.call(m, "Salt") && m.Salt.length)
                w.uint32(26).bytes(m.Salt);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Host = v;
                    else
                      delete m.Host;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Payload = v;
                    else
                      delete m.Payload;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Salt = v;
                    else
                      delete m.Salt;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.VerifyTokenAuthorityRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Host != null) {
                if (typeof d.Host !== "string" || d.Host.length) {
                  m.Host = String(d.Host);
                }
              }
              if (d.Payload != null) {
                if (d.Payload.length) {
                  if (typeof d.Payload === "string")
                    util.base64.decode(d.Payload, m.Payload = util.newBuffer(util.base64.length(d.Payload)), 0);
                  else if (d.Payload.length >= 0)
                    m.Payload = d.Payload;
                }
              }
              if (d.Salt != null) {
                if (d.Salt.length) {
                  if (typeof d.Salt === "string")
                    util.base64.decode(d.Salt, m.Salt = util.newBuffer(util.base64.length(d.Salt)), 0);
                  else if (d.Salt.length >= 0)
                    m.Salt = d.Salt;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.Host = "";
                if (o.bytes === String)
                  d.Payload = "";
                else {
                  d.Payload = [];
                  if (o.bytes !== Array)
                    d.Payload = util.newBuffer(d.Payload);
                }
                if (o.bytes === String)
                  d.Salt = "";
                else {
                  d.Salt = [];
                  if (o.bytes !== Array)
                    d.Salt = util.newBuffer(d.Salt);
                }
              }
              if (m.Host != null && Object.hasOwnProperty.call(m, "Host")) {
                d.Host = m.Host;
              }
              if (m.Payload != null && Object.hasOwnProperty.call(m, "Payload")) {
                d.Payload = o.bytes === String ? util.base64.encode(m.Payload, 0, m.Payload.length) : o.bytes === Array ? Array.prototype.slice.call(m.Payload) : m.Payload;
              }
              if (m.Salt != null && Object.hasOwnProperty.call(m, "Salt")) {
                d.Salt = o.bytes === String ? util.base64.encode(m.Salt, 0, m.Salt.length) : o.bytes === Array ? Array.prototype.slice.call(m.Salt) : m.Salt;
              }
              return d;
            }
          ]
        },
        ".moby.filesync.v1.VerifyTokenAuthorityResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Signed != null && Object.hasOwnProperty.call(m, "Signed") && m.Signed.length)
                w.uint32(10).bytes(m.Signed);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.Signed = v;
                    else
                      delete m.Signed;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.filesync.v1.VerifyTokenAuthorityResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Signed != null) {
                if (d.Signed.length) {
                  if (typeof d.Signed === "string")
                    util.base64.decode(d.Signed, m.Signed = util.newBuffer(util.base64.length(d.Signed)), 0);
                  else if (d.Signed.length >= 0)
                    m.Signed = d.Signed;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.Signed = "";
                else {
                  d.Signed = [];
                  if (o.bytes !== Array)
                    d.Signed = util.newBuffer(d.Signed);
                }
              }
              if (m.Signed != null && Object.hasOwnProperty.call(m, "Signed")) {
                d.Signed = o.bytes === String ? util.base64.encode(m.Signed, 0, m.Signed.length) : o.bytes === Array ? Array.prototype.slice.call(m.Signed) : m.Signed;
              }
              return d;
            }
          ]
        },
        ".moby.sshforward.v1.BytesMessage": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(10).bytes(m.data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.sshforward.v1.BytesMessage: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              return d;
            }
          ]
        },
        ".moby.sshforward.v1.CheckAgentRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                w.uint32(10).string(m.ID);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.sshforward.v1.CheckAgentRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ID != null) {
                if (typeof d.ID !== "string" || d.ID.length) {
                  m.ID = String(d.ID);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ID = "";
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              return d;
            }
          ]
        },
        ".moby.sshforward.v1.CheckAgentResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".moby.sshforward.v1.CheckAgentResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".containerd.services.content.v1.Info": {
          ctor: () => function(p) {
            this.labels = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(10).string(m.digest);
              if (m.size != null && Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(16).int64(m.size);
              if (m.created_at != null && Object.hasOwnProperty.call(m, "created_at"))
                types[2].encode(m.created_at, w.uint32(26).fork(), q + 1).ldelim();
              if (m.updated_at != null && Object.hasOwnProperty.call(m, "updated_at"))
                types[3].encode(m.updated_at, w.uint32(34).fork(), q + 1).ldelim();
              if (m.labels != null && Object.hasOwnProperty.call(m, "labels")) {
                for (var ks = Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                  w.uint32(42).fork().uint32(10).string(ks[i]).uint32(18).string(m.labels[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.size = v;
                    else
                      delete m.size;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.created_at = types[2].decode(r, r.size(), void 0, q + 1, m.created_at);
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    m.updated_at = types[3].decode(r, r.size(), void 0, q + 1, m.updated_at);
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if (m.labels === util.emptyObject)
                      m.labels = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.labels, k);
                    m.labels[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.Info: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              if (d.size != null) {
                if (typeof d.size === "object" ? d.size.low || d.size.high : Number(d.size) !== 0) {
                  if (util.Long)
                    m.size = util.Long.fromValue(d.size, false);
                  else if (typeof d.size === "string")
                    m.size = parseInt(d.size, 10);
                  else if (typeof d.size === "number")
                    m.size = d.size;
                  else if (typeof d.size === "object")
                    m.size = new util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber();
                }
              }
              if (d.created_at != null) {
                if (!util.isObject(d.created_at))
                  throw TypeError(".containerd.services.content.v1.Info.created_at: object expected");
                m.created_at = types[2].fromObject(d.created_at, q + 1);
              }
              if (d.updated_at != null) {
                if (!util.isObject(d.updated_at))
                  throw TypeError(".containerd.services.content.v1.Info.updated_at: object expected");
                m.updated_at = types[3].fromObject(d.updated_at, q + 1);
              }
              if (d.labels) {
                if (!util.isObject(d.labels))
                  throw TypeError(".containerd.services.content.v1.Info.labels: object expected");
                m.labels = {};
                for (var ks = Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.labels, ks[i]);
                  m.labels[ks[i]] = String(d.labels[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.labels = {};
              }
              if (o.defaults) {
                d.digest = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.size = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.size = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.created_at = null;
                d.updated_at = null;
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              if (m.size != null && Object.hasOwnProperty.call(m, "size")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.size = typeof m.size === "number" ? BigInt(m.size) : util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, false).toBigInt();
                else if (typeof m.size === "number")
                  d.size = o.longs === String ? String(m.size) : m.size;
                else
                  d.size = o.longs === String ? util.longToDecimal(m.size) : o.longs === Number ? new util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber() : m.size;
              }
              if (m.created_at != null && Object.hasOwnProperty.call(m, "created_at")) {
                d.created_at = types[2].toObject(m.created_at, o, q + 1);
              }
              if (m.updated_at != null && Object.hasOwnProperty.call(m, "updated_at")) {
                d.updated_at = types[3].toObject(m.updated_at, o, q + 1);
              }
              var ks2;
              if (m.labels && (ks2 = Object.keys(m.labels)).length) {
                d.labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.labels, ks2[j]);
                  d.labels[ks2[j]] = m.labels[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.InfoRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(10).string(m.digest);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.InfoRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.digest = "";
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.InfoResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.info != null && Object.hasOwnProperty.call(m, "info"))
                types[0].encode(m.info, w.uint32(10).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.info = types[0].decode(r, r.size(), void 0, q + 1, m.info);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.InfoResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.info != null) {
                if (!util.isObject(d.info))
                  throw TypeError(".containerd.services.content.v1.InfoResponse.info: object expected");
                m.info = types[0].fromObject(d.info, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.info = null;
              }
              if (m.info != null && Object.hasOwnProperty.call(m, "info")) {
                d.info = types[0].toObject(m.info, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.UpdateRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.info != null && Object.hasOwnProperty.call(m, "info"))
                types[0].encode(m.info, w.uint32(10).fork(), q + 1).ldelim();
              if (m.update_mask != null && Object.hasOwnProperty.call(m, "update_mask"))
                types[1].encode(m.update_mask, w.uint32(18).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.info = types[0].decode(r, r.size(), void 0, q + 1, m.info);
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.update_mask = types[1].decode(r, r.size(), void 0, q + 1, m.update_mask);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.UpdateRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.info != null) {
                if (!util.isObject(d.info))
                  throw TypeError(".containerd.services.content.v1.UpdateRequest.info: object expected");
                m.info = types[0].fromObject(d.info, q + 1);
              }
              if (d.update_mask != null) {
                if (!util.isObject(d.update_mask))
                  throw TypeError(".containerd.services.content.v1.UpdateRequest.update_mask: object expected");
                m.update_mask = types[1].fromObject(d.update_mask, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.info = null;
                d.update_mask = null;
              }
              if (m.info != null && Object.hasOwnProperty.call(m, "info")) {
                d.info = types[0].toObject(m.info, o, q + 1);
              }
              if (m.update_mask != null && Object.hasOwnProperty.call(m, "update_mask")) {
                d.update_mask = types[1].toObject(m.update_mask, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.UpdateResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.info != null && Object.hasOwnProperty.call(m, "info"))
                types[0].encode(m.info, w.uint32(10).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.info = types[0].decode(r, r.size(), void 0, q + 1, m.info);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.UpdateResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.info != null) {
                if (!util.isObject(d.info))
                  throw TypeError(".containerd.services.content.v1.UpdateResponse.info: object expected");
                m.info = types[0].fromObject(d.info, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.info = null;
              }
              if (m.info != null && Object.hasOwnProperty.call(m, "info")) {
                d.info = types[0].toObject(m.info, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.ListContentRequest": {
          ctor: () => function(p) {
            this.filters = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.filters != null && m.filters.length) {
                for (var i = 0; i < m.filters.length; ++i)
                  w.uint32(10).string(m.filters[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.filters && m.filters.length))
                      m.filters = [];
                    m.filters.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.ListContentRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.filters) {
                if (!Array.isArray(d.filters))
                  throw TypeError(".containerd.services.content.v1.ListContentRequest.filters: array expected");
                m.filters = Array(d.filters.length);
                for (var i = 0; i < d.filters.length; ++i) {
                  m.filters[i] = String(d.filters[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.filters = [];
              }
              if (m.filters && m.filters.length) {
                d.filters = Array(m.filters.length);
                for (var j = 0; j < m.filters.length; ++j) {
                  d.filters[j] = m.filters[j];
                }
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.ListContentResponse": {
          ctor: () => function(p) {
            this.info = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.info != null && m.info.length) {
                for (var i = 0; i < m.info.length; ++i)
                  types[0].encode(m.info[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.info && m.info.length))
                      m.info = [];
                    m.info.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.ListContentResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.info) {
                if (!Array.isArray(d.info))
                  throw TypeError(".containerd.services.content.v1.ListContentResponse.info: array expected");
                m.info = Array(d.info.length);
                for (var i = 0; i < d.info.length; ++i) {
                  if (!util.isObject(d.info[i]))
                    throw TypeError(".containerd.services.content.v1.ListContentResponse.info: object expected");
                  m.info[i] = types[0].fromObject(d.info[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.info = [];
              }
              if (m.info && m.info.length) {
                d.info = Array(m.info.length);
                for (var j = 0; j < m.info.length; ++j) {
                  d.info[j] = types[0].toObject(m.info[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.DeleteContentRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(10).string(m.digest);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.DeleteContentRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.digest = "";
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.ReadContentRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(10).string(m.digest);
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(16).int64(m.offset);
              if (m.size != null && Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(24).int64(m.size);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.offset = v;
                    else
                      delete m.offset;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.size = v;
                    else
                      delete m.size;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.ReadContentRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : Number(d.offset) !== 0) {
                  if (util.Long)
                    m.offset = util.Long.fromValue(d.offset, false);
                  else if (typeof d.offset === "string")
                    m.offset = parseInt(d.offset, 10);
                  else if (typeof d.offset === "number")
                    m.offset = d.offset;
                  else if (typeof d.offset === "object")
                    m.offset = new util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
                }
              }
              if (d.size != null) {
                if (typeof d.size === "object" ? d.size.low || d.size.high : Number(d.size) !== 0) {
                  if (util.Long)
                    m.size = util.Long.fromValue(d.size, false);
                  else if (typeof d.size === "string")
                    m.size = parseInt(d.size, 10);
                  else if (typeof d.size === "number")
                    m.size = d.size;
                  else if (typeof d.size === "object")
                    m.size = new util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber();
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.digest = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.size = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.size = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.offset = typeof m.offset === "number" ? BigInt(m.offset) : util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                  d.offset = o.longs === String ? String(m.offset) : m.offset;
                else
                  d.offset = o.longs === String ? util.longToDecimal(m.offset) : o.longs === Number ? new util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
              }
              if (m.size != null && Object.hasOwnProperty.call(m, "size")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.size = typeof m.size === "number" ? BigInt(m.size) : util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, false).toBigInt();
                else if (typeof m.size === "number")
                  d.size = o.longs === String ? String(m.size) : m.size;
                else
                  d.size = o.longs === String ? util.longToDecimal(m.size) : o.longs === Number ? new util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber() : m.size;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.ReadContentResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(8).int64(m.offset);
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(18).bytes(m.data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.offset = v;
                    else
                      delete m.offset;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.ReadContentResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : Number(d.offset) !== 0) {
                  if (util.Long)
                    m.offset = util.Long.fromValue(d.offset, false);
                  else if (typeof d.offset === "string")
                    m.offset = parseInt(d.offset, 10);
                  else if (typeof d.offset === "number")
                    m.offset = d.offset;
                  else if (typeof d.offset === "object")
                    m.offset = new util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
                }
              }
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.offset = typeof m.offset === "number" ? BigInt(m.offset) : util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                  d.offset = o.longs === String ? String(m.offset) : m.offset;
                else
                  d.offset = o.longs === String ? util.longToDecimal(m.offset) : o.longs === Number ? new util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.Status": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.started_at != null && Object.hasOwnProperty.call(m, "started_at"))
                types[0].encode(m.started_at, w.uint32(10).fork(), q + 1).ldelim();
              if (m.updated_at != null && Object.hasOwnProperty.call(m, "updated_at"))
                types[1].encode(m.updated_at, w.uint32(18).fork(), q + 1).ldelim();
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(26).string(m.ref);
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(32).int64(m.offset);
              if (m.total != null && Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                w.uint32(40).int64(m.total);
              if (m.expected != null && Object.hasOwnProperty.call(m, "expected") && m.expected !== "")
                w.uint32(50).string(m.expected);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.started_at = types[0].decode(r, r.size(), void 0, q + 1, m.started_at);
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.updated_at = types[1].decode(r, r.size(), void 0, q + 1, m.updated_at);
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ref = v;
                    else
                      delete m.ref;
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.offset = v;
                    else
                      delete m.offset;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.total = v;
                    else
                      delete m.total;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.expected = v;
                    else
                      delete m.expected;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.Status: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.started_at != null) {
                if (!util.isObject(d.started_at))
                  throw TypeError(".containerd.services.content.v1.Status.started_at: object expected");
                m.started_at = types[0].fromObject(d.started_at, q + 1);
              }
              if (d.updated_at != null) {
                if (!util.isObject(d.updated_at))
                  throw TypeError(".containerd.services.content.v1.Status.updated_at: object expected");
                m.updated_at = types[1].fromObject(d.updated_at, q + 1);
              }
              if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                  m.ref = String(d.ref);
                }
              }
              if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : Number(d.offset) !== 0) {
                  if (util.Long)
                    m.offset = util.Long.fromValue(d.offset, false);
                  else if (typeof d.offset === "string")
                    m.offset = parseInt(d.offset, 10);
                  else if (typeof d.offset === "number")
                    m.offset = d.offset;
                  else if (typeof d.offset === "object")
                    m.offset = new util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
                }
              }
              if (d.total != null) {
                if (typeof d.total === "object" ? d.total.low || d.total.high : Number(d.total) !== 0) {
                  if (util.Long)
                    m.total = util.Long.fromValue(d.total, false);
                  else if (typeof d.total === "string")
                    m.total = parseInt(d.total, 10);
                  else if (typeof d.total === "number")
                    m.total = d.total;
                  else if (typeof d.total === "object")
                    m.total = new util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber();
                }
              }
              if (d.expected != null) {
                if (typeof d.expected !== "string" || d.expected.length) {
                  m.expected = String(d.expected);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.started_at = null;
                d.updated_at = null;
                d.ref = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.total = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.total = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.expected = "";
              }
              if (m.started_at != null && Object.hasOwnProperty.call(m, "started_at")) {
                d.started_at = types[0].toObject(m.started_at, o, q + 1);
              }
              if (m.updated_at != null && Object.hasOwnProperty.call(m, "updated_at")) {
                d.updated_at = types[1].toObject(m.updated_at, o, q + 1);
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
              }
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.offset = typeof m.offset === "number" ? BigInt(m.offset) : util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                  d.offset = o.longs === String ? String(m.offset) : m.offset;
                else
                  d.offset = o.longs === String ? util.longToDecimal(m.offset) : o.longs === Number ? new util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
              }
              if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.total = typeof m.total === "number" ? BigInt(m.total) : util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, false).toBigInt();
                else if (typeof m.total === "number")
                  d.total = o.longs === String ? String(m.total) : m.total;
                else
                  d.total = o.longs === String ? util.longToDecimal(m.total) : o.longs === Number ? new util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber() : m.total;
              }
              if (m.expected != null && Object.hasOwnProperty.call(m, "expected")) {
                d.expected = m.expected;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.StatusRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(10).string(m.ref);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ref = v;
                    else
                      delete m.ref;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.StatusRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                  m.ref = String(d.ref);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ref = "";
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.StatusResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.status != null && Object.hasOwnProperty.call(m, "status"))
                types[0].encode(m.status, w.uint32(10).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.status = types[0].decode(r, r.size(), void 0, q + 1, m.status);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.StatusResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.status != null) {
                if (!util.isObject(d.status))
                  throw TypeError(".containerd.services.content.v1.StatusResponse.status: object expected");
                m.status = types[0].fromObject(d.status, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.status = null;
              }
              if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                d.status = types[0].toObject(m.status, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.ListStatusesRequest": {
          ctor: () => function(p) {
            this.filters = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.filters != null && m.filters.length) {
                for (var i = 0; i < m.filters.length; ++i)
                  w.uint32(10).string(m.filters[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.filters && m.filters.length))
                      m.filters = [];
                    m.filters.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.ListStatusesRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.filters) {
                if (!Array.isArray(d.filters))
                  throw TypeError(".containerd.services.content.v1.ListStatusesRequest.filters: array expected");
                m.filters = Array(d.filters.length);
                for (var i = 0; i < d.filters.length; ++i) {
                  m.filters[i] = String(d.filters[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.filters = [];
              }
              if (m.filters && m.filters.length) {
                d.filters = Array(m.filters.length);
                for (var j = 0; j < m.filters.length; ++j) {
                  d.filters[j] = m.filters[j];
                }
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.ListStatusesResponse": {
          ctor: () => function(p) {
            this.statuses = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.statuses != null && m.statuses.length) {
                for (var i = 0; i < m.statuses.length; ++i)
                  types[0].encode(m.statuses[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.statuses && m.statuses.length))
                      m.statuses = [];
                    m.statuses.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.ListStatusesResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.statuses) {
                if (!Array.isArray(d.statuses))
                  throw TypeError(".containerd.services.content.v1.ListStatusesResponse.statuses: array expected");
                m.statuses = Array(d.statuses.length);
                for (var i = 0; i < d.statuses.length; ++i) {
                  if (!util.isObject(d.statuses[i]))
                    throw TypeError(".containerd.services.content.v1.ListStatusesResponse.statuses: object expected");
                  m.statuses[i] = types[0].fromObject(d.statuses[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.statuses = [];
              }
              if (m.statuses && m.statuses.length) {
                d.statuses = Array(m.statuses.length);
                for (var j = 0; j < m.statuses.length; ++j) {
                  d.statuses[j] = types[0].toObject(m.statuses[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.WriteContentRequest": {
          ctor: () => function(p) {
            this.labels = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.action != null && Object.hasOwnProperty.call(m, "action") && m.action !== 0)
                w.uint32(8).int32(m.action);
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(18).string(m.ref);
              if (m.total != null && Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                w.uint32(24).int64(m.total);
              if (m.expected != null && Object.hasOwnProperty.call(m, "expected") && m.expected !== "")
                w.uint32(34).string(m.expected);
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(40).int64(m.offset);
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(50).bytes(m.data);
              if (m.labels != null && Object.hasOwnProperty.call(m, "labels")) {
                for (var ks = Object.keys(m.labels), i = 0; i < ks.length; ++i) {
                  w.uint32(58).fork().uint32(10).string(ks[i]).uint32(18).string(m.labels[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.action = v;
                    else
                      delete m.action;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ref = v;
                    else
                      delete m.ref;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.total = v;
                    else
                      delete m.total;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.expected = v;
                    else
                      delete m.expected;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.offset = v;
                    else
                      delete m.offset;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    if (m.labels === util.emptyObject)
                      m.labels = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.labels, k);
                    m.labels[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.WriteContentRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.action !== 0 && (typeof d.action !== "string" || types[0].values[d.action] !== 0)) {
                switch (d.action) {
                  case "STAT":
                  case 0:
                    m.action = 0;
                    break;
                  case "WRITE":
                  case 1:
                    m.action = 1;
                    break;
                  case "COMMIT":
                  case 2:
                    m.action = 2;
                    break;
                  default:
                    if (typeof d.action === "number" && (d.action | 0) === d.action)
                      m.action = d.action;
                }
              }
              if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                  m.ref = String(d.ref);
                }
              }
              if (d.total != null) {
                if (typeof d.total === "object" ? d.total.low || d.total.high : Number(d.total) !== 0) {
                  if (util.Long)
                    m.total = util.Long.fromValue(d.total, false);
                  else if (typeof d.total === "string")
                    m.total = parseInt(d.total, 10);
                  else if (typeof d.total === "number")
                    m.total = d.total;
                  else if (typeof d.total === "object")
                    m.total = new util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber();
                }
              }
              if (d.expected != null) {
                if (typeof d.expected !== "string" || d.expected.length) {
                  m.expected = String(d.expected);
                }
              }
              if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : Number(d.offset) !== 0) {
                  if (util.Long)
                    m.offset = util.Long.fromValue(d.offset, false);
                  else if (typeof d.offset === "string")
                    m.offset = parseInt(d.offset, 10);
                  else if (typeof d.offset === "number")
                    m.offset = d.offset;
                  else if (typeof d.offset === "object")
                    m.offset = new util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
                }
              }
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              if (d.labels) {
                if (!util.isObject(d.labels))
                  throw TypeError(".containerd.services.content.v1.WriteContentRequest.labels: object expected");
                m.labels = {};
                for (var ks = Object.keys(d.labels), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.labels, ks[i]);
                  m.labels[ks[i]] = String(d.labels[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.labels = {};
              }
              if (o.defaults) {
                d.action = o.enums === String ? "STAT" : 0;
                d.ref = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.total = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.total = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.expected = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                d.action = o.enums === String ? types[0].values[m.action] === void 0 ? m.action : types[0].values[m.action] : m.action;
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
              }
              if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.total = typeof m.total === "number" ? BigInt(m.total) : util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, false).toBigInt();
                else if (typeof m.total === "number")
                  d.total = o.longs === String ? String(m.total) : m.total;
                else
                  d.total = o.longs === String ? util.longToDecimal(m.total) : o.longs === Number ? new util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber() : m.total;
              }
              if (m.expected != null && Object.hasOwnProperty.call(m, "expected")) {
                d.expected = m.expected;
              }
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.offset = typeof m.offset === "number" ? BigInt(m.offset) : util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                  d.offset = o.longs === String ? String(m.offset) : m.offset;
                else
                  d.offset = o.longs === String ? util.longToDecimal(m.offset) : o.longs === Number ? new util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              var ks2;
              if (m.labels && (ks2 = Object.keys(m.labels)).length) {
                d.labels = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.labels, ks2[j]);
                  d.labels[ks2[j]] = m.labels[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.WriteContentResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.action != null && Object.hasOwnProperty.call(m, "action") && m.action !== 0)
                w.uint32(8).int32(m.action);
              if (m.started_at != null && Object.hasOwnProperty.call(m, "started_at"))
                types[1].encode(m.started_at, w.uint32(18).fork(), q + 1).ldelim();
              if (m.updated_at != null && Object.hasOwnProperty.call(m, "updated_at"))
                types[2].encode(m.updated_at, w.uint32(26).fork(), q + 1).ldelim();
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(32).int64(m.offset);
              if (m.total != null && Object.hasOwnProperty.call(m, "total") && (typeof m.total === "object" ? m.total.low || m.total.high : m.total !== 0))
                w.uint32(40).int64(m.total);
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(50).string(m.digest);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.action = v;
                    else
                      delete m.action;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.started_at = types[1].decode(r, r.size(), void 0, q + 1, m.started_at);
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.updated_at = types[2].decode(r, r.size(), void 0, q + 1, m.updated_at);
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.offset = v;
                    else
                      delete m.offset;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.total = v;
                    else
                      delete m.total;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.WriteContentResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.action !== 0 && (typeof d.action !== "string" || types[0].values[d.action] !== 0)) {
                switch (d.action) {
                  case "STAT":
                  case 0:
                    m.action = 0;
                    break;
                  case "WRITE":
                  case 1:
                    m.action = 1;
                    break;
                  case "COMMIT":
                  case 2:
                    m.action = 2;
                    break;
                  default:
                    if (typeof d.action === "number" && (d.action | 0) === d.action)
                      m.action = d.action;
                }
              }
              if (d.started_at != null) {
                if (!util.isObject(d.started_at))
                  throw TypeError(".containerd.services.content.v1.WriteContentResponse.started_at: object expected");
                m.started_at = types[1].fromObject(d.started_at, q + 1);
              }
              if (d.updated_at != null) {
                if (!util.isObject(d.updated_at))
                  throw TypeError(".containerd.services.content.v1.WriteContentResponse.updated_at: object expected");
                m.updated_at = types[2].fromObject(d.updated_at, q + 1);
              }
              if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : Number(d.offset) !== 0) {
                  if (util.Long)
                    m.offset = util.Long.fromValue(d.offset, false);
                  else if (typeof d.offset === "string")
                    m.offset = parseInt(d.offset, 10);
                  else if (typeof d.offset === "number")
                    m.offset = d.offset;
                  else if (typeof d.offset === "object")
                    m.offset = new util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
                }
              }
              if (d.total != null) {
                if (typeof d.total === "object" ? d.total.low || d.total.high : Number(d.total) !== 0) {
                  if (util.Long)
                    m.total = util.Long.fromValue(d.total, false);
                  else if (typeof d.total === "string")
                    m.total = parseInt(d.total, 10);
                  else if (typeof d.total === "number")
                    m.total = d.total;
                  else if (typeof d.total === "object")
                    m.total = new util.LongBits(d.total.low >>> 0, d.total.high >>> 0).toNumber();
                }
              }
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.action = o.enums === String ? "STAT" : 0;
                d.started_at = null;
                d.updated_at = null;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.offset = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.offset = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.total = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.total = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.digest = "";
              }
              if (m.action != null && Object.hasOwnProperty.call(m, "action")) {
                d.action = o.enums === String ? types[0].values[m.action] === void 0 ? m.action : types[0].values[m.action] : m.action;
              }
              if (m.started_at != null && Object.hasOwnProperty.call(m, "started_at")) {
                d.started_at = types[1].toObject(m.started_at, o, q + 1);
              }
              if (m.updated_at != null && Object.hasOwnProperty.call(m, "updated_at")) {
                d.updated_at = types[2].toObject(m.updated_at, o, q + 1);
              }
              if (m.offset != null && Object.hasOwnProperty.call(m, "offset")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.offset = typeof m.offset === "number" ? BigInt(m.offset) : util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                  d.offset = o.longs === String ? String(m.offset) : m.offset;
                else
                  d.offset = o.longs === String ? util.longToDecimal(m.offset) : o.longs === Number ? new util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
              }
              if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.total = typeof m.total === "number" ? BigInt(m.total) : util.Long.fromBits(m.total.low >>> 0, m.total.high >>> 0, false).toBigInt();
                else if (typeof m.total === "number")
                  d.total = o.longs === String ? String(m.total) : m.total;
                else
                  d.total = o.longs === String ? util.longToDecimal(m.total) : o.longs === Number ? new util.LongBits(m.total.low >>> 0, m.total.high >>> 0).toNumber() : m.total;
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              return d;
            }
          ]
        },
        ".containerd.services.content.v1.AbortRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref") && m.ref !== "")
                w.uint32(10).string(m.ref);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ref = v;
                    else
                      delete m.ref;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".containerd.services.content.v1.AbortRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ref != null) {
                if (typeof d.ref !== "string" || d.ref.length) {
                  m.ref = String(d.ref);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ref = "";
              }
              if (m.ref != null && Object.hasOwnProperty.call(m, "ref")) {
                d.ref = m.ref;
              }
              return d;
            }
          ]
        },
        ".google.protobuf.Timestamp": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.seconds != null && Object.hasOwnProperty.call(m, "seconds") && (typeof m.seconds === "object" ? m.seconds.low || m.seconds.high : m.seconds !== 0))
                w.uint32(8).int64(m.seconds);
              if (m.nanos != null && Object.hasOwnProperty.call(m, "nanos") && m.nanos !== 0)
                w.uint32(16).int32(m.nanos);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.seconds = v;
                    else
                      delete m.seconds;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.nanos = v;
                    else
                      delete m.nanos;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".google.protobuf.Timestamp: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.seconds != null) {
                if (typeof d.seconds === "object" ? d.seconds.low || d.seconds.high : Number(d.seconds) !== 0) {
                  if (util.Long)
                    m.seconds = util.Long.fromValue(d.seconds, false);
                  else if (typeof d.seconds === "string")
                    m.seconds = parseInt(d.seconds, 10);
                  else if (typeof d.seconds === "number")
                    m.seconds = d.seconds;
                  else if (typeof d.seconds === "object")
                    m.seconds = new util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                }
              }
              if (d.nanos != null) {
                if (Number(d.nanos) !== 0) {
                  m.nanos = d.nanos | 0;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.seconds = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.seconds = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.nanos = 0;
              }
              if (m.seconds != null && Object.hasOwnProperty.call(m, "seconds")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.seconds = typeof m.seconds === "number" ? BigInt(m.seconds) : util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                else if (typeof m.seconds === "number")
                  d.seconds = o.longs === String ? String(m.seconds) : m.seconds;
                else
                  d.seconds = o.longs === String ? util.longToDecimal(m.seconds) : o.longs === Number ? new util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
              }
              if (m.nanos != null && Object.hasOwnProperty.call(m, "nanos")) {
                d.nanos = m.nanos;
              }
              return d;
            }
          ]
        },
        ".google.protobuf.Empty": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".google.protobuf.Empty: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".google.protobuf.Any": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.type_url != null && Object.hasOwnProperty.call(m, "type_url") && m.type_url !== "")
                w.uint32(10).string(m.type_url);
              if (m.value != null && Object.hasOwnProperty.call(m, "value") && m.value.length)
                w.uint32(18).bytes(m.value);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.type_url = v;
                    else
                      delete m.type_url;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.value = v;
                    else
                      delete m.value;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".google.protobuf.Any: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.type_url != null) {
                if (typeof d.type_url !== "string" || d.type_url.length) {
                  m.type_url = String(d.type_url);
                }
              }
              if (d.value != null) {
                if (d.value.length) {
                  if (typeof d.value === "string")
                    util.base64.decode(d.value, m.value = util.newBuffer(util.base64.length(d.value)), 0);
                  else if (d.value.length >= 0)
                    m.value = d.value;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.type_url = "";
                if (o.bytes === String)
                  d.value = "";
                else {
                  d.value = [];
                  if (o.bytes !== Array)
                    d.value = util.newBuffer(d.value);
                }
              }
              if (m.type_url != null && Object.hasOwnProperty.call(m, "type_url")) {
                d.type_url = m.type_url;
              }
              if (m.value != null && Object.hasOwnProperty.call(m, "value")) {
                d.value = o.bytes === String ? util.base64.encode(m.value, 0, m.value.length) : o.bytes === Array ? Array.prototype.slice.call(m.value) : m.value;
              }
              return d;
            }
          ]
        },
        ".google.protobuf.FieldMask": {
          ctor: () => function(p) {
            this.paths = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.paths != null && m.paths.length) {
                for (var i = 0; i < m.paths.length; ++i)
                  w.uint32(10).string(m.paths[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.paths && m.paths.length))
                      m.paths = [];
                    m.paths.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".google.protobuf.FieldMask: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.paths) {
                if (!Array.isArray(d.paths))
                  throw TypeError(".google.protobuf.FieldMask.paths: array expected");
                m.paths = Array(d.paths.length);
                for (var i = 0; i < d.paths.length; ++i) {
                  m.paths[i] = String(d.paths[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.paths = [];
              }
              if (m.paths && m.paths.length) {
                d.paths = Array(m.paths.length);
                for (var j = 0; j < m.paths.length; ++j) {
                  d.paths[j] = m.paths[j];
                }
              }
              return d;
            }
          ]
        },
        ".google.rpc.Status": {
          ctor: () => function(p) {
            this.details = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.code != null && Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                w.uint32(8).int32(m.code);
              if (m.message != null && Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(18).string(m.message);
              if (m.details != null && m.details.length) {
                for (var i = 0; i < m.details.length; ++i)
                  types[2].encode(m.details[i], w.uint32(26).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.code = v;
                    else
                      delete m.code;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.message = v;
                    else
                      delete m.message;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if (!(m.details && m.details.length))
                      m.details = [];
                    m.details.push(types[2].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".google.rpc.Status: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.code != null) {
                if (Number(d.code) !== 0) {
                  m.code = d.code | 0;
                }
              }
              if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                  m.message = String(d.message);
                }
              }
              if (d.details) {
                if (!Array.isArray(d.details))
                  throw TypeError(".google.rpc.Status.details: array expected");
                m.details = Array(d.details.length);
                for (var i = 0; i < d.details.length; ++i) {
                  if (!util.isObject(d.details[i]))
                    throw TypeError(".google.rpc.Status.details: object expected");
                  m.details[i] = types[2].fromObject(d.details[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.details = [];
              }
              if (o.defaults) {
                d.code = 0;
                d.message = "";
              }
              if (m.code != null && Object.hasOwnProperty.call(m, "code")) {
                d.code = m.code;
              }
              if (m.message != null && Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
              }
              if (m.details && m.details.length) {
                d.details = Array(m.details.length);
                for (var j = 0; j < m.details.length; ++j) {
                  d.details[j] = types[2].toObject(m.details[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".pb.Platform": {
          ctor: () => function(p) {
            this.OSFeatures = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.Architecture != null && Object.hasOwnProperty.call(m, "Architecture") && m.Architecture !== "")
                w.uint32(10).string(m.Architecture);
              if (m.OS != null && Object.hasOwnProperty.call(m, "OS") && m.OS !== "")
                w.uint32(18).string(m.OS);
              if (m.Variant != null && Object.hasOwnProperty.call(m, "Variant") && m.Variant !== "")
                w.uint32(26).string(m.Variant);
              if (m.OSVersion != null && Object.hasOwnProperty.call(m, "OSVersion") && m.OSVersion !== "")
                w.uint32(34).string(m.OSVersion);
              if (m.OSFeatures != null && m.OSFeatures.length) {
                for (var i = 0; i < m.OSFeatures.length; ++i)
                  w.uint32(42).string(m.OSFeatures[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Architecture = v;
                    else
                      delete m.Architecture;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.OS = v;
                    else
                      delete m.OS;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.Variant = v;
                    else
                      delete m.Variant;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.OSVersion = v;
                    else
                      delete m.OSVersion;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if (!(m.OSFeatures && m.OSFeatures.length))
                      m.OSFeatures = [];
                    m.OSFeatures.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Platform: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.Architecture != null) {
                if (typeof d.Architecture !== "string" || d.Architecture.length) {
                  m.Architecture = String(d.Architecture);
                }
              }
              if (d.OS != null) {
                if (typeof d.OS !== "string" || d.OS.length) {
                  m.OS = String(d.OS);
                }
              }
              if (d.Variant != null) {
                if (typeof d.Variant !== "string" || d.Variant.length) {
                  m.Variant = String(d.Variant);
                }
              }
              if (d.OSVersion != null) {
                if (typeof d.OSVersion !== "string" || d.OSVersion.length) {
                  m.OSVersion = String(d.OSVersion);
                }
              }
              if (d.OSFeatures) {
                if (!Array.isArray(d.OSFeatures))
                  throw TypeError(".pb.Platform.OSFeatures: array expected");
                m.OSFeatures = Array(d.OSFeatures.length);
                for (var i = 0; i < d.OSFeatures.length; ++i) {
                  m.OSFeatures[i] = String(d.OSFeatures[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.OSFeatures = [];
              }
              if (o.defaults) {
                d.Architecture = "";
                d.OS = "";
                d.Variant = "";
                d.OSVersion = "";
              }
              if (m.Architecture != null && Object.hasOwnProperty.call(m, "Architecture")) {
                d.Architecture = m.Architecture;
              }
              if (m.OS != null && Object.hasOwnProperty.call(m, "OS")) {
                d.OS = m.OS;
              }
              if (m.Variant != null && Object.hasOwnProperty.call(m, "Variant")) {
                d.Variant = m.Variant;
              }
              if (m.OSVersion != null && Object.hasOwnProperty.call(m, "OSVersion")) {
                d.OSVersion = m.OSVersion;
              }
              if (m.OSFeatures && m.OSFeatures.length) {
                d.OSFeatures = Array(m.OSFeatures.length);
                for (var j = 0; j < m.OSFeatures.length; ++j) {
                  d.OSFeatures[j] = m.OSFeatures[j];
                }
              }
              return d;
            }
          ]
        },
        ".pb.ProgressGroup": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.id != null && Object.hasOwnProperty.call(m, "id") && m.id !== "")
                w.uint32(10).string(m.id);
              if (m.name != null && Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(18).string(m.name);
              if (m.weak != null && Object.hasOwnProperty.call(m, "weak") && m.weak !== false)
                w.uint32(24).bool(m.weak);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.id = v;
                    else
                      delete m.id;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.name = v;
                    else
                      delete m.name;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.weak = v;
                    else
                      delete m.weak;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.ProgressGroup: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.id != null) {
                if (typeof d.id !== "string" || d.id.length) {
                  m.id = String(d.id);
                }
              }
              if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                  m.name = String(d.name);
                }
              }
              if (d.weak != null) {
                if (d.weak) {
                  m.weak = Boolean(d.weak);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.id = "";
                d.name = "";
                d.weak = false;
              }
              if (m.id != null && Object.hasOwnProperty.call(m, "id")) {
                d.id = m.id;
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
              }
              if (m.weak != null && Object.hasOwnProperty.call(m, "weak")) {
                d.weak = m.weak;
              }
              return d;
            }
          ]
        },
        ".pb.Position": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.line != null && Object.hasOwnProperty.call(m, "line") && m.line !== 0)
                w.uint32(8).int32(m.line);
              if (m.character != null && Object.hasOwnProperty.call(m, "character") && m.character !== 0)
                w.uint32(16).int32(m.character);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.line = v;
                    else
                      delete m.line;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.character = v;
                    else
                      delete m.character;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Position: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.line != null) {
                if (Number(d.line) !== 0) {
                  m.line = d.line | 0;
                }
              }
              if (d.character != null) {
                if (Number(d.character) !== 0) {
                  m.character = d.character | 0;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.line = 0;
                d.character = 0;
              }
              if (m.line != null && Object.hasOwnProperty.call(m, "line")) {
                d.line = m.line;
              }
              if (m.character != null && Object.hasOwnProperty.call(m, "character")) {
                d.character = m.character;
              }
              return d;
            }
          ]
        },
        ".pb.Range": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.start != null && Object.hasOwnProperty.call(m, "start"))
                types[0].encode(m.start, w.uint32(10).fork(), q + 1).ldelim();
              if (m.end != null && Object.hasOwnProperty.call(m, "end"))
                types[1].encode(m.end, w.uint32(18).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.start = types[0].decode(r, r.size(), void 0, q + 1, m.start);
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.end = types[1].decode(r, r.size(), void 0, q + 1, m.end);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Range: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.start != null) {
                if (!util.isObject(d.start))
                  throw TypeError(".pb.Range.start: object expected");
                m.start = types[0].fromObject(d.start, q + 1);
              }
              if (d.end != null) {
                if (!util.isObject(d.end))
                  throw TypeError(".pb.Range.end: object expected");
                m.end = types[1].fromObject(d.end, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.start = null;
                d.end = null;
              }
              if (m.start != null && Object.hasOwnProperty.call(m, "start")) {
                d.start = types[0].toObject(m.start, o, q + 1);
              }
              if (m.end != null && Object.hasOwnProperty.call(m, "end")) {
                d.end = types[1].toObject(m.end, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".pb.SourceInfo": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.filename != null && Object.hasOwnProperty.call(m, "filename") && m.filename !== "")
                w.uint32(10).string(m.filename);
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(18).bytes(m.data);
              if (m.definition != null && Object.hasOwnProperty.call(m, "definition") && m.definition.length)
                w.uint32(26).bytes(m.definition);
              if (m.language != null && Object.hasOwnProperty.call(m, "language") && m.language !== "")
                w.uint32(34).string(m.language);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.filename = v;
                    else
                      delete m.filename;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.definition = v;
                    else
                      delete m.definition;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.language = v;
                    else
                      delete m.language;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.SourceInfo: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.filename != null) {
                if (typeof d.filename !== "string" || d.filename.length) {
                  m.filename = String(d.filename);
                }
              }
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              if (d.definition != null) {
                if (d.definition.length) {
                  if (typeof d.definition === "string")
                    util.base64.decode(d.definition, m.definition = util.newBuffer(util.base64.length(d.definition)), 0);
                  else if (d.definition.length >= 0)
                    m.definition = d.definition;
                }
              }
              if (d.language != null) {
                if (typeof d.language !== "string" || d.language.length) {
                  m.language = String(d.language);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.filename = "";
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
                if (o.bytes === String)
                  d.definition = "";
                else {
                  d.definition = [];
                  if (o.bytes !== Array)
                    d.definition = util.newBuffer(d.definition);
                }
                d.language = "";
              }
              if (m.filename != null && Object.hasOwnProperty.call(m, "filename")) {
                d.filename = m.filename;
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              if (m.definition != null && Object.hasOwnProperty.call(m, "definition")) {
                d.definition = o.bytes === String ? util.base64.encode(m.definition, 0, m.definition.length) : o.bytes === Array ? Array.prototype.slice.call(m.definition) : m.definition;
              }
              if (m.language != null && Object.hasOwnProperty.call(m, "language")) {
                d.language = m.language;
              }
              return d;
            }
          ]
        },
        ".pb.Op": {
          ctor: () => function(p) {
            this.inputs = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.inputs != null && m.inputs.length) {
                for (var i = 0; i < m.inputs.length; ++i)
                  types[0].encode(m.inputs[i], w.uint32(10).fork(), q + 1).ldelim();
              }
              if (m.exec != null && Object.hasOwnProperty.call(m, "exec"))
                types[1].encode(m.exec, w.uint32(18).fork(), q + 1).ldelim();
              if (m.source != null && Object.hasOwnProperty.call(m, "source"))
                types[2].encode(m.source, w.uint32(26).fork(), q + 1).ldelim();
              if (m.file != null && Object.hasOwnProperty.call(m, "file"))
                types[3].encode(m.file, w.uint32(34).fork(), q + 1).ldelim();
              if (m.platform != null && Object.hasOwnProperty.call(m, "platform"))
                types[4].encode(m.platform, w.uint32(82).fork(), q + 1).ldelim();
              if (m.constraints != null && Object.hasOwnProperty.call(m, "constraints"))
                types[5].encode(m.constraints, w.uint32(90).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.inputs && m.inputs.length))
                      m.inputs = [];
                    m.inputs.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.exec = types[1].decode(r, r.size(), void 0, q + 1, m.exec);
                    m.op = "exec";
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.source = types[2].decode(r, r.size(), void 0, q + 1, m.source);
                    m.op = "source";
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    m.file = types[3].decode(r, r.size(), void 0, q + 1, m.file);
                    m.op = "file";
                    continue;
                  }
                  case 10: {
                    if (u !== 2)
                      break;
                    m.platform = types[4].decode(r, r.size(), void 0, q + 1, m.platform);
                    continue;
                  }
                  case 11: {
                    if (u !== 2)
                      break;
                    m.constraints = types[5].decode(r, r.size(), void 0, q + 1, m.constraints);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Op: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.inputs) {
                if (!Array.isArray(d.inputs))
                  throw TypeError(".pb.Op.inputs: array expected");
                m.inputs = Array(d.inputs.length);
                for (var i = 0; i < d.inputs.length; ++i) {
                  if (!util.isObject(d.inputs[i]))
                    throw TypeError(".pb.Op.inputs: object expected");
                  m.inputs[i] = types[0].fromObject(d.inputs[i], q + 1);
                }
              }
              if (d.exec != null) {
                if (!util.isObject(d.exec))
                  throw TypeError(".pb.Op.exec: object expected");
                m.exec = types[1].fromObject(d.exec, q + 1);
              }
              if (d.source != null) {
                if (!util.isObject(d.source))
                  throw TypeError(".pb.Op.source: object expected");
                m.source = types[2].fromObject(d.source, q + 1);
              }
              if (d.file != null) {
                if (!util.isObject(d.file))
                  throw TypeError(".pb.Op.file: object expected");
                m.file = types[3].fromObject(d.file, q + 1);
              }
              if (d.platform != null) {
                if (!util.isObject(d.platform))
                  throw TypeError(".pb.Op.platform: object expected");
                m.platform = types[4].fromObject(d.platform, q + 1);
              }
              if (d.constraints != null) {
                if (!util.isObject(d.constraints))
                  throw TypeError(".pb.Op.constraints: object expected");
                m.constraints = types[5].fromObject(d.constraints, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.inputs = [];
              }
              if (o.defaults) {
                d.platform = null;
                d.constraints = null;
              }
              if (m.inputs && m.inputs.length) {
                d.inputs = Array(m.inputs.length);
                for (var j = 0; j < m.inputs.length; ++j) {
                  d.inputs[j] = types[0].toObject(m.inputs[j], o, q + 1);
                }
              }
              if (m.exec != null && Object.hasOwnProperty.call(m, "exec")) {
                d.exec = types[1].toObject(m.exec, o, q + 1);
                if (o.oneofs)
                  d.op = "exec";
              }
              if (m.source != null && Object.hasOwnProperty.call(m, "source")) {
                d.source = types[2].toObject(m.source, o, q + 1);
                if (o.oneofs)
                  d.op = "source";
              }
              if (m.file != null && Object.hasOwnProperty.call(m, "file")) {
                d.file = types[3].toObject(m.file, o, q + 1);
                if (o.oneofs)
                  d.op = "file";
              }
              if (m.platform != null && Object.hasOwnProperty.call(m, "platform")) {
                d.platform = types[4].toObject(m.platform, o, q + 1);
              }
              if (m.constraints != null && Object.hasOwnProperty.call(m, "constraints")) {
                d.constraints = types[5].toObject(m.constraints, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".pb.WorkerConstraints": {
          ctor: () => function(p) {
            this.filter = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.filter != null && m.filter.length) {
                for (var i = 0; i < m.filter.length; ++i)
                  w.uint32(10).string(m.filter[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.filter && m.filter.length))
                      m.filter = [];
                    m.filter.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.WorkerConstraints: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.filter) {
                if (!Array.isArray(d.filter))
                  throw TypeError(".pb.WorkerConstraints.filter: array expected");
                m.filter = Array(d.filter.length);
                for (var i = 0; i < d.filter.length; ++i) {
                  m.filter[i] = String(d.filter[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.filter = [];
              }
              if (m.filter && m.filter.length) {
                d.filter = Array(m.filter.length);
                for (var j = 0; j < m.filter.length; ++j) {
                  d.filter[j] = m.filter[j];
                }
              }
              return d;
            }
          ]
        },
        ".pb.ExecOp": {
          ctor: () => function(p) {
            this.mounts = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.meta != null && Object.hasOwnProperty.call(m, "meta"))
                types[0].encode(m.meta, w.uint32(10).fork(), q + 1).ldelim();
              if (m.mounts != null && m.mounts.length) {
                for (var i = 0; i < m.mounts.length; ++i)
                  types[1].encode(m.mounts[i], w.uint32(18).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.meta = types[0].decode(r, r.size(), void 0, q + 1, m.meta);
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.mounts && m.mounts.length))
                      m.mounts = [];
                    m.mounts.push(types[1].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.ExecOp: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.meta != null) {
                if (!util.isObject(d.meta))
                  throw TypeError(".pb.ExecOp.meta: object expected");
                m.meta = types[0].fromObject(d.meta, q + 1);
              }
              if (d.mounts) {
                if (!Array.isArray(d.mounts))
                  throw TypeError(".pb.ExecOp.mounts: array expected");
                m.mounts = Array(d.mounts.length);
                for (var i = 0; i < d.mounts.length; ++i) {
                  if (!util.isObject(d.mounts[i]))
                    throw TypeError(".pb.ExecOp.mounts: object expected");
                  m.mounts[i] = types[1].fromObject(d.mounts[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.mounts = [];
              }
              if (o.defaults) {
                d.meta = null;
              }
              if (m.meta != null && Object.hasOwnProperty.call(m, "meta")) {
                d.meta = types[0].toObject(m.meta, o, q + 1);
              }
              if (m.mounts && m.mounts.length) {
                d.mounts = Array(m.mounts.length);
                for (var j = 0; j < m.mounts.length; ++j) {
                  d.mounts[j] = types[1].toObject(m.mounts[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".pb.Meta": {
          ctor: () => function(p) {
            this.args = [];
            this.env = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.args != null && m.args.length) {
                for (var i = 0; i < m.args.length; ++i)
                  w.uint32(10).string(m.args[i]);
              }
              if (m.env != null && m.env.length) {
                for (var i = 0; i < m.env.length; ++i)
                  w.uint32(18).string(m.env[i]);
              }
              if (m.cwd != null && Object.hasOwnProperty.call(m, "cwd") && m.cwd !== "")
                w.uint32(26).string(m.cwd);
              if (m.user != null && Object.hasOwnProperty.call(m, "user") && m.user !== "")
                w.uint32(34).string(m.user);
              if (m.removeMountStubsRecursive != null && Object.hasOwnProperty.call(m, "removeMountStubsRecursive") && m.removeMountStubsRecursive !== false)
                w.uint32(88).bool(m.removeMountStubsRecursive);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.args && m.args.length))
                      m.args = [];
                    m.args.push(r.stringVerify());
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.env && m.env.length))
                      m.env = [];
                    m.env.push(r.stringVerify());
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.cwd = v;
                    else
                      delete m.cwd;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.user = v;
                    else
                      delete m.user;
                    continue;
                  }
                  case 11: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.removeMountStubsRecursive = v;
                    else
                      delete m.removeMountStubsRecursive;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Meta: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.args) {
                if (!Array.isArray(d.args))
                  throw TypeError(".pb.Meta.args: array expected");
                m.args = Array(d.args.length);
                for (var i = 0; i < d.args.length; ++i) {
                  m.args[i] = String(d.args[i]);
                }
              }
              if (d.env) {
                if (!Array.isArray(d.env))
                  throw TypeError(".pb.Meta.env: array expected");
                m.env = Array(d.env.length);
                for (var i = 0; i < d.env.length; ++i) {
                  m.env[i] = String(d.env[i]);
                }
              }
              if (d.cwd != null) {
                if (typeof d.cwd !== "string" || d.cwd.length) {
                  m.cwd = String(d.cwd);
                }
              }
              if (d.user != null) {
                if (typeof d.user !== "string" || d.user.length) {
                  m.user = String(d.user);
                }
              }
              if (d.removeMountStubsRecursive != null) {
                if (d.removeMountStubsRecursive) {
                  m.removeMountStubsRecursive = Boolean(d.removeMountStubsRecursive);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.args = [];
                d.env = [];
              }
              if (o.defaults) {
                d.cwd = "";
                d.user = "";
                d.removeMountStubsRecursive = false;
              }
              if (m.args && m.args.length) {
                d.args = Array(m.args.length);
                for (var j = 0; j < m.args.length; ++j) {
                  d.args[j] = m.args[j];
                }
              }
              if (m.env && m.env.length) {
                d.env = Array(m.env.length);
                for (var j = 0; j < m.env.length; ++j) {
                  d.env[j] = m.env[j];
                }
              }
              if (m.cwd != null && Object.hasOwnProperty.call(m, "cwd")) {
                d.cwd = m.cwd;
              }
              if (m.user != null && Object.hasOwnProperty.call(m, "user")) {
                d.user = m.user;
              }
              if (m.removeMountStubsRecursive != null && Object.hasOwnProperty.call(m, "removeMountStubsRecursive")) {
                d.removeMountStubsRecursive = m.removeMountStubsRecursive;
              }
              return d;
            }
          ]
        },
        ".pb.Mount": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.input != null && Object.hasOwnProperty.call(m, "input") && (typeof m.input === "object" ? m.input.low || m.input.high : m.input !== 0))
                w.uint32(8).int64(m.input);
              if (m.selector != null && Object.hasOwnProperty.call(m, "selector") && m.selector !== "")
                w.uint32(18).string(m.selector);
              if (m.dest != null && Object.hasOwnProperty.call(m, "dest") && m.dest !== "")
                w.uint32(26).string(m.dest);
              if (m.output != null && Object.hasOwnProperty.call(m, "output") && (typeof m.output === "object" ? m.output.low || m.output.high : m.output !== 0))
                w.uint32(32).int64(m.output);
              if (m.readonly != null && Object.hasOwnProperty.call(m, "readonly") && m.readonly !== false)
                w.uint32(40).bool(m.readonly);
              if (m.mountType != null && Object.hasOwnProperty.call(m, "mountType") && m.mountType !== 0)
                w.uint32(48).int32(m.mountType);
              if (m.cacheOpt != null && Object.hasOwnProperty.call(m, "cacheOpt"))
                types[6].encode(m.cacheOpt, w.uint32(162).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.input = v;
                    else
                      delete m.input;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.selector = v;
                    else
                      delete m.selector;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.dest = v;
                    else
                      delete m.dest;
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.output = v;
                    else
                      delete m.output;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.readonly = v;
                    else
                      delete m.readonly;
                    continue;
                  }
                  case 6: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.mountType = v;
                    else
                      delete m.mountType;
                    continue;
                  }
                  case 20: {
                    if (u !== 2)
                      break;
                    m.cacheOpt = types[6].decode(r, r.size(), void 0, q + 1, m.cacheOpt);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Mount: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.input != null) {
                if (typeof d.input === "object" ? d.input.low || d.input.high : Number(d.input) !== 0) {
                  if (util.Long)
                    m.input = util.Long.fromValue(d.input, false);
                  else if (typeof d.input === "string")
                    m.input = parseInt(d.input, 10);
                  else if (typeof d.input === "number")
                    m.input = d.input;
                  else if (typeof d.input === "object")
                    m.input = new util.LongBits(d.input.low >>> 0, d.input.high >>> 0).toNumber();
                }
              }
              if (d.selector != null) {
                if (typeof d.selector !== "string" || d.selector.length) {
                  m.selector = String(d.selector);
                }
              }
              if (d.dest != null) {
                if (typeof d.dest !== "string" || d.dest.length) {
                  m.dest = String(d.dest);
                }
              }
              if (d.output != null) {
                if (typeof d.output === "object" ? d.output.low || d.output.high : Number(d.output) !== 0) {
                  if (util.Long)
                    m.output = util.Long.fromValue(d.output, false);
                  else if (typeof d.output === "string")
                    m.output = parseInt(d.output, 10);
                  else if (typeof d.output === "number")
                    m.output = d.output;
                  else if (typeof d.output === "object")
                    m.output = new util.LongBits(d.output.low >>> 0, d.output.high >>> 0).toNumber();
                }
              }
              if (d.readonly != null) {
                if (d.readonly) {
                  m.readonly = Boolean(d.readonly);
                }
              }
              if (d.mountType !== 0 && (typeof d.mountType !== "string" || types[5].values[d.mountType] !== 0)) {
                switch (d.mountType) {
                  case "BIND":
                  case 0:
                    m.mountType = 0;
                    break;
                  case "SECRET":
                  case 1:
                    m.mountType = 1;
                    break;
                  case "SSH":
                  case 2:
                    m.mountType = 2;
                    break;
                  case "CACHE":
                  case 3:
                    m.mountType = 3;
                    break;
                  case "TMPFS":
                  case 4:
                    m.mountType = 4;
                    break;
                  default:
                    if (typeof d.mountType === "number" && (d.mountType | 0) === d.mountType)
                      m.mountType = d.mountType;
                }
              }
              if (d.cacheOpt != null) {
                if (!util.isObject(d.cacheOpt))
                  throw TypeError(".pb.Mount.cacheOpt: object expected");
                m.cacheOpt = types[6].fromObject(d.cacheOpt, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.input = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.input = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.selector = "";
                d.dest = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.output = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.output = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.readonly = false;
                d.mountType = o.enums === String ? "BIND" : 0;
                d.cacheOpt = null;
              }
              if (m.input != null && Object.hasOwnProperty.call(m, "input")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.input = typeof m.input === "number" ? BigInt(m.input) : util.Long.fromBits(m.input.low >>> 0, m.input.high >>> 0, false).toBigInt();
                else if (typeof m.input === "number")
                  d.input = o.longs === String ? String(m.input) : m.input;
                else
                  d.input = o.longs === String ? util.longToDecimal(m.input) : o.longs === Number ? new util.LongBits(m.input.low >>> 0, m.input.high >>> 0).toNumber() : m.input;
              }
              if (m.selector != null && Object.hasOwnProperty.call(m, "selector")) {
                d.selector = m.selector;
              }
              if (m.dest != null && Object.hasOwnProperty.call(m, "dest")) {
                d.dest = m.dest;
              }
              if (m.output != null && Object.hasOwnProperty.call(m, "output")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.output = typeof m.output === "number" ? BigInt(m.output) : util.Long.fromBits(m.output.low >>> 0, m.output.high >>> 0, false).toBigInt();
                else if (typeof m.output === "number")
                  d.output = o.longs === String ? String(m.output) : m.output;
                else
                  d.output = o.longs === String ? util.longToDecimal(m.output) : o.longs === Number ? new util.LongBits(m.output.low >>> 0, m.output.high >>> 0).toNumber() : m.output;
              }
              if (m.readonly != null && Object.hasOwnProperty.call(m, "readonly")) {
                d.readonly = m.readonly;
              }
              if (m.mountType != null && Object.hasOwnProperty.call(m, "mountType")) {
                d.mountType = o.enums === String ? types[5].values[m.mountType] === void 0 ? m.mountType : types[5].values[m.mountType] : m.mountType;
              }
              if (m.cacheOpt != null && Object.hasOwnProperty.call(m, "cacheOpt")) {
                d.cacheOpt = types[6].toObject(m.cacheOpt, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".pb.CacheOpt": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== "")
                w.uint32(10).string(m.ID);
              if (m.sharing != null && Object.hasOwnProperty.call(m, "sharing") && m.sharing !== 0)
                w.uint32(16).int32(m.sharing);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.sharing = v;
                    else
                      delete m.sharing;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.CacheOpt: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ID != null) {
                if (typeof d.ID !== "string" || d.ID.length) {
                  m.ID = String(d.ID);
                }
              }
              if (d.sharing !== 0 && (typeof d.sharing !== "string" || types[1].values[d.sharing] !== 0)) {
                switch (d.sharing) {
                  case "SHARED":
                  case 0:
                    m.sharing = 0;
                    break;
                  case "PRIVATE":
                  case 1:
                    m.sharing = 1;
                    break;
                  case "LOCKED":
                  case 2:
                    m.sharing = 2;
                    break;
                  default:
                    if (typeof d.sharing === "number" && (d.sharing | 0) === d.sharing)
                      m.sharing = d.sharing;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.ID = "";
                d.sharing = o.enums === String ? "SHARED" : 0;
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              if (m.sharing != null && Object.hasOwnProperty.call(m, "sharing")) {
                d.sharing = o.enums === String ? types[1].values[m.sharing] === void 0 ? m.sharing : types[1].values[m.sharing] : m.sharing;
              }
              return d;
            }
          ]
        },
        ".pb.FileOp": {
          ctor: () => function(p) {
            this.actions = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.actions != null && m.actions.length) {
                for (var i = 0; i < m.actions.length; ++i)
                  types[0].encode(m.actions[i], w.uint32(18).fork(), q + 1).ldelim();
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 2: {
                    if (u !== 2)
                      break;
                    if (!(m.actions && m.actions.length))
                      m.actions = [];
                    m.actions.push(types[0].decode(r, r.size(), void 0, q + 1));
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.FileOp: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.actions) {
                if (!Array.isArray(d.actions))
                  throw TypeError(".pb.FileOp.actions: array expected");
                m.actions = Array(d.actions.length);
                for (var i = 0; i < d.actions.length; ++i) {
                  if (!util.isObject(d.actions[i]))
                    throw TypeError(".pb.FileOp.actions: object expected");
                  m.actions[i] = types[0].fromObject(d.actions[i], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.actions = [];
              }
              if (m.actions && m.actions.length) {
                d.actions = Array(m.actions.length);
                for (var j = 0; j < m.actions.length; ++j) {
                  d.actions[j] = types[0].toObject(m.actions[j], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".pb.FileAction": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.input != null && Object.hasOwnProperty.call(m, "input") && (typeof m.input === "object" ? m.input.low || m.input.high : m.input !== 0))
                w.uint32(8).int64(m.input);
              if (m.secondaryInput != null && Object.hasOwnProperty.call(m, "secondaryInput") && (typeof m.secondaryInput === "object" ? m.secondaryInput.low || m.secondaryInput.high : m.secondaryInput !== 0))
                w.uint32(16).int64(m.secondaryInput);
              if (m.output != null && Object.hasOwnProperty.call(m, "output") && (typeof m.output === "object" ? m.output.low || m.output.high : m.output !== 0))
                w.uint32(24).int64(m.output);
              if (m.copy != null && Object.hasOwnProperty.call(m, "copy"))
                types[3].encode(m.copy, w.uint32(34).fork(), q + 1).ldelim();
              if (m.mkdir != null && Object.hasOwnProperty.call(m, "mkdir"))
                types[4].encode(m.mkdir, w.uint32(50).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.input = v;
                    else
                      delete m.input;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.secondaryInput = v;
                    else
                      delete m.secondaryInput;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.output = v;
                    else
                      delete m.output;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    m.copy = types[3].decode(r, r.size(), void 0, q + 1, m.copy);
                    m.action = "copy";
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    m.mkdir = types[4].decode(r, r.size(), void 0, q + 1, m.mkdir);
                    m.action = "mkdir";
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.FileAction: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.input != null) {
                if (typeof d.input === "object" ? d.input.low || d.input.high : Number(d.input) !== 0) {
                  if (util.Long)
                    m.input = util.Long.fromValue(d.input, false);
                  else if (typeof d.input === "string")
                    m.input = parseInt(d.input, 10);
                  else if (typeof d.input === "number")
                    m.input = d.input;
                  else if (typeof d.input === "object")
                    m.input = new util.LongBits(d.input.low >>> 0, d.input.high >>> 0).toNumber();
                }
              }
              if (d.secondaryInput != null) {
                if (typeof d.secondaryInput === "object" ? d.secondaryInput.low || d.secondaryInput.high : Number(d.secondaryInput) !== 0) {
                  if (util.Long)
                    m.secondaryInput = util.Long.fromValue(d.secondaryInput, false);
                  else if (typeof d.secondaryInput === "string")
                    m.secondaryInput = parseInt(d.secondaryInput, 10);
                  else if (typeof d.secondaryInput === "number")
                    m.secondaryInput = d.secondaryInput;
                  else if (typeof d.secondaryInput === "object")
                    m.secondaryInput = new util.LongBits(d.secondaryInput.low >>> 0, d.secondaryInput.high >>> 0).toNumber();
                }
              }
              if (d.output != null) {
                if (typeof d.output === "object" ? d.output.low || d.output.high : Number(d.output) !== 0) {
                  if (util.Long)
                    m.output = util.Long.fromValue(d.output, false);
                  else if (typeof d.output === "string")
                    m.output = parseInt(d.output, 10);
                  else if (typeof d.output === "number")
                    m.output = d.output;
                  else if (typeof d.output === "object")
                    m.output = new util.LongBits(d.output.low >>> 0, d.output.high >>> 0).toNumber();
                }
              }
              if (d.copy != null) {
                if (!util.isObject(d.copy))
                  throw TypeError(".pb.FileAction.copy: object expected");
                m.copy = types[3].fromObject(d.copy, q + 1);
              }
              if (d.mkdir != null) {
                if (!util.isObject(d.mkdir))
                  throw TypeError(".pb.FileAction.mkdir: object expected");
                m.mkdir = types[4].fromObject(d.mkdir, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.input = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.input = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.secondaryInput = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.secondaryInput = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.output = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.output = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.input != null && Object.hasOwnProperty.call(m, "input")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.input = typeof m.input === "number" ? BigInt(m.input) : util.Long.fromBits(m.input.low >>> 0, m.input.high >>> 0, false).toBigInt();
                else if (typeof m.input === "number")
                  d.input = o.longs === String ? String(m.input) : m.input;
                else
                  d.input = o.longs === String ? util.longToDecimal(m.input) : o.longs === Number ? new util.LongBits(m.input.low >>> 0, m.input.high >>> 0).toNumber() : m.input;
              }
              if (m.secondaryInput != null && Object.hasOwnProperty.call(m, "secondaryInput")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.secondaryInput = typeof m.secondaryInput === "number" ? BigInt(m.secondaryInput) : util.Long.fromBits(m.secondaryInput.low >>> 0, m.secondaryInput.high >>> 0, false).toBigInt();
                else if (typeof m.secondaryInput === "number")
                  d.secondaryInput = o.longs === String ? String(m.secondaryInput) : m.secondaryInput;
                else
                  d.secondaryInput = o.longs === String ? util.longToDecimal(m.secondaryInput) : o.longs === Number ? new util.LongBits(m.secondaryInput.low >>> 0, m.secondaryInput.high >>> 0).toNumber() : m.secondaryInput;
              }
              if (m.output != null && Object.hasOwnProperty.call(m, "output")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.output = typeof m.output === "number" ? BigInt(m.output) : util.Long.fromBits(m.output.low >>> 0, m.output.high >>> 0, false).toBigInt();
                else if (typeof m.output === "number")
                  d.output = o.longs === String ? String(m.output) : m.output;
                else
                  d.output = o.longs === String ? util.longToDecimal(m.output) : o.longs === Number ? new util.LongBits(m.output.low >>> 0, m.output.high >>> 0).toNumber() : m.output;
              }
              if (m.copy != null && Object.hasOwnProperty.call(m, "copy")) {
                d.copy = types[3].toObject(m.copy, o, q + 1);
                if (o.oneofs)
                  d.action = "copy";
              }
              if (m.mkdir != null && Object.hasOwnProperty.call(m, "mkdir")) {
                d.mkdir = types[4].toObject(m.mkdir, o, q + 1);
                if (o.oneofs)
                  d.action = "mkdir";
              }
              return d;
            }
          ]
        },
        ".pb.FileActionCopy": {
          ctor: () => function(p) {
            this.include_patterns = [];
            this.exclude_patterns = [];
            this.required_paths = [];
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.src != null && Object.hasOwnProperty.call(m, "src") && m.src !== "")
                w.uint32(10).string(m.src);
              if (m.dest != null && Object.hasOwnProperty.call(m, "dest") && m.dest !== "")
                w.uint32(18).string(m.dest);
              if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                types[2].encode(m.owner, w.uint32(26).fork(), q + 1).ldelim();
              if (m.mode != null && Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                w.uint32(32).int32(m.mode);
              if (m.followSymlink != null && Object.hasOwnProperty.call(m, "followSymlink") && m.followSymlink !== false)
                w.uint32(40).bool(m.followSymlink);
              if (m.dirCopyContents != null && Object.hasOwnProperty.call(m, "dirCopyContents") && m.dirCopyContents !== false)
                w.uint32(48).bool(m.dirCopyContents);
              if (m.attemptUnpackDockerCompatibility != null && Object.hasOwnProperty.call(m, "attemptUnpackDockerCompatibility") && m.attemptUnpackDockerCompatibility !== false)
                w.uint32(56).bool(m.attemptUnpackDockerCompatibility);
              if (m.createDestPath != null && Object.hasOwnProperty.call(m, "createDestPath") && m.createDestPath !== false)
                w.uint32(64).bool(m.createDestPath);
              if (m.allowWildcard != null && Object.hasOwnProperty.call(m, "allowWildcard") && m.allowWildcard !== false)
                w.uint32(72).bool(m.allowWildcard);
              if (m.allowEmptyWildcard != null && Object.hasOwnProperty.call(m, "allowEmptyWildcard") && m.allowEmptyWildcard !== false)
                w.uint32(80).bool(m.allowEmptyWildcard);
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                w.uint32(88).int64(m.timestamp);
              if (m.include_patterns != null && m.include_patterns.length) {
                for (var i = 0; i < m.include_patterns.length; ++i)
                  w.uint32(98).string(m.include_patterns[i]);
              }
              if (m.exclude_patterns != null && m.exclude_patterns.length) {
                for (var i = 0; i < m.exclude_patterns.length; ++i)
                  w.uint32(106).string(m.exclude_patterns[i]);
              }
              if (m.alwaysReplaceExistingDestPaths != null && Object.hasOwnProperty.call(m, "alwaysReplaceExistingDestPaths") && m.alwaysReplaceExistingDestPaths !== false)
                w.uint32(112).bool(m.alwaysReplaceExistingDestPaths);
              if (m.modeStr != null && Object.hasOwnProperty.call(m, "modeStr") && m.modeStr !== "")
                w.uint32(122).string(m.modeStr);
              if (m.required_paths != null && m.required_paths.length) {
                for (var i = 0; i < m.required_paths.length; ++i)
                  w.uint32(130).string(m.required_paths[i]);
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.src = v;
                    else
                      delete m.src;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.dest = v;
                    else
                      delete m.dest;
                    continue;
                  }
                  case 3: {
                    if (u !== 2)
                      break;
                    m.owner = types[2].decode(r, r.size(), void 0, q + 1, m.owner);
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.mode = v;
                    else
                      delete m.mode;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.followSymlink = v;
                    else
                      delete m.followSymlink;
                    continue;
                  }
                  case 6: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.dirCopyContents = v;
                    else
                      delete m.dirCopyContents;
                    continue;
                  }
                  case 7: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.attemptUnpackDockerCompatibility = v;
                    else
                      delete m.attemptUnpackDockerCompatibility;
                    continue;
                  }
                  case 8: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.createDestPath = v;
                    else
                      delete m.createDestPath;
                    continue;
                  }
                  case 9: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.allowWildcard = v;
                    else
                      delete m.allowWildcard;
                    continue;
                  }
                  case 10: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.allowEmptyWildcard = v;
                    else
                      delete m.allowEmptyWildcard;
                    continue;
                  }
                  case 11: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.timestamp = v;
                    else
                      delete m.timestamp;
                    continue;
                  }
                  case 12: {
                    if (u !== 2)
                      break;
                    if (!(m.include_patterns && m.include_patterns.length))
                      m.include_patterns = [];
                    m.include_patterns.push(r.stringVerify());
                    continue;
                  }
                  case 13: {
                    if (u !== 2)
                      break;
                    if (!(m.exclude_patterns && m.exclude_patterns.length))
                      m.exclude_patterns = [];
                    m.exclude_patterns.push(r.stringVerify());
                    continue;
                  }
                  case 14: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.alwaysReplaceExistingDestPaths = v;
                    else
                      delete m.alwaysReplaceExistingDestPaths;
                    continue;
                  }
                  case 15: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.modeStr = v;
                    else
                      delete m.modeStr;
                    continue;
                  }
                  case 16: {
                    if (u !== 2)
                      break;
                    if (!(m.required_paths && m.required_paths.length))
                      m.required_paths = [];
                    m.required_paths.push(r.stringVerify());
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.FileActionCopy: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.src != null) {
                if (typeof d.src !== "string" || d.src.length) {
                  m.src = String(d.src);
                }
              }
              if (d.dest != null) {
                if (typeof d.dest !== "string" || d.dest.length) {
                  m.dest = String(d.dest);
                }
              }
              if (d.owner != null) {
                if (!util.isObject(d.owner))
                  throw TypeError(".pb.FileActionCopy.owner: object expected");
                m.owner = types[2].fromObject(d.owner, q + 1);
              }
              if (d.mode != null) {
                if (Number(d.mode) !== 0) {
                  m.mode = d.mode | 0;
                }
              }
              if (d.followSymlink != null) {
                if (d.followSymlink) {
                  m.followSymlink = Boolean(d.followSymlink);
                }
              }
              if (d.dirCopyContents != null) {
                if (d.dirCopyContents) {
                  m.dirCopyContents = Boolean(d.dirCopyContents);
                }
              }
              if (d.attemptUnpackDockerCompatibility != null) {
                if (d.attemptUnpackDockerCompatibility) {
                  m.attemptUnpackDockerCompatibility = Boolean(d.attemptUnpackDockerCompatibility);
                }
              }
              if (d.createDestPath != null) {
                if (d.createDestPath) {
                  m.createDestPath = Boolean(d.createDestPath);
                }
              }
              if (d.allowWildcard != null) {
                if (d.allowWildcard) {
                  m.allowWildcard = Boolean(d.allowWildcard);
                }
              }
              if (d.allowEmptyWildcard != null) {
                if (d.allowEmptyWildcard) {
                  m.allowEmptyWildcard = Boolean(d.allowEmptyWildcard);
                }
              }
              if (d.timestamp != null) {
                if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : Number(d.timestamp) !== 0) {
                  if (util.Long)
                    m.timestamp = util.Long.fromValue(d.timestamp, false);
                  else if (typeof d.timestamp === "string")
                    m.timestamp = parseInt(d.timestamp, 10);
                  else if (typeof d.timestamp === "number")
                    m.timestamp = d.timestamp;
                  else if (typeof d.timestamp === "object")
                    m.timestamp = new util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                }
              }
              if (d.include_patterns) {
                if (!Array.isArray(d.include_patterns))
                  throw TypeError(".pb.FileActionCopy.include_patterns: array expected");
                m.include_patterns = Array(d.include_patterns.length);
                for (var i = 0; i < d.include_patterns.length; ++i) {
                  m.include_patterns[i] = String(d.include_patterns[i]);
                }
              }
              if (d.exclude_patterns) {
                if (!Array.isArray(d.exclude_patterns))
                  throw TypeError(".pb.FileActionCopy.exclude_patterns: array expected");
                m.exclude_patterns = Array(d.exclude_patterns.length);
                for (var i = 0; i < d.exclude_patterns.length; ++i) {
                  m.exclude_patterns[i] = String(d.exclude_patterns[i]);
                }
              }
              if (d.alwaysReplaceExistingDestPaths != null) {
                if (d.alwaysReplaceExistingDestPaths) {
                  m.alwaysReplaceExistingDestPaths = Boolean(d.alwaysReplaceExistingDestPaths);
                }
              }
              if (d.modeStr != null) {
                if (typeof d.modeStr !== "string" || d.modeStr.length) {
                  m.modeStr = String(d.modeStr);
                }
              }
              if (d.required_paths) {
                if (!Array.isArray(d.required_paths))
                  throw TypeError(".pb.FileActionCopy.required_paths: array expected");
                m.required_paths = Array(d.required_paths.length);
                for (var i = 0; i < d.required_paths.length; ++i) {
                  m.required_paths[i] = String(d.required_paths[i]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.include_patterns = [];
                d.exclude_patterns = [];
                d.required_paths = [];
              }
              if (o.defaults) {
                d.src = "";
                d.dest = "";
                d.owner = null;
                d.mode = 0;
                d.followSymlink = false;
                d.dirCopyContents = false;
                d.attemptUnpackDockerCompatibility = false;
                d.createDestPath = false;
                d.allowWildcard = false;
                d.allowEmptyWildcard = false;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.timestamp = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.timestamp = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.alwaysReplaceExistingDestPaths = false;
                d.modeStr = "";
              }
              if (m.src != null && Object.hasOwnProperty.call(m, "src")) {
                d.src = m.src;
              }
              if (m.dest != null && Object.hasOwnProperty.call(m, "dest")) {
                d.dest = m.dest;
              }
              if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                d.owner = types[2].toObject(m.owner, o, q + 1);
              }
              if (m.mode != null && Object.hasOwnProperty.call(m, "mode")) {
                d.mode = m.mode;
              }
              if (m.followSymlink != null && Object.hasOwnProperty.call(m, "followSymlink")) {
                d.followSymlink = m.followSymlink;
              }
              if (m.dirCopyContents != null && Object.hasOwnProperty.call(m, "dirCopyContents")) {
                d.dirCopyContents = m.dirCopyContents;
              }
              if (m.attemptUnpackDockerCompatibility != null && Object.hasOwnProperty.call(m, "attemptUnpackDockerCompatibility")) {
                d.attemptUnpackDockerCompatibility = m.attemptUnpackDockerCompatibility;
              }
              if (m.createDestPath != null && Object.hasOwnProperty.call(m, "createDestPath")) {
                d.createDestPath = m.createDestPath;
              }
              if (m.allowWildcard != null && Object.hasOwnProperty.call(m, "allowWildcard")) {
                d.allowWildcard = m.allowWildcard;
              }
              if (m.allowEmptyWildcard != null && Object.hasOwnProperty.call(m, "allowEmptyWildcard")) {
                d.allowEmptyWildcard = m.allowEmptyWildcard;
              }
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.timestamp = typeof m.timestamp === "number" ? BigInt(m.timestamp) : util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                else if (typeof m.timestamp === "number")
                  d.timestamp = o.longs === String ? String(m.timestamp) : m.timestamp;
                else
                  d.timestamp = o.longs === String ? util.longToDecimal(m.timestamp) : o.longs === Number ? new util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
              }
              if (m.include_patterns && m.include_patterns.length) {
                d.include_patterns = Array(m.include_patterns.length);
                for (var j = 0; j < m.include_patterns.length; ++j) {
                  d.include_patterns[j] = m.include_patterns[j];
                }
              }
              if (m.exclude_patterns && m.exclude_patterns.length) {
                d.exclude_patterns = Array(m.exclude_patterns.length);
                for (var j = 0; j < m.exclude_patterns.length; ++j) {
                  d.exclude_patterns[j] = m.exclude_patterns[j];
                }
              }
              if (m.alwaysReplaceExistingDestPaths != null && Object.hasOwnProperty.call(m, "alwaysReplaceExistingDestPaths")) {
                d.alwaysReplaceExistingDestPaths = m.alwaysReplaceExistingDestPaths;
              }
              if (m.modeStr != null && Object.hasOwnProperty.call(m, "modeStr")) {
                d.modeStr = m.modeStr;
              }
              if (m.required_paths && m.required_paths.length) {
                d.required_paths = Array(m.required_paths.length);
                for (var j = 0; j < m.required_paths.length; ++j) {
                  d.required_paths[j] = m.required_paths[j];
                }
              }
              return d;
            }
          ]
        },
        ".pb.FileActionMkDir": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.path != null && Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(10).string(m.path);
              if (m.mode != null && Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                w.uint32(16).int32(m.mode);
              if (m.makeParents != null && Object.hasOwnProperty.call(m, "makeParents") && m.makeParents !== false)
                w.uint32(24).bool(m.makeParents);
              if (m.owner != null && Object.hasOwnProperty.call(m, "owner"))
                types[3].encode(m.owner, w.uint32(34).fork(), q + 1).ldelim();
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                w.uint32(40).int64(m.timestamp);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.path = v;
                    else
                      delete m.path;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.mode = v;
                    else
                      delete m.mode;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.makeParents = v;
                    else
                      delete m.makeParents;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    m.owner = types[3].decode(r, r.size(), void 0, q + 1, m.owner);
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.timestamp = v;
                    else
                      delete m.timestamp;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.FileActionMkDir: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                  m.path = String(d.path);
                }
              }
              if (d.mode != null) {
                if (Number(d.mode) !== 0) {
                  m.mode = d.mode | 0;
                }
              }
              if (d.makeParents != null) {
                if (d.makeParents) {
                  m.makeParents = Boolean(d.makeParents);
                }
              }
              if (d.owner != null) {
                if (!util.isObject(d.owner))
                  throw TypeError(".pb.FileActionMkDir.owner: object expected");
                m.owner = types[3].fromObject(d.owner, q + 1);
              }
              if (d.timestamp != null) {
                if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : Number(d.timestamp) !== 0) {
                  if (util.Long)
                    m.timestamp = util.Long.fromValue(d.timestamp, false);
                  else if (typeof d.timestamp === "string")
                    m.timestamp = parseInt(d.timestamp, 10);
                  else if (typeof d.timestamp === "number")
                    m.timestamp = d.timestamp;
                  else if (typeof d.timestamp === "object")
                    m.timestamp = new util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.path = "";
                d.mode = 0;
                d.makeParents = false;
                d.owner = null;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.timestamp = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.timestamp = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.path != null && Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
              }
              if (m.mode != null && Object.hasOwnProperty.call(m, "mode")) {
                d.mode = m.mode;
              }
              if (m.makeParents != null && Object.hasOwnProperty.call(m, "makeParents")) {
                d.makeParents = m.makeParents;
              }
              if (m.owner != null && Object.hasOwnProperty.call(m, "owner")) {
                d.owner = types[3].toObject(m.owner, o, q + 1);
              }
              if (m.timestamp != null && Object.hasOwnProperty.call(m, "timestamp")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.timestamp = typeof m.timestamp === "number" ? BigInt(m.timestamp) : util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                else if (typeof m.timestamp === "number")
                  d.timestamp = o.longs === String ? String(m.timestamp) : m.timestamp;
                else
                  d.timestamp = o.longs === String ? util.longToDecimal(m.timestamp) : o.longs === Number ? new util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
              }
              return d;
            }
          ]
        },
        ".pb.ChownOpt": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.user != null && Object.hasOwnProperty.call(m, "user"))
                types[0].encode(m.user, w.uint32(10).fork(), q + 1).ldelim();
              if (m.group != null && Object.hasOwnProperty.call(m, "group"))
                types[1].encode(m.group, w.uint32(18).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.user = types[0].decode(r, r.size(), void 0, q + 1, m.user);
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.group = types[1].decode(r, r.size(), void 0, q + 1, m.group);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.ChownOpt: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.user != null) {
                if (!util.isObject(d.user))
                  throw TypeError(".pb.ChownOpt.user: object expected");
                m.user = types[0].fromObject(d.user, q + 1);
              }
              if (d.group != null) {
                if (!util.isObject(d.group))
                  throw TypeError(".pb.ChownOpt.group: object expected");
                m.group = types[1].fromObject(d.group, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.user = null;
                d.group = null;
              }
              if (m.user != null && Object.hasOwnProperty.call(m, "user")) {
                d.user = types[0].toObject(m.user, o, q + 1);
              }
              if (m.group != null && Object.hasOwnProperty.call(m, "group")) {
                d.group = types[1].toObject(m.group, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".pb.UserOpt": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.byName != null && Object.hasOwnProperty.call(m, "byName"))
                types[0].encode(m.byName, w.uint32(10).fork(), q + 1).ldelim();
              if (m.byID != null && Object.hasOwnProperty.call(m, "byID"))
                w.uint32(16).uint32(m.byID);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    m.byName = types[0].decode(r, r.size(), void 0, q + 1, m.byName);
                    m.user = "byName";
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    m.byID = r.uint32();
                    m.user = "byID";
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.UserOpt: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.byName != null) {
                if (!util.isObject(d.byName))
                  throw TypeError(".pb.UserOpt.byName: object expected");
                m.byName = types[0].fromObject(d.byName, q + 1);
              }
              if (d.byID != null) {
                m.byID = d.byID >>> 0;
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (m.byName != null && Object.hasOwnProperty.call(m, "byName")) {
                d.byName = types[0].toObject(m.byName, o, q + 1);
                if (o.oneofs)
                  d.user = "byName";
              }
              if (m.byID != null && Object.hasOwnProperty.call(m, "byID")) {
                d.byID = m.byID;
                if (o.oneofs)
                  d.user = "byID";
              }
              return d;
            }
          ]
        },
        ".pb.NamedUserOpt": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.name != null && Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(10).string(m.name);
              if (m.input != null && Object.hasOwnProperty.call(m, "input") && (typeof m.input === "object" ? m.input.low || m.input.high : m.input !== 0))
                w.uint32(16).int64(m.input);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.name = v;
                    else
                      delete m.name;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.input = v;
                    else
                      delete m.input;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.NamedUserOpt: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                  m.name = String(d.name);
                }
              }
              if (d.input != null) {
                if (typeof d.input === "object" ? d.input.low || d.input.high : Number(d.input) !== 0) {
                  if (util.Long)
                    m.input = util.Long.fromValue(d.input, false);
                  else if (typeof d.input === "string")
                    m.input = parseInt(d.input, 10);
                  else if (typeof d.input === "number")
                    m.input = d.input;
                  else if (typeof d.input === "object")
                    m.input = new util.LongBits(d.input.low >>> 0, d.input.high >>> 0).toNumber();
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.name = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.input = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.input = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
              }
              if (m.input != null && Object.hasOwnProperty.call(m, "input")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.input = typeof m.input === "number" ? BigInt(m.input) : util.Long.fromBits(m.input.low >>> 0, m.input.high >>> 0, false).toBigInt();
                else if (typeof m.input === "number")
                  d.input = o.longs === String ? String(m.input) : m.input;
                else
                  d.input = o.longs === String ? util.longToDecimal(m.input) : o.longs === Number ? new util.LongBits(m.input.low >>> 0, m.input.high >>> 0).toNumber() : m.input;
              }
              return d;
            }
          ]
        },
        ".pb.Input": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest") && m.digest !== "")
                w.uint32(10).string(m.digest);
              if (m.index != null && Object.hasOwnProperty.call(m, "index") && (typeof m.index === "object" ? m.index.low || m.index.high : m.index !== 0))
                w.uint32(16).int64(m.index);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.digest = v;
                    else
                      delete m.digest;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.index = v;
                    else
                      delete m.index;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Input: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.digest != null) {
                if (typeof d.digest !== "string" || d.digest.length) {
                  m.digest = String(d.digest);
                }
              }
              if (d.index != null) {
                if (typeof d.index === "object" ? d.index.low || d.index.high : Number(d.index) !== 0) {
                  if (util.Long)
                    m.index = util.Long.fromValue(d.index, false);
                  else if (typeof d.index === "string")
                    m.index = parseInt(d.index, 10);
                  else if (typeof d.index === "number")
                    m.index = d.index;
                  else if (typeof d.index === "object")
                    m.index = new util.LongBits(d.index.low >>> 0, d.index.high >>> 0).toNumber();
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.digest = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.index = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.index = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.digest != null && Object.hasOwnProperty.call(m, "digest")) {
                d.digest = m.digest;
              }
              if (m.index != null && Object.hasOwnProperty.call(m, "index")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.index = typeof m.index === "number" ? BigInt(m.index) : util.Long.fromBits(m.index.low >>> 0, m.index.high >>> 0, false).toBigInt();
                else if (typeof m.index === "number")
                  d.index = o.longs === String ? String(m.index) : m.index;
                else
                  d.index = o.longs === String ? util.longToDecimal(m.index) : o.longs === Number ? new util.LongBits(m.index.low >>> 0, m.index.high >>> 0).toNumber() : m.index;
              }
              return d;
            }
          ]
        },
        ".pb.SourceOp": {
          ctor: () => function(p) {
            this.attrs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.identifier != null && Object.hasOwnProperty.call(m, "identifier") && m.identifier !== "")
                w.uint32(10).string(m.identifier);
              if (m.attrs != null && Object.hasOwnProperty.call(m, "attrs")) {
                for (var ks = Object.keys(m.attrs), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.attrs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.identifier = v;
                    else
                      delete m.identifier;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.attrs === util.emptyObject)
                      m.attrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.attrs, k);
                    m.attrs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.SourceOp: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.identifier != null) {
                if (typeof d.identifier !== "string" || d.identifier.length) {
                  m.identifier = String(d.identifier);
                }
              }
              if (d.attrs) {
                if (!util.isObject(d.attrs))
                  throw TypeError(".pb.SourceOp.attrs: object expected");
                m.attrs = {};
                for (var ks = Object.keys(d.attrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.attrs, ks[i]);
                  m.attrs[ks[i]] = String(d.attrs[ks[i]]);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.attrs = {};
              }
              if (o.defaults) {
                d.identifier = "";
              }
              if (m.identifier != null && Object.hasOwnProperty.call(m, "identifier")) {
                d.identifier = m.identifier;
              }
              var ks2;
              if (m.attrs && (ks2 = Object.keys(m.attrs)).length) {
                d.attrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.attrs, ks2[j]);
                  d.attrs[ks2[j]] = m.attrs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".pb.OpMetadata": {
          ctor: () => function(p) {
            this.description = {};
            this.caps = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.ignore_cache != null && Object.hasOwnProperty.call(m, "ignore_cache") && m.ignore_cache !== false)
                w.uint32(8).bool(m.ignore_cache);
              if (m.description != null && Object.hasOwnProperty.call(m, "description")) {
                for (var ks = Object.keys(m.description), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.description[ks[i]]).ldelim();
                }
              }
              if (m.caps != null && Object.hasOwnProperty.call(m, "caps")) {
                for (var ks = Object.keys(m.caps), i = 0; i < ks.length; ++i) {
                  w.uint32(42).fork().uint32(10).string(ks[i]).uint32(16).bool(m.caps[ks[i]]).ldelim();
                }
              }
              if (m.progress_group != null && Object.hasOwnProperty.call(m, "progress_group"))
                types[3].encode(m.progress_group, w.uint32(50).fork(), q + 1).ldelim();
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.bool())
                      m.ignore_cache = v;
                    else
                      delete m.ignore_cache;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.description === util.emptyObject)
                      m.description = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = "";
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.stringVerify();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.description, k);
                    m.description[k] = v;
                    continue;
                  }
                  case 5: {
                    if (u !== 2)
                      break;
                    if (m.caps === util.emptyObject)
                      m.caps = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = false;
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 0)
                            break;
                          v = r.bool();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.caps, k);
                    m.caps[k] = v;
                    continue;
                  }
                  case 6: {
                    if (u !== 2)
                      break;
                    m.progress_group = types[3].decode(r, r.size(), void 0, q + 1, m.progress_group);
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.OpMetadata: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.ignore_cache != null) {
                if (d.ignore_cache) {
                  m.ignore_cache = Boolean(d.ignore_cache);
                }
              }
              if (d.description) {
                if (!util.isObject(d.description))
                  throw TypeError(".pb.OpMetadata.description: object expected");
                m.description = {};
                for (var ks = Object.keys(d.description), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.description, ks[i]);
                  m.description[ks[i]] = String(d.description[ks[i]]);
                }
              }
              if (d.caps) {
                if (!util.isObject(d.caps))
                  throw TypeError(".pb.OpMetadata.caps: object expected");
                m.caps = {};
                for (var ks = Object.keys(d.caps), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.caps, ks[i]);
                  m.caps[ks[i]] = Boolean(d.caps[ks[i]]);
                }
              }
              if (d.progress_group != null) {
                if (!util.isObject(d.progress_group))
                  throw TypeError(".pb.OpMetadata.progress_group: object expected");
                m.progress_group = types[3].fromObject(d.progress_group, q + 1);
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.description = {};
                d.caps = {};
              }
              if (o.defaults) {
                d.ignore_cache = false;
                d.progress_group = null;
              }
              if (m.ignore_cache != null && Object.hasOwnProperty.call(m, "ignore_cache")) {
                d.ignore_cache = m.ignore_cache;
              }
              var ks2;
              if (m.description && (ks2 = Object.keys(m.description)).length) {
                d.description = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.description, ks2[j]);
                  d.description[ks2[j]] = m.description[ks2[j]];
                }
              }
              if (m.caps && (ks2 = Object.keys(m.caps)).length) {
                d.caps = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.caps, ks2[j]);
                  d.caps[ks2[j]] = m.caps[ks2[j]];
                }
              }
              if (m.progress_group != null && Object.hasOwnProperty.call(m, "progress_group")) {
                d.progress_group = types[3].toObject(m.progress_group, o, q + 1);
              }
              return d;
            }
          ]
        },
        ".pb.Definition": {
          ctor: () => function(p) {
            this.def = [];
            this.metadata = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.def != null && m.def.length) {
                for (var i = 0; i < m.def.length; ++i)
                  w.uint32(10).bytes(m.def[i]);
              }
              if (m.metadata != null && Object.hasOwnProperty.call(m, "metadata")) {
                for (var ks = Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                  w.uint32(18).fork().uint32(10).string(ks[i]);
                  types[1].encode(m.metadata[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (!(m.def && m.def.length))
                      m.def = [];
                    m.def.push(r.bytes());
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    if (m.metadata === util.emptyObject)
                      m.metadata = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = null;
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = types[1].decode(r, r.size(), void 0, q + 1, v);
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.metadata, k);
                    m.metadata[k] = v || new types[1].ctor();
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".pb.Definition: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.def) {
                if (!Array.isArray(d.def))
                  throw TypeError(".pb.Definition.def: array expected");
                m.def = Array(d.def.length);
                for (var i = 0; i < d.def.length; ++i) {
                  if (typeof d.def[i] === "string")
                    util.base64.decode(d.def[i], m.def[i] = util.newBuffer(util.base64.length(d.def[i])), 0);
                  else if (d.def[i].length >= 0)
                    m.def[i] = d.def[i];
                }
              }
              if (d.metadata) {
                if (!util.isObject(d.metadata))
                  throw TypeError(".pb.Definition.metadata: object expected");
                m.metadata = {};
                for (var ks = Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.metadata, ks[i]);
                  if (!util.isObject(d.metadata[ks[i]]))
                    throw TypeError(".pb.Definition.metadata: object expected");
                  m.metadata[ks[i]] = types[1].fromObject(d.metadata[ks[i]], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.arrays || o.defaults) {
                d.def = [];
              }
              if (o.objects || o.defaults) {
                d.metadata = {};
              }
              if (m.def && m.def.length) {
                d.def = Array(m.def.length);
                for (var j = 0; j < m.def.length; ++j) {
                  d.def[j] = o.bytes === String ? util.base64.encode(m.def[j], 0, m.def[j].length) : o.bytes === Array ? Array.prototype.slice.call(m.def[j]) : m.def[j];
                }
              }
              var ks2;
              if (m.metadata && (ks2 = Object.keys(m.metadata)).length) {
                d.metadata = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.metadata, ks2[j]);
                  d.metadata[ks2[j]] = types[1].toObject(m.metadata[ks2[j]], o, q + 1);
                }
              }
              return d;
            }
          ]
        },
        ".fsutil.types.Stat": {
          ctor: () => function(p) {
            this.xattrs = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.path != null && Object.hasOwnProperty.call(m, "path") && m.path !== "")
                w.uint32(10).string(m.path);
              if (m.mode != null && Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                w.uint32(16).uint32(m.mode);
              if (m.uid != null && Object.hasOwnProperty.call(m, "uid") && m.uid !== 0)
                w.uint32(24).uint32(m.uid);
              if (m.gid != null && Object.hasOwnProperty.call(m, "gid") && m.gid !== 0)
                w.uint32(32).uint32(m.gid);
              if (m.size != null && Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(40).int64(m.size);
              if (m.modTime != null && Object.hasOwnProperty.call(m, "modTime") && (typeof m.modTime === "object" ? m.modTime.low || m.modTime.high : m.modTime !== 0))
                w.uint32(48).int64(m.modTime);
              if (m.linkname != null && Object.hasOwnProperty.call(m, "linkname") && m.linkname !== "")
                w.uint32(58).string(m.linkname);
              if (m.devmajor != null && Object.hasOwnProperty.call(m, "devmajor") && (typeof m.devmajor === "object" ? m.devmajor.low || m.devmajor.high : m.devmajor !== 0))
                w.uint32(64).int64(m.devmajor);
              if (m.devminor != null && Object.hasOwnProperty.call(m, "devminor") && (typeof m.devminor === "object" ? m.devminor.low || m.devminor.high : m.devminor !== 0))
                w.uint32(72).int64(m.devminor);
              if (m.xattrs != null && Object.hasOwnProperty.call(m, "xattrs")) {
                for (var ks = Object.keys(m.xattrs), i = 0; i < ks.length; ++i) {
                  w.uint32(82).fork().uint32(10).string(ks[i]).uint32(18).bytes(m.xattrs[ks[i]]).ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.path = v;
                    else
                      delete m.path;
                    continue;
                  }
                  case 2: {
                    if (u !== 0)
                      break;
                    if (v = r.uint32())
                      m.mode = v;
                    else
                      delete m.mode;
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.uint32())
                      m.uid = v;
                    else
                      delete m.uid;
                    continue;
                  }
                  case 4: {
                    if (u !== 0)
                      break;
                    if (v = r.uint32())
                      m.gid = v;
                    else
                      delete m.gid;
                    continue;
                  }
                  case 5: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.size = v;
                    else
                      delete m.size;
                    continue;
                  }
                  case 6: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.modTime = v;
                    else
                      delete m.modTime;
                    continue;
                  }
                  case 7: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.linkname = v;
                    else
                      delete m.linkname;
                    continue;
                  }
                  case 8: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.devmajor = v;
                    else
                      delete m.devmajor;
                    continue;
                  }
                  case 9: {
                    if (u !== 0)
                      break;
                    if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                      m.devminor = v;
                    else
                      delete m.devminor;
                    continue;
                  }
                  case 10: {
                    if (u !== 2)
                      break;
                    if (m.xattrs === util.emptyObject)
                      m.xattrs = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = [];
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = r.bytes();
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.xattrs, k);
                    m.xattrs[k] = v;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".fsutil.types.Stat: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.path != null) {
                if (typeof d.path !== "string" || d.path.length) {
                  m.path = String(d.path);
                }
              }
              if (d.mode != null) {
                if (Number(d.mode) !== 0) {
                  m.mode = d.mode >>> 0;
                }
              }
              if (d.uid != null) {
                if (Number(d.uid) !== 0) {
                  m.uid = d.uid >>> 0;
                }
              }
              if (d.gid != null) {
                if (Number(d.gid) !== 0) {
                  m.gid = d.gid >>> 0;
                }
              }
              if (d.size != null) {
                if (typeof d.size === "object" ? d.size.low || d.size.high : Number(d.size) !== 0) {
                  if (util.Long)
                    m.size = util.Long.fromValue(d.size, false);
                  else if (typeof d.size === "string")
                    m.size = parseInt(d.size, 10);
                  else if (typeof d.size === "number")
                    m.size = d.size;
                  else if (typeof d.size === "object")
                    m.size = new util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber();
                }
              }
              if (d.modTime != null) {
                if (typeof d.modTime === "object" ? d.modTime.low || d.modTime.high : Number(d.modTime) !== 0) {
                  if (util.Long)
                    m.modTime = util.Long.fromValue(d.modTime, false);
                  else if (typeof d.modTime === "string")
                    m.modTime = parseInt(d.modTime, 10);
                  else if (typeof d.modTime === "number")
                    m.modTime = d.modTime;
                  else if (typeof d.modTime === "object")
                    m.modTime = new util.LongBits(d.modTime.low >>> 0, d.modTime.high >>> 0).toNumber();
                }
              }
              if (d.linkname != null) {
                if (typeof d.linkname !== "string" || d.linkname.length) {
                  m.linkname = String(d.linkname);
                }
              }
              if (d.devmajor != null) {
                if (typeof d.devmajor === "object" ? d.devmajor.low || d.devmajor.high : Number(d.devmajor) !== 0) {
                  if (util.Long)
                    m.devmajor = util.Long.fromValue(d.devmajor, false);
                  else if (typeof d.devmajor === "string")
                    m.devmajor = parseInt(d.devmajor, 10);
                  else if (typeof d.devmajor === "number")
                    m.devmajor = d.devmajor;
                  else if (typeof d.devmajor === "object")
                    m.devmajor = new util.LongBits(d.devmajor.low >>> 0, d.devmajor.high >>> 0).toNumber();
                }
              }
              if (d.devminor != null) {
                if (typeof d.devminor === "object" ? d.devminor.low || d.devminor.high : Number(d.devminor) !== 0) {
                  if (util.Long)
                    m.devminor = util.Long.fromValue(d.devminor, false);
                  else if (typeof d.devminor === "string")
                    m.devminor = parseInt(d.devminor, 10);
                  else if (typeof d.devminor === "number")
                    m.devminor = d.devminor;
                  else if (typeof d.devminor === "object")
                    m.devminor = new util.LongBits(d.devminor.low >>> 0, d.devminor.high >>> 0).toNumber();
                }
              }
              if (d.xattrs) {
                if (!util.isObject(d.xattrs))
                  throw TypeError(".fsutil.types.Stat.xattrs: object expected");
                m.xattrs = {};
                for (var ks = Object.keys(d.xattrs), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.xattrs, ks[i]);
                  if (typeof d.xattrs[ks[i]] === "string")
                    util.base64.decode(d.xattrs[ks[i]], m.xattrs[ks[i]] = util.newBuffer(util.base64.length(d.xattrs[ks[i]])), 0);
                  else if (d.xattrs[ks[i]].length >= 0)
                    m.xattrs[ks[i]] = d.xattrs[ks[i]];
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.xattrs = {};
              }
              if (o.defaults) {
                d.path = "";
                d.mode = 0;
                d.uid = 0;
                d.gid = 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.size = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.size = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.modTime = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.modTime = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.linkname = "";
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.devmajor = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.devmajor = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                if (util.Long) {
                  var n = new util.Long(0, 0, false);
                  d.devminor = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                  d.devminor = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
              }
              if (m.path != null && Object.hasOwnProperty.call(m, "path")) {
                d.path = m.path;
              }
              if (m.mode != null && Object.hasOwnProperty.call(m, "mode")) {
                d.mode = m.mode;
              }
              if (m.uid != null && Object.hasOwnProperty.call(m, "uid")) {
                d.uid = m.uid;
              }
              if (m.gid != null && Object.hasOwnProperty.call(m, "gid")) {
                d.gid = m.gid;
              }
              if (m.size != null && Object.hasOwnProperty.call(m, "size")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.size = typeof m.size === "number" ? BigInt(m.size) : util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, false).toBigInt();
                else if (typeof m.size === "number")
                  d.size = o.longs === String ? String(m.size) : m.size;
                else
                  d.size = o.longs === String ? util.longToDecimal(m.size) : o.longs === Number ? new util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber() : m.size;
              }
              if (m.modTime != null && Object.hasOwnProperty.call(m, "modTime")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.modTime = typeof m.modTime === "number" ? BigInt(m.modTime) : util.Long.fromBits(m.modTime.low >>> 0, m.modTime.high >>> 0, false).toBigInt();
                else if (typeof m.modTime === "number")
                  d.modTime = o.longs === String ? String(m.modTime) : m.modTime;
                else
                  d.modTime = o.longs === String ? util.longToDecimal(m.modTime) : o.longs === Number ? new util.LongBits(m.modTime.low >>> 0, m.modTime.high >>> 0).toNumber() : m.modTime;
              }
              if (m.linkname != null && Object.hasOwnProperty.call(m, "linkname")) {
                d.linkname = m.linkname;
              }
              if (m.devmajor != null && Object.hasOwnProperty.call(m, "devmajor")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.devmajor = typeof m.devmajor === "number" ? BigInt(m.devmajor) : util.Long.fromBits(m.devmajor.low >>> 0, m.devmajor.high >>> 0, false).toBigInt();
                else if (typeof m.devmajor === "number")
                  d.devmajor = o.longs === String ? String(m.devmajor) : m.devmajor;
                else
                  d.devmajor = o.longs === String ? util.longToDecimal(m.devmajor) : o.longs === Number ? new util.LongBits(m.devmajor.low >>> 0, m.devmajor.high >>> 0).toNumber() : m.devmajor;
              }
              if (m.devminor != null && Object.hasOwnProperty.call(m, "devminor")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                  d.devminor = typeof m.devminor === "number" ? BigInt(m.devminor) : util.Long.fromBits(m.devminor.low >>> 0, m.devminor.high >>> 0, false).toBigInt();
                else if (typeof m.devminor === "number")
                  d.devminor = o.longs === String ? String(m.devminor) : m.devminor;
                else
                  d.devminor = o.longs === String ? util.longToDecimal(m.devminor) : o.longs === Number ? new util.LongBits(m.devminor.low >>> 0, m.devminor.high >>> 0).toNumber() : m.devminor;
              }
              var ks2;
              if (m.xattrs && (ks2 = Object.keys(m.xattrs)).length) {
                d.xattrs = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.xattrs, ks2[j]);
                  d.xattrs[ks2[j]] = o.bytes === String ? util.base64.encode(m.xattrs[ks2[j]], 0, m.xattrs[ks2[j]].length) : o.bytes === Array ? Array.prototype.slice.call(m.xattrs[ks2[j]]) : m.xattrs[ks2[j]];
                }
              }
              return d;
            }
          ]
        },
        ".fsutil.types.Packet": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.type != null && Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(8).int32(m.type);
              if (m.stat != null && Object.hasOwnProperty.call(m, "stat"))
                types[1].encode(m.stat, w.uint32(18).fork(), q + 1).ldelim();
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID") && m.ID !== 0)
                w.uint32(24).uint32(m.ID);
              if (m.data != null && Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(34).bytes(m.data);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.type = v;
                    else
                      delete m.type;
                    continue;
                  }
                  case 2: {
                    if (u !== 2)
                      break;
                    m.stat = types[1].decode(r, r.size(), void 0, q + 1, m.stat);
                    continue;
                  }
                  case 3: {
                    if (u !== 0)
                      break;
                    if (v = r.uint32())
                      m.ID = v;
                    else
                      delete m.ID;
                    continue;
                  }
                  case 4: {
                    if (u !== 2)
                      break;
                    if ((v = r.bytes()).length)
                      m.data = v;
                    else
                      delete m.data;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".fsutil.types.Packet: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.type !== 0 && (typeof d.type !== "string" || types[0].values[d.type] !== 0)) {
                switch (d.type) {
                  case "PACKET_STAT":
                  case 0:
                    m.type = 0;
                    break;
                  case "PACKET_REQ":
                  case 1:
                    m.type = 1;
                    break;
                  case "PACKET_DATA":
                  case 2:
                    m.type = 2;
                    break;
                  case "PACKET_FIN":
                  case 3:
                    m.type = 3;
                    break;
                  case "PACKET_ERR":
                  case 4:
                    m.type = 4;
                    break;
                  default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                      m.type = d.type;
                }
              }
              if (d.stat != null) {
                if (!util.isObject(d.stat))
                  throw TypeError(".fsutil.types.Packet.stat: object expected");
                m.stat = types[1].fromObject(d.stat, q + 1);
              }
              if (d.ID != null) {
                if (Number(d.ID) !== 0) {
                  m.ID = d.ID >>> 0;
                }
              }
              if (d.data != null) {
                if (d.data.length) {
                  if (typeof d.data === "string")
                    util.base64.decode(d.data, m.data = util.newBuffer(util.base64.length(d.data)), 0);
                  else if (d.data.length >= 0)
                    m.data = d.data;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.type = o.enums === String ? "PACKET_STAT" : 0;
                d.stat = null;
                d.ID = 0;
                if (o.bytes === String)
                  d.data = "";
                else {
                  d.data = [];
                  if (o.bytes !== Array)
                    d.data = util.newBuffer(d.data);
                }
              }
              if (m.type != null && Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === String ? types[0].values[m.type] === void 0 ? m.type : types[0].values[m.type] : m.type;
              }
              if (m.stat != null && Object.hasOwnProperty.call(m, "stat")) {
                d.stat = types[1].toObject(m.stat, o, q + 1);
              }
              if (m.ID != null && Object.hasOwnProperty.call(m, "ID")) {
                d.ID = m.ID;
              }
              if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === String ? util.base64.encode(m.data, 0, m.data.length) : o.bytes === Array ? Array.prototype.slice.call(m.data) : m.data;
              }
              return d;
            }
          ]
        },
        ".grpc.health.v1.HealthCheckRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.service != null && Object.hasOwnProperty.call(m, "service") && m.service !== "")
                w.uint32(10).string(m.service);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if ((v = r.stringVerify()).length)
                      m.service = v;
                    else
                      delete m.service;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".grpc.health.v1.HealthCheckRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.service != null) {
                if (typeof d.service !== "string" || d.service.length) {
                  m.service = String(d.service);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.service = "";
              }
              if (m.service != null && Object.hasOwnProperty.call(m, "service")) {
                d.service = m.service;
              }
              return d;
            }
          ]
        },
        ".grpc.health.v1.HealthCheckResponse": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.status != null && Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                w.uint32(8).int32(m.status);
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 0)
                      break;
                    if (v = r.int32())
                      m.status = v;
                    else
                      delete m.status;
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".grpc.health.v1.HealthCheckResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.status !== 0 && (typeof d.status !== "string" || types[0].values[d.status] !== 0)) {
                switch (d.status) {
                  case "UNKNOWN":
                  case 0:
                    m.status = 0;
                    break;
                  case "SERVING":
                  case 1:
                    m.status = 1;
                    break;
                  case "NOT_SERVING":
                  case 2:
                    m.status = 2;
                    break;
                  case "SERVICE_UNKNOWN":
                  case 3:
                    m.status = 3;
                    break;
                  default:
                    if (typeof d.status === "number" && (d.status | 0) === d.status)
                      m.status = d.status;
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.defaults) {
                d.status = o.enums === String ? "UNKNOWN" : 0;
              }
              if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                d.status = o.enums === String ? types[0].values[m.status] === void 0 ? m.status : types[0].values[m.status] : m.status;
              }
              return d;
            }
          ]
        },
        ".grpc.health.v1.HealthListRequest": {
          ctor: () => function(p) {
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".grpc.health.v1.HealthListRequest: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              return new C();
            },
            function() {
              return {};
            }
          ]
        },
        ".grpc.health.v1.HealthListResponse": {
          ctor: () => function(p) {
            this.statuses = {};
            if (p) {
              for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                if (p[ks[i]] != null && ks[i] !== "__proto__")
                  this[ks[i]] = p[ks[i]];
            }
          },
          codec: (Writer, Reader, util, types, C) => [
            function(m, w, q) {
              if (!w)
                w = Writer.create();
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              if (m.statuses != null && Object.hasOwnProperty.call(m, "statuses")) {
                for (var ks = Object.keys(m.statuses), i = 0; i < ks.length; ++i) {
                  w.uint32(10).fork().uint32(10).string(ks[i]);
                  types[0].encode(m.statuses[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                }
              }
              if (m.$unknowns != null && Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                  w.raw(m.$unknowns[i]);
              return w;
            },
            function(r, l, z, q, g) {
              if (!(r instanceof Reader))
                r = Reader.create(r);
              if (q === void 0)
                q = 0;
              if (q > Reader.recursionLimit)
                throw Error("max depth exceeded");
              var c, m, k, v;
              if (l === void 0)
                c = r.len;
              else {
                c = r.pos + l;
                if (c > r.len)
                  throw RangeError("index out of range");
                l = r.len;
                r.len = c;
              }
              m = g || new C();
              while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                  z = void 0;
                  break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                  case 1: {
                    if (u !== 2)
                      break;
                    if (m.statuses === util.emptyObject)
                      m.statuses = {};
                    var c2 = r.size() + r.pos;
                    if (c2 > r.len)
                      throw RangeError("index out of range");
                    r.len = c2;
                    k = "";
                    v = null;
                    while (r.pos < c2) {
                      var t2 = r.tag();
                      u = t2 & 7;
                      switch (t2 >>>= 3) {
                        case 1:
                          if (u !== 2)
                            break;
                          k = r.stringVerify();
                          continue;
                        case 2:
                          if (u !== 2)
                            break;
                          v = types[0].decode(r, r.size(), void 0, q + 1, v);
                          continue;
                      }
                      r.skipType(u, q, t2);
                    }
                    if (r.pos !== c2)
                      throw RangeError("index out of range");
                    r.len = c;
                    if (k === "__proto__")
                      util.makeProp(m.statuses, k);
                    m.statuses[k] = v || new types[0].ctor();
                    continue;
                  }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                  util.makeProp(m, "$unknowns", false);
                  (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
              }
              if (l !== void 0) {
                if (r.pos !== c)
                  throw RangeError("index out of range");
                r.len = l;
              }
              if (z !== void 0)
                throw Error("missing end group");
              return m;
            },
            function(d, q) {
              if (d instanceof C)
                return d;
              if (!util.isObject(d))
                throw TypeError(".grpc.health.v1.HealthListResponse: object expected");
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var m = new C();
              if (d.statuses) {
                if (!util.isObject(d.statuses))
                  throw TypeError(".grpc.health.v1.HealthListResponse.statuses: object expected");
                m.statuses = {};
                for (var ks = Object.keys(d.statuses), i = 0; i < ks.length; ++i) {
                  if (ks[i] === "__proto__")
                    util.makeProp(m.statuses, ks[i]);
                  if (!util.isObject(d.statuses[ks[i]]))
                    throw TypeError(".grpc.health.v1.HealthListResponse.statuses: object expected");
                  m.statuses[ks[i]] = types[0].fromObject(d.statuses[ks[i]], q + 1);
                }
              }
              return m;
            },
            function(m, o, q) {
              if (!o)
                o = {};
              if (q === void 0)
                q = 0;
              if (q > util.recursionLimit)
                throw Error("max depth exceeded");
              var d = {};
              if (o.objects || o.defaults) {
                d.statuses = {};
              }
              var ks2;
              if (m.statuses && (ks2 = Object.keys(m.statuses)).length) {
                d.statuses = {};
                for (var j = 0; j < ks2.length; ++j) {
                  if (ks2[j] === "__proto__")
                    util.makeProp(d.statuses, ks2[j]);
                  d.statuses[ks2[j]] = types[0].toObject(m.statuses[ks2[j]], o, q + 1);
                }
              }
              return d;
            }
          ]
        }
      };
      ;
      const descriptors = {
        "nested": {
          "moby": {
            "nested": {
              "buildkit": {
                "nested": {
                  "v1": {
                    "nested": {
                      "apicaps": {
                        "nested": {
                          "APICap": {
                            "fields": {
                              "ID": { "type": "string", "id": 1 },
                              "Enabled": { "type": "bool", "id": 2 },
                              "Deprecated": { "type": "bool", "id": 3 },
                              "DisabledReason": { "type": "string", "id": 4 },
                              "DisabledReasonMsg": { "type": "string", "id": 5 },
                              "DisabledAlternative": { "type": "string", "id": 6 }
                            }
                          }
                        }
                      },
                      "Control": {
                        "methods": {
                          "Solve": { "requestType": "SolveRequest", "responseType": "SolveResponse" },
                          "Status": {
                            "requestType": "StatusRequest",
                            "responseType": "StatusResponse",
                            "responseStream": true
                          },
                          "Session": {
                            "requestType": "BytesMessage",
                            "requestStream": true,
                            "responseType": "BytesMessage",
                            "responseStream": true
                          },
                          "ListWorkers": { "requestType": "ListWorkersRequest", "responseType": "ListWorkersResponse" },
                          "Info": { "requestType": "InfoRequest", "responseType": "InfoResponse" },
                          "ListenBuildHistory": {
                            "requestType": "BuildHistoryRequest",
                            "responseType": "BuildHistoryEvent",
                            "responseStream": true
                          }
                        }
                      },
                      "SolveRequest": {
                        "fields": {
                          "Ref": { "type": "string", "id": 1 },
                          "Definition": { "type": "bytes", "id": 2 },
                          "ExporterDeprecated": { "type": "string", "id": 3 },
                          "ExporterAttrsDeprecated": { "keyType": "string", "type": "string", "id": 4 },
                          "Session": { "type": "string", "id": 5 },
                          "Frontend": { "type": "string", "id": 6 },
                          "FrontendAttrs": { "keyType": "string", "type": "string", "id": 7 },
                          "Cache": { "type": "CacheOptions", "id": 8 },
                          "Entitlements": { "rule": "repeated", "type": "string", "id": 9 },
                          "FrontendInputs": { "keyType": "string", "type": "bytes", "id": 10 },
                          "Internal": { "type": "bool", "id": 11 },
                          "SourcePolicy": { "type": "moby.buildkit.v1.sourcepolicy.Policy", "id": 12 },
                          "Exporters": { "rule": "repeated", "type": "Exporter", "id": 13 },
                          "EnableSessionExporter": { "type": "bool", "id": 14 },
                          "SourcePolicySession": { "type": "string", "id": 15 },
                          "CompatibilityVersion": { "type": "int64", "id": 16 },
                          "ProxyNetwork": { "type": "bool", "id": 17 }
                        }
                      },
                      "Exporter": {
                        "fields": {
                          "Type": { "type": "string", "id": 1 },
                          "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                        }
                      },
                      "CacheOptions": {
                        "fields": {
                          "ExportRefDeprecated": { "type": "string", "id": 1 },
                          "ImportRefsDeprecated": { "rule": "repeated", "type": "string", "id": 2 },
                          "ExportAttrsDeprecated": { "keyType": "string", "type": "string", "id": 3 },
                          "Exports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 4 },
                          "Imports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 5 }
                        }
                      },
                      "CacheOptionsEntry": {
                        "fields": {
                          "Type": { "type": "string", "id": 1 },
                          "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                        }
                      },
                      "SolveResponse": { "fields": { "ExporterResponse": { "keyType": "string", "type": "string", "id": 1 } } },
                      "StatusRequest": { "fields": { "Ref": { "type": "string", "id": 1 } } },
                      "StatusResponse": {
                        "fields": {
                          "vertexes": { "rule": "repeated", "type": "Vertex", "id": 1 },
                          "statuses": { "rule": "repeated", "type": "VertexStatus", "id": 2 },
                          "logs": { "rule": "repeated", "type": "VertexLog", "id": 3 },
                          "warnings": { "rule": "repeated", "type": "VertexWarning", "id": 4 }
                        }
                      },
                      "Vertex": {
                        "fields": {
                          "digest": { "type": "string", "id": 1 },
                          "inputs": { "rule": "repeated", "type": "string", "id": 2 },
                          "name": { "type": "string", "id": 3 },
                          "cached": { "type": "bool", "id": 4 },
                          "started": { "type": "google.protobuf.Timestamp", "id": 5 },
                          "completed": { "type": "google.protobuf.Timestamp", "id": 6 },
                          "error": { "type": "string", "id": 7 },
                          "progressGroup": { "type": "pb.ProgressGroup", "id": 8 }
                        }
                      },
                      "VertexStatus": {
                        "fields": {
                          "ID": { "type": "string", "id": 1 },
                          "vertex": { "type": "string", "id": 2 },
                          "name": { "type": "string", "id": 3 },
                          "current": { "type": "int64", "id": 4 },
                          "total": { "type": "int64", "id": 5 },
                          "timestamp": { "type": "google.protobuf.Timestamp", "id": 6 },
                          "started": { "type": "google.protobuf.Timestamp", "id": 7 },
                          "completed": { "type": "google.protobuf.Timestamp", "id": 8 }
                        }
                      },
                      "VertexLog": {
                        "fields": {
                          "vertex": { "type": "string", "id": 1 },
                          "timestamp": { "type": "google.protobuf.Timestamp", "id": 2 },
                          "stream": { "type": "int64", "id": 3 },
                          "msg": { "type": "bytes", "id": 4 }
                        }
                      },
                      "VertexWarning": {
                        "fields": {
                          "vertex": { "type": "string", "id": 1 },
                          "level": { "type": "int64", "id": 2 },
                          "short": { "type": "bytes", "id": 3 },
                          "detail": { "rule": "repeated", "type": "bytes", "id": 4 },
                          "url": { "type": "string", "id": 5 },
                          "info": { "type": "pb.SourceInfo", "id": 6 },
                          "ranges": { "rule": "repeated", "type": "pb.Range", "id": 7 }
                        }
                      },
                      "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                      "ListWorkersRequest": { "fields": { "filter": { "rule": "repeated", "type": "string", "id": 1 } } },
                      "ListWorkersResponse": {
                        "fields": {
                          "record": { "rule": "repeated", "type": "moby.buildkit.v1.types.WorkerRecord", "id": 1 }
                        }
                      },
                      "InfoRequest": { "fields": {} },
                      "InfoResponse": {
                        "fields": { "buildkitVersion": { "type": "moby.buildkit.v1.types.BuildkitVersion", "id": 1 } }
                      },
                      "BuildHistoryRequest": {
                        "fields": {
                          "ActiveOnly": { "type": "bool", "id": 1 },
                          "Ref": { "type": "string", "id": 2 },
                          "EarlyExit": { "type": "bool", "id": 3 }
                        }
                      },
                      "BuildHistoryEvent": {
                        "fields": {
                          "type": { "type": "int32", "id": 1 },
                          "record": { "type": "BuildHistoryRecord", "id": 2 }
                        }
                      },
                      "BuildHistoryRecord": {
                        "fields": {
                          "Ref": { "type": "string", "id": 1 },
                          "Frontend": { "type": "string", "id": 2 },
                          "FrontendAttrs": { "keyType": "string", "type": "string", "id": 3 },
                          "CreatedAt": { "type": "google.protobuf.Timestamp", "id": 6 },
                          "CompletedAt": { "type": "google.protobuf.Timestamp", "id": 7 },
                          "Result": { "type": "BuildResultInfo", "id": 10 },
                          "Results": { "keyType": "string", "type": "BuildResultInfo", "id": 11 },
                          "numCachedSteps": { "type": "int32", "id": 15 },
                          "numTotalSteps": { "type": "int32", "id": 16 },
                          "numCompletedSteps": { "type": "int32", "id": 17 }
                        }
                      },
                      "Descriptor": {
                        "fields": {
                          "media_type": { "type": "string", "id": 1 },
                          "digest": { "type": "string", "id": 2 },
                          "size": { "type": "int64", "id": 3 },
                          "annotations": { "keyType": "string", "type": "string", "id": 5 }
                        }
                      },
                      "BuildResultInfo": { "fields": { "Attestations": { "rule": "repeated", "type": "Descriptor", "id": 2 } } },
                      "sourcepolicy": {
                        "nested": {
                          "PolicyAction": { "values": { "ALLOW": 0, "DENY": 1, "CONVERT": 2 } },
                          "AttrMatch": { "values": { "EQUAL": 0, "NOTEQUAL": 1, "MATCHES": 2 } },
                          "MatchType": { "values": { "WILDCARD": 0, "EXACT": 1, "REGEX": 2 } },
                          "Rule": {
                            "fields": {
                              "action": { "type": "PolicyAction", "id": 1 },
                              "selector": { "type": "Selector", "id": 2 },
                              "updates": { "type": "Update", "id": 3 }
                            }
                          },
                          "Update": {
                            "fields": {
                              "identifier": { "type": "string", "id": 1 },
                              "attrs": { "keyType": "string", "type": "string", "id": 2 }
                            }
                          },
                          "Selector": {
                            "fields": {
                              "identifier": { "type": "string", "id": 1 },
                              "match_type": { "type": "MatchType", "id": 2 },
                              "constraints": { "rule": "repeated", "type": "AttrConstraint", "id": 3 }
                            }
                          },
                          "AttrConstraint": {
                            "fields": {
                              "key": { "type": "string", "id": 1 },
                              "value": { "type": "string", "id": 2 },
                              "condition": { "type": "AttrMatch", "id": 3 }
                            }
                          },
                          "Policy": {
                            "fields": {
                              "version": { "type": "int64", "id": 1 },
                              "rules": { "rule": "repeated", "type": "Rule", "id": 2 }
                            }
                          }
                        }
                      },
                      "types": {
                        "nested": {
                          "WorkerRecord": {
                            "fields": {
                              "ID": { "type": "string", "id": 1 },
                              "Labels": { "keyType": "string", "type": "string", "id": 2 },
                              "platforms": { "rule": "repeated", "type": "pb.Platform", "id": 3 },
                              "GCPolicy": { "rule": "repeated", "type": "GCPolicy", "id": 4 },
                              "BuildkitVersion": { "type": "BuildkitVersion", "id": 5 }
                            }
                          },
                          "GCPolicy": {
                            "fields": {
                              "all": { "type": "bool", "id": 1 },
                              "keepDuration": { "type": "int64", "id": 2 },
                              "keepBytes": { "type": "int64", "id": 3 },
                              "filters": { "rule": "repeated", "type": "string", "id": 4 }
                            }
                          },
                          "BuildkitVersion": {
                            "fields": {
                              "package": { "type": "string", "id": 1 },
                              "version": { "type": "string", "id": 2 },
                              "revision": { "type": "string", "id": 3 }
                            }
                          }
                        }
                      },
                      "frontend": {
                        "nested": {
                          "LLBBridge": {
                            "methods": {
                              "Solve": { "requestType": "SolveRequest", "responseType": "SolveResponse" },
                              "Evaluate": { "requestType": "EvaluateRequest", "responseType": "EvaluateResponse" },
                              "ReadFile": { "requestType": "ReadFileRequest", "responseType": "ReadFileResponse" },
                              "Ping": { "requestType": "PingRequest", "responseType": "PongResponse" },
                              "Return": { "requestType": "ReturnRequest", "responseType": "ReturnResponse" }
                            }
                          },
                          "Result": {
                            "oneofs": { "result": { "oneof": ["refDeprecated", "refsDeprecated", "ref", "refs"] } },
                            "fields": {
                              "refDeprecated": { "type": "string", "id": 1 },
                              "refsDeprecated": { "type": "RefMapDeprecated", "id": 2 },
                              "ref": { "type": "Ref", "id": 3 },
                              "refs": { "type": "RefMap", "id": 4 },
                              "metadata": { "keyType": "string", "type": "bytes", "id": 10 },
                              "attestations": { "keyType": "string", "type": "Attestations", "id": 12 }
                            }
                          },
                          "RefMapDeprecated": { "fields": { "refs": { "keyType": "string", "type": "string", "id": 1 } } },
                          "Ref": {
                            "fields": { "id": { "type": "string", "id": 1 }, "def": { "type": "bytes", "id": 2 } }
                          },
                          "RefMap": { "fields": { "refs": { "keyType": "string", "type": "Ref", "id": 1 } } },
                          "Attestations": {
                            "fields": { "attestation": { "rule": "repeated", "type": "Attestation", "id": 1 } }
                          },
                          "Attestation": {
                            "fields": {
                              "kind": { "type": "int32", "id": 1 },
                              "metadata": { "keyType": "string", "type": "bytes", "id": 2 },
                              "ref": { "type": "Ref", "id": 3 },
                              "path": { "type": "string", "id": 4 },
                              "inTotoPredicateType": { "type": "string", "id": 5 },
                              "inTotoSubjects": { "rule": "repeated", "type": "InTotoSubject", "id": 6 }
                            }
                          },
                          "InTotoSubject": {
                            "fields": {
                              "kind": { "type": "int32", "id": 1 },
                              "digest": { "rule": "repeated", "type": "string", "id": 2 },
                              "name": { "type": "string", "id": 3 }
                            }
                          },
                          "ReturnRequest": {
                            "fields": { "result": { "type": "Result", "id": 1 }, "error": { "type": "bytes", "id": 2 } }
                          },
                          "ReturnResponse": { "fields": {} },
                          "SolveRequest": {
                            "fields": {
                              "Definition": { "type": "bytes", "id": 1 },
                              "Frontend": { "type": "string", "id": 2 },
                              "FrontendOpt": { "keyType": "string", "type": "string", "id": 3 },
                              "allowResultReturn": { "type": "bool", "id": 5 },
                              "allowResultArrayRef": { "type": "bool", "id": 6 },
                              "Final": { "type": "bool", "id": 10 },
                              "ExporterAttr": { "type": "bytes", "id": 11 },
                              "CacheImports": { "rule": "repeated", "type": "CacheOptionsEntry", "id": 12 },
                              "FrontendInputs": { "keyType": "string", "type": "bytes", "id": 13 },
                              "Evaluate": { "type": "bool", "id": 14 },
                              "SourcePolicies": {
                                "rule": "repeated",
                                "type": "moby.buildkit.v1.sourcepolicy.Policy",
                                "id": 15
                              }
                            }
                          },
                          "CacheOptionsEntry": {
                            "fields": {
                              "Type": { "type": "string", "id": 1 },
                              "Attrs": { "keyType": "string", "type": "string", "id": 2 }
                            }
                          },
                          "SolveResponse": {
                            "fields": { "ref": { "type": "string", "id": 1 }, "result": { "type": "Result", "id": 3 } }
                          },
                          "ReadFileRequest": {
                            "fields": {
                              "Ref": { "type": "string", "id": 1 },
                              "FilePath": { "type": "string", "id": 2 },
                              "Range": { "type": "FileRange", "id": 3 }
                            }
                          },
                          "FileRange": {
                            "fields": { "Offset": { "type": "int64", "id": 1 }, "Length": { "type": "int64", "id": 2 } }
                          },
                          "ReadFileResponse": { "fields": { "Data": { "type": "bytes", "id": 1 } } },
                          "EvaluateRequest": { "fields": { "Ref": { "type": "string", "id": 1 } } },
                          "EvaluateResponse": { "fields": {} },
                          "PingRequest": { "fields": {} },
                          "PongResponse": {
                            "fields": {
                              "FrontendAPICaps": { "rule": "repeated", "type": "moby.buildkit.v1.apicaps.APICap", "id": 1 },
                              "LLBCaps": { "rule": "repeated", "type": "moby.buildkit.v1.apicaps.APICap", "id": 2 },
                              "Workers": { "rule": "repeated", "type": "moby.buildkit.v1.types.WorkerRecord", "id": 3 }
                            }
                          }
                        }
                      }
                    }
                  },
                  "secrets": {
                    "nested": {
                      "v1": {
                        "nested": {
                          "Secrets": {
                            "methods": {
                              "GetSecret": { "requestType": "GetSecretRequest", "responseType": "GetSecretResponse" }
                            }
                          },
                          "GetSecretRequest": {
                            "fields": {
                              "ID": { "type": "string", "id": 1 },
                              "annotations": { "keyType": "string", "type": "string", "id": 2 }
                            }
                          },
                          "GetSecretResponse": { "fields": { "data": { "type": "bytes", "id": 1 } } }
                        }
                      }
                    }
                  }
                }
              },
              "filesync": {
                "nested": {
                  "v1": {
                    "nested": {
                      "FileSync": {
                        "methods": {
                          "DiffCopy": {
                            "requestType": "fsutil.types.Packet",
                            "requestStream": true,
                            "responseType": "fsutil.types.Packet",
                            "responseStream": true
                          },
                          "TarStream": {
                            "requestType": "fsutil.types.Packet",
                            "requestStream": true,
                            "responseType": "fsutil.types.Packet",
                            "responseStream": true
                          }
                        }
                      },
                      "FileSend": {
                        "methods": {
                          "DiffCopy": {
                            "requestType": "BytesMessage",
                            "requestStream": true,
                            "responseType": "BytesMessage",
                            "responseStream": true
                          }
                        }
                      },
                      "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                      "Auth": {
                        "methods": {
                          "Credentials": { "requestType": "CredentialsRequest", "responseType": "CredentialsResponse" },
                          "FetchToken": { "requestType": "FetchTokenRequest", "responseType": "FetchTokenResponse" },
                          "GetTokenAuthority": {
                            "requestType": "GetTokenAuthorityRequest",
                            "responseType": "GetTokenAuthorityResponse"
                          },
                          "VerifyTokenAuthority": {
                            "requestType": "VerifyTokenAuthorityRequest",
                            "responseType": "VerifyTokenAuthorityResponse"
                          }
                        }
                      },
                      "CredentialsRequest": { "fields": { "Host": { "type": "string", "id": 1 } } },
                      "CredentialsResponse": {
                        "fields": { "Username": { "type": "string", "id": 1 }, "Secret": { "type": "string", "id": 2 } }
                      },
                      "FetchTokenRequest": {
                        "fields": {
                          "ClientID": { "type": "string", "id": 1 },
                          "Host": { "type": "string", "id": 2 },
                          "Realm": { "type": "string", "id": 3 },
                          "Service": { "type": "string", "id": 4 },
                          "Scopes": { "rule": "repeated", "type": "string", "id": 5 }
                        }
                      },
                      "FetchTokenResponse": {
                        "fields": {
                          "Token": { "type": "string", "id": 1 },
                          "ExpiresIn": { "type": "int64", "id": 2 },
                          "IssuedAt": { "type": "int64", "id": 3 }
                        }
                      },
                      "GetTokenAuthorityRequest": {
                        "fields": { "Host": { "type": "string", "id": 1 }, "Salt": { "type": "bytes", "id": 2 } }
                      },
                      "GetTokenAuthorityResponse": { "fields": { "PublicKey": { "type": "bytes", "id": 1 } } },
                      "VerifyTokenAuthorityRequest": {
                        "fields": {
                          "Host": { "type": "string", "id": 1 },
                          "Payload": { "type": "bytes", "id": 2 },
                          "Salt": { "type": "bytes", "id": 3 }
                        }
                      },
                      "VerifyTokenAuthorityResponse": { "fields": { "Signed": { "type": "bytes", "id": 1 } } }
                    }
                  }
                }
              },
              "sshforward": {
                "nested": {
                  "v1": {
                    "nested": {
                      "SSH": {
                        "methods": {
                          "CheckAgent": { "requestType": "CheckAgentRequest", "responseType": "CheckAgentResponse" },
                          "ForwardAgent": {
                            "requestType": "BytesMessage",
                            "requestStream": true,
                            "responseType": "BytesMessage",
                            "responseStream": true
                          }
                        }
                      },
                      "BytesMessage": { "fields": { "data": { "type": "bytes", "id": 1 } } },
                      "CheckAgentRequest": { "fields": { "ID": { "type": "string", "id": 1 } } },
                      "CheckAgentResponse": { "fields": {} }
                    }
                  }
                }
              }
            }
          },
          "containerd": {
            "nested": {
              "services": {
                "nested": {
                  "content": {
                    "nested": {
                      "v1": {
                        "nested": {
                          "Content": {
                            "methods": {
                              "Info": { "requestType": "InfoRequest", "responseType": "InfoResponse" },
                              "Update": { "requestType": "UpdateRequest", "responseType": "UpdateResponse" },
                              "List": {
                                "requestType": "ListContentRequest",
                                "responseType": "ListContentResponse",
                                "responseStream": true
                              },
                              "Delete": {
                                "requestType": "DeleteContentRequest",
                                "responseType": "google.protobuf.Empty"
                              },
                              "Read": {
                                "requestType": "ReadContentRequest",
                                "responseType": "ReadContentResponse",
                                "responseStream": true
                              },
                              "Status": { "requestType": "StatusRequest", "responseType": "StatusResponse" },
                              "ListStatuses": {
                                "requestType": "ListStatusesRequest",
                                "responseType": "ListStatusesResponse"
                              },
                              "Write": {
                                "requestType": "WriteContentRequest",
                                "requestStream": true,
                                "responseType": "WriteContentResponse",
                                "responseStream": true
                              },
                              "Abort": { "requestType": "AbortRequest", "responseType": "google.protobuf.Empty" }
                            }
                          },
                          "Info": {
                            "fields": {
                              "digest": { "type": "string", "id": 1 },
                              "size": { "type": "int64", "id": 2 },
                              "created_at": { "type": "google.protobuf.Timestamp", "id": 3 },
                              "updated_at": { "type": "google.protobuf.Timestamp", "id": 4 },
                              "labels": { "keyType": "string", "type": "string", "id": 5 }
                            }
                          },
                          "InfoRequest": { "fields": { "digest": { "type": "string", "id": 1 } } },
                          "InfoResponse": { "fields": { "info": { "type": "Info", "id": 1 } } },
                          "UpdateRequest": {
                            "fields": {
                              "info": { "type": "Info", "id": 1 },
                              "update_mask": { "type": "google.protobuf.FieldMask", "id": 2 }
                            }
                          },
                          "UpdateResponse": { "fields": { "info": { "type": "Info", "id": 1 } } },
                          "ListContentRequest": { "fields": { "filters": { "rule": "repeated", "type": "string", "id": 1 } } },
                          "ListContentResponse": { "fields": { "info": { "rule": "repeated", "type": "Info", "id": 1 } } },
                          "DeleteContentRequest": { "fields": { "digest": { "type": "string", "id": 1 } } },
                          "ReadContentRequest": {
                            "fields": {
                              "digest": { "type": "string", "id": 1 },
                              "offset": { "type": "int64", "id": 2 },
                              "size": { "type": "int64", "id": 3 }
                            }
                          },
                          "ReadContentResponse": {
                            "fields": { "offset": { "type": "int64", "id": 1 }, "data": { "type": "bytes", "id": 2 } }
                          },
                          "Status": {
                            "fields": {
                              "started_at": { "type": "google.protobuf.Timestamp", "id": 1 },
                              "updated_at": { "type": "google.protobuf.Timestamp", "id": 2 },
                              "ref": { "type": "string", "id": 3 },
                              "offset": { "type": "int64", "id": 4 },
                              "total": { "type": "int64", "id": 5 },
                              "expected": { "type": "string", "id": 6 }
                            }
                          },
                          "StatusRequest": { "fields": { "ref": { "type": "string", "id": 1 } } },
                          "StatusResponse": { "fields": { "status": { "type": "Status", "id": 1 } } },
                          "ListStatusesRequest": { "fields": { "filters": { "rule": "repeated", "type": "string", "id": 1 } } },
                          "ListStatusesResponse": { "fields": { "statuses": { "rule": "repeated", "type": "Status", "id": 1 } } },
                          "WriteAction": { "values": { "STAT": 0, "WRITE": 1, "COMMIT": 2 } },
                          "WriteContentRequest": {
                            "fields": {
                              "action": { "type": "WriteAction", "id": 1 },
                              "ref": { "type": "string", "id": 2 },
                              "total": { "type": "int64", "id": 3 },
                              "expected": { "type": "string", "id": 4 },
                              "offset": { "type": "int64", "id": 5 },
                              "data": { "type": "bytes", "id": 6 },
                              "labels": { "keyType": "string", "type": "string", "id": 7 }
                            }
                          },
                          "WriteContentResponse": {
                            "fields": {
                              "action": { "type": "WriteAction", "id": 1 },
                              "started_at": { "type": "google.protobuf.Timestamp", "id": 2 },
                              "updated_at": { "type": "google.protobuf.Timestamp", "id": 3 },
                              "offset": { "type": "int64", "id": 4 },
                              "total": { "type": "int64", "id": 5 },
                              "digest": { "type": "string", "id": 6 }
                            }
                          },
                          "AbortRequest": { "fields": { "ref": { "type": "string", "id": 1 } } }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "google": {
            "nested": {
              "protobuf": {
                "nested": {
                  "Timestamp": { "fields": { "seconds": { "type": "int64", "id": 1 }, "nanos": { "type": "int32", "id": 2 } } },
                  "Empty": { "fields": {} },
                  "Any": {
                    "fields": { "type_url": { "type": "string", "id": 1 }, "value": { "type": "bytes", "id": 2 } }
                  },
                  "FieldMask": { "fields": { "paths": { "rule": "repeated", "type": "string", "id": 1 } } }
                }
              },
              "rpc": {
                "nested": {
                  "Status": {
                    "fields": {
                      "code": { "type": "int32", "id": 1 },
                      "message": { "type": "string", "id": 2 },
                      "details": { "rule": "repeated", "type": "google.protobuf.Any", "id": 3 }
                    }
                  }
                }
              }
            }
          },
          "pb": {
            "nested": {
              "Platform": {
                "fields": {
                  "Architecture": { "type": "string", "id": 1 },
                  "OS": { "type": "string", "id": 2 },
                  "Variant": { "type": "string", "id": 3 },
                  "OSVersion": { "type": "string", "id": 4 },
                  "OSFeatures": { "rule": "repeated", "type": "string", "id": 5 }
                }
              },
              "ProgressGroup": {
                "fields": {
                  "id": { "type": "string", "id": 1 },
                  "name": { "type": "string", "id": 2 },
                  "weak": { "type": "bool", "id": 3 }
                }
              },
              "Position": { "fields": { "line": { "type": "int32", "id": 1 }, "character": { "type": "int32", "id": 2 } } },
              "Range": { "fields": { "start": { "type": "Position", "id": 1 }, "end": { "type": "Position", "id": 2 } } },
              "SourceInfo": {
                "fields": {
                  "filename": { "type": "string", "id": 1 },
                  "data": { "type": "bytes", "id": 2 },
                  "definition": { "type": "bytes", "id": 3 },
                  "language": { "type": "string", "id": 4 }
                }
              },
              "Op": {
                "oneofs": { "op": { "oneof": ["exec", "source", "file"] } },
                "fields": {
                  "inputs": { "rule": "repeated", "type": "Input", "id": 1 },
                  "exec": { "type": "ExecOp", "id": 2 },
                  "source": { "type": "SourceOp", "id": 3 },
                  "file": { "type": "FileOp", "id": 4 },
                  "platform": { "type": "Platform", "id": 10 },
                  "constraints": { "type": "WorkerConstraints", "id": 11 }
                }
              },
              "WorkerConstraints": { "fields": { "filter": { "rule": "repeated", "type": "string", "id": 1 } } },
              "ExecOp": {
                "fields": {
                  "meta": { "type": "Meta", "id": 1 },
                  "mounts": { "rule": "repeated", "type": "Mount", "id": 2 }
                }
              },
              "Meta": {
                "fields": {
                  "args": { "rule": "repeated", "type": "string", "id": 1 },
                  "env": { "rule": "repeated", "type": "string", "id": 2 },
                  "cwd": { "type": "string", "id": 3 },
                  "user": { "type": "string", "id": 4 },
                  "removeMountStubsRecursive": { "type": "bool", "id": 11 }
                }
              },
              "Mount": {
                "fields": {
                  "input": { "type": "int64", "id": 1 },
                  "selector": { "type": "string", "id": 2 },
                  "dest": { "type": "string", "id": 3 },
                  "output": { "type": "int64", "id": 4 },
                  "readonly": { "type": "bool", "id": 5 },
                  "mountType": { "type": "MountType", "id": 6 },
                  "cacheOpt": { "type": "CacheOpt", "id": 20 }
                }
              },
              "MountType": { "values": { "BIND": 0, "SECRET": 1, "SSH": 2, "CACHE": 3, "TMPFS": 4 } },
              "CacheOpt": {
                "fields": { "ID": { "type": "string", "id": 1 }, "sharing": { "type": "CacheSharingOpt", "id": 2 } }
              },
              "CacheSharingOpt": { "values": { "SHARED": 0, "PRIVATE": 1, "LOCKED": 2 } },
              "FileOp": { "fields": { "actions": { "rule": "repeated", "type": "FileAction", "id": 2 } } },
              "FileAction": {
                "oneofs": { "action": { "oneof": ["copy", "mkdir"] } },
                "fields": {
                  "input": { "type": "int64", "id": 1 },
                  "secondaryInput": { "type": "int64", "id": 2 },
                  "output": { "type": "int64", "id": 3 },
                  "copy": { "type": "FileActionCopy", "id": 4 },
                  "mkdir": { "type": "FileActionMkDir", "id": 6 }
                }
              },
              "FileActionCopy": {
                "fields": {
                  "src": { "type": "string", "id": 1 },
                  "dest": { "type": "string", "id": 2 },
                  "owner": { "type": "ChownOpt", "id": 3 },
                  "mode": { "type": "int32", "id": 4 },
                  "followSymlink": { "type": "bool", "id": 5 },
                  "dirCopyContents": { "type": "bool", "id": 6 },
                  "attemptUnpackDockerCompatibility": { "type": "bool", "id": 7 },
                  "createDestPath": { "type": "bool", "id": 8 },
                  "allowWildcard": { "type": "bool", "id": 9 },
                  "allowEmptyWildcard": { "type": "bool", "id": 10 },
                  "timestamp": { "type": "int64", "id": 11 },
                  "include_patterns": { "rule": "repeated", "type": "string", "id": 12 },
                  "exclude_patterns": { "rule": "repeated", "type": "string", "id": 13 },
                  "alwaysReplaceExistingDestPaths": { "type": "bool", "id": 14 },
                  "modeStr": { "type": "string", "id": 15 },
                  "required_paths": { "rule": "repeated", "type": "string", "id": 16 }
                }
              },
              "FileActionMkDir": {
                "fields": {
                  "path": { "type": "string", "id": 1 },
                  "mode": { "type": "int32", "id": 2 },
                  "makeParents": { "type": "bool", "id": 3 },
                  "owner": { "type": "ChownOpt", "id": 4 },
                  "timestamp": { "type": "int64", "id": 5 }
                }
              },
              "ChownOpt": { "fields": { "user": { "type": "UserOpt", "id": 1 }, "group": { "type": "UserOpt", "id": 2 } } },
              "UserOpt": {
                "oneofs": { "user": { "oneof": ["byName", "byID"] } },
                "fields": { "byName": { "type": "NamedUserOpt", "id": 1 }, "byID": { "type": "uint32", "id": 2 } }
              },
              "NamedUserOpt": { "fields": { "name": { "type": "string", "id": 1 }, "input": { "type": "int64", "id": 2 } } },
              "Input": { "fields": { "digest": { "type": "string", "id": 1 }, "index": { "type": "int64", "id": 2 } } },
              "SourceOp": {
                "fields": {
                  "identifier": { "type": "string", "id": 1 },
                  "attrs": { "keyType": "string", "type": "string", "id": 2 }
                }
              },
              "OpMetadata": {
                "fields": {
                  "ignore_cache": { "type": "bool", "id": 1 },
                  "description": { "keyType": "string", "type": "string", "id": 2 },
                  "caps": { "keyType": "string", "type": "bool", "id": 5 },
                  "progress_group": { "type": "ProgressGroup", "id": 6 }
                }
              },
              "Definition": {
                "fields": {
                  "def": { "rule": "repeated", "type": "bytes", "id": 1 },
                  "metadata": { "keyType": "string", "type": "OpMetadata", "id": 2 }
                }
              }
            }
          },
          "fsutil": {
            "nested": {
              "types": {
                "nested": {
                  "Stat": {
                    "fields": {
                      "path": { "type": "string", "id": 1 },
                      "mode": { "type": "uint32", "id": 2 },
                      "uid": { "type": "uint32", "id": 3 },
                      "gid": { "type": "uint32", "id": 4 },
                      "size": { "type": "int64", "id": 5 },
                      "modTime": { "type": "int64", "id": 6 },
                      "linkname": { "type": "string", "id": 7 },
                      "devmajor": { "type": "int64", "id": 8 },
                      "devminor": { "type": "int64", "id": 9 },
                      "xattrs": { "keyType": "string", "type": "bytes", "id": 10 }
                    }
                  },
                  "Packet": {
                    "fields": {
                      "type": { "type": "PacketType", "id": 1 },
                      "stat": { "type": "Stat", "id": 2 },
                      "ID": { "type": "uint32", "id": 3 },
                      "data": { "type": "bytes", "id": 4 }
                    },
                    "nested": {
                      "PacketType": {
                        "values": {
                          "PACKET_STAT": 0,
                          "PACKET_REQ": 1,
                          "PACKET_DATA": 2,
                          "PACKET_FIN": 3,
                          "PACKET_ERR": 4
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "grpc": {
            "nested": {
              "health": {
                "nested": {
                  "v1": {
                    "nested": {
                      "HealthCheckRequest": { "fields": { "service": { "type": "string", "id": 1 } } },
                      "HealthCheckResponse": {
                        "fields": { "status": { "type": "ServingStatus", "id": 1 } },
                        "nested": {
                          "ServingStatus": { "values": { "UNKNOWN": 0, "SERVING": 1, "NOT_SERVING": 2, "SERVICE_UNKNOWN": 3 } }
                        }
                      },
                      "HealthListRequest": { "fields": {} },
                      "HealthListResponse": {
                        "fields": { "statuses": { "keyType": "string", "type": "HealthCheckResponse", "id": 1 } }
                      },
                      "Health": {
                        "methods": {
                          "Check": { "requestType": "HealthCheckRequest", "responseType": "HealthCheckResponse" },
                          "List": { "requestType": "HealthListRequest", "responseType": "HealthListResponse" },
                          "Watch": {
                            "requestType": "HealthCheckRequest",
                            "responseType": "HealthCheckResponse",
                            "responseStream": true
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      };
      ;
      function loadRoot() {
        const loaded = new light.Root();
        loaded.addJSON(descriptors.nested ?? {});
        return loaded;
      }
      function longToDecimal({ low, high, unsigned }) {
        const hi = unsigned ? high >>> 0 : high | 0;
        if (hi < 2097152 && hi >= -2097152)
          return String(hi * 4294967296 + (low >>> 0));
        return (BigInt(hi) << 32n | BigInt(low >>> 0)).toString();
      }
      const codecUtil = Object.assign(Object.create(light.util), { longToDecimal });
      function setupWith(type, generated) {
        const root2 = type.root;
        if (root2?._needsRecursiveFeatureResolution) {
          const edition = root2._edition ?? type._edition;
          if (edition)
            root2._resolveFeaturesRecursive?.(edition);
        }
        const types = type.fieldsArray.map((field) => field.resolve().resolvedType);
        const C = type._ctor ?? (type.ctor = generated.ctor());
        const [encode, decode, fromObject, toObject] = generated.codec(light.Writer, light.Reader, codecUtil, types, C);
        type.encode = encode;
        type.decode = decode;
        type.fromObject = fromObject;
        type.toObject = toObject;
        type.verify = (message) => (type.verify = light.verifier(type)({ types, util: light.util }))(message);
        const wrapper = light.wrappers[type.fullName];
        if (wrapper) {
          const wrapperThis = Object.create(type);
          wrapperThis._ctor = C;
          wrapperThis.fromObject = fromObject;
          wrapperThis.toObject = toObject;
          if (wrapper.fromObject)
            type.fromObject = wrapper.fromObject.bind(wrapperThis);
          if (wrapper.toObject)
            type.toObject = wrapper.toObject.bind(wrapperThis);
        }
        return type;
      }
      function installCodecs(into, generated = codecs) {
        for (const obj of into.nestedArray) {
          if (obj instanceof light.Type) {
            const own = generated[obj.fullName];
            if (own)
              obj.setup = () => setupWith(obj, own);
          }
          if (obj instanceof light.Namespace)
            installCodecs(obj, generated);
        }
      }
      const root = loadRoot();
      installCodecs(root);
      const toObjectOptions = {
        longs: String,
        enums: Number,
        defaults: false,
        arrays: true,
        objects: true,
        oneofs: true
      };
      function messageType(fullName) {
        return root.lookupType(fullName);
      }
      function encodeMessage(fullName, value) {
        return encodeWith(messageType(fullName), value);
      }
      function decodeMessage(fullName, bytes) {
        return decodeWith(messageType(fullName), bytes);
      }
      function encodeWith(type, value) {
        const bytes = type.encode(type.fromObject(value)).finish();
        return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }
      function decodeWith(type, bytes) {
        return type.toObject(type.decode(bytes), toObjectOptions);
      }
    })
  )
};
