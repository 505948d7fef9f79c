// `consortia search`: POST /v1/search from the command line. The options are
// turned into the API's JSON body and parsed by the same code as the route, so
// both accept exactly the same queries.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cli.h"
#include "matcher/catalog.h"

namespace consortia {
namespace cli {
namespace {

using Json = nlohmann::json;

const CommandSpec kSearch = {
    "search",
    "consortia search --db PATH (--text TEXT | --like ID) [filters] [--k N] [--json]",
    "Finds the organisations and experts most similar to a text (Chinese or English)\n"
    "and/or to a record (--like), as POST /v1/search does. List options take\n"
    "comma-separated values, e.g. --kind expert,university. The first search\n"
    "builds the index (<db>.index, saved for the next runs).",
    {{"db", "PATH", "SQLite database"},
     {"text", "TEXT", "what to look for, e.g. \"光刻胶 工艺验证\""},
     {"like", "ID", "records similar to this organisation or expert"},
     {"kind", "KINDS", "expert, enterprise, university, research_institute, ..."},
     {"industry", "CODES", "records in one of these industries, e.g. ic"},
     {"district", "CODES", "district codes, e.g. 110108"},
     {"region", "CODES", "zone or park codes, e.g. zgc_science_city"},
     {"title", "TITLES", "experts' titles: academician, renowned, senior, other"},
     {"leading", "BOOL", "only (true) or no (false) leading enterprises"},
     {"available", "", "only records that can still take on work"},
     {"exclude", "IDS", "ids to leave out"},
     {"k", "N", "results, 1..1000 (default 20)"},
     {"weights", "LIST", "block weights, e.g. text=2,industries=1"},
     {"exact", "", "exact search (the oracle) instead of the IVF index"},
     {"json", "", "print the API's JSON instead of a table"}},
    {},
};

Result<Json> BodyFromArgs(const Args& args) {
  Json body = Json::object();
  Json filters = Json::object();
  if (args.Has("text")) body["text"] = args.Get("text");
  if (args.Has("like")) body["like"] = NumberOrText(args.Get("like"));
  if (args.Has("kind")) body["kinds"] = SplitList(args.Get("kind"));
  if (args.Has("industry")) filters["industries"] = SplitList(args.Get("industry"));
  if (args.Has("district")) filters["districts"] = SplitList(args.Get("district"));
  if (args.Has("region")) filters["regions"] = SplitList(args.Get("region"));
  if (args.Has("title")) filters["titles"] = SplitList(args.Get("title"));
  if (args.Has("available")) filters["available"] = true;
  if (args.Has("leading")) {
    auto b = BoolParam(args.options, "leading");
    if (!b.ok()) return b.status();
    filters["leading"] = **b;
  }
  if (args.Has("exclude")) filters["exclude"] = IdList(args.Get("exclude"));
  if (!filters.empty()) body["filters"] = filters;
  if (args.Has("k")) body["k"] = NumberOrText(args.Get("k"));
  if (args.Has("weights")) {
    Json w = Json::object();
    for (const std::string& item : SplitList(args.Get("weights"))) {
      auto eq = item.find('=');
      char* end = nullptr;
      double v = eq == std::string::npos ? 0 : std::strtod(item.c_str() + eq + 1, &end);
      if (eq == std::string::npos || end == item.c_str() + eq + 1 || *end != '\0') {
        return Status::InvalidArgument("--weights takes block=number pairs, e.g. text=2",
                                       "weights");
      }
      w[item.substr(0, eq)] = v;
    }
    body["weights"] = w;
  }
  if (args.Has("exact")) body["exact"] = true;
  return body;
}

// CLI spelling of an API field: filters.industries -> --industry.
std::string OptionOf(const std::string& field) {
  static const std::pair<const char*, const char*> kMap[] = {{"kinds", "kind"},
                                                             {"filters.industries", "industry"},
                                                             {"filters.districts", "district"},
                                                             {"filters.regions", "region"},
                                                             {"filters.titles", "title"},
                                                             {"filters.exclude", "exclude"},
                                                             {"filters.leading", "leading"}};
  for (const auto& [api, opt] : kMap) {
    if (field == api) return opt;
  }
  if (field.rfind("weights", 0) == 0) return "weights";
  return field;
}

std::string Fixed(double x, int decimals = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

void PrintTable(const Json& answer) {
  std::vector<std::vector<std::string>> rows = {
      {"RANK", "ID", "KIND", "SCORE", "TOP BLOCK", "MATCHED KEYWORDS", "NAME"}};
  int rank = 0;
  for (const Json& r : answer["results"]) {
    std::string top;
    double best = -1e9;
    for (const char* b : {"industries", "fields", "capabilities", "text"}) {
      double c = r["why"][b].get<double>();
      if (c > best) best = c, top = std::string(b) + " " + Fixed(c);
    }
    std::string kw;
    for (const Json& k : r["why"]["matched_keywords"]) {
      kw += (kw.empty() ? "" : ", ") + k.get<std::string>();
    }
    rows.push_back({std::to_string(++rank), std::to_string(r["id"].get<Id>()),
                    r["kind"].get<std::string>(), Fixed(r["score"].get<double>()), top, kw,
                    r["name"].get<std::string>()});
  }
  // Left-aligned columns by display width (CJK characters count two).
  auto width = [](const std::string& s) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < s.size();) {
      unsigned char c = s[i];
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      w += len >= 3 ? 2 : 1;
      i += len;
    }
    return w;
  };
  std::vector<std::size_t> widths(rows[0].size(), 0);
  for (const auto& r : rows) {
    for (std::size_t i = 0; i + 1 < r.size(); ++i) widths[i] = std::max(widths[i], width(r[i]));
  }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(widths[i] - width(r[i]) + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
  const Json& stats = answer["stats"];
  std::printf("%zu result(s); %lld record(s) passed the filters; %s search\n",
              answer["results"].size(),
              static_cast<long long>(stats["selected"].get<std::int64_t>()),
              stats["path"].get<std::string>().c_str());
}

}  // namespace

int RunSearch(int argc, char** argv, int first) {
  auto args = ParseArgs(kSearch, argc, argv, first);
  if (!args.ok()) return UsageError(kSearch, args.status().message());
  if (args->help) return PrintHelp(kSearch, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kSearch, "--db PATH is required");
  if (!args->Has("text") && !args->Has("like")) {
    return UsageError(kSearch, "give --text TEXT or --like ID");
  }
  auto body = BodyFromArgs(*args);
  if (!body.ok()) return UsageError(kSearch, body.status().message());
  auto query = ParseSearchRequest(*body);
  if (!query.ok()) {
    return UsageError(kSearch,
                      "--" + OptionOf(query.status().field()) + ": " + query.status().message());
  }

  auto opened = OpenCatalog(args->Get("db"));
  if (!opened.ok()) return Fail(opened.status().message());
  auto searched = SearchJson(*opened->catalog, *body);
  if (!searched.ok()) {
    const Status& s = searched.status();
    const std::string field = OptionOf(s.field());
    return Fail((field.empty() ? "" : "--" + field + ": ") + s.message());
  }
  const Json& answer = *searched;
  if (args->Has("json")) {
    std::printf("%s\n", answer.dump(1, ' ', false, Json::error_handler_t::replace).c_str());
  } else {
    PrintTable(answer);
  }
  return kExitOk;
}

}  // namespace cli
}  // namespace consortia
