// JSON forms of consortium requests and answers (matcher/consortium.h).
#include <set>

#include "api/api.h"
#include "matcher/consortium.h"

namespace consortia {
namespace {

using nlohmann::json;

Status Bad(const std::string& field, const std::string& message) {
  return Status::InvalidArgument(field + ": " + message, field);
}

Status CheckKnown(const json& body, const std::set<std::string>& known, const std::string& prefix) {
  for (const auto& [key, value] : body.items()) {
    if (!known.count(key)) return Bad(prefix + key, "unknown field");
  }
  return Status::Ok();
}

Status GetString(const json& body, const char* name, const std::string& prefix, std::string* out) {
  if (!body.contains(name) || body.at(name).is_null()) return Status::Ok();
  if (!body.at(name).is_string()) return Bad(prefix + name, "must be a string");
  *out = body.at(name).get<std::string>();
  return Status::Ok();
}

Status GetId(const json& v, const std::string& field, Id* out) {
  if (!v.is_number_integer() || v.get<long long>() <= 0)
    return Bad(field, "must be a positive integer id");
  *out = v.get<Id>();
  return Status::Ok();
}

Status GetIds(const json& body, const char* name, std::vector<Id>* out) {
  if (!body.contains(name) || body.at(name).is_null()) return Status::Ok();
  if (!body.at(name).is_array()) return Bad(name, "must be an array of ids");
  for (const json& v : body.at(name)) {
    Id id = 0;
    Status s = GetId(v, name, &id);
    if (!s.ok()) return s;
    out->push_back(id);
  }
  return Status::Ok();
}

Status GetStrings(const json& body, const char* name, const std::string& prefix,
                  std::vector<std::string>* out) {
  if (!body.contains(name) || body.at(name).is_null()) return Status::Ok();
  if (!body.at(name).is_array()) return Bad(prefix + name, "must be an array of strings");
  for (const json& v : body.at(name)) {
    if (!v.is_string()) return Bad(prefix + name, "must be an array of strings");
    out->push_back(v.get<std::string>());
  }
  return Status::Ok();
}

Result<Organization> ParseInlineLead(const json& j) {
  if (!j.is_object()) return Bad("lead", "must be an object (an enterprise profile)");
  Status s = CheckKnown(j,
                        {"name", "name_en", "industries", "subfields", "capabilities", "district",
                         "zone", "park", "description", "keywords"},
                        "lead.");
  if (!s.ok()) return s;
  Organization org;
  org.kind = OrgKind::kEnterprise;
  org.leading = true;
  for (auto [name, out] : {std::pair{"name", &org.name},
                           {"name_en", &org.name_en},
                           {"district", &org.district},
                           {"zone", &org.zone},
                           {"park", &org.park},
                           {"description", &org.description}}) {
    s = GetString(j, name, "lead.", out);
    if (!s.ok()) return s;
  }
  if (org.name.empty()) return Bad("lead.name", "is required");
  if (j.contains("industries")) {
    if (!j.at("industries").is_array()) return Bad("lead.industries", "must be an array");
    for (const json& v : j.at("industries")) {
      if (v.is_string()) {
        org.industries.push_back({v.get<std::string>(), 1.0});
      } else if (v.is_object() && v.contains("code") && v.at("code").is_string()) {
        double w = v.value("weight", 1.0);
        if (!(w > 0 && w <= 1)) return Bad("lead.industries", "weight must be in (0, 1]");
        org.industries.push_back({v.at("code").get<std::string>(), w});
      } else {
        return Bad("lead.industries", "entries are codes or {code, weight}");
      }
    }
  }
  for (auto [name, out] : {std::pair{"subfields", &org.subfields},
                           {"capabilities", &org.capabilities},
                           {"keywords", &org.keywords}}) {
    s = GetStrings(j, name, "lead.", out);
    if (!s.ok()) return s;
  }
  return org;
}

json TermsJson(const std::vector<std::pair<std::string, double>>& terms) {
  json out = json::object();
  for (const auto& [name, value] : terms) out[name] = value;
  return out;
}

json CandidateJson(const ScoredCandidate& c) {
  json evidence = {{"industries", c.evidence.industries},
                   {"complementary_subfields", c.evidence.complementary_subfields},
                   {"matched_keywords", c.evidence.matched_keywords},
                   {"capabilities", c.evidence.capabilities},
                   {"ties", c.evidence.ties},
                   {"in_region", c.evidence.in_region}};
  return {{"id", c.id},
          {"name", c.name},
          {"kind", ToString(c.kind)},
          {"role", c.role},
          {"score", c.score},
          {"terms", TermsJson(c.terms)},
          {"reasons", c.reasons},
          {"evidence", std::move(evidence)},
          {"pinned", c.pinned},
          {"applicant_eligible", c.applicant_eligible}};
}

}  // namespace

Result<ConsortiumRequest> ParseConsortiumRequest(const json& body) {
  if (!body.is_object()) return Status::InvalidArgument("the body must be a JSON object");
  Status s = CheckKnown(body,
                        {"type", "lead_id", "lead", "industry", "region", "problem", "pin",
                         "exclude", "k", "explain", "options"},
                        "");
  if (!s.ok()) return s;
  ConsortiumRequest req;
  if (!body.contains("type")) return Bad("type", "is required (regional or industrial)");
  for (auto [name, out] : {std::pair{"type", &req.type},
                           {"industry", &req.industry},
                           {"region", &req.region},
                           {"problem", &req.problem}}) {
    s = GetString(body, name, "", out);
    if (!s.ok()) return s;
  }
  if (req.problem.size() > 10000) return Bad("problem", "at most 10,000 bytes");
  if (body.contains("lead_id") && !body.at("lead_id").is_null()) {
    s = GetId(body.at("lead_id"), "lead_id", &req.lead_id);
    if (!s.ok()) return s;
  }
  if (body.contains("lead") && !body.at("lead").is_null()) {
    auto lead = ParseInlineLead(body.at("lead"));
    if (!lead.ok()) return lead.status();
    req.lead = std::move(*lead);
  }
  if (req.lead_id == 0 && !req.lead)
    return Bad("lead_id", "is required (or an inline lead profile)");
  if (req.lead_id != 0 && req.lead) return Bad("lead", "give lead_id or lead, not both");
  s = GetIds(body, "pin", &req.pin);
  if (!s.ok()) return s;
  s = GetIds(body, "exclude", &req.exclude);
  if (!s.ok()) return s;
  if (body.contains("k")) {
    if (!body.at("k").is_number_integer()) return Bad("k", "must be an integer in 1..10");
    req.k = body.at("k").get<int>();
    if (req.k < 1 || req.k > 10) return Bad("k", "must be an integer in 1..10");
  }
  if (body.contains("explain")) {
    if (!body.at("explain").is_boolean()) return Bad("explain", "must be true or false");
    req.explain = body.at("explain").get<bool>();
  }
  if (body.contains("options")) {
    const json& o = body.at("options");
    if (!o.is_object()) return Bad("options", "must be an object");
    s = CheckKnown(o,
                   {"retrieve_per_role", "pool_per_role", "list_per_role", "tie_bonus",
                    "redundancy", "restarts"},
                   "options.");
    if (!s.ok()) return s;
    auto& opt = req.options;
    for (auto [name, out, lo, hi] :
         {std::tuple{"retrieve_per_role", &opt.retrieve_per_role, 1, 1000},
          {"pool_per_role", &opt.pool_per_role, 1, 30},
          {"list_per_role", &opt.list_per_role, 0, 100},
          {"restarts", &opt.restarts, 0, 20}}) {
      if (!o.contains(name)) continue;
      if (!o.at(name).is_number_integer() || o.at(name).get<int>() < lo ||
          o.at(name).get<int>() > hi) {
        return Bad(std::string("options.") + name,
                   "must be an integer in " + std::to_string(lo) + ".." + std::to_string(hi));
      }
      *out = o.at(name).get<int>();
    }
    for (auto [name, out] :
         {std::pair{"tie_bonus", &opt.tie_bonus}, {"redundancy", &opt.redundancy}}) {
      if (!o.contains(name)) continue;
      if (!o.at(name).is_number() || o.at(name).get<double>() < 0 ||
          o.at(name).get<double>() > 10) {
        return Bad(std::string("options.") + name, "must be a number in [0, 10]");
      }
      *out = o.at(name).get<double>();
    }
  }
  return req;
}

Result<ConsortiumDraft> ParseConsortiumDraft(const json& body) {
  if (!body.is_object()) return Status::InvalidArgument("the body must be a JSON object");
  Status s = CheckKnown(body, {"type", "industry", "region", "members", "applicant_id"}, "");
  if (!s.ok()) return s;
  ConsortiumDraft draft;
  if (!body.contains("type")) return Bad("type", "is required (regional or industrial)");
  for (auto [name, out] :
       {std::pair{"type", &draft.type}, {"industry", &draft.industry}, {"region", &draft.region}}) {
    s = GetString(body, name, "", out);
    if (!s.ok()) return s;
  }
  if (!body.contains("members") || !body.at("members").is_array()) {
    return Bad("members", "is required: an array of {id, role}");
  }
  int row = 0;
  for (const json& m : body.at("members")) {
    const std::string field = "members[" + std::to_string(row++) + "]";
    if (!m.is_object() || !m.contains("id") || !m.contains("role") || !m.at("role").is_string()) {
      return Bad(field, "must be {\"id\": <id>, \"role\": <role>}");
    }
    s = CheckKnown(m, {"id", "role", "name"}, field + ".");
    if (!s.ok()) return s;
    Member member;
    s = GetId(m.at("id"), field + ".id", &member.id);
    if (!s.ok()) return s;
    member.role = m.at("role").get<std::string>();
    draft.members.push_back(std::move(member));
  }
  if (body.contains("applicant_id") && !body.at("applicant_id").is_null()) {
    s = GetId(body.at("applicant_id"), "applicant_id", &draft.applicant_id);
    if (!s.ok()) return s;
  }
  return draft;
}

json ToJson(const ConsortiumSuggestion& s) {
  json candidates = json::array();
  for (const RoleCandidates& rc : s.candidates) {
    json list = json::array();
    for (const auto& c : rc.candidates) list.push_back(CandidateJson(c));
    candidates.push_back({{"role", rc.role},
                          {"name", rc.name},
                          {"min", rc.min},
                          {"eligible", rc.eligible},
                          {"candidates", std::move(list)}});
  }
  json proposals = json::array();
  int rank = 1;
  for (const Proposal& p : s.proposals) {
    json members = json::array();
    for (const auto& m : p.members) {
      members.push_back({{"id", m.id}, {"role", m.role}, {"name", m.name}, {"score", m.score}});
    }
    proposals.push_back({{"rank", rank++},
                         {"score", p.score},
                         {"terms", TermsJson(p.terms)},
                         {"applicant_id", p.applicant_id},
                         {"members", std::move(members)}});
  }
  json out = {{"type", s.type},
              {"lead", {{"id", s.lead_id}, {"name", s.lead_name}}},
              {"candidates", std::move(candidates)},
              {"proposals", std::move(proposals)}};
  if (s.explanation) {
    const PoolExplanation& e = *s.explanation;
    json pool = json::array();
    for (const auto& c : e.members) pool.push_back(CandidateJson(c));
    json slots = json::object();
    for (const auto& [role, size] : e.slots) slots[role] = size;
    json pairs = json::array();
    for (const auto& p : e.pairs) {
      pairs.push_back(
          {{"a", p.a}, {"b", p.b}, {"weight", p.weight}, {"ties", p.ties}, {"cosine", p.cosine}});
    }
    out["explain"] = {
        {"objective",
         "F(S) = sum(score_i) + sum over member pairs of weight_ab, weight_ab = tie_bonus*ties_ab "
         "- "
         "redundancy*cosine_ab (cosine only within a role); each role holds exactly slots[role] "
         "members, pinned members and the lead are in, at least one applicant_eligible member, "
         "each "
         "proposal differs from every earlier one in >= min_difference members"},
        {"tie_bonus", e.tie_bonus},
        {"redundancy", e.redundancy},
        {"min_difference", e.min_difference},
        {"slots", std::move(slots)},
        {"pool", std::move(pool)},
        {"pairs", std::move(pairs)}};
  }
  return out;
}

json ToJson(const ValidationReport& report) {
  json violations = json::array();
  for (const Violation& v : report.violations) {
    json j = {{"code", v.code}, {"message", v.message}};
    if (!v.role.empty()) j["role"] = v.role;
    if (v.member_id != 0) j["member_id"] = v.member_id;
    violations.push_back(std::move(j));
  }
  return {{"valid", report.valid}, {"violations", std::move(violations)}};
}

json SuggestErrorJson(const Status& status, const InfeasibleDetail& detail) {
  json error = {{"code", CodeName(status.code())}, {"message", status.message()}};
  if (!status.field().empty()) error["field"] = status.field();
  if (status.code() == Code::kInfeasible && !detail.role.empty()) {
    error["role"] = detail.role;
    error["eligible"] = detail.eligible;
    error["required"] = detail.required;
    error["relaxation"] = detail.relaxation;
  }
  return {{"error", std::move(error)}};
}

Result<json> SuggestConsortiumJson(const Store& store, const VectorIndex& index,
                                   const ProgrammeRules& rules, const json& body, json* error) {
  InfeasibleDetail detail;
  auto req = ParseConsortiumRequest(body);
  if (!req.ok()) {
    if (error) *error = SuggestErrorJson(req.status(), detail);
    return req.status();
  }
  auto suggestion = SuggestConsortium(store, index, rules, *req, &detail);
  if (!suggestion.ok()) {
    if (error) *error = SuggestErrorJson(suggestion.status(), detail);
    return suggestion.status();
  }
  return ToJson(*suggestion);
}

Result<json> ValidateConsortiumJson(const Store& store, const ProgrammeRules& rules,
                                    const json& body) {
  auto draft = ParseConsortiumDraft(body);
  if (!draft.ok()) return draft.status();
  auto report = ValidateConsortium(store, rules, *draft);
  if (!report.ok()) return report.status();
  return ToJson(*report);
}

Result<json> SuggestConsortiumJson(const Catalog& catalog, const ProgrammeRules& rules,
                                   const json& body, json* error) {
  std::shared_ptr<VectorIndex> index = catalog.index();
  if (index == nullptr) return Status::Internal("catalog has no index");
  return SuggestConsortiumJson(catalog.store(), *index, rules, body, error);
}

}  // namespace consortia
