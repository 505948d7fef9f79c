// SuggestConsortium: retrieval per role, ranking, composition (matcher/consortium.h).
#include "matcher/consortium.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "compose.h"
#include "core/taxonomy.h"
#include "rank.h"

namespace consortia {
namespace {

using detail::RankCandidate;
using detail::RankContext;

std::string IdList(const std::vector<Id>& ids) {
  std::string out;
  for (Id id : ids) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out;
}

bool Admits(const RoleRule& role, const ProfileRecord& rec) {
  if (static_cast<int>(rec.kind) >= kOrgKindCount) return false;
  if (!role.Admits(static_cast<OrgKind>(static_cast<int>(rec.kind)))) return false;
  return !role.requires_leading || rec.leading;
}

Status Fail(InfeasibleDetail* out, std::string role, std::int64_t eligible, int required,
            std::string relaxation, std::string message) {
  if (out != nullptr) *out = {role, eligible, required, relaxation};
  return Status::Infeasible(message + "; " + relaxation, role);
}

Status CheckCodes(const Organization& org) {
  if (org.name.empty()) return Status::InvalidArgument("lead.name is required", "lead.name");
  for (const auto& w : org.industries) {
    if (!FindIndustry(w.code))
      return Status::InvalidArgument("unknown industry " + w.code, "lead.industries");
  }
  for (const auto& s : org.subfields) {
    if (!FindSubfield(s))
      return Status::InvalidArgument("unknown sub-field " + s, "lead.subfields");
  }
  for (const auto& s : org.capabilities) {
    if (!FindCapability(s))
      return Status::InvalidArgument("unknown capability " + s, "lead.capabilities");
  }
  if (!org.district.empty() && !FindDistrict(org.district)) {
    return Status::InvalidArgument("unknown district " + org.district, "lead.district");
  }
  if (!org.zone.empty() && !FindRegion(org.zone)) {
    return Status::InvalidArgument("unknown zone " + org.zone, "lead.zone");
  }
  if (!org.park.empty() && !FindRegion(org.park)) {
    return Status::InvalidArgument("unknown park " + org.park, "lead.park");
  }
  return Status::Ok();
}

std::vector<float> Normalised(std::vector<float> v) {
  NormalizeL2(&v);
  return v;
}

// Everything one request needs, shared by the steps below.
class Suggester {
 public:
  Suggester(const Store& store, const VectorIndex& index, const ProgrammeRules& rules,
            const ConsortiumRequest& req, InfeasibleDetail* infeasible)
      : store_(store), index_(index), rules_(rules), req_(req), infeasible_(infeasible) {}

  Result<ConsortiumSuggestion> Run() {
    Status s = CheckRequest();
    if (s.ok()) s = LoadLead();
    if (s.ok()) s = PrepareRanking();
    if (s.ok()) s = AssignPins();
    if (s.ok()) s = RetrieveAndRank();
    if (s.ok()) s = EnsureApplicant();
    if (s.ok()) s = Compose();
    if (!s.ok()) return s;
    return std::move(out_);
  }

 private:
  struct RoleState {
    const RoleRule* rule = nullptr;
    const RoleMinimum* minimum = nullptr;  // null for optional roles
    std::vector<ScoredCandidate> ranked;   // all retrieved + pins, best first
    std::vector<Id> pins;
    std::int64_t eligible = 0;
  };

  Status CheckRequest() {
    type_ = rules_.FindType(req_.type);
    if (type_ == nullptr) {
      return Status::InvalidArgument(
          "type must be one of the rules' consortium types (regional, industrial)", "type");
    }
    regional_ = type_->regional();
    if (!req_.industry.empty() && !rules_.IsEligibleIndustry(req_.industry)) {
      return Status::InvalidArgument("unknown industry " + req_.industry, "industry");
    }
    if (!regional_ && req_.industry.empty()) {
      return Status::InvalidArgument("industry is required for " + type_->key + " consortia",
                                     "industry");
    }
    if (!req_.region.empty()) {
      region_ = FindRegion(req_.region);
      if (region_ == nullptr)
        return Status::InvalidArgument("unknown region " + req_.region, "region");
    }
    if (regional_ && region_ == nullptr) {
      return Status::InvalidArgument(
          "region is required for regional consortia (a zone or a ZGC sub-park)", "region");
    }
    if (req_.k < 1 || req_.k > 10) return Status::InvalidArgument("k must be in 1..10", "k");
    if ((req_.lead_id != 0) == req_.lead.has_value()) {
      return Status::InvalidArgument("give exactly one of lead_id and lead", "lead_id");
    }
    std::set<Id> excluded(req_.exclude.begin(), req_.exclude.end());
    for (Id id : req_.pin) {
      if (id <= 0) return Status::InvalidArgument("pin ids must be positive", "pin");
      if (excluded.count(id))
        return Status::InvalidArgument("id " + std::to_string(id) + " is both pinned and excluded",
                                       "pin");
      if (id == req_.lead_id)
        return Status::InvalidArgument("the lead is always a member; do not pin it", "pin");
    }
    if (req_.lead_id != 0 && excluded.count(req_.lead_id)) {
      return Status::InvalidArgument("the lead cannot be excluded", "exclude");
    }
    const auto& o = req_.options;
    if (o.retrieve_per_role < 1 || o.pool_per_role < 1 || o.list_per_role < 0) {
      return Status::InvalidArgument("options must be positive", "options");
    }
    for (const auto& rm : type_->roles) {
      if (rules_.FindRole(rm.role) == nullptr)
        return Status::Internal("rules: unknown role " + rm.role);
    }
    return Status::Ok();
  }

