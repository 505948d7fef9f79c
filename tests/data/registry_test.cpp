// The registry part of the Store: consortia, statuses, assessments, audit
// history, commitments and all-or-nothing writes.
#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "data/data.h"
#include "sqlite.h"
#include "tests/temp_dir.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

class RegistryTest : public ::testing::Test {
 protected:
  RegistryTest() {
    auto store = Store::Open(dir_.File("r.db"));
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }
  ~RegistryTest() override { store_.reset(); }  // closed before dir_ is removed

  static ConsortiumRecord Record(Id lead, Id society, Id leader) {
    ConsortiumRecord r;
    r.name = "集成电路产业创新联合体";
    r.type = "industrial";
    r.industry = "ic";
    r.members = {{lead, "leading_enterprise"}, {society, "municipal_society"}};
    r.applicant_id = society;
    r.team.leader_id = leader;
    r.team.members = {leader, 501, 502};
    r.year = 2022;
    r.problem = "高密度互连良率";
    r.score = 2.5;
    return r;
  }

  std::int64_t AuditRows() {
    auto db = detail::Db::Open(dir_.File("r.db"));
    return *(*db)->QueryInt("SELECT COUNT(*) FROM consortium_audit");
  }

  testing::TempDir dir_{"consortia_registry_test"};
  std::unique_ptr<Store> store_;
};

