/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Data block groups (block-group.c): the chunk mkfs.btrfs leaves, the
 * chunks the kernel makes on demand (btrfs_create_chunk), and extents cut
 * where a block group ends (find_free_extent, btrfs_reserve_extent), as
 * Linux 6.18 does on the small devices of the conformance corpus.
 *
 * 128 MiB device: mkfs leaves data chunk A (8 MiB) and 39 MiB unallocated
 * (a 12 MiB hole at 1 MiB, 27 MiB at the end); the kernel's data chunks
 * are min(round_up(12.8 MiB, 16 MiB), largest hole):
 *
 *   [ A 8M ] .. [ B 16M ][ C 12M ][ D 11M ]        47 MiB of data
 */
#include "ext-test.h"

#include "fs-private.h"

static guint
n_groups (const extsim_fs *fs)
{
	return (guint) fs->block_groups.count;
}

static guint64
group_len (const extsim_fs *fs, guint i)
{
	const pnode *n = pmap_first (&fs->block_groups);

	while (i--)
		n = pmap_next (&fs->block_groups, n);
	return ((const bg_item *) pnode_value (&fs->block_groups, n))->len;
}

/* Every data extent lies inside one block group (fiemap would merge
 * extents of neighbouring groups: they are contiguous). */
static void
assert_extents_inside_groups (extsim_fs *fs, extsim_ino unused)
{
	g_autoptr (GArray) ext = extsim_fs_extents (fs);

	(void) unused;
	for (guint i = 0; i < ext->len; i++) {
		const extsim_extent *e = &g_array_index (ext, extsim_extent, i);
		guint64 a = 0, b = 0;

		ext_assert_true (bg_lookup (fs, e->bytenr, &a) != NULL);
		ext_assert_true (bg_lookup (fs, e->bytenr + e->num_bytes - 1, &b) != NULL);
		ext_assert_u64_eq (a, b);
	}
}

/* mkfs leaves one data chunk; the rest comes chunk by chunk, as needed,
 * 16 MiB at most on 128 MiB (btrfs_create_chunk,
 * decide_stripe_size_regular), until the device is full. */
START_TEST (chunks_are_made_on_demand_and_end_with_the_device)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino f = t_create (fs);

	ext_assert_int_eq (n_groups (fs), 1);
	ext_assert_u64_eq (group_len (fs, 0), 8 * MiB);
	ext_assert_u64_eq (chunk_unallocated (fs), 39 * MiB);
	ext_assert_u64_eq (t_space (fs).total, 47 * MiB);

	t_pwrite (fs, f, 0, 10 * MiB, 0x61);
	t_writeback (fs, f);
	ext_assert_int_eq (n_groups (fs), 2);
	ext_assert_u64_eq (group_len (fs, 1), 16 * MiB);
	ext_assert_u64_eq (chunk_unallocated (fs), 23 * MiB);

	t_pwrite_enospc (fs, f, 10 * MiB, 64 * MiB, 0x61, MiB);
	extsim_fs_sync (fs);
	ext_assert_int_eq (n_groups (fs), 4);
	ext_assert_u64_eq (group_len (fs, 2), 12 * MiB); /* the 12 MiB hole mkfs left */
	ext_assert_u64_eq (group_len (fs, 3), 11 * MiB); /* what is left at the end */
	ext_assert_u64_eq (chunk_unallocated (fs), 0);
	ext_assert_u64_eq (t_space (fs).free, 0);
	assert_extents_inside_groups (fs, f);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18 (corpus w0184): after a 10 MiB fallocate, a
 * 16 MiB write is two extents of 8 MiB.  The fallocate's reservation made
 * B, the write's made C (space-info.c), and no group holds 16 MiB (B has
 * 6 left, C 12, the chunk D that LOOP_ALLOC_CHUNK makes 11), so
 * btrfs_reserve_extent halves to min(16M / 2, 12M); 8 MiB is a medium
 * allocation and goes to the empty mkfs chunk A, the rest to C.
 *
 *   b: [ 8M in A ][ 8M in C ]
 */
START_TEST (an_extent_is_cut_where_no_group_holds_it)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino a = t_create (fs), b = t_create (fs);
	const t_item layout[] = {
		{ 0, 8 * MiB, 'R', 1, 0 },
		{ 8 * MiB, 8 * MiB, 'R', 2, 0 },
		T_END,
	};

	t_falloc (fs, a, 0, 10 * MiB);
	t_pwrite (fs, b, 0, 16 * MiB, 0x63);
	t_writeback (fs, b);
	t_assert_items (fs, b, layout);
	assert_extents_inside_groups (fs, b);
	ext_assert_int_eq (n_groups (fs), 4);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* On 1 GiB the chunks are 112 MiB: a 128 MiB delalloc range fits none and
 * is halved to 64 MiB pieces (BTRFS_MAX_EXTENT_SIZE is not reached). */
START_TEST (a_chunk_smaller_than_the_largest_extent_halves_it)
{
	extsim_fs *fs = t_fs_new (NULL, GiB, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 64 * MiB, 'R', 1, 0 },
		{ 64 * MiB, 64 * MiB, 'R', 2, 0 },
		T_END,
	};

	t_pwrite (fs, f, 0, 128 * MiB, 0x11);
	t_writeback (fs, f);
	t_assert_items (fs, f, layout);
	assert_extents_inside_groups (fs, f);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * btrfs_reserve_extent halves a request towards ins->offset, which a
 * failed find_free_extent sets to the longest free range of the groups it
 * searched, and find_free_extent_unclustered does not search a group with
 * fewer free bytes than the request in all: when none has as many, it is
 * the most free bytes of one group (total_free_space), contiguous or not.
 * The space_info keeps the value (max_extent_size) and a longer request
 * fails with it at once (prepare_allocation_clustered).  Eleven 4 MiB
 * files, three removed (Linux 6.18 cuts w the same; conformance corpus
 * w0036, w0132, w0179, w0346):
 *
 *   A 8M  [ -- ][ f02 ]                     4M free
 *   B 16M [ f03 ][ -- ][ f05 ][ -- ]        8M free, 4M at most in one
 *   C 12M [ f07 ][ f08 ][ f09 ]
 *   D 11M [ f10 ][ f11 ][ 3M ]
 *
 * w, 12M: 12M fails, ins->offset 8M (B's free bytes); 6M fails (B is
 * searched: 4M); 3M goes to A; the other 9M fail at once (over 4M), 4M go
 * to B; 5M fail at once, 2.5M go to B, 2.5M to D.  With the longest free
 * range as ins->offset it would be 4M, 4M, 4M.
 */
