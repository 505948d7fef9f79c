// bench/index_bench.cpp — filtered retrieval against the exact oracle.
//
// Usage: index_bench [--n 100000,1000000] [--queries 300] [--k 100] [--text-dim 64]
//                    [--out bench/out] [--text-records 20000] [--text-pool 50000]
//                    [--text-k 20] [--min-candidates N]
//                    [--candidate-factor N] [--min-nprobe N] [--min-probe-fraction F]
//                    [--rerank-factor N] [--scan-rows N] [--exact-rows N] [--nlist-factor F]
//                    [--only <filter name part>]
//
// Data: synthetic clustered PROFILE VECTORS (not text records), generated here
// with the standard block layout: each expert has one industry, one or two of
// its sub-fields, and a text block drawn around a per-sub-field direction
// (noise comparable to the direction); blocks weighted as ProfileOptions'
// defaults, then normalised. Titles are random and independent of the vectors,
// which gives the selectivities: academician 0.1%, +renowned 1%, +senior 10%,
// all 100%. One extra row filters by an industry, correlated with the vectors.
// Separately, --text-records N times the text pipeline (LSA fit + embedding)
// on synthetic bilingual text records, to size the full rebuild.
//
// Words: with --text-pool P > 0 every record also carries the text of a demo
// expert (demo/: GenerateDemo with P experts, record i gets expert i mod P:
// Chinese descriptions and keywords, 30 % bilingual), so the index holds a
// lexical index of realistic postings, and the "text" rows time searches with
// a text (the fused vector + lexical search, k = --text-k) — two keywords of a
// random expert, or every third query a problem statement of 20–40
// characters — against the fused exact oracle (every selected row scored).
// The vector rows above send no text and measure the vector paths alone.
//
// For every N: build time (k-means + IVF add) and peak RSS (VmHWM, reset per N
// via /proc/self/clear_refs); for every selectivity: recall@k of the automatic
// path against SearchMode::kExact (faiss::knn_inner_product with the filter as
// IDSelector — what IndexFlatIP::search does — over the same filtered set),
// p50/p99 single-query latency of both, and the speed ratio (mean exact / mean
// auto). Searches run on one thread. Writes index_bench.json and index_bench.md.
#include <omp.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/taxonomy.h"
#include "demo/demo.h"
#include "index/index.h"

namespace {

using namespace consortia;
using Clock = std::chrono::steady_clock;

// CPU time of the calling thread (robust to other processes sharing the cores).
double ThreadCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double ProcessCpuS() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

long ReadStatusKb(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(std::strlen(key)));
  }
  return -1;
}

void ResetPeakRss() { std::ofstream("/proc/self/clear_refs") << "5"; }

struct Synthetic {
  BlockLayout layout;
  std::vector<ProfileRecord> records;
  std::vector<float> vectors;
};

