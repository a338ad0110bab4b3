/**
 * A stand-in `kubectl` for kube-pod:// and kubernetes-builder tests (there is no cluster on the test host). Put first
 * on PATH, it records every argv it is run with, answers `get pods` with a pod list the test sets, and turns
 * `exec … -i POD -- buildctl dial-stdio` for the one pod it knows into `docker exec -i CONTAINER buildctl dial-stdio`
 * into the test host's dial-stdio container (support/dial-stdio-container.ts) — a real buildctl in front of the real
 * standalone buildkitd, as in a buildkitd pod. Any other pod gets kubectl's NotFound error.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeKubectl {
  /** the directory holding `kubectl`, to put first on PATH */
  dir: string;
  /** the pod `exec` accepts */
  setPod(name: string): void;
  /** what `get pods` prints (a PodList object) */
  setPodList(list: object): void;
  /** each run's argv (without "kubectl"), oldest first */
  calls(): string[][];
  clearCalls(): void;
  remove(): void;
}

const SEP = '\x1f'; // between arguments of one run; one run per line

export function makeFakeKubectl(container: string): FakeKubectl {
  const dir = mkdtempSync(join(tmpdir(), 'bakekit-fake-kubectl-'));
  const log = join(dir, 'calls.log');
  const podFile = join(dir, 'pod');
  const listFile = join(dir, 'pods.json');
  writeFileSync(log, '');
  writeFileSync(podFile, '');
  writeFileSync(listFile, '{"items":[]}');
  const script = `#!/bin/sh
line=
for a in "$@"; do line="$line$a$(printf '\\037')"; done
printf '%s\\n' "$line" >> '${log}'
case " $* " in
  *" get pods "*) cat '${listFile}'; exit 0 ;;
esac
pod= prev= all=
for a in "$@"; do [ "$prev" = -i ] && pod=$a; prev=$a; all="$all $a"; done
case "$all" in
  *" -- buildctl dial-stdio") ;;
  *) echo "fake kubectl: unexpected command: $*" >&2; exit 2 ;;
esac
if [ "$pod" != "$(cat '${podFile}')" ]; then
  echo "Error from server (NotFound): pods \\"$pod\\" not found" >&2
  exit 1
fi
exec docker exec -i '${container}' buildctl dial-stdio
`;
  writeFileSync(join(dir, 'kubectl'), script);
  chmodSync(join(dir, 'kubectl'), 0o755);
  return {
    dir,
    setPod: (name) => writeFileSync(podFile, name),
    setPodList: (list) => writeFileSync(listFile, JSON.stringify(list)),
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(SEP).slice(0, -1)),
    clearCalls: () => writeFileSync(log, ''),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
