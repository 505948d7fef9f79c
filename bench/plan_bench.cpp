// bench/plan_bench.cpp — time to a proven optimal plan on generated instances.
//
// Instances: N candidate consortia (default 300) over the 20 regions of the
// taxonomy and the rules' industries (about a third regional), members drawn
// with a popularity skew from ~1500 organisations (leading enterprises 80,
// related enterprises 600, municipal societies 150, national societies and
// committees 120, parks 30, universities/institutes 500), service teams of 15
// drawn from ~20k experts (leaders from ~400 academicians/renowned experts),
// expert capacities 1–3, scores in [0.4, 0.95]. Balance: the default zone bonus.
//
// Usage: plan_bench [--instances 20] [--candidates 300] [--time-limit-ms 5000]
//                   [--seed 1] [--out plan_bench]   (writes <out>.json and <out>.md)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/taxonomy.h"
#include "matcher/planner.h"
#include "matcher/rules.h"

namespace consortia {
namespace {

struct Pool {
  Id first;
  int size;
  double skew;  // Zipf exponent of popularity
};

class Gen {
 public:
  explicit Gen(unsigned seed) : rng_(seed) {}
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double Real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
  // Zipf-like draw: index floor(size * u^(1+skew)) favours low indices.
  Id Draw(const Pool& p) {
    const double u = Real(0.0, 1.0);
    const int k = std::min(p.size - 1, static_cast<int>(p.size * std::pow(u, 1.0 + p.skew)));
    return p.first + k;
  }
  std::mt19937& rng() { return rng_; }

