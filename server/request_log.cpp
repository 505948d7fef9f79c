// The request log and request ids (server/request_log.h).
#include "request_log.h"

#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#include <csignal>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <random>

#include <nlohmann/json.hpp>

namespace consortia::http {
namespace {

constexpr std::size_t kMaxLoggedPath = 1000;
constexpr std::size_t kMaxRequestId = 128;

std::string Rfc3339Millis(std::chrono::system_clock::time_point t) {
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(ms % 1000));
  return buf;
}

bool RequestIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == ':' || c == '/' || c == '+' || c == '=' || c == '-';
}

}  // namespace

std::string FormatLogLine(const LogEntry& e) {
  nlohmann::json line = {
      {"time", Rfc3339Millis(e.time)},
      {"request_id", e.request_id},
      {"method", e.method},
      {"route", e.route},
      {"path", e.path.size() > kMaxLoggedPath ? e.path.substr(0, kMaxLoggedPath) : e.path},
      {"status", e.status},
      {"ms", static_cast<double>(static_cast<std::int64_t>(e.ms * 1000 + 0.5)) / 1000},
      {"bytes", e.bytes},
      {"remote", e.remote}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string SaneRequestId(std::string_view id) {
  if (id.empty() || id.size() > kMaxRequestId) return "";
  for (char c : id) {
    if (!RequestIdChar(c)) return "";
  }
  return std::string(id);
}

std::string NewRequestId() {
  thread_local std::mt19937_64 random([] {
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) ^ device();
  }());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(32, '0');
  for (int half = 0; half < 2; ++half) {
    std::uint64_t bits = random();
    for (int i = 0; i < 16; ++i, bits >>= 4) id[half * 16 + i] = kHex[bits & 15];
  }
  return id;
}

RequestLog::RequestLog(int fd, std::size_t max_queued)
    : fd_(fd), max_queued_(max_queued), writer_([this] { Run(); }) {}

RequestLog::~RequestLog() {
  give_up_at_ = std::chrono::steady_clock::now() + kStopGrace;
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  writer_.join();
}

void RequestLog::Write(std::string line) {
  {
    std::lock_guard lock(mu_);
    if (queue_.size() >= max_queued_) {
      ++dropped_;
      return;
    }
    queue_.push_back(std::move(line));
  }
  wake_.notify_one();
}

std::int64_t RequestLog::dropped() const {
  std::lock_guard lock(mu_);
  return dropped_;
}

void RequestLog::Run() {
  // A reader that went away (stderr piped into a process that died) must cost
  // lines, not the process: SIGPIPE stays pending here and write() says EPIPE.
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
  std::unique_lock lock(mu_);
  for (;;) {
    wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, everything written
    // Everything queued, in one write where possible.
    std::string batch;
    while (!queue_.empty()) {
      batch += queue_.front();
      queue_.pop_front();
    }
    lock.unlock();
    WriteOut(batch);
    lock.lock();
  }
}

bool RequestLog::WriteOut(std::string_view data) {
  // Pieces of at most PIPE_BUF bytes, each once poll() says the descriptor
  // takes more: a full pipe is waited on here, never in write(), so a stop
  // can give up on it.
  constexpr std::size_t kPiece = 4096;
  while (!data.empty()) {
    pollfd ready{fd_, POLLOUT, 0};
    const int r = ::poll(&ready, 1, 100);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 || (ready.revents & (POLLERR | POLLNVAL)) != 0) return false;
    if (r == 0) {
      if (std::chrono::steady_clock::now() > give_up_at_.load()) return false;
      continue;
    }
    const ssize_t n = ::write(fd_, data.data(), std::min(data.size(), kPiece));
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return false;  // stderr gone: nothing better to do than drop
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace consortia::http
