/**
 * The session's Auth service (`moby.filesync.v1.Auth`, BuildKit session/auth/auth.proto): the daemon asks the client
 * for registry credentials when it pulls or pushes for a build of this session. The service only speaks the
 * protocol; which credentials a host gets is the provider's answer (dockerconfig/credentials.ts for the user's
 * Docker config), the split BuildKit has between session/auth and the provider behind authprovider.
 *
 * Only Credentials is implemented. FetchToken, GetTokenAuthority and VerifyTokenAuthority answer UNIMPLEMENTED, and
 * the daemon then fetches registry tokens itself with the credentials (its behaviour whenever GetTokenAuthority is
 * UNIMPLEMENTED), so bakekit needs no token cache or signing key of its own.
 */
import type * as grpc from '@grpc/grpc-js';
import type { CredentialProvider, Credentials } from '../dockerconfig/credentials.js';
import type { Attachable } from './attachable.js';
import { Code, StatusError } from '../grpc/status.js';
import type { ServiceHandlers } from '../proto/grpc-service.js';
import { AUTH_SERVICE, type AuthMethods } from '../proto/filesync.pb.js';

/** Serves Auth from a credential provider (named after BuildKit's authprovider.NewDockerAuthProvider, its Go twin). */
export class DockerAuthProvider implements Attachable, CredentialProvider {
  readonly serviceName = AUTH_SERVICE;
  readonly advertisedMethods = ['Credentials', 'FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority'];

  constructor(private readonly credentials: CredentialProvider) {}

  /** What the daemon gets for `host`: callers explaining a rejected push ask the same question. */
  lookup(host: string): Credentials | undefined {
    return this.credentials.lookup(host);
  }

  handlers(): grpc.UntypedServiceImplementation {
    // FetchToken and the token-authority calls are not served: bakekit hands the daemon credentials, not tokens.
    const unimplemented = (_call: unknown, callback: grpc.sendUnaryData<never>) =>
      callback(new StatusError(Code.UNIMPLEMENTED, 'not implemented by bakekit'));
    return {
      Credentials: (call, callback) => {
        const creds = this.lookup(call.request.Host ?? '');
        callback(null, creds ? { Username: creds.username, Secret: creds.secret } : {});
      },
      FetchToken: unimplemented,
      GetTokenAuthority: unimplemented,
      VerifyTokenAuthority: unimplemented,
    } satisfies ServiceHandlers<AuthMethods>;
  }
}
