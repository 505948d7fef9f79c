// tests/server_process.h — the real `consortia serve` as a child process, for
// the tests that signal it (SIGTERM, SIGKILL), back it up while it writes, or
// read its request log: started on a free port (read from its first line on
// stdout), stderr to a file, stopped with any signal and waited for.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tests/test_util.h"

namespace consortia::testing {

class ServerProcess {
 public:
  ServerProcess() = default;
  ~ServerProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      Wait();
    }
  }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts `consortia serve --db DB --port 0 [extra...]` with CONSORTIA_TOKEN
  // = token; stderr goes to `log`. False (and a message) if it did not print
  // its port within `timeout`. `env`: more NAME=value entries
  // (OMP_NUM_THREADS=1 unless given).
  bool Start(const std::string& db, const std::string& token, const std::string& log,
             const std::vector<std::string>& extra = {}, const std::vector<std::string>& env = {},
             std::chrono::seconds timeout = std::chrono::seconds(120)) {
    int out[2];
    if (::pipe2(out, O_CLOEXEC) != 0) return false;
    log_ = log;
    // Everything the child needs is made before fork(): a multi-threaded
    // parent's child may only call async-signal-safe functions.
    std::vector<std::string> args = {CONSORTIA_BINARY, "serve", "--db",  db,
                                     "--port",         "0",     "--web", ""};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    // By name, the first wins: the caller's, then ours, then the inherited ones.
    std::map<std::string, std::string> by_name;
    auto add = [&](const std::string& entry) {
      by_name.emplace(entry.substr(0, entry.find('=')), entry);
    };
    for (const std::string& e : env) add(e);
    add("CONSORTIA_TOKEN=" + token);
    add("OMP_NUM_THREADS=1");
    for (char** e = environ; *e != nullptr; ++e) add(*e);
    std::vector<char*> envp;
    for (auto& [name, entry] : by_name) envp.push_back(entry.data());
    envp.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      const int err = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      if (err >= 0) ::dup2(err, STDERR_FILENO);
      ::close(out[0]);
      ::close(out[1]);
      ::execve(CONSORTIA_BINARY, argv.data(), envp.data());
      ::_exit(127);
    }
    ::close(out[1]);
    stdout_fd_ = out[0];
    // "consortia: serving DB (...) on http://127.0.0.1:PORT"
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::string seen;
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd ready{stdout_fd_, POLLIN, 0};
      if (::poll(&ready, 1, 100) == 0) continue;
      char c;
      const ssize_t n = ::read(stdout_fd_, &c, 1);
      if (n <= 0) break;
      seen += c;
      if (c != '\n') continue;
      const std::size_t at = seen.rfind("http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::atoi(seen.c_str() + at + 17);
        DrainStdout();
        return port_ > 0;
      }
    }
    message_ = "the server did not start; stdout: " + seen + "; log: " + ReadFile(log_);
    return false;
  }

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& message() const { return message_; }
  std::string log() const { return ReadFile(log_); }

  void Signal(int sig) const {
    if (pid_ > 0) ::kill(pid_, sig);
  }
  // Waits for the process; its exit code, 128 + signal if a signal ended it,
  // -1 if it is still running after `timeout`.
  int Wait(std::chrono::milliseconds timeout = std::chrono::milliseconds(60'000)) {
    if (pid_ <= 0) return exit_code_;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      int status = 0;
      const pid_t r = ::waitpid(pid_, &status, WNOHANG);
      if (r == pid_) {
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        pid_ = -1;
        if (drain_.joinable()) drain_.join();
        if (stdout_fd_ >= 0) ::close(stdout_fd_);
        stdout_fd_ = -1;
        return exit_code_;
      }
      if (std::chrono::steady_clock::now() >= deadline) return -1;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

 private:
  // Keeps reading stdout so that the server never blocks on a full pipe.
  void DrainStdout() {
    drain_ = std::thread([fd = stdout_fd_] {
      char buf[512];
      while (::read(fd, buf, sizeof buf) > 0) {
      }
    });
  }

  pid_t pid_ = -1;
  int port_ = 0;
  int stdout_fd_ = -1;
  int exit_code_ = -1;
  std::string log_;
  std::string message_;
  std::thread drain_;
};

}  // namespace consortia::testing
