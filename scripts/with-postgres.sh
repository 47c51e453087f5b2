#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster of its own: initdb in a temporary folder,
# pg_ctl start on a free loopback port (and a Unix socket in that folder), then the command with
#   SEATPLAN_TEST_POSTGRES=postgres://seatplan@127.0.0.1:PORT/postgres   and PGPASSWORD set,
# then the cluster stopped and its folder removed, whatever the command's outcome.
# Without PostgreSQL's server programs the command runs without the variable: those tests skip.
# As root, the cluster runs as the `postgres` system user (PostgreSQL refuses to run as root).
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "with-postgres: PostgreSQL's server programs are not installed; the PostgreSQL tests will skip" >&2
  exec "$@"
fi

as_owner=()
if [[ $(id -u) -eq 0 ]]; then as_owner=(runuser -u postgres --); fi

folder=$(mktemp -d /tmp/seatplan-pg.XXXXXX)
chmod 755 "$folder"
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres "$folder"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" > "$folder/pwfile"
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres "$folder/pwfile"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$folder/data" -U seatplan --pwfile="$folder/pwfile" \
  --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
  || { cat "$folder/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$folder -c max_connections=300 -c fsync=on" \
  start >/dev/null || { cat "$folder/server.log" >&2; exit 1; }

export SEATPLAN_TEST_POSTGRES="postgres://seatplan@127.0.0.1:$port/postgres"
export SEATPLAN_TEST_POSTGRES_BIN="$bindir"
export SEATPLAN_TEST_POSTGRES_DATA="$folder/data"
export PGPASSWORD="$password"
echo "with-postgres: a throwaway cluster at $SEATPLAN_TEST_POSTGRES (PostgreSQL $("$bindir/postgres" --version | awk '{print $3}'))" >&2
set +e
"$@"
status=$?
exit $status
