#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Seeded, reproducible workload generator in the seed dialect.

    gen.py [--seed N] [--ops MIN:MAX] [--full-ratio R] [-o FILE]

prints one workload: a shell script in the dialect extsim and the real
tools both run (mkfs.btrfs, mount, xfs_io -c ..., btrfs subvolume snapshot,
chattr +C, sync, rm, md5sum), between --ops MIN and MAX operations long
(30 to 80 by default).  The same seed always gives the same script, on
every machine and Python 3 version (it uses only random.Random's
integer methods, whose sequences are stable).

How it works: the generator keeps a small model of the files it made
(their size, and per 4 KiB block the fill byte it holds, 0 for zeroes,
MIXED once a partial write or a clone made it unknowable) and draws each
operation from a weighted table:

  pwrite   -S with four fill bytes (0x61 0x62 0x63, or xfs_io's default
           0xcd), -b 4k or 1m, aligned or unaligned offsets and lengths,
           often into a range the file already has (so into preallocated
           or shared extents);
  falloc   with and without -k; fpunch; fzero; truncate (down and up);
  reflink  in bounds, whole file, length 0, past the source's EOF,
           unaligned, same file overlapping and not overlapping;
  dedupe   ranges the model knows hold the same bytes (so they match),
           random ranges (usually "did not match"), past EOF, unaligned,
           same file overlapping;
  fsync, fdatasync, sync, chattr +C (on new empty files, where it takes,
  and on written ones, where Linux ignores it), btrfs subvolume snapshot
  (of the top level or of a subvolume, sometimes read-only), rm, md5sum,
  a fiemap in the middle (it writes the file back), umount + mount;
  with --drop-caches P, echo 1, 2 or 3 > /proc/sys/vm/drop_caches after
  an operation with chance P (half the time after a sync).

