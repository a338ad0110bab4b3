/** `moby.buildkit.secrets.v1.Secrets` (session/secrets/secrets.proto), served by the client. */
export const SECRETS_PROTO = `
syntax = "proto3";
package moby.buildkit.secrets.v1;
service Secrets { rpc GetSecret(GetSecretRequest) returns (GetSecretResponse); }
message GetSecretRequest { string ID = 1; map<string, string> annotations = 2; }
message GetSecretResponse { bytes data = 1; }
`;
