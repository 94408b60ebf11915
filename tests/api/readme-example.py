#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The README's API example, kept true.

  readme-example.py extract README.md OUT.c   the first ```c block after the
                                              heading "## Using the library"
  readme-example.py check PROGRAM            runs it; it must print the
                                              unpatched policy's verdict

The build compiles what `extract` wrote against the public API, so the
example in the README is exactly a program that compiles and runs.
"""
import re
import subprocess
import sys

HEADING = "## Using the library"


def extract(readme, out):
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    at = text.find(HEADING)
    if at < 0:
        sys.exit(f"{readme}: no heading '{HEADING}'")
    m = re.compile(r"^```c\n(.*?)^```", re.S | re.M).search(text, at)
    if not m:
        sys.exit(f"{readme}: no ```c block after '{HEADING}'")
    line = text.count("\n", 0, m.start(1)) + 1
    with open(out, "w", encoding="utf-8") as f:
        f.write(f'#line {line} "README.md"\n')
        f.write(m.group(1))


def check(program):
    run = subprocess.run([program], capture_output=True, text=True, timeout=60)
    out = run.stdout
    sys.stdout.write(out)
    sys.stderr.write(run.stderr)
    # the section 1 case under unpatched: fsync fails with ENOSPC, the last
    # 4 KiB are lost, invariant 1 is reported
    want = [r"^fsync: .*no free space", r"^\d+ violations?, 4096 bytes lost$"]
    missing = [w for w in want if not re.search(w, out, re.M)]
    if run.returncode != 0 or missing:
        sys.exit(f"README example: exit {run.returncode}, missing {missing}")
    if re.search(r"^0 violations", out, re.M):
        sys.exit("README example: no violation reported")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        check(sys.argv[2])
    else:
        sys.exit(__doc__)
