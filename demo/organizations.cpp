// The organisation stage of GenerateDemo: parks, district CASTs, universities
// and institutes (+ their CASTs), national societies and their committees,
// municipal societies, park CASTs, leading enterprises (+ enterprise CASTs) and
// related enterprises, in that order.
//
// A named body works on what its name says: public institutions and societies
// on their listed sub-fields, synthetic societies, committees and institutes on
// their theme's (vocabulary.h), enterprises are named with words of their own
// sub-fields. Industries follow from the sub-fields; descriptions and keywords
// are composed from them (text.h).
#include <algorithm>
#include <cstdio>
#include <string>

#include "core/taxonomy.h"
#include "demo/demo.h"
#include "generator.h"
#include "names.h"
#include "text.h"
#include "vocabulary.h"

namespace consortia::detail {
namespace {

std::string Numbered(std::string_view prefix, int n, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*d", width, n);
  return std::string(prefix) + buf;
}

bool Has(const std::vector<Weighted>& industries, std::string_view code) {
  return std::any_of(industries.begin(), industries.end(),
                     [&](const Weighted& w) { return w.code == code; });
}

void AddUnique(std::vector<std::string>* v, std::string_view s) {
  if (std::find(v->begin(), v->end(), s) == v->end()) v->emplace_back(s);
}

// Builds the whole organisation list; one instance per GenerateOrganizations call.
class OrgMaker {
 public:
  OrgMaker(DemoRng rng, const DemoPlan& plan, std::vector<Organization>* orgs)
      : rng_(rng), plan_(plan), orgs_(orgs) {
    for (const auto& p : IndustryProfiles()) industry_weights_.push_back(p.weight);
    for (const auto& inst : PublicInstitutions()) book_.Claim(std::string(inst.name));
    // Public societies keep their names; a national and a municipal one may
    // share a stem (中国电子学会, 北京电子学会), a synthetic society may not.
    for (const auto* list : {&NationalSocieties(), &MunicipalSocieties()}) {
      for (const auto& s : *list) {
        book_.Claim(std::string(s.name));
        stems_.Claim(SocietyStem(s.name));
      }
    }
    // Themes in a random order: the synthetic societies take them in turn.
    for (int i = 0; i < static_cast<int>(Themes().size()); ++i) theme_order_.push_back(i);
    for (int i = static_cast<int>(theme_order_.size()) - 1; i > 0; --i) {
      std::swap(theme_order_[i], theme_order_[rng_.Below(i + 1)]);
    }
  }

  void Parks();
  void DistrictCasts();
  void Academic();
  void NationalSocietiesAndCommittees();
  void MunicipalSocietiesAll();
  void ParkCasts();
  void LeadingEnterprises();
  void RelatedEnterprises(int count);

