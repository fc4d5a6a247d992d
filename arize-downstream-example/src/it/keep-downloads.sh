#!/usr/bin/env bash
# Keeps what the downstream build downloaded from Maven Central (artifacts its own dependency
# resolution picks, which the outer build's dependency management never asks for) in the outer
# build's local repository, where settings.xml makes the next run find them: a clean build then
# downloads nothing again. Files already there are left alone.
# Usage: keep-downloads.sh <the downstream build's local repository> <the outer local repository>
set -euo pipefail
inner="$1"
outer="$2"
cd "$inner"
{ grep -rl --include=_remote.repositories '>central=' . 2>/dev/null || true; } | while read -r record; do
  dir="$(dirname "$record")"
  mkdir -p "$outer/$dir"
  for file in "$dir"/*; do
    case "$file" in
      *.lastUpdated|*/resolver-status.properties) ;;
      *) [ -e "$outer/$file" ] || cp -p "$file" "$outer/$file" ;;
    esac
  done
done
