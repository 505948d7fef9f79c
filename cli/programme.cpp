// `consortia programme ...`: the programme registry and planner from the command
// line. Each subcommand builds the API's JSON body and calls the same function
// the HTTP route wraps (matcher/programme.h), so both accept the same input and
// answer with the same errors.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cli.h"
#include "matcher/programme.h"
#include "matcher/rules.h"

namespace consortia::cli {

int RunProgramme(int argc, char** argv, int first);

namespace {

using Json = nlohmann::json;

const OptionSpec kDb = {"db", "PATH", "SQLite database"};
const OptionSpec kRules = {"rules", "PATH", "programme rules (default rules/bast-2022.json)"};
const OptionSpec kUser = {"user", "NAME",
                          "who makes the change, for the audit history (default cli)"};
const OptionSpec kJson = {"json", "", "print the API's JSON"};

const CommandSpec kList = {
    "programme list",
    "consortia programme list --db PATH [--status S] [--type T] [--year Y] [--json]",
    "Lists registered consortia (GET /v1/consortia).",
    {kDb,
     kRules,
     {"status", "S", "proposed|applied|approved|active|cancelled"},
     {"type", "T", "regional|industrial"},
     {"year", "Y", "programme year"},
     kJson},
    {}};
const CommandSpec kShow = {"programme show",
                           "consortia programme show ID --db PATH [--json]",
                           "Shows one consortium with its members' names (GET /v1/consortia/ID).",
                           {kDb, kRules, kJson},
                           {"ID"}};
const CommandSpec kHistory = {"programme history",
                              "consortia programme history ID --db PATH",
                              "Prints the audit history of a consortium as JSON.",
                              {kDb, kRules},
                              {"ID"}};
const CommandSpec kCreate = {"programme create",
                             "consortia programme create --db PATH --json FILE [--user NAME]",
                             "Registers a consortium from a JSON file: a full body or "
                             "{\"from_suggestion\": ..., \"team\": ...}\n"
                             "(POST /v1/consortia). The rules, the team and capacity are checked.",
                             {kDb, kRules, {"json", "FILE", "the body"}, kUser},
                             {}};
const CommandSpec kStatus = {
    "programme status",
    "consortia programme status ID STATUS --db PATH [--user NAME]",
    "Changes a consortium's status: proposed -> applied -> approved -> active, or cancelled.",
    {kDb, kRules, kUser, kJson},
    {"ID", "STATUS"}};
const CommandSpec kAssess = {
    "programme assess",
    "consortia programme assess ID --db PATH --year Y (--pass | --fail) [--notes TEXT] [--user "
    "NAME]",
    "Records a year's assessment; a fail cancels the consortium and frees its slot.",
    {kDb,
     kRules,
     {"year", "Y", "assessment year"},
     {"pass", "", "passed"},
     {"fail", "", "failed"},
     {"notes", "TEXT", "notes"},
     kUser,
     kJson},
    {"ID"}};
const CommandSpec kPlan = {
    "programme plan",
    "consortia programme plan --db PATH [--replan] [--candidates FILE] [--time-limit-ms N] "
    "[--json]",
    "Fills the programme's slots from registered consortia in status proposed/applied\n"
    "(POST /v1/plan); --replan keeps approved/active ones fixed.",
    {kDb,
     kRules,
     {"replan", "", "keep approved/active consortia and fill the free slots"},
     {"candidates", "FILE", "a JSON array of extra (inline) consortia"},
     {"time-limit-ms", "N", "stop the search after N ms (0 = none; default 5000)"},
     kJson},
    {}};
const CommandSpec kApplication = {
    "programme application",
    "consortia programme application ID --db PATH [--format md|html] [--out FILE]",
    "Writes the draft application form (申请表) of a consortium.",
    {kDb,
     kRules,
     {"format", "md|html", "Markdown (default) or printable HTML"},
     {"out", "FILE", "write to FILE instead of standard output"}},
    {"ID"}};

const CommandSpec* const kSubcommands[] = {&kList,   &kShow,   &kHistory, &kCreate,
                                           &kStatus, &kAssess, &kPlan,    &kApplication};

void PrintProgrammeHelp(std::FILE* out) {
  std::fprintf(out, "usage: consortia programme <subcommand> [options]\n\nsubcommands:\n");
  for (const CommandSpec* s : kSubcommands) {
    std::fprintf(out, "  %.*s\n", static_cast<int>(s->usage.size()), s->usage.data());
  }
}

void PrintJson(const Json& j) {
  std::printf("%s\n", j.dump(1, ' ', false, Json::error_handler_t::replace).c_str());
}

int FailStatus(const Status& s) {
  std::string msg = s.message();
  if (!s.field().empty() && msg.find(s.field()) == std::string::npos) {
    msg = s.field() + ": " + msg;
  }
  if (s.details().contains("violations")) {
    for (const Json& v : s.details()["violations"]) {
      msg += "\n  - " + v.value("code", "") + ": " + v.value("message", "");
    }
  }
  return Fail(std::string(CodeName(s.code())) + ": " + msg);
}

Result<Id> ParseId(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos ||
      std::stoll(s) <= 0) {
    return Status::InvalidArgument("ID must be a positive integer, got '" + s + "'", "ID");
  }
  return static_cast<Id>(std::stoll(s));
}

Result<Json> ReadJsonFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto j = ParseJson(ss.str(), path);
  if (!j.ok()) return Status::InvalidArgument(j.status().message(), "json");
  return j;
}