 private:
  Organization& New(std::string key, OrgKind kind) {
    Organization& org = orgs_->emplace_back();
    org.key = std::move(key);
    org.kind = kind;
    return org;
  }
  std::string_view RandomIndustry() {
    return IndustryProfiles()[rng_.Weighted(industry_weights_)].industry;
  }
  std::string_view RandomDistrict() { return Districts()[rng_.Weighted(DistrictWeights())].code; }
  // A theme whose primary sub-field lies in an industry drawn with the industry weights.
  const DemoTheme& RandomTheme() {
    const std::string_view industry = RandomIndustry();
    std::vector<const DemoTheme*> matching;
    for (const DemoTheme& t : Themes()) {
      if (IndustryOfSubfield(t.subfields.front()) == industry) matching.push_back(&t);
    }
    return matching.empty() ? rng_.Pick(Themes()) : *rng_.Pick(matching);
  }
  // District, zone (when the district lies in one, with probability zone_p) and
  // ZGC sub-park (with probability park_p).
  void Place(Organization& org, std::string_view district, double zone_p, double park_p) {
    org.district = std::string(district);
    std::string_view zone = ZoneOfDistrict(district);
    if (!zone.empty() && rng_.Chance(zone_p)) org.zone = std::string(zone);
    if (rng_.Chance(park_p)) org.park = std::string(ParkOfDistrict(district));
  }
  // At most 3 industries: primary weight 1.0, the others lower and decreasing.
  void SetIndustries(Organization& org, const std::vector<std::string_view>& codes) {
    double w = 1.0;
    for (std::string_view c : codes) {
      if (Has(org.industries, c) || org.industries.size() >= 3) continue;
      org.industries.push_back({std::string(c), RoundWeight(w)});
      w = std::min(w - 0.1, 0.3 + 0.5 * rng_.Real());
    }
  }
  // The given sub-fields and the industries they belong to, in order of first
  // appearance (sub-fields of a fourth industry are dropped).
  void SetSubfields(Organization& org, const std::vector<std::string_view>& subfields) {
    std::vector<std::string_view> industries;
    for (std::string_view s : subfields) {
      const std::string_view industry = IndustryOfSubfield(s);
      if (std::find(industries.begin(), industries.end(), industry) == industries.end()) {
        if (industries.size() + org.industries.size() >= 3) continue;
        industries.push_back(industry);
      }
      AddUnique(&org.subfields, s);
    }
    SetIndustries(org, industries);
  }
  // n distinct sub-fields of `industry` (fewer if it has fewer).
  void AddSubfields(Organization& org, std::string_view industry, int n) {
    const std::vector<int>& pool = SubfieldsOf(industry);
    n = std::min<int>(n, pool.size());
    for (int tries = 0; n > 0 && tries < 20; ++tries) {
      std::string_view code = SubfieldVocabularies()[rng_.Pick(pool)].subfield;
      if (std::find(org.subfields.begin(), org.subfields.end(), code) != org.subfields.end()) {
        continue;
      }
      org.subfields.emplace_back(code);
      --n;
    }
  }
  // Up to n sub-fields of `industry` that one enterprise combines: a random
  // first, then neighbours (NeighboursOf) of those taken, within the industry.
  std::vector<std::string_view> Chain(std::string_view industry, int n) {
    std::vector<std::string_view> chain = {
        SubfieldVocabularies()[rng_.Pick(SubfieldsOf(industry))].subfield};
    while (static_cast<int>(chain.size()) < n) {
      std::vector<std::string_view> next;
      for (std::string_view s : chain) {
        for (std::string_view t : NeighboursOf(s)) {
          if (IndustryOfSubfield(t) == industry &&
              std::find(chain.begin(), chain.end(), t) == chain.end() &&
              std::find(next.begin(), next.end(), t) == next.end()) {
            next.push_back(t);
          }
        }
      }
      if (next.empty()) break;
      chain.push_back(rng_.Pick(next));
    }
    return chain;
  }
  // An enterprise's sub-fields: a chain in its primary industry and, with
  // probability cross_p, a neighbour in another industry (its second industry).
  void EnterpriseSubfields(Organization& org, std::string_view primary, int n, double cross_p) {
    std::vector<std::string_view> subfields = Chain(primary, n);
    std::vector<std::string_view> cross;
    for (std::string_view s : subfields) {
      for (std::string_view t : NeighboursOf(s)) {
        if (IndustryOfSubfield(t) != primary) cross.push_back(t);
      }
    }
    if (!cross.empty() && rng_.Chance(cross_p)) subfields.push_back(rng_.Pick(cross));
    SetSubfields(org, subfields);
  }
  void SubfieldsPerIndustry(Organization& org, int lo, int hi) {
    for (const Weighted& w : org.industries) AddSubfields(org, w.code, rng_.Int(lo, hi));
  }
  void Capabilities(Organization& org, std::vector<std::string_view> always,
                    const std::vector<std::pair<std::string_view, double>>& optional) {
    for (auto c : always) AddUnique(&org.capabilities, c);
    for (const auto& [c, p] : optional) {
      if (rng_.Chance(p)) AddUnique(&org.capabilities, c);
    }
  }
  // Where the record is, as its description says it: its ZGC park, else its
  // zone, else its district.
  static std::string Location(const Organization& org) {
    if (const Region* r = FindRegion(org.park.empty() ? org.zone : org.park)) return r->name;
    const Term* d = FindDistrict(org.district);
    return d == nullptr ? std::string() : "北京市" + d->name;
  }
  // The facts a description of `kind` states, drawn here or read from the
  // record (a society's team and staff); `facts` holds the caller's ({o}, {l}).
  void AddFacts(const Organization& org, TextKind kind, TextFacts* facts) {
    auto set = [&](char letter, int value) { facts->Set(letter, std::to_string(value)); };
    auto has = [&](std::string_view capability) {
      return std::find(org.capabilities.begin(), org.capabilities.end(), capability) !=
             org.capabilities.end();
    };
    const bool service =
        kind == TextKind::kLeadingServiceFirm || kind == TextKind::kRelatedServiceFirm;
    if (service || kind == TextKind::kLeadingEnterprise || kind == TextKind::kRelatedEnterprise) {
      const bool lead =
          kind == TextKind::kLeadingEnterprise || kind == TextKind::kLeadingServiceFirm;
      // Size and patents grow with age (as of 2024, the last year of the ties).
      const int founded = lead ? rng_.Int(1988, 2016) : rng_.Int(2000, 2022);
      const int age = 2024 - founded;
      facts->Set('l', Location(org));
      set('y', founded);
      set('e', lead ? 100 * rng_.Int(service ? 3 : 8, service ? 30 : 200)
                    : rng_.Int(10, std::min(600, 40 + 30 * age)));
      set('r', lead ? rng_.Int(15, 45) : rng_.Int(20, 70));
      // A service firm's patents are its clients'.
      if (!service) set('z', lead ? rng_.Int(8 * age, 40 * age) : rng_.Int(1, 8 + 6 * age));
      if (has("standards")) set('k', lead ? rng_.Int(5, 60) : rng_.Int(1, 10));
      if (has("international")) set('c', rng_.Int(10, 80));
    }
    if (IsSociety(org.kind)) {
      set('m', org.expert_team);
      if (org.staff > 0) {
        set('s', org.staff);
      } else {
        facts->Set('u', "暂无专职工作人员，");
      }
    }
  }
  void Text(Organization& org, TextKind kind, const TextFocus& focus = {}, TextFacts facts = {}) {
    AddFacts(org, kind, &facts);
    ComposedText text = ComposeText(rng_, kind, org.industries, org.subfields, focus, facts,
                                    rng_.Chance(kBilingualShare));
    org.description = std::move(text.description);
    org.keywords = std::move(text.keywords);
  }
  // Enterprise name words that fit all of `org`'s sub-fields in its primary
  // industry: the sub-field's own words when it has one there, else the
  // industry's general ones.
  std::vector<DemoTerm> CompanyWords(const Organization& org) {
    const std::string& primary = org.industries.front().code;
    std::vector<const SubfieldVocabulary*> own;
    for (const std::string& s : org.subfields) {
      if (IndustryOfSubfield(s) == primary) own.push_back(FindVocabulary(s));
    }
    const std::vector<DemoTerm>& general = FindProfile(primary)->company;
    if (own.size() == 1 && !own.front()->company.empty() && (general.empty() || rng_.Chance(0.7))) {
      return own.front()->company;
    }
    if (!general.empty()) return general;
    return own.empty() ? std::vector<DemoTerm>{{"科技", "Technology"}} : own.front()->company;
  }
  void SocietyStaff(Organization& org, double zero_p, int min_staff, int max_staff) {
    org.staff = rng_.Chance(zero_p) ? 0 : rng_.Int(min_staff, max_staff);
    const double r = rng_.Real();
    org.expert_team = 10 + static_cast<int>(490 * r * r);
  }
  std::string_view SocietyDistrict() {
    static const std::vector<std::string_view> kDistricts = {"110108", "110105", "110102",
                                                             "110101"};
    static const std::vector<double> kWeights = {0.4, 0.25, 0.15, 0.2};
    return kDistricts[rng_.Weighted(kWeights)];
  }
  void Society(Organization& org, const std::vector<std::string_view>& subfields) {
    Place(org, SocietyDistrict(), 0.7, 0.05);
    SetSubfields(org, subfields);
    Capabilities(org, {"academic_exchange", "technical_service", "standards"},
                 {{"international", 0.3}, {"brand", 0.2}, {"technology_transfer", 0.2}});
  }
  // A synthetic national society: a theme not yet taken, or once they run out
  // (only in data sets far larger than the default) two themes of one industry.
  SynthName NationalName(DemoTheme* theme);
  void Committees(const Organization& parent, const std::vector<DemoTheme>& candidates,
                  std::string_view suffix);

