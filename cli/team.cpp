// `consortia suggest team`: POST /v1/teams/suggest from the command line. The
// options become the API's JSON body and go through SuggestTeamsJson, so both
// accept exactly the same requests and answer with the same errors.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cli.h"
#include "matcher/catalog.h"
#include "matcher/programme.h"
#include "matcher/rules.h"
#include "matcher/team.h"

namespace consortia::cli {

namespace {

using Json = nlohmann::json;

const CommandSpec kSuggestTeam = {
    "suggest team",
    "consortia suggest team --db PATH [--industry CODE] [--problem TEXT] [--field CODE[:W]]...\n"
    "       [--member ID]... [--size N] [--k N] [--leader-titles LIST] [--max-per-affiliation N]\n"
    "       [--pin IDS] [--exclude IDS] [--leader-id ID] [--min-difference N] [--rules PATH]\n"
    "       [--explain] [--json]",
    "Proposes S&T service teams (科技服务团) as POST /v1/teams/suggest does: at least\n"
    "the rules' minimum of experts, led by an academician or renowned expert, covering\n"
    "the fields. --field and --member may repeat or take comma-separated lists;\n"
    "a field may carry a weight (F0402:2).",
    {{"db", "PATH", "SQLite database"},
     {"industry", "CODE", "industry code, e.g. ic"},
     {"problem", "TEXT", "the problem the team works on"},
     {"field", "CODES", "NSFC discipline codes, e.g. F0402:2,F0406"},
     {"member", "IDS", "consortium member organisations (their experts get a bonus)"},
     {"size", "N", "team size (default and minimum from the rules)"},
     {"k", "N", "alternative teams, 1..5 (default 1)"},
     {"leader-titles", "LIST", "allowed leader titles, e.g. academician"},
     {"max-per-affiliation", "N", "experts per affiliation (default from the rules)"},
     {"pin", "IDS", "experts who must be in the team"},
     {"exclude", "IDS", "experts to leave out"},
     {"leader-id", "ID", "the expert who leads the team (pinned)"},
     {"min-difference", "N", "members each alternative differs in from earlier ones (default 5)"},
     {"rules", "PATH", "programme rules (default rules/bast-2022.json)"},
     {"explain", "", "print the objective terms and pool size"},
     {"json", "", "print the API's JSON instead of a table"}},
    {},
};

// API field -> CLI option, for error messages.
std::string OptionOf(const std::string& field) {
  std::string f = field.substr(0, field.find_first_of(".["));
  if (f == "fields") return "field";
  if (f == "members") return "member";
  if (f == "leader_titles") return "leader-titles";
  if (f == "max_per_affiliation") return "max-per-affiliation";
  if (f == "leader_id") return "leader-id";
  if (f == "min_difference") return "min-difference";
  return f;
}

std::string Fixed(double x, int decimals = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

std::size_t DisplayWidth(const std::string& s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    w += len >= 3 ? 2 : 1;
    i += len;
  }
  return w;
}

void PrintRows(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths(rows[0].size(), 0);
  for (const auto& r : rows) {
    for (std::size_t i = 0; i + 1 < r.size(); ++i) {
      widths[i] = std::max(widths[i], DisplayWidth(r[i]));
    }
  }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(widths[i] - DisplayWidth(r[i]) + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
}

std::string JoinIds(const Json& ids) {
  std::string out;
  for (const Json& id : ids) out += (out.empty() ? "" : ",") + std::to_string(id.get<Id>());
  return out;
}

// "name (id)" of an expert the answer names, else the id.
std::string ExpertName(const Json& answer, const Json& id) {
  const std::string key = std::to_string(id.get<Id>());
  const Json& experts = answer["experts"];
  if (!experts.contains(key)) return key;
  return experts[key].value("name", "") + "(" + key + ")";
}

void PrintTeams(const Json& answer) {
  int n = 0;
  for (const Json& team : answer["teams"]) {
    ++n;
    std::printf(
        "%sTeam %d: %zu experts, score %s (coverage %s, relevance %s, leader %s, "
        "affiliation %s)\n",
        n > 1 ? "\n" : "", n, team["members"].size(), Fixed(team["score"].get<double>()).c_str(),
        Fixed(team["terms"]["coverage"].get<double>()).c_str(),
        Fixed(team["terms"]["relevance"].get<double>()).c_str(),
        Fixed(team["terms"]["leader"].get<double>()).c_str(),
        Fixed(team["terms"]["affiliation"].get<double>()).c_str());
    std::vector<std::vector<std::string>> rows = {
        {"ROLE", "ID", "TITLE", "FIELDS", "AFFILIATION", "SCORE", "BACKUPS", "NAME", "WHY"}};
    for (const Json& m : team["members"]) {
      std::string fields;
      for (const Json& f : m["fields"])
        fields += (fields.empty() ? "" : ",") + f.get<std::string>();
      bool leader = m["id"] == team["leader_id"];
      const std::string key = std::to_string(m["id"].get<Id>());
      const Json named = answer.contains("experts") && answer["experts"].contains(key)
                             ? answer["experts"][key]
                             : Json::object();
      std::string title = named.value("title_name", m["title"].get<std::string>());
      std::string affiliation = std::to_string(m["affiliation_id"].get<Id>());
      if (!named.value("affiliation_name", "").empty()) {
        affiliation = named["affiliation_name"].get<std::string>() + "(" + affiliation + ")";
      }
      std::string backups;
      for (const Json& b : m["backups"]) {
        backups += (backups.empty() ? "" : ",") + ExpertName(answer, b);
      }
      rows.push_back({leader ? "leader" : "member", key, title, fields, affiliation,
                      Fixed(m["score"].get<double>()), backups, m["name"].get<std::string>(),
                      m.value("why", "")});
    }
    PrintRows(rows);
    std::printf("coverage:");
    for (const auto& [field, ids] : team["coverage"].items()) {
      std::printf(" %s[%s]", field.c_str(), ids.empty() ? "-" : JoinIds(ids).c_str());
    }
    std::printf("\n");
    if (!team["uncovered"].empty()) {
      std::string u;
      for (const Json& f : team["uncovered"]) u += (u.empty() ? "" : ", ") + f.get<std::string>();
      std::printf("not covered: %s\n", u.c_str());
    }
    if (answer.contains("field_coverage") &&
        answer["field_coverage"].size() >= static_cast<std::size_t>(n)) {
      for (const Json& fc : answer["field_coverage"][n - 1]) {
        if (fc.contains("message")) std::printf("  %s\n", fc["message"].get<std::string>().c_str());
      }
    }
    if (answer.contains("differences") && n > 1 && answer["differences"][n - 1].is_number()) {
      std::printf("differs from earlier teams in at least %d members\n",
                  answer["differences"][n - 1].get<int>());
    }
  }
  for (const Json& w : answer.value("warnings", Json::array())) {
    const std::string code = w.value("code", "");
    if (code == "field_partial" || code == "field_uncovered") continue;  // shown per team
    std::printf("warning (%s): %s\n", code.c_str(), w.value("message", "").c_str());
  }
}

// ParseArgs refuses repeated options; --field and --member may repeat, so they
// are collected here and removed from argv first.
std::vector<char*> TakeRepeated(int argc, char** argv, int first, std::vector<std::string>* fields,
                                std::vector<std::string>* members) {
  std::vector<char*> rest(argv, argv + first);
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    for (auto [name, out] : {std::pair{"--field", fields}, std::pair{"--member", members}}) {
      std::string n = name;
      if (a == n && i + 1 < argc) {
        for (const std::string& s : SplitList(argv[++i])) out->push_back(s);
        a.clear();
        break;
      }
      if (a.rfind(n + "=", 0) == 0) {
        for (const std::string& s : SplitList(a.substr(n.size() + 1))) out->push_back(s);
        a.clear();
        break;
      }
    }
    if (!a.empty()) rest.push_back(argv[i]);
  }
  return rest;
}

int Run(int argc, char** argv, int first) {
  std::vector<std::string> fields, members;
  std::vector<char*> rest = TakeRepeated(argc, argv, first, &fields, &members);
  auto args = ParseArgs(kSuggestTeam, static_cast<int>(rest.size()), rest.data(), first);
  if (!args.ok()) return UsageError(kSuggestTeam, args.status().message());
  if (args->help) return PrintHelp(kSuggestTeam, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kSuggestTeam, "--db PATH is required");

  Json body = Json::object();
  if (args->Has("industry")) body["industry"] = args->Get("industry");
  if (args->Has("problem")) body["problem"] = args->Get("problem");
  if (!fields.empty()) {
    Json list = Json::array();
    for (const std::string& f : fields) {
      auto colon = f.find(':');
      if (colon == std::string::npos) {
        list.push_back(f);
        continue;
      }
      char* end = nullptr;
      double w = std::strtod(f.c_str() + colon + 1, &end);
      if (end == f.c_str() + colon + 1 || *end != '\0') {
        return UsageError(kSuggestTeam, "--field takes CODE or CODE:WEIGHT, got " + f);
      }
      list.push_back({{"code", f.substr(0, colon)}, {"weight", w}});
    }
    body["fields"] = list;
  }
  if (!members.empty()) body["members"] = Json::array();
  for (const std::string& m : members) body["members"].push_back(NumberOrText(m));
  if (args->Has("size")) body["size"] = NumberOrText(args->Get("size"));
  if (args->Has("k")) body["k"] = NumberOrText(args->Get("k"));
  if (args->Has("leader-titles")) body["leader_titles"] = SplitList(args->Get("leader-titles"));
  if (args->Has("max-per-affiliation")) {
    body["max_per_affiliation"] = NumberOrText(args->Get("max-per-affiliation"));
  }
  if (args->Has("pin")) body["pin"] = IdList(args->Get("pin"));
  if (args->Has("exclude")) body["exclude"] = IdList(args->Get("exclude"));
  if (args->Has("leader-id")) body["leader_id"] = NumberOrText(args->Get("leader-id"));
  if (args->Has("min-difference")) {
    body["min_difference"] = NumberOrText(args->Get("min-difference"));
  }
  if (args->Has("explain")) body["explain"] = true;

  auto rules = LoadRules(args->Get("rules", DefaultRulesPath()));
  if (!rules.ok()) return Fail("cannot load the rules: " + rules.status().ToString());
  // Validate before opening (and perhaps building) the index.
  auto request = ParseTeamRequest(body, *rules);
  if (!request.ok()) {
    return UsageError(kSuggestTeam, "--" + OptionOf(request.status().field()) + ": " +
                                        request.status().message());
  }
  auto opened = OpenCatalog(args->Get("db"));
  if (!opened.ok()) return Fail(opened.status().message());
  // Like the API: experts at capacity in the registry are not proposed
  // (SuggestTeamsJson adds the registry's commitments to the request's).
  auto answer = SuggestTeamsJson(*opened->catalog, *rules, body);
  if (!answer.ok()) {
    const Status& s = answer.status();
    if (s.code() == Code::kInfeasible && !s.field().empty()) {
      const std::string relaxation = s.details().value("relaxation", "");
      return Fail("infeasible (--" + OptionOf(s.field()) + "): " + s.message() +
                  (relaxation.empty() ? "" : "\n  would help: " + relaxation));
    }
    return Fail((s.field().empty() ? "" : "--" + OptionOf(s.field()) + ": ") + s.message());
  }
  if (args->Has("json")) {
    std::printf("%s\n", answer->dump(1, ' ', false, Json::error_handler_t::replace).c_str());
    return kExitOk;
  }
  PrintTeams(*answer);
  if (answer->contains("stats")) {
    const Json& st = (*answer)["stats"];
    std::printf("pool %zu candidates; greedy %s, %d swaps; %s ms\n", st["pool"].get<std::size_t>(),
                Fixed(st["greedy_score"].get<double>()).c_str(), st["swaps"].get<int>(),
                Fixed(st["elapsed_ms"].get<double>(), 1).c_str());
  }
  return kExitOk;
}

}  // namespace

// `consortia suggest team ...`: options start at argv[first].
int RunSuggestTeam(int argc, char** argv, int first) { return Run(argc, argv, first); }

}  // namespace consortia::cli
