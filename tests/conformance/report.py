#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""How far extsim agrees with the real kernel over a recorded corpus.

    report.py [CORPUS_DIR] [--extsim BIN] [--divergences FILE] [--list]

Runs every recorded workload of CORPUS_DIR (default: the corpus beside
this file) in extsim, compares it with the recording (check.py's test,
harness.compare) and prints:

  - the kernel and btrfs-progs the corpus was recorded with;
  - the agreement rate: workloads on which errors, block sharing, flags
    and md5 all agree, out of all recorded ones;
  - each known divergence of DIVERGENCES with its status, the kernel
    function responsible, the reason, and how many workloads it covers
    (how many of those still disagree);
  - the workloads that disagree and no divergence explains, with their
    first disagreement (all of them with --list, else the first ten).

Exit status 0 when every disagreement is explained, 1 otherwise.
"""

import argparse
import collections
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check      # noqa: E402
import harness    # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=os.path.join(HERE, "corpus"))
    ap.add_argument("--extsim")
    ap.add_argument("--policy", default="patched")
    ap.add_argument("--divergences", default=os.path.join(HERE, "DIVERGENCES"))
    ap.add_argument("--list", action="store_true", help="every unexplained disagreement, not only ten")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    extsim = harness.find_extsim(args.extsim)
    divs = check.load_divergences(args.divergences)
    known = check.known_for(divs)

    results = [(n, d) for n, d in check.run_corpus(args.corpus, extsim, args.policy, args.jobs) if d is not None]
    if not results:
        print("no recorded workload in %s" % args.corpus)
        return 1
    systems = collections.Counter()
    for name, _ in results:
        rec = harness.load_recorded(os.path.join(args.corpus, name + ".json"))
        systems["Linux %s, btrfs-progs %s, xfs_io %s" % (rec.get("kernel"), rec.get("btrfs_progs"), rec.get("xfs_io"))] += 1
    agree = [n for n, d in results if not d]
    bad = {n: d for n, d in results if d}
    explained = {n for n in bad if n in known}
    unexplained = sorted(set(bad) - explained)

    print("extsim (policy %s) against the real kernel, corpus %s" % (args.policy, args.corpus))
    for s, n in systems.most_common():
        print("  recorded on %s: %d workloads" % (s, n))
    print()
    print("agreement: %d of %d workloads (%.1f%%) agree on every command's errors and output,"
          % (len(agree), len(results), 100.0 * len(agree) / len(results)))
    print("           every block's sharing and flags, and every file's md5")
    print("disagree:  %d (%d by a known divergence, %d unexplained)" % (len(bad), len(explained), len(unexplained)))
    print()
    print("Known divergences (%s):" % args.divergences)
    if not divs:
        print("  none")
    wrap = textwrap.TextWrapper(width=100, initial_indent="      ", subsequent_indent="      ")
    for d in sorted(divs.values(), key=lambda d: int(d["id"][1:])):
        ws = d["workloads"]
        still = [w for w in ws if w in bad]
        print("  %s [%s] %s" % (d["id"], d["status"], d["title"]))
        print(wrap.fill("kernel: " + d.get("kernel", "?")))
        if d.get("reason"):
            print(wrap.fill("reason: " + d["reason"]))
        listed = (" (" + " ".join(ws[:8]) + (" ..." if len(ws) > 8 else "") + ")") if ws else ""
        if d["status"] == "fixed":
            regressed = [w for w in still if w not in known]
            print("      workloads: %d listed, %s%s" % (len(ws), "%d disagree again: %s" % (
                len(regressed), " ".join(regressed)) if regressed else "they agree again (or only by an open entry)",
                listed))
        else:
            print("      workloads: %d listed, %d still disagree%s" % (len(ws), len(still), listed))
    if unexplained:
        print()
        print("Unexplained disagreements:")
        for n in unexplained if args.list else unexplained[:10]:
            print("  %s: %s" % (n, bad[n][0].replace("\n", "\n    ")))
        if not args.list and len(unexplained) > 10:
            print("  ... and %d more (--list)" % (len(unexplained) - 10))
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
