/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: ordered extents that finish after the writeback that
 * made them (btrfs_finish_ordered_io, btrfs_wait_ordered_range)
 *
 * A writeback asked for [s, e) runs the whole delalloc range that the page
 * at s starts, past e (find_lock_delalloc_range, D5), and cow_file_range
 * allocates all of it, one ordered extent per allocation.  But
 * extent_write_cache_pages submits only the pages of [s, e): the pages
 * past e stay dirty.  An ordered extent completes when the bio of its last
 * page ends (btrfs_finish_ordered_extent: bytes_left reaches 0), and only
 * then does btrfs_finish_one_ordered -> insert_reserved_file_extent ->
 * btrfs_drop_extents replace the file's items and drop the references of
 * the extents they pointed into.  Until then the old extent is referenced:
 * shared for a NOCOW check, not pinned, so a commit does not free it.
 *
 * The model switches the items at the writeback, as the kernel's extent
 * maps are (create_io_em: reads, allocation hints and fiemap's probes see
 * the new place; a read finds the pages in the page cache), and defers what
 * the finish does that others can see: the references dropped.
 *
 *   writeback [s, e), COW piece [p, q) with q > e (ordered_drop_extents):
 *       ordered (root, ino, p) = { q - p, unsubmitted [max (p, e), q) }
 *       each reference drop_extents drops for [p, q) goes to
 *       ordered_drops (root, ino, p, n) instead of backref_dec
 *       (a piece that replaced nothing has an entry too: a truncate
 *       gives its extent back at once, see below)
 *   a later writeback of [s2, e2) (ordered_submit): the unsubmitted pages
 *       in it are submitted; an ordered extent with none left finishes, in
 *       that pass (its references count as the pass's in-flight drops)
 *   a wait (ordered_wait_range: btrfs_start_ordered_extent writes the
 *       ordered extent's pages and waits for it): it finishes
 *   finish (ordered_finish): backref_dec for each deferred drop, now: the
 *       delayed ref goes to the running transaction, the last reference
 *       pins the extent, the next commit frees it
 *
 * The bio ends on its own, in a work queue, a short time after the pages
 * are submitted; the model finishes the ordered extent at the submission,
 * which the next operation (another process, on a loop device) cannot tell
 * apart.  Who waits, and where the model does:
 *
 *   a buffered write over it       lock_and_cleanup_extent_if_need   page-cache.c
 *   fsync, fdatasync, fiemap -v    btrfs_sync_file, btrfs_fiemap:
 *     (and every whole-file          the pages of the whole file
 *     writeback: close, clone's      are submitted                    writeback.c
 *     filemap_flush)
 *   fallocate, punch, zero range,  btrfs_wait_ordered_range of       writeback.c
 *     truncate, clone, dedupe        their range                      (writeback_range)
 *   sync                           btrfs_sync_fs -> btrfs_wait_ordered_roots   fs.c
 *   the ENOSPC flush               shrink_delalloc -> btrfs_wait_ordered_roots space-info.c
 *   snapshot                       btrfs_mksnapshot -> btrfs_wait_ordered_extents snapshot.c
 *   umount / mount                 close_ctree                       fs.c
 *   unlink                         evict: see below                  inode.c
 *
 * A transaction commit waits for none (btrfs_commit_transaction waits for
 * data ordered extents only with -o flushoncommit), so another file's
 * fsync that commits (D20) leaves them pending.  sync_file_range without a
 * wait submits only its range: an ordered extent it cuts stays pending
 * with the rest unsubmitted.
 *
 * A truncate (btrfs_setsize) drops the pages past the new size, T =
 * round_up(size), before btrfs_truncate waits for anything: truncate_setsize
 * -> btrfs_invalidate_folio takes each unsubmitted page of an ordered
 * extent off it, its truncated_len = min(truncated_len, page - start), and
 * the ordered extent whose last page that was finishes there, truncated
 * (ordered_truncate):
 *
 *   truncated_len 0 (no page written, all past T: start >= T and
 *   unsubmitted_start == start): btrfs_finish_one_ordered inserts no
 *       item and frees the extent at once (btrfs_free_reserved_extent:
 *       reserved -= n, the range free now, no delayed ref, not pinned);
 *       the old items are left to btrfs_truncate_inode_items: the
 *       deferred drops go
 *   truncated_len > 0: an item for [start, start + truncated_len), whose
 *       extent btrfs_truncate_inode_items trims or drops as the model's
 *       whole item: the model finishes it at the wait as before
 *
 * A punch hole or a zero range waits for the ordered extents of its range
 * before it drops the pages (btrfs_punch_hole: btrfs_wait_ordered_range,
 * then btrfs_punch_hole_lock_range -> truncate_pagecache_range): nothing
 * left to truncate.
 *
 * An unlink finishes nothing as truncated: an ordered extent holds its
 * inode (alloc_ordered_extent: igrab), so the eviction of an unlinked file
 * waits until its ordered extents finish, when something writes their
 * pages (sync, the ENOSPC flush, umount), and runs from a delayed iput
 * (btrfs_add_delayed_iput), which races with the commit of a sync.  The
 * model finishes them and drops the file's extents at the unlink.
 */
#include "fs-private.h"

static rmap
ordered_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->ordered, 2, ino.root, ino.ino);
}

