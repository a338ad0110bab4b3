/**
 * `moby.buildkit.v1.Control` and the messages it uses (BuildKit api/services/control/control.proto,
 * api/types/worker.proto and the few `pb` messages they reference), written from the wire format.
 *
 * `pb.Definition` fields are declared as `bytes`: a Definition is only passed through by a bake client, and
 * bytes keep it lossless whatever newer fields BuildKit adds (message and bytes share wire type 2).
 */
export const PB_PROTO = `
syntax = "proto3";
package pb;

message Platform {
  string Architecture = 1;
  string OS = 2;
  string Variant = 3;
  string OSVersion = 4;
  repeated string OSFeatures = 5;
}
message ProgressGroup { string id = 1; string name = 2; bool weak = 3; }
message Position { int32 line = 1; int32 character = 2; }
message Range { Position start = 1; Position end = 2; }
message SourceInfo { string filename = 1; bytes data = 2; bytes definition = 3; string language = 4; }

// LLB (solver/pb/ops.proto), only what a one-source definition needs: solve/run/remote-definition.ts builds a git source
// and solves it through the gateway. The other ops (exec, file, build, merge, diff) are left out.
message Op {
  repeated Input inputs = 1;
  oneof op { SourceOp source = 3; }
  Platform platform = 10;
}
message Input { string digest = 1; int64 index = 2; }
message SourceOp { string identifier = 1; map<string, string> attrs = 2; }
message OpMetadata { bool ignore_cache = 1; map<string, string> description = 2; map<string, bool> caps = 5; ProgressGroup progress_group = 6; }
message Definition { repeated bytes def = 1; map<string, OpMetadata> metadata = 2; }
`;

export const WORKER_TYPES_PROTO = `
syntax = "proto3";
package moby.buildkit.v1.types;

message WorkerRecord {
  string ID = 1;
  map<string, string> Labels = 2;
  repeated pb.Platform platforms = 3;
  repeated GCPolicy GCPolicy = 4;
  BuildkitVersion BuildkitVersion = 5;
}
message GCPolicy { bool all = 1; int64 keepDuration = 2; int64 keepBytes = 3; repeated string filters = 4; }
message BuildkitVersion { string package = 1; string version = 2; string revision = 3; }
`;

/** `moby.buildkit.v1.sourcepolicy` (BuildKit sourcepolicy/pb/policy.proto): the source policy a Solve may carry. */
export const SOURCEPOLICY_PROTO = `
syntax = "proto3";
package moby.buildkit.v1.sourcepolicy;

enum PolicyAction { ALLOW = 0; DENY = 1; CONVERT = 2; }
enum AttrMatch { EQUAL = 0; NOTEQUAL = 1; MATCHES = 2; }
enum MatchType { WILDCARD = 0; EXACT = 1; REGEX = 2; }
message Rule { PolicyAction action = 1; Selector selector = 2; Update updates = 3; }
message Update { string identifier = 1; map<string, string> attrs = 2; }
message Selector { string identifier = 1; MatchType match_type = 2; repeated AttrConstraint constraints = 3; }
message AttrConstraint { string key = 1; string value = 2; AttrMatch condition = 3; }
message Policy { int64 version = 1; repeated Rule rules = 2; }
`;

export const CONTROL_PROTO = `
syntax = "proto3";
package moby.buildkit.v1;

service Control {
  rpc Solve(SolveRequest) returns (SolveResponse);
  rpc Status(StatusRequest) returns (stream StatusResponse);
  rpc Session(stream BytesMessage) returns (stream BytesMessage);
  rpc ListWorkers(ListWorkersRequest) returns (ListWorkersResponse);
  rpc Info(InfoRequest) returns (InfoResponse);
  rpc ListenBuildHistory(BuildHistoryRequest) returns (stream BuildHistoryEvent);
}

message SolveRequest {
  string Ref = 1;
  bytes Definition = 2;
  string ExporterDeprecated = 3;
  map<string, string> ExporterAttrsDeprecated = 4;
  string Session = 5;
  string Frontend = 6;
  map<string, string> FrontendAttrs = 7;
  CacheOptions Cache = 8;
  repeated string Entitlements = 9;
  map<string, bytes> FrontendInputs = 10;
  bool Internal = 11;
  moby.buildkit.v1.sourcepolicy.Policy SourcePolicy = 12;
  repeated Exporter Exporters = 13;
  bool EnableSessionExporter = 14;
  // 15-17: newer than BuildKit v0.25; declared so that a client sending them is seen (tests' solve recorder)
  string SourcePolicySession = 15;
  int64 CompatibilityVersion = 16;
  bool ProxyNetwork = 17;
}
message Exporter { string Type = 1; map<string, string> Attrs = 2; }
message CacheOptions {
  string ExportRefDeprecated = 1;
  repeated string ImportRefsDeprecated = 2;
  map<string, string> ExportAttrsDeprecated = 3;
  repeated CacheOptionsEntry Exports = 4;
  repeated CacheOptionsEntry Imports = 5;
}
message CacheOptionsEntry { string Type = 1; map<string, string> Attrs = 2; }
message SolveResponse { map<string, string> ExporterResponse = 1; }

message StatusRequest { string Ref = 1; }
message StatusResponse {
  repeated Vertex vertexes = 1;
  repeated VertexStatus statuses = 2;
  repeated VertexLog logs = 3;
  repeated VertexWarning warnings = 4;
}
message Vertex {
  string digest = 1;
  repeated string inputs = 2;
  string name = 3;
  bool cached = 4;
  google.protobuf.Timestamp started = 5;
  google.protobuf.Timestamp completed = 6;
  string error = 7;
  pb.ProgressGroup progressGroup = 8;
}
message VertexStatus {
  string ID = 1;
  string vertex = 2;
  string name = 3;
  int64 current = 4;
  int64 total = 5;
  google.protobuf.Timestamp timestamp = 6;
  google.protobuf.Timestamp started = 7;
  google.protobuf.Timestamp completed = 8;
}
message VertexLog {
  string vertex = 1;
  google.protobuf.Timestamp timestamp = 2;
  int64 stream = 3;
  bytes msg = 4;
}
message VertexWarning {
  string vertex = 1;
  int64 level = 2;
  bytes short = 3;
  repeated bytes detail = 4;
  string url = 5;
  pb.SourceInfo info = 6;
  repeated pb.Range ranges = 7;
}

message BytesMessage { bytes data = 1; }

message ListWorkersRequest { repeated string filter = 1; }
message ListWorkersResponse { repeated moby.buildkit.v1.types.WorkerRecord record = 1; }
message InfoRequest {}
message InfoResponse { moby.buildkit.v1.types.BuildkitVersion buildkitVersion = 1; }

// Only used by tests and the cancellation check: which builds are still active on the daemon.
message BuildHistoryRequest { bool ActiveOnly = 1; string Ref = 2; bool EarlyExit = 3; }
message BuildHistoryEvent { int32 type = 1; BuildHistoryRecord record = 2; }
message BuildHistoryRecord {
  string Ref = 1;
  string Frontend = 2;
  map<string, string> FrontendAttrs = 3;
  google.protobuf.Timestamp CreatedAt = 6;
  google.protobuf.Timestamp CompletedAt = 7;
  int32 numCachedSteps = 15;
  int32 numTotalSteps = 16;
  int32 numCompletedSteps = 17;
}
`;
