// The expert stage of GenerateDemo: titles in the planned proportions,
// affiliations weighted by institution size; each expert works on one of the
// affiliation's sub-fields (maybe a second one), has a main direction there,
// and holds the NSFC codes of that work (SubfieldFieldTable(), the main
// direction's own code first where it has one); industries follow from the
// sub-fields, text from their vocabularies.
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

// Codes of a sub-field that no term of it claims (DemoTerm::field): an expert
// may hold them beside his main code whatever his direction.
std::vector<std::string_view> GeneralCodes(std::string_view subfield) {
  const SubfieldVocabulary& v = *FindVocabulary(subfield);
  std::vector<std::string_view> general;
  for (std::string_view code : FieldsOf(subfield)) {
    bool claimed = false;
    for (const auto* list : {&v.directions, &v.chokepoints}) {
      for (const DemoTerm& t : *list) claimed = claimed || t.field == code;
    }
    if (!claimed) general.push_back(code);
  }
  return general;
}

// The expert's main direction in `subfield`: often one the affiliation is
// known for (its keywords; more often at a narrow body such as
// 北京量子信息科学研究院 or a committee), else any.
const DemoTerm& MainDirection(DemoRng& rng, std::string_view subfield, const Organization& org) {
  const SubfieldVocabulary& v = *FindVocabulary(subfield);
  std::vector<const DemoTerm*> known;
  for (const std::string& k : org.keywords) {
    for (const DemoTerm& t : v.directions) {
      if (t.zh == k) known.push_back(&t);
    }
  }
  if (!known.empty() && rng.Chance(org.subfields.size() <= 2 ? 0.85 : 0.6)) {
    return *rng.Pick(known);
  }
  return rng.Pick(v.directions);
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

    // Sub-fields: one of the affiliation's (its primary industry's more often),
    // maybe a neighbouring second one, the affiliation's own when it has one.
    std::vector<std::string> subfields;
    std::vector<double> w;
    for (const std::string& s : org.subfields) {
      double weight = 0.3;
      for (const Weighted& x : org.industries) {
        if (x.code == IndustryOfSubfield(s)) weight = x.weight;
      }
      w.push_back(weight);
    }
    subfields.push_back(
        org.subfields.empty()
            ? std::string(SubfieldVocabularies()[rng.Pick(SubfieldsOf(org.industries.front().code))]
                              .subfield)
            : org.subfields[rng.Weighted(w)]);
    const auto& neighbours = NeighboursOf(subfields.front());
    std::vector<std::string_view> at_home;
    for (std::string_view n : neighbours) {
      if (std::find(org.subfields.begin(), org.subfields.end(), n) != org.subfields.end()) {
        at_home.push_back(n);
      }
    }
    const double r = rng.Real();
    if (!at_home.empty() && r < 0.4) {
      subfields.emplace_back(rng.Pick(at_home));
    } else if (!neighbours.empty() && r < 0.55) {
      subfields.emplace_back(rng.Pick(neighbours));
    }
    for (const std::string& s : subfields) {
      const std::string_view industry = IndustryOfSubfield(s);
      const bool known = std::any_of(e.industries.begin(), e.industries.end(),
                                     [&](const Weighted& x) { return x.code == industry; });
      if (known) continue;
      e.industries.push_back({std::string(industry),
                              e.industries.empty() ? 1.0 : RoundWeight(0.3 + 0.4 * rng.Real())});
    }

    // NSFC codes: the main direction's own code, else the sub-field's first;
    // sometimes a general second code of it, or the second sub-field's first.
    const DemoTerm& main = MainDirection(rng, subfields.front(), org);
    const auto& codes = FieldsOf(subfields.front());
    AddField(&e.fields, main.field.empty() ? codes.front() : main.field);
    const std::vector<std::string_view> general = GeneralCodes(subfields.front());
    if (!main.field.empty() && rng.Chance(0.5)) {
      AddField(&e.fields, codes.front());  // a photoresist chemist (B05) in semiconductor materials
    } else if (general.size() > 1 && rng.Chance(0.25)) {
      AddField(&e.fields, rng.Pick(general));
    }
    if (subfields.size() > 1 && rng.Chance(0.5))
      AddField(&e.fields, FieldsOf(subfields[1]).front());

    ComposedText text = ComposeText(rng, TextKind::kExpert, e.industries, subfields,
                                    TextFocus{{}, {main.zh}}, rng.Chance(kBilingualShare));
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