static void
drop_deferred (extsim_fs *fs, const guint64 *key, guint64 n_drops)
{
	for (guint64 i = 0; i < n_drops; i++) {
		guint64 dkey[4] = { key[0], key[1], key[2], i };
		ordered_drop d;

		pmap_remove (&fs->ordered_drops, dkey, &d);
		backref_dec (fs, d.bytenr, key[0], key[1], d.origin);
	}
}

/* btrfs_finish_one_ordered: the references of the replaced items go. */
static void
ordered_finish (extsim_fs *fs, const guint64 *k)
{
	guint64 key[3] = { k[0], k[1], k[2] };
	ordered_item oe;

	pmap_remove (&fs->ordered, key, &oe);
	drop_deferred (fs, key, oe.n_drops);
}

void
ordered_drop_extents (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 submit_end)
{
	guint64 key[3] = { ino.root, ino.ino, s };
	ordered_item oe = { e - s, MAX (s, submit_end), e, 0, FALSE };
	guint64 next = G_MAXUINT64;

	if (e <= submit_end) {
		drop_extents (fs, ino, s, e);
		return;
	}
	/* pages at s were delalloc: whatever ordered extent held them was
	 * finished by the write that dirtied them */
	g_assert (fs->ordered_defer == NULL && !pmap_lookup (&fs->ordered, key));
	oe.over_hole = !item_at (fs, ino, s, NULL, &next) && next >= e;
	pmap_insert (&fs->ordered, key, &oe);
	fs->ordered_defer = key;
	drop_extents (fs, ino, s, e);
	fs->ordered_defer = NULL;
}

gboolean
ordered_defer_drop (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	const guint64 *k = fs->ordered_defer;
	ordered_item *oe;

	if (!k)
		return FALSE;
	g_assert (k[0] == root && k[1] == ino);
	oe = pmap_lookup_mut (&fs->ordered, k);
	pmap_insert (&fs->ordered_drops, (guint64[4]) { root, ino, k[2], oe->n_drops++ },
		     &(ordered_drop) { bytenr, origin });
	return TRUE;
}

/* Whether pages of @oe in [s, e) are still unsubmitted. */
static gboolean
unsubmitted_in (const ordered_item *oe, guint64 s, guint64 e)
{
	return oe->unsubmitted_start < e && oe->unsubmitted_end > s;
}

/* The starts of ino's ordered extents that overlap [s, e) (and, with
 * unsubmitted_only, whose unsubmitted pages do). */
static GArray *
overlapping (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, gboolean unsubmitted_only)
{
	rmap r = ordered_of (fs, ino);
	GArray *out = g_array_new (FALSE, FALSE, sizeof (guint64));

	for (const pnode *n = rm_first_from (&r, s); n && rm_start (n, &r) < e; n = rm_next (&r, n)) {
		const ordered_item *oe = pnode_value (r.m, n);
		guint64 start = rm_start (n, &r);

		if (!unsubmitted_only || unsubmitted_in (oe, s, e))
			g_array_append_val (out, start);
	}
	return out;
}

