/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: buffered writes and the page cache
 * (__btrfs_buffered_write in Linux 5.2; btrfs-semantics.md 1.2, 1.3)
 *
 * xfs_io pwrite -b B issues write(2) calls of B bytes; the kernel copies
 * each call in chunks (one page in Linux 6.x, up to 512 pages in 5.2: the
 * write_chunk option), so a call that does not fit whole writes the chunks
 * that do and returns short.  For a chunk covering sectors [a, b):
 *
 *   1. reserve b - a bytes:  may_use += b - a                 (RESERVED)
 *   2. if that does not fit: flush all delalloc; if that gave data space
 *      back (NOCOW, PREALLOC), go on with 1., flushing again when it no
 *      longer fits; else commit and retry             (flush_for_writer)
 *   3. if it still does not fit and the file is NODATACOW or PREALLOC and
 *      the extent under a is NOCOW-able now (can_nocow_extent) and, for a
 *      PREALLOC extent, nothing in the range is dirty already, and the
 *      policy agrees: admit the chunk clamped to that extent's end with
 *      no reservation at all                                  (NORESERVE)
 *   4. else the call returns what it copied so far, or ENOSPC if nothing
 *
 * Dirtying [a, b) first drops the accounting of the pages it replaces
 * (btrfs_dirty_pages clears EXTENT_DO_ACCOUNTING): may_use -= the RESERVED
 * bytes already dirty there, so a sector is reserved at most once.
 *
 * Cost.  Doing this chunk by chunk would cost a loop per 4 KiB.  Two runs
 * are done in one go instead, without changing the outcome:
 *   - while reservations succeed, k aligned chunks over clean or NORESERVE
 *     pages take k * n of may_use; k = available / n  (admit_reserved)
 *   - once a chunk went NORESERVE after a flush that freed nothing, each
 *     next chunk in the same extent repeats the same cycle: its reservation
 *     fails, the flush writes the previous chunk in place, it is admitted
 *     NORESERVE.  k such cycles are one NOCOW writeback of k - 1 chunks, k
 *     commits and one dirty chunk                     (noreserve_fast_forward)
 * A run is the chunks of one length n from an aligned position on: to the
 * end of the write when every write(2) call is made of whole aligned
 * chunks, else (an unaligned offset or call size) to the end of the call,
 * whose first and last chunks alone may be partial: an unaligned write
 * costs a few steps a call, not one a page (chunk_run_end).  Calls smaller
 * than a page, past the end of the file, repeat every lcm (bs, page)
 * bytes: k such periods are one step (small_calls_run).
 *
 * The pages in the page cache (pages) are the ones written or read since
 * the mount, less those dropped (punch, zero range, truncate, clone,
 * unlink); readahead and reclaim are not modelled.  Only the release of
 * their extent maps looks at them (extent-map.c).
 */
#include "fs-private.h"

typedef struct {
	extsim_fs *fs;
	extsim_ino ino;
	guint64 off, end, bs;
	guint8 fill;
	gboolean extend_size;
	guint64 maxchunk;
	pmap_cursor inode_c; /* of the write's inode, which every chunk reads */
} write_ctx;

/* The end of the write(2) call that pos belongs to. */
static guint64
call_end (const write_ctx *w, guint64 pos)
{
	guint64 sys_start = w->off + (pos - w->off) / w->bs * w->bs;

	return w->end - sys_start > w->bs ? sys_start + w->bs : w->end;
}

static guint64
chunk_end (const write_ctx *w, guint64 pos)
{
	guint64 page = w->fs->sectorsize, sys_end = call_end (w, pos);
	guint64 lim = w->maxchunk - pos % page;

	return sys_end - pos > lim ? pos + lim : sys_end;
}

/* Do all chunks from pos on have length n (until the end cuts the last)? */
static gboolean
periodic (const write_ctx *w, guint64 pos, guint64 n)
{
	return aligned (w->fs, pos) && aligned (w->fs, n) && n == MIN (w->bs, w->maxchunk) && w->bs % n == 0 &&
	       (pos - w->off) % n == 0;
}

