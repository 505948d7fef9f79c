// ConsortiumApplication: a registered consortium's application draft, every id
// resolved to a name (matcher/programme.h).
#include "matcher/programme.h"

namespace consortia {
namespace {

std::string OrgName(const Store& store, Id id) {
  if (id == 0) return "";
  auto org = store.GetOrganization(id);
  return org.ok() ? org->name : "";
}

}  // namespace

std::string TargetOf(const ProgrammeRules& rules, const ConsortiumRecord& r) {
  const ConsortiumTypeRule* type = rules.FindType(r.type);
  return type != nullptr ? type->TargetOf(r.region, r.industry) : r.industry;
}

Result<ApplicationDraft> ConsortiumApplication(const Store& store, const ProgrammeRules& rules,
                                               Id id) {
  auto r = store.GetConsortium(id);
  if (!r.ok()) return r.status();
  auto name_or_id = [](const std::string& name, Id id) {
    return name.empty() ? "#" + std::to_string(id) : name;
  };
  ApplicationDraftInput in;
  in.name = r->name;
  in.type = r->type;
  in.target = TargetOf(rules, *r);
  for (const Member& m : r->members)
    in.members.push_back({m, name_or_id(OrgName(store, m.id), m.id)});
  in.applicant =
      r->applicant_id ? name_or_id(OrgName(store, r->applicant_id), r->applicant_id) : "";
  in.technical_direction = r->technical_direction;
  in.key_problems = r->problem;
  in.project = r->project;
  auto draft_expert = [&](Id eid) {
    DraftExpert d;
    auto e = store.GetExpert(eid);
    if (!e.ok()) {
      d.name = "#" + std::to_string(eid);
      return d;
    }
    d.name = e->name;
    d.title = e->title;
    d.academy = e->academy;
    d.affiliation = OrgName(store, e->affiliation_id);
    return d;
  };
  if (r->team.leader_id != 0) in.team_leader = draft_expert(r->team.leader_id);
  for (Id e : r->team.members) {
    if (e != r->team.leader_id) in.team_members.push_back(draft_expert(e));
  }
  in.date = r->updated_at.substr(0, 10);
  return RenderApplicationDraft(in, rules);
}

}  // namespace consortia