void PrintSummaries(const Json& list) {
  std::printf("%-5s %-10s %-11s %-22s %-5s %-6s %s\n", "ID", "STATUS", "TYPE", "TARGET", "YEAR",
              "SCORE", "NAME");
  for (const Json& c : list) {
    std::printf("%-5lld %-10s %-11s %-22s %-5d %-6.2f %s\n", c["id"].get<long long>(),
                c["status"].get<std::string>().c_str(), c["type"].get<std::string>().c_str(),
                c["target"].get<std::string>().c_str(), c["year"].get<int>(),
                c["score"].get<double>(), c["name"].get<std::string>().c_str());
  }
}

void PrintConsortium(const Json& c) {
  std::printf("%lld  %s\n", c["id"].get<long long>(), c["name"].get<std::string>().c_str());
  std::printf("  %s (%s) · %s %s · status %s · year %d · score %.2f · revision %lld\n",
              c["type_name"].get<std::string>().c_str(), c["type"].get<std::string>().c_str(),
              c["target"].get<std::string>().c_str(), c["target_name"].get<std::string>().c_str(),
              c["status"].get<std::string>().c_str(), c["year"].get<int>(),
              c["score"].get<double>(), c["revision"].get<long long>());
  std::printf("  members:\n");
  for (const Json& m : c["members"]) {
    std::printf("    %-6lld %-24s %s\n", m["id"].get<long long>(),
                m["role"].get<std::string>().c_str(), m["name"].get<std::string>().c_str());
  }
  std::printf("  applicant: %lld %s\n", c["applicant_id"].get<long long>(),
              c["applicant_name"].get<std::string>().c_str());
  if (c["team"]["leader_id"].get<Id>() != 0) {
    std::printf(
        "  team: leader %lld %s, %zu experts listed\n", c["team"]["leader_id"].get<long long>(),
        c["team"].contains("leader") ? c["team"]["leader"]["name"].get<std::string>().c_str() : "",
        c["team"]["members"].size());
  } else {
    std::printf("  team: none yet\n");
  }
  for (const Json& w : c.value("warnings", Json::array())) {
    std::printf("  提示: %s\n", w["message"].get<std::string>().c_str());
  }
  for (const Json& a : c["assessments"]) {
    std::printf("  assessed %d: %s %s\n", a["year"].get<int>(),
                a["passed"].get<bool>() ? "passed" : "failed",
                a["notes"].get<std::string>().c_str());
  }
}

