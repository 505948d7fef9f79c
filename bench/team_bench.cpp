// team_bench: S&T service team selection.
//
// 1. Optimality: --instances generated pools (GenerateTeamProblem: --pool
//    candidates, --size seats, cap 3, skewed affiliations); for each, greedy
//    alone, greedy + swaps (ours) and the branch-and-bound optimum; prints the
//    median and worst ratios to the optimum and the solvers' times.
// 2. Latency (with --db PATH, or --experts N to generate a demo database):
//    POST /v1/teams/suggest over HTTP on localhost (an httplib server in this
//    process wrapping SuggestTeamsJson exactly as server/routes_teams.cpp does),
//    --requests requests with varied problems/fields; p50/p99 end to end.
//
// usage: team_bench [--instances 120] [--pool 28] [--size 15]
//                   [--db PATH | --experts N] [--requests 200]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <httplib.h>

#include "api/api.h"
#include "data/data.h"
#include "demo/demo.h"
#include "instances.h"
#include "matcher/catalog.h"
#include "matcher/rules.h"
#include "matcher/team.h"
#include "select_exact.h"

namespace consortia {
namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

int Optimality(int instances, int pool, int size) {
  std::vector<double> greedy_ratio, ours_ratio, ours_ms, greedy_ms, exact_ms, nodes;
  int infeasible = 0, aborted = 0, optimal = 0;
  for (int i = 0; i < instances; ++i) {
    TeamInstanceOptions o;
    o.seed = 1000 + static_cast<std::uint64_t>(i);
    o.pool = pool;
    o.size = size;
    o.fields = 3 + i % 4;
    o.affiliations = 6 + i % 5;
    TeamProblem p = GenerateTeamProblem(o);
    TeamProblem g = p;
    g.local_search = false;
    auto t0 = Clock::now();
    auto greedy = SelectTeams(g);
    auto t1 = Clock::now();
    auto ours = SelectTeams(p);
    auto t2 = Clock::now();
    std::int64_t n = 0;
    auto exact = SolveTeamExact(p, &n, 50'000'000);
    auto t3 = Clock::now();
    if (!exact.ok()) {
      if (exact.status().code() == Code::kInfeasible) {
        ++infeasible;
      } else {
        ++aborted;
      }
      continue;
    }
    greedy_ratio.push_back(greedy.ok() ? greedy->front().score / exact->score : 0);
    double r = ours.ok() ? ours->front().score / exact->score : 0;
    ours_ratio.push_back(r);
    optimal += r > 1 - 1e-9;
    greedy_ms.push_back(Ms(t1 - t0));
    ours_ms.push_back(Ms(t2 - t1));
    exact_ms.push_back(Ms(t3 - t2));
    nodes.push_back(static_cast<double>(n));
  }
  std::printf(
      "optimality: %d instances (pool %d, team %d, cap 3): %zu solved exactly, "
      "%d infeasible, %d over the node limit\n",
      instances, pool, size, ours_ratio.size(), infeasible, aborted);
  if (ours_ratio.empty()) return 1;
  auto worst = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
  std::printf("  greedy        ratio median %.4f  worst %.4f  time median %.3f ms\n",
              Quantile(greedy_ratio, 0.5), worst(greedy_ratio), Quantile(greedy_ms, 0.5));
  std::printf(
      "  greedy+swaps  ratio median %.4f  worst %.4f  time median %.3f ms  "
      "(optimal in %d of %zu)\n",
      Quantile(ours_ratio, 0.5), worst(ours_ratio), Quantile(ours_ms, 0.5), optimal,
      ours_ratio.size());
  std::printf(
      "  exact (B&B)   time median %.1f ms  p90 %.1f ms  max %.1f ms; nodes median %.0f "
      "max %.0f\n",
      Quantile(exact_ms, 0.5), Quantile(exact_ms, 0.9), Quantile(exact_ms, 1.0),
      Quantile(nodes, 0.5), Quantile(nodes, 1.0));
  return 0;
}

int Latency(const std::string& db_path, int experts, int requests) {
  std::string path = db_path;
  if (path.empty()) {
    path =
        (std::filesystem::temp_directory_path() / ("team_bench_" + std::to_string(experts) + ".db"))
            .string();
  }
  bool fresh = !std::filesystem::exists(path);
  auto store = Store::Open(path);
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().ToString().c_str()), 1;
  if (fresh) {
    DemoOptions demo;
    demo.experts = experts;
    demo.organizations = std::max(300, experts / 20);
    std::fprintf(stderr, "generating %d experts into %s\n", experts, path.c_str());
    auto report = (*store)->Import(GenerateDemo(demo));
    if (!report.ok() || !report->ok()) return std::fprintf(stderr, "import failed\n"), 1;
  }
  auto t0 = Clock::now();
  auto catalog = Catalog::Open(store->get(), path);
  if (!catalog.ok()) return std::fprintf(stderr, "%s\n", catalog.status().ToString().c_str()), 1;
  std::fprintf(stderr, "catalog open in %.1f s (%lld records indexed)\n",
               Ms(Clock::now() - t0) / 1e3, static_cast<long long>((*catalog)->index()->size()));
  auto rules = LoadRules(CONSORTIA_SOURCE_DIR "/rules/bast-2022.json");
  if (!rules.ok()) return std::fprintf(stderr, "%s\n", rules.status().ToString().c_str()), 1;

