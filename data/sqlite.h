// data/sqlite.h — a thin RAII layer over the SQLite C API (internal to data/).
//
// Contract: every call that can fail returns a Status (kIoError, or kConflict for
// constraint violations); nothing throws. Db owns one connection, Stmt one
// prepared statement; neither is thread-safe (Store serialises access).
// Exposed in a header only so that tests can build databases at old schema
// versions (OpenDatabase with a target version) and inspect pragmas.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace consortia::detail {

class Stmt;

class Db {
 public:
  // Opens (creating if needed) the database; sets WAL, foreign_keys, busy_timeout.
  static Result<std::unique_ptr<Db>> Open(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status Exec(const std::string& sql);  // one or more statements, no results
  Result<Stmt> Prepare(std::string_view sql);
  Result<std::int64_t> QueryInt(const std::string& sql);  // first column of first row
  Result<std::string> QueryText(const std::string& sql);
  std::int64_t LastInsertRowid() const;
  int Changes() const;
  Status Error(std::string_view what) const;  // Status describing the last error
  sqlite3* raw() const { return db_; }

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

// A prepared statement. Bind indices are 1-based, column indices 0-based.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt();
  Stmt(Stmt&& other) noexcept;
  Stmt& operator=(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Bind(int i, std::int64_t v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Stmt& Bind(int i, double v);
  Stmt& Bind(int i, std::string_view v);  // copied (SQLITE_TRANSIENT)
  Stmt& BindNull(int i);

  // Step: true = a row is available, false = done; errors in *status.
  Result<bool> Step();
  Status Run();  // Step until done, expecting no rows; resets afterwards
  void Reset();  // reset and clear bindings

  std::int64_t Int(int col) const;
  double Double(int col) const;
  std::string Text(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// Transaction guard: BEGIN IMMEDIATE on Begin(), ROLLBACK unless Commit() ran.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  Db* db_;
  bool open_ = false;
};

// Opens the database and applies migrations up to `target_version` (1..kSchemaVersion);
// each migration runs in its own transaction and sets PRAGMA user_version.
// Store::Open uses kSchemaVersion; tests use 1 to build an old database.
Result<std::unique_ptr<Db>> OpenDatabase(const std::string& path, int target_version);
Status Migrate(Db* db, int target_version);

}  // namespace consortia::detail
