// cli/cli.h — internals of the `consortia` command line: a tiny option
// parser, exit codes, progress on stderr, and one function per subcommand
// (cli/<command>.cpp).
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "core/status.h"
#include "data/data.h"
#include "matcher/catalog.h"

namespace consortia::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // runtime failure or validation problems
inline constexpr int kExitUsage = 2;    // bad command line

struct OptionSpec {
  std::string_view name;   // without "--"
  std::string_view value;  // placeholder such as "PATH"; empty for a flag
  std::string_view help;
};

struct CommandSpec {
  std::string_view name;   // "import"
  std::string_view usage;  // "consortia import --db PATH (--json FILE | --csv DIR)"
  std::string_view summary;
  std::vector<OptionSpec> options;
  std::vector<std::string_view> positionals;  // names of required positionals
};

// Parsed "--name value", "--name=value", "--flag" and positionals.
struct Args {
  ParamMap options;  // flags map to "true"
  std::vector<std::string> positionals;
  bool help = false;

  bool Has(std::string_view name) const { return options.find(name) != options.end(); }
  std::string Get(std::string_view name, std::string fallback = {}) const;
};

// Parses argv[first..argc) against `spec`. Unknown options, missing values,
// repeated options and wrong positional counts are InvalidArgument (usage).
Result<Args> ParseArgs(const CommandSpec& spec, int argc, char** argv, int first);
void PrintHelp(const CommandSpec& spec, std::FILE* out);
// Prints "consortia <cmd>: <message>" and a hint to --help; returns kExitUsage.
int UsageError(const CommandSpec& spec, std::string_view message);
// Prints "consortia: <message>" to stderr; returns kExitFailure.
int Fail(std::string_view message);

// Progress on stderr ("importing experts 40%"), only once work has run for
// about a second, then at most every 10%.
ProgressFn StderrProgress(std::string verb);

// Opens the database; with must_exist a missing file is an error that tells
// how to create one.
Result<std::unique_ptr<Store>> OpenStore(const std::string& path, bool must_exist);

// An existing database with its search index (cli_catalog.cpp): the saved
// index is loaded, or built with a notice and progress on stderr. The
// catalog refers to the store, so keep both.
struct StoreAndCatalog {
  std::unique_ptr<Store> store;
  std::unique_ptr<Catalog> catalog;
};
Result<StoreAndCatalog> OpenCatalog(const std::string& db);

// Subcommands: argv[first] is the first argument after the command name.
int RunDemo(int argc, char** argv, int first);       // cli_data.cpp
int RunGenerate(int argc, char** argv, int first);   // cli_data.cpp
int RunImport(int argc, char** argv, int first);     // cli_data.cpp
int RunExport(int argc, char** argv, int first);     // cli_data.cpp
int RunServe(int argc, char** argv, int first);      // cli_serve.cpp
int RunList(int argc, char** argv, int first);       // cli_list.cpp
int RunShow(int argc, char** argv, int first);       // cli_list.cpp
int RunSearch(int argc, char** argv, int first);     // cli_search.cpp
int RunSuggest(int argc, char** argv, int first);    // cli_suggest_dispatch.cpp
int RunProgramme(int argc, char** argv, int first);  // cli_programme.cpp
int RunRoutes(int argc, char** argv, int first);     // cli/routes.cpp
// `consortia suggest consortium|team ...`; options start at argv[first].
int RunSuggestConsortium(int argc, char** argv, int first);  // cli_suggest.cpp
int RunSuggestTeam(int argc, char** argv, int first);        // cli_team.cpp

// Command-line lists to API JSON: "a, b,c" -> ["a","b","c"] (blanks trimmed,
// empties dropped); digits-only items become numbers, anything else stays text
// so the API's own validation names the bad value.
std::vector<std::string> SplitList(const std::string& list);
nlohmann::json NumberOrText(const std::string& s);
nlohmann::json IdList(const std::string& list);  // SplitList + NumberOrText

// The shipped programme rules (rules/bast-2022.json in the source tree).
inline std::string DefaultRulesPath() { return CONSORTIA_SOURCE_DIR "/rules/bast-2022.json"; }
inline std::string DefaultWebRoot() { return CONSORTIA_SOURCE_DIR "/web/dist"; }

}  // namespace consortia::cli
