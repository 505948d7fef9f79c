// The smoke driver of the fuzz targets in the normal (GCC) build: it replays
// a target's committed corpus, then feeds it mutations of the corpus for a few
// seconds, so the test suite catches a crash, an escaped exception or an
// assert in any parser without clang. scripts/fuzz.sh links the same targets
// with libFuzzer instead (clang, ASan + UBSan, coverage-guided).
//
//   fuzz_<target> CORPUS_DIR [--seconds S] [--runs N] [--seed S] [--dict FILE]
//                 [--max-len BYTES]
//   fuzz_<target> FILE...        replay the files (a crash found by libFuzzer)
//
// On a crash the input being run is written to ./smoke-crash-<pid> first, so
// it can be replayed, minimised and added to the corpus.
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// The input being run, for the crash handler.
const char* g_input = nullptr;
std::size_t g_input_size = 0;
char g_crash_path[64];

void OnCrash(int sig) {
  const int fd = ::open(g_crash_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    if (g_input != nullptr) (void)!::write(fd, g_input, g_input_size);
    ::close(fd);
  }
  static const char kMessage[] = "fuzz smoke: crashed; the input is in ";
  (void)!::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
  (void)!::write(STDERR_FILENO, g_crash_path, std::strlen(g_crash_path));
  (void)!::write(STDERR_FILENO, "\n", 1);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void Run(const std::string& input) {
  g_input = input.data();
  g_input_size = input.size();
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
  g_input = nullptr;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// libFuzzer's dictionary format: one "token" per line (\\, \" and \xNN escapes).
std::vector<std::string> ReadDictionary(const std::string& path) {
  std::vector<std::string> tokens;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const std::size_t open = line.find('"');
    const std::size_t close = line.rfind('"');
    if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open) continue;
    std::string token;
    for (std::size_t i = open + 1; i < close; ++i) {
      if (line[i] == '\\' && i + 1 < close) {
        if (line[i + 1] == 'x' && i + 3 < close) {
          token += static_cast<char>(std::stoi(line.substr(i + 2, 2), nullptr, 16));
          i += 3;
        } else {
          token += line[++i];
        }
      } else {
        token += line[i];
      }
    }
    tokens.push_back(token);
  }
  return tokens;
}

class Mutator {
 public:
  Mutator(std::uint64_t seed, std::vector<std::string> corpus, std::vector<std::string> dict,
          std::size_t max_len)
      : random_(seed), corpus_(std::move(corpus)), dict_(std::move(dict)), max_len_(max_len) {
    // Values that sit on the edges of the readers' ranges.
    for (const char* v : {"0",
                          "-1",
                          "1",
                          "2147483648",
                          "9223372036854775807",
                          "9223372036854775808",
                          "-9223372036854775809",
                          "1e308",
                          "1e999",
                          "-0",
                          "0.5",
                          "null",
                          "true",
                          "[]",
                          "{}",
                          "\"\"",
                          "\"\\u0000\"",
                          "\"\\ud800\"",
                          "\"\xe4\xb8\xad\"",
                          "\"\xff\""}) {
      dict_.emplace_back(v);
    }
  }

  std::string Next() {
    std::string s = corpus_.empty() ? std::string() : corpus_[Below(corpus_.size())];
    const int steps = 1 + static_cast<int>(Below(4));
    for (int i = 0; i < steps; ++i) Mutate(&s);
    if (s.size() > max_len_) s.resize(max_len_);
    return s;
  }

 private:
  std::size_t Below(std::size_t n) { return n == 0 ? 0 : random_() % n; }

