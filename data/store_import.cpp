// Store::Import: validate everything (records, then keys and references against
// the store, loaded once into hash maps), then upsert in one transaction.
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "internal.h"

namespace consortia {
namespace {

constexpr int kOrg = 0;
constexpr int kExpert = 1;
constexpr std::int64_t kProgressEvery = 10000;

struct Stored {
  Id id = 0;
  int type = kOrg;
  OrgKind kind = OrgKind::kEnterprise;
};

struct InImport {
  int type = kOrg;
  int index = 0;
};

const char* FileOf(int type) { return type == kOrg ? "organizations" : "experts"; }

class Importer {
 public:
  Importer(detail::Db* db, const Dataset& data, const ProgressFn& progress, ImportReport* report)
      : db_(db), data_(data), progress_(progress), report_(report) {}

  Status Validate();
  Status Write(std::int64_t version);
  bool wrote_anything() const {
    return !data_.organizations.empty() || !data_.experts.empty() || report_->ties_inserted > 0;
  }

 private:
  struct Resolved {
    int type;
    OrgKind kind;
  };
  std::optional<Resolved> Resolve(std::string_view key) const;
  Id IdOf(const std::string& key) const;
  Status LoadStored();
  void CheckKeys();
  void CheckReferences();
  void Problem(const char* file, int row, const char* field, std::string message) {
    report_->problems.push_back({file, row, field, std::move(message)});
  }
  void Tick(std::string_view stage, std::int64_t done, std::int64_t total) const {
    if (progress_ && (done % kProgressEvery == 0 || done == total)) progress_(stage, done, total);
  }

