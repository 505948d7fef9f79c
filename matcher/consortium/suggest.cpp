// SuggestConsortium (matcher/consortium.h): a Suggester (suggester.h) runs
// its steps in order; here the request is checked, the lead loaded and the
// ranking prepared.
#include <algorithm>
#include <cmath>
#include <set>

#include "suggester.h"
#include "words.h"

namespace consortia {
namespace detail {
namespace {

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

}  // namespace

bool Admits(const RoleRule& role, const ProfileRecord& rec) {
  if (static_cast<int>(rec.kind) >= kOrgKindCount) return false;
  if (!role.Admits(static_cast<OrgKind>(static_cast<int>(rec.kind)))) return false;
  return !role.requires_leading || rec.leading;
}

Status Fail(InfeasibleDetail* out, const std::string& role, std::int64_t eligible, int required,
            const std::string& relaxation, const std::string& message) {
  if (out != nullptr) *out = {role, eligible, required, relaxation};
  return Status::Infeasible(message + "；" + relaxation, role);
}

std::vector<float> Normalised(std::vector<float> v) {
  NormalizeL2(&v);
  return v;
}

Result<ConsortiumSuggestion> Suggester::Run() {
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

Status Suggester::CheckRequest() {
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
  pins_ = req_.pin;
  if (req_.applicant_id != 0) {
    if (req_.applicant_id == req_.lead_id) {
      return Status::InvalidArgument("the lead cannot be the applicant (a society is)",
                                     "applicant_id");
    }
    if (excluded.count(req_.applicant_id)) {
      return Status::InvalidArgument(
          "id " + std::to_string(req_.applicant_id) + " is both the applicant and excluded",
          "applicant_id");
    }
    if (std::find(pins_.begin(), pins_.end(), req_.applicant_id) == pins_.end()) {
      pins_.push_back(req_.applicant_id);
    }
  }
  const double d = req_.min_difference;
  if (!(d > 0) || d > 1000 || (d >= 1 && d != std::floor(d))) {
    return Status::InvalidArgument("min_difference must be a share in (0, 1) or a whole count >= 1",
                                   "min_difference");
  }
  const auto& o = req_.options;
  if (o.retrieve_per_role < 1 || o.pool_per_role < 1 || o.list_per_role < 0) {
    return Status::InvalidArgument("options must be positive", "options");
  }
  for (const auto& rm : type_->roles) {
    if (rules_.FindRole(rm.role) == nullptr)
      return Status::Internal("rules: unknown role " + rm.role);
  }
  return CheckSizes();
}

// sizes: roles of the rules (not the lead's), at least the type's minimum and
// at most its maximum.
Status Suggester::CheckSizes() {
  for (const auto& [role, size] : req_.sizes) {
    const std::string field = "sizes." + role;
    const RoleRule* rule = rules_.FindRole(role);
    if (rule == nullptr) {
      return Status::InvalidArgument(field + " is not a role of the rules", field);
    }
    if (rule->requires_leading) {
      return Status::InvalidArgument(field + ": the lead role holds exactly the lead", field);
    }
    const RoleMinimum* rm = type_->FindRole(role);
    const int min = rm != nullptr ? rm->min : 0;
    if (size < std::max(1, min)) {
      return Status::InvalidArgument(field + " must be at least " +
                                         std::to_string(std::max(1, min)) +
                                         " (the rules' minimum for " + type_->key + ")",
                                     field);
    }
    if (rm != nullptr && rm->max && size > *rm->max) {
      return Status::InvalidArgument(field + " must be at most " + std::to_string(*rm->max), field);
    }
  }
  return Status::Ok();
}

Status Suggester::LoadLead() {
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
          examples +=
              (examples.empty() ? "" : "、") + o.name + "（id " + std::to_string(o.id) + "）";
        }
      }
      return Fail(infeasible_, lead_role->key, total, 1,
                  "请选择一家龙头企业作为牵头单位" +
                      (examples.empty() ? std::string() : "（例如 " + examples + "）"),
                  "牵头单位" + detail::Who(lead) + "是" + detail::KindName(lead.kind) +
                      (lead.kind == OrgKind::kEnterprise ? "，但不是龙头企业" : "，不是龙头企业"));
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

Status Suggester::PrepareRanking() {
  ctx_.regional = regional_;
  ctx_.region = region_;
  ctx_.weights = req_.options.weights;
  ctx_.problem = req_.problem;
  ctx_.model = index_.model().get();
  if (ctx_.model != nullptr && !req_.problem.empty())
    ctx_.problem_text = ctx_.model->EmbedText(req_.problem);
  ctx_.index = &index_;
  if (!req_.problem.empty()) ctx_.problem_query = index_.PrepareText(req_.problem);
  ctx_.target = MakeFitTarget(regional_, req_.industry, req_.region, &lead_);
  out_.target = regional_ ? region_->code : req_.industry;
  out_.target_name = regional_ ? region_->name : IndustryName(req_.industry);
  // Chain gaps: target sub-fields next to the lead's own that it lacks.
  for (const std::string& own : lead_.subfields) {
    for (const std::string& next : ChainNeighbours(own)) {
      const Term* sf = FindSubfield(next);
      if (sf == nullptr || ctx_.target.WeightOf(sf->parent) <= 0) continue;
      if (std::find(lead_.subfields.begin(), lead_.subfields.end(), next) != lead_.subfields.end())
        continue;
      ctx_.complementary.insert(next);
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

}  // namespace detail

Result<ConsortiumSuggestion> SuggestConsortium(const Store& store, const VectorIndex& index,
                                               const ProgrammeRules& rules,
                                               const ConsortiumRequest& request,
                                               InfeasibleDetail* infeasible) {
  return detail::Suggester(store, index, rules, request, infeasible).Run();
}

}  // namespace consortia
