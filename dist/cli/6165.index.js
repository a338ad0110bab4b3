"use strict";exports.id=6165;exports.ids=[6165];exports.modules={6165:(function(__unused_webpack___webpack_module__,__webpack_exports__,__webpack_require__){__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{MATRIX_USAGE:()=>MATRIX_USAGE,matrixMain:()=>matrixMain});var node_util__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(7975);var _args_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(910);var _usage_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(4761);const MATRIX_USAGE=`Usage: bakekit matrix [OPTIONS] [TARGET...]

Print a GitHub Actions strategy.matrix for the resolved bake definition, as one line of JSON; nothing is built.
Default: docker/bake-action's matrix, [{"target":"NAME"},\u2026], one entry per target (producers of target: contexts
included), for strategy.matrix.include.

Options:
  -f, --file FILE          bake file (repeatable; default: docker-bake.hcl/json, compose files)
      --set K=V            override a target attribute (repeatable), as for a build
      --var NAME=VALUE     set a variable of the bake file (repeatable), as for a build
      --fields LIST        extra fields per entry: attributes of the target's --print JSON, comma-separated
                           (platforms: one entry per target and platform), as docker/bake-action's fields
      --layers             print the entries grouped by target: layers instead, [[\u2026layer 0\u2026],[\u2026layer 1\u2026],\u2026]:
                           a layer's targets consume only targets of lower layers; each entry also has
                           "targets": its producers and itself, comma-separated
      --changed            only targets whose Dockerfile, context files (after .dockerignore) or definition
                           changed since the base commit, and every target that consumes one (git diff BASE HEAD
                           on the local clone)
      --base REF           the base commit of --changed (implies --changed); default: from the GitHub event
                           (push: before; pull_request: pull_request.base.sha; merge_group: base_sha)
  -h, --help               this help

Exit status: 0 printed, 1 the definition or Git failed, 2 bad command line.
`;const processIo=()=>({cwd:process.cwd(),env:process.env,stdout:t=>process.stdout.write(t),stderr:t=>process.stderr.write(t)});async function matrixMain(argv,io=processIo()){const usage=message=>{io.stderr((0,_usage_js__WEBPACK_IMPORTED_MODULE_2__.W)("bakekit matrix",message,MATRIX_USAGE));return 2};let parsed;try{parsed=(0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({args:argv,allowPositionals:true,options:{file:{type:"string",short:"f",multiple:true},set:{type:"string",multiple:true},var:{type:"string",multiple:true},fields:{type:"string",multiple:true},layers:{type:"boolean"},changed:{type:"boolean"},base:{type:"string"},help:{type:"boolean",short:"h"}}})}catch(err){return usage(err.message)}const v=parsed.values;if(v.help){io.stdout(MATRIX_USAGE);return 0}const[{parseFields,MatrixFieldError},{planMatrix}]=await Promise.all([Promise.all([__webpack_require__.e(5175),__webpack_require__.e(5865),__webpack_require__.e(2916),__webpack_require__.e(6121)]).then(__webpack_require__.bind(__webpack_require__,6121)),Promise.all([__webpack_require__.e(5175),__webpack_require__.e(5865),__webpack_require__.e(2916),__webpack_require__.e(5767),__webpack_require__.e(5031),__webpack_require__.e(9745),__webpack_require__.e(6940),__webpack_require__.e(5530)]).then(__webpack_require__.bind(__webpack_require__,8681))]);let fields;try{fields=parseFields(v.fields??[])}catch(err){if(err instanceof MatrixFieldError)return usage(`--${err.message}`);throw err}let vars;try{vars=v.var?.length?(0,_args_js__WEBPACK_IMPORTED_MODULE_1__.ux)(v.var):void 0}catch(err){return usage(`--var: ${err.message}`)}if(v.base==="")return usage("--base: expected a commit (a sha, a branch, HEAD~1, \u2026)");const changed=v.changed||v.base!==void 0;if(changed&&v.base===void 0&&!io.env.GITHUB_EVENT_NAME){return usage("--changed needs --base REF outside GitHub Actions (there is no event to take the base commit from)")}try{const plan=await planMatrix({bake:{files:v.file??[],targets:parsed.positionals,set:v.set??[],vars,cwd:io.cwd,env:io.env,onBakeWarning:w=>io.stderr(`WARNING: ${w.message}
`)},fields,changed:changed?{base:v.base}:void 0});for(const note of plan.notes)io.stderr(`NOTE: ${note}
`);if(plan.changed){const{base,selected}=plan.changed;io.stderr(base.kind==="commit"?`changed since ${base.ref} (${base.from}): ${selected.size} target(s)
`:`every target: ${base.reason}
`);for(const[name,why]of selected)io.stderr(`  ${name}: ${why.join("; ")}
`)}io.stdout(JSON.stringify(v.layers?plan.layers:plan.include)+"\n");return 0}catch(err){io.stderr(`ERROR: ${err.message}
`);return 1}}})};
