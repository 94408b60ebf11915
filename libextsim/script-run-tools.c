/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: truncate, fallocate, dd and cp against the model
 *
 * Each operation is one process's work on one file: open(2) it (with
 * O_CREAT when the tool would), make the same library call xfs_io's
 * equivalent makes, close(2) it (extsim_fs_release: a file truncated to 0
 * is flushed, as btrfs_release_file does):
 *
 *   truncate -s S F     open O_WRONLY|O_CREAT (not with -c: a missing file is
 *                       skipped, silently); relative sizes read the size
 *                       first; extsim_fs_truncate.  Errors, exit 1:
 *                       "truncate: cannot open 'F' for writing: ..."
 *                       "truncate: failed to truncate 'F' at N bytes: ..."
 *   fallocate ... F     open O_RDWR, O_CREAT only in mode 0 (no -n, -p, -z);
 *                       extsim_fs_fallocate / _punch_hole / _zero_range.
 *                       Errors, exit 1: "fallocate: cannot open F: ...",
 *                       "fallocate: fallocate failed: ..."
 *   dd of=F bs=B ...    open if= (a file: "dd: failed to open"), then of=
 *                       O_WRONLY|O_CREAT; unless conv=notrunc, O_TRUNC
 *                       (seek=0) or ftruncate to seek*B; extsim_fs_pwrite in calls of B bytes,
 *                       a short call finished as dd's iwrite() does; then
 *                       conv=fdatasync/fsync; stderr: "N+0 records in",
 *                       "N+0 records out" and the bytes line of a copy that
 *                       took no time ("..., 0 s, Infinity B/s").  Errors,
 *                       exit 1: "dd: failed to open 'F': ...",
 *                       "dd: error writing 'F': ..." (then the records)
 *   cp S D              see script-run-cp.c: extsim_fs_clone_range of the whole
 *                       file, or the copy cp makes when the clone fails
 *
 * The messages are coreutils 9.1's and util-linux 2.38.1's, checked on
 * Linux 6.18 (tests/script/real/coreutils.sh).
 */
#include "script-private.h"

#include <errno.h>

/* truncate's new size from the size it finds (do_ftruncate) */
static gboolean
truncate_target (run_session *s, const script_op *op, extsim_ino ino, guint64 *out)
{
	guint64 n = op->pub.length, size;
	extsim_inode_info info;

	if (op->size_mode == '=') {
		*out = n;
		return TRUE;
	}
	extsim_fs_inode_info (s->res->fs, ino, &info, NULL);
	size = info.size;
	switch (op->size_mode) {
	case '+':
		if (n > (guint64) G_MAXINT64 - size) {
			run_err (s, 1, "truncate: overflow extending size of file '%s'", op->pub.path);
			return FALSE;
		}
		*out = size + n;
		break;
	case '-': *out = size > n ? size - n : 0; break;
	case '<': *out = MIN (size, n); break;
	case '>': *out = MAX (size, n); break;
	case '/': *out = size / n * n; break;
	default: /* '%' */
		if (size % n && size - size % n > (guint64) G_MAXINT64 - n) {
			run_err (s, 1, "truncate: overflow rounding up size of file '%s'", op->pub.path);
			return FALSE;
		}
		*out = size % n ? size - size % n + n : size;
		break;
	}
	return TRUE;
}

static void
run_truncate (run_session *s, const script_op *op, extsim_ino ino)
{
	g_autoptr (GError) err = NULL;
	guint64 size;

	if (!truncate_target (s, op, ino, &size))
		return;
	if (!extsim_fs_truncate (s->res->fs, ino, size, &err)) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "truncate: failed to truncate '%s' at %" G_GUINT64_FORMAT " bytes: %s", op->pub.path, size,
			 errno_message (s->rec->pub.error));
	}
}

static void
run_fallocate (run_session *s, const script_op *op, extsim_ino ino)
{
	guint32 keep = (op->pub.flags & EXTSIM_SCRIPT_OP_KEEP_SIZE) ? EXTSIM_FALLOC_KEEP_SIZE : 0;
	extsim_fs *fs = s->res->fs;
	g_autoptr (GError) err = NULL;
	gboolean ok;

	if (op->pub.kind == EXTSIM_SCRIPT_OP_FPUNCH)
		ok = extsim_fs_punch_hole (fs, ino, op->pub.offset, op->pub.length, &err);
	else if (op->pub.kind == EXTSIM_SCRIPT_OP_FZERO)
		ok = extsim_fs_zero_range (fs, ino, op->pub.offset, op->pub.length, keep, &err);
	else
		ok = extsim_fs_fallocate (fs, ino, op->pub.offset, op->pub.length, keep, &err);
	if (!ok)
		run_fail_errno (s, run_errno_of (err), 1, "fallocate: fallocate failed");
}

/* dd's write loop over [from, to) of what it copies, all one byte:
 * write(2) calls of bs bytes on the grid from seek*bs, a short call
 * finished by more calls (iwrite), one that writes nothing ends the copy.
 * 0 or the errno; *done where the writing stopped. */
static int
dd_write (run_session *s, const script_op *op, extsim_ino ino, guint64 from, guint64 to, guint8 fill, guint64 *done)
{
	guint64 bs = op->pub.block_size;

	*done = from;
	while (*done < to) {
		/* from a call's start: the remaining calls in bulk; else the rest of the call */
		guint64 n = *done % bs ? MIN (bs - *done % bs, to - *done) : to - *done;
		guint64 w = 0;
		g_autoptr (GError) err = NULL;
		gboolean ok = extsim_fs_pwrite (s->res->fs, ino, op->pub.offset + *done, n, fill, *done % bs ? n : bs, &w,
						&err);

		*done += w;
		if (!ok)
			return run_errno_of (err);
		if (!w)
			return ENOSPC;
	}
	return 0;
}

/* With oflag=direct the whole calls of the copy, [0, @to) of @runs, are
 * direct writes, each one call whatever bytes it holds
 * (extsim_fs_pwrite_direct_runs); a short call finished by more calls, as
 * dd_write's.  0 or the errno; *done where the writing stopped. */
