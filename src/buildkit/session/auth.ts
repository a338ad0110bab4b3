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
import * as grpc from '@grpc/grpc-js';
import type { CredentialProvider, Credentials } from '../dockerconfig/credentials.js';
import type { Attachable } from './attachable.js';
import { Code, StatusError } from '../grpc/status.js';

/** auth.proto CredentialsRequest: the registry host the daemon is about to talk to. */
export interface CredentialsRequest {
  Host?: string;
}

/** auth.proto CredentialsResponse: empty fields mean anonymous access. */
export interface CredentialsResponse {
  Username?: string;
  Secret?: string;
}

/** Serves Auth from a credential provider (named after BuildKit's authprovider.NewDockerAuthProvider, its Go twin). */
export class DockerAuthProvider implements Attachable, CredentialProvider {
  readonly serviceName = 'moby.filesync.v1.Auth';
  readonly advertisedMethods = ['Credentials', 'FetchToken', 'GetTokenAuthority', 'VerifyTokenAuthority'];

  constructor(private readonly credentials: CredentialProvider) {}

  /** What the daemon gets for `host`: callers explaining a rejected push ask the same question. */
  lookup(host: string): Credentials | undefined {
    return this.credentials.lookup(host);
  }

  handlers(): grpc.UntypedServiceImplementation {
    const unimplemented = (_call: unknown, callback: grpc.sendUnaryData<unknown>) =>
      callback(new StatusError(Code.UNIMPLEMENTED, 'not implemented by bakekit'));
    return {
      Credentials: (call: grpc.ServerUnaryCall<CredentialsRequest, CredentialsResponse>, callback: grpc.sendUnaryData<CredentialsResponse>) => {
        const creds = this.lookup(call.request.Host ?? '');
        callback(null, creds ? { Username: creds.username, Secret: creds.secret } : {});
      },
      FetchToken: unimplemented,
      GetTokenAuthority: unimplemented,
      VerifyTokenAuthority: unimplemented,
    };
  }
}
