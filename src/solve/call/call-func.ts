/**
 * The build's call function (`call` attribute, `--call`, `--check`): buildx's util/buildflags ParseCallFunc. Apart from
 * bake.ts so that the CLI can check `--call` while parsing its arguments without loading the rest.
 */

export interface CallFunc {
  /** `build`, `lint` (buildx renamed `check` to it, and so do we), `outline`, `targets` */
  name: string;
  /** `json` for machine-readable results */
  format?: string;
  /** exit 0 even when the check fails */
  ignoreStatus: boolean;
}

const GO_TRUE = /^(1|t|T|TRUE|true|True)$/;
const GO_FALSE = /^(0|f|F|FALSE|false|False)$/;

/** A name and `format=`/`ignorestatus=` fields, comma-separated; `check` becomes `lint`. */
export function parseCallFunc(value: string): CallFunc {
  let name = '';
  let format: string | undefined;
  let ignoreStatus = false;
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) {
      if (name !== '') throw new Error(`invalid print value: ${value}`);
      name = field;
      continue;
    }
    const key = field.slice(0, eq);
    const val = field.slice(eq + 1);
    if (key === 'format') format = val;
    else if (key === 'ignorestatus') {
      if (!GO_TRUE.test(val) && !GO_FALSE.test(val)) throw new Error(`invalid ignorestatus print value: ${val}`);
      ignoreStatus = GO_TRUE.test(val);
    } else throw new Error(`invalid print field: ${field}`);
  }
  if (name === 'check') name = 'lint';
  return { name, format, ignoreStatus };
}

/** The name `*.call=` carries, or undefined for the default (`build`, or nothing given), which adds no override. */
export function callName(call: string | undefined): string | undefined {
  if (!call) return undefined;
  const { name } = parseCallFunc(call);
  return name === '' || name === 'build' ? undefined : name;
}
