/**
 * `moby.buildkit.v1.frontend.LLBBridge`: the gateway API a client-side build uses inside an outer
 * Control.Solve (frontend/gateway/pb/gateway.proto), limited to the calls bakekit makes.
 *
 * `pb.Definition` is kept as `bytes` (a definition is passed through, never built here) and so is
 * `ReturnRequest.error`: it carries an encoded `google.rpc.Status`, which lets a failed inner solve's
 * status — details included — be handed back to the daemon unchanged.
 */
export const APICAPS_PROTO = `
syntax = "proto3";
package moby.buildkit.v1.apicaps;
message APICap {
  string ID = 1;
  bool Enabled = 2;
  bool Deprecated = 3;
  string DisabledReason = 4;
  string DisabledReasonMsg = 5;
  string DisabledAlternative = 6;
}
`;

export const GATEWAY_PROTO = `
syntax = "proto3";
package moby.buildkit.v1.frontend;

service LLBBridge {
  rpc Solve(SolveRequest) returns (SolveResponse);
  rpc Evaluate(EvaluateRequest) returns (EvaluateResponse);
  rpc ReadFile(ReadFileRequest) returns (ReadFileResponse);
  rpc Ping(PingRequest) returns (PongResponse);
  rpc Return(ReturnRequest) returns (ReturnResponse);
}

message Result {
  oneof result {
    string refDeprecated = 1;
    RefMapDeprecated refsDeprecated = 2;
    Ref ref = 3;
    RefMap refs = 4;
  }
  map<string, bytes> metadata = 10;
  map<string, Attestations> attestations = 12;
}
message RefMapDeprecated { map<string, string> refs = 1; }
message Ref { string id = 1; bytes def = 2; }
message RefMap { map<string, Ref> refs = 1; }
message Attestations { repeated Attestation attestation = 1; }
message Attestation {
  int32 kind = 1;
  map<string, bytes> metadata = 2;
  Ref ref = 3;
  string path = 4;
  string inTotoPredicateType = 5;
  repeated InTotoSubject inTotoSubjects = 6;
}
message InTotoSubject { int32 kind = 1; repeated string digest = 2; string name = 3; }

message ReturnRequest { Result result = 1; bytes error = 2; }
message ReturnResponse {}

message SolveRequest {
  bytes Definition = 1;
  string Frontend = 2;
  map<string, string> FrontendOpt = 3;
  bool allowResultReturn = 5;
  bool allowResultArrayRef = 6;
  bool Final = 10;
  bytes ExporterAttr = 11;
  repeated CacheOptionsEntry CacheImports = 12;
  map<string, bytes> FrontendInputs = 13;
  bool Evaluate = 14;
  repeated moby.buildkit.v1.sourcepolicy.Policy SourcePolicies = 15;
}
message CacheOptionsEntry { string Type = 1; map<string, string> Attrs = 2; }
message SolveResponse { string ref = 1; Result result = 3; }

message ReadFileRequest { string Ref = 1; string FilePath = 2; FileRange Range = 3; }
message FileRange { int64 Offset = 1; int64 Length = 2; }
message ReadFileResponse { bytes Data = 1; }

message EvaluateRequest { string Ref = 1; }
message EvaluateResponse {}

message PingRequest {}
message PongResponse {
  repeated moby.buildkit.v1.apicaps.APICap FrontendAPICaps = 1;
  repeated moby.buildkit.v1.apicaps.APICap LLBCaps = 2;
  repeated moby.buildkit.v1.types.WorkerRecord Workers = 3;
}
`;
