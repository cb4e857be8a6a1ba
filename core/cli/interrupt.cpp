#include "cli/interrupt.hpp"

#include <cerrno>
#include <stdexcept>

namespace vane::cli {
namespace {

// Only lock-free atomics may be touched from a signal handler.
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

std::atomic<bool> g_stop{false};
std::atomic<int> g_signal{0};
std::atomic<bool> g_guard_alive{false};

// Async-signal-safe by construction: lock-free atomics, sigaction and raise,
// nothing else (no allocation, no stdio, no locks).
extern "C" void on_stop_signal(int signal_number) {
  const int saved_errno = errno;
  if (g_signal.exchange(signal_number) != 0) {
    // Second signal: the user does not want to wait. Back to the default
    // action, re-raised; it is delivered as soon as this handler returns.
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(signal_number, &default_action, nullptr);
    raise(signal_number);
  } else {
    g_stop.store(true);
  }
  errno = saved_errno;
}

// Installs the handler unless the signal was ignored when vane started: a
// shell runs background jobs of scripts with SIGINT ignored, and `nohup`
// ignores SIGHUP the same way; a program should leave such a choice alone.
void install(int signal_number, struct sigaction& previous) {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  // SA_RESTART: a signal must not make a read or write in progress fail with
  // EINTR, which the streams would take for end of input or a write error.
  action.sa_flags = SA_RESTART;
  sigaction(signal_number, nullptr, &previous);
  if (previous.sa_handler == SIG_IGN) return;
  sigaction(signal_number, &action, nullptr);
}

}  // namespace

InterruptGuard::InterruptGuard() {
  if (g_guard_alive.exchange(true)) throw std::logic_error("only one InterruptGuard may be alive");
  g_stop.store(false);
  g_signal.store(0);
  install(SIGINT, previous_int_);
  install(SIGTERM, previous_term_);
}

InterruptGuard::~InterruptGuard() {
  sigaction(SIGINT, &previous_int_, nullptr);
  sigaction(SIGTERM, &previous_term_, nullptr);
  g_guard_alive.store(false);
}

const std::atomic<bool>& InterruptGuard::stop_flag() const { return g_stop; }

int InterruptGuard::signal_number() const { return g_signal.load(); }

}  // namespace vane::cli