static int
dd_write_direct (run_session *s, const script_op *op, extsim_ino ino, const GArray *runs, guint64 to, guint64 *done)
{
	g_autoptr (GArray) at = g_array_new (FALSE, FALSE, sizeof (extsim_content_run));

	*done = 0;
	while (*done < to) {
		/* from a call's start: the remaining calls in bulk; else the rest of the call */
		guint64 w = 0, bs = op->pub.block_size, lim = *done % bs ? MIN (to, *done - *done % bs + bs) : to;
		g_autoptr (GError) err = NULL;
		gboolean ok;

		g_array_set_size (at, 0);
		for (guint i = 0; i < runs->len; i++) {
			const extsim_content_run *c = &g_array_index (runs, extsim_content_run, i);
			guint64 a = MAX (*done, c->offset), b = MIN (lim, c->offset + c->len);

			if (a < b)
				g_array_append_val (at, ((extsim_content_run) { op->pub.offset + a, b - a, c->fill }));
		}
		ok = extsim_fs_pwrite_direct_runs (s->res->fs, ino, (const extsim_content_run *) (gpointer) at->data, at->len,
						   *done % bs ? lim - *done : bs, &w, &err);
		*done += w;
		if (!ok)
			return run_errno_of (err);
		if (!w)
			return ENOSPC;
	}
	return 0;
}

/*
 * What dd copies, as runs from 0: a device gives count*bs bytes of one
 * byte; a file what a read of [skip*bs, +count*bs) returns (its holes as
 * zeroes), up to its end.  Skipping past the end reads nothing, as dd
 * says.  A run that changes within one of dd's calls makes that call two
 * in the model, which writes one byte value per call.
 */
static GArray *
dd_source (run_session *s, const script_op *op, const extsim_ino *src)
{
	GArray *runs = g_array_new (FALSE, FALSE, sizeof (extsim_content_run));
	guint64 start = op->pub.src_offset;
	g_autoptr (GArray) got = NULL;
	extsim_inode_info info;

	if (!src) {
		g_array_append_val (runs, ((extsim_content_run) { 0, op->pub.length, op->pub.fill }));
		return runs;
	}
	extsim_fs_inode_info (s->res->fs, *src, &info, NULL);
	if (start > info.size) {
		run_err (s, 0, "dd: %s: cannot skip to specified offset", op->pub.path2);
		return runs;
	}
	if (start == info.size || !op->pub.length)
		return runs;
	extsim_fs_readahead (s->res->fs, *src, start, MIN (op->pub.length, info.size - start), NULL);
	got = extsim_fs_read (s->res->fs, *src, start, MIN (op->pub.length, info.size - start), NULL);
	for (guint i = 0; got && i < got->len; i++) {
		extsim_content_run r = g_array_index (got, extsim_content_run, i);

		r.offset -= start;
		g_array_append_val (runs, r);
	}
	return runs;
}

/* A copy from a file without count=: its calls are known only now (see
 * parser_affordable()); too many unaligned ones are refused before
 * anything is done.  So are too many direct ones: as many as the device
 * could hold, or the source gives. */
static gboolean
dd_affordable (run_session *s, const script_op *op, const extsim_ino *src)
{
	guint64 bs = op->pub.block_size, n_calls;
	extsim_inode_info info;

	if (op->pub.flags & EXTSIM_SCRIPT_OP_DIRECT) {
		n_calls = MIN (op->pub.length, s->device_size) / bs;
		if (src && extsim_fs_inode_info (s->res->fs, *src, &info, NULL))
			n_calls = MIN (n_calls, (info.size + bs - 1) / bs);
		if (n_calls > ON_DISK_CALLS_MAX) {
			run_fail (s, EFBIG, 1, "dd: extsim replays at most %" G_GUINT64_FORMAT " write(2) calls with "
				 "oflag=direct, this copy could make %" G_GUINT64_FORMAT " (give a larger bs=)",
				 ON_DISK_CALLS_MAX, n_calls);
			return FALSE;
		}
	}

	if (!src || !(bs % s->sectorsize || op->pub.offset % s->sectorsize))
		return TRUE;
	extsim_fs_inode_info (s->res->fs, *src, &info, NULL);
	n_calls = op->pub.src_offset < info.size ? (MIN (op->pub.length, info.size - op->pub.src_offset) + bs - 1) / bs : 0;
	if (n_calls <= UNALIGNED_CALLS_MAX)
		return TRUE;
	run_fail (s, EFBIG, 1, "dd: extsim replays at most %" G_GUINT64_FORMAT " write(2) calls of unaligned size or offset, "
		 "this copy makes %" G_GUINT64_FORMAT, UNALIGNED_CALLS_MAX, n_calls);
	return FALSE;
}

/* Without conv=notrunc dd truncates the file to seek*bs: with O_TRUNC
 * when seek is 0 (which truncates nothing it just created), else with
 * ftruncate(2). */
