#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Shrink a workload on which extsim and the real kernel disagree (root).

    minimise.py SCRIPT [-o SMALL.sh] [--extsim BIN] [--policy P]

How it works: xfs_io lines of several commands are first taken apart,
one command a line, when the script still disagrees that way; then
delta debugging (ddmin) over the script's lines.  A
candidate (the script with some lines left out) is kept when it still
disagrees *the same way*: the first disagreement has the same kind (a
command's exit status, stderr or stdout, a file's md5, a file's blocks,
a file's layout, files on one side only).  mkfs.btrfs and the first
mount are never left out.  Each candidate costs one real run (a fresh
loop device) and one extsim run, so a 60-line workload shrinks in a few
minutes.  The result is printed (or written to -o) with the
disagreement it still shows.
"""

import argparse
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness    # noqa: E402


def kind(diff):
    if diff.startswith("line "):
        m = re.search(r"\n  (ran|exit status|stderr|stdout)", diff)
        return "command " + (m.group(1) if m else "?")
    if diff.startswith("files differ"):
        return "files"
    if ": md5 " in diff:
        return "md5"
    if ", the layout:" in diff:
        return "layout"
    if " block " in diff:
        return "blocks"
    return diff.split(":")[0]


class Tester:
    def __init__(self, extsim, policy):
        self.extsim, self.policy, self.runs = extsim, policy, 0

    def diffs(self, lines):
        with tempfile.NamedTemporaryFile("w", suffix=".sh", prefix="extsim-min-", delete=False) as fp:
            fp.write("\n".join(lines) + "\n")
        try:
            self.runs += 1
            real = harness.normalise(harness.run_real(fp.name))
            sim = harness.normalise(harness.run_sim(fp.name, self.extsim, self.policy, real))
            return harness.compare(real, sim, harness.logical_lines("\n".join(lines)))
        finally:
            os.unlink(fp.name)


XFS_IO_C_RE = re.compile(r'-c "([^"]*)"')


def split_commands(lines):
    """Each xfs_io line of several -c commands as one line per command on
    the same file (the file is then closed and opened between them), so
    ddmin can drop single commands; lines it cannot take apart stay."""
    out = []
    for line in lines:
        cmds = XFS_IO_C_RE.findall(line)
        words = line.split()
        if not line.startswith("xfs_io ") or len(cmds) < 2 or "'" in line or words[-1].startswith("-"):
            out.append(line)
            continue
        opts = " ".join(w for w in XFS_IO_C_RE.sub(" ", line).split()[1:-1])
        out.extend("xfs_io %s-c \"%s\" %s" % (opts + " " if opts else "", c, words[-1]) for c in cmds)
    return out


def ddmin(lines, fixed, still_fails):
    """The classic algorithm: try dropping chunks, then complements."""
    free = [i for i in range(len(lines)) if i not in fixed]
    n = 2
    while len(free) >= 2:
        chunk = max(1, len(free) // n)
        subsets = [free[i:i + chunk] for i in range(0, len(free), chunk)]
        reduced = False
        for s in subsets:
            keep = [i for i in free if i not in s]
            if still_fails(sorted(fixed + keep)):
                free, n, reduced = keep, max(n - 1, 2), True
                break
        if not reduced:
            if n >= len(free):
                break
            n = min(len(free), n * 2)
    # one more pass, line by line
    for i in list(free):
        keep = [j for j in free if j != i]
        if still_fails(sorted(fixed + keep)):
            free = keep
    return sorted(fixed + free)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("script")
    ap.add_argument("-o", "--output")
    ap.add_argument("--extsim")
    ap.add_argument("--policy", default="patched")
    args = ap.parse_args()
    why = harness.real_requirements()
    if why:
        print("cannot run on a real btrfs: %s" % why, file=sys.stderr)
        return 77
    lines = [t for _, t in harness.logical_lines(harness.read(args.script))]
    t = Tester(args.extsim, args.policy)
    first = t.diffs(lines)
    if not first:
        print("%s: extsim and the kernel agree; nothing to minimise" % args.script, file=sys.stderr)
        return 1
    want = kind(first[0])
    split = split_commands(lines)
    if split != lines:
        d = t.diffs(split)
        if d and kind(d[0]) == want:
            lines = split
    fixed = [i for i, l in enumerate(lines) if l.startswith("mkfs.btrfs")]
    mounts = [i for i, l in enumerate(lines) if l.startswith("mount ")]
    fixed += mounts[:1]

    def still_fails(idx):
        d = t.diffs([lines[i] for i in idx])
        return bool(d) and kind(d[0]) == want

    keep = ddmin(lines, fixed, still_fails)
    small = [lines[i] for i in keep]
    final = t.diffs(small)
    text = "\n".join(small) + "\n"
    if args.output:
        with open(args.output, "w") as fp:
            fp.write(text)
    else:
        sys.stdout.write(text)
    print("# %d of %d lines, %d runs; still: %s" % (len(small), len(lines), t.runs,
                                                    final[0] if final else "(agrees?)"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