START_TEST (a_request_halves_towards_what_find_free_extent_searched)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0);
	extsim_ino f[11], w;
	const t_item layout[] = {
		{ 0, 3 * MiB, 'R', 1, 0 },
		{ 3 * MiB, 4 * MiB, 'R', 2, 0 },
		{ 7 * MiB, 5 * MiB / 2, 'R', 3, 0 },
		{ 19 * MiB / 2, 5 * MiB / 2, 'R', 4, 0 },
		T_END,
	};
	g_autoptr (GArray) map = NULL;
	guint64 group[4] = { 0 };

	for (guint i = 0; i < G_N_ELEMENTS (f); i++) {
		f[i] = t_create (fs);
		t_pwrite (fs, f[i], 0, 4 * MiB, 0x61);
		t_fsync (fs, f[i]);
	}
	t_unlink (fs, f[0]);
	t_unlink (fs, f[3]);
	t_unlink (fs, f[5]);
	extsim_fs_sync (fs);
	w = t_create (fs);
	t_pwrite (fs, w, 0, 12 * MiB, 0x77);
	t_fsync (fs, w);
	t_assert_items (fs, w, layout);
	map = extsim_fs_fiemap (fs, w, 0, EXTSIM_TiB, 0, NULL);
	for (guint i = 0; i < 4; i++)
		bg_lookup (fs, g_array_index (map, extsim_fiemap_extent, i).physical, &group[i]);
	ext_assert_u64_eq (group[0], DATA_LOGICAL_START);
	ext_assert_u64_eq (group[1], group[2]);
	ext_assert_u64_ne (group[3], group[2]);
	ext_assert_u64_ne (group[3], group[0]);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* __btrfs_prealloc_file_range asks for no more than its last allocation
 * got (last_alloc), so once fragmentation halved a preallocation the rest
 * comes in pieces of that size at most.  Linux 6.18, 128 MiB device
 * (corpus w0029, shrunk): fallocate of 13 MiB + 4 KiB after these writes
 * makes 6.5 MiB, 6.5 MiB and 4 KiB, where asking for the whole rest makes
 * 6.5 MiB and 6.5 MiB + 4 KiB. */