static void
run_dd (run_session *s, const script_op *op, extsim_ino ino, const extsim_ino *src, gboolean created)
{
	gboolean trunc = (op->pub.flags & EXTSIM_SCRIPT_OP_TRUNC) && !(created && op->pub.offset == 0);
	guint64 bs = op->pub.block_size, in_bytes = 0, calls;
	g_autoptr (GString) stats = g_string_new (NULL);
	g_autoptr (GArray) runs = NULL;
	g_autoptr (GError) err = NULL;
	dd_records r = { 0 };
	gboolean direct_off = FALSE;
	guint64 direct_end = 0;
	int e = 0;

	if (!dd_affordable (s, op, src))
		return;
	if (trunc && !extsim_fs_truncate (s->res->fs, ino, op->pub.offset, &err)) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "dd: failed to truncate to %" G_GUINT64_FORMAT " bytes in output file '%s': %s",
			 op->pub.offset, op->pub.path, errno_message (s->rec->pub.error));
		return;
	}
	if (op->rel2 && run_is_dir (s, op->rel2)) {
		s->rec->pub.error = e = EISDIR;
		run_err (s, 1, "dd: error reading '%s': %s", op->pub.path2, errno_message (e));
	}
	runs = e ? g_array_new (FALSE, FALSE, sizeof (extsim_content_run)) : dd_source (s, op, src);
	if (runs->len)
		in_bytes = g_array_index (runs, extsim_content_run, runs->len - 1).offset +
			   g_array_index (runs, extsim_content_run, runs->len - 1).len;
	/* oflag=direct: the whole calls direct; before a last call shorter
	 * than bs, iwrite turns O_DIRECT off ("as it's not aligned") and, to
	 * keep some of its meaning, asks for conv=fsync */
	if (op->pub.flags & EXTSIM_SCRIPT_OP_DIRECT) {
		direct_end = in_bytes - in_bytes % bs;
		direct_off = in_bytes % bs != 0;
		e = dd_write_direct (s, op, ino, runs, direct_end, &r.bytes);
	}
	for (guint i = 0; !e && i < runs->len; i++) {
		const extsim_content_run *c = &g_array_index (runs, extsim_content_run, i);

		if (c->offset + c->len > direct_end)
			e = dd_write (s, op, ino, MAX (c->offset, direct_end), c->offset + c->len, c->fill, &r.bytes);
	}
	/* the call that failed read its block: it counts in, not out */
	calls = e ? (e == EISDIR ? 0 : r.bytes / bs + 1) : (in_bytes + bs - 1) / bs;
	r.in_full = MIN (calls, in_bytes / bs);
	r.in_partial = calls - r.in_full;
	r.out_full = e ? r.bytes / bs : in_bytes / bs;
	r.out_partial = e ? 0 : r.in_partial;
	if (e && e != EISDIR) {
		run_fail (s, e, 1, "dd: error writing '%s': %s", op->pub.path, errno_message (e));
	} else if (!e && (op->pub.flags & EXTSIM_SCRIPT_OP_FDATASYNC_AFTER) &&
		   !extsim_fs_fdatasync (s->res->fs, ino, &err)) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "dd: fdatasync failed for '%s': %s", op->pub.path, errno_message (s->rec->pub.error));
		g_clear_error (&err);
		/* dd then tries fsync too, which finds the error taken */
	} else if (!e && ((op->pub.flags & EXTSIM_SCRIPT_OP_FSYNC_AFTER) || direct_off) &&
		   !extsim_fs_fsync (s->res->fs, ino, &err)) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "dd: fsync failed for '%s': %s", op->pub.path, errno_message (s->rec->pub.error));
	}
	if (op->status == DD_STATUS_NONE || s->silent)
		return;
	format_dd_stats (stats, &r, op->status != DD_STATUS_NOXFER);
	run_stderr (s, stats->str);
}

/* fstests' src/punch-alternating: fallocate (PUNCH_HOLE | KEEP_SIZE) of
 * @length bytes every @block_size bytes from @offset while below the
 * size, then fsync; a failure is perror (FILE) and exit status 2.  More
 * than ON_DISK_CALLS_MAX punches are refused before the first. */
static void
run_punch_alternating (run_session *s, const script_op *op, extsim_ino ino)
{
	extsim_inode_info info;
	g_autoptr (GError) err = NULL;
	guint64 n;

	extsim_fs_inode_info (s->res->fs, ino, &info, NULL);
	n = op->pub.offset < info.size ? (info.size - op->pub.offset + op->pub.block_size - 1) / op->pub.block_size : 0;
	if (n > ON_DISK_CALLS_MAX) {
		run_fail (s, EFBIG, 2, "punch-alternating: extsim replays at most %" G_GUINT64_FORMAT
			  " punches, this file needs %" G_GUINT64_FORMAT, ON_DISK_CALLS_MAX, n);
		return;
	}
	/* one step for the checker: a check a punch would cost the whole state */
	extsim_fs_batch_begin (s->res->fs);
	for (guint64 i = 0; i < n; i++) {
		if (!extsim_fs_punch_hole (s->res->fs, ino, op->pub.offset + i * op->pub.block_size, op->pub.length, &err))
			break;
	}
	extsim_fs_batch_end (s->res->fs);
	if (!err)
		extsim_fs_fsync (s->res->fs, ino, &err);
	if (err)
		run_fail (s, run_errno_of (err), 2, "%s: %s", op->pub.path, errno_message (run_errno_of (err)));
}

/* open(2) failed with @e: each tool's words */
static void
open_failed (run_session *s, const script_op *op, int e)
{
	s->rec->pub.error = e;
	if (op->tool == TOOL_TRUNCATE)
		run_err (s, 1, "truncate: cannot open '%s' for writing: %s", op->pub.path, errno_message (e));
	else if (op->tool == TOOL_DD)
		run_err (s, 1, "dd: failed to open '%s': %s", op->pub.path, errno_message (e));
	else if (op->tool == TOOL_PUNCH_ALTERNATING) /* perror (argv[optind]), exit 2 */
		run_err (s, 2, "%s: %s", op->pub.path, errno_message (e));
	else
		run_err (s, 1, "fallocate: cannot open %s: %s", op->pub.path, errno_message (e));
}

/* e2fsprogs' ulong_log10: the digits of v, less one */
static int
digits_less_one (guint64 v)
{
	int l = 0;

	for (v /= 10; v; v /= 10)
		l++;
	return l;
}

/* print_extent_info's flag names, in its order; FIEMAP_EXTENT_* bits */
static const struct {
	guint32 mask;
	const char *name;
} filefrag_flags[] = {
	{ 0x1, "last," },         { 0x2, "unknown_loc," }, { 0x4, "delalloc," },     { 0x8, "encoded," },
	{ 0x80, "encrypted," },   { 0x100, "not_aligned," }, { 0x200, "inline," },  { 0x400, "tail_packed," },
	{ 0x800, "unwritten," },  { 0x1000, "merged," },  { 0x2000, "shared," },      { 0x08000000, "hole," },
};

