#!/bin/sh
# container-test.sh - proves the Dockerfile: lints it, builds it unchanged
# with podman (buildah underneath), runs the image on the host network,
# checks /readyz, /healthz through the image's HEALTHCHECK, the seed article
# (entities come back), the non-root user, and a clean SIGTERM stop (exit 0).
#
#   tools/container-test.sh
#
# Needs root, podman, buildah, runc, debootstrap,
# node/npm for the linter.  The base image is made by tools/base-image.sh when
# missing.  --network host means no firewall rules change; --runtime runc
# and --ulimit nofile=1024:20000 are what this kind of machine needs.
# Settings: LEDE_IMAGE (tag built), LEDE_TEST_PORT (default: a free port),
# LEDE_SEED (article file; default ../shared/seed/*.txt beside the repo),
# LEDE_CONTEXT: "worktree" (default) builds the checkout as it is, "head"
# builds the last commit (git archive HEAD), for a checkout that others are
# editing at the same time.
# Bounded in time: every wait has a deadline.
set -eu
cd "$(dirname "$0")/.."
repo=$PWD

IMAGE=${LEDE_IMAGE:-localhost/lede:test}
NAME=lede-ct-$$
# nproc: podman's default for root is above conmon's own limit here (32768),
# and runc may not raise it, so the container gets an explicit, lower one.
RUN_FLAGS="--runtime runc --ulimit nofile=1024:20000 --ulimit nproc=8192:8192"
READY_TIMEOUT=60
STOP_TIMEOUT=35

step() { printf '\n== %s\n' "$*"; }
fail() { echo "container-test: FAIL: $*" >&2; exit 1; }

