/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Direct writes (libextsim/direct-io.c; btrfs_direct_write and
 * btrfs_dio_iomap_begin in fs/btrfs/direct-io.c, Linux 6.18): what a
 * direct write leaves is on disk at once; a NOCOW target is written in
 * place without data space (f0bfa76a11e9, fstests btrfs/250), a hole or a
 * shared extent needs it; a file with checksums, or an unaligned call,
 * goes through the page cache and is written back at once.  The same
 * shapes, run on Linux 6.18, are tests/script/real/direct-io.sh.
 */
#include "ext-test.h"

static void
t_pwrite_direct (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len, guint8 fill, guint64 bsize)
{
	guint64 written = 0;
	GError *err = NULL;

	/* bsize 0: one write(2) call */
	ext_assert_true (extsim_fs_pwrite_direct (fs, ino, off, len, fill, bsize ? bsize : len, &written, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, len);
}

static guint
n_dirty (extsim_fs *fs, extsim_ino ino)
{
	g_autoptr (GArray) d = extsim_fs_dirty_ranges (fs, ino, NULL);

	return d->len;
}

static extsim_ino
nocow_file (extsim_fs *fs)
{
	extsim_ino f = t_create (fs);
	GError *err = NULL;

	ext_assert_true (extsim_fs_set_nodatacow (fs, f, &err));
	ext_assert_no_error (err);
	return f;
}

/* A file with checksums: btrfs_direct_write falls back to a buffered
 * write, written back and waited for, so nothing stays dirty or reserved. */
START_TEST (a_file_with_checksums_is_written_back_at_once)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autofree char *runs = NULL;
	const t_item layout[] = { { 0, 64 * KiB, 'R', 1, 0 }, T_END };

	t_pwrite_direct (fs, f, 0, 64 * KiB, 0x61, 0);
	ext_assert_int_eq (n_dirty (fs, f), 0);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_items (fs, f, layout);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "65536:61");
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A NOCOW file: a hole gets a new extent, a rewrite of it stays in place,
 * an unaligned call falls back and is written back (in place too). */
