// The rows' attribute bitsets (kind, industry, district, region, title,
// leading, available) and a Filter compiled against them into a row bitmap:
// filters go into the search as that bitmap, never after it.
#include "core/taxonomy.h"
#include "vector_index_impl.h"

namespace consortia {
namespace detail {

int IndexOfTerm(const std::vector<Term>& terms, std::string_view code) {
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

int IndexOfRegion(std::string_view code) {
  const auto& regions = Regions();
  for (size_t i = 0; i < regions.size(); ++i) {
    if (regions[i].code == code) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace detail

namespace {

using detail::IndexOfRegion;
using detail::IndexOfTerm;

// sel &= OR over the listed bitsets (skipped when the list is empty).
template <typename Indices>
void AndAnyOf(detail::Bits* sel, const std::vector<detail::Bits>& bits, const Indices& indices) {
  if (indices.empty()) return;
  detail::Bits acc = bits[indices[0]];
  for (size_t i = 1; i < indices.size(); ++i) acc.OrWith(bits[indices[i]]);
  sel->AndWith(acc);
}

}  // namespace

void VectorIndex::Impl::InitBits() {
  kind.assign(kEntityKindCount, {});
  industry.assign(Industries().size(), {});
  district.assign(Districts().size(), {});
  region.assign(Regions().size(), {});
  title.assign(kTitleCount, {});
}

std::int64_t VectorIndex::Impl::AppendRow(ProfileRecord record, const float* vector, bool add_words,
                                          const std::vector<std::pair<std::uint64_t, int>>* counts,
                                          int length) {
  const std::int64_t r = rows();
  if (add_words) {
    if (counts != nullptr) {
      lexical.Add(*counts, length);
    } else {
      lexical.Add(record.text);
    }
  }
  const std::int64_t n = r + 1;
  if ((r & 63) == 0) {
    for (auto* b : {&alive, &leading, &available}) b->Resize(n);
    for (auto* group : {&kind, &industry, &district, &region, &title}) {
      for (auto& b : *group) b.Resize(n);
    }
  }
  alive.Set(r);
  leading.Assign(r, record.leading);
  available.Assign(r, record.available);
  int k = static_cast<int>(record.kind);
  if (k >= 0 && k < kEntityKindCount) kind[k].Set(r);
  for (const auto& w : record.industries) {
    int i = IndexOfTerm(Industries(), w.code);
    if (i >= 0 && w.weight > 0) industry[i].Set(r);
  }
  int di = IndexOfTerm(Districts(), record.district);
  if (di >= 0) district[di].Set(r);
  for (const std::string* code : {&record.zone, &record.park}) {
    int ri = IndexOfRegion(*code);
    if (ri >= 0) region[ri].Set(r);
  }
  if (record.title) title[static_cast<int>(*record.title)].Set(r);
  row_of[record.id] = r;
  record.text.clear();
  record.text.shrink_to_fit();
  records.push_back(std::move(record));
  if (vector != nullptr) vectors.insert(vectors.end(), vector, vector + layout.dim);
  ++live;
  return r;
}

Status ValidateFilter(const Filter& f) {
  for (auto k : f.kinds) {
    if (static_cast<int>(k) >= kEntityKindCount) {
      return Status::InvalidArgument("unknown kind", "kinds");
    }
  }
  for (const auto& c : f.industries) {
    if (FindIndustry(c) == nullptr) {
      return Status::InvalidArgument("unknown industry code '" + c + "'", "industries");
    }
  }
  for (const auto& c : f.districts) {
    if (FindDistrict(c) == nullptr) {
      return Status::InvalidArgument("unknown district code '" + c + "'", "districts");
    }
  }
  for (const auto& c : f.regions) {
    if (FindRegion(c) == nullptr) {
      return Status::InvalidArgument("unknown zone or park code '" + c + "'", "regions");
    }
  }
  for (auto t : f.titles) {
    if (static_cast<int>(t) < 0 || static_cast<int>(t) >= kTitleCount) {
      return Status::InvalidArgument("unknown title", "titles");
    }
  }
  return Status::Ok();
}

detail::Bits VectorIndex::Impl::SelectRows(const Filter& f) const {
  const Impl& m = *this;
  detail::Bits sel = m.alive;
  std::vector<int> idx;
  auto collect = [&](auto&& range, auto&& to_index) {
    idx.clear();
    for (const auto& x : range) idx.push_back(to_index(x));
  };
  collect(f.kinds, [](EntityKind k) { return static_cast<int>(k); });
  AndAnyOf(&sel, m.kind, idx);
  collect(f.industries, [](const std::string& c) { return IndexOfTerm(Industries(), c); });
  AndAnyOf(&sel, m.industry, idx);
  collect(f.districts, [](const std::string& c) { return IndexOfTerm(Districts(), c); });
  AndAnyOf(&sel, m.district, idx);
  collect(f.regions, [](const std::string& c) { return IndexOfRegion(c); });
  AndAnyOf(&sel, m.region, idx);
  collect(f.titles, [](Title t) { return static_cast<int>(t); });
  AndAnyOf(&sel, m.title, idx);
  if (f.leading) {
    if (*f.leading) {
      sel.AndWith(m.leading);
    } else {
      sel.AndNotWith(m.leading);
    }
  }
  if (f.only_available) sel.AndWith(m.available);
  if (!f.only_ids.empty()) {
    detail::Bits only;
    only.Resize(m.rows());
    for (Id id : f.only_ids) {
      auto it = m.row_of.find(id);
      if (it != m.row_of.end()) only.Set(it->second);
    }
    sel.AndWith(only);
  }
  for (Id id : f.exclude) {
    auto it = m.row_of.find(id);
    if (it != m.row_of.end()) sel.Clear(it->second);
  }
  return sel;
}

}  // namespace consortia
