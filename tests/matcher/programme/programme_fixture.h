// A small hand-built world for the programme tests: `sets` disjoint groups of
// organisations (one valid consortium's worth each) and 15 experts per group,
// in a Store on a temporary file.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>

#include "core/taxonomy.h"
#include "data/data.h"
#include "matcher/programme.h"
#include "matcher/rules.h"

namespace consortia::testing {

namespace fs = std::filesystem;

inline const char* const kSetRegions[] = {
    "etown",       "zgc_science_city", "future_science_city", "huairou_science_city",
    "zgc_haidian", "zgc_chaoyang"};
inline const char* const kSetIndustries[] = {"ic",       "ai",        "biomed",
                                             "software", "smart_mfg", "new_energy"};

class ProgrammeWorld : public ::testing::Test {
 protected:
  explicit ProgrammeWorld(int sets = 4) {
    std::random_device rd;
    dir_ = fs::temp_directory_path() /
           ("consortia_programme_test_" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(dir_);
    auto store = Store::Open((dir_ / "p.db").string());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    auto rules = LoadRules(std::string(CONSORTIA_SOURCE_DIR) + "/rules/bast-2022.json");
    EXPECT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = std::move(rules).value();

    auto report = store_->Import(World(sets));
    EXPECT_TRUE(report.ok());
    if (report.ok()) {
      for (const ImportProblem& p : report->problems) {
        ADD_FAILURE() << p.file << " row " << p.row << " " << p.field << ": " << p.message;
      }
    }
    // Ids follow import order; resolve them by key.
    store_->ForEachOrganization([this](const Organization& o) { ids_[o.key] = o.id; });
    store_->ForEachExpert([this](const Expert& e) { ids_[e.key] = e.id; });
  }
  ~ProgrammeWorld() override {
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  static std::string Key(int set, const std::string& name) {
    return "s" + std::to_string(set) + "." + name;
  }
  Id IdOf(int set, const std::string& name) const { return ids_.at(Key(set, name)); }

  static Dataset World(int sets) {
    Dataset d;
    for (int k = 0; k < sets; ++k) {
      const Region* region = FindRegion(kSetRegions[k]);
      const std::string district = region->districts.front();
      auto org = [&](const std::string& name, OrgKind kind, const std::string& cn) {
        Organization o;
        o.key = Key(k, name);
        o.name = cn + std::to_string(k);
        o.kind = kind;
        o.district = district;
        o.industries = {{kSetIndustries[k], 1.0}};
        d.organizations.push_back(o);
        return &d.organizations.back();
      };
      Organization* lead = org("lead", OrgKind::kEnterprise, "北方芯材科技有限公司");
      lead->leading = true;
      if (region->kind == RegionKind::kZone) lead->zone = region->code;
      org("rel1", OrgKind::kEnterprise, "京华微电子有限公司");
      org("rel2", OrgKind::kEnterprise, "燕园封测有限公司");
      for (int i = 1; i <= 3; ++i) {
        Organization* m = org("mun" + std::to_string(i), OrgKind::kMunicipalSociety,
                              "北京市第" + std::to_string(i) + "学会");
        m->staff = 5;
        m->expert_team = 20;
      }
      org("nat", OrgKind::kNationalSociety, "中国电子学会");
      org("uni1", OrgKind::kUniversity, "清华大学");
      org("uni2", OrgKind::kResearchInstitute, "中国科学院微电子研究所");
      Organization* park = org("park", OrgKind::kPark, "园区管委会");
      if (region->kind == RegionKind::kZone) {
        park->zone = region->code;
      } else {
        park->park = region->code;
      }
      for (int i = 0; i < 16; ++i) {
        Expert e;
        e.key = Key(k, "e" + std::to_string(i));
        e.name = (i == 0 ? "王院士" : "专家") + std::to_string(k) + "_" + std::to_string(i);
        e.title = i == 0 ? Title::kAcademician : Title::kSenior;
        if (i == 0) e.academy = "CAS";
        e.affiliation_key = Key(k, "uni1");
        e.fields = {"F0402"};
        e.capacity = 1;
        d.experts.push_back(e);
      }
    }
    return d;
  }

  // A valid consortium of set k: industrial (for kSetIndustries[k]) or regional
  // (for kSetRegions[k]); team: experts e0 (leader) .. e14.
  ConsortiumRecord Record(int k, const std::string& type) const {
    ConsortiumRecord r;
    r.type = type;
    if (type == "regional") {
      r.region = kSetRegions[k];
    } else {
      r.industry = kSetIndustries[k];
    }
    r.members = {
        {IdOf(k, "lead"), "leading_enterprise"},     {IdOf(k, "mun1"), "municipal_society"},
        {IdOf(k, "mun2"), "municipal_society"},      {IdOf(k, "mun3"), "municipal_society"},
        {IdOf(k, "nat"), "national_society"},        {IdOf(k, "uni1"), "university_or_institute"},
        {IdOf(k, "uni2"), "university_or_institute"}};
    if (type == "regional") {
      r.members.push_back({IdOf(k, "park"), "park"});
    } else {
      r.members.push_back({IdOf(k, "rel1"), "related_enterprise"});
      r.members.push_back({IdOf(k, "rel2"), "related_enterprise"});
    }
    r.applicant_id = IdOf(k, "mun1");
    r.team.leader_id = IdOf(k, "e0");
    for (int i = 0; i < 15; ++i) r.team.members.push_back(IdOf(k, "e" + std::to_string(i)));
    r.year = 2022;
    r.score = 1.0 + k;
    r.name = std::string(type == "regional" ? "区域" : "产业") + "联合体" + std::to_string(k);
    r.technical_direction = "先进封装";
    r.problem = "高密度互连良率";
    r.project = "中试线";
    return r;
  }

  // Registers `r` as proposed and moves it one step at a time to r.status, as
  // the registry requires (proposed -> applied -> approved -> active): the
  // stored record, or the first refusal.
  Result<ConsortiumRecord> Admit(ConsortiumRecord r, const ProgrammeRules* rules = nullptr,
                                 const std::string& user = "x") {
    if (rules == nullptr) rules = &rules_;
    const ConsortiumStatus wanted = r.status;
    r.status = ConsortiumStatus::kProposed;
    auto c = RegisterConsortium(*store_, *rules, r, user);
    if (!c.ok()) return c;
    ConsortiumRecord current = *c;
    for (ConsortiumStatus next :
         {ConsortiumStatus::kApplied, ConsortiumStatus::kApproved, ConsortiumStatus::kActive}) {
      if (static_cast<int>(current.status) >= static_cast<int>(wanted)) break;
      current.status = next;
      auto revised = ReviseConsortium(*store_, *rules, current, user);
      if (!revised.ok()) return revised;
      current = *revised;
    }
    return current;
  }

  fs::path dir_;
  std::unique_ptr<Store> store_;
  ProgrammeRules rules_;
  std::map<std::string, Id> ids_;
};

}  // namespace consortia::testing