void PrintPlan(const Json& p, const ProgrammeRules& rules) {
  for (const ConsortiumTypeRule& t : rules.types) {
    std::printf("%s (%s):\n", t.name.c_str(), t.key.c_str());
    for (const Json& c : p[t.key]) {
      const std::string target = c.value(std::string(ToString(t.target)), "");
      std::printf("  %-14s %-22s score %-6.2f %s%s\n", c["id"].get<std::string>().c_str(),
                  target.c_str(), c["score"].get<double>(), c["name"].get<std::string>().c_str(),
                  c["fixed"].get<bool>() ? "  [fixed]" : "");
      const Json runner_up = c.value("runner_up", Json());
      if (runner_up.is_object()) {
        std::printf("  %-14s runner-up %s %s (score %.2f)\n", "",
                    runner_up["id"].get<std::string>().c_str(), runner_up.value("name", "").c_str(),
                    runner_up["score"].get<double>());
      }
      for (const Json& w : c.value("warnings", Json::array())) {
        std::printf("  %-14s 提示: %s\n", "", w["message"].get<std::string>().c_str());
      }
    }
  }
  std::printf("objective %.4f, gap %.4f, %s\n", p["objective"].get<double>(),
              p["gap"].get<double>(), p["proven"].get<bool>() ? "proven optimal" : "not proven");
  int no_candidate = 0;
  for (const Json& u : p["uncovered"]) {
    if (u["reason"] == "no_candidate") {
      ++no_candidate;  // every region/industry nobody applied for: --json lists them
      continue;
    }
    std::printf("uncovered: %s %s — %s\n", u["type"].get<std::string>().c_str(),
                u["target"].get<std::string>().c_str(), u["detail"].get<std::string>().c_str());
  }
  if (no_candidate > 0) std::printf("(%d targets without any candidate)\n", no_candidate);
  for (const Json& i : p["invalid"]) {
    std::string reasons;
    for (const Json& r : i["reasons"])
      reasons += (reasons.empty() ? "" : "; ") + r.get<std::string>();
    std::printf("invalid: %s — %s\n", i["id"].get<std::string>().c_str(), reasons.c_str());
  }
}

