// The tie stage of GenerateDemo: leading enterprises with societies,
// universities/institutes, parks and related enterprises of related industries
// (3-12 each); some related enterprises with a leading one; experts with
// organisations (about 0.3 per expert). No self ties, no duplicate
// (from, to, kind, year).
#include <algorithm>

#include "core/taxonomy.h"
#include "demo/demo.h"
#include "generator.h"
#include "vocabulary.h"

namespace consortia::detail {
namespace {

constexpr TieKind kSocietyKinds[] = {TieKind::kStandard, TieKind::kBrand, TieKind::kInternational,
                                     TieKind::kJointProject, TieKind::kStandard};
constexpr TieKind kAcademicKinds[] = {TieKind::kJointRnd, TieKind::kTechTransfer,
                                      TieKind::kJointProject, TieKind::kInternational,
                                      TieKind::kJointRnd};
constexpr TieKind kParkKinds[] = {TieKind::kJointProject, TieKind::kBrand, TieKind::kTechTransfer};
constexpr TieKind kEnterpriseKinds[] = {TieKind::kJointRnd, TieKind::kStandard,
                                        TieKind::kJointProject, TieKind::kTechTransfer};
constexpr TieKind kExpertKinds[] = {TieKind::kJointRnd,     TieKind::kTechTransfer,
                                    TieKind::kJointProject, TieKind::kStandard,
                                    TieKind::kJointRnd,     TieKind::kInternational};

template <std::size_t N>
TieKind PickKind(DemoRng& rng, const TieKind (&kinds)[N]) {
  return kinds[rng.Below(N)];
}

TieKind KindFor(DemoRng& rng, Pool pool) {
  switch (pool) {
    case Pool::kSociety:
      return PickKind(rng, kSocietyKinds);
    case Pool::kAcademic:
      return PickKind(rng, kAcademicKinds);
    case Pool::kPark:
      return PickKind(rng, kParkKinds);
    default:
      return PickKind(rng, kEnterpriseKinds);
  }
}

// Collects the ties of one `from` record and rejects duplicates and self ties.
class TieBatch {
 public:
  TieBatch(std::vector<Tie>* out, const std::string& from_key) : out_(out), from_(from_key) {
    start_ = out->size();
  }
  bool Add(const std::string& to_key, TieKind kind, int year) {
    if (to_key == from_) return false;
    for (std::size_t i = start_; i < out_->size(); ++i) {
      const Tie& t = (*out_)[i];
      if (t.to_key == to_key && t.kind == kind && t.year == year) return false;
    }
    Tie& t = out_->emplace_back();
    t.from_key = from_;
    t.to_key = to_key;
    t.kind = kind;
    t.year = year;
    return true;
  }
  int size() const { return static_cast<int>(out_->size() - start_); }

 private:
  std::vector<Tie>* out_;
  const std::string& from_;
  std::size_t start_;
};

// Industry of a partner: mostly one of the record's own, else a related one.
int PartnerIndustry(DemoRng& rng, const std::vector<Weighted>& industries) {
  const Weighted& own = industries[rng.Below(industries.size())];
  if (rng.Chance(0.7)) return IndustryIndex(own.code);
  return IndustryIndex(rng.Pick(FindProfile(own.code)->related));
}

}  // namespace

void GenerateTies(DemoRng rng, const std::vector<Organization>& orgs,
                  const std::vector<Expert>& experts, const OrgIndex& index,
                  const ProgressFn& progress, std::vector<Tie>* ties) {
  const auto& leading = index.Members(Pool::kLeading);
  const auto& related = index.Members(Pool::kRelated);
  const std::int64_t total =
      static_cast<std::int64_t>(leading.size() + related.size() + experts.size());
  DemoProgress report(progress, "ties", total);
  std::int64_t done = 0;
  ties->reserve(leading.size() * 8 + related.size() / 3 + experts.size() * 3 / 10 + 16);

  static const std::vector<Pool> kPartnerPools = {Pool::kSociety, Pool::kAcademic, Pool::kPark,
                                                  Pool::kRelated};
  static const std::vector<double> kPartnerWeights = {0.35, 0.3, 0.1, 0.25};
  for (int l : leading) {
    const Organization& lead = orgs[l];
    TieBatch batch(ties, lead.key);
    const int want = rng.Int(3, 12);
    for (int tries = 0; batch.size() < want && tries < want * 6; ++tries) {
      const Pool pool = kPartnerPools[rng.Weighted(kPartnerWeights)];
      int partner;
      if (pool == Pool::kPark && !lead.park.empty() && rng.Chance(0.6)) {
        partner = index.ParkOf(lead.park);
      } else {
        partner = index.Pick(rng, pool, PartnerIndustry(rng, lead.industries));
      }
      if (partner < 0) continue;
      batch.Add(orgs[partner].key, KindFor(rng, pool), rng.Int(2015, 2024));
    }
    report.Update(++done);
  }

  // Supply-chain ties: some related enterprises with a leading one.
  for (int r : related) {
    const Organization& ent = orgs[r];
    if (rng.Chance(0.3)) {
      const int partner =
          index.Pick(rng, Pool::kLeading, IndustryIndex(ent.industries.front().code));
      if (partner >= 0) {
        TieBatch(ties, ent.key)
            .Add(orgs[partner].key, PickKind(rng, kEnterpriseKinds), rng.Int(2015, 2024));
      }
    }
    report.Update(++done);
  }

  // Experts with organisations other than their affiliation: 0.3 per expert.
  static const std::vector<Pool> kExpertPools = {Pool::kLeading, Pool::kAcademic, Pool::kSociety,
                                                 Pool::kRelated};
  static const std::vector<double> kExpertWeights = {0.45, 0.2, 0.25, 0.1};
  for (const Expert& e : experts) {
    const double r = rng.Real();
    const int want = r < 0.04 ? 2 : r < 0.26 ? 1 : 0;
    if (want > 0) {
      TieBatch batch(ties, e.key);
      for (int tries = 0; batch.size() < want && tries < want * 4; ++tries) {
        const Pool pool = kExpertPools[rng.Weighted(kExpertWeights)];
        const int partner = index.Pick(rng, pool, PartnerIndustry(rng, e.industries));
        if (partner < 0 || orgs[partner].key == e.affiliation_key) continue;
        batch.Add(orgs[partner].key, PickKind(rng, kExpertKinds), rng.Int(2015, 2024));
      }
    }
    report.Update(++done);
  }
  report.Update(total);
}

}  // namespace consortia::detail
