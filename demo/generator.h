// demo/generator.h — internal stages of GenerateDemo (data/data.h):
// organisations, then experts, then ties, each from its own PRNG stream and in a
// fixed order. OrgIndex groups organisations into pools by role and industry
// for the later stages.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "demo/demo.h"
#include "random.h"

namespace consortia::detail {

inline constexpr int kIndustryCount = 12;

// Counts derived from DemoOptions; everything but the 16 parks and 16 district
// CASTs scales with options.organizations / 1500 and options.experts / 20000.
struct DemoPlan {
  int organizations = 0;  // target total
  int academic = 0;       // universities + research institutes
  int university_casts = 0;
  int national = 0;  // national societies (each gets 1-3 committees)
  int municipal = 0;
  int park_casts = 0;
  int leading = 0;
  int enterprise_casts = 0;
  int experts = 0;
  int academicians = 0;
  int renowned = 0;
  int senior = 0;
};
DemoPlan MakeDemoPlan(const DemoOptions& options);

// Reports a stage's progress to a ProgressFn about every 5% and at the end.
class DemoProgress {
 public:
  DemoProgress(const ProgressFn& fn, std::string_view stage, std::int64_t total)
      : fn_(fn), stage_(stage), total_(total), step_(total / 20 > 0 ? total / 20 : 1) {}
  void Update(std::int64_t done) {
    if (!fn_ || finished_ || (done < next_ && done < total_)) return;
    fn_(stage_, done, total_);
    finished_ = done >= total_;
    next_ = done + step_;
  }

 private:
  const ProgressFn& fn_;
  std::string_view stage_;
  std::int64_t total_;
  std::int64_t step_;
  std::int64_t next_ = 0;
  bool finished_ = false;
};

int IndustryIndex(std::string_view code);  // position in Industries(), -1 if unknown

enum class Pool { kLeading, kRelated, kAcademic, kSociety, kPark, kCast };
inline constexpr int kPoolCount = 6;

class OrgIndex {
 public:
  explicit OrgIndex(const std::vector<Organization>& orgs);
  // A random member of `pool` active in industry `industry` (any member if
  // none is); -1 if the pool is empty.
  int Pick(DemoRng& rng, Pool pool, int industry) const;
  // A member of `pool` drawn with the pool's size weights (big universities
  // and leading enterprises employ more experts); -1 if empty.
  int PickWeighted(DemoRng& rng, Pool pool) const;
  int ParkOf(std::string_view park_code) const;  // index of the park record, -1 if none
  const std::vector<int>& Members(Pool pool) const { return all_[static_cast<int>(pool)]; }

 private:
  std::array<std::vector<int>, kPoolCount> all_;
  std::array<std::vector<double>, kPoolCount> cumulative_;
  std::array<std::array<std::vector<int>, kIndustryCount>, kPoolCount> by_industry_;
  std::vector<std::pair<std::string_view, int>> parks_;
};

void GenerateOrganizations(DemoRng rng, const DemoPlan& plan, const ProgressFn& progress,
                           std::vector<Organization>* orgs);
void GenerateExperts(DemoRng rng, const DemoPlan& plan, const std::vector<Organization>& orgs,
                     const OrgIndex& index, const ProgressFn& progress,
                     std::vector<Expert>* experts);
void GenerateTies(DemoRng rng, const std::vector<Organization>& orgs,
                  const std::vector<Expert>& experts, const OrgIndex& index,
                  const ProgressFn& progress, std::vector<Tie>* ties);

// Helpers shared by the stages.
double RoundWeight(double w);  // to 2 decimals, within (0, 1]
Pool PoolOf(const Organization& org);

}  // namespace consortia::detail
