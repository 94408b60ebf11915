/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Writeback: the NOCOW/COW decision per file extent item
 * (run_delalloc_nocow, can_nocow_file_extent), COW allocation
 * (cow_file_range), and the error path that drops pages (5.2 extent_io.c).
 */
#include "ext-test.h"

#include <errno.h>

/* 2 GiB: data chunks of 208 MiB hold a 128 MiB extent (on 1 GiB, 112 MiB
 * chunks halve it to 64 MiB: test-block-group.c) */
START_TEST (cow_over_a_hole_allocates_extents_of_at_most_128m)
{
	extsim_fs *fs = t_fs_new (NULL, 2 * GiB, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 128 * MiB, 'R', 1, 0 },
		{ 128 * MiB, 128 * MiB, 'R', 2, 0 },
		{ 256 * MiB, 44 * MiB, 'R', 3, 0 },
		T_END,
	};

	t_pwrite (fs, f, 0, 300 * MiB, 0x11);
	ext_assert_u64_eq (t_space (fs).may_use, 300 * MiB);
	t_writeback (fs, f);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	ext_assert_u64_eq (t_space (fs).used, 300 * MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* sync(2) wakes the flusher, whose writeback (range_cyclic) starts at
 * mapping->writeback_index, where the last whole-file writeback stopped,
 * and wraps around (write_cache_pages, extent_write_cache_pages): after an
 * fsync of [0, 8k) and a rewrite of [0, 16k), sync makes [8k, 16k) and
 * [0, 8k) two extents, where an fsync, from 0, makes one.  A sync between
 * the fsync and the rewrite visits the file (still on the writeback lists),
 * finds nothing from 8k on, wraps, finds nothing either and leaves the
 * index at 0: one extent again.  Linux 6.18 does all three (corpus
 * divergence-sync-writeback-index; DIVERGENCES D13). */
START_TEST (sync_starts_where_the_last_writeback_stopped)
{
	const t_item two[] = { { 0, 8 * KiB, 'R', 1, 0 }, { 8 * KiB, 8 * KiB, 'R', 2, 0 }, T_END };
	const t_item one[] = { { 0, 16 * KiB, 'R', 1, 0 }, T_END };

	for (guint mode = 0; mode < 3; mode++) { /* fsync, sync, sync after an idle sync */
		extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
		extsim_ino f = t_create (fs);

		t_pwrite (fs, f, 0, 8 * KiB, 0x63);
		ext_assert_true (extsim_fs_fsync (fs, f, NULL));
		if (mode == 2)
			extsim_fs_sync (fs);
		t_pwrite (fs, f, 0, 16 * KiB, 0x61);
		if (mode)
			extsim_fs_sync (fs);
		else
			ext_assert_true (extsim_fs_fsync (fs, f, NULL));
		t_assert_items (fs, f, mode == 1 ? two : one);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* The flusher pass of sync(2) visits the files on the writeback lists,
 * also those with no dirty page (__writeback_single_inode): dirtying a
 * page puts a file there, and only such a pass takes it off, not a commit
 * (requeue_inode).  f's [0, 8k) written back whole (index at 8k), then a
 * sync with nothing to write, then [0, 16k) rewritten and synced:
 *
 *   fsync, snapshot, sync      f still on the lists: the idle sync wraps,
 *                              the index is 0, the rewrite one extent
 *   sync, clone into f, sync   the first sync took f off (index at 8k), a
 *                              clone puts nothing there: [8k, 16k), [0, 8k)
 *
 * Linux 6.18 does both (corpus sync-writeback-index-fsync-snapshot and
 * sync-writeback-index-clone; DIVERGENCES D29). */
START_TEST (sync_visits_the_files_on_the_writeback_lists)
{
	const t_item two[] = { { 0, 8 * KiB, 'R', 1, 0 }, { 8 * KiB, 8 * KiB, 'R', 2, 0 }, T_END };
	const t_item one[] = { { 0, 16 * KiB, 'R', 1, 0 }, T_END };

	for (guint clone = 0; clone < 2; clone++) {
		extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
		extsim_ino g = t_create (fs), f = t_create (fs);

		t_pwrite (fs, g, 0, 64 * KiB, 0x62);
		t_pwrite (fs, f, 0, 8 * KiB, 0x63);
		if (clone) {
			extsim_fs_sync (fs);
			t_reflink (fs, g, 0, f, 4 * KiB, 4 * KiB);
		} else {
			ext_assert_true (extsim_fs_fsync (fs, f, NULL));
			t_snapshot (fs, EXTSIM_FS_TREE);
		}
		extsim_fs_sync (fs);
		t_pwrite (fs, f, 0, 16 * KiB, 0x61);
		extsim_fs_sync (fs);
		t_assert_items (fs, f, clone ? two : one);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* sync's flusher pass writes the files in the order they joined the
 * writeback lists (dirtied_when), and a file stays there, dirtied when it
 * was, until such a pass finds it clean: f written back by its fsync (or
 * a snapshot's flush), g dirtied, f dirtied again.  sync writes f first,
 * its second 64k right after its first (the hint its last extent gives),
 * then g; in the order of the delalloc lists (g joined them first) g took
 * the space after f.  Linux 6.18 does the former (corpus sync-order-*,
 * DIVERGENCES D30). */
START_TEST (a_file_written_back_and_dirtied_again_keeps_its_place_for_sync)
{
	/* after the snapshot f's first 64k is shared with it */
	const t_map f_map[2][3] = { { { 0, 128 * KiB, 0, LAST }, { 0, 0, 0, 0 } },
				    { { 0, 64 * KiB, 0, SH }, { 64 * KiB, 64 * KiB, 64 * KiB, LAST }, { 0, 0, 0, 0 } } };

	for (guint snap = 0; snap < 2; snap++) {
		extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
		extsim_ino f = t_create (fs), g = t_create (fs);

		t_pwrite (fs, f, 0, 64 * KiB, 0x61);
		if (snap)
			t_snapshot (fs, EXTSIM_FS_TREE);
		else
			ext_assert_true (extsim_fs_fsync (fs, f, NULL));
		t_pwrite (fs, g, 0, 64 * KiB, 0x62);
		t_pwrite (fs, f, 64 * KiB, 64 * KiB, 0x63);
		extsim_fs_sync (fs);
		t_assert_fiemap (fs, f, f_map[snap]);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* The same at umount: generic_shutdown_super -> sync_filesystem ->
 * writeback_inodes_sb writes the files on the writeback lists, oldest
 * dirtied first, each from its start; Linux 6.18 puts f's second 64k right
 * after its first (corpus umount-order-*, DIVERGENCES D32). */
START_TEST (a_file_written_back_and_dirtied_again_keeps_its_place_for_umount)
{
	const t_map f_map[2][3] = { { { 0, 128 * KiB, 0, LAST }, { 0, 0, 0, 0 } },
				    { { 0, 64 * KiB, 0, SH }, { 64 * KiB, 64 * KiB, 64 * KiB, LAST }, { 0, 0, 0, 0 } } };

	for (guint snap = 0; snap < 2; snap++) {
		extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
		extsim_ino f = t_create (fs), g = t_create (fs);

		t_pwrite (fs, f, 0, 64 * KiB, 0x61);
		if (snap)
			t_snapshot (fs, EXTSIM_FS_TREE);
		else
			ext_assert_true (extsim_fs_fsync (fs, f, NULL));
		t_pwrite (fs, g, 0, 64 * KiB, 0x62);
		t_pwrite (fs, f, 64 * KiB, 64 * KiB, 0x63);
		extsim_fs_remount (fs);
		t_assert_fiemap (fs, f, f_map[snap]);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* Writing into the middle of PREALLOC splits it around a REG part of the
 * same extent and the same back reference (btrfs_mark_extent_written). */
START_TEST (nocow_into_prealloc_splits_the_item)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autoptr (GArray) extents = NULL;
	g_autoptr (GArray) refs = NULL;
	const t_item layout[] = {
		{ 0, 2 * MiB, 'P', 1, 0 },
		{ 2 * MiB, MiB, 'R', 1, 2 * MiB },
		{ 3 * MiB, 5 * MiB, 'P', 1, 3 * MiB },
		T_END,
	};

	t_falloc (fs, f, 0, 8 * MiB);
	t_pwrite (fs, f, 2 * MiB, MiB, 0x22);
	t_writeback (fs, f);
	t_assert_items (fs, f, layout);
	extents = extsim_fs_extents (fs);
	ext_assert_int_eq (extents->len, 1);
	refs = extsim_fs_extent_backrefs (fs, g_array_index (extents, extsim_extent, 0).bytenr, NULL);
	ext_assert_int_eq (refs->len, 1);
	ext_assert_u64_eq (g_array_index (refs, extsim_backref, 0).count, 3);
	ext_assert_u64_eq (g_array_index (refs, extsim_backref, 0).origin, 0);
	ext_assert_u64_eq (t_space (fs).used, 8 * MiB);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* One delalloc range over a hole, then PREALLOC: the hole's COW inserts
 * an item in front of the PREALLOC one before that one is written in place.
 *
 *   falloc 8k-16k, pwrite 0-16k:   [ hole 0-8k ][ prealloc 8k-16k ]
 *   writeback:                     [ new extent ][ written in place ]
 */
START_TEST (cow_before_nocow_in_one_range)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 8 * KiB, 'R', 1, 0 },
		{ 8 * KiB, 8 * KiB, 'R', 2, 0 },
		T_END,
	};

	t_falloc (fs, f, 8 * KiB, 8 * KiB);
	t_pwrite (fs, f, 0, 16 * KiB, 0x44);
	t_writeback (fs, f);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Written neighbours of the same extent merge back into one item. */
START_TEST (adjacent_written_parts_merge)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 3 * MiB, 'R', 1, 0 },
		{ 3 * MiB, 5 * MiB, 'P', 1, 3 * MiB },
		T_END,
	};

	t_falloc (fs, f, 0, 8 * MiB);
	t_pwrite (fs, f, 2 * MiB, MiB, 0x22);
	t_writeback (fs, f);
	t_pwrite (fs, f, 0, 2 * MiB, 0x33);
	t_writeback (fs, f);
	t_assert_items (fs, f, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (nodatacow_rewrites_in_place)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	GError *err = NULL;
	const t_item layout[] = { { 0, MiB, 'R', 1, 0 }, T_END };
	g_autoptr (GArray) runs = NULL;

	extsim_fs_set_nodatacow (fs, f, &err);
	ext_assert_no_error (err);
	t_pwrite (fs, f, 0, MiB, 0x11);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 4 * KiB, 4 * KiB, 0x22);
	extsim_fs_sync (fs);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).used, MiB);
	runs = extsim_fs_read (fs, f, 0, 0, NULL);
	ext_assert_int_eq (runs->len, 3);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 1).fill, 0x22);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A COW overwrite of the middle of an extent leaves the old extent whole,
 * referenced by its two ends: a bookend. */
START_TEST (cow_overwrite_leaves_a_bookend)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 256 * KiB, 'R', 1, 0 },
		{ 256 * KiB, 64 * KiB, 'R', 2, 0 },
		{ 320 * KiB, 704 * KiB, 'R', 1, 320 * KiB },
		T_END,
	};

	t_pwrite (fs, f, 0, MiB, 0x11);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 256 * KiB, 64 * KiB, 0x22);
	extsim_fs_sync (fs);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).used, MiB + 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* PREALLOC shared by a reflink is COWed, with the reservation it has. */
