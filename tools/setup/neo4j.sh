#!/usr/bin/env bash
# Builds the Neo4j test launcher (tools/neo4j) once: Neo4j Community 5.26 LTS from Maven Central,
# cached in ~/.m2 and copied to $OSMOSE_CACHE_DIR/neo4j/launcher-<version>-<hash>/ (jar + lib/).
# Idempotent: a no-op (well under a second) when the cached build matches the sources.
# Prints the launcher directory on stdout (last line).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SRC="$ROOT/tools/neo4j"
CACHE="${OSMOSE_CACHE_DIR:-$HOME/.cache/osmose}/neo4j"
VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$SRC/pom.xml")"
HASH="$( (cat "$SRC/pom.xml"; find "$SRC/src" -type f -name '*.java' | sort | xargs cat) | sha256sum | cut -c1-12)"
DEST="$CACHE/launcher-$VERSION-$HASH"

if [[ -f "$DEST/.complete" ]]; then
  echo "$DEST"
  exit 0
fi

# Neo4j 5.26 needs Java 17 or 21. Prefer an explicit JAVA_HOME, then Debian's Java 17.
pick_java() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [[ -n "$c" && -x "$c/bin/java" ]]; then echo "$c"; return 0; fi
  done
  if command -v java >/dev/null 2>&1; then
    dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return 0
  fi
  return 1
}
JH="$(pick_java)" || { echo "neo4j.sh: no Java 17+ found (install openjdk-17-jdk-headless)" >&2; exit 1; }
MAJOR="$("$JH/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
if (( MAJOR < 17 )); then echo "neo4j.sh: Java $MAJOR at $JH is too old; Neo4j $VERSION needs 17 or 21" >&2; exit 1; fi
command -v mvn >/dev/null 2>&1 || { echo "neo4j.sh: Maven (mvn) is required (apt-get install maven)" >&2; exit 1; }

echo "neo4j.sh: building the Neo4j $VERSION launcher with Java $MAJOR ($JH)" >&2
BUILD="$(mktemp -d "${TMPDIR:-/tmp}/osmose-neo4j-build-XXXXXX")"
trap 'rm -rf "$BUILD"' EXIT
cp -r "$SRC/pom.xml" "$SRC/src" "$BUILD/"
JAVA_HOME="$JH" mvn -q -B -Dstyle.color=never -f "$BUILD/pom.xml" package -DskipTests >&2

mkdir -p "$CACHE"
TMPDEST="$(mktemp -d "$CACHE/.tmp-XXXXXX")"
cp "$BUILD/target/osmose-neo4j-launcher-1.0.0.jar" "$TMPDEST/launcher.jar"
cp -r "$BUILD/target/lib" "$TMPDEST/lib"
echo "$JH" > "$TMPDEST/java-home"
echo "$VERSION" > "$TMPDEST/neo4j-version"
touch "$TMPDEST/.complete"
rm -rf "$DEST"
mv "$TMPDEST" "$DEST"
# Older builds of the launcher are dead weight.
find "$CACHE" -maxdepth 1 -type d -name 'launcher-*' ! -path "$DEST" -exec rm -rf {} +
echo "$DEST"
