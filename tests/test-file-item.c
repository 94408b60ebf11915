/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * File extent items: bookends, punch, truncate, fallocate and zero range
 * (__btrfs_drop_extents, btrfs_punch_hole, btrfs_setsize, btrfs_fallocate).
 * Every table below is what fiemap -v showed on Linux 6.18 for the same
 * commands (mkfs.btrfs 6.2 defaults, 512 MiB device), extents renamed in
 * order of first appearance.
 */
#include "ext-test.h"

static extsim_fs *
fs_new (void)
{
	return t_fs_new (NULL, 512 * MiB, 0);
}

/* fpunch of 64 KiB in the middle of a 1 MiB extent: bookends around a
 * hole, the same extent, and no space back until its last reference goes. */
START_TEST (punch_middle_leaves_bookends)
{
	extsim_fs *fs = fs_new ();
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 256 * KiB, 'R', 1, 0 },
		{ 320 * KiB, 704 * KiB, 'R', 1, 320 * KiB },
		T_END,
	};

	t_pwrite (fs, f, 0, MiB, 0x66);
	extsim_fs_sync (fs);
	t_punch (fs, f, 256 * KiB, 64 * KiB);
	extsim_fs_sync (fs);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).used, MiB);
	t_punch (fs, f, 0, MiB);
	ext_assert_u64_eq (t_space (fs).used, 0);
	ext_assert_u64_eq (t_space (fs).pinned, MiB);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (t_space (fs).pinned, 0);
	ext_assert_u64_eq (t_space (fs).free, t_space (fs).total);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fpunch 5000 100: in a hole nothing happens; in PREALLOC the partial
 * block is zeroed in place and becomes written; in a written extent the
 * block is rewritten elsewhere (COW). */
START_TEST (sub_block_punch)
{
	extsim_fs *fs = fs_new ();
	extsim_ino h = t_create (fs), p = t_create (fs), w = t_create (fs);
	g_autoptr (GArray) h_items = NULL;
	g_autoptr (GArray) runs = NULL;
	const t_item p_layout[] = {
		{ 0, 4 * KiB, 'P', 1, 0 },
		{ 4 * KiB, 4 * KiB, 'R', 1, 4 * KiB },
		{ 8 * KiB, MiB - 8 * KiB, 'P', 1, 8 * KiB },
		T_END,
	};
	const t_item w_layout[] = {
		{ 0, 4 * KiB, 'R', 1, 0 },
		{ 4 * KiB, 4 * KiB, 'R', 2, 0 },
		{ 8 * KiB, 56 * KiB, 'R', 1, 8 * KiB },
		T_END,
	};

	t_truncate (fs, h, MiB);
	t_punch (fs, h, 5000, 100);
	t_falloc (fs, p, 0, MiB);
	t_punch (fs, p, 5000, 100);
	t_pwrite (fs, w, 0, 64 * KiB, 0x55);
	t_fsync (fs, w);
	t_punch (fs, w, 5000, 100);
	extsim_fs_sync (fs);

	h_items = extsim_fs_file_extents (fs, h, NULL);
	ext_assert_int_eq (h_items->len, 0);
	t_assert_items (fs, p, p_layout);
	t_assert_items (fs, w, w_layout);
	runs = extsim_fs_read (fs, w, 4992, 16, NULL);
	ext_assert_int_eq (runs->len, 2);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 0).fill, 0x55);
	ext_assert_u64_eq (g_array_index (runs, extsim_content_run, 1).offset, 5000);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 1).fill, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fpunch 100000 10000 of a PREALLOC file: two partial blocks zeroed in
 * place around a whole punched block; before writeback the two show as
 * delalloc. */
