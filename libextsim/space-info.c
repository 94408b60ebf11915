/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the data space_info (btrfs-semantics.md 1.1, 1.2)
 *
 * Counters, all in bytes of data space:
 *   total     fixed at mkfs (the model has one data block group set)
 *   used      extents whose item is in the extent tree
 *   reserved  allocated for writeback, extent item not yet inserted
 *   pinned    freed in this transaction, reusable after commit
 *   may_use   promised to dirty pages that have not been allocated
 *   readonly  free space in read-only block groups (always 0 here)
 *
 * A buffered write of n bytes (btrfs_check_data_free_space, 5.2):
 *   if used + reserved + pinned + readonly + may_use + n <= total
 *       may_use += n                                   -> admitted
 *   else flush every dirty page of the filesystem (each makes its own
 *       NOCOW/COW decision) and commit (pinned -> free), then try again
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

/* btrfs_start_delalloc_roots + btrfs_wait_ordered_roots + commit */
void
flush_all_and_commit (extsim_fs *fs, extsim_ino why)
{
	emit (fs, EXTSIM_EVENT_FLUSH, EXTSIM_REASON_RESERVATION_FAILED, why, 0, 0, 0, 1);
	writeback_all (fs);
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
		update_bytes_may_use (fs, (gint64) len);
		return TRUE;
	}
	if (!may_flush)
		return FALSE;
	emit (fs, EXTSIM_EVENT_RESERVE_FAIL, EXTSIM_REASON_NO_DATA_SPACE, ino, 0, len, 0, 1);
	flush_all_and_commit (fs, ino);
	if (data_space_available (fs) >= len) {
		update_bytes_may_use (fs, (gint64) len);
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
