#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Conformance harness: a seed-dialect script on a real btrfs and in extsim.

    harness.py compare SCRIPT [--extsim BIN] [--policy P]   (root: both, then compare)
    harness.py real SCRIPT [-o OUT.json]                    (root: the normalised real run)
    harness.py sim SCRIPT [--extsim BIN] [-o OUT.json]      (the normalised extsim run)
    harness.py check SCRIPT RECORDED.json [--extsim BIN]    (extsim against a recording)

How it works.

Real side: realbtrfs.run_real() (root): the script line by line on a fresh
loop device, every regular file probed with `xfs_io -r -c "fiemap -v"`
and `md5sum`, everything it made removed afterwards.

extsim side: `extsim run --json` of the script with the same probe lines
appended, for the files the real run found (a recording lists them), or,
without a real run, for the files a first `extsim run --json` leaves; a
mount first if the real run had to mount.  The per-operation records give
each line's output, errors and exit status, and the run's final file list
shows files that exist on one side only.

Normalisation (both sides the same): the mount point becomes $mnt and
the device $dev; rate lines ("4 KiB, 1 ops; 0.0000 sec (...)") are
dropped; mkfs.btrfs's stdout is dropped (UUIDs); fiemap tables keep
offsets, lengths and flags but not BLOCK-RANGE.  The probe of each file
becomes its md5 and its blocks: per 4 KiB block of the file, the
physical block renamed in order of first appearance (files sorted by
path, blocks in order: so where the allocator put data does not matter,
but which blocks share storage does) and the flags SHARED (S) and
UNWRITTEN (U), stored as runs [first block, count, first id, flags].
Inline extents get the id "inline".

