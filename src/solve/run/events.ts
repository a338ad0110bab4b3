import type { StatusResponse } from '../../buildkit/proto/control.pb.js';
import type { WarmTargetReport } from '../cache/gha.js';

/** Typed events the build core emits; renderers (plain log, GitHub groups, summary) subscribe. The core never prints. */
export type BuildEvent =
  | { type: 'target-start'; target: string; ref: string }
  | { type: 'status'; target: string; message: StatusResponse }
  | { type: 'target-done'; target: string; durationMs: number; exporterResponse: Record<string, string> }
  | { type: 'target-failed'; target: string; durationMs: number; error: Error }
  /** `cause`: the failed target that stopped it; `skipped`: it never started building */
  | { type: 'target-cancelled'; target: string; reason: string; cause?: string; skipped?: boolean }
  | { type: 'warning'; target?: string; message: string }
  /** cache warming (`warm`): per target, already warm (every build step cached) or built; once, after the run */
  | { type: 'warm-report'; targets: WarmTargetReport[] }
  /** a step outside BuildKit's progress, e.g. merging the manifests several nodes pushed */
  | { type: 'info'; target?: string; message: string };

export type EventSink = (event: BuildEvent) => void;
