#include "text.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/taxonomy.h"
#include "vocabulary.h"

namespace consortia::detail {
namespace {

constexpr int kMaxKeywords = 8;

// A description is a sequence of slots; each slot, taken with probability p,
// contributes one of its sentences, drawn among those whose placeholders the
// record can fill. Placeholders:
//   terms  {I} primary industry, {J} second industry (a related one for a record
//          of one industry), {D} {E} directions, {C} a choke-point (卡脖子)
//          problem, {S} the topic, {P} a platform, {F} terms of the secondary
//          industries the other terms leave unnamed, {G} those industries
//   facts  (TextFacts, filled by the caller from the record) {a} an expert's
//          affiliation, {t} his position, {h} his academy ("中国科学院院士，"),
//          {n} his years in the field ("30余" or "8"), {v} 主持 or 参与, {p} projects, {q}
//          papers, {z} patents, {k} standards, {w} an award; an organisation's
//          {y} founding year, {l} place, {e} employees, {r} share of R&D staff,
//          {c} export countries, {m} expert team, {s} full-time staff (or {u}
//          when it has none), {o} the body it belongs to
//          ("{h?}": a fact that may be empty)
//   {#a-b} a number in [a, b]
struct Slot {
  double p;
  std::vector<std::string_view> sentences;
};

const std::vector<Slot>& Slots(TextKind kind, bool service) {
  static const std::vector<Slot> kLeading = {
      {1.0,
       {"公司成立于{y}年，总部位于{l}，是{I}领域的龙头企业。",
        "公司是{I}领域的龙头企业，{y}年成立于{l}。",
        "作为{I}行业的领军企业，公司扎根{l}，深耕{S}方向。",
        "公司深耕{S}方向，是北京市{I}产业链的链主企业，总部位于{l}。"}},
      {1.0,
       {"公司专注于{D}和{E}，围绕{C}等卡脖子问题开展攻关。",
        "产品覆盖{D}、{E}等环节，重点突破{C}。",
        "公司在{D}方面拥有自主知识产权，围绕{C}联合高校院所开展关键核心技术攻关，并布局{E}。",
        "主营业务涵盖{D}与{E}，牵头承担{C}相关的国家重大科技任务。"}},
      {1.0,
       {"业务延伸至{G}领域，在{F}方向形成产品布局。", "同时布局{G}领域的{F}。",
        "公司还与{G}领域企业合作开展{F}研发。"}},
      {0.9,
       {"已建成{P}，研发投入占营业收入比重超过{#5-25}%。", "公司建有{P}，拥有授权发明专利{z}项。",
        "现有员工{e}人，其中研发人员占{r}%，拥有授权发明专利{z}项。",
        "公司牵头组建{P}，带动上下游企业协同创新。"}},
      {0.7,
       {"牵头或参与制定国家和行业标准{k}项。", "产品出口{c}个国家和地区，积极开展国际技术合作。",
        "与多所高校院所共建联合实验室，推动科技成果转化。"}},
  };
  static const std::vector<Slot> kRelated = {
      {1.0,
       {"公司成立于{y}年，位于{l}，是一家{I}领域的科技型中小企业。",
        "公司{y}年成立于{l}，聚焦{S}。", "公司位于{l}，是{I}产业链上的专精特新企业。",
        "公司是{l}的一家{I}科技企业，成立于{y}年。"}},
      {1.0,
       {"公司专注于{D}，主要产品和服务涉及{E}，在{C}方面具有一定技术积累。",
        "公司为龙头企业提供{D}配套产品与技术服务，并拓展{E}应用。",
        "公司主营{D}相关产品，正围绕{C}开展技术攻关。", "公司致力于{E}与{D}的研发和产业化。",
        "公司核心产品面向{D}，近年来围绕{C}加大研发投入。"}},
      {1.0, {"业务涉及{G}领域的{F}。", "产品也应用于{G}领域的{F}。"}},
      {0.7,
       {"现有员工{e}人，拥有授权发明专利{z}项。", "公司建有{P}，已获评国家高新技术企业。",
        "研发人员占员工总数的{r}%，拥有授权发明专利{z}项。"}},
      {0.4, {"参与制定行业和团体标准{k}项。", "与高校院所开展联合研发和技术转移合作。"}},
  };
  static const std::vector<Slot> kLeadingService = {
      {1.0,
       {"公司成立于{y}年，总部位于{l}，是{I}领域的龙头企业。",
        "作为{I}领域的领军机构，公司扎根{l}，深耕{S}服务。",
        "公司是北京市{I}的骨干机构，{y}年成立于{l}。"}},
      {1.0,
       {"公司提供{D}和{E}服务，围绕{C}为企业和高校院所提供专业支撑。",
        "业务覆盖{D}、{E}等环节，牵头建设{C}相关的公共服务能力。",
        "公司以{D}为核心业务，兼营{E}，服务{C}等行业共性需求。"}},
      {1.0, {"服务领域延伸至{G}领域的{F}。", "并为{G}领域企业提供{F}相关服务。"}},
      {0.9,
       {"现有员工{e}人，累计服务企业{#300-3000}家。", "公司建有{P}，拥有专业技术人员{#80-600}人。",
        "公司牵头组建{P}，带动区域科技服务机构协同发展。"}},
      {0.7,
       {"牵头或参与制定国家和行业标准{k}项。", "与多所高校院所共建技术转移机构，推动科技成果转化。",
        "与{c}个国家和地区的服务机构建立了合作关系。"}},
  };
  static const std::vector<Slot> kRelatedService = {
      {1.0,
       {"公司成立于{y}年，位于{l}，是一家{I}机构。", "公司{y}年成立于{l}，聚焦{S}服务。",
        "公司位于{l}，是一家专业从事{S}的服务机构。"}},
      {1.0,
       {"公司主要提供{D}服务，兼顾{E}，在{C}方面积累了服务经验。",
        "公司为科技型企业提供{D}与{E}服务。", "公司围绕{C}为中小企业提供{D}服务。"}},
      {1.0, {"服务还涉及{G}领域的{F}。"}},
      {0.7,
       {"现有员工{e}人，累计服务企业{#50-800}家。", "公司已获评国家高新技术企业，建有{P}。",
        "公司拥有专业技术人员{#10-120}人。"}},
      {0.4, {"参与制定行业和团体标准{k}项。", "与高校院所开展技术转移合作。"}},
  };
  static const std::vector<Slot> kUniversity = {
      {1.0,
       {"学校在{I}和{J}领域具有较强研究实力，重点开展{D}、{E}等方向研究。",
        "学校{S}学科特色鲜明，在{D}方面形成了稳定的研究团队和实验条件。",
        "学校面向{I}领域国家重大需求，在{D}与{E}方向开展基础研究和应用研究。"}},
      {1.0,
       {"建有{P}，围绕{C}等卡脖子问题开展攻关，并与企业开展联合研发和成果转化。",
        "近年来承担了多项{C}相关的国家重大科技任务。",
        "依托{P}，围绕{C}与行业龙头企业开展联合攻关。"}},
      {1.0, {"学校在{G}领域的{F}方向也有较强积累。", "并在{F}等{G}方向开展交叉研究。"}},
  };
  static const std::vector<Slot> kInstitute = {
      {1.0,
       {"研究机构聚焦{I}前沿，主要研究方向包括{D}与{E}。",
        "研究机构是{S}领域的重要科研力量，长期从事{D}研究。",
        "研究机构成立于{y}年，位于{l}，主要从事{D}和{E}研究。",
        "研究机构{y}年成立于{l}，面向{I}产业开展{D}方向的研究与转化。"}},
      {1.0,
       {"依托{P}，围绕{C}开展关键核心技术攻关，推动科技成果向产业转移转化。",
        "在{C}等方面取得系列成果，与{J}领域企业建立了联合实验室。",
        "建有{P}，围绕{C}为企业提供技术研发和中试服务。"}},
      {1.0, {"研究领域还涉及{G}方向的{F}。", "并开展{F}等{G}交叉研究。"}},
  };
  static const std::vector<Slot> kServiceInstitute = {
      {1.0,
       {"研究机构是{S}领域的重要支撑机构，长期从事{D}与{E}工作。",
        "研究机构聚焦{I}，主要业务包括{D}和{E}。"}},
      {1.0,
       {"围绕{C}为企业和政府部门提供技术支撑与咨询服务。",
        "建有{P}，在{C}等方面形成了专业服务能力。"}},
      {1.0, {"业务还涉及{G}方向的{F}。"}},
  };
  static const std::vector<Slot> kNational = {
      {1.0,
       {"学会是中国科协所属全国学会，团结{I}领域科技工作者，组织{D}、{E}等方向的学术交流、"
        "技术服务和团体标准制定。",
        "学会联系{I}和{J}领域专家，设有{S}等分支机构，定期举办学术会议，推动{D}方向产学研合作"
        "与国际交流。",
        "学会团结{I}领域科技工作者，下设{S}等分支机构，推动{D}、{E}方向的产学研合作。"}},
      {1.0,
       {"围绕{C}等问题开展决策咨询。", "围绕{C}开展决策咨询和团体标准制定。",
        "面向企业需求，围绕{C}组织专家开展技术咨询。"}},
      {1.0, {"学会还联系{G}领域{F}方向的专家。", "并组织{F}等{G}方向的学术交流。"}},
      {1.0,
       {"学会专家库现有专家{m}人，秘书处有专职工作人员{s}人。",
        "秘书处现有专职工作人员{s}人，专家队伍{m}人。", "学会秘书处{u}专家库现有专家{m}人。"}},
  };
  static const std::vector<Slot> kMunicipal = {
      {1.0,
       {"学会是北京市科协所属市级学会，组织{I}领域科技工作者开展学术交流和科普活动，围绕{D}、{E}"
        "为企业提供技术咨询与服务。",
        "学会聚焦{S}，联系高校、科研院所和企业专家，开展{D}"
        "方向的技术服务、人才培训和团体标准研制。",
        "学会面向{I}领域，组织{D}与{E}方向的学术交流、科普和技术培训。"}},
      {0.8,
       {"关注{C}等行业共性问题。", "围绕{C}组织专家为企业提供咨询。",
        "定期举办学术年会和技术沙龙，研讨{C}等问题。"}},
      {1.0, {"学会还联系{G}领域{F}方向的专家。", "并组织{F}等{G}方向的学术交流。"}},
      {1.0,
       {"学会专家库现有专家{m}人，秘书处有专职工作人员{s}人。",
        "秘书处现有专职工作人员{s}人，专家队伍{m}人。", "学会秘书处{u}专家库现有专家{m}人。"}},
  };
  static const std::vector<Slot> kCommittee = {
      {1.0,
       {"专业委员会聚焦{S}，组织{D}、{E}方向的学术会议与技术研讨。",
        "专委会汇聚{I}领域专家，重点关注{D}与{E}。",
        "专业委员会是{o}的分支机构，聚焦{S}，组织{D}方向的学术交流。"}},
      {1.0,
       {"围绕{C}开展专家咨询和团体标准工作。", "为企业和园区提供{C}相关的技术诊断与咨询服务。"}},
      {1.0, {"研讨范围还涉及{G}领域的{F}。"}},
      {0.8, {"专委会专家库现有专家{m}人。", "专家库现有专家{m}人，秘书处有专职工作人员{s}人。"}},
  };
  static const std::vector<Slot> kPark = {
      {1.0,
       {"园区是中关村国家自主创新示范区的组成部分，重点发展{I}、{J}等领域，聚集了{D}、{E}"
        "等方向的创新企业。"}},
      {1.0, {"园区围绕{C}等关键核心技术搭建{P}，提供孵化、中试和技术转移服务。"}},
      {1.0, {"园区还布局{G}领域的{F}等方向。"}},
  };
  static const std::vector<Slot> kCast = {
      {1.0,
       {"科协面向科技工作者和企业提供科技服务，依托{P}推动{I}产业发展，组织专家围绕{D}"
        "开展咨询与技术服务。",
        "科协联系{I}领域科技人员，搭建学术交流和科技服务平台，服务{D}、{E}"
        "方向的技术攻关和人才培养。",
        "科协立足{l}，服务{I}领域科技工作者，围绕{D}与{E}组织学术交流和技术服务。",
        "科协依托{o}，组织科技人员围绕{D}开展技术攻关和科普活动。"}},
      {0.7, {"关注{C}等共性问题。", "建有{P}，为会员单位提供技术服务。"}},
      {1.0, {"服务范围还包括{G}领域的{F}。"}},
  };
  static const std::vector<Slot> kExpert = {
      {1.0, {"{h?}{a}{t}。", "{h?}现任{a}{t}。"}},
      {1.0,
       {"长期从事{D}研究，主要方向包括{E}。", "从事{S}研究{n}年，近年来聚焦{D}和{E}。",
        "研究方向为{S}，在{D}和{E}方面有深入研究。", "主要研究{D}，兼顾{E}。",
        "从事{I}领域的{D}研究与工程化工作，近年来拓展至{E}方向。", "主要从事{D}与{E}方向的研究。"}},
      {0.85,
       {"近年来围绕{C}开展攻关，取得系列成果。", "致力于解决{C}等卡脖子问题。",
        "关注{C}等关键核心技术难题。", "在{C}方面取得重要进展。"}},
      {1.0, {"在{G}领域的{F}方向也有研究。", "近年来开展{F}等{G}交叉研究。"}},
      {0.8,
       {"{v}国家重点研发计划项目{p}项，发表学术论文{q}篇，授权发明专利{z}项。",
        "{v}国家自然科学基金项目{p}项，发表SCI/EI论文{q}篇。",
        "先后{v}国家及省部级科研项目{p}项，授权发明专利{z}项。",
        "发表学术论文{q}篇，授权发明专利{z}项。"}},
      {1.0, {"曾获{w}。", "获{w}。"}},
      {0.2, {"兼任相关学会专业委员会委员。", "参与行业科技咨询和技术服务工作。"}},
  };
  static const std::vector<Slot> kEnterpriseExpert = {
      {1.0, {"{h?}{a}{t}。", "{h?}现任{a}{t}。"}},
      {1.0,
       {"负责{D}方向的技术研发，参与{E}相关产品开发。", "长期从事{D}研发与工程化工作，兼顾{E}。",
        "主持公司{D}方向的研发工作，拓展{E}应用。", "从事{I}领域技术研发{n}年，现主要负责{D}方向。",
        "主要从事{D}与{E}的技术开发和产业化。"}},
      {0.85,
       {"带领团队攻关{C}，推动国产化替代。", "围绕{C}开展技术攻关。",
        "关注{C}等卡脖子问题的工程化解决方案。"}},
      {1.0, {"还参与{G}领域的{F}项目。", "近年来拓展至{G}领域的{F}方向。"}},
      {0.8,
       {"{v}国家和北京市科技项目{p}项，授权发明专利{z}项。",
        "授权发明专利{z}项，{v}制定国家和行业标准{k}项。",
        "{v}研发的产品已实现量产，授权发明专利{z}项。"}},
      {1.0, {"曾获{w}。", "获{w}。"}},
  };
  static const std::vector<Slot> kServiceExpert = {
      {1.0, {"{h?}{a}{t}。", "{h?}现任{a}{t}。"}},
      {1.0,
       {"从事{I}工作{n}年，主要开展{D}和{E}服务。", "长期从事{D}业务，兼顾{E}。",
        "负责公司{D}业务，为企业提供{E}服务。"}},
      {0.85, {"关注{C}等行业服务难题。", "围绕{C}为企业提供解决方案。"}},
      {1.0, {"服务还涉及{G}领域的{F}。"}},
      {0.8,
       {"累计完成服务项目{#20-300}项，服务企业{#30-500}家。", "{v}制定国家和行业标准{k}项。",
        "{v}国家和北京市科技服务项目{p}项。"}},
      {1.0, {"曾获{w}。", "获{w}。"}},
  };
  static const std::vector<Slot> kSocietyExpert = {
      {1.0, {"{h?}{a}{t}。", "{h?}现任{a}{t}。"}},
      {1.0,
       {"长期从事{D}研究与技术服务，主要方向包括{E}。", "从事{I}领域科技咨询{n}年，主要研究{D}。",
        "主要研究{D}，兼顾{E}，参与学术交流和团体标准工作。"}},
      {0.8, {"组织专家围绕{C}开展咨询。", "关注{C}等行业共性问题。"}},
      {1.0, {"还关注{G}领域的{F}。"}},
      {0.6, {"{v}制定团体标准{k}项，发表论文{q}篇。", "{v}国家及省部级科研项目{p}项。"}},
      {1.0, {"曾获{w}。", "获{w}。"}},
  };
  switch (kind) {
    case TextKind::kLeadingEnterprise:
      return kLeading;
    case TextKind::kRelatedEnterprise:
      return kRelated;
    case TextKind::kLeadingServiceFirm:
      return kLeadingService;
    case TextKind::kRelatedServiceFirm:
      return kRelatedService;
    case TextKind::kUniversity:
      return kUniversity;
    case TextKind::kInstitute:  // 中国标准化研究院 serves; it does not attack choke points
      return service ? kServiceInstitute : kInstitute;
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
    case TextKind::kEnterpriseExpert:
      return kEnterpriseExpert;
    case TextKind::kServiceExpert:
      return kServiceExpert;
    case TextKind::kSocietyExpert:
      return kSocietyExpert;
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

// The terms a description's placeholders stand for.
struct Terms {
  std::string_view industry, second_industry;
  const DemoTerm* d = nullptr;
  const DemoTerm* e = nullptr;
  const DemoTerm* c = nullptr;
  std::string_view topic, platform;
  std::vector<const DemoTerm*> support;       // {F}
  std::vector<std::string_view> support_for;  // {G}: their industries' names
  std::vector<const DemoTerm*> said;          // the terms the description has named so far
};

// The text of placeholder `key` ("D", "y", "#5-25"); false if the record has
// nothing to put there.
bool Fill(DemoRng& rng, std::string_view key, Terms& t, const TextFacts& facts, bool english,
          std::string* out) {
  if (key.size() > 1 && key.front() == '#') {
    const std::size_t dash = key.find('-');
    const int lo = std::stoi(std::string(key.substr(1, dash - 1)));
    const int hi = std::stoi(std::string(key.substr(dash + 1)));
    out->append(std::to_string(rng.Int(lo, hi)));
    return true;
  }
  const char k = key.front();
  if (k >= 'a' && k <= 'z') {  // a fact; "{h?}" may be empty
    const std::string& value = facts.Get(k);
    out->append(value);
    return !value.empty() || key.substr(1) == "?";
  }
  if (key.size() != 1) return false;
  auto join = [&](const auto& items, auto append) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out->append("、");
      append(items[i]);
    }
    return !items.empty();
  };
  switch (k) {
    case 'I':
      out->append(t.industry);
      return true;
    case 'J':
      out->append(t.second_industry);
      return !t.second_industry.empty();
    case 'D':
    case 'E':
    case 'C': {
      const DemoTerm* term = k == 'D' ? t.d : k == 'E' ? t.e : t.c;
      AppendTerm(*term, english, out);
      t.said.push_back(term);
      return true;
    }
    case 'S':
      out->append(t.topic);
      return true;
    case 'P':
      out->append(t.platform);
      return true;
    case 'F':
      return join(t.support, [&](const DemoTerm* term) { AppendTerm(*term, english, out); });
    case 'G':
      return join(t.support_for, [&](std::string_view name) { out->append(name); });
    default:
      return false;
  }
}

// `sentence` with its placeholders filled; empty if one cannot be.
std::string Render(DemoRng& rng, std::string_view sentence, Terms* t, const TextFacts& facts,
                   bool english) {
  std::string out;
  for (std::size_t k = 0; k < sentence.size(); ++k) {
    const std::size_t close = sentence[k] == '{' ? sentence.find('}', k) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += sentence[k];
      continue;
    }
    if (!Fill(rng, sentence.substr(k + 1, close - k - 1), *t, facts, english, &out)) return {};
    k = close;
  }
  return out;
}

// True if the sentence's placeholders can all be filled (without drawing numbers).
bool Fillable(std::string_view sentence, const Terms& t, const TextFacts& facts, bool pair_ok) {
  if (!pair_ok && (sentence.find("{I}和{J}") != std::string_view::npos ||
                   sentence.find("{I}、{J}") != std::string_view::npos)) {
    return false;  // a record of one industry does not claim strength in a second one
  }
  for (std::size_t k = sentence.find('{'); k != std::string_view::npos;
       k = sentence.find('{', k + 1)) {
    const char c = sentence[k + 1];
    if (c >= 'a' && c <= 'z' && facts.Get(c).empty() && sentence[k + 2] != '?') return false;
    if ((c == 'F' || c == 'G') && t.support.empty()) return false;
  }
  return true;
}

// The terms a record uses of one of its sub-fields.
struct View {
  const SubfieldVocabulary* vocab;
  std::vector<const DemoTerm*> directions;   // never empty
  std::vector<const DemoTerm*> chokepoints;  // empty when `via` names none
  bool bridged = false;  // only `via`'s terms: the sub-field's topic is not the record's
};

// All of the sub-field's terms, or only those in `via` (a choke point serving
// as a direction if `via` names no direction).
View MakeView(const SubfieldVocabulary& v, const std::vector<std::string_view>& via) {
  View view{&v, {}, {}};
  auto allowed = [&](const DemoTerm& t) {
    return via.empty() || std::find(via.begin(), via.end(), t.zh) != via.end();
  };
  for (const DemoTerm& t : v.directions) {
    if (allowed(t)) view.directions.push_back(&t);
  }
  for (const DemoTerm& t : v.chokepoints) {
    if (allowed(t)) view.chokepoints.push_back(&t);
  }
  if (view.directions.empty()) view.directions = view.chokepoints;
  if (view.directions.empty()) return MakeView(v, {});  // `via` names none of its terms
  view.bridged = !via.empty();
  return view;
}

}  // namespace

