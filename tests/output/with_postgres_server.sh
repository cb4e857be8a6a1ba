#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#
#   tests/output/with_postgres_server.sh build/tests/output/output_postgres_test
#
# initdb creates a cluster in a new temporary directory, the server listens
# only on a unix socket in that directory (listen_addresses = '', so no TCP
# port can clash with anything), the command runs with VANE_TEST_POSTGRES
# set to a connection URL for superuser vane_test, and the server is
# stopped and the directory deleted however the command ends (trap).
# fsync is off: the data is thrown away, and it saves seconds.
#
# PostgreSQL refuses to run as root, so as root the server runs as the
# `postgres` system user (created by Debian's postgresql package).
# Programs from $VANE_PG_BINDIR, else Debian's /usr/lib/postgresql/15/bin,
# else PATH. A missing server is a failure, not a skip: CI installs it
# (.ci/install-deps).
set -euo pipefail

bindir=${VANE_PG_BINDIR:-/usr/lib/postgresql/15/bin}
[[ -x $bindir/pg_ctl ]] || bindir=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")
if [[ ! -x $bindir/initdb || ! -x $bindir/pg_ctl ]]; then
  echo "with_postgres_server: initdb/pg_ctl not found (apt-get install postgresql-15, see .ci/install-deps)" >&2
  exit 1
fi

as_server=()
if [[ $(id -u) == 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with_postgres_server: running as root and there is no postgres user to run the server as" >&2
    exit 1
  fi
  as_server=(runuser -u postgres --)
fi

dir=$(mktemp -d /tmp/vane-pg.XXXXXX)  # short: a socket path must fit in 107 bytes
server_started=0
cleanup() {
  if ((server_started)); then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if ((${#as_server[@]})); then chown postgres: "$dir"; fi

port=5432  # names the socket file only: the directory is private
if ! "${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U vane_test --auth=trust -E UTF8 --no-locale \
     --no-sync >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  exit 1
fi
# One role authenticates with a password, so the test can see a refused
# login (and that the password never reaches a message).
{ echo "local all vane_password scram-sha-256"; cat "$dir/data/pg_hba.conf"; } >"$dir/hba.new"
"${as_server[@]}" cp "$dir/hba.new" "$dir/data/pg_hba.conf"

if ! "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
     -o "-c listen_addresses='' -k $dir -p $port -c fsync=off -c synchronous_commit=off" start >/dev/null; then
  cat "$dir/server.log" >&2
  exit 1
fi
server_started=1

export VANE_TEST_POSTGRES="postgresql://vane_test@/postgres?host=$dir&port=$port"
export VANE_TEST_POSTGRES_SOCKET_DIR=$dir VANE_TEST_POSTGRES_PORT=$port
set +e
"$@"
status=$?
set -e
exit $status