compare() reports each disagreement in words: the first differing
command (exit status, stderr, stdout), files that exist on one side
only, md5s, and the first differing block of each file, saying which
file and block each side's data block is shared with.
"""

import argparse
import bisect
import json
import os
import re
import subprocess
import sys
import tempfile

from realbtrfs import (DEFAULT_IMAGE, Interrupted, check_script, image_size, logical_lines,  # noqa: F401
                       read, real_requirements, run_real, tool_versions)

BLOCK = 4096
SECTOR = 512
SIM_MNT = "/mnt/scratch"     # extsim's default $mnt and $dev
SIM_DEV = "/dev/loop0"
FORMAT = "extsim-conformance"
FORMAT_VERSION = 1

FLAG_NAMES = {0x2000: "S", 0x800: "U", 0x4: "D", 0x8: "E"}  # SHARED UNWRITTEN DELALLOC ENCODED
FIEMAP_INLINE = 0x200


# ---- normalising what the tools print ----------------------------------------

RATE_RE = re.compile(r"^.*, -?\d+ ops; .* \(.*/sec and .* ops/sec\)$")
COMPACT_RE = re.compile(r"^(-?\d+),(-?\d+),\d+:\d\d:\d\d\.\d\d,[^,]*,[^,]*$")
FIEMAP_HDR_RE = re.compile(r"^\s*EXT: FILE-OFFSET\s+BLOCK-RANGE\s+TOTAL\s+FLAGS$")
# (an address may already be normalised to "#": norm_text is idempotent)
FIEMAP_EXT_RE = re.compile(r"^\s*(\d+): \[(\d+)\.\.(\d+)\]:\s+(?:(\d+)\.\.(\d+)|#)\s+(\d+)\s+0x([0-9a-f]+)$")
FIEMAP_HOLE_RE = re.compile(r"^\s*(\d+): \[(\d+)\.\.(\d+)\]:\s+hole\s+(\d+)$")
FIEMAP_PLAIN_RE = re.compile(r"^\t(\d+): \[(\d+)\.\.(\d+)\]: (?:(\d+)\.\.(\d+)|#)( \d+ blocks)?$")
FIEMAP_PLAIN_HOLE_RE = re.compile(r"^\t(\d+): \[(\d+)\.\.(\d+)\]: hole( \d+ blocks)?$")


def sub_paths(text, mnt, dev):
    text = text.replace(mnt, "$mnt")
    return re.sub(re.escape(dev) + r"(?!\d)", "$dev", text)


def norm_text(text, mnt, dev):
    """What a line printed, with what cannot match taken out."""
    out, table = [], []
    for line in sub_paths(text, mnt, dev).split("\n"):
        m = FIEMAP_EXT_RE.match(line)
        if m:
            table.append([int(m.group(2)), int(m.group(3)), int(m.group(7), 16), "v"])
            continue
        m = FIEMAP_HOLE_RE.match(line)
        if m:
            table.append([int(m.group(2)), int(m.group(3)), "hole", "v"])
            continue
        m = FIEMAP_PLAIN_RE.match(line) or FIEMAP_PLAIN_HOLE_RE.match(line)
        if m:
            hole = m.re is FIEMAP_PLAIN_HOLE_RE
            table.append([int(m.group(2)), int(m.group(3)), "hole" if hole else 0,
                          "l" if m.groups()[-1] else "p"])
            continue
        out.extend(fiemap_lines(table))
        table = []
        if RATE_RE.match(line):
            continue
        m = COMPACT_RE.match(line)
        if m:
            line = "%s,%s" % m.groups()
        elif FIEMAP_HDR_RE.match(line):
            line = "EXT: FILE-OFFSET BLOCK-RANGE TOTAL FLAGS"
        out.append(line)
    out.extend(fiemap_lines(table))
    return "\n".join(out)


def fiemap_lines(table):
    """The lines of a fiemap table without the disk addresses.  Lines that
    the real kernel splits only because the extents are not contiguous on
    disk are merged (where data lands is not compared; the blocks of the
    probes say what shares what)."""
    merged = []
    for first, last, flags, style in table:
        if merged:
            p = merged[-1]
            same = (p[2] == flags == "hole") or ("hole" not in (p[2], flags) and p[2] & ~1 == flags & ~1)
            if same and p[1] + 1 == first and p[3] == style:
                p[1], p[2] = last, flags
                continue
        merged.append([first, last, flags, style])
    lines = []
    for i, (first, last, flags, style) in enumerate(merged):
        n = last - first + 1
        what = "hole" if flags == "hole" else "#"
        if style == "v":
            lines.append("%d: [%d..%d]: %s %d" % (i, first, last, what, n) + (" 0x%x" % flags if what == "#" else ""))
        else:
            lines.append("\t%d: [%d..%d]: %s" % (i, first, last, what) + (" %d blocks" % n if style == "l" else ""))
    return lines


class Renamer:
    """Physical block numbers -> ids in order of first appearance, kept as
    intervals so a 512 MiB file costs what its extents cost."""

    def __init__(self):
        self.starts, self.ivs, self.next = [], [], 0

    def rename(self, p, n):
        """[(count, first id)] covering physical blocks [p, p + n)."""
        segs, cur, end = [], p, p + n
        while cur < end:
            i = bisect.bisect_right(self.starts, cur) - 1
            if i >= 0 and self.ivs[i][1] > cur:
                s, e, idstart = self.ivs[i]
                take = min(e, end) - cur
                segs.append((take, idstart + cur - s))
            else:
                nxt = self.starts[i + 1] if i + 1 < len(self.starts) else end
                take = min(nxt, end) - cur
                segs.append((take, self.next))
                self.starts.insert(i + 1, cur)
                self.ivs.insert(i + 1, (cur, cur + take, self.next))
                self.next += take
            cur += take
        return segs


def fiemap_extents(text):
    """(first sector, last sector, first physical sector, flags) of each
    extent line of a `fiemap -v` table."""
    exts = []
    for line in text.split("\n"):
        m = FIEMAP_EXT_RE.match(line)
        if m and m.group(4):
            exts.append((int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(7), 16)))
    return exts


def flag_letters(flags):
    return "".join(v for k, v in sorted(FLAG_NAMES.items(), reverse=True) if flags & k)


def block_runs(exts, renamer):
    """The runs [first block, count, first id, flags] of one file."""
    runs = []

    def add(fb, count, ident, flags):
        if runs:
            lb, lc, lid, lf = runs[-1]
            if lb + lc == fb and lf == flags and (
                    (isinstance(ident, int) and isinstance(lid, int) and lid + lc == ident)
                    or (ident == lid == "inline")):
                runs[-1][1] += count
                return
        runs.append([fb, count, ident, flags])

    per = BLOCK // SECTOR
    for first, last, phys, flags in exts:
        letters = flag_letters(flags)
        fb, fe = first // per, (last + 1 + per - 1) // per
        if flags & FIEMAP_INLINE or first % per or (last + 1) % per or phys % per:
            add(fb, fe - fb, "inline", letters)
            continue
        cur = fb
        for count, ident in renamer.rename(phys // per, fe - fb):
            add(cur, count, ident, letters)
            cur += count
    return runs


def layout_breaks(exts):
    """The blocks of one file that follow a data block of the file but do
    not follow it on disk: where a write went elsewhere (COW) rather than in
    place, or the allocator started a new piece.  Allocator-independent as
    far as placement goes: only adjacency is kept."""
    breaks, per = [], BLOCK // SECTOR
    prev_last = prev_phys_end = None
    for first, last, phys, flags in exts:
        if flags & FIEMAP_INLINE or first % per or (last + 1) % per or phys % per:
            prev_last = None
            continue
        if prev_last is not None and first == prev_last + 1 and phys != prev_phys_end:
            breaks.append(first // per)
        prev_last, prev_phys_end = last, phys + (last - first + 1)
    return breaks


def md5_of(text):
    m = re.match(r"^([0-9a-f]{32})\s", text)
    return m.group(1) if m else None


def normalise(raw):
    """The comparable form of a raw run (see the module docstring)."""
    mnt, dev = raw["mnt"], raw["dev"]
    res = {"commands": [], "files": {}}
    if raw.get("refused"):
        res["refused"] = sub_paths(raw["refused"], mnt, dev)
        return res
    for c in raw["lines"]:
        e = {"line": c["line"]}
        if not c["ran"]:
            e["ran"] = False
        else:
            if c["exit"]:
                e["exit"] = c["exit"]
            out = "" if c["text"].lstrip().startswith("mkfs.btrfs") else norm_text(c["out"], mnt, dev)
            err = norm_text(c["err"], mnt, dev)
            if out:
                e["out"] = out
            if err:
                e["err"] = err
        res["commands"].append(e)
    if raw.get("mounted_for_probes"):
        res["mounted_for_probes"] = True
    renamer = Renamer()
    for f in sorted(raw["files"], key=lambda f: sub_paths(f["path"], mnt, dev)):
        path = sub_paths(f["path"], mnt, dev)
        entry = {}
        if f.get("unprobed"):
            res["files"][path] = {"probe_error": "not probed"}
            continue
        md5 = md5_of(f["md5_out"])
        if md5 and f["fiemap_rc"] == 0:
            exts = fiemap_extents(f["fiemap_out"])
            entry["md5"] = md5
            entry["blocks"] = block_runs(exts, renamer)
            entry["breaks"] = layout_breaks(exts)
        else:
            entry["probe_error"] = norm_text(f["fiemap_err"] + f["md5_err"], mnt, dev).strip()
        res["files"][path] = entry
    return res


def has_layout(norm):
    """Was the layout kept (recordings made before it was have none)?"""
    return any("breaks" in f for f in norm.get("files", {}).values())


def without_layout(norm):
    """norm with no layout, to compare as a recording without one would."""
    out = dict(norm)
    out["files"] = {p: {k: v for k, v in f.items() if k != "breaks"} for p, f in norm.get("files", {}).items()}
    return out


def dumps(norm, meta=None):
    """Compact JSON, one command and one file a line (diffs stay readable)."""
    head = {"format": FORMAT, "version": FORMAT_VERSION}
    head.update(meta or {})
    parts = [json.dumps(head, separators=(",", ":"))[:-1]]
    if "refused" in norm:
        parts.append('"refused":' + json.dumps(norm["refused"]))
    if norm.get("mounted_for_probes"):
        parts.append('"mounted_for_probes":true')
    parts.append('"commands":[\n' + ",\n".join(json.dumps(c, separators=(",", ":")) for c in norm["commands"]) + "]")
    parts.append('"files":{\n' + ",\n".join(
        json.dumps(p) + ":" + json.dumps(v, separators=(",", ":")) for p, v in norm["files"].items()) + "}")
    if norm.get("variants"):
        parts.append('"variants":[\n' + ",\n".join(json.dumps(v, separators=(",", ":"))
                                                    for v in norm["variants"]) + "]")
    return ",\n".join(parts) + "}\n"


def outcome(norm):
    """What a run did, without its metadata: what variants hold."""
    return {k: norm[k] for k in ("refused", "mounted_for_probes", "commands", "files") if k in norm}


def compare_recorded(recorded, sim, script_lines=None):
    """compare() against a recording and the other outcomes the kernel was
    seen to have on the same workload (its "variants": writeback and
    transaction commits run in kernel threads, so a few workloads near full
    do not repeat themselves); [] when extsim matches one of them, else
    the disagreements with the first."""
    diffs = compare(recorded, sim, script_lines)
    if diffs and any(not compare(v, sim) for v in recorded.get("variants", ())):
        return []
    return diffs


# ---- comparing -----------------------------------------------------------------

def rep_runs(files):
    """Each file's runs with the id replaced by where that storage shows up
    first: [first block, count, (path, block) or "inline", flags].  Two
    blocks share storage exactly when they have the same representative, and
    unlike the ids a representative does not move when an earlier file
    differs, so one disagreement is reported once."""
    fresh, starts, seen, out = [], [], 0, {}
    for path in sorted(files):
        runs = []
        for fb, count, ident, flags in files[path].get("blocks", []):
            if not isinstance(ident, int):
                runs.append([fb, count, ident, flags])
                continue
            cur, pos, left = ident, fb, count
            while left:
                if cur >= seen:                  # first appearance
                    take = left
                    fresh.append((cur, take, path, pos))
                    starts.append(cur)
                    seen = cur + take
                    rep = (path, pos)
                else:
                    i = bisect.bisect_right(starts, cur) - 1
                    s, n, rp, rb = fresh[i]
                    take = min(left, s + n - cur, seen - cur)
                    rep = (rp, rb + cur - s)
                runs.append([pos, take, rep, flags])
                cur, pos, left = cur + take, pos + take, left - take
        out[path] = runs
    return out


def run_at(runs, block, starts=None):
    """(representative of the block, flags); None for a hole."""
    i = bisect.bisect_right(starts if starts is not None else [r[0] for r in runs], block) - 1
    if i >= 0:
        fb, count, rep, flags = runs[i]
        if fb <= block < fb + count:
            return (rep if not isinstance(rep, tuple) else (rep[0], rep[1] + block - fb)), flags
    return None, ""


def first_block_difference(a, b):
    """The first block where two representative run lists differ, or None."""
    edges = sorted({r[0] for r in a} | {r[0] + r[1] for r in a} | {r[0] for r in b} | {r[0] + r[1] for r in b})
    sa, sb = [r[0] for r in a], [r[0] for r in b]
    for blk in edges:
        if run_at(a, blk, sa) != run_at(b, blk, sb):
            return blk
    return None


def describe_block(reps, path, block):
    rep, flags = run_at(reps[path], block)
    if rep is None:
        return "hole"
    if rep == "inline":
        s = "inline extent"
    else:
        others = []
        for p in sorted(reps):
            for fb, count, r, _ in reps[p]:
                if isinstance(r, tuple) and r[0] == rep[0] and r[1] <= rep[1] < r[1] + count:
                    at = fb + rep[1] - r[1]
                    if (p, at) != (path, block):
                        others.append("%s block %d" % (p, at))
        s = ("shares storage with " + ", ".join(others[:3]) + (" ..." if len(others) > 3 else "")) \
            if others else "storage of its own"
    names = {"S": "SHARED", "U": "UNWRITTEN", "D": "DELALLOC", "E": "ENCODED"}
    return s + ", flags " + ("|".join(names[c] for c in flags) if flags else "-")


def show(text):
    return repr(text) if text else "(nothing)"


def compare(real, sim, script_lines=None):
    """The disagreements between two normalised runs, each a string a
    person can act on; [] when they agree."""
    texts = dict(script_lines or [])
    diffs = []
    if "refused" in sim or "refused" in real:
        if sim.get("refused") != real.get("refused"):
            diffs.append("extsim refused the script: %s" % sim.get("refused")
                         if "refused" in sim else "the real run failed: %s" % real["refused"])
        return diffs
    rc = {c["line"]: c for c in real["commands"]}
    sc = {c["line"]: c for c in sim["commands"]}
    for line in sorted(set(rc) | set(sc)):
        a, b = rc.get(line), sc.get(line)
        where = "line %d: %s" % (line, texts.get(line, "")) if texts else "line %d" % line
        if a is None or b is None:
            diffs.append("%s\n  only %s has this command" % (where, "the real run" if a else "extsim"))
            break
        msgs = []
        if a.get("ran", True) != b.get("ran", True):
            msgs.append("  ran: real %s, extsim %s" % (a.get("ran", True), b.get("ran", True)))
        else:
            if a.get("exit", 0) != b.get("exit", 0):
                msgs.append("  exit status: real %d, extsim %d" % (a.get("exit", 0), b.get("exit", 0)))
            for key, name in (("err", "stderr"), ("out", "stdout")):
                if a.get(key, "") != b.get(key, ""):
                    la, lb = a.get(key, "").split("\n"), b.get(key, "").split("\n")
                    k = next((i for i in range(max(len(la), len(lb)))
                              if i >= len(la) or i >= len(lb) or la[i] != lb[i]), 0)
                    msgs.append("  %s line %d:\n    real:   %s\n    extsim: %s"
                                % (name, k + 1, show(la[k] if k < len(la) else ""), show(lb[k] if k < len(lb) else "")))
        if msgs:
            diffs.append(where + "\n" + "\n".join(msgs))
            break      # later commands usually differ because of this one
    rf, sf = real["files"], sim["files"]
    only_r, only_s = sorted(set(rf) - set(sf)), sorted(set(sf) - set(rf))
    if only_r or only_s:
        diffs.append("files differ: only real: %s; only extsim: %s" % (" ".join(only_r) or "-", " ".join(only_s) or "-"))
    rr, sr = rep_runs(rf), rep_runs(sf)
    for path in sorted(set(rf) & set(sf)):
        a, b = rf[path], sf[path]
        if "probe_error" in a or "probe_error" in b:
            if a.get("probe_error") != b.get("probe_error"):
                diffs.append("%s: probe: real %s, extsim %s" % (path, show(a.get("probe_error")), show(b.get("probe_error"))))
            continue
        if a["md5"] != b["md5"]:
            diffs.append("%s: md5 real %s, extsim %s" % (path, a["md5"], b["md5"]))
        blk = first_block_difference(rr[path], sr[path])
        if blk is not None:
            diffs.append("%s block %d (offset %d):\n    real:   %s\n    extsim: %s"
                         % (path, blk, blk * BLOCK, describe_block(rr, path, blk), describe_block(sr, path, blk)))
        elif "breaks" in a and "breaks" in b and a["breaks"] != b["breaks"]:
            # recordings made before the layout was kept have no "breaks"
            blk = min(set(a["breaks"]) ^ set(b["breaks"]))

            def where(breaks):
                return ("starts a new piece on disk (written elsewhere than after block %d)" % (blk - 1)
                        if blk in breaks else "lies on disk right after block %d" % (blk - 1))
            diffs.append("%s block %d (offset %d), the layout:\n    real:   %s\n    extsim: %s"
                         % (path, blk, blk * BLOCK, where(a["breaks"]), where(b["breaks"])))
    return diffs


# ---- the extsim side -----------------------------------------------------------

def find_extsim(explicit=None):
    if explicit:
        return explicit
    if os.environ.get("EXTSIM"):
        return os.environ["EXTSIM"]
    here = os.path.dirname(os.path.abspath(__file__))
    for b in ("build", "build-conf"):
        cand = os.path.join(here, "..", "..", b, "sim", "extsim")
        if os.path.exists(cand):
            return os.path.normpath(cand)
    return "extsim"


def extsim_json(extsim, policy, path):
    p = subprocess.run([extsim, "run", "--json", "--policy", policy, path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600,
                       env=dict(os.environ, LC_ALL="C"))
    if p.returncode not in (0, 1):
        return None, p.stderr.decode(errors="replace").strip() or "exit status %d" % p.returncode
    return json.loads(p.stdout), None


def sim_mounted(doc):
    mounted = False
    for c in doc["commands"]:
        for o in c["operations"]:
            if not o["ran"] or o["error"]:
                continue
            if o["operation"] == "mount":
                mounted = True
            elif o["operation"] in ("umount", "mkfs"):
                mounted = False
    return mounted


def quote_path(rel):
    return "$mnt/" + (rel if re.match(r"^[\w./+-]*$", rel) else '"%s"' % rel.replace('"', '\\"'))


def command_output(c):
    """A command's stdout and stderr after its redirections."""
    out = "".join(o["stdout"] for o in c["operations"])
    err = "".join(o["stderr"] for o in c["operations"])
    streams = {"stdout": "", "stderr": ""}
    # stdio: stderr is written as it happens, stdout when the program exits
    for text, to in ((err, c["stderr_to"]), (out, c["stdout_to"])):
        if to in streams:
            streams[to] += text
    return streams["stdout"], streams["stderr"]