START_TEST (preallocation_asks_no_more_than_it_last_got)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0);
	extsim_ino f0 = t_create (fs), f1 = t_create (fs), f2 = t_create (fs);
	const t_item layout[] = {
		{ 10444800, 244 * KiB, 'R', 1, 0 },
		{ 30027776, 13 * MiB / 2, 'P', 2, 0 },
		{ 30027776 + 13 * MiB / 2, 13 * MiB / 2, 'P', 3, 0 },
		{ 30027776 + 13 * MiB, 4 * KiB, 'P', 4, 0 },
		T_END,
	};

	t_pwrite (fs, f0, 10444800, 244 * KiB, 0x62);
	t_truncate (fs, f1, 29286400);
	t_pwrite (fs, f2, 20659983, 8 * KiB, 0x61);
	t_fsync (fs, f2);
	t_falloc (fs, f1, 9875456, 6 * MiB);
	t_falloc (fs, f0, 30029107, 13 * MiB);
	t_writeback (fs, f0);
	t_assert_items (fs, f0, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* btrfs_calc_block_group_size_class: a 4 KiB extent makes the empty
 * mkfs chunk "small"; a 1 MiB one (medium) then takes a new chunk rather
 * than share it, although A has room. */
START_TEST (size_classes_keep_small_and_medium_apart)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	g_autoptr (GArray) ef = NULL, eg = NULL;
	guint64 bf = 0, bg = 0;

	t_pwrite (fs, f, 0, 4 * KiB, 0x61);
	t_writeback (fs, f);
	t_pwrite (fs, g, 0, MiB, 0x62);
	t_writeback (fs, g);
	ef = extsim_fs_fiemap (fs, f, 0, EXTSIM_TiB, 0, NULL);
	eg = extsim_fs_fiemap (fs, g, 0, EXTSIM_TiB, 0, NULL);
	bg_lookup (fs, g_array_index (ef, extsim_fiemap_extent, 0).physical, &bf);
	bg_lookup (fs, g_array_index (eg, extsim_fiemap_extent, 0).physical, &bg);
	ext_assert_u64_eq (bf, DATA_LOGICAL_START);
	ext_assert_u64_ne (bg, bf);
	ext_assert_int_eq (n_groups (fs), 2);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Where the first data extent of ino lies. */
static guint64
first_physical (extsim_fs *fs, extsim_ino ino)
{
	g_autoptr (GArray) em = extsim_fs_fiemap (fs, ino, 0, EXTSIM_TiB, 0, NULL);

	ext_assert_true (em->len > 0);
	return g_array_index (em, extsim_fiemap_extent, 0).physical;
}

/*
 * Recorded on Linux 6.18 (w0455, shrunk): btrfs_make_block_group() calls
 * btrfs_set_log_full_commit(), so an fsync in the transaction that made a
 * block group cannot use the log (start_log_trans / btrfs_sync_log return
 * BTRFS_LOG_FORCE_COMMIT) and btrfs_sync_file() commits instead.  The
 * commit unpins what the transaction freed: the kernel put the next
 * extent on the 112 KiB at 13 MiB that the 4 MiB overwrite had freed.
 *
 *   fdatasync  f [ 108k ] in A (small)          log, no commit
 *   fsync      f [ 4M over it ] in new chunk B  commit: A's 112k free
 *   g [ 112k ]                                   at A's start again
 */
START_TEST (an_fsync_in_the_transaction_that_made_a_group_commits)
{
	extsim_fs *fs = t_fs_new (NULL, 112 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	guint64 transid = extsim_fs_get_transid (fs);

	t_pwrite (fs, f, 9269248, 112 * KiB, 0x63);
	t_fsync (fs, f);
	ext_assert_int_eq (n_groups (fs), 1);
	ext_assert_u64_eq (extsim_fs_get_transid (fs), transid);
	ext_assert_u64_eq (first_physical (fs, f), DATA_LOGICAL_START);

	t_pwrite (fs, f, 5378048, 4 * MiB, 0xcd);
	t_fsync (fs, f);
	ext_assert_int_eq (n_groups (fs), 2);
	ext_assert_u64_eq (extsim_fs_get_transid (fs), transid + 1);
	ext_assert_u64_eq (t_space (fs).pinned, 0);

	t_pwrite (fs, g, 0, 112 * KiB, 0x61);
	t_writeback (fs, g);
	ext_assert_u64_eq (first_physical (fs, g), DATA_LOGICAL_START);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Without a new block group the same fsync syncs the log: what the
 * overwrite freed stays pinned until a commit, and the next extent goes
 * after it. */
START_TEST (an_fsync_without_a_new_group_keeps_its_frees_pinned)
{
	extsim_fs *fs = t_fs_new (NULL, 112 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	guint64 transid = extsim_fs_get_transid (fs);

	t_pwrite (fs, f, 0, 112 * KiB, 0x63);
	t_fsync (fs, f);
	t_pwrite (fs, f, 0, 112 * KiB, 0xcd);
	t_fsync (fs, f);
	ext_assert_int_eq (n_groups (fs), 1);
	ext_assert_u64_eq (extsim_fs_get_transid (fs), transid);
	ext_assert_u64_eq (t_space (fs).pinned, 112 * KiB);

	t_pwrite (fs, g, 0, 112 * KiB, 0x61);
	t_writeback (fs, g);
	ext_assert_u64_eq (first_physical (fs, g), DATA_LOGICAL_START + 224 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The size class of the group holding addr. */
static guint
class_at (const extsim_fs *fs, guint64 addr)
{
	const bg_item *b = bg_lookup (fs, addr, NULL);

	ext_assert_true (b != NULL);
	return b->size_class;
}

/* The bytenr of the one data extent (the extent tree, no backref walk). */
static guint64
only_extent (const extsim_fs *fs)
{
	g_autoptr (GArray) ext = extsim_fs_extents (fs);

	ext_assert_int_eq (ext->len, 1);
	return g_array_index (ext, extsim_extent, 0).bytenr;
}

/* A 4 KiB file at A's start, committed, so its delayed ref head frees it
 * (btrfs_update_block_group) at the commit after its unlink. */
static void
t_committed_small_file_unlinked (extsim_fs *fs)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 4 * KiB, 0x61);
	t_writeback (fs, f);
	ext_assert_u64_eq (first_physical (fs, f), DATA_LOGICAL_START);
	t_commits (fs, 1);
	t_unlink (fs, f);
}

/* Then g's 4 KiB, written back right after f's range (pinned), in the
 * same transaction as f's unlink. */
static extsim_ino
t_new_small_file_after_it (extsim_fs *fs)
{
	extsim_ino g = t_create (fs);

	t_pwrite (fs, g, 0, 4 * KiB, 0x62);
	t_writeback (fs, g);
	return g;
}

/*
 * Recorded on Linux 6.18.44 (size-class-reset, w0052 shrunk): the commit
 * runs the head that frees a group's last extent, btrfs_update_block_group
 * calls btrfs_maybe_reset_size_class (5870ec7c8fe5, 6.18 stable) and the
 * group loses its class; find_free_extent's LOOP_UNSET_SIZE_CLASS then
 * gives it to a request of any size before LOOP_ALLOC_CHUNK makes a chunk.
 *
 *   A [ f 4k ]  small          unlink f: still small (the head has not run)
 *   A [        ]  none         commit
 *   A [ g 1M ]  medium         no new chunk
 */
START_TEST (a_commit_that_empties_a_group_resets_its_size_class)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino g = t_create (fs);

	t_committed_small_file_unlinked (fs);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_SMALL);
	t_commits (fs, 1);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);

	t_pwrite (fs, g, 0, MiB, 0x62);
	t_writeback (fs, g);
	ext_assert_u64_eq (first_physical (fs, g), DATA_LOGICAL_START);
	ext_assert_int_eq (n_groups (fs), 1);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_MEDIUM);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18.44 (size-class-full-at-mount; w2329 shrunk is
 * size-class-full-at-mount-w2329): a group full at mount is never cached
 * (read_one_block_group), so nothing loads its class; a group in part
 * used is, and keeps the class of its extents.  After f's second half is
 * freed, g's second 1 MiB (medium) passes the full group A over at loop 0
 * and lies right after g's first in B; with A's class loaded it would go
 * into A's hole.
 *
 *   A [ f 4M ][ f 4M ]  full, medium     B [ g 1M ] ..   medium
 *   remount: A none, B medium;  truncate f to 4M, commit
 *   A [ f 4M ][ .. ]                     B [ g 1M ][ g 1M ]
 */
START_TEST (a_group_full_at_mount_has_no_size_class)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	const t_map one_piece[] = { { 0, 2 * MiB, 0, LAST }, { 0, 0, 0, 0 } };

	t_pwrite (fs, f, 0, 4 * MiB, 0x61);
	t_writeback (fs, f);
	t_pwrite (fs, f, 4 * MiB, 4 * MiB, 0x62);
	t_writeback (fs, f);
	t_pwrite (fs, g, 0, MiB, 0x63);
	t_writeback (fs, g);
	ext_assert_int_eq (n_groups (fs), 2);
	ext_assert_u64_eq (first_physical (fs, f), DATA_LOGICAL_START);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_MEDIUM);
	ext_assert_int_eq (class_at (fs, first_physical (fs, g)), BG_SZ_MEDIUM);

	extsim_fs_remount (fs);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);
	ext_assert_int_eq (class_at (fs, first_physical (fs, g)), BG_SZ_MEDIUM);

	t_truncate (fs, f, 4 * MiB);
	t_commits (fs, 1);
	t_pwrite (fs, g, MiB, MiB, 0x64);
	t_writeback (fs, g);
	t_assert_fiemap (fs, g, one_piece);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* a and b 64 KiB each, synced; a unlinked and synced: a hole before b */