  Status LoadLead() {
    const RoleRule* lead_role = nullptr;
    for (const auto& rm : type_->roles) {
      const RoleRule* r = rules_.FindRole(rm.role);
      if (r->requires_leading) lead_role = r, lead_min_ = &rm;
    }
    if (lead_role == nullptr) return Status::Internal("rules: the type has no leading role");
    lead_role_ = lead_role;
    Organization lead;
    if (req_.lead.has_value()) {
      lead = *req_.lead;
      Status s = CheckCodes(lead);
      if (!s.ok()) return s;
      lead.id = 0;
      lead.kind = OrgKind::kEnterprise;
      lead.leading = true;  // declared by the caller
    } else {
      auto got = store_.GetOrganization(req_.lead_id);
      if (!got.ok()) {
        if (got.status().code() == Code::kNotFound) {
          return Status::NotFound("no organization with id " + std::to_string(req_.lead_id),
                                  "lead_id");
        }
        return got.status();
      }
      lead = std::move(*got);
      if (!lead_role->Admits(lead.kind) || !lead.leading) {
        OrgFilter f;
        f.kind = OrgKind::kEnterprise;
        f.leading = true;
        f.industry = req_.industry;
        f.limit = 3;
        auto page = store_.ListOrganizations(f);
        std::string examples;
        std::int64_t total = 0;
        if (page.ok()) {
          total = page->total;
          for (const auto& o : page->items) {
            examples += (examples.empty() ? "" : ", ") + std::to_string(o.id) + " " + o.name;
          }
        }
        return Fail(infeasible_, lead_role->key, total, 1,
                    "choose a leading enterprise as lead_id" +
                        (examples.empty() ? std::string() : " (e.g. " + examples + ")"),
                    "lead " + std::to_string(lead.id) + " (" + lead.name + ", " +
                        std::string(ToString(lead.kind)) + ") is not a leading enterprise");
      }
      auto ties = store_.TiesOf(lead.id);
      if (!ties.ok()) return ties.status();
      for (const Tie& t : *ties) {
        const Id other = t.from_id == lead.id ? t.to_id : t.from_id;
        if (other != lead.id) ctx_.lead_ties[other].push_back(t);
      }
    }
    lead_ = lead;
    ctx_.lead = ToProfileRecord(lead);
    out_.type = type_->key;
    out_.lead_id = lead.id;
    out_.lead_name = lead.name;
    // The lead's profile vector: from the index, else embedded now.
    auto emb =
        lead.id != 0 ? index_.Embedding(lead.id) : Result<std::vector<float>>(Status::NotFound(""));
    if (emb.ok()) {
      lead_vec_ = *emb;
    } else if (index_.model() != nullptr) {
      lead_vec_ = index_.model()->Embed(ctx_.lead);
    } else {
      return Status::InvalidArgument("the lead is not in the index and the index has no text model",
                                     "lead");
    }
    return Status::Ok();
  }

  Status PrepareRanking() {
    ctx_.regional = regional_;
    ctx_.region = region_;
    ctx_.weights = req_.options.weights;
    ctx_.problem = req_.problem;
    ctx_.model = index_.model().get();
    if (ctx_.model != nullptr && !req_.problem.empty())
      ctx_.problem_text = ctx_.model->EmbedText(req_.problem);
    if (!req_.industry.empty()) {
      ctx_.target_industries = {req_.industry};
    } else {
      for (const auto& w : lead_.industries) ctx_.target_industries.push_back(w.code);
    }
    for (const Term& sf : Subfields()) {
      if (std::find(ctx_.target_industries.begin(), ctx_.target_industries.end(), sf.parent) ==
          ctx_.target_industries.end()) {
        continue;
      }
      if (std::find(lead_.subfields.begin(), lead_.subfields.end(), sf.code) ==
          lead_.subfields.end()) {
        ctx_.complementary.insert(sf.code);
      }
    }
    // Roles: the type's (rules order), then the optional ones.
    std::set<std::string> in_type;
    for (const auto& rm : type_->roles) {
      in_type.insert(rm.role);
      roles_.push_back({rules_.FindRole(rm.role), &rm, {}, {}, 0});
    }
    for (const auto& [key, rule] : rules_.roles) {
      if (!in_type.count(key)) roles_.push_back({&rule, nullptr, {}, {}, 0});
    }
    return Status::Ok();
  }

