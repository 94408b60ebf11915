/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the hole extent maps an inode has in memory
 * (fs/btrfs/extent_map.c; btrfs_get_extent in fs/btrfs/inode.c)
 *
 * Linux keeps, per in-memory inode, a tree of extent maps: what each file
 * range maps to, loaded from the file extent items when asked for and
 * dropped when the inode leaves memory.  Data maps always agree with the
 * items; hole maps agree too, but where one ends depends on how it was
 * made, and btrfs_punch_hole trusts that end (find_first_non_hole, in
 * inode.c).  So the model keeps the hole maps, and only them:
 *
 *   btrfs_get_extent (start, len) in a hole
 *     a cached map covers start:   it is the answer, whatever its length
 *     none does:                   the map is [start, min (start + len,
 *                                  next item, next cached map)) -- never
 *                                  longer than asked -- cached, merged
 *   made modified                  btrfs_cont_expand and fill_holes (punch)
 *                                  put a map on the inode's list of
 *                                  modified maps: it merges with nothing
 *   merging (try_merge_map)        a map not on that list joins the hole map
 *                                  just before and the one just after it
 *                                  when they touch and are not on it either:
 *                                  when it is made, and when a drop leaves
 *                                  a piece of it
 *   dropped                        btrfs_drop_extent_map_range: writeback
 *                                  and preallocation (an item replaces the
 *                                  hole), punch, clone's destination,
 *                                  truncate past the new size; what is left
 *                                  of a map at each end stays, and merges
 *   pages made delalloc            btrfs_set_extent_delalloc (buffered write,
 *                                  btrfs_truncate_block) asks btrfs_get_extent
 *                                  for each page (btrfs_find_new_delalloc_bytes)
 *                                  unless the page starts at or past i_size in
 *                                  an inode without the PREALLOC flag: a map
 *                                  of each item there, a hole map for the rest
 *   fsync                          takes every map off the list, unless
 *                                  the file is unchanged since the last
 *                                  commit; a fast fsync (not the first of a
 *                                  new or cloned-into file) logs those of
 *                                  the running transaction, then merges them
 *   mount, a snapshot's file       nothing cached
 *   page released                  truncate_pagecache_range (punch, zero
 *                                  range) invalidates each cached page of
 *                                  the range before the items there go;
 *                                  try_release_extent_mapping removes the
 *                                  map starting at it, the whole of it,
 *                                  unless it is modified and current
 *
 * Data maps hold what the items hold, so the model keeps only where they
 * are loaded (dmaps), which is what btrfs_get_extent_allocation_hint
 * sees (writeback.c):
 *
 *   loaded     writeback (create_io_em: COW, and NOCOW into PREALLOC),
 *              preallocation, and btrfs_get_extent over an item (reads,
 *              fallocate, punch, btrfs_cont_expand, and the pages a
 *              write dirties, below: btrfs_find_new_delalloc_bytes)
 *   not        a clone's or dedupe's new items, a snapshot's files, every
 *              file after a mount; nor a read of a dedupe's destination,
 *              whose pages it leaves in the page cache (remap.c)
 *   dropped    as the hole maps, by em_drop; an item inserted elsewhere
 *              (a split) leaves them alone, as btrfs_drop_extent_map_range
 *              leaves the maps outside its range
 *   released   as the hole maps: the map of the item starting at a cached
 *              page of a punch or zero range goes, past the range too,
 *              unless writeback or preallocation made it in the running
 *              transaction and no fsync has logged it since (dmods: the
 *              modified list; em->generation is the running transid)
 *
 * An item ends every hole map (a map never overlaps an item).  Page reads
 * load maps only for pages that are not in the page cache (pages): an
 * item's map when one of its pages read is not there; a hole's page is
 * there when it was read before (then its map is cached too) or dirty,
 * which the model knows.  Every operation walks the maps and items it
 * meets, never bytes or pages.
 */
#include "fs-private.h"

static inline rmap
emaps_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->emaps, 2, ino.root, ino.ino);
}

static inline rmap
dmaps_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->dmaps, 2, ino.root, ino.ino);
}

static inline rmap
dmods_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->dmods, 2, ino.root, ino.ino);
}

