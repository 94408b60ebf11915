/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the data space_info (btrfs-semantics.md 1.1, 1.2)
 *
 * Counters, all in bytes of data space:
 *   total     fixed at mkfs: the data block groups and the unallocated
 *             device space chunks can still come from (the kernel's
 *             total_bytes is the groups alone; reserve_data_bytes makes a
 *             reservation past them make chunks, as the kernel does)
 *   used      extents whose item is in the extent tree
 *   reserved  allocated for writeback, extent item not yet inserted
 *   pinned    freed in this transaction, reusable after commit
 *   may_use   promised to dirty pages that have not been allocated
 *   readonly  free space in read-only block groups (always 0 here)
 *
 * A buffered write of n bytes (btrfs_check_data_free_space, 5.2):
 *   if used + reserved + pinned + readonly + may_use + n <= total
 *       may_use += n                                   -> admitted
 *       and, past the block groups, chunks are made until they hold it
 *       (reserve_data_bytes: ALLOC_CHUNK_FORCE)
 *   else flush every dirty page of the filesystem (each makes its own
 *       NOCOW/COW decision) and commit (pinned -> free), then try again
 *       (the files in the order of the delalloc lists, below)
 *   else fail: the caller may still admit the write without a
 *       reservation if it can go NOCOW (page-cache.c)
 *
 * Writeback then moves the promise:
 *   COW:    may_use -= n, reserved += n; then reserved -= n, used += n
 *   NOCOW:  may_use -= n (the space already exists)
 *   lost:   may_use -= n (the pages are gone)
 * and freeing an extent's last reference: used -= n, pinned += n; commit:
 *   pinned -= n and the range is free again.
 *
 * Data never overcommits, and the allocator ignores may_use: it hands out
 * whatever is physically free (free-space.c).
 *
 * The order of that flush decides who gets the long free ranges near full
 * (btrfs_start_delalloc_roots from shrink_delalloc): the subvolumes in the
 * order of fs_info->delalloc_roots, in each the files in the order of
 * root->delalloc_inodes.  A file joins the tail of its root's list when it
 * gets delalloc while it has none (btrfs_set_delalloc_extent ->
 * btrfs_add_delalloc_inode), a root the tail of the filesystem's list when
 * its first file joins; a file leaves when its last delalloc byte is cleared
 * (btrfs_clear_delalloc_extent -> btrfs_del_delalloc_inode), a root with its
 * last file.  A rewrite of all a file's delalloc moves it to the tail:
 * btrfs_dirty_folio clears the range's delalloc before it sets it again.
 * The lists are linked through the root and inode items, as the kernel's
 * list_heads are, so equal lists are equal states whatever made them.
 */
#include "fs-private.h"

/* One updater per counter: an update that would go below zero is a model
 * bug, latched for invariant 2 instead of wrapping. */
static void
update (extsim_fs *fs, guint64 *counter, gint64 delta)
{
	if (delta < 0 && (guint64) (-delta) > *counter) {
		fs->accounting_error = TRUE;
		*counter = 0;
	} else {
		*counter += (guint64) delta;
	}
	fs->si.free = fs->si.total - MIN (fs->si.total, fs->si.used + fs->si.reserved + fs->si.pinned +
							     fs->si.readonly);
}

void
update_bytes_may_use (extsim_fs *fs, gint64 delta)
{
	update (fs, &fs->si.may_use, delta);
}

void
update_bytes_used (extsim_fs *fs, gint64 delta)
{
	update (fs, &fs->si.used, delta);
}

void
update_bytes_reserved (extsim_fs *fs, gint64 delta)
{
	update (fs, &fs->si.reserved, delta);
}

void
update_bytes_pinned (extsim_fs *fs, gint64 delta)
{
	update (fs, &fs->si.pinned, delta);
}

/* What a reservation may still take: total - btrfs_space_info_used(, true). */
guint64
data_space_available (const extsim_fs *fs)
{
	const extsim_space_info *si = &fs->si;
	guint64 busy = si->used + si->reserved + si->pinned + si->readonly + si->may_use;

	return busy >= si->total ? 0 : si->total - busy;
}

