#!/usr/bin/env bash
# A throwaway PostgreSQL server for the central-store tests: scripts/postgres.sh start|stop|env STATE
#
# STATE is a folder in the build tree that remembers the server (CTest passes
# <build>/tests/central/postgres). The cluster itself lives in a temp folder (a Unix socket path
# must stay short), listens on 127.0.0.1 only, on a free port, with trust authentication for
# loopback and fsync off: it holds test data only and is deleted by "stop".
#
#   start  stops a server a previous (crashed) run left behind, then starts a new one and writes
#          STATE/connection.env (PGHOST, PGPORT, PGUSER, TENARAI_TEST_PGSOCKET,
#          TENARAI_TEST_PGSSLROOTCERT, TENARAI_TEST_PGOTHERCA).
#   stop   stops the server and deletes its files.
#   env    prints STATE/connection.env, for "eval $(scripts/postgres.sh env STATE)".
#
# A watchdog stops the server after TENARAI_PG_TTL seconds (default 3 hours) in case neither the
# test run's cleanup nor a later "start" ever comes. Roles that are members of the group
# "password_required" must log in with a password (scram-sha-256), and members of "tls_required"
# over TLS (the server's certificate is signed by a throwaway CA, ca.crt), so tests can check
# password files and sslmode=verify-full.
set -euo pipefail

action="${1:-}"
state="${2:-}"
if [[ -z "$action" || -z "$state" ]]; then
  echo "usage: $0 start|stop|env STATE_DIR" >&2
  exit 2
fi
state="$(mkdir -p "$state" && cd "$state" && pwd)"
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
envfile="$state/connection.env"
pgdirfile="$state/pgdir"
watchdogfile="$state/watchdog.pid"

find_pgbin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [[ -z "$bin" ]] && command -v pg_ctl >/dev/null 2>&1; then
    bin="$(dirname "$(command -v pg_ctl)")"
  fi
  if [[ -z "$bin" || ! -x "$bin/initdb" || ! -x "$bin/pg_ctl" ]]; then
    echo "PostgreSQL server programs (initdb, pg_ctl) not found: install the \"postgresql\" package" \
      "(scripts/install-deps.sh does)." >&2
    exit 1
  fi
  echo "$bin"
}

# initdb refuses to run as root; the Debian package provides the "postgres" system user.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_server() {
  if [[ -f "$watchdogfile" ]]; then
    # The watchdog leads its own process group (setsid): end it together with its sleep.
    kill -- "-$(cat "$watchdogfile")" 2>/dev/null || true
    rm -f "$watchdogfile"
  fi
  [[ -f "$pgdirfile" ]] || return 0
  local pgdir pgbin
  pgdir="$(cat "$pgdirfile")"
  pgbin="$(find_pgbin)"
  # Only ever touch a folder this script created.
  if [[ -n "$pgdir" && "$pgdir" == */tenarai-pg.* && -d "$pgdir" ]]; then
    if [[ -f "$pgdir/data/postmaster.pid" ]]; then
      as_owner "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w -t 20 stop >/dev/null 2>&1 ||
        as_owner "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pgdir"
  fi
  rm -f "$pgdirfile" "$envfile"
}

start_server() {
  stop_server
  local pgbin pgdir port tries
  pgbin="$(find_pgbin)"
  pgdir="$(mktemp -d "${TMPDIR:-/tmp}/tenarai-pg.XXXXXX")"
  echo "$pgdir" >"$pgdirfile"
  if [[ "$(id -u)" == 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "Running as root, but there is no \"postgres\" user to run the server as." >&2
      exit 1
    fi
    chown postgres: "$pgdir"
  fi
  chmod 700 "$pgdir"
  if ! as_owner "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$pgdir/initdb.log" 2>&1; then
    echo "initdb failed:" >&2
    cat "$pgdir/initdb.log" >&2
    exit 1
  fi
  # TLS with a throwaway authority, so tests can check sslmode=verify-full as IT sets it up.
  if ! command -v openssl >/dev/null 2>&1; then
    echo "openssl not found: it makes the test server's TLS certificate; install the \"openssl\" package." >&2
    exit 1
  fi
  if ! (
    set -e
    cd "$pgdir"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
      -subj "/CN=Tenarai test CA" -keyout ca.key -out ca.crt
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
      -subj "/CN=127.0.0.1" -keyout server.key -out server.csr
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
      -extfile server.ext -out server.crt
    # An authority that signed nothing here: verify-full with it must fail.
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
      -subj "/CN=Some other CA" -keyout other-ca.key -out other-ca.crt
    chmod 600 server.key
    if [[ "$(id -u)" == 0 ]]; then chown postgres: server.key server.crt; fi
    chmod 644 ca.crt other-ca.crt
  ) >"$pgdir/openssl.log" 2>&1; then
    echo "Making the test certificates failed:" >&2
    cat "$pgdir/openssl.log" >&2
    exit 1
  fi
  # Loopback only. Members of "tls_required" are refused without TLS; members of
  # "password_required" must give a password; the first matching line wins.
  as_owner tee "$pgdir/data/pg_hba.conf" >/dev/null <<'EOF'
local     all all                          trust
hostnossl all +tls_required 127.0.0.1/32   reject
host      all +password_required 127.0.0.1/32 scram-sha-256
host      all all 127.0.0.1/32             trust
EOF
  # A random high port; another process may take it between the check and the start, so retry.
  for tries in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue # something already listens there
    fi
    if as_owner "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 30 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c ssl=on -c ssl_cert_file=$pgdir/server.crt -c ssl_key_file=$pgdir/server.key" \
      start >/dev/null 2>&1; then
      {
        echo "PGHOST=127.0.0.1"
        echo "PGPORT=$port"
        echo "PGUSER=postgres"
        echo "TENARAI_TEST_PGSOCKET=$pgdir"
        echo "TENARAI_TEST_PGSSLROOTCERT=$pgdir/ca.crt"
        echo "TENARAI_TEST_PGOTHERCA=$pgdir/other-ca.crt"
      } >"$envfile"
      "$pgbin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE password_required NOLOGIN" -c "CREATE ROLE tls_required NOLOGIN" >/dev/null
      local ttl="${TENARAI_PG_TTL:-10800}"
      # Detached from the test's process group so CTest does not wait for it.
      setsid bash -c "sleep $ttl; rm -f '$watchdogfile'; '$self' stop '$state'" >/dev/null 2>&1 </dev/null &
      echo $! >"$watchdogfile"
      echo "$("$pgbin/postgres" --version) listening on 127.0.0.1:$port (files in $pgdir)"
      return 0
    fi
    # The server may have failed for another reason than the port: show why on the last try.
    if [[ "$tries" == 10 ]]; then
      echo "PostgreSQL did not start; its log says:" >&2
      cat "$pgdir/server.log" >&2 || true
      exit 1
    fi
  done
}

case "$action" in
  start) start_server ;;
  stop) stop_server ;;
  env)
    if [[ ! -f "$envfile" ]]; then
      echo "No test PostgreSQL server is running for $state; run \"$0 start $state\" first." >&2
      exit 1
    fi
    sed 's/^/export /' "$envfile"
    ;;
  *)
    echo "usage: $0 start|stop|env STATE_DIR" >&2
    exit 2
    ;;
esac
