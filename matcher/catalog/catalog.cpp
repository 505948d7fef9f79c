// Catalog: the Store plus a vector index kept in step with it (lifecycle:
// open/load/build, incremental sync, background rebuild and swap).
//
// Durability: the index file is a cache of the store. It is saved after every
// Sync() that changed it and after every rebuild; if the process dies between
// a store write and the save, the next Open() loads the older file and catches
// up with Store::ChangesSince, so nothing is lost.
#include "matcher/catalog.h"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace consortia {
namespace {

// Where an expert's affiliation lies: the only organisation data experts need.
struct Location {
  std::string district, zone, park;
  bool operator==(const Location&) const = default;
};

Organization AsOrganization(const Location& loc) {
  Organization org;
  org.district = loc.district;
  org.zone = loc.zone;
  org.park = loc.park;
  return org;
}

bool SameProfileOptions(const ProfileOptions& a, const ProfileOptions& b) {
  return a.text_dim == b.text_dim && a.hash_bits == b.hash_bits && a.min_df == b.min_df &&
         a.max_fit_docs == b.max_fit_docs && a.power_iterations == b.power_iterations &&
         a.seed == b.seed && a.weights.value == b.weights.value;
}

}  // namespace

class Catalog::Impl {
 public:
  Store* store = nullptr;
  CatalogOptions options;
  std::string index_path;  // ":memory:" = never saved
  IndexHolder holder;

  std::atomic<std::int64_t> builds{0};

  // Serialises catch-up, save and swap (Sync and the end of a rebuild).
  std::mutex sync_mu;

  // The background rebuild thread.
  std::mutex thread_mu;
  std::thread worker;  // guarded by thread_mu
  mutable std::mutex status_mu;
  Status last_rebuild;  // guarded by status_mu

  bool persistent() const { return index_path != ":memory:"; }

  // Streams the store into a new index at the store's current data version.
  // Records written while streaming may or may not be seen; the caller applies
  // ChangesSince(version) afterwards, which makes the result exact.
  Result<std::unique_ptr<VectorIndex>> BuildFromStore(const IndexProgressFn& progress) const {
    const std::int64_t version = store->DataVersion();
    std::vector<ProfileRecord> records;
    std::unordered_map<Id, Location> where;
    auto counts = store->Count();
    if (!counts.ok()) return counts.status();
    const std::int64_t total = counts->organizations + counts->experts;
    records.reserve(static_cast<size_t>(total));
    std::int64_t done = 0;
    auto tick = [&] {
      ++done;
      if (progress && (done % 5000 == 0 || done == total)) progress("read", done, total);
    };
    Status s = store->ForEachOrganization([&](const Organization& org) {
      where[org.id] = Location{org.district, org.zone, org.park};
      records.push_back(ToProfileRecord(org));
      tick();
    });
    if (!s.ok()) return s;
    s = store->ForEachExpert([&](const Expert& e) {
      auto it = where.find(e.affiliation_id);
      if (it == where.end()) {
        records.push_back(ToProfileRecord(e, nullptr));
      } else {
        Organization aff = AsOrganization(it->second);
        records.push_back(ToProfileRecord(e, &aff));
      }
      tick();
    });
    if (!s.ok()) return s;
    return VectorIndex::FitAndBuild(std::move(records), version, options.profile, options.index,
                                    progress);
  }