void
em_data_loaded (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap d = dmaps_of (fs, ino);
	rm_len v = { e - s };

	if (s < e)
		rm_set (&d, s, &v);
}

void
em_data_made (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap m = dmods_of (fs, ino);
	rm_len v = { e - s };

	if (s >= e)
		return;
	em_data_loaded (fs, ino, s, e);
	rm_set (&m, s, &v);
	inode_made_current_maps (fs, ino, s, s); /* the commit takes it off dmods */
}

gboolean
em_data_search (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 *start, guint64 *end)
{
	rmap d = rmap_of ((pmap *) &fs->dmaps, 2, ino.root, ino.ino);
	const pnode *n = rm_first_from (&d, s);

	if (!n && !(n = rm_last (&d)))
		return FALSE;
	*start = rm_start (n, &d);
	*end = rm_node_end (&d, n);
	return TRUE;
}

/* The hole maps change from c, a cursor of a search of the maps near s
 * (pmap.h). */
static void
put_map (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 s, guint64 e, guint32 flags)
{
	guint64 key[3] = { ino.root, ino.ino, s };
	em_hole v = { e - s, flags, 0 };

	pmap_insert_at (&fs->emaps, c, key, &v);
}

static void
remove_map (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 s)
{
	guint64 key[3] = { ino.root, ino.ino, s };

	pmap_remove_at (&fs->emaps, c, key, NULL);
}

static void
set_len (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 s, guint64 len)
{
	guint64 key[3] = { ino.root, ino.ino, s };

	((em_hole *) pmap_lookup_mut_at (&fs->emaps, c, key))->len = len;
}

static gboolean
mergeable (const rmap *r, const pnode *n)
{
	return !(((const em_hole *) pnode_value (r->m, n))->flags & EM_MODIFIED);
}

/*
 * try_merge_map: the map starting at s with the hole map ending at s and
 * the one starting where it ends, when neither is on the modified list
 * (nor is the one after it still being logged: it starts at busy).
 * Returns where the merged map starts.
 */
static guint64
try_merge (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 s, guint64 busy)
{
	rmap r = emaps_of (fs, ino);
	const pnode *n = rm_find_at (&r, c, s), *prev, *next;
	guint64 e, start = s;

	if (!n || !mergeable (&r, n))
		return s;
	e = rm_node_end (&r, n);
	prev = s ? rm_find_at (&r, c, s - 1) : NULL;
	if (prev && mergeable (&r, prev)) {
		start = rm_start (prev, &r);
		remove_map (fs, c, ino, s);
		set_len (fs, c, ino, start, e - start);
	}
	next = rm_find_at (&r, c, e);
	if (next && e != busy && mergeable (&r, next)) {
		guint64 next_end = rm_node_end (&r, next);

		remove_map (fs, c, ino, e);
		set_len (fs, c, ino, start, next_end - start);
	}
	return start;
}

void
em_drop (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap d = dmaps_of (fs, ino), m = dmods_of (fs, ino);

	if (s < e) {
		rm_remove (&d, s, e, NULL, NULL);
		rm_remove (&m, s, e, NULL, NULL);
	}
	em_drop_holes (fs, ino, s, e);
}

void
em_drop_holes (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap r = emaps_of (fs, ino);
	const pnode *first, *last;
	guint64 head = G_MAXUINT64;
	gboolean tail = FALSE;
	pmap_cursor c;

	pmap_cursor_clear (&c);
	if (s >= e || !(first = rm_first_from_at (&r, &c, s)) || rm_start (first, &r) >= e)
		return;
	if (rm_start (first, &r) < s)
		head = rm_start (first, &r);
	last = rm_find_at (&r, &c, e - 1);
	tail = last && rm_node_end (&r, last) > e;
	rm_remove_at (&r, &c, s, e, NULL, NULL);
	/* each piece left goes back in the tree the way the map was, and
	 * tries to merge (setup_extent_mapping): the head, then the tail */
	if (head != G_MAXUINT64)
		try_merge (fs, &c, ino, head, G_MAXUINT64);
	if (tail)
		try_merge (fs, &c, ino, e, G_MAXUINT64);
}

