#!/usr/bin/env bash
# Lints generated OpenAPI files with Redocly CLI (a validator independent of the swagger-parser used in
# the unit tests), and proves the linter fails on a broken copy. Usage: .ci/lint-openapi.sh FILE...
set -euo pipefail
redocly_version=2.77.0
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tools" "@redocly/cli@$redocly_version" > /dev/null
redocly="$tools/node_modules/.bin/redocly"

for file in "$@"; do
  echo "redocly lint $file"
  "$redocly" lint --format=stylish "$file"
done

# A linter that cannot fail proves nothing: a schema reference to nowhere must be an error.
broken="$tools/broken.yaml"
sed '0,/\$ref: "#\/components\/schemas\//s//$ref: "#\/components\/schemas\/Missing/' "$1" > "$broken"
if "$redocly" lint --format=stylish "$broken" > "$tools/broken.log" 2>&1; then
  echo "redocly accepted a document with a dangling \$ref; the lint check is not working" >&2
  exit 1
fi
echo "redocly rejects a broken copy, as it must"