/* One line of filefrag -v (print_extent_info); expected is a byte address,
 * 0 for none. */
static void
filefrag_line (GString *out, const extsim_fiemap_extent *fe, int n, guint64 expected, guint blk_shift, guint64 size,
	       const int widths[2])
{
	guint shift = (fe->flags & EXTSIM_FIEMAP_DATA_INLINE) ? 0 : blk_shift; /* inline: bytes */
	gboolean no_place = (fe->flags & (EXTSIM_FIEMAP_UNKNOWN | 0x08000000)) != 0;
	guint64 len = fe->length >> shift, blks = (fe->length - 1) >> shift, logical = fe->logical >> shift;
	guint64 physical = (fe->flags & EXTSIM_FIEMAP_UNKNOWN) ? 0 : fe->physical >> shift;
	guint32 left = fe->flags;
	g_autoptr (GString) flags = g_string_new (NULL);

	if (expected && !no_place)
		g_string_append_printf (flags, "%*" G_GUINT64_FORMAT ": ", widths[1], expected >> shift);
	else
		g_string_append_printf (flags, "%.*s  ", widths[1], "                   ");
	for (guint i = 0; i < G_N_ELEMENTS (filefrag_flags); i++) {
		if (left & filefrag_flags[i].mask)
			g_string_append (flags, filefrag_flags[i].name);
		left &= ~filefrag_flags[i].mask;
	}
	for (guint32 mask = 1; left && mask; mask <<= 1) {
		if (left & mask)
			g_string_append_printf (flags, "%#04x,", mask);
		left &= ~mask;
	}
	if (fe->logical + fe->length >= size)
		g_string_append (flags, "eof,");
	g_string_truncate (flags, flags->len - 1); /* the last comma (or blank) */
	g_string_append_printf (out, "%4d: %*" G_GUINT64_FORMAT "..%*" G_GUINT64_FORMAT ": %*" G_GUINT64_FORMAT
			       "..%*" G_GUINT64_FORMAT ": %6" G_GUINT64_FORMAT ": %s\n",
				n, widths[0], logical, widths[0], logical + blks, widths[1], physical, widths[1],
				physical + (no_place ? 0 : blks), no_place ? 0 : len, flags->str);
}

/*
 * filefrag FILE as e2fsprogs 1.47 reports it (misc/filefrag.c): the
 * fiemap of the whole file, and the extents it counts: an extent that
 * starts where the one before would have it continue (in the file's
 * order, or right after it on disk) is not a new one.  With -v the header
 * lines and one line an extent.  "Filesystem type is:" comes with the
 * first file of each subvolume in a row (each has its own st_dev), and
 * the columns widen with the widest number so far, as in filefrag.
 * FIGETBSZ is the sectorsize; f_blocks (the physical column's width) the
 * device's size in sectors (btrfs_statfs).  A directory is not modelled
 * (refused when it runs).
 */
static void
run_filefrag (run_session *s, const script_op *op)
{
	gboolean verbose = (op->pub.flags & EXTSIM_SCRIPT_OP_VERBOSE) != 0;
	guint blk_shift = (guint) g_bit_nth_msf (s->sectorsize, -1);
	g_autoptr (GString) out = g_string_new (NULL);
	g_autoptr (GArray) extents = NULL;
	g_autoptr (GError) err = NULL;
	extsim_fiemap_extent last = { 0 };
	extsim_inode_info info;
	guint64 numblocks;
	extsim_ino ino;
	int total = 0, e;

	if (!op->fails && run_is_dir (s, op->rel)) {
		run_err (s, 1, "filefrag: %s: filefrag of a directory is not modelled by extsim", op->pub.path);
		return;
	}
	e = run_open_file (s, op->rel, op->fails != OP_FAILS_NOT, FALSE, FALSE, &ino);
	if (e) {
		/* perror ("open"); the status is the first failure's errno */
		run_fail (s, e, 0, "open: %s", errno_message (e));
		s->exit_status = s->exit_status ? s->exit_status : e;
		return;
	}
	extents = extsim_fs_fiemap (s->res->fs, ino, 0, 0, op->sync_first ? EXTSIM_FIEMAP_FLAG_SYNC : 0, &err);
	if (!extents || !extsim_fs_inode_info (s->res->fs, ino, &info, &err)) {
		extsim_fs_release (s->res->fs, ino, NULL);
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 0, "%s: FS_IOC_FIEMAP: %s", op->pub.path, errno_message (s->rec->pub.error));
		s->exit_status = s->exit_status ? s->exit_status : s->rec->pub.error;
		return;
	}
	extsim_fs_release (s->res->fs, ino, NULL);
	if (verbose && s->filefrag_root != ino.root)
		g_string_append (out, "Filesystem type is: 9123683e\n"); /* BTRFS_SUPER_MAGIC */
	s->filefrag_root = ino.root;
	s->filefrag_widths[1] = MAX (s->filefrag_widths[1], digits_less_one (s->device_size >> blk_shift));
	numblocks = (info.size + s->sectorsize - 1) >> blk_shift;
	s->filefrag_widths[0] = MAX (s->filefrag_widths[0], digits_less_one (numblocks));
	if (verbose)
		g_string_append_printf (out, "File size of %s is %" G_GUINT64_FORMAT " (%" G_GUINT64_FORMAT " block%s of %u bytes)\n",
					op->pub.path, info.size, numblocks, numblocks == 1 ? "" : "s", s->sectorsize);
	if (verbose && extents->len)
		g_string_append_printf (out, " ext: %*s %*s length: %*s flags:\n", s->filefrag_widths[0] * 2 + 3,
					"logical_offset:", s->filefrag_widths[1] * 2 + 3, "physical_offset:",
					s->filefrag_widths[1] + 1, "expected:");
	for (guint i = 0; i < extents->len; i++) {
		const extsim_fiemap_extent *fe = &g_array_index (extents, extsim_fiemap_extent, i);
		guint64 dense = last.physical + last.length, expected = last.physical + fe->logical - last.logical;

		if (fe->logical != 0 && fe->physical != expected && fe->physical != dense) {
			total++;
		} else {
			expected = 0;
			total = MAX (total, 1);
		}
		if (verbose)
			filefrag_line (out, fe, (int) i, expected, blk_shift, info.size, s->filefrag_widths);
		last = *fe;
	}
	g_string_append_printf (out, total == 1 ? "%s: %d extent found\n" : "%s: %d extents found\n", op->pub.path, total);
	run_out (s, out->str);
}

