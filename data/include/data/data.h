// data/data.h — the store of organisations, experts and cooperation ties, their
// import/export formats, and the deterministic demo generator.
//
// Contract
// - Store wraps one SQLite database in WAL mode. Open() creates it or migrates
//   it to kSchemaVersion (migrations are versioned and run in one transaction
//   each). All methods are thread-safe (one connection behind a mutex).
// - Ids come from ONE sequence shared by organisations and experts (see
//   core/model.h); keys are unique across both. Every write bumps DataVersion();
//   each row remembers the data version that last wrote it, and deletions leave a
//   tombstone, so ChangesSince() lets an index catch up without a full rebuild.
// - Import is all-or-nothing: the whole Dataset is validated (syntax by the
//   parsers, references and uniqueness against the store) and either every row is
//   upserted by key in one transaction or nothing is written and every problem is
//   returned (file, row, field, message).
// - Parsers never throw; they return problems. JSON shapes are documented in README.
// - No exceptions leave this module: SQLite errors become Status.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/status.h"

namespace consortia {

inline constexpr int kSchemaVersion = 3;

// One problem found in an import. row is 1-based within its file/array
// (CSV: the header is row 1, so the first data row is row 2); 0 = whole file.
struct ImportProblem {
  std::string file;  // "organizations.csv", or "organizations" for JSON arrays
  int row = 0;
  std::string field;
  std::string message;
};

struct ImportReport {
  int organizations_inserted = 0;
  int organizations_updated = 0;
  int experts_inserted = 0;
  int experts_updated = 0;
  int ties_inserted = 0;                // ties are a set: re-importing the same tie adds nothing
  std::vector<ImportProblem> problems;  // non-empty => nothing was written
  bool ok() const { return problems.empty(); }
};

// ---- formats ---------------------------------------------------------------

// JSON: {"organizations": [...], "experts": [...], "ties": [...]} (any may be absent).
// Appends every syntax/vocabulary problem to *problems; the returned Dataset is
// only meaningful when no problem was added.
Dataset ParseJsonDataset(std::string_view text, std::vector<ImportProblem>* problems);

// CSV: a directory (or explicit files) with organizations.csv, experts.csv, ties.csv
// (UTF-8, header row, RFC 4180 quoting; list fields are ';'-separated and weighted
// lists are "code:weight;code:weight"). Missing files are treated as empty.
Dataset ParseCsvDataset(const std::string& dir, std::vector<ImportProblem>* problems);

// Record <-> JSON. with_contacts adds email/phone (only with the write token).
// with_ids adds "id" (and affiliation_id/parent_id); exports omit ids so that
// they re-import anywhere.
nlohmann::json ToJson(const Organization& org, bool with_ids = true);
nlohmann::json ToJson(const Expert& expert, bool with_ids = true, bool with_contacts = false);
nlohmann::json ToJson(const Tie& tie, bool with_ids = true);
nlohmann::json ToJson(const Dataset& data, bool with_ids, bool with_contacts);
Status WriteCsvDataset(const Dataset& data, const std::string& dir);

// ---- store -----------------------------------------------------------------

struct OrgFilter {
  std::optional<OrgKind> kind;
  std::optional<bool> leading;
  std::string industry;  // industry code
  std::string district;  // district code
  std::string zone;      // zone code
  std::string park;      // park code
  std::string text;      // substring of name, name_en, description or keywords
  int limit = 20;        // 1..1000
  int offset = 0;
};

struct ExpertFilter {
  std::optional<Title> title;
  std::string industry;
  std::string field;  // discipline code; matches the code and its children (F04 ~ F0402)
  std::optional<Id> affiliation_id;
  std::string text;
  int limit = 20;
  int offset = 0;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;  // matches before paging
};

// What changed after a given data version (for incremental index updates).
struct Changes {
  std::int64_t version = 0;                 // the store's DataVersion() when read
  std::vector<Organization> organizations;  // inserted or updated
  std::vector<Expert> experts;              // inserted or updated
  std::vector<Id> deleted;                  // organisation or expert ids
};

using ProgressFn =
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)>;

// The files of an open database: path "" and sizes 0 for ":memory:".
struct DatabaseFiles {
  std::string path;
  std::int64_t db_bytes = 0;   // the database file
  std::int64_t wal_bytes = 0;  // its write-ahead log (<path>-wal)
};

