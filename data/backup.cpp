// Online backup, restore and integrity checks of a database file
// (data/data.h, "files, backup and restore").
//
// The backup holds one read transaction on the source from its first page to
// its last: in WAL mode writers carry on meanwhile, the snapshot stays fixed,
// and sqlite3_backup_step never has to restart the copy however many pages
// each step copies (a backup without that read transaction restarts whenever
// another connection writes between two steps, and may never finish under a
// steady stream of writes).
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "internal.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;
using Lock = std::lock_guard<std::recursive_mutex>;

// One raw connection, closed on scope exit.
class Connection {
 public:
  Connection() = default;
  ~Connection() { sqlite3_close_v2(db_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Status Open(const std::string& path, int flags) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) return Error("open " + path, rc);
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    return Status::Ok();
  }
  sqlite3* get() const { return db_; }

  Status Exec(const std::string& sql) {
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status::Ok() : Error(sql, rc);
  }
  // Every row of the first column, as text.
  Result<std::vector<std::string>> Column(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK) return Error(sql, rc);
    std::vector<std::string> out;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
      out.emplace_back(text != nullptr ? text : "");
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return Error(sql, rc);
    return out;
  }
  Result<std::int64_t> Int(const std::string& sql) {
    auto rows = Column(sql);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no row: " + sql);
    return std::stoll(rows->front().empty() ? "0" : rows->front());
  }
  Status Error(const std::string& what, int rc) const {
    std::string message = "sqlite: " + what.substr(0, 200) + ": " +
                          (db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    const int primary = rc & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
      return Status::Corruption(std::move(message));
    }
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
      return Status::Conflict(std::move(message));
    }
    return Status::IoError(std::move(message));
  }

 private:
  sqlite3* db_ = nullptr;
};

std::int64_t FileBytes(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return ec ? 0 : static_cast<std::int64_t>(size);
}

// Flushes a file (or a directory's entries) to disk.
Status Sync(const std::string& path, bool directory) {
  const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return Status::IoError("cannot open " + path + " to sync it");
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok ? Status::Ok() : Status::IoError("cannot sync " + path);
}

std::string DirectoryOf(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? "." : parent.string();
}

// integrity_check's "ok" and no foreign key pointing nowhere, or the problems
// (at most `max_problems` of each).
Result<std::vector<std::string>> Integrity(Connection& db, int max_problems = 20) {
  auto rows = db.Column("PRAGMA integrity_check(" + std::to_string(max_problems) + ")");
  if (!rows.ok()) return rows.status();
  std::vector<std::string> problems;
  if (!(rows->size() == 1 && rows->front() == "ok")) problems = std::move(*rows);
  auto orphans = db.Column(
      "SELECT 'foreign key: ' || \"table\" || ' row ' || ifnull(rowid, '?') || ' refers to a "
      "missing ' || parent FROM pragma_foreign_key_check LIMIT " +
      std::to_string(max_problems));
  if (!orphans.ok()) return orphans.status();
  problems.insert(problems.end(), orphans->begin(), orphans->end());
  return problems;
}

std::string Joined(const std::vector<std::string>& problems) {
  std::string out;
  for (const std::string& p : problems) out += (out.empty() ? "" : "; ") + p;
  return out;
}

// The schema and data version of a Consortia database; InvalidArgument if it is not one.
Status ReadVersions(Connection& db, int* schema, std::int64_t* data_version,
                    const std::string& path) {
  auto user_version = db.Int("PRAGMA user_version");
  if (!user_version.ok()) return user_version.status();
  auto version = db.Int("SELECT value FROM meta WHERE key = 'data_version'");
  if (*user_version < 1 || !version.ok()) {
    return Status::InvalidArgument(path + " is not a Consortia database");
  }
  if (*user_version > kSchemaVersion) {
    return Status::InvalidArgument(path + " has schema version " + std::to_string(*user_version) +
                                   ", newer than this build's " + std::to_string(kSchemaVersion));
  }
  *schema = static_cast<int>(*user_version);
  *data_version = *version;
  return Status::Ok();
}

}  // namespace

DatabaseFiles Store::Files() const {
  Lock lock(impl_->mu);
  const char* name = sqlite3_db_filename(impl_->db->raw(), "main");
  DatabaseFiles files;
  if (name == nullptr || *name == '\0') return files;  // in memory
  files.path = name;
  files.db_bytes = FileBytes(files.path);
  files.wal_bytes = FileBytes(files.path + "-wal");
  return files;
}

Result<std::vector<std::string>> CheckDatabase(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return Status::NotFound("no database at " + path);
  Connection db;
  if (Status s = db.Open(path, SQLITE_OPEN_READWRITE); !s.ok()) return s;
  return Integrity(db);
}

