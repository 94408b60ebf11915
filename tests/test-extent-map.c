/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The extent map cache and hole punching (btrfs_punch_hole ->
 * find_first_non_hole -> btrfs_get_extent; fs/btrfs/extent_map.c).
 *
 * find_first_non_hole asks btrfs_get_extent for
 * [round_down (start), + round_up (len)).  A cached hole map is returned
 * whole; without one, the map is made only as long as asked for.  For an
 * unaligned start and an aligned length that falls short of start + len,
 * and the partial block left goes down the same_block path to
 * btrfs_truncate_block, which writes it although it is a hole.  Every
 * scenario here was run on Linux 6.18 (mkfs.btrfs 6.2 defaults): whether
 * block 864 (or 31) came out written is what it showed.
 */
#include "ext-test.h"

#define FAR 4579328         /* where the data is */
#define PUNCH_AT 3444940    /* 204 bytes into block 841 */
#define PUNCH_LEN (92 * KiB) /* ends 204 bytes into block 864 */
#define BLOCK_864 (864 * 4 * KiB)

/*
 *   [ hole 0 - 4579328 ][ 5947 bytes of data ]
 *   fpunch 3444940 92k = [3444940, 3539148): all in the hole
 */
static extsim_ino
written_far (extsim_fs *fs)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, FAR, 5947, 0x61);
	return f;
}

static void
punch (extsim_fs *fs, extsim_ino f)
{
	t_punch (fs, f, PUNCH_AT, PUNCH_LEN);
	extsim_fs_sync (fs);
}

/*
 * After a mount nothing is cached: btrfs_get_extent (3444736, 94208) makes
 * the hole map [3444736, 3538944), 204 bytes of the range are left in
 * block 864 and btrfs_truncate_block writes it.  Without the mount the
 * write's btrfs_cont_expand cached the hole [0, 4583424): it covers the
 * range, and nothing is written.
 */
START_TEST (punch_ending_in_an_uncached_hole_writes_its_last_block)
{
	extsim_fs *mounted = t_fs_new ("patched", 512 * MiB, 0), *cached = t_fs_new ("patched", 512 * MiB, 0);
	extsim_ino f = written_far (mounted), g = written_far (cached);
	const t_item after_mount[] = {
		{ BLOCK_864, 4 * KiB, 'R', 1, 0 },
		{ FAR, 8 * KiB, 'R', 2, 0 },
		T_END,
	};
	const t_item while_cached[] = { { FAR, 8 * KiB, 'R', 1, 0 }, T_END };

	extsim_fs_remount (mounted);
	punch (mounted, f);
	t_assert_items (mounted, f, after_mount);
	punch (cached, g);
	t_assert_items (cached, g, while_cached);
	t_assert_clean (mounted);
	t_assert_clean (cached);
	extsim_fs_free (mounted);
	extsim_fs_free (cached);
}
END_TEST

/*
 *   truncate 3538944, truncate 4m:  maps [4096, 3538944) [3538944, 4194304)
 * each btrfs_cont_expand's, on the inode's list of modified extent maps:
 * they never merge, so the punch stops at 3538944 and writes block 864
 * although every byte of the range is cached as a hole.
 */
