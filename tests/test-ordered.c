/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Ordered extents that finish after the writeback that made them
 * (libextsim/ordered.c): a writeback asked for part of a delalloc range
 * allocates all of it (cow_file_range) but submits only the pages asked
 * for (extent_write_cache_pages); the other ordered extents drop the
 * references of the items they replace in btrfs_finish_ordered_io, when
 * something writes their pages or waits for them.
 *
 * Every scenario starts the same way: a full filesystem with three free
 * holes of 1 MiB, so that writing back a 3 MiB delalloc range makes three
 * ordered extents:
 *
 *   f written and fsynced 1 MiB at a time:   [ A1 ][ A2 ][ A3 ]
 *   f rewritten: [0, 3M) dirty over all three
 *   a flush of [0, 4k) (btrfs_wait_ordered_range, as fallocate's):
 *                                            [ B1 ][ B2 ][ B3 ]
 *     B1 finished: A1 dropped (pinned);  B2, B3 pending: A2, A3 held
 */
#include "ext-test.h"

static guint64
n_extents (extsim_fs *fs)
{
	g_autoptr (GArray) e = extsim_fs_extents (fs);

	return e->len;
}

/* Fills fs but for three free holes of 1 MiB, committed. */
static void
fill_but_three_holes (extsim_fs *fs)
{
	extsim_ino h[3];

	for (guint i = 0; i < 3; i++) {
		extsim_ino keep = t_create (fs);

		h[i] = t_create (fs);
		t_pwrite (fs, h[i], 0, MiB, 0x12);
		t_fsync (fs, h[i]);
		t_pwrite (fs, keep, 0, MiB, 0x13);
		t_fsync (fs, keep);
	}
	t_fill (fs);
	for (guint i = 0; i < 3; i++)
		t_unlink (fs, h[i]);
	extsim_fs_commit (fs);
	ext_assert_u64_eq (t_space (fs).free, 3 * MiB);
}

/* A filesystem with [ A1 ][ A2 ][ A3 ] of *f on disk, three free holes
 * of 1 MiB, [0, 3M) of *f dirty again; *n0: the number of extents then */
static extsim_fs *
rewritten_file (extsim_ino *out, guint64 *n0)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino f = t_create (fs);

	for (guint i = 0; i < 3; i++) {
		t_pwrite (fs, f, i * MiB, MiB, 0x11);
		t_fsync (fs, f);
	}
	fill_but_three_holes (fs);
	t_pwrite (fs, f, 0, 3 * MiB, 0x22);
	*n0 = n_extents (fs);
	*out = f;
	return fs;
}

static void
flush (extsim_fs *fs, extsim_ino f, guint64 off, guint64 len)
{
	GError *err = NULL;

	extsim_fs_flush (fs, f, off, len, &err);
	ext_assert_no_error (err);
}

static void
sync_file_range_write (extsim_fs *fs, extsim_ino f, guint64 off, guint64 len)
{
	GError *err = NULL;

	extsim_fs_writeback (fs, f, off, len, &err);
	ext_assert_no_error (err);
}

/* btrfs_finish_one_ordered -> insert_reserved_file_extent ->
 * btrfs_drop_extents runs when the ordered extent completes: B2 and B3
 * keep A2 and A3 referenced through a commit (btrfs_commit_transaction
 * waits for no data ordered extent); a write into B3's range waits for it
 * (lock_and_cleanup_extent_if_need), an fsync for the rest
 * (btrfs_sync_file).  Linux 6.18: corpus w0364, ordered-finish-later. */
