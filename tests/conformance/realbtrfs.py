#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Run a seed-dialect script on a real btrfs (the real side of harness.py).

run_real(SCRIPT) needs root and a Linux with btrfs, losetup, mkfs.btrfs and
xfs_io (real_requirements() says what is missing).  It makes a sparse image
in a fresh temporary directory (256 MiB, extsim's default device, or the
largest `mkfs.btrfs -b` of the script), attaches it with `losetup -f
--show`, and makes an empty mount point immutable, so that if the script's
mount fails its writes fail too instead of landing on the host.  One bash
runs the script's lines one by one (`eval`, so variables, `cd` and `set -e`
behave as in a script), each line's stdout, stderr and exit status captured
separately, with $dev and $mnt exported.  Then, mounted again if the script
left it unmounted, every regular file under $mnt (find) is probed with
`xfs_io -r -c "fiemap -v"` and `md5sum`.  The loop device, every mount of
it, the mount point and the image are removed afterwards, also on an
error, Ctrl-C, SIGTERM or SIGHUP; only what this run created is touched.

One real run at a time.  Every real run holds a lock for the whole
machine (flock on LOCK_PATH) from before its loop device exists until
it is gone, so two runs of this harness never overlap: record.py -j N
and a check.py live next to it wait for each other.  The reason is
sync(2), which the scripts' `sync` lines run: ksys_sync() (fs/sync.c)
writes back and commits every mounted filesystem (wakeup_flusher_threads,
iterate_supers(sync_inodes_one_sb), iterate_supers(sync_fs_one_sb)), so
a sync in one run writes back another run's dirty pages and commits its
transaction at a point its script does not have, and that run's layout
changes (a block that starts a new piece on disk or not).  Measured on
Linux 6.18 with gen.py seeds 2173, 2233, 2277 and fsxgen.py seeds 2030,
2045: one run at a time, all 300 runs agreed with extsim (100 on an idle
machine, 200 beside one or two nice 19 CPU burners); two at a time
without the lock, 315 of 350 (the three without a sync line of their
own: 176 of 210); with a syncfs(2) of the run's filesystem from outside
every 20 to 80 ms, 19 of 50; two at a time with the lock, 100 of 100.
No lock stops a sync(2) by a program that is not this harness: a run's
layout may still change when something else on the machine syncs.

The mount is the kernel's default.  On a loop device over a sparse file
(which supports discard) that is discard=async since Linux 6.2
(set_device_specific_options(), fs/btrfs/super.c).  It does not make
the layout vary within a run: the async discard worker trims a block
group only once its discard_eligible_time has passed, 120 s after free
space was first queued for it (BTRFS_DISCARD_DELAY) or 10 s after it
became empty (BTRFS_DISCARD_UNUSED_DELAY; __add_to_discard_list(),
add_to_discard_unused_list() and peek_discard_list() in
fs/btrfs/discard.c), and a run lasts about a second, so
btrfs_discard_workfn() never takes free space out of the cache to trim
it (trim_no_bitmap(), trim_bitmaps() in fs/btrfs/free-space-cache.c)
while a script runs.  The same five workloads behaved alike with and
without -o nodiscard: one run at a time 300 of 300 agreed either way,
two at a time 315 and 319 of 350.  Turning it off is not neutral
either: without discard=async a block group that empties is handed to
the cleaner at once (btrfs_update_block_group() calls
btrfs_mark_bg_unused(), fs/btrfs/block-group.c), a removal extsim does
not model (libextsim/block-group.c).  Note also that writing 0 to a loop device's
queue/discard_max_bytes, the other way to turn discard off, outlives
the loop device's detach and cannot be undone by writing the old value
back (the queue's discard_granularity drops to 0, and
queue_max_discard_sectors_store() then refuses any other value), so it
would change every later user of that /dev/loopN.

