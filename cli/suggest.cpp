// `consortia suggest consortium`: POST /v1/consortia/suggest from the command
// line. The options become the API's JSON body and go through
// SuggestConsortiumJson, so both accept the same requests and give the same errors.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cli.h"
#include "matcher/catalog.h"
#include "matcher/consortium.h"
#include "matcher/programme.h"
#include "matcher/rules.h"

namespace consortia::cli {

namespace {

using Json = nlohmann::json;

const CommandSpec kSuggestConsortium = {
    "suggest consortium",
    "consortia suggest consortium --db PATH --type industrial|regional --lead ID\n"
    "       (--industry CODE | --region CODE) [--problem TEXT] [--pin IDS] [--exclude IDS]\n"
    "       [--sizes ROLE=N,...] [--applicant ID] [--min-difference X]\n"
    "       [--k N] [--rules PATH] [--explain] [--json]",
    "Suggests partners per role and complete member sets (meeting every minimum of\n"
    "the programme rules) for an innovation consortium led by a leading enterprise,\n"
    "as POST /v1/consortia/suggest does.",
    {{"db", "PATH", "SQLite database"},
     {"type", "TYPE", "industrial or regional"},
     {"lead", "ID", "id of the leading enterprise (牵头单位)"},
     {"industry", "CODE", "industry code, e.g. ic (required for industrial)"},
     {"region", "CODE", "zone or ZGC park code, e.g. zgc_science_city (regional)"},
     {"problem", "TEXT", "the technical problem, e.g. \"光刻胶 工艺验证\""},
     {"pin", "IDS", "comma-separated ids that must be members"},
     {"exclude", "IDS", "comma-separated ids to leave out"},
     {"sizes", "ROLE=N,...", "members per role above the minimum, e.g. municipal_society=3"},
     {"applicant", "ID", "the applicant society (申报单位), pinned into its role"},
     {"min-difference", "X",
      "alternatives differ in this share (0..1) of the non-lead members, or this many "
      "(default 1/3)"},
     {"k", "N", "proposals, 1..10 (default 3)"},
     {"rules", "PATH", "programme rules (default rules/bast-2022.json)"},
     {"explain", "", "add the scored pool and the objective's pair weights (with --json)"},
     {"json", "", "print the API's JSON instead of tables"}},
    {},
};

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void PrintWarnings(const Json& warnings, const char* indent) {
  for (const Json& w : warnings) {
    std::printf("%s提示: %s\n", indent, w["message"].get<std::string>().c_str());
  }
}

void PrintAnswer(const Json& a, int k) {
  std::printf("lead: %lld %s\n", a["lead"]["id"].get<long long>(),
              a["lead"]["name"].get<std::string>().c_str());
  std::printf("target: %s %s; alternatives differ in >= %d members\n",
              a.value("target", "").c_str(), a.value("target_name", "").c_str(),
              a.value("min_difference", 0));
  PrintWarnings(a.value("warnings", Json::array()), "");
  const int found = static_cast<int>(a["proposals"].size());
  if (found < k) {
    std::printf(
        "提示: 只找到 %d 个方案（请求 %d 个）：其余成员组合与已有方案的差异不足 %d 个成员；"
        "可降低 --min-difference\n",
        found, k, a.value("min_difference", 0));
  }
  std::printf("\n");
  for (const Json& p : a["proposals"]) {
    std::printf("proposal %d  score %s  (", p["rank"].get<int>(),
                Fixed(p["score"].get<double>()).c_str());
    bool first = true;
    for (auto& [name, value] : p["terms"].items()) {
      std::printf("%s%s %s", first ? "" : ", ", name.c_str(), Fixed(value.get<double>()).c_str());
      first = false;
    }
    std::printf(")  applicant %lld %s\n", p["applicant_id"].get<long long>(),
                p.value("applicant_name", "").c_str());
    std::printf("  %-24s %8s  %-40s %7s\n", "role", "id", "name", "score");
    for (const Json& m : p["members"]) {
      std::printf("  %-24s %8lld  %-40s %7s\n", m["role"].get<std::string>().c_str(),
                  m["id"].get<long long>(), m["name"].get<std::string>().c_str(),
                  Fixed(m["score"].get<double>()).c_str());
    }
    // The answer's own warnings (about the lead) are printed once above.
    Json own = Json::array();
    const Json& top = a.value("warnings", Json::array());
    for (const Json& w : p.value("warnings", Json::array())) {
      if (std::find(top.begin(), top.end(), w) == top.end()) own.push_back(w);
    }
    PrintWarnings(own, "  ");
    std::printf("\n");
  }
  std::printf("candidates per role\n");
  for (const Json& r : a["candidates"]) {
    std::printf("  %s %s (min %d, %lld eligible)\n", r["role"].get<std::string>().c_str(),
                r["name"].get<std::string>().c_str(), r["min"].get<int>(),
                r["eligible"].get<long long>());
    for (const Json& c : r["candidates"]) {
      std::string reasons;
      for (const Json& w : c["reasons"])
        reasons += (reasons.empty() ? "" : "; ") + w.get<std::string>();
      std::printf("    %8lld  %-36s %7s  %s\n", c["id"].get<long long>(),
                  c["name"].get<std::string>().c_str(), Fixed(c["score"].get<double>()).c_str(),
                  reasons.c_str());
    }
  }
}

int Run(int argc, char** argv, int first) {
  const CommandSpec& spec = kSuggestConsortium;
  auto args = ParseArgs(spec, argc, argv, first);
  if (!args.ok()) return UsageError(spec, args.status().message());
  if (args->help) return PrintHelp(spec, stdout), kExitOk;
  for (const char* required : {"db", "type", "lead"}) {
    if (!args->Has(required))
      return UsageError(spec, std::string("--") + required + " is required");
  }
  Json body = {{"type", args->Get("type")}};
  const std::string lead = args->Get("lead");
  if (lead.empty() || lead.find_first_not_of("0123456789") != std::string::npos ||
      lead.size() > 17) {
    return UsageError(spec, "--lead takes an organisation id");
  }
  body["lead_id"] = std::stoll(lead);
  for (const char* f : {"industry", "region", "problem"}) {
    if (args->Has(f)) body[f] = args->Get(f);
  }
  if (args->Has("pin")) body["pin"] = IdList(args->Get("pin"));
  if (args->Has("exclude")) body["exclude"] = IdList(args->Get("exclude"));
  if (args->Has("sizes")) {
    Json sizes = Json::object();
    for (const std::string& item : SplitList(args->Get("sizes"))) {
      const std::size_t eq = item.find('=');
      if (eq == std::string::npos)
        return UsageError(spec, "--sizes takes ROLE=N,... (got " + item + ")");
      sizes[item.substr(0, eq)] = NumberOrText(item.substr(eq + 1));
    }
    body["sizes"] = sizes;
  }
  if (args->Has("applicant")) body["applicant_id"] = NumberOrText(args->Get("applicant"));
  if (args->Has("min-difference")) {
    const std::string x = args->Get("min-difference");
    char* end = nullptr;
    const double v = std::strtod(x.c_str(), &end);
    if (x.empty() || end == nullptr || *end != '\0') {
      return UsageError(spec, "--min-difference takes a number (got " + x + ")");
    }
    body["min_difference"] = v;
  }
  if (args->Has("k")) {
    const std::string k = args->Get("k");
    if (k.empty() || k.size() > 3 || k.find_first_not_of("0123456789") != std::string::npos) {
      return UsageError(spec, "--k takes a number in 1..10");
    }
    body["k"] = std::stoi(k);
  }
  if (args->Has("explain")) body["explain"] = true;
  auto parsed = ParseConsortiumRequest(body);
  if (!parsed.ok()) {
    std::string field = parsed.status().field();
    if (field == "lead_id") field = "lead";
    if (field == "applicant_id") field = "applicant";
    if (field == "min_difference") field = "min-difference";
    if (field.rfind("sizes", 0) == 0) field = "sizes";
    return UsageError(spec, "--" + field + ": " + parsed.status().message());
  }
  auto rules = LoadRules(args->Get("rules", DefaultRulesPath()));
  if (!rules.ok()) return Fail("cannot load the rules: " + rules.status().ToString());
  auto opened = OpenCatalog(args->Get("db"));
  if (!opened.ok()) return Fail(opened.status().message());
  // Like the API: organisations the registry has at their limit are not proposed.
  if (Status s = AddCommitmentsToConsortiumBody(*opened->store, *rules, &body); !s.ok()) {
    return Fail(s.ToString());
  }
  auto answer = SuggestConsortiumJson(*opened->catalog, *rules, body);
  if (!answer.ok()) {
    const Status& s = answer.status();
    if (s.code() == Code::kInfeasible) {
      const Json& d = s.details();
      return Fail("infeasible (role " + d.value("role", s.field()) + ", " +
                  std::to_string(d.value("eligible", 0)) + " eligible, " +
                  std::to_string(d.value("required", 0)) + " required): " + s.message());
    }
    return Fail((s.field().empty() ? "" : s.field() + ": ") + s.message());
  }
  if (args->Has("json")) {
    std::printf("%s\n", answer->dump(1, ' ', false, Json::error_handler_t::replace).c_str());
  } else {
    PrintAnswer(*answer, body.value("k", 3));
  }
  return kExitOk;
}

}  // namespace

// `consortia suggest consortium ...`: options start at argv[first].
int RunSuggestConsortium(int argc, char** argv, int first) { return Run(argc, argv, first); }

}  // namespace consortia::cli
