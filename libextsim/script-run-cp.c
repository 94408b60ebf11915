/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: cp SRC DST against the model (coreutils 9.1 on btrfs)
 *
 * cp stats SRC, opens it, opens DST (O_CREAT, or O_TRUNC when it exists)
 * and tries FICLONE.  --reflink=always stops when the clone fails; without
 * --reflink, or with --reflink=auto, cp copies the data instead.  The clone
 * of a whole file onto an empty one fails only when exactly one of the two
 * files is NODATASUM (chattr +C), before anything is written back
 * (btrfs_remap_file_range); any other failure is not modelled.  What cp
 * does then depends on whether SRC looks sparse in the stat it took before
 * the clone (infer_scantype: st_blocks < st_size / 512, where btrfs counts
 * the bytes of every file extent item, PREALLOC and past EOF too, plus the
 * dirty bytes over holes):
 *
 *   not sparse: copy_file_range (SRC, DST, to the end) until it returns 0.
 *     The kernel tries the remap again (the same EINVAL) and splices: the
 *     page cache of [0, size) is read, holes and PREALLOC as zeroes, and
 *     written to DST in write calls of 64 KiB (a pipe of 16 pages), the
 *     grid starting again at each call of copy_file_range (at most
 *     MAX_RW_COUNT bytes; after a short write).  Zeroes become data.
 *     A call that writes nothing first: "cp: error copying 'S' to 'D': ...".
 *   sparse: lseek SEEK_DATA / SEEK_HOLE gives the data segments (written
 *     extents and dirty ranges; PREALLOC without dirty pages is a hole);
 *     each is read in buffers of 128 KiB from its start, and of each
 *     buffer the runs of 4 KiB chunks that are not all zero are written,
 *     one write(2) call per run (full_write finishes a short one), the
 *     zero chunks skipped (holes: lseek).  Then, when DST does not end
 *     with written data, ftruncate (DST, size).  A write that fails:
 *     "cp: error writing 'D': ...".
 *
 * --reflink=never tries no FICLONE, and copies at once with the same
 * stat: a sparse SRC as above; one that is not sparse without
 * copy_file_range (which could clone): read(2) in buffers of 128 KiB from
 * offset 0, each buffer written whole in one write(2) call (full_write),
 * holes and PREALLOC as zeroes, no ftruncate.  A write that fails:
 * "cp: error writing 'D': ...".
 *
 * All end with exit status 1 on ENOSPC, DST keeping what was written.  The
 * model writes one byte value per call: a call whose data changes value
 * becomes two calls here, as in dd (script-run-tools.c).  The work is
 * proportional to the content runs and data segments of SRC: whole runs of
 * calls go to extsim_fs_pwrite at once.
 */
#include "script-private.h"

#include <errno.h>

#define CP_BUFFER (128 * 1024)           /* io_blksize (): coreutils' IO_BUFSIZE */
#define SPLICE_CALL (16 * 4096)          /* a pipe of PIPE_DEF_BUFFERS pages */
#define MAX_RW_COUNT G_GUINT64_CONSTANT (0x7ffff000) /* INT_MAX & PAGE_MASK */

typedef struct {
	guint64 origin; /* where the grid of calls starts */
	guint64 bs;     /* bytes per full call */
} call_grid;

/*
 * write(2) calls of [from, to), all @fill, on @g: a call ends at the next
 * point of the grid or at @to.  A short call is finished by the calls
 * after it (full_write), unless @stop_short: then *done tells where the
 * caller's copy_file_range stopped.  0, or the errno of a call that wrote
 * nothing; *done where the writing stopped.
 */
static int
write_calls (run_session *s, extsim_ino ino, guint64 from, guint64 to, guint8 fill, const call_grid *g,
	     gboolean stop_short, guint64 *done)
{
	*done = from;
	while (*done < to) {
		guint64 into = (*done - g->origin) % g->bs;
		/* from a call's start: the remaining calls in bulk; else the rest of the call */
		guint64 n = into ? MIN (g->bs - into, to - *done) : to - *done;
		guint64 w = 0;
		g_autoptr (GError) err = NULL;
		gboolean ok = extsim_fs_pwrite (s->res->fs, ino, *done, n, fill, into ? n : g->bs, &w, &err);

		*done += w;
		if (!ok)
			return run_errno_of (err);
		if (!w)
			return ENOSPC;
		if (w < n && stop_short)
			return 0;
	}
	return 0;
}