void
em_set_hole (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	pmap_cursor c;

	if (s >= e)
		return;
	em_drop (fs, ino, s, e);
	pmap_cursor_clear (&c);
	put_map (fs, &c, ino, s, e, EM_MODIFIED | EM_CURRENT);
	inode_made_current_maps (fs, ino, s, e);
}

gboolean
em_get_extent (extsim_fs *fs, extsim_ino ino, guint64 start, guint64 len, guint64 *em_start, guint64 *em_end)
{
	rmap r = emaps_of (fs, ino);
	guint64 istart = 0, next = G_MAXUINT64, end;
	const file_item *fi = item_at (fs, ino, start, &istart, &next);
	const pnode *n;
	pmap_cursor c;

	if (fi) {
		*em_start = istart;
		*em_end = istart + fi->len;
		em_data_loaded (fs, ino, istart, istart + fi->len);
		return FALSE;
	}
	n = rm_seek (&r, start, &c);
	if (!n) {
		/* the search found no item at start: a hole up to the next
		 * item, but not past what was asked for; merge_extent_mapping
		 * cuts it where a cached map begins */
		end = len > G_MAXUINT64 - start ? next : MIN (start + len, next);
		n = rm_first_from_at (&r, &c, start);
		if (n && rm_start (n, &r) < end)
			end = rm_start (n, &r);
		put_map (fs, &c, ino, start, end, 0);
		try_merge (fs, &c, ino, start, G_MAXUINT64);
		n = rm_find_at (&r, &c, start);
	}
	*em_start = rm_start (n, &r);
	*em_end = rm_node_end (&r, n);
	return TRUE;
}

void
em_cont_expand (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 cur = s, ms, me;

	while (cur < e) {
		gboolean hole = em_get_extent (fs, ino, cur, e - cur, &ms, &me);
		guint64 last = MIN (me, e);

		/* a PREALLOC extent past EOF keeps its map; the rest is a hole */
		if (hole)
			em_set_hole (fs, ino, cur, last);
		cur = last;
	}
}

void
em_find_new_delalloc (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap items = items_of_c (fs, ino);
	guint64 cur = s, ms = 0, me = 0;

	/* page by page, btrfs_get_extent (search_start, search_len): an
	 * item's map, a cached hole map, or a new hole map up to the next
	 * item or map, merged with the one before: one walk over [s, e).
	 * Items that touch load as one range, found by walking the items'
	 * leaf: what em_get_extent () does item by item, since loaded data
	 * is kept as lengths, which join the same either way. */
	while (cur < e) {
		const pnode *n = rm_find (&items, cur);

		if (n) {
			guint64 a = rm_start (n, &items), b = rm_node_end (&items, n);

			while (b < e && (n = rm_next (&items, n)) && rm_start (n, &items) == b)
				b = rm_node_end (&items, n);
			em_data_loaded (fs, ino, a, b);
			cur = b;
		} else {
			em_get_extent (fs, ino, cur, e - cur, &ms, &me); /* a hole */
			cur = me;
		}
	}
}

/* Start of the first dirty range ending after pos (it may hold pos), and
 * its end; G_MAXUINT64 when none. */
static guint64
dirty_from (const extsim_fs *fs, extsim_ino ino, guint64 pos, guint64 *end)
{
	rmap d = dirty_of_c (fs, ino);
	const pnode *n = rm_first_from (&d, pos);

	if (!n)
		return G_MAXUINT64;
	*end = rm_node_end (&d, n);
	return rm_start (n, &d);
}

