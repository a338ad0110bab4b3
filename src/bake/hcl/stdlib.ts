/**
 * The function library bake exposes (buildx bake/hclparser/stdlib.go: the cty stdlib plus a few bake-specific
 * helpers), by name. The functions live in stdlib/, one file per family; this table is the one place that names
 * them. `try`, `can` and `convert` need unevaluated arguments and live in the evaluator. Errors thrown by a
 * function are wrapped with the call's position by the evaluator.
 */
import type { HclFunction } from './eval.js';
import * as collections from './stdlib/collections.js';
import * as crypto from './stdlib/crypto.js';
import * as encoding from './stdlib/encoding.js';
import * as format from './stdlib/format.js';
import * as logic from './stdlib/logic.js';
import * as network from './stdlib/network.js';
import * as numeric from './stdlib/numeric.js';
import * as paths from './stdlib/paths.js';
import * as regex from './stdlib/regex.js';
import * as semver from './stdlib/semver.js';
import * as strings from './stdlib/strings.js';
import * as time from './stdlib/time.js';

/**
 * In buildx's order (alphabetical, as stdlib.go lists them, but regex_replace before regex), with bcrypt and
 * rsadecrypt last: the order Object.keys gives, which the fuzzer draws function names from.
 */
export const STDLIB: Record<string, HclFunction> = {
  absolute: numeric.absolute,
  add: numeric.add,
  and: logic.and,
  base64decode: encoding.base64decode,
  base64encode: encoding.base64encode,
  basename: paths.basename,
  byteslen: encoding.byteslen,
  bytesslice: encoding.bytesslice,
  ceil: numeric.ceil,
  chomp: strings.chomp,
  chunklist: collections.chunklist,
  cidrhost: network.cidrhost,
  cidrnetmask: network.cidrnetmask,
  cidrsubnet: network.cidrsubnet,
  cidrsubnets: network.cidrsubnets,
  coalesce: collections.coalesce,
  coalescelist: collections.coalescelist,
  compact: collections.compact,
  concat: collections.concat,
  contains: collections.contains,
  csvdecode: encoding.csvdecode,
  dirname: paths.dirname,
  distinct: collections.distinct,
  divide: numeric.divide,
  element: collections.element,
  equal: logic.equal,
  flatten: collections.flatten,
  floor: numeric.floor,
  format: format.format,
  formatdate: time.formatdate,
  formattimestamp: time.formattimestamp,
  formatlist: format.formatlist,
  greaterthan: numeric.greaterthan,
  greaterthanorequalto: numeric.greaterthanorequalto,
  hasindex: collections.hasindex,
  homedir: paths.homedir,
  indent: strings.indent,
  index: collections.index,
  indexof: collections.indexof,
  int: numeric.int,
  join: strings.join,
  jsondecode: encoding.jsondecode,
  jsonencode: encoding.jsonencode,
  keys: collections.keys,
  length: collections.length,
  lessthan: numeric.lessthan,
  lessthanorequalto: numeric.lessthanorequalto,
  log: numeric.log,
  lookup: collections.lookup,
  lower: strings.lower,
  max: numeric.max,
  md5: crypto.md5,
  merge: collections.merge,
  min: numeric.min,
  modulo: numeric.modulo,
  multiply: numeric.multiply,
  negate: numeric.negate,
  not: logic.not,
  notequal: logic.notequal,
  or: logic.or,
  parseint: numeric.parseint,
  pow: numeric.pow,
  range: collections.range,
  regex_replace: regex.regexReplace,
  regex: regex.regex,
  regexall: regex.regexall,
  replace: strings.replace,
  reverse: strings.reverse,
  reverselist: collections.reverselist,
  sanitize: strings.sanitize,
  semvercmp: semver.semvercmp,
  sethaselement: collections.sethaselement,
  setintersection: collections.setintersection,
  setproduct: collections.setproduct,
  setsubtract: collections.setsubtract,
  setsymmetricdifference: collections.setsymmetricdifference,
  setunion: collections.setunion,
  sha1: crypto.sha1,
  sha256: crypto.sha256,
  sha512: crypto.sha512,
  signum: numeric.signum,
  slice: collections.slice,
  sort: collections.sort,
  split: strings.split,
  strlen: strings.strlen,
  substr: strings.substr,
  subtract: numeric.subtract,
  timeadd: time.timeadd,
  timestamp: time.timestamp,
  title: strings.title,
  trim: strings.trim,
  trimprefix: strings.trimprefix,
  trimspace: strings.trimspace,
  trimsuffix: strings.trimsuffix,
  unixtimestampparse: time.unixtimestampparse,
  upper: strings.upper,
  urlencode: encoding.urlencode,
  uuidv4: crypto.uuidv4,
  uuidv5: crypto.uuidv5,
  values: collections.values,
  zipmap: collections.zipmap,
  bcrypt: crypto.bcrypt,
  rsadecrypt: crypto.rsadecrypt,
};

export function stdlibFunction(name: string): HclFunction | undefined {
  return Object.prototype.hasOwnProperty.call(STDLIB, name) ? STDLIB[name] : undefined;
}
