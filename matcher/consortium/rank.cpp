// The ranker of consortium candidates (matcher/consortium/rank.h).
#include "rank.h"

#include <algorithm>
#include <cstdio>

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

double WeightOf(const std::vector<Weighted>& list, const std::string& code) {
  for (const auto& w : list) {
    if (w.code == code) return w.weight;
  }
  return 0.0;
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

  // Industry fit.
  double industry = 0;
  std::vector<std::string> industry_names;
  if (!ctx.target_industries.empty()) {
    double num = 0, den = 0;
    for (const auto& code : ctx.target_industries) {
      const double lead_w =
          ctx.target_industries.size() == 1 ? 1.0 : WeightOf(ctx.lead.industries, code);
      const double rec_w = WeightOf(rec.industries, code);
      num += lead_w * rec_w;
      den += lead_w;
      if (rec_w > 0) {
        c.evidence.industries.push_back(code);
        const Term* t = FindIndustry(code);
        industry_names.push_back((t ? t->name : code) + " " + Fixed(rec_w));
      }
    }
    industry = den > 0 ? std::min(1.0, num / den) : 0.0;
  }
  term("industry", w.industry, industry);
  if (industry > 0) c.reasons.push_back("产业契合: " + Join(industry_names));

  // Complementarity: target sub-fields (chain positions) the lead lacks.
  std::vector<std::string> new_names;
  for (const auto& sf : rec.subfields) {
    if (ctx.complementary.count(sf) == 0) continue;
    c.evidence.complementary_subfields.push_back(sf);
    const Term* t = FindSubfield(sf);
    new_names.push_back(t ? t->name : sf);
  }
  const double complementarity = std::min(1.0, new_names.size() / 2.0);
  term("complementarity", w.complementarity, complementarity);
  if (!new_names.empty()) c.reasons.push_back("补链互补(牵头企业缺少): " + Join(new_names));

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

  // Region.
  double region = 0;
  if (ctx.regional && ctx.region != nullptr) {
    if (RegionContains(ctx.region->code, rec.zone, rec.park)) {
      region = 1.0;
      c.evidence.in_region = true;
      c.reasons.push_back("区域: 位于" + ctx.region->name);
    } else if (RegionSpansDistrict(ctx.region->code, rec.district)) {
      region = 0.5;
      const Term* d = FindDistrict(rec.district);
      c.reasons.push_back("区域: 同在" + (d ? d->name : rec.district));
    }
    term("region", w.region_regional, region);
  } else {
    if ((!rec.park.empty() && rec.park == ctx.lead.park) ||
        (!rec.zone.empty() && rec.zone == ctx.lead.zone)) {
      region = 1.0;
      c.reasons.push_back("地理邻近: 与牵头企业同园区/同区域");
    } else if (!rec.district.empty() && rec.district == ctx.lead.district) {
      region = 0.5;
      const Term* d = FindDistrict(rec.district);
      c.reasons.push_back("地理邻近: 同在" + (d ? d->name : rec.district));
    }
    term("region", w.region_industrial, region);
  }

  // Existing cooperation with the lead.
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
  term("ties", w.ties, ties);

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
  return c;
}

}  // namespace consortia::detail