/*
 * btrfs_reserve_data_bytes of len that fits (data_space_available): the
 * space_info's total is its block groups, and a reservation past them
 * waits while the reclaim worker makes chunks (btrfs_async_reclaim_data_space:
 * flush_space ALLOC_CHUNK_FORCE, one chunk a pass, until the tickets fit
 * or the device is full) before it flushes anything.  So the chunks come
 * at the write, not at the writeback that fills them, and each is a block
 * group made in the running transaction: an fsync with something to log
 * commits instead (btrfs_make_block_group -> btrfs_set_log_full_commit,
 * D20).  The chunks are the ones find_free_extent would have made later:
 * the largest device hole first (alloc_chunk).
 */
void
reserve_data_bytes (extsim_fs *fs, guint64 len)
{
	const extsim_space_info *si = &fs->si;

	update_bytes_may_use (fs, (gint64) len);
	while (si->used + si->reserved + si->pinned + si->readonly + si->may_use > si->total - chunk_unallocated (fs)) {
		if (!alloc_chunk (fs))
			break; /* space_info->full: what is left is the flush's */
	}
}

static root_item *
root_mut (extsim_fs *fs, guint64 root)
{
	return pmap_lookup_mut (&fs->roots, &root);
}

static inode_item *
list_inode (extsim_fs *fs, guint64 root, guint64 ino)
{
	return inode_lookup_mut (fs, (extsim_ino) { root, ino });
}

/* list_add_tail (&root->delalloc_root, &fs_info->delalloc_roots); r is
 * root's item, from the root_mut of the caller */
static void
root_list_add (extsim_fs *fs, root_item *r, guint64 root)
{
	guint64 last = fs->delalloc_roots_last;

	r->delalloc_prev_root = last;
	if (last)
		root_mut (fs, last)->delalloc_next_root = root;
	else
		fs->delalloc_roots_first = root;
	fs->delalloc_roots_last = root;
}

static void
root_list_del (extsim_fs *fs, root_item *r)
{
	guint64 prev = r->delalloc_prev_root, next = r->delalloc_next_root;

	r->delalloc_prev_root = r->delalloc_next_root = 0;
	if (prev)
		root_mut (fs, prev)->delalloc_next_root = next;
	else
		fs->delalloc_roots_first = next;
	if (next)
		root_mut (fs, next)->delalloc_prev_root = prev;
	else
		fs->delalloc_roots_last = prev;
}

/* btrfs_add_delalloc_inode.  A value lookup_mut handed out is written
 * before the next lookup_mut in its map (pmap_sum hashes it then).  c:
 * where the inode was looked up. */
static void
delalloc_inode_add (extsim_fs *fs, extsim_ino ino, pmap_cursor *c)
{
	root_item *r = root_mut (fs, ino.root);
	inode_item *inode = inode_lookup_mut_at (fs, c, ino);
	guint64 last = r->delalloc_last;

	r->delalloc_last = ino.ino;
	if (!last)
		r->delalloc_first = ino.ino;
	inode->delalloc_prev = last;
	inode->runtime |= INODE_DELALLOC_LISTED;
	if (last)
		list_inode (fs, ino.root, last)->delalloc_next = ino.ino;
	else
		root_list_add (fs, r, ino.root);
}

/* btrfs_del_delalloc_inode */
static void
delalloc_inode_del (extsim_fs *fs, extsim_ino ino, pmap_cursor *c)
{
	root_item *r = root_mut (fs, ino.root);
	inode_item *inode = inode_lookup_mut_at (fs, c, ino);
	guint64 prev = inode->delalloc_prev, next = inode->delalloc_next;

	inode->delalloc_prev = inode->delalloc_next = 0;
	inode->runtime &= ~(guint32) INODE_DELALLOC_LISTED;
	if (prev)
		list_inode (fs, ino.root, prev)->delalloc_next = next;
	else
		r->delalloc_first = next;
	if (next)
		list_inode (fs, ino.root, next)->delalloc_prev = prev;
	else
		r->delalloc_last = prev;
	if (!r->delalloc_first)
		root_list_del (fs, r);
}

