// Store queries: filtered pages, streaming scans, change feeds and export.
// Every filter value is bound as a parameter; only fixed SQL fragments are joined.
#include <variant>

#include <nlohmann/json.hpp>

#include "internal.h"

namespace consortia {
namespace {

using Lock = std::lock_guard<std::recursive_mutex>;
using Value = std::variant<std::int64_t, std::string>;

class Where {
 public:
  void Add(const char* clause, std::vector<Value> values) {
    sql_ += sql_.empty() ? " WHERE " : " AND ";
    sql_ += clause;
    for (Value& v : values) values_.push_back(std::move(v));
  }
  const std::string& sql() const { return sql_; }
  // Binds the values from index 1; returns the next free index.
  int Bind(detail::Stmt* stmt) const {
    int i = 1;
    for (const Value& v : values_) {
      if (const auto* n = std::get_if<std::int64_t>(&v)) {
        stmt->Bind(i++, *n);
      } else {
        stmt->Bind(i++, std::get<std::string>(v));
      }
    }
    return i;
  }

 private:
  std::string sql_;
  std::vector<Value> values_;
};

std::string LikeEscape(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

// Keywords are stored as a JSON array, so the needle is matched in its JSON form.
std::string JsonLike(const std::string& text) {
  std::string encoded =
      nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return LikeEscape(std::string_view(encoded).substr(1, encoded.size() - 2));
}

void AddText(Where* where, const char* alias, const std::string& text) {
  if (text.empty()) return;
  const std::string a = alias;
  static const std::string kClauseOrg =
      "(o.name LIKE ? ESCAPE '\\' OR o.name_en LIKE ? ESCAPE '\\' OR o.description LIKE ?"
      " ESCAPE '\\' OR o.keywords LIKE ? ESCAPE '\\')";
  static const std::string kClauseExpert =
      "(e.name LIKE ? ESCAPE '\\' OR e.description LIKE ? ESCAPE '\\' OR e.keywords LIKE ?"
      " ESCAPE '\\')";
  const std::string like = LikeEscape(text);
  if (a == "o") {
    where->Add(kClauseOrg.c_str(), {like, like, like, JsonLike(text)});
  } else {
    where->Add(kClauseExpert.c_str(), {like, like, JsonLike(text)});
  }
}

Status CheckPaging(int limit, int offset) {
  if (limit < 1 || limit > 1000)
    return Status::InvalidArgument("limit must be in 1..1000", "limit");
  if (offset < 0) return Status::InvalidArgument("offset must be >= 0", "offset");
  return Status::Ok();
}

template <typename T, typename RowFn>
Result<Page<T>> RunPage(detail::Db* db, const std::string& count_sql, const std::string& select,
                        const Where& where, const char* order, int limit, int offset,
                        RowFn row_fn) {
  Page<T> page;
  auto count = db->Prepare(count_sql + where.sql());
  if (!count.ok()) return count.status();
  where.Bind(&*count);
  auto row = count->Step();
  if (!row.ok()) return row.status();
  page.total = count->Int(0);

  auto stmt = db->Prepare(select + where.sql() + order + " LIMIT ? OFFSET ?");
  if (!stmt.ok()) return stmt.status();
  int next = where.Bind(&*stmt);
  stmt->Bind(next, limit).Bind(next + 1, offset);
  for (;;) {
    auto r = stmt->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    T item;
    Status st = row_fn(*stmt, &item);
    if (!st.ok()) return st;
    page.items.push_back(std::move(item));
  }
  return page;
}

// Runs `sql` and calls fn for every decoded row.
template <typename T, typename RowFn>
Status Scan(detail::Db* db, const std::string& sql, std::optional<std::int64_t> bind, RowFn row_fn,
            const std::function<void(const T&)>& fn) {
  auto stmt = db->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  if (bind) stmt->Bind(1, *bind);
  T item;
  for (;;) {
    auto r = stmt->Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
    Status st = row_fn(*stmt, &item);
    if (!st.ok()) return st;
    fn(item);
  }
}

// A read transaction, so multi-statement reads see one snapshot.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(detail::Db* db) : db_(db) { open_ = db_->Exec("BEGIN").ok(); }
  ~ReadSnapshot() {
    if (open_) db_->Exec("COMMIT");
  }

 private:
  detail::Db* db_;
  bool open_ = false;
};

}  // namespace

Result<Page<Organization>> Store::ListOrganizations(const OrgFilter& f) const {
  Status st = CheckPaging(f.limit, f.offset);
  if (!st.ok()) return st;
  Where where;
  if (f.kind) where.Add("o.kind = ?", {std::string(ToString(*f.kind))});
  if (f.leading) where.Add("o.leading = ?", {std::int64_t{*f.leading ? 1 : 0}});
  if (!f.industry.empty()) {
    where.Add("o.id IN (SELECT id FROM record_industries WHERE code = ?)", {f.industry});
  }
  if (!f.district.empty()) where.Add("o.district = ?", {f.district});
  if (!f.zone.empty()) where.Add("o.zone = ?", {f.zone});
  if (!f.park.empty()) where.Add("o.park = ?", {f.park});
  AddText(&where, "o", f.text);
  Lock lock(impl_->mu);
  ReadSnapshot snapshot(impl_->db.get());
  return RunPage<Organization>(impl_->db.get(), "SELECT COUNT(*) FROM organizations o",
                               detail::kOrgSelect, where, " ORDER BY o.id", f.limit, f.offset,
                               detail::RowToOrganization);
}

Result<Page<Expert>> Store::ListExperts(const ExpertFilter& f) const {
  Status st = CheckPaging(f.limit, f.offset);
  if (!st.ok()) return st;
  Where where;
  if (f.title) where.Add("e.title = ?", {std::string(ToString(*f.title))});
  if (!f.industry.empty()) {
    where.Add("e.id IN (SELECT id FROM record_industries WHERE code = ?)", {f.industry});
  }
  if (!f.field.empty()) {
    // Prefix match on the code: [field, field + 0xFF) under binary collation.
    where.Add("e.id IN (SELECT id FROM expert_fields WHERE code >= ? AND code < ?)",
              {f.field, f.field + "\xff"});
  }
  if (f.affiliation_id) where.Add("e.affiliation_id = ?", {std::int64_t{*f.affiliation_id}});
  AddText(&where, "e", f.text);
  Lock lock(impl_->mu);
  ReadSnapshot snapshot(impl_->db.get());
  return RunPage<Expert>(impl_->db.get(), "SELECT COUNT(*) FROM experts e", detail::kExpertSelect,
                         where, " ORDER BY e.id", f.limit, f.offset, detail::RowToExpert);
}

Status Store::ForEachOrganization(const std::function<void(const Organization&)>& fn) const {
  Lock lock(impl_->mu);
  return Scan<Organization>(impl_->db.get(), std::string(detail::kOrgSelect) + " ORDER BY o.id",
                            std::nullopt, detail::RowToOrganization, fn);
}

Status Store::ForEachExpert(const std::function<void(const Expert&)>& fn) const {
  Lock lock(impl_->mu);
  return Scan<Expert>(impl_->db.get(), std::string(detail::kExpertSelect) + " ORDER BY e.id",
                      std::nullopt, detail::RowToExpert, fn);
}

Result<Changes> Store::ChangesSince(std::int64_t version) const {
  Lock lock(impl_->mu);
  detail::Db* db = impl_->db.get();
  ReadSnapshot snapshot(db);
  Changes changes;
  auto current = impl_->ReadDataVersion();
  if (!current.ok()) return current.status();
  changes.version = *current;
  Status st = Scan<Organization>(
      db, std::string(detail::kOrgSelect) + " WHERE o.version > ?1 ORDER BY o.id", version,
      detail::RowToOrganization,
      [&](const Organization& o) { changes.organizations.push_back(o); });
  if (!st.ok()) return st;
  st = Scan<Expert>(db, std::string(detail::kExpertSelect) + " WHERE e.version > ?1 ORDER BY e.id",
                    version, detail::RowToExpert,
                    [&](const Expert& e) { changes.experts.push_back(e); });
  if (!st.ok()) return st;
  auto tomb = db->Prepare("SELECT id FROM tombstones WHERE version > ?1 ORDER BY id");
  if (!tomb.ok()) return tomb.status();
  tomb->Bind(1, version);
  for (;;) {
    auto r = tomb->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    changes.deleted.push_back(tomb->Int(0));
  }
  return changes;
}

Result<Dataset> Store::Export() const {
  Lock lock(impl_->mu);
  ReadSnapshot snapshot(impl_->db.get());
  Dataset data;
  Status st = ForEachOrganization([&](const Organization& o) { data.organizations.push_back(o); });
  if (!st.ok()) return st;
  st = ForEachExpert([&](const Expert& e) { data.experts.push_back(e); });
  if (!st.ok()) return st;
  auto ties = AllTies();
  if (!ties.ok()) return ties.status();
  data.ties = std::move(ties).value();
  return data;
}

}  // namespace consortia
