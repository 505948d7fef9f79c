// The registry's rules: team check, capacity, slots, status transitions, the
// team's fit, and the write operations.
#include <algorithm>
#include <optional>
#include <set>

#include "core/taxonomy.h"
#include "index/index.h"
#include "matcher/programme.h"

namespace consortia {
namespace {

std::string Join(const std::vector<Violation>& violations) {
  std::string out;
  for (const Violation& v : violations) out += (out.empty() ? "" : "；") + v.message;
  return out;
}

std::string OrgLabel(const Store& store, Id id) {
  auto org = store.GetOrganization(id);
  return (org.ok() ? org->name : "单位") + "（id " + std::to_string(id) + "）";
}

std::string ExpertLabel(const Expert& e) { return e.name + "（id " + std::to_string(e.id) + "）"; }

std::string TitleList(const std::vector<Title>& titles) {
  std::string out;
  for (Title t : titles) out += (out.empty() ? "" : "或") + TitleLabel(t, "");
  return out;
}

// 候选, 已申报, 已批准, 运行中, 已撤销 (the web client's words).
std::string StatusName(ConsortiumStatus status) {
  switch (status) {
    case ConsortiumStatus::kProposed:
      return "候选（proposed）";
    case ConsortiumStatus::kApplied:
      return "已申报（applied）";
    case ConsortiumStatus::kApproved:
      return "已批准（approved）";
    case ConsortiumStatus::kActive:
      return "运行中（active）";
    case ConsortiumStatus::kCancelled:
      return "已撤销（cancelled）";
  }
  return std::string(ToString(status));
}

std::string TargetName(const ProgrammeRules& rules, const ConsortiumRecord& r) {
  const std::string code = TargetOf(rules, r);
  if (const Region* region = FindRegion(code)) return region->name;
  if (const Term* industry = FindIndustry(code)) return industry->name;
  return code;
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
      return Status::Conflict("联合体 " + o.name + "（id " + std::to_string(o.id) + "）已占用" +
                                  TargetName(rules, r) + "的" + type->name +
                                  "名额；同一区域或产业只能批准一个",
                              "status");
    }
  }
  if (filled >= type->slots) {
    return Status::Conflict(type->name + "的 " + std::to_string(type->slots) +
                                " 个名额已全部由已批准或运行中的联合体占用",
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
    if (required) add("no_team", 0, "联合体还没有科技服务团（申报起须有）");
    return out;
  }
  auto leader = store.GetExpert(team.leader_id);
  if (!leader.ok()) {
    if (leader.status().code() != Code::kNotFound) return leader.status();
    add("unknown_expert", team.leader_id,
        "团长：没有 id 为 " + std::to_string(team.leader_id) + " 的专家");
  } else if (!rules.IsLeaderTitle(leader->title)) {
    add("leader_title", team.leader_id,
        "团长" + ExpertLabel(*leader) + "是" + TitleLabel(leader->title, leader->academy) +
            "，科技服务团须由" + TitleList(rules.team.leader_titles) + "牵头");
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
      add("duplicate_expert", id, "专家 id " + std::to_string(id) + " 重复列出");
      continue;
    }
    experts.insert(id);
    auto e = store.GetExpert(id);
    if (!e.ok()) {
      if (e.status().code() != Code::kNotFound) return e.status();
      add("unknown_expert", id, "没有 id 为 " + std::to_string(id) + " 的专家");
    }
  }
  if (static_cast<int>(experts.size()) < rules.team.min_size) {
    add("team_too_small", 0,
        "科技服务团现有 " + std::to_string(experts.size()) + " 名专家，至少需要 " +
            std::to_string(rules.team.min_size) + " 名");
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
  auto fit = TeamFitWarnings(store, rules, r);
  if (!fit.ok()) return fit.status();
  for (FitWarning& w : *fit) report->warnings.push_back(std::move(w));
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
      return Status::Conflict(
          OrgLabel(store, id) + "将参加 " + std::to_string(used) + " 个已登记的联合体；规则允许" +
              (leading ? "龙头企业最多 " : "每个单位最多 ") + std::to_string(limit) + " 个",
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
      return Status::Conflict("专家" + ExpertLabel(*e) + "将服务 " + std::to_string(used) +
                                  " 个科技服务团，其容量为 " + std::to_string(e->capacity) + " 个",
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
      return Status::Infeasible("联合体不符合规则：" + Join(report->violations),
                                team_only ? "team" : "members");
    }
    Status st = CheckCapacity(store, rules, r, others);
    if (!st.ok()) return st;
    return CheckSlots(store, rules, r);
  };
}

Status CheckStatusChange(const ConsortiumRecord* current, ConsortiumStatus next) {
  const std::string steps =
      "状态须逐级变更：候选（proposed）→ 已申报（applied）→ 已批准（approved）"
      "→ 运行中（active），任何时候都可撤销（cancelled）";
  if (current == nullptr) {
    if (next == ConsortiumStatus::kProposed) return Status::Ok();
    return Status::Conflict("新登记的联合体从候选（proposed）开始，不能直接登记为" +
                                StatusName(next) + "；" + steps + "（PATCH /v1/consortia/{id}）",
                            "status");
  }
  if (current->status == ConsortiumStatus::kCancelled) {
    return Status::Conflict("联合体 " + current->name + "（id " + std::to_string(current->id) +
                                "）已撤销，撤销是最终状态",
                            "status");
  }
  if (ValidStatusTransition(current->status, next)) return Status::Ok();
  return Status::Conflict("联合体 " + current->name + "（id " + std::to_string(current->id) +
                              "）的状态不能从" + StatusName(current->status) + "变为" +
                              StatusName(next) + "；" + steps,
                          "status");
}

Result<std::vector<FitWarning>> TeamFitWarnings(const Store& store, const ProgrammeRules& rules,
                                                const ConsortiumRecord& r) {
  std::vector<FitWarning> out;
  const ConsortiumTypeRule* type = rules.FindType(r.type);
  if (type == nullptr || r.team.leader_id == 0) return out;
  auto leader = store.GetExpert(r.team.leader_id);
  if (!leader.ok()) {
    if (leader.status().code() == Code::kNotFound) return out;  // a violation already
    return leader.status();
  }
  std::optional<Organization> lead;
  for (const Member& m : r.members) {
    const RoleRule* role = rules.FindRole(m.role);
    if (role == nullptr || !role->requires_leading) continue;
    auto org = store.GetOrganization(m.id);
    if (org.ok()) lead = std::move(*org);
    break;
  }
  const FitTarget target =
      MakeFitTarget(type->regional(), r.industry, r.region, lead ? &*lead : nullptr);
  if (target.empty()) return out;
  for (const std::string& field : leader->fields) {
    for (const std::string& sf : FieldToSubfields(field)) {
      const Term* t = FindSubfield(sf);
      if (t != nullptr && target.WeightOf(t->parent) > 0) return out;
    }
  }
  std::string fields;
  for (const std::string& f : leader->fields) {
    const Term* t = FindField(f);
    fields += (fields.empty() ? "" : "、") + f + (t ? "（" + t->name + "）" : "");
  }
  out.push_back({"team_leader_outside_fields", "", 0, leader->id, leader->name,
                 "科技服务团团长" + leader->name + "（" +
                     TitleLabel(leader->title, leader->academy) + "）的学科领域" +
                     (fields.empty() ? "未登记" : "为" + fields) + "，不对应本联合体的目标产业（" +
                     target.Names() + "）"});
  return out;
}

Result<ConsortiumRecord> RegisterConsortium(Store& store, const ProgrammeRules& rules,
                                            const ConsortiumRecord& record,
                                            const std::string& user) {
  if (Status s = CheckStatusChange(nullptr, record.status); !s.ok()) return s;
  return store.CreateConsortium(record, user, RegistryCheck(store, rules), LeadRoles(rules));
}

Result<ConsortiumRecord> ReviseConsortium(Store& store, const ProgrammeRules& rules,
                                          const ConsortiumRecord& record, const std::string& user) {
  // The store checks the transition again inside its transaction; this one
  // answers in the same words as a refused registration.
  auto current = store.GetConsortium(record.id);
  if (!current.ok()) return current.status();
  if (Status s = CheckStatusChange(&*current, record.status); !s.ok()) return s;
  return store.UpdateConsortium(record, user, RegistryCheck(store, rules), LeadRoles(rules));
}

}  // namespace consortia
