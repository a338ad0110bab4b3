# A small chained bake: "app" builds FROM the result of "base" (a target: context), for two platforms,
# with a secret mount, exported to ./out. Run it with `npm run example` from the repository root.
variable "GREETING" {
  default = "hello from bakekit"
}

group "default" {
  targets = ["app"]
}

target "base" {
  context   = "base"
  platforms = ["linux/amd64", "linux/386"]
}

target "app" {
  context   = "app"
  contexts  = { base = "target:base" }
  platforms = ["linux/amd64", "linux/386"]
  args      = { GREETING = GREETING }
  secret    = ["id=example_token,env=EXAMPLE_TOKEN"]
  output    = ["type=local,dest=out"]
}