TEST_F(RegistryTest, CreateGetListAndHistory) {
  auto c = store_->CreateConsortium(Record(1, 2, 500), "alice");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_GT(c->id, 0);
  EXPECT_EQ(c->revision, 1);
  EXPECT_EQ(c->status, ConsortiumStatus::kProposed);
  EXPECT_FALSE(c->created_at.empty());

  auto got = store_->GetConsortium(c->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->name, "集成电路产业创新联合体");
  EXPECT_EQ(got->members,
            (std::vector<Member>{{1, "leading_enterprise"}, {2, "municipal_society"}}));
  EXPECT_EQ(got->team.members, (std::vector<Id>{500, 501, 502}));
  EXPECT_EQ(got->score, 2.5);
  EXPECT_EQ(store_->GetConsortium(999).status().code(), Code::kNotFound);

  auto history = store_->ConsortiumHistory(c->id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ((*history)[0].action, "create");
  EXPECT_EQ((*history)[0].user, "alice");
  EXPECT_TRUE((*history)[0].before.is_null());
  EXPECT_EQ((*history)[0].after["industry"], "ic");
  EXPECT_EQ((*history)[0].changes["name"]["after"], "集成电路产业创新联合体");

  ConsortiumRecord regional = Record(3, 4, 600);
  regional.type = "regional";
  regional.region = "etown";
  regional.year = 2023;
  ASSERT_TRUE(store_->CreateConsortium(regional, "bob").ok());
  EXPECT_EQ(store_->ListConsortia()->size(), 2u);
  ConsortiumFilter f;
  f.type = "regional";
  ASSERT_EQ(store_->ListConsortia(f)->size(), 1u);
  EXPECT_EQ(store_->ListConsortia(f)->front().region, "etown");
  f = {};
  f.year = 2022;
  EXPECT_EQ(store_->ListConsortia(f)->front().id, c->id);
  f = {};
  f.status = "active";
  EXPECT_TRUE(store_->ListConsortia(f)->empty());
  f.status = "bogus";
  EXPECT_EQ(store_->ListConsortia(f).status().field(), "status");
}

TEST_F(RegistryTest, UpdatesAreAuditedWithTheirDiff) {
  auto c = store_->CreateConsortium(Record(1, 2, 500), "alice");
  ASSERT_TRUE(c.ok());
  ConsortiumRecord r = *c;
  r.members.push_back({7, "university_or_institute"});
  r.project = "中试线";
  auto u = store_->UpdateConsortium(r, "bob");
  ASSERT_TRUE(u.ok()) << u.status().ToString();
  EXPECT_EQ(u->revision, 2);

  r = *u;
  r.status = ConsortiumStatus::kApplied;
  ASSERT_TRUE(store_->UpdateConsortium(r, "carol").ok());

  // An update that changes nothing writes nothing.
  ASSERT_TRUE(store_->UpdateConsortium(*store_->GetConsortium(c->id), "dave").ok());

  auto history = store_->ConsortiumHistory(c->id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 3u);
  const AuditEntry& update = (*history)[1];
  EXPECT_EQ(update.action, "update");
  EXPECT_EQ(update.user, "bob");
  EXPECT_EQ(update.changes.size(), 2u) << update.changes.dump();
  EXPECT_EQ(update.changes["project"]["before"], "");
  EXPECT_EQ(update.changes["project"]["after"], "中试线");
  EXPECT_EQ(update.changes["members"]["after"].size(), 3u);
  EXPECT_EQ(update.before["members"].size(), 2u);
  const AuditEntry& status = (*history)[2];
  EXPECT_EQ(status.action, "status");
  EXPECT_EQ(status.changes["status"]["before"], "proposed");
  EXPECT_EQ(status.changes["status"]["after"], "applied");
  EXPECT_LT((*history)[0].seq, (*history)[1].seq);
}

TEST_F(RegistryTest, StatusTransitionsAndStaleRevisions) {
  EXPECT_TRUE(ValidStatusTransition(ConsortiumStatus::kProposed, ConsortiumStatus::kApplied));
  EXPECT_TRUE(ValidStatusTransition(ConsortiumStatus::kApproved, ConsortiumStatus::kActive));
  EXPECT_TRUE(ValidStatusTransition(ConsortiumStatus::kActive, ConsortiumStatus::kCancelled));
  EXPECT_FALSE(ValidStatusTransition(ConsortiumStatus::kProposed, ConsortiumStatus::kActive));
  EXPECT_FALSE(ValidStatusTransition(ConsortiumStatus::kActive, ConsortiumStatus::kApplied));
  EXPECT_FALSE(ValidStatusTransition(ConsortiumStatus::kCancelled, ConsortiumStatus::kCancelled));
  EXPECT_FALSE(ValidStatusTransition(ConsortiumStatus::kCancelled, ConsortiumStatus::kProposed));

  auto c = store_->CreateConsortium(Record(1, 2, 500), "alice");
  ASSERT_TRUE(c.ok());
  ConsortiumRecord r = *c;
  r.status = ConsortiumStatus::kActive;
  auto bad = store_->UpdateConsortium(r, "bob");
  EXPECT_EQ(bad.status().code(), Code::kConflict);
  EXPECT_EQ(bad.status().field(), "status");

  r = *c;
  r.name = "新名称";
  ASSERT_TRUE(store_->UpdateConsortium(r, "bob").ok());
  r.name = "另一个名称";  // still revision 1: someone else wrote meanwhile
  EXPECT_EQ(store_->UpdateConsortium(r, "carol").status().field(), "revision");

  r = *store_->GetConsortium(c->id);
  r.type = "regional";
  EXPECT_EQ(store_->UpdateConsortium(r, "bob").status().field(), "type");

  r = *store_->GetConsortium(c->id);
  r.status = ConsortiumStatus::kCancelled;
  auto cancelled = store_->UpdateConsortium(r, "bob");
  ASSERT_TRUE(cancelled.ok());
  EXPECT_EQ(store_->ConsortiumHistory(c->id)->back().action, "cancel");
  r = *cancelled;
  r.name = "复活";
  EXPECT_EQ(store_->UpdateConsortium(r, "bob").status().code(), Code::kConflict);

  ConsortiumRecord born_cancelled = Record(1, 2, 500);
  born_cancelled.status = ConsortiumStatus::kCancelled;
  EXPECT_EQ(store_->CreateConsortium(born_cancelled, "x").status().field(), "status");
}

TEST_F(RegistryTest, AssessmentsKeepOrCancel) {
  ConsortiumRecord r = Record(1, 2, 500);
  auto proposed = store_->CreateConsortium(r, "alice");
  ASSERT_TRUE(proposed.ok());
  auto refused = store_->AssessConsortium(proposed->id, {2023, true, "", "", ""}, "bob");
  EXPECT_EQ(refused.status().code(), Code::kConflict);

  r = Record(3, 4, 600);
  r.status = ConsortiumStatus::kActive;
  auto active = store_->CreateConsortium(r, "alice");
  ASSERT_TRUE(active.ok());
  auto passed = store_->AssessConsortium(active->id, {2023, true, "良好", "", ""}, "bob");
  ASSERT_TRUE(passed.ok()) << passed.status().ToString();
  EXPECT_EQ(passed->status, ConsortiumStatus::kActive);
  ASSERT_EQ(passed->assessments.size(), 1u);
  EXPECT_EQ(passed->assessments[0].notes, "良好");
  EXPECT_EQ(passed->assessments[0].user, "bob");
  EXPECT_EQ(store_->AssessConsortium(active->id, {2023, false, "", "", ""}, "bob").status().field(),
            "year");
  EXPECT_EQ(store_->AssessConsortium(active->id, {2021, false, "", "", ""}, "bob").status().field(),
            "year");  // before the consortium's year

  EXPECT_EQ(store_->Commitments()->organizations.count(3), 1u);
  auto failed = store_->AssessConsortium(active->id, {2024, false, "未达标", "", ""}, "carol");
  ASSERT_TRUE(failed.ok());
  EXPECT_EQ(failed->status, ConsortiumStatus::kCancelled);
  EXPECT_EQ(store_->GetConsortium(active->id)->assessments.size(), 2u);
  auto history = store_->ConsortiumHistory(active->id);
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ((*history)[1].action, "assess");
  EXPECT_EQ((*history)[2].action, "cancel");
  EXPECT_EQ((*history)[2].user, "carol");
  EXPECT_EQ((*history)[2].changes["status"]["after"], "cancelled");
  // The slot and the members' capacity are free again.
  EXPECT_EQ(store_->Commitments()->organizations.count(3), 0u);
}

TEST_F(RegistryTest, CommitmentsCountNonCancelledConsortia) {
  ASSERT_TRUE(store_->CreateConsortium(Record(1, 2, 500), "a").ok());
  ConsortiumRecord second = Record(3, 2, 501);  // society 2 again, expert 501 leads here
  auto c2 = store_->CreateConsortium(second, "a");
  ASSERT_TRUE(c2.ok());
  ConsortiumRecord third = Record(1, 4, 700);  // lead 1 again, as a related enterprise
  third.members[0].role = "related_enterprise";
  third.members.push_back({5, "leading_enterprise"});
  ASSERT_TRUE(store_->CreateConsortium(third, "a").ok());

  auto all = store_->Commitments({"leading_enterprise"});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->organizations.at(1), 2);
  EXPECT_EQ(all->organizations.at(2), 2);
  EXPECT_EQ(all->leads.at(1), 1);  // lead once, related once
  EXPECT_EQ(all->leads.at(5), 1);
  EXPECT_EQ(all->leads.count(2), 0u);
  EXPECT_EQ(all->experts.at(501), 3);  // member twice, leader once (counted once there)
  EXPECT_EQ(all->experts.at(700), 1);

  auto without = store_->Commitments({"leading_enterprise"}, c2->id);
  EXPECT_EQ(without->organizations.at(2), 1);
  EXPECT_EQ(without->organizations.count(3), 0u);
  EXPECT_EQ(store_->Commitments()->leads.size(), 0u);  // no lead roles named
}

