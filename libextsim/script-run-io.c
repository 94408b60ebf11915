/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the xfs_io commands against the model
 *
 * Each -c command is one call (or a short loop of calls) of the public
 * API on the file xfs_io opened, and prints what xfs_io 6.1 prints:
 *
 *   pwrite -b B off len   extsim_fs_pwrite(B): the library replays the
 *                         write(2) calls; ops = the calls that wrote
 *                         (ceil(written / min(B, len)))
 *                         "wrote W/len bytes at offset off" + rate line, or
 *                         "pwrite: No space left on device" and exit 1;
 *                         extsim_fs_pwrite_direct on a file opened with -d
 *   pread [-v] off len    extsim_fs_read; -v dumps each call's buffer; with
 *                         -d the range is written back first (iomap_dio_rw),
 *                         and nothing enters the page cache
 *   falloc/fpunch/fzero   extsim_fs_fallocate/_punch_hole/_zero_range;
 *   truncate              silent on success, "fallocate: ..." on error
 *   fsync/fdatasync       extsim_fs_fsync: returns the writeback error
 *                         latched on the file ("fsync: No space left ...")
 *   reflink src [..]      extsim_fs_clone_range; on error
 *                         "XFS_IOC_CLONE_RANGE: Invalid argument", exit 0
 *   dedupe src ..         extsim_fs_dedupe_range, in pieces of at most
 *                         1 GiB as the kernel caps one call
 *   fiemap [-v]           extsim_fs_fiemap with FIEMAP_FLAG_SYNC (xfs_io
 *                         always asks for it, so it writes the file back)
 *
 * Exit statuses follow the tool's quirks: a failed reflink, dedupe
 * mismatch or fzero leaves xfs_io's exit status 0.
 */
#include "script-private.h"

#include <errno.h>

/* The kernel's cap on one FIDEDUPERANGE call */
#define DEDUPE_MAX_CALL (1 * EXTSIM_GiB)

static void
report (run_session *s, const script_op *op, const char *verb, guint64 offset, guint64 count, guint64 total,
	guint64 ops)
{
	g_autoptr (GString) line = NULL;

	if ((op->pub.flags & EXTSIM_SCRIPT_OP_QUIET) || s->silent)
		return;
	line = g_string_new (NULL);
	format_io_report (line, verb, offset, count, total, ops, (op->pub.flags & EXTSIM_SCRIPT_OP_COMPACT) != 0);
	run_out (s, line->str);
}

/* A call that failed: "NAME: strerror", and the exit status xfs_io sets. */
static void
io_fail (run_session *s, const GError *err, const char *name, int exit_status)
{
	run_fail_errno (s, run_errno_of (err), exit_status, name);
}

static gboolean
writable (run_session *s, const char *name, int exit_status)
{
	if (!s->cur_readonly)
		return TRUE;
	run_fail_errno (s, EBADF, exit_status, name);
	return FALSE;
}

/*
 * pwrite on a file opened O_SYNC (xfs_io -s): each write(2) call is
 * followed by generic_write_sync () of what it wrote, a vfs_fsync_range ()
 * that btrfs_sync_file () widens to the whole file, so each call is a
 * write and an fsync.  An fsync that fails fails the call's write(2).
 */
static gboolean
pwrite_calls (run_session *s, guint64 off, guint64 len, guint8 fill, guint64 bs, guint64 *written, GError **error)
{
	if (s->cur_direct)
		return extsim_fs_pwrite_direct (s->res->fs, s->cur, off, len, fill, bs, written, error);
	return extsim_fs_pwrite (s->res->fs, s->cur, off, len, fill, bs, written, error);
}

static gboolean
sync_writes (run_session *s, const script_op *op, guint64 *written)
{
	guint64 bar = MIN (op->pub.block_size, op->pub.length);

	for (guint64 done = 0; bar && done < op->pub.length; done += bar) {
		guint64 n = MIN (bar, op->pub.length - done), w = 0;
		g_autoptr (GError) err = NULL;

		if (!pwrite_calls (s, op->pub.offset + done, n, op->pub.fill, n, &w, &err) ||
		    !extsim_fs_fsync (s->res->fs, s->cur, &err)) {
			*written += w;
			io_fail (s, err, "pwrite", 1);
			return FALSE;
		}
		*written += w;
		if (w < n) /* a short write ends xfs_io's loop */
			break;
	}
	return TRUE;
}