  detail::Db* db_;
  const Dataset& data_;
  const ProgressFn& progress_;
  ImportReport* report_;
  std::unordered_map<std::string, Stored> stored_;
  std::unordered_set<Id> stored_parents_;  // ids that stored committees point to
  std::unordered_map<std::string_view, InImport> in_import_;
  std::vector<Id> org_ids_, expert_ids_;
};

Status Importer::LoadStored() {
  auto stmt = db_->Prepare(
      "SELECT r.key, r.id, r.type, o.kind FROM records r"
      " LEFT JOIN organizations o ON o.id = r.id");
  if (!stmt.ok()) return stmt.status();
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    Stored s;
    s.id = stmt->Int(1);
    s.type = static_cast<int>(stmt->Int(2));
    if (s.type == kOrg) s.kind = ParseOrgKind(stmt->Text(3)).value_or(OrgKind::kEnterprise);
    stored_.emplace(stmt->Text(0), s);
  }
  auto parents =
      db_->Prepare("SELECT DISTINCT parent_id FROM organizations WHERE parent_id IS NOT NULL");
  if (!parents.ok()) return parents.status();
  for (;;) {
    auto row = parents->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    stored_parents_.insert(parents->Int(0));
  }
  return Status::Ok();
}

std::optional<Importer::Resolved> Importer::Resolve(std::string_view key) const {
  if (auto it = in_import_.find(key); it != in_import_.end()) {
    OrgKind kind =
        it->second.type == kOrg ? data_.organizations[it->second.index].kind : OrgKind::kEnterprise;
    return Resolved{it->second.type, kind};
  }
  if (auto it = stored_.find(std::string(key)); it != stored_.end()) {
    return Resolved{it->second.type, it->second.kind};
  }
  return std::nullopt;
}

Id Importer::IdOf(const std::string& key) const {
  if (auto it = in_import_.find(key); it != in_import_.end()) {
    return it->second.type == kOrg ? org_ids_[it->second.index] : expert_ids_[it->second.index];
  }
  auto it = stored_.find(key);
  return it == stored_.end() ? 0 : it->second.id;
}

void Importer::CheckKeys() {
  auto add = [&](int type, int index, const std::string& key) {
    if (!detail::ValidKey(key)) return;  // already reported
    auto [it, fresh] = in_import_.emplace(key, InImport{type, index});
    if (!fresh) {
      Problem(FileOf(type), index + 1, "key",
              "duplicate key '" + key + "' (first used in " + FileOf(it->second.type) + " row " +
                  std::to_string(it->second.index + 1) + ")");
      return;
    }
    auto st = stored_.find(key);
    if (st == stored_.end()) return;
    if (st->second.type != type) {
      Problem(FileOf(type), index + 1, "key",
              "key '" + key + "' belongs to " +
                  (st->second.type == kOrg ? "an organisation" : "an expert") + " in the store");
    } else if (type == kOrg && stored_parents_.count(st->second.id) != 0 &&
               data_.organizations[index].kind != OrgKind::kNationalSociety) {
      Problem(FileOf(type), index + 1, "kind",
              "'" + key + "' is the parent of stored committees and must stay a national_society");
    }
  };
  in_import_.reserve(data_.organizations.size() + data_.experts.size());
  for (std::size_t i = 0; i < data_.organizations.size(); ++i) {
    add(kOrg, static_cast<int>(i), data_.organizations[i].key);
  }
  for (std::size_t i = 0; i < data_.experts.size(); ++i) {
    add(kExpert, static_cast<int>(i), data_.experts[i].key);
  }
}

void Importer::CheckReferences() {
  for (std::size_t i = 0; i < data_.organizations.size(); ++i) {
    const Organization& org = data_.organizations[i];
    if (org.kind != OrgKind::kSocietyCommittee || !detail::ValidKey(org.parent_key)) continue;
    auto r = Resolve(org.parent_key);
    const int row = static_cast<int>(i) + 1;
    if (!r) {
      Problem("organizations", row, "parent", "unknown organisation '" + org.parent_key + "'");
    } else if (r->type != kOrg || r->kind != OrgKind::kNationalSociety) {
      Problem("organizations", row, "parent",
              "parent '" + org.parent_key + "' is not a national_society");
    }
  }
  for (std::size_t i = 0; i < data_.experts.size(); ++i) {
    const Expert& e = data_.experts[i];
    if (!detail::ValidKey(e.affiliation_key)) continue;
    auto r = Resolve(e.affiliation_key);
    const int row = static_cast<int>(i) + 1;
    if (!r) {
      Problem("experts", row, "affiliation", "unknown organisation '" + e.affiliation_key + "'");
    } else if (r->type != kOrg) {
      Problem("experts", row, "affiliation",
              "'" + e.affiliation_key + "' is an expert, not an organisation");
    }
  }
  for (std::size_t i = 0; i < data_.ties.size(); ++i) {
    const Tie& t = data_.ties[i];
    const int row = static_cast<int>(i) + 1;
    if (detail::ValidKey(t.from_key) && !Resolve(t.from_key)) {
      Problem("ties", row, "from", "unknown record '" + t.from_key + "'");
    }
    if (detail::ValidKey(t.to_key)) {
      auto r = Resolve(t.to_key);
      if (!r) {
        Problem("ties", row, "to", "unknown organisation '" + t.to_key + "'");
      } else if (r->type != kOrg) {
        Problem("ties", row, "to", "'" + t.to_key + "' is an expert; ties point to organisations");
      }
    }
  }
}

Status Importer::Validate() {
  const std::int64_t total = static_cast<std::int64_t>(data_.organizations.size() +
                                                       data_.experts.size() + data_.ties.size());
  std::int64_t done = 0;
  for (std::size_t i = 0; i < data_.organizations.size(); ++i) {
    detail::ValidateOrganization(data_.organizations[i], "organizations", static_cast<int>(i) + 1,
                                 &report_->problems);
    Tick("validate", ++done, total);
  }
  for (std::size_t i = 0; i < data_.experts.size(); ++i) {
    detail::ValidateExpert(data_.experts[i], "experts", static_cast<int>(i) + 1,
                           &report_->problems);
    Tick("validate", ++done, total);
  }
  for (std::size_t i = 0; i < data_.ties.size(); ++i) {
    detail::ValidateTie(data_.ties[i], "ties", static_cast<int>(i) + 1, &report_->problems);
    Tick("validate", ++done, total);
  }
  Status st = LoadStored();
  if (!st.ok()) return st;
  CheckKeys();
  CheckReferences();
  return Status::Ok();
}

// Gives every record its id: the stored one, or a new row in `records`.
Status AssignIds(detail::Stmt* insert, int type, const std::vector<std::string>& keys,
                 const std::unordered_map<std::string, Stored>& stored, detail::Db* db,
                 std::vector<Id>* ids, int* inserted, int* updated) {
  ids->resize(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto it = stored.find(keys[i]);
    if (it != stored.end()) {
      (*ids)[i] = it->second.id;
      ++*updated;
      continue;
    }
    Status st = insert->Bind(1, keys[i]).Bind(2, type).Run();
    if (!st.ok()) return st;
    (*ids)[i] = db->LastInsertRowid();
    ++*inserted;
  }
  return Status::Ok();
}

template <typename T>
std::vector<std::string> KeysOf(const std::vector<T>& records) {
  std::vector<std::string> keys;
  keys.reserve(records.size());
  for (const T& r : records) keys.push_back(r.key);
  return keys;
}

Status Importer::Write(std::int64_t version) {
  auto ins_record = db_->Prepare("INSERT INTO records(key, type) VALUES (?1, ?2)");
  auto upsert_org = db_->Prepare(
      "INSERT INTO organizations(id, name, name_en, kind, leading, parent_id, district, zone,"
      " park, industries, subfields, capabilities, staff, expert_team, description, keywords,"
      " version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
      " ?17) ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,"
      " kind = excluded.kind, leading = excluded.leading, parent_id = excluded.parent_id,"
      " district = excluded.district, zone = excluded.zone, park = excluded.park,"
      " industries = excluded.industries, subfields = excluded.subfields,"
      " capabilities = excluded.capabilities, staff = excluded.staff,"
      " expert_team = excluded.expert_team, description = excluded.description,"
      " keywords = excluded.keywords, version = excluded.version");
  auto upsert_expert = db_->Prepare(
      "INSERT INTO experts(id, name, title, academy, affiliation_id, fields, industries,"
      " description, keywords, capacity, email, phone, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
      " ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
      " title = excluded.title, academy = excluded.academy,"
      " affiliation_id = excluded.affiliation_id, fields = excluded.fields,"
      " industries = excluded.industries, description = excluded.description,"
      " keywords = excluded.keywords, capacity = excluded.capacity, email = excluded.email,"
      " phone = excluded.phone, version = excluded.version");
  auto del_industries = db_->Prepare("DELETE FROM record_industries WHERE id = ?1");
  auto ins_industry =
      db_->Prepare("INSERT OR IGNORE INTO record_industries(code, id) VALUES (?1, ?2)");
  auto del_fields = db_->Prepare("DELETE FROM expert_fields WHERE id = ?1");
  auto ins_field = db_->Prepare("INSERT OR IGNORE INTO expert_fields(code, id) VALUES (?1, ?2)");
  auto ins_tie = db_->Prepare(
      "INSERT OR IGNORE INTO ties(from_id, to_id, kind, year) VALUES (?1, ?2, ?3, ?4)");
  for (const Status* st : {&ins_record.status(), &upsert_org.status(), &upsert_expert.status(),
                           &del_industries.status(), &ins_industry.status(), &del_fields.status(),
                           &ins_field.status(), &ins_tie.status()}) {
    if (!st->ok()) return *st;
  }

  auto write_industries = [&](Id id, bool existed, const std::vector<Weighted>& industries) {
    if (existed) {
      Status st = del_industries->Bind(1, id).Run();
      if (!st.ok()) return st;
    }
    for (const Weighted& w : industries) {
      Status st = ins_industry->Bind(1, w.code).Bind(2, id).Run();
      if (!st.ok()) return st;
    }
    return Status::Ok();
  };

  // Organisations: ids first (committees may name a parent further down the list).
  Status st = AssignIds(&*ins_record, kOrg, KeysOf(data_.organizations), stored_, db_, &org_ids_,
                        &report_->organizations_inserted, &report_->organizations_updated);
  if (!st.ok()) return st;
  expert_ids_.clear();
  const auto n_orgs = static_cast<std::int64_t>(data_.organizations.size());
  for (std::size_t i = 0; i < data_.organizations.size(); ++i) {
    const Organization& o = data_.organizations[i];
    const Id id = org_ids_[i];
    auto& s = *upsert_org;
    s.Bind(1, id).Bind(2, o.name).Bind(3, o.name_en).Bind(4, ToString(o.kind));
    s.Bind(5, o.leading ? 1 : 0);
    if (o.parent_key.empty()) {
      s.BindNull(6);
    } else {
      s.Bind(6, IdOf(o.parent_key));
    }
    s.Bind(7, o.district).Bind(8, o.zone).Bind(9, o.park);
    s.Bind(10, detail::EncodeWeighted(o.industries)).Bind(11, detail::EncodeList(o.subfields));
    s.Bind(12, detail::EncodeList(o.capabilities)).Bind(13, o.staff).Bind(14, o.expert_team);
    s.Bind(15, o.description).Bind(16, detail::EncodeList(o.keywords)).Bind(17, version);
    st = s.Run();
    if (!st.ok()) return st;
    st = write_industries(id, stored_.count(o.key) != 0, o.industries);
    if (!st.ok()) return st;
    Tick("organizations", static_cast<std::int64_t>(i) + 1, n_orgs);
  }

  st = AssignIds(&*ins_record, kExpert, KeysOf(data_.experts), stored_, db_, &expert_ids_,
                 &report_->experts_inserted, &report_->experts_updated);
  if (!st.ok()) return st;
  const auto n_experts = static_cast<std::int64_t>(data_.experts.size());
  for (std::size_t i = 0; i < data_.experts.size(); ++i) {
    const Expert& e = data_.experts[i];
    const Id id = expert_ids_[i];
    auto& s = *upsert_expert;
    s.Bind(1, id).Bind(2, e.name).Bind(3, ToString(e.title)).Bind(4, e.academy);
    s.Bind(5, IdOf(e.affiliation_key)).Bind(6, detail::EncodeList(e.fields));
    s.Bind(7, detail::EncodeWeighted(e.industries)).Bind(8, e.description);
    s.Bind(9, detail::EncodeList(e.keywords)).Bind(10, e.capacity).Bind(11, e.email);
    s.Bind(12, e.phone).Bind(13, version);
    st = s.Run();
    if (!st.ok()) return st;
    const bool existed = stored_.count(e.key) != 0;
    st = write_industries(id, existed, e.industries);
    if (!st.ok()) return st;
    if (existed) {
      st = del_fields->Bind(1, id).Run();
      if (!st.ok()) return st;
    }
    for (const std::string& f : e.fields) {
      st = ins_field->Bind(1, f).Bind(2, id).Run();
      if (!st.ok()) return st;
    }
    Tick("experts", static_cast<std::int64_t>(i) + 1, n_experts);
  }

  const auto n_ties = static_cast<std::int64_t>(data_.ties.size());
  for (std::size_t i = 0; i < data_.ties.size(); ++i) {
    const Tie& t = data_.ties[i];
    st = ins_tie->Bind(1, IdOf(t.from_key))
             .Bind(2, IdOf(t.to_key))
             .Bind(3, ToString(t.kind))
             .Bind(4, t.year)
             .Run();
    if (!st.ok()) return st;
    report_->ties_inserted += db_->Changes();
    Tick("ties", static_cast<std::int64_t>(i) + 1, n_ties);
  }
  return Status::Ok();
}

}  // namespace

