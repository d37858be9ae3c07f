#!/usr/bin/env bash
# Builds the image, runs it with a fresh volume, and checks what the README promises: it serves the app and
# the API, PocketBase runs as UID 10001 and writes only into the volume, `podman stop` ends it cleanly.
# Usage: deploy/container/smoke-test.sh   (PODMAN_RUN_OPTS: extra `podman run` flags a host needs, e.g.
# on a VM without CAP_SYS_RESOURCE and with hybrid cgroups:
#   PODMAN="podman --runtime runc" PODMAN_RUN_OPTS="--ulimit nofile=1024:1024 --ulimit nproc=4096:4096")
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
podman=(${PODMAN:-podman})
read -r -a opts <<<"${PODMAN_RUN_OPTS:-}"
tag="localhost/qual-e-pref:smoke-test"
name="qep-smoke-$$"
volume="qep-smoke-$$"
port="${SMOKE_PORT:-18090}"

cleanup() {
	"${podman[@]}" rm -f "$name" >/dev/null 2>&1 || true
	"${podman[@]}" volume rm -f "$volume" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$root/deploy/container/build.sh" "$tag" >/dev/null
"${podman[@]}" run -d --name "$name" "${opts[@]}" -p "127.0.0.1:$port:8090" -v "$volume:/data" \
	-e APP_URL=https://avis.example.test -e TRUSTED_PROXY_HEADERS=X-Real-IP \
	"$tag" serve --http=0.0.0.0:8090 --origins=https://avis.example.test >/dev/null

for _ in $(seq 1 100); do
	curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
	sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/api/health" | grep -q '"code":200' || {
	"${podman[@]}" logs "$name" >&2
	echo "FAIL: /api/health did not answer" >&2
	exit 1
}
curl -fsS "http://127.0.0.1:$port/" | grep -q '<html' || { echo "FAIL: the app is not served" >&2; exit 1; }
curl -fsSI "http://127.0.0.1:$port/" | grep -qi '^strict-transport-security:' || {
	echo "FAIL: no HSTS although APP_URL is https (hooks not loaded?)" >&2
	exit 1
}
pid="$("${podman[@]}" inspect "$name" --format '{{.State.Pid}}')"
uid="$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")"
[ "$uid" = 10001 ] || { echo "FAIL: PocketBase runs as UID $uid, not 10001" >&2; exit 1; }
"${podman[@]}" run --rm "${opts[@]}" -v "$volume:/data" "$tag" superuser upsert ops@example.test \
	'smoke-test-password-1' >/dev/null
owner="$(stat -c %u "$("${podman[@]}" volume inspect "$volume" --format '{{.Mountpoint}}')/data.db")"
[ "$owner" = 10001 ] || { echo "FAIL: data.db belongs to UID $owner" >&2; exit 1; }
"${podman[@]}" stop -t 10 "$name" >/dev/null
code="$("${podman[@]}" inspect "$name" --format '{{.State.ExitCode}}')"
[ "$code" = 0 ] || { echo "FAIL: PocketBase exited $code on stop" >&2; exit 1; }
echo "container smoke test: 1 passed, 0 failed"