def run_with_probes(extsim, policy, text, probes):
    """extsim run --json of the script with the probe lines appended."""
    with tempfile.NamedTemporaryFile("w", suffix=".sh", prefix="extsim-probe-", delete=False) as tmp:
        tmp.write(text if text.endswith("\n") else text + "\n")
        tmp.write("\n".join(probes) + "\n")
    try:
        return extsim_json(extsim, policy, tmp.name)
    finally:
        os.unlink(tmp.name)


def run_sim(script, extsim=None, policy="patched", probe=None):
    """The raw extsim run of a script file, probes included.

    probe: None to learn which files to probe from a first run, or a
    normalised real run whose files are probed (one run instead of two:
    what the corpus test does).  Either way the files extsim itself has at
    the end are recorded, so files on one side only are seen."""
    extsim = find_extsim(extsim)
    text = read(script)
    lines = logical_lines(text)
    raw = {"mnt": SIM_MNT, "dev": SIM_DEV, "lines": [], "files": []}
    if probe is None:
        doc, err = extsim_json(extsim, policy, script)
        if doc is None:
            raw["refused"] = err
            return raw
        rels = [f["path"][len(SIM_MNT) + 1:] for f in doc["files"]]
        mount_first = bool(rels) and not sim_mounted(doc)
    else:
        rels = [p[len("$mnt/"):] for p in probe["files"]]
        mount_first = probe.get("mounted_for_probes", False)
    last = text.count("\n") + 1
    probes = ["", "# probes"]
    if mount_first:
        probes.append("mount $dev $mnt")
    for rel in rels:
        probes.append('xfs_io -r -c "fiemap -v" %s' % quote_path(rel))
        probes.append("md5sum %s" % quote_path(rel))
    doc, err = run_with_probes(extsim, policy, text, probes)
    if doc is None and mount_first and probe is not None:
        # the real run ended unmounted (its mount failed, say) and extsim's
        # did not: probe extsim's filesystem where it is
        doc, err = run_with_probes(extsim, policy, text, [p for p in probes if p != "mount $dev $mnt"])
    if doc is None:
        raw["refused"] = err
        return raw
    by_line = {}
    for c in doc["commands"]:
        by_line.setdefault(c["line"], []).append(c)
    for n, t in lines:
        cs = by_line.get(n, [])
        out = err = ""
        for c in cs:
            o, e = command_output(c)
            out, err = out + o, err + e
        ran = [c for c in cs if c["ran"]]
        raw["lines"].append({"line": n, "text": t, "ran": bool(ran), "out": out, "err": err,
                             "exit": ran[-1]["exit_status"] if ran else 0})
    done = [c for c in doc["commands"] if c["line"] > last and c["name"] in ("xfs_io", "md5sum")]
    own = {f["path"] for f in doc["files"]}
    for i, rel in enumerate(rels):
        path = SIM_MNT + "/" + rel
        if path not in own:
            continue          # the real run has it, extsim does not
        fo, fe = command_output(done[2 * i])
        mo, me = command_output(done[2 * i + 1])
        raw["files"].append({"path": path, "fiemap_out": fo, "fiemap_err": fe,
                             "fiemap_rc": done[2 * i]["exit_status"], "md5_out": mo, "md5_err": me})
    for path in sorted(own - {SIM_MNT + "/" + r for r in rels}):
        raw["files"].append({"path": path, "unprobed": True})
    return raw