/* What a read of [offset, offset + len) of SRC returns, read into the page cache first */
static GArray *
read_src (run_session *s, extsim_ino src, guint64 offset, guint64 len)
{
	GArray *runs;

	extsim_fs_readahead (s->res->fs, src, offset, len, NULL);
	runs = extsim_fs_read (s->res->fs, src, offset, len, NULL);
	return runs ? runs : g_array_new (FALSE, FALSE, sizeof (extsim_content_run));
}

/* The run of @runs (in order) that ends after @pos, from *i on, which
 * moves to it; NULL when none does. */
static const extsim_content_run *
run_from (const GArray *runs, guint *i, guint64 pos)
{
	while (*i < runs->len && g_array_index (runs, extsim_content_run, *i).offset +
					 g_array_index (runs, extsim_content_run, *i).len <= pos)
		(*i)++;
	return *i < runs->len ? &g_array_index (runs, extsim_content_run, *i) : NULL;
}

/* ---- not sparse: copy_file_range, spliced ------------------------------------- */

/* copy_file_range calls until the end: 0, or the errno of the one that failed */
static int
splice_copy (run_session *s, extsim_ino src, extsim_ino dst, guint64 size)
{
	g_autoptr (GArray) runs = read_src (s, src, 0, size);
	guint64 pos = 0;
	guint i = 0;

	while (pos < size) {
		call_grid g = { pos, SPLICE_CALL };
		guint64 end = MIN (size, pos + MAX_RW_COUNT);

		/* one copy_file_range: from pos, until a short or failed write */
		while (pos < end) {
			const extsim_content_run *r;
			guint64 to, done;
			int e;

			if (!(r = run_from (runs, &i, pos)))
				return 0; /* the read ended early: nothing more to copy */
			to = MIN (end, r->offset + r->len);
			e = write_calls (s, dst, pos, to, r->fill, &g, TRUE, &done);
			if (e && done == g.origin)
				return e; /* copy_file_range failed before it wrote anything */
			pos = done;
			if (e || done < to)
				break; /* it returned what it wrote; cp calls it again */
		}
	}
	return 0;
}

/* ---- not sparse, --reflink=never: read, write ------------------------------------ */

/* sparse_copy() without holes: every buffer read is written whole; 0, or the errno of a write */
static int
rw_copy (run_session *s, extsim_ino src, extsim_ino dst, guint64 size)
{
	g_autoptr (GArray) runs = read_src (s, src, 0, size);
	call_grid g = { 0, CP_BUFFER };

	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, i);
		guint64 done;
		int e = write_calls (s, dst, r->offset, MIN (size, r->offset + r->len), r->fill, &g, FALSE, &done);

		if (e)
			return e;
	}
	return 0;
}

/* ---- sparse: SEEK_DATA, read, write --------------------------------------------- */

static gint
range_cmp (gconstpointer a, gconstpointer b)
{
	const extsim_range *x = a, *y = b;

	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* Sort and merge ranges that touch or overlap. */
static void
merge_ranges (GArray *r)
{
	guint n = 0;

	g_array_sort (r, range_cmp);
	for (guint i = 0; i < r->len; i++) {
		extsim_range *c = &g_array_index (r, extsim_range, i);
		extsim_range *last = n ? &g_array_index (r, extsim_range, n - 1) : NULL;

		if (!c->len)
			continue;
		if (last && c->offset <= last->offset + last->len)
			last->len = MAX (last->offset + last->len, c->offset + c->len) - last->offset;
		else
			g_array_index (r, extsim_range, n++) = *c;
	}
	g_array_set_size (r, n);
}

/* Bytes of @r (sorted, merged) that no range of @cover (sorted, merged) covers. */
static guint64
uncovered_bytes (const GArray *r, const GArray *cover)
{
	guint64 sum = 0;
	guint j = 0;

	for (guint i = 0; i < r->len; i++) {
		const extsim_range *a = &g_array_index (r, extsim_range, i);
		guint64 pos = a->offset, end = a->offset + a->len;

		while (j < cover->len && g_array_index (cover, extsim_range, j).offset + g_array_index (cover, extsim_range, j).len <= pos)
			j++;
		for (guint k = j; k < cover->len && pos < end; k++) {
			const extsim_range *c = &g_array_index (cover, extsim_range, k);

			if (c->offset >= end)
				break;
			if (c->offset > pos)
				sum += c->offset - pos;
			pos = MAX (pos, c->offset + c->len);
		}
		if (pos < end)
			sum += end - pos;
	}
	return sum;
}

/*
 * SRC as fstat and lseek see it: *sparse as infer_scantype() decides it,
 * and the data segments SEEK_DATA / SEEK_HOLE find in [0, size).
 */
static GArray *
src_layout (run_session *s, extsim_ino src, guint64 size, gboolean *sparse)
{
	g_autoptr (GArray) items = extsim_fs_file_extents (s->res->fs, src, NULL);
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (s->res->fs, src, NULL);
	g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (extsim_range));
	g_autoptr (GArray) dirty_r = g_array_new (FALSE, FALSE, sizeof (extsim_range));
	GArray *data = g_array_new (FALSE, FALSE, sizeof (extsim_range));
	guint64 ss = s->sectorsize, item_bytes = 0, new_delalloc, blocks;

	for (guint i = 0; items && i < items->len; i++) {
		const extsim_file_extent *fe = &g_array_index (items, extsim_file_extent, i);
		extsim_range r = { fe->offset, fe->len };

		/* inode_get_bytes: num_bytes of each item, an inline one's data */
		item_bytes += fe->type == EXTSIM_FILE_EXTENT_INLINE ? fe->disk_num_bytes : fe->len;
		g_array_append_val (all, r);
		if (fe->type != EXTSIM_FILE_EXTENT_PREALLOC)
			g_array_append_val (data, r);
	}
	for (guint i = 0; dirty && i < dirty->len; i++) {
		const extsim_dirty_range *d = &g_array_index (dirty, extsim_dirty_range, i);

		g_array_append_val (dirty_r, ((extsim_range) { d->offset, d->len }));
		g_array_append_val (data, ((extsim_range) { d->offset, d->len }));
	}
	merge_ranges (all);
	merge_ranges (dirty_r);
	/* btrfs_getattr: new_delalloc_bytes are the dirty bytes over holes */
	new_delalloc = uncovered_bytes (dirty_r, all);
	blocks = ((item_bytes + ss - 1) / ss * ss + (new_delalloc + ss - 1) / ss * ss) / 512;
	*sparse = blocks < size / 512;
	merge_ranges (data);
	for (guint i = 0; i < data->len; i++) {
		extsim_range *r = &g_array_index (data, extsim_range, i);

		if (r->offset >= size) {
			g_array_set_size (data, i);
			break;
		}
		r->len = MIN (r->len, size - r->offset);
	}
	return data;
}

