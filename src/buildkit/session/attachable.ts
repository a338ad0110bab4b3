/**
 * A service the client serves to the daemon inside a session (BuildKit calls these "attachables").
 * The session registers each one on its gRPC server and advertises its method paths in the
 * `X-Docker-Expose-Session-Grpc-Method` headers; the daemon only calls FileSync/FileSend methods that were advertised.
 */
import type * as grpc from '@grpc/grpc-js';

export interface Attachable {
  /** Full protobuf service name, e.g. `moby.filesync.v1.FileSync`. Must be defined in our proto registry. */
  readonly serviceName: string;
  /** grpc-js handlers keyed by method name (`DiffCopy`, `GetSecret`...). */
  handlers(): grpc.UntypedServiceImplementation;
  /** Method names to advertise; all the handlers' methods when omitted. */
  readonly advertisedMethods?: readonly string[];
  /** The gRPC definition to register; by default the registry's typed one for `serviceName`. FileSend needs its
   * own: in directory mode its frames are fsutil Packets although the service is declared with BytesMessage. */
  readonly definition?: grpc.ServiceDefinition;
  /** Called when the session closes: abort transfers still running. */
  close?(): void;
}