static void
run_pwrite (run_session *s, const script_op *op)
{
	guint64 off = op->pub.offset, len = op->pub.length, bs = op->pub.block_size;
	guint64 bar = MIN (bs, len), written = 0, ops;
	g_autoptr (GError) err = NULL;

	if (!writable (s, "pwrite", 1))
		return;
	if (s->cur_sync) {
		if (!sync_writes (s, op, &written))
			return;
	/* a buffer of 0 bytes: the first write(2) writes nothing and the loop stops */
	} else if (bar && !pwrite_calls (s, off, len, op->pub.fill, bs, &written, &err)) {
		io_fail (s, err, "pwrite", 1);
		return;
	}
	ops = bar ? (written + bar - 1) / bar : 0;
	if ((op->pub.flags & EXTSIM_SCRIPT_OP_FSYNC_AFTER) && !extsim_fs_fsync (s->res->fs, s->cur, &err)) {
		io_fail (s, err, "fsync", 1);
		return;
	}
	if ((op->pub.flags & EXTSIM_SCRIPT_OP_FDATASYNC_AFTER) && !extsim_fs_fdatasync (s->res->fs, s->cur, &err)) {
		io_fail (s, err, "fdatasync", 1);
		return;
	}
	report (s, op, "wrote", off, len, written, ops);
}

static void
run_pread (run_session *s, const script_op *op)
{
	guint64 off = op->pub.offset, len = op->pub.length, bs = op->pub.block_size;
	guint64 bar = MIN (bs, len), total = 0;
	extsim_inode_info info;

	if (!extsim_fs_inode_info (s->res->fs, s->cur, &info, NULL))
		return;
	if (bar && off < info.size)
		total = MIN (len, info.size - off);
	/* a direct read writes the range's dirty pages back and waits for
	 * their pages, not for the ordered extents they start (iomap_dio_rw:
	 * kiocb_write_and_wait); one found in flight sends the read to the
	 * page cache (lock_extent_direct: -ENOTBLK), else it bypasses it */
	if (total && s->cur_direct)
		extsim_fs_writeback (s->res->fs, s->cur, off, total, NULL);
	else if (total)
		extsim_fs_readahead (s->res->fs, s->cur, off, total, NULL);
	if ((op->pub.flags & EXTSIM_SCRIPT_OP_VERBOSE) && !s->silent) {
		g_autoptr (GString) dump = g_string_new (NULL);

		/* one dump per read(2) call, each from its own offset */
		for (guint64 done = 0; done < total; done += bar) {
			guint64 n = MIN (bar, total - done);
			g_autoptr (GArray) runs = extsim_fs_read (s->res->fs, s->cur, off + done, n, NULL);

			if (runs)
				format_hexdump (dump, off + done, runs, n);
		}
		run_out (s, dump->str);
	}
	report (s, op, "read", off, len, total, bar ? (total + bar - 1) / bar : 0);
}

static void
run_space_op (run_session *s, const script_op *op)
{
	guint32 keep = (op->pub.flags & EXTSIM_SCRIPT_OP_KEEP_SIZE) ? EXTSIM_FALLOC_KEEP_SIZE : 0;
	extsim_fs *fs = s->res->fs;
	g_autoptr (GError) err = NULL;

	switch (op->pub.kind) {
	case EXTSIM_SCRIPT_OP_FALLOC:
		if (writable (s, "fallocate", 1) && !extsim_fs_fallocate (fs, s->cur, op->pub.offset, op->pub.length, keep, &err))
			io_fail (s, err, "fallocate", 1);
		break;
	case EXTSIM_SCRIPT_OP_FPUNCH:
		if (writable (s, "fallocate", 1) && !extsim_fs_punch_hole (fs, s->cur, op->pub.offset, op->pub.length, &err))
			io_fail (s, err, "fallocate", 1);
		break;
	case EXTSIM_SCRIPT_OP_FZERO: /* xfs_io's fzero does not set the exit status */
		if (writable (s, "fallocate", 0) && !extsim_fs_zero_range (fs, s->cur, op->pub.offset, op->pub.length, keep, &err))
			io_fail (s, err, "fallocate", 0);
		break;
	case EXTSIM_SCRIPT_OP_TRUNCATE: /* ftruncate(2) on a read-only fd is EINVAL, not EBADF */
		if (s->cur_readonly)
			run_fail_errno (s, EINVAL, 1, "ftruncate");
		else if (!extsim_fs_truncate (fs, s->cur, op->pub.length, &err))
			io_fail (s, err, "ftruncate", 1);
		break;
	case EXTSIM_SCRIPT_OP_FSYNC:
		if (!extsim_fs_fsync (fs, s->cur, &err))
			io_fail (s, err, "fsync", 1);
		break;
	case EXTSIM_SCRIPT_OP_FDATASYNC:
		if (!extsim_fs_fdatasync (fs, s->cur, &err))
			io_fail (s, err, "fdatasync", 1);
		break;
	case EXTSIM_SCRIPT_OP_SYNC:
		extsim_fs_sync (fs);
		break;
	default: /* sync_range: only SYNC_FILE_RANGE_WRITE starts writeback */
		if ((op->pub.flags & EXTSIM_SCRIPT_OP_WRITE) ||
		    !(op->pub.flags & (EXTSIM_SCRIPT_OP_WAIT_AFTER | EXTSIM_SCRIPT_OP_WAIT_BEFORE)))
			if (op->pub.length && !extsim_fs_writeback (fs, s->cur, op->pub.offset, op->pub.length, &err))
				io_fail (s, err, "sync_file_range", 1);
		break;
	}
}

