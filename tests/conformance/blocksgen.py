#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Seeded generator of small workloads that check st_blocks (stat %b, du).

    blocksgen.py [--seed N] [--ops MIN:MAX] [--small] [-o FILE]

prints one workload in the seed dialect: a 1 GiB filesystem, 2 to 4
files, and a random sequence (--ops MIN:MAX operations, 30 to 80 by
default as gen.py; 12:24 to 30:50 keep a real run near a second) of
buffered writes (aligned and not, tiny ones that stay inline, up to a
few MiB), fallocate with and without -k (also past EOF), fpunch, fzero,
truncate up and down, reflink and dedupe between the files, fsync,
fdatasync, sync, sync_range -w, chattr +C on a new empty file and a
remount; after most operations `stat -c "%n %s %b"` of every file, and
now and then du -b, du or du -sh of the mount point.  The same seed
gives the same script (random.Random's integer methods only, as gen.py).
--small keeps the files within 16 KiB and the lengths under 8 KiB, so
inline extents, partial blocks and unaligned sizes meet more often.
The generator knows the files' sizes and, per 4 KiB block, the byte it
holds (gen.File), so reflinks stay in bounds and most dedupes match.
To record a batch: write the scripts (blocksgen.py --seed N -o bN.sh)
into a directory and run record.py DIR --scripts DIR/b*.sh --extsim BIN.
"""

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import BLOCK, KiB, MiB, MIXED, PATTERNS, File, cli   # noqa: E402


class BlocksGen:
    def __init__(self, seed, min_ops=12, max_ops=24, small=False):
        self.r = random.Random(seed)
        self.small = small
        self.seed = seed
        self.n_ops_target = self.r.randint(min_ops, max_ops)
        self.lines = []
        self.n_ops = 0
        nfiles = self.r.randint(2, 4)
        self.subdir = self.chance(0.3)
        names = ["$mnt/a", "$mnt/b", "$mnt/dir/c" if self.subdir else "$mnt/c", "$mnt/d"][:nfiles]
        self.paths = names
        self.files = {}
        self.span = self.r.choice([64 * KiB, 256 * KiB, 1 * MiB, 4 * MiB])
        if small:
            self.span = self.r.choice([8 * KiB, 16 * KiB])

    def chance(self, p):
        return self.r.random() < p

    def emit(self, line, ops=1):
        self.lines.append(line)
        self.n_ops += ops

    num = staticmethod(lambda v: ("%dm" % (v // MiB)) if v and v % MiB == 0 else
                       ("%dk" % (v // KiB)) if v and v % KiB == 0 and v < MiB else str(v))

    def pick(self, existing=False):
        have = [p for p in self.paths if p in self.files]
        if existing or (have and self.chance(0.8)):
            if not have:
                return None
            return self.files[self.r.choice(have)]
        p = self.r.choice(self.paths)
        return self.files.get(p) or File(p)

    def offset(self, f, aligned=None):
        top = max(f.size + BLOCK, self.span) if self.chance(0.4) or not f.size else f.size
        off = self.r.randrange(0, max(1, top // BLOCK)) * BLOCK
        if aligned is False or (aligned is None and self.chance(0.3)):
            off += self.r.randrange(1, BLOCK)
        return off

    def length(self, aligned=None):
        k = self.r.random()
        if self.small:
            n = self.r.randrange(1, 2 * BLOCK)
            return max(BLOCK, n - n % BLOCK) if aligned else n
        if k < 0.2 or aligned is False:
            n = self.r.randrange(1, 3 * BLOCK)
        elif k < 0.7:
            n = self.r.randrange(1, 17) * BLOCK
        elif k < 0.92:
            n = self.r.randrange(17, 129) * BLOCK
        else:
            n = self.r.randrange(1, 4) * MiB
        if aligned:
            n = max(BLOCK, n - n % BLOCK)
        return n

    def xfs_io(self, f, cmds, create=False):
        self.emit("xfs_io %s%s %s" % ("-f " if create else "",
                                       " ".join('-c "%s"' % c for c in cmds), f.path), len(cmds))
        self.files.setdefault(f.path, f)

    def stat(self):
        have = [p for p in self.paths if p in self.files]
        if have:
            self.emit('stat -c "%%n %%s %%b" %s' % " ".join(have), 0)
        if self.chance(0.12):
            self.emit(self.r.choice(["du -b $mnt", "du $mnt", "du -sh $mnt", "du -s $mnt"]), 0)

    # ---- operations --------------------------------------------------------

    def op_pwrite(self):
        f = self.pick()
        if self.chance(0.15) and f.size <= BLOCK:
            off, n = self.r.randrange(0, 2048), self.r.randrange(1, 2048)     # inline size
        else:
            off, n = self.offset(f), self.length()
        pat = self.r.choice(PATTERNS)
        cmds = ["pwrite -q -S 0x%02x %s %s" % (pat, self.num(off), self.num(n))]
        if self.chance(0.2):
            cmds.append(self.r.choice(["fsync", "fdatasync"]))
        elif self.chance(0.1):
            cmds.append("sync_range -w %d %d" % (off - off % BLOCK, self.length(True)))
        self.xfs_io(f, cmds, create=f.path not in self.files or self.chance(0.3))
        f.fill(off, n, pat)

    def op_falloc(self):
        f = self.pick()
        keep = self.chance(0.4)
        off = self.offset(f) if self.chance(0.7) else f.size + self.r.randrange(0, 16) * BLOCK
        n = self.length()
        self.xfs_io(f, ["falloc %s%s %s" % ("-k " if keep else "", self.num(off), self.num(n))],
                    create=f.path not in self.files)
        if not keep and off + n > f.size:
            f.set_size(off + n)

    def op_punch(self, cmd):
        f = self.pick(existing=True)
        if not f:
            return self.op_pwrite()
        off, n = self.offset(f), self.length()
        self.xfs_io(f, ["%s %s %s" % (cmd, self.num(off), self.num(n))])
        end = min(off + n, f.size)
        if off < end:
            f.fill(off, end - off, 0)
        if cmd == "fzero" and off + n > f.size:
            f.set_size(off + n)

    def op_truncate(self):
        f = self.pick()
        if self.chance(0.5):
            size = self.r.randrange(0, max(1, f.size + 1))
        else:
            size = f.size + self.length()
        if self.chance(0.5):
            size -= size % BLOCK
        self.xfs_io(f, ["truncate %s" % self.num(size)], create=f.path not in self.files)
        f.set_size(size)

    def op_reflink(self):
        have = [self.files[p] for p in self.paths if p in self.files and self.files[p].size >= BLOCK]
        if not have:
            return self.op_pwrite()
        src = self.r.choice(have)
        dst = self.pick()
        if dst.path == src.path and self.chance(0.5):
            dst = self.files.get(self.r.choice(self.paths)) or File(self.r.choice(self.paths))
        nb = src.size // BLOCK
        sb = self.r.randrange(0, nb)
        cnt = self.r.randrange(1, nb - sb + 1)
        if self.chance(0.2) and src.size % BLOCK:
            cnt = nb - sb       # up to the source's unaligned EOF
            length = src.size - sb * BLOCK
        else:
            length = cnt * BLOCK
        db = self.r.randrange(0, max(1, (dst.size + 2 * BLOCK) // BLOCK))
        if dst.path == src.path and not (db + cnt <= sb or sb + cnt <= db):
            db = sb + cnt + self.r.randrange(0, 4)
        if dst.size > (db * BLOCK) + length and length % BLOCK:
            length = cnt * BLOCK - BLOCK
            if length <= 0:
                return self.op_sync()
        self.xfs_io(dst, ["reflink %s %s %s %s" % (src.path, self.num(sb * BLOCK), self.num(db * BLOCK),
                                                     self.num(length))], create=dst.path not in self.files)
        vals = src.blocks[sb:sb + cnt]
        if db * BLOCK + length > dst.size:
            dst.set_size(db * BLOCK + length)
        for i, v in enumerate(vals):
            if db + i < len(dst.blocks):
                dst.blocks[db + i] = v

    def op_dedupe(self):
        have = [self.files[p] for p in self.paths if p in self.files and self.files[p].size >= BLOCK]
        if len(have) < 1:
            return self.op_pwrite()
        src, dst = self.r.choice(have), self.r.choice(have)
        # a run of blocks with the same known byte in both
        cands = []
        for sb in range(src.size // BLOCK):
            v = src.blocks[sb]
            if v == MIXED:
                continue
            for db in range(dst.size // BLOCK):
                if dst.blocks[db] == v and not (src is dst and sb == db):
                    cands.append((sb, db))
        if cands and self.chance(0.85):
            sb, db = self.r.choice(cands)
            cnt = 1
            while (sb + cnt < src.size // BLOCK and db + cnt < dst.size // BLOCK and
                   src.blocks[sb + cnt] == src.blocks[sb] != MIXED and dst.blocks[db + cnt] == src.blocks[sb] and
                   (src is not dst or (sb + cnt != db and db + cnt != sb)) and self.chance(0.9)):
                cnt += 1
        else:
            sb = self.r.randrange(0, src.size // BLOCK)
            db = self.r.randrange(0, dst.size // BLOCK)
            cnt = 1
        self.xfs_io(dst, ["dedupe %s %s %s %s" % (src.path, self.num(sb * BLOCK), self.num(db * BLOCK),
                                                    self.num(cnt * BLOCK))])

    def op_sync(self):
        k = self.r.random()
        f = self.pick(existing=True)
        if k < 0.5 or not f:
            self.emit("sync")
        elif k < 0.75:
            self.xfs_io(f, [self.r.choice(["fsync", "fdatasync"])])
        else:
            off = self.r.randrange(0, max(1, f.size // BLOCK + 1)) * BLOCK
            self.xfs_io(f, ["sync_range -w %d %d" % (off, self.length(True))])

    def op_chattr(self):
        free = [p for p in self.paths if p not in self.files]
        if not free:
            return self.op_sync()
        f = File(self.r.choice(free))
        self.emit("touch %s" % f.path)
        self.emit("chattr +C %s" % f.path)
        self.files[f.path] = f

    def op_remount(self):
        self.emit("umount $mnt")
        self.emit("mount $dev $mnt")

    WEIGHTS = [("op_pwrite", 30), ("op_falloc", 10), ("fpunch", 6), ("fzero", 3), ("op_truncate", 7),
               ("op_reflink", 9), ("op_dedupe", 5), ("op_sync", 12), ("op_chattr", 3), ("op_remount", 3)]

    def step(self):
        x = self.r.randrange(sum(w for _, w in self.WEIGHTS))
        for name, w in self.WEIGHTS:
            if x < w:
                break
            x -= w
        if name in ("fpunch", "fzero"):
            self.op_punch(name)
        else:
            getattr(self, name)()
        if self.chance(0.8):
            self.stat()

    def generate(self):
        self.emit("# extsim conformance workload, blocksgen.py seed %d" % self.seed, 0)
        self.emit("mkfs.btrfs -f $dev -b 1G > /dev/null", 0)
        self.emit("mount $dev $mnt", 0)
        if self.subdir:
            self.emit("mkdir $mnt/dir", 0)
        while self.n_ops < self.n_ops_target:
            self.step()
        self.stat()
        if self.chance(0.5):
            self.op_remount()
            self.stat()
        return "\n".join(self.lines) + "\n"


def main():
    def options(ap):
        ap.add_argument("--small", action="store_true", help="files within 16 KiB, lengths under 8 KiB")
    cli(__doc__, lambda args, lo, hi: BlocksGen(args.seed, lo, hi, args.small).generate(), options)


if __name__ == "__main__":
    main()
