#!/usr/bin/env bash
# Builds the fake server's image without any registry: a base image is assembled from this
# machine's JDK (a jlink'ed runtime plus the shared libraries it links against, imported with
# `docker import`), then docker/Dockerfile is built on top of it.
#
# usage: docker/build-offline-image.sh <image-tag> [<base-tag>]   (run from anywhere; needs the fat jar)
#   <base-tag>  the name of the imported base (default localhost/arize-fake-jre:<java version>-offline);
#               it is made once and reused. The "localhost/" registry keeps Testcontainers' Docker Hub
#               prefix (TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX) away from it.
set -euo pipefail

tag=${1:?usage: build-offline-image.sh <image-tag> [<base-tag>]}
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/arize-fake-server/target/arize-fake-server.jar
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
java_version=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.version = /{print $2}')
base=${2:-localhost/arize-fake-jre:${java_version}-offline}
# The modules the fat jar needs (jdeps --print-module-deps, less the compiler and java.beans it never loads).
modules=java.base,java.logging,java.management,java.naming,jdk.jfr,jdk.unsupported

fail() { echo "build-offline-image: $*" >&2; exit 1; }
[ -f "$jar" ] || fail "missing $jar: build arize-fake-server first (mvn -B install -DskipTests)"
docker info >/dev/null 2>&1 || fail "no Docker engine answers: install docker.io and start dockerd (see .ci/run)"

if ! docker image inspect "$base" >/dev/null 2>&1; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  "$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$work/jre"
  rootfs=$work/rootfs
  mkdir -p "$rootfs"/{opt/java,tmp,etc,app}
  chmod 1777 "$rootfs/tmp"
  cp -a "$work/jre" "$rootfs/opt/java/openjdk"
  # Copy every shared library the runtime links against (and the dynamic loader) from this machine.
  libs=$(find "$rootfs/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
    | awk '/=> \//{print $3} /^[[:space:]]*\/lib/{print $1}' | sort -u)
  for lib in $libs /lib64/ld-linux-x86-64.so.2; do
    real=$(readlink -f "$lib")
    mkdir -p "$rootfs$(dirname "$lib")" "$rootfs$(dirname "$real")"
    [ -e "$rootfs$real" ] || cp "$real" "$rootfs$real"
    [ "$lib" = "$real" ] || ln -sf "$real" "$rootfs$lib"
  done
  printf 'root:x:0:0:root:/root:/sbin/nologin\nfake:x:10001:10001:fake:/app:/sbin/nologin\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nfake:x:10001:\n' >"$rootfs/etc/group"
  tar -C "$rootfs" -c . | docker import \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/bin:/usr/bin:/bin' \
    - "$base" >/dev/null
  echo "build-offline-image: imported base $base"
fi

docker build --quiet -f "$root/docker/Dockerfile" --build-arg "BASE_IMAGE=$base" -t "$tag" "$root" >/dev/null
size=$(docker image inspect "$tag" --format '{{.Size}}')
echo "build-offline-image: built $tag on $base ($((size / 1024 / 1024)) MB)"