  DemoRng rng_;
  const DemoPlan& plan_;
  std::vector<Organization>* orgs_;
  NameBook book_;
  NameBook stems_;  // SocietyStem of every society and committee name
  std::vector<int> theme_order_;
  std::size_t next_theme_ = 0;
  std::vector<double> industry_weights_;
  std::vector<int> leading_;  // indices of leading enterprises
  std::vector<int> universities_;
  int related_made_ = 0;
};

void OrgMaker::Parks() {
  for (const Region& r : Regions()) {
    if (r.kind != RegionKind::kPark) continue;
    Organization& org = New("org-park-" + r.code, OrgKind::kPark);
    org.name = r.name;
    org.name_en = r.name_en;
    org.district = r.districts.front();
    org.zone = std::string(ZoneOfDistrict(org.district));
    org.park = r.code;
    SetIndustries(org, DistrictIndustries(org.district));
    SubfieldsPerIndustry(org, 1, 2);
    Capabilities(org, {"service_platform", "technology_transfer"},
                 {{"brand", 0.6}, {"international", 0.3}});
    Text(org, TextKind::kPark);
  }
}

void OrgMaker::DistrictCasts() {
  for (const Term& d : Districts()) {
    Organization& org = New("org-dcast-" + d.code, OrgKind::kDistrictCast);
    org.name = "北京市" + d.name + "科学技术协会";
    org.name_en = d.name_en + " District Association for Science and Technology";
    Place(org, d.code, 1.0, 0.0);
    const auto& lead = DistrictIndustries(d.code);
    SetIndustries(org, {lead.begin(), lead.begin() + std::min<std::size_t>(2, lead.size())});
    SubfieldsPerIndustry(org, 1, 1);
    Capabilities(org, {"service_platform", "technical_service"}, {{"academic_exchange", 0.5}});
    TextFacts facts;
    facts.Set('l', d.name);
    Text(org, TextKind::kCast, {}, std::move(facts));
  }
}

void OrgMaker::Academic() {
  const auto& pub = PublicInstitutions();
  for (int i = 0; i < plan_.academic; ++i) {
    Organization* org;
    TextFocus focus;
    if (i < static_cast<int>(pub.size())) {
      const PublicInstitution& inst = pub[i];
      const bool uni = inst.kind == OrgKind::kUniversity;
      org = &New(std::string(uni ? "org-uni-" : "org-inst-") + std::string(inst.slug), inst.kind);
      org->name = inst.name;
      org->name_en = inst.name_en;
      Place(*org, inst.district, 0.9, 0.5);
      SetSubfields(*org, inst.subfields);
      focus.terms = inst.focus;
    } else {
      const DemoTheme& theme = RandomTheme();
      SynthName name = InstituteName(rng_, book_, theme);
      org = &New(Numbered("org-inst-s", i - static_cast<int>(pub.size()) + 1, 4),
                 OrgKind::kResearchInstitute);
      org->name = std::move(name.zh);
      if (rng_.Chance(0.5)) org->name_en = std::move(name.en);
      Place(*org, RandomDistrict(), 0.9, 0.5);
      SetSubfields(*org, theme.subfields);
      focus = {theme.name.zh, theme.focus};
    }
    Capabilities(*org, {"rnd", "laboratory", "academic_exchange"},
                 {{"technology_transfer", 0.7}, {"international", 0.5}, {"standards", 0.2}});
    const bool uni = org->kind == OrgKind::kUniversity;
    TextFacts facts;  // a synthetic institute's founding and place; none for public ones
    if (i >= static_cast<int>(pub.size())) {
      facts.Set('y', std::to_string(rng_.Int(1992, 2020)));
      facts.Set('l', Location(*org));
    }
    Text(*org, uni ? TextKind::kUniversity : TextKind::kInstitute, focus, std::move(facts));
    if (uni) universities_.push_back(static_cast<int>(orgs_->size()) - 1);
  }
  // University CASTs for the first (major) universities, on the university's
  // sub-fields in its first two industries.
  const int casts = std::min<int>(plan_.university_casts, universities_.size());
  for (int i = 0; i < casts; ++i) {
    const Organization uni = (*orgs_)[universities_[i]];
    Organization& org = New("org-ucast-" + uni.key.substr(8), OrgKind::kUniversityCast);
    org.name = uni.name + "科学技术协会";
    if (!uni.name_en.empty())
      org.name_en = "Association for Science and Technology, " + uni.name_en;
    org.district = uni.district;
    org.zone = uni.zone;
    org.park = uni.park;
    org.industries.assign(uni.industries.begin(),
                          uni.industries.begin() + std::min<std::size_t>(2, uni.industries.size()));
    // The first sub-field of each of those industries, then more, up to 3: a
    // CAST of 中国农业大学 in 乡村振兴 and 生物医药健康 works on both.
    for (const Weighted& w : org.industries) {
      for (const std::string& s : uni.subfields) {
        if (IndustryOfSubfield(s) == w.code) {
          org.subfields.push_back(s);
          break;
        }
      }
    }
    for (const std::string& s : uni.subfields) {
      if (Has(org.industries, IndustryOfSubfield(s)) && org.subfields.size() < 3) {
        AddUnique(&org.subfields, s);
      }
    }
    Capabilities(org, {"service_platform", "technical_service"},
                 {{"academic_exchange", 0.6}, {"laboratory", 0.3}});
    TextFacts facts;
    facts.Set('o', uni.name);
    Text(org, TextKind::kCast, {}, std::move(facts));
  }
}

SynthName OrgMaker::NationalName(DemoTheme* theme) {
  while (next_theme_ < theme_order_.size()) {
    *theme = Themes()[theme_order_[next_theme_++]];
    SynthName name = SocietyName(rng_, book_, stems_, true, *theme);
    if (!name.zh.empty()) return name;
  }
  for (int attempt = 0;; ++attempt) {
    const DemoTheme& a = RandomTheme();
    const DemoTheme& b = RandomTheme();
    if (&a == &b ||
        IndustryOfSubfield(a.subfields.front()) != IndustryOfSubfield(b.subfields.front())) {
      continue;
    }
    DemoTheme both{{}, a.subfields, a.focus};
    // Bench-size data sets (10^5 organisations) run out of pairs too: number them.
    std::string zh = std::string(a.name.zh) + "与" + std::string(b.name.zh);
    if (attempt >= 400) zh += "(" + std::to_string(attempt - 399) + ")";
    const std::string en = std::string(a.name.en) + " and " + std::string(b.name.en);
    both.name = {zh, en};
    for (std::string_view s : b.subfields) both.subfields.push_back(s);
    both.focus.insert(both.focus.end(), b.focus.begin(), b.focus.end());
    SynthName name = SocietyName(rng_, book_, stems_, true, both);
    if (name.zh.empty()) continue;
    *theme = DemoTheme{{}, both.subfields, both.focus};  // the name's text is gone with zh/en
    return name;
  }
}

void OrgMaker::Committees(const Organization& parent, const std::vector<DemoTheme>& candidates,
                          std::string_view suffix) {
  const int n = static_cast<int>(candidates.size());
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i;
  for (int i = n - 1; i > 0; --i) std::swap(order[i], order[rng_.Below(i + 1)]);
  const int want = std::min(rng_.Int(1, 3), n);
  for (int c = 0, k = 0; c < want && k < n; ++k) {
    const DemoTheme& theme = candidates[order[k]];
    std::string name = parent.name + std::string(theme.name.zh) + std::string(suffix);
    if (!stems_.Claim(SocietyStem(name)) || !book_.Claim(name)) continue;
    ++c;
    Organization& com = New(parent.key + "-c" + std::to_string(c), OrgKind::kSocietyCommittee);
    com.name = std::move(name);
    if (!parent.name_en.empty()) {
      com.name_en = (suffix == "分会" ? "Branch of " : "Technical Committee on ") +
                    Capitalize(theme.name.en) + ", " + parent.name_en;
    }
    com.parent_key = parent.key;
    com.district = parent.district;
    com.zone = parent.zone;
    SetSubfields(com, theme.subfields);
    Capabilities(com, {"academic_exchange", "technical_service"},
                 {{"standards", 0.6}, {"international", 0.2}});
    SocietyStaff(com, 0.4, 1, 10);
    TextFacts facts;
    facts.Set('o', parent.name);
    Text(com, TextKind::kCommittee, {theme.name.zh, theme.focus}, std::move(facts));
    if (suffix != "专业委员会") {  // 中华医学会数字医学分会: a 分会, not a 专业委员会
      for (std::string_view word : {"专业委员会", "专委会"}) {
        if (com.description.rfind(word, 0) == 0) {
          com.description.replace(0, word.size(), suffix);
        }
      }
    }
  }
}

void OrgMaker::NationalSocietiesAndCommittees() {
  const auto& pub = NationalSocieties();
  for (int i = 0; i < plan_.national; ++i) {
    const std::string key = Numbered("org-ns-", i + 1, 3);
    Organization& org = New(key, OrgKind::kNationalSociety);
    std::vector<DemoTheme> committees;
    std::string_view suffix = "专业委员会";
    TextFocus focus;
    if (i < static_cast<int>(pub.size())) {
      org.name = pub[i].name;
      org.name_en = pub[i].name_en;
      Society(org, pub[i].subfields);
      committees = pub[i].committees;
      suffix = pub[i].committee_suffix;
      focus.terms = pub[i].focus;
    } else {
      DemoTheme theme;
      SynthName name = NationalName(&theme);
      org.name = std::move(name.zh);
      if (rng_.Chance(0.5)) org.name_en = std::move(name.en);
      Society(org, theme.subfields);
      focus.terms = theme.focus;
      // Committees on the narrower themes within the society's discipline.
      for (const DemoTheme& t : Themes()) {
        const bool within = std::all_of(t.subfields.begin(), t.subfields.end(), [&](auto s) {
          return std::find(org.subfields.begin(), org.subfields.end(), s) != org.subfields.end();
        });
        if (within && t.subfields.size() == 1 && !t.focus.empty()) committees.push_back(t);
      }
    }
    // A public national society (中国化学会) runs a staffed secretariat.
    if (i < static_cast<int>(pub.size())) {
      SocietyStaff(org, 0.0, 8, 30);
    } else {
      SocietyStaff(org, 0.05, 1, 30);
    }
    // The description names a committee; draw them before composing it.
    const Organization parent = org;  // copy: New() may reallocate
    const std::size_t first = orgs_->size();
    Committees(parent, committees, suffix);
    if (orgs_->size() > first) {
      const Organization& c = (*orgs_)[first];
      focus.topic = std::string_view(c.name).substr(parent.name.size());
      focus.topic.remove_suffix(suffix.size());
    }
    Organization& self = (*orgs_)[first - 1];
    Text(self, TextKind::kNationalSociety, focus);
  }
}

void OrgMaker::MunicipalSocietiesAll() {
  const auto& pub = MunicipalSocieties();
  for (int i = 0; i < plan_.municipal; ++i) {
    Organization& org = New(Numbered("org-ms-", i + 1, 3), OrgKind::kMunicipalSociety);
    TextFocus focus;
    if (i < static_cast<int>(pub.size())) {
      org.name = pub[i].name;
      Society(org, pub[i].subfields);
      focus.terms = pub[i].focus;
    } else {
      SynthName name;
      const DemoTheme* theme = nullptr;
      while (name.zh.empty() && next_theme_ < theme_order_.size()) {
        theme = &Themes()[theme_order_[next_theme_++]];
        name = SocietyName(rng_, book_, stems_, false, *theme);
      }
      if (name.zh.empty()) {  // more societies than themes: district societies
        theme = &RandomTheme();
        name = DistrictSocietyName(rng_, book_, stems_, *theme);
      }
      org.name = std::move(name.zh);
      if (rng_.Chance(0.3)) org.name_en = std::move(name.en);
      Society(org, theme->subfields);
      focus = {theme->name.zh, theme->focus};
    }
    SocietyStaff(org, 0.15, 1, 30);
    Text(org, TextKind::kMunicipalSociety, focus);
  }
}

void OrgMaker::ParkCasts() {
  // Parks with the most enterprises first.
  static const std::vector<std::string_view> kOrder = {
      "zgc_haidian",   "zgc_daxing_yizhuang", "zgc_changping", "zgc_chaoyang",
      "zgc_shunyi",    "zgc_fengtai",         "zgc_tongzhou",  "zgc_shijingshan",
      "zgc_fangshan",  "zgc_huairou",         "zgc_xicheng",   "zgc_dongcheng",
      "zgc_mentougou", "zgc_pinggu",          "zgc_miyun",     "zgc_yanqing"};
  for (int i = 0; i < plan_.park_casts && i < static_cast<int>(kOrder.size()); ++i) {
    const Region& park = *FindRegion(kOrder[i]);
    Organization& org = New("org-pcast-" + park.code, OrgKind::kParkCast);
    org.name = park.name + "科学技术协会";
    org.name_en = "Association for Science and Technology, " + park.name_en;
    org.district = park.districts.front();
    org.zone = std::string(ZoneOfDistrict(org.district));
    org.park = park.code;
    const auto& lead = DistrictIndustries(org.district);
    SetIndustries(org, {lead.begin(), lead.begin() + std::min<std::size_t>(2, lead.size())});
    SubfieldsPerIndustry(org, 1, 1);
    Capabilities(org, {"service_platform", "technical_service"}, {{"technology_transfer", 0.5}});
    TextFacts facts;
    facts.Set('l', park.name);
    Text(org, TextKind::kCast, {}, std::move(facts));
  }
}

void OrgMaker::LeadingEnterprises() {
  const auto& industries = Industries();
  for (int i = 0; i < plan_.leading; ++i) {
    std::string_view district, primary;
    if (i < 2 * kIndustryCount) {
      // Every industry gets at least two leading enterprises, in a district
      // whose lead industries include it when there is one.
      primary = industries[i % kIndustryCount].code;
      std::vector<double> w = DistrictWeights();
      bool any = false;
      for (std::size_t d = 0; d < w.size(); ++d) {
        const auto& lead = DistrictIndustries(Districts()[d].code);
        if (std::find(lead.begin(), lead.end(), primary) == lead.end()) {
          w[d] = 0;
        } else {
          any = true;
        }
      }
      district = Districts()[rng_.Weighted(any ? w : DistrictWeights())].code;
    } else {
      district = RandomDistrict();
      primary = rng_.Chance(0.7) ? rng_.Pick(DistrictIndustries(district)) : RandomIndustry();
    }
    Organization& org = New(Numbered("org-ent-", i + 1, 6), OrgKind::kEnterprise);
    org.leading = true;
    Place(org, district, 0.85, 0.6);
    // A few neighbouring positions of the primary chain, leaving others to partners.
    EnterpriseSubfields(org, primary, rng_.Int(2, 3), 0.5);
    SynthName name = EnterpriseName(rng_, book_, district, CompanyWords(org), true);
    org.name = std::move(name.zh);
    if (rng_.Chance(0.6)) org.name_en = std::move(name.en);
    Capabilities(org, {"rnd", "standards", "brand"},
                 {{"technology_transfer", 0.6}, {"international", 0.5}, {"laboratory", 0.4}});
    Text(org,
         org.industries.front().code == "st_services" ? TextKind::kLeadingServiceFirm
                                                      : TextKind::kLeadingEnterprise,
         TextFocus{{}, {}, true});
    leading_.push_back(static_cast<int>(orgs_->size()) - 1);
  }
  // Enterprise CASTs of some leading enterprises.
  for (int i = 0; i < plan_.enterprise_casts && i < static_cast<int>(leading_.size()); ++i) {
    const Organization ent = (*orgs_)[leading_[i]];
    Organization& org = New(Numbered("org-ecast-", i + 1, 6), OrgKind::kEnterpriseCast);
    org.name = ent.name + "科协";
    if (!ent.name_en.empty())
      org.name_en = "Association for Science and Technology, " + ent.name_en;
    org.district = ent.district;
    org.zone = ent.zone;
    org.park = ent.park;
    org.industries = ent.industries;
    org.subfields = ent.subfields;
    Capabilities(org, {"rnd", "technical_service"}, {{"academic_exchange", 0.5}});
    TextFacts facts;
    facts.Set('o', ent.name);
    Text(org, TextKind::kCast, TextFocus{{}, {}, true}, std::move(facts));
  }
}

void OrgMaker::RelatedEnterprises(int count) {
  for (int i = 0; i < count; ++i) {
    std::string_view district = RandomDistrict();
    std::string_view primary =
        rng_.Chance(0.55) ? rng_.Pick(DistrictIndustries(district)) : RandomIndustry();
    Organization& org =
        New(Numbered("org-ent-", plan_.leading + ++related_made_, 6), OrgKind::kEnterprise);
    Place(org, district, 0.8, 0.5);
    EnterpriseSubfields(org, primary, rng_.Int(1, 2), 0.25);
    SynthName name = EnterpriseName(rng_, book_, district, CompanyWords(org), false);
    org.name = std::move(name.zh);
    if (rng_.Chance(0.2)) org.name_en = std::move(name.en);
    Capabilities(org, {"rnd"},
                 {{"technical_service", 0.5},
                  {"technology_transfer", 0.3},
                  {"standards", 0.3},
                  {"brand", 0.2},
                  {"laboratory", 0.2}});
    Text(org,
         org.industries.front().code == "st_services" ? TextKind::kRelatedServiceFirm
                                                      : TextKind::kRelatedEnterprise,
         TextFocus{{}, {}, true});
  }
}

}  // namespace

void GenerateOrganizations(DemoRng rng, const DemoPlan& plan, const ProgressFn& progress,
                           std::vector<Organization>* orgs) {
  orgs->reserve(std::max(plan.organizations, 64) + plan.national * 3 + 64);
  OrgMaker maker(rng, plan, orgs);
  DemoProgress report(progress, "organizations", plan.organizations);
  maker.Parks();
  maker.DistrictCasts();
  maker.Academic();
  maker.NationalSocietiesAndCommittees();
  maker.MunicipalSocietiesAll();
  maker.ParkCasts();
  report.Update(static_cast<std::int64_t>(orgs->size()));
  maker.LeadingEnterprises();
  report.Update(static_cast<std::int64_t>(orgs->size()));
  // Related enterprises fill the remainder in chunks, reporting as they go.
  int remaining = std::max(0, plan.organizations - static_cast<int>(orgs->size()));
  const int chunk = std::max(1, plan.organizations / 40);
  while (remaining > 0) {
    const int n = std::min(chunk, remaining);
    maker.RelatedEnterprises(n);
    remaining -= n;
    report.Update(static_cast<std::int64_t>(orgs->size()));
  }
  report.Update(plan.organizations);
}

}  // namespace consortia::detail
