// `consortia list|show`: look records up from the command line.
#include <algorithm>
#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cli.h"

namespace consortia::cli {
namespace {

using Json = nlohmann::json;

const CommandSpec kList = {
    "list",
    "consortia list organizations|experts --db PATH [filters] [--limit N] [--offset N] [--json]",
    "Lists organisations or experts with the same filters as GET /v1/organizations and\n"
    "GET /v1/experts, as a table (or the API's JSON with --json).\n"
    "organizations: --kind --leading --industry --district --zone --park --text\n"
    "experts:       --title --industry --field --affiliation_id --text",
    {{"db", "PATH", "SQLite database"},
     {"kind", "KIND", "organisation kind, e.g. enterprise, university"},
     {"leading", "BOOL", "true for leading enterprises"},
     {"industry", "CODE", "industry code, e.g. ic"},
     {"district", "CODE", "district code, e.g. 110108"},
     {"zone", "CODE", "zone code of the 三城一区"},
     {"park", "CODE", "ZGC sub-park code"},
     {"title", "TITLE", "academician, renowned, senior or other"},
     {"field", "CODE", "discipline code; F04 also matches F0402"},
     {"affiliation_id", "ID", "experts of this organisation"},
     {"text", "TEXT", "substring of name, description or keywords"},
     {"limit", "N", "rows to show, 1..1000 (default 20)"},
     {"offset", "N", "rows to skip (default 0)"},
     {"json", "", "print JSON instead of a table"}},
    {"organizations|experts"},
};

const CommandSpec kShow = {
    "show",
    "consortia show ID --db PATH [--json]",
    "Shows one organisation or expert (contacts included) and its cooperation ties.",
    {{"db", "PATH", "SQLite database"}, {"json", "", "print JSON"}},
    {"ID"},
};

std::string Weights(const std::vector<Weighted>& ws) {
  std::string out;
  for (const Weighted& w : ws) {
    std::ostringstream s;
    s << w.code;
    if (w.weight != 1.0) s << ":" << w.weight;
    if (!out.empty()) out += ";";
    out += s.str();
  }
  return out;
}

std::string JoinList(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) {
    if (!out.empty()) out += ";";
    out += s;
  }
  return out;
}

// Left-aligned columns; the last column (names, often Chinese) is not padded.
void PrintTable(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return;
  std::vector<std::size_t> width(rows[0].size(), 0);
  for (const auto& r : rows) {
    for (std::size_t i = 0; i + 1 < r.size(); ++i) width[i] = std::max(width[i], r[i].size());
  }
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i) {
      line += r[i];
      if (i + 1 < r.size()) line += std::string(width[i] - r[i].size() + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  }
}

// --json: one page as {"items", "total", "limit", "offset"}, as the HTTP list routes answer.
void PrintPageJson(Json items, std::int64_t total, int limit, int offset) {
  Json page = {{"items", std::move(items)}, {"total", total}, {"limit", limit}, {"offset", offset}};
  std::printf("%s\n", page.dump(1).c_str());
}

void PrintFooter(std::size_t shown, std::int64_t total, int offset) {
  if (shown == 0) {
    std::printf("(no match; %lld in total)\n", static_cast<long long>(total));
  } else {
    std::printf("%d-%d of %lld\n", offset + 1, offset + static_cast<int>(shown),
                static_cast<long long>(total));
  }
}

// One "name: value" line per JSON member, lists joined; identity first.
void PrintRecord(const Json& j) {
  static const std::vector<std::string> kFirst = {"id", "key", "name", "name_en", "kind", "title"};
  std::vector<std::string> order = kFirst;
  for (const auto& [key, value] : j.items()) {
    if (std::find(kFirst.begin(), kFirst.end(), key) == kFirst.end()) order.push_back(key);
  }
  for (const std::string& key : order) {
    if (key == "ties" || !j.contains(key)) continue;
    const Json& value = j[key];
    std::string text;
    if (value.is_string()) {
      text = value.get<std::string>();
    } else if (value.is_array()) {
      for (const Json& v : value) {
        std::string item = v.is_string() ? v.get<std::string>() : v.dump();
        if (v.is_object() && v.contains("code")) {
          item = v["code"].get<std::string>();
          if (v.contains("weight") && v["weight"] != 1.0) item += ":" + v["weight"].dump();
        }
        if (!text.empty()) text += ", ";
        text += item;
      }
    } else {
      text = value.dump();
    }
    if (!text.empty()) std::printf("  %-16s %s\n", (key + ":").c_str(), text.c_str());
  }
}

}  // namespace

