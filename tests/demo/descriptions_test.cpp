// Demo records read as real profiles do: each description is its record's own
// (its work, affiliation, position, years and achievements), not a template
// shared with hundreds of others; what it states of the record agrees with the
// record's fields; two colleagues never share a name, two experts never a
// contact. An analyst found 55 % of expert descriptions word for word another
// expert's, and 12 pairs of namesakes at one employer.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "default_set.h"

namespace consortia {
namespace {

using testing::DefaultDemo;

// How many of `texts` equal another one.
int Shared(const std::vector<std::string>& texts) {
  std::map<std::string, int> count;
  for (const std::string& t : texts) ++count[t];
  int shared = 0;
  for (const std::string& t : texts) shared += count[t] > 1;
  return shared;
}

// A near-duplicate is equal once numbers and the given names are taken out:
// "清华大学教授。发表论文30余篇" and "北京大学教授。发表论文80余篇" are one text.
std::string Skeleton(std::string text, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    for (std::size_t p; !name.empty() && (p = text.find(name)) != std::string::npos;) {
      text.replace(p, name.size(), "@");
    }
  }
  static const std::regex kDigits("[0-9]+");
  return std::regex_replace(text, kDigits, "#");
}

TEST(DemoDescriptionsTest, FewRecordsShareADescription) {
  const Dataset& d = DefaultDemo();
  std::map<std::string, const Organization*> by_key;
  for (const Organization& o : d.organizations) by_key[o.key] = &o;
  std::vector<std::string> experts, expert_skeletons, orgs, org_skeletons;
  for (const Expert& e : d.experts) {
    experts.push_back(e.description);
    expert_skeletons.push_back(Skeleton(e.description, {by_key.at(e.affiliation_key)->name}));
  }
  for (const Organization& o : d.organizations) {
    orgs.push_back(o.description);
    org_skeletons.push_back(Skeleton(o.description, {o.name}));
  }
  const int n = static_cast<int>(experts.size());
  const int m = static_cast<int>(orgs.size());
  EXPECT_LE(Shared(experts), n / 100);          // was 55 %
  EXPECT_LE(Shared(expert_skeletons), n / 20);  // not only the numbers differ
  EXPECT_LE(Shared(orgs), m / 100);             // was 5.7 %
  EXPECT_LE(Shared(org_skeletons), m / 50);
}

TEST(DemoDescriptionsTest, ExpertsDescriptionsAgreeWithTheirRecords) {
  const Dataset& d = DefaultDemo();
  std::map<std::string, const Organization*> by_key;
  for (const Organization& o : d.organizations) by_key[o.key] = &o;
  int with_affiliation = 0;
  for (const Expert& e : d.experts) {
    SCOPED_TRACE(e.key + " " + e.description);
    const std::string& text = e.description;
    const bool academician = e.title == Title::kAcademician;
    EXPECT_EQ(text.find("中国科学院院士") != std::string::npos, academician && e.academy == "CAS");
    EXPECT_EQ(text.find("中国工程院院士") != std::string::npos, academician && e.academy == "CAE");
    // Positions of an associate (副高) or junior title only for those titles.
    for (const char* word : {"副教授", "副研究员", "副理事长"}) {
      if (text.find(word) == std::string::npos) continue;
      EXPECT_TRUE(e.title == Title::kSenior ||
                  (std::string_view(word) == "副理事长" && e.title != Title::kOther))
          << word;
    }
    for (const char* word : {"讲师", "助理研究员"}) {
      if (text.find(word) != std::string::npos) {
        EXPECT_EQ(e.title, Title::kOther) << word;
      }
    }
    // His affiliation, named as it is called.
    const Organization& org = *by_key.at(e.affiliation_key);
    with_affiliation += text.find(org.name) != std::string::npos;
    // "从事…30余年": years in the field are round past 20, and a 30-year career
    // is not a junior's.
    static const std::regex kYears("([0-9]+)(余)?年");
    for (std::sregex_iterator it(text.begin(), text.end(), kYears), end; it != end; ++it) {
      const int years = std::stoi((*it)[1]);
      if (years >= 1900) continue;  // a year, not a span
      EXPECT_EQ((*it)[2].matched, years >= 20) << it->str();
      if (e.title == Title::kOther) {
        EXPECT_LT(years, 10);
      }
    }
  }
  EXPECT_GT(with_affiliation, static_cast<int>(d.experts.size()) * 9 / 10);
}

TEST(DemoDescriptionsTest, SocietiesStateTheirOwnTeamAndStaff) {
  static const std::regex kTeam("专家(?:库现有专家|队伍)([0-9]+)人");
  static const std::regex kStaff("专职工作人员([0-9]+)人");
  int societies = 0, stated = 0;
  for (const Organization& o : DefaultDemo().organizations) {
    if (!IsSociety(o.kind)) continue;
    ++societies;
    SCOPED_TRACE(o.key + " " + o.description);
    std::smatch m;
    if (std::regex_search(o.description, m, kTeam)) {
      ++stated;
      EXPECT_EQ(std::stoi(m[1]), o.expert_team);
    }
    if (std::regex_search(o.description, m, kStaff)) {
      EXPECT_EQ(std::stoi(m[1]), o.staff);
    }
    if (o.description.find("暂无专职工作人员") != std::string::npos) {
      EXPECT_EQ(o.staff, 0);
    }
  }
  EXPECT_GT(stated, societies * 3 / 4);
}

TEST(DemoDescriptionsTest, EnterprisesFoundedBeforeTheyGrew) {
  static const std::regex kFounded("([0-9]{4})年成立|成立于([0-9]{4})年");
  static const std::regex kPatents("授权发明专利([0-9]+)项");
  int founded = 0;
  for (const Organization& o : DefaultDemo().organizations) {
    if (o.kind != OrgKind::kEnterprise) continue;
    SCOPED_TRACE(o.key + " " + o.description);
    std::smatch year, patents;
    if (!std::regex_search(o.description, year, kFounded)) continue;
    ++founded;
    const int y = std::stoi(year[1].matched ? year[1] : year[2]);
    EXPECT_GE(y, 1980);
    EXPECT_LE(y, 2023);
    // A young company has not yet been granted hundreds of patents.
    if (std::regex_search(o.description, patents, kPatents)) {
      EXPECT_LE(std::stoi(patents[1]), 60 * (2024 - y) + 20) << y;
    }
  }
  EXPECT_GT(founded, 500);
}

TEST(DemoDescriptionsTest, ColleaguesHaveDistinctNamesAndExpertsTheirOwnContacts) {
  std::set<std::pair<std::string, std::string>> colleagues;
  std::set<std::string> contacts;
  for (const Expert& e : DefaultDemo().experts) {
    EXPECT_TRUE(colleagues.insert({e.affiliation_key, e.name}).second)
        << e.key << ": a second " << e.name << " at " << e.affiliation_key;
    for (const std::string* c : {&e.email, &e.phone}) {
      if (!c->empty()) {
        EXPECT_TRUE(contacts.insert(*c).second) << e.key << " shares " << *c;
      }
    }
  }
}

}  // namespace
}  // namespace consortia
