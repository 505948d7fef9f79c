// `consortia backup|restore`: an online backup of a database in use, and its
// restore (data/data.h BackupDatabase, RestoreDatabase).
#include <cstdio>
#include <filesystem>

#include "cli.h"

namespace consortia::cli {
namespace {

namespace fs = std::filesystem;

const CommandSpec kBackup = {
    "backup",
    "consortia backup --db PATH --out FILE [--force]",
    "Copies the database into FILE with SQLite's online backup API, while a server\n"
    "may be serving and writing it: one consistent snapshot (every write acknowledged\n"
    "before the backup began is in it), checked with PRAGMA integrity_check, written\n"
    "to FILE.tmp and renamed, one self-contained file. Progress on stderr for big\n"
    "databases. Restore it with `consortia restore --from FILE --db PATH`.",
    {{"db", "PATH", "SQLite database (may be in use)"},
     {"out", "FILE", "the backup file to write"},
     {"force", "", "replace an existing FILE"}},
};

const CommandSpec kRestore = {
    "restore",
    "consortia restore --from FILE --db PATH [--force]",
    "Restores a backup made by `consortia backup`. FILE is checked first (a copy\n"
    "beside PATH: integrity_check, a Consortia schema this build knows); nothing is\n"
    "touched if it fails. An existing database is replaced only with --force and\n"
    "never while a server has it open; the replaced file is kept as\n"
    "PATH.before-restore. The search index beside it (PATH.index) is removed: the\n"
    "next `consortia serve` builds it from the restored data.",
    {{"from", "FILE", "the backup file"},
     {"db", "PATH", "the database to restore into"},
     {"force", "", "replace an existing database"}},
};

double Mib(std::int64_t bytes) { return static_cast<double>(bytes) / (1 << 20); }

}  // namespace

int RunBackup(int argc, char** argv, int first) {
  auto args = ParseArgs(kBackup, argc, argv, first);
  if (!args.ok()) return UsageError(kBackup, args.status().message());
  if (args->help) return PrintHelp(kBackup, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kBackup, "--db PATH is required");
  if (!args->Has("out")) return UsageError(kBackup, "--out FILE is required");
  BackupOptions options;
  options.overwrite = args->Has("force");
  options.progress = StderrProgress("backup:");
  auto report = BackupDatabase(args->Get("db"), args->Get("out"), options);
  if (!report.ok()) return Fail("backup failed: " + report.status().message());
  std::printf(
      "consortia: backed up %s to %s (%.1f MiB, schema v%d, data version %lld) in %.1f s; "
      "integrity ok\n",
      args->Get("db").c_str(), args->Get("out").c_str(), Mib(report->bytes), report->schema_version,
      static_cast<long long>(report->data_version), report->seconds);
  return kExitOk;
}

int RunRestore(int argc, char** argv, int first) {
  auto args = ParseArgs(kRestore, argc, argv, first);
  if (!args.ok()) return UsageError(kRestore, args.status().message());
  if (args->help) return PrintHelp(kRestore, stdout), kExitOk;
  if (!args->Has("from")) return UsageError(kRestore, "--from FILE is required");
  if (!args->Has("db")) return UsageError(kRestore, "--db PATH is required");
  const std::string db = args->Get("db");
  RestoreOptions options;
  options.force = args->Has("force");
  options.progress = StderrProgress("restore:");
  auto report = RestoreDatabase(args->Get("from"), db, options);
  if (!report.ok()) return Fail("restore failed: " + report.status().message());
  // The saved search index describes the replaced data: drop it.
  std::error_code ec;
  for (const std::string& index : {db + ".index", db + ".index.tmp"}) fs::remove(index, ec);
  std::printf("consortia: restored %s from %s (%.1f MiB, schema v%d, data version %lld)\n",
              db.c_str(), args->Get("from").c_str(), Mib(report->bytes), report->schema_version,
              static_cast<long long>(report->data_version));
  if (!report->replaced.empty()) {
    std::printf("consortia: the replaced database is kept as %s\n", report->replaced.c_str());
  }
  return kExitOk;
}

}  // namespace consortia::cli
