/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the physical allocator (find_free_extent,
 * btrfs_reserve_extent; btrfs-semantics.md 2.3)
 *
 * Free space is a set of maximal ranges by address, each inside one data
 * block group (block-group.c: ranges never merge across a group's edge),
 * in one map augmented with the longest range below every node: the
 * kernel's two indexes of its free space cache in one, since the first
 * range of at least n bytes from an address on (the offset index) and
 * the longest range of a group (the bytes index) are both O(log n)
 * searches of it.  Where an extent goes is block-group.c's rule.
 *
 *   allocate want, at least min, hint:
 *     find_free_extent (want, hint)               -> take its front
 *     none: want = round_down(min(want / 2, longest free range)),
 *           at least min, and try again            (btrfs_reserve_extent)
 *     longest free range < min                      -> ENOSPC
 *   free (last reference of an extent dropped):
 *     used -= n, pinned += n, range goes to the pinned set
 *   commit:
 *     every pinned range joins the free set, pinned -= n
 *
 * Pinned space is not free until the commit, which is why a failed
 * reservation commits before it gives up.  The allocator never looks at
 * may_use: a writer without a reservation can still allocate if physical
 * space exists.
 *
 * The bytes index orders ranges of one length by when they were linked
 * into it.  link_free_space adds a range with rb_add_cached (entry_less:
 * a longer range to the left, an equal one to the right), and a range
 * whose front is taken (btrfs_find_space_for_alloc), or that absorbs a
 * freed neighbour (try_merge_free_space), is unlinked and linked again:
 * so of the equal longest ranges of a group, find_free_space takes the
 * one linked first, not the lowest.  Near full that decides which of two
 * 4 KiB holes the last block of a write goes to (w2952, D36).  Each range
 * keeps the count of links when it was linked (linked); a mount loads the
 * free space tree in address order (load_free_space_extents), so the
 * count starts again in address order there (free_space_load).
 */
#include "fs-private.h"

/* Sets the free range at start to len (a new range, or a new length),
 * from the cursor of the search that found it or its neighbour: it is
 * linked into the bytes index again (link_free_space). */
static void
index_set (extsim_fs *fs, pmap_cursor *c, guint64 start, guint64 len)
{
	free_item v = { len, 0, ++fs->free_space_links };

	pmap_insert_at (&fs->free_space, c, &start, &v);
}

static void
index_remove (extsim_fs *fs, pmap_cursor *c, guint64 start)
{
	pmap_remove_at (&fs->free_space, c, &start, NULL);
}

static guint64
free_len_of (const extsim_fs *fs, const pnode *n)
{
	return ((const free_item *) pnode_value (&fs->free_space, n))->len;
}

/* [start, start + len) joins the free ranges of the block group
 * [bg, bg_end); the group's free bytes are the caller's to count.  The
 * neighbours come from one search: the range at or before start and the
 * one after it (pmap_next is free inside a node). */
static void
free_range_insert (extsim_fs *fs, guint64 start, guint64 len, guint64 bg, guint64 bg_end)
{
	pmap_cursor c;
	const pnode *left = pmap_seek_le (&fs->free_space, &start, &c);
	const pnode *right = left ? pmap_next (&fs->free_space, left) : pmap_first (&fs->free_space);
	guint64 lstart = left ? pnode_key (left)[0] : 0, llen = left ? free_len_of (fs, left) : 0;
	guint64 rlen = right && pnode_key (right)[0] == start + len ? free_len_of (fs, right) : 0;

	g_assert (bg <= start && start + len <= bg_end); /* inside one block group */
	g_assert (!left || lstart + llen <= start);    /* start is not free already */
	if (left && (lstart + llen < start || lstart < bg))
		llen = 0; /* not touching, or in the group before */
	if (start + len == bg_end)
		rlen = 0; /* the next range is in the next group */
	if (rlen) {
		index_remove (fs, &c, start + len);
		len += rlen;
	}
	if (llen)
		index_set (fs, &c, lstart, llen + len);
	else
		index_set (fs, &c, start, len);
}

/* A mount: each group's free space is loaded from the free space tree
 * in address order (load_free_space_extents -> btrfs_add_new_free_space),
 * so the bytes index has equal ranges in address order again. */
void
free_space_load (extsim_fs *fs)
{
	g_autoptr (scratch_array) ranges = scratch_array_new (sizeof (guint64));

	for (const pnode *n = pmap_first (&fs->free_space); n; n = pmap_next (&fs->free_space, n))
		g_array_append_val (ranges, pnode_key (n)[0]);
	for (guint i = 0; i < ranges->len; i++) {
		guint64 start = g_array_index (ranges, guint64, i);
		pmap_cursor c;
		const free_item *f = pmap_seek (&fs->free_space, &start, &c);

		index_set (fs, &c, start, f->len);
	}
}

void
free_space_add (extsim_fs *fs, guint64 start, guint64 len)
{
	guint64 bg = 0;
	const bg_item *b = bg_lookup (fs, start, &bg);

	g_assert (b);
	free_range_insert (fs, start, len, bg, bg + b->len);
	bg_free_space_update (fs, start, (gint64) len);
}

/* [start, start + len) leaves the free ranges; the group's free bytes are
 * the caller's to count (bg_account) */
void
free_space_take (extsim_fs *fs, guint64 start, guint64 len)
{
	rmap r = rmap_of (&fs->free_space, 0, 0, 0);
	pmap_cursor c;
	const pnode *n = rm_seek (&r, start, &c);
	guint64 fstart, flen;

	g_assert (n && rm_node_end (&r, n) >= start + len);
	fstart = rm_start (n, &r);
	flen = rm_node_len (&r, n);
	if (start > fstart)
		index_set (fs, &c, fstart, start - fstart);
	else
		index_remove (fs, &c, fstart);
	if (fstart + flen > start + len)
		index_set (fs, &c, start + len, fstart + flen - start - len);
}

/*
 * btrfs_reserve_extent: allocates [*out_start, *out_start + *out_len) with
 * min <= *out_len <= want, all sector multiples, trying from hint first
 * (block-group.c).  Accounting is the caller's: the extent is not in the
 * extent tree yet.
 */
gboolean
alloc_data_extent (extsim_fs *fs, guint64 want, guint64 min, guint64 hint, guint64 *out_start, guint64 *out_len)
{
	g_assert (want >= min && min > 0 && aligned (fs, want) && aligned (fs, min));

	for (;;) {
		guint64 largest = 0;

		if (find_free_extent (fs, want, hint, out_start, &largest))
			break;
		/* the ins->offset of a failed find_free_extent: the longest
		 * free range it saw, 0 when there is none at all */
		if (largest < min || want == min)
			return FALSE;
		want = align_down (fs, MIN (want / 2, largest));
		want = MAX (want, min);
	}
	free_space_take (fs, *out_start, want);
	bg_account (fs, *out_start, want, bg_size_class (want));
	*out_len = want;
	return TRUE;
}

void
pin_extent (extsim_fs *fs, guint64 start, guint64 len, gboolean only_pinned)
{
	rmap r = rmap_of (&fs->pinned, 0, 0, 0);
	rm_len v = { len };

	rm_set (&r, start, &v);
	bg_free_extent (fs, start, len, only_pinned);
	update_bytes_used (fs, -(gint64) len);
	update_bytes_pinned (fs, (gint64) len);
}

/* The pinned ranges are read in address order, the set emptied at once,
 * then each range joins the free set (removing them one at a time cost a
 * search each).  In address order, the ranges of a block group come one
 * after the other: its delayed refs run before the first joins, and its
 * free bytes grow by their sum after the last (looking the group up for
 * each range cost three searches a range). */
void
unpin_all (extsim_fs *fs)
{
	g_autoptr (GArray) ranges = NULL;
	guint64 bg = 0, bg_end = 0, freed = 0; /* the group met last, and its bytes freed so far */

	if (!fs->pinned.count)
		return;
	ranges = g_array_sized_new (FALSE, FALSE, sizeof (guint64), 2 * (guint) fs->pinned.count);
	for (const pnode *n = pmap_first (&fs->pinned); n; n = pmap_next (&fs->pinned, n)) {
		g_array_append_val (ranges, pnode_key (n)[0]);
		g_array_append_val (ranges, ((const rm_len *) pnode_value (&fs->pinned, n))->len);
	}
	pmap_clear (&fs->pinned);
	fs->si_max_extent_size = 0; /* unpin_extent_range */
	for (guint i = 0; i < ranges->len; i += 2) {
		guint64 start = g_array_index (ranges, guint64, i), len = g_array_index (ranges, guint64, i + 1);

		update_bytes_pinned (fs, -(gint64) len);
		while (len) {
			/* the pinned set merges ranges of neighbouring groups */
			guint64 piece;

			if (start >= bg_end) {
				const bg_item *b;

				if (freed)
					bg_free_space_update (fs, bg, (gint64) freed);
				b = bg_lookup (fs, start, &bg);
				bg_end = bg + b->len;
				freed = 0;
				bg_delayed_frees_run (fs, bg);
			}
			piece = MIN (len, bg_end - start);
			free_range_insert (fs, start, piece, bg, bg_end);
			freed += piece;
			start += piece;
			len -= piece;
		}
	}
	if (freed)
		bg_free_space_update (fs, bg, (gint64) freed);
}

guint64
free_space_total (const extsim_fs *fs)
{
	rmap r = rmap_of ((pmap *) &fs->free_space, 0, 0, 0);

	return rm_covered (&r, 0, G_MAXUINT64) + chunk_unallocated (fs);
}