  // Applies the store's changes since idx's data version. *changed tells
  // whether anything was applied. Caller holds sync_mu (or owns idx alone).
  Status CatchUp(VectorIndex* idx, bool* changed) const {
    if (changed) *changed = false;
    const std::int64_t from = idx->data_version();
    auto ch = store->ChangesSince(from);
    if (!ch.ok()) return ch.status();
    if (ch->version == from && ch->organizations.empty() && ch->experts.empty() &&
        ch->deleted.empty()) {
      return Status::Ok();
    }
    std::unordered_map<Id, Location> where;  // organisations touched here
    std::unordered_set<Id> changed_experts;
    for (const Expert& e : ch->experts) changed_experts.insert(e.id);
    for (const Organization& org : ch->organizations) {
      Location loc{org.district, org.zone, org.park};
      where[org.id] = loc;
      auto old = idx->Get(org.id);
      if (Status s = idx->Upsert(ToProfileRecord(org)); !s.ok()) return s;
      bool moved = old.ok() && !(Location{old->district, old->zone, old->park} == loc);
      if (!moved) continue;
      // Its experts carry its location as a filter attribute: re-profile them.
      Organization aff = AsOrganization(loc);
      ExpertFilter filter;
      filter.affiliation_id = org.id;
      filter.limit = 1000;
      for (filter.offset = 0;; filter.offset += filter.limit) {
        auto page = store->ListExperts(filter);
        if (!page.ok()) return page.status();
        for (const Expert& e : page->items) {
          if (changed_experts.count(e.id)) continue;  // done below
          if (Status s = idx->Upsert(ToProfileRecord(e, &aff)); !s.ok()) return s;
        }
        if (static_cast<int>(page->items.size()) < filter.limit) break;
      }
    }
    for (const Expert& e : ch->experts) {
      auto it = where.find(e.affiliation_id);
      if (it == where.end() && e.affiliation_id != 0) {
        auto org = store->GetOrganization(e.affiliation_id);
        if (org.ok()) {
          it = where.emplace(e.affiliation_id, Location{org->district, org->zone, org->park}).first;
        } else if (org.status().code() != Code::kNotFound) {
          return org.status();
        }
      }
      Organization aff;
      if (it != where.end()) aff = AsOrganization(it->second);
      Status s = idx->Upsert(ToProfileRecord(e, it == where.end() ? nullptr : &aff));
      if (!s.ok()) return s;
    }
    for (Id id : ch->deleted) {
      Status s = idx->Remove(id);
      if (!s.ok() && s.code() != Code::kNotFound) return s;  // never indexed: fine
    }
    idx->SetDataVersion(ch->version);
    if (changed) *changed = true;
    return Status::Ok();
  }

  Status Save(const VectorIndex& idx) const {
    if (!persistent()) return Status::Ok();
    return idx.Save(index_path);
  }

  // Whether the index file can be reused; fills *reason otherwise.
  Result<std::unique_ptr<VectorIndex>> TryLoad(std::string* reason) const {
    std::error_code ec;
    if (!persistent() || !std::filesystem::exists(index_path, ec)) {
      *reason = "no saved index";
      return std::unique_ptr<VectorIndex>();
    }
    auto header = ReadIndexHeader(index_path);
    if (!header.ok()) {
      *reason = "unreadable index header: " + header.status().message();
      return std::unique_ptr<VectorIndex>();
    }
    const BlockLayout layout = BlockLayout::Standard(options.profile.text_dim);
    if (header->dim != layout.dim) {
      *reason =
          "index dimension " + std::to_string(header->dim) + " != " + std::to_string(layout.dim);
      return std::unique_ptr<VectorIndex>();
    }
    if (header->data_version > store->DataVersion()) {
      *reason = "index is newer than the database (database replaced?)";
      return std::unique_ptr<VectorIndex>();
    }
    auto loaded = VectorIndex::Load(index_path, options.progress);
    if (!loaded.ok()) {
      *reason = "cannot load index: " + loaded.status().message();
      return std::unique_ptr<VectorIndex>();
    }
    auto model = (*loaded)->model();
    if (!model || !SameProfileOptions(model->options(), options.profile)) {
      *reason = "profile options changed";
      return std::unique_ptr<VectorIndex>();
    }
    return std::move(loaded).value();
  }

  // Rebuild thread body.
  void RunRebuild() {
    Status result = [&]() -> Status {
      auto built = BuildFromStore(options.progress);
      if (!built.ok()) return built.status();
      std::shared_ptr<VectorIndex> next(std::move(built).value());
      builds.fetch_add(1);
      std::lock_guard lock(sync_mu);
      if (Status s = CatchUp(next.get(), nullptr); !s.ok()) return s;
      holder.Swap(next);
      return Save(*next);
    }();
    {
      std::lock_guard lock(status_mu);
      last_rebuild = result;
    }
    holder.EndRebuild();
  }

