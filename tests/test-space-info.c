/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The data space_info (btrfs-semantics.md 1.1, 1.2): the counters through
 * a data lifecycle, reservation failure that flushes and commits before it
 * gives up, and the data space a device of a given size holds.
 */
#include "ext-test.h"

#include "fs-private.h"

START_TEST (counters_through_a_lifecycle)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	extsim_ino f = t_create (fs);
	extsim_space_info si;

	t_pwrite (fs, f, 0, MiB, 1);
	si = t_space (fs);
	ext_assert_u64_eq (si.may_use, MiB);
	ext_assert_u64_eq (si.used, 0);
	ext_assert_u64_eq (si.free, si.total); /* a promise takes no physical space */
	t_writeback (fs, f);
	si = t_space (fs);
	ext_assert_u64_eq (si.may_use, 0);
	ext_assert_u64_eq (si.used, MiB);
	ext_assert_u64_eq (si.reserved, 0);
	ext_assert_u64_eq (si.free, si.total - MiB);
	t_punch (fs, f, 0, MiB);
	si = t_space (fs);
	ext_assert_u64_eq (si.used, 0);
	ext_assert_u64_eq (si.pinned, MiB);
	ext_assert_u64_eq (si.free, si.total - MiB); /* pinned is not free */
	extsim_fs_commit (fs);
	si = t_space (fs);
	ext_assert_u64_eq (si.pinned, 0);
	ext_assert_u64_eq (si.free, si.total);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Pinned space comes back only with a commit, which the failed
 * reservation runs: the write succeeds on its second try. */