START_TEST (punch_with_two_partial_blocks)
{
	extsim_fs *fs = fs_new ();
	extsim_ino p = t_create (fs);
	const t_map before_sync[] = {
		{ 0, 96 * KiB, 0, UNW },
		{ 96 * KiB, 4 * KiB, T_NOPHYS, DELALLOC },
		{ 104 * KiB, 4 * KiB, T_NOPHYS, DELALLOC },
		{ 108 * KiB, 916 * KiB, 108 * KiB, UNW | LAST },
		{ 0, 0, 0, 0 },
	};
	const t_item after_sync[] = {
		{ 0, 96 * KiB, 'P', 1, 0 },
		{ 96 * KiB, 4 * KiB, 'R', 1, 96 * KiB },
		{ 104 * KiB, 4 * KiB, 'R', 1, 104 * KiB },
		{ 108 * KiB, 916 * KiB, 'P', 1, 108 * KiB },
		T_END,
	};

	t_falloc (fs, p, 0, MiB);
	t_punch (fs, p, 100000, 10000);
	t_assert_fiemap (fs, p, before_sync);
	extsim_fs_sync (fs);
	t_assert_items (fs, p, after_sync);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fpunch 3000 100 of a 3000-byte file whose block 0 is shared: the range
 * lies past EOF but in the block holding it, which btrfs_punch_hole
 * zeroes (offset < ino_size, i_size rounded up to the block): block 0 is
 * rewritten (COW) and no longer shared. */
START_TEST (punch_past_eof_in_the_eof_block_zeroes_it)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), b = t_create (fs);
	const t_item a_layout[] = { { 0, 4 * KiB, 'R', 1, 0 }, T_END };
	const t_map unshared[] = { { 0, 4 * KiB, 0, LAST }, { 0, 0, 0, 0 } };

	t_pwrite (fs, a, 0, 3000, 0x61);
	t_fsync (fs, a);
	t_reflink (fs, a, 0, b, 0, 0);
	t_punch (fs, a, 3000, 100);
	t_fsync (fs, a);
	t_assert_items (fs, a, a_layout);
	t_assert_fiemap (fs, a, unshared);
	t_assert_fiemap (fs, b, unshared);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* btrfs_setsize marks a file truncated to 0 (from 0 too) and
 * btrfs_release_file writes it back at the next close (filemap_flush).
 * Linux 6.18 (corpus x0039, shrunk): truncate 0, write block 0, close; then
 * a rewrite of 300 KiB from block 0 writes block 0 in place, NODATACOW,
 * and the rest elsewhere.  Without the close the two writes make one
 * extent.  Only the first close after the truncate writes back. */
START_TEST (the_close_after_a_truncate_to_0_writes_back)
{
	for (guint close = 0; close < 2; close++) {
		extsim_fs *fs = fs_new ();
		extsim_ino f = t_create (fs);
		extsim_inode_info info;
		const t_item apart[] = {
			{ 0, 4 * KiB, 'R', 1, 0 },
			{ 4 * KiB, 296 * KiB, 'R', 2, 0 },
			T_END,
		};
		const t_item one[] = { { 0, 300 * KiB, 'R', 1, 0 }, T_END };

		t_nodatacow (fs, f);
		t_truncate (fs, f, 0);
		t_pwrite (fs, f, 847, 873, 0xcd);
		if (close) {
			ext_assert_true (extsim_fs_release (fs, f, NULL));
			extsim_fs_inode_info (fs, f, &info, NULL);
			ext_assert_u64_eq (info.dirty_bytes, 0);
		}
		t_pwrite (fs, f, 1027, 300 * KiB - 1027, 0x44);
		ext_assert_true (extsim_fs_release (fs, f, NULL));
		extsim_fs_inode_info (fs, f, &info, NULL);
		ext_assert_u64_eq (info.dirty_bytes, close ? 300 * KiB : 0);
		t_fsync (fs, f);
		t_assert_items (fs, f, close ? apart : one);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* truncate down trims the item to the block-rounded size and frees nothing;
 * truncate up from the unaligned size rewrites the old EOF block (COW for
 * written data, in place for PREALLOC); truncate 0 frees. */
START_TEST (truncate_down_then_up)
{
	extsim_fs *fs = fs_new ();
	extsim_ino t = t_create (fs), tp = t_create (fs);
	const t_item down[] = { { 0, 303104, 'R', 1, 0 }, T_END };
	const t_item up[] = {
		{ 0, 299008, 'R', 1, 0 },
		{ 299008, 4 * KiB, 'R', 2, 0 },
		T_END,
	};
	const t_item tp_up[] = {
		{ 0, 299008, 'P', 1, 0 },
		{ 299008, 4 * KiB, 'R', 1, 299008 },
		T_END,
	};
	g_autoptr (GArray) runs = NULL;

	t_pwrite (fs, t, 0, MiB, 0x66);
	t_fsync (fs, t);
	extsim_fs_sync (fs);
	t_truncate (fs, t, 300000);
	extsim_fs_sync (fs);
	t_assert_items (fs, t, down);
	ext_assert_u64_eq (t_space (fs).used, MiB);
	t_truncate (fs, t, 2 * MiB);
	extsim_fs_sync (fs);
	t_assert_items (fs, t, up);
	ext_assert_u64_eq (t_space (fs).used, MiB + 4 * KiB);
	runs = extsim_fs_read (fs, t, 299984, 32, NULL);
	ext_assert_int_eq (runs->len, 2);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 0).fill, 0x66);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 1).fill, 0);
	t_truncate (fs, t, 256 * KiB);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (t_space (fs).used, MiB);
	t_truncate (fs, t, 0);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (t_space (fs).used, 0);

	t_falloc (fs, tp, 0, MiB);
	t_truncate (fs, tp, 300000);
	t_truncate (fs, tp, 2 * MiB);
	extsim_fs_sync (fs);
	t_assert_items (fs, tp, tp_up);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* falloc 0 256k over written [64k, 128k): only the holes become PREALLOC,
 * one extent per hole; dirty data in the range is written back first. */