static extsim_ino
t_hole_before_b (extsim_fs *fs)
{
	extsim_ino a = t_create (fs), b = t_create (fs);

	t_pwrite (fs, a, 0, 64 * KiB, 0x61);
	t_pwrite (fs, b, 0, 64 * KiB, 0x62);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (first_physical (fs, b), DATA_LOGICAL_START + 64 * KiB);
	t_unlink (fs, a);
	extsim_fs_sync (fs);
	return b;
}

/* b read (its extent map gives the hint: b's end), 4 KiB appended and
 * fsynced: the layout of b */
static void
t_append_to_b (extsim_fs *fs, extsim_ino b, const t_map *expected)
{
	GError *err = NULL;

	ext_assert_true (extsim_fs_readahead (fs, b, 0, 64 * KiB, &err));
	ext_assert_no_error (err);
	t_pwrite (fs, b, 64 * KiB, 4 * KiB, 0x63);
	t_fsync (fs, b);
	t_assert_fiemap (fs, b, expected);
}

/*
 * Recorded on Linux 6.18.44 (uncached-after-mount, from w2861 and w2915
 * of gen.py): a mount leaves a group in part used uncached
 * (read_one_block_group), and find_free_extent jumps to a hinted group
 * only when it is cached, so the first allocation after the mount is a
 * full search that takes the group's longest free range, after b; without
 * the mount the hint (b's end, taken from the first free range of its
 * window) puts it where a was.
 *
 *   A [ a 64k ][ b 64k ] ..      a unlinked, synced
 *   mounted:   A [ ..... ][ b 64k ][ b 4k ] ..
 *   not:       A [ b 4k ][ b 64k ] ..
 */
START_TEST (after_a_mount_a_hint_into_an_uncached_group_is_not_taken)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	extsim_ino b = t_hole_before_b (fs);
	const t_map one_piece[] = { { 0, 68 * KiB, 0, LAST }, { 0, 0, 0, 0 } };
	const t_map where_a_was[] = { { 0, 64 * KiB, 0, 0 }, { 64 * KiB, 4 * KiB, -64 * (gint64) KiB, LAST }, { 0, 0, 0, 0 } };

	extsim_fs_remount (fs);
	t_append_to_b (fs, b, one_piece);
	extsim_fs_free (fs);

	fs = t_fs_new (NULL, 512 * MiB, 0);
	b = t_hole_before_b (fs);
	t_append_to_b (fs, b, where_a_was);
	extsim_fs_free (fs);
}
END_TEST

/* s 8 KiB (the mkfs group A gets the small class), a and b 4 MiB each
 * (in a medium group B made for them), synced; a unlinked, synced;
 * umount and mount: A and B in part used, both uncached */
static extsim_ino
t_two_uncached_groups (extsim_fs *fs)
{
	extsim_ino s = t_create (fs), a = t_create (fs), b = t_create (fs);

	t_pwrite (fs, s, 0, 8 * KiB, 0x61);
	t_fsync (fs, s);
	t_pwrite (fs, a, 0, 4 * MiB, 0x62);
	t_fsync (fs, a);
	t_pwrite (fs, b, 0, 4 * MiB, 0x63);
	t_fsync (fs, b);
	extsim_fs_sync (fs);
	t_unlink (fs, a);
	extsim_fs_sync (fs);
	extsim_fs_remount (fs);
	return b;
}

/* b read (its extent map: the hint, b's end, in B), 3 MiB appended and
 * fsynced: the layout of b */
static void
t_append_3m_to_b (extsim_fs *fs, extsim_ino b, const t_map *expected)
{
	GError *err = NULL;

	ext_assert_true (extsim_fs_readahead (fs, b, 0, 4 * MiB, &err));
	ext_assert_no_error (err);
	t_pwrite (fs, b, 4 * MiB, 3 * MiB, 0x65);
	t_fsync (fs, b);
	t_assert_fiemap (fs, b, expected);
}

/*
 * Recorded on Linux 6.18.44 (uncached-groups-visited, from x3399 of
 * fsxgen.py): find_free_extent's first pass (LOOP_CACHING_NOWAIT) only
 * starts the caching of an uncached group it meets and takes nothing
 * from it, so it goes on through the groups after it, starting their
 * caching whatever their size class, and takes the first group that fits
 * in the next pass.  t's 60 KiB after the mount goes to A all the same,
 * but B, which it passed, is cached after it: b's hint into B is taken
 * (the first fit of its window: where a was).  Without t, B is still
 * uncached at b's allocation, a full search takes its longest range,
 * right after b (D34).
 *
 *   B [ a 4m ][ b 4m ] ..            a unlinked, synced, remounted
 *   t written:  B [ b 3m ][ b 4m ] ..
 *   not:        B [ .... ][ b 4m ][ b 3m ] ..
 */