/*
 * One data segment [seg_start, seg_end), as sparse_copy() reads and writes
 * it: of its runs, the 4 KiB chunks (from the segment's start) that hold
 * a byte other than zero are written, each maximal row of them within one
 * buffer in one call.  *wrote_end: the segment ends with written data.
 */
static int
copy_segment (run_session *s, extsim_ino src, extsim_ino dst, guint64 seg_start, guint64 seg_end,
	      gboolean *wrote_end)
{
	g_autoptr (GArray) runs = read_src (s, src, seg_start, seg_end - seg_start);
	g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (extsim_range));
	call_grid g = { seg_start, CP_BUFFER };
	guint64 chunk = s->sectorsize; /* st_blksize */
	guint i = 0;

	for (guint k = 0; k < runs->len; k++) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, k);
		guint64 a = seg_start + (r->offset - seg_start) / chunk * chunk;
		guint64 b = MIN (seg_end, seg_start + (r->offset + r->len - seg_start + chunk - 1) / chunk * chunk);

		if (r->fill)
			g_array_append_val (rows, ((extsim_range) { a, b - a }));
	}
	merge_ranges (rows);
	*wrote_end = rows->len && g_array_index (rows, extsim_range, rows->len - 1).offset +
					  g_array_index (rows, extsim_range, rows->len - 1).len == seg_end;
	for (guint k = 0; k < rows->len; k++) {
		const extsim_range *row = &g_array_index (rows, extsim_range, k);
		guint64 pos = row->offset, end = row->offset + row->len;

		while (pos < end) {
			const extsim_content_run *r;
			guint64 to, done;
			int e;

			if (!(r = run_from (runs, &i, pos)))
				return 0; /* the read ended early: nothing more to copy */
			to = MIN (end, r->offset + r->len);
			e = write_calls (s, dst, pos, to, r->fill, &g, FALSE, &done);
			if (e)
				return e;
			pos = done;
		}
	}
	return 0;
}

/* lseek_copy(): 0, or the errno of the write or ftruncate that failed (*what) */
static int
lseek_copy (run_session *s, extsim_ino src, extsim_ino dst, guint64 size, const GArray *segs, const char **what)
{
	gboolean wrote_end = FALSE;
	g_autoptr (GError) err = NULL;

	*what = "error writing";
	for (guint k = 0; k < segs->len; k++) {
		const extsim_range *seg = &g_array_index (segs, extsim_range, k);
		int e = copy_segment (s, src, dst, seg->offset, seg->offset + seg->len, &wrote_end);

		if (e)
			return e;
	}
	if (segs->len) {
		const extsim_range *last = &g_array_index (segs, extsim_range, segs->len - 1);

		wrote_end = wrote_end && last->offset + last->len == size;
	}
	*what = "failed to extend";
	if (!wrote_end && !extsim_fs_truncate (s->res->fs, dst, size, &err))
		return run_errno_of (err);
	return 0;
}