  // The record of an id: the index's, else the store's.
  Result<ProfileRecord> RecordOf(Id id, const char* field) {
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

  Status AssignPins() {
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
  Result<std::vector<float>> RoleQuery(const RoleRule& role) {
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

  double Similarity(const RoleState& rs, Id id, const ProfileRecord& rec) {
    auto q = RoleQuery(*rs.rule);
    auto e = index_.Embedding(id);
    if (q.ok() && e.ok()) return InnerProduct(*q, *e);
    if (q.ok() && index_.model() != nullptr) return InnerProduct(*q, index_.model()->Embed(rec));
    return 0.0;
  }

  Filter RoleFilter(const RoleState& rs, bool in_region) const {
    Filter f;
    for (OrgKind k : rs.rule->kinds) f.kinds.push_back(ToEntityKind(k));
    if (rs.rule->requires_leading) f.leading = true;
    f.exclude = req_.exclude;
    if (lead_.id != 0) f.exclude.push_back(lead_.id);
    for (Id id : req_.pin) f.exclude.push_back(id);
    if (in_region) f.regions = {region_->code};
    return f;
  }

  Status RetrieveAndRank() {
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
          rs.ranked.push_back(RankCandidate(ctx_, *rs.rule, *rec, h.score));
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

  Status InfeasibleRole(const RoleState& rs, std::int64_t eligible, bool hard_region) {
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

  bool ApplicantEligible(Id id) {
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

  static bool ApplicantKind(const ProgrammeRules& rules, OrgKind kind) {
    return std::find(rules.applicant.kinds.begin(), rules.applicant.kinds.end(), kind) !=
           rules.applicant.kinds.end();
  }

  // Marks applicant eligibility in the pools; pulls an eligible society into a
  // pool from further down the ranked lists if the pools have none.
  Status EnsureApplicant() {
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

  size_t PoolSize(const RoleState& rs) const {
    const size_t want = std::max<size_t>(req_.options.pool_per_role,
                                         rs.pins.size() + (rs.minimum ? rs.minimum->min : 0));
    return std::min(rs.ranked.size(), want);
  }

  Status Compose() {
    // The pool: the lead, then each type role's best (pins first).
    CompositionProblem problem;
    problem.restarts = req_.options.restarts;
    problem.need_applicant = rules_.applicant.must_be_member;
    std::vector<ScoredCandidate> pool;
    ScoredCandidate lead;
    lead.id = lead_.id;
    lead.name = lead_.name;
    lead.kind = lead_.kind;
    lead.role = lead_role_->key;
    lead.pinned = true;
    pool.push_back(lead);
    for (auto& rs : roles_) {
      if (rs.minimum == nullptr) {
        if (!rs.pins.empty()) {
          problem.slots.push_back({rs.rule->key, static_cast<int>(rs.pins.size())});
          for (size_t i = 0; i < rs.pins.size(); ++i) pool.push_back(rs.ranked[i]);
        }
        continue;
      }
      if (rs.rule->requires_leading) {
        problem.slots.push_back({rs.rule->key, 1});
        continue;
      }
      problem.slots.push_back({rs.rule->key, std::max<int>(rs.minimum->min, rs.pins.size())});
      const size_t n = PoolSize(rs);
      for (size_t i = 0; i < n; ++i) pool.push_back(rs.ranked[i]);
      auto extra = extra_pool_.find(rs.rule->key);
      if (extra != extra_pool_.end()) pool.push_back(rs.ranked[extra->second]);
    }
    for (const auto& c : pool) {
      problem.members.push_back({c.role, c.score, c.applicant_eligible, c.pinned});
    }
    // Pair weights: ties among non-lead members, redundancy within roles.
    const size_t n = pool.size();
    problem.pair.assign(n * n, 0.0);
    std::vector<std::vector<float>> vec(n);
    std::unordered_map<Id, size_t> at;
    for (size_t i = 1; i < n; ++i) {
      at[pool[i].id] = i;
      auto e = index_.Embedding(pool[i].id);
      if (e.ok()) vec[i] = std::move(*e);
    }
    PoolExplanation explanation;
    std::vector<int> tie_count(n * n, 0);
    for (size_t i = 1; i < n; ++i) {
      auto ties = store_.TiesOf(pool[i].id);
      if (!ties.ok()) return ties.status();
      for (const Tie& t : *ties) {
        const Id other = t.from_id == pool[i].id ? t.to_id : t.from_id;
        auto j = at.find(other);
        if (j == at.end() || j->second <= i) continue;
        ++tie_count[i * n + j->second];
      }
    }
    const double lambda = req_.options.redundancy, bonus = req_.options.tie_bonus;
    for (size_t i = 1; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        const int ties = tie_count[i * n + j];
        const double cosine = pool[i].role == pool[j].role
                                  ? std::max(0.0, static_cast<double>(InnerProduct(vec[i], vec[j])))
                                  : 0.0;
        const double w = bonus * ties - lambda * cosine;
        problem.pair[i * n + j] = problem.pair[j * n + i] = w;
        if (w != 0 && req_.explain)
          explanation.pairs.push_back({pool[i].id, pool[j].id, w, ties, cosine});
      }
    }
    std::vector<Composition> found = ComposeHeuristic(problem, req_.k);
    if (found.empty()) {
      return Fail(infeasible_, "applicant", 0, 1, "pin an eligible society or relax exclusions",
                  "no member set meets every constraint");
    }
    for (const Composition& comp : found) {
      Proposal p;
      double members = 0, tie_part = 0, redundancy = 0;
      const ScoredCandidate* applicant = nullptr;
      for (const auto& slot : problem.slots) {
        std::vector<int> in_role;
        for (int i : comp.chosen) {
          if (pool[i].role == slot.role) in_role.push_back(i);
        }
        std::stable_sort(in_role.begin(), in_role.end(),
                         [&](int a, int b) { return pool[a].score > pool[b].score; });
        for (int i : in_role) {
          p.members.push_back({pool[i].id, pool[i].role, pool[i].name, pool[i].score});
          members += pool[i].score;
          if (pool[i].applicant_eligible &&
              (applicant == nullptr || pool[i].score > applicant->score)) {
            applicant = &pool[i];
          }
        }
      }
      for (size_t a = 0; a < comp.chosen.size(); ++a) {
        for (size_t b = a + 1; b < comp.chosen.size(); ++b) {
          const size_t i = comp.chosen[a], j = comp.chosen[b];
          const int ties = tie_count[std::min(i, j) * n + std::max(i, j)];
          tie_part += bonus * ties;
          redundancy += problem.Pair(i, j) - bonus * ties;
        }
      }
      p.applicant_id = applicant ? applicant->id : 0;
      p.score = comp.objective;
      p.terms = {{"member_scores", members}, {"tie_bonus", tie_part}, {"redundancy", redundancy}};
      out_.proposals.push_back(std::move(p));
    }
    // Candidate lists.
    for (const auto& rs : roles_) {
      RoleCandidates rc;
      rc.role = rs.rule->key;
      rc.name = rs.rule->name;
      rc.min = rs.minimum ? rs.minimum->min : 0;
      if (rs.rule->requires_leading) {
        rc.eligible = 1;
        rc.candidates.push_back(lead);
      } else {
        rc.eligible = rs.eligible + static_cast<std::int64_t>(rs.pins.size());
        const size_t shown = std::min(rs.ranked.size(),
                                      std::max<size_t>(req_.options.list_per_role, rs.pins.size()));
        rc.candidates.assign(rs.ranked.begin(), rs.ranked.begin() + shown);
      }
      out_.candidates.push_back(std::move(rc));
    }
    if (req_.explain) {
      explanation.members = pool;
      for (const auto& s : problem.slots) explanation.slots.emplace_back(s.role, s.size);
      explanation.tie_bonus = bonus;
      explanation.redundancy = lambda;
      explanation.min_difference = problem.min_difference;
      out_.explanation = std::move(explanation);
    }
    return Status::Ok();
  }

  const Store& store_;
  const VectorIndex& index_;
  const ProgrammeRules& rules_;
  const ConsortiumRequest& req_;
  InfeasibleDetail* infeasible_;
  const ConsortiumTypeRule* type_ = nullptr;
  const Region* region_ = nullptr;
  bool regional_ = false;
  const RoleRule* lead_role_ = nullptr;
  const RoleMinimum* lead_min_ = nullptr;
  Organization lead_;
  std::vector<float> lead_vec_;
  RankContext ctx_;
  std::vector<RoleState> roles_;
  std::map<Id, bool> applicant_cache_;
  std::map<std::string, size_t> extra_pool_;
  ConsortiumSuggestion out_;
};

}  // namespace

Result<ConsortiumSuggestion> SuggestConsortium(const Store& store, const VectorIndex& index,
                                               const ProgrammeRules& rules,
                                               const ConsortiumRequest& request,
                                               InfeasibleDetail* infeasible) {
  return Suggester(store, index, rules, request, infeasible).Run();
}

}  // namespace consortia