START_TEST (the_first_pass_starts_caching_every_group_it_meets)
{
	extsim_fs *fs = t_fs_new (NULL, 1024 * MiB, 0);
	extsim_ino b = t_two_uncached_groups (fs), t = t_create (fs);
	const t_map where_a_was[] = { { 0, 4 * MiB, 0, 0 }, { 4 * MiB, 3 * MiB, -4 * (gint64) MiB, LAST },
				      { 0, 0, 0, 0 } };
	const t_map one_piece[] = { { 0, 7 * MiB, 0, LAST }, { 0, 0, 0, 0 } };

	t_pwrite (fs, t, 0, 60 * KiB, 0x64);
	t_fsync (fs, t);
	ext_assert_u64_eq (first_physical (fs, t), DATA_LOGICAL_START + 8 * KiB);
	t_append_3m_to_b (fs, b, where_a_was);
	extsim_fs_free (fs);

	fs = t_fs_new (NULL, 1024 * MiB, 0);
	b = t_two_uncached_groups (fs);
	t_append_3m_to_b (fs, b, one_piece);
	extsim_fs_free (fs);
}
END_TEST

/*
 * An extent made and freed in one transaction, whose add and drop cancel
 * in its delayed ref head, is only pinned at the commit (cleanup_ref_head
 * -> btrfs_pin_extent -> pin_down_extent: reserved -= n, no
 * btrfs_update_block_group).  It is still reserved when the head of f,
 * below it, empties the group's used bytes (heads run in bytenr order:
 * btrfs_select_ref_head), so btrfs_maybe_reset_size_class finds
 * reserved != 0 and the group keeps its class; a later commit that frees
 * the group's last committed extent resets it.
 *
 *   A [ f 4k ][ g 4k ]        f freed, g made and freed: A stays small
 *   A [ h 4k ]                h committed, then freed: A has no class
 */
START_TEST (an_extent_made_and_freed_in_one_transaction_keeps_the_class)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino g, h = t_create (fs);

	t_committed_small_file_unlinked (fs);
	g = t_new_small_file_after_it (fs);
	ext_assert_u64_eq (only_extent (fs), DATA_LOGICAL_START + 4 * KiB); /* no fiemap: no walk */
	t_unlink (fs, g);
	t_commits (fs, 1);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_SMALL);

	t_pwrite (fs, h, 0, 4 * KiB, 0x63);
	t_writeback (fs, h);
	ext_assert_u64_eq (first_physical (fs, h), DATA_LOGICAL_START);
	t_commits (fs, 1);
	t_unlink (fs, h);
	t_commits (fs, 1);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Recorded on Linux 6.18.44 (w0411): a fiemap between the write and the
 * unlink walks backrefs, so the add and the drop of g's extent are queued
 * under different sequence numbers and do not merge (insert_delayed_ref).
 * Its head then inserts the extent and frees it through
 * btrfs_update_block_group like any other, and being the group's highest
 * freed extent, its free finds used and reserved both 0: the class goes.
 */
START_TEST (a_backref_walk_keeps_a_new_extent_in_the_reset)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino g;

	t_committed_small_file_unlinked (fs);
	g = t_new_small_file_after_it (fs);
	ext_assert_u64_eq (first_physical (fs, g), DATA_LOGICAL_START + 4 * KiB); /* the walk */
	t_unlink (fs, g);
	t_commits (fs, 1);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The physical address of the block of ino at off. */
static guint64
physical_at (extsim_fs *fs, extsim_ino ino, guint64 off)
{
	g_autoptr (GArray) em = extsim_fs_fiemap (fs, ino, 0, EXTSIM_TiB, 0, NULL);

	for (guint i = 0; i < em->len; i++) {
		const extsim_fiemap_extent *e = &g_array_index (em, extsim_fiemap_extent, i);

		if (e->logical <= off && off < e->logical + e->length)
			return e->physical + (off - e->logical);
	}
	ext_assert_true (FALSE);
	return 0;
}

/*
 * Recorded on Linux 6.18.44 (size-class-hint-wait, w2492 shrunk): m's
 * 48 KiB rewrite is hinted into C, the medium group of its 2 MiB extent,
 * which refuses a small extent.  A hinted find_free_extent never reaches
 * its full search, so find_free_extent_update_loop runs LOOP_CACHING_WAIT
 * (the same class in every group) before LOOP_UNSET_SIZE_CLASS: B, after
 * m's 64 KiB, rather than A, which big's unlink left without a class.
 *
 *   A [ big 7M ] medium  ->  A [        ] none (rm, commit)
 *   B [ m 64k ][ m 48k ] small          C [ m 2M ] medium
 */