int Run(const CommandSpec& spec, int argc, char** argv, int first) {
  auto args = ParseArgs(spec, argc, argv, first);
  if (!args.ok()) return UsageError(spec, args.status().message());
  if (args->help) return PrintHelp(spec, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(spec, "--db PATH is required");
  auto rules = LoadRules(args->Get("rules", DefaultRulesPath()));
  if (!rules.ok()) return Fail("cannot load the rules: " + rules.status().ToString());
  Id id = 0;
  if (!args->positionals.empty()) {
    auto parsed = ParseId(args->positionals[0]);
    if (!parsed.ok()) return UsageError(spec, parsed.status().message());
    id = *parsed;
  }
  const std::string user = args->Get("user", "cli");
  const bool json_out = args->Has("json") && &spec != &kCreate;

  // Validate the command line before touching the database.
  Json body = Json::object();
  if (&spec == &kAssess) {
    if (args->Has("pass") == args->Has("fail")) return UsageError(spec, "give --pass or --fail");
    if (!args->Has("year")) return UsageError(spec, "--year Y is required");
    const std::string y = args->Get("year");
    if (y.empty() || y.size() > 6 || y.find_first_not_of("0123456789") != std::string::npos) {
      return UsageError(spec, "--year must be a year, got '" + y + "'");
    }
    body = {{"year", std::stoi(y)}, {"passed", args->Has("pass")}};
    if (args->Has("notes")) body["notes"] = args->Get("notes");
  }
  if (&spec == &kApplication) {
    const std::string f = args->Get("format", "md");
    if (f != "md" && f != "html") return UsageError(spec, "--format must be md or html");
  }
  if (&spec == &kCreate && !args->Has("json")) return UsageError(spec, "--json FILE is required");

  auto store = OpenStore(args->Get("db"), /*must_exist=*/true);
  if (!store.ok()) return Fail(store.status().message());
  Store& s = **store;

  if (&spec == &kList) {
    ParamMap params;
    for (const char* name : {"status", "type", "year"}) {
      if (args->Has(name)) params[name] = args->Get(name);
    }
    auto filter = ParseConsortiumFilter(params, *rules);
    if (!filter.ok()) return UsageError(spec, "--" + filter.status().message());
    auto out = ListConsortiaJson(s, *rules, *filter);
    if (!out.ok()) return FailStatus(out.status());
    json_out ? PrintJson(*out) : PrintSummaries((*out)["consortia"]);
    return kExitOk;
  }
  if (&spec == &kShow) {
    auto out = GetConsortiumJson(s, *rules, id);
    if (!out.ok()) return FailStatus(out.status());
    json_out ? PrintJson(*out) : PrintConsortium(*out);
    return kExitOk;
  }
  if (&spec == &kHistory) {
    auto out = ConsortiumHistoryJson(s, id);
    if (!out.ok()) return FailStatus(out.status());
    PrintJson(*out);
    return kExitOk;
  }
  if (&spec == &kCreate) {
    auto file = ReadJsonFile(args->Get("json"));
    if (!file.ok()) return FailStatus(file.status());
    auto out = CreateConsortiumJson(s, *rules, *file, user);
    if (!out.ok()) return FailStatus(out.status());
    std::printf("registered consortium %lld\n", (*out)["id"].get<long long>());
    PrintConsortium(*out);
    return kExitOk;
  }
  if (&spec == &kStatus) {
    auto out = UpdateConsortiumJson(s, *rules, id, {{"status", args->positionals[1]}}, false, user);
    if (!out.ok()) return FailStatus(out.status());
    json_out ? PrintJson(*out)
             : (void)std::printf("consortium %lld is now %s\n", static_cast<long long>(id),
                                 (*out)["status"].get<std::string>().c_str());
    return kExitOk;
  }
  if (&spec == &kAssess) {
    auto out = AssessConsortiumJson(s, *rules, id, body, user);
    if (!out.ok()) return FailStatus(out.status());
    json_out ? PrintJson(*out)
             : (void)std::printf("consortium %lld assessed for %d: %s; status %s\n",
                                 static_cast<long long>(id), body["year"].get<int>(),
                                 args->Has("pass") ? "passed" : "failed",
                                 (*out)["status"].get<std::string>().c_str());
    return kExitOk;
  }
  if (&spec == &kPlan) {
    Json plan_body = Json::object();
    if (args->Has("replan")) plan_body["mode"] = "replan";
    if (args->Has("candidates")) {
      auto file = ReadJsonFile(args->Get("candidates"));
      if (!file.ok()) return FailStatus(file.status());
      plan_body["candidates"] = *file;
    }
    if (args->Has("time-limit-ms")) {
      const std::string n = args->Get("time-limit-ms");
      if (n.empty() || n.size() > 7 || n.find_first_not_of("0123456789") != std::string::npos) {
        return UsageError(spec, "--time-limit-ms must be a number of milliseconds");
      }
      plan_body["time_limit_ms"] = std::stoi(n);
    }
    auto out = PlanJson(s, *rules, plan_body);
    if (!out.ok()) return FailStatus(out.status());
    json_out ? PrintJson(*out) : PrintPlan(*out, *rules);
    return kExitOk;
  }
  if (&spec == &kApplication) {
    auto draft = ConsortiumApplication(s, *rules, id);
    if (!draft.ok()) return FailStatus(draft.status());
    const std::string& text = args->Get("format", "md") == "html" ? draft->html : draft->markdown;
    if (args->Has("out")) {
      std::ofstream out(args->Get("out"), std::ios::binary);
      out << text;
      if (!out) return Fail("cannot write " + args->Get("out"));
      std::fprintf(stderr, "wrote %s\n", args->Get("out").c_str());
    } else {
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
    return kExitOk;
  }
  return Fail("unhandled subcommand");
}

}  // namespace

// `consortia programme <subcommand> ...`; argv[first] is the subcommand.
int RunProgramme(int argc, char** argv, int first) {
  if (first >= argc) {
    PrintProgrammeHelp(stderr);
    return kExitUsage;
  }
  const std::string sub = argv[first];
  if (sub == "-h" || sub == "--help" || sub == "help") {
    PrintProgrammeHelp(stdout);
    return kExitOk;
  }
  for (const CommandSpec* spec : kSubcommands) {
    if (spec->name == "programme " + sub) return Run(*spec, argc, argv, first + 1);
  }
  std::fprintf(stderr, "consortia programme: unknown subcommand '%s'\n\n", sub.c_str());
  PrintProgrammeHelp(stderr);
  return kExitUsage;
}

}  // namespace consortia::cli
