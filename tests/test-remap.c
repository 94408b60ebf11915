/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Clone and dedupe (btrfs_remap_file_range, generic_remap_checks,
 * generic_remap_check_len, btrfs_clone) and fiemap sharedness (the
 * btrfs/279-283 shapes: a partially cloned extent is SHARED everywhere).
 * Where a case says "6.18", Linux 6.18 answered the same way.
 */
#include "ext-test.h"

static extsim_fs *
fs_new (void)
{
	return t_fs_new (NULL, 512 * MiB, 0);
}

/* Refused after the writeback btrfs_remap_file_range_prep does first: with
 * nothing dirty, nothing changes but the step counter. */
static void
assert_clone_einval (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len)
{
	GError *err = NULL;
	guint64 hash = extsim_fs_hash (fs), step = extsim_fs_get_step (fs);

	ext_assert_false (extsim_fs_clone_range (fs, src, soff, dst, doff, len, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_u64_eq (extsim_fs_hash (fs), hash);
	ext_assert_u64_le (extsim_fs_get_step (fs), step + 1);
}

/* btrfs_remap_file_range_prep writes back before generic_remap_checks: a
 * clone refused for its alignment has written its ranges back (a
 * difference the conformance corpus saw on Linux 6.18); one refused for
 * NODATASUM has not. */
START_TEST (a_refused_clone_has_written_back)
{
	extsim_fs *fs = t_fs_new ("unpatched", 512 * MiB, 0);
	extsim_ino a = t_create (fs), b = t_create (fs), n = t_create (fs);
	g_autoptr (GArray) dirty_after = NULL;
	GError *err = NULL;
	guint64 step;

	t_nodatacow (fs, n);
	t_pwrite (fs, a, 0, 64 * KiB, 1);
	t_pwrite (fs, b, 0, 64 * KiB, 2);
	step = extsim_fs_get_step (fs);
	ext_assert_false (extsim_fs_clone_range (fs, a, 0, n, 0, 4 * KiB, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_u64_eq (extsim_fs_get_step (fs), step);
	ext_assert_u64_eq (t_space (fs).may_use, 128 * KiB);
	ext_assert_false (extsim_fs_clone_range (fs, a, 0, b, 100, 4 * KiB, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_u64_eq (extsim_fs_get_step (fs), step + 1);
	/* both ranges were written, each as its whole delalloc range */
	dirty_after = extsim_fs_dirty_ranges (fs, a, NULL);
	ext_assert_int_eq (dirty_after->len, 0);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static guint64
size_of (extsim_fs *fs, extsim_ino ino)
{
	extsim_inode_info info;

	extsim_fs_inode_info (fs, ino, &info, NULL);
	return info.size;
}

/* 6.18, src of 5000 bytes, dst of 64 KiB (section 4g of the recorded runs) */
START_TEST (clone_argument_checks)
{
	extsim_fs *fs = fs_new ();
	extsim_ino src = t_create (fs), dst = t_create (fs), dst2 = t_create (fs), n = t_create (fs);

	t_pwrite (fs, src, 0, 5000, 0x11);
	t_fsync (fs, src);
	t_pwrite (fs, dst, 0, 64 * KiB, 0x22);
	t_fsync (fs, dst);
	assert_clone_einval (fs, src, 0, dst, 16 * KiB, 5000);      /* partial EOF block inside dst */
	assert_clone_einval (fs, src, 0, dst, 16 * KiB, 8192);      /* past the source's end */
	assert_clone_einval (fs, src, 4096, dst, 16 * KiB, 904);    /* partial EOF block inside dst */
	assert_clone_einval (fs, src, 0, dst, 16 * KiB, 0);         /* "to EOF" = the 5000 above */
	assert_clone_einval (fs, src, 100, dst, 16 * KiB, 4096);    /* unaligned source offset */
	assert_clone_einval (fs, src, 0, dst, 100, 4096);           /* unaligned destination offset */
	assert_clone_einval (fs, dst, 0, dst, 32 * KiB, 48 * KiB);  /* overlap in one file */
	assert_clone_einval (fs, src, 8192, dst, 0, 4096);          /* starts past the source's end */
	t_reflink (fs, src, 0, dst, 16 * KiB, 4096);
	t_reflink (fs, src, 0, dst, 64 * KiB, 5000);                /* at dst EOF: allowed */
	ext_assert_u64_eq (size_of (fs, dst), 70536);
	t_reflink (fs, src, 0, dst2, 64 * KiB, 0);
	assert_clone_einval (fs, src, 0, dst2, 0, 0);               /* FICLONE onto a longer file */
	t_reflink (fs, src, 8 * KiB - 8 * KiB, n, 4 * KiB, 4 * KiB);/* past dst EOF: a hole first */
	ext_assert_u64_eq (size_of (fs, n), 8 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (clone_needs_matching_checksums)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), b = t_create (fs);
	GError *err = NULL;

	extsim_fs_set_nodatacow (fs, b, &err);
	ext_assert_no_error (err);
	t_pwrite (fs, a, 0, 64 * KiB, 1);
	t_pwrite (fs, b, 0, 64 * KiB, 1);
	assert_clone_einval (fs, a, 0, b, 0, 64 * KiB);
	extsim_fs_free (fs);
}
END_TEST

/* vfs_dedupe_file_range_one (fs/remap_range.c) returns 0 for a length of
 * 0 before btrfs_remap_file_range is called: no NODATASUM check, nothing
 * written back; vfs_dedupe_file_range has checked off + 0 against the
 * source's size already.  Linux 6.18: "deduped 0/0 bytes" between a file
 * with data checksums and a chattr +C one, dirty pages left dirty. */
START_TEST (dedupe_of_length_0_never_reaches_btrfs)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), b = t_create (fs);
	extsim_inode_info info;
	guint64 done = 1, hash;
	GError *err = NULL;

	extsim_fs_set_nodatacow (fs, b, &err);
	ext_assert_no_error (err);
	t_pwrite (fs, a, 0, 64 * KiB, 1);
	t_pwrite (fs, b, 0, 64 * KiB, 1);
	hash = extsim_fs_hash (fs);
	ext_assert_true (extsim_fs_dedupe_range (fs, a, 8 * KiB, b, 4 * KiB, 0, &done, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (done, 0);
	ext_assert_u64_eq (extsim_fs_hash (fs), hash);
	extsim_fs_inode_info (fs, a, &info, NULL);
	ext_assert_u64_eq (info.dirty_bytes, 64 * KiB);
	/* at the source's end still fine, past it EINVAL */
	ext_assert_true (extsim_fs_dedupe_range (fs, a, 64 * KiB, b, 4 * KiB, 0, &done, &err));
	ext_assert_false (extsim_fs_dedupe_range (fs, a, 68 * KiB, b, 4 * KiB, 0, &done, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	/* any other length meets btrfs's NODATASUM check */
	ext_assert_false (extsim_fs_dedupe_range (fs, a, 0, b, 0, 4 * KiB, &done, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_u64_eq (extsim_fs_hash (fs), hash);
	extsim_fs_free (fs);
}
END_TEST

/* 6.18: reflink 4k of a 64 MiB PREALLOC extent within the same file makes
 * every range of the extent SHARED; the clone is PREALLOC too. */
START_TEST (partial_clone_shares_the_whole_extent)
{
	extsim_fs *fs = fs_new ();
	extsim_ino h = t_create (fs);
	const t_map shared[] = {
		{ 0, 64 * MiB, 0, SH | UNW },
		{ 128 * MiB, 4 * KiB, 32 * MiB, SH | UNW | LAST },
		{ 0, 0, 0, 0 },
	};
	const t_map after_write[] = {
		{ 0, MiB, 0, SH | UNW },
		{ MiB, 4 * KiB, T_NOPHYS, DELALLOC },
		{ MiB + 4 * KiB, 63 * MiB - 4 * KiB, MiB + 4 * KiB, SH | UNW },
		{ 128 * MiB, 4 * KiB, 32 * MiB, SH | UNW | LAST },
		{ 0, 0, 0, 0 },
	};
	g_autoptr (GArray) items = NULL;

	t_falloc (fs, h, 0, 64 * MiB);
	t_reflink (fs, h, 32 * MiB, h, 128 * MiB, 4 * KiB);
	t_assert_fiemap (fs, h, shared);
	t_pwrite (fs, h, MiB, 4 * KiB, 0xcd);
	t_assert_fiemap (fs, h, after_write);
	t_fsync (fs, h);
	/* the write went to a new, private extent */
	items = extsim_fs_file_extents (fs, h, NULL);
	ext_assert_int_eq (items->len, 4);
	ext_assert_int_eq (g_array_index (items, extsim_file_extent, 1).type, EXTSIM_FILE_EXTENT_REG);
	ext_assert_u64_ne (g_array_index (items, extsim_file_extent, 1).disk_bytenr,
			   g_array_index (items, extsim_file_extent, 0).disk_bytenr);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* 6.18: clone 4k of k into k2, then rm k2: k is no longer SHARED. */
START_TEST (sharing_ends_with_the_last_other_reference)
{
	extsim_fs *fs = fs_new ();
	extsim_ino k = t_create (fs), k2 = t_create (fs);
	const t_map shared[] = { { 0, 64 * MiB, 0, SH | UNW | LAST }, { 0, 0, 0, 0 } };
	const t_map alone[] = { { 0, 64 * MiB, 0, UNW | LAST }, { 0, 0, 0, 0 } };
	GError *err = NULL;

	t_falloc (fs, k, 0, 64 * MiB);
	t_reflink (fs, k, 0, k2, 0, 4 * KiB);
	t_assert_fiemap (fs, k, shared);
	extsim_fs_unlink (fs, k2, &err);
	ext_assert_no_error (err);
	extsim_fs_sync (fs);
	t_assert_fiemap (fs, k, alone);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A clone overwriting the cloned range in the destination drops the
 * destination's reference: the source extent is exclusive again. */
START_TEST (overwriting_the_clone_unshares)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), b = t_create (fs);
	const t_map alone[] = { { 0, MiB, 0, LAST }, { 0, 0, 0, 0 } };

	t_pwrite (fs, a, 0, MiB, 1);
	t_reflink (fs, a, 0, b, 0, 64 * KiB);
	t_pwrite (fs, b, 0, 64 * KiB, 2);
	extsim_fs_sync (fs);
	t_assert_fiemap (fs, a, alone);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The preparation differs by policy: with a NORESERVE page in the source,
 * unpatched writes back only the two (clean) ranges and leaves the page in
 * a now shared extent; patched and nocow-only write the page first. */
START_TEST (remap_preparation_per_policy)
{
	const char *policies[] = { "unpatched", "patched", "nocow-only" };
	const guint64 flushed[] = { 0, 4 * KiB, 4 * KiB };

	for (guint i = 0; i < G_N_ELEMENTS (policies); i++) {
		extsim_fs *fs = t_fs_new (policies[i], 512 * MiB, 0);
		extsim_ino f = t_create (fs), g = t_create (fs);
		g_autoptr (GPtrArray) now = NULL;
		extsim_stats st;

		t_falloc (fs, f, 0, 8 * MiB);
		t_fill (fs);
		t_pwrite (fs, f, MiB, 4 * KiB, 1); /* NORESERVE */
		t_reflink (fs, f, 0, g, 64 * KiB, 4 * KiB);
		extsim_fs_get_stats (fs, &st);
		ext_assert_u64_eq (st.remap_prep_flush_bytes, flushed[i]);
		now = extsim_fs_check (fs);
		ext_assert_int_eq (now->len, i == 0 ? 1 : 0);
		extsim_fs_free (fs);
	}
}
END_TEST

START_TEST (dedupe_compares_then_shares)
{
	extsim_fs *fs = fs_new ();
	extsim_ino a = t_create (fs), b = t_create (fs), c = t_create (fs);
	g_autoptr (GArray) ia = NULL;
	g_autoptr (GArray) ib = NULL;
	guint64 done = 0, hash;
	GError *err = NULL;

	t_pwrite (fs, a, 0, 64 * KiB, 0x5a);
	t_pwrite (fs, b, 0, 64 * KiB, 0x5a);
	t_pwrite (fs, c, 0, 64 * KiB, 0x5b);
	extsim_fs_sync (fs);
	t_dedupe (fs, a, 0, b, 0, 64 * KiB);
	ia = extsim_fs_file_extents (fs, a, NULL);
	ib = extsim_fs_file_extents (fs, b, NULL);
	ext_assert_u64_eq (g_array_index (ia, extsim_file_extent, 0).disk_bytenr,
			   g_array_index (ib, extsim_file_extent, 0).disk_bytenr);
	ext_assert_u64_eq (t_space (fs).pinned, 64 * KiB); /* b's old extent */

	hash = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_dedupe_range (fs, a, 0, c, 0, 64 * KiB, &done, &err));
	ext_assert_error (err, EXTSIM_ERROR_BADE);
	ext_assert_u64_eq (done, 0);
	ext_assert_u64_eq (extsim_fs_hash (fs), hash);
	ext_assert_false (extsim_fs_dedupe_range (fs, a, 0, c, 32 * KiB, 64 * KiB, &done, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL); /* past the destination's end */
	/* 6.18: a sub-block dedupe mid-file does nothing and reports the length */
	ext_assert_true (extsim_fs_dedupe_range (fs, a, 0, c, 0, 100, &done, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (done, 100);
	ext_assert_u64_eq (extsim_fs_hash (fs), hash);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Linux 6.18 (conformance divergence D11): a clone past the destination's
 * unaligned end zeroes that end block and writes it back before cloning,
 * in place, so the clone then shares it; written after the clone, it would
 * have been copied out of the shared extent. */
START_TEST (clone_past_eof_writes_the_zeroed_block_first)
{
	extsim_fs *fs = fs_new ();
	extsim_ino f = t_create (fs);
	g_autoptr (GArray) map = NULL;
	GError *err = NULL;
	guint64 block_69 = 69 * 4 * KiB;
	guint32 flags = 0;

	t_truncate (fs, f, 124 * KiB);
	extsim_fs_zero_range (fs, f, 102896, 176 * KiB, 0, &err);
	ext_assert_no_error (err);
	t_reflink (fs, f, 4 * KiB, f, 672 * KiB, 184 * KiB);
	map = extsim_fs_fiemap (fs, f, 0, 0, EXTSIM_FIEMAP_FLAG_SYNC, &err);
	ext_assert_no_error (err);
	for (guint i = 0; i < map->len; i++) {
		const extsim_fiemap_extent *x = &g_array_index (map, extsim_fiemap_extent, i);

		if (x->logical <= block_69 && block_69 < x->logical + x->length)
			flags = x->flags;
	}
	ext_assert_int_eq (flags & EXTSIM_FIEMAP_SHARED, EXTSIM_FIEMAP_SHARED);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* ---- inline extents (fs/btrfs/reflink.c clone_copy_inline_extent,
 * copy_inline_to_page; Linux 6.18, checked on a real kernel) ---- */

static void
t_assert_same_md5 (extsim_fs *fs, extsim_ino a, extsim_ino b)
{
	g_autofree char *ma = extsim_fs_md5 (fs, a, NULL), *mb = extsim_fs_md5 (fs, b, NULL);

	ext_assert_str_eq (ma, mb);
}

/* To offset 0 of an empty file: the inline item itself is copied; no
 * extent, no data space.   a: [0 - 100: inline]  b: [0 - 100: inline] */
START_TEST (clone_of_an_inline_extent_to_0_copies_the_item)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino a = t_create (fs), b = t_create (fs);
	const t_item inl[] = { { 0, 4 * KiB, 'I', 0, 0 }, T_END };
	g_autoptr (GArray) extents = NULL;

	t_pwrite (fs, a, 0, 100, 0x61);
	t_fsync (fs, a);
	t_reflink (fs, a, 0, b, 0, 0);
	t_assert_items (fs, b, inl);
	t_assert_same_md5 (fs, a, b);
	extents = extsim_fs_extents (fs);
	ext_assert_int_eq (extents->len, 0);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Anywhere else (copy_inline_to_page): the data goes into the page cache
 * at the destination offset and is written back by the clone
 * (btrfs_wait_ordered_range); past max_inline it gets an extent.
 *   c: [ hole ][4k - 8k: REG 1]   i_size 4196 */
START_TEST (clone_of_an_inline_extent_elsewhere_writes_the_data)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino a = t_create (fs), c = t_create (fs);
	const t_item layout[] = { { 4 * KiB, 4 * KiB, 'R', 1, 0 }, T_END };
	g_autoptr (GArray) part = NULL;
	extsim_inode_info info;

	t_pwrite (fs, a, 0, 100, 0x61);
	t_fsync (fs, a);
	t_reflink (fs, a, 0, c, 4 * KiB, 0);
	t_assert_items (fs, c, layout);
	ext_assert_true (extsim_fs_inode_info (fs, c, &info, NULL));
	ext_assert_u64_eq (info.size, 4 * KiB + 100);
	ext_assert_u64_eq (info.dirty_bytes, 0);
	part = extsim_fs_read (fs, c, 4 * KiB, 0, NULL);
	ext_assert_int_eq (part->len, 1);
	ext_assert_u64_eq (g_array_index (part, extsim_content_run, 0).len, 100);
	ext_assert_int_eq (g_array_index (part, extsim_content_run, 0).fill, 0x61);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A regular extent at the destination's offset 0 (i_size within the
 * data): copy_inline_to_page at 0, and the writeback, after i_size is set,
 * makes block 0 inline.   d: [0 - 4k: REG] -> [0 - 100: inline] */
START_TEST (clone_of_an_inline_extent_over_a_regular_one)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino a = t_create (fs), d = t_create (fs);
	const t_item inl[] = { { 0, 4 * KiB, 'I', 0, 0 }, T_END };

	t_pwrite (fs, a, 0, 100, 0x61);
	t_fsync (fs, a);
	t_pwrite (fs, d, 0, 8 * KiB, 0x62);
	t_fsync (fs, d);
	t_truncate (fs, d, 50);
	t_reflink (fs, a, 0, d, 0, 100);
	t_assert_items (fs, d, inl);
	t_assert_same_md5 (fs, a, d);
	t_commits (fs, 1);
	ext_assert_u64_eq (t_space (fs).used, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Dedupe of two equal inline files replaces one inline item by the
 * other: both stay inline, nothing is shared. */
START_TEST (dedupe_of_inline_extents_keeps_them_inline)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino i = t_create (fs), j = t_create (fs);
	const t_item inl[] = { { 0, 4 * KiB, 'I', 0, 0 }, T_END };

	t_pwrite (fs, i, 0, 100, 0x61);
	t_pwrite (fs, j, 0, 100, 0x61);
	t_fsync (fs, i);
	t_fsync (fs, j);
	t_dedupe (fs, i, 0, j, 0, 100);
	t_assert_items (fs, i, inl);
	t_assert_items (fs, j, inl);
	t_assert_same_md5 (fs, i, j);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("remap");
	TCase *tc = tcase_create ("clone");
	TCase *sh = tcase_create ("sharedness");
	TCase *dd = tcase_create ("dedupe");
	TCase *inl = tcase_create ("inline");

	tcase_add_test (tc, clone_argument_checks);
	tcase_add_test (tc, clone_needs_matching_checksums);
	tcase_add_test (tc, a_refused_clone_has_written_back);
	tcase_add_test (tc, clone_past_eof_writes_the_zeroed_block_first);
	tcase_add_test (tc, remap_preparation_per_policy);
	suite_add_tcase (s, tc);
	tcase_add_test (sh, partial_clone_shares_the_whole_extent);
	tcase_add_test (sh, sharing_ends_with_the_last_other_reference);
	tcase_add_test (sh, overwriting_the_clone_unshares);
	suite_add_tcase (s, sh);
	tcase_add_test (dd, dedupe_compares_then_shares);
	tcase_add_test (dd, dedupe_of_length_0_never_reaches_btrfs);
	suite_add_tcase (s, dd);
	tcase_add_test (inl, clone_of_an_inline_extent_to_0_copies_the_item);
	tcase_add_test (inl, clone_of_an_inline_extent_elsewhere_writes_the_data);
	tcase_add_test (inl, clone_of_an_inline_extent_over_a_regular_one);
	tcase_add_test (inl, dedupe_of_inline_extents_keeps_them_inline);
	suite_add_tcase (s, inl);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
