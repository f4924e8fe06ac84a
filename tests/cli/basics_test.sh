#!/usr/bin/env bash
# crux --help, --version, COMMAND --help, and usage errors (exit 2).
. "$(dirname "$0")/lib.sh"

run --help
expect_status 0 "--help"
expect_stdout "to-tei"
expect_stdout "import"
expect_stdout "validate"

run --version
expect_status 0 "--version"
expect_stdout "crux 0."

for cmd in to-tei import init info validate; do
  run "$cmd" --help
  expect_status 0 "$cmd --help"
  expect_stdout "Usage"
done
run to-tei --help
expect_stdout "--encoding"
expect_stdout "--perspective"
expect_stdout "--json"

run no-such-command
expect_status 2 "unknown command"
run
expect_status 2 "no command"
run import
expect_status 2 "import without arguments"
run to-tei x.txt --type quaternary
expect_status 2 "--type with a wrong value"
finish
