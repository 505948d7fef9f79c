// Store: the programme registry — consortia, assessments, audit history and
// commitments (contract in data/data.h, section "registry").
#include <algorithm>
#include <set>

#include "internal.h"
#include "registry_internal.h"

namespace consortia {

using detail::Db;
using detail::Stmt;
using nlohmann::json;
using Lock = std::lock_guard<std::recursive_mutex>;

namespace {

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

Status LoadAssessments(Db* db, ConsortiumRecord* r) {
  auto stmt = db->Prepare(
      "SELECT year, passed, notes, user, at FROM consortium_assessments"
      " WHERE consortium_id = ?1 ORDER BY year");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, r->id);
  r->assessments.clear();
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    r->assessments.push_back({static_cast<int>(stmt->Int(0)), stmt->Int(1) != 0, stmt->Text(2),
                              stmt->Text(3), stmt->Text(4)});
  }
  return Status::Ok();
}

Result<ConsortiumRecord> Load(Db* db, Id id) {
  auto stmt = db->Prepare(std::string(detail::kConsortiumSelect) + " WHERE id = ?1");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no consortium with id " + std::to_string(id), "id");
  ConsortiumRecord r;
  Status st = detail::RowToConsortium(*stmt, &r);
  if (!st.ok()) return st;
  st = LoadAssessments(db, &r);
  if (!st.ok()) return st;
  return r;
}

Result<Commitments> ReadCommitments(Db* db, const std::vector<std::string>& lead_roles,
                                    Id exclude) {
  auto stmt = db->Prepare(
      "SELECT members, leader_id, team FROM consortia WHERE status != 'cancelled' AND id != ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, exclude);
  Commitments out;
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    std::vector<Member> members;
    std::vector<Id> team;
    if (!detail::DecodeMembers(stmt->Text(0), &members) ||
        !detail::DecodeIds(stmt->Text(2), &team)) {
      return Status::Corruption("a consortium has bad members or team columns");
    }
    std::set<Id> orgs, leads;
    for (const Member& m : members) {
      orgs.insert(m.id);
      if (std::find(lead_roles.begin(), lead_roles.end(), m.role) != lead_roles.end()) {
        leads.insert(m.id);
      }
    }
    for (Id id : orgs) ++out.organizations[id];
    for (Id id : leads) ++out.leads[id];
    std::set<Id> experts(team.begin(), team.end());
    if (stmt->Int(1) != 0) experts.insert(stmt->Int(1));
    for (Id id : experts) ++out.experts[id];
  }
  return out;
}

Status WriteAudit(Db* db, Id id, const std::string& user, const std::string& action,
                  const json& changes, const json& before, const json& after,
                  const std::string& at) {
  auto stmt = db->Prepare(
      "INSERT INTO consortium_audit(consortium_id, at, user, action, changes, before, after)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id).Bind(2, at).Bind(3, user).Bind(4, action).Bind(5, Dump(changes));
  if (before.is_null()) {
    stmt->BindNull(6);
  } else {
    stmt->Bind(6, Dump(before));
  }
  stmt->Bind(7, Dump(after));
  return stmt->Run();
}

// Binds the record's columns at 1..14 (see the INSERT and UPDATE below).
void BindColumns(Stmt* stmt, const ConsortiumRecord& r) {
  stmt->Bind(1, r.name)
      .Bind(2, r.type)
      .Bind(3, r.region)
      .Bind(4, r.industry)
      .Bind(5, detail::EncodeMembers(r.members))
      .Bind(6, r.applicant_id)
      .Bind(7, r.team.leader_id)
      .Bind(8, detail::EncodeIds(r.team.members))
      .Bind(9, ToString(r.status))
      .Bind(10, r.year)
      .Bind(11, r.technical_direction)
      .Bind(12, r.problem)
      .Bind(13, r.project)
      .Bind(14, r.score);
}

Status CheckUser(const std::string& user) {
  if (user.empty() || user.size() > 200 || !detail::ValidUtf8(user)) {
    return Status::InvalidArgument("user must be 1..200 bytes of UTF-8", "user");
  }
  return Status::Ok();
}

}  // namespace

