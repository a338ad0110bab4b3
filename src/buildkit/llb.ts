/**
 * LLB definitions marshalled as BuildKit's Go client marshals them (client/llb: each op's Marshal, State.Marshal), to
 * the byte where it counts: an op's bytes are its identity (the daemon names the vertex by their digest, and an op's
 * inputs name other ops by theirs), so an op the Go client would make for the same request must come out the same.
 * Two things of the Go marshaller differ from protobufjs's: it writes an op's plain fields (inputs, platform, the
 * worker constraints every op gets, empty unless the client filters workers) before the `op` oneof, where protobufjs
 * writes fields by number; and it writes a map's entries sorted by key (deterministic marshalling), where protobufjs
 * follows the object. So an op is encoded here in two parts, which protobuf reads as one message, and a source's
 * attributes in key order.
 */
import { sha256Hex } from './light-crypto/sha256.js';
import { encodeMessage } from './proto/registry.js';
import type { FileActionCopy, Op, OpMetadata } from './proto/ops.pb.js';
import type { Encodable } from './proto/types.js';

/** The bytes of `op` as llb marshals it (see the header): its plain fields, the empty constraints, then the op. */
export function marshalOp(op: Encodable<Op>): Buffer {
  const { inputs, platform, constraints, exec, source, file } = op;
  const head = encodeMessage('pb.Op', {
    ...(inputs?.length ? { inputs } : {}),
    ...(platform ? { platform } : {}),
    constraints: constraints ?? {},
  });
  const body = exec
    ? { exec }
    : source
      ? {
          source: {
            ...source,
            attrs: Object.fromEntries(
              Object.entries(source.attrs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
            ),
          },
        }
      : file
        ? { file }
        : {};
  return Buffer.concat([head, encodeMessage('pb.Op', body)]);
}

function digestOf(bytes: Buffer): string {
  return `sha256:${sha256Hex(bytes)}`;
}

/** A definition being built: ops in the order llb marshals them (each after its inputs), with their metadata. */
export class LlbDefinition {
  private readonly ops: Buffer[] = [];
  private readonly metadata: Record<string, Encodable<OpMetadata>> = {};

  /** Adds `op` (its inputs added before it) and returns its digest; the same op twice is one. */
  add(op: Encodable<Op>, md: Encodable<OpMetadata> = {}): string {
    const bytes = marshalOp(op);
    const digest = digestOf(bytes);
    if (!this.metadata[digest]) {
      this.ops.push(bytes);
      this.metadata[digest] = md;
    }
    return digest;
  }

  /**
   * Adds llb.Scratch().File(llb.Copy(input, …)): one copy action from `input` (the op's input 0, its secondary input)
   * onto scratch (-1), with the source's mode and times (-1) unless `copy` says otherwise; the op records the cap
   * `file.base`. Returns its digest.
   */
  addCopy(input: string, copy: Encodable<FileActionCopy>, md: Encodable<OpMetadata> = {}): string {
    return this.add(
      {
        inputs: [{ digest: input, index: '0' }],
        file: {
          actions: [{ input: '-1', secondaryInput: '0', output: '0', copy: { mode: -1, timestamp: '-1', ...copy } }],
        },
      },
      { ...md, caps: { ...md.caps, 'file.base': true } },
    );
  }

  /**
   * The marshalled `pb.Definition` of output `index` of the op `digest` (State.Marshal): the terminal op, which only
   * names it, closes the list, with the caps Marshal gives it (`constraints`, `platform`, and `meta.description` /
   * `meta.ignorecache` when an op has a description / ignores the cache).
   */
  marshal(digest: string, index = 0): Buffer {
    const terminal = encodeMessage('pb.Op', { inputs: [{ digest, index: String(index) }] });
    const caps: Record<string, boolean> = { constraints: true, platform: true };
    for (const md of Object.values(this.metadata)) {
      if (md.description) caps['meta.description'] = true;
      if (md.ignore_cache) caps['meta.ignorecache'] = true;
    }
    return encodeMessage('pb.Definition', {
      def: [...this.ops, terminal],
      metadata: { ...this.metadata, [digestOf(terminal)]: { caps } },
    });
  }
}