START_TEST (a_nocow_file_is_written_in_place)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	g_autofree char *runs = NULL;
	const t_item layout[] = { { 0, 64 * KiB, 'R', 1, 0 }, T_END };
	extsim_inode_info info;

	t_pwrite_direct (fs, f, 0, 64 * KiB, 0x62, 0);
	t_pwrite_direct (fs, f, 4 * KiB, 8 * KiB, 0x63, 0);
	t_pwrite_direct (fs, f, 100, 200, 0x64, 0);
	t_assert_items (fs, f, layout);
	ext_assert_int_eq (n_dirty (fs, f), 0);
	ext_assert_u64_eq (t_space (fs).used, 64 * KiB);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "100:62 200:64 3796:62 8192:63 53248:62");
	ext_assert_true (extsim_fs_inode_info (fs, f, &info, NULL));
	ext_assert_u64_eq (info.size, 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A preallocated range written in part: the written middle splits the
 * PREALLOC item, in place (tests/script/real/direct-io.sh, file pre). */
START_TEST (a_prealloc_range_is_written_in_place)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	const t_item layout[] = {
		{ 0, 256 * KiB, 'P', 1, 0 },
		{ 256 * KiB, 128 * KiB, 'R', 1, 256 * KiB },
		{ 384 * KiB, 640 * KiB, 'P', 1, 384 * KiB },
		T_END,
	};

	t_falloc (fs, f, 0, MiB);
	t_pwrite_direct (fs, f, 256 * KiB, 128 * KiB, 0x65, 0);
	t_assert_items (fs, f, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The dirty pages of the range are written first: the delalloc range the
 * first of them starts goes whole, the pages before it stay dirty. */
START_TEST (dirty_pages_in_the_range_are_written_first)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	g_autofree char *runs = NULL;
	g_autoptr (GArray) dirty = NULL;

	t_pwrite (fs, f, 64 * KiB, 64 * KiB, 0x66);
	t_pwrite_direct (fs, f, 80 * KiB, 16 * KiB, 0x67, 0);
	dirty = extsim_fs_dirty_ranges (fs, f, NULL);
	ext_assert_int_eq (dirty->len, 1);
	ext_assert_u64_eq (g_array_index (dirty, extsim_dirty_range, 0).offset, 64 * KiB);
	ext_assert_u64_eq (g_array_index (dirty, extsim_dirty_range, 0).len, 16 * KiB);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "65536:00 16384:66 16384:67 32768:66");
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* fstests btrfs/250: on a full filesystem a NOCOW rewrite needs no data
 * space, and succeeds although the reservation failed; a hole in the same
 * file and a file with checksums fail with ENOSPC, and nothing of theirs
 * is written; the policy that never admits a write without a reservation
 * refuses the rewrite as well. */
START_TEST (a_full_filesystem_takes_only_in_place_writes)
{
	const char *const policies[] = { "patched", "always-reserve" };

	for (guint i = 0; i < G_N_ELEMENTS (policies); i++) {
		extsim_fs *fs = t_fs_new (policies[i], 0, 0);
		extsim_ino f = nocow_file (fs), c = t_create (fs);
		gboolean refuses = g_str_equal (policies[i], "always-reserve");
		g_autofree char *runs = NULL, *runs_c = NULL;
		guint64 written = 1;
		extsim_inode_info info;
		extsim_stats st0, st;
		GError *err = NULL;

		t_pwrite (fs, f, 0, 8 * MiB, 0x6a);
		t_pwrite (fs, c, 0, 4 * KiB, 0x6a);
		extsim_fs_sync (fs);
		t_fill (fs);
		extsim_fs_get_stats (fs, &st0);
		ext_assert_u64_eq (extsim_fs_pwrite_direct (fs, f, 0, 8 * MiB, 0x6b, 4 * MiB, &written, &err), !refuses);
		if (refuses) {
			ext_assert_error (err, EXTSIM_ERROR_NOSPC);
			g_clear_error (&err);
		}
		ext_assert_no_error (err);
		ext_assert_u64_eq (written, refuses ? 0 : 8 * MiB);
		runs = t_runs (fs, f);
		ext_assert_str_eq (runs, refuses ? "8388608:6a" : "8388608:6b");
		ext_assert_false (extsim_fs_pwrite_direct (fs, f, 8 * MiB, 4 * KiB, 0x6c, 0, &written, &err));
		ext_assert_error (err, EXTSIM_ERROR_NOSPC);
		g_clear_error (&err);
		ext_assert_u64_eq (written, 0);
		ext_assert_false (extsim_fs_pwrite_direct (fs, c, 0, 4 * KiB, 0x6d, 0, &written, &err));
		ext_assert_error (err, EXTSIM_ERROR_NOSPC);
		g_clear_error (&err);
		/* nothing of the failed calls was written */
		runs_c = t_runs (fs, c);
		ext_assert_str_eq (runs_c, "4096:6a");
		ext_assert_true (extsim_fs_inode_info (fs, f, &info, NULL));
		ext_assert_u64_eq (info.size, 8 * MiB);
		extsim_fs_get_stats (fs, &st);
		ext_assert_u64_eq (st.lost_bytes, 0);
		ext_assert_u64_eq (st.enospc_write - st0.enospc_write, refuses ? 3 : 2);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* The direct path before Linux 5.17 reserved first: the presets of older
 * kernels fail the in-place rewrite of a_full_filesystem_takes_only_in_place_writes
 * with ENOSPC (fstests btrfs/250 failed on them; f0bfa76a11e9 fixed it);
 * a policy table of version 1, which has no direct_noreserve, is asked its
 * admit_noreserve. */
static gboolean
v1_admit (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	return TRUE;
}

static gboolean
v1_remap (extsim_fs *fs, const extsim_remap_args *args, GError **error)
{
	return TRUE;
}

static gboolean
v1_snapshot (extsim_fs *fs, guint64 root, GError **error)
{
	return TRUE;
}

START_TEST (older_kernels_reserved_first)
{
	const extsim_policy v1 = { 1, "v1", "", v1_remap, v1_snapshot, v1_admit, NULL };
	const extsim_policy *policies[] = { &extsim_policy_unpatched, &extsim_policy_nocow_only,
					    &extsim_policy_pre_4_19, &extsim_policy_patched, &v1 };

	for (guint i = 0; i < G_N_ELEMENTS (policies); i++) {
		extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
		extsim_fs *fs;
		extsim_ino f;
		gboolean admits = i >= 3;
		guint64 written = 1;
		GError *err = NULL;

		o.policy = policies[i];
		fs = t_fs_new_opts (&o);
		f = nocow_file (fs);
		t_pwrite (fs, f, 0, 8 * MiB, 0x6a);
		extsim_fs_sync (fs);
		t_fill (fs);
		ext_assert_u64_eq (extsim_fs_pwrite_direct (fs, f, 0, 8 * MiB, 0x6b, 4 * MiB, &written, &err), admits);
		if (!admits) {
			ext_assert_error (err, EXTSIM_ERROR_NOSPC);
			g_clear_error (&err);
		}
		ext_assert_u64_eq (written, admits ? 8 * MiB : 0);
		/* a buffered rewrite is admitted in place by all of them */
		t_pwrite (fs, f, 0, 4 * KiB, 0x6c);
		t_assert_clean (fs);
		extsim_fs_free (fs);
	}
}
END_TEST

/* After a snapshot the NOCOW file's extents are shared: a direct write
 * must COW and finds no data space (can_nocow_extent). */
START_TEST (a_shared_extent_needs_data_space)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	guint64 written = 1;
	GError *err = NULL;

	t_pwrite (fs, f, 0, MiB, 0x6a);
	extsim_fs_sync (fs);
	t_fill (fs);
	t_snapshot (fs, f.root);
	ext_assert_false (extsim_fs_pwrite_direct (fs, f, 0, 4 * KiB, 0x6e, 0, &written, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	g_clear_error (&err);
	ext_assert_u64_eq (written, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A write past the end of the file grows it, the gap a hole. */
START_TEST (a_write_past_the_end_grows_the_file)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	extsim_inode_info info;
	const t_item layout[] = { { 0, 8 * KiB, 'R', 1, 0 }, { 192 * KiB, 8 * KiB, 'R', 2, 0 }, T_END };

	t_pwrite_direct (fs, f, 0, 8 * KiB, 0x61, 0);
	t_pwrite_direct (fs, f, 192 * KiB, 8 * KiB, 0x68, 0);
	ext_assert_true (extsim_fs_inode_info (fs, f, &info, NULL));
	ext_assert_u64_eq (info.size, 200 * KiB);
	t_assert_items (fs, f, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Mounted nodatasum, a file whose data went inline: the direct path gives
 * up at the inline map (-ENOTBLK) and the call is a buffered write, written
 * back at once: an extent, no inline item (tests/script/real/
 * direct-io-edges.sh, Linux 6.18). */
START_TEST (an_inline_extent_sends_the_call_to_the_page_cache)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	extsim_fs *fs;
	extsim_ino f;
	g_autofree char *runs = NULL;
	const t_item inline_layout[] = { { 0, 4 * KiB, 'I', 0, 0 }, T_END };
	const t_item layout[] = { { 0, 64 * KiB, 'R', 1, 0 }, T_END };

	o.mount_flags = EXTSIM_MOUNT_NODATASUM;
	fs = t_fs_new_opts (&o);
	f = t_create (fs);
	t_pwrite (fs, f, 0, 100, 0x61);
	extsim_fs_sync (fs);
	t_assert_items (fs, f, inline_layout);
	t_pwrite_direct (fs, f, 0, 64 * KiB, 0x62, 0);
	t_assert_items (fs, f, layout);
	ext_assert_int_eq (n_dirty (fs, f), 0);
	runs = t_runs (fs, f);
	ext_assert_str_eq (runs, "65536:62");
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A direct write's extent is its own: the dirty pages just after it stay
 * dirty (btrfs_create_dio_extent allocates the piece alone; a writeback of
 * the piece's pages would have taken them along). */
START_TEST (a_direct_extent_leaves_the_dirty_pages_next_to_it)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	g_autoptr (GArray) dirty = NULL;
	const t_item layout[] = { { 0, 64 * KiB, 'R', 1, 0 }, T_END };

	t_pwrite (fs, f, 64 * KiB, 64 * KiB, 0x61);
	t_pwrite_direct (fs, f, 0, 64 * KiB, 0x62, 0);
	t_assert_items (fs, f, layout);
	dirty = extsim_fs_dirty_ranges (fs, f, NULL);
	ext_assert_int_eq (dirty->len, 1);
	ext_assert_u64_eq (g_array_index (dirty, extsim_dirty_range, 0).offset, 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A call over bytes that change value is one direct write: on a NOCOW
 * file one new extent a call (dd oflag=direct copying a file:
 * tests/script/real/dd-direct.sh); runs that do not follow each other are
 * refused, nothing done. */
START_TEST (a_call_over_several_runs_is_one_write)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = nocow_file (fs);
	const extsim_content_run runs[] = { { 0, 50 * KiB, 0x61 }, { 50 * KiB, 78 * KiB, 0x62 } };
	const extsim_content_run gap[] = { { 0, 4 * KiB, 0x61 }, { 8 * KiB, 4 * KiB, 0x62 } };
	const t_item layout[] = { { 0, 64 * KiB, 'R', 1, 0 }, { 64 * KiB, 64 * KiB, 'R', 2, 0 }, T_END };
	g_autofree char *content = NULL;
	guint64 written = 0, before;
	GError *err = NULL;

	ext_assert_true (extsim_fs_pwrite_direct_runs (fs, f, runs, G_N_ELEMENTS (runs), 64 * KiB, &written, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, 128 * KiB);
	t_assert_items (fs, f, layout);
	content = t_runs (fs, f);
	ext_assert_str_eq (content, "51200:61 79872:62");
	before = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_pwrite_direct_runs (fs, f, gap, G_N_ELEMENTS (gap), 0, &written, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	g_clear_error (&err);
	ext_assert_u64_eq (extsim_fs_hash (fs), before);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Bad arguments fail with the state unchanged. */
START_TEST (bad_arguments_change_nothing)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs), missing = { f.root, f.ino + 100 };
	guint64 before, written = 7;
	GError *err = NULL;

	t_pwrite (fs, f, 0, 4 * KiB, 0x61);
	before = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_pwrite_direct (fs, missing, 0, 4 * KiB, 0x61, 0, &written, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOENT);
	g_clear_error (&err);
	ext_assert_u64_eq (written, 0);
	ext_assert_false (extsim_fs_pwrite_direct (fs, f, G_MAXUINT64 - 4096, 8192, 0x61, 0, &written, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	g_clear_error (&err);
	ext_assert_u64_eq (extsim_fs_hash (fs), before);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("direct-io");
	TCase *tc = tcase_create ("direct");

	tcase_add_test (tc, a_file_with_checksums_is_written_back_at_once);
	tcase_add_test (tc, a_nocow_file_is_written_in_place);
	tcase_add_test (tc, a_prealloc_range_is_written_in_place);
	tcase_add_test (tc, dirty_pages_in_the_range_are_written_first);
	tcase_add_test (tc, a_full_filesystem_takes_only_in_place_writes);
	tcase_add_test (tc, older_kernels_reserved_first);
	tcase_add_test (tc, a_shared_extent_needs_data_space);
	tcase_add_test (tc, a_write_past_the_end_grows_the_file);
	tcase_add_test (tc, an_inline_extent_sends_the_call_to_the_page_cache);
	tcase_add_test (tc, a_direct_extent_leaves_the_dirty_pages_next_to_it);
	tcase_add_test (tc, a_call_over_several_runs_is_one_write);
	tcase_add_test (tc, bad_arguments_change_nothing);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