int RunList(int argc, char** argv, int first) {
  auto args = ParseArgs(kList, argc, argv, first);
  if (!args.ok()) return UsageError(kList, args.status().message());
  if (args->help) return PrintHelp(kList, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kList, "--db PATH is required");
  const std::string what = args->positionals[0];
  if (what != "organizations" && what != "experts") {
    return UsageError(kList, "list organizations or experts, not '" + what + "'");
  }
  ParamMap params = args->options;
  params.erase("db");
  params.erase("json");
  const bool json = args->Has("json");

  if (what == "organizations") {
    auto filter = ParseOrgFilter(params);
    if (!filter.ok()) return UsageError(kList, "--" + filter.status().message());
    auto store = OpenStore(args->Get("db"), true);
    if (!store.ok()) return Fail(store.status().message());
    auto page = (*store)->ListOrganizations(*filter);
    if (!page.ok()) return Fail(page.status().ToString());
    if (json) {
      Json items = Json::array();
      for (const Organization& o : page->items) items.push_back(ToJson(o));
      PrintPageJson(std::move(items), page->total, filter->limit, filter->offset);
      return kExitOk;
    }
    std::vector<std::vector<std::string>> rows = {
        {"ID", "KEY", "KIND", "LEADING", "DISTRICT", "INDUSTRIES", "NAME"}};
    for (const Organization& o : page->items) {
      rows.push_back({std::to_string(o.id), o.key, std::string(ToString(o.kind)),
                      o.leading ? "yes" : "", o.district, Weights(o.industries), o.name});
    }
    PrintTable(rows);
    PrintFooter(page->items.size(), page->total, filter->offset);
    return kExitOk;
  }

  auto filter = ParseExpertFilter(params);
  if (!filter.ok()) return UsageError(kList, "--" + filter.status().message());
  auto store = OpenStore(args->Get("db"), true);
  if (!store.ok()) return Fail(store.status().message());
  auto page = (*store)->ListExperts(*filter);
  if (!page.ok()) return Fail(page.status().ToString());
  if (json) {
    Json items = Json::array();
    for (const Expert& e : page->items) items.push_back(ToJson(e, true, true));
    PrintPageJson(std::move(items), page->total, filter->limit, filter->offset);
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows = {
      {"ID", "KEY", "TITLE", "AFFILIATION", "FIELDS", "INDUSTRIES", "CAPACITY", "NAME"}};
  for (const Expert& e : page->items) {
    rows.push_back({std::to_string(e.id), e.key, std::string(ToString(e.title)),
                    e.affiliation_id ? std::to_string(e.affiliation_id) : "", JoinList(e.fields),
                    Weights(e.industries), std::to_string(e.capacity), e.name});
  }
  PrintTable(rows);
  PrintFooter(page->items.size(), page->total, filter->offset);
  return kExitOk;
}

int RunShow(int argc, char** argv, int first) {
  auto args = ParseArgs(kShow, argc, argv, first);
  if (!args.ok()) return UsageError(kShow, args.status().message());
  if (args->help) return PrintHelp(kShow, stdout), kExitOk;
  if (!args->Has("db")) return UsageError(kShow, "--db PATH is required");
  ParamMap id_param = {{"id", args->positionals[0]}};
  auto id = IntParam(id_param, "id", 1, INT64_MAX);
  if (!id.ok()) return UsageError(kShow, "ID " + id.status().message().substr(3));
  auto store = OpenStore(args->Get("db"), true);
  if (!store.ok()) return Fail(store.status().message());

  Json record;
  const char* kind = "organization";
  auto org = (*store)->GetOrganization(**id);
  if (org.ok()) {
    record = ToJson(*org);
  } else if (org.status().code() != Code::kNotFound) {
    return Fail(org.status().ToString());
  } else {
    auto expert = (*store)->GetExpert(**id);
    if (!expert.ok()) {
      if (expert.status().code() == Code::kNotFound) {
        return Fail("no organization or expert with id " + std::to_string(**id));
      }
      return Fail(expert.status().ToString());
    }
    record = ToJson(*expert, true, true);
    kind = "expert";
  }
  auto ties = (*store)->TiesOf(**id);
  if (!ties.ok()) return Fail(ties.status().ToString());
  Json ties_json = Json::array();
  for (const Tie& t : *ties) ties_json.push_back(ToJson(t));
  if (args->Has("json")) {
    record["ties"] = ties_json;
    std::printf("%s\n", record.dump(1).c_str());
    return kExitOk;
  }
  std::printf("%s %lld\n", kind, static_cast<long long>(**id));
  PrintRecord(record);
  std::printf("ties (%zu):\n", ties->size());
  for (const Tie& t : *ties) {
    std::printf("  %-20s %4d  %s -> %s\n", std::string(ToString(t.kind)).c_str(), t.year,
                t.from_key.c_str(), t.to_key.c_str());
  }
  return kExitOk;
}

}  // namespace consortia::cli