void
em_read (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 size = inode_lookup (fs, ino)->size, pos = align_down (fs, s);
	guint64 stop = align_up (fs, MIN (e, size));
	rmap r = emaps_of (fs, ino), pages = pages_of (fs, ino);
	rm_len in_cache = { stop > pos ? stop - pos : 0 };
	guint64 first = pos;
	pmap_cursor c;

	while (pos < stop) {
		guint64 istart = 0, next = G_MAXUINT64, dend = 0, dstart, gap_end;
		const file_item *fi = item_at (fs, ino, pos, &istart, &next);
		const pnode *n;

		if (fi) {
			guint64 a = MAX (pos, istart), b = MIN (stop, align_up (fs, istart + fi->len));

			/* a page not in the page cache is read: btrfs_get_extent
			 * (dirty pages are in it; so are the pages a dedupe
			 * compared, whose maps its clone dropped) */
			if (rm_covered (&pages, a, b) < b - a)
				em_data_loaded (fs, ino, istart, istart + fi->len);
			pos = istart + fi->len;
			continue;
		}
		if ((n = rm_seek (&r, pos, &c))) {
			pos = rm_node_end (&r, n);
			continue;
		}
		dstart = dirty_from (fs, ino, pos, &dend);
		if (dstart <= pos) {
			pos = align_up (fs, dend);
			continue;
		}
		/* page by page, each page's map merging with the one before:
		 * one map over the gap, merged at both ends */
		gap_end = MIN (MIN (stop, next), align_down (fs, dstart));
		n = rm_first_from_at (&r, &c, pos);
		if (n && rm_start (n, &r) < gap_end)
			gap_end = rm_start (n, &r);
		put_map (fs, &c, ino, pos, gap_end, 0);
		try_merge (fs, &c, ino, pos, G_MAXUINT64);
		pos = gap_end;
	}
	/* the pages read stay in the page cache (readahead is not modelled) */
	if (in_cache.len)
		rm_set (&pages, first, &in_cache);
}

gboolean
extsim_fs_readahead (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, FALSE, error) || !check_range (offset, len, RANGE_RW, "read", error))
		return FALSE;
	step_begin (fs);
	em_read (fs, ino, offset, len == 0 ? G_MAXUINT64 : offset + len);
	step_end (fs);
	return TRUE;
}

/*
 * btrfs_sync_file: nothing changed since the last commit, or since the
 * fsync that last logged the file (skip_inode_logging): nothing logged, the
 * list stays; a full fsync (btrfs_log_inode without
 * fast_search) empties the list; a fast one logs the maps of the running
 * transaction (btrfs_log_changed_extents), each merging as it is done
 * (btrfs_clear_em_logging), and only empties the list of the others.
 */
void
em_fsync (extsim_fs *fs, extsim_ino ino, inode_item *inode, gboolean updated)
{
	rmap r = emaps_of (fs, ino), dm = dmods_of (fs, ino);
	gboolean full = inode->runtime & INODE_NEEDS_FULL_SYNC;
	g_autoptr (scratch_array) listed = NULL; /* starts of the maps on the list, in file order */
	g_autoptr (scratch_array) logged = NULL; /* those logged */
	pmap_cursor c;

	inode->runtime &= ~(guint32) INODE_NEEDS_FULL_SYNC;
	if (!updated)
		return;
	/* the data maps leave the list too: logged, or on disk already */
	rm_remove (&dm, 0, G_MAXUINT64, NULL, NULL);
	for (const pnode *n = rm_first (&r); n; n = rm_next (&r, n)) {
		const em_hole *h = pnode_value (r.m, n);
		guint64 start = rm_start (n, &r);

		if (!(h->flags & EM_MODIFIED))
			continue;
		if (!listed) {
			listed = scratch_array_new (sizeof (guint64));
			logged = scratch_array_new (sizeof (guint64));
		}
		g_array_append_val (listed, start);
		/* maps of an older transaction are on disk: off the list only */
		if (!full && (h->flags & EM_CURRENT))
			g_array_append_val (logged, start);
	}
	pmap_cursor_clear (&c);
	for (guint i = 0; listed && i < listed->len; i++) {
		guint64 key[3] = { ino.root, ino.ino, g_array_index (listed, guint64, i) };
		em_hole *h = pmap_lookup_mut_at (&fs->emaps, &c, key);

		h->flags &= ~(guint32) (EM_MODIFIED | EM_CURRENT);
	}
	/* each logged map merges once it is logged; the one after it, still
	 * being logged, cannot merge yet (btrfs_clear_em_logging) */
	for (guint i = 0; logged && i < logged->len; i++) {
		guint64 busy = i + 1 < logged->len ? g_array_index (logged, guint64, i + 1) : G_MAXUINT64;

		try_merge (fs, &c, ino, g_array_index (logged, guint64, i), busy);
	}
}

