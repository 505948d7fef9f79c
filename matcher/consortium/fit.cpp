// The fit of a member set to its target (matcher/consortium.h, "fit to the
// target"): the target's industries and the warnings about members outside it.
#include <algorithm>

#include "matcher/consortium.h"
#include "words.h"

namespace consortia {
namespace {

// The lead's industries that make the target: its main ones (weight >= 0.8
// of its largest) at 1, and a substantial second line (>= kSecondLine of its
// largest: an IC maker at 0.79 beside communications) at its relative weight,
// so such members fit but rank after the main industry's.
constexpr double kMainLine = 0.8;
constexpr double kSecondLine = 0.7;
std::vector<std::pair<std::string, double>> LeadIndustries(const Organization& lead) {
  double top = 0;
  for (const Weighted& w : lead.industries) top = std::max(top, w.weight);
  std::vector<std::pair<std::string, double>> out;
  for (const Weighted& w : lead.industries) {
    if (w.weight <= 0 || FindIndustry(w.code) == nullptr) continue;
    if (w.weight >= kMainLine * top) {
      out.emplace_back(w.code, 1.0);
    } else if (w.weight >= kSecondLine * top) {
      out.emplace_back(w.code, w.weight / top);
    }
  }
  return out;
}

void Add(FitTarget* t, const std::string& code, double weight) {
  for (auto& [c, w] : t->industries) {
    if (c == code) {
      w = std::max(w, weight);
      return;
    }
  }
  t->industries.emplace_back(code, weight);
}

std::string IndustriesOf(const Organization& org) {
  std::vector<std::string> names;
  for (const Weighted& w : org.industries) names.push_back(detail::IndustryName(w.code));
  return names.empty() ? "未登记" : detail::JoinZh(names);
}

}  // namespace

double FitTarget::WeightOf(const std::string& industry) const {
  for (const auto& [code, weight] : industries) {
    if (code == industry) return weight;
  }
  return 0.0;
}

bool FitTarget::Contains(const std::vector<Weighted>& list) const {
  return std::any_of(list.begin(), list.end(),
                     [this](const Weighted& w) { return w.weight > 0 && WeightOf(w.code) > 0; });
}

std::string FitTarget::Names() const {
  std::vector<std::string> names;
  for (const auto& [code, weight] : industries) names.push_back(detail::IndustryName(code));
  return detail::JoinZh(names);
}

FitTarget MakeFitTarget(bool regional, const std::string& industry, const std::string& region,
                        const Organization* lead) {
  FitTarget t;
  t.regional = regional;
  if (!regional) {
    if (FindIndustry(industry) != nullptr) t.industries.emplace_back(industry, 1.0);
    return t;
  }
  t.region = FindRegion(region);
  if (lead != nullptr) {
    for (const auto& [code, weight] : LeadIndustries(*lead)) Add(&t, code, weight);
  }
  if (FindIndustry(industry) != nullptr) Add(&t, industry, 1.0);
  if (t.region != nullptr) {
    for (const std::string& code : t.region->industries) {
      Add(&t, code, FitTarget::kRegionIndustryWeight);
    }
  }
  return t;
}

std::vector<FitWarning> FitWarnings(const ProgrammeRules& rules, const std::string& type,
                                    const std::string& industry, const std::string& region,
                                    const std::vector<FitMember>& members) {
  std::vector<FitWarning> out;
  const ConsortiumTypeRule* type_rule = rules.FindType(type);
  if (type_rule == nullptr) return out;
  const bool regional = type_rule->regional();
  const FitMember* lead = nullptr;
  for (const FitMember& m : members) {
    const RoleRule* role = rules.FindRole(m.member.role);
    if (role != nullptr && role->requires_leading && m.org != nullptr) {
      lead = &m;
      break;
    }
  }
  const FitTarget target =
      MakeFitTarget(regional, industry, region, lead != nullptr ? lead->org : nullptr);
  auto warn = [&out](std::string code, const FitMember& m, std::string message) {
    out.push_back(
        {std::move(code), m.member.role, m.member.id, 0, m.org->name, std::move(message)});
  };
  if (lead != nullptr) {
    const Organization& org = *lead->org;
    if (!regional && !target.empty() && !target.Contains(org.industries)) {
      warn("lead_outside_industry", *lead,
           "牵头单位" + org.name + "的产业为" + IndustriesOf(org) + "，不含本产业联合体的目标产业" +
               target.Names());
    }
    if (regional && target.region != nullptr &&
        !RegionContains(target.region->code, org.zone, org.park) &&
        !RegionSpansDistrict(target.region->code, org.district)) {
      warn("lead_outside_region", *lead,
           "牵头单位" + org.name + "位于" + detail::PlaceName(org) + "，不在" +
               target.region->name + "内");
    }
  }
  if (target.empty()) return out;
  for (const FitMember& m : members) {
    if (m.org == nullptr || &m == lead) continue;
    const RoleRule* role = rules.FindRole(m.member.role);
    if (role == nullptr || !role->fits_target || target.Contains(m.org->industries)) continue;
    warn("member_outside_target", m,
         m.org->name + "（" + role->name + "）的产业为" + IndustriesOf(*m.org) +
             "，不在本联合体的目标产业（" + target.Names() + "）之内");
  }
  return out;
}

}  // namespace consortia
