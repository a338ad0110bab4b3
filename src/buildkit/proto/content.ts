/**
 * `containerd.services.content.v1.Content` (containerd api/services/content/v1/content.proto), served by the client
 * inside a session: BuildKit's session/content package reaches content stores the client holds — OCI layout
 * directories for `type=local` cache exports and imports, `oci-layout://` named contexts and `type=oci,tar=false`
 * outputs. Written from the wire format: package, message names and field numbers as containerd's, so the bytes
 * match. Which store a call is for travels in the `buildkit-attachable-store-id` header (session/content).
 */
export const CONTENT_PROTO = `
syntax = "proto3";
package containerd.services.content.v1;

service Content {
  rpc Info(InfoRequest) returns (InfoResponse);
  rpc Update(UpdateRequest) returns (UpdateResponse);
  rpc List(ListContentRequest) returns (stream ListContentResponse);
  rpc Delete(DeleteContentRequest) returns (google.protobuf.Empty);
  rpc Read(ReadContentRequest) returns (stream ReadContentResponse);
  rpc Status(StatusRequest) returns (StatusResponse);
  rpc ListStatuses(ListStatusesRequest) returns (ListStatusesResponse);
  rpc Write(stream WriteContentRequest) returns (stream WriteContentResponse);
  rpc Abort(AbortRequest) returns (google.protobuf.Empty);
}

message Info {
  string digest = 1;
  int64 size = 2;
  google.protobuf.Timestamp created_at = 3;
  google.protobuf.Timestamp updated_at = 4;
  map<string, string> labels = 5;
}
message InfoRequest { string digest = 1; }
message InfoResponse { Info info = 1; }
message UpdateRequest { Info info = 1; google.protobuf.FieldMask update_mask = 2; }
message UpdateResponse { Info info = 1; }
message ListContentRequest { repeated string filters = 1; }
message ListContentResponse { repeated Info info = 1; }
message DeleteContentRequest { string digest = 1; }
message ReadContentRequest { string digest = 1; int64 offset = 2; int64 size = 3; }
message ReadContentResponse { int64 offset = 1; bytes data = 2; }
message Status {
  google.protobuf.Timestamp started_at = 1;
  google.protobuf.Timestamp updated_at = 2;
  string ref = 3;
  int64 offset = 4;
  int64 total = 5;
  string expected = 6;
}
message StatusRequest { string ref = 1; }
message StatusResponse { Status status = 1; }
message ListStatusesRequest { repeated string filters = 1; }
message ListStatusesResponse { repeated Status statuses = 1; }
enum WriteAction { STAT = 0; WRITE = 1; COMMIT = 2; }
message WriteContentRequest {
  WriteAction action = 1;
  string ref = 2;
  int64 total = 3;
  string expected = 4;
  int64 offset = 5;
  bytes data = 6;
  map<string, string> labels = 7;
}
message WriteContentResponse {
  WriteAction action = 1;
  google.protobuf.Timestamp started_at = 2;
  google.protobuf.Timestamp updated_at = 3;
  int64 offset = 4;
  int64 total = 5;
  string digest = 6;
}
message AbortRequest { string ref = 1; }
`;

/** google/protobuf/field_mask.proto's one message (UpdateRequest uses it). */
export const FIELD_MASK_PROTO = `
syntax = "proto3";
package google.protobuf;
message FieldMask { repeated string paths = 1; }
`;

export const CONTENT_SERVICE = 'containerd.services.content.v1.Content';

/** containerd's WriteAction values. */
export const WriteAction = { STAT: 0, WRITE: 1, COMMIT: 2 } as const;
