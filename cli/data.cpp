// `consortia demo|generate|import|export`: moving datasets in and out.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "api/api.h"
#include "cli.h"
#include "demo/demo.h"

namespace consortia::cli {
namespace {

namespace fs = std::filesystem;

const CommandSpec kDemo = {
    "demo",
    "consortia demo --db PATH [--force] [--organizations N] [--experts M] [--seed S]",
    "Creates the synthetic demo database (deterministic; default 1500 organisations,\n"
    "20000 experts). Refuses to overwrite a non-empty database unless --force.",
    {{"db", "PATH", "SQLite database to create"},
     {"force", "", "replace an existing non-empty database"},
     {"organizations", "N", "number of organisations (default 1500)"},
     {"experts", "M", "number of experts (default 20000)"},
     {"seed", "S", "random seed (default 20220616)"}},
};

const CommandSpec kGenerate = {
    "generate",
    "consortia generate --organizations N --experts M [--seed S] (--json FILE|- | --csv DIR)",
    "Writes a synthetic dataset of the requested size as importable JSON or CSV\n"
    "(for benchmarks and tests); contacts are included. The committed demo set\n"
    "demo/dataset/ is `generate --organizations 1500 --experts 20000 --csv demo/dataset`.",
    {{"organizations", "N", "number of organisations (required)"},
     {"experts", "M", "number of experts (required)"},
     {"seed", "S", "random seed (default 20220616)"},
     {"json", "FILE", "output file, '-' for stdout"},
     {"csv", "DIR", "output directory for organizations.csv, experts.csv, ties.csv"}},
};

const CommandSpec kImport = {
    "import",
    "consortia import --db PATH (--json FILE | --csv DIR)",
    "Imports a dataset, upserting by key. All-or-nothing: if any row has a problem,\n"
    "every problem is printed as 'file:row: field: message' and nothing is written\n"
    "(exit 1).",
    {{"db", "PATH", "SQLite database (created if missing)"},
     {"json", "FILE", "JSON dataset {\"organizations\":[..],\"experts\":[..],\"ties\":[..]}"},
     {"csv", "DIR", "directory with organizations.csv, experts.csv, ties.csv"}},
};

const CommandSpec kExport = {
    "export",
    "consortia export --db PATH (--json FILE|- | --csv DIR)",
    "Exports every record (contacts included, ids omitted) in a form `import` reads back.",
    {{"db", "PATH", "SQLite database"},
     {"json", "FILE", "output JSON file, '-' for stdout"},
     {"csv", "DIR", "output directory (created if missing)"}},
};

// Parses a count option; prints the usage error itself.
bool CountOption(const CommandSpec& spec, const Args& args, std::string_view name, std::int64_t max,
                 std::int64_t* out, int* exit_code) {
  auto v = IntParam(args.options, name, name == "seed" ? 0 : 1, max);
  if (!v.ok()) {
    *exit_code = UsageError(spec, "--" + v.status().message());
    return false;
  }
  if (*v) *out = **v;
  return true;
}

Status WriteText(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text;
    std::cout.flush();
    return std::cout ? Status::Ok() : Status::IoError("cannot write to stdout");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

Result<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void PrintProblems(const std::vector<ImportProblem>& problems, const std::string& prefix) {
  for (ImportProblem p : problems) {
    p.file = prefix + p.file;
    std::fprintf(stderr, "%s\n", FormatProblem(p).c_str());
  }
  std::fprintf(stderr, "consortia: %zu problem(s); nothing was written\n", problems.size());
}

void PrintReport(const ImportReport& r) {
  std::printf(
      "imported: organizations %d inserted, %d updated; experts %d inserted, %d updated; "
      "ties %d inserted\n",
      r.organizations_inserted, r.organizations_updated, r.experts_inserted, r.experts_updated,
      r.ties_inserted);
}

// Removes a SQLite database and its WAL side files.
Status RemoveDatabase(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    fs::remove(path + suffix, ec);
    if (ec) return Status::IoError("cannot remove " + path + suffix + ": " + ec.message());
  }
  return Status::Ok();
}

}  // namespace

int RunDemo(int argc, char** argv, int first) {
  auto args = ParseArgs(kDemo, argc, argv, first);
  if (!args.ok()) return UsageError(kDemo, args.status().message());
  if (args->help) return PrintHelp(kDemo, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kDemo, "--db PATH is required");
  DemoOptions options;
  std::int64_t orgs = options.organizations, experts = options.experts;
  std::int64_t seed = static_cast<std::int64_t>(options.seed);
  int code = kExitOk;
  if (!CountOption(kDemo, *args, "organizations", 1'000'000, &orgs, &code) ||
      !CountOption(kDemo, *args, "experts", 10'000'000, &experts, &code) ||
      !CountOption(kDemo, *args, "seed", INT64_MAX, &seed, &code)) {
    return code;
  }
  options.organizations = static_cast<int>(orgs);
  options.experts = static_cast<int>(experts);
  options.seed = static_cast<std::uint64_t>(seed);

  const std::string path = args->Get("db");
  std::error_code ec;
  if (fs::exists(path, ec) && fs::file_size(path, ec) > 0) {
    bool non_empty = true;  // unreadable files count as non-empty: never clobber silently
    {
      auto existing = Store::Open(path);
      if (existing.ok()) {
        auto counts = (*existing)->Count();
        non_empty = !counts.ok() || counts->organizations + counts->experts + counts->ties > 0;
      }
    }  // closed before the files are removed
    if (non_empty && !args->Has("force")) {
      return Fail(path + " already holds data; use --force to replace it");
    }
    if (non_empty) {
      Status removed = RemoveDatabase(path);
      if (!removed.ok()) return Fail(removed.message());
    }
  }
  options.progress = StderrProgress("generating");
  std::fprintf(stderr, "generating %d organizations and %d experts (seed %llu)\n",
               options.organizations, options.experts,
               static_cast<unsigned long long>(options.seed));
  Dataset data = GenerateDemo(options);
  auto store = Store::Open(path);
  if (!store.ok()) return Fail(store.status().ToString());
  auto report = (*store)->Import(data, StderrProgress("importing"));
  if (!report.ok()) return Fail(report.status().ToString());
  if (!report->ok()) {
    PrintProblems(report->problems, "demo:");
    return kExitFailure;
  }
  auto counts = (*store)->Count();
  if (!counts.ok()) return Fail(counts.status().ToString());
  std::printf("demo database %s: %lld organizations, %lld experts, %lld ties\n", path.c_str(),
              static_cast<long long>(counts->organizations),
              static_cast<long long>(counts->experts), static_cast<long long>(counts->ties));
  return kExitOk;
}

int RunGenerate(int argc, char** argv, int first) {
  auto args = ParseArgs(kGenerate, argc, argv, first);
  if (!args.ok()) return UsageError(kGenerate, args.status().message());
  if (args->help) return PrintHelp(kGenerate, stdout), kExitOk;
  for (const char* required : {"organizations", "experts"}) {
    if (!args->Has(required)) {
      return UsageError(kGenerate, "--" + std::string(required) + " is required");
    }
  }
  if (args->Has("json") == args->Has("csv")) {
    return UsageError(kGenerate, "give exactly one of --json FILE and --csv DIR");
  }
  DemoOptions options;
  std::int64_t orgs = 0, experts = 0, seed = static_cast<std::int64_t>(options.seed);
  int code = kExitOk;
  if (!CountOption(kGenerate, *args, "organizations", 1'000'000, &orgs, &code) ||
      !CountOption(kGenerate, *args, "experts", 10'000'000, &experts, &code) ||
      !CountOption(kGenerate, *args, "seed", INT64_MAX, &seed, &code)) {
    return code;
  }
  options.organizations = static_cast<int>(orgs);
  options.experts = static_cast<int>(experts);
  options.seed = static_cast<std::uint64_t>(seed);
  options.progress = StderrProgress("generating");
  Dataset data = GenerateDemo(options);
  Status s = args->Has("csv")
                 ? WriteCsvDataset(data, args->Get("csv"))
                 : WriteText(args->Get("json"), ToJson(data, false, true).dump() + "\n");
  if (!s.ok()) return Fail(s.message());
  std::fprintf(stderr, "generated %zu organizations, %zu experts, %zu ties\n",
               data.organizations.size(), data.experts.size(), data.ties.size());
  return kExitOk;
}

int RunImport(int argc, char** argv, int first) {
  auto args = ParseArgs(kImport, argc, argv, first);
  if (!args.ok()) return UsageError(kImport, args.status().message());
  if (args->help) return PrintHelp(kImport, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kImport, "--db PATH is required");
  if (args->Has("json") == args->Has("csv")) {
    return UsageError(kImport, "give exactly one of --json FILE or --csv DIR");
  }
  std::vector<ImportProblem> problems;
  Dataset data;
  std::string prefix;
  if (args->Has("json")) {
    const std::string file = args->Get("json");
    auto text = ReadText(file);
    if (!text.ok()) return Fail(text.status().message());
    data = ParseJsonDataset(*text, &problems);
    prefix = file + ":";
  } else {
    const std::string dir = args->Get("csv");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Fail(dir + " is not a directory");
    data = ParseCsvDataset(dir, &problems);
    prefix = (fs::path(dir) / "").string();
  }
  if (!problems.empty()) {
    PrintProblems(problems, prefix);
    return kExitFailure;
  }
  auto store = OpenStore(args->Get("db"), false);
  if (!store.ok()) return Fail(store.status().ToString());
  auto report = (*store)->Import(data, StderrProgress("importing"));
  if (!report.ok()) return Fail(report.status().ToString());
  if (!report->ok()) {
    PrintProblems(report->problems, prefix);
    return kExitFailure;
  }
  PrintReport(*report);
  return kExitOk;
}

int RunExport(int argc, char** argv, int first) {
  auto args = ParseArgs(kExport, argc, argv, first);
  if (!args.ok()) return UsageError(kExport, args.status().message());
  if (args->help) return PrintHelp(kExport, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kExport, "--db PATH is required");
  if (args->Has("json") == args->Has("csv")) {
    return UsageError(kExport, "give exactly one of --json FILE|- or --csv DIR");
  }
  auto store = OpenStore(args->Get("db"), true);
  if (!store.ok()) return Fail(store.status().message());
  auto data = (*store)->Export();
  if (!data.ok()) return Fail(data.status().ToString());
  Status s;
  if (args->Has("json")) {
    s = WriteText(args->Get("json"), ToJson(*data, false, true).dump(1) + "\n");
  } else {
    std::error_code ec;
    fs::create_directories(args->Get("csv"), ec);
    if (ec) return Fail("cannot create " + args->Get("csv") + ": " + ec.message());
    s = WriteCsvDataset(*data, args->Get("csv"));
  }
  if (!s.ok()) return Fail(s.ToString());
  std::fprintf(stderr, "exported %zu organizations, %zu experts, %zu ties\n",
               data->organizations.size(), data->experts.size(), data->ties.size());
  return kExitOk;
}

}  // namespace consortia::cli
