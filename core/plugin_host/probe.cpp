// Probe in a child process; see probe.hpp.
#include "plugin_host/probe.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "plugin_host/plugin_open.hpp"

namespace vane::plugin_host {
namespace {

using Clock = std::chrono::steady_clock;

// Verdict on the pipe: 'O' alone, or 'F', the status code, '\n', the reason.
constexpr char kOk = 'O';
constexpr char kFail = 'F';

Status probe_error(std::string message) { return Status::error("plugin_probe", std::move(message)); }

void write_all(int fd, const std::string& bytes) {
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void run_child(const Manifest& manifest, int fd) {
  // The host (and Catch2 in tests) may have handlers for fatal signals that
  // print reports of their own; the child must just die so the parent can
  // read the signal. And a crashing plugin should not leave a core file.
  for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGPIPE}) {
    ::signal(sig, SIG_DFL);
  }
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
#if defined(__linux__)
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
  Expected<std::shared_ptr<PluginHandle>> handle = probe_error("probe failed with an exception");
  try {
    handle = open_plugin(manifest);
  } catch (...) {  // open_plugin catches its own; the default verdict covers the rest
  }
  const std::string verdict =
      handle ? std::string(1, kOk) : kFail + handle.status().code + '\n' + handle.status().message;
  write_all(fd, verdict);
  // _exit, not exit: no atexit handlers, static destructors or stdio
  // flushes of state copied from the parent. `handle` is never destroyed,
  // so the library stays loaded to the end, as in a real run.
  ::_exit(0);
}

// Reads the child's verdict until EOF or the deadline; how the child ended is
// for waitpid to say.
void read_verdict(int fd, Clock::time_point deadline, std::string& out) {
  char buf[512];
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return;
    pollfd p{fd, POLLIN, 0};
    const int r = ::poll(&p, 1, static_cast<int>(left.count()));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return;  // timeout, or cannot wait: judge by the exit status
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // EOF: the child exited or closed the pipe
    out.append(buf, static_cast<std::size_t>(n));
  }
}

// Waits for the child until the deadline; false if it is still running.
bool wait_child(pid_t pid, Clock::time_point deadline, int& status) {
  while (true) {
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) return true;
    if (r < 0 && errno != EINTR) return true;  // not ours to wait for any more
    if (Clock::now() >= deadline) return false;
    ::usleep(2000);
  }
}

}  // namespace

std::string describe_child_exit(int wait_status) {
  if (WIFSIGNALED(wait_status)) {
    const int sig = WTERMSIG(wait_status);
    const char* name = ::strsignal(sig);
    return fmt::format("crashed while loading (signal {}: {})", sig, name != nullptr ? name : "unknown");
  }
  if (WIFEXITED(wait_status)) {
    return fmt::format("exited while loading (status {})", WEXITSTATUS(wait_status));
  }
  return "probe ended without a verdict";
}

Status probe_plugin(const Manifest& manifest, std::chrono::milliseconds timeout) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    return probe_error(fmt::format("cannot probe: pipe failed ({})", std::strerror(errno)));
  }
  // A plugin that calls exit() in the child would flush stdio buffers it
  // inherited; empty them first so nothing is written twice.
  std::fflush(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0) {
    const int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return probe_error(fmt::format("cannot probe: fork failed ({})", std::strerror(err)));
  }
  if (pid == 0) {
    ::close(fds[0]);
    run_child(manifest, fds[1]);
  }

  ::close(fds[1]);
  const auto deadline = Clock::now() + timeout;
  std::string verdict;
  read_verdict(fds[0], deadline, verdict);
  ::close(fds[0]);

  int status = 0;
  if (!wait_child(pid, deadline, status)) {
    ::kill(pid, SIGKILL);
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const double seconds = static_cast<double>(timeout.count()) / 1000.0;
    return probe_error(fmt::format("timed out while loading (killed after {:g} s)", seconds));
  }

  // A verdict is only trusted from a child that then exited normally: a
  // crash in _exit-time code still means the plugin is not safe.
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && !verdict.empty()) {
    if (verdict[0] == kOk) return Status::ok();
    const auto newline = verdict.find('\n');
    if (verdict[0] == kFail && newline != std::string::npos) {
      return Status::error(verdict.substr(1, newline - 1), verdict.substr(newline + 1));
    }
  }
  return probe_error(describe_child_exit(status));
}

}  // namespace vane::plugin_host
