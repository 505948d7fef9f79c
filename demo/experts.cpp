// The expert stage of GenerateDemo: titles in the planned proportions,
// affiliations weighted by institution size, industries and NSFC fields
// consistent with the affiliation, text from the sector vocabularies.
#include <algorithm>
#include <cstdio>

#include "core/taxonomy.h"
#include "demo/demo.h"
#include "generator.h"
#include "names.h"
#include "text.h"
#include "vocabulary.h"

namespace consortia::detail {
namespace {

// Affiliation pools per title: academicians mostly at universities/institutes.
const std::vector<Pool>& AffiliationPools() {
  static const std::vector<Pool> kPools = {Pool::kAcademic, Pool::kLeading, Pool::kRelated,
                                           Pool::kSociety};
  return kPools;
}
const std::vector<double>& AffiliationWeights(Title title) {
  static const std::vector<double> kAcademician = {0.82, 0.15, 0.0, 0.03};
  static const std::vector<double> kRenowned = {0.55, 0.2, 0.1, 0.15};
  static const std::vector<double> kSenior = {0.4, 0.2, 0.25, 0.15};
  static const std::vector<double> kOther = {0.35, 0.2, 0.35, 0.1};
  switch (title) {
    case Title::kAcademician:
      return kAcademician;
    case Title::kRenowned:
      return kRenowned;
    case Title::kSenior:
      return kSenior;
    default:
      return kOther;
  }
}

void AddField(std::vector<std::string>* fields, std::string_view code) {
  if (std::find(fields->begin(), fields->end(), code) == fields->end()) fields->emplace_back(code);
}

}  // namespace

void GenerateExperts(DemoRng rng, const DemoPlan& plan, const std::vector<Organization>& orgs,
                     const OrgIndex& index, const ProgressFn& progress,
                     std::vector<Expert>* experts) {
  // Titles in exact planned numbers, shuffled (Fisher-Yates with our PRNG).
  std::vector<Title> titles;
  titles.reserve(plan.experts);
  const int fixed = plan.academicians + plan.renowned + plan.senior;
  for (int i = 0; i < plan.experts; ++i) {
    titles.push_back(i < plan.academicians                   ? Title::kAcademician
                     : i < plan.academicians + plan.renowned ? Title::kRenowned
                     : i < fixed                             ? Title::kSenior
                                                             : Title::kOther);
  }
  for (int i = plan.experts - 1; i > 0; --i) std::swap(titles[i], titles[rng.Below(i + 1)]);

  DemoProgress report(progress, "experts", plan.experts);
  experts->reserve(plan.experts);
  std::vector<std::string> subfields;
  for (int i = 0; i < plan.experts; ++i) {
    Expert& e = experts->emplace_back();
    char key[24];
    std::snprintf(key, sizeof key, "exp-%07d", i + 1);
    e.key = key;
    e.title = titles[i];
    PersonName name = RandomPersonName(rng);
    e.name = std::move(name.zh);

    int aff = -1;
    for (int tries = 0; aff < 0 && tries < 8; ++tries) {
      const Pool pool = AffiliationPools()[rng.Weighted(AffiliationWeights(e.title))];
      aff = index.PickWeighted(rng, pool);
    }
    if (aff < 0) aff = static_cast<int>(rng.Below(orgs.size()));  // tiny data sets
    const Organization& org = orgs[aff];
    e.affiliation_key = org.key;
    if (e.title == Title::kAcademician) {
      const bool academic = PoolOf(org) == Pool::kAcademic;
      e.academy = rng.Chance(academic ? 0.55 : 0.25) ? "CAS" : "CAE";
    }

    // Industries: one of the affiliation's (by weight), maybe a second one.
    std::vector<double> w;
    for (const Weighted& x : org.industries) w.push_back(x.weight);
    std::string_view primary = org.industries[rng.Weighted(w)].code;
    e.industries.push_back({std::string(primary), 1.0});
    if (rng.Chance(0.35)) {
      std::string_view second = org.industries.size() > 1 && rng.Chance(0.6)
                                    ? std::string_view(rng.Pick(org.industries).code)
                                    : rng.Pick(FindProfile(primary)->related);
      if (second != primary) {
        e.industries.push_back({std::string(second), RoundWeight(0.3 + 0.4 * rng.Real())});
      }
    }

    // NSFC fields: 1-2 of the primary industry's, maybe one of the second's.
    const auto& pf = FindProfile(primary)->fields;
    AddField(&e.fields, rng.Pick(pf));
    if (rng.Chance(0.4)) AddField(&e.fields, rng.Pick(pf));
    if (e.industries.size() > 1 && rng.Chance(0.5)) {
      AddField(&e.fields, rng.Pick(FindProfile(e.industries[1].code)->fields));
    }

    // Research directions: the affiliation's sub-fields in the expert's industries.
    subfields.clear();
    for (const std::string& s : org.subfields) {
      std::string_view ind = std::string_view(s).substr(0, s.find('.'));
      if (ind == primary && subfields.size() < 2) subfields.push_back(s);
    }
    if (subfields.size() > 1 && rng.Chance(0.5)) std::swap(subfields[0], subfields[1]);
    if (subfields.size() == 1 && rng.Chance(0.5)) {
      subfields.emplace_back(SubfieldVocabularies()[rng.Pick(SubfieldsOf(primary))].subfield);
    }
    ComposedText text =
        ComposeText(rng, TextKind::kExpert, e.industries, subfields, rng.Chance(kBilingualShare));
    e.description = std::move(text.description);
    e.keywords = std::move(text.keywords);

    e.capacity = rng.Chance(0.85) ? 1 : rng.Int(2, 3);
    if (rng.Chance(0.4)) e.email = name.pinyin + std::to_string(rng.Int(1, 999)) + "@example.cn";
    if (rng.Chance(0.3)) {
      char phone[16];
      std::snprintf(phone, sizeof phone, "010-%08d", rng.Int(50000000, 89999999));
      e.phone = phone;
    }
    report.Update(i + 1);
  }
  report.Update(plan.experts);
}

}  // namespace consortia::detail