  Status StartRebuild() {
    std::lock_guard lock(thread_mu);
    if (!holder.BeginRebuild()) return Status::Ok();  // one is running
    if (worker.joinable()) worker.join();             // the previous one has finished
    try {
      worker = std::thread([this] { RunRebuild(); });
    } catch (const std::exception& e) {
      holder.EndRebuild();
      return Status::Internal(std::string("cannot start rebuild thread: ") + e.what());
    }
    return Status::Ok();
  }

  void WaitForRebuild() {
    std::lock_guard lock(thread_mu);
    if (worker.joinable()) worker.join();
  }
};

Catalog::Catalog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Catalog::~Catalog() { impl_->WaitForRebuild(); }

Result<std::unique_ptr<Catalog>> Catalog::Open(Store* store, const std::string& db_path,
                                               CatalogOptions options) {
  if (store == nullptr) return Status::InvalidArgument("no store", "store");
  auto impl = std::make_unique<Impl>();
  impl->store = store;
  impl->index_path = options.index_path;
  if (impl->index_path.empty()) {
    impl->index_path = (db_path.empty() || db_path == ":memory:") ? ":memory:" : db_path + ".index";
  }
  impl->options = std::move(options);

  std::string reason;
  auto loaded = impl->TryLoad(&reason);
  if (!loaded.ok()) return loaded.status();
  std::shared_ptr<VectorIndex> idx = std::move(loaded).value();
  bool save = false;
  if (idx) {
    bool changed = false;
    Status s = impl->CatchUp(idx.get(), &changed);
    if (!s.ok()) {
      idx.reset();
      reason = "cannot catch up: " + s.message();
    } else {
      save = changed;
      // A cheap consistency check against a replaced database.
      auto counts = store->Count();
      if (!counts.ok()) return counts.status();
      if (idx->size() != counts->organizations + counts->experts) {
        idx.reset();
        reason = "index does not match the database";
      }
    }
  }
  if (!idx) {
    if (impl->options.progress) impl->options.progress("build", 0, 1);
    auto built = impl->BuildFromStore(impl->options.progress);
    if (!built.ok()) return built.status();
    idx = std::move(built).value();
    impl->builds.fetch_add(1);
    if (Status s = impl->CatchUp(idx.get(), nullptr); !s.ok()) return s;
    if (impl->options.progress) impl->options.progress("build", 1, 1);
    save = true;
  }
  if (save) {
    if (Status s = impl->Save(*idx); !s.ok()) return s;
  }
  impl->holder.Swap(std::move(idx));
  return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
}

Store& Catalog::store() const { return *impl_->store; }
std::shared_ptr<VectorIndex> Catalog::index() const { return impl_->holder.Get(); }
const std::string& Catalog::index_path() const { return impl_->index_path; }
std::int64_t Catalog::builds() const { return impl_->builds.load(); }

Status Catalog::Sync() {
  bool rebuild = false;
  {
    std::lock_guard lock(impl_->sync_mu);
    std::shared_ptr<VectorIndex> idx = impl_->holder.Get();
    bool changed = false;
    if (Status s = impl_->CatchUp(idx.get(), &changed); !s.ok()) return s;
    if (changed) {
      if (Status s = impl_->Save(*idx); !s.ok()) return s;
    }
    rebuild = idx->NeedsRebuild() && !impl_->holder.rebuilding();
  }
  // Outside sync_mu: StartRebuild may join a finished worker.
  return rebuild ? impl_->StartRebuild() : Status::Ok();
}

bool Catalog::rebuilding() const { return impl_->holder.rebuilding(); }
Status Catalog::StartRebuild() { return impl_->StartRebuild(); }
void Catalog::WaitForRebuild() { impl_->WaitForRebuild(); }

Status Catalog::last_rebuild_status() const {
  std::lock_guard lock(impl_->status_mu);
  return impl_->last_rebuild;
}

}  // namespace consortia
