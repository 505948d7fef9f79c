// Consortium suggestions: latency end to end (library call, JSON excluded) and
// optimality of the heuristic proposals against the exact branch and bound on
// the same scored pool (rebuilt from the "explain" output, as an outside
// checker would).
//
//   consortium_bench [--orgs N] [--instances N] [--k N] [--seed S]
// Defaults: 100,000 organisations (demo generator, no experts), 100 instances.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "compose.h"
#include "compose_exact.h"
#include "data/data.h"
#include "demo/demo.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/rules.h"

using namespace consortia;

namespace {

double Ms(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

// The composition problem as the explanation describes it.
CompositionProblem FromExplanation(const PoolExplanation& e, std::map<Id, int>* index_of) {
  CompositionProblem p;
  for (const auto& [role, size] : e.slots) p.slots.push_back({role, size});
  for (size_t i = 0; i < e.members.size(); ++i) {
    const ScoredCandidate& c = e.members[i];
    p.members.push_back({c.role, c.score, c.applicant_eligible, c.pinned});
    (*index_of)[c.id] = static_cast<int>(i);
  }
  const size_t n = p.members.size();
  p.pair.assign(n * n, 0.0);
  for (const auto& pr : e.pairs) {
    const int a = index_of->at(pr.a), b = index_of->at(pr.b);
    p.pair[a * n + b] = p.pair[b * n + a] = pr.weight;
  }
  p.min_difference = e.min_difference;
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  int orgs = 100000, instances = 100, k = 3;
  std::uint64_t seed = 42;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--orgs")) orgs = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--instances")) instances = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--k")) k = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
  }
  auto rules = LoadRules(CONSORTIA_SOURCE_DIR "/rules/bast-2022.json");
  if (!rules.ok()) return std::fprintf(stderr, "%s\n", rules.status().ToString().c_str()), 1;

  auto t0 = std::chrono::steady_clock::now();
  DemoOptions demo;
  demo.organizations = orgs;
  demo.experts = 0;
  Dataset data = GenerateDemo(demo);
  auto store = Store::Open(":memory:");
  if (!store.ok()) return 1;
  auto report = (*store)->Import(data);
  if (!report.ok() || !report->ok()) return std::fprintf(stderr, "import failed\n"), 1;
  CatalogOptions options;
  options.index_path = ":memory:";
  auto catalog = Catalog::Open(store->get(), ":memory:", options);
  if (!catalog.ok()) return std::fprintf(stderr, "%s\n", catalog.status().ToString().c_str()), 1;
  auto t1 = std::chrono::steady_clock::now();
  std::printf("setup: %d organisations imported and indexed in %.1f s\n", orgs, Ms(t0, t1) / 1000);

  std::vector<const Organization*> leads;
  for (const Organization& o : data.organizations) {
    if (o.kind == OrgKind::kEnterprise && o.leading && !o.industries.empty()) leads.push_back(&o);
  }
  std::map<std::string, Id> ids;
  (*store)->ForEachOrganization([&](const Organization& o) { ids[o.key] = o.id; });
  std::mt19937_64 rng(seed);
  std::vector<double> latency, heuristic_ms, exact_ms, ratios, first_ratios;
  int infeasible = 0, incomplete = 0;
  for (int t = 0; t < instances && !leads.empty(); ++t) {
    const Organization& lead = *leads[rng() % leads.size()];
    ConsortiumRequest req;
    const bool regional = t % 4 == 3;
    req.type = regional ? "regional" : "industrial";
    req.lead_id = ids[lead.key];
    req.industry = lead.industries[0].code;
    if (regional)
      req.region = !lead.zone.empty() ? lead.zone : !lead.park.empty() ? lead.park : "zgc_haidian";
    for (size_t i = 0; i < lead.keywords.size() && i < 3; ++i)
      req.problem += lead.keywords[i] + " ";
    req.k = k;
    req.explain = true;
    auto a = std::chrono::steady_clock::now();
    auto out = SuggestConsortium(**catalog, *rules, req);
    auto b = std::chrono::steady_clock::now();
    if (!out.ok()) {
      ++infeasible;
      continue;
    }
    latency.push_back(Ms(a, b));
    std::map<Id, int> index_of;
    CompositionProblem problem = FromExplanation(*out->explanation, &index_of);
    {
      auto h0 = std::chrono::steady_clock::now();
      ComposeHeuristic(problem, k);
      heuristic_ms.push_back(Ms(h0, std::chrono::steady_clock::now()));
    }
    std::vector<std::vector<int>> earlier;
    for (size_t r = 0; r < out->proposals.size(); ++r) {
      auto c = std::chrono::steady_clock::now();
      ExactResult exact = ComposeExact(problem, earlier, 50'000'000);
      exact_ms.push_back(Ms(c, std::chrono::steady_clock::now()));
      if (!exact.complete) ++incomplete;
      const double ratio =
          exact.best.objective > 0 ? out->proposals[r].score / exact.best.objective : 1.0;
      ratios.push_back(ratio);
      if (r == 0) first_ratios.push_back(ratio);
      std::vector<int> chosen;
      for (const auto& m : out->proposals[r].members) chosen.push_back(index_of.at(m.id));
      std::sort(chosen.begin(), chosen.end());
      earlier.push_back(chosen);
    }
  }
  std::printf("instances: %zu answered, %d infeasible, %d exact runs hit the node bound\n",
              latency.size(), infeasible, incomplete);
  std::printf("latency per request (ms): p50 %.2f  p90 %.2f  max %.2f\n", Percentile(latency, 0.5),
              Percentile(latency, 0.9), Percentile(latency, 1.0));
  std::printf("heuristic composition of k proposals (ms): p50 %.2f  p90 %.2f  max %.2f\n",
              Percentile(heuristic_ms, 0.5), Percentile(heuristic_ms, 0.9),
              Percentile(heuristic_ms, 1.0));
  std::printf("exact oracle per proposal (ms): p50 %.2f  p90 %.2f  max %.2f\n",
              Percentile(exact_ms, 0.5), Percentile(exact_ms, 0.9), Percentile(exact_ms, 1.0));
  std::printf("ratio best proposal / optimum: median %.4f  worst %.4f\n",
              Percentile(first_ratios, 0.5), Percentile(first_ratios, 0.0));
  std::printf("ratio every proposal / optimum given earlier ones: median %.4f  worst %.4f\n",
              Percentile(ratios, 0.5), Percentile(ratios, 0.0));
  return 0;
}
