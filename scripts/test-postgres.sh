#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: Debian's `postgresql` binaries, initdb + pg_ctl in a temp folder,
# listening on a free loopback port only, trust authentication, no fsync (its data is thrown away).
#
#   eval "$(scripts/test-postgres.sh start)"   # exports SAFETYBOT_TEST_POSTGRES and SAFETYBOT_TEST_POSTGRES_DIR
#   scripts/test-postgres.sh stop "$SAFETYBOT_TEST_POSTGRES_DIR"
#
# initdb refuses to run as root (and CI runs as root), so as root the server runs as the `postgres` user.
# Needs: Debian `postgresql` (.ci/run installs it when missing). No Docker.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "test-postgres: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "${1:-}" in
  start)
    dir=$(mktemp -d /tmp/safetybot-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # One role signs in with a real password check (the access-token test): first match wins, so it goes first.
    as_owner sed -i '1i host all safetybot_token 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
    for _ in $(seq 1 20); do
      port=$(( 20000 + RANDOM % 20000 ))
      port_in_use "$port" && continue
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
          -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
          start >/dev/null 2>&1; then
        echo "export SAFETYBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
        echo "export SAFETYBOT_TEST_POSTGRES_DIR='$dir'"
        exit 0
      fi
    done
    cat "$dir/server.log" >&2 || true
    echo "test-postgres: could not start PostgreSQL on a free port" >&2
    exit 1
    ;;
  stop)
    dir=${2:-${SAFETYBOT_TEST_POSTGRES_DIR:-}}
    case "$dir" in
      /tmp/safetybot-pg.*) ;;
      *) echo "test-postgres: stop needs the folder printed by start" >&2; exit 1 ;;
    esac
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop <folder>" >&2
    exit 2
    ;;
esac
