// matcher/consortium/words.h — internal: the Chinese words the consortium
// matcher's reasons, warnings and violations are written with.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace consortia::detail {

// "人工智能" for "ai"; the code itself when unknown.
std::string IndustryName(const std::string& code);
// "中医药" for "biomed.tcm"; the code itself when unknown.
std::string SubfieldName(const std::string& code);
// "市学会", "全国学会专业委员会", "高校", ...
std::string KindName(OrgKind kind);
// Kinds joined with "或": "高校或科研院所".
std::string KindNames(const std::vector<OrgKind>& kinds);
// "a、b、c".
std::string JoinZh(const std::vector<std::string>& items, const char* sep = "、");
// Where an organisation is: "大兴区（北京经济技术开发区(亦庄)）", "未登记地点".
std::string PlaceName(const Organization& org);
// "北京电子学会（id 312）".
std::string Who(const Organization& org);

}  // namespace consortia::detail