START_TEST (falloc_over_partly_written)
{
	extsim_fs *fs = fs_new ();
	extsim_ino fa = t_create (fs), fb = t_create (fs), fe = t_create (fs), ff = t_create (fs);
	extsim_inode_info info;
	const t_item ab[] = {
		{ 0, 64 * KiB, 'P', 1, 0 },
		{ 64 * KiB, 64 * KiB, 'R', 2, 0 },
		{ 128 * KiB, 128 * KiB, 'P', 3, 0 },
		T_END,
	};
	const t_item e[] = {
		{ 0, 4 * KiB, 'R', 1, 0 },
		{ 4 * KiB, 4 * KiB, 'R', 2, 0 },
		{ 8 * KiB, 56 * KiB, 'P', 3, 0 },
		T_END,
	};
	const t_item f[] = {
		{ 0, 64 * KiB, 'R', 1, 0 },
		{ 64 * KiB, 96 * KiB, 'P', 2, 0 },
		T_END,
	};

	t_pwrite (fs, fa, 64 * KiB, 64 * KiB, 0xcd);
	t_fsync (fs, fa);
	t_falloc (fs, fa, 0, 256 * KiB);
	t_assert_items (fs, fa, ab);
	t_pwrite (fs, fb, 64 * KiB, 64 * KiB, 0xcd); /* still dirty */
	t_falloc (fs, fb, 0, 256 * KiB);
	t_assert_items (fs, fb, ab);

	t_pwrite (fs, fe, 0, 5000, 0xcd);
	t_fsync (fs, fe);
	t_falloc (fs, fe, 0, 64 * KiB);
	extsim_fs_sync (fs);
	t_assert_items (fs, fe, e);

	t_pwrite (fs, ff, 0, 64 * KiB, 0xcd);
	t_fsync (fs, ff);
	t_falloc_keep (fs, ff, 32 * KiB, 128 * KiB);
	t_assert_items (fs, ff, f);
	extsim_fs_inode_info (fs, ff, &info, NULL);
	ext_assert_u64_eq (info.size, 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fzero: written blocks of the aligned middle become PREALLOC, PREALLOC
 * stays, holes get PREALLOC; the content reads as zeros. */
START_TEST (zero_range_turns_written_into_prealloc)
{
	extsim_fs *fs = fs_new ();
	extsim_ino f = t_create (fs);
	g_autoptr (GArray) runs = NULL;
	GError *err = NULL;
	const t_item layout[] = {
		{ 0, 64 * KiB, 'R', 1, 0 },
		{ 64 * KiB, 64 * KiB, 'P', 2, 0 },
		{ 128 * KiB, 128 * KiB, 'R', 1, 128 * KiB },
		T_END,
	};

	t_pwrite (fs, f, 0, 256 * KiB, 0x77);
	extsim_fs_sync (fs);
	extsim_fs_zero_range (fs, f, 64 * KiB, 64 * KiB, 0, &err);
	ext_assert_no_error (err);
	extsim_fs_sync (fs);
	t_assert_items (fs, f, layout);
	runs = extsim_fs_read (fs, f, 0, 0, NULL);
	ext_assert_int_eq (runs->len, 3);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 1).fill, 0);
	ext_assert_u64_eq (g_array_index (runs, extsim_content_run, 1).len, 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18.44 (zero-range-prealloc-hint, from x2501 of
 * fsxgen.py): an fzero that starts inside a PREALLOC extent zeroes only
 * what follows it, and btrfs_zero_range hints the new extent at that
 * extent's end on disk (alloc_hint = extent_map_block_start (em) +
 * em->len).  A hint into a cached group takes the first free range from
 * its window that holds the request: the hole a left, not the group's
 * longest free range, right after f.
 *
 *   A [ a 512k ][ f 1m PREALLOC ] ..         a unlinked, synced
 *   A [ f 256k ][ f 1m PREALLOC ] ..         fzero 960k 320k
 */
START_TEST (zero_range_from_prealloc_is_hinted_at_its_end)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), f = t_create (fs);
	GError *err = NULL;
	const t_map where_a_was[] = {
		{ 0, MiB, 0, UNW },
		{ MiB, 256 * KiB, -512 * (gint64) KiB, UNW | LAST },
		{ 0, 0, 0, 0 },
	};

	t_pwrite (fs, a, 0, 512 * KiB, 0x61);
	extsim_fs_sync (fs);
	t_falloc (fs, f, 0, MiB);
	t_unlink (fs, a);
	extsim_fs_sync (fs);
	ext_assert_true (extsim_fs_zero_range (fs, f, 960 * KiB, 320 * KiB, 0, &err));
	ext_assert_no_error (err);
	t_assert_fiemap (fs, f, where_a_was);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fiemap of a range reports every item overlapping it whole, from its own
 * start (6.18: "fiemap -v 64k 128k" printed [24..2047] here). */