Synthetic Generate(std::int64_t n, int text_dim, std::uint64_t seed) {
  Synthetic s;
  s.layout = BlockLayout::Standard(text_dim);
  const BlockLayout& L = s.layout;
  const ProfileOptions defaults;
  const auto& subfields = Subfields();
  const auto& industries = Industries();
  std::mt19937_64 crng(99);
  std::normal_distribution<float> gauss(0.0f, 1.0f);
  std::vector<float> centroid(subfields.size() * text_dim);
  for (auto& x : centroid) x = gauss(crng);
  for (size_t c = 0; c < subfields.size(); ++c) NormalizeL2(&centroid[c * text_dim], text_dim);
  std::vector<int> industry_of(subfields.size());
  for (size_t c = 0; c < subfields.size(); ++c) {
    for (size_t i = 0; i < industries.size(); ++i) {
      if (industries[i].code == subfields[c].parent) industry_of[c] = static_cast<int>(i);
    }
  }
  s.records.resize(n);
  s.vectors.assign(static_cast<size_t>(n) * L.dim, 0.0f);
  const float noise = 1.0f / std::sqrt(static_cast<float>(text_dim));  // ~ as long as the direction
#pragma omp parallel
  {
    std::mt19937_64 rng(seed + 7919 * omp_get_thread_num());
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
#pragma omp for schedule(static)
    for (std::int64_t i = 0; i < n; ++i) {
      ProfileRecord& r = s.records[i];
      r.id = i + 1;
      r.kind = kExpertKind;
      r.name = "e" + std::to_string(i + 1);
      int s1 = static_cast<int>(unit(rng) * unit(rng) * subfields.size());
      int s2 = static_cast<int>(unit(rng) * subfields.size());
      int ind = industry_of[s1];
      r.industries.push_back({industries[ind].code, 1.0});
      double t = unit(rng);
      r.title = t < 0.001  ? Title::kAcademician
                : t < 0.01 ? Title::kRenowned
                : t < 0.10 ? Title::kSenior
                           : Title::kOther;
      float* v = s.vectors.data() + static_cast<size_t>(i) * L.dim;
      v[L.Offset(Block::kIndustries) + ind] = defaults.weights[Block::kIndustries];
      float* f = v + L.Offset(Block::kFields);
      f[s1] = 1.0f;
      if (industry_of[s2] == ind && s2 != s1) f[s2] = 0.7f;
      NormalizeL2(f, L.Size(Block::kFields));
      for (int j = 0; j < L.Size(Block::kFields); ++j) f[j] *= defaults.weights[Block::kFields];
      float* tx = v + L.Offset(Block::kText);
      for (int j = 0; j < text_dim; ++j) tx[j] = centroid[s1 * text_dim + j] + noise * g(rng);
      NormalizeL2(tx, text_dim);
      for (int j = 0; j < text_dim; ++j) tx[j] *= defaults.weights[Block::kText];
      NormalizeL2(v, L.dim);
    }
  }
  return s;
}

std::vector<float> QueryNear(const Synthetic& s, std::int64_t i, std::mt19937_64& rng) {
  std::normal_distribution<float> g(0.0f, 0.3f / std::sqrt(static_cast<float>(s.layout.dim)));
  const int d = s.layout.dim;
  std::vector<float> q(s.vectors.begin() + i * d, s.vectors.begin() + (i + 1) * d);
  for (auto& x : q) x += g(rng);
  NormalizeL2(q.data(), d);
  return q;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t idx = static_cast<size_t>(std::ceil(p * v.size())) - 1;
  return v[std::min(idx, v.size() - 1)];
}

double Mean(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return v.empty() ? 0 : s / v.size();
}

// Synthetic bilingual text records for timing the text pipeline.
std::vector<ProfileRecord> TextRecords(int n, std::uint64_t seed) {
  static const std::vector<std::vector<std::string>> kTopics = {
      {"光刻胶", "光刻工艺", "晶圆制造", "刻蚀", "lithography", "photoresist", "EUV"},
      {"疫苗", "抗体药物", "免疫", "临床试验", "vaccine", "antibody", "mRNA"},
      {"大模型", "计算机视觉", "机器学习", "自然语言处理", "LLM", "vision", "deep learning"},
      {"光伏", "储能", "氢能", "燃料电池", "solar", "battery", "hydrogen"},
      {"高分子", "纳米材料", "复合材料", "稀土", "polymer", "nanomaterials", "composite"},
      {"机器人", "数控机床", "工业互联网", "工业软件", "robotics", "CNC", "industrial internet"}};
  static const std::vector<std::string> kFiller = {"研究", "开发", "应用",   "平台", "技术",
                                                   "系统", "工程", "产业化", "关键", "团队"};
  std::mt19937_64 rng(seed);
  std::vector<ProfileRecord> out(n);
  for (int i = 0; i < n; ++i) {
    const auto& topic = kTopics[rng() % kTopics.size()];
    ProfileRecord& r = out[i];
    r.id = i + 1;
    r.kind = kExpertKind;
    r.name = "专家" + std::to_string(i);
    for (int w = 0; w < 12; ++w) {
      r.text += (rng() % 3 == 0) ? kFiller[rng() % kFiller.size()] : topic[rng() % topic.size()];
      r.text += (rng() % 4 == 0) ? " " : "";
    }
    for (int w = 0; w < 3; ++w) r.keywords.push_back(topic[rng() % topic.size()]);
    for (const auto& k : r.keywords) r.text += "\n" + k;
  }
  return out;
}

struct Case {
  std::string name;
  Filter filter;
};

// Texts of demo experts (name, description, keywords as ToProfileRecord joins them).
struct TextPool {
  std::vector<std::string> texts;
  std::vector<std::vector<std::string>> keywords;
};

