// Members' reasons in Chinese, with the names of fields and affiliations.
#include <cstdio>
#include <string>
#include <vector>

#include "core/taxonomy.h"
#include "matcher/team.h"

namespace consortia {
namespace {

std::string Fixed2(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

std::string FieldLabel(std::string_view code) {
  const Term* term = FindField(code);
  std::string out(code);
  if (term != nullptr) out += " " + term->name;
  return out;
}

std::string_view TitleLabel(Title title) {
  switch (title) {
    case Title::kAcademician:
      return "院士";
    case Title::kRenowned:
      return "知名专家";
    case Title::kSenior:
      return "高级职称";
    case Title::kOther:
      break;
  }
  return "其他职称";
}

std::string MemberWhy(const TeamProblem& p, int index, bool leader) {
  const TeamCandidate& c = p.pool[index];
  std::vector<std::string> parts;
  if (leader) parts.emplace_back(p.leader_id == c.id ? "指定团长" : "团长");
  parts.emplace_back(TitleLabel(c.title));
  std::vector<std::string> held, near;
  for (const FieldWeight& f : p.fields) {
    const FieldMatch m = MatchField(c.fields, f.code);
    switch (m.relation) {
      case FieldRelation::kSame:
        held.push_back(FieldLabel(f.code));
        break;
      case FieldRelation::kChild:
        held.push_back(FieldLabel(f.code) + "（持有下级代码 " + FieldLabel(m.code) + "）");
        break;
      case FieldRelation::kParent:
        near.push_back(FieldLabel(f.code) + "（仅持有上级代码 " + FieldLabel(m.code) + "）");
        break;
      case FieldRelation::kSibling:
        near.push_back(FieldLabel(f.code) + "（仅持有同级代码 " + FieldLabel(m.code) + "）");
        break;
      case FieldRelation::kNone:
        break;
    }
  }
  // Partial matches are news only for a member who holds no requested field.
  if (!held.empty()) parts.push_back("覆盖 " + Join(held, "、"));
  if (held.empty() && !near.empty()) parts.push_back("部分覆盖 " + Join(near, "、"));
  if (held.empty() && near.empty() && !p.fields.empty()) {
    std::vector<std::string> own;
    for (const std::string& code : c.fields) own.push_back(FieldLabel(code));
    parts.push_back(own.empty() ? "不持有所需学科代码"
                                : "不持有所需学科代码（持有 " + Join(own, "、") + "）");
  }
  parts.push_back("相关度 " + Fixed2(c.relevance));
  if (c.member_affiliated) {
    parts.push_back(c.affiliation_name.empty() ? "来自联合体成员单位"
                                               : "来自联合体成员单位" + c.affiliation_name);
  } else if (!c.affiliation_name.empty()) {
    parts.push_back("单位 " + c.affiliation_name);
  }
  if (c.pinned && !(leader && p.leader_id == c.id)) parts.emplace_back("已固定");
  return Join(parts, "；");
}

}  // namespace consortia
