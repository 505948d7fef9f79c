// Store: opening, versions, single-record reads, counts and deletes.
#include <algorithm>
#include <optional>
#include <unordered_map>

#include "internal.h"

namespace consortia {

using detail::Stmt;
using Lock = std::lock_guard<std::recursive_mutex>;

namespace {
constexpr const char* kTieOrder = " ORDER BY f.type, t.from_id, t.to_id, t.kind, t.year";
}  // namespace

Result<std::int64_t> Store::Impl::ReadDataVersion() const {
  return db->QueryInt("SELECT value FROM meta WHERE key = 'data_version'");
}

Status Store::Impl::SetDataVersion(std::int64_t version) {
  auto stmt = db->Prepare("UPDATE meta SET value = ?1 WHERE key = 'data_version'");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, version).Run();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  auto db = detail::OpenDatabase(path, kSchemaVersion);
  if (!db.ok()) return db.status();
  // Map up to ~2 GB (SQLite's default ceiling) rather than the connection's
  // 256 MB: the team builder's per-request point reads land anywhere in a
  // 10^6-expert database, and mapped pages cost no read() call and no copy.
  // The address space is only reserved; a failure here just keeps the default.
  (void)(*db)->Exec("PRAGMA mmap_size=2147418112");
  return std::unique_ptr<Store>(new Store(std::make_unique<Impl>(std::move(db).value())));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

int Store::SchemaVersion() const {
  Lock lock(impl_->mu);
  auto v = impl_->db->QueryInt("PRAGMA user_version");
  return v.ok() ? static_cast<int>(*v) : 0;
}

std::int64_t Store::DataVersion() const {
  Lock lock(impl_->mu);
  auto v = impl_->ReadDataVersion();
  return v.ok() ? *v : -1;
}

Result<Organization> Store::GetOrganization(Id id) const {
  Lock lock(impl_->mu);
  auto stmt = impl_->db->Prepare(std::string(detail::kOrgSelect) + " WHERE o.id = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no organisation with id " + std::to_string(id), "id");
  Organization org;
  Status st = detail::RowToOrganization(*stmt, &org);
  if (!st.ok()) return st;
  return org;
}

Result<Expert> Store::GetExpert(Id id) const {
  Lock lock(impl_->mu);
  auto stmt = impl_->db->Prepare(std::string(detail::kExpertSelect) + " WHERE e.id = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no expert with id " + std::to_string(id), "id");
  Expert expert;
  Status st = detail::RowToExpert(*stmt, &expert);
  if (!st.ok()) return st;
  return expert;
}

Result<std::vector<Expert>> Store::GetExperts(const std::vector<Id>& ids) const {
  // Unique ids in first-seen order; slot[i] receives the expert with unique[i].
  std::vector<Id> unique;
  unique.reserve(ids.size());
  std::unordered_map<Id, std::size_t> position;
  position.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] <= 0) {
      return Status::InvalidArgument("ids[" + std::to_string(i) + "] must be a positive id", "ids");
    }
    if (position.emplace(ids[i], unique.size()).second) unique.push_back(ids[i]);
  }
  std::vector<std::optional<Expert>> slot(unique.size());
  constexpr std::size_t kChunk = 500;  // well under SQLITE_MAX_VARIABLE_NUMBER
  Lock lock(impl_->mu);
  detail::Db* db = impl_->db.get();
  const bool snapshot = unique.size() > kChunk && db->Exec("BEGIN").ok();
  Status failed = Status::Ok();
  for (std::size_t from = 0; from < unique.size() && failed.ok(); from += kChunk) {
    const std::size_t n = std::min(kChunk, unique.size() - from);
    std::string sql = std::string(detail::kExpertSelect) + " WHERE e.id IN (";
    for (std::size_t i = 0; i < n; ++i) sql += i == 0 ? "?" : ",?";
    sql += ")";
    auto stmt = db->Prepare(sql);
    if (!stmt.ok()) {
      failed = stmt.status();
      break;
    }
    for (std::size_t i = 0; i < n; ++i) stmt->Bind(static_cast<int>(i + 1), unique[from + i]);
    for (;;) {
      auto row = stmt->Step();
      if (!row.ok()) {
        failed = row.status();
        break;
      }
      if (!*row) break;
      Expert expert;
      if (Status st = detail::RowToExpert(*stmt, &expert); !st.ok()) {
        failed = st;
        break;
      }
      auto it = position.find(expert.id);
      if (it != position.end()) slot[it->second] = std::move(expert);
    }
  }
  if (snapshot) db->Exec("COMMIT");
  if (!failed.ok()) return failed;
  std::vector<Expert> out;
  out.reserve(unique.size());
  for (std::optional<Expert>& e : slot) {
    if (e) out.push_back(std::move(*e));
  }
  return out;
}