START_TEST (a_hinted_search_tries_the_same_class_before_an_empty_group)
{
	extsim_fs *fs = t_fs_new (NULL, 256 * MiB, 0);
	extsim_ino big = t_create (fs), m = t_create (fs);
	guint64 b = 0, c = 0;

	t_pwrite (fs, big, 0, 7 * MiB, 0x61);
	t_fsync (fs, big);
	t_pwrite (fs, m, 0, 64 * KiB, 0x62);
	t_fsync (fs, m);
	t_pwrite (fs, m, 64 * KiB, 2 * MiB, 0x63);
	t_fsync (fs, m);
	bg_lookup (fs, physical_at (fs, m, 0), &b);
	bg_lookup (fs, physical_at (fs, m, 64 * KiB), &c);
	ext_assert_int_eq (n_groups (fs), 3);
	ext_assert_int_eq (class_at (fs, b), BG_SZ_SMALL);
	ext_assert_int_eq (class_at (fs, c), BG_SZ_MEDIUM);
	t_unlink (fs, big);
	t_commits (fs, 1);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);

	t_pwrite (fs, m, 64 * KiB, 48 * KiB, 0x64);
	t_fsync (fs, m);
	ext_assert_u64_eq (physical_at (fs, m, 64 * KiB), physical_at (fs, m, 0) + 64 * KiB);
	ext_assert_int_eq (class_at (fs, DATA_LOGICAL_START), BG_SZ_NONE);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A [ f 1M ][ b 1M ][ c 1M ][ d 1M ][ e 4M ], every file fsynced in
 * turn; then d unlinked and committed, b unlinked and committed: two
 * 1 MiB holes, d's linked into the free space first; optionally a
 * mount.  Then f grows by 1 MiB; its extent map is A's start, the hint
 * (btrfs_get_extent_allocation_hint), so the group is searched from its
 * start: the bytes index. */
static void
t_append_after_two_holes (gboolean remount, const t_map *expected)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_ino f = t_create (fs), b = t_create (fs), c = t_create (fs), d = t_create (fs), e = t_create (fs);
	const extsim_ino first[] = { f, b, c, d };

	for (guint i = 0; i < G_N_ELEMENTS (first); i++) {
		t_pwrite (fs, first[i], 0, MiB, (guint8) (0x61 + i));
		t_fsync (fs, first[i]);
	}
	t_pwrite (fs, e, 0, 4 * MiB, 0x65);
	t_fsync (fs, e);
	ext_assert_u64_eq (first_physical (fs, e), DATA_LOGICAL_START + 4 * MiB);
	t_unlink (fs, d);
	extsim_fs_sync (fs);
	t_unlink (fs, b);
	extsim_fs_sync (fs);
	(void) c;
	if (remount)
		extsim_fs_remount (fs);
	t_pwrite (fs, f, MiB, MiB, 0x66);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, expected);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}

/*
 * Recorded on Linux 6.18.44 (bytes-index-order, from w2952 and w2747 of
 * gen.py): of two free ranges of one length, find_free_space's bytes
 * index gives the one linked into it first (link_free_space:
 * rb_add_cached with entry_less puts an equal range after the others),
 * not the lowest.  d's hole was freed at the first commit, b's at the
 * second: f's second MiB goes where d was.  A mount loads the free space
 * in address order (load_free_space_extents), and then it goes where b
 * was, right after f's first MiB.
 *
 *   A [ f 1M ][ .. ][ c 1M ][ f 1M ][ e 4M ]       no mount
 *   A [ f 1M ][ f 1M ][ c 1M ][ .. ][ e 4M ]       after a mount
 */
START_TEST (of_equal_free_ranges_the_one_freed_first_is_taken)
{
	const t_map where_d_was[] = { { 0, MiB, 0, 0 }, { MiB, MiB, 3 * MiB, LAST }, { 0, 0, 0, 0 } };
	const t_map where_b_was[] = { { 0, 2 * MiB, 0, LAST }, { 0, 0, 0, 0 } };

	t_append_after_two_holes (FALSE, where_d_was);
	t_append_after_two_holes (TRUE, where_b_was);
}
END_TEST

/* A data size given explicitly is one block group: no chunk layout. */
START_TEST (an_explicit_data_size_is_one_group)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 64 * MiB);
	extsim_ino f = t_create (fs);

	ext_assert_int_eq (n_groups (fs), 1);
	ext_assert_u64_eq (group_len (fs, 0), 64 * MiB);
	ext_assert_u64_eq (chunk_unallocated (fs), 0);
	t_pwrite (fs, f, 0, 40 * MiB, 0x61);
	t_writeback (fs, f);
	ext_assert_int_eq (n_groups (fs), 1);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A clone carries the block groups; the hash sees them. */
START_TEST (clones_and_hashes_cover_the_groups)
{
	extsim_fs *fs = t_fs_new (NULL, 128 * MiB, 0);
	extsim_fs *c;
	extsim_ino f = t_create (fs);

	c = extsim_fs_clone (fs);
	ext_assert_u64_eq (extsim_fs_hash (c), extsim_fs_hash (fs));
	t_pwrite (fs, f, 0, 10 * MiB, 0x61);
	t_writeback (fs, f);
	ext_assert_int_eq (n_groups (c), 1);
	ext_assert_int_eq (n_groups (fs), 2);
	extsim_fs_free (c);
	c = extsim_fs_clone (fs);
	ext_assert_int_eq (n_groups (c), 2);
	ext_assert_u64_eq (extsim_fs_hash (c), extsim_fs_hash (fs));
	ext_assert_true (extsim_fs_equal (c, fs));
	extsim_fs_free (c);
	extsim_fs_free (fs);
}
END_TEST

/*
 * Among free ranges of one length, the one linked into the group's bytes
 * index first is taken (D36): btrfs_find_space_for_alloc from a group's
 * start takes the first entry of that index, which entry_less orders by
 * length alone, and rb_add_cached puts a new entry behind the equal ones.
 * A range is linked anew whenever it is made or changes (a free merged by
 * try_merge_free_space, what an allocation leaves of an entry); a mount
 * caches the groups from the free space tree, in address order.  Linux
 * 6.18 near full (corpus bytes-index-oldest-w3423) takes the older of two
 * free 4 KiB ranges, at the higher address.  Here the 8 MiB group holds
 * f1..f4 (1, 1, 1, 5 MiB, all medium); f3 is removed and committed, then
 * f1: a new 1 MiB extent without a hint goes where f3 was, and after a
 * mount where f1 was.
 */
