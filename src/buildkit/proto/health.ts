/**
 * `grpc.health.v1.Health` (grpc/health/v1/health.proto), served inside every session: the daemon calls Check every
 * 5 s and drops the session after two failures, so a session without it dies about 10 s after it starts.
 */
export const HEALTH_PROTO = `
syntax = "proto3";
package grpc.health.v1;
message HealthCheckRequest { string service = 1; }
message HealthCheckResponse {
  enum ServingStatus { UNKNOWN = 0; SERVING = 1; NOT_SERVING = 2; SERVICE_UNKNOWN = 3; }
  ServingStatus status = 1;
}
message HealthListRequest {}
message HealthListResponse { map<string, HealthCheckResponse> statuses = 1; }
service Health {
  rpc Check(HealthCheckRequest) returns (HealthCheckResponse);
  rpc List(HealthListRequest) returns (HealthListResponse);
  rpc Watch(HealthCheckRequest) returns (stream HealthCheckResponse);
}
`;

export const HEALTH_SERVICE = 'grpc.health.v1.Health';
export const SERVING = 1;
export const SERVICE_UNKNOWN = 3;
