// index/rw_mutex.h — internal: the index's reader/writer lock. Not part of
// the module's contract.
//
// std::shared_mutex is glibc's default rwlock, which lets new readers in while
// a writer waits: a steady stream of overlapping searches could hold off an
// import's Upsert indefinitely. This one (PTHREAD_RWLOCK_PREFER_WRITER_
// NONRECURSIVE_NP) queues new readers behind a waiting writer, so Sync waits
// at most for the searches already running. Not recursive: a thread holding
// it shared must not take it again (index/ never does).
#pragma once

#include <pthread.h>

namespace consortia::detail {

class RwMutex {
 public:
  RwMutex() {
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
    pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
    pthread_rwlock_init(&rw_, &attr);
    pthread_rwlockattr_destroy(&attr);
  }
  ~RwMutex() { pthread_rwlock_destroy(&rw_); }
  RwMutex(const RwMutex&) = delete;
  RwMutex& operator=(const RwMutex&) = delete;

  void lock() { pthread_rwlock_wrlock(&rw_); }
  bool try_lock() { return pthread_rwlock_trywrlock(&rw_) == 0; }
  void unlock() { pthread_rwlock_unlock(&rw_); }
  void lock_shared() { pthread_rwlock_rdlock(&rw_); }
  bool try_lock_shared() { return pthread_rwlock_tryrdlock(&rw_) == 0; }
  void unlock_shared() { pthread_rwlock_unlock(&rw_); }

 private:
  pthread_rwlock_t rw_;
};

}  // namespace consortia::detail