Result<ConsortiumRecord> Store::CreateConsortium(const ConsortiumRecord& record,
                                                 const std::string& user,
                                                 const ConsortiumCheck& check,
                                                 const std::vector<std::string>& lead_roles) {
  Status st = detail::CheckConsortiumShape(record);
  if (!st.ok()) return st;
  if (st = CheckUser(user); !st.ok()) return st;
  if (record.status == ConsortiumStatus::kCancelled) {
    return Status::InvalidArgument("a consortium cannot be registered as cancelled", "status");
  }
  Lock lock(impl_->mu);
  Db* db = impl_->db.get();
  detail::Transaction txn(db);
  if (st = txn.Begin(); !st.ok()) return st;
  auto others = ReadCommitments(db, lead_roles, 0);
  if (!others.ok()) return others.status();

  ConsortiumRecord r = record;
  r.assessments.clear();
  r.revision = 1;
  r.created_at = r.updated_at = detail::NowUtc();
  auto insert = db->Prepare(
      "INSERT INTO consortia(name, type, region, industry, members, applicant_id, leader_id,"
      " team, status, year, technical_direction, problem, project, score, revision, created_at,"
      " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1,"
      " ?15, ?15)");
  if (!insert.ok()) return insert.status();
  BindColumns(&*insert, r);
  insert->Bind(15, r.created_at);
  if (st = insert->Run(); !st.ok()) return st;
  r.id = db->LastInsertRowid();

  if (check) {
    if (st = check(r, *others); !st.ok()) return st;  // rolls back the insert
  }
  const json after = ToJson(r);
  st = WriteAudit(db, r.id, user, "create", detail::DiffRecords(json(), after), json(), after,
                  r.updated_at);
  if (!st.ok()) return st;
  if (st = txn.Commit(); !st.ok()) return st;
  return r;
}

Result<ConsortiumRecord> Store::UpdateConsortium(const ConsortiumRecord& record,
                                                 const std::string& user,
                                                 const ConsortiumCheck& check,
                                                 const std::vector<std::string>& lead_roles) {
  Status st = detail::CheckConsortiumShape(record);
  if (!st.ok()) return st;
  if (st = CheckUser(user); !st.ok()) return st;
  Lock lock(impl_->mu);
  Db* db = impl_->db.get();
  detail::Transaction txn(db);
  if (st = txn.Begin(); !st.ok()) return st;
  auto current = Load(db, record.id);
  if (!current.ok()) return current.status();
  const ConsortiumRecord& cur = *current;
  if (cur.status == ConsortiumStatus::kCancelled) {
    return Status::Conflict(
        "consortium " + std::to_string(cur.id) + " is cancelled; a cancelled consortium is final",
        "status");
  }
  if (record.revision != 0 && record.revision != cur.revision) {
    return Status::Conflict("consortium " + std::to_string(cur.id) +
                                " was changed meanwhile (revision " + std::to_string(cur.revision) +
                                ", not " + std::to_string(record.revision) + "); read it again",
                            "revision");
  }
  if (record.type != cur.type) {
    return Status::InvalidArgument("type cannot change (" + cur.type + ")", "type");
  }
  if (!ValidStatusTransition(cur.status, record.status)) {
    return Status::Conflict("status cannot go from " + std::string(ToString(cur.status)) + " to " +
                                std::string(ToString(record.status)) +
                                " (proposed -> applied -> approved -> active, or cancelled)",
                            "status");
  }

  ConsortiumRecord r = record;
  r.assessments = cur.assessments;
  r.created_at = cur.created_at;
  r.revision = cur.revision;
  r.updated_at = cur.updated_at;
  const json before = ToJson(cur);
  json changes = detail::DiffRecords(before, ToJson(r));
  if (changes.empty()) return cur;  // nothing to write, nothing to audit

  auto others = ReadCommitments(db, lead_roles, r.id);
  if (!others.ok()) return others.status();
  r.revision = cur.revision + 1;
  r.updated_at = detail::NowUtc();
  auto update = db->Prepare(
      "UPDATE consortia SET name = ?1, type = ?2, region = ?3, industry = ?4, members = ?5,"
      " applicant_id = ?6, leader_id = ?7, team = ?8, status = ?9, year = ?10,"
      " technical_direction = ?11, problem = ?12, project = ?13, score = ?14, revision = ?15,"
      " updated_at = ?16 WHERE id = ?17");
  if (!update.ok()) return update.status();
  BindColumns(&*update, r);
  update->Bind(15, r.revision).Bind(16, r.updated_at).Bind(17, r.id);
  if (st = update->Run(); !st.ok()) return st;
  if (check) {
    if (st = check(r, *others); !st.ok()) return st;
  }
  std::string action = "update";
  if (changes.size() == 1 && changes.contains("status")) {
    action = r.status == ConsortiumStatus::kCancelled ? "cancel" : "status";
  }
  st = WriteAudit(db, r.id, user, action, changes, before, ToJson(r), r.updated_at);
  if (!st.ok()) return st;
  if (st = txn.Commit(); !st.ok()) return st;
  return r;
}