/* Opens one operand of cmp for reading: its content, or NULL with the
 * error printed (unless -s) and exit status 2.  cmp closes it at its exit
 * (btrfs_release_file, as for xfs_io -r and filefrag). */
static GArray *
cmp_open (run_session *s, const script_op *op, const char *rel, const char *path, guint64 *size)
{
	const extsim_ino *ino = op->fails ? NULL : result_lookup_file (s->res, rel);
	extsim_inode_info info;
	GArray *runs;
	int e = !op->fails && run_is_dir (s, rel) ? EISDIR : ino ? 0 : ENOENT;

	if (!e) {
		extsim_fs_inode_info (s->res->fs, *ino, &info, NULL);
		extsim_fs_readahead (s->res->fs, *ino, 0, 0, NULL); /* it reads the file */
		*size = info.size;
		runs = extsim_fs_read (s->res->fs, *ino, 0, 0, NULL);
		extsim_fs_release (s->res->fs, *ino, NULL);
		return runs;
	}
	s->rec->pub.error = e;
	if (op->pub.flags & EXTSIM_SCRIPT_OP_QUIET)
		s->exit_status = 2;
	else
		run_err (s, 2, "cmp: %s: %s", path, errno_message (e));
	return NULL;
}

/* The newlines in [0, end) of a file, run by run. */
static guint64
newlines_before (const GArray *runs, guint64 end)
{
	guint64 n = 0;

	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, i);

		if (r->offset >= end)
			break;
		if (r->fill == '\n')
			n += MIN (r->offset + r->len, end) - r->offset;
	}
	return n;
}

/* The byte at off of a file (off below its size). */
static guint8
byte_at (const GArray *runs, guint *i, guint64 off)
{
	while (off >= g_array_index (runs, extsim_content_run, *i).offset + g_array_index (runs, extsim_content_run, *i).len)
		(*i)++;
	return g_array_index (runs, extsim_content_run, *i).fill;
}

/*
 * cmp A B as diffutils 3.8 prints it: "A B differ: byte N, line L" on
 * stdout (exit 1); the shorter one a prefix of the longer: "cmp: EOF on A
 * after byte N, in line L" (", line L" when it ends with a newline; "which
 * is empty") on stderr (exit 1); the same: nothing (exit 0).  -s prints
 * nothing, errors included.  The comparison walks the runs of equal bytes
 * (extsim_fs_read), not the bytes.
 */
static void
run_cmp (run_session *s, const script_op *op)
{
	gboolean quiet = (op->pub.flags & EXTSIM_SCRIPT_OP_QUIET) != 0;
	g_autoptr (GArray) a = NULL, b = NULL;
	guint64 size[2] = { 0, 0 }, off = 0, common;
	guint ia = 0, ib = 0;

	if (!(a = cmp_open (s, op, op->rel, op->pub.path, &size[0])) || !(b = cmp_open (s, op, op->rel2, op->pub.path2, &size[1])))
		return;
	common = MIN (size[0], size[1]);
	/* from one run boundary of either file to the next */
	while (off < common && byte_at (a, &ia, off) == byte_at (b, &ib, off)) {
		const extsim_content_run *ra = &g_array_index (a, extsim_content_run, ia);
		const extsim_content_run *rb = &g_array_index (b, extsim_content_run, ib);

		off = MIN (ra->offset + ra->len, rb->offset + rb->len);
	}
	if (off < common) {
		g_autofree char *line = g_strdup_printf ("%s %s differ: byte %" G_GUINT64_FORMAT ", line %" G_GUINT64_FORMAT "\n",
							 op->pub.path, op->pub.path2, off + 1, newlines_before (a, off) + 1);

		s->exit_status = 1;
		if (!quiet)
			run_out (s, line);
		return;
	}
	if (size[0] == size[1])
		return;
	s->exit_status = 1;
	if (!quiet) {
		gboolean first = size[0] < size[1];
		const GArray *shorter = first ? a : b;
		const char *name = first ? op->pub.path : op->pub.path2;
		guint64 n = newlines_before (shorter, common);
		guint i = 0;

		if (!common)
			run_err (s, 1, "cmp: EOF on %s which is empty", name);
		else if (byte_at (shorter, &i, common - 1) == '\n')
			run_err (s, 1, "cmp: EOF on %s after byte %" G_GUINT64_FORMAT ", line %" G_GUINT64_FORMAT, name, common, n);
		else
			run_err (s, 1, "cmp: EOF on %s after byte %" G_GUINT64_FORMAT ", in line %" G_GUINT64_FORMAT, name, common,
				 n + 1);
	}
}

/* od's address of byte off in radix r ('n': none): 7 digits at least, 6
 * in hex, as coreutils 9.1 prints them. */
static void
od_address (GString *out, char r, guint64 off)
{
	if (r == 'd')
		g_string_append_printf (out, "%07" G_GUINT64_FORMAT, off);
	else if (r == 'o')
		g_string_append_printf (out, "%07" G_GINT64_MODIFIER "o", off);
	else if (r == 'x')
		g_string_append_printf (out, "%06" G_GINT64_MODIFIER "x", off);
}

/*
 * od -t x1 of a file (coreutils 9.1): sixteen bytes a line after the
 * address, " xx" each; a full line equal to the one before is left out, a
 * "*" in the place of each such stretch (unless -v); then the address of
 * the end.  The model's data are runs of one byte, so the lines inside a
 * run are skipped in one step: the cost follows the runs, not the bytes.
 * A missing file: od's error and no output; a directory opens, fails to
 * read, and the end address 0 follows (exit status 1 both).
 */