Result<ImportReport> Store::Import(const Dataset& data, const ProgressFn& progress) {
  std::lock_guard<std::recursive_mutex> lock(impl_->mu);
  ImportReport report;
  Importer importer(impl_->db.get(), data, progress, &report);
  Status st = importer.Validate();
  if (!st.ok()) return st;
  if (!report.ok()) {
    detail::SanitizeProblems(&report.problems);
    return report;
  }

  // Large imports get a bigger page cache so the one transaction does not spill.
  const std::size_t rows = data.organizations.size() + data.experts.size() + data.ties.size();
  struct CacheBoost {
    detail::Db* db;
    bool on;
    ~CacheBoost() {
      if (on) db->Exec("PRAGMA cache_size=-65536");
    }
  } boost{impl_->db.get(), rows > 100000 && impl_->db->Exec("PRAGMA cache_size=-262144").ok()};
  detail::Transaction txn(impl_->db.get());
  st = txn.Begin();
  if (!st.ok()) return st;
  auto version = impl_->ReadDataVersion();
  if (!version.ok()) return version.status();
  st = importer.Write(*version + 1);
  if (!st.ok()) return st;
  if (!importer.wrote_anything()) return report;  // nothing to commit; no version bump
  st = impl_->SetDataVersion(*version + 1);
  if (!st.ok()) return st;
  st = txn.Commit();
  if (!st.ok()) return st;
  return report;
}

}  // namespace consortia
