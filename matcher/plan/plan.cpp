// Plan() (matcher/planner.h): its phases in order; each is a named function
// of phases.h.
#include "matcher/planner.h"

#include "core/taxonomy.h"
#include "phases.h"

namespace consortia {
namespace planner_detail {

int PlanContext::TypeIndex(const std::string& key) const {
  for (size_t t = 0; t < rules.types.size(); ++t) {
    if (rules.types[t].key == key) return static_cast<int>(t);
  }
  return -1;
}

std::string PlanContext::ZoneOf(const PlanCandidate& c) const {
  const ConsortiumTypeRule* type = rules.FindType(c.type);
  if (type->regional() && FindZone(c.target) != nullptr) return c.target;
  return c.lead_zone;
}

std::string PlanContext::Label(const PlanCandidate& c) const {
  return c.name.empty() ? c.id : c.name + "（" + c.id + "）";
}

std::string PlanContext::TargetName(const std::string& target) const {
  if (const Region* r = FindRegion(target)) return r->name;
  if (const Term* t = FindIndustry(target)) return t->name;
  return target;
}

std::string PlanContext::TypeName(const std::string& type) const {
  const ConsortiumTypeRule* t = rules.FindType(type);
  return t != nullptr ? t->name : type;
}

}  // namespace planner_detail

Result<PlanResult> Plan(const PlanRequest& req, const ProgrammeRules& rules) {
  using namespace planner_detail;  // the phases (phases.h)
  if (Status s = CheckRequest(req, rules); !s.ok()) return s;
  const PlanContext ctx{req, rules};
  PlanResult result;
  Ledger ledger(req, rules);

  Result<FixedConsortia> fixed = KeepFixed(ctx, &ledger, &result.warnings);
  if (!fixed.ok()) return fixed.status();
  const std::vector<const PlanCandidate*> open =
      OpenCandidates(ctx, *fixed, ledger, &result.invalid);
  const Problem problem = BuildProblem(ctx, *fixed, open, ledger);

  Limits limits;
  limits.time_limit_seconds = req.options.time_limit_ms / 1000.0;
  limits.node_limit = req.options.node_limit;
  const Solution solution = Solve(problem, limits);

  const std::vector<const PlanCandidate*> chosen =
      RecordPlan(ctx, *fixed, open, solution, &ledger, &result);
  ReportSlots(ctx, *fixed, &result);
  ReportCoverage(ctx, &result);
  ReportNearCapacity(ctx, ledger, &result);
  ReportUncovered(ctx, *fixed, chosen, ledger, solution.proven, &result);
  ReportRunnerUps(ctx, &result);
  return result;
}

}  // namespace consortia