  void Mutate(std::string* s) {
    const std::size_t at = Below(s->size() + 1);
    switch (Below(9)) {
      case 0:  // flip a bit
        if (!s->empty()) (*s)[Below(s->size())] ^= static_cast<char>(1u << Below(8));
        break;
      case 1:  // a random byte
        s->insert(at, 1, static_cast<char>(Below(256)));
        break;
      case 2:  // delete a range
        if (!s->empty()) s->erase(at, 1 + Below(std::min<std::size_t>(16, s->size())));
        break;
      case 3:  // duplicate a range (deep nesting, long lists)
        if (!s->empty()) {
          const std::size_t from = Below(s->size());
          const std::string piece = s->substr(from, 1 + Below(64));
          for (std::size_t n = 1 + Below(8); n > 0; --n) s->insert(at, piece);
        }
        break;
      case 4:
      case 5:  // a dictionary token or an edge value
        if (!dict_.empty()) s->insert(at, dict_[Below(dict_.size())]);
        break;
      case 6:  // replace a number by an edge value
      {
        const std::size_t digit = s->find_first_of("0123456789", at);
        if (digit != std::string::npos && !dict_.empty()) {
          const std::size_t end = s->find_first_not_of("0123456789.eE+-", digit);
          s->replace(digit, (end == std::string::npos ? s->size() : end) - digit,
                     dict_[dict_.size() - 1 - Below(20)]);
        }
        break;
      }
      case 7:  // splice with another corpus entry
        if (!corpus_.empty()) {
          const std::string& other = corpus_[Below(corpus_.size())];
          const std::size_t from = Below(other.size() + 1);
          s->resize(std::min(at, s->size()));
          s->append(other, from, std::string::npos);
        }
        break;
      default:  // truncate
        s->resize(at);
        break;
    }
  }

  std::mt19937_64 random_;
  std::vector<std::string> corpus_;
  std::vector<std::string> dict_;
  std::size_t max_len_;
};

int Usage() {
  std::fprintf(stderr,
               "usage: fuzz_<target> CORPUS_DIR [--seconds S] [--runs N] [--seed S] "
               "[--dict FILE] [--max-len BYTES]\n       fuzz_<target> FILE...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::snprintf(g_crash_path, sizeof g_crash_path, "smoke-crash-%d", static_cast<int>(::getpid()));
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, OnCrash);
  if (argc < 2) return Usage();

  double seconds = 2;
  long long runs = -1;
  std::uint64_t seed = 1;
  std::size_t max_len = 64 << 10;
  std::string dict_path;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--seconds" && (v = value())) {
      seconds = std::atof(v);
    } else if (a == "--runs" && (v = value())) {
      runs = std::atoll(v);
    } else if (a == "--seed" && (v = value())) {
      seed = std::strtoull(v, nullptr, 10);
    } else if (a == "--dict" && (v = value())) {
      dict_path = v;
    } else if (a == "--max-len" && (v = value())) {
      max_len = std::strtoull(v, nullptr, 10);
    } else if (a.rfind("--", 0) == 0) {
      return Usage();
    } else {
      paths.push_back(a);
    }
  }

  // Files given: replay them and stop.
  if (paths.size() != 1 || !fs::is_directory(paths[0])) {
    for (const std::string& p : paths) Run(ReadFile(p));
    std::printf("fuzz smoke: replayed %zu file(s)\n", paths.size());
    return 0;
  }
  std::vector<std::string> corpus;
  for (const auto& entry : fs::directory_iterator(paths[0])) {
    if (entry.is_regular_file()) corpus.push_back(ReadFile(entry.path()));
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "fuzz smoke: no corpus in %s\n", paths[0].c_str());
    return 1;
  }
  for (const std::string& input : corpus) Run(input);
  Run("");

  Mutator mutator(seed, corpus,
                  dict_path.empty() ? std::vector<std::string>{} : ReadDictionary(dict_path),
                  max_len);
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  long long n = 0;
  while (runs >= 0 ? n < runs : std::chrono::steady_clock::now() < end) {
    Run(mutator.Next());
    ++n;
  }
  std::printf("fuzz smoke: %zu corpus inputs replayed, %lld mutations run (seed %llu)\n",
              corpus.size(), n, static_cast<unsigned long long>(seed));
  return 0;
}
