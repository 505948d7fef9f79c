// ValidateConsortium (matcher/consortium.h): every rule violation of a member list.
#include <algorithm>
#include <map>
#include <set>

#include "core/taxonomy.h"
#include "matcher/consortium.h"

namespace consortia {
namespace {

std::string KindList(const std::vector<OrgKind>& kinds) {
  std::string out;
  for (OrgKind k : kinds) out += (out.empty() ? "" : " or ") + std::string(ToString(k));
  return out;
}

std::string Who(const Organization& org) { return std::to_string(org.id) + " (" + org.name + ")"; }

}  // namespace

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
      add("unknown_role", m.role, m.id, "unknown role \"" + m.role + "\"");
      continue;
    }
    if (!seen.insert(m.id).second) {
      add("duplicate_member", m.role, m.id,
          "organization " + std::to_string(m.id) + " is listed more than once");
      continue;
    }
    auto org = store.GetOrganization(m.id);
    if (!org.ok()) {
      if (org.status().code() != Code::kNotFound) return org.status();
      add("unknown_member", m.role, m.id, "no organization with id " + std::to_string(m.id));
      continue;
    }
    members[m.id] = *org;
    bool ok = true;
    if (!role->Admits(org->kind)) {
      add("wrong_kind", m.role, m.id,
          Who(*org) + " is a " + std::string(ToString(org->kind)) + "; role " + m.role + " (" +
              role->name + ") takes " + KindList(role->kinds));
      ok = false;
    } else if (role->requires_leading && !org->leading) {
      add("lead_not_leading", m.role, m.id, Who(*org) + " is not a leading enterprise (龙头企业)");
      ok = false;
    }
    const RoleMinimum* rm = type->FindRole(m.role);
    if (ok && regional && rm != nullptr && rm->in_region &&
        !RegionContains(region->code, org->zone, org->park)) {
      add("outside_region", m.role, m.id,
          Who(*org) + " lies outside region " + region->code + " (" + region->name + ")");
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
          "role " + rm.role + " (" + name + ") has " + std::to_string(n) + " valid member(s); " +
              type->name + " needs at least " + std::to_string(rm.min));
    }
    if (rm.max && n > *rm.max) {
      add("above_maximum", rm.role, 0,
          "role " + rm.role + " (" + name + ") has " + std::to_string(n) + " member(s); at most " +
              std::to_string(*rm.max) + " allowed");
    }
  }

  // The applicant (申报单位).
  const ApplicantRule& a = rules.applicant;
  auto applicant_problems = [&](const Organization& org, bool report_all) {
    int problems = 0;
    if (std::find(a.kinds.begin(), a.kinds.end(), org.kind) == a.kinds.end()) {
      if (report_all) {
        add("applicant_wrong_kind", "", org.id,
            Who(org) + " is a " + std::string(ToString(org.kind)) + "; the applicant must be a " +
                KindList(a.kinds));
      }
      ++problems;
    }
    if (org.staff < a.min_staff) {
      if (report_all) {
        add("applicant_no_staff", "", org.id,
            Who(org) + " has " + std::to_string(org.staff) +
                " full-time staff; the applicant needs " + std::to_string(a.min_staff));
      }
      ++problems;
    }
    if (org.expert_team < a.min_expert_team) {
      if (report_all) {
        add("applicant_no_expert_team", "", org.id,
            Who(org) + " has an expert team of " + std::to_string(org.expert_team) +
                "; the applicant needs " + std::to_string(a.min_expert_team));
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
            "no organization with id " + std::to_string(draft.applicant_id));
      } else {
        if (a.must_be_member) {
          add("applicant_not_member", "", draft.applicant_id,
              Who(*org) + " is not a member; the applicant must be one of the members");
        }
        applicant_problems(*org, true);
      }
    }
  } else if (a.must_be_member) {
    bool any = false;
    for (const auto& [id, org] : members) any |= applicant_problems(org, false) == 0;
    if (!any) {
      add("no_applicant", "", 0,
          "no member can act as applicant: a " + KindList(a.kinds) +
              " with staff >= " + std::to_string(a.min_staff) +
              " and expert team >= " + std::to_string(a.min_expert_team));
    }
  }
  report.valid = report.violations.empty();
  return report;
}

}  // namespace consortia