namespace {

Result<std::vector<Tie>> ReadTies(detail::Db* db, const std::string& sql, Id id) {
  auto stmt = db->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  if (id != 0) stmt->Bind(1, id);
  std::vector<Tie> ties;
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    Tie tie;
    Status st = detail::RowToTie(*stmt, &tie);
    if (!st.ok()) return st;
    ties.push_back(std::move(tie));
  }
  return ties;
}

}  // namespace

Result<std::vector<Tie>> Store::TiesOf(Id id) const {
  Lock lock(impl_->mu);
  auto stmt = impl_->db->Prepare("SELECT 1 FROM records WHERE id = ?1");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no record with id " + std::to_string(id), "id");
  return ReadTies(
      impl_->db.get(),
      std::string(detail::kTieSelect) + " WHERE t.from_id = ?1 OR t.to_id = ?1" + kTieOrder, id);
}

Result<std::vector<Tie>> Store::AllTies() const {
  Lock lock(impl_->mu);
  return ReadTies(impl_->db.get(), std::string(detail::kTieSelect) + kTieOrder, 0);
}

Result<Store::Counts> Store::Count() const {
  Lock lock(impl_->mu);
  auto stmt = impl_->db->Prepare(
      "SELECT (SELECT COUNT(*) FROM organizations), (SELECT COUNT(*) FROM experts),"
      " (SELECT COUNT(*) FROM ties)");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  Counts c;
  c.organizations = stmt->Int(0);
  c.experts = stmt->Int(1);
  c.ties = stmt->Int(2);
  return c;
}

Status Store::Delete(Id id) {
  Lock lock(impl_->mu);
  detail::Db* db = impl_->db.get();
  auto type = db->Prepare("SELECT type FROM records WHERE id = ?1");
  if (!type.ok()) return type.status();
  auto row = type->Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no record with id " + std::to_string(id), "id");
  const bool is_org = type->Int(0) == 0;
  type->Reset();

  if (is_org) {
    auto refs = db->Prepare(
        "SELECT (SELECT COUNT(*) FROM experts WHERE affiliation_id = ?1),"
        " (SELECT COUNT(*) FROM organizations WHERE parent_id = ?1)");
    if (!refs.ok()) return refs.status();
    auto r = refs->Bind(1, id).Step();
    if (!r.ok()) return r.status();
    const std::int64_t experts = refs->Int(0), committees = refs->Int(1);
    if (experts > 0) {
      return Status::Conflict(std::to_string(experts) + " expert(s) are affiliated with " +
                                  std::to_string(id) + "; delete or move them first",
                              "id");
    }
    if (committees > 0) {
      return Status::Conflict(std::to_string(committees) + " committee(s) have " +
                                  std::to_string(id) + " as their parent; delete them first",
                              "id");
    }
  }

  detail::Transaction txn(db);
  Status st = txn.Begin();
  if (!st.ok()) return st;
  auto version = impl_->ReadDataVersion();
  if (!version.ok()) return version.status();
  const std::int64_t next = *version + 1;
  // ON DELETE CASCADE removes the organisation/expert row, its filter rows and ties.
  auto del = db->Prepare("DELETE FROM records WHERE id = ?1");
  if (!del.ok()) return del.status();
  st = del->Bind(1, id).Run();
  if (!st.ok()) return st;
  auto tomb = db->Prepare("INSERT OR REPLACE INTO tombstones(id, version) VALUES (?1, ?2)");
  if (!tomb.ok()) return tomb.status();
  st = tomb->Bind(1, id).Bind(2, next).Run();
  if (!st.ok()) return st;
  st = impl_->SetDataVersion(next);
  if (!st.ok()) return st;
  return txn.Commit();
}

}  // namespace consortia