// ---- registry ----------------------------------------------------------------
//
// The programme registry (schema v3): registered consortia, their annual
// assessments and an audit history of every change.
// - The store knows the record's shape, the status vocabulary and its
//   transitions; the programme's rules (roles, team, capacity) are checked by
//   the caller through a ConsortiumCheck that runs INSIDE the write's
//   transaction, after the row is written and before the audit entry, with the
//   commitments of every other non-cancelled consortium. A failing check (or any
//   SQLite error) rolls the whole write back: no row, no audit entry.
// - Statuses (core/model.h ConsortiumStatus): proposed -> applied -> approved ->
//   active, each of them -> cancelled; cancelled is final (no further change of
//   any kind). A record may be created in any status but cancelled (registering
//   consortia that already exist).
// - Only approved/active consortia can be assessed, once per year; a failed
//   assessment cancels the consortium in the same transaction.
// - Consortium writes do not change DataVersion() (that feeds the search index).

// True if `from` may become `to` (same status: true unless cancelled).
bool ValidStatusTransition(ConsortiumStatus from, ConsortiumStatus to);

struct Assessment {
  int year = 0;
  bool passed = false;
  std::string notes;
  std::string user;  // who recorded it
  std::string at;    // UTC, ISO 8601; set by the store
  bool operator==(const Assessment&) const = default;
};

struct ConsortiumRecord {
  Id id = 0;  // assigned by CreateConsortium (its own sequence, not the records' one)
  std::string name;
  std::string type;      // a consortium type key of the rules ("regional" | "industrial")
  std::string region;    // zone/park code (regional consortia)
  std::string industry;  // industry code (industrial consortia; optional for regional)
  std::vector<Member> members;
  Id applicant_id = 0;
  Team team;
  ConsortiumStatus status = ConsortiumStatus::kProposed;
  int year = 0;  // the programme year it belongs to; 0 = unspecified
  std::string technical_direction;
  std::string problem;                  // key problems to solve
  std::string project;                  // 依托项目
  double score = 0.0;                   // finite, >= 0 (the composer's or a reviewer's)
  std::vector<Assessment> assessments;  // read-only here: AssessConsortium adds them
  std::int64_t revision = 0;            // bumped by every write; UpdateConsortium with a
                                        // non-zero revision refuses (Conflict) a stale one
  std::string created_at, updated_at;   // UTC, ISO 8601; set by the store
};

struct ConsortiumFilter {
  std::string status;  // a status wire name (ParseConsortiumStatus); "" = any
  std::string type;    // "" = any
  int year = 0;        // 0 = any
};

struct AuditEntry {
  std::int64_t seq = 0;  // increasing over the whole registry
  Id consortium_id = 0;
  std::string at;          // UTC, ISO 8601
  std::string user;        // X-Consortia-User / --user
  std::string action;      // "create" | "update" | "status" | "assess" | "cancel"
  nlohmann::json changes;  // {"field": {"before": .., "after": ..}, ...}
  nlohmann::json before;   // the whole record before (null on create)
  nlohmann::json after;    // the whole record after
};

// How many non-cancelled registered consortia each organisation / expert is in.
struct Commitments {
  std::map<Id, int> organizations;  // any role
  std::map<Id, int> leads;          // in a lead role (the caller names the lead roles)
  std::map<Id, int> experts;        // service teams (leader or member)
};

// Runs inside the write's transaction; `others` excludes the record itself.
// Commitments::leads counts members whose role is in `lead_roles` of the call.
using ConsortiumCheck =
    std::function<Status(const ConsortiumRecord& record, const Commitments& others)>;

// The stored shape of a record (ids only, no names) — also the audit snapshots.
nlohmann::json ToJson(const ConsortiumRecord& record);

class Store {
 public:
  // Opens or creates the database at `path` (":memory:" allowed) and migrates it.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int SchemaVersion() const;
  std::int64_t DataVersion() const;

  // Validates and upserts; see the contract above. A non-OK Status is returned
  // only for I/O failures; validation problems are in the report.
  Result<ImportReport> Import(const Dataset& data, const ProgressFn& progress = {});

  // Deletes an organisation or expert (and its ties). NotFound if absent;
  // Conflict if other records refer to it (experts' affiliation, committees' parent).
  Status Delete(Id id);

