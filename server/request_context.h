// server/request_context.h — internal to server/: what the server knows about
// the request a worker thread is serving, for the request log, the metrics and
// X-Request-Id.
//
// cpp-httplib serves a connection on one worker thread and its requests one
// after another, so the request being served is a thread-local: the connection
// loop (connection.cpp) resets it when a request starts, the router records
// the route it matched, and the server's answer hooks (server.cpp) add the
// request id and read it all once the answer is written.
#pragma once

#include <chrono>
#include <string>

namespace consortia::http {

struct RequestContext {
  std::chrono::steady_clock::time_point start;  // the request's first bytes had arrived
  std::string remote;                           // the peer's address
  std::string route;  // the registered pattern ("/v1/consortia/{id}"); "" = not routed
  std::string id;     // X-Request-Id of the answer ("" until it is chosen)
};

// The request this thread is serving.
inline RequestContext& CurrentRequest() {
  thread_local RequestContext context;
  return context;
}

}  // namespace consortia::http