 private:
  std::mt19937 rng_;
};

PlanRequest Generate(const ProgrammeRules& rules, int n, unsigned seed) {
  Gen g(seed);
  const Pool leading{1, 80, 0.5}, related{100, 600, 0.8}, municipal{1000, 150, 1.0},
      national{1200, 120, 0.8}, parks{1400, 30, 0.3}, universities{1500, 500, 1.0};
  const Pool leaders{100000, 400, 0.5}, experts{100400, 19600, 1.5};
  std::vector<std::string> zones, park_codes, regions;
  for (const Region& r : Regions()) {
    regions.push_back(r.code);
    (r.kind == RegionKind::kZone ? zones : park_codes).push_back(r.code);
  }
  PlanRequest req;
  for (int i = 0; i < n; ++i) {
    PlanCandidate c;
    c.id = "p" + std::to_string(i);
    const bool regional = g.Uniform(0, 2) == 0;
    c.type = regional ? "regional" : "industrial";
    c.target = regional
                   ? regions[g.Uniform(0, static_cast<int>(regions.size()) - 1)]
                   : rules.industries[g.Uniform(0, static_cast<int>(rules.industries.size()) - 1)];
    std::set<Id> used;
    auto add = [&](const Pool& pool, const char* role, int count) {
      for (int k = 0, tries = 0; k < count && tries < 50; ++tries) {
        const Id id = g.Draw(pool);
        if (used.insert(id).second) {
          c.members.push_back({id, role});
          ++k;
        }
      }
    };
    add(leading, "leading_enterprise", 1);
    if (!regional) add(related, "related_enterprise", g.Uniform(2, 4));
    add(municipal, "municipal_society", g.Uniform(3, 4));
    add(national, "national_society", g.Uniform(1, 2));
    if (regional) add(parks, "park", 1);
    add(universities, "university_or_institute", g.Uniform(2, 3));
    c.applicant_id = c.members[c.members.size() > 3 ? 3 : 0].id;
    c.team.leader_id = g.Draw(leaders);
    std::set<Id> team;
    while (team.size() < 14) team.insert(g.Draw(experts));
    c.team.members.assign(team.begin(), team.end());
    c.score = std::round(g.Real(0.4, 0.95) * 1000) / 1000;
    c.valid = g.Uniform(0, 19) != 0;
    const int where = g.Uniform(0, 2);
    if (where == 0) c.lead_zone = zones[g.Uniform(0, static_cast<int>(zones.size()) - 1)];
    if (where == 1) c.lead_park = park_codes[g.Uniform(0, static_cast<int>(park_codes.size()) - 1)];
    req.candidates.push_back(std::move(c));
  }
  for (Id e = leaders.first; e < experts.first + experts.size; ++e) {
    const int r = g.Uniform(0, 9);
    if (r >= 6) req.expert_capacity[e] = r >= 9 ? 3 : 2;
  }
  return req;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t k =
      std::min(v.size() - 1, static_cast<size_t>(std::ceil(p * v.size())) - (p > 0 ? 1 : 0));
  return v[k];
}

int Main(int argc, char** argv) {
  int instances = 20, candidates = 300, time_limit_ms = 5000;
  unsigned seed = 1;
  std::string out = "plan_bench";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--instances")
      instances = std::atoi(argv[i + 1]);
    else if (a == "--candidates")
      candidates = std::atoi(argv[i + 1]);
    else if (a == "--time-limit-ms")
      time_limit_ms = std::atoi(argv[i + 1]);
    else if (a == "--seed")
      seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
    else if (a == "--out")
      out = argv[i + 1];
    else {
      std::fprintf(stderr, "unknown option %s\n", a.c_str());
      return 2;
    }
  }
  Result<ProgrammeRules> rules =
      LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
  if (!rules.ok()) {
    std::fprintf(stderr, "%s\n", rules.status().ToString().c_str());
    return 1;
  }
  nlohmann::json runs = nlohmann::json::array();
  std::vector<double> seconds, nodes;
  int proven = 0;
  double worst_gap = 0;
  for (int i = 0; i < instances; ++i) {
    PlanRequest req = Generate(*rules, candidates, seed + i);
    req.options.time_limit_ms = time_limit_ms;
    const auto t0 = std::chrono::steady_clock::now();
    Result<PlanResult> plan = Plan(req, *rules);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!plan.ok()) {
      std::fprintf(stderr, "instance %d: %s\n", i, plan.status().ToString().c_str());
      return 1;
    }
    seconds.push_back(wall);
    nodes.push_back(static_cast<double>(plan->nodes));
    proven += plan->proven;
    worst_gap = std::max(worst_gap, plan->gap);
    runs.push_back({{"seed", seed + i},
                    {"seconds", wall},
                    {"search_seconds", plan->seconds},
                    {"nodes", plan->nodes},
                    {"proven", plan->proven},
                    {"gap", plan->gap},
                    {"objective", plan->objective},
                    {"upper_bound", plan->upper_bound},
                    {"chosen", plan->consortia.size()},
                    {"invalid", plan->invalid.size()}});
    std::printf("instance %2d: %.4f s, %lld nodes, %s, objective %.4f, %zu chosen\n", i, wall,
                plan->nodes, plan->proven ? "proven" : "gap", plan->objective,
                plan->consortia.size());
  }
  const double p50 = Percentile(seconds, 0.5), smax = Percentile(seconds, 1.0);
  const double n50 = Percentile(nodes, 0.5), nmax = Percentile(nodes, 1.0);
  nlohmann::json summary = {{"instances", instances},
                            {"candidates", candidates},
                            {"time_limit_ms", time_limit_ms},
                            {"proven", proven},
                            {"seconds_p50", p50},
                            {"seconds_max", smax},
                            {"nodes_p50", n50},
                            {"nodes_max", nmax},
                            {"worst_gap", worst_gap},
                            {"runs", runs}};
  std::ofstream(out + ".json") << summary.dump(2) << "\n";
  std::ofstream md(out + ".md");
  md << "# plan_bench\n\n"
     << instances << " generated instances of " << candidates
     << " candidate consortia (20 regions, " << rules->industries.size()
     << " industries, ~1500 organisations, ~20k experts), time limit " << time_limit_ms
     << " ms.\n\n"
     << "| metric | p50 | max |\n|---|---|---|\n"
     << "| time to proof (s) | " << p50 << " | " << smax << " |\n"
     << "| nodes | " << n50 << " | " << nmax << " |\n\n"
     << "Proven optimal: " << proven << " / " << instances << "; worst gap " << worst_gap << ".\n";
  std::printf("p50 %.4f s, max %.4f s; nodes p50 %.0f, max %.0f; proven %d/%d\n", p50, smax, n50,
              nmax, proven, instances);
  return 0;
}

}  // namespace
}  // namespace consortia

int main(int argc, char** argv) { return consortia::Main(argc, argv); }