  Result<Page<Organization>> ListOrganizations(const OrgFilter& filter) const;
  Result<Page<Expert>> ListExperts(const ExpertFilter& filter) const;
  Result<Organization> GetOrganization(Id id) const;
  Result<Expert> GetExpert(Id id) const;
  // Many experts in one read (one statement per chunk of ids, one snapshot):
  // the experts among `ids`, in the order of `ids`, each once; ids that are not
  // experts (absent, deleted, organisations) are left out, so the caller
  // compares ids when it needs to know which. InvalidArgument for ids <= 0.
  Result<std::vector<Expert>> GetExperts(const std::vector<Id>& ids) const;
  Result<std::vector<Tie>> TiesOf(Id id) const;  // ties where id is from or to

  // Streams every record in id order (for index builds); stops at the first error.
  Status ForEachOrganization(const std::function<void(const Organization&)>& fn) const;
  Status ForEachExpert(const std::function<void(const Expert&)>& fn) const;
  Result<std::vector<Tie>> AllTies() const;
  Result<Changes> ChangesSince(std::int64_t version) const;

  // Everything, with keys resolved, contacts included (the caller decides what to serve).
  Result<Dataset> Export() const;

  struct Counts {
    std::int64_t organizations = 0, experts = 0, ties = 0;
  };
  Result<Counts> Count() const;
  // The database's files and their sizes (data/backup.cpp).
  DatabaseFiles Files() const;

  // ---- registry (types and contract in the registry section above) ----
  // lead_roles: role keys counted in Commitments::leads.
  Result<ConsortiumRecord> CreateConsortium(const ConsortiumRecord& record, const std::string& user,
                                            const ConsortiumCheck& check = {},
                                            const std::vector<std::string>& lead_roles = {});
  // Replaces the stored record with the same id (assessments and timestamps are
  // kept); the audit action is "status" when only the status changed.
  Result<ConsortiumRecord> UpdateConsortium(const ConsortiumRecord& record, const std::string& user,
                                            const ConsortiumCheck& check = {},
                                            const std::vector<std::string>& lead_roles = {});
  Result<ConsortiumRecord> AssessConsortium(Id id, const Assessment& assessment,
                                            const std::string& user);
  Result<ConsortiumRecord> GetConsortium(Id id) const;
  Result<std::vector<ConsortiumRecord>> ListConsortia(const ConsortiumFilter& filter = {}) const;
  Result<std::vector<AuditEntry>> ConsortiumHistory(Id id) const;
  // Over non-cancelled consortia, leaving out `exclude` (0 = none).
  Result<consortia::Commitments> Commitments(const std::vector<std::string>& lead_roles = {},
                                             Id exclude = 0) const;

  class Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// ---- backup and restore (data/backup.cpp) --------------------------------------
//
// - BackupDatabase copies a database — in use by a server or not — with
//   SQLite's online backup API into one self-contained file (rollback journal,
//   no -wal beside it). The copy is one consistent snapshot: a read
//   transaction is held from its first page to its last, so writers carry on
//   (WAL) and every write committed before the backup began is in it, none
//   that committed after. It is written to <out>.tmp, checked with PRAGMA
//   integrity_check, synced and renamed: <out> is either complete or absent.
// - RestoreDatabase checks a backup first (a private copy beside the target:
//   integrity_check, a Consortia schema not newer than this build), refuses to
//   replace an existing database without `force` and one that is in use (a
//   running server: Conflict), keeps the replaced file as
//   <db>.before-restore and moves the checked copy into place by rename.
//   Files derived from the database (the search index) are the caller's.
// - Progress: stages "copy" (pages) and "check" (0/1, 1/1).

struct BackupOptions {
  ProgressFn progress;
  int pages_per_step = 1024;  // pages copied per step (4 MiB at 4 KiB pages)
  bool overwrite = false;     // replace an existing <out>
};

struct BackupReport {
  std::int64_t pages = 0;
  std::int64_t bytes = 0;
  int schema_version = 0;
  std::int64_t data_version = 0;  // the snapshot's
  double seconds = 0;
};

Result<BackupReport> BackupDatabase(const std::string& db_path, const std::string& out_path,
                                    const BackupOptions& options = {});

struct RestoreOptions {
  ProgressFn progress;
  bool force = false;  // replace an existing database
};

struct RestoreReport {
  std::int64_t bytes = 0;
  int schema_version = 0;
  std::int64_t data_version = 0;
  std::string replaced;  // where the replaced database was kept; "" if there was none
};

Result<RestoreReport> RestoreDatabase(const std::string& backup_path, const std::string& db_path,
                                      const RestoreOptions& options = {});

// PRAGMA integrity_check and foreign_key_check of the database at `path`: no
// problems, or up to 20 of each.
Result<std::vector<std::string>> CheckDatabase(const std::string& path);

}  // namespace consortia
