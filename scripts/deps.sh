#!/bin/sh
# deps.sh: installs the Debian packages dateline needs to build and test, when missing.
set -e
need=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for pkg in make gcc clang libutf8proc-dev libjansson-dev pkg-config wordnet-base; do
  have "$pkg" || need="$need $pkg"
done
[ -z "$need" ] && exit 0
echo "deps.sh: installing$need" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need