TEST_F(RegistryTest, AFailingCheckLeavesNoRowAndNoAuditEntry) {
  ASSERT_TRUE(store_->CreateConsortium(Record(1, 2, 500), "a").ok());
  const std::int64_t audits = AuditRows();
  Id seen_id = 0;
  int seen_count = -1;
  auto refused = store_->CreateConsortium(
      Record(1, 9, 600), "a", [&](const ConsortiumRecord& r, const Commitments& others) {
        seen_id = r.id;  // the row is written when the check runs...
        seen_count = others.organizations.count(1) ? others.organizations.at(1) : 0;
        return Status::Conflict("organisation 1 is in too many consortia", "members[0].id");
      });
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "members[0].id");
  EXPECT_GT(seen_id, 0);
  EXPECT_EQ(seen_count, 1);
  // ...and rolled back with everything else.
  EXPECT_EQ(store_->GetConsortium(seen_id).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->ListConsortia()->size(), 1u);
  EXPECT_EQ(AuditRows(), audits);

  // The same for an update: the stored record and its history stay as they were.
  ConsortiumRecord r = store_->ListConsortia()->front();
  r.members.push_back({9, "national_society"});
  auto failed = store_->UpdateConsortium(r, "b", [](const ConsortiumRecord&, const Commitments& o) {
    EXPECT_EQ(o.organizations.count(1), 0u);  // the record itself is left out
    return Status::Infeasible("no", "members");
  });
  EXPECT_EQ(failed.status().code(), Code::kInfeasible);
  EXPECT_EQ(store_->ListConsortia()->front().members.size(), 2u);
  EXPECT_EQ(store_->ListConsortia()->front().revision, 1);
  EXPECT_EQ(AuditRows(), audits);
}

TEST_F(RegistryTest, ShapeErrorsNameTheField) {
  ConsortiumRecord r = Record(1, 2, 500);
  r.type.clear();
  EXPECT_EQ(store_->CreateConsortium(r, "a").status().field(), "type");
  r = Record(1, 2, 500);
  r.members[1].id = 0;
  EXPECT_EQ(store_->CreateConsortium(r, "a").status().field(), "members[1].id");
  r = Record(1, 2, 500);
  r.score = -1;
  EXPECT_EQ(store_->CreateConsortium(r, "a").status().field(), "score");
  r = Record(1, 2, 500);
  r.status = static_cast<ConsortiumStatus>(99);  // not a status
  EXPECT_EQ(store_->CreateConsortium(r, "a").status().field(), "status");
  r = Record(1, 2, 500);
  r.team.leader_id = 0;
  EXPECT_EQ(store_->CreateConsortium(r, "a").status().field(), "team.leader_id");
  EXPECT_EQ(store_->CreateConsortium(Record(1, 2, 500), "").status().field(), "user");
  EXPECT_TRUE(store_->ListConsortia()->empty());
}

}  // namespace
}  // namespace consortia
