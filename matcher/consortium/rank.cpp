// The ranker of consortium candidates (matcher/consortium/rank.h).
#include "rank.h"

#include <algorithm>
#include <cstdio>

#include "words.h"

namespace consortia::detail {
namespace {

std::string Join(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Cosine of the record's text profile (its stored embedding's text block, or
// its text embedded when it is not in the index) and the problem's.
double ProblemCosine(const RankContext& ctx, const ProfileRecord& rec) {
  if (ctx.model == nullptr || ctx.problem_text.empty()) return 0.0;
  if (ctx.index != nullptr) {
    auto profile = ctx.index->Embedding(rec.id);
    if (profile.ok()) {
      const BlockLayout& layout = ctx.model->layout();
      std::vector<float> text(
          profile->begin() + layout.Offset(Block::kText),
          profile->begin() + layout.Offset(Block::kText) + layout.Size(Block::kText));
      if (NormalizeL2(&text) <= 0) return 0.0;
      return InnerProduct(text, ctx.problem_text);
    }
  }
  return InnerProduct(ctx.model->EmbedText(rec.text), ctx.problem_text);
}

}  // namespace

const char* TieKindName(TieKind kind) {
  switch (kind) {
    case TieKind::kJointRnd:
      return "联合研发";
    case TieKind::kTechTransfer:
      return "技术转移";
    case TieKind::kStandard:
      return "标准制定";
    case TieKind::kInternational:
      return "国际合作";
    case TieKind::kBrand:
      return "品牌建设";
    case TieKind::kJointProject:
      return "联合项目";
  }
  return "合作";
}

ScoredCandidate RankCandidate(const RankContext& ctx, const RoleRule& role,
                              const ProfileRecord& rec, double similarity) {
  const RankWeights& w = ctx.weights;
  ScoredCandidate c;
  c.id = rec.id;
  c.name = rec.name;
  c.kind = static_cast<OrgKind>(static_cast<int>(rec.kind));
  c.role = role.key;
  auto term = [&c](const char* name, double weight, double feature) {
    c.terms.emplace_back(name, weight * feature);
    c.score += weight * feature;
  };

  // Similarity of the profile to the role query.
  const double sim = std::clamp(similarity, 0.0, 1.0);
  term("similarity", w.similarity, sim);

  // Industry fit: the best target industry the candidate lists, at its weight
  // in the target (a region's lead industries count less than the lead's own).
  double industry = 0;
  std::vector<std::string> industry_names;
  for (const Weighted& wi : rec.industries) {
    const double target_w = ctx.target.WeightOf(wi.code);
    if (target_w <= 0 || wi.weight <= 0) continue;
    industry = std::max(industry, std::min(1.0, target_w * wi.weight));
    c.evidence.industries.push_back(wi.code);
    industry_names.push_back(IndustryName(wi.code) + " " + Fixed(wi.weight));
  }
  term("industry", w.industry, industry);
  if (industry > 0) c.reasons.push_back("产业契合: " + Join(industry_names));
  c.evidence.in_target = ctx.target.empty() || ctx.target.Contains(rec.industries);

  // Complementarity: chain gaps of the lead (target sub-fields next to its
  // own that it lacks) the candidate fills; credited below, after relevance.
  std::vector<std::string> new_names;
  if (c.evidence.in_target) {
    for (const auto& sf : rec.subfields) {
      if (ctx.complementary.count(sf) == 0) continue;
      c.evidence.complementary_subfields.push_back(sf);
      new_names.push_back(SubfieldName(sf));
    }
  }
  const double complementarity = std::min(1.0, new_names.size() / 2.0);

  // Problem relevance: the share of the problem's weighted terms the record
  // carries (the index's lexical relevance: a rare term such as 抛光 weighs
  // more than a common one such as 先进 or 国产替代, an English problem finds
  // Chinese records through the term table) and the similarity of the texts.
  // The reason names only terms that carry weight.
  if (!ctx.problem.empty()) {
    const double cosine = std::clamp(ProblemCosine(ctx, rec), 0.0, 1.0);
    double lexical = 0;
    if (ctx.index != nullptr && ctx.problem_query) {
      Filter within;  // IDF among the records that can take the role
      for (OrgKind k : role.kinds) within.kinds.push_back(ToEntityKind(k));
      auto match = ctx.index->MatchText(*ctx.problem_query, rec.id, within);
      if (match.ok()) {
        lexical = match->relevance;
        for (const MatchedTerm& t : match->terms) c.evidence.matched_keywords.push_back(t.term);
      }
    }
    term("problem", w.problem, 0.5 * cosine + 0.5 * lexical);
    if (!c.evidence.matched_keywords.empty()) {
      c.reasons.push_back("问题相关: " + Join(c.evidence.matched_keywords));
    } else if (cosine > 0.2) {
      c.reasons.push_back("问题相关: 文本相似度 " + Fixed(cosine));
    }
  }

  // The relevance gate: without a problem every candidate passes; with one,
  // complementarity and ties scale with the problem relevance, so neither
  // brings in a member the problem does not concern.
  double gate = 1.0;
  if (!ctx.problem.empty()) {
    double relevance = 0;
    for (const auto& [name, value] : c.terms) {
      if (name == "problem" && w.problem > 0) relevance = value / w.problem;
    }
    gate = std::clamp(relevance / kFullRelevance, 0.0, 1.0);
  }
  term("complementarity", w.complementarity, complementarity * gate);
  if (!new_names.empty() && gate > 0) {
    c.reasons.push_back("补链互补(牵头企业缺少): " + Join(new_names));
  }

  // Region. Regional: in the region, or in one of its districts. Industrial:
  // near the lead. Not for societies: a municipal society serves the whole
  // city and a national one the country, so their address says nothing about
  // the work they can do.
  const OrgKind kind = c.kind;
  const bool society = kind == OrgKind::kMunicipalSociety || kind == OrgKind::kNationalSociety ||
                       kind == OrgKind::kSocietyCommittee;
  double region = 0;
  if (ctx.regional && ctx.region != nullptr) {
    if (!society && RegionContains(ctx.region->code, rec.zone, rec.park)) {
      region = 1.0;
      c.evidence.in_region = true;
      c.reasons.push_back("区域: 位于" + ctx.region->name);
    } else if (!society && RegionSpansDistrict(ctx.region->code, rec.district)) {
      region = 0.5;
      const Term* d = FindDistrict(rec.district);
      c.reasons.push_back("区域: 同在" + (d ? d->name : rec.district));
    }
    term("region", w.region_regional, region);
  } else {
    if (!society && ((!rec.park.empty() && rec.park == ctx.lead.park) ||
                     (!rec.zone.empty() && rec.zone == ctx.lead.zone))) {
      region = 1.0;
      c.reasons.push_back("地理邻近: 与牵头企业同园区/同区域");
    } else if (!society && !rec.district.empty() && rec.district == ctx.lead.district) {
      region = 0.5;
      const Term* d = FindDistrict(rec.district);
      c.reasons.push_back("地理邻近: 同在" + (d ? d->name : rec.district));
    }
    term("region", w.region_industrial, region);
  }

  // Existing cooperation with the lead: a basis the notice asks for, worth
  // less where the candidate does not concern the problem.
  double ties = 0;
  auto it = ctx.lead_ties.find(rec.id);
  if (it != ctx.lead_ties.end() && !it->second.empty()) {
    const int n = static_cast<int>(it->second.size());
    ties = std::min(1.0, 0.6 + 0.2 * (n - 1));
    std::vector<std::string> words;
    for (const Tie& t : it->second) {
      c.evidence.ties.push_back(std::string(ToString(t.kind)) + ":" + std::to_string(t.year));
      words.push_back(std::string(TieKindName(t.kind)) +
                      (t.year > 0 ? " " + std::to_string(t.year) : ""));
    }
    c.reasons.push_back("已有合作: " + Join(words));
  }
  term("ties", w.ties, ties * (0.4 + 0.6 * gate));

  // Capabilities the notice asks of this kind of member.
  double capability = 0;
  if (!role.capabilities.empty()) {
    std::vector<std::string> names;
    for (const auto& cap : role.capabilities) {
      if (!Contains(rec.capabilities, cap)) continue;
      c.evidence.capabilities.push_back(cap);
      const Term* t = FindCapability(cap);
      names.push_back(t ? t->name : cap);
    }
    capability = static_cast<double>(names.size()) / role.capabilities.size();
    if (!names.empty()) c.reasons.push_back("具备能力: " + Join(names));
  }
  term("capability", w.capability, capability);

  // A role that must fit the target: a candidate outside it goes last.
  const bool off_target = role.fits_target && !c.evidence.in_target;
  term("off_target", w.off_target, off_target ? -1.0 : 0.0);
  if (off_target) {
    std::vector<std::string> own;
    for (const Weighted& wi : rec.industries) own.push_back(IndustryName(wi.code));
    c.reasons.push_back("不在目标产业内: 产业为" +
                        (own.empty() ? std::string("未登记") : Join(own, "、")) + "，本联合体面向" +
                        ctx.target.Names());
  }
  return c;
}

}  // namespace consortia::detail