def load_recorded(path):
    with open(path) as fp:
        return json.load(fp)


# ---- command line ---------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("compare", "real", "sim", "check"):
        p = sub.add_parser(name)
        p.add_argument("script")
        if name == "check":
            p.add_argument("recorded")
        p.add_argument("--extsim", help="the extsim binary (default: $EXTSIM, then build*/sim/extsim)")
        p.add_argument("--policy", default="patched", help="extsim policy (default patched: Linux 5.3+)")
        p.add_argument("-o", "--output")
    args = ap.parse_args()
    lines = logical_lines(read(args.script))
    if args.cmd in ("real", "compare"):
        why = real_requirements()
        if why:
            print("cannot run on a real btrfs: %s" % why, file=sys.stderr)
            return 77
    try:
        if args.cmd == "real":
            norm = normalise(run_real(args.script))
            text = dumps(norm, tool_versions())
        elif args.cmd == "sim":
            text = dumps(normalise(run_sim(args.script, args.extsim, args.policy)))
        else:
            real = load_recorded(args.recorded) if args.cmd == "check" else normalise(run_real(args.script))
            sim = normalise(run_sim(args.script, args.extsim, args.policy, real))
            diffs = compare_recorded(real, sim, lines)
            for d in diffs:
                print("DISAGREE: " + d)
            if not diffs:
                print("agree: %s" % args.script)
            return 1 if diffs else 0
    except (KeyboardInterrupt, Interrupted):
        print("interrupted; cleaned up", file=sys.stderr)
        return 130
    if args.output:
        with open(args.output, "w") as fp:
            fp.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