TextPool MakeTextPool(int experts) {
  TextPool pool;
  if (experts <= 0) return pool;
  DemoOptions o;
  o.experts = experts;
  o.organizations = std::max(1500, experts / 10);
  Dataset d = GenerateDemo(o);
  for (const Expert& e : d.experts) {
    ProfileRecord r = ToProfileRecord(e, nullptr);
    pool.texts.push_back(std::move(r.text));
    pool.keywords.push_back(e.keywords);
  }
  return pool;
}

// Problem statements as a leading enterprise writes them (not taken from the
// demo generator's vocabulary).
const std::vector<std::string>& Problems() {
  static const std::vector<std::string> kProblems = {
      "化学机械抛光液与抛光垫国产替代",
      "Chiplet异构集成 先进封装 国产化验证",
      "面向大模型训练的高性能计算集群与国产算力适配",
      "固态电池硫化物电解质界面稳定性与量产工艺",
      "CAR-T细胞治疗实体瘤的靶点筛选与工艺放大",
      "CMP slurry polishing pad localisation",
      "privacy computing federated learning platform",
      "钕铁硼永磁材料晶界扩散与重稀土减量"};
  return kProblems;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::int64_t> sizes = {100000};
  int queries = 300, k = 100, text_dim = 64, text_records = 20000, text_pool = 50000, text_k = 20;
  std::string out_dir = "bench/out";
  std::string only;  // run only the filter cases whose name contains this
  IndexOptions options;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i], v = argv[i + 1];
    if (a == "--n") {
      sizes.clear();
      std::stringstream ss(v);
      std::string part;
      while (std::getline(ss, part, ',')) sizes.push_back(std::stoll(part));
    } else if (a == "--queries") {
      queries = std::stoi(v);
    } else if (a == "--k") {
      k = std::stoi(v);
    } else if (a == "--text-dim") {
      text_dim = std::stoi(v);
    } else if (a == "--out") {
      out_dir = v;
    } else if (a == "--min-candidates") {
      options.min_candidates = std::stoi(v);
    } else if (a == "--candidate-factor") {
      options.candidate_factor = std::stoi(v);
    } else if (a == "--min-nprobe") {
      options.min_nprobe = std::stoi(v);
    } else if (a == "--min-probe-fraction") {
      options.min_probe_fraction = std::stod(v);
    } else if (a == "--rerank-factor") {
      options.rerank_factor = std::stoi(v);
    } else if (a == "--scan-rows") {
      options.scan_rows = std::stoll(v);
    } else if (a == "--exact-rows") {
      options.exact_rows = std::stoll(v);
    } else if (a == "--only") {
      only = v;
    } else if (a == "--nlist-factor") {
      options.nlist_factor = std::stod(v);
    } else if (a == "--text-records") {
      text_records = std::stoi(v);
    } else if (a == "--text-pool") {
      text_pool = std::stoi(v);
    } else if (a == "--text-k") {
      text_k = std::stoi(v);
    } else {
      std::cerr << "unknown option " << a << "\n";
      return 2;
    }
  }
  std::filesystem::create_directories(out_dir);
  const int build_threads = omp_get_max_threads();
  nlohmann::json report;
  report["data"] = "synthetic clustered profile vectors (see bench/index_bench.cpp)";
  report["text_pool"] = text_pool;
  report["k"] = k;
  report["options"] = {{"min_candidates", options.min_candidates},
                       {"candidate_factor", options.candidate_factor},
                       {"min_nprobe", options.min_nprobe},
                       {"min_probe_fraction", options.min_probe_fraction},
                       {"rerank_factor", options.rerank_factor},
                       {"exact_rows", options.exact_rows},
                       {"scan_rows", options.scan_rows},
                       {"nlist_factor", options.nlist_factor}};
  report["queries"] = queries;
  report["omp_threads_build"] = omp_get_max_threads();
  std::ostringstream md;
  md << "# index_bench\n\nSynthetic clustered profile vectors, d = "
     << BlockLayout::Standard(text_dim).dim << ", k = " << k << ", " << queries
     << " queries per row, one search thread; build with " << omp_get_max_threads()
     << " OpenMP threads. Exact = faiss::knn_inner_product with the filter as IDSelector "
        "(IndexFlatIP semantics) over the same filtered set.\n\n";

  if (text_records > 0) {
    auto recs = TextRecords(text_records, 3);
    auto t0 = Clock::now();
    auto model = ProfileModel::Fit(recs, {});
    auto t1 = Clock::now();
    if (!model.ok()) {
      std::cerr << model.status().ToString() << "\n";
      return 1;
    }
    std::int64_t sink = 0;
#pragma omp parallel for reduction(+ : sink)
    for (int i = 0; i < text_records; ++i) sink += (*model)->Embed(recs[i]).size();
    auto t2 = Clock::now();
    double per_record_us = Seconds(t1, t2) / text_records * 1e6;
    report["text_pipeline"] = {{"records", text_records},
                               {"fit_s", Seconds(t0, t1)},
                               {"embed_us_per_record", per_record_us}};
    md << "Text pipeline on " << text_records << " synthetic bilingual records: LSA fit "
       << Seconds(t0, t1) << " s, embedding " << per_record_us << " µs/record (wall, "
       << omp_get_max_threads() << " threads).\n\n";
    std::cout << "text pipeline: fit " << Seconds(t0, t1) << " s, embed " << per_record_us
              << " us/record\n";
  }

  md << "Latency columns: wall clock and thread CPU time (the cores are shared with other "
        "work, so wall-clock tails include time spent descheduled). Speed-up = mean exact / "
        "mean auto.\n\n";
  md << "| N | filter | selectivity | path(s) | recall@" << k
     << " | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms | exact p50 ms | exact CPU p50 ms | "
        "speed-up wall | speed-up CPU |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
  std::ostringstream build_md;
  std::ostringstream text_md;
  text_md << "\n## Searches with a text (vector + lexical, k = " << text_k
          << ")\n\nRecords carry demo experts' texts (" << text_pool
          << " distinct, cycled). Recall against the fused exact oracle (every selected row "
             "scored: inner product + lexical weight × relevance).\n\n"
             "| N | filter | selectivity | recall@"
          << text_k
          << " | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms | oracle p50 ms | long texts p50 ms |\n"
             "|---|---|---|---|---|---|---|---|---|---|\n";
  const TextPool pool = MakeTextPool(text_pool);
  if (!pool.texts.empty()) std::cout << "text pool: " << pool.texts.size() << " demo experts\n";
  build_md << "\n| N | build s (wall) | build CPU s | peak RSS MB | description |\n"
              "|---|---|---|---|---|\n";

  for (std::int64_t n : sizes) {
    ResetPeakRss();
    auto g0 = Clock::now();
    Synthetic s = Generate(n, text_dim, 11);
    if (!pool.texts.empty()) {
      for (std::int64_t i = 0; i < n; ++i) {
        s.records[i].text = pool.texts[i % pool.texts.size()];
        s.records[i].keywords = pool.keywords[i % pool.texts.size()];
      }
    }
    auto g1 = Clock::now();
    std::cout << "N=" << n << " generated in " << Seconds(g0, g1) << " s\n" << std::flush;
    std::vector<std::int64_t> query_rows;
    std::mt19937_64 rng(5);
    for (int i = 0; i < queries; ++i) query_rows.push_back(rng() % n);
    std::vector<std::vector<float>> qs;
    for (auto r : query_rows) qs.push_back(QueryNear(s, r, rng));
    double cpu0 = ProcessCpuS();
    auto b0 = Clock::now();
    auto built = VectorIndex::BuildFromVectors(
        s.layout, std::move(s.records), std::move(s.vectors), 1, options,
        [&](std::string_view stage, std::int64_t done, std::int64_t total) {
          if (done == 0 || done == total) {
            std::cout << "  " << stage << " " << done << "/" << total << " at "
                      << Seconds(b0, Clock::now()) << " s\n"
                      << std::flush;
          }
        });
    auto b1 = Clock::now();
    if (!built.ok()) {
      std::cerr << built.status().ToString() << "\n";
      return 1;
    }
    std::shared_ptr<VectorIndex> index = std::move(built).value();
    double build_s = Seconds(b0, b1);
    double build_cpu = ProcessCpuS() - cpu0;
    long peak_kb = ReadStatusKb("VmHWM:");
    std::string desc = index->header().description;
    std::cout << "N=" << n << " build " << build_s << " s (cpu " << build_cpu << " s), peak RSS "
              << peak_kb / 1024 << " MB, " << desc << "\n"
              << std::flush;
    nlohmann::json jn = {{"n", n},
                         {"build_s", build_s},
                         {"build_cpu_s", build_cpu},
                         {"peak_rss_mb", peak_kb / 1024.0},
                         {"description", desc}};
    build_md << "| " << n << " | " << build_s << " | " << build_cpu << " | " << peak_kb / 1024
             << " | " << desc << " |\n";

    std::vector<Case> cases = {
        {"none", {}},
        {"title in {academician, renowned, senior}",
         {.titles = {Title::kAcademician, Title::kRenowned, Title::kSenior}}},
        {"title in {academician, renowned}", {.titles = {Title::kAcademician, Title::kRenowned}}},
        {"title = academician", {.titles = {Title::kAcademician}}},
        {"industry = new_materials (correlated)", {.industries = {"new_materials"}}},
    };
    omp_set_num_threads(1);
    for (const auto& c : cases) {
      if (!only.empty() && c.name.find(only) == std::string::npos) continue;
      std::vector<double> lat, lat_exact, cpu, cpu_exact;
      double recall_sum = 0;
      std::int64_t selected = 0;
      std::set<std::string> paths;
      std::vector<int> nprobes;
      for (int qi = 0; qi < queries; ++qi) {
        SearchRequest req;
        req.query = qs[qi];
        req.k = k;
        req.filter = c.filter;
        double c0 = ThreadCpuMs();
        auto t0 = Clock::now();
        auto a = index->Search(req);
        auto t1 = Clock::now();
        double c1 = ThreadCpuMs();
        req.mode = SearchMode::kExact;
        auto t2 = Clock::now();
        auto e = index->Search(req);
        auto t3 = Clock::now();
        double c2 = ThreadCpuMs();
        cpu.push_back(c1 - c0);
        cpu_exact.push_back(c2 - c1);
        if (!a.ok() || !e.ok()) {
          std::cerr << "search failed\n";
          return 1;
        }
        lat.push_back(Seconds(t0, t1) * 1e3);
        lat_exact.push_back(Seconds(t2, t3) * 1e3);
        std::set<Id> truth;
        for (const Hit& h : e->hits) truth.insert(h.id);
        int got = 0;
        for (const Hit& h : a->hits) got += truth.count(h.id);
        recall_sum += truth.empty() ? 1.0 : static_cast<double>(got) / truth.size();
        selected = a->stats.selected;
        paths.insert(std::string(ToString(a->stats.path)));
        if (ToString(a->stats.path) == "ivf") nprobes.push_back(a->stats.nprobe);
      }
      double recall = recall_sum / queries;
      double sel = static_cast<double>(selected) / n;
      double speedup = Mean(lat_exact) / std::max(1e-9, Mean(lat));
      double speedup_cpu = Mean(cpu_exact) / std::max(1e-9, Mean(cpu));
      std::string p;
      for (const auto& x : paths) p += (p.empty() ? "" : "+") + x;
      if (!nprobes.empty()) {
        std::sort(nprobes.begin(), nprobes.end());
        p += " (nprobe p50 " + std::to_string(nprobes[nprobes.size() / 2]) + ")";
      }
      char line[512];
      std::snprintf(line, sizeof line,
                    "| %lld | %s | %.2f%% | %s | %.3f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | "
                    "%.1fx | %.1fx |\n",
                    static_cast<long long>(n), c.name.c_str(), sel * 100, p.c_str(), recall,
                    Percentile(lat, 0.5), Percentile(lat, 0.99), Percentile(cpu, 0.5),
                    Percentile(cpu, 0.99), Percentile(lat_exact, 0.5), Percentile(cpu_exact, 0.5),
                    speedup, speedup_cpu);
      md << line;
      std::cout << line << std::flush;
      jn["rows"].push_back({{"filter", c.name},
                            {"selectivity", sel},
                            {"paths", p},
                            {"recall", recall},
                            {"p50_ms", Percentile(lat, 0.5)},
                            {"p99_ms", Percentile(lat, 0.99)},
                            {"exact_p50_ms", Percentile(lat_exact, 0.5)},
                            {"exact_p99_ms", Percentile(lat_exact, 0.99)},
                            {"cpu_p50_ms", Percentile(cpu, 0.5)},
                            {"cpu_p99_ms", Percentile(cpu, 0.99)},
                            {"exact_cpu_p50_ms", Percentile(cpu_exact, 0.5)},
                            {"speedup_mean_wall", speedup},
                            {"speedup_mean_cpu", speedup_cpu}});
    }
    // Searches with a text: the fused search against its exact oracle.
    std::vector<std::string> texts;
    std::mt19937_64 trng(17);
    for (int qi = 0; qi < queries && !pool.texts.empty(); ++qi) {
      if (qi % 3 == 0) {
        texts.push_back(Problems()[(qi / 3) % Problems().size()]);
        continue;
      }
      const auto& kw = pool.keywords[trng() % pool.keywords.size()];
      std::string t;
      for (size_t j = 0; j < kw.size() && j < 2; ++j)
        t += (j ? " " : "") + kw[(trng() + j) % kw.size()];
      texts.push_back(t.empty() ? "光刻胶" : t);
    }
    for (const auto& c : cases) {
      if (texts.empty()) break;
      if (!only.empty() && c.name.find(only) == std::string::npos) continue;
      std::vector<double> lat, cpu, lat_exact, lat_long;
      double recall_sum = 0;
      std::int64_t selected = 0;
      for (int qi = 0; qi < static_cast<int>(texts.size()); ++qi) {
        SearchRequest req;
        req.query = qs[qi];
        req.k = text_k;
        req.filter = c.filter;
        req.text = texts[qi];
        double c0 = ThreadCpuMs();
        auto t0 = Clock::now();
        auto a = index->Search(req);
        auto t1 = Clock::now();
        double c1 = ThreadCpuMs();
        req.mode = SearchMode::kExact;
        auto t2 = Clock::now();
        auto e = index->Search(req);
        auto t3 = Clock::now();
        if (!a.ok() || !e.ok()) {
          std::cerr << "text search failed: " << (a.ok() ? e.status() : a.status()).ToString()
                    << "\n";
          return 1;
        }
        lat.push_back(Seconds(t0, t1) * 1e3);
        cpu.push_back(c1 - c0);
        lat_exact.push_back(Seconds(t2, t3) * 1e3);
        if (qi % 3 == 0) lat_long.push_back(Seconds(t0, t1) * 1e3);
        std::set<Id> truth;
        for (const Hit& h : e->hits) truth.insert(h.id);
        int got = 0;
        for (const Hit& h : a->hits) got += truth.count(h.id);
        recall_sum += truth.empty() ? 1.0 : static_cast<double>(got) / truth.size();
        selected = a->stats.selected;
      }
      const double recall = recall_sum / texts.size();
      const double sel = static_cast<double>(selected) / n;
      char line[512];
      std::snprintf(line, sizeof line,
                    "| %lld | %s | %.2f%% | %.3f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n",
                    static_cast<long long>(n), c.name.c_str(), sel * 100, recall,
                    Percentile(lat, 0.5), Percentile(lat, 0.99), Percentile(cpu, 0.5),
                    Percentile(cpu, 0.99), Percentile(lat_exact, 0.5), Percentile(lat_long, 0.5));
      text_md << line;
      std::cout << "text " << line << std::flush;
      jn["text_rows"].push_back({{"filter", c.name},
                                 {"selectivity", sel},
                                 {"k", text_k},
                                 {"recall", recall},
                                 {"p50_ms", Percentile(lat, 0.5)},
                                 {"p99_ms", Percentile(lat, 0.99)},
                                 {"cpu_p50_ms", Percentile(cpu, 0.5)},
                                 {"cpu_p99_ms", Percentile(cpu, 0.99)},
                                 {"oracle_p50_ms", Percentile(lat_exact, 0.5)},
                                 {"long_text_p50_ms", Percentile(lat_long, 0.5)}});
    }
    omp_set_num_threads(build_threads);
    report["sizes"].push_back(jn);
  }
  md << build_md.str();
  if (!pool.texts.empty()) md << text_md.str();
  std::ofstream(out_dir + "/index_bench.json") << report.dump(2) << "\n";
  std::ofstream(out_dir + "/index_bench.md") << md.str();
  std::cout << "wrote " << out_dir << "/index_bench.{json,md}\n";
  return 0;
}