One workload in four (--full-ratio) uses a 112 or 128 MiB device (31 or
47 MiB of data space) and large writes and preallocations that add up to more than
that, so the filesystem fills and writes, fallocate and writeback meet
ENOSPC part way.  The generator's model does not follow failures: after
ENOSPC its sizes may be wrong, which only makes some later ranges out of
bounds, one more thing to agree on.
"""

import argparse
import random
import sys

KiB = 1024
MiB = 1024 * KiB
BLOCK = 4 * KiB
MIXED = -1                    # a block whose bytes the model does not know
PATTERNS = [0x61, 0x62, 0x63, 0xcd]   # 0xcd: xfs_io pwrite's default fill


class File:
    """What the generator believes about one file."""

    def __init__(self, path, readonly=False):
        self.path = path
        self.size = 0
        self.blocks = []          # fill byte per 4 KiB block below size
        self.readonly = readonly

    def copy(self, path, readonly):
        f = File(path, readonly)
        f.size = self.size
        f.blocks = list(self.blocks)
        return f

    def nblocks(self):
        return (self.size + BLOCK - 1) // BLOCK

    def set_size(self, size):
        old = self.size
        self.size = size
        n = self.nblocks()
        if len(self.blocks) > n:
            del self.blocks[n:]
        while len(self.blocks) < n:
            self.blocks.append(0)
        # bytes between the old and the new EOF inside a block read as zero
        if size < old and size % BLOCK and self.blocks[-1] != 0:
            self.blocks[-1] = MIXED

    def fill(self, off, length, value):
        """Bytes [off, off+length) now hold value (0: zeroes)."""
        if length == 0:
            return
        end = off + length
        if end > self.size:
            self.set_size(end)
        for b in range(off // BLOCK, (end - 1) // BLOCK + 1):
            bstart, bend = b * BLOCK, (b + 1) * BLOCK
            whole = off <= bstart and (end >= bend or end >= self.size)
            if whole or self.blocks[b] == value:
                self.blocks[b] = value
            else:
                self.blocks[b] = MIXED


class Gen:
    def __init__(self, seed, min_ops=30, max_ops=80, full_ratio=0.25, drop_caches=0.0):
        self.r = random.Random(seed)
        self.seed = seed
        # drop_caches between operations, from a stream of its own: the
        # same seed makes the same workload with them or without
        self.drop_caches = drop_caches
        self.rd = random.Random(seed * 7919 + 1)
        self.n_ops_target = self.r.randint(min_ops, max_ops)
        self.full = self.r.random() < full_ratio
        self.lines = []
        self.n_ops = 0
        self.files = {}           # path -> File
        self.subvols = ["$mnt"]   # writable places to create files in
        self.n_snapshots = 0
        self.has_sv = False
        if self.full:
            # 112 MiB (31 MiB of data) and 128 MiB (47 MiB): small enough that
            # a few large writes fill them, and that md5 of the files is cheap
            self.device = self.r.choice([112 * MiB, 128 * MiB])
            self.span = 32 * MiB       # offsets and sizes of the big operations
        else:
            self.device = self.r.choice([256 * MiB, 512 * MiB, 1024 * MiB])
            self.span = self.r.choice([1 * MiB, 2 * MiB, 8 * MiB])

    # ---- helpers ---------------------------------------------------------

    def chance(self, p):
        return self.r.random() < p

    def emit(self, line, ops=1):
        self.lines.append(line)
        self.n_ops += ops

    @staticmethod
    def num(v):
        """A byte count, sometimes with a unit suffix as people write them."""
        if v and v % MiB == 0:
            return "%dm" % (v // MiB)
        if v and v % KiB == 0 and v < MiB:
            return "%dk" % (v // KiB)
        return str(v)

    def pick_file(self, writable=True, existing_only=False):
        pool = [f for f in self.files.values() if not (writable and f.readonly)]
        if pool and (existing_only or self.chance(0.85)):
            return self.r.choice(sorted(pool, key=lambda f: f.path))
        if existing_only:
            return None
        place = self.r.choice(self.subvols)
        for i in range(8):
            path = "%s/%s%d" % (place, "f" if place == "$mnt" else "g", i)
            if path not in self.files:
                return File(path)
        return self.r.choice(sorted(pool, key=lambda f: f.path)) if pool else File(place + "/f9")

    def offset(self, f, limit=None):
        """A file offset: mostly inside what the file has, block aligned
        three times in four."""
        limit = limit or self.span
        if f.size and self.chance(0.7):
            top = f.size
        else:
            top = max(limit, f.size + BLOCK)
        block = self.r.randrange(0, max(1, top // BLOCK))
        if self.chance(0.25):
            return block * BLOCK + self.r.randrange(1, BLOCK)
        return block * BLOCK

    def length(self, big=False):
        if big:
            return self.r.randrange(1, 17) * MiB
        kind = self.r.random()
        if kind < 0.15:
            return self.r.randrange(1, 3 * BLOCK)            # unaligned, small
        if kind < 0.75:
            return self.r.randrange(1, 17) * BLOCK
        if kind < 0.95:
            return self.r.randrange(17, 65) * BLOCK
        return self.r.randrange(1, 5) * MiB

    def xfs_io(self, f, cmds, create=False):
        opts = "-f " if create else ""
        cs = " ".join('-c "%s"' % c for c in cmds)
        self.emit("xfs_io %s%s %s" % (opts, cs, f.path), ops=len(cmds))

    def remember(self, f):
        self.files.setdefault(f.path, f)

    # ---- operations --------------------------------------------------------

    def op_pwrite(self):
        f = self.pick_file()
        big = self.full and self.chance(0.4)
        off = self.offset(f, self.span)
        if big:
            off -= off % BLOCK
        length = self.length(big)
        pattern = self.r.choice(PATTERNS)
        opts = "" if pattern == 0xcd and self.chance(0.5) else "-S 0x%02x " % pattern
        if big or (length >= MiB and self.chance(0.5)):
            opts += "-b 1m "
        cmds = ["pwrite %s%s %s" % (opts, self.num(off), self.num(length))]
        if self.chance(0.2):
            cmds.append(self.r.choice(["fsync", "fdatasync"]))
        self.xfs_io(f, cmds, create=f.path not in self.files or self.chance(0.3))
        self.remember(f)
        f.fill(off, length, pattern)

    def op_falloc(self):
        f = self.pick_file()
        keep = self.chance(0.4)
        big = self.full and self.chance(0.4)
        off = self.offset(f, self.span)
        length = self.length(big)
        self.xfs_io(f, ["falloc %s%s %s" % ("-k " if keep else "", self.num(off), self.num(length))],
                    create=f.path not in self.files)
        self.remember(f)
        if not keep and off + length > f.size:
            f.set_size(off + length)

    def op_punch(self, verb):
        f = self.pick_file(existing_only=True)
        if not f:
            return self.op_pwrite()
        keep = verb == "fzero" and self.chance(0.5)
        off = self.offset(f)
        length = self.length()
        self.xfs_io(f, ["%s %s%s %s" % (verb, "-k " if keep else "", self.num(off), self.num(length))])
        if off >= f.size:
            if verb == "fzero" and not keep:
                f.set_size(off + length)
            return
        end = off + length
        if verb == "fpunch" or keep:
            end = min(end, f.size)
        f.fill(off, end - off, 0)

    def op_truncate(self):
        f = self.pick_file()
        if f.size and self.chance(0.6):
            size = self.r.randrange(0, f.size + 1)
        else:
            size = self.r.randrange(0, self.span + 1)
        if self.chance(0.6):
            size -= size % BLOCK
        self.xfs_io(f, ["truncate %s" % self.num(size)], create=f.path not in self.files)
        self.remember(f)
        f.set_size(size)

    def op_reflink(self):
        dst = self.pick_file()
        src = self.pick_file(writable=False, existing_only=True) or dst
        kind = self.r.random()
        if kind < 0.05:                       # whole file (FICLONE)
            self.xfs_io(dst, ["reflink %s" % src.path], create=dst.path not in self.files)
            self.remember(dst)
            if src is not dst:
                dst.blocks, dst.size = list(src.blocks), src.size
            return
        if kind < 0.10 and src is not dst:    # length 0: to the source's EOF
            soff = self.r.randrange(0, max(1, src.nblocks())) * BLOCK
            doff = self.offset(dst)
            doff -= doff % BLOCK
            length = 0
        elif kind < 0.25:                     # past the source's EOF
            soff = self.r.randrange(0, src.nblocks() + 2) * BLOCK
            doff = self.offset(dst) // BLOCK * BLOCK
            length = max(BLOCK, src.size - soff + self.r.randrange(1, 4) * BLOCK)
        elif kind < 0.32:                     # unaligned somewhere
            soff = self.offset(src)
            doff = self.offset(dst)
            length = self.length()
        elif kind < 0.42:                     # same file, overlapping or not
            src = dst
            soff = self.offset(dst) // BLOCK * BLOCK
            doff = soff + self.r.randrange(-4, 5) * BLOCK if self.chance(0.5) else self.offset(dst) // BLOCK * BLOCK
            doff = max(0, doff)
            length = self.r.randrange(1, 9) * BLOCK
        else:                                 # in bounds, aligned (to EOF sometimes)
            if not src.size:
                soff, length = 0, BLOCK
            else:
                sb = self.r.randrange(0, src.nblocks())
                soff = sb * BLOCK
                nb = self.r.randrange(1, src.nblocks() - sb + 1)
                length = min(nb * BLOCK, src.size - soff) if self.chance(0.3) else nb * BLOCK
                if soff + length > src.size and self.chance(0.5):
                    length = src.size - soff
            doff = self.offset(dst) // BLOCK * BLOCK
        self.xfs_io(dst, ["reflink %s %s %s %s" % (src.path, self.num(soff), self.num(doff), self.num(length))],
                    create=dst.path not in self.files)
        self.remember(dst)
        self.model_clone(src, soff, dst, doff, length)

    def model_clone(self, src, soff, dst, doff, length):
        """What the model believes a clone did (ignores the cases the
        kernel refuses beyond the simple ones)."""
        if length == 0:
            length = src.size - soff if soff < src.size else 0
        if soff % BLOCK or doff % BLOCK or soff >= src.size or soff + length > src.size or length == 0:
            return
        if length % BLOCK and soff + length != src.size:
            return
        if src is dst and doff < soff + length and soff < doff + length:
            return
        data = src.blocks[soff // BLOCK:(soff + length + BLOCK - 1) // BLOCK]
        end = doff + length
        if end > dst.size:
            dst.set_size(end)
        for i, v in enumerate(data):
            if doff // BLOCK + i < len(dst.blocks):
                dst.blocks[doff // BLOCK + i] = v

    def matching_ranges(self, nb):
        """(src, soff, dst, doff) of nb blocks the model knows are equal."""
        files = sorted(self.files.values(), key=lambda f: f.path)
        for _ in range(20):
            src = self.r.choice(files)
            if src.nblocks() < nb or src.size < nb * BLOCK:
                continue
            sb = self.r.randrange(0, src.nblocks() - nb + 1)
            want = src.blocks[sb:sb + nb]
            if MIXED in want or (sb + nb) * BLOCK > src.size:
                continue
            cands = []
            for dst in files:
                if dst.readonly:
                    continue
                for db in range(0, dst.nblocks() - nb + 1):
                    if (db + nb) * BLOCK > dst.size or (dst is src and db == sb):
                        continue
                    if dst.blocks[db:db + nb] == want:
                        cands.append((dst, db))
                        if len(cands) > 16:
                            break
            if cands:
                dst, db = self.r.choice(cands)
                return src, sb * BLOCK, dst, db * BLOCK
        return None

    def op_dedupe(self):
        kind = self.r.random()
        nb = self.r.randrange(1, 9)
        found = self.matching_ranges(nb) if kind < 0.5 and self.files else None
        if found:
            src, soff, dst, doff = found
            length = nb * BLOCK
        else:
            dst = self.pick_file(existing_only=True)
            if not dst:
                return self.op_pwrite()
            src = self.pick_file(writable=False, existing_only=True)
            if kind < 0.65:                   # past EOF
                soff = self.r.randrange(0, src.nblocks() + 2) * BLOCK
                length = max(BLOCK, src.size - soff + BLOCK)
                doff = 0
            elif kind < 0.72:                 # unaligned
                soff, doff, length = self.offset(src), self.offset(dst), self.length()
            elif kind < 0.80:                 # same file, overlapping
                src = dst
                soff = self.offset(dst) // BLOCK * BLOCK
                doff = max(0, soff + self.r.randrange(-3, 4) * BLOCK)
                length = self.r.randrange(1, 9) * BLOCK
            else:                             # random, in bounds when possible
                soff = self.r.randrange(0, max(1, src.nblocks())) * BLOCK
                doff = self.r.randrange(0, max(1, dst.nblocks())) * BLOCK
                length = nb * BLOCK
        self.xfs_io(dst, ["dedupe %s %s %s %s" % (src.path, self.num(soff), self.num(doff), self.num(length))])

    def op_sync(self):
        kind = self.r.random()
        if kind < 0.5 and self.files:
            f = self.pick_file(existing_only=True)
            if f:
                return self.xfs_io(f, [self.r.choice(["fsync", "fsync", "fdatasync"])])
        self.emit("sync")

    def op_chattr(self):
        if self.chance(0.7):
            f = self.pick_file()
            if f.path in self.files and not f.readonly and self.chance(0.5):
                return self.emit("chattr +C %s" % f.path)
            for i in range(8):                  # a new empty file, where +C takes
                place = self.r.choice(self.subvols)
                path = "%s/%s%d" % (place, "f" if place == "$mnt" else "g", i)
                if path not in self.files:
                    break
            f = File(path)
            self.emit("touch %s" % path)
            self.emit("chattr +C %s" % path)
            self.remember(f)
        else:
            f = self.pick_file(existing_only=True)
            if f and not f.readonly:
                self.emit("chattr +C %s" % f.path)

    def op_snapshot(self):
        if self.n_snapshots >= 3:
            return self.op_sync()
        self.n_snapshots += 1
        name = "$mnt/s%d" % self.n_snapshots
        srcdir = "$mnt"
        if self.has_sv and self.chance(0.4):
            srcdir = "$mnt/sv"
        ro = self.chance(0.25)
        self.emit("btrfs subvolume snapshot %s%s %s" % ("-r " if ro else "", srcdir, name))
        for f in sorted(self.files.values(), key=lambda f: f.path):
            head, _, base = f.path.rpartition("/")
            if head == srcdir:
                self.files[name + "/" + base] = f.copy(name + "/" + base, ro)
        if not ro:
            self.subvols.append(name)

    def op_rm(self):
        f = self.pick_file(writable=False, existing_only=True)
        if not f:
            return self.op_pwrite()
        self.emit("rm %s%s" % ("-f " if self.chance(0.3) else "", f.path))
        if not f.readonly:
            del self.files[f.path]

    def op_md5sum(self):
        f = self.pick_file(writable=False, existing_only=True)
        if f:
            self.emit("md5sum %s" % f.path)

    def op_fiemap(self):
        f = self.pick_file(writable=False, existing_only=True)
        if f:
            self.emit('xfs_io -r -c "fiemap -v" %s' % f.path)

    def op_remount(self):
        self.emit("umount $mnt")
        self.emit("mount%s $dev $mnt" % self.mount_opts)

    WEIGHTS = [
        ("op_pwrite", 30), ("op_falloc", 12), ("punch", 6), ("fzero", 2), ("op_truncate", 5),
        ("op_reflink", 14), ("op_dedupe", 10), ("op_sync", 9), ("op_chattr", 3),
        ("op_snapshot", 3), ("op_rm", 2), ("op_md5sum", 2), ("op_fiemap", 2), ("op_remount", 1),
    ]

    def step(self):
        total = sum(w for _, w in self.WEIGHTS)
        x = self.r.randrange(total)
        for name, w in self.WEIGHTS:
            if x < w:
                break
            x -= w
        if name == "punch":
            return self.op_punch("fpunch")
        if name == "fzero":
            return self.op_punch("fzero")
        getattr(self, name)()

    def generate(self):
        self.emit("# extsim conformance workload, gen.py seed %d%s%s" % (
            self.seed, " --drop-caches %g" % self.drop_caches if self.drop_caches else "",
            " (near full)" if self.full else ""), 0)
        self.emit("mkfs.btrfs -f $dev -b %s > /dev/null" % self.num(self.device))
        self.mount_opts = " -o nodatacow" if self.chance(0.05) else ""
        self.emit("mount%s $dev $mnt" % self.mount_opts)
        if self.chance(0.3):
            self.emit("btrfs subvolume create $mnt/sv")
            self.subvols.append("$mnt/sv")
            self.has_sv = True
        while self.n_ops < self.n_ops_target:
            self.step()
            if self.drop_caches and self.rd.random() < self.drop_caches:
                if self.rd.random() < 0.5:
                    self.emit("sync")
                self.emit("echo %d > /proc/sys/vm/drop_caches" % self.rd.choice([1, 2, 3, 3]))
        return "\n".join(self.lines) + "\n"


def cli(doc, make, options=None):
    """The command line of a generator: --seed, --ops MIN:MAX, -o FILE,
    and whatever options () adds; make (args, lo, hi) is the script."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--ops", default="30:80", help="MIN:MAX operations (default 30:80)")
    if options:
        options(ap)
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.ops.split(":"))
    text = make(args, lo, hi)
    if args.output:
        with open(args.output, "w") as fp:
            fp.write(text)
    else:
        sys.stdout.write(text)


def main():
    def options(ap):
        ap.add_argument("--full-ratio", type=float, default=0.25,
                        help="share of workloads that fill a small device (default 0.25)")
        ap.add_argument("--drop-caches", type=float, default=0.0,
                        help="chance after each operation of echo 1, 2 or 3 > /proc/sys/vm/drop_caches, "
                        "half the time after a sync (default 0: none)")
    cli(__doc__, lambda args, lo, hi: Gen(args.seed, lo, hi, args.full_ratio, args.drop_caches).generate(), options)


if __name__ == "__main__":
    main()
