#!/usr/bin/env bash
# Gongkai's one test command: installs what the tests need (PostgreSQL, Chromium, CJK fonts, poppler) when missing,
# starts a throw-away PostgreSQL cluster on loopback, runs every test project, stops the cluster and prints
# one closing line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi

# Throw-away PostgreSQL cluster: a temp data dir, loopback only, trust auth, a free port.
pgdir=$(mktemp -d /tmp/gongkai-pg.XXXXXX)
chmod 755 "$pgdir"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
runas=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd -r -M postgres
  chown postgres "$pgdir"
  runas=(runuser -u postgres --)
fi
cleanup() {
  "${runas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap cleanup EXIT
if "${runas[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 \
  && "${runas[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/pg.log" -w \
       -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c full_page_writes=off" start >/dev/null; then
  export GONGKAI_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
else
  echo "PostgreSQL could not start:"; cat "$pgdir/initdb.log" "$pgdir/pg.log" 2>/dev/null | tail -20
  echo "0 passed, 1 failed"; exit 1
fi

export GONGKAI_ARTIFACTS="$root/artifacts"
mkdir -p "$GONGKAI_ARTIFACTS"
log="$GONGKAI_ARTIFACTS/test-output.txt"
dotnet test --solution Gongkai.slnx 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# MTP prints per-project summaries; add them up into the one closing line CI reads.
read -r passed failed skipped < <(awk '
  /^[[:space:]]*succeeded:/ {p+=$2} /^[[:space:]]*failed:/ {f+=$2} /^[[:space:]]*skipped:/ {s+=$2}
  END {print p+0, f+0, s+0}' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