  httplib::Server server;
  const Catalog* cat = catalog->get();
  const ProgrammeRules* r = &*rules;
  server.Post("/v1/teams/suggest", [cat, r](const httplib::Request& req, httplib::Response& res) {
    Json body = Json::parse(req.body, nullptr, false);
    auto out = SuggestTeamsJson(*cat, *r, body);
    if (!out.ok()) {
      res.status = out.status().code() == Code::kInfeasible ? 422 : 400;
      res.set_content(ErrorBody(out.status()).dump(), "application/json");
      return;
    }
    res.set_content(out->dump(), "application/json");
  });
  int port = server.bind_to_any_port("127.0.0.1");
  std::thread thread([&] { server.listen_after_bind(); });
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);

  const char* problems[] = {"先进制程 光刻胶 工艺验证",
                            "chiplet packaging yield",
                            "自动驾驶 感知 算法",
                            "新型储能 电池 安全",
                            "创新药 临床 免疫",
                            "工业软件 智能制造 数字孪生",
                            "large language model inference"};
  const char* industries[] = {"ic", "ic", "smart_mfg", "new_energy", "biomed", "software", "ai"};
  const char* fields[][2] = {{"F0402", "F0406"}, {"F0406", "F0401"}, {"F06", "E1207"},
                             {"E0707", "B05"},   {"C08", "C06"},     {"E0510", "F02"},
                             {"F06", "F02"}};
  std::vector<double> ms, inside;  // end to end; inside SuggestTeamsJson
  int errors = 0;
  for (int i = 0; i < requests + 10; ++i) {
    int q = i % 7;
    Json body = {{"industry", industries[q]}, {"problem", problems[q]}, {"explain", true}};
    if (i % 2 == 0) body["fields"] = {fields[q][0], {{"code", fields[q][1]}, {"weight", 2}}};
    if (i % 5 == 0) body["k"] = 3;
    auto s = Clock::now();
    auto res = client.Post("/v1/teams/suggest", body.dump(), "application/json");
    double t = Ms(Clock::now() - s);
    if (!res || res->status != 200) {
      ++errors;
      if (res && errors < 3) std::fprintf(stderr, "HTTP %d %s\n", res->status, res->body.c_str());
      continue;
    }
    if (i >= 10) {  // the first requests warm caches
      ms.push_back(t);
      Json answer = Json::parse(res->body, nullptr, false);
      if (answer.is_object() && answer.contains("stats")) {
        inside.push_back(answer["stats"]["elapsed_ms"].get<double>());
      }
    }
  }
  server.stop();
  thread.join();
  std::printf(
      "latency: %lld records, %zu requests over HTTP: p50 %.1f ms  p90 %.1f ms  "
      "p99 %.1f ms  max %.1f ms; %d errors\n",
      static_cast<long long>((*catalog)->index()->size()), ms.size(), Quantile(ms, 0.5),
      Quantile(ms, 0.9), Quantile(ms, 0.99), Quantile(ms, 1.0), errors);
  std::printf("  inside SuggestTeamsJson: p50 %.1f ms  p99 %.1f ms\n", Quantile(inside, 0.5),
              Quantile(inside, 0.99));
  return 0;
}

}  // namespace
}  // namespace consortia

int main(int argc, char** argv) {
  int instances = 120, pool = 28, size = 15, experts = 0, requests = 200;
  std::string db;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--instances")
      instances = std::atoi(argv[i + 1]);
    else if (a == "--pool")
      pool = std::atoi(argv[i + 1]);
    else if (a == "--size")
      size = std::atoi(argv[i + 1]);
    else if (a == "--db")
      db = argv[i + 1];
    else if (a == "--experts")
      experts = std::atoi(argv[i + 1]);
    else if (a == "--requests")
      requests = std::atoi(argv[i + 1]);
    else
      return std::fprintf(stderr, "unknown option %s\n", a.c_str()), 2;
  }
  int rc = instances > 0 ? consortia::Optimality(instances, pool, size) : 0;
  if (!db.empty() || experts > 0) rc |= consortia::Latency(db, experts, requests);
  return rc;
}