static void
run_od (run_session *s, const script_op *op)
{
	const extsim_ino *ino = op->fails ? NULL : result_lookup_file (s->res, op->rel);
	gboolean dir = !op->fails && run_is_dir (s, op->rel), verbose = (op->pub.flags & EXTSIM_SCRIPT_OP_VERBOSE) != 0;
	g_autoptr (GArray) runs = NULL;
	g_autoptr (GString) out = g_string_new (NULL);
	guint8 prev[16];
	gboolean have_prev = FALSE, starred = FALSE;
	extsim_inode_info info = { 0 };
	guint64 off = 0;
	guint i = 0;

	if (!ino) {
		s->rec->pub.error = dir ? EISDIR : ENOENT;
		run_err (s, 1, "od: %s: %s", op->pub.path, errno_message (s->rec->pub.error));
		if (dir && op->od_radix != 'n') {
			od_address (out, op->od_radix, 0);
			g_string_append_c (out, '\n');
			run_out (s, out->str);
		}
		return;
	}
	extsim_fs_inode_info (s->res->fs, *ino, &info, NULL);
	extsim_fs_readahead (s->res->fs, *ino, 0, 0, NULL); /* it reads the file */
	runs = extsim_fs_read (s->res->fs, *ino, 0, 0, NULL);
	extsim_fs_release (s->res->fs, *ino, NULL);
	while (off < info.size) {
		guint n = (guint) MIN ((guint64) 16, info.size - off);
		guint8 line[16];
		const extsim_content_run *r;

		for (guint k = 0; k < n; k++)
			line[k] = byte_at (runs, &i, off + k);
		r = &g_array_index (runs, extsim_content_run, i);
		if (!verbose && n == 16 && have_prev && memcmp (line, prev, 16) == 0) {
			guint64 end = r->offset + r->len;

			if (!starred)
				g_string_append (out, "*\n");
			starred = TRUE;
			/* the lines wholly inside this run are this one again */
			if (r->offset <= off && end > off + 16)
				off += (end - off) / 16 * 16 - 16;
			off += 16;
			continue;
		}
		od_address (out, op->od_radix, off);
		for (guint k = 0; k < n; k++)
			g_string_append_printf (out, " %02x", line[k]);
		if (op->od_chars) { /* padded to a whole line, so that > lines up */
			g_string_append_printf (out, "%*s  >", (int) (16 - n) * 3, "");
			for (guint k = 0; k < n; k++)
				g_string_append_c (out, g_ascii_isprint (line[k]) ? (char) line[k] : '.');
			g_string_append_c (out, '<');
		}
		g_string_append_c (out, '\n');
		memcpy (prev, line, 16);
		have_prev = n == 16;
		starred = FALSE;
		off += n;
	}
	if (op->od_radix != 'n') {
		od_address (out, op->od_radix, info.size);
		g_string_append_c (out, '\n');
	}
	run_out (s, out->str);
}

/*
 * st_blocks as btrfs_getattr () gives it: inode_get_bytes () (the
 * num_bytes of each regular or preallocated extent item, an inline one's
 * data: inode_add_bytes () where the items go in) and new_delalloc_bytes
 * (dirty bytes over holes: btrfs_set_extent_delalloc () marks them
 * EXTENT_DELALLOC_NEW), each rounded up to a block, in 512-byte units.
 */
static guint64
file_blocks (run_session *s, extsim_ino ino)
{
	g_autoptr (GArray) items = extsim_fs_file_extents (s->res->fs, ino, NULL);
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (s->res->fs, ino, NULL);
	guint64 bytes = 0, fresh = 0, bs = s->sectorsize;
	guint j = 0;

	for (guint i = 0; i < items->len; i++) {
		const extsim_file_extent *f = &g_array_index (items, extsim_file_extent, i);

		bytes += f->type == EXTSIM_FILE_EXTENT_INLINE ? f->disk_num_bytes : f->len;
	}
	/* both in file order: the dirty bytes no item covers */
	for (guint i = 0; i < dirty->len; i++) {
		const extsim_dirty_range *d = &g_array_index (dirty, extsim_dirty_range, i);
		guint64 pos = d->offset, end = d->offset + d->len;

		while (pos < end) {
			const extsim_file_extent *f;

			while (j < items->len && g_array_index (items, extsim_file_extent, j).offset +
							 g_array_index (items, extsim_file_extent, j).len <= pos)
				j++;
			f = j < items->len ? &g_array_index (items, extsim_file_extent, j) : NULL;
			if (!f || f->offset >= end) {
				fresh += end - pos;
				break;
			}
			fresh += f->offset > pos ? f->offset - pos : 0;
			pos = MIN (end, f->offset + f->len);
		}
	}
	return ((bytes + bs - 1) / bs * bs + (fresh + bs - 1) / bs * bs) >> 9;
}

/*
 * stat -c FORMAT (coreutils 9.1, through statx): the format with %s, %b,
 * %B, %n, %F, %h and %% filled in, and a newline; a missing file: "stat:
 * cannot statx 'FILE': No such file or directory", exit 1.  A directory's
 * size is what btrfs keeps, twice the length of each name in it (a
 * DIR_ITEM and a DIR_INDEX each count it: btrfs_add_link ()), its
 * blocks none but the top level's (run_dir_blocks), and its link count
 * 1 (btrfs keeps no count of subdirectories); a file's is its names.
 */
