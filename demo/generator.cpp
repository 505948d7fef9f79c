// GenerateDemo (data/data.h): plan, then organisations, experts and ties.
#include "generator.h"
#include "demo/demo.h"

#include <algorithm>
#include <cmath>

#include "core/taxonomy.h"

namespace consortia {
namespace detail {
namespace {

int Scaled(double base, double factor) { return static_cast<int>(std::lround(base * factor)); }

}  // namespace

DemoPlan MakeDemoPlan(const DemoOptions& options) {
  DemoPlan plan;
  plan.organizations = std::max(0, options.organizations);
  // The 16 parks and 16 district CASTs are fixed; the rest of the default
  // 1,500 (1,468) is split in the proportions of the issue.
  const double f = std::max(0, plan.organizations - 32) / 1468.0;
  plan.academic = Scaled(90, f);
  plan.university_casts = std::min(Scaled(16, f), plan.academic);
  plan.national = Scaled(60, f);  // + about 2 committees each
  plan.municipal = Scaled(190, f);
  plan.park_casts = std::min(16, Scaled(12, f));
  plan.leading = Scaled(200, f);
  plan.enterprise_casts = std::min(Scaled(40, f), plan.leading);

  // Titles of an expert pool a society draws on: academicians rare (1.25 %),
  // full (正高, "renowned") and associate (副高, "senior") professors and
  // engineers the bulk, other titles few (7.5 %).
  plan.experts = std::max(0, options.experts);
  const double g = plan.experts / 20000.0;
  plan.academicians = Scaled(250, g);
  plan.renowned = Scaled(7500, g);
  plan.senior = Scaled(10750, g);
  return plan;
}

int IndustryIndex(std::string_view code) {
  const auto& industries = Industries();
  for (int i = 0; i < static_cast<int>(industries.size()); ++i) {
    if (industries[i].code == code) return i;
  }
  return -1;
}

double RoundWeight(double w) {
  double r = std::round(w * 100.0) / 100.0;
  return std::clamp(r, 0.05, 1.0);
}

Pool PoolOf(const Organization& org) {
  switch (org.kind) {
    case OrgKind::kEnterprise:
      return org.leading ? Pool::kLeading : Pool::kRelated;
    case OrgKind::kUniversity:
    case OrgKind::kResearchInstitute:
      return Pool::kAcademic;
    case OrgKind::kMunicipalSociety:
    case OrgKind::kNationalSociety:
    case OrgKind::kSocietyCommittee:
      return Pool::kSociety;
    case OrgKind::kPark:
      return Pool::kPark;
    default:
      return Pool::kCast;
  }
}

OrgIndex::OrgIndex(const std::vector<Organization>& orgs) {
  for (int i = 0; i < static_cast<int>(orgs.size()); ++i) {
    const Organization& org = orgs[i];
    const int pool = static_cast<int>(PoolOf(org));
    all_[pool].push_back(i);
    for (const Weighted& w : org.industries) {
      int k = IndustryIndex(w.code);
      if (k >= 0) by_industry_[pool][k].push_back(i);
    }
    // Size weights: the first (best-known) public institutions and leading
    // enterprises employ more experts; societies in proportion to their teams.
    double weight = 1.0;
    if (org.kind == OrgKind::kUniversity || org.kind == OrgKind::kResearchInstitute) {
      const int rank = static_cast<int>(all_[pool].size());
      weight = rank <= 16 ? 4.0 : rank <= 72 ? 2.0 : 1.0;
    } else if (org.leading) {
      weight = 3.0;
    } else if (IsSociety(org.kind)) {
      weight = 0.5 + org.expert_team / 100.0;
    }
    double prev = cumulative_[pool].empty() ? 0.0 : cumulative_[pool].back();
    cumulative_[pool].push_back(prev + weight);
    if (org.kind == OrgKind::kPark) parks_.emplace_back(org.park, i);
  }
}

int OrgIndex::Pick(DemoRng& rng, Pool pool, int industry) const {
  const int p = static_cast<int>(pool);
  if (industry >= 0 && industry < kIndustryCount && !by_industry_[p][industry].empty()) {
    return rng.Pick(by_industry_[p][industry]);
  }
  return all_[p].empty() ? -1 : rng.Pick(all_[p]);
}

int OrgIndex::PickWeighted(DemoRng& rng, Pool pool) const {
  const int p = static_cast<int>(pool);
  if (all_[p].empty()) return -1;
  const double r = rng.Real() * cumulative_[p].back();
  auto it = std::upper_bound(cumulative_[p].begin(), cumulative_[p].end(), r);
  std::size_t k = std::min<std::size_t>(it - cumulative_[p].begin(), all_[p].size() - 1);
  return all_[p][k];
}

int OrgIndex::ParkOf(std::string_view park_code) const {
  for (const auto& [code, index] : parks_) {
    if (code == park_code) return index;
  }
  return -1;
}

}  // namespace detail

Dataset GenerateDemo(const DemoOptions& options) {
  using namespace detail;
  const DemoPlan plan = MakeDemoPlan(options);
  const DemoRng root(options.seed);
  Dataset data;
  GenerateOrganizations(root.Fork(1), plan, options.progress, &data.organizations);
  const OrgIndex index(data.organizations);
  GenerateExperts(root.Fork(2), plan, data.organizations, index, options.progress, &data.experts);
  GenerateTies(root.Fork(3), data.organizations, data.experts, index, options.progress, &data.ties);
  return data;
}

}  // namespace consortia