Result<BackupReport> BackupDatabase(const std::string& db_path, const std::string& out_path,
                                    const BackupOptions& options) {
  std::error_code ec;
  if (!fs::is_regular_file(db_path, ec)) return Status::NotFound("no database at " + db_path);
  if (fs::exists(out_path, ec) && !options.overwrite) {
    return Status::Conflict(out_path + " exists (overwrite it with --force)", "out");
  }
  if (fs::equivalent(db_path, out_path, ec)) {
    return Status::InvalidArgument("the backup cannot replace its own database", "out");
  }
  const auto started = std::chrono::steady_clock::now();
  BackupReport report;
  Connection source;
  if (Status s = source.Open(db_path, SQLITE_OPEN_READWRITE); !s.ok()) return s;
  // The snapshot: a read transaction held until the last page is copied.
  if (Status s = source.Exec("BEGIN"); !s.ok()) return s;
  if (Status s = ReadVersions(source, &report.schema_version, &report.data_version, db_path);
      !s.ok()) {
    return s;
  }

  const std::string tmp = out_path + ".tmp";
  fs::remove(tmp, ec);
  {
    Connection out;
    if (Status s = out.Open(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !s.ok()) return s;
    sqlite3_backup* backup = sqlite3_backup_init(out.get(), "main", source.get(), "main");
    if (backup == nullptr) return out.Error("backup of " + db_path, sqlite3_errcode(out.get()));
    const int step = std::max(1, options.pages_per_step);
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
      rc = sqlite3_backup_step(backup, step);
      const int total = sqlite3_backup_pagecount(backup);
      if (options.progress)
        options.progress("copy", total - sqlite3_backup_remaining(backup), total);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    report.pages = sqlite3_backup_pagecount(backup);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
      Status s = out.Error("backup of " + db_path, rc != SQLITE_DONE ? rc : finished);
      fs::remove(tmp, ec);
      return s;
    }
    (void)source.Exec("COMMIT");
    // One self-contained file: the copy leaves WAL mode for a rollback journal
    // (Store::Open puts a restored database back into WAL mode).
    if (Status s = out.Exec("PRAGMA journal_mode=DELETE"); !s.ok()) return s;
    if (options.progress) options.progress("check", 0, 1);
    auto problems = Integrity(out);
    if (!problems.ok() || !problems->empty()) {
      fs::remove(tmp, ec);
      return problems.ok()
                 ? Status::Corruption("the backup fails integrity_check: " + Joined(*problems))
                 : problems.status();
    }
    if (options.progress) options.progress("check", 1, 1);
  }
  if (Status s = Sync(tmp, false); !s.ok()) return s;
  fs::rename(tmp, out_path, ec);
  if (ec) return Status::IoError("cannot rename " + tmp + " to " + out_path + ": " + ec.message());
  if (Status s = Sync(DirectoryOf(out_path), true); !s.ok()) return s;
  report.bytes = FileBytes(out_path);
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

Result<RestoreReport> RestoreDatabase(const std::string& backup_path, const std::string& db_path,
                                      const RestoreOptions& options) {
  std::error_code ec;
  if (!fs::is_regular_file(backup_path, ec)) {
    return Status::NotFound("no backup at " + backup_path, "from");
  }
  const bool replacing = fs::exists(db_path, ec);
  if (replacing && !options.force) {
    return Status::Conflict(db_path + " exists (replace it with --force)", "db");
  }
  if (replacing && fs::equivalent(db_path, backup_path, ec)) {
    return Status::InvalidArgument("the backup is the database itself", "from");
  }
  RestoreReport report;
  // A private copy beside the target, checked before anything is replaced.
  const std::string tmp = db_path + ".restore.tmp";
  fs::remove(tmp, ec);
  fs::copy_file(backup_path, tmp, fs::copy_options::overwrite_existing, ec);
  if (ec) return Status::IoError("cannot copy " + backup_path + " to " + tmp + ": " + ec.message());
  auto discard = [&](Status s) {
    fs::remove(tmp, ec);
    fs::remove(tmp + "-journal", ec);
    return s;
  };
  {
    Connection copy;
    if (Status s = copy.Open(tmp, SQLITE_OPEN_READWRITE); !s.ok()) return discard(s);
    if (options.progress) options.progress("check", 0, 1);
    auto problems = Integrity(copy);
    if (!problems.ok()) return discard(problems.status());
    if (!problems->empty()) {
      return discard(
          Status::Corruption(backup_path + " fails integrity_check: " + Joined(*problems)));
    }
    if (options.progress) options.progress("check", 1, 1);
    if (Status s = ReadVersions(copy, &report.schema_version, &report.data_version, backup_path);
        !s.ok()) {
      return discard(s);
    }
  }
  if (Status s = Sync(tmp, false); !s.ok()) return discard(s);

  if (replacing) {
    // Nobody may be using the database: an exclusive lock fails while any
    // other connection (a running server) has it open. Its WAL is folded
    // into the file, which is kept as <db>.before-restore.
    Connection current;
    if (Status s = current.Open(db_path, SQLITE_OPEN_READWRITE); !s.ok()) return discard(s);
    sqlite3_busy_timeout(current.get(), 200);
    if (Status s = current.Exec("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT");
        !s.ok()) {
      return discard(Status::Conflict(
          db_path + " is in use (stop the server before restoring): " + s.message(), "db"));
    }
    if (Status s = current.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s.ok()) return discard(s);
  }
  if (replacing) {
    report.replaced = db_path + ".before-restore";
    fs::rename(db_path, report.replaced, ec);
    if (ec) return discard(Status::IoError("cannot move " + db_path + " aside: " + ec.message()));
    for (const char* suffix : {"-wal", "-shm"}) {
      fs::remove(report.replaced + suffix, ec);
      if (fs::exists(db_path + suffix, ec))
        fs::rename(db_path + suffix, report.replaced + suffix, ec);
    }
  }
  fs::rename(tmp, db_path, ec);
  if (ec) return Status::IoError("cannot move " + tmp + " to " + db_path + ": " + ec.message());
  if (Status s = Sync(DirectoryOf(db_path), true); !s.ok()) return s;
  report.bytes = FileBytes(db_path);
  return report;
}

}  // namespace consortia