char *
run_stat_text (run_session *s, const script_op *op, const char *format, int exit_status)
{
	const extsim_ino *ino = op->fails ? NULL : result_lookup_file (s->res, op->rel);
	gboolean dir = !op->fails && run_is_dir (s, op->rel);
	GString *out;
	extsim_inode_info info = { 0 };
	guint64 size, blocks = 0;

	if (!ino && !dir) {
		if (exit_status)
			s->rec->pub.error = ENOENT;
		run_err (s, exit_status, "stat: cannot statx '%s': %s", op->pub.path, errno_message (ENOENT));
		return NULL;
	}
	out = g_string_new (NULL);
	if (ino) {
		extsim_fs_inode_info (s->res->fs, *ino, &info, NULL);
		size = info.size;
		blocks = file_blocks (s, *ino);
	} else {
		size = run_dir_size (s, op->rel);
		blocks = run_dir_blocks (s, op->rel);
	}
	for (const char *c = format; *c; c++) {
		if (*c != '%' || !c[1]) {
			g_string_append_c (out, *c);
			continue;
		}
		switch (*++c) {
		case 's': g_string_append_printf (out, "%" G_GUINT64_FORMAT, size); break;
		case 'b': g_string_append_printf (out, "%" G_GUINT64_FORMAT, blocks); break;
		case 'B': g_string_append (out, "512"); break;
		case 'n': g_string_append (out, op->pub.path); break;
		case 'F': g_string_append (out, dir ? "directory" : size ? "regular file" : "regular empty file"); break;
		case 'h': g_string_append_printf (out, "%u", dir ? 1 : run_link_count (s, *ino)); break;
		default: g_string_append_c (out, '%'); break;
		}
	}
	return g_string_free (out, FALSE);
}

static void
run_stat (run_session *s, const script_op *op)
{
	g_autofree char *text = run_stat_text (s, op, op->pub.message, 1);
	g_autofree char *line = text ? g_strconcat (text, "\n", NULL) : NULL;

	if (line)
		run_out (s, line);
}

/* n bytes as du -h prints them (human_readable with human_autoscale |
 * human_SI | human_base_1024 and human_ceiling): "1023", "1.1K", "12K". */
static void
du_human (GString *out, guint64 n)
{
	guint e;
	int decimal;
	guint64 amt = human_scale (n, 1024, TRUE, &e, &decimal);

	g_string_append_printf (out, "%" G_GUINT64_FORMAT, amt);
	if (decimal >= 0)
		g_string_append_printf (out, ".%d", decimal);
	if (e)
		g_string_append_c (out, "KMGTPE"[e - 1]);
}

/* Whether an earlier path of the same du took @rel: it is one of them or
 * below one (@before: "/" and their rel paths, from @op->pub.message, a
 * line each). */
static gboolean
du_seen (char **before, const char *rel)
{
	g_autofree char *key = g_strconcat ("/", rel, NULL);

	for (guint i = 0; before[i] && before[i][0]; i++) {
		gsize n = strlen (before[i]);

		if (g_str_equal (before[i], "/") || g_str_equal (before[i], key) ||
		    (strncmp (key, before[i], n) == 0 && key[n] == '/'))
			return TRUE;
	}
	return FALSE;
}

/* What du counts for a file or a directory alone: its blocks in bytes,
 * or its size. */
static guint64
du_own (run_session *s, const script_op *op, const char *rel)
{
	const extsim_ino *ino = result_lookup_file (s->res, rel);
	extsim_inode_info info = { 0 };

	if (!ino)
		return op->du_apparent ? run_dir_size (s, rel) : run_dir_blocks (s, rel) * 512;
	if (!op->du_apparent)
		return file_blocks (s, *ino) * 512;
	extsim_fs_inode_info (s->res->fs, *ino, &info, NULL);
	return info.size;
}

static void
du_line (run_session *s, const script_op *op, guint64 bytes, const char *path)
{
	g_autoptr (GString) line = g_string_new (NULL);

	if (op->du_unit == 'h')
		du_human (line, bytes);
	else if (op->du_unit == 'b')
		g_string_append_printf (line, "%" G_GUINT64_FORMAT, bytes);
	else
		g_string_append_printf (line, "%" G_GUINT64_FORMAT, (bytes + 1023) / 1024);
	g_string_append_printf (line, "\t%s\n", path);
	run_out (s, line->str);
}

/* The directory @rel (shown as @path) with all below it; a line for each
 * directory but with -s, after the ones below it, in readdir's order. */
static guint64
du_dir (run_session *s, const script_op *op, char **before, const char *rel, const char *path)
{
	g_autoptr (GPtrArray) dirs = NULL;
	g_autoptr (GPtrArray) files = NULL;
	guint64 total;

	if (du_seen (before, rel))
		return 0;
	dirs = run_subdirs (s, rel);
	files = run_dir_files (s, rel);
	total = du_own (s, op, rel);
	for (guint i = 0; i < files->len; i++)
		total += du_seen (before, files->pdata[i]) ? 0 : du_own (s, op, files->pdata[i]);
	for (guint i = 0; i < dirs->len; i++) {
		g_autofree char *sub = g_strdup_printf ("%s%s%s", path, g_str_has_suffix (path, "/") ? "" : "/",
							base_of (dirs->pdata[i]));

		total += du_dir (s, op, before, dirs->pdata[i], sub);
	}
	if (!op->du_summarize || g_str_equal (rel, op->rel))
		du_line (s, op, total, path);
	return total;
}

/*
 * du (coreutils 9.1): the disk usage of a file (st_blocks, file_blocks) or
 * with --apparent-size (-b) its size; of a directory, its own and
 * everything's below it, subvolumes inside included (du does not stop at
 * them without -x), a line for each directory below unless -s.  A missing
 * path: "du: cannot access 'PATH': No such file or directory", exit 1.
 */
static void
run_du (run_session *s, const script_op *op)
{
	g_auto (GStrv) before = g_strsplit (op->pub.message, "\n", -1);

	if (op->fails && !*op->rel) { /* the empty mount point */
		du_line (s, op, 0, op->pub.path);
		return;
	}
	if (op->fails || (!result_lookup_file (s->res, op->rel) && !run_is_dir (s, op->rel))) {
		run_fail (s, ENOENT, 1, "du: cannot access '%s': %s", op->pub.path, errno_message (ENOENT));
		return;
	}
	if (run_is_dir (s, op->rel))
		du_dir (s, op, before, op->rel, op->pub.path);
	else if (!du_seen (before, op->rel))
		du_line (s, op, du_own (s, op, op->rel), op->pub.path);
}

