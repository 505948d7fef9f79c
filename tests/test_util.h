// tests/test_util.h — temp dirs, a small hand-built dataset and a
// command runner shared by the server and CLI tests.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "core/model.h"
#include "tests/temp_dir.h"

namespace consortia::testing {

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs `consortia <args>` through the shell (args must be shell-safe).
inline CommandResult RunConsortia(const std::string& args) {
  CommandResult r;
  std::string cmd = std::string(CONSORTIA_BINARY) + " " + args + " 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
  int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// 5 organisations, 3 experts, 2 ties with known filter answers:
//   ent1 leading enterprise, ic, Haidian, zgc_science_city, zgc_haidian
//   ent2 enterprise, ai, Chaoyang
//   ent3 leading enterprise, ai + ic:0.5, Chaoyang, description mentions quantum
//   uni  university, ai, Haidian
//   inst research institute, biomed, Xicheng
//   e1 academician (CAS) at uni, F0402, ic; e2 senior at ent1, F0401, ic;
//   e3 other at uni, F02, ai
inline Dataset SmallDataset() {
  Dataset d;
  auto org = [&](std::string key, std::string name, OrgKind kind, bool leading,
                 std::string district, std::vector<Weighted> industries) {
    Organization o;
    o.key = std::move(key);
    o.name = std::move(name);
    o.kind = kind;
    o.leading = leading;
    o.district = std::move(district);
    o.industries = std::move(industries);
    d.organizations.push_back(o);
    return &d.organizations.back();
  };
  org("ent1", "芯片一号", OrgKind::kEnterprise, true, "110108", {{"ic", 1.0}});
  d.organizations.back().zone = "zgc_science_city";
  d.organizations.back().park = "zgc_haidian";
  org("ent2", "智能二号", OrgKind::kEnterprise, false, "110105", {{"ai", 1.0}});
  org("ent3", "量子三号", OrgKind::kEnterprise, true, "110105", {{"ai", 1.0}, {"ic", 0.5}});
  d.organizations.back().description = "quantum sensing and AI chips";
  org("uni", "某大学", OrgKind::kUniversity, false, "110108", {{"ai", 1.0}});
  org("inst", "某研究所", OrgKind::kResearchInstitute, false, "110102", {{"biomed", 1.0}});

  auto expert = [&](std::string key, std::string name, Title title, std::string aff,
                    std::string field, std::string industry) {
    Expert e;
    e.key = std::move(key);
    e.name = std::move(name);
    e.title = title;
    e.affiliation_key = std::move(aff);
    e.fields = {std::move(field)};
    e.industries = {{std::move(industry), 1.0}};
    e.email = e.key + "@example.cn";
    e.phone = "010-0000-0000";
    d.experts.push_back(e);
  };
  expert("e1", "张院士", Title::kAcademician, "uni", "F0402", "ic");
  d.experts.back().academy = "CAS";
  expert("e2", "李工", Title::kSenior, "ent1", "F0401", "ic");
  expert("e3", "王老师", Title::kOther, "uni", "F02", "ai");

  d.ties.push_back({"e1", "ent1", 0, 0, TieKind::kJointRnd, 2021});
  d.ties.push_back({"ent1", "uni", 0, 0, TieKind::kTechTransfer, 2020});
  return d;
}

}  // namespace consortia::testing