START_TEST (shared_prealloc_is_cowed)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 4 * KiB, 'P', 1, 0 },
		{ 8 * KiB, MiB - 8 * KiB, 'P', 1, 0 },
		{ MiB, 64 * KiB, 'R', 2, 0 },
		{ MiB + 64 * KiB, 7 * MiB - 56 * KiB, 'P', 1, MiB + 56 * KiB },
		T_END,
	};

	t_falloc (fs, f, 8 * KiB, 8 * MiB);
	t_reflink (fs, f, 8 * KiB, f, 0, 4 * KiB);
	t_pwrite (fs, f, MiB, 64 * KiB, 0x44);
	t_writeback (fs, f);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* sync(2)'s flusher takes the inodes oldest dirtied first (b_io), not by
 * inode number.  Linux 6.18: touch a; 64k into b; 4k into a; sync: b's
 * extent at 26624 sectors, a's at 26752, right after it. */
START_TEST (sync_writes_the_files_oldest_dirtied_first)
{
	extsim_fs *fs = t_fs_new (NULL, 1024 * MiB, 0);
	extsim_ino a = t_create (fs), b = t_create (fs);
	g_autoptr (GArray) ma = NULL;
	g_autoptr (GArray) mb = NULL;

	t_pwrite (fs, b, 0, 64 * KiB, 0x62);
	t_pwrite (fs, a, 0, 4 * KiB, 0x63);
	extsim_fs_sync (fs);
	ma = extsim_fs_fiemap (fs, a, 0, 0, 0, NULL);
	mb = extsim_fs_fiemap (fs, b, 0, 0, 0, NULL);
	ext_assert_u64_eq (g_array_index (mb, extsim_fiemap_extent, 0).physical, 26624 * 512);
	ext_assert_u64_eq (g_array_index (ma, extsim_fiemap_extent, 0).physical, 26752 * 512);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The two cases below: a NODATACOW file with 64k at 64k whose first block
 * was cloned to 0, then both blocks rewritten, the clone first.  The
 * clone's rewrite is COWed; so is the other block's, though only (f, 64k)
 * still refers to the extent; after commit (or not), a rewrite of 72k is
 * written in place. */
static extsim_fs *
cloned_nodatacow_file (extsim_ino *f, gboolean commits)
{
	extsim_fs *fs = t_fs_new (NULL, 256 * MiB, 0);

	*f = t_create (fs);
	t_nodatacow (fs, *f);
	t_pwrite (fs, *f, 64 * KiB, 64 * KiB, 0x41);
	if (commits)
		extsim_fs_sync (fs);
	else
		t_fsync (fs, *f);
	t_reflink (fs, *f, 64 * KiB, *f, 0, 4 * KiB);
	if (commits)
		extsim_fs_sync (fs);
	return fs;
}

static void
assert_cowed_then_in_place (extsim_fs *fs, extsim_ino f, gboolean commit)
{
	const t_item layout[] = {
		{ 0, 4 * KiB, 'R', 1, 0 },
		{ 64 * KiB, 4 * KiB, 'R', 2, 0 },
		{ 68 * KiB, 60 * KiB, 'R', 3, 4 * KiB },
		T_END,
	};

	t_assert_items (fs, f, layout);
	if (commit)
		extsim_fs_sync (fs);
	t_pwrite (fs, f, 72 * KiB, 4 * KiB, 0x44);
	t_fsync (fs, f);
	t_assert_items (fs, f, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}

/* btrfs_cross_ref_exist reads the extent tree (check_committed_ref), which
 * the running transaction's delayed refs reach only at its commit, and
 * calls a pending ref of another (root, ino, offset) shared
 * (check_delayed_ref): a reference dropped since the last commit still
 * makes the extent shared.  Linux 6.18: with a sync after the write and
 * after the clone, and an fsync after each rewrite, the second rewrite is
 * COWed; after a sync, the rewrite of 72k goes in place. */
START_TEST (a_reference_dropped_in_the_transaction_still_counts)
{
	extsim_ino f;
	extsim_fs *fs = cloned_nodatacow_file (&f, TRUE);

	t_pwrite (fs, f, 0, 4 * KiB, 0x42);
	t_fsync (fs, f);
	t_pwrite (fs, f, 64 * KiB, 4 * KiB, 0x43);
	t_fsync (fs, f);
	assert_cowed_then_in_place (fs, f, TRUE);
}
END_TEST

/* A COW write drops the references of the items it replaces when its
 * ordered extent completes (btrfs_finish_ordered_io), after the writeback
 * pass (extent_write_cache_pages) that started it: for the rest of the
 * pass they count.  An extent made in the running transaction shows it:
 * its delayed refs add and drop the clone's (f, 0) and cancel out (delayed
 * refs merge), so once the pass is over the extent is the file's alone.
 * Linux 6.18: with fsyncs only, both rewrites in one fsync are COWed, and
 * the rewrite of 72k after it goes in place without a commit. */
START_TEST (cow_drops_of_a_pass_count_until_it_ends)
{
	extsim_ino f;
	extsim_fs *fs = cloned_nodatacow_file (&f, FALSE);

	t_pwrite (fs, f, 0, 4 * KiB, 0x42);
	t_pwrite (fs, f, 64 * KiB, 4 * KiB, 0x43);
	t_fsync (fs, f);
	assert_cowed_then_in_place (fs, f, FALSE);
}
END_TEST

/* Delayed refs of one tuple merge when queued (insert_delayed_ref) only
 * under the same tree mod log sequence number, and fiemap's backref walk
 * (btrfs_is_data_extent_shared) takes a new one while a transaction runs.
 * A clone of a preallocated file and the unlink of the clone cancel out;
 * with a fiemap between them both stay queued until the commit, and a
 * write into the extent is COWed.  Linux 6.18 (corpus w0113, shrunk): the
 * write is in place without the fiemap, elsewhere with it. */
START_TEST (a_fiemap_keeps_delayed_refs_apart)
{
	for (guint with_fiemap = 0; with_fiemap < 2; with_fiemap++) {
		extsim_fs *fs = t_fs_new (NULL, 256 * MiB, 0);
		extsim_ino f = t_create (fs), g = t_create (fs);
		const t_item in_place[] = {
			{ 0, 4 * KiB, 'R', 1, 0 },
			{ 4 * KiB, 60 * KiB, 'P', 1, 4 * KiB },
			T_END,
		};
		const t_item elsewhere[] = {
			{ 0, 4 * KiB, 'R', 1, 0 },
			{ 4 * KiB, 60 * KiB, 'P', 2, 4 * KiB },
			T_END,
		};

		t_falloc (fs, f, 0, 64 * KiB);
		t_reflink (fs, f, 0, g, 0, 64 * KiB);
		if (with_fiemap)
			g_array_unref (extsim_fs_fiemap (fs, f, 0, 0, 0, NULL));
		t_unlink (fs, g);
		t_pwrite (fs, f, 0, 4 * KiB, 0x45);
		t_fsync (fs, f);
		t_assert_items (fs, f, with_fiemap ? elsewhere : in_place);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* A COW with no free space drops the pages, releases nothing it did not
 * hold, and latches ENOSPC for one fsync (errseq). */
START_TEST (a_failed_cow_drops_the_pages)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autoptr (GArray) dirty = NULL;
	g_autoptr (GArray) lost = NULL;
	extsim_space_info before;
	extsim_inode_info info;

	t_falloc (fs, f, 0, 8 * MiB);
	t_fill (fs);
	t_pwrite (fs, f, MiB, 4 * KiB, 0x11);
	t_reflink (fs, f, 0, f, 7 * MiB, 4 * KiB);
	before = t_space (fs);
	t_writeback (fs, f);
	dirty = extsim_fs_dirty_ranges (fs, f, NULL);
	ext_assert_int_eq (dirty->len, 0);
	lost = extsim_fs_lost_ranges (fs, f, NULL);
	ext_assert_int_eq (lost->len, 1);
	ext_assert_u64_eq (g_array_index (lost, extsim_range, 0).offset, MiB);
	ext_assert_u64_eq (g_array_index (lost, extsim_range, 0).len, 4 * KiB);
	ext_assert_u64_eq (t_space (fs).may_use, before.may_use);
	ext_assert_u64_eq (t_space (fs).used, before.used);
	extsim_fs_inode_info (fs, f, &info, NULL);
	ext_assert_int_eq (info.wb_error, ENOSPC);
	t_fsync_enospc (fs, f);
	t_fsync (fs, f); /* reported once */
	t_assert_violation (fs, EXTSIM_INVARIANT_NO_DATA_LOSS);
	extsim_fs_free (fs);
}
END_TEST

/* Rewriting a lost range makes the file whole again for invariant 4. */
START_TEST (rewriting_a_lost_range_clears_it)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs), pad;

	t_falloc (fs, f, 0, 8 * MiB);
	pad = t_fill (fs);
	t_pwrite (fs, f, MiB, 4 * KiB, 0x11);
	t_reflink (fs, f, 0, f, 7 * MiB, 4 * KiB);
	t_fsync_enospc (fs, f);
	ext_assert_u64_eq (t_lost (fs, f), 4 * KiB);
	/* make room, then rewrite the page */
	extsim_fs_unlink (fs, pad, NULL);
	extsim_fs_commit (fs);
	t_pwrite (fs, f, MiB, 4 * KiB, 0x11);
	ext_assert_u64_eq (t_lost (fs, f), 0);
	t_fsync (fs, f);
	ext_assert_u64_eq (t_lost (fs, f), 0);
	extsim_fs_free (fs);
}
END_TEST

/* Found by extsim fuzz (seed 42, run 14158, patched): the NOCOW write of a
 * range that follows a COW run in the same delalloc range used a pointer to
 * its file extent item taken before the COW inserted items; a map may move
 * its entries on any change, and the write split the wrong item. */
START_TEST (nocow_after_cow_in_one_delalloc_range)
{
	extsim_fs *fs = t_fs_new ("patched", 320 * MiB, 0);
	extsim_ino f = t_create (fs);
	GError *err = NULL;
	guint64 snap = 0;

	t_nodatacow (fs, f);
	t_falloc_keep (fs, f, 0, 4 * MiB);
	extsim_fs_pwrite (fs, f, 2860 * KiB, 64 * KiB, 0xcd, MiB, NULL, &err);
	ext_assert_no_error (err);
	t_reflink (fs, f, 1804 * KiB, f, 3384 * KiB, 8 * KiB);
	t_pwrite (fs, f, 2656 * KiB, 1440 * KiB, 0xcd);
	t_falloc (fs, f, 3272 * KiB, 8 * KiB);
	t_pwrite (fs, f, 3272 * KiB, 8 * KiB, 0xcd);
	extsim_fs_snapshot (fs, EXTSIM_FS_TREE, TRUE, &snap, &err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (t_lost (fs, f), 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* ---- inline extents (fs/btrfs/inode.c cow_file_range_inline,
 * can_cow_file_range_inline; Linux 6.18, checked on a real kernel) ---- */

/*   [0 - 100: inline][ 3996 ]   no data extent, no data space:
 * the reservation of block 0 is released (EXTENT_DO_ACCOUNTING) */
START_TEST (a_small_file_at_0_is_stored_inline)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autofree char *runs = NULL;
	const t_item layout[] = { { 0, 4 * KiB, 'I', 0, 0 }, T_END };
	const t_map map[] = { { 0, 4 * KiB, T_NOPHYS, INL | LAST }, { 0, 0, 0, 0 } };
	extsim_stats st;

	t_pwrite (fs, f, 0, 100, 0x61);
	ext_assert_u64_eq (t_space (fs).may_use, 4 * KiB);
	t_fsync (fs, f);
	t_assert_items (fs, f, layout);
	t_assert_fiemap (fs, f, map);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	ext_assert_u64_eq (t_space (fs).used, 0);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "100:61");
	extsim_fs_get_stats (fs, &st);
	ext_assert_u64_eq (st.inline_bytes, 100);
	ext_assert_u64_eq (st.cow_bytes, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* size = min (i_size, end + 1) must be at most max_inline (2048) and
 * cover the whole file; the delalloc range must start at 0 */
START_TEST (inline_only_up_to_max_inline_and_from_offset_0)
{
	static const struct {
		guint64 off, len;
		int type;
	} cases[] = {
		{ 0, 2048, 'I' },    /* max_inline */
		{ 0, 2049, 'R' },    /* one byte over */
		{ 1000, 100, 'I' },  /* block 0 is dirty from 0: [0, 1100) */
		{ 4096, 100, 'R' },  /* block 1: a delalloc range not at 0 */
	};

	for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
		extsim_fs *fs = t_fs_new (NULL, 0, 0);
		extsim_ino f = t_create (fs);
		const t_item layout[] = { { cases[i].off / (4 * KiB) * (4 * KiB), 4 * KiB, cases[i].type,
					    cases[i].type == 'I' ? 0 : 1, 0 },
					  T_END };

		t_pwrite (fs, f, cases[i].off, cases[i].len, 0x61);
		t_fsync (fs, f);
		t_assert_items (fs, f, layout);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* The inline data keeps every run written into block 0. */
START_TEST (inline_data_reads_back_as_written)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autofree char *runs = NULL;

	t_pwrite (fs, f, 0, 1000, 0x61);
	t_pwrite (fs, f, 500, 1000, 0x62);
	t_fsync (fs, f);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "500:61 1000:62");
	t_truncate (fs, f, 3000); /* btrfs_cont_expand zeroes block 0 past 1500 */
	t_fsync (fs, f);
	g_free (runs);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "500:61 1000:62 1500:00");
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Growing the file rewrites block 0 (btrfs_cont_expand ->
 * btrfs_truncate_block), and i_size is then past max_inline: a regular
 * extent.   [0 - 4k: REG 1][ hole ][8k - 12k: REG 2] */
START_TEST (growing_past_an_inline_extent_gives_block_0_an_extent)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = { { 0, 4 * KiB, 'R', 1, 0 }, { 8 * KiB, 4 * KiB, 'R', 2, 0 }, T_END };

	t_pwrite (fs, f, 0, 100, 0x61);
	t_fsync (fs, f);
	t_pwrite (fs, f, 8 * KiB, 4 * KiB, 0x62);
	t_fsync (fs, f);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).used, 8 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* run_delalloc_nocow's fallback_to_cow passes no_inline: a NODATACOW file
 * and a file that was ever fallocated get a data block. */
START_TEST (nodatacow_and_prealloc_files_are_never_inline)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino nc = t_create (fs), pa = t_create (fs);
	const t_item reg[] = { { 0, 4 * KiB, 'R', 1, 0 }, T_END };
	const t_item reg_and_prealloc[] = { { 0, 4 * KiB, 'R', 1, 0 }, { 8 * KiB, 4 * KiB, 'P', 2, 0 }, T_END };

	t_nodatacow (fs, nc);
	t_pwrite (fs, nc, 0, 100, 0x61);
	t_fsync (fs, nc);
	t_assert_items (fs, nc, reg);
	t_falloc_keep (fs, pa, 8 * KiB, 4 * KiB);
	t_pwrite (fs, pa, 0, 100, 0x61);
	t_fsync (fs, pa);
	t_assert_items (fs, pa, reg_and_prealloc);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A file cut back under max_inline and rewritten at 0 goes inline: the
 * regular extent under block 0 is dropped (drop_args.end = sectorsize). */
START_TEST (a_file_truncated_small_goes_inline_again)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = { { 0, 4 * KiB, 'I', 0, 0 }, T_END };

	t_pwrite (fs, f, 0, 8 * KiB, 0x66);
	t_fsync (fs, f);
	t_truncate (fs, f, 1000);
	t_pwrite (fs, f, 0, 10, 0x67);
	t_fsync (fs, f);
	t_assert_items (fs, f, layout);
	t_commits (fs, 1);
	ext_assert_u64_eq (t_space (fs).used, 0);
	ext_assert_u64_eq (t_space (fs).pinned, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* btrfs_fallocate writes block 0 back before i_size grows (it is still
 * inline then) and preallocates only the holes after it:
 *   [0 - 4k: inline][4k - 64k: PREALLOC] */
START_TEST (fallocate_keeps_an_inline_extent)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = { { 0, 4 * KiB, 'I', 0, 0 }, { 4 * KiB, 60 * KiB, 'P', 1, 0 }, T_END };
	const t_map map[] = { { 0, 4 * KiB, T_NOPHYS, INL }, { 4 * KiB, 60 * KiB, 0, UNW | LAST }, { 0, 0, 0, 0 } };

	t_pwrite (fs, f, 0, 100, 0x61);
	t_fsync (fs, f);
	t_falloc (fs, f, 0, 64 * KiB);
	t_fsync (fs, f);
	t_assert_items (fs, f, layout);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18.44 (inline-fsync-commit): storing h's 100 bytes
 * inline updates h in the running transaction (cow_file_range_inline ->
 * btrfs_update_inode), so its fsync has something to log; in a
 * transaction that made a block group (g's write made a chunk,
 * space-info.c) it commits (D20), and the extent f's rewrite left pinned
 * comes back.  h was made in an earlier transaction: only the inline
 * extent can mark it.
 */
START_TEST (an_inline_extent_updates_the_inode_in_the_transaction)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino h = t_create (fs), f = t_create (fs), g = t_create (fs);
	extsim_stats before, after;

	t_pwrite (fs, f, 0, 64 * KiB, 0x61);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 0, 64 * KiB, 0x62);
	t_fsync (fs, f);
	t_pwrite (fs, g, 0, 9 * MiB, 0x63);
	ext_assert_u64_eq (t_space (fs).pinned, 64 * KiB);
	t_pwrite (fs, h, 0, 100, 0x64);
	extsim_fs_get_stats (fs, &before);
	t_fsync (fs, h);
	extsim_fs_get_stats (fs, &after);
	ext_assert_u64_eq (after.inline_bytes, before.inline_bytes + 100);
	ext_assert_u64_eq (after.commits, before.commits + 1);
	ext_assert_u64_eq (t_space (fs).pinned, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18.44 (fsync-new-subvol-commit): btrfs subvolume
 * create no longer commits (since 6.5), and btrfs_log_inode_parent forces
 * a commit for an inode of a root whose generation is the running
 * transaction (the root is not on disk yet), so the fsync of h, a new file
 * of sv, commits and the extent f's rewrite left pinned comes back.  Once
 * a commit has passed, the fsync of a file of sv logs and does not commit
 * (fsync-old-subvol-nocommit).  D39.
 */
START_TEST (an_fsync_in_a_subvolume_created_in_the_transaction_commits)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino f = t_create (fs), h, k;
	extsim_stats before, after;
	guint64 sv = 0;
	GError *err = NULL;

	t_pwrite (fs, f, 0, 64 * KiB, 0x61);
	extsim_fs_sync (fs);
	ext_assert_true (extsim_fs_subvolume_create (fs, &sv, &err));
	ext_assert_no_error (err);
	t_pwrite (fs, f, 0, 64 * KiB, 0x62);
	extsim_fs_get_stats (fs, &before);
	t_fsync (fs, f); /* f's root is old: it logs */
	extsim_fs_get_stats (fs, &after);
	ext_assert_u64_eq (after.commits, before.commits);
	ext_assert_u64_eq (t_space (fs).pinned, 64 * KiB);
	h = t_create_in (fs, sv);
	t_pwrite (fs, h, 0, 100, 0x64);
	extsim_fs_get_stats (fs, &before);
	t_fsync (fs, h);
	extsim_fs_get_stats (fs, &after);
	ext_assert_u64_eq (after.commits, before.commits + 1);
	ext_assert_u64_eq (t_space (fs).pinned, 0);
	/* the next transaction: sv is on disk now */
	t_pwrite (fs, f, 0, 64 * KiB, 0x65);
	t_fsync (fs, f);
	ext_assert_u64_eq (t_space (fs).pinned, 64 * KiB);
	k = t_create_in (fs, sv);
	t_pwrite (fs, k, 0, 100, 0x66);
	extsim_fs_get_stats (fs, &before);
	t_fsync (fs, k);
	extsim_fs_get_stats (fs, &after);
	ext_assert_u64_eq (after.commits, before.commits);
	ext_assert_u64_eq (t_space (fs).pinned, 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * btrfs_get_extent_allocation_hint: cow_file_range asks the allocator to
 * start at the extent map search_extent_mapping finds for the range, the
 * one at it or after it, else the last one before it; only when that is
 * a hole (or there is none) at the file's first map.  An append at EOF
 * lands after the file's last extent, not its first.  On Linux 6.18 (128
 * MiB device; g fills the mkfs chunk A and goes, f's second extent is in
 * chunk B):
 *
 *   f  [ 0-1M in A ][ hole ][ 4M-5M in B ][ 5M-6M: right after it ]
 *
 * fiemap merges the two physically contiguous extents into one.
 */
START_TEST (an_append_goes_after_the_last_extent)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	g_autoptr (GArray) map = NULL;

	t_pwrite (fs, f, 0, MiB, 0x61);
	t_fsync (fs, f);
	t_pwrite (fs, g, 0, 7 * MiB, 0x62);
	t_fsync (fs, g);
	t_pwrite (fs, f, 4 * MiB, MiB, 0x63);
	t_fsync (fs, f);
	t_unlink (fs, g);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 5 * MiB, MiB, 0x64);
	t_fsync (fs, f);
	map = extsim_fs_fiemap (fs, f, 0, EXTSIM_TiB, 0, NULL);
	ext_assert_int_eq (map->len, 2);
	ext_assert_u64_eq (g_array_index (map, extsim_fiemap_extent, 1).logical, 4 * MiB);
	ext_assert_u64_eq (g_array_index (map, extsim_fiemap_extent, 1).length, 2 * MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("writeback");
	TCase *tc = tcase_create ("decisions");
	TCase *err = tcase_create ("errors");
	TCase *inl = tcase_create ("inline");

	tcase_add_test (tc, cow_over_a_hole_allocates_extents_of_at_most_128m);
	tcase_add_test (tc, nocow_into_prealloc_splits_the_item);
	tcase_add_test (tc, sync_starts_where_the_last_writeback_stopped);
	tcase_add_test (tc, sync_visits_the_files_on_the_writeback_lists);
	tcase_add_test (tc, a_file_written_back_and_dirtied_again_keeps_its_place_for_sync);
	tcase_add_test (tc, a_file_written_back_and_dirtied_again_keeps_its_place_for_umount);
	tcase_add_test (tc, cow_before_nocow_in_one_range);
	tcase_add_test (tc, adjacent_written_parts_merge);
	tcase_add_test (tc, nodatacow_rewrites_in_place);
	tcase_add_test (tc, cow_overwrite_leaves_a_bookend);
	tcase_add_test (tc, shared_prealloc_is_cowed);
	tcase_add_test (tc, nocow_after_cow_in_one_delalloc_range);
	tcase_add_test (tc, a_reference_dropped_in_the_transaction_still_counts);
	tcase_add_test (tc, cow_drops_of_a_pass_count_until_it_ends);
	tcase_add_test (tc, an_append_goes_after_the_last_extent);
	tcase_add_test (tc, a_fiemap_keeps_delayed_refs_apart);
	tcase_add_test (tc, sync_writes_the_files_oldest_dirtied_first);
	tcase_add_test (tc, an_fsync_in_a_subvolume_created_in_the_transaction_commits);
	suite_add_tcase (s, tc);
	tcase_add_test (err, a_failed_cow_drops_the_pages);
	tcase_add_test (err, rewriting_a_lost_range_clears_it);
	suite_add_tcase (s, err);
	tcase_add_test (inl, a_small_file_at_0_is_stored_inline);
	tcase_add_test (inl, inline_only_up_to_max_inline_and_from_offset_0);
	tcase_add_test (inl, inline_data_reads_back_as_written);
	tcase_add_test (inl, growing_past_an_inline_extent_gives_block_0_an_extent);
	tcase_add_test (inl, nodatacow_and_prealloc_files_are_never_inline);
	tcase_add_test (inl, a_file_truncated_small_goes_inline_again);
	tcase_add_test (inl, fallocate_keeps_an_inline_extent);
	tcase_add_test (inl, an_inline_extent_updates_the_inode_in_the_transaction);
	suite_add_tcase (s, inl);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
