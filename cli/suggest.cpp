// `consortia suggest consortium`: POST /v1/consortia/suggest from the command
// line. The options become the API's JSON body and go through
// SuggestConsortiumJson, so both accept the same requests and give the same errors.
#include <cstdio>
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

void PrintAnswer(const Json& a) {
  std::printf("lead: %lld %s\n\n", a["lead"]["id"].get<long long>(),
              a["lead"]["name"].get<std::string>().c_str());
  for (const Json& p : a["proposals"]) {
    std::printf("proposal %d  score %s  (", p["rank"].get<int>(),
                Fixed(p["score"].get<double>()).c_str());
    bool first = true;
    for (auto& [name, value] : p["terms"].items()) {
      std::printf("%s%s %s", first ? "" : ", ", name.c_str(), Fixed(value.get<double>()).c_str());
      first = false;
    }
    std::printf(")  applicant %lld\n", p["applicant_id"].get<long long>());
    std::printf("  %-24s %8s  %-40s %7s\n", "role", "id", "name", "score");
    for (const Json& m : p["members"]) {
      std::printf("  %-24s %8lld  %-40s %7s\n", m["role"].get<std::string>().c_str(),
                  m["id"].get<long long>(), m["name"].get<std::string>().c_str(),
                  Fixed(m["score"].get<double>()).c_str());
    }
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
    PrintAnswer(*answer);
  }
  return kExitOk;
}

}  // namespace

// `consortia suggest consortium ...`: options start at argv[first].
int RunSuggestConsortium(int argc, char** argv, int first) { return Run(argc, argv, first); }

}  // namespace consortia::cli
