#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Tests of the harness itself: normalisation, renaming, comparison, the
generator's reproducibility, the DIVERGENCES file and the lock that keeps
real runs apart.  No root, no extsim.

    test_harness.py [-v]

Each test feeds the functions text as xfs_io prints it (real captures from
Linux 6.18) and checks what comes out, so a harness that stopped seeing a
difference would fail here before it hid one in the corpus.
"""

import os
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check      # noqa: E402
import fsxgen     # noqa: E402
import gen        # noqa: E402
import minimise   # noqa: E402
import harness    # noqa: E402
import realbtrfs  # noqa: E402

# fiemap -v of the seed's file1 on Linux 6.18 (section 1 of the design)
SEED_FIEMAP = """/srv/t/mnt/file1:
 EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS
   0: [0..7]:          124928..124935       8 0x2800
   1: [8..15]:         hole                 8
   2: [16..2047]:      124928..126959    2032 0x2800
   3: [2048..34815]:   126960..159727   32768 0x2000
   4: [34816..131087]: 159728..255999   96272 0x2801
"""


def raw_run(files, mnt="/m", dev="/dev/loop7", lines=()):
    """A raw run as run_real/run_sim return it, from fiemap texts."""
    return {"mnt": mnt, "dev": dev, "lines": list(lines),
            "files": [{"path": mnt + "/" + name, "fiemap_out": fm, "fiemap_err": "", "fiemap_rc": 0,
                       "md5_out": "%s  %s/%s\n" % (md5, mnt, name), "md5_err": ""}
                      for name, (fm, md5) in files.items()]}


def table(*extents):
    """A fiemap -v table: extents as (first sector, last sector, phys, flags)."""
    out = ["x:", " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS"]
    for i, (a, b, p, f) in enumerate(extents):
        out.append("   %d: [%d..%d]:   %d..%d   %d 0x%x" % (i, a, b, p, p + b - a, b - a + 1, f))
    return "\n".join(out) + "\n"


MD5A = "0" * 32
MD5B = "1" * 32


class Normalise(unittest.TestCase):
    def test_rate_lines_and_paths(self):
        text = ("wrote 4096/4096 bytes at offset 0\n"
                "4 KiB, 1 ops; 0.0000 sec (205.592 MiB/sec and 52631.5789 ops/sec)\n"
                "16 MiB, 4096 ops; 0:00:04.08 (3.916 MiB/sec and 1002.5168 ops/sec)\n"
                "Create a snapshot of '/tmp/a/mnt' in '/tmp/a/mnt/s1'\n"
                "/dev/loop12 /dev/loop1\n")
        self.assertEqual(harness.norm_text(text, "/tmp/a/mnt", "/dev/loop1"),
                         "wrote 4096/4096 bytes at offset 0\n"
                         "Create a snapshot of '$mnt' in '$mnt/s1'\n"
                         "/dev/loop12 $dev\n")

    def test_fiemap_table_keeps_offsets_and_flags_not_addresses(self):
        a = harness.norm_text(SEED_FIEMAP, "/srv/t/mnt", "/dev/loop0")
        b = harness.norm_text(SEED_FIEMAP.replace("124928", "26624").replace("  26624..", " 26624.."),
                              "/srv/t/mnt", "/dev/loop0")
        self.assertEqual(a, b)
        self.assertIn("4: [34816..131087]: # 96272 0x2801", a)
        self.assertNotEqual(a, harness.norm_text(SEED_FIEMAP.replace("0x2000", "0x0"), "/srv/t/mnt", "/dev/loop0"))

    def test_fiemap_lines_split_by_placement_merge(self):
        # the seed's padding: 14 extents, contiguous in the file, not on disk
        padding = ("p:\n EXT: FILE-OFFSET      BLOCK-RANGE       TOTAL FLAGS\n"
                   "   0: [0..637951]:     256000..893951   637952   0x0\n"
                   "   1: [637952..693247]: 911360..966655    55296   0x0\n"
                   "   2: [693248..751615]: 26624..84991      58368   0x1\n")
        self.assertEqual(harness.norm_text(padding, "/m", "/d"),
                         "p:\nEXT: FILE-OFFSET BLOCK-RANGE TOTAL FLAGS\n0: [0..751615]: # 751616 0x1\n")
        # different flags or a hole keep their own lines
        self.assertEqual(harness.norm_text(padding.replace(" 0x1", " 0x2001"), "/m", "/d").count("\n"), 4)

    def test_seed_blocks(self):
        norm = harness.normalise(raw_run({"file1": (SEED_FIEMAP, MD5A)}))
        runs = norm["files"]["$mnt/file1"]["blocks"]
        # block 0 and block 2 are the same physical block (the reflink)
        self.assertEqual(runs[0], [0, 1, 0, "SU"])
        self.assertEqual(runs[1], [2, 254, 0, "SU"])
        self.assertEqual(runs[2], [256, 4096, 254, "S"])
        self.assertEqual(runs[3], [4352, 12034, 4350, "SU"])

    def test_renaming_ignores_placement(self):
        a = harness.normalise(raw_run({"a": (table((0, 15, 1000, 0)), MD5A), "b": (table((0, 7, 1008, 0x2000)), MD5B)}))
        b = harness.normalise(raw_run({"a": (table((0, 15, 88, 0)), MD5A), "b": (table((0, 7, 96, 0x2000)), MD5B)}))
        self.assertEqual(a["files"], b["files"])
        self.assertEqual(harness.compare(a, b), [])

    def test_inline_extent(self):
        fm = "x:\n EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n   0: [0..7]:          0..7                 8 0x301\n"
        norm = harness.normalise(raw_run({"t": (fm, MD5A)}))
        self.assertEqual(norm["files"]["$mnt/t"]["blocks"], [[0, 1, "inline", ""]])


class Compare(unittest.TestCase):
    def test_sharing_difference_is_named(self):
        real = harness.normalise(raw_run({"a": (table((0, 15, 1000, 0x2000)), MD5A),
                                          "b": (table((0, 15, 1000, 0x2000)), MD5A)}))
        sim = harness.normalise(raw_run({"a": (table((0, 15, 1000, 0)), MD5A),
                                         "b": (table((0, 15, 2000, 0)), MD5A)}))
        diffs = harness.compare(real, sim)
        self.assertEqual(len(diffs), 2)
        self.assertIn("$mnt/a block 0 (offset 0)", diffs[0])
        self.assertIn("real:   shares storage with $mnt/b block 0, flags SHARED", diffs[0])
        self.assertIn("extsim: storage of its own, flags -", diffs[0])

    def test_one_difference_does_not_cascade(self):
        # an extra block early in "a" must not make every later file differ
        real = harness.normalise(raw_run({"a": (table((0, 15, 1000, 0)), MD5A), "b": (table((0, 7, 5000, 0)), MD5B),
                                          "c": (table((0, 7, 5000, 0x2000)), MD5B)}))
        sim = harness.normalise(raw_run({"a": (table((0, 7, 1000, 0)), MD5A), "b": (table((0, 7, 5000, 0)), MD5B),
                                         "c": (table((0, 7, 5000, 0x2000)), MD5B)}))
        diffs = harness.compare(real, sim)
        self.assertEqual(len(diffs), 1)
        self.assertIn("$mnt/a block 1", diffs[0])
        self.assertIn("extsim: hole", diffs[0])

    def test_layout_in_place_or_elsewhere(self):
        # block 2 rewritten in place (contiguous) or COWed elsewhere: same
        # sharing, same ids, a different layout
        inplace = harness.normalise(raw_run({"a": (table((0, 31, 1000, 0)), MD5A)}))
        moved = harness.normalise(raw_run({"a": (table((0, 15, 1000, 0), (16, 23, 3000, 0),
                                                        (24, 31, 1024, 0)), MD5A)}))
        self.assertEqual(inplace["files"]["$mnt/a"]["breaks"], [])
        self.assertEqual(moved["files"]["$mnt/a"]["breaks"], [2, 3])
        diffs = harness.compare(moved, inplace)
        self.assertEqual(len(diffs), 1)
        self.assertIn("$mnt/a block 2 (offset 8192), the layout", diffs[0])
        self.assertIn("real:   starts a new piece on disk", diffs[0])
        self.assertIn("extsim: lies on disk right after block 1", diffs[0])
        # placement alone is not a difference; a hole is no break
        shifted = harness.normalise(raw_run({"a": (table((0, 15, 56, 0), (16, 23, 9000, 0), (24, 31, 80, 0)), MD5A)}))
        self.assertEqual(harness.compare(moved, shifted), [])
        holed = harness.normalise(raw_run({"a": (table((0, 7, 1000, 0), (16, 23, 3000, 0)), MD5A)}))
        self.assertEqual(holed["files"]["$mnt/a"]["breaks"], [])
        # a recording made before the layout was kept compares as before
        self.assertTrue(harness.has_layout(moved))
        old = harness.without_layout(moved)
        self.assertFalse(harness.has_layout(old))
        self.assertTrue(harness.has_layout(moved))
        self.assertEqual(harness.compare(old, inplace), [])

    def test_commands_and_md5(self):
        line = {"line": 3, "text": "xfs_io ...", "ran": True, "exit": 0, "out": "", "err": ""}
        real = harness.normalise(raw_run({"a": (table((0, 7, 8, 0)), MD5A)},
                                         lines=[dict(line, err="XFS_IOC_CLONE_RANGE: Invalid argument\n")]))
        sim = harness.normalise(raw_run({"a": (table((0, 7, 8, 0)), MD5B)}, mnt="/mnt/scratch", lines=[line]))
        diffs = harness.compare(real, sim, [(3, 'xfs_io -c "reflink $mnt/b 1 0 4k" $mnt/a')])
        self.assertEqual(len(diffs), 2)
        self.assertIn("line 3: xfs_io -c \"reflink", diffs[0])
        self.assertIn("real:   'XFS_IOC_CLONE_RANGE: Invalid argument'", diffs[0])
        self.assertIn("md5 real %s, extsim %s" % (MD5A, MD5B), diffs[1])

    def test_files_on_one_side(self):
        real = harness.normalise(raw_run({"a": (table((0, 7, 8, 0)), MD5A)}))
        sim = harness.normalise(raw_run({}))
        self.assertIn("only real: $mnt/a", harness.compare(real, sim)[0])

    def test_dumps_round_trip(self):
        import json
        norm = harness.normalise(raw_run({"file1": (SEED_FIEMAP, MD5A)}))
        back = json.loads(harness.dumps(norm, {"kernel": "6.18"}))
        self.assertEqual(back["kernel"], "6.18")
        self.assertEqual(back["files"], norm["files"])
        self.assertEqual(harness.compare(back, norm), [])


class Script(unittest.TestCase):
    def test_logical_lines(self):
        text = "# c\nmkfs.btrfs -f $dev \\\n  -b 1g\n\nmount $dev $mnt\n"
        self.assertEqual(harness.logical_lines(text), [(2, "mkfs.btrfs -f $dev   -b 1g"), (5, "mount $dev $mnt")])

    def test_image_size(self):
        self.assertEqual(harness.image_size([(1, "mkfs.btrfs -f $dev")]), 256 << 20)
        self.assertEqual(harness.image_size([(1, "mkfs.btrfs -f -b 1G $dev")]), 1 << 30)

    def test_refuses_to_move_dev_or_mnt(self):
        with self.assertRaises(ValueError):
            harness.check_script([(1, "mnt=/")])


class Generator(unittest.TestCase):
    def test_reproducible_and_in_range(self):
        for seed in (1, 2, 77, 4242):
            a, b = gen.Gen(seed).generate(), gen.Gen(seed).generate()
            self.assertEqual(a, b)
            ops = sum(max(1, l.count('-c "')) for l in a.split("\n") if l and not l.startswith("#"))
            self.assertGreaterEqual(ops, 30)
            self.assertLessEqual(ops, 90)
            self.assertTrue(a.split("\n")[1].startswith("mkfs.btrfs -f $dev -b "))
        self.assertNotEqual(gen.Gen(1).generate(), gen.Gen(2).generate())

    def test_covers_the_operations(self):
        text = "".join(gen.Gen(s).generate() for s in range(1, 40))
        for word in ('"pwrite -S 0x61', '-b 1m', '"falloc -k', '"falloc ', '"fpunch', '"truncate', '"reflink',
                     '"dedupe', '"fsync"', "\nsync\n", "chattr +C", "btrfs subvolume snapshot", "-b 128m"):
            self.assertIn(word, text)


class FsxGenerator(unittest.TestCase):
    def test_reproducible_and_in_range(self):
        for seed in (1, 2, 77, 4242):
            a, b = fsxgen.Gen(seed, 30, 80).generate(), fsxgen.Gen(seed, 30, 80).generate()
            self.assertEqual(a, b)
            body = [l for l in a.split("\n") if l and not l.startswith("#")]
            ops = sum(max(1, l.count('-c "')) for l in body if not l.startswith(("touch", "chattr", "mount")))
            self.assertGreaterEqual(ops, 30)
            self.assertLessEqual(ops, 80 + 8)
            self.assertTrue(body[0].startswith("mkfs.btrfs -f $dev -b "))
        self.assertNotEqual(fsxgen.Gen(1, 30, 80).generate(), fsxgen.Gen(2, 30, 80).generate())

    def test_covers_the_operations(self):
        text = "".join(fsxgen.Gen(s, 30, 80).generate() for s in range(1, 40))
        for word in ('"pwrite -S 0x41', '-b 512 ', '"pread -q', '"falloc -k', '"fzero -k', '"fpunch',
                     '"truncate', '"sync_range -w', '"reflink $mnt/file0 ', '"dedupe', '"fdatasync"',
                     '"fiemap -v"', "\nsync\n", "umount $mnt", "chattr +C", "btrfs subvolume snapshot"):
            self.assertIn(word, text)
        # byte-granular offsets, not only block multiples
        self.assertRegex(text, r'"pwrite -S 0x4[1-4] [0-9]*[1-9] ')


class Minimise(unittest.TestCase):
    def test_split_commands(self):
        lines = ['xfs_io -f -c "pwrite -S 0x41 0 4k" -c "reflink $mnt/b 0 0 4k" -c "fsync" $mnt/a',
                 'xfs_io -c "fiemap -v" $mnt/a', "sync", "xfs_io -c 'pwrite 0 1' -c 'fsync' $mnt/a"]
        self.assertEqual(minimise.split_commands(lines), [
            'xfs_io -f -c "pwrite -S 0x41 0 4k" $mnt/a', 'xfs_io -f -c "reflink $mnt/b 0 0 4k" $mnt/a',
            'xfs_io -f -c "fsync" $mnt/a', 'xfs_io -c "fiemap -v" $mnt/a', "sync",
            "xfs_io -c 'pwrite 0 1' -c 'fsync' $mnt/a"])

    def test_kinds(self):
        self.assertEqual(minimise.kind("$mnt/f block 17 (offset 69632), the layout:\n ..."), "layout")
        self.assertEqual(minimise.kind("$mnt/f block 8 (offset 32768):\n ..."), "blocks")


class Divergences(unittest.TestCase):
    def test_parse(self):
        import tempfile
        with tempfile.NamedTemporaryFile("w", delete=False) as fp:
            fp.write("# x\nD1 open A title\n    kernel: f()\n    workloads: w1 w2\n      w3\n"
                     "D2 fixed Gone\n    workloads: w4\n")
        try:
            divs = check.load_divergences(fp.name)
        finally:
            os.unlink(fp.name)
        self.assertEqual(divs["D1"]["workloads"], ["w1", "w2", "w3"])
        self.assertEqual(divs["D1"]["kernel"], "f()")
        self.assertEqual(check.known_for(divs), {"w1": ["D1"], "w2": ["D1"], "w3": ["D1"]})

    def test_shipped_file_parses(self):
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "DIVERGENCES")
        divs = check.load_divergences(path)
        for d in divs.values():
            self.assertIn("kernel", d, "%s names no kernel function" % d["id"])
            self.assertIn(d["status"], ("open", "choice", "fixed"))


class RealRunLock(unittest.TestCase):
    """Real runs wait for each other (realbtrfs: a sync(2) in one run
    changes another's layout).  No root: the device is never made."""

    def setUp(self):
        fd, self.path = tempfile.mkstemp(prefix="extsim-test-lock-")
        os.close(fd)

    def tearDown(self):
        os.unlink(self.path)

    def test_second_holder_waits_for_the_first(self):
        events = []

        def second():
            with realbtrfs.real_run_lock(self.path):
                events.append("second")

        with realbtrfs.real_run_lock(self.path):
            t = threading.Thread(target=second)
            t.start()
            time.sleep(0.3)
            events.append("first done")
        t.join(10)
        self.assertEqual(events, ["first done", "second"])

    def test_real_device_takes_the_lock_before_making_anything(self):
        made = []

        class Stop(Exception):
            pass

        def mkdtemp(*a, **k):
            made.append(time.monotonic())
            raise Stop()

        old_path, old_mkdtemp = realbtrfs.LOCK_PATH, realbtrfs.tempfile.mkdtemp
        realbtrfs.LOCK_PATH, realbtrfs.tempfile.mkdtemp = self.path, mkdtemp
        errors = []

        def enter():
            try:
                with realbtrfs.RealDevice(4096):
                    pass
            except Stop:
                errors.append("stopped")

        try:
            with realbtrfs.real_run_lock(self.path):
                t = threading.Thread(target=enter)
                t.start()
                time.sleep(0.3)
                self.assertEqual(made, [])       # still waiting for the lock
                released = time.monotonic()
            t.join(10)
            self.assertEqual(errors, ["stopped"])
            self.assertGreaterEqual(made[0], released)
            # the failed enter gave the lock back
            with realbtrfs.real_run_lock(self.path):
                pass
        finally:
            realbtrfs.LOCK_PATH, realbtrfs.tempfile.mkdtemp = old_path, old_mkdtemp


if __name__ == "__main__":
    unittest.main()
