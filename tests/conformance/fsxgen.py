#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A second workload generator, after fsx: long runs of operations on an open file.

    fsxgen.py [--seed N] [--ops MIN:MAX] [-o FILE]

gen.py draws one command per line over many files, snapshots and a few
near-full devices.  This one draws workloads of another shape, the way
fsx (fstests ltp/fsx.c) exercises a file, so the model is measured on
shapes its first generator did not make:

  - one to three files, each line one xfs_io run of one to eight commands
    on one open file (-c ... -c ...), so the file stays open between them;
  - byte-granular offsets and lengths (fsx's default: no alignment) about
    two thirds of the time, block-aligned otherwise; sizes up to a
    per-workload maximum of 256 KiB to 16 MiB;
  - pwrite with write(2) sizes of 512 bytes to 1 MiB (-b), pread, truncate
    up and down, falloc with and without -k, fpunch, fzero with and
    without -k, sync_range, fsync, fdatasync, fiemap;
  - clone and dedupe between the files (block-aligned, as fsx -J/-B
    align them; sometimes a whole file with length 0);
  - now and then sync, umount + mount, a snapshot, chattr +C on a new file.

The device is 256 MiB or 1 GiB: fsx does not fill a filesystem (gen.py's
near-full workloads do that).  The same seed always gives the same script.
"""

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen        # noqa: E402

KiB = 1024
MiB = 1024 * KiB
BLOCK = 4 * KiB
FILLS = [0x41, 0x42, 0x43, 0x44, 0xcd]
BSIZES = [512, 1000, 4 * KiB, 12 * KiB, 64 * KiB, 1 * MiB]


def human(n):
    for unit, m in (("m", MiB), ("k", KiB)):
        if n and n % m == 0:
            return "%d%s" % (n // m, unit)
    return str(n)


class Gen:
    def __init__(self, seed, lo, hi):
        self.r = random.Random(seed)
        self.seed = seed
        self.n_target = self.r.randint(lo, hi)
        self.maxsize = self.r.choice([256 * KiB, 1 * MiB, 4 * MiB, 16 * MiB])
        self.aligned_share = self.r.choice([0.2, 0.35, 0.5])
        self.files = {}          # path -> size the generator believes
        self.n_ops = 0
        self.n_snapshots = 0
        self.lines = []

    def chance(self, p):
        return self.r.random() < p

    def emit(self, line):
        self.lines.append(line)

    # ---- offsets and lengths -------------------------------------------------

    def span(self, size, align=None):
        """An offset and a length, fsx style: mostly inside the file, up to maxsize."""
        if align is None:
            align = self.chance(self.aligned_share)
        top = max(size, BLOCK) if self.chance(0.8) else self.maxsize
        off = self.r.randrange(0, max(1, min(top, self.maxsize)))
        maxlen = max(1, min(self.maxsize - off, self.r.choice([4 * KiB, 64 * KiB, 1 * MiB, self.maxsize])))
        ln = self.r.randint(1, maxlen)
        if align:
            off -= off % BLOCK
            ln = max(BLOCK, ln - ln % BLOCK)
        return off, ln

    # ---- commands on one open file --------------------------------------------

    def c_pwrite(self, path):
        off, ln = self.span(self.files[path])
        opt = ""
        if self.chance(0.5):
            opt = " -b %s" % human(self.r.choice(BSIZES))
        self.files[path] = max(self.files[path], off + ln)
        return "pwrite -S 0x%02x%s %s %s" % (self.r.choice(FILLS), opt, human(off), human(ln))

    def c_pread(self, path):
        off, ln = self.span(self.files[path])
        return "pread -q %s %s" % (human(off), human(ln))

    def c_truncate(self, path):
        size = self.files[path]
        if self.chance(0.5) and size:
            new = self.r.randrange(0, size)
        else:
            new = self.r.randrange(0, self.maxsize + 1)
        if self.chance(self.aligned_share):
            new -= new % BLOCK
        self.files[path] = new
        return "truncate %s" % human(new)

    def c_alloc(self, path, verb):
        """falloc or fzero, with -k (the size stays) or without."""
        off, ln = self.span(self.files[path])
        keep = self.chance(0.5)
        if not keep:
            self.files[path] = max(self.files[path], off + ln)
        return "%s%s %s %s" % (verb, " -k" if keep else "", human(off), human(ln))

    def c_fpunch(self, path):
        off, ln = self.span(self.files[path])
        return "fpunch %s %s" % (human(off), human(ln))

    def c_sync_range(self, path):
        off, ln = self.span(self.files[path], align=True)
        return "sync_range %s %s %s" % (self.r.choice(["-w", "-a", "-b"]), human(off), human(ln))

    def c_clone(self, path, verb):
        src = self.r.choice(sorted(self.files))
        if verb == "reflink" and self.chance(0.1):
            self.files[path] = max(self.files[path], self.files[src])
            return "reflink %s" % src
        ssize = self.files[src]
        soff = self.r.randrange(0, max(1, ssize + BLOCK)) // BLOCK * BLOCK
        doff = self.r.randrange(0, max(BLOCK, self.files[path] + 64 * KiB)) // BLOCK * BLOCK
        if self.chance(0.15):
            ln = 0
        else:
            ln = self.r.randint(1, max(1, min(16, (max(ssize - soff, 0) + BLOCK - 1) // BLOCK + 1))) * BLOCK
            if self.chance(0.2) and ssize > soff:
                ln = ssize - soff      # to the source's unaligned end
        if verb == "reflink":
            end = doff + (ln if ln else max(ssize - soff, 0))
            self.files[path] = max(self.files[path], end)
        return "%s %s %s %s %s" % (verb, src, human(soff), human(doff), human(ln))

    def one_command(self, path):
        table = [("pwrite", 30), ("pread", 4), ("truncate", 8), ("falloc", 9), ("fpunch", 8),
                 ("fzero", 5), ("sync_range", 3), ("fsync", 5), ("fdatasync", 3), ("fiemap", 3),
                 ("reflink", 9), ("dedupe", 4)]
        x = self.r.randrange(sum(w for _, w in table))
        for name, w in table:
            if x < w:
                break
            x -= w
        self.n_ops += 1
        if name in ("fsync", "fdatasync"):
            return name
        if name == "fiemap":
            return "fiemap -v"
        if name in ("reflink", "dedupe"):
            return self.c_clone(path, name)
        if name in ("falloc", "fzero"):
            return self.c_alloc(path, name)
        return getattr(self, "c_" + name)(path)

    # ---- lines -----------------------------------------------------------------

    def xfs_io_line(self):
        path = self.r.choice(sorted(self.files))
        cmds = [self.one_command(path) for _ in range(self.r.randint(1, 8))]
        self.emit("xfs_io -f %s %s" % (" ".join('-c "%s"' % c for c in cmds), path))

    def other_line(self):
        x = self.r.randrange(10)
        self.n_ops += 1
        if x < 4:
            self.emit("sync")
        elif x < 6:
            self.emit("umount $mnt")
            self.emit("mount $dev $mnt")
        elif x < 8 and self.n_snapshots < 2:
            self.n_snapshots += 1
            name = "$mnt/snap%d" % self.n_snapshots
            self.emit("btrfs subvolume snapshot $mnt %s" % name)
        elif len(self.files) < 3:
            path = "$mnt/file%d" % len(self.files)
            self.emit("touch %s" % path)
            if self.chance(0.5):
                self.emit("chattr +C %s" % path)
            self.files[path] = 0
        else:
            self.emit("md5sum %s" % self.r.choice(sorted(self.files)))

    def generate(self):
        self.emit("# extsim conformance workload, fsxgen.py seed %d (files up to %s)" %
                  (self.seed, human(self.maxsize)))
        self.emit("mkfs.btrfs -f $dev -b %s > /dev/null" % self.r.choice(["256m", "1g"]))
        self.emit("mount $dev $mnt")
        self.files["$mnt/file0"] = 0
        if self.chance(0.3):
            self.emit("touch $mnt/file1")
            self.emit("chattr +C $mnt/file1")
            self.files["$mnt/file1"] = 0
        while self.n_ops < self.n_target:
            if self.chance(0.08):
                self.other_line()
            else:
                self.xfs_io_line()
        return "\n".join(self.lines) + "\n"


def main():
    gen.cli(__doc__, lambda args, lo, hi: Gen(args.seed, lo, hi).generate())


if __name__ == "__main__":
    main()
