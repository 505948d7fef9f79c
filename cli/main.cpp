// `consortia <command>`: dispatch and the top-level help.
#include <cstdio>
#include <cstring>

#include "api/api.h"
#include "cli.h"
#include "server/server.h"

namespace consortia {
namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv, int first);
};

constexpr Command kCommands[] = {
    {"demo", "create the synthetic demo database", cli::RunDemo},
    {"serve", "serve the HTTP API v1", cli::RunServe},
    {"import", "import a JSON file or a CSV directory (all-or-nothing)", cli::RunImport},
    {"export", "export the database as JSON or CSV", cli::RunExport},
    {"generate", "write a synthetic dataset of any size as JSON", cli::RunGenerate},
    {"list", "list and filter organizations or experts", cli::RunList},
    {"show", "show one organization or expert by id", cli::RunShow},
    {"search", "find organisations and experts by text or likeness", cli::RunSearch},
    {"suggest", "suggest consortium member sets or a service team", cli::RunSuggest},
    {"programme", "registry, assessments, plan and application drafts", cli::RunProgramme},
    {"routes", "list the HTTP routes of API v1", cli::RunRoutes},
};

void PrintTopHelp(std::FILE* out) {
  std::fprintf(out,
               "usage: consortia <command> [options]\n\n"
               "Consortia matches organisations and experts into Beijing innovation consortia.\n\n"
               "commands:\n");
  for (const Command& c : kCommands) std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  std::fprintf(out,
               "\n`consortia <command> --help` describes a command.\n"
               "exit codes: 0 ok, 1 failure or validation problems, 2 usage error\n");
}

}  // namespace

int RunCli(int argc, char** argv) {
  if (argc < 2) {
    PrintTopHelp(stderr);
    return cli::kExitUsage;
  }
  const char* cmd = argv[1];
  if (!std::strcmp(cmd, "-h") || !std::strcmp(cmd, "--help") || !std::strcmp(cmd, "help")) {
    PrintTopHelp(stdout);
    return cli::kExitOk;
  }
  for (const Command& c : kCommands) {
    if (!std::strcmp(cmd, c.name)) return c.run(argc, argv, 2);
  }
  std::fprintf(stderr, "consortia: unknown command '%s'\n\n", cmd);
  PrintTopHelp(stderr);
  return cli::kExitUsage;
}

}  // namespace consortia
