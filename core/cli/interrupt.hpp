// Turns SIGINT and SIGTERM into a request to stop cleanly: the first signal
// only sets a flag, which the pipeline's reader polls between documents, so
// every document already read is still analysed and written and the output
// ends on a complete line. A second SIGINT or SIGTERM while the first is
// being honoured ends the process at once with the default action (for a
// user who does not want to wait for the documents in flight).
//
//   vane::cli::InterruptGuard interrupt;               // handlers installed
//   run_ordered(..., &interrupt.stop_flag(), ...);    // reader stops on a signal
//   if (interrupt.interrupted()) return kExitInterrupted;
//                                                     // destructor: previous handlers back
//
// A signal handler can only reach its state through a global, so the flag
// is the one process-wide mutable state vane has; at most one guard may be
// alive at a time (the constructor throws otherwise).
#pragma once

#include <atomic>
#include <csignal>

namespace vane::cli {

class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // Set by the first SIGINT or SIGTERM; what run_ordered's `stop` polls.
  const std::atomic<bool>& stop_flag() const;
  bool interrupted() const { return stop_flag().load(); }
  // The signal that asked to stop (SIGINT or SIGTERM), 0 if none came.
  int signal_number() const;

 private:
  struct sigaction previous_int_ {};
  struct sigaction previous_term_ {};
};

}  // namespace vane::cli
