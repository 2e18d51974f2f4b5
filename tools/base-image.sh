#!/bin/sh
# base-image.sh - builds the Debian 12 base image that the Dockerfile's FROM
# names (debian:bookworm-slim), locally, with debootstrap and `podman import`.
# Needed where no container registry is reachable; with a registry the usual
# pull gives the same tag and this script is not needed.
#
#   tools/base-image.sh          build unless the tag exists already
#   tools/base-image.sh --force  rebuild and replace the tag
#
# The Debian mirror is the one apt uses on this machine (its sources lists),
# so no other host is contacted.  LEDE_DEBIAN_MIRROR overrides it.  The image
# is "slim" the way Debian's official one is: minbase variant, no docs, man
# pages or translations (dpkg path excludes), no apt lists or caches.
# Needs root (debootstrap, chroot), debootstrap and podman.
set -eu

TAG=${LEDE_BASE_IMAGE:-localhost/debian:bookworm-slim}
SUITE=bookworm

force=0
case "${1:-}" in
    --force) force=1 ;;
    "") ;;
    *) echo "usage: $0 [--force]" >&2; exit 2 ;;
esac

if [ "$force" = 0 ] && podman image exists "$TAG"; then
    echo "base-image: $TAG exists (--force rebuilds it)"
    exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "base-image: needs root (debootstrap, chroot)" >&2; exit 1; }
for tool in debootstrap podman; do
    command -v "$tool" >/dev/null || { echo "base-image: $tool missing (apt-get install $tool)" >&2; exit 1; }
done

# The Debian entries of apt's configuration, one "URI SUITE" per line, from
# both the one-line (.list) and the deb822 (.sources) formats.  Only suites
# of this release count, so third-party repositories on the host are left out.
debian_sources() {
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -r "$f" ] || continue
        awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $i, $(i + 1) }' "$f"
    done
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        awk 'function flush() { if (types ~ /(^| )deb( |$)/) { n = split(uris, u, " "); m = split(suites, s, " ");
                                    for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print u[i], s[j] }
                                types = uris = suites = "" }
             /^[ \t]*$/ { flush(); next }
             /^Types:/  { sub(/^Types:[ \t]*/, "");  types = $0 }
             /^URIs:/   { sub(/^URIs:[ \t]*/, "");   uris = $0 }
             /^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
             END { flush() }' "$f"
    done
}
sources=$(debian_sources | awk -v s="$SUITE" '$2 == s || $2 == s "-updates" || $2 == s "-security"' | sort -u)
mirror=${LEDE_DEBIAN_MIRROR:-$(echo "$sources" | awk -v s="$SUITE" '$2 == s { print $1; exit }')}
if [ -z "$mirror" ]; then
    echo "base-image: no Debian $SUITE entry in apt's sources; set LEDE_DEBIAN_MIRROR" >&2
    exit 1
fi
[ -n "$sources" ] || sources="$mirror $SUITE"

work=$(mktemp -d "${TMPDIR:-/var/tmp}/lede-base.XXXXXX")
root="$work/rootfs"
cleanup() {
    # debootstrap or the chroot steps may leave /proc mounted on a failure
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "base-image: debootstrap $SUITE (minbase) from $mirror"
mkdir -p "$root/etc/dpkg/dpkg.cfg.d"
# Set before debootstrap so that even its own packages leave these out.
cat >"$root/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
# As in Debian's official slim images: no docs (copyrights kept), man pages,
# info or translations.
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
EOF
debootstrap --variant=minbase "$SUITE" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -20 "$work/debootstrap.log" >&2
    echo "base-image: debootstrap failed" >&2
    exit 1
}

# apt inside the image uses the same Debian entries as the host (release,
# updates, security), main only.
echo "$sources" | awk '{ print "deb", $1, $2, "main" }' >"$root/etc/apt/sources.list"
cat >"$root/etc/apt/apt.conf.d/90slim" <<'EOF'
// Image builds install in layers: keep no package caches, no recommends.
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb || true"; };
Acquire::Languages "none";
EOF

echo "base-image: applying $SUITE-updates and security updates"
mount -t proc proc "$root/proc"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    sh -c 'apt-get update -qq && apt-get upgrade -y -qq && apt-get clean' >"$work/upgrade.log" 2>&1 || {
    tail -20 "$work/upgrade.log" >&2
    echo "base-image: apt-get upgrade inside the image failed" >&2
    exit 1
}
umount "$root/proc"

rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/log/* "$root"/tmp/* \
       "$root"/usr/share/doc/*/changelog* "$root"/usr/share/man/* "$root"/usr/share/info/* \
       "$root"/usr/share/locale/*
find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
: >"$root/etc/hostname"
: >"$root/etc/resolv.conf"
rm -f "$root/etc/machine-id" && : >"$root/etc/machine-id"

echo "base-image: importing as $TAG"
tar --numeric-owner -C "$root" -cf - . |
    podman import --quiet --change 'CMD ["bash"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --message "debootstrap --variant=minbase $SUITE" - "$TAG" >/dev/null
podman image ls "$TAG"