static gint
by_bytes (gconstpointer a, gconstpointer b)
{
	return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/*
 * ls PATH (coreutils 9.1, into a pipe or a file: one name a line): a
 * directory's names sorted by byte, as the C.UTF-8 locale sorts them
 * (-a adds "." and "..", -a and -A the names starting with a dot), or a
 * file's path; a missing path: "ls: cannot access 'PATH': No such file or
 * directory", exit 2.
 */
static void
run_ls (run_session *s, const script_op *op)
{
	g_autoptr (GPtrArray) dirs = NULL;
	g_autoptr (GPtrArray) files = NULL;
	g_autoptr (GPtrArray) names = g_ptr_array_new ();
	g_autoptr (GString) out = g_string_new (NULL);

	if (!op->fails && result_lookup_file (s->res, op->rel)) {
		g_string_append_printf (out, "%s\n", op->pub.path);
		run_out (s, out->str);
		return;
	}
	if (op->fails ? *op->rel != 0 : !run_is_dir (s, op->rel)) {
		run_fail (s, ENOENT, 2, "ls: cannot access '%s': %s", op->pub.path, errno_message (ENOENT));
		return;
	}
	if (op->ls_all == 'a') {
		g_ptr_array_add (names, (gpointer) ".");
		g_ptr_array_add (names, (gpointer) "..");
	}
	if (!op->fails) { /* the empty mount point otherwise */
		dirs = run_subdirs (s, op->rel);
		files = run_dir_files (s, op->rel);
		for (guint t = 0; t < 2; t++) {
			GPtrArray *a = t ? files : dirs;

			for (guint i = 0; i < a->len; i++) {
				const char *base = base_of (a->pdata[i]);

				if (base[0] != '.' || op->ls_all)
					g_ptr_array_add (names, (gpointer) base);
			}
		}
	}
	g_ptr_array_sort (names, by_bytes);
	for (guint i = 0; i < names->len; i++)
		g_string_append_printf (out, "%s\n", (const char *) names->pdata[i]);
	run_out (s, out->str);
}

/*
 * coreutils 9.1 sync FILE (sync_arg): open (O_RDONLY | O_NONBLOCK), then
 * fsync, fdatasync (-d) or syncfs (-f, the filesystem's sync); "sync:
 * error opening 'FILE': ..." or "error syncing" and exit status 1 when
 * one fails.  An fsync of a directory (btrfs logs the directory) is not
 * modelled: refused when it runs.
 */
static void
run_sync_file (run_session *s, const script_op *op)
{
	g_autoptr (GError) err = NULL;
	extsim_ino ino;
	int e;

	if (!op->fails && run_is_dir (s, op->rel)) {
		if (op->pub.kind == EXTSIM_SCRIPT_OP_SYNC)
			extsim_fs_sync (s->res->fs);
		else
			run_err (s, 1, "sync: '%s': an fsync of a directory is not modelled by extsim", op->pub.path);
		return;
	}
	e = run_open_file (s, op->rel, op->fails != OP_FAILS_NOT, FALSE, FALSE, &ino);
	if (e) {
		run_fail (s, e, 1, "sync: error opening '%s': %s", op->pub.path, errno_message (e));
		return;
	}
	if (op->pub.kind == EXTSIM_SCRIPT_OP_SYNC)
		extsim_fs_sync (s->res->fs);
	else if (!(op->pub.kind == EXTSIM_SCRIPT_OP_FDATASYNC ? extsim_fs_fdatasync (s->res->fs, ino, &err)
							      : extsim_fs_fsync (s->res->fs, ino, &err))) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "sync: error syncing '%s': %s", op->pub.path, errno_message (s->rec->pub.error));
	}
	extsim_fs_release (s->res->fs, ino, NULL);
}

void
run_tool (run_session *s, const script_op *op)
{
	gboolean create = (op->pub.flags & EXTSIM_SCRIPT_OP_CREATE) != 0;
	gboolean existed = !op->fails && result_lookup_file (s->res, op->rel) != NULL;
	const extsim_ino *src = NULL;
	extsim_ino ino;
	int e;

	if (op->tool == TOOL_CP) {
		run_cp (s, op);
		return;
	}
	if (op->tool == TOOL_FILEFRAG) {
		run_filefrag (s, op);
		return;
	}
	if (op->tool == TOOL_CMP) {
		run_cmp (s, op);
		return;
	}
	if (op->tool == TOOL_OD) {
		run_od (s, op);
		return;
	}
	if (op->tool == TOOL_STAT) {
		run_stat (s, op);
		return;
	}
	if (op->tool == TOOL_DU) {
		run_du (s, op);
		return;
	}
	if (op->tool == TOOL_LS) {
		run_ls (s, op);
		return;
	}
	if (op->tool == TOOL_SYNC) {
		run_sync_file (s, op);
		return;
	}
	/* dd opens if= before of=; a directory opens, and fails to read */
	if (op->rel2 && !run_is_dir (s, op->rel2) && !(src = op->fails ? NULL : result_lookup_file (s->res, op->rel2))) {
		run_fail (s, ENOENT, 1, "dd: failed to open '%s': %s", op->pub.path2, errno_message (ENOENT));
		return;
	}
	e = run_open_file (s, op->rel, op->fails != OP_FAILS_NOT, create, TRUE, &ino);
	if (e == ENOENT && op->tool == TOOL_TRUNCATE && !create)
		return; /* truncate -c: a missing file is no error */
	if (e) {
		open_failed (s, op, e);
		return;
	}
	if (op->tool == TOOL_TRUNCATE)
		run_truncate (s, op, ino);
	else if (op->tool == TOOL_DD)
		run_dd (s, op, ino, src, !existed);
	else if (op->tool == TOOL_PUNCH_ALTERNATING)
		run_punch_alternating (s, op, ino);
	else
		run_fallocate (s, op, ino);
	extsim_fs_release (s->res->fs, ino, NULL);
	if (src)
		extsim_fs_release (s->res->fs, *src, NULL);
}
