// matcher/application_draft.h — a draft of the application form (申请表) of one
// consortium, as Markdown and as printable HTML.
//
// Contract
// - RenderApplicationDraft is a pure function of its input and the rules: no
//   I/O, no lookups. The caller resolves ids to names (the registry knows them)
//   and passes plain strings.
// - Sections, in order: 联合体名称, 类型 (区域/产业, the type's name from the
//   rules), 所属区域/产业 (target name; from core/taxonomy.h when target_name is
//   empty), 牵头单位(龙头企业), 成员单位 grouped by role (Chinese role names from
//   rules roles.*.name; the lead role first, then the type's roles in
//   rules order, then any other role),
//   申报单位(秘书处), 技术方向与拟解决的关键问题, 依托项目, 科技服务团 (团长 and
//   members, each with title and affiliation).
// - All user text is escaped: HTML-escaped in the HTML; in the Markdown, table
//   cells escape '|' and newlines, and '<', '>', '&' are written as entities
//   so that a Markdown renderer cannot inject markup.
// - The HTML is one self-contained UTF-8 document (<meta charset="utf-8">, inline
//   print CSS, no scripts, no external resources).
// - Errors (kInvalidArgument, field named): unknown type, unknown role, no
//   member in the lead role (a role whose rule requires_leading), empty name.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "matcher/rules.h"

namespace consortia {

struct DraftMember {
  std::string name;
  std::string role;  // role key of the rules
};

struct DraftExpert {
  std::string name;
  Title title = Title::kOther;
  std::string academy;   // academicians: "CAS" | "CAE"
  std::string position;  // optional free text, e.g. "教授" (shown after the title)
  std::string affiliation;
};

struct ApplicationDraftInput {
  std::string name;                  // 联合体名称
  std::string type;                  // "regional" | "industrial"
  std::string target;                // region or industry code
  std::string target_name;           // optional: overrides the taxonomy name
  std::vector<DraftMember> members;  // including the lead
  std::string applicant;             // 申报单位 (secretariat)
  std::string technical_direction;
  std::string key_problems;
  std::string project;  // 依托项目
  DraftExpert team_leader;
  std::vector<DraftExpert> team_members;
  std::string date;  // optional, printed under the title
};

struct ApplicationDraft {
  std::string markdown;
  std::string html;
};

Result<ApplicationDraft> RenderApplicationDraft(const ApplicationDraftInput& input,
                                                const ProgrammeRules& rules);

// Chinese label of an expert's title: 院士（中国科学院）, 知名专家, 高级职称, 其他.
std::string TitleLabel(Title title, const std::string& academy);

}  // namespace consortia
