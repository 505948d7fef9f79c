// Suggester's retrieval (suggester.h): pins placed in their roles, per role
// a query (lead profile + industry + problem + the role's capabilities) and a
// search with the role's filter pushed into the index, the hits ranked
// (rank.h); a role short of candidates is infeasible with a relaxation; and
// an applicant-eligible society is made sure of.
#include <algorithm>
#include <map>

#include "suggester.h"
#include "words.h"

namespace consortia::detail {
namespace {

// "北京电子学会（id 312）、…" for stored ids; the bare id otherwise.
std::string NamedIds(const VectorIndex& index, const std::vector<Id>& ids) {
  std::vector<std::string> out;
  for (Id id : ids) {
    auto rec = index.Get(id);
    out.push_back(rec.ok() ? rec->name + "（id " + std::to_string(id) + "）"
                           : "id " + std::to_string(id));
  }
  return JoinZh(out);
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
  for (Id id : pins_) {
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
  for (Id id : pins_) f.exclude.push_back(id);
  if (in_region) f.regions = {region_->code};
  return f;
}

Status Suggester::RetrieveAndRank() {
  for (auto& rs : roles_) {
    if (rs.rule->requires_leading) continue;  // the lead is given
    auto query = RoleQuery(*rs.rule);
    if (!query.ok()) return query.status();
    const bool hard_region = regional_ && rs.minimum != nullptr && rs.minimum->in_region;
    // A role that fits the target retrieves mostly within it: k′ there, and
    // k′/2 anywhere (the fallback, and what "eligible" counts).
    const bool in_target = rs.rule->fits_target && !ctx_.target.empty();
    std::vector<std::string> target_industries;
    for (const auto& [code, weight] : ctx_.target.industries) target_industries.push_back(code);
    const int k = req_.options.retrieve_per_role, half = std::max(1, k / 2);
    std::vector<SearchResult> results;
    SearchRequest sr;
    sr.query = *query;
    sr.filter = RoleFilter(rs, hard_region);
    sr.k = in_target ? half : k;
    sr.text = req_.problem;
    sr.text_query = ctx_.problem_query;  // prepared once for every role
    auto found = index_.Search(sr);
    if (!found.ok()) return found.status();
    rs.eligible = found->stats.selected;
    results.push_back(std::move(*found));
    if (in_target) {
      sr.filter.industries = target_industries;
      sr.k = k;
      auto within = index_.Search(sr);
      if (!within.ok()) return within.status();
      results.push_back(std::move(*within));
    }
    if (regional_ && !hard_region) {  // weight toward the region: also retrieve in it
      sr.filter = RoleFilter(rs, true);
      if (in_target) sr.filter.industries = target_industries;
      sr.k = half;
      auto local = index_.Search(sr);
      if (!local.ok()) return local.status();
      results.push_back(std::move(*local));
    }
    std::map<Id, const Hit*> seen;
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
    const std::int64_t eligible = rs.eligible + static_cast<std::int64_t>(rs.pins.size());
    if (eligible < SlotSize(rs)) return InfeasibleRole(rs, eligible, hard_region);
  }
  return Status::Ok();
}

Status Suggester::InfeasibleRole(const RoleState& rs, std::int64_t eligible, bool hard_region) {
  const int required = SlotSize(rs);
  std::vector<Id> excluded_here;
  for (Id id : req_.exclude) {
    auto rec = index_.Get(id);
    if (!rec.ok() || !Admits(*rs.rule, *rec)) continue;
    if (hard_region && !RegionContains(region_->code, rec->zone, rec->park)) continue;
    excluded_here.push_back(id);
  }
  const std::string where = hard_region ? "（须在" + region_->name + "内）" : "";
  const bool sized = req_.sizes.count(rs.rule->key) > 0;
  const std::string message = rs.rule->name + (sized ? "要求 " : "至少需要 ") +
                              std::to_string(required) + " 个" + where + "，但只有 " +
                              std::to_string(eligible) + " 个合格候选";
  const std::int64_t missing = required - eligible;
  std::string relaxation;
  if (eligible + static_cast<std::int64_t>(excluded_here.size()) >= required) {
    relaxation = "取消对以下单位中 " + std::to_string(missing) +
                 " 个的排除: " + NamedIds(index_, excluded_here);
  } else if (sized && eligible >= (rs.minimum ? rs.minimum->min : 0)) {
    relaxation = "请把 sizes." + rs.rule->key + " 减到 " + std::to_string(eligible) + " 以下";
  } else if (hard_region) {
    std::vector<std::string> options;
    for (const Region& r : Regions()) {
      SearchRequest sr;
      sr.query = lead_vec_;
      sr.filter = RoleFilter(rs, false);
      sr.filter.regions = {r.code};
      sr.k = 1;
      sr.mode = SearchMode::kExact;
      auto found = index_.Search(sr);
      if (found.ok() && found->stats.selected >= required) {
        options.push_back(r.name + "（" + r.code + "）");
      }
    }
    relaxation = options.empty() ? "请为本区域导入" + rs.rule->name
                                 : "请选择有" + rs.rule->name + "的区域: " + JoinZh(options);
  } else {
    relaxation = "请再导入 " + std::to_string(missing) + " 个" + KindNames(rs.rule->kinds);
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
// pool from further down the ranked lists if the pools have none. A requested
// applicant is the only one marked (it is pinned, so in every proposal).
Status Suggester::EnsureApplicant() {
  if (req_.applicant_id != 0) return RequestedApplicant();
  bool any = false;
  for (auto& rs : roles_) {
    if (SlotSize(rs) == 0) continue;
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
    if (SlotSize(rs) == 0) continue;
    const size_t pool = PoolSize(rs);
    for (size_t i = pool; i < rs.ranked.size(); ++i) {
      if (!ApplicantKind(rules_, rs.ranked[i].kind) || !ApplicantEligible(rs.ranked[i].id))
        continue;
      rs.ranked[i].applicant_eligible = true;
      extra_pool_[rs.rule->key] = i;  // the pool of this role also takes index i
      return Status::Ok();
    }
  }
  return Fail(infeasible_, "applicant", 0, 1,
              "请固定（pin）一个专职人员至少 " + std::to_string(rules_.applicant.min_staff) +
                  " 人、专家团队至少 " + std::to_string(rules_.applicant.min_expert_team) +
                  " 人的" + KindNames(rules_.applicant.kinds) +
                  "，或为学会导入专职人员和专家团队数据",
              "候选学会中没有能担任申报单位（秘书处）的");
}

// The requested applicant: pinned (AssignPins), so it only has to qualify.
Status Suggester::RequestedApplicant() {
  const Id id = req_.applicant_id;
  for (auto& rs : roles_) {
    for (auto& c : rs.ranked) c.applicant_eligible = false;
  }
  auto org = store_.GetOrganization(id);
  if (!org.ok()) return org.status();
  const ApplicantRule& a = rules_.applicant;
  if (!ApplicantEligible(id)) {
    std::string why;
    if (!ApplicantKind(rules_, org->kind)) {
      why = "是" + KindName(org->kind) + "，申报单位须为" + KindNames(a.kinds);
    } else {
      why = "专职人员 " + std::to_string(org->staff) + " 人、专家团队 " +
            std::to_string(org->expert_team) + " 人，申报单位至少需要 " +
            std::to_string(a.min_staff) + " 人和 " + std::to_string(a.min_expert_team) + " 人";
    }
    return Fail(infeasible_, "applicant", 0, 1, "请另选申报单位，或不指定 applicant_id 由系统选择",
                "指定的申报单位" + Who(*org) + why);
  }
  for (auto& rs : roles_) {
    for (auto& c : rs.ranked) {
      if (c.id == id) c.applicant_eligible = true;
    }
  }
  return Status::Ok();
}

int Suggester::SlotSize(const RoleState& rs) const {
  if (rs.rule->requires_leading) return 1;
  auto sized = req_.sizes.find(rs.rule->key);
  int size = sized != req_.sizes.end() ? sized->second : 0;
  if (rs.minimum != nullptr) size = std::max(size, rs.minimum->min);
  return std::max(size, static_cast<int>(rs.pins.size()));
}

size_t Suggester::PoolSize(const RoleState& rs) const {
  const size_t slot = static_cast<size_t>(SlotSize(rs));
  if (slot == 0) return 0;
  const size_t want = std::max<size_t>(req_.options.pool_per_role, slot + rs.pins.size());
  return std::min(rs.ranked.size(), want);
}

}  // namespace consortia::detail