/* The pages of [s, e) are submitted, or (wait) the ordered extents over
 * them are waited for: those with no unsubmitted page left finish.  The
 * end of the last unsubmitted page of [s, e) submitted, 0 when none. */
static guint64
reach (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, gboolean wait)
{
	g_autoptr (GArray) starts = NULL;
	guint64 last = 0;

	if (!fs->ordered.count)
		return 0;
	starts = overlapping (fs, ino, s, e, !wait);
	for (guint i = 0; i < starts->len; i++) {
		guint64 key[3] = { ino.root, ino.ino, g_array_index (starts, guint64, i) };
		ordered_item *oe = pmap_lookup_mut (&fs->ordered, key);

		if (unsubmitted_in (oe, s, e))
			last = MAX (last, MIN (e, oe->unsubmitted_end));
		/* what is left unsubmitted: one range (a cut in its middle
		 * keeps both ends, so the whole of it) */
		if (wait || (s <= oe->unsubmitted_start && e >= oe->unsubmitted_end))
			ordered_finish (fs, key);
		else if (s <= oe->unsubmitted_start)
			oe->unsubmitted_start = e;
		else if (e >= oe->unsubmitted_end)
			oe->unsubmitted_end = s;
	}
	return last;
}

guint64
ordered_submit (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	return reach (fs, ino, s, e, FALSE);
}

gboolean
ordered_unsubmitted (extsim_fs *fs, extsim_ino ino)
{
	rmap r = ordered_of (fs, ino);

	if (!fs->ordered.count)
		return FALSE;
	/* the first one answers: no list of them all */
	for (const pnode *n = rm_first (&r); n; n = rm_next (&r, n)) {
		if (unsubmitted_in (pnode_value (r.m, n), 0, G_MAXUINT64))
			return TRUE;
	}
	return FALSE;
}

void
ordered_wait_range (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	reach (fs, ino, s, e, TRUE);
}

/* btrfs_wait_ordered_extents (root) or, root 0, btrfs_wait_ordered_roots */
void
ordered_wait_root (extsim_fs *fs, guint64 root)
{
	guint64 key[3] = { root, 0, 0 };
	const pnode *n;

	while ((n = root ? pmap_ge (&fs->ordered, key) : pmap_first (&fs->ordered)) &&
	       (!root || pnode_key (n)[0] == root)) {
		guint64 k[3] = { pnode_key (n)[0], pnode_key (n)[1], pnode_key (n)[2] };

		ordered_finish (fs, k);
	}
}

/* truncate_setsize -> btrfs_invalidate_folio for the pages from t on: each
 * ordered extent no page of which was written and that lies past t
 * finishes with truncated_len 0 (see above).  Its extent has the one item
 * the writeback made: nothing changes a range with an ordered extent
 * without waiting for it first. */
void
ordered_truncate (extsim_fs *fs, extsim_ino ino, guint64 t)
{
	g_autoptr (GArray) starts = NULL;

	g_assert (aligned (fs, t));
	if (!fs->ordered.count)
		return;
	starts = overlapping (fs, ino, t, G_MAXUINT64, TRUE);
	for (guint i = 0; i < starts->len; i++) {
		guint64 key[3] = { ino.root, ino.ino, g_array_index (starts, guint64, i) };
		guint64 ikey[3] = { ino.root, ino.ino, key[2] };
		ordered_item oe = *(const ordered_item *) pmap_lookup (&fs->ordered, key);
		file_item fi;

		if (key[2] < t || oe.unsubmitted_start != key[2])
			continue; /* truncated_len > 0 */
		pmap_remove (&fs->ordered, key, NULL);
		pmap_remove (&fs->items, ikey, &fi);
		g_assert (fi.len == oe.len && fi.offset == 0 && fi.disk_num_bytes == oe.len);
		extent_free_reserved (fs, fi.disk_bytenr, ino, key[2]);
		drop_deferred (fs, key, oe.n_drops);
	}
}