/* Where the run of chunks of length n that starts at pos ends (see the top
 * of the file): the end of the write when it is periodic; the end of
 * pos's write(2) call when pos is aligned and n a whole aligned chunk, for
 * every chunk of that call up to its end then has length n; else the
 * chunk's own end. */
static guint64
chunk_run_end (const write_ctx *w, guint64 pos, guint64 n)
{
	if (periodic (w, pos, n))
		return w->end;
	if (aligned (w->fs, pos) && aligned (w->fs, n) && n == w->maxchunk)
		return call_end (w, pos);
	return pos + n;
}

guint64
dirty_bytes_in (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, int state)
{
	rmap r = dirty_of_c (fs, ino);
	guint64 sum = 0;

	for (const pnode *n = rm_first_from (&r, s); n && rm_start (n, &r) < e; n = rm_next (&r, n)) {
		if (state < 0 || ((const dirty_item *) pnode_value (r.m, n))->state == (guint32) state)
			sum += MIN (e, rm_node_end (&r, n)) - MAX (s, rm_start (n, &r));
	}
	return sum;
}

typedef struct {
	rm_removed_fn fn;
	gpointer data;
	guint64 reserved;
} clearing;

static void
dirty_cleared (guint64 start, const void *value, gpointer data)
{
	clearing *c = data;
	const dirty_item *d = value;

	if (d->state == EXTSIM_RESERVED)
		c->reserved += d->len;
	if (c->fn)
		c->fn (start, value, c->data);
}

guint64
dirty_clear (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, rm_removed_fn fn, gpointer data)
{
	rmap dirty = dirty_of (fs, ino);
	clearing c = { fn, data, 0 };

	rm_remove (&dirty, s, e, dirty_cleared, &c);
	update_bytes_may_use (fs, -(gint64) c.reserved);
	return c.reserved;
}

static void
piece_bytes (guint64 start, const void *value, gpointer data)
{
	(void) start;
	*(guint64 *) data += ((const rm_len *) value)->len;
}

/* dirty_clear, then the file's place on its root's delalloc list as its
 * dirty pages say.  It is on the list exactly when it has some (each
 * change to them is followed by delalloc_inode_update), so when none went
 * there is nothing to look up. */
static void
undirty (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 gone = 0;

	dirty_clear (fs, ino, s, e, piece_bytes, &gone);
	if (gone)
		delalloc_inode_update (fs, ino);
}

static void
grow_size (write_ctx *w, guint64 end)
{
	inode_item *inode;

	if (!w->extend_size || inode_lookup_at (w->fs, &w->inode_c, w->ino)->size >= end)
		return;
	inode = inode_lookup_mut_at (w->fs, &w->inode_c, w->ino);
	inode->size = end;
}

/* What a partial page holds before the write: file content, zero past EOF. */
static void
old_runs (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, GArray *out)
{
	guint64 size;

	if (s >= e)
		return; /* the write starts (ends) on a sector boundary */
	size = inode_lookup (fs, ino)->size;

	if (s < MIN (e, size))
		content_runs (fs, ino, s, MIN (e, size), out);
	if (MAX (s, size) < e)
		content_append (out, MAX (s, size), e - MAX (s, size), 0);
}

/* The pages [a, b) hold @runs now (from a to b), dirty in @state: their
 * maps looked up as btrfs_set_extent_delalloc does, the first chunk's up to
 * f requeued on the delalloc list, the rest's accounting given back, the
 * file's delalloc lists updated, the pages in the cache. */