The script helpers (logical_lines() and friends) live here too: both
sides cut a script into the same lines.
"""

import contextlib
import fcntl
import os
import re
import signal
import subprocess
import tempfile
import threading

DEFAULT_IMAGE = 256 << 20    # extsim's default device size
# One real run at a time on this machine (see the module docstring).
LOCK_PATH = os.path.join("/run/lock" if os.path.isdir("/run/lock") else tempfile.gettempdir(),
                         "extsim-conformance-real.lock")


# ---- the script ------------------------------------------------------------

def read(path):
    with open(path, errors="replace") as fp:
        return fp.read()


def logical_lines(text):
    """[(line number, text)] of the commands to run: blank and comment lines
    dropped, backslash-newline continuations joined."""
    out, buf, start = [], "", None
    for n, raw in enumerate(text.split("\n"), 1):
        if start is None:
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            start = n
        if raw.endswith("\\") and not raw.endswith("\\\\"):
            buf += raw[:-1]
            continue
        buf += raw
        out.append((start, buf))
        buf, start = "", None
    if start is not None:
        out.append((start, buf))
    return out


SIZE_RE = re.compile(r"(?:^|\s)(?:-b\s*|--byte-count[= ])(\d+)([kmgtpe]?)", re.I)
ASSIGN_RE = re.compile(r"(?:^|[;\s])(?:export\s+)?(dev|mnt)=")


def parse_size(num, unit):
    return int(num) << (10 * "kmgtpe".find(unit.lower()) + 10 if unit else 0)


def image_size(lines):
    size = DEFAULT_IMAGE
    for _, text in lines:
        if text.lstrip().startswith("mkfs.btrfs"):
            for num, unit in SIZE_RE.findall(text):
                size = max(size, parse_size(num, unit))
    return size


def check_script(lines):
    for n, text in lines:
        if ASSIGN_RE.search(text):
            raise ValueError("line %d sets $dev or $mnt: the harness sets them" % n)


# ---- the real side --------------------------------------------------------------

DRIVER = r"""
# Runs the NUL-separated lines of $1/lines one by one in this shell.
__t=$1
__n=0
while IFS= read -r -d '' __line; do
    : >"$__t/o.$__n"
    eval "$__line" >"$__t/o.$__n" 2>"$__t/e.$__n" </dev/null
    echo $? >"$__t/r.$__n"
    __n=$((__n + 1))
