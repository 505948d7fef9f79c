// The small in-memory store the targets that need one share (fuzz/fuzz.h).
#include "fuzz.h"

namespace consortia::fuzz {
namespace {

constexpr const char* kDataset = R"({
 "organizations": [
  {"key": "lead", "name": "北芯微电子", "kind": "enterprise", "leading": true, "district": "110108",
   "zone": "zgc_science_city", "park": "zgc_haidian", "industries": [{"code": "ic", "weight": 1}],
   "subfields": ["ic.design"], "capabilities": ["rnd"], "keywords": ["芯片"]},
  {"key": "fab", "name": "晶圆制造", "kind": "enterprise", "district": "110108",
   "industries": [{"code": "ic", "weight": 1}]},
  {"key": "soc", "name": "北京电子学会", "kind": "municipal_society", "district": "110102",
   "staff": 20, "expert_team": 300, "industries": [{"code": "ic", "weight": 1}]},
  {"key": "uni", "name": "某大学", "kind": "university", "district": "110108",
   "industries": [{"code": "ic", "weight": 1}]}],
 "experts": [
  {"key": "e1", "name": "王院士", "title": "academician", "academy": "CAS", "affiliation": "uni",
   "fields": ["F0402"], "industries": [{"code": "ic"}], "capacity": 2},
  {"key": "e2", "name": "李专家", "title": "renowned", "affiliation": "fab", "fields": ["F0406"],
   "industries": [{"code": "ic"}]}],
 "ties": [{"from": "e1", "to": "lead", "kind": "joint_rnd", "year": 2021}]})";

}  // namespace

Store& SmallStore() {
  static Store* store = [] {
    auto opened = Store::Open(":memory:");
    if (!opened.ok()) std::abort();
    std::vector<ImportProblem> problems;
    Dataset data = ParseJsonDataset(kDataset, &problems);
    if (!problems.empty()) std::abort();
    auto report = (*opened)->Import(data);
    if (!report.ok() || !report->ok()) std::abort();
    return opened->release();
  }();
  return *store;
}

}  // namespace consortia::fuzz