START_TEST (equal_free_ranges_go_in_the_order_they_were_linked)
{
	extsim_fs *fs = t_fs_new ("patched", 128 * MiB, 0), *mounted;
	extsim_ino f[4], g, h;
	const guint64 len[4] = { MiB, MiB, MiB, 5 * MiB };

	for (guint i = 0; i < G_N_ELEMENTS (f); i++) {
		f[i] = t_create (fs);
		t_pwrite (fs, f[i], 0, len[i], 0x61 + i);
		t_fsync (fs, f[i]);
	}
	ext_assert_u64_eq (first_physical (fs, f[2]), DATA_LOGICAL_START + 2 * MiB);
	ext_assert_u64_eq (first_physical (fs, f[3]), DATA_LOGICAL_START + 3 * MiB);
	t_unlink (fs, f[2]);
	extsim_fs_sync (fs);
	t_unlink (fs, f[0]);
	extsim_fs_sync (fs);
	mounted = extsim_fs_clone (fs);
	g = t_create (fs);
	t_pwrite (fs, g, 0, MiB, 0x71);
	t_fsync (fs, g);
	ext_assert_u64_eq (first_physical (fs, g), DATA_LOGICAL_START + 2 * MiB);

	extsim_fs_remount (mounted);
	h = t_create (mounted);
	t_pwrite (mounted, h, 0, MiB, 0x72);
	t_fsync (mounted, h);
	ext_assert_u64_eq (first_physical (mounted, h), DATA_LOGICAL_START);
	t_assert_clean (mounted);
	extsim_fs_free (mounted);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST


/*
 * The first chunk the kernel makes lies after mkfs.btrfs's: its data
 * chunk at 13 MiB (8 MiB), system at 21 MiB (8 MiB), metadata at 29 MiB
 * (max(32 MiB, device / 20 down to 64 KiB), at most 256 MiB), as btrfs
 * inspect-internal dump-tree -t chunk showed for 256 MiB, 1 GiB and 10 GiB
 * devices here; filefrag showed the first extent of that chunk at block
 * 20528 on a 1 GiB filesystem (tests/script/real/filefrag.out).
 */
START_TEST (the_first_new_chunk_follows_the_mkfs_metadata_chunk)
{
	static const struct {
		guint64 device, start;
	} cases[] = {
		{ 128 * MiB, 61 * MiB },
		{ EXTSIM_GiB, 29 * MiB + 53673984 },
		{ 10 * EXTSIM_GiB, 29 * MiB + 256 * MiB },
	};

	for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
		extsim_fs *fs = t_fs_new (NULL, cases[i].device, 0);
		const pnode *n;

		ext_assert_true (alloc_chunk (fs));
		n = pmap_next (&fs->block_groups, pmap_first (&fs->block_groups));
		ext_assert_u64_eq (pnode_key (n)[0], cases[i].start);
		extsim_fs_free (fs);
	}
	{
		extsim_fs *fs = t_fs_new (NULL, EXTSIM_GiB, 0);

		ext_assert_true (alloc_chunk (fs));
		ext_assert_true (alloc_chunk (fs));
		/* the next one right after it */
		ext_assert_u64_eq (pnode_key (pmap_last (&fs->block_groups))[0],
				   29 * MiB + 53673984 + group_len (fs, 1));
		extsim_fs_free (fs);
	}
}
END_TEST

/* bg_classes holds each group once, under its class. */
static void
assert_class_index (const extsim_fs *fs)
{
	ext_assert_int_eq (fs->bg_classes.count, fs->block_groups.count);
	for (const pnode *n = pmap_first (&fs->block_groups); n; n = pmap_next (&fs->block_groups, n)) {
		guint64 key[2] = { ((const bg_item *) pnode_value (&fs->block_groups, n))->size_class, pnode_key (n)[0] };

		ext_assert_true (pmap_lookup (&fs->bg_classes, key) != NULL);
	}
}

/* The group find_free_extent's list walk stops at: the first, in logical
 * order, at or after from's with a free range of want bytes and a class
 * the loop takes; G_MAXUINT64 for none.  Group by group, as the kernel's
 * list_for_each_entry does. */
static guint64
walked_group (const extsim_fs *fs, guint64 from, guint64 want, int loop)
{
	guint want_class = bg_size_class (want);

	for (const pnode *n = pmap_first (&fs->block_groups); n; n = pmap_next (&fs->block_groups, n)) {
		const bg_item *b = pnode_value (&fs->block_groups, n);
		guint64 bg = pnode_key (n)[0], end = bg + b->len, lo = MAX (bg, from);
		gboolean takes = loop == LOOP_WRONG_SIZE_CLASS || b->size_class == want_class ||
				 (loop == LOOP_UNSET_SIZE_CLASS && b->size_class == BG_SZ_NONE);

		if (end <= from || !takes)
			continue;
		for (const pnode *f = pmap_ge (&fs->free_space, &lo); f && pnode_key (f)[0] < end;
		     f = pmap_next (&fs->free_space, f)) {
			if (((const free_item *) pnode_value (&fs->free_space, f))->len >= want)
				return bg;
		}
	}
	return G_MAXUINT64;
}

/* Every loop, from every group's start and mid-group, for extents of each
 * class: the search lands in the group the walk stops at. */