START_TEST (a_ranged_writeback_leaves_later_ordered_extents_pending)
{
	guint64 n0;
	extsim_ino f;
	extsim_fs *fs = rewritten_file (&f, &n0);

	flush (fs, f, 0, 4 * KiB);
	ext_assert_u64_eq (n_extents (fs), n0 + 2); /* B1, B2, B3; not A1 */
	ext_assert_u64_eq (t_space (fs).pinned, MiB);
	extsim_fs_commit (fs);
	ext_assert_u64_eq (n_extents (fs), n0 + 2);
	ext_assert_u64_eq (t_space (fs).pinned, 0);

	t_pwrite (fs, f, 2 * MiB, 4 * KiB, 0x33); /* into B3 */
	ext_assert_u64_eq (n_extents (fs), n0 + 1);
	ext_assert_u64_eq (t_space (fs).pinned, MiB);

	t_fsync (fs, f); /* B2; and the 4k write gets an extent */
	ext_assert_u64_eq (n_extents (fs), n0 + 1);
	ext_assert_u64_eq (t_space (fs).pinned, 2 * MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* truncate_setsize drops the pages past the new size before btrfs_truncate
 * waits for anything (btrfs_invalidate_folio): an ordered extent none of
 * whose pages was written and all of them past the size gets truncated_len
 * 0, and btrfs_finish_one_ordered inserts no item for it and gives its
 * extent back at once (btrfs_free_reserved_extent), not pinned until the
 * commit.  B1, whose first page was written, finishes with an item for
 * that page (truncated_len 4k), which the truncate then trims: it stays.
 * The old extents go as ever, pinned.  Linux 6.18: corpus
 * ordered-truncated. */
START_TEST (a_truncate_frees_an_unwritten_ordered_extent_at_once)
{
	guint64 n0;
	extsim_ino f;
	extsim_fs *fs = rewritten_file (&f, &n0);

	sync_file_range_write (fs, f, 0, 4 * KiB);
	t_truncate (fs, f, 4 * KiB);
	ext_assert_u64_eq (t_space (fs).free, 2 * MiB);   /* B2, B3 */
	ext_assert_u64_eq (t_space (fs).pinned, 3 * MiB); /* A1, A2, A3 */
	ext_assert_u64_eq (n_extents (fs), n0 - 2);       /* B1 */
	t_assert_clean (fs);
	extsim_fs_commit (fs);
	ext_assert_u64_eq (t_space (fs).free, 5 * MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The same for a file written once: its ordered extents replace nothing,
 * and still one whose pages a truncate drops before any is written gives
 * its extent back at once.  A truncate to 0 drops B1's item too: pinned. */
START_TEST (a_truncate_frees_the_unwritten_ordered_extents_of_a_new_file)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino g;

	fill_but_three_holes (fs);
	g = t_create (fs);
	t_pwrite (fs, g, 0, 3 * MiB, 0x22);
	sync_file_range_write (fs, g, 0, 4 * KiB);
	ext_assert_u64_eq (t_space (fs).free, 0);
	t_truncate (fs, g, 0);
	ext_assert_u64_eq (t_space (fs).free, 2 * MiB);
	ext_assert_u64_eq (t_space (fs).pinned, MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A truncate that leaves a page of an ordered extent inside the file
 * finishes it with an item (truncated_len > 0): its extent stays.  Into
 * B2: B3 is given back, B2 keeps [1M, 1M + 4k) (btrfs_truncate waits for
 * the ordered extents from the new size on), B1 is left pending, holding
 * A1, until an fsync. */
START_TEST (a_truncate_inside_an_ordered_extent_keeps_its_extent)
{
	guint64 n0;
	extsim_ino f;
	extsim_fs *fs = rewritten_file (&f, &n0);

	sync_file_range_write (fs, f, 0, 4 * KiB);
	t_truncate (fs, f, MiB + 4 * KiB);
	ext_assert_u64_eq (t_space (fs).free, MiB);       /* B3 */
	ext_assert_u64_eq (t_space (fs).pinned, 2 * MiB); /* A2, A3 */
	ext_assert_u64_eq (n_extents (fs), n0);           /* A1, B1, B2 */
	t_fsync (fs, f);
	ext_assert_u64_eq (t_space (fs).pinned, 3 * MiB);
	ext_assert_u64_eq (n_extents (fs), n0 - 1);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A snapshot waits for the ordered extents of its own subvolume only
 * (btrfs_mksnapshot -> btrfs_wait_ordered_extents), sync for all
 * (btrfs_sync_fs -> btrfs_wait_ordered_roots). */
START_TEST (snapshot_and_sync_wait_for_them)
{
	guint64 n0;
	extsim_ino f;
	extsim_fs *fs = rewritten_file (&f, &n0);
	guint64 other = 0;
	GError *err = NULL;

	flush (fs, f, 0, 4 * KiB);
	extsim_fs_subvolume_create (fs, &other, &err);
	ext_assert_no_error (err);
	t_snapshot (fs, other);
	ext_assert_u64_eq (n_extents (fs), n0 + 2);
	t_snapshot (fs, EXTSIM_FS_TREE);
	ext_assert_u64_eq (n_extents (fs), n0);
	t_assert_clean (fs);
	extsim_fs_free (fs);

	fs = rewritten_file (&f, &n0);
	flush (fs, f, 0, 4 * KiB);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (n_extents (fs), n0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* sync_file_range (SYNC_FILE_RANGE_WRITE) waits for nothing: B1 has its
 * first page submitted and the rest not, so A1 is held too, until a
 * writeback submits the rest (the bio's end, btrfs_finish_ordered_extent
 * with bytes_left 0). */
START_TEST (sync_file_range_leaves_an_ordered_extent_part_submitted)
{
	guint64 n0;
	extsim_ino f;
	extsim_fs *fs = rewritten_file (&f, &n0);

	sync_file_range_write (fs, f, 0, 4 * KiB);
	ext_assert_u64_eq (n_extents (fs), n0 + 3);
	sync_file_range_write (fs, f, 4 * KiB, 512 * KiB);
	ext_assert_u64_eq (n_extents (fs), n0 + 3);
	sync_file_range_write (fs, f, 516 * KiB, 508 * KiB);
	ext_assert_u64_eq (n_extents (fs), n0 + 2);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fiemap without FIEMAP_FLAG_SYNC: an ordered extent not finished that
 * was made over a hole has no item in the btree yet, so its range is
 * delalloc, one with the dirty pages next to it; after the sync flag's
 * writeback they are extents (tests/script/real/filefrag-in-flight.sh,
 * Linux 6.18). */
START_TEST (fiemap_shows_a_new_ordered_extent_in_flight_as_delalloc)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_map in_flight[] = { { 0, 64 * KiB, T_NOPHYS, DELALLOC | LAST }, { 0, 0, 0, 0 } };
	/* the dirty pages before it were allocated after it */
	const t_map written[] = { { 0, 16 * KiB, 0, 0 }, { 16 * KiB, 48 * KiB, -48 * (gint64) KiB, LAST }, { 0, 0, 0, 0 } };
	GError *err = NULL;
	g_autoptr (GArray) sync_map = NULL;

	t_pwrite (fs, f, 0, 64 * KiB, 0x62);
	sync_file_range_write (fs, f, 16 * KiB, 4 * KiB);
	t_assert_fiemap (fs, f, in_flight);
	sync_map = extsim_fs_fiemap (fs, f, 0, 0, EXTSIM_FIEMAP_FLAG_SYNC, &err);
	ext_assert_no_error (err);
	t_assert_fiemap (fs, f, written);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The pending ordered extents are state: a clone has them, equal and of
 * the same hash, and finishing them in the clone leaves the original. */
START_TEST (a_clone_carries_them)
{
	guint64 n0;
	extsim_ino f;
	extsim_fs *fs = rewritten_file (&f, &n0);
	extsim_fs *c;

	flush (fs, f, 0, 4 * KiB);
	c = extsim_fs_clone (fs);
	ext_assert_true (extsim_fs_equal (fs, c));
	ext_assert_u64_eq (extsim_fs_hash (fs), extsim_fs_hash (c));
	t_fsync (c, f);
	ext_assert_u64_eq (n_extents (c), n0);
	ext_assert_u64_eq (n_extents (fs), n0 + 2);
	ext_assert_false (extsim_fs_equal (fs, c));
	t_assert_clean (c);
	extsim_fs_free (c);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("ordered");
	TCase *tc = tcase_create ("finish");

	tcase_add_test (tc, a_ranged_writeback_leaves_later_ordered_extents_pending);
	tcase_add_test (tc, snapshot_and_sync_wait_for_them);
	tcase_add_test (tc, sync_file_range_leaves_an_ordered_extent_part_submitted);
	tcase_add_test (tc, a_clone_carries_them);
	tcase_add_test (tc, fiemap_shows_a_new_ordered_extent_in_flight_as_delalloc);
	tcase_add_test (tc, a_truncate_frees_an_unwritten_ordered_extent_at_once);
	tcase_add_test (tc, a_truncate_frees_the_unwritten_ordered_extents_of_a_new_file);
	tcase_add_test (tc, a_truncate_inside_an_ordered_extent_keeps_its_extent);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