static void
dirty_runs (write_ctx *w, guint64 a, guint64 b, guint64 f, const GArray *runs, extsim_reserve_state state)
{
	extsim_fs *fs = w->fs;
	extsim_ino ino = w->ino;
	rmap dirty = dirty_of (fs, ino), pages = pages_of (fs, ino);
	rm_len in_cache = { b - a };
	const inode_item *inode;

	/* btrfs_set_extent_delalloc: each page that starts below i_size
	 * (which grows page by page, so: the pages below the old one), or
	 * every page of an inode with the PREALLOC flag, has its maps looked
	 * up (btrfs_find_new_delalloc_bytes) */
	inode = inode_lookup_at (fs, &w->inode_c, ino);
	em_find_new_delalloc (fs, ino, a,
			      inode->flags & EXTSIM_INODE_PREALLOC ? b : MIN (b, align_up (fs, inode->size)));
	/* btrfs_dirty_folio clears a chunk's delalloc, then sets it: a file
	 * whose delalloc all lies in the first chunk leaves its delalloc list
	 * and joins it again at the tail (space-info.c) */
	undirty (fs, ino, a, f);
	dirty_clear (fs, ino, f, b, NULL, NULL);
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *run = &g_array_index (runs, extsim_content_run, i);
		dirty_item v = { run->len, run->fill, state };

		rm_set (&dirty, run->offset, &v);
	}
	delalloc_inode_update_at (fs, &w->inode_c, ino);
	rm_set (&pages, a, &in_cache);
}

/* Dirty the sectors under [p, c), chunks of which the first ends at
 * first_end: fill over [p, c), the old bytes around it; replaced RESERVED
 * pages give their reservation back. */
static void
dirty_pages (write_ctx *w, guint64 p, guint64 c, guint64 first_end, extsim_reserve_state state)
{
	extsim_fs *fs = w->fs;
	extsim_ino ino = w->ino;
	guint64 a = align_down (fs, p), b = align_up (fs, c), f = align_up (fs, first_end);
	rmap lost = lost_of (fs, ino);
	g_autoptr (scratch_array) runs = scratch_array_new (sizeof (extsim_content_run));

	/* a page written in part is read first unless it is in the cache
	 * (prepare_uptodate_folio, btrfs_truncate_block): the first page
	 * when the write starts inside it, the last when it ends inside it,
	 * also when that last page is the first one and the write starts on
	 * its boundary */
	if (a < p)
		em_read (fs, ino, a, a + fs->sectorsize);
	if (c < b && (align_down (fs, c) != a || a == p))
		em_read (fs, ino, align_down (fs, c), b);
	old_runs (fs, ino, a, p, runs);
	content_append (runs, p, c - p, w->fill);
	old_runs (fs, ino, c, b, runs);
	dirty_runs (w, a, b, f, runs, state);
	rm_remove (&lost, p, c, NULL, NULL);
}

void
drop_page_cache (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap pages = pages_of (fs, ino);

	undirty (fs, ino, s, e);
	rm_remove (&pages, s, e, NULL, NULL);
}

/* drop_caches 1 (drop_pagecache_sb -> invalidate_mapping_pages): the
 * file's clean pages leave the page cache, with the extent maps a page's
 * release drops (em_release_pages); dirty pages stay, and so do those of
 * an ordered extent not yet submitted, which are dirty. */
void
page_cache_drop_clean (extsim_fs *fs, extsim_ino ino)
{
	rmap pages = pages_of (fs, ino), dirty = dirty_of (fs, ino);
	g_autoptr (scratch_array) runs = scratch_array_new (sizeof (guint64));

	for (const pnode *n = rm_first (&pages); n; n = rm_next (&pages, n)) {
		guint64 pos = rm_start (n, &pages), end = rm_node_end (&pages, n);
		const pnode *d;

		for (d = rm_first_from (&dirty, pos); d && rm_start (d, &dirty) < end; d = rm_next (&dirty, d)) {
			if (rm_start (d, &dirty) > pos) {
				guint64 a = pos, b = rm_start (d, &dirty);

				g_array_append_val (runs, a);
				g_array_append_val (runs, b);
			}
			pos = MAX (pos, rm_node_end (&dirty, d));
		}
		if (pos < end) {
			g_array_append_val (runs, pos);
			g_array_append_val (runs, end);
		}
	}
	for (guint i = 0; i < runs->len; i += 2) {
		guint64 a = g_array_index (runs, guint64, i), b = g_array_index (runs, guint64, i + 1);

		em_release_pages (fs, ino, a, b);
		rm_remove (&pages, a, b, NULL, NULL);
	}
}