std::string_view DistinctiveIndustry(std::string_view word) {
  static const std::map<std::string, std::string_view, std::less<>> kOwner = [] {
    std::map<std::string, std::set<std::string_view>, std::less<>> owners;
    for (const SubfieldVocabulary& v : SubfieldVocabularies()) {
      const std::string_view industry = IndustryOfSubfield(v.subfield);
      auto add = [&](const DemoTerm& t) {
        owners[std::string(t.zh)].insert(industry);
        if (!t.en.empty()) owners[std::string(t.en)].insert(industry);
      };
      add(v.topic);
      for (const auto* list : {&v.directions, &v.chokepoints}) {
        for (const DemoTerm& t : *list) add(t);
      }
    }
    std::map<std::string, std::string_view, std::less<>> owner;
    for (const auto& [w, industries] : owners) {
      owner[w] = industries.size() == 1 ? *industries.begin() : std::string_view();
    }
    return owner;
  }();
  auto it = kOwner.find(word);
  return it == kOwner.end() ? std::string_view() : it->second;
}

ComposedText ComposeText(DemoRng& rng, TextKind kind, const std::vector<Weighted>& industries,
                         const std::vector<std::string>& subfields, const TextFocus& focus,
                         const TextFacts& facts, bool english) {
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
  // The terms the record may use of each sub-field: all of them, or for a
  // bridged one the terms where it meets the record's other work.
  std::vector<View> views;
  for (std::size_t i = 0; i < vocab.size(); ++i) {
    const SubfieldVocabulary& v = *vocab[i];
    std::vector<std::string_view> via;
    if (focus.bridged && IndustryOfSubfield(v.subfield) != IndustryOfSubfield(vocab[0]->subfield)) {
      for (std::size_t j = 0; j < i; ++j) {
        for (std::string_view t : BridgeTerms(vocab[j]->subfield, v.subfield)) via.push_back(t);
      }
    }
    views.push_back(MakeView(v, via));
  }
  const View& first = views.front();
  const View& second = views[views.size() > 1 ? 1 : 0];
  const std::string_view first_industry = IndustryOfSubfield(first.vocab->subfield);
  const std::string_view second_industry = IndustryOfSubfield(second.vocab->subfield);
  const DemoTerm* d = nullptr;
  if (!focus_directions.empty()) {
    // A body named after a term ("激光加工") describes its other focus terms first.
    std::vector<const DemoTerm*> others;
    for (const DemoTerm* t : focus_directions) {
      if (t->zh != focus.topic) others.push_back(t);
    }
    d = rng.Pick(others.empty() ? focus_directions : others);
  } else {
    d = rng.Pick(first.directions);
  }
  // A body with a focus describes its focus; an expert ranges a little wider.
  const bool body = !IsExpertText(kind);
  const DemoTerm* e = nullptr;
  if (focus_directions.size() > 1 && (body || rng.Chance(0.7))) {
    for (int tries = 0; tries < 4 && (e == nullptr || e == d); ++tries) {
      e = rng.Pick(focus_directions);
    }
  }
  if (e == nullptr || e == d) {
    // A second line of work in another industry is named by a term of that
    // industry alone (动力电池, not 自动驾驶, for an AI expert's EV work).
    std::vector<const DemoTerm*> own;
    if (second_industry != first_industry) {
      for (const DemoTerm* t : second.directions) {
        if (DistinctiveIndustry(t->zh) == second_industry) own.push_back(t);
      }
    }
    if (!own.empty()) {
      e = rng.Pick(own);
    } else {
      e = rng.Pick(second.directions);
      for (int tries = 0; tries < 4 && e->zh == d->zh; ++tries) e = rng.Pick(second.directions);
    }
  }
  // The choke point: a focus one, else mostly the first sub-field's; never a
  // term already named as a direction.
  const DemoTerm* choke = nullptr;
  if (!focus_chokepoints.empty() && rng.Chance(0.8)) choke = rng.Pick(focus_chokepoints);
  for (int tries = 0; tries < 4 && (choke == nullptr || choke == d || choke == e); ++tries) {
    const bool from_second = !rng.Chance(0.7) && !second.chokepoints.empty();
    choke = rng.Pick(from_second ? second.chokepoints : first.chokepoints);
  }
  const DemoTerm& c = *choke;

  Terms terms;
  terms.industry = IndustryName(industries.front().code);
  terms.second_industry =
      industries.size() > 1 ? IndustryName(industries[1].code)
                            : IndustryName(rng.Pick(FindProfile(industries.front().code)->related));
  terms.d = d;
  terms.e = e;
  terms.c = &c;
  terms.topic = focus.topic.empty() ? first.vocab->topic.zh : focus.topic;
  const bool academic = kind == TextKind::kUniversity || kind == TextKind::kInstitute;
  const bool service = kind == TextKind::kPark || kind == TextKind::kCast;
  terms.platform = rng.Pick(academic  ? AcademicPlatforms()
                            : service ? ServicePlatforms()
                                      : EnterprisePlatforms());
  // Every industry of the record is earned by a term of its own, a term of one
  // of its sub-fields there that no other industry's vocabulary has.
  // A body other than an enterprise names an industry by its focus there, else
  // by a sub-field's topic (a district CAST serves 半导体装备, not 光刻机光学系统).
  const bool by_topic =
      body && kind != TextKind::kLeadingEnterprise && kind != TextKind::kRelatedEnterprise &&
      kind != TextKind::kLeadingServiceFirm && kind != TextKind::kRelatedServiceFirm;
  auto own_term = [&](std::string_view industry) -> const DemoTerm* {
    auto its = [&](const DemoTerm* t) { return DistinctiveIndustry(t->zh) == industry; };
    std::vector<const DemoTerm*> focus_own, topics, own;
    for (const DemoTerm* t : focus_directions) {
      if (its(t)) focus_own.push_back(t);
    }
    for (const View& v : views) {
      if (IndustryOfSubfield(v.vocab->subfield) != industry) continue;
      if (!v.bridged && its(&v.vocab->topic)) topics.push_back(&v.vocab->topic);
      // A bridge may be a choke point (车规级AI芯片 between EVs and AI systems).
      for (const auto* list : {&v.directions, &v.chokepoints}) {
        for (const DemoTerm* t : *list) {
          if (its(t) && std::find(own.begin(), own.end(), t) == own.end()) own.push_back(t);
        }
      }
    }
    if (!focus_own.empty()) return rng.Pick(focus_own);
    if (by_topic && !topics.empty()) return rng.Pick(topics);
    return own.empty() ? nullptr : rng.Pick(own);
  };
  // {F}: the secondary industries the sentences so far leave unnamed, each by
  // its own term (E itself when it earns one but was not said).
  auto name_the_rest = [&] {
    for (std::size_t i = 1; i < industries.size(); ++i) {
      const std::string_view code = industries[i].code;
      const auto named = [&](const DemoTerm* t) { return DistinctiveIndustry(t->zh) == code; };
      if (std::any_of(terms.said.begin(), terms.said.end(), named)) continue;
      const DemoTerm* t = named(e) ? e : own_term(code);
      if (t == nullptr) continue;
      terms.support.push_back(t);
      terms.support_for.push_back(IndustryName(code));
    }
  };

  ComposedText out;
  const bool pair_ok = industries.size() > 1;
  bool rest_named = false;
  for (const Slot& slot : Slots(kind, industries.front().code == "st_services")) {
    if (!rng.Chance(slot.p)) continue;
    std::vector<std::string_view> fillable;
    for (std::string_view s : slot.sentences) {
      if (!rest_named && s.find("{F}") != std::string_view::npos) {
        name_the_rest();
        rest_named = true;
      }
      if (Fillable(s, terms, facts, pair_ok)) fillable.push_back(s);
    }
    if (fillable.empty()) continue;
    out.description += Render(rng, rng.Pick(fillable), &terms, facts, english);
  }

  // Keywords: the terms of the description first, then every industry's own
  // term if none of those is, then more of the same sub-fields.
  std::vector<const DemoTerm*> earn = terms.support;
  for (const Weighted& w : industries) {
    const auto names = [&](const DemoTerm* t) { return DistinctiveIndustry(t->zh) == w.code; };
    if (names(d) || names(e) || names(&c) || std::any_of(earn.begin(), earn.end(), names)) {
      continue;
    }
    if (const DemoTerm* t = own_term(w.code)) earn.push_back(t);
  }
  int target = IsExpertText(kind) ? rng.Int(3, 6) : rng.Int(3, 8);
  target = std::min(kMaxKeywords, std::max(target, 3 + static_cast<int>(earn.size())));
  auto add = [&](std::string_view s) {
    if (static_cast<int>(out.keywords.size()) < target && !s.empty() &&
        !Contains(out.keywords, s)) {
      out.keywords.emplace_back(s);
    }
  };
  add(d->zh);
  add(c.zh);
  add(e->zh);
  for (const DemoTerm* t : earn) add(t->zh);
  if (english) add(d->en);
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
    const View& v = views[rng.Below(views.size())];
    switch (rng.Below(4)) {
      case 0:  // a bridged sub-field is named by its bridge terms only
        add(v.bridged ? rng.Pick(v.directions)->zh : v.vocab->topic.zh);
        break;
      case 1:
        add(rng.Pick(v.chokepoints.empty() ? v.directions : v.chokepoints)->zh);
        break;
      default:
        add(rng.Pick(v.directions)->zh);
        break;
    }
  }
  add(terms.industry);
  add(first.vocab->topic.zh);
  // A bilingual record lists the English terms of its description as well.
  if (english) {
    target = kMaxKeywords;
    add(e->en);
    add(c.en);
    add(first.vocab->topic.en);
  }
  return out;
}

}  // namespace consortia::detail