done <"$__t/lines"
"""


class Interrupted(Exception):
    pass


def _raise_interrupted(signum, frame):
    raise Interrupted("signal %d" % signum)


def real_requirements():
    """Why a real run is impossible here, or None."""
    if os.geteuid() != 0:
        return "not root"
    try:
        with open("/proc/filesystems") as fp:
            if "btrfs" not in fp.read():
                subprocess.run(["modprobe", "btrfs"], stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        with open("/proc/filesystems") as fp:
            if "btrfs" not in fp.read():
                return "no btrfs in this kernel"
    except OSError:
        return "no /proc/filesystems"
    for tool in ("losetup", "mkfs.btrfs", "xfs_io", "md5sum", "mount", "umount", "btrfs"):
        if not any(os.access(os.path.join(d, tool), os.X_OK) for d in os.environ.get("PATH", "").split(":") + ["/sbin", "/usr/sbin"]):
            return "no %s" % tool
    return None


def tool_versions():
    def first(cmd):
        try:
            return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30).stdout.decode().strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    progs = re.search(r"v[\d.]+\S*", first(["mkfs.btrfs", "--version"]))
    xfs = re.search(r"version (\S+)", first(["xfs_io", "-V"]))
    return {"kernel": os.uname().release, "btrfs_progs": progs.group(0) if progs else "?",
            "xfs_io": xfs.group(1) if xfs else "?"}


@contextlib.contextmanager
def real_run_lock(path=None):
    """Hold the machine-wide lock of real runs (an exclusive flock on path,
    LOCK_PATH by default), waiting for it first.  flock locks belong to an
    open file description, so threads of one process (record.py -j) wait
    for each other as two processes do; the lock goes with the process."""
    fd = os.open(path or LOCK_PATH, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class RealDevice:
    """A sparse image on a loop device and a mount point, all removed on
    exit; the lock of real runs is held from enter to exit."""

    def __init__(self, size):
        self.size, self.tmp, self.dev, self.mnt, self.child = size, None, None, None, None
        self.lock = None

    def __enter__(self):
        # a signal must unwind through __exit__ (only the main thread can catch it)
        self.old = {}
        if threading.current_thread() is threading.main_thread():
            self.old = {s: signal.signal(s, _raise_interrupted) for s in (signal.SIGTERM, signal.SIGHUP)}
        try:
            lock = real_run_lock()
            lock.__enter__()
            self.lock = lock
            self.tmp = tempfile.mkdtemp(prefix="extsim-conformance-")
            self.img = os.path.join(self.tmp, "img")
            self.mnt = os.path.join(self.tmp, "mnt")
            os.mkdir(self.mnt)
            subprocess.run(["chattr", "+i", self.mnt], stderr=subprocess.DEVNULL)
            with open(self.img, "w") as fp:
                fp.truncate(self.size)
            self.dev = subprocess.run(["losetup", "-f", "--show", self.img], check=True,
                                      stdout=subprocess.PIPE).stdout.decode().strip()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def mounts(self):
        with open("/proc/mounts") as fp:
            return [l.split()[1] for l in fp if l.split()[0] == self.dev]

    def __exit__(self, *exc):
        if self.child and self.child.poll() is None:
            try:
                os.killpg(self.child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.child.wait()
        if self.dev:
            for _ in range(10):
                ms = self.mounts()
                if not ms:
                    break
                m = ms[-1].replace("\\040", " ")
                if subprocess.run(["umount", m], stderr=subprocess.DEVNULL).returncode:
                    subprocess.run(["umount", "-l", m], stderr=subprocess.DEVNULL)
            subprocess.run(["losetup", "-d", self.dev], stderr=subprocess.DEVNULL)
        if self.tmp:
            subprocess.run(["chattr", "-i", self.mnt], stderr=subprocess.DEVNULL)
            for name in os.listdir(self.tmp):
                p = os.path.join(self.tmp, name)
                if os.path.isdir(p):
                    os.rmdir(p)
                else:
                    os.unlink(p)
            os.rmdir(self.tmp)
        if self.lock:
            self.lock.__exit__(None, None, None)
            self.lock = None
        for s, h in getattr(self, "old", {}).items():
            signal.signal(s, h)
        return False


def run_real(script, timeout=900):
    """The raw real run of a script file, probes included (needs root)."""
    text = read(script)
    lines = logical_lines(text)
    check_script(lines)
    with RealDevice(image_size(lines)) as rd:
        raw = {"mnt": rd.mnt, "dev": rd.dev, "lines": [], "files": []}
        with open(os.path.join(rd.tmp, "lines"), "w") as fp:
            fp.write("".join(t + "\0" for _, t in lines))
        with open(os.path.join(rd.tmp, "driver"), "w") as fp:
            fp.write(DRIVER)
        env = dict(os.environ, dev=rd.dev, mnt=rd.mnt, LC_ALL="C")
        rd.child = subprocess.Popen(["bash", os.path.join(rd.tmp, "driver"), rd.tmp], cwd="/",
                                    env=env, start_new_session=True)
        try:
            status = rd.child.wait(timeout)
        except subprocess.TimeoutExpired:
            raise RuntimeError("%s: still running after %d s" % (script, timeout))
        for i, (n, t) in enumerate(lines):
            o, e, r = (os.path.join(rd.tmp, "%s.%d" % (k, i)) for k in "oer")
            ran = os.path.exists(o)
            entry = {"line": n, "text": t, "ran": ran, "exit": 0, "out": "", "err": ""}
            if ran:
                entry["out"] = read(o)
                entry["err"] = read(e) if os.path.exists(e) else ""
                entry["exit"] = int(read(r)) if os.path.exists(r) else status
            raw["lines"].append(entry)
        if not rd.mounts():
            if subprocess.run(["mount", rd.dev, rd.mnt], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode:
                return raw
            raw["mounted_for_probes"] = True
        for top, dirs, names in os.walk(rd.mnt):
            dirs.sort()
            for name in sorted(names):
                p = os.path.join(top, name)
                if os.path.isfile(p) and not os.path.islink(p):
                    raw["files"].append({"path": p})
        for f in raw["files"]:
            fm = subprocess.run(["xfs_io", "-r", "-c", "fiemap -v", f["path"]], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
            md = subprocess.run(["md5sum", f["path"]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            f.update(fiemap_out=fm.stdout.decode(errors="replace"), fiemap_err=fm.stderr.decode(errors="replace"),
                     fiemap_rc=fm.returncode, md5_out=md.stdout.decode(errors="replace"),
                     md5_err=md.stderr.decode(errors="replace"))
        return raw
