#include "output/postgres_connection.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <array>

namespace vane::output {
namespace {

bool is_url(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

// libpq ends its messages with a newline (sometimes two lines); one line
// per message reads better after "vane: ".
std::string one_line(std::string_view message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.remove_suffix(1);
  std::string out;
  for (const char c : message) out += c == '\n' ? ' ' : c;
  return out;
}

// Notices ("table does not exist, skipping") are not vane's to print.
void ignore_notice(void*, const char*) {}

}  // namespace

std::string redact_connection_target(std::string_view target) {
  std::string out(target);
  if (is_url(out)) {
    const std::size_t authority = out.find("://") + 3;
    const std::size_t authority_end = out.find_first_of("/?", authority);
    const std::size_t at = out.rfind('@', authority_end == std::string::npos ? out.size() : authority_end);
    if (at != std::string::npos && at >= authority) {
      const std::size_t colon = out.find(':', authority);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // password=VALUE in a URL query (ends at & or #) or in key=value pairs
  // (ends at a blank, or a quoted value at its closing quote).
  constexpr std::string_view kKey = "password=";
  for (std::size_t pos = out.find(kKey); pos != std::string::npos; pos = out.find(kKey, pos + 1)) {
    if (pos > 0 && out[pos - 1] != '?' && out[pos - 1] != '&' && out[pos - 1] != ' ' && out[pos - 1] != '\t') {
      continue;
    }
    const std::size_t value = pos + kKey.size();
    std::size_t end = value;
    if (end < out.size() && out[end] == '\'') {
      for (++end; end < out.size() && out[end] != '\''; ++end) {
        if (out[end] == '\\') ++end;
      }
      end = std::min(out.size(), end + 1);
    } else {
      end = out.find_first_of("&# \t", value);
      if (end == std::string::npos) end = out.size();
    }
    out.replace(value, end - value, "***");
  }
  return out;
}

int PostgresResult::rows() const { return PQntuples(result_.get()); }

int PostgresResult::columns() const { return PQnfields(result_.get()); }

bool PostgresResult::is_null(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }

std::string PostgresResult::text(int row, int column) const {
  return std::string(PQgetvalue(result_.get(), row, column),
                     static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}

std::int64_t PostgresResult::affected_rows() const {
  const char* count = PQcmdTuples(result_.get());
  return count != nullptr && *count != '\0' ? std::stoll(count) : 0;
}

void PostgresResult::release(pg_result* result) { PQclear(result); }

void PostgresConnection::close(pg_conn* conn) { PQfinish(conn); }

PostgresConnection::PostgresConnection(pg_conn* conn, std::string server)
    : conn_(conn, &close), server_(std::move(server)) {}

PostgresConnection::~PostgresConnection() = default;

Expected<PostgresConnection> PostgresConnection::open(const std::string& target) {
  // With expand_dbname the target's own settings override the keywords
  // before it: these are defaults, not overrides.
  const std::array<const char*, 5> keywords{"connect_timeout", "client_encoding", "fallback_application_name",
                                            "dbname", nullptr};
  const std::array<const char*, 5> values{"10", "UTF8", "vane", target.c_str(), nullptr};
  pg_conn* conn = PQconnectdbParams(keywords.data(), values.data(), 1);
  std::string server = redact_connection_target(target);
  if (conn == nullptr) return Status::error("postgres_connect", "cannot connect to " + server + ": out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    Status status =
        Status::error("postgres_connect", "cannot connect to " + server + ": " + one_line(PQerrorMessage(conn)));
    PQfinish(conn);
    return status;
  }
  PQsetNoticeProcessor(conn, &ignore_notice, nullptr);
  // The sink writes UTF-8 whatever the URL says (client_encoding there
  // would only be a default above).
  if (PQsetClientEncoding(conn, "UTF8") != 0) {
    Status status = Status::error("postgres_connect", server + ": " + one_line(PQerrorMessage(conn)));
    PQfinish(conn);
    return status;
  }
  return PostgresConnection(conn, std::move(server));
}

bool PostgresConnection::connected() const { return PQstatus(conn_.get()) == CONNECTION_OK; }

Status PostgresConnection::error(std::string_view what) const {
  return Status::error("postgres_error", server_ + ": " + one_line(what));
}

Status PostgresConnection::result_error(pg_result* result) const {
  const char* message = PQresultErrorMessage(result);
  return error(message != nullptr && *message != '\0' ? message : PQerrorMessage(conn_.get()));
}

Status PostgresConnection::exec(std::string_view sql) {
  const std::string text(sql);
  // PQexec runs several ';'-separated commands in one implicit transaction
  // unless they contain BEGIN/COMMIT; its result is the last command's, or
  // the first failure's.
  pg_result* result = PQexec(conn_.get(), text.c_str());
  const ExecStatusType status = PQresultStatus(result);
  Status outcome = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK ? Status::ok() : result_error(result);
  PQclear(result);
  return outcome;
}

Expected<PostgresResult> PostgresConnection::query(const std::string& sql, const std::vector<std::string>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& param : params) values.push_back(param.c_str());
  pg_result* result = PQexecParams(conn_.get(), sql.c_str(), static_cast<int>(values.size()), nullptr,
                                   values.data(), nullptr, nullptr, 0);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    Status failure = result_error(result);
    PQclear(result);
    return failure;
  }
  return PostgresResult(result);
}

Status PostgresConnection::copy_in(const std::string& copy_sql, std::string_view data) {
  pg_result* started = PQexec(conn_.get(), copy_sql.c_str());
  if (PQresultStatus(started) != PGRES_COPY_IN) {
    Status failure = result_error(started);
    PQclear(started);
    return failure;
  }
  PQclear(started);
  // libpq buffers and sends in its own chunks; one call per MiB keeps the
  // int length in range for any batch.
  constexpr std::size_t kChunk = 1 << 20;
  for (std::size_t at = 0; at < data.size(); at += kChunk) {
    const std::string_view chunk = data.substr(at, kChunk);
    if (PQputCopyData(conn_.get(), chunk.data(), static_cast<int>(chunk.size())) != 1) {
      return error(PQerrorMessage(conn_.get()));
    }
  }
  if (PQputCopyEnd(conn_.get(), nullptr) != 1) return error(PQerrorMessage(conn_.get()));
  Status status = Status::ok();
  while (pg_result* result = PQgetResult(conn_.get())) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK && status.is_ok()) status = result_error(result);
    PQclear(result);
  }
  return status;
}

}  // namespace vane::output
