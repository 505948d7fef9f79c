// The registry's rules: team check, capacity, slots, and the write operations.
#include <algorithm>
#include <set>

#include "matcher/programme.h"

namespace consortia {
namespace {

std::string Join(const std::vector<Violation>& violations) {
  std::string out;
  for (const Violation& v : violations) out += (out.empty() ? "" : "; ") + v.message;
  return out;
}

std::string OrgLabel(const Store& store, Id id) {
  auto org = store.GetOrganization(id);
  return std::to_string(id) + (org.ok() ? " (" + org->name + ")" : "");
}

std::string ExpertLabel(const Store& store, Id id) {
  auto e = store.GetExpert(id);
  return std::to_string(id) + (e.ok() ? " (" + e->name + ")" : "");
}

std::string TitleList(const std::vector<Title>& titles) {
  std::string out;
  for (Title t : titles) out += (out.empty() ? "" : " or ") + std::string(ToString(t));
  return out;
}

int Count(const std::map<Id, int>& m, Id id) {
  auto it = m.find(id);
  return it == m.end() ? 0 : it->second;
}

// Slots and targets: an approved/active consortium needs a free slot of its type
// and a target no other approved/active consortium of that type holds.
Status CheckSlots(const Store& store, const ProgrammeRules& rules, const ConsortiumRecord& r) {
  if (!HoldsSlot(r.status)) return Status::Ok();
  const ConsortiumTypeRule* type = rules.FindType(r.type);
  if (type == nullptr) return Status::InvalidArgument("unknown type " + r.type, "type");
  ConsortiumFilter filter;
  filter.type = r.type;
  auto all = store.ListConsortia(filter);
  if (!all.ok()) return all.status();
  int filled = 0;
  const std::string target = TargetOf(rules, r);
  for (const ConsortiumRecord& o : *all) {
    if (o.id == r.id || !HoldsSlot(o.status)) continue;
    ++filled;
    if (TargetOf(rules, o) == target) {
      return Status::Conflict("consortium " + std::to_string(o.id) + " (" + o.name +
                                  ") already holds " + r.type + " target " + target,
                              "status");
    }
  }
  if (filled >= type->slots) {
    return Status::Conflict("all " + std::to_string(type->slots) + " " + r.type +
                                " slots are filled by approved or active consortia",
                            "status");
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> LeadRoles(const ProgrammeRules& rules) {
  std::vector<std::string> out;
  for (const auto& [key, role] : rules.roles) {
    if (role.requires_leading) out.push_back(key);
  }
  return out;
}

Result<std::vector<Violation>> CheckTeam(const Store& store, const ProgrammeRules& rules,
                                         const Team& team, bool required) {
  std::vector<Violation> out;
  auto add = [&out](std::string code, Id id, std::string message) {
    out.push_back({std::move(code), "", id, std::move(message)});
  };
  if (team.leader_id == 0) {
    if (required) add("no_team", 0, "the consortium has no S&T service team (科技服务团) yet");
    return out;
  }
  auto leader = store.GetExpert(team.leader_id);
  if (!leader.ok()) {
    if (leader.status().code() != Code::kNotFound) return leader.status();
    add("unknown_expert", team.leader_id,
        "no expert with id " + std::to_string(team.leader_id) + " (team leader)");
  } else if (!rules.IsLeaderTitle(leader->title)) {
    add("leader_title", team.leader_id,
        "team leader " + std::to_string(leader->id) + " (" + leader->name + ") is " +
            std::string(ToString(leader->title)) + "; the rules ask for " +
            TitleList(rules.team.leader_titles));
  }
  std::set<Id> experts = {team.leader_id};
  bool leader_listed = false;
  std::set<Id> listed;
  for (Id id : team.members) {
    if (id == team.leader_id && !leader_listed) {
      leader_listed = true;  // the leader may be repeated once among the members
      continue;
    }
    if (!listed.insert(id).second || id == team.leader_id) {
      add("duplicate_expert", id, "expert " + std::to_string(id) + " is listed more than once");
      continue;
    }
    experts.insert(id);
    auto e = store.GetExpert(id);
    if (!e.ok()) {
      if (e.status().code() != Code::kNotFound) return e.status();
      add("unknown_expert", id, "no expert with id " + std::to_string(id));
    }
  }
  if (static_cast<int>(experts.size()) < rules.team.min_size) {
    add("team_too_small", 0,
        "the team has " + std::to_string(experts.size()) + " experts; the rules ask for at least " +
            std::to_string(rules.team.min_size));
  }
  return out;
}

Result<ValidationReport> ValidateRecord(const Store& store, const ProgrammeRules& rules,
                                        const ConsortiumRecord& r, bool team_required) {
  ConsortiumDraft draft;
  draft.type = r.type;
  draft.industry = r.industry;
  draft.region = r.region;
  draft.applicant_id = r.applicant_id;
  draft.members = r.members;
  auto report = ValidateConsortium(store, rules, draft);
  if (!report.ok()) return report.status();
  auto team = CheckTeam(store, rules, r.team, team_required);
  if (!team.ok()) return team.status();
  for (Violation& v : *team) report->violations.push_back(std::move(v));
  report->valid = report->violations.empty();
  return report;
}

Status CheckCapacity(const Store& store, const ProgrammeRules& rules, const ConsortiumRecord& r,
                     const Commitments& others) {
  if (r.status == ConsortiumStatus::kCancelled) return Status::Ok();
  const std::vector<std::string> lead_roles = LeadRoles(rules);
  std::set<Id> leads_here;
  for (const Member& m : r.members) {
    if (std::find(lead_roles.begin(), lead_roles.end(), m.role) != lead_roles.end()) {
      leads_here.insert(m.id);
    }
  }
  std::set<Id> seen;
  for (std::size_t i = 0; i < r.members.size(); ++i) {
    const Id id = r.members[i].id;
    if (!seen.insert(id).second) continue;
    const bool leading = leads_here.count(id) || Count(others.leads, id) > 0;
    const int limit = leading ? rules.capacity.max_consortia_per_leading_enterprise
                              : rules.capacity.max_consortia_per_organization;
    const int used = Count(others.organizations, id) + 1;
    if (used > limit) {
      return Status::Conflict("organisation " + OrgLabel(store, id) + " would be in " +
                                  std::to_string(used) + " registered consortia; the rules allow " +
                                  std::to_string(limit) +
                                  (leading ? " for a leading enterprise" : " per organisation"),
                              "members[" + std::to_string(i) + "].id");
    }
  }
  std::vector<std::pair<Id, std::string>> experts;
  if (r.team.leader_id != 0) experts.push_back({r.team.leader_id, "team.leader_id"});
  for (std::size_t i = 0; i < r.team.members.size(); ++i) {
    experts.push_back({r.team.members[i], "team.members[" + std::to_string(i) + "]"});
  }
  std::set<Id> seen_experts;
  for (const auto& [id, field] : experts) {
    if (!seen_experts.insert(id).second) continue;
    auto e = store.GetExpert(id);
    if (!e.ok()) {
      if (e.status().code() == Code::kNotFound) continue;  // reported by CheckTeam
      return e.status();
    }
    const int used = Count(others.experts, id) + 1;
    if (used > e->capacity) {
      return Status::Conflict("expert " + ExpertLabel(store, id) + " would serve on " +
                                  std::to_string(used) + " teams; their capacity is " +
                                  std::to_string(e->capacity),
                              field);
    }
  }
  return Status::Ok();
}

ConsortiumCheck RegistryCheck(const Store& store, const ProgrammeRules& rules) {
  return [&store, &rules](const ConsortiumRecord& r, const Commitments& others) -> Status {
    if (r.status == ConsortiumStatus::kCancelled)
      return Status::Ok();  // cancelling is always allowed
    auto report =
        ValidateRecord(store, rules, r, /*team_required=*/r.status != ConsortiumStatus::kProposed);
    if (!report.ok()) return report.status();
    if (!report->valid) {
      bool team_only = true;
      for (const Violation& v : report->violations) {
        team_only &= v.code == "no_team" || v.code == "unknown_expert" ||
                     v.code == "duplicate_expert" || v.code == "leader_title" ||
                     v.code == "team_too_small";
      }
      return Status::Infeasible(
          "the consortium does not meet the rules: " + Join(report->violations),
          team_only ? "team" : "members");
    }
    Status st = CheckCapacity(store, rules, r, others);
    if (!st.ok()) return st;
    return CheckSlots(store, rules, r);
  };
}

Result<ConsortiumRecord> RegisterConsortium(Store& store, const ProgrammeRules& rules,
                                            const ConsortiumRecord& record,
                                            const std::string& user) {
  return store.CreateConsortium(record, user, RegistryCheck(store, rules), LeadRoles(rules));
}

Result<ConsortiumRecord> ReviseConsortium(Store& store, const ProgrammeRules& rules,
                                          const ConsortiumRecord& record, const std::string& user) {
  return store.UpdateConsortium(record, user, RegistryCheck(store, rules), LeadRoles(rules));
}

}  // namespace consortia