Result<ConsortiumRecord> Store::AssessConsortium(Id id, const Assessment& assessment,
                                                 const std::string& user) {
  Status st = CheckUser(user);
  if (!st.ok()) return st;
  if (assessment.year < 1900 || assessment.year > 2200) {
    return Status::InvalidArgument("year must be in 1900..2200", "year");
  }
  if (!detail::ValidUtf8(assessment.notes)) {
    return Status::InvalidArgument("is not valid UTF-8", "notes");
  }
  Lock lock(impl_->mu);
  Db* db = impl_->db.get();
  detail::Transaction txn(db);
  if (st = txn.Begin(); !st.ok()) return st;
  auto current = Load(db, id);
  if (!current.ok()) return current.status();
  const ConsortiumRecord& cur = *current;
  if (!HoldsSlot(cur.status)) {
    return Status::Conflict("consortium " + std::to_string(id) + " is " +
                                std::string(ToString(cur.status)) +
                                "; only approved or active consortia are assessed",
                            "status");
  }
  if (cur.year != 0 && assessment.year < cur.year) {
    return Status::InvalidArgument("the consortium belongs to " + std::to_string(cur.year) +
                                       "; it cannot be assessed for an earlier year",
                                   "year");
  }
  for (const Assessment& a : cur.assessments) {
    if (a.year == assessment.year) {
      return Status::Conflict("consortium " + std::to_string(id) + " was already assessed for " +
                                  std::to_string(a.year),
                              "year");
    }
  }
  const std::string now = detail::NowUtc();
  auto insert = db->Prepare(
      "INSERT INTO consortium_assessments(consortium_id, year, passed, notes, user, at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!insert.ok()) return insert.status();
  insert->Bind(1, id)
      .Bind(2, assessment.year)
      .Bind(3, assessment.passed ? 1 : 0)
      .Bind(4, assessment.notes)
      .Bind(5, user)
      .Bind(6, now);
  if (st = insert->Run(); !st.ok()) return st;

  ConsortiumRecord r = cur;
  r.assessments.push_back({assessment.year, assessment.passed, assessment.notes, user, now});
  if (!assessment.passed) r.status = ConsortiumStatus::kCancelled;
  r.revision = cur.revision + 1;
  r.updated_at = now;
  auto update =
      db->Prepare("UPDATE consortia SET status = ?1, revision = ?2, updated_at = ?3 WHERE id = ?4");
  if (!update.ok()) return update.status();
  update->Bind(1, ToString(r.status)).Bind(2, r.revision).Bind(3, now).Bind(4, id);
  if (st = update->Run(); !st.ok()) return st;

  const json before = ToJson(cur), after = ToJson(r);
  st = WriteAudit(db, id, user, assessment.passed ? "assess" : "cancel",
                  detail::DiffRecords(before, after), before, after, now);
  if (!st.ok()) return st;
  if (st = txn.Commit(); !st.ok()) return st;
  return r;
}

Result<ConsortiumRecord> Store::GetConsortium(Id id) const {
  Lock lock(impl_->mu);
  return Load(impl_->db.get(), id);
}

Result<std::vector<ConsortiumRecord>> Store::ListConsortia(const ConsortiumFilter& filter) const {
  if (!filter.status.empty() && !ParseConsortiumStatus(filter.status)) {
    return Status::InvalidArgument(
        "status must be proposed, applied, approved, active or cancelled", "status");
  }
  Lock lock(impl_->mu);
  Db* db = impl_->db.get();
  auto stmt = db->Prepare(std::string(detail::kConsortiumSelect) +
                          " WHERE (?1 = '' OR status = ?1) AND (?2 = '' OR type = ?2)"
                          " AND (?3 = 0 OR year = ?3) ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, filter.status).Bind(2, filter.type).Bind(3, filter.year);
  std::vector<ConsortiumRecord> out;
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    ConsortiumRecord r;
    Status st = detail::RowToConsortium(*stmt, &r);
    if (!st.ok()) return st;
    out.push_back(std::move(r));
  }
  for (ConsortiumRecord& r : out) {
    Status st = LoadAssessments(db, &r);
    if (!st.ok()) return st;
  }
  return out;
}

Result<std::vector<AuditEntry>> Store::ConsortiumHistory(Id id) const {
  Lock lock(impl_->mu);
  Db* db = impl_->db.get();
  auto exists = Load(db, id);
  if (!exists.ok()) return exists.status();
  auto stmt = db->Prepare(
      "SELECT seq, consortium_id, at, user, action, changes, before, after FROM consortium_audit"
      " WHERE consortium_id = ?1 ORDER BY seq");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, id);
  std::vector<AuditEntry> out;
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    AuditEntry e;
    e.seq = stmt->Int(0);
    e.consortium_id = stmt->Int(1);
    e.at = stmt->Text(2);
    e.user = stmt->Text(3);
    e.action = stmt->Text(4);
    e.changes = json::parse(stmt->Text(5), nullptr, false);
    e.before = stmt->IsNull(6) ? json() : json::parse(stmt->Text(6), nullptr, false);
    e.after = json::parse(stmt->Text(7), nullptr, false);
    if (e.changes.is_discarded() || e.before.is_discarded() || e.after.is_discarded()) {
      return Status::Corruption("audit entry " + std::to_string(e.seq) + " is not valid JSON");
    }
    out.push_back(std::move(e));
  }
  return out;
}

Result<Commitments> Store::Commitments(const std::vector<std::string>& lead_roles,
                                       Id exclude) const {
  Lock lock(impl_->mu);
  return ReadCommitments(impl_->db.get(), lead_roles, exclude);
}

}  // namespace consortia
