#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The conformance tests, in TAP: extsim against the recorded real kernel.

    check.py corpus CORPUS_DIR [--extsim BIN] [--divergences FILE] [-j N]
    check.py live CORPUS_DIR [--extsim BIN] [--sample N]

corpus (any machine, no root): for every NAME.sh of the corpus that has
its recording NAME.json, run it in extsim (harness.run_sim), normalise and
compare with the recording.  One TAP line per workload:

    ok 12 - w0012
    not ok 13 - w0013            (followed by the disagreement, as # lines)
    not ok 14 - w0014 # TODO D2 the EOF block of a hole is not written

A workload listed under a known divergence in DIVERGENCES is an expected
failure (TAP TODO), reported, never hidden; if it starts to agree the line
reads "ok ... # TODO", which meson counts as an unexpected pass, so the
list is kept honest when the model is fixed.

live (root, btrfs, loop devices; exit 77 otherwise): records a sample of
the corpus again on this kernel (workloads it was always seen to repeat),
on fresh loop devices, and checks (1) that the kernel still does what was
recorded (a difference is a TODO when the kernel or btrfs-progs version
differs from the recording's; the same outcome there is a plain pass, the
versions as a # line) and (2) that extsim agrees with what the kernel just
did.

Exit status: 0 when every test point passes or is a TODO, 1 otherwise
(corpus --tap: always 0, for meson, which reads the TAP lines), 77 when
there is nothing to run here.
"""

import argparse
import concurrent.futures
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness    # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def load_divergences(path):
    """{id: {"status", "title", field: text}} from a DIVERGENCES file."""
    divs, cur, key = {}, None, None
    if not path or not os.path.exists(path):
        return divs
    with open(path) as fp:
        text = fp.read()
    for line in text.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^(D\d+)\s+(open|choice|fixed)\s+(.*)$", line)
        if m:
            cur = divs[m.group(1)] = {"id": m.group(1), "status": m.group(2), "title": m.group(3)}
            key = None
            continue
        m = re.match(r"^\s+(\w+):\s*(.*)$", line)
        if m and cur is not None:
            key = m.group(1)
            cur[key] = m.group(2)
        elif cur is not None and key:
            cur[key] += " " + line.strip()
    for d in divs.values():
        d["workloads"] = d.get("workloads", "").split()
    return divs


def known_for(divs):
    """{workload: [divergence ids]} of the open and chosen divergences."""
    out = {}
    for d in divs.values():
        if d["status"] == "fixed":
            continue
        for w in d["workloads"]:
            out.setdefault(w, []).append(d["id"])
    return out


def workloads(corpus):
    if not os.path.isdir(corpus):
        return []
    return sorted(f[:-3] for f in os.listdir(corpus) if f.endswith(".sh"))


def check_one(corpus, name, extsim, policy):
    """(name, diffs or None when not recorded)."""
    script = os.path.join(corpus, name + ".sh")
    rec = os.path.join(corpus, name + ".json")
    if not os.path.exists(rec):
        return name, None
    recorded = harness.load_recorded(rec)
    lines = harness.logical_lines(harness.read(script))
    sim = harness.normalise(harness.run_sim(script, extsim, policy, recorded))
    return name, harness.compare_recorded(recorded, sim, lines)


def run_corpus(corpus, extsim, policy, jobs):
    """[(name, diffs or None)] in corpus order."""
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(lambda n: check_one(corpus, n, extsim, policy), workloads(corpus)))


class Tap:
    def __init__(self):
        self.n, self.failed, self.lines = 0, 0, []

    def point(self, ok, desc, todo=None, diag=()):
        self.n += 1
        if not ok and not todo:
            self.failed += 1
        line = "%s %d - %s" % ("ok" if ok else "not ok", self.n, desc)
        if todo:
            line += " # TODO " + todo
        self.lines.append(line)
        for d in diag:
            for l in d.split("\n"):
                self.lines.append("# " + l)

    def skip(self, desc, why):
        self.n += 1
        self.lines.append("ok %d - %s # SKIP %s" % (self.n, desc, why))

    def emit(self):
        print("TAP version 13")
        print("1..%d" % self.n)
        for l in self.lines:
            print(l)
        sys.stdout.flush()


def todo_text(ids, divs):
    return "; ".join("%s %s" % (i, divs[i]["title"]) for i in ids)


def cmd_corpus(args):
    divs = load_divergences(args.divergences)
    known = known_for(divs)
    tap = Tap()
    results = run_corpus(args.corpus, args.extsim, args.policy, args.jobs)
    agree = recorded = 0
    for name, diffs in results:
        if diffs is None:
            tap.skip(name, "not recorded yet")
            continue
        recorded += 1
        agree += not diffs
        ids = known.get(name)
        tap.point(not diffs, name, todo_text(ids, divs) if ids else None, diffs[:3] if diffs else ())
    if not recorded:
        print("1..0 # SKIP no recorded workload in %s" % args.corpus)
        return 0 if args.tap else 77
    tap.emit()
    print("# %d of %d recorded workloads agree (%.1f%%)" % (agree, recorded, 100.0 * agree / recorded))
    # under meson the TAP lines carry the verdict (a non-zero exit is an error there)
    return 1 if tap.failed and not args.tap else 0


def live_sample(corpus, names, n):
    """n workloads spread over the corpus that Linux was always seen to
    repeat exactly (no variants, not a near-full random one, whose end can
    vary), so that "the kernel does what was recorded" is a fair test."""
    steady = []
    for name in names:
        with open(os.path.join(corpus, name + ".sh")) as fp:
            first = fp.readline()
        if "near full" not in first and "variants" not in harness.load_recorded(
                os.path.join(corpus, name + ".json")):
            steady.append(name)
    step = max(1, len(steady) // max(1, n))
    return steady[::step][:n]


def cmd_live(args):
    why = harness.real_requirements()
    if why:
        print("1..0 # SKIP live conformance needs a real btrfs: %s" % why)
        return 77
    divs = load_divergences(args.divergences)
    known = known_for(divs)
    names = [n for n in workloads(args.corpus) if os.path.exists(os.path.join(args.corpus, n + ".json"))]
    if not names:
        print("1..0 # SKIP no recorded workload in %s" % args.corpus)
        return 77
    sample = live_sample(args.corpus, names, args.sample)
    versions = harness.tool_versions()
    tap = Tap()
    for name in sample:
        script = os.path.join(args.corpus, name + ".sh")
        recorded = harness.load_recorded(os.path.join(args.corpus, name + ".json"))
        lines = harness.logical_lines(harness.read(script))
        try:
            real = harness.normalise(harness.run_real(script))
        except (KeyboardInterrupt, harness.Interrupted):
            print("Bail out! interrupted; cleaned up")
            return 1
        same_system = all(recorded.get(k) == versions[k] for k in ("kernel", "btrfs_progs"))
        again = harness.compare_recorded(recorded, real, lines)
        other = "recorded on %s, btrfs-progs %s; this is %s, %s" % (
            recorded.get("kernel"), recorded.get("btrfs_progs"), versions["kernel"], versions["btrfs_progs"])
        # another kernel or btrfs-progs may do otherwise (a TODO), and
        # doing the same there is a pass, not an unexpected one
        tap.point(not again, "%s: the kernel does what was recorded" % name,
                  other if again and not same_system else None,
                  again[:3] if again else (() if same_system else (other,)))
        sim = harness.normalise(harness.run_sim(script, args.extsim, args.policy, real))
        if not harness.has_layout(recorded):
            real = harness.without_layout(real)   # as the corpus test compares it
        diffs = harness.compare(real, sim, lines)
        ids = known.get(name)
        tap.point(not diffs, "%s: extsim agrees with the live kernel" % name,
                  todo_text(ids, divs) if ids else None, diffs[:3])
    tap.emit()
    return 1 if tap.failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("corpus", "live"):
        p = sub.add_parser(name)
        p.add_argument("corpus", nargs="?", default=os.path.join(HERE, "corpus"))
        p.add_argument("--extsim")
        p.add_argument("--policy", default="patched")
        p.add_argument("--divergences", default=os.path.join(HERE, "DIVERGENCES"))
        p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
        p.add_argument("--sample", type=int, default=12, help="live: how many workloads to record again")
        p.add_argument("--tap", action="store_true", help="corpus: exit 0 whatever the results (TAP carries them)")
    args = ap.parse_args()
    args.extsim = harness.find_extsim(args.extsim)
    return cmd_corpus(args) if args.cmd == "corpus" else cmd_live(args)


if __name__ == "__main__":
    sys.exit(main())
