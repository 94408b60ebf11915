#!/usr/bin/env python3
"""Counts test results in meson testlog.json files: every TAP line of a TAP
test ("ok N", "not ok N"), or the test itself when it printed no TAP line
(a crash before the first test is a failure, a plain test counts once).
As meson reads TAP, "not ok ... # TODO" is an expected failure (a known,
documented one: counted apart, not as a failure) and "ok ... # TODO" an
unexpected pass (a failure: the documentation is out of date).
Prints the plain summary line 'N passed, N failed'."""
import json
import re
import sys

passed = failed = skipped = expected = 0
for path in sys.argv[1:]:
    try:
        lines = open(path).read().splitlines()
    except OSError:
        failed += 1
        print(f"missing test log {path}", file=sys.stderr)
        continue
    for line in lines:
        if not line.strip():
            continue
        t = json.loads(line)
        out = t.get("stdout", "") or ""
        oks = re.findall(r"^ok \d+.*$", out, re.M)
        bad = re.findall(r"^not ok \d+.*$", out, re.M)
        skip = [o for o in oks if "# SKIP" in o.upper()]
        todo_ok = [o for o in oks if "# TODO" in o.upper()]
        todo_bad = [b for b in bad if "# TODO" in b.upper()]
        if oks or bad:
            passed += len(oks) - len(skip) - len(todo_ok)
            skipped += len(skip)
            failed += len(bad) - len(todo_bad) + len(todo_ok)
            expected += len(todo_bad)
            if t["result"] not in ("OK", "EXPECTEDFAIL") and len(bad) == len(todo_bad) and not todo_ok:
                failed += 1  # crashed or timed out after its last TAP line
        elif t["result"] == "SKIP":
            skipped += 1
        elif t["result"] in ("OK", "EXPECTEDFAIL"):
            passed += 1
        else:
            failed += 1
if expected:
    print(f"{expected} known failures (TAP TODO, documented), not counted below")
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed else 0)