START_TEST (modified_hole_maps_do_not_merge)
{
	extsim_fs *fs = t_fs_new ("patched", 512 * MiB, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 4 * KiB, 'R', 1, 0 },
		{ BLOCK_864, 4 * KiB, 'R', 2, 0 },
		{ FAR, 8 * KiB, 'R', 3, 0 },
		T_END,
	};

	t_pwrite (fs, f, 0, 4 * KiB, 0x61);
	t_truncate (fs, f, 3538944);
	t_truncate (fs, f, 4 * MiB);
	t_pwrite (fs, f, FAR, 5947, 0x61);
	punch (fs, f);
	t_assert_items (fs, f, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * fsync takes the maps off that list.  The first fsync of a new file is a
 * full one (BTRFS_INODE_NEEDS_FULL_SYNC): the maps stay apart, block 864
 * is written.  A later, fast one logs them (btrfs_log_changed_extents)
 * and merges each as it is logged: one map, nothing written.
 */
START_TEST (a_fast_fsync_merges_the_maps_it_logs)
{
	extsim_fs *full = t_fs_new ("patched", 512 * MiB, 0), *fast = t_fs_new ("patched", 512 * MiB, 0);
	extsim_ino f = t_create (full), g = t_create (fast);
	const t_item written[] = { { 0, 4 * KiB, 'R', 1, 0 }, { BLOCK_864, 4 * KiB, 'R', 2, 0 }, T_END };
	const t_item untouched[] = { { 0, 4 * KiB, 'R', 1, 0 }, T_END };

	t_pwrite (full, f, 0, 4 * KiB, 0x61);
	t_truncate (full, f, 3538944);
	t_truncate (full, f, 4 * MiB);
	t_fsync (full, f);
	punch (full, f);
	t_assert_items (full, f, written);

	t_pwrite (fast, g, 0, 4 * KiB, 0x61);
	t_fsync (fast, g);
	t_truncate (fast, g, 3538944);
	t_truncate (fast, g, 4 * MiB);
	t_fsync (fast, g);
	punch (fast, g);
	t_assert_items (fast, g, untouched);
	t_assert_clean (full);
	t_assert_clean (fast);
	extsim_fs_free (full);
	extsim_fs_free (fast);
}
END_TEST

/*
 * A read caches the holes it reads (btrfs_do_readpage): after md5sum the
 * whole hole is one map; after reading block 864 alone, the map the punch
 * makes merges with that block's: either way nothing is written.
 */
START_TEST (reads_cache_the_holes_they_read)
{
	extsim_fs *whole = t_fs_new ("patched", 512 * MiB, 0), *one = t_fs_new ("patched", 512 * MiB, 0);
	extsim_ino f = written_far (whole), g = written_far (one);
	const t_item layout[] = { { FAR, 8 * KiB, 'R', 1, 0 }, T_END };
	GError *err = NULL;

	extsim_fs_remount (whole);
	ext_assert_true (extsim_fs_readahead (whole, f, 0, 0, &err));
	ext_assert_no_error (err);
	punch (whole, f);
	t_assert_items (whole, f, layout);

	extsim_fs_remount (one);
	ext_assert_true (extsim_fs_readahead (one, g, BLOCK_864, 4 * KiB, &err));
	ext_assert_no_error (err);
	punch (one, g);
	t_assert_items (one, g, layout);
	t_assert_clean (whole);
	t_assert_clean (one);
	extsim_fs_free (whole);
	extsim_fs_free (one);
}
END_TEST

/*
 * A clone drops the destination's maps (btrfs_replace_file_extents); a hole
 * at the end of the source is punched there, which caches it, but only
 * inside i_size.  Cloned past EOF, the hole [64k, 128k) is not cached and
 * fpunch 65636 60k writes block 31; inside i_size it is, and nothing is.
 */
START_TEST (a_hole_cloned_past_eof_is_not_cached)
{
	extsim_fs *past = t_fs_new ("patched", 512 * MiB, 0), *inside = t_fs_new ("patched", 512 * MiB, 0);
	extsim_ino hole_p = t_create (past), f = t_create (past);
	extsim_ino hole_i = t_create (inside), g = t_create (inside);
	const t_item written[] = { { 0, 4 * KiB, 'R', 1, 0 }, { 31 * 4 * KiB, 4 * KiB, 'R', 2, 0 }, T_END };
	const t_item untouched[] = { { 0, 4 * KiB, 'R', 1, 0 }, T_END };

	t_truncate (past, hole_p, MiB);
	t_pwrite (past, f, 0, 4 * KiB, 0x61);
	t_reflink (past, hole_p, 0, f, 64 * KiB, 64 * KiB);
	t_punch (past, f, 64 * KiB + 100, 60 * KiB);
	extsim_fs_sync (past);
	t_assert_items (past, f, written);

	t_truncate (inside, hole_i, MiB);
	t_pwrite (inside, g, 0, 4 * KiB, 0x61);
	t_truncate (inside, g, 256 * KiB);
	t_reflink (inside, hole_i, 0, g, 64 * KiB, 64 * KiB);
	t_punch (inside, g, 64 * KiB + 100, 60 * KiB);
	extsim_fs_sync (inside);
	t_assert_items (inside, g, untouched);
	t_assert_clean (past);
	t_assert_clean (inside);
	extsim_fs_free (past);
	extsim_fs_free (inside);
}
END_TEST

/* A snapshot's file is read from disk when used: nothing cached. */
START_TEST (a_snapshot_s_files_have_nothing_cached)
{
	extsim_fs *fs = t_fs_new ("patched", 512 * MiB, 0);
	extsim_ino f = written_far (fs);
	extsim_ino s = { t_snapshot (fs, EXTSIM_FS_TREE), f.ino };
	const t_item in_snapshot[] = {
		{ BLOCK_864, 4 * KiB, 'R', 1, 0 },
		{ FAR, 8 * KiB, 'R', 2, 0 },
		T_END,
	};
	const t_item in_source[] = { { FAR, 8 * KiB, 'R', 1, 0 }, T_END };

	punch (fs, s);
	punch (fs, f);
	t_assert_items (fs, s, in_snapshot);
	t_assert_items (fs, f, in_source);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 *   a [0, 36k) at the chunk's start, f [304k, 352k) after it; a removed,
 *   the filesystem mounted again:  [ free 36k ][ f 48k ][ free ... ]
 *   then 351 bytes at f's block 6 (a write that starts on a block
 *   boundary and ends inside the block)
 *
 * prepare_uptodate_folio (fs/btrfs/file.c) reads a block the write does
 * not cover whole, whichever end is unaligned: the read caches the hole
 * map [24k, 28k).  At writeback btrfs_get_extent_allocation_hint
 * (fs/btrfs/inode.c) finds that hole first, then, searching from 0, the
 * same hole: no hint, and find_free_extent takes the longest free range,
 * right after f's extent.  Without the map, f's own extent is the hint,
 * and the search from its bitmap window takes the 36k at the start.
 * Linux 6.18 put the block right after f's extent.
 */
START_TEST (a_write_ending_inside_a_block_reads_it)
{
	extsim_fs *fs = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino a = t_create (fs), f = t_create (fs);
	const t_map map[] = { { 24 * KiB, 4 * KiB, 0, 0 }, { 304 * KiB, 48 * KiB, -48 * (gint64) KiB, LAST }, { 0, 0, 0, 0 } };

	t_pwrite (fs, a, 0, 36 * KiB, 0x63);
	t_pwrite (fs, f, 304 * KiB, 48 * KiB, 0x61);
	extsim_fs_sync (fs);
	t_unlink (fs, a);
	extsim_fs_remount (fs);
	t_pwrite (fs, f, 24 * KiB, 351, 0x62);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 *   a [0, 36k) at the chunk's start, f [0, 48k) after it, f truncated to
 *   352k; a removed, the filesystem mounted again, g's 4k written (it goes
 *   to the longest free range, right after f):
 *     [ free 36k ][ f 48k ][ g 4k ][ free ... ]
 *   then 4k at 300k into f
 *
 * btrfs_get_extent_allocation_hint (fs/btrfs/inode.c) reads the extent
 * maps, and a mount leaves none: the write gets no hint and goes to the
 * longest free range, after g.  Read first, f's map is loaded
 * (btrfs_get_extent): the hint is f's extent, and find_free_extent
 * searches from its bitmap window, which takes the 36k at the start.
 * Linux 6.18 put the block at sector 26800 and at 26624.
 */
static void
write_after_mount (extsim_fs *fs, extsim_ino f, gboolean read_first)
{
	extsim_ino a = t_create (fs), g;

	t_pwrite (fs, a, 0, 36 * KiB, 0x63);
	t_pwrite (fs, f, 0, 48 * KiB, 0x61);
	t_truncate (fs, f, 352 * KiB);
	extsim_fs_sync (fs);
	t_unlink (fs, a);
	extsim_fs_remount (fs);
	g = t_create (fs);
	t_pwrite (fs, g, 0, 4 * KiB, 0x64);
	t_fsync (fs, g);
	if (read_first)
		ext_assert_true (extsim_fs_readahead (fs, f, 0, 4 * KiB, NULL));
	t_pwrite (fs, f, 300 * KiB, 4 * KiB, 0x62);
	t_fsync (fs, f);
}

START_TEST (a_mount_leaves_no_data_map_to_hint_from)
{
	extsim_fs *mounted = t_fs_new ("patched", 1 * GiB, 0), *read = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino f = t_create (mounted), h = t_create (read);
	const t_map longest[] = {
		{ 0, 48 * KiB, 0, 0 },
		{ 300 * KiB, 4 * KiB, 52 * KiB, LAST },
		{ 0, 0, 0, 0 },
	};
	const t_map hinted[] = {
		{ 0, 48 * KiB, 0, 0 },
		{ 300 * KiB, 4 * KiB, -36 * (gint64) KiB, LAST },
		{ 0, 0, 0, 0 },
	};

	write_after_mount (mounted, f, FALSE);
	t_assert_fiemap (mounted, f, longest);
	write_after_mount (read, h, TRUE);
	t_assert_fiemap (read, h, hinted);
	t_assert_clean (mounted);
	t_assert_clean (read);
	extsim_fs_free (mounted);
	extsim_fs_free (read);
}
END_TEST

/* a [0, 36k) at the chunk's start, b's 48k after it, a removed and the
 * removal committed:  [ free 36k ][ b 48k ][ free ... ] */
static void
free_36k_before (extsim_fs *fs, extsim_ino b)
{
	extsim_ino a = t_create (fs);

	t_pwrite (fs, a, 0, 36 * KiB, 0x63);
	t_pwrite (fs, b, 0, 48 * KiB, 0x61);
	extsim_fs_sync (fs);
	t_unlink (fs, a);
	extsim_fs_commit (fs);
}

/*
 * A clone loads no map of the items it makes (btrfs_replace_file_extents
 * drops the destination's maps): f's only data is cloned, so the write
 * past it gets no hint either, as after a mount, and goes to the longest
 * free range, right after the source's extent; with a hint it would take
 * the 36k a left at the start.  Linux 6.18 put it right after.
 */
START_TEST (a_clone_loads_no_data_map)
{
	extsim_fs *fs = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino src = t_create (fs), f = t_create (fs);
	const t_map map[] = {
		{ 0, 48 * KiB, 0, SH },
		{ 48 * KiB, 4 * KiB, 48 * KiB, LAST },
		{ 0, 0, 0, 0 },
	};

	free_36k_before (fs, src);
	t_reflink (fs, src, 0, f, 0, 48 * KiB);
	t_pwrite (fs, f, 48 * KiB, 4 * KiB, 0x62);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 *   [ f 48k ][ a 36k ][ src 48k ][ free ... ], a removed and committed;
 *   src deduped into f (f's old 48k pinned), f read, 4k appended
 *
 * A dedupe keeps the destination's pages (btrfs_extent_same_range calls
 * btrfs_clone and truncates nothing; btrfs_clone_files truncates them),
 * the ones its comparison read among them, while btrfs_clone drops the
 * range's extent maps: the read after it finds the pages and loads no map
 * (btrfs_get_extent is not called for a cached page).  The append has no
 * hint and goes to the longest free range, right after src's extent, which
 * f now shares; with f's map loaded it would be hinted into a's 36k.  A
 * clone there instead (clone-drops-pages-read) is hinted.  Linux 6.18
 * (corpus dedupe-keeps-pages): block 12 right after block 11.
 */
START_TEST (a_dedupe_keeps_the_pages_it_compared)
{
	extsim_fs *fs = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino f = t_create (fs), a = t_create (fs), src = t_create (fs);
	const t_map map[] = {
		{ 0, 48 * KiB, 0, SH },
		{ 48 * KiB, 4 * KiB, 48 * KiB, LAST },
		{ 0, 0, 0, 0 },
	};

	t_pwrite (fs, f, 0, 48 * KiB, 0x61);
	t_fsync (fs, f);
	t_pwrite (fs, a, 0, 36 * KiB, 0x63);
	t_fsync (fs, a);
	t_pwrite (fs, src, 0, 48 * KiB, 0x61);
	t_fsync (fs, src);
	extsim_fs_sync (fs);
	t_unlink (fs, a);
	extsim_fs_sync (fs);
	t_dedupe (fs, src, 0, f, 0, 48 * KiB);
	ext_assert_true (extsim_fs_readahead (fs, f, 0, 0, NULL));
	t_pwrite (fs, f, 48 * KiB, 4 * KiB, 0x62);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 *   [ free 36k ][ b 48k ][ free ... ]  (free_36k_before)
 *   f preallocated [1232896, +112k) (the longest free range, after b),
 *   then 84k written at 1282048: 64k in place, 20k past the preallocation
 *
 * btrfs_set_extent_delalloc (fs/btrfs/inode.c) asks btrfs_get_extent for
 * each page it makes delalloc (btrfs_find_new_delalloc_bytes) when the
 * inode has the PREALLOC flag or the page starts below i_size: the pages
 * past the preallocation cache a hole map.  At writeback
 * btrfs_get_extent_allocation_hint finds that hole, then, from 0, the
 * hole btrfs_cont_expand made: no hint, and find_free_extent takes the
 * longest free range, right after the preallocation.  Without the map the
 * preallocation's map is the hint and the 36k at the start is taken.
 * Linux 6.18 wrote the 20k right after the preallocation.
 */
START_TEST (pages_made_delalloc_load_their_maps)
{
	extsim_fs *fs = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino b = t_create (fs), f;
	const t_map map[] = {
		{ 1232896, 48 * KiB, 0, UNW },
		{ 1282048, 84 * KiB, 48 * KiB, LAST },
		{ 0, 0, 0, 0 },
	};

	free_36k_before (fs, b);
	f = t_create (fs);
	t_falloc (fs, f, 1232896, 112 * KiB);
	t_pwrite (fs, f, 1282048, 84 * KiB, 0x62);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 *   [ free 36k ][ b 48k ][ free ... ]  (free_36k_before)
 *   f: [ hole 64k ][ 64k - 96k ][ 96k - 100k ][ 100k - 164k ]
 *                    written     rewritten    written
 *   each write committed; then fpunch 96k 64k, and 4k appended at 164k
 *
 * btrfs_punch_hole drops the pages of [96k, 160k) from the page cache
 * (btrfs_punch_hole_lock_range -> truncate_pagecache_range) before it
 * drops the items.  btrfs_invalidate_folio releases each cached page
 * (try_release_extent_mapping, fs/btrfs/extent_io.c), which removes the
 * extent map starting at it, the whole of it: the map of [100k, 164k)
 * goes with page 100k, also its part past the punch.  The append loads no
 * map (its page starts at i_size), so at the fsync
 * btrfs_get_extent_allocation_hint finds no map at or after 164k, then
 * the punched hole before it, then the hole at 0: no hint, and
 * find_free_extent takes the longest free range, right after f's extent.
 * With the map of [160k, 164k) kept the hint lies in that extent, and the
 * first free range of its bitmap window, the 32k left at the start, is
 * taken.  Linux 6.18 wrote block 41 right after block 40.
 */
START_TEST (releasing_a_page_drops_the_map_that_starts_at_it)
{
	extsim_fs *fs = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino b = t_create (fs), f;
	const t_map map[] = {
		{ 64 * KiB, 32 * KiB, 0, 0 },
		{ 160 * KiB, 8 * KiB, 96 * KiB, LAST },
		{ 0, 0, 0, 0 },
	};

	free_36k_before (fs, b);
	f = t_create (fs);
	t_pwrite (fs, f, 64 * KiB, 100 * KiB, 0x62);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 96 * KiB, 4 * KiB, 0x64);
	extsim_fs_sync (fs);
	t_punch (fs, f, 96 * KiB, 64 * KiB);
	t_pwrite (fs, f, 164 * KiB, 4 * KiB, 0x65);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * The same with the writes written back by sync_file_range in the
 * running transaction: the maps writeback made are on the inode's list of
 * modified extents, of the running transaction, and a fast fsync may still
 * need them, so try_release_extent_mapping keeps them.  The map of
 * [160k, 164k) gives the append its hint, and the first free range of the
 * window (4k into it: the rewrite took the first block) is taken.  Linux
 * 6.18 did so.
 */
START_TEST (a_map_on_the_modified_list_is_not_released)
{
	extsim_fs *fs = t_fs_new ("patched", 1 * GiB, 0);
	extsim_ino b = t_create (fs), f;
	const t_map map[] = {
		{ 64 * KiB, 32 * KiB, 0, 0 },
		{ 160 * KiB, 4 * KiB, 96 * KiB, 0 },
		{ 164 * KiB, 4 * KiB, -80 * (gint64) KiB, LAST },
		{ 0, 0, 0, 0 },
	};

	free_36k_before (fs, b);
	f = t_create (fs);
	t_pwrite (fs, f, 64 * KiB, 100 * KiB, 0x62);
	ext_assert_true (extsim_fs_writeback (fs, f, 64 * KiB, 100 * KiB, NULL));
	t_pwrite (fs, f, 96 * KiB, 4 * KiB, 0x64);
	ext_assert_true (extsim_fs_writeback (fs, f, 96 * KiB, 4 * KiB, NULL));
	t_punch (fs, f, 96 * KiB, 64 * KiB);
	t_pwrite (fs, f, 164 * KiB, 4 * KiB, 0x65);
	t_fsync (fs, f);
	t_assert_fiemap (fs, f, map);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("extent-map");
	TCase *tc = tcase_create ("punch");

	tcase_add_test (tc, punch_ending_in_an_uncached_hole_writes_its_last_block);
	tcase_add_test (tc, modified_hole_maps_do_not_merge);
	tcase_add_test (tc, a_fast_fsync_merges_the_maps_it_logs);
	tcase_add_test (tc, reads_cache_the_holes_they_read);
	tcase_add_test (tc, a_hole_cloned_past_eof_is_not_cached);
	tcase_add_test (tc, a_snapshot_s_files_have_nothing_cached);
	tcase_add_test (tc, a_write_ending_inside_a_block_reads_it);
	tcase_add_test (tc, a_mount_leaves_no_data_map_to_hint_from);
	tcase_add_test (tc, a_clone_loads_no_data_map);
	tcase_add_test (tc, a_dedupe_keeps_the_pages_it_compared);
	tcase_add_test (tc, pages_made_delalloc_load_their_maps);
	tcase_add_test (tc, releasing_a_page_drops_the_map_that_starts_at_it);
	tcase_add_test (tc, a_map_on_the_modified_list_is_not_released);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
