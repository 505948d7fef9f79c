#include "text.h"

#include <algorithm>

#include "core/taxonomy.h"
#include "vocabulary.h"

namespace consortia::detail {
namespace {

constexpr int kMaxKeywords = 8;

// Placeholders: {I} primary industry, {J} second industry, {D} {E} directions,
// {C} choke-point problem, {S} sub-field topic, {P} platform, {N} a number.
const std::vector<std::string_view>& Templates(TextKind kind) {
  static const std::vector<std::string_view> kLeading = {
      "公司是{I}领域的龙头企业，专注于{D}和{E}，围绕{C}等卡脖子问题开展攻关。已建成{P}，"
      "带动上下游企业协同创新，研发投入占营业收入比重超过{N}%。",
      "公司深耕{S}方向，产品覆盖{D}、{E}等环节，是北京市{I}产业链的链主企业。"
      "公司牵头组建{P}，重点突破{C}，积极参与国家和行业标准制定。",
      "作为{I}行业的领军企业，公司在{D}方面拥有自主知识产权，围绕{C}"
      "联合高校院所开展关键核心技术攻关，"
      "已建成{P}，并与{J}领域企业开展合作。",
  };
  static const std::vector<std::string_view> kRelated = {
      "公司专注于{D}，主要产品和服务涉及{E}，在{C}方面具有一定技术积累。",
      "公司是一家{I}领域的科技型中小企业，聚焦{S}，为龙头企业提供{D}配套产品与技术服务。",
      "公司主营{D}相关产品，建有{P}，正围绕{C}开展技术攻关，拓展{E}应用。",
      "公司致力于{E}与{D}的研发和产业化，是{I}产业链上的专精特新企业。",
  };
  static const std::vector<std::string_view> kUniversity = {
      "学校在{I}和{J}领域具有较强研究实力，重点开展{D}、{E}等方向研究。建有{P}，"
      "围绕{C}等卡脖子问题开展攻关，并与企业开展联合研发和成果转化。",
      "学校{S}学科特色鲜明，在{D}方面形成了稳定的研究团队和实验条件，"
      "近年来承担了多项{C}相关的国家重大科技任务。",
  };
  static const std::vector<std::string_view> kInstitute = {
      "研究机构聚焦{I}前沿，主要研究方向包括{D}与{E}。依托{P}，围绕{C}开展关键核心技术攻关，"
      "推动科技成果向产业转移转化。",
      "研究机构是{S}领域的重要科研力量，长期从事{D}研究，在{C}等方面取得系列成果，"
      "与{J}领域企业建立了联合实验室。",
  };
  static const std::vector<std::string_view> kNational = {
      "学会是中国科协所属全国学会，团结{I}领域科技工作者，组织{D}、{E}等方向的学术交流、"
      "技术服务和团体标准制定，围绕{C}等问题开展决策咨询。",
      "学会联系{I}和{J}领域专家，设有{S}等分支机构，定期举办学术会议，"
      "推动{D}方向产学研合作与国际交流。",
      "学会团结{I}领域科技工作者，下设{S}等分支机构，推动{D}、{E}方向的产学研合作，"
      "围绕{C}开展决策咨询和团体标准制定。",
  };
  static const std::vector<std::string_view> kMunicipal = {
      "学会是北京市科协所属市级学会，组织{I}领域科技工作者开展学术交流和科普活动，"
      "围绕{D}、{E}为企业提供技术咨询与服务。",
      "学会聚焦{S}，联系高校、科研院所和企业专家，开展{D}方向的技术服务、人才培训和团体标准研制，"
      "关注{C}等行业共性问题。",
  };
  static const std::vector<std::string_view> kCommittee = {
      "专业委员会聚焦{S}，组织{D}、{E}方向的学术会议与技术研讨，围绕{C}"
      "开展专家咨询和团体标准工作。",
      "专委会汇聚{I}领域专家，重点关注{D}与{C}，为企业和园区提供技术诊断与咨询服务。",
  };
  static const std::vector<std::string_view> kPark = {
      "园区是中关村国家自主创新示范区的组成部分，重点发展{I}、{J}等领域，聚集了{D}、{E}"
      "等方向的创新企业。"
      "园区围绕{C}等关键核心技术搭建{P}，提供孵化、中试和技术转移服务。",
  };
  static const std::vector<std::string_view> kCast = {
      "科协面向科技工作者和企业提供科技服务，依托{P}推动{I}产业发展，组织专家围绕{D}"
      "开展咨询与技术服务。",
      "科协联系{I}领域科技人员，搭建学术交流和科技服务平台，服务{D}、{E}方向的技术攻关和人才培养。",
  };
  static const std::vector<std::string_view> kExpert = {
      "长期从事{D}研究，主要方向包括{E}。近年来围绕{C}开展攻关，取得系列成果。",
      "研究方向为{S}，在{D}和{E}方面有深入研究。",
      "从事{I}领域的{D}研究与工程化工作，关注{C}等卡脖子问题。",
      "主要研究{D}，兼顾{E}，参与多项{I}领域国家重点研发计划项目。",
  };
  switch (kind) {
    case TextKind::kLeadingEnterprise:
      return kLeading;
    case TextKind::kRelatedEnterprise:
      return kRelated;
    case TextKind::kUniversity:
      return kUniversity;
    case TextKind::kInstitute:
      return kInstitute;
    case TextKind::kNationalSociety:
      return kNational;
    case TextKind::kMunicipalSociety:
      return kMunicipal;
    case TextKind::kCommittee:
      return kCommittee;
    case TextKind::kPark:
      return kPark;
    case TextKind::kCast:
      return kCast;
    case TextKind::kExpert:
      return kExpert;
  }
  return kExpert;
}

std::string_view IndustryName(std::string_view code) {
  const Term* t = FindIndustry(code);
  return t == nullptr ? std::string_view() : std::string_view(t->name);
}

// A bilingual record gives the English term beside the Chinese one, as Beijing
// records in these fields usually do: "光刻胶（photoresist）".
void AppendTerm(const DemoTerm& term, bool english, std::string* out) {
  out->append(term.zh);
  if (!english || term.en.empty()) return;
  out->append("（");
  out->append(term.en);
  out->append("）");
}

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

ComposedText ComposeText(DemoRng& rng, TextKind kind, const std::vector<Weighted>& industries,
                         const std::vector<std::string>& subfields, const TextFocus& focus,
                         bool english) {
  const auto& all = SubfieldVocabularies();
  std::vector<const SubfieldVocabulary*> vocab;
  for (const auto& code : subfields) {
    if (const SubfieldVocabulary* v = FindVocabulary(code)) vocab.push_back(v);
  }
  if (vocab.empty()) {  // two random sub-fields of the primary industry
    const std::vector<int>& pool = SubfieldsOf(industries.front().code);
    vocab.push_back(&all[rng.Pick(pool)]);
    vocab.push_back(&all[rng.Pick(pool)]);
  }
  // The focus terms, found among the record's sub-fields.
  std::vector<const DemoTerm*> focus_directions, focus_chokepoints;
  auto find_in = [](const std::vector<DemoTerm>& list, std::string_view zh) -> const DemoTerm* {
    for (const DemoTerm& t : list) {
      if (t.zh == zh) return &t;
    }
    return nullptr;
  };
  for (std::string_view zh : focus.terms) {
    for (const SubfieldVocabulary* v : vocab) {
      if (const DemoTerm* t = find_in(v->directions, zh)) {
        focus_directions.push_back(t);
        break;
      }
      if (const DemoTerm* t = find_in(v->chokepoints, zh)) {
        focus_chokepoints.push_back(t);
        break;
      }
    }
  }
  const SubfieldVocabulary& first = *vocab.front();
  const SubfieldVocabulary& second = *vocab[vocab.size() > 1 ? 1 : 0];
  const DemoTerm* d = nullptr;
  if (!focus_directions.empty()) {
    // A body named after a term ("激光加工") describes its other focus terms first.
    std::vector<const DemoTerm*> others;
    for (const DemoTerm* t : focus_directions) {
      if (t->zh != focus.topic) others.push_back(t);
    }
    d = rng.Pick(others.empty() ? focus_directions : others);
  } else {
    d = &rng.Pick(first.directions);
  }
  // A body with a focus describes its focus; an expert ranges a little wider.
  const bool body = kind != TextKind::kExpert;
  const DemoTerm* e = nullptr;
  if (focus_directions.size() > 1 && (body || rng.Chance(0.7))) {
    for (int tries = 0; tries < 4 && (e == nullptr || e == d); ++tries) {
      e = rng.Pick(focus_directions);
    }
  }
  if (e == nullptr || e == d) {
    e = &rng.Pick(second.directions);
    for (int tries = 0; tries < 4 && e->zh == d->zh; ++tries) e = &rng.Pick(second.directions);
  }
  const DemoTerm& c = !focus_chokepoints.empty() && rng.Chance(0.8)
                          ? *rng.Pick(focus_chokepoints)
                          : rng.Pick(rng.Chance(0.7) ? first.chokepoints : second.chokepoints);
  std::string_view i_name = IndustryName(industries.front().code);
  std::string_view j_name = industries.size() > 1 ? IndustryName(industries[1].code) : i_name;
  if (industries.size() == 1) {
    const IndustryProfile* p = FindProfile(industries.front().code);
    j_name = IndustryName(rng.Pick(p->related));
  }
  bool academic = kind == TextKind::kUniversity || kind == TextKind::kInstitute;
  const bool service = kind == TextKind::kPark || kind == TextKind::kCast;
  std::string_view platform = rng.Pick(academic  ? AcademicPlatforms()
                                       : service ? ServicePlatforms()
                                                 : EnterprisePlatforms());

  ComposedText out;
  // A record of one industry does not claim strength in a second one ("{I}和{J}").
  std::vector<std::string_view> templates;
  for (std::string_view t : Templates(kind)) {
    const bool pair = t.find("{I}和{J}") != std::string_view::npos ||
                      t.find("{I}、{J}") != std::string_view::npos;
    if (industries.size() > 1 || !pair) templates.push_back(t);
  }
  std::string_view tmpl = rng.Pick(templates.empty() ? Templates(kind) : templates);
  out.description.reserve(tmpl.size() + 64);
  for (std::size_t k = 0; k < tmpl.size(); ++k) {
    if (tmpl[k] != '{' || k + 2 >= tmpl.size() || tmpl[k + 2] != '}') {
      out.description += tmpl[k];
      continue;
    }
    switch (tmpl[k + 1]) {
      case 'I':
        out.description += i_name;
        break;
      case 'J':
        out.description += j_name;
        break;
      case 'D':
        AppendTerm(*d, english, &out.description);
        break;
      case 'E':
        AppendTerm(*e, english, &out.description);
        break;
      case 'C':
        AppendTerm(c, english, &out.description);
        break;
      case 'S':
        out.description += focus.topic.empty() ? first.topic.zh : focus.topic;
        break;
      case 'P':
        out.description += platform;
        break;
      case 'N':
        out.description += std::to_string(rng.Int(5, 25));
        break;
      default:
        break;
    }
    k += 2;
  }

  // Keywords: the terms of the description first, then more of the same sub-fields.
  int target = kind == TextKind::kExpert ? rng.Int(3, 6) : rng.Int(3, 8);
  auto add = [&](std::string_view s) {
    if (static_cast<int>(out.keywords.size()) < target && !s.empty() &&
        !Contains(out.keywords, s)) {
      out.keywords.emplace_back(s);
    }
  };
  add(d->zh);
  add(c.zh);
  if (english) add(d->en);
  add(e->zh);
  if (english && rng.Chance(0.5)) add(c.en);
  for (const auto* list : {&focus_directions, &focus_chokepoints}) {
    for (const DemoTerm* t : *list) add(t->zh);
  }
  // A body with a focus (北京市边缘计算学会, 北京量子信息科学研究院) lists no
  // further terms of its broader sub-fields.
  if (body && !focus.terms.empty()) {
    target = std::min(target, std::max(3, static_cast<int>(out.keywords.size())));
  }
  for (int tries = 0; tries < 12 && static_cast<int>(out.keywords.size()) < target; ++tries) {
    const SubfieldVocabulary& v = *vocab[rng.Below(vocab.size())];
    switch (rng.Below(4)) {
      case 0:
        add(v.topic.zh);
        break;
      case 1:
        add(rng.Pick(v.chokepoints).zh);
        break;
      default:
        add(rng.Pick(v.directions).zh);
        break;
    }
  }
  add(i_name);
  add(first.topic.zh);
  // A bilingual record lists the English terms of its description as well
  // (after the Chinese ones, so that the generator's random stream, and with
  // it every later record, does not depend on them).
  if (english) {
    target = kMaxKeywords;
    add(e->en);
    add(c.en);
    add(first.topic.en);
  }
  return out;
}

}  // namespace consortia::detail
