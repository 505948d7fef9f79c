// The tiny option parser, progress printing and helpers shared by the subcommands.
#include <chrono>
#include <filesystem>
#include <mutex>

#include "api/api.h"
#include "cli.h"

namespace consortia::cli {

std::string Args::Get(std::string_view name, std::string fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

Result<Args> ParseArgs(const CommandSpec& spec, int argc, char** argv, int first) {
  Args args;
  for (int i = first; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      args.help = true;
      continue;
    }
    if (a.size() < 2 || a.substr(0, 2) != "--") {
      args.positionals.emplace_back(a);
      continue;
    }
    std::string_view body = a.substr(2);
    std::string_view name = body.substr(0, body.find('='));
    const OptionSpec* opt = nullptr;
    for (const OptionSpec& o : spec.options) {
      if (o.name == name) opt = &o;
    }
    if (!opt) return Status::InvalidArgument("unknown option --" + std::string(name));
    std::string value = "true";
    if (body.find('=') != std::string_view::npos) {
      if (opt->value.empty()) {
        return Status::InvalidArgument("--" + std::string(name) + " takes no value");
      }
      value = std::string(body.substr(body.find('=') + 1));
    } else if (!opt->value.empty()) {
      if (i + 1 >= argc) {
        return Status::InvalidArgument("--" + std::string(name) + " needs a value " +
                                       std::string(opt->value));
      }
      value = argv[++i];
    }
    if (!args.options.emplace(std::string(name), value).second) {
      return Status::InvalidArgument("--" + std::string(name) + " is given more than once");
    }
  }
  if (!args.help && args.positionals.size() != spec.positionals.size()) {
    if (args.positionals.size() < spec.positionals.size()) {
      return Status::InvalidArgument("missing " +
                                     std::string(spec.positionals[args.positionals.size()]));
    }
    return Status::InvalidArgument("unexpected argument '" +
                                   args.positionals[spec.positionals.size()] + "'");
  }
  return args;
}

void PrintHelp(const CommandSpec& spec, std::FILE* out) {
  std::fprintf(out, "usage: %.*s\n\n%.*s\n", static_cast<int>(spec.usage.size()), spec.usage.data(),
               static_cast<int>(spec.summary.size()), spec.summary.data());
  if (spec.options.empty()) return;
  std::fprintf(out, "\noptions:\n");
  for (const OptionSpec& o : spec.options) {
    std::string left = "--" + std::string(o.name);
    if (!o.value.empty()) left += " " + std::string(o.value);
    std::fprintf(out, "  %-26s %.*s\n", left.c_str(), static_cast<int>(o.help.size()),
                 o.help.data());
  }
  std::fprintf(out, "  %-26s %s\n", "-h, --help", "show this help");
}

int UsageError(const CommandSpec& spec, std::string_view message) {
  std::fprintf(stderr, "consortia %.*s: %.*s\nusage: %.*s\n(see: consortia %.*s --help)\n",
               static_cast<int>(spec.name.size()), spec.name.data(),
               static_cast<int>(message.size()), message.data(),
               static_cast<int>(spec.usage.size()), spec.usage.data(),
               static_cast<int>(spec.name.size()), spec.name.data());
  return kExitUsage;
}

int Fail(std::string_view message) {
  std::fprintf(stderr, "consortia: %.*s\n", static_cast<int>(message.size()), message.data());
  return kExitFailure;
}

ProgressFn StderrProgress(std::string verb) {
  struct State {
    std::mutex mu;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    std::string stage;
    int last_decile = -1;
  };
  auto state = std::make_shared<State>();
  return [state, verb = std::move(verb)](std::string_view stage, std::int64_t done,
                                         std::int64_t total) {
    std::lock_guard<std::mutex> lock(state->mu);
    if (stage != state->stage) {
      state->stage = std::string(stage);
      state->last_decile = -1;
    }
    if (std::chrono::steady_clock::now() - state->start < std::chrono::seconds(1)) return;
    int pct = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    int decile = pct / 10;
    if (decile == state->last_decile) return;
    state->last_decile = decile;
    std::fprintf(stderr, "%s %.*s %d%%\n", verb.c_str(), static_cast<int>(stage.size()),
                 stage.data(), pct);
  };
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& path, bool must_exist) {
  if (path.empty()) return Status::InvalidArgument("--db PATH is required", "db");
  std::error_code ec;
  if (must_exist && path != ":memory:" && !std::filesystem::exists(path, ec)) {
    return Status::NotFound("no database at " + path + " (create one with `consortia demo --db " +
                            path + "` or `consortia import --db " + path + " --json FILE`)");
  }
  return Store::Open(path);
}

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string item = list.substr(start, end - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

nlohmann::json NumberOrText(const std::string& s) {
  if (!s.empty() && s.size() < 18 && s.find_first_not_of("0123456789") == std::string::npos) {
    return std::stoll(s);
  }
  return s;
}

nlohmann::json IdList(const std::string& list) {
  nlohmann::json ids = nlohmann::json::array();
  for (const std::string& item : SplitList(list)) ids.push_back(NumberOrText(item));
  return ids;
}

}  // namespace consortia::cli
