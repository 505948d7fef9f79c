// GuardedServer: the connection loop with a cap, request deadlines and idle
// limits (server/connection.h).
#include "connection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

namespace consortia::http {
namespace {

using Clock = std::chrono::steady_clock;

// When the worker took the connection off the queue's caller: the accept time
// (set by StampedPool around every task).
thread_local Clock::time_point t_accepted;
// Set while a connection over the cap is answered 503.
thread_local bool t_reject = false;

// httplib's thread pool, with each task stamped with its enqueue time.
class StampedPool : public httplib::TaskQueue {
 public:
  explicit StampedPool(int threads) : pool_(static_cast<std::size_t>(threads)) {}
  void enqueue(std::function<void()> fn) override {
    pool_.enqueue([fn = std::move(fn), accepted = Clock::now()] {
      t_accepted = accepted;
      fn();
    });
  }
  void shutdown() override { pool_.shutdown(); }

 private:
  httplib::ThreadPool pool_;
};

int MillisUntil(Clock::time_point t) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t - Clock::now()).count();
  return static_cast<int>(std::max<std::int64_t>(0, ms));
}

// poll() for one event; > 0 ready, 0 timeout, < 0 error. Retries on EINTR.
int PollOne(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  for (;;) {
    const Clock::time_point start = Clock::now();
    const int r = ::poll(&p, 1, timeout_ms);
    if (r >= 0 || errno != EINTR)
      return r > 0 && (p.revents & (events | POLLHUP | POLLERR)) ? 1 : r;
    timeout_ms = std::max(
        0, timeout_ms - static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                             Clock::now() - start)
                                             .count()));
  }
}

std::string Address(const sockaddr_storage& addr, int* port) {
  char buf[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    const auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &a->sin_addr, buf, sizeof buf);
    *port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof buf);
    *port = ntohs(a->sin6_port);
  }
  return buf;
}

// A buffered socket stream whose reads fail once the request's deadline has
// passed, however the bytes trickle in (httplib's own restarts its read
// timeout with every byte).
class DeadlineStream : public httplib::Stream {
 public:
  DeadlineStream(int fd, const ConnectionLimits& limits) : fd_(fd), limits_(limits) {}

  void StartRequest(Clock::time_point deadline) {
    deadline_ = deadline;
    expired_ = false;
  }
  bool expired() const { return expired_; }
  bool HasBuffered() const { return off_ < size_; }

  bool is_readable() const override {
    const int remaining = MillisUntil(deadline_);
    if (remaining == 0) {
      expired_ = true;
      return false;
    }
    const int wait = std::min(remaining, limits_.read_timeout_ms);
    const int r = PollOne(fd_, POLLIN, wait);
    if (r == 0 && wait == remaining) expired_ = true;
    return r > 0;
  }

  bool is_writable() const override { return PollOne(fd_, POLLOUT, limits_.write_timeout_ms) > 0; }

  ssize_t read(char* ptr, size_t size) override {
    if (off_ < size_) {
      const size_t n = std::min(size, size_ - off_);
      std::memcpy(ptr, buffer_.data() + off_, n);
      off_ += n;
      return static_cast<ssize_t>(n);
    }
    if (!is_readable()) return -1;
    if (size >= buffer_.size()) return Recv(ptr, size);
    const ssize_t n = Recv(buffer_.data(), buffer_.size());
    if (n <= 0) return n;
    size_ = static_cast<size_t>(n);
    off_ = std::min(size, size_);
    std::memcpy(ptr, buffer_.data(), off_);
    return static_cast<ssize_t>(off_);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    for (;;) {
      const ssize_t n = ::send(fd_, ptr, size, MSG_NOSIGNAL);
      if (n >= 0 || errno != EINTR) return n;
    }
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      ip = Address(addr, &port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      ip = Address(addr, &port);
  }
  socket_t socket() const override { return fd_; }

 private:
  ssize_t Recv(char* ptr, size_t size) {
    for (;;) {
      const ssize_t n = ::recv(fd_, ptr, size, 0);
      if (n >= 0 || errno != EINTR) return n;
    }
  }

  int fd_;
  const ConnectionLimits& limits_;
  Clock::time_point deadline_;
  mutable bool expired_ = false;
  std::array<char, 4096> buffer_{};
  size_t off_ = 0;
  size_t size_ = 0;
};

constexpr const char* kBusyBody =
    R"({"error":{"code":"unavailable","message":"the server is serving its maximum number of connections; retry shortly"}})";

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
  const int threads = workers();
  new_task_queue = [threads] { return new StampedPool(threads); };
  set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (t_reject) {
      res.status = 503;
      res.set_header("Retry-After", "1");
      res.set_content(kBusyBody, "application/json; charset=utf-8");
      return HandlerResponse::Handled;
    }
    // cpp-httplib compresses with Brotli at its top quality when a client
    // accepts it: 1.4 s for the web application's 420 kB script. Such clients
    // get gzip instead. The request is process_request's own mutable local.
    auto& headers = const_cast<httplib::Headers&>(req.headers);
    if (auto it = headers.find("Accept-Encoding");
        it != headers.end() && it->second.find("br") != std::string::npos) {
      it->second = it->second.find("gzip") != std::string::npos ? "gzip" : "identity";
    }
    if (before_routing_) before_routing_(req, res);
    return HandlerResponse::Unhandled;
  });
}