void
delalloc_inode_update_at (extsim_fs *fs, pmap_cursor *c, extsim_ino ino)
{
	rmap dirty = dirty_of (fs, ino);
	const inode_item *inode = inode_lookup_at (fs, c, ino);
	gboolean listed, dirty_now;

	if (!inode)
		return;
	listed = (inode->runtime & INODE_DELALLOC_LISTED) != 0;
	dirty_now = rm_first (&dirty) != NULL;
	if (dirty_now == listed)
		return;
	if (dirty_now) {
		delalloc_inode_add (fs, ino, c);
		wb_list_join (fs, ino);
	} else {
		delalloc_inode_del (fs, ino, c);
	}
}

void
delalloc_inode_update (extsim_fs *fs, extsim_ino ino)
{
	pmap_cursor c;

	pmap_cursor_clear (&c);
	delalloc_inode_update_at (fs, &c, ino);
}

void
delalloc_list_of (const extsim_fs *fs, guint64 root, GArray *out)
{
	for (guint64 i = root_lookup (fs, root)->delalloc_first; i;) {
		extsim_ino ino = { root, i };

		g_array_append_val (out, ino);
		i = inode_lookup (fs, ino)->delalloc_next;
	}
}

/* How many files have dirty pages: as many as the lists hold. */
static guint
dirty_inode_count (const extsim_fs *fs)
{
	guint64 key[3];
	guint count = 0;

	for (const pnode *n = pmap_first (&fs->dirty); n; n = pmap_ge (&fs->dirty, key), count++) {
		key[0] = pnode_key (n)[0];
		key[1] = pnode_key (n)[1] + 1;
		key[2] = 0;
	}
	return count;
}

void
delalloc_lists (const extsim_fs *fs, GArray *out)
{
	for (guint64 root = fs->delalloc_roots_first; root; root = root_lookup (fs, root)->delalloc_next_root)
		delalloc_list_of (fs, root, out);
	g_assert (out->len == dirty_inode_count (fs));
}

/* btrfs_start_delalloc_roots (shrink_delalloc, FLUSH_DELALLOC_FULL): every
 * file with delalloc, whole, in the order of the delalloc lists (above);
 * then btrfs_wait_ordered_roots and a commit */
void
flush_all_and_commit (extsim_fs *fs, extsim_ino why)
{
	emit (fs, EXTSIM_EVENT_FLUSH, EXTSIM_REASON_RESERVATION_FAILED, why, 0, 0, 0, 1);
	writeback_all (fs);
	ordered_wait_root (fs, 0);
	transaction_commit (fs);
}

/*
 * btrfs_check_data_free_space for len (already sector aligned).  With
 * may_flush, a failure first flushes all delalloc and commits, once: the
 * second commit of the 5.2 loop only runs when pinned bytes would cover
 * the shortfall, and after the first commit nothing is pinned.
 */
gboolean
reserve_data_space (extsim_fs *fs, extsim_ino ino, guint64 len, gboolean may_flush)
{
	if (data_space_available (fs) >= len) {
		reserve_data_bytes (fs, len);
		return TRUE;
	}
	if (!may_flush)
		return FALSE;
	emit (fs, EXTSIM_EVENT_RESERVE_FAIL, EXTSIM_REASON_NO_DATA_SPACE, ino, 0, len, 0, 1);
	flush_all_and_commit (fs, ino);
	if (data_space_available (fs) >= len) {
		reserve_data_bytes (fs, len);
		return TRUE;
	}
	fs->stats.reservation_failures++;
	return FALSE;
}

void
free_reserved_data_space (extsim_fs *fs, guint64 len)
{
	update_bytes_may_use (fs, -(gint64) len);
}

void
extsim_fs_get_space_info (const extsim_fs *fs, extsim_space_info *out)
{
	g_return_if_fail (fs != NULL && out != NULL);
	*out = fs->si;
}
