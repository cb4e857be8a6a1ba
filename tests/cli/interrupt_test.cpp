// SIGINT / SIGTERM: the guard in a child process, then the real `vane
// analyze` stopped mid-run, with its stderr on a pseudo-terminal so that it
// also shows (and must erase) its progress display.
#include "cli/interrupt.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_command.hpp"

using vane::cli::InterruptGuard;

namespace {

// Runs `body` in a forked child and returns its wait status; the child
// exits with body's return value.
template <class Body>
int in_child(Body body) {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(body());
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

bool write_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Reads what is available on `fd` into `into`, waiting at most `timeout`;
// false at end of file (a pty master reports EIO once the child is gone).
bool read_some(int fd, std::string& into, std::chrono::milliseconds timeout) {
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return true;
  char buffer[4096];
  const ssize_t n = ::read(fd, buffer, sizeof buffer);
  if (n <= 0) return false;
  into.append(buffer, static_cast<std::size_t>(n));
  return true;
}

std::string document(int i) {
  // ~600 bytes each, so that a few thousand exceed the reader's 1 MB block.
  std::string text = "Document " + std::to_string(i) + ": ";
  while (text.size() < 560) text += "Inbound marketing attracts customers with useful content and search. ";
  return nlohmann::json{{"id", "doc-" + std::to_string(i)}, {"text", text}}.dump() + "\n";
}

}  // namespace

TEST_CASE("the first SIGINT or SIGTERM only sets the stop flag", "[cli][interrupt]") {
  for (int signal_number : {SIGINT, SIGTERM}) {
    const int status = in_child([signal_number] {
      InterruptGuard guard;
      if (guard.interrupted() || guard.signal_number() != 0) return 10;
      ::raise(signal_number);  // handled before raise returns
      if (!guard.stop_flag().load()) return 11;
      return guard.signal_number() == signal_number ? 0 : 12;
    });
    INFO("signal " << signal_number);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
}

TEST_CASE("a second signal ends the process at once with the default action", "[cli][interrupt]") {
  const int status = in_child([] {
    InterruptGuard guard;
    ::raise(SIGINT);
    ::raise(SIGTERM);
    return 0;  // not reached
  });
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
}

TEST_CASE("a signal ignored at start stays ignored; handlers are restored afterwards", "[cli][interrupt]") {
  const int status = in_child([] {
    std::signal(SIGINT, SIG_IGN);
    {
      InterruptGuard guard;
      ::raise(SIGINT);
      if (guard.interrupted()) return 20;
    }
    std::signal(SIGINT, SIG_DFL);
    {
      InterruptGuard guard;
    }
    ::raise(SIGTERM);  // the guard is gone: default action again
    return 21;
  });
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
}

TEST_CASE("on a terminal, --quiet shows neither progress nor summary", "[cli][interrupt]") {
  const auto input = std::filesystem::temp_directory_path() / ("vane_quiet_" + std::to_string(::getpid()));
  {
    std::ofstream out(input, std::ios::binary);
    for (int i = 0; i < 50; ++i) out << document(i);
  }
  for (const bool quiet : {true, false}) {
    int master = -1, slave = -1;
    REQUIRE(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
    const std::string vane = vane::testing::vane_bin();
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::dup2(slave, STDERR_FILENO);
      ::close(slave);
      ::close(master);
      ::execl(vane.c_str(), vane.c_str(), "analyze", quiet ? "-q" : "-j1", input.c_str(), "-o", "/dev/null",
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(slave);
    std::string err;
    while (read_some(master, err, std::chrono::milliseconds(100))) {
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    INFO("quiet " << quiet << ", stderr: " << err);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    if (quiet) {
      CHECK(err.empty());
    } else {
      // Whatever progress was drawn has been erased: the summary ends the output.
      CHECK_THAT(err, Catch::Contains("vane: 50 documents in "));
      const auto progress = err.rfind("\rvane: ");
      CHECK((progress == std::string::npos || err.find("\r\x1b[K", progress) != std::string::npos));
    }
  }
  std::filesystem::remove(input);
}

TEST_CASE("SIGINT stops vane analyze cleanly: complete records, summary, exit 130", "[cli][interrupt]") {
  constexpr int kDocuments = 4000;                  // ~2.4 MB
  constexpr std::size_t kFirstPart = 1'500'000;     // more than one read block
  std::string input;
  for (int i = 0; i < kDocuments; ++i) input += document(i);
  const auto output = std::filesystem::temp_directory_path() / ("vane_interrupt_" + std::to_string(::getpid()));

  int to_stdin[2];
  REQUIRE(::pipe(to_stdin) == 0);
  int master = -1, slave = -1;
  REQUIRE(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
  std::signal(SIGPIPE, SIG_IGN);  // vane may stop reading before all input is written
  const std::string vane = vane::testing::vane_bin();
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(to_stdin[0], STDIN_FILENO);
    ::dup2(slave, STDERR_FILENO);
    ::close(to_stdin[0]);
    ::close(to_stdin[1]);
    ::close(slave);
    ::close(master);
    ::execl(vane.c_str(), vane.c_str(), "analyze", "-j", "2", "-o", output.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(to_stdin[0]);
  ::close(slave);

  // Feed part of the input and keep the pipe open, so vane cannot finish
  // before the signal; wait until its progress line shows written records.
  REQUIRE(write_all(to_stdin[1], input.substr(0, kFirstPart)));
  std::string err;
  const std::regex progress_with_records(R"(\rvane: [1-9][0-9]* docs)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!std::regex_search(err, progress_with_records) && std::chrono::steady_clock::now() < deadline) {
    if (!read_some(master, err, std::chrono::milliseconds(100))) break;
  }
  REQUIRE(std::regex_search(err, progress_with_records));

  REQUIRE(::kill(pid, SIGINT) == 0);
  write_all(to_stdin[1], input.substr(kFirstPart));  // the reader, blocked on the pipe, reads on
  ::close(to_stdin[1]);
  while (read_some(master, err, std::chrono::milliseconds(100))) {
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(master);

  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 130);
  std::istringstream records(vane::testing::read_file(output));
  std::filesystem::remove(output);
  std::string line, last_id;
  int count = 0;
  while (std::getline(records, line)) {
    const auto record = nlohmann::json::parse(line);  // every line complete, valid JSON
    REQUIRE(record["id"] == "doc-" + std::to_string(count));  // in order, none skipped
    last_id = record["id"];
    ++count;
  }
  CHECK(count > 0);
  CHECK(count < kDocuments);
  // The progress line is erased before the summary, which names the last record written.
  const std::string summary = "vane: interrupted after " + std::to_string(count) + " documents (last id \"" +
                              last_id + "\"); ";
  CHECK_THAT(err, Catch::Contains("\r\x1b[K" + summary));
}
