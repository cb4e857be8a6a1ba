// Exit codes of every `vane` command (docs/exit-codes.md). Scripts and
// distributed runners key on them, so they never change meaning.
#pragma once

namespace vane::cli {

enum ExitCode : int {
  kExitOk = 0,              // every record has status ok, empty or unsupported_language
  kExitDocumentErrors = 1,  // the run finished, but some records have status "error"
  kExitUsage = 2,           // bad command line: unknown option, missing argument
  kExitFatal = 3,           // could not run at all: output not writable, no plugin loadable...
  kExitQualityFloor = 4,    // `vane eval`: a score is below its --min-* floor
  kExitInterrupted = 130,   // SIGINT: output so far is complete and valid
};

}  // namespace vane::cli
