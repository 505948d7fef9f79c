// Save / Load / ReadIndexHeader: one file, written to path + ".tmp" then renamed.
//
// Layout: magic "CONSORTIA-INDEX\n", u32 format, u64 header length, header
// JSON; then sections of u64 length + bytes: profile model (may be empty),
// records, vectors, FAISS IVF (may be empty), term table, lexical index.
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "binary_io.h"
#include "vector_index_impl.h"

namespace consortia {
namespace {

constexpr char kMagic[] = "CONSORTIA-INDEX\n";
constexpr std::uint32_t kFormat = kIndexFormat;

void PutRecord(std::string* out, const ProfileRecord& r) {
  using namespace detail;
  Put<std::int64_t>(out, r.id);
  Put<std::uint8_t>(out, static_cast<std::uint8_t>(r.kind));
  PutString(out, r.name);
  Put<std::uint32_t>(out, r.industries.size());
  for (const auto& w : r.industries) {
    PutString(out, w.code);
    Put<double>(out, w.weight);
  }
  for (const auto* list : {&r.subfields, &r.fields, &r.capabilities, &r.keywords}) {
    Put<std::uint32_t>(out, list->size());
    for (const auto& s : *list) PutString(out, s);
  }
  Put<std::uint8_t>(out, r.leading);
  PutString(out, r.district);
  PutString(out, r.zone);
  PutString(out, r.park);
  Put<std::int8_t>(out, r.title ? static_cast<std::int8_t>(*r.title) : -1);
  Put<std::uint8_t>(out, r.available);
}

ProfileRecord GetRecord(detail::Reader* in) {
  ProfileRecord r;
  r.id = in->Get<std::int64_t>();
  r.kind = static_cast<EntityKind>(in->Get<std::uint8_t>());
  r.name = in->GetString();
  auto n = in->Get<std::uint32_t>();
  for (std::uint32_t i = 0; i < n && in->ok(); ++i) {
    Weighted w;
    w.code = in->GetString();
    w.weight = in->Get<double>();
    r.industries.push_back(std::move(w));
  }
  for (auto* list : {&r.subfields, &r.fields, &r.capabilities, &r.keywords}) {
    auto m = in->Get<std::uint32_t>();
    for (std::uint32_t i = 0; i < m && in->ok(); ++i) list->push_back(in->GetString());
  }
  r.leading = in->Get<std::uint8_t>() != 0;
  r.district = in->GetString();
  r.zone = in->GetString();
  r.park = in->GetString();
  auto t = in->Get<std::int8_t>();
  if (t >= 0 && t < kTitleCount) r.title = static_cast<Title>(t);
  r.available = in->Get<std::uint8_t>() != 0;
  return r;
}

nlohmann::json HeaderJson(const IndexHeader& h, const VectorIndex::Impl& m) {
  nlohmann::json j;
  j["description"] = h.description;
  j["data_version"] = h.data_version;
  j["rows"] = h.rows;
  j["dim"] = h.dim;
  j["format_version"] = h.format_version;
  j["total_rows"] = m.rows();
  j["tombstones"] = m.tombstones;
  j["built_rows"] = m.built_rows;
  j["blocks"] = nlohmann::json::array();
  for (int b = 0; b < kBlockCount; ++b) {
    j["blocks"].push_back({{"name", ToString(static_cast<Block>(b))},
                           {"offset", m.layout.offset[b]},
                           {"size", m.layout.size[b]}});
  }
  const IndexOptions& o = m.options;
  j["options"] = {{"min_rows_for_ivf", o.min_rows_for_ivf},
                  {"nlist", o.nlist},
                  {"nlist_factor", o.nlist_factor},
                  {"kmeans_iterations", o.kmeans_iterations},
                  {"exact_rows", o.exact_rows},
                  {"scan_rows", o.scan_rows},
                  {"scan_fraction", o.scan_fraction},
                  {"scan_max_rows", o.scan_max_rows},
                  {"rerank_factor", o.rerank_factor},
                  {"min_local_density", o.min_local_density},
                  {"min_candidates", o.min_candidates},
                  {"candidate_factor", o.candidate_factor},
                  {"min_nprobe", o.min_nprobe},
                  {"min_probe_fraction", o.min_probe_fraction},
                  {"max_probe_fraction", o.max_probe_fraction},
                  {"max_training_points", o.max_training_points},
                  {"seed", o.seed},
                  {"rebuild_fraction", o.rebuild_fraction},
                  {"lexical_weight", o.lexical_weight}};
  return j;
}

Status ReadExact(std::ifstream& in, char* p, size_t n, const std::string& path) {
  in.read(p, static_cast<std::streamsize>(n));
  if (static_cast<size_t>(in.gcount()) != n) {
    return Status::Corruption("index file " + path + " is truncated");
  }
  return Status::Ok();
}

Result<std::string> ReadSection(std::ifstream& in, const std::string& path) {
  std::uint64_t n = 0;
  if (Status s = ReadExact(in, reinterpret_cast<char*>(&n), sizeof n, path); !s.ok()) return s;
  if (n > (std::uint64_t{1} << 40))
    return Status::Corruption("index file " + path + ": bad section");
  std::string buf(n, '\0');
  if (Status s = ReadExact(in, buf.data(), n, path); !s.ok()) return s;
  return buf;
}

Result<nlohmann::json> ReadHeaderJson(std::ifstream& in, const std::string& path) {
  if (!in) return Status::NotFound("no index file at " + path);
  std::string magic(sizeof(kMagic) - 1, '\0');
  if (Status s = ReadExact(in, magic.data(), magic.size(), path); !s.ok()) return s;
  if (magic != kMagic) return Status::Corruption(path + " is not a Consortia index file");
  std::uint32_t format = 0;
  if (Status s = ReadExact(in, reinterpret_cast<char*>(&format), sizeof format, path); !s.ok()) {
    return s;
  }
  if (format != kFormat) {
    return Status::Corruption(path + " has index format " + std::to_string(format) + ", expected " +
                              std::to_string(kFormat));
  }
  auto text = ReadSection(in, path);
  if (!text.ok()) return text.status();
  auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption(path + ": bad header");
  return j;
}

}  // namespace

Result<IndexHeader> ReadIndexHeader(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  auto j = ReadHeaderJson(in, path);
  if (!j.ok()) return j.status();
  IndexHeader h;
  h.description = j->value("description", "");
  h.data_version = j->value("data_version", std::int64_t{0});
  h.rows = j->value("rows", std::int64_t{0});
  h.dim = j->value("dim", 0);
  h.format_version = j->value("format_version", 0);
  return h;
}

Status VectorIndex::Save(const std::string& path) const {
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  IndexHeader h;
  h.description = m.Description();
  h.data_version = m.data_version;
  h.rows = m.live;
  h.dim = m.layout.dim;
  h.format_version = static_cast<int>(kFormat);
  const std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write " + tmp);
  auto section = [&](const char* data, std::uint64_t n) {
    out.write(reinterpret_cast<const char*>(&n), sizeof n);
    out.write(data, static_cast<std::streamsize>(n));
  };
  out.write(kMagic, sizeof(kMagic) - 1);
  out.write(reinterpret_cast<const char*>(&kFormat), sizeof kFormat);
  std::string text = HeaderJson(h, m).dump();
  section(text.data(), text.size());
  std::string buf;
  if (m.model) m.model->AppendTo(&buf);
  section(buf.data(), buf.size());
  buf.clear();
  detail::Put<std::uint64_t>(&buf, m.records.size());
  for (std::int64_t r = 0; r < m.rows(); ++r) {
    PutRecord(&buf, m.records[r]);
    detail::Put<std::uint8_t>(&buf, m.alive.Test(r));
  }
  section(buf.data(), buf.size());
  buf.clear();
  buf.shrink_to_fit();
  section(reinterpret_cast<const char*>(m.vectors.data()), m.vectors.size() * sizeof(float));
  if (m.ivf) {
    faiss::VectorIOWriter writer;
    try {
      faiss::write_index(m.ivf.get(), &writer);
    } catch (const std::exception& e) {
      return Status::Internal(std::string("faiss write_index: ") + e.what());
    }
    section(reinterpret_cast<const char*>(writer.data.data()), writer.data.size());
  } else {
    section(nullptr, 0);
  }
  buf.clear();
  m.terms.AppendTo(&buf);
  section(buf.data(), buf.size());
  buf.clear();
  m.lexical.AppendTo(&buf);
  section(buf.data(), buf.size());
  out.close();
  if (!out) return Status::IoError("writing " + tmp + " failed");
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IoError("cannot rename " + tmp + " to " + path + ": " + ec.message());
  return Status::Ok();
}

Result<std::unique_ptr<VectorIndex>> VectorIndex::Load(const std::string& path,
                                                       const IndexProgressFn& progress) {
  std::ifstream in(path, std::ios::binary);
  auto j = ReadHeaderJson(in, path);
  if (!j.ok()) return j.status();
  auto impl = std::make_unique<Impl>();
  try {
    const auto& o = (*j)["options"];
    IndexOptions& opt = impl->options;
    opt.min_rows_for_ivf = o.at("min_rows_for_ivf");
    opt.nlist = o.at("nlist");
    opt.nlist_factor = o.at("nlist_factor");
    opt.kmeans_iterations = o.at("kmeans_iterations");
    opt.exact_rows = o.at("exact_rows");
    opt.scan_rows = o.at("scan_rows");
    opt.scan_fraction = o.at("scan_fraction");
    opt.scan_max_rows = o.at("scan_max_rows");
    opt.rerank_factor = o.at("rerank_factor");
    opt.min_local_density = o.at("min_local_density");
    opt.min_candidates = o.at("min_candidates");
    opt.candidate_factor = o.at("candidate_factor");
    opt.min_nprobe = o.at("min_nprobe");
    opt.min_probe_fraction = o.at("min_probe_fraction");
    opt.max_probe_fraction = o.at("max_probe_fraction");
    opt.max_training_points = o.at("max_training_points");
    opt.seed = o.at("seed");
    opt.rebuild_fraction = o.at("rebuild_fraction");
    opt.lexical_weight = o.value("lexical_weight", IndexOptions{}.lexical_weight);
    const auto& blocks = (*j)["blocks"];
    if (!blocks.is_array() || blocks.size() != kBlockCount) {
      return Status::Corruption(path + ": bad block layout");
    }
    for (int b = 0; b < kBlockCount; ++b) {
      impl->layout.offset[b] = blocks[b].at("offset");
      impl->layout.size[b] = blocks[b].at("size");
    }
    impl->layout.dim = j->at("dim");
    impl->data_version = j->at("data_version");
    impl->built_rows = j->at("built_rows");
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": bad header: " + e.what());
  }
  const int d = impl->layout.dim;
  if (d <= 0 || d > 100000) return Status::Corruption(path + ": bad dimension");
  if (progress) progress("load", 0, 4);
  auto model_bytes = ReadSection(in, path);
  if (!model_bytes.ok()) return model_bytes.status();
  if (!model_bytes->empty()) {
    auto model = ProfileModel::Parse(*model_bytes, nullptr);
    if (!model.ok()) return model.status();
    if ((*model)->dim() != d) return Status::Corruption(path + ": model dimension differs");
    impl->model = std::move(model).value();
  }
  if (progress) progress("load", 1, 4);
  auto rec_bytes = ReadSection(in, path);
  if (!rec_bytes.ok()) return rec_bytes.status();
  auto vec_bytes = ReadSection(in, path);
  if (!vec_bytes.ok()) return vec_bytes.status();
  {
    detail::Reader r(*rec_bytes);
    auto n = r.Get<std::uint64_t>();
    if (!r.ok() || vec_bytes->size() != n * d * sizeof(float)) {
      return Status::Corruption(path + ": records and vectors differ in count");
    }
    const float* vec = reinterpret_cast<const float*>(vec_bytes->data());
    impl->InitBits();
    impl->records.reserve(n);
    impl->vectors.reserve(n * d);
    for (std::uint64_t i = 0; i < n; ++i) {
      ProfileRecord rec = GetRecord(&r);
      bool alive = r.Get<std::uint8_t>() != 0;
      if (!r.ok()) return Status::Corruption(path + ": truncated records");
      Id id = rec.id;
      std::int64_t row = impl->AppendRow(std::move(rec), vec + i * d, /*add_words=*/false);
      if (!alive) {
        impl->alive.Clear(row);
        impl->row_of.erase(id);
        --impl->live;
        ++impl->tombstones;
      }
    }
  }
  rec_bytes = std::string();
  vec_bytes = std::string();
  if (progress) progress("load", 2, 4);
  auto ivf_bytes = ReadSection(in, path);
  if (!ivf_bytes.ok()) return ivf_bytes.status();
  if (!ivf_bytes->empty()) {
    faiss::VectorIOReader reader;
    reader.data.assign(ivf_bytes->begin(), ivf_bytes->end());
    ivf_bytes = std::string();
    try {
      std::unique_ptr<faiss::Index> idx(faiss::read_index(&reader));
      auto* ivf = dynamic_cast<faiss::IndexIVFScalarQuantizer*>(idx.get());
      if (ivf == nullptr || ivf->d != d || ivf->ntotal != impl->rows() || ivf->by_residual ||
          ivf->sq.qtype != faiss::ScalarQuantizer::QT_8bit ||
          ivf->sq.trained.size() != 2 * static_cast<size_t>(d)) {
        return Status::Corruption(path + ": FAISS index does not match the records");
      }
      idx.release();
      impl->ivf.reset(ivf);
      // The quantizer is owned by the IVF after read_index; hand it to the holder.
      impl->quantizer.reset(dynamic_cast<faiss::IndexFlatIP*>(ivf->quantizer));
      if (!impl->quantizer) return Status::Corruption(path + ": unexpected quantizer");
      ivf->own_fields = false;
      if (Status st = impl->CodesFromLists(); !st.ok()) {
        return Status::Corruption(path + ": " + st.message());
      }
    } catch (const std::exception& e) {
      return Status::Corruption(path + ": faiss read_index: " + e.what());
    }
  }
  auto table_bytes = ReadSection(in, path);
  if (!table_bytes.ok()) return table_bytes.status();
  if (!detail::TermTable::Parse(*table_bytes, nullptr, &impl->terms)) {
    return Status::Corruption(path + ": bad term table");
  }
  auto lexical_bytes = ReadSection(in, path);
  if (!lexical_bytes.ok()) return lexical_bytes.status();
  if (!impl->lexical.Parse(*lexical_bytes) || impl->lexical.rows() != impl->rows()) {
    return Status::Corruption(path + ": lexical index does not match the records");
  }
  if (progress) progress("load", 4, 4);
  return std::unique_ptr<VectorIndex>(new VectorIndex(std::move(impl)));
}

}  // namespace consortia
