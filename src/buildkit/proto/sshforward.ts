/**
 * `moby.sshforward.v1.SSH` (BuildKit session/sshforward/ssh.proto), served by the client: the daemon asks whether an
 * agent id is forwarded (CheckAgent) and, for each connection a `RUN --mount=type=ssh` process opens to its socket,
 * streams the agent protocol's bytes both ways (ForwardAgent; the id travels in the `buildkit.ssh.id` header).
 * Written from the wire format: names and field numbers as the daemon's generated code has them.
 */
export const SSHFORWARD_PROTO = `
syntax = "proto3";
package moby.sshforward.v1;

service SSH {
  rpc CheckAgent(CheckAgentRequest) returns (CheckAgentResponse);
  rpc ForwardAgent(stream BytesMessage) returns (stream BytesMessage);
}

message BytesMessage { bytes data = 1; }
message CheckAgentRequest { string ID = 1; }
message CheckAgentResponse {}
`;

export const SSH_SERVICE = 'moby.sshforward.v1.SSH';
/** The header carrying the agent id of a ForwardAgent call (sshforward.KeySSHID). */
export const SSH_ID_HEADER = 'buildkit.ssh.id';
/** The id of `ssh = ["default"]` and of a mount without `id` (sshforward.DefaultID). */
export const DEFAULT_SSH_ID = 'default';
