// Deterministic random team-selection instances for tests and benchmarks.
#include <algorithm>
#include <random>

#include "instances.h"

namespace consortia {

TeamProblem GenerateTeamProblem(const TeamInstanceOptions& o) {
  static const char* kCodes[] = {"F01",   "F02",   "F03",   "F04", "F0401",
                                 "F0402", "F0406", "F0407", "F05", "F06"};
  constexpr int kCodeCount = sizeof kCodes / sizeof kCodes[0];
  std::mt19937_64 rng(o.seed);
  auto uniform = [&](double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
  };
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
  TeamProblem p;
  p.size = o.size;
  p.max_per_affiliation = o.max_per_affiliation;
  p.leader_titles = {Title::kAcademician, Title::kRenowned};
  std::vector<int> order(kCodeCount);
  for (int i = 0; i < kCodeCount; ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  for (int f = 0; f < o.fields && f < kCodeCount; ++f) {
    p.fields.push_back({kCodes[order[f]], static_cast<double>(1 + pick(3))});
  }
  // Skewed affiliations: affiliation a gets weight 1/(a+1).
  std::vector<double> aff_weight;
  for (int a = 0; a < o.affiliations; ++a) aff_weight.push_back(1.0 / (a + 1));
  std::discrete_distribution<int> aff(aff_weight.begin(), aff_weight.end());
  for (int i = 0; i < o.pool; ++i) {
    TeamCandidate c;
    c.id = 1000 + i;
    c.name = "expert " + std::to_string(i);
    double t = uniform(0, 1);
    c.title = t < o.leader_share * 0.4   ? Title::kAcademician
              : t < o.leader_share       ? Title::kRenowned
              : t < o.leader_share + 0.4 ? Title::kSenior
                                         : Title::kOther;
    int a = aff(rng);
    c.affiliation_id = 100 + a;
    c.member_affiliated = a % 4 == 1;
    int nfields = 1 + pick(3);
    for (int k = 0; k < nfields; ++k) {
      std::string code = kCodes[pick(kCodeCount)];
      if (std::find(c.fields.begin(), c.fields.end(), code) == c.fields.end()) {
        c.fields.push_back(code);
      }
    }
    c.relevance = uniform(0.1, 0.9);
    p.pool.push_back(std::move(c));
  }
  return p;
}

}  // namespace consortia