void GuardedServer::set_before_routing(
    std::function<void(const httplib::Request&, httplib::Response&)> fn) {
  before_routing_ = std::move(fn);
}

bool GuardedServer::RaiseListenBacklog(int backlog) {
  const socket_t sock = svr_sock_;
  return sock != INVALID_SOCKET && ::listen(sock, backlog) == 0;
}

bool GuardedServer::Stopping() const { return svr_sock_ == INVALID_SOCKET; }

void GuardedServer::RecordFirstAnswer(Clock::duration waited) {
  const double seconds = std::chrono::duration<double>(waited).count();
  std::size_t bucket = 0;
  while (bucket < kFirstAnswerBuckets.size() && seconds > kFirstAnswerBuckets[bucket]) ++bucket;
  stats_.first_answer[bucket].fetch_add(1, std::memory_order_relaxed);
  double sum = stats_.first_answer_sum.load(std::memory_order_relaxed);
  while (!stats_.first_answer_sum.compare_exchange_weak(sum, sum + seconds,
                                                        std::memory_order_relaxed)) {
  }
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  const Clock::time_point accepted = t_accepted;
  const std::int64_t open = stats_.open.fetch_add(1) + 1;
  DeadlineStream stream(sock, limits_);
  bool ok = true;
  if (open > limits_.max_connections) {
    // Over the cap: read the request (briefly), answer 503 and close.
    stats_.rejected.fetch_add(1, std::memory_order_relaxed);
    t_reject = true;
    stream.StartRequest(Clock::now() + std::chrono::milliseconds(1000));
    bool closed = true;
    ok = process_request(stream, /*close_connection=*/true, closed, nullptr);
    t_reject = false;
    // Let the client read the answer before the socket goes away with unread
    // request bytes in it (which would reset the connection).
    ::shutdown(sock, SHUT_WR);
    char drain[1024];
    for (int i = 0; i < 64 && PollOne(sock, POLLIN, 100) > 0; ++i) {
      if (::recv(sock, drain, sizeof drain, 0) <= 0) break;
    }
  } else {
    stats_.accepted.fetch_add(1, std::memory_order_relaxed);
    bool first = true;
    for (int served = 0; served < limits_.max_requests_per_connection && !Stopping(); ++served) {
      // Wait for the next request, at most keep_alive_idle_ms, in slices so a
      // stop is noticed. The first request's deadline runs from the start of
      // this wait: a connection that sends nothing, or a byte at a time, is
      // closed after request_deadline_ms all told.
      const Clock::time_point wait_start = Clock::now();
      if (!stream.HasBuffered()) {
        const Clock::time_point idle_until =
            wait_start + std::chrono::milliseconds(first ? limits_.request_deadline_ms
                                                         : limits_.keep_alive_idle_ms);
        int ready = 0;
        while (ready == 0 && !Stopping() && MillisUntil(idle_until) > 0) {
          ready = PollOne(sock, POLLIN, std::min(200, MillisUntil(idle_until)));
        }
        if (ready <= 0) {
          if (ready == 0 && !first) stats_.idle_closed.fetch_add(1, std::memory_order_relaxed);
          break;
        }
      }
      stream.StartRequest((first ? wait_start : Clock::now()) +
                          std::chrono::milliseconds(limits_.request_deadline_ms));
      const bool busy = static_cast<double>(stats_.open.load(std::memory_order_relaxed)) >
                        limits_.busy_share * limits_.max_connections;
      const bool close = busy || Stopping() || served + 1 == limits_.max_requests_per_connection;
      bool closed = false;
      ok = process_request(stream, close, closed, nullptr);
      if (stream.expired()) stats_.deadline_exceeded.fetch_add(1, std::memory_order_relaxed);
      if (first && ok) RecordFirstAnswer(Clock::now() - accepted);
      first = false;
      if (!ok || close || closed) break;
    }
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  stats_.open.fetch_sub(1);
  return ok;
}

}  // namespace consortia::http
