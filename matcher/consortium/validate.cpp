// ValidateConsortium (matcher/consortium.h): every rule violation of a member list.
#include <algorithm>
#include <map>
#include <set>

#include "core/taxonomy.h"
#include "matcher/consortium.h"
#include "words.h"

namespace consortia {

using detail::KindName;
using detail::KindNames;
using detail::Who;

Result<ValidationReport> ValidateConsortium(const Store& store, const ProgrammeRules& rules,
                                            const ConsortiumDraft& draft) {
  const ConsortiumTypeRule* type = rules.FindType(draft.type);
  if (type == nullptr) {
    return Status::InvalidArgument(
        "type must be one of the rules' consortium types (regional, industrial)", "type");
  }
  const bool regional = type->regional();
  const Region* region = nullptr;
  if (!draft.region.empty()) {
    region = FindRegion(draft.region);
    if (region == nullptr)
      return Status::InvalidArgument("unknown region " + draft.region, "region");
  }
  if (regional && region == nullptr) {
    return Status::InvalidArgument("region is required for regional consortia", "region");
  }
  if (!draft.industry.empty() && !rules.IsEligibleIndustry(draft.industry)) {
    return Status::InvalidArgument("unknown industry " + draft.industry, "industry");
  }
  if (!regional && draft.industry.empty()) {
    return Status::InvalidArgument("industry is required for " + type->key + " consortia",
                                   "industry");
  }

  ValidationReport report;
  auto add = [&report](std::string code, std::string role, Id id, std::string message) {
    report.violations.push_back({std::move(code), std::move(role), id, std::move(message)});
  };

  std::map<std::string, int> count;  // valid members per role
  std::set<Id> seen;
  std::map<Id, Organization> members;
  for (const Member& m : draft.members) {
    const RoleRule* role = rules.FindRole(m.role);
    if (role == nullptr) {
      add("unknown_role", m.role, m.id,
          "未知的角色“" + m.role + "”（成员 id " + std::to_string(m.id) + "）");
      continue;
    }
    if (!seen.insert(m.id).second) {
      add("duplicate_member", m.role, m.id,
          "成员 id " + std::to_string(m.id) + " 重复列出（一个单位只能担任一个角色）");
      continue;
    }
    auto org = store.GetOrganization(m.id);
    if (!org.ok()) {
      if (org.status().code() != Code::kNotFound) return org.status();
      add("unknown_member", m.role, m.id, "没有 id 为 " + std::to_string(m.id) + " 的单位");
      continue;
    }
    members[m.id] = *org;
    bool ok = true;
    if (!role->Admits(org->kind)) {
      add("wrong_kind", m.role, m.id,
          Who(*org) + "是" + KindName(org->kind) + "，不能担任" + role->name + "（该角色须为" +
              KindNames(role->kinds) + "）");
      ok = false;
    } else if (role->requires_leading && !org->leading) {
      add("lead_not_leading", m.role, m.id, Who(*org) + "不是龙头企业，不能担任" + role->name);
      ok = false;
    }
    const RoleMinimum* rm = type->FindRole(m.role);
    if (ok && regional && rm != nullptr && rm->in_region &&
        !RegionContains(region->code, org->zone, org->park)) {
      add("outside_region", m.role, m.id,
          Who(*org) + "位于" + detail::PlaceName(*org) + "，不在" + region->name + "内（" +
              role->name + "须在本区域）");
      ok = false;
    }
    if (ok) ++count[m.role];
  }

  for (const RoleMinimum& rm : type->roles) {
    const int n = count[rm.role];
    const RoleRule* role = rules.FindRole(rm.role);
    const std::string name = role ? role->name : rm.role;
    if (n < rm.min) {
      add("below_minimum", rm.role, 0,
          name + "现有 " + std::to_string(n) + " 个合格成员，" + type->name + "至少需要 " +
              std::to_string(rm.min) + " 个");
    }
    if (rm.max && n > *rm.max) {
      add("above_maximum", rm.role, 0,
          name + "现有 " + std::to_string(n) + " 个成员，最多 " + std::to_string(*rm.max) + " 个");
    }
  }

  // The applicant (申报单位).
  const ApplicantRule& a = rules.applicant;
  auto applicant_problems = [&](const Organization& org, bool report_all) {
    int problems = 0;
    if (std::find(a.kinds.begin(), a.kinds.end(), org.kind) == a.kinds.end()) {
      if (report_all) {
        add("applicant_wrong_kind", "", org.id,
            Who(org) + "是" + KindName(org.kind) + "，申报单位须为" + KindNames(a.kinds));
      }
      ++problems;
    }
    if (org.staff < a.min_staff) {
      if (report_all) {
        add("applicant_no_staff", "", org.id,
            Who(org) + "有专职人员 " + std::to_string(org.staff) + " 人，申报单位至少需要 " +
                std::to_string(a.min_staff) + " 人（承担秘书处职责）");
      }
      ++problems;
    }
    if (org.expert_team < a.min_expert_team) {
      if (report_all) {
        add("applicant_no_expert_team", "", org.id,
            Who(org) + "的专家团队有 " + std::to_string(org.expert_team) +
                " 人，申报单位至少需要 " + std::to_string(a.min_expert_team) + " 人");
      }
      ++problems;
    }
    return problems;
  };
  if (draft.applicant_id != 0) {
    auto it = members.find(draft.applicant_id);
    if (it != members.end()) {
      applicant_problems(it->second, true);
    } else {
      auto org = store.GetOrganization(draft.applicant_id);
      if (!org.ok()) {
        if (org.status().code() != Code::kNotFound) return org.status();
        add("unknown_applicant", "", draft.applicant_id,
            "申报单位：没有 id 为 " + std::to_string(draft.applicant_id) + " 的单位");
      } else {
        if (a.must_be_member) {
          add("applicant_not_member", "", draft.applicant_id,
              Who(*org) + "不是本联合体的成员，申报单位须是成员之一");
        }
        applicant_problems(*org, true);
      }
    }
  } else if (a.must_be_member) {
    bool any = false;
    for (const auto& [id, org] : members) any |= applicant_problems(org, false) == 0;
    if (!any) {
      add("no_applicant", "", 0,
          "没有成员能担任申报单位（秘书处）：须为" + KindNames(a.kinds) + "，专职人员至少 " +
              std::to_string(a.min_staff) + " 人、专家团队至少 " +
              std::to_string(a.min_expert_team) + " 人");
    }
  }
  std::vector<FitMember> fit;
  for (const Member& m : draft.members) {
    auto it = members.find(m.id);
    if (it != members.end()) fit.push_back({m, &it->second});
  }
  report.warnings = FitWarnings(rules, draft.type, draft.industry, draft.region, fit);
  report.valid = report.violations.empty();
  return report;
}

}  // namespace consortia
