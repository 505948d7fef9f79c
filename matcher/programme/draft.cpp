#include "matcher/programme.h"

#include <utility>

#include "core/taxonomy.h"

namespace consortia {
namespace {

// The character entity for c, or nullptr: '&', '<', '>' always, quotes on request.
const char* Entity(char c, bool quotes) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return quotes ? "&quot;" : nullptr;
    case '\'':
      return quotes ? "&#39;" : nullptr;
    default:
      return nullptr;
  }
}

std::string EscapeHtml(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (const char* e = Entity(c, /*quotes=*/true)) {
      out += e;
    } else {
      out += c;
    }
  }
  return out;
}

// HTML-escaped text with line breaks kept.
std::string HtmlText(const std::string& s) {
  std::string out;
  for (char c : EscapeHtml(s)) {
    if (c == '\n') {
      out += "<br>";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// Markdown: entities for markup characters; in a table cell also '|' and newlines.
std::string Md(const std::string& s, bool cell) {
  std::string out;
  for (char c : s) {
    if (const char* e = Entity(c, /*quotes=*/false)) {
      out += e;
      continue;
    }
    switch (c) {
      case '|':
        out += cell ? "\\|" : "|";
        break;
      case '\r':
        break;
      case '\n':
        out += cell ? " " : "  \n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string OrDash(const std::string& s) { return s.empty() ? "—" : s; }

struct Row {
  std::string label;
  std::string value;
};

struct MemberGroup {
  std::string role_name;
  std::vector<std::string> names;
};

struct ExpertRow {
  std::string duty;  // 团长 | 成员
  std::string name;
  std::string title;
  std::string affiliation;
};

// The form, resolved and in order; rendered twice.
struct Form {
  std::string title;
  std::string date;
  std::vector<Row> header;
  std::vector<MemberGroup> members;
  std::string direction;
  std::string problems;
  std::string project;
  std::vector<ExpertRow> team;
};

std::string ExpertTitle(const DraftExpert& e) {
  std::string t = TitleLabel(e.title, e.academy);
  if (!e.position.empty()) t += "，" + e.position;
  return t;
}

Result<Form> BuildForm(const ApplicationDraftInput& in, const ProgrammeRules& rules) {
  if (in.name.empty()) return Status::InvalidArgument("consortium name is empty", "name");
  const ConsortiumTypeRule* type = rules.FindType(in.type);
  if (type == nullptr)
    return Status::InvalidArgument("unknown consortium type '" + in.type + "'", "type");
  const bool regional = type->regional();
  std::string target_name = in.target_name;
  if (target_name.empty()) {
    if (regional) {
      const Region* r = FindRegion(in.target);
      if (r == nullptr)
        return Status::InvalidArgument("unknown region '" + in.target + "'", "target");
      target_name = r->name;
    } else {
      const Term* t = FindIndustry(in.target);
      if (t == nullptr)
        return Status::InvalidArgument("unknown industry '" + in.target + "'", "target");
      target_name = t->name;
    }
  }

  std::string lead;
  for (size_t i = 0; i < in.members.size(); ++i) {
    const RoleRule* role = rules.FindRole(in.members[i].member.role);
    if (role == nullptr) {
      return Status::InvalidArgument("unknown role '" + in.members[i].member.role + "'",
                                     "members[" + std::to_string(i) + "].role");
    }
    if (role->requires_leading && lead.empty()) lead = in.members[i].name;
  }
  if (lead.empty()) return Status::InvalidArgument("no member in the lead role", "members");

  Form f;
  f.title = "北京市科协创新联合体申请表（草稿）";
  f.date = in.date;
  f.header = {{"联合体名称", in.name},
              {"类型", type->name},
              {regional ? "所属区域" : "所属产业", target_name},
              {"牵头单位(龙头企业)", lead},
              {"申报单位(秘书处)", OrDash(in.applicant)}};

  // The lead role first, then the type's roles in rules order, then any other role.
  std::vector<std::string> order;
  for (const RoleMinimum& m : type->roles) {
    if (rules.FindRole(m.role)->requires_leading) order.push_back(m.role);
  }
  for (const RoleMinimum& m : type->roles) {
    if (!rules.FindRole(m.role)->requires_leading) order.push_back(m.role);
  }
  for (const auto& [key, role] : rules.roles) {
    if (type->FindRole(key) == nullptr) order.push_back(key);
  }
  for (const std::string& key : order) {
    MemberGroup g{rules.FindRole(key)->name, {}};
    for (const DraftMember& m : in.members) {
      if (m.member.role == key) g.names.push_back(m.name);
    }
    if (!g.names.empty()) f.members.push_back(std::move(g));
  }
  f.direction = OrDash(in.technical_direction);
  f.problems = OrDash(in.key_problems);
  f.project = OrDash(in.project);
  const DraftExpert& l = in.team_leader;
  if (!l.name.empty()) f.team.push_back({"团长", l.name, ExpertTitle(l), OrDash(l.affiliation)});
  for (const DraftExpert& e : in.team_members) {
    f.team.push_back({"成员", e.name, ExpertTitle(e), OrDash(e.affiliation)});
  }
  return f;
}

std::string RenderMarkdown(const Form& f) {
  std::string md = "# " + f.title + "\n\n";
  if (!f.date.empty()) md += "日期：" + Md(f.date, false) + "\n\n";
  md += "## 基本信息\n\n| 项目 | 内容 |\n|---|---|\n";
  for (const Row& r : f.header) md += "| " + r.label + " | " + Md(r.value, true) + " |\n";
  md += "\n## 成员单位\n\n| 角色 | 单位名称 |\n|---|---|\n";
  for (const MemberGroup& g : f.members) {
    for (const std::string& n : g.names)
      md += "| " + Md(g.role_name, true) + " | " + Md(n, true) + " |\n";
  }
  md += "\n## 技术方向与拟解决的关键问题\n\n**技术方向：** " + Md(f.direction, false) +
        "\n\n**拟解决的关键问题：** " + Md(f.problems, false) + "\n";
  md += "\n## 依托项目\n\n" + Md(f.project, false) + "\n";
  md += "\n## 科技服务团\n\n共 " + std::to_string(f.team.size()) + " 人。\n\n";
  md += "| 序号 | 职务 | 姓名 | 职称 | 工作单位 |\n|---|---|---|---|---|\n";
  for (size_t i = 0; i < f.team.size(); ++i) {
    const ExpertRow& e = f.team[i];
    md += "| " + std::to_string(i + 1) + " | " + e.duty + " | " + Md(e.name, true) + " | " +
          Md(e.title, true) + " | " + Md(e.affiliation, true) + " |\n";
  }
  return md;
}

constexpr const char* kCss =
    "body{font-family:\"Noto Serif CJK SC\",\"Songti SC\",SimSun,serif;margin:2em auto;"
    "max-width:48em;color:#000;line-height:1.6}"
    "h1{text-align:center;font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #000;"
    "margin-top:1.5em}table{border-collapse:collapse;width:100%}"
    "th,td{border:1px solid #000;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#eee;white-space:nowrap}.date{text-align:center}"
    "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}"
    "tr{page-break-inside:avoid}th{background:none}}"
    "@page{size:A4;margin:2cm}";

std::string RenderHtml(const Form& f) {
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      EscapeHtml(f.header[0].value) + " — 申请表（草稿）</title>\n<style>" + kCss +
      "</style>\n</head>\n<body>\n<h1>" + f.title + "</h1>\n";
  if (!f.date.empty()) h += "<p class=\"date\">日期：" + HtmlText(f.date) + "</p>\n";
  h += "<h2>基本信息</h2>\n<table>\n";
  for (const Row& r : f.header)
    h += "<tr><th>" + r.label + "</th><td>" + HtmlText(r.value) + "</td></tr>\n";
  h += "</table>\n<h2>成员单位</h2>\n<table>\n<tr><th>角色</th><th>单位名称</th></tr>\n";
  for (const MemberGroup& g : f.members) {
    for (size_t i = 0; i < g.names.size(); ++i) {
      h += "<tr>";
      if (i == 0) {
        h += "<th rowspan=\"" + std::to_string(g.names.size()) + "\">" + HtmlText(g.role_name) +
             "</th>";
      }
      h += "<td>" + HtmlText(g.names[i]) + "</td></tr>\n";
    }
  }
  h += "</table>\n<h2>技术方向与拟解决的关键问题</h2>\n<p><strong>技术方向：</strong>" +
       HtmlText(f.direction) + "</p>\n<p><strong>拟解决的关键问题：</strong>" +
       HtmlText(f.problems) + "</p>\n<h2>依托项目</h2>\n<p>" + HtmlText(f.project) + "</p>\n";
  h += "<h2>科技服务团</h2>\n<p>共 " + std::to_string(f.team.size()) + " 人。</p>\n<table>\n" +
       "<tr><th>序号</th><th>职务</th><th>姓名</th><th>职称</th><th>工作单位</th></tr>\n";
  for (size_t i = 0; i < f.team.size(); ++i) {
    const ExpertRow& e = f.team[i];
    h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + e.duty + "</td><td>" +
         HtmlText(e.name) + "</td><td>" + HtmlText(e.title) + "</td><td>" +
         HtmlText(e.affiliation) + "</td></tr>\n";
  }
  h += "</table>\n</body>\n</html>\n";
  return h;
}

}  // namespace

std::string TitleLabel(Title title, const std::string& academy) {
  switch (title) {
    case Title::kAcademician:
      if (academy == "CAS") return "院士（中国科学院）";
      if (academy == "CAE") return "院士（中国工程院）";
      return "院士";
    case Title::kRenowned:
      return "知名专家";
    case Title::kSenior:
      return "高级职称";
    case Title::kOther:
      break;
  }
  return "其他";
}

Result<ApplicationDraft> RenderApplicationDraft(const ApplicationDraftInput& input,
                                                const ProgrammeRules& rules) {
  Result<Form> form = BuildForm(input, rules);
  if (!form.ok()) return form.status();
  return ApplicationDraft{RenderMarkdown(*form), RenderHtml(*form)};
}

}  // namespace consortia