/* The source file of reflink and dedupe, opened read-only. */
static const extsim_ino *
open_source (run_session *s, const script_op *op)
{
	const extsim_ino *src = result_lookup_file (s->res, op->rel2);

	if (!src && op->cloner)
		run_fail_stdout (s, ENOENT, ENOENT, "failed to open %s: %s", op->pub.path2, errno_message (ENOENT));
	else if (!src)
		run_fail_errno (s, ENOENT, 1, op->pub.path2);
	return src;
}

static void
reflink_call (run_session *s, const script_op *op, const extsim_ino *src)
{
	gboolean whole = (op->pub.flags & EXTSIM_SCRIPT_OP_WHOLE_FILE) ||
			 (!op->pub.src_offset && !op->pub.offset && !op->pub.length);
	const char *name = whole ? "XFS_IOC_CLONE" : "XFS_IOC_CLONE_RANGE";
	g_autoptr (GError) err = NULL;

	if (!writable (s, name, 0))
		return;
	if (!extsim_fs_clone_range (s->res->fs, *src, op->pub.src_offset, s->cur, op->pub.offset, op->pub.length, &err)) {
		int e = run_errno_of (err);

		if (op->cloner)
			run_fail_stdout (s, e, e, "clone failed: %s", errno_message (e));
		else
			io_fail (s, err, name, 0);
		return;
	}
	/* xfs_io reports the length it asked for, 0 for a whole file */
	report (s, op, "linked", op->pub.offset, op->pub.length, op->pub.length, 1);
}

static void
dedupe_calls (run_session *s, const script_op *op, const extsim_ino *src)
{
	guint64 soff = op->pub.src_offset, doff = op->pub.offset, left = op->pub.length, deduped = 0, ops = 0;
	extsim_inode_info info;

	if (!writable (s, "XFS_IOC_FILE_EXTENT_SAME", 0))
		return;
	extsim_fs_inode_info (s->res->fs, *src, &info, NULL);
	while (left > 0 || !ops) {
		guint64 n = MIN (left, DEDUPE_MAX_CALL), d = 0;
		g_autoptr (GError) err = NULL;

		/* past the source's end the whole ioctl fails (vfs_dedupe_file_range) */
		if (soff + n < soff || soff + n > info.size) {
			run_fail_errno (s, EINVAL, 1, "XFS_IOC_FILE_EXTENT_SAME");
			return;
		}
		if (!extsim_fs_dedupe_range (s->res->fs, *src, soff, s->cur, doff, n, &d, &err)) {
			if (g_error_matches (err, EXTSIM_ERROR, EXTSIM_ERROR_BADE)) {
				run_fail (s, EBADE, 0, "XFS_IOC_FILE_EXTENT_SAME: Extents did not match.");
			} else {
				io_fail (s, err, "XFS_IOC_FILE_EXTENT_SAME", 0);
			}
			return;
		}
		if (left && (d == 0 || d > left))
			break;
		ops++;
		soff += d;
		doff += d;
		left -= MIN (left, d);
		deduped += d;
	}
	report (s, op, "deduped", op->pub.offset, op->pub.length, deduped, ops);
}

/* reflink and dedupe open their source file for the one command and close
 * it again: a close of the file (extsim_fs_release) */
static void
run_remap (run_session *s, const script_op *op)
{
	const extsim_ino *src = open_source (s, op);

	if (!src)
		return;
	if (op->pub.kind == EXTSIM_SCRIPT_OP_REFLINK)
		reflink_call (s, op, src);
	else
		dedupe_calls (s, op, src);
	extsim_fs_release (s->res->fs, *src, NULL);
}