START_TEST (fiemap_of_a_range_reports_whole_items)
{
	extsim_fs *fs = t_fs_new (NULL, GiB, 0);
	extsim_ino g = t_create (fs);
	g_autoptr (GArray) map = NULL;
	GError *err = NULL;

	t_falloc (fs, g, 0, MiB);
	t_falloc_keep (fs, g, MiB, MiB);
	t_punch (fs, g, 4 * KiB, 8 * KiB);
	extsim_fs_zero_range (fs, g, 64 * KiB, 64 * KiB, 0, &err);
	ext_assert_no_error (err);
	extsim_fs_zero_range (fs, g, 4 * MiB, 64 * KiB, EXTSIM_FALLOC_KEEP_SIZE, &err);
	ext_assert_no_error (err);
	t_truncate (fs, g, 3 * MiB);
	map = extsim_fs_fiemap (fs, g, 64 * KiB, 128 * KiB, EXTSIM_FIEMAP_FLAG_SYNC, &err);
	ext_assert_no_error (err);
	ext_assert_int_eq (map->len, 1);
	ext_assert_u64_eq (g_array_index (map, extsim_fiemap_extent, 0).logical, 12 * KiB);
	ext_assert_u64_eq (g_array_index (map, extsim_fiemap_extent, 0).length, MiB - 12 * KiB);
	ext_assert_int_eq (g_array_index (map, extsim_fiemap_extent, 0).flags, UNW);
	extsim_fs_free (fs);
}
END_TEST

/* chattr +C is silently ignored once a file has data (6.18). */
START_TEST (nodatacow_only_on_an_empty_file)
{
	extsim_fs *fs = fs_new ();
	extsim_ino f = t_create (fs), e = t_create (fs);
	extsim_inode_info info;
	GError *err = NULL;

	t_pwrite (fs, f, 0, 4 * KiB, 1);
	ext_assert_true (extsim_fs_set_nodatacow (fs, f, &err));
	ext_assert_no_error (err);
	extsim_fs_inode_info (fs, f, &info, NULL);
	ext_assert_int_eq (info.flags & EXTSIM_INODE_NODATACOW, 0);
	ext_assert_true (extsim_fs_set_nodatacow (fs, e, &err));
	extsim_fs_inode_info (fs, e, &info, NULL);
	ext_assert_int_eq (info.flags & (EXTSIM_INODE_NODATACOW | EXTSIM_INODE_NODATASUM),
			   EXTSIM_INODE_NODATACOW | EXTSIM_INODE_NODATASUM);
	extsim_fs_free (fs);
}
END_TEST

/* Invariant 5 as DESIGN.md states it: every file removed, a commit, and
 * all counters but total are 0. */
START_TEST (unlink_everything_leaks_nothing)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), b = t_create (fs);
	extsim_space_info si;

	t_falloc (fs, a, 0, 8 * MiB);
	t_pwrite (fs, a, MiB, MiB, 1);
	t_pwrite (fs, b, 0, 3 * MiB, 2);
	t_reflink (fs, a, 0, b, 8 * MiB, 4 * MiB);
	extsim_fs_sync (fs);
	t_pwrite (fs, b, 0, 64 * KiB, 3); /* dirty at unlink */
	extsim_fs_unlink (fs, a, NULL);
	extsim_fs_unlink (fs, b, NULL);
	extsim_fs_commit (fs);
	si = t_space (fs);
	ext_assert_u64_eq (si.used, 0);
	ext_assert_u64_eq (si.reserved, 0);
	ext_assert_u64_eq (si.pinned, 0);
	ext_assert_u64_eq (si.may_use, 0);
	ext_assert_u64_eq (si.free, si.total);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("file-item");
	TCase *tc = tcase_create ("shapes");

	tcase_add_test (tc, punch_middle_leaves_bookends);
	tcase_add_test (tc, sub_block_punch);
	tcase_add_test (tc, punch_with_two_partial_blocks);
	tcase_add_test (tc, punch_past_eof_in_the_eof_block_zeroes_it);
	tcase_add_test (tc, truncate_down_then_up);
	tcase_add_test (tc, the_close_after_a_truncate_to_0_writes_back);
	tcase_add_test (tc, falloc_over_partly_written);
	tcase_add_test (tc, zero_range_turns_written_into_prealloc);
	tcase_add_test (tc, zero_range_from_prealloc_is_hinted_at_its_end);
	tcase_add_test (tc, nodatacow_only_on_an_empty_file);
	tcase_add_test (tc, fiemap_of_a_range_reports_whole_items);
	tcase_add_test (tc, unlink_everything_leaks_nothing);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
