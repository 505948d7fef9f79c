// JSON forms of consortium requests and answers (matcher/consortium.h).
#include <cmath>

#include "api/api.h"
#include "matcher/consortium.h"
#include "vocabulary.h"

namespace consortia {
namespace {

using nlohmann::json;
using namespace api_internal;  // the code predicates

using Value = JsonReader::Value;

// An inline lead: an enterprise profile that is not stored.
void ReadInlineLead(const Value& v, Organization* org) {
  v.Object({"name", "name_en", "industries", "subfields", "capabilities", "district", "zone",
            "park", "description", "keywords"});
  org->kind = OrgKind::kEnterprise;
  org->leading = true;
  v["name"].Required();
  v["name"].Text(&org->name, kMaxName);
  v["name_en"].Text(&org->name_en, kMaxName);
  v["district"].Code(&org->district, IsDistrict, "district code");
  v["zone"].Code(&org->zone, IsZone, "zone code");
  v["park"].Code(&org->park, IsPark, "park code");
  v["description"].Text(&org->description, kMaxLongText);
  const Value industries = v["industries"];
  const std::size_t n = industries.Array(kMaxCodes);
  for (std::size_t i = 0; i < n; ++i) {
    const Value e = industries.at(i);
    Weighted w;
    if (e.present() && e.json().is_string()) {
      e.Code(&w.code, IsIndustry, "industry code");
    } else {
      e.Required();
      e.Object({"code", "weight"});
      e["code"].Required();
      e["code"].Code(&w.code, IsIndustry, "industry code");
      e["weight"].Number(&w.weight, 0, 1, /*min_exclusive=*/true);
    }
    for (std::size_t j = 0; j < org->industries.size(); ++j) {
      if (org->industries[j].code == w.code) {
        e.Fail("repeats \"" + w.code + "\" (" + industries.at(j).path() + ")");
      }
    }
    org->industries.push_back(std::move(w));
  }
  v["subfields"].Codes(&org->subfields, kMaxCodes, IsSubfield, "sub-field code");
  v["capabilities"].Codes(&org->capabilities, kMaxCodes, IsCapability, "capability code");
  v["keywords"].Texts(&org->keywords, kMaxKeywords, kMaxKeyword);
}

// The infeasible role, its counts and a relaxation join the error's details.
Status WithDetail(const Status& status, const InfeasibleDetail& detail) {
  if (status.code() != Code::kInfeasible || detail.role.empty()) return status;
  return status.WithDetails({{"role", detail.role},
                             {"eligible", detail.eligible},
                             {"required", detail.required},
                             {"relaxation", detail.relaxation}});
}

json TermsJson(const std::vector<std::pair<std::string, double>>& terms) {
  json out = json::object();
  for (const auto& [name, value] : terms) out[name] = value;
  return out;
}

json CandidateJson(const ScoredCandidate& c) {
  json evidence = {{"industries", c.evidence.industries},
                   {"in_target", c.evidence.in_target},
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
  JsonReader r(body);
  r.root().Object({"type", "lead_id", "lead", "industry", "region", "problem", "pin", "exclude",
                   "sizes", "applicant_id", "min_difference", "k", "explain", "options"});
  ConsortiumRequest req;
  r["type"].Required();
  r["type"].Text(&req.type, kMaxCode);  // a type of the rules: the composer checks it
  r["industry"].Code(&req.industry, IsIndustry, "industry code");
  r["region"].Code(&req.region, IsRegion, "zone or park code");
  r["problem"].Text(&req.problem, kMaxQueryText);
  r["lead_id"].Id(&req.lead_id);
  if (r["lead"].present()) ReadInlineLead(r["lead"], &req.lead.emplace());
  r["pin"].Ids(&req.pin, kMaxIds);
  r["exclude"].Ids(&req.exclude, kMaxIds);
  // sizes: {"municipal_society": 4}; the roles and minimums are the rules' (the composer checks).
  for (const auto& [role, v] : r["sizes"].Members(kMaxCodes)) {
    int size = 0;
    if (role.size() > kMaxCode) {
      v.Fail("is not a role of the rules");
    } else if (v.Int(&size, 1, kMaxRoleSize)) {
      req.sizes[role] = size;
    }
  }
  r["applicant_id"].Id(&req.applicant_id);
  if (r["min_difference"].Number(&req.min_difference, 0, kMaxMembers, /*min_exclusive=*/true) &&
      req.min_difference >= 1 && req.min_difference != std::floor(req.min_difference)) {
    r["min_difference"].Fail("must be a share in (0, 1) or a whole count >= 1 (got " +
                             r["min_difference"].json().dump() + ")");
  }
  r["k"].Int(&req.k, 1, 10);
  r["explain"].Bool(&req.explain);
  const Value o = r["options"];
  o.Object({"retrieve_per_role", "pool_per_role", "list_per_role", "tie_bonus", "redundancy",
            "restarts"});
  ConsortiumOptions& opt = req.options;
  o["retrieve_per_role"].Int(&opt.retrieve_per_role, 1, 1000);
  o["pool_per_role"].Int(&opt.pool_per_role, 1, 30);
  o["list_per_role"].Int(&opt.list_per_role, 0, 100);
  o["restarts"].Int(&opt.restarts, 0, 20);
  o["tie_bonus"].Number(&opt.tie_bonus, 0, 10);
  o["redundancy"].Number(&opt.redundancy, 0, 10);
  if (!r.ok()) return r.status();
  if (req.lead_id == 0 && !req.lead) {
    return Status::InvalidArgument("lead_id is required (or an inline profile in lead)", "lead_id");
  }
  if (req.lead_id != 0 && req.lead) {
    return Status::InvalidArgument("lead must not be given with lead_id", "lead");
  }
  return req;
}

Result<ConsortiumDraft> ParseConsortiumDraft(const json& body) {
  JsonReader r(body);
  r.root().Object({"type", "industry", "region", "members", "applicant_id"});
  ConsortiumDraft draft;
  r["type"].Required();
  r["type"].Text(&draft.type, kMaxCode);
  r["industry"].Text(&draft.industry, kMaxCode);  // the validator names unknown ones
  r["region"].Text(&draft.region, kMaxCode);
  const Value members = r["members"];
  members.Required();
  const std::size_t n = members.Array(kMaxMembers);
  for (std::size_t i = 0; i < n; ++i) {
    const Value m = members.at(i);
    m.Required();
    m.Object({"id", "role", "name"});
    Member member;
    m["id"].Required();
    m["id"].Id(&member.id);
    m["role"].Required();
    m["role"].Text(&member.role, kMaxCode);
    std::string name;
    m["name"].Text(&name, kMaxName);  // shown by suggestions; ignored
    draft.members.push_back(std::move(member));
  }
  r["applicant_id"].Id(&draft.applicant_id);
  if (!r.ok()) return r.status();
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
                         {"applicant_name", p.applicant_name},
                         {"members", std::move(members)},
                         {"warnings", ToJson(p.warnings)}});
  }
  json out = {{"type", s.type},
              {"lead", {{"id", s.lead_id}, {"name", s.lead_name}}},
              {"target", s.target},
              {"target_name", s.target_name},
              {"min_difference", s.min_difference},
              {"candidates", std::move(candidates)},
              {"proposals", std::move(proposals)},
              {"warnings", ToJson(s.warnings)}};
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
  return {{"valid", report.valid},
          {"violations", std::move(violations)},
          {"warnings", ToJson(report.warnings)}};
}

json ToJson(const FitWarning& w) {
  json j = {{"code", w.code}, {"message", w.message}};
  if (!w.role.empty()) j["role"] = w.role;
  if (w.member_id != 0) j["member_id"] = w.member_id;
  if (w.expert_id != 0) j["expert_id"] = w.expert_id;
  if (!w.name.empty()) j["name"] = w.name;
  return j;
}

json ToJson(const std::vector<FitWarning>& warnings) {
  json out = json::array();
  for (const FitWarning& w : warnings) out.push_back(ToJson(w));
  return out;
}

Result<json> SuggestConsortiumJson(const Store& store, const VectorIndex& index,
                                   const ProgrammeRules& rules, const json& body) {
  auto req = ParseConsortiumRequest(body);
  if (!req.ok()) return req.status();
  InfeasibleDetail detail;
  auto suggestion = SuggestConsortium(store, index, rules, *req, &detail);
  if (!suggestion.ok()) return WithDetail(suggestion.status(), detail);
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
                                   const json& body) {
  std::shared_ptr<VectorIndex> index = catalog.index();
  if (index == nullptr) return Status::Internal("catalog has no index");
  return SuggestConsortiumJson(catalog.store(), *index, rules, body);
}

}  // namespace consortia
