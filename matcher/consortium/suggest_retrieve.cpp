// Suggester's retrieval (suggester.h): pins placed in their roles, per role
// a query (lead profile + industry + problem + the role's capabilities) and a
// search with the role's filter pushed into the index, the hits ranked
// (rank.h); a role short of candidates is infeasible with a relaxation; and
// an applicant-eligible society is made sure of.
#include <algorithm>
#include <map>

#include "suggester.h"

namespace consortia::detail {
namespace {

std::string IdList(const std::vector<Id>& ids) {
  std::string out;
  for (Id id : ids) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out;
}

}  // namespace

// The record of an id: the index's, else the store's.
Result<ProfileRecord> Suggester::RecordOf(Id id, const char* field) {
  auto rec = index_.Get(id);
  if (rec.ok()) return rec;
  auto org = store_.GetOrganization(id);
  if (!org.ok()) {
    if (org.status().code() == Code::kNotFound) {
      return Status::NotFound("no organization with id " + std::to_string(id), field);
    }
    return org.status();
  }
  return ToProfileRecord(*org);
}

Status Suggester::AssignPins() {
  for (Id id : req_.pin) {
    auto rec = RecordOf(id, "pin");
    if (!rec.ok()) return rec.status();
    RoleState* target = nullptr;
    for (auto& rs : roles_) {
      if (rs.rule->requires_leading) continue;
      if (Admits(*rs.rule, *rec)) {
        target = &rs;
        break;
      }
    }
    if (target == nullptr) {
      return Status::InvalidArgument("pinned id " + std::to_string(id) + " (" +
                                         std::string(ToString(rec->kind)) + ") fits no role",
                                     "pin");
    }
    if (regional_ && target->minimum && target->minimum->in_region &&
        !RegionContains(region_->code, rec->zone, rec->park)) {
      return Status::InvalidArgument(
          "pinned id " + std::to_string(id) + " lies outside region " + region_->code, "pin");
    }
    target->pins.push_back(id);
    ScoredCandidate c = RankCandidate(ctx_, *target->rule, *rec, Similarity(*target, id, *rec));
    c.pinned = true;
    target->ranked.push_back(std::move(c));
  }
  return Status::Ok();
}

// Query for a role: lead profile + industry + problem + the role's capabilities.
Result<std::vector<float>> Suggester::RoleQuery(const RoleRule& role) {
  QueryInput input;
  input.text = req_.problem;
  if (!req_.industry.empty()) input.industries = {req_.industry};
  input.capabilities = role.capabilities;
  if (lead_.id != 0 && index_.Embedding(lead_.id).ok()) return index_.MakeQuery(input, lead_.id);
  if (index_.model() == nullptr) return Normalised(lead_vec_);
  auto q = index_.model()->EmbedQuery(input);
  if (!q.ok()) return q.status();
  std::vector<float> v = Normalised(lead_vec_);
  for (size_t i = 0; i < v.size() && i < q->size(); ++i) v[i] += (*q)[i];
  return Normalised(std::move(v));
}

double Suggester::Similarity(const RoleState& rs, Id id, const ProfileRecord& rec) {
  auto q = RoleQuery(*rs.rule);
  auto e = index_.Embedding(id);
  if (q.ok() && e.ok()) return InnerProduct(*q, *e);
  if (q.ok() && index_.model() != nullptr) return InnerProduct(*q, index_.model()->Embed(rec));
  return 0.0;
}

Filter Suggester::RoleFilter(const RoleState& rs, bool in_region) const {
  Filter f;
  for (OrgKind k : rs.rule->kinds) f.kinds.push_back(ToEntityKind(k));
  if (rs.rule->requires_leading) f.leading = true;
  f.exclude = req_.exclude;
  if (lead_.id != 0) f.exclude.push_back(lead_.id);
  for (Id id : req_.pin) f.exclude.push_back(id);
  if (in_region) f.regions = {region_->code};
  return f;
}

Status Suggester::RetrieveAndRank() {
  for (auto& rs : roles_) {
    if (rs.rule->requires_leading) continue;  // the lead is given
    auto query = RoleQuery(*rs.rule);
    if (!query.ok()) return query.status();
    const bool hard_region = regional_ && rs.minimum != nullptr && rs.minimum->in_region;
    std::map<Id, const Hit*> seen;
    std::vector<SearchResult> results;
    SearchRequest sr;
    sr.query = *query;
    sr.filter = RoleFilter(rs, hard_region);
    sr.k = req_.options.retrieve_per_role;
    sr.text = req_.problem;
    sr.text_query = ctx_.problem_query;  // prepared once for every role
    auto found = index_.Search(sr);
    if (!found.ok()) return found.status();
    rs.eligible = found->stats.selected;
    results.push_back(std::move(*found));
    if (regional_ && !hard_region) {  // weight toward the region: also retrieve in it
      sr.filter = RoleFilter(rs, true);
      sr.k = std::max(1, req_.options.retrieve_per_role / 2);
      auto local = index_.Search(sr);
      if (!local.ok()) return local.status();
      results.push_back(std::move(*local));
    }
    for (const auto& r : results) {
      for (const Hit& h : r.hits) {
        if (!seen.emplace(h.id, &h).second) continue;
        auto rec = index_.Get(h.id);
        if (!rec.ok()) continue;  // removed meanwhile
        if (!Admits(*rs.rule, *rec)) continue;
        // Retrieval fuses the problem's words (Hit::lexical); the ranker's
        // similarity is the vector part, its problem feature the words.
        rs.ranked.push_back(RankCandidate(ctx_, *rs.rule, *rec, h.score - h.lexical));
      }
    }
    std::stable_sort(rs.ranked.begin(), rs.ranked.end(),
                     [](const ScoredCandidate& a, const ScoredCandidate& b) {
                       if (a.pinned != b.pinned) return a.pinned;
                       return a.score > b.score;
                     });
    if (rs.minimum == nullptr) continue;
    const std::int64_t eligible = rs.eligible + static_cast<std::int64_t>(rs.pins.size());
    if (eligible < rs.minimum->min) return InfeasibleRole(rs, eligible, hard_region);
  }
  return Status::Ok();
}

Status Suggester::InfeasibleRole(const RoleState& rs, std::int64_t eligible, bool hard_region) {
  const int required = rs.minimum->min;
  std::vector<Id> excluded_here;
  for (Id id : req_.exclude) {
    auto rec = index_.Get(id);
    if (!rec.ok() || !Admits(*rs.rule, *rec)) continue;
    if (hard_region && !RegionContains(region_->code, rec->zone, rec->park)) continue;
    excluded_here.push_back(id);
  }
  const std::string where = hard_region ? " in region " + region_->code : "";
  const std::string message = "role " + rs.rule->key + " (" + rs.rule->name + ") needs " +
                              std::to_string(required) + " member(s)" + where + " but only " +
                              std::to_string(eligible) + " eligible candidate(s) exist";
  const std::int64_t missing = required - eligible;
  std::string relaxation;
  if (eligible + static_cast<std::int64_t>(excluded_here.size()) >= required) {
    relaxation =
        "remove " + std::to_string(missing) + " exclusion(s) among " + IdList(excluded_here);
  } else if (hard_region) {
    std::string options;
    for (const Region& r : Regions()) {
      SearchRequest sr;
      sr.query = lead_vec_;
      sr.filter = RoleFilter(rs, false);
      sr.filter.regions = {r.code};
      sr.k = 1;
      sr.mode = SearchMode::kExact;
      auto found = index_.Search(sr);
      if (found.ok() && found->stats.selected >= required) {
        options += (options.empty() ? "" : ", ") + r.code + " (" + r.name + ")";
      }
    }
    relaxation = options.empty() ? "import a " + rs.rule->key + " for the region"
                                 : "choose a region with a " + rs.rule->key + ": " + options;
  } else {
    std::string kinds;
    for (OrgKind k : rs.rule->kinds)
      kinds += (kinds.empty() ? "" : " or ") + std::string(ToString(k));
    relaxation = "import " + std::to_string(missing) + " more organisation(s) of kind " + kinds;
  }
  return Fail(infeasible_, rs.rule->key, eligible, required, relaxation, message);
}

bool Suggester::ApplicantEligible(Id id) {
  auto it = applicant_cache_.find(id);
  if (it != applicant_cache_.end()) return it->second;
  bool ok = false;
  auto org = store_.GetOrganization(id);
  if (org.ok()) {
    const ApplicantRule& a = rules_.applicant;
    ok = std::find(a.kinds.begin(), a.kinds.end(), org->kind) != a.kinds.end() &&
         org->staff >= a.min_staff && org->expert_team >= a.min_expert_team;
  }
  applicant_cache_[id] = ok;
  return ok;
}

bool Suggester::ApplicantKind(const ProgrammeRules& rules, OrgKind kind) {
  return std::find(rules.applicant.kinds.begin(), rules.applicant.kinds.end(), kind) !=
         rules.applicant.kinds.end();
}

// Marks applicant eligibility in the pools; pulls an eligible society into a
// pool from further down the ranked lists if the pools have none.
Status Suggester::EnsureApplicant() {
  bool any = false;
  for (auto& rs : roles_) {
    if (rs.minimum == nullptr) continue;
    const size_t pool = PoolSize(rs);
    for (size_t i = 0; i < rs.ranked.size(); ++i) {
      auto& c = rs.ranked[i];
      if (!ApplicantKind(rules_, c.kind)) continue;
      if (i < pool || i < static_cast<size_t>(req_.options.list_per_role)) {
        c.applicant_eligible = ApplicantEligible(c.id);
        if (i < pool) any |= c.applicant_eligible;
      }
    }
  }
  if (any || !rules_.applicant.must_be_member) return Status::Ok();
  for (auto& rs : roles_) {
    if (rs.minimum == nullptr) continue;
    const size_t pool = PoolSize(rs);
    for (size_t i = pool; i < rs.ranked.size(); ++i) {
      if (!ApplicantKind(rules_, rs.ranked[i].kind) || !ApplicantEligible(rs.ranked[i].id))
        continue;
      rs.ranked[i].applicant_eligible = true;
      extra_pool_[rs.rule->key] = i;  // the pool of this role also takes index i
      return Status::Ok();
    }
  }
  std::string kinds;
  for (OrgKind k : rules_.applicant.kinds)
    kinds += (kinds.empty() ? "" : " or ") + std::string(ToString(k));
  return Fail(infeasible_, "applicant", 0, 1,
              "pin a " + kinds + " with staff >= " + std::to_string(rules_.applicant.min_staff) +
                  " and expert_team >= " + std::to_string(rules_.applicant.min_expert_team) +
                  ", or import staff and expert-team data for the societies",
              "no candidate society can act as applicant (secretariat)");
}

size_t Suggester::PoolSize(const RoleState& rs) const {
  const size_t want = std::max<size_t>(req_.options.pool_per_role,
                                       rs.pins.size() + (rs.minimum ? rs.minimum->min : 0));
  return std::min(rs.ranked.size(), want);
}

}  // namespace consortia::detail