/*
 * The copy cp makes when the clone failed, or at once with --reflink=never
 * (@never: no copy_file_range): 0, or the errno (already reported)
 */
static int
copy_data (run_session *s, extsim_ino src, extsim_ino dst, const char *src_path, const char *dst_path,
	   gboolean never)
{
	g_autoptr (GArray) segs = NULL;
	extsim_inode_info info;
	gboolean sparse;
	const char *what = NULL;
	int e;

	extsim_fs_inode_info (s->res->fs, src, &info, NULL);
	segs = src_layout (s, src, info.size, &sparse);
	if (!sparse && never) {
		e = rw_copy (s, src, dst, info.size);
		if (e)
			run_err (s, 1, "cp: error writing '%s': %s", dst_path, errno_message (e));
	} else if (!sparse) {
		e = splice_copy (s, src, dst, info.size);
		if (e)
			run_err (s, 1, "cp: error copying '%s' to '%s': %s", src_path, dst_path, errno_message (e));
	} else {
		e = lseek_copy (s, src, dst, info.size, segs, &what);
		if (e)
			run_err (s, 1, "cp: %s '%s': %s", what, dst_path, errno_message (e));
	}
	return e;
}

/* ---- cp ------------------------------------------------------------------------- */

/*
 * cp SRC DST: stat the source, name the destination (inside DST when it is
 * a directory), open it (O_CREAT, or O_TRUNC when it exists), FICLONE; when
 * the clone fails, the copy above unless --reflink=always.  --reflink=never:
 * the copy, without the clone.
 */
void
run_cp (run_session *s, const script_op *op)
{
	const extsim_ino *src = op->fails ? NULL : result_lookup_file (s->res, op->rel2);
	g_autofree char *rel = NULL;
	g_autofree char *path = NULL;
	g_autoptr (GError) err = NULL;
	const extsim_ino *old;
	extsim_ino dst;
	int e;

	if (!op->fails && run_is_dir (s, op->rel2)) {
		run_err (s, 1, "cp: -r not specified; omitting directory '%s'", op->pub.path2);
		return;
	}
	if (!src) {
		run_fail (s, ENOENT, 1, "cp: cannot stat '%s': %s", op->pub.path2, errno_message (ENOENT));
		return;
	}
	rel = g_strdup (op->rel);
	path = g_strdup (op->pub.path);
	if (!op->fails && run_is_dir (s, op->rel)) {
		g_autofree char *base = g_path_get_basename (op->rel2);

		g_free (rel);
		g_free (path);
		rel = *op->rel ? g_strdup_printf ("%s/%s", op->rel, base) : g_strdup (base);
		path = g_strdup_printf ("%s/%s", op->pub.path, base);
	}
	old = op->fails ? NULL : result_lookup_file (s->res, rel);
	if (old && old->root == src->root && old->ino == src->ino) {
		run_err (s, 1, "cp: '%s' and '%s' are the same file", op->pub.path2, path);
		return;
	}
	e = run_open_file (s, rel, op->fails != OP_FAILS_NOT, TRUE, TRUE, &dst);
	if (!e && old && !extsim_fs_truncate (s->res->fs, dst, 0, &err))
		e = run_errno_of (err);
	if (e) {
		run_fail (s, e, 1, "cp: cannot create regular file '%s': %s", path, errno_message (e));
		return;
	}
	if (op->no_clone) {
		e = copy_data (s, *src, dst, op->pub.path2, path, TRUE);
		if (e)
			s->rec->pub.error = e;
	} else if (!extsim_fs_clone_range (s->res->fs, *src, 0, dst, 0, 0, &err)) {
		e = run_errno_of (err);
		if (op->must_clone) {
			run_fail (s, e, 1, "cp: failed to clone '%s' from '%s': %s", path, op->pub.path2, errno_message (e));
		} else if (e != EINVAL) {
			/* copy_file_range would try the remap again after what this one wrote back */
			run_fail (s, e, 1, "cp: the clone failed (%s) and extsim models the copy cp --reflink=auto makes "
				 "instead only after a clone that fails at once (NODATASUM)", errno_message (e));
		} else {
			e = copy_data (s, *src, dst, op->pub.path2, path, FALSE);
			if (e)
				s->rec->pub.error = e;
		}
	}
	extsim_fs_release (s->res->fs, dst, NULL);
	extsim_fs_release (s->res->fs, *src, NULL);
}
