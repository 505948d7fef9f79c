// How records map to rows: list columns are JSON arrays; the SELECT column lists
// below and the Row* readers must stay in the same order.
#include <nlohmann/json.hpp>

#include "internal.h"

namespace consortia::detail {

using nlohmann::json;

const char* const kOrgSelect =
    "SELECT o.id, r.key, o.name, o.name_en, o.kind, o.leading, o.parent_id, p.key, o.district,"
    " o.zone, o.park, o.industries, o.subfields, o.capabilities, o.staff, o.expert_team,"
    " o.description, o.keywords"
    " FROM organizations o JOIN records r ON r.id = o.id"
    " LEFT JOIN records p ON p.id = o.parent_id";

const char* const kExpertSelect =
    "SELECT e.id, r.key, e.name, e.title, e.academy, e.affiliation_id, a.key, e.fields,"
    " e.industries, e.description, e.keywords, e.capacity, e.email, e.phone"
    " FROM experts e JOIN records r ON r.id = e.id"
    " LEFT JOIN records a ON a.id = e.affiliation_id";

// Ties sort by (kind of the `from` record, from_id, to_id, kind, year): ids are
// assigned organisations-first on import, so this order survives a re-import.
const char* const kTieSelect =
    "SELECT t.from_id, f.key, t.to_id, d.key, t.kind, t.year"
    " FROM ties t JOIN records f ON f.id = t.from_id JOIN records d ON d.id = t.to_id";

std::string EncodeList(const std::vector<std::string>& items) {
  return json(items).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string EncodeWeighted(const std::vector<Weighted>& items) {
  json arr = json::array();
  for (const Weighted& w : items) arr.push_back(json::array({w.code, w.weight}));
  return arr.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool DecodeList(std::string_view text, std::vector<std::string>* items) {
  items->clear();
  json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return false;
  items->reserve(j.size());
  for (const json& e : j) {
    if (!e.is_string()) return false;
    items->push_back(e.get<std::string>());
  }
  return true;
}

bool DecodeWeighted(std::string_view text, std::vector<Weighted>* items) {
  items->clear();
  json j = json::parse(text, nullptr, false);
  if (!j.is_array()) return false;
  for (const json& e : j) {
    if (!e.is_array() || e.size() != 2 || !e[0].is_string() || !e[1].is_number()) return false;
    items->push_back({e[0].get<std::string>(), e[1].get<double>()});
  }
  return true;
}

Status RowToOrganization(const Stmt& s, Organization* org) {
  org->id = s.Int(0);
  org->key = s.Text(1);
  org->name = s.Text(2);
  org->name_en = s.Text(3);
  auto kind = ParseOrgKind(s.Text(4));
  if (!kind) return Status::Corruption("organisation " + org->key + ": bad kind");
  org->kind = *kind;
  org->leading = s.Int(5) != 0;
  org->parent_id = s.IsNull(6) ? 0 : s.Int(6);
  org->parent_key = s.Text(7);
  org->district = s.Text(8);
  org->zone = s.Text(9);
  org->park = s.Text(10);
  if (!DecodeWeighted(s.Text(11), &org->industries) || !DecodeList(s.Text(12), &org->subfields) ||
      !DecodeList(s.Text(13), &org->capabilities) || !DecodeList(s.Text(17), &org->keywords)) {
    return Status::Corruption("organisation " + org->key + ": bad list column");
  }
  org->staff = static_cast<int>(s.Int(14));
  org->expert_team = static_cast<int>(s.Int(15));
  org->description = s.Text(16);
  return Status::Ok();
}

Status RowToExpert(const Stmt& s, Expert* e) {
  e->id = s.Int(0);
  e->key = s.Text(1);
  e->name = s.Text(2);
  auto title = ParseTitle(s.Text(3));
  if (!title) return Status::Corruption("expert " + e->key + ": bad title");
  e->title = *title;
  e->academy = s.Text(4);
  e->affiliation_id = s.IsNull(5) ? 0 : s.Int(5);
  e->affiliation_key = s.Text(6);
  if (!DecodeList(s.Text(7), &e->fields) || !DecodeWeighted(s.Text(8), &e->industries) ||
      !DecodeList(s.Text(10), &e->keywords)) {
    return Status::Corruption("expert " + e->key + ": bad list column");
  }
  e->description = s.Text(9);
  e->capacity = static_cast<int>(s.Int(11));
  e->email = s.Text(12);
  e->phone = s.Text(13);
  return Status::Ok();
}

Status RowToTie(const Stmt& s, Tie* tie) {
  tie->from_id = s.Int(0);
  tie->from_key = s.Text(1);
  tie->to_id = s.Int(2);
  tie->to_key = s.Text(3);
  auto kind = ParseTieKind(s.Text(4));
  if (!kind) return Status::Corruption("tie with a bad kind");
  tie->kind = *kind;
  tie->year = static_cast<int>(s.Int(5));
  return Status::Ok();
}

}  // namespace consortia::detail