seed=${LEDE_SEED:-}
if [ -z "$seed" ]; then
    for f in "$repo"/../shared/seed/*.txt; do seed=$f; break; done
fi
[ -r "$seed" ] || fail "no seed article (../shared/seed/*.txt); set LEDE_SEED"
port=${LEDE_TEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

ctx=$repo
case "${LEDE_CONTEXT:-worktree}" in
    worktree) ;;
    head) ctx=$(mktemp -d "${TMPDIR:-/tmp}/lede-ctx.XXXXXX")
          git archive HEAD | tar -x -C "$ctx" ;;
    *) fail "LEDE_CONTEXT is worktree or head" ;;
esac

cleanup() {
    pm rm -f -t 0 "$NAME" >/dev/null 2>&1 || true
    rm -f "$errs"
    [ "$ctx" = "$repo" ] || rm -rf "$ctx"
}
errs=$(mktemp)

# podman with its stderr, less the complaints that no systemd runs here to
# schedule HEALTHCHECK timers (the check itself runs by `podman healthcheck
# run` below, and --health-interval=disable asks for no timer anyway).
pm() {
    rc=0
    podman "$@" 2>"$errs" || rc=$?
    grep -v 'unable to get systemd connection' "$errs" >&2 || true
    return $rc
}
trap cleanup EXIT INT TERM

step "tools: $(podman --version), $(buildah --version | cut -d' ' -f1-3), $(runc --version | head -1)"

step "lint: dockerfilelint"
if [ ! -x tools/node_modules/.bin/dockerfilelint ]; then
    (cd tools && npm ci --no-audit --no-fund --silent)
fi
tools/node_modules/.bin/dockerfilelint Dockerfile

step "base image"
tools/base-image.sh

step "build: podman build (Dockerfile unchanged; context: ${LEDE_CONTEXT:-worktree})"
start=$(date +%s)
# --format docker keeps HEALTHCHECK (the OCI image format has no field for it).
# shellcheck disable=SC2086
podman build --pull=never --format docker --network host $RUN_FLAGS -t "$IMAGE" -f "$ctx/Dockerfile" "$ctx" \
    >"${TMPDIR:-/tmp}/lede-container-build.log" 2>&1 || {
    tail -40 "${TMPDIR:-/tmp}/lede-container-build.log" >&2
    fail "podman build (full log: ${TMPDIR:-/tmp}/lede-container-build.log)"
}
echo "built $IMAGE in $(($(date +%s) - start)) s"
podman image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' "$IMAGE"
podman image inspect --format 'user={{.Config.User}} ports={{.Config.ExposedPorts}} entrypoint={{.Config.Entrypoint}}' "$IMAGE"
podman image inspect --format 'healthcheck={{.Config.Healthcheck.Test}}' "$IMAGE" | cut -c1-100

step "run: podman run --network host --read-only --cap-drop=ALL (port $port)"
# shellcheck disable=SC2086
# As the Kubernetes manifests run it: read-only root (no tmpfs either), no
# capabilities, no privilege gain.
pm run -d --name "$NAME" --network host $RUN_FLAGS --health-interval=disable \
    --read-only --read-only-tmpfs=false --cap-drop=ALL --security-opt=no-new-privileges \
    -e LEDE_PORT="$port" -e LEDE_BIND=127.0.0.1 -e LEDE_WORKERS=2 "$IMAGE" >/dev/null
base=http://127.0.0.1:$port

# One HTTP exchange with the container, from the host; prints "STATUS BODY".
http() {
    python3 - "$@" <<'EOF'
import sys, urllib.request, urllib.error
method, url = sys.argv[1], sys.argv[2]
data = open(sys.argv[3], "rb").read() if len(sys.argv) > 3 else None
req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "text/plain",
                                                                     "X-Request-Id": "container-test"})
try:
    with urllib.request.urlopen(req, timeout=30) as r:
        print(r.status, r.read().decode("utf-8", "replace"))
except urllib.error.HTTPError as e:
    print(e.code, e.read().decode("utf-8", "replace"))
except OSError as e:
    print(0, e)
EOF
}

step "readiness: GET /readyz (up to ${READY_TIMEOUT} s)"
deadline=$(($(date +%s) + READY_TIMEOUT))
while :; do
    out=$(http GET "$base/readyz")
    [ "${out%% *}" = 200 ] && break
    [ "$(podman inspect --format '{{.State.Running}}' "$NAME")" = true ] || {
        podman logs "$NAME" >&2; fail "container exited before it was ready"; }
    [ "$(date +%s)" -lt "$deadline" ] || { podman logs "$NAME" >&2; fail "/readyz not 200 after ${READY_TIMEOUT} s: $out"; }
    sleep 0.5
done
echo "/readyz -> $out"

step "health: the image's HEALTHCHECK (podman healthcheck run)"
pm healthcheck run "$NAME" || fail "HEALTHCHECK failed"
echo "healthcheck: $(podman ps --filter name="$NAME" --format '{{.Status}}')"

step "seed article: POST /v1/analyze ($(basename "$seed"), $(wc -c <"$seed") bytes)"
out=$(http POST "$base/v1/analyze?published_at=2021-02-04" "$seed")
[ "${out%% *}" = 200 ] || fail "POST /v1/analyze: $(printf '%s' "$out" | head -c 300)"
printf '%s' "${out#* }" | python3 -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
r = json.load(sys.stdin)
ents = r.get("entities", [])
model = r.get("model", {})
print("entities: %d, quotes: %d, events: %d, offsets: %s, model: %s %s" % (len(ents), len(r.get("quotes", [])),
      len(r.get("events", [])), r.get("offsets"), model.get("name"), model.get("version")))
by = {}
for e in ents:
    by.setdefault(str(e.get("type")), set()).add(str(e.get("name")))
for t in sorted(by):
    print("  %-13s %s" % (t, ", ".join(sorted(by[t]))[:150]))
if not ents:
    sys.exit("no entities in the answer")
# Offsets are code points by default: every mention must be the slice it claims.
bad = [m for e in ents for m in e.get("mentions", []) if text[m["start"]:m["end"]] != m["text"]]
if bad:
    sys.exit("%d mentions whose text is not the slice at their offsets, e.g. %r" % (len(bad), bad[0]))
# Countries come from iso-codes, cities from the bundled lexicons and model:
# both prove the image carries its data.
want = {"Pakistan", "Afghanistan", "Kabul"}
names = {str(e.get("name")) for e in ents}
if want - names:
    sys.exit("entities missing: " + ", ".join(sorted(want - names)))
print("mentions match their offsets; present:", ", ".join(sorted(want)))
' "$seed" || fail "seed article answer"

step "user: not root"
uid=$(podman exec "$NAME" id -u)
user=$(podman top "$NAME" user,pid,args | sed -n 2p)
echo "podman exec id -u: $uid; process: $user"
[ "$uid" != 0 ] || fail "the container runs as root"
case "$user" in root*) fail "lede-server runs as root";; esac

step "stop: SIGTERM (podman stop -t $STOP_TIMEOUT)"
start=$(date +%s)
pm stop -t "$STOP_TIMEOUT" "$NAME" >/dev/null
code=$(podman inspect --format '{{.State.ExitCode}}' "$NAME")
echo "stopped in $(($(date +%s) - start)) s, exit code $code"
echo "last log lines:"
podman logs "$NAME" 2>&1 | tail -4 | cut -c1-200
[ "$code" = 0 ] || fail "lede-server exited $code on SIGTERM"

printf '\ncontainer-test: PASS\n'