void
em_end_transaction (extsim_fs *fs, const GArray *inos)
{
	g_autoptr (scratch_array) current = scratch_array_new (sizeof (guint64));

	/* the data maps on the modified lists are older than the next
	 * transaction: they may go.  Only these files have such maps (each
	 * made them in this transaction: em_data_made), so all go at once */
	if (fs->dmods.count)
		pmap_clear (&fs->dmods);
	for (guint f = 0; f < inos->len; f++) {
		const em_trans_inode *t = &g_array_index (inos, em_trans_inode, f);
		extsim_ino ino = t->ino;
		rmap r = emaps_of (fs, ino);

		if (t->span.lo >= t->span.hi)
			continue; /* data maps only */
		g_array_set_size (current, 0);
		/* only where the inode made them (em_span), not every map it has */
		for (const pnode *n = rm_first_from (&r, t->span.lo); n && rm_start (n, &r) < t->span.hi;
		     n = rm_next (&r, n)) {
			guint64 start = rm_start (n, &r);

			if (((const em_hole *) pnode_value (r.m, n))->flags & EM_CURRENT)
				g_array_append_val (current, start);
		}
		for (guint i = 0; i < current->len; i++) {
			guint64 key[3] = { ino.root, ino.ino, g_array_index (current, guint64, i) };

			((em_hole *) pmap_lookup_mut (&fs->emaps, key))->flags &= ~(guint32) EM_CURRENT;
		}
	}
}

void
em_forget (extsim_fs *fs, extsim_ino ino)
{
	rmap r = emaps_of (fs, ino), d = dmaps_of (fs, ino), m = dmods_of (fs, ino);

	rm_remove (&r, 0, G_MAXUINT64, NULL, NULL);
	rm_remove (&d, 0, G_MAXUINT64, NULL, NULL);
	rm_remove (&m, 0, G_MAXUINT64, NULL, NULL);
}

void
em_forget_all (extsim_fs *fs)
{
	pmap_clear (&fs->emaps);
	pmap_clear (&fs->dmaps);
	pmap_clear (&fs->dmods);
}

/*
 * try_release_extent_mapping for the cached pages of [a, b): a map that
 * starts at such a page goes, the whole of it, unless it is on the
 * modified list and of the running transaction (a fast fsync may still
 * need it).  Data maps start where their items do (maps of contiguous
 * items that btrfs merged are not modelled); the callers have waited for
 * the ordered extents of the range, so no map there is pinned.
 */
static void
release_cached (extsim_fs *fs, extsim_ino ino, guint64 a, guint64 b)
{
	rmap items = items_of_c (fs, ino), r = emaps_of (fs, ino), d = dmaps_of (fs, ino), m = dmods_of (fs, ino);
	g_autoptr (scratch_array) holes = scratch_array_new (sizeof (guint64));
	const pnode *n;
	pmap_cursor c;

	for (n = rm_first_from (&items, a); n && rm_start (n, &items) < b; n = rm_next (&items, n)) {
		guint64 start = rm_start (n, &items);

		if (start >= a && rm_seek (&d, start, &c) && !rm_find (&m, start))
			rm_remove_at (&d, &c, start, rm_node_end (&items, n), NULL, NULL);
	}
	for (n = rm_first_from (&r, a); n && rm_start (n, &r) < b; n = rm_next (&r, n)) {
		guint64 start = rm_start (n, &r);
		guint32 flags = ((const em_hole *) pnode_value (r.m, n))->flags;

		if (start >= a && (flags & (EM_MODIFIED | EM_CURRENT)) != (EM_MODIFIED | EM_CURRENT))
			g_array_append_val (holes, start);
	}
	pmap_cursor_clear (&c);
	for (guint i = 0; i < holes->len; i++)
		remove_map (fs, &c, ino, g_array_index (holes, guint64, i));
}

void
em_release_pages (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap pages = pages_of (fs, ino);
	g_autoptr (scratch_array) runs = scratch_array_new (sizeof (guint64));
	const pnode *n;

	for (n = rm_first_from (&pages, s); n && rm_start (n, &pages) < e; n = rm_next (&pages, n)) {
		guint64 a = MAX (s, rm_start (n, &pages)), b = MIN (e, rm_node_end (&pages, n));

		g_array_append_val (runs, a);
		g_array_append_val (runs, b);
	}
	for (guint i = 0; i < runs->len; i += 2)
		release_cached (fs, ino, g_array_index (runs, guint64, i), g_array_index (runs, guint64, i + 1));
}