/* Is the pages' dirty state uniform from pos, and does reserving over it
 * take new space (clean or NORESERVE pages) or not (RESERVED pages)? */
static gboolean
dirty_segment (const extsim_fs *fs, extsim_ino ino, guint64 pos, guint64 *seg_end)
{
	rmap r = dirty_of_c (fs, ino);
	const pnode *n = rm_find (&r, pos);
	guint32 state;

	if (!n) {
		n = rm_first_from (&r, pos);
		*seg_end = n ? rm_start (n, &r) : G_MAXUINT64;
		return TRUE;
	}
	state = ((const dirty_item *) pnode_value (r.m, n))->state;
	*seg_end = rm_node_end (&r, n);
	for (n = rm_next (&r, n); n && rm_start (n, &r) == *seg_end; n = rm_next (&r, n)) {
		if (((const dirty_item *) pnode_value (r.m, n))->state != state)
			break;
		*seg_end = rm_node_end (&r, n);
	}
	return state == EXTSIM_NORESERVE;
}

static guint64
gcd (guint64 a, guint64 b)
{
	while (b) {
		guint64 t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/* The longest period small_calls_run takes in one step: beyond it, the
 * chunk by chunk path is cheaper than the lookups. */
#define SMALL_CALLS_PERIOD_MAX (16 * EXTSIM_MiB)

/*
 * write(2) calls smaller than a page (xfs_io -b 512, 3k ...), the write
 * starting on a page past the end of the file: its chunks repeat every
 * P = lcm (bs, page) bytes, and every page is written in two chunks or
 * more.  The first dirties the page; each later one reserves the page
 * again and gives that back as the page is already RESERVED, and looks
 * the page's maps up, i_size now lying in it (btrfs_find_new_delalloc_
 * bytes: one hole map, merged page by page).  Over pages that are clean
 * and hold no item, k periods are one step with the same outcome: k * P
 * reserved, i_size at their end, the pages dirtied and their maps looked
 * up at once; k keeps a page of data space to spare, for the reservation
 * a later chunk takes twice.  Returns where it got to (pos: nothing).
 */
static guint64
small_calls_run (write_ctx *w, guint64 pos, guint64 avail)
{
	extsim_fs *fs = w->fs;
	guint64 page = fs->sectorsize, period, k, limit, istart = 0, next = G_MAXUINT64, chunks;
	rmap dirty = dirty_of_c (fs, w->ino);
	const pnode *d;
	const inode_item *inode;

	if (w->bs >= page || w->maxchunk != page || !w->extend_size || !aligned (fs, w->off) || avail < page)
		return pos;
	period = w->bs / gcd (w->bs, page) * page;
	if (period > SMALL_CALLS_PERIOD_MAX || (pos - w->off) % period)
		return pos;
	inode = inode_lookup_at (fs, &w->inode_c, w->ino);
	if (inode->size != pos || (inode->flags & EXTSIM_INODE_PREALLOC) ||
	    item_at (fs, w->ino, pos, &istart, &next))
		return pos;
	limit = MIN (w->end, next);
	if ((d = rm_first_from (&dirty, pos)))
		limit = MIN (limit, rm_start (d, &dirty));
	k = MIN ((limit - pos) / period, (avail - page) / period);
	if (k == 0)
		return pos;
	chunks = period / page + period / w->bs - 1; /* the calls' ends and the pages' */
	reserve_data_bytes (fs, k * period);
	grow_size (w, pos + k * period);
	dirty_pages (w, pos, pos + k * period, chunk_end (w, pos), EXTSIM_RESERVED);
	emit (fs, EXTSIM_EVENT_RESERVE, EXTSIM_REASON_FITS, w->ino, pos, k * period, 0, k * chunks);
	return pos + k * period;
}

/* Step 1 for as many chunks as fit, without flushing. */
static guint64
admit_reserved (write_ctx *w, guint64 pos)
{
	extsim_fs *fs = w->fs;

	while (pos < w->end) {
		guint64 c = chunk_end (w, pos), n = c - pos, seg_end, k = 0;
		guint64 span = align_up (fs, c) - align_down (fs, pos);
		guint64 avail = data_space_available (fs), run_end = chunk_run_end (w, pos, n), q;

		if (avail < span)
			break;
		if ((q = small_calls_run (w, pos, avail)) > pos) {
			pos = q;
			continue;
		}
		if (run_end > c) {
			gboolean consuming = dirty_segment (fs, w->ino, pos, &seg_end);

			k = (MIN (seg_end, run_end) - pos) / n;
			if (consuming)
				k = MIN (k, avail / n);
		}
		if (k >= 1) {
			c = pos + k * n;
			span = k * n;
		} else {
			k = 1;
		}
		reserve_data_bytes (fs, span);
		dirty_pages (w, pos, c, pos + n, EXTSIM_RESERVED);
		emit (fs, EXTSIM_EVENT_RESERVE, EXTSIM_REASON_FITS, w->ino, pos, c - pos, 0, k);
		grow_size (w, c);
		pos = c;
	}
	return pos;
}

/* check_can_nocow + can_nocow_extent for the chunk [pos, c). */
static extsim_reason
nocow_admission (write_ctx *w, guint64 pos, guint64 c, guint64 *clamp)
{
	extsim_fs *fs = w->fs;
	const inode_item *inode = inode_lookup_at (fs, &w->inode_c, w->ino);
	guint64 a = align_down (fs, pos), start;
	const file_item *fi;
	extsim_reason reason;

	if (!(inode->flags & (EXTSIM_INODE_NODATACOW | EXTSIM_INODE_PREALLOC)))
		return EXTSIM_REASON_COW_FILE;
	fi = item_at (fs, w->ino, a, &start, NULL);
	if (!fi)
		return EXTSIM_REASON_HOLE;
	reason = can_nocow_item (fs, w->ino, inode, start, fi);
	if (reason != EXTSIM_REASON_NOCOW_OK)
		return reason;
	*clamp = MIN (c, start + fi->len);
	if (fi->type == EXTSIM_FILE_EXTENT_PREALLOC && !(inode->flags & EXTSIM_INODE_NODATACOW) &&
	    dirty_bytes_in (fs, w->ino, a, align_up (fs, *clamp), -1) > 0)
		return EXTSIM_REASON_DELALLOC_IN_RANGE;
	return EXTSIM_REASON_NOCOW_OK;
}

static void
admit_noreserve (write_ctx *w, guint64 pos, guint64 c, guint64 count)
{
	dirty_pages (w, pos, c, c, EXTSIM_NORESERVE);
	w->fs->stats.noreserve_admissions += align_up (w->fs, c) - align_down (w->fs, pos);
	emit (w->fs, EXTSIM_EVENT_ADMIT_NORESERVE, EXTSIM_REASON_NOCOW_OK, w->ino, pos, c - pos, 0, count);
	grow_size (w, c);
}

/* The chunk [q0, q1) was just admitted NORESERVE; run the identical cycles
 * that follow it in one go (see the top of the file). */
static guint64
noreserve_fast_forward (write_ctx *w, guint64 q0, guint64 q1)
{
	extsim_fs *fs = w->fs;
	guint64 n = q1 - q0, start, start1, k, last, key[3] = { w->ino.root, w->ino.ino, q0 };
	guint64 run_end = chunk_run_end (w, q0, n);
	const inode_item *inode = inode_lookup_at (fs, &w->inode_c, w->ino);
	const file_item *fi;
	const dirty_item *only;

	if (q1 >= run_end || fs->si.pinned != 0 || data_space_available (fs) >= n)
		return q1;
	only = pmap_lookup (&fs->dirty, key);
	if (fs->dirty.count != 1 || !only || only->len != n)
		return q1;
	fi = item_at (fs, w->ino, q0, &start, NULL);
	if (!fi || can_nocow_item (fs, w->ino, inode, start, fi) != EXTSIM_REASON_NOCOW_OK ||
	    item_at (fs, w->ino, q1, &start1, NULL) != fi || start1 != start)
		return q1;
	k = (MIN (start + fi->len, run_end) - q1) / n;
	if (k == 0 || !fs->policy->admit_noreserve (fs, w->ino, q1, k * n))
		return q1;

	last = q1 + (k - 1) * n;
	if (k > 1)
		dirty_pages (w, q1, last, q1 + n, EXTSIM_NORESERVE);
	emit (fs, EXTSIM_EVENT_RESERVE_FAIL, EXTSIM_REASON_NO_DATA_SPACE, w->ino, q1, k * n, 0, k);
	emit (fs, EXTSIM_EVENT_FLUSH, EXTSIM_REASON_RESERVATION_FAILED, w->ino, 0, 0, 0, k);
	transaction_commit_n (fs, k - 1);
	writeback_range (fs, w->ino, q0, last);
	/* each cycle's flush wrote the whole file: the last one stopped at last */
	inode_lookup_mut_at (fs, &w->inode_c, w->ino)->wb_index = last;
	transaction_commit (fs);
	fs->stats.reservation_failures += k;
	admit_noreserve (w, last, last + n, k);
	fs->stats.noreserve_admissions += (k - 1) * n;
	return last + n;
}

/*
 * The ENOSPC flush the writer waits for (btrfs_async_reclaim_data_space):
 * a FLUSH_DELALLOC_FULL pass over the delalloc lists; a pass that frees
 * data space (a NOCOW or PREALLOC write gives its reservation back) grants
 * the writer's ticket, and the writer dirties the chunks that fit while the
 * pass goes on.  Since a ticket was granted the worker starts over with
 * another pass; a pass that lets the writer finish ends the flush, one that
 * grants nothing is followed by the commit.  Returns where the writer got
 * to.
 *
 * Which pass writes the pages the writer dirties is a race between the two
 * threads (D28).  A NOCOW range gives its reservation back when
 * run_delalloc_nocow unlocks it (extent_clear_unlock_delalloc with
 * EXTENT_CLEAR_DATA_RESV -> btrfs_free_reserved_data_space_noquota ->
 * btrfs_try_granting_tickets), and the writer's copy of a page takes far
 * less than the worker's next allocation (btrfs_reserve_extent, an ordered
 * extent, the bios): the model lets the writer go on when the pass starts
 * its next allocation after the NOCOW write (writeback.c cow_range).  The
 * pages it dirties then that the pass has not reached yet, in a file later
 * on the spliced delalloc list or past the range the worker has locked in
 * the file it writes, are written by this pass (extent_write_cache_pages
 * finds them at its next lookup: a WB_SYNC_NONE pass tags nothing); the
 * pages behind it wait for the next pass.  So where the NOCOW range ends
 * the worker's locked range and the writer's pages follow it, the worker
 * has moved on to the file's next delalloc range before they are dirty,
 * and the next pass writes them (Linux 6.18 in five runs of w3689 of
 * gen.py; its shrunk form went either way).  With no allocation after the
 * NOCOW write in the pass, and after an inline extent (made at the end of
 * a file's writeback: inline-full), the writer goes on after the pass.
 */
typedef struct {
	write_ctx *w;
	guint64 pos;
} waiting_writer;

/* fs->flush_writer: the granted writer dirties the chunks that fit */
static void
writer_goes_on (gpointer data)
{
	waiting_writer *ww = data;
	write_ctx *w = ww->w;
	guint64 c;

	if (ww->pos >= w->end)
		return;
	c = chunk_end (w, ww->pos);
	if (data_space_available (w->fs) >= align_up (w->fs, c) - align_down (w->fs, ww->pos))
		ww->pos = admit_reserved (w, ww->pos);
}

static guint64
flush_for_writer (write_ctx *w, guint64 pos)
{
	extsim_fs *fs = w->fs;

	emit (fs, EXTSIM_EVENT_FLUSH, EXTSIM_REASON_RESERVATION_FAILED, w->ino, 0, 0, 0, 1);
	for (;;) {
		waiting_writer ww = { w, pos };
		guint64 c;

		fs->flush_writer = writer_goes_on;
		fs->flush_writer_data = &ww;
		writeback_all (fs);
		fs->flush_writer = NULL;
		fs->flush_writer_data = NULL;
		fs->flush_writer_granted = FALSE;
		ordered_wait_root (fs, 0);
		if (ww.pos >= w->end)
			return ww.pos;
		c = chunk_end (w, ww.pos);
		if (data_space_available (fs) < align_up (fs, c) - align_down (fs, ww.pos)) {
			if (ww.pos == pos)
				break;
			pos = ww.pos; /* granted during the pass: another pass */
			continue;
		}
		pos = admit_reserved (w, ww.pos);
		if (pos >= w->end)
			return pos;
	}
	transaction_commit (fs);
	return pos;
}

gboolean
buffered_write (extsim_fs *fs, const pmap_cursor *inode_c, extsim_ino ino, guint64 offset, guint64 len, guint8 fill,
		guint64 bsize, gboolean extend_size, guint64 *written)
{
	write_ctx w = { fs, ino, offset, offset + len, bsize, fill, extend_size, fs->write_chunk, .inode_c.depth = 0 };
	guint64 pos = offset;
	gboolean failed = FALSE;

	if (inode_c)
		w.inode_c = *inode_c;
	/* lock_and_cleanup_extent_if_need: an ordered extent over the pages
	 * written is started and waited for (btrfs_start_ordered_extent) */
	ordered_wait_range (fs, ino, align_down (fs, offset), align_up (fs, offset + len));

	while (pos < w.end) {
		guint64 c, clamp = 0, q0;
		extsim_reason reason;

		pos = admit_reserved (&w, pos);
		if (pos >= w.end)
			break;
		c = chunk_end (&w, pos);
		emit (fs, EXTSIM_EVENT_RESERVE_FAIL, EXTSIM_REASON_NO_DATA_SPACE, ino, pos, c - pos, 0, 1);
		pos = flush_for_writer (&w, pos);
		if (pos >= w.end)
			break;
		c = chunk_end (&w, pos);
		if (data_space_available (fs) >= align_up (fs, c) - align_down (fs, pos))
			continue;
		fs->stats.reservation_failures++;
		reason = nocow_admission (&w, pos, c, &clamp);
		if (reason == EXTSIM_REASON_NOCOW_OK && !fs->policy->admit_noreserve (fs, ino, pos, clamp - pos))
			reason = EXTSIM_REASON_POLICY_REFUSED;
		if (reason != EXTSIM_REASON_NOCOW_OK) {
			emit (fs, EXTSIM_EVENT_WRITE_ENOSPC, reason, ino, pos, c - pos, 0, 1);
			fs->stats.enospc_write++;
			failed = TRUE;
			break;
		}
		q0 = pos;
		admit_noreserve (&w, pos, clamp, 1);
		pos = noreserve_fast_forward (&w, q0, clamp);
	}
	if (written)
		*written = pos - offset;
	/* a write(2) that copied nothing fails; one that copied some is short */
	return !(failed && (pos - offset) % w.bs == 0);
}

void
dirty_direct (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, const extsim_content_run *runs, guint n_runs,
	      extsim_reserve_state state)
{
	write_ctx w = { fs, ino, s, e, e - s, 0, TRUE, fs->write_chunk, .inode_c.depth = 0 };
	g_autoptr (scratch_array) piece = scratch_array_new (sizeof (extsim_content_run));
	rmap lost = lost_of (fs, ino);

	g_assert (aligned (fs, s) && aligned (fs, e) && s < e);
	content_clip (piece, runs, n_runs, s, e);
	dirty_runs (&w, s, e, e, piece, state);
	rm_remove (&lost, s, e, NULL, NULL);
	grow_size (&w, e);
}

gboolean
truncate_block (extsim_fs *fs, extsim_ino ino, guint64 from, guint64 to)
{
	g_assert (from < to && align_down (fs, from) == align_down (fs, to - 1));
	return buffered_write (fs, NULL, ino, from, to - from, 0, to - from, FALSE, NULL);
}

gboolean
pwrite_begin (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 offset, guint64 len, guint64 *bsize,
	      gboolean *expanded, GError **error)
{
	const inode_item *inode;

	if (!(inode = check_inode_at (fs, c, ino, TRUE, error)) || !check_range (offset, len, RANGE_RW, "pwrite", error))
		return FALSE;
	if (*bsize == 0)
		*bsize = EXTSIM_DEFAULT_WRITE_BSIZE;
	step_begin (fs);
	/* btrfs_write_check: a write(2) past EOF first expands the file to
	 * the end of the blocks it writes (btrfs_cont_expand) */
	*expanded = len == 0 || offset <= inode->size || cont_expand (fs, ino, align_up (fs, offset + MIN (len, *bsize)));
	return TRUE;
}

gboolean
extsim_fs_pwrite (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, guint8 fill, guint64 bsize,
		  guint64 *written, GError **error)
{
	guint64 done = 0;
	pmap_cursor c;
	gboolean ok;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (written)
		*written = 0;
	if (!pwrite_begin (fs, &c, ino, offset, len, &bsize, &ok, error))
		return FALSE;
	ok = ok && buffered_write (fs, &c, ino, offset, len, fill, bsize, TRUE, &done);
	step_end (fs);
	if (written)
		*written = done;
	if (!ok)
		return set_error (error, EXTSIM_ERROR_NOSPC,
				  "pwrite at offset %" G_GUINT64_FORMAT ": no data space, and the target cannot be written in place",
				  offset + done);
	return TRUE;
}

GArray *
extsim_fs_dirty_ranges (const extsim_fs *fs, extsim_ino ino, GError **error)
{
	rmap r;
	GArray *out;

	g_return_val_if_fail (fs != NULL, NULL);
	if (!check_inode (fs, ino, FALSE, error))
		return NULL;
	r = dirty_of_c (fs, ino);
	out = g_array_new (FALSE, TRUE, sizeof (extsim_dirty_range));
	for (const pnode *n = rm_first (&r); n; n = rm_next (&r, n)) {
		const dirty_item *d = pnode_value (r.m, n);
		extsim_dirty_range x = { rm_start (n, &r), d->len, (guint8) d->fill, d->state };

		g_array_append_val (out, x);
	}
	return out;
}

GArray *
extsim_fs_lost_ranges (const extsim_fs *fs, extsim_ino ino, GError **error)
{
	rmap r;
	GArray *out;

	g_return_val_if_fail (fs != NULL, NULL);
	if (!check_inode (fs, ino, FALSE, error))
		return NULL;
	r = rmap_of ((pmap *) &fs->lost, 2, ino.root, ino.ino);
	out = g_array_new (FALSE, TRUE, sizeof (extsim_range));
	for (const pnode *n = rm_first (&r); n; n = rm_next (&r, n)) {
		extsim_range x = { rm_start (n, &r), rm_node_len (&r, n) };

		g_array_append_val (out, x);
	}
	return out;
}
