// `consortia routes`: the HTTP routes the server registers, with their access
// and body limit (the README's "HTTP API v1" table lists the same).
#include <cstdio>

#include "cli.h"
#include "server/server.h"

namespace consortia::cli {
namespace {

const CommandSpec kRoutes = {
    "routes",
    "consortia routes",
    "Lists every HTTP route of API v1: method, path, access (read, or write: needs\n"
    "the token) and the largest JSON body it accepts.",
    {},
    {},
};

}  // namespace

int RunRoutes(int argc, char** argv, int first) {
  auto args = ParseArgs(kRoutes, argc, argv, first);
  if (!args.ok()) return UsageError(kRoutes, args.status().message());
  if (args->help) return PrintHelp(kRoutes, stdout), kExitOk;
  std::printf("%-7s %-38s %-6s %s\n", "METHOD", "PATH", "ACCESS", "BODY");
  for (const RouteInfo& r : Server::Routes()) {
    const std::size_t b = r.max_body_bytes;
    const std::string body = b == 0            ? "-"
                             : b >= (1u << 20) ? std::to_string(b >> 20) + " MiB"
                                               : std::to_string(b >> 10) + " KiB";
    std::printf("%-7s %-38s %-6s %s\n", r.method.c_str(), r.path.c_str(),
                r.write ? "write" : "read", body.c_str());
  }
  return kExitOk;
}

}  // namespace consortia::cli