static void
assert_search_is_the_walk (const extsim_fs *fs, guint *found, guint *skipped)
{
	static const guint64 wants[] = { 4 * KiB, 128 * KiB, 132 * KiB, 2 * MiB, 8 * MiB + 4 * KiB, 64 * MiB };
	g_autoptr (GArray) froms = g_array_new (FALSE, FALSE, sizeof (guint64));
	guint64 zero = 0;

	g_array_append_val (froms, zero);
	for (const pnode *n = pmap_first (&fs->block_groups); n; n = pmap_next (&fs->block_groups, n)) {
		guint64 mid = pnode_key (n)[0] + ((const bg_item *) pnode_value (&fs->block_groups, n))->len / 2;

		g_array_append_val (froms, pnode_key (n)[0]);
		g_array_append_val (froms, mid);
	}
	for (guint i = 0; i < froms->len; i++) {
		for (guint w = 0; w < G_N_ELEMENTS (wants); w++) {
			for (int loop = LOOP_SAME_CLASS; loop <= LOOP_WRONG_SIZE_CLASS; loop++) {
				guint64 from = g_array_index (froms, guint64, i), start = 0, bg = 0;
				guint64 expect = walked_group (fs, from, wants[w], loop);
				gboolean ok = bg_search_groups (fs, from, wants[w], loop, bg_size_class (wants[w]), &start);

				ext_assert_int_eq (ok, expect != G_MAXUINT64);
				if (!ok)
					continue;
				(*found)++;
				bg_lookup (fs, start, &bg);
				ext_assert_u64_eq (bg, expect);
				if (loop != LOOP_WRONG_SIZE_CLASS && walked_group (fs, from, wants[w], LOOP_WRONG_SIZE_CLASS) != bg)
					(*skipped)++;
			}
		}
	}
}

/*
 * The search steps over the groups of other classes by an index rather
 * than group by group; it must stop where the kernel's walk of the list
 * stops.  A 2 GiB device: a write past the groups makes them all at once
 * (D37); big fills them, is cut back and punched, and small, medium and
 * large files go into what is freed, so full, empty and part-used groups
 * of every class alternate; then a mount, which unsets the classes of the
 * full groups.
 */
START_TEST (the_search_stops_where_the_walk_of_the_groups_does)
{
	extsim_fs *fs = t_fs_new (NULL, 2 * EXTSIM_GiB, 0);
	extsim_ino big = t_create (fs);
	guint found = 0, skipped = 0, classes[4] = { 0 };
	guint64 written = 0;

	/* the write's last call is short: no error */
	ext_assert_true (extsim_fs_pwrite (fs, big, 0, 4 * EXTSIM_GiB, 0x61, 64 * MiB, &written, NULL));
	ext_assert_u64_lt (written, 2 * EXTSIM_GiB);
	t_writeback (fs, big);
	assert_class_index (fs);
	t_truncate (fs, big, EXTSIM_GiB);
	for (guint64 off = 0; off < EXTSIM_GiB; off += 256 * MiB)
		t_punch (fs, big, off + 16 * MiB, 96 * MiB);
	t_commits (fs, 1);
	for (guint i = 0; i < 24; i++) {
		static const guint64 sizes[] = { 4 * KiB, MiB, 32 * MiB };
		extsim_ino f = t_create (fs);

		t_pwrite (fs, f, 0, sizes[i % 3], (guint8) (0x62 + i));
		t_fsync (fs, f);
		if (i % 4 == 3)
			t_unlink (fs, f);
	}
	t_commits (fs, 1);
	assert_class_index (fs);
	for (const pnode *n = pmap_first (&fs->block_groups); n; n = pmap_next (&fs->block_groups, n))
		classes[((const bg_item *) pnode_value (&fs->block_groups, n))->size_class]++;
	for (guint c = BG_SZ_NONE; c <= BG_SZ_LARGE; c++)
		ext_assert_u64_ge (classes[c], 1); /* every class, to step over */
	assert_search_is_the_walk (fs, &found, &skipped);
	extsim_fs_remount (fs);
	assert_class_index (fs);
	assert_search_is_the_walk (fs, &found, &skipped);
	/* the walks found groups, and some only by passing one of another class */
	ext_assert_u64_ge (found, 100);
	ext_assert_u64_ge (skipped, 50);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("block-group");
	TCase *tc = tcase_create ("chunks");

	tcase_add_test (tc, chunks_are_made_on_demand_and_end_with_the_device);
	tcase_add_test (tc, an_extent_is_cut_where_no_group_holds_it);
	tcase_add_test (tc, a_chunk_smaller_than_the_largest_extent_halves_it);
	tcase_add_test (tc, a_request_halves_towards_what_find_free_extent_searched);
	tcase_add_test (tc, preallocation_asks_no_more_than_it_last_got);
	tcase_add_test (tc, size_classes_keep_small_and_medium_apart);
	tcase_add_test (tc, an_fsync_in_the_transaction_that_made_a_group_commits);
	tcase_add_test (tc, an_fsync_without_a_new_group_keeps_its_frees_pinned);
	tcase_add_test (tc, a_commit_that_empties_a_group_resets_its_size_class);
	tcase_add_test (tc, a_group_full_at_mount_has_no_size_class);
	tcase_add_test (tc, after_a_mount_a_hint_into_an_uncached_group_is_not_taken);
	tcase_add_test (tc, the_first_pass_starts_caching_every_group_it_meets);
	tcase_add_test (tc, an_extent_made_and_freed_in_one_transaction_keeps_the_class);
	tcase_add_test (tc, a_backref_walk_keeps_a_new_extent_in_the_reset);
	tcase_add_test (tc, a_hinted_search_tries_the_same_class_before_an_empty_group);
	tcase_add_test (tc, of_equal_free_ranges_the_one_freed_first_is_taken);
	tcase_add_test (tc, an_explicit_data_size_is_one_group);
	tcase_add_test (tc, clones_and_hashes_cover_the_groups);
	tcase_add_test (tc, equal_free_ranges_go_in_the_order_they_were_linked);
	tcase_add_test (tc, the_search_stops_where_the_walk_of_the_groups_does);
	tcase_add_test (tc, the_first_new_chunk_follows_the_mkfs_metadata_chunk);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
