// `consortia suggest consortium|team ...`: picks the suggestion command.
#include <cstdio>
#include <cstring>

#include "api/api.h"
#include "cli.h"

namespace consortia::cli {

int RunSuggest(int argc, char** argv, int first) {
  const char* what = first < argc ? argv[first] : "";
  if (std::strcmp(what, "consortium") == 0) return RunSuggestConsortium(argc, argv, first + 1);
  if (std::strcmp(what, "team") == 0) return RunSuggestTeam(argc, argv, first + 1);
  const bool help = std::strcmp(what, "--help") == 0 || std::strcmp(what, "-h") == 0;
  std::fprintf(
      help ? stdout : stderr,
      "usage: consortia suggest consortium --db PATH --type T --lead ID ... | --help\n"
      "       consortia suggest team --db PATH [--industry C] [--problem TEXT] ... | --help\n"
      "\n"
      "  consortium  ranked partners per role and complete member sets that meet the rules\n"
      "  team        a service team (科技服务团) of >= 15 experts with its leader\n");
  return help ? kExitOk : kExitUsage;
}

}  // namespace consortia::cli