START_TEST (a_failed_reservation_commits_pinned_space_back)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	extsim_ino f = t_create (fs), spare = t_create (fs);
	extsim_stats st, before;
	GError *err = NULL;

	t_pwrite (fs, spare, 0, 4 * MiB, 3);
	extsim_fs_sync (fs);
	t_fill (fs);
	/* punching part of a fill extent would free nothing (a bookend) */
	extsim_fs_unlink (fs, spare, &err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (t_space (fs).pinned, 4 * MiB);
	extsim_fs_get_stats (fs, &before);
	t_pwrite (fs, f, 0, 2 * MiB, 1);
	extsim_fs_get_stats (fs, &st);
	/* it failed once (pinned is not free), then the commit made room */
	ext_assert_u64_eq (st.reservation_failures, before.reservation_failures);
	ext_assert_u64_eq (st.commits, before.commits + 1);
	ext_assert_u64_eq (t_space (fs).pinned, 0);
	ext_assert_u64_eq (t_space (fs).may_use, 2 * MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* RESERVED pages that writeback puts in place (NOCOW) give their
 * reservation back: the flush of a failed reservation frees room. */
START_TEST (flushing_nocow_pages_frees_reservations)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs), pad = t_create (fs);
	extsim_space_info si;
	guint64 written = 0;
	GError *err = NULL;

	t_falloc (fs, f, 0, 8 * MiB);
	si = t_space (fs);
	/* leave exactly 4 MiB of free data space */
	extsim_fs_pwrite (fs, pad, 0, si.free - 4 * MiB, 0, MiB, &written, &err);
	ext_assert_no_error (err);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 0, 4 * MiB, 1); /* RESERVED, inside the PREALLOC extent */
	ext_assert_u64_eq (t_space (fs).may_use, 4 * MiB);
	t_pwrite (fs, g, 0, MiB, 2); /* no room until f is flushed in place */
	si = t_space (fs);
	ext_assert_u64_eq (si.may_use, MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* 5.19+ (generic/678): fallocate reserves only for the holes, so it
 * succeeds over an allocated range on a full filesystem. */
START_TEST (fallocate_reserves_only_holes)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	extsim_space_info before, after;
	GError *err = NULL;
	guint64 hash;

	t_falloc (fs, f, 0, 8 * MiB);
	t_fill (fs);
	t_falloc (fs, f, 0, 8 * MiB);
	before = t_space (fs);
	ext_assert_false (extsim_fs_fallocate (fs, g, 0, 4 * KiB, 0, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	after = t_space (fs);
	ext_assert_u64_eq (after.may_use, before.may_use);
	ext_assert_u64_eq (after.reserved, before.reserved);
	ext_assert_u64_eq (after.used, before.used);
	ext_assert_u64_eq (after.pinned, before.pinned);
	/* what the refusal changed, g's times and its cached hole
	 * (file_modified, btrfs_get_extent), the next one finds as it is */
	hash = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_fallocate (fs, g, 0, 4 * KiB, 0, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	ext_assert_u64_eq (extsim_fs_hash (fs), hash);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The files the flush writes back, in the order of their first COW. */
static void
record_cow_order (const extsim_event *ev, gpointer data)
{
	GArray *order = data;
	const extsim_ino *last = order->len ? &g_array_index (order, extsim_ino, order->len - 1) : NULL;

	if (ev->kind == EXTSIM_EVENT_COW && !(last && last->root == ev->ino.root && last->ino == ev->ino.ino))
		g_array_append_val (order, ev->ino);
}

/*
 * The flush of a failed data reservation writes the files back in the
 * order of the kernel's delalloc lists (btrfs_start_delalloc_roots, from
 * shrink_delalloc): each subvolume in the order it got its first dirty
 * file (btrfs_add_delalloc_inode puts the root at the tail of
 * fs_info->delalloc_roots), in each the files in the order they got dirty
 * pages.  btrfs_dirty_folio clears a page's delalloc before it sets it
 * again, so rewriting c's only dirty page takes c off its list
 * (btrfs_clear_delalloc_extent -> btrfs_del_delalloc_inode) and puts it
 * back at the tail, while rewriting e's 16 pages, one at a time, never
 * empties e.  Near full, the file written back first gets the long free
 * ranges (conformance corpus w0165, w0585).  The same on Linux 6.18:
 *
 *   pwrite sv/b 64k; c 4k; e 64k; a 64k; c 4k; e 64k; d until ENOSPC
 *
 *   fs_info->delalloc_roots   [ sv ] -> [ FS_TREE ]
 *   sv                        [ b ]
 *   FS_TREE                   [ e ] -> [ a ] -> [ c ] -> [ d ]
 */
START_TEST (the_enospc_flush_follows_the_delalloc_lists)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0);
	g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (extsim_ino));
	extsim_ino a = t_create (fs), c = t_create (fs), e = t_create (fs), b, d;
	guint64 sv = 0, written = 0;
	GError *err = NULL;

	ext_assert_true (extsim_fs_subvolume_create (fs, &sv, &err));
	b = t_create_in (fs, sv);
	d = t_create (fs);
	t_pwrite (fs, b, 0, 64 * KiB, 0x62);
	t_pwrite (fs, c, 0, 4 * KiB, 0x63);
	t_pwrite (fs, e, 0, 64 * KiB, 0x65);
	t_pwrite (fs, a, 0, 64 * KiB, 0x61);
	t_pwrite (fs, c, 0, 4 * KiB, 0x64);
	t_pwrite (fs, e, 0, 64 * KiB, 0x66);
	extsim_fs_set_trace (fs, record_cow_order, order);
	if (!extsim_fs_pwrite (fs, d, 0, 128 * MiB, 0x67, MiB, &written, &err))
		ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	extsim_fs_set_trace (fs, NULL, NULL);
	{
		const extsim_ino want[] = { b, e, a, c, d };

		ext_assert_int_eq (order->len, G_N_ELEMENTS (want));
		for (guint i = 0; i < G_N_ELEMENTS (want); i++) {
			ext_assert_u64_eq (g_array_index (order, extsim_ino, i).root, want[i].root);
			ext_assert_u64_eq (g_array_index (order, extsim_ino, i).ino, want[i].ino);
		}
	}
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static void
t_pwrite_1m (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len, guint8 fill)
{
	GError *err = NULL;
	guint64 written = 0;

	ext_assert_true (extsim_fs_pwrite (fs, ino, off, len, fill, MiB, &written, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, len);
}

/*
 * The flush a failed reservation waits for is a worker's
 * (btrfs_async_reclaim_data_space): it writes everything back
 * (FLUSH_DELALLOC_FULL), and as soon as that frees data space the writer's
 * ticket is granted (btrfs_try_granting_tickets) and the writer dirties
 * what fits while the pass goes on.  Since a ticket was granted the worker
 * starts over with another pass, which writes those pages, and commits
 * only after a pass that granted nothing.  Here f3's write into its 28k
 * preallocation goes in place and gives 28k back: f2's write gets 7 more
 * pages, written by the second pass in the small free pieces left, before
 * the commit frees the pinned space the rest goes to.  Conformance corpus
 * w0283, shrunk (128 MiB, near full); Linux 6.18 laid f2 out as here:
 *
 *   f2 [ 2465792: 8323072 ][ 12k ][ 8k ][ 4k ][ 4k ][ 2134016 ][ 2412544 ] ... [ 5m ]
 */
START_TEST (a_flush_that_frees_space_lets_the_writer_go_on)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0);
	extsim_ino f2 = t_create (fs), f3 = t_create (fs);
	GError *err = NULL;
	const t_map map[] = {
		{ 2465792, 8323072, 0, 0 },
		{ 10788864, 12 * KiB, 11517952, 0 },
		{ 10801152, 8 * KiB, -8 * (gint64) KiB, 0 },
		{ 10809344, 4 * KiB, -12587008, 0 },
		{ 10813440, 4 * KiB, 11530240, 0 },
		{ 10817536, 2134016, -24117248, 0 },
		{ 12951552, 2412544, -17076224, 0 },
		{ 24322048, 5 * MiB, -6270976, LAST },
		{ 0, 0, 0, 0 },
	};

	t_pwrite_1m (fs, f2, 24322048, 5 * MiB, 0xcd);
	t_falloc_keep (fs, f3, 4083712, 28 * KiB);
	t_falloc (fs, f3, 19599360, 5 * MiB);
	t_pwrite_1m (fs, f3, 6979584, 13 * MiB, 0xcd);
	t_fsync (fs, f3);
	t_pwrite_1m (fs, f2, 12218368, 3 * MiB, 0x63);
	t_pwrite_1m (fs, f3, 172 * KiB, 14 * MiB, 0x61);
	t_pwrite_1m (fs, f2, 2465792, 10 * MiB, 0x62);
	ext_assert_true (extsim_fs_flush (fs, f2, 0, 0, &err));
	ext_assert_no_error (err);
	t_assert_fiemap (fs, f2, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * The same writes with f2 after f3 on the delalloc list (f2 fdatasynced,
 * then dirtied again after f3): f3's write into its 28k preallocation
 * grants the writer's ticket in the middle of f3's writeback, the writer
 * dirties 7 more pages of f2 while the pass allocates f3's next pieces, and
 * the pass, reaching f2 later, writes them with the rest of f2's range
 * (D28).  Conformance corpus divergence-flush-writer-race (w0283 shrunk);
 * Linux 6.18 asked for f2's range with the 7 pages in it (the
 * find_free_extent tracepoint: len=8351744, not 8323072), so they lie
 * right after the pages before them:
 *
 *   f2 [ 2465792: 8351744 in 10 pieces, the 7 pages at its end ][ 2134016 ] ... [ 5m ]
 */
START_TEST (a_pass_writes_the_pages_the_writer_dirties_ahead_of_it)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0);
	extsim_ino f2 = t_create (fs), f3 = t_create (fs);
	GError *err = NULL;
	/* one delalloc range of f2, [2465792, 10817536), in the pieces the
	 * halving of btrfs_reserve_extent found; then the second pass (the
	 * chunks the kernel made lie after mkfs's metadata chunk: 28 MiB
	 * further than this table first had them) */
	const t_map map[] = {
		{ 2465792, 2985984, 0, 0 },
		{ 5451776, 1339392, 59625472, 0 },
		{ 6791168, 2011136, 83566592, 0 },
		{ 8802304, 1007616, 73261056, 0 },
		{ 9809920, 503808, 60964864, 0 },
		{ 10313728, 245760, 85577728, 0 },
		{ 10559488, 225280, 61468672, 0 },
		{ 10784768, 16 * KiB, 74268672, 0 },
		{ 10801152, 12 * KiB, 61693952, 0 },
		{ 10813440, 4 * KiB, 74285056, 0 },
		{ 10817536, 2134016, 50171904, 0 },
		{ 12951552, 2412544, 57212928, 0 },
		{ 24322048, 5 * MiB, 68018176, LAST },
		{ 0, 0, 0, 0 },
	};

	t_pwrite_1m (fs, f2, 24322048, 5 * MiB, 0xcd);
	t_falloc_keep (fs, f3, 4083712, 28 * KiB);
	t_falloc (fs, f3, 19599360, 5 * MiB);
	t_pwrite_1m (fs, f3, 6979584, 13 * MiB, 0xcd);
	t_fsync (fs, f3);
	t_pwrite_1m (fs, f2, 12218368, 3 * MiB, 0x63);
	t_fsync (fs, f2);
	t_pwrite_1m (fs, f3, 172 * KiB, 14 * MiB, 0x61);
	t_pwrite_1m (fs, f2, 2465792, 10 * MiB, 0x62);
	ext_assert_true (extsim_fs_flush (fs, f2, 0, 0, &err));
	ext_assert_no_error (err);
	t_assert_fiemap (fs, f2, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Measured on Linux 6.18 with mkfs.btrfs 6.2 defaults: the size of the
 * file that fills a fresh filesystem. */
START_TEST (data_space_per_device_size)
{
	static const struct {
		guint64 device, data;
	} measured[] = {
		{ 128 * MiB, 49283072 },   { 256 * MiB, 183500800 }, { 300 * MiB, 229638144 },
		{ 512 * MiB, 451936256 },  { GiB, 948568064 },       { 2 * GiB, 1914961920 },
		{ 4 * GiB, 3740270592ull },
	};

	for (guint i = 0; i < G_N_ELEMENTS (measured); i++) {
		extsim_fs *fs = t_fs_new (NULL, measured[i].device, 0);
		extsim_ino f = t_create (fs);
		guint64 written = 0;
		GError *err = NULL;

		ext_assert_u64_eq (extsim_data_size_for_device (measured[i].device, 4096), measured[i].data);
		if (!extsim_fs_pwrite (fs, f, 0, measured[i].device, 0, MiB, &written, &err))
			ext_assert_error (err, EXTSIM_ERROR_NOSPC);
		ext_assert_u64_eq (written, measured[i].data);
		extsim_fs_free (fs);
	}
}
END_TEST

/* The bytes of the data block groups: the space_info's total_bytes. */
static guint64
t_groups_total (extsim_fs *fs)
{
	return t_space (fs).total - chunk_unallocated (fs);
}

/*
 * Recorded on Linux 6.18.44 (sysfs allocation/data/total_bytes, 128 MiB
 * device): a reservation past the data block groups waits while the
 * reclaim worker makes chunks (btrfs_async_reclaim_data_space: flush_space
 * ALLOC_CHUNK_FORCE), so a chunk comes at the write that needs it; the
 * writeback that cannot place 16 MiB makes the last one
 * (find_free_extent's LOOP_ALLOC_CHUNK).
 *
 *   mkfs 8M -> falloc 10M: 24M -> write 16M: 36M -> sync: 47M
 */
START_TEST (a_reservation_past_the_groups_makes_chunks_at_the_write)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino a = t_create (fs), b = t_create (fs);

	ext_assert_u64_eq (t_groups_total (fs), 8 * MiB);
	t_falloc (fs, a, 0, 10 * MiB);
	ext_assert_u64_eq (t_groups_total (fs), 24 * MiB);
	t_pwrite (fs, b, 0, 16 * MiB, 0x63);
	ext_assert_u64_eq (t_space (fs).used, 10 * MiB); /* nothing written back */
	ext_assert_u64_eq (t_groups_total (fs), 36 * MiB);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (t_groups_total (fs), 47 * MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18.44 (reservation-chunk, from w2747 of gen.py):
 * the chunk g's write makes is a block group made in the running
 * transaction (btrfs_make_block_group), so h's fsync commits instead of
 * logging (D20), and the commit frees f's first extent, which its COW
 * rewrite left pinned: f's next 64 KiB, hinted into the group, go there.
 * Without g's write nothing commits, and they follow f's extent.
 *
 *   A [ f (pinned) ][ f 64k ] ..              after the rewrite, fsynced
 *   A [ f 64k'    ][ f 64k ] ..               f's second 64 KiB, after h's fsync
 *   A [ (pinned)  ][ f 64k ][ f 64k' ] ..     without the commit
 */
START_TEST (a_chunk_made_at_the_write_makes_the_next_fsync_commit)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs), h;
	const t_map where_f_was[] = { { 0, 64 * KiB, 0, 0 },
				      { 64 * KiB, 64 * KiB, -64 * (gint64) KiB, LAST },
				      { 0, 0, 0, 0 } };

	t_pwrite (fs, f, 0, 64 * KiB, 0x61);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 0, 64 * KiB, 0x62);
	t_fsync (fs, f);
	ext_assert_u64_eq (t_groups_total (fs), 8 * MiB);
	t_pwrite (fs, g, 0, 9 * MiB, 0x63);
	ext_assert_u64_eq (t_groups_total (fs), 24 * MiB);
	h = t_create (fs); /* new, and inline: it takes no data space */
	t_pwrite (fs, h, 0, 100, 0x64);
	t_fsync (fs, h);
	ext_assert_u64_eq (t_space (fs).pinned, 0);
	t_pwrite (fs, f, 64 * KiB, 64 * KiB, 0x65);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, where_f_was);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("space-info");
	TCase *tc = tcase_create ("counters");

	tcase_add_test (tc, counters_through_a_lifecycle);
	tcase_add_test (tc, a_failed_reservation_commits_pinned_space_back);
	tcase_add_test (tc, flushing_nocow_pages_frees_reservations);
	tcase_add_test (tc, fallocate_reserves_only_holes);
	tcase_add_test (tc, data_space_per_device_size);
	tcase_add_test (tc, the_enospc_flush_follows_the_delalloc_lists);
	tcase_add_test (tc, a_flush_that_frees_space_lets_the_writer_go_on);
	tcase_add_test (tc, a_pass_writes_the_pages_the_writer_dirties_ahead_of_it);
	tcase_add_test (tc, a_reservation_past_the_groups_makes_chunks_at_the_write);
	tcase_add_test (tc, a_chunk_made_at_the_write_makes_the_next_fsync_commit);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
