// `consortia serve`: the HTTP API v1 until SIGINT/SIGTERM.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <pthread.h>

#include "api/api.h"
#include "cli.h"
#include "matcher/catalog.h"
#include "matcher/rules.h"
#include "server/server.h"

namespace consortia::cli {
namespace {

const CommandSpec kServe = {
    "serve",
    "consortia serve --db PATH [--host H] [--port P] [--max-connections N] [--rules PATH]",
    "Serves the HTTP API v1 (JSON) until interrupted. The write token is read from\n"
    "the environment variable CONSORTIA_TOKEN; without it, writes are disabled (403).",
    {{"db", "PATH", "SQLite database (created empty if missing)"},
     {"host", "H", "address to listen on (default 127.0.0.1)"},
     {"port", "P", "port (default 8080; 0 picks a free port)"},
     {"max-connections", "N", "connections served at once; more get 503 (default 512)"},
     {"rules", "PATH", "programme rules (default rules/bast-2022.json)"},
     {"web", "DIR", "web application to serve at / (default web/dist when built; \"\" = none)"}},
};

}  // namespace

int RunServe(int argc, char** argv, int first) {
  auto args = ParseArgs(kServe, argc, argv, first);
  if (!args.ok()) return UsageError(kServe, args.status().message());
  if (args->help) return PrintHelp(kServe, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kServe, "--db PATH is required");
  ServerOptions options;
  options.host = args->Get("host", options.host);
  auto port = IntParam(args->options, "port", 0, 65535);
  auto max_connections = IntParam(args->options, "max-connections", 1, 4096);
  if (!port.ok()) return UsageError(kServe, "--" + port.status().message());
  if (!max_connections.ok()) {
    return UsageError(kServe, "--" + max_connections.status().message());
  }
  if (*port) options.port = static_cast<int>(**port);
  if (*max_connections) options.max_connections = static_cast<int>(**max_connections);
  if (const char* token = std::getenv("CONSORTIA_TOKEN")) options.token = token;
  options.web_root = args->Get("web", DefaultWebRoot());
  if (!options.web_root.empty() && !std::filesystem::is_directory(options.web_root)) {
    if (args->Has("web"))
      return UsageError(kServe, "--web " + options.web_root + " is not a directory");
    options.web_root.clear();  // the default: not built yet
  }

  auto store = OpenStore(args->Get("db"), false);
  if (!store.ok()) return Fail(store.status().ToString());
  auto counts = (*store)->Count();
  if (!counts.ok()) return Fail(counts.status().ToString());
  auto rules = LoadRules(args->Get("rules", DefaultRulesPath()));
  if (!rules.ok()) return Fail("cannot load the rules: " + rules.status().ToString());
  // Loads <db>.index when it is current, otherwise builds it (progress on stderr).
  CatalogOptions catalog_options;
  catalog_options.progress = StderrProgress("search index:");
  auto catalog = Catalog::Open(store->get(), args->Get("db"), std::move(catalog_options));
  if (!catalog.ok()) return Fail("cannot open the search index: " + catalog.status().ToString());

  // Block the stop signals in every thread; this one waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Server server(store->get(), options, catalog->get(), &*rules);
  Status s = server.Start();
  if (!s.ok()) return Fail(s.message());
  std::printf("consortia: serving %s (%lld organizations, %lld experts) on http://%s:%d\n",
              args->Get("db").c_str(), static_cast<long long>(counts->organizations),
              static_cast<long long>(counts->experts), options.host.c_str(), server.port());
  std::printf("consortia: %s\n", options.token.empty()
                                     ? "writes disabled (set CONSORTIA_TOKEN to enable them)"
                                     : "writes enabled with the token from CONSORTIA_TOKEN");
  if (!options.web_root.empty()) {
    std::printf("consortia: web application at http://%s:%d/ (from %s)\n", options.host.c_str(),
                server.port(), options.web_root.c_str());
  }
  std::fflush(stdout);
  int signal = 0;
  sigwait(&stop_signals, &signal);
  std::fprintf(stderr, "consortia: stopping (signal %d)\n", signal);
  server.Stop();
  return kExitOk;
}

}  // namespace consortia::cli