static void
run_fiemap (run_session *s, const script_op *op)
{
	gboolean ranged = (op->pub.flags & EXTSIM_SCRIPT_OP_LENGTH_GIVEN) != 0;
	fiemap_format f = {
		.verbose = (op->pub.flags & EXTSIM_SCRIPT_OP_VERBOSE) != 0,
		.blocks = (op->pub.flags & EXTSIM_SCRIPT_OP_BLOCKS) != 0,
		.max_lines = (op->pub.flags & EXTSIM_SCRIPT_OP_COUNT_GIVEN) ? op->pub.count : s->fiemap_max,
		.start = op->pub.offset,
		.range_end = ranged ? op->pub.offset + op->pub.length : G_MAXUINT64,
	};
	g_autoptr (GString) out = g_string_new (NULL);
	g_autoptr (GArray) extents = NULL;
	g_autoptr (GError) err = NULL;
	extsim_inode_info info;

	s->fiemap_max = f.max_lines;
	g_string_append_printf (out, "%s:\n", op->pub.path);
	run_out (s, out->str);
	g_string_truncate (out, 0);
	/* fiemap_prep refuses an empty range */
	if (ranged && (op->pub.length == 0 || f.range_end < f.start)) {
		run_fail (s, EINVAL, 1, "xfs_io: ioctl(FS_IOC_FIEMAP) [\"%s\"]: %s", op->pub.path, errno_message (EINVAL));
		return;
	}
	extents = extsim_fs_fiemap (s->res->fs, s->cur, f.start, ranged ? op->pub.length : 0, EXTSIM_FIEMAP_FLAG_SYNC,
				    &err);
	if (!extents || !extsim_fs_inode_info (s->res->fs, s->cur, &info, &err)) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "xfs_io: ioctl(FS_IOC_FIEMAP) [\"%s\"]: %s", op->pub.path, errno_message (s->rec->pub.error));
		return;
	}
	f.file_size = info.size;
	if (s->silent)
		return;
	format_fiemap (out, extents, &f);
	run_out (s, out->str);
}

/* xfs_io opened a directory (read-only, as it retries after EISDIR). */
static void
run_on_directory (run_session *s, const script_op *op)
{
	switch (op->pub.kind) {
	case EXTSIM_SCRIPT_OP_FIEMAP: { /* btrfs has no fiemap for a directory */
		g_autofree char *line = g_strdup_printf ("%s:\n", op->pub.path);

		run_out (s, line);
		run_fail (s, EOPNOTSUPP, 1, "xfs_io: ioctl(FS_IOC_FIEMAP) [\"%s\"]: %s", op->pub.path,
			 errno_message (EOPNOTSUPP));
		break;
	}
	case EXTSIM_SCRIPT_OP_PREAD:
		run_fail_errno (s, EISDIR, 1, "pread");
		break;
	case EXTSIM_SCRIPT_OP_SYNC:
		extsim_fs_sync (s->res->fs);
		break;
	case EXTSIM_SCRIPT_OP_FSYNC:
	case EXTSIM_SCRIPT_OP_FDATASYNC:
		/* the model keeps no directory data: what it changes is which
		 * names a power loss leaves */
		if (s->cur_dir_rel)
			run_log_dir_fsync (s, s->cur_dir_rel);
		break;
	case EXTSIM_SCRIPT_OP_SYNC_RANGE:
		break;
	case EXTSIM_SCRIPT_OP_TRUNCATE:
		run_fail_errno (s, EINVAL, 1, "ftruncate");
		break;
	case EXTSIM_SCRIPT_OP_REFLINK:
		run_fail_errno (s, EISDIR, 0, (op->pub.flags & EXTSIM_SCRIPT_OP_WHOLE_FILE) ? "XFS_IOC_CLONE" : "XFS_IOC_CLONE_RANGE");
		break;
	case EXTSIM_SCRIPT_OP_DEDUPE:
		run_fail_errno (s, EISDIR, 0, "XFS_IOC_FILE_EXTENT_SAME");
		break;
	case EXTSIM_SCRIPT_OP_PWRITE:
		run_fail_errno (s, EBADF, 1, "pwrite");
		break;
	default: /* falloc, fpunch, fzero */
		run_fail_errno (s, EBADF, op->pub.kind == EXTSIM_SCRIPT_OP_FZERO ? 0 : 1, "fallocate");
		break;
	}
}

void
run_xfs_io (run_session *s, const script_op *op)
{
	if (s->cur_dir) {
		run_on_directory (s, op);
		return;
	}
	switch (op->pub.kind) {
	case EXTSIM_SCRIPT_OP_PWRITE:
		run_pwrite (s, op);
		break;
	case EXTSIM_SCRIPT_OP_PREAD:
		run_pread (s, op);
		break;
	case EXTSIM_SCRIPT_OP_REFLINK:
	case EXTSIM_SCRIPT_OP_DEDUPE:
		run_remap (s, op);
		break;
	case EXTSIM_SCRIPT_OP_FIEMAP:
		run_fiemap (s, op);
		break;
	default:
		run_space_op (s, op);
		break;
	}
}
