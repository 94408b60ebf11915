/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Snapshots (create_snapshot, create_pending_snapshot, 8ecebf4d767e) and
 * the snapshot analogue of the section 1 case, after fstests btrfs/170:
 *
 *   subvolume sv; falloc in sv/file; fill the fs; write into the PREALLOC
 *   (NOCOW, no reservation); snapshot sv; sync
 *
 * Before 4.19 the snapshot neither flushed nor blocked NOCOW writers: the
 * dirty page is left in an extent the snapshot now shares, and writeback
 * has nowhere to put it.
 */
#include "ext-test.h"

static guint64
subvolume (extsim_fs *fs)
{
	guint64 id = 0;
	GError *err = NULL;

	extsim_fs_subvolume_create (fs, &id, &err);
	ext_assert_no_error (err);
	return id;
}

/* Returns the bytes lost by the btrfs/170 shape under policy. */
static guint64
btrfs_170 (const char *policy, gboolean *violated)
{
	extsim_fs *fs = t_fs_new (policy, 512 * MiB, 0);
	guint64 sv = subvolume (fs), snap;
	extsim_ino f = t_create_in (fs, sv);
	g_autofree char *before = NULL;
	g_autofree char *in_snapshot = NULL;
	extsim_stats st;

	GError *err = NULL;

	t_falloc (fs, f, 0, 32 * MiB);
	t_fill (fs);
	/* always-reserve refuses the write itself: ENOSPC now, nothing later */
	if (!extsim_fs_pwrite (fs, f, 0, 4 * KiB, 0xab, 0, NULL, &err)) {
		ext_assert_error (err, EXTSIM_ERROR_NOSPC);
		ext_assert_str_eq (policy, "always-reserve");
	}
	before = extsim_fs_md5 (fs, f, NULL);
	snap = t_snapshot (fs, sv);
	*violated = extsim_fs_violations (fs)->len > 0;
	extsim_fs_sync (fs);
	extsim_fs_get_stats (fs, &st);
	if (!st.lost_bytes) {
		/* a snapshot taken after the flush holds the data too */
		in_snapshot = extsim_fs_md5 (fs, (extsim_ino) { snap, f.ino }, NULL);
		ext_assert_str_eq (in_snapshot, before);
	}
	extsim_fs_free (fs);
	return st.lost_bytes;
}

START_TEST (btrfs_170_loses_data_only_before_4_19)
{
	const extsim_policy *const *p;

	for (p = extsim_policy_presets (); *p; p++) {
		gboolean violated = FALSE;
		guint64 lost = btrfs_170 ((*p)->name, &violated);

		if (g_str_equal ((*p)->name, "pre-4.19")) {
			ext_assert_u64_eq (lost, 4 * KiB);
			ext_assert_true (violated);
		} else {
			ext_assert_u64_eq (lost, 0);
			ext_assert_false (violated);
		}
	}
}
END_TEST

/* 6.18: both copies SHARED; an overwrite in the original gets a private
 * extent and leaves the snapshot whole. */
/* btrfs_start_delalloc_snapshot writes the root's files back in the order
 * of its delalloc list, the order they got dirty pages, not by inode
 * number.  Linux 6.18 (corpus w0219, shrunk): a file written after a
 * newer one gets the extent after the newer one's. */
START_TEST (the_snapshot_flush_follows_the_delalloc_list)
{
	extsim_fs *fs = t_fs_new (NULL, 1024 * MiB, 0);
	guint64 sv = subvolume (fs);
	extsim_ino older = t_create_in (fs, sv), newer = t_create_in (fs, sv);
	g_autoptr (GArray) a = NULL;
	g_autoptr (GArray) b = NULL;

	t_pwrite (fs, newer, 4 * KiB, 64 * KiB, 0x62);
	t_pwrite (fs, older, 364 * KiB, 4 * KiB, 0x63);
	ext_assert_true (older.ino < newer.ino);
	t_snapshot (fs, sv);
	a = extsim_fs_fiemap (fs, newer, 0, 0, 0, NULL);
	b = extsim_fs_fiemap (fs, older, 0, 0, 0, NULL);
	ext_assert_u64_eq (g_array_index (b, extsim_fiemap_extent, 0).physical,
			   g_array_index (a, extsim_fiemap_extent, 0).physical + 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (snapshot_shares_then_diverges)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	guint64 sv = subvolume (fs), snap;
	extsim_ino f = t_create_in (fs, sv), s;
	const t_map both[] = { { 0, MiB, 0, SH | LAST }, { 0, 0, 0, 0 } };
	const t_map original[] = {
		{ 0, 8 * KiB, 0, SH },
		{ 8 * KiB, 4 * KiB, -1, 0 },
		{ 12 * KiB, MiB - 12 * KiB, 12 * KiB, SH | LAST },
		{ 0, 0, 0, 0 },
	};
	g_autoptr (GArray) map = NULL;
	g_autofree char *m1 = NULL;
	g_autofree char *m2 = NULL;

	t_pwrite (fs, f, 0, MiB, 0x77); /* not synced: the snapshot flushes it */
	snap = t_snapshot (fs, sv);
	ext_assert_u64_eq (sv, 256);
	ext_assert_u64_eq (snap, 257);
	s = (extsim_ino) { snap, f.ino };
	t_assert_fiemap (fs, f, both);
	t_assert_fiemap (fs, s, both);
	t_pwrite (fs, f, 8 * KiB, 4 * KiB, 0x88);
	t_fsync (fs, f);
	map = extsim_fs_fiemap (fs, f, 0, 0, 0, NULL);
	ext_assert_int_eq (map->len, 3);
	for (guint i = 0; i < 3; i++) {
		const extsim_fiemap_extent *x = &g_array_index (map, extsim_fiemap_extent, i);

		ext_assert_u64_eq (x->logical, original[i].logical);
		ext_assert_u64_eq (x->length, original[i].length);
		ext_assert_int_eq (x->flags, original[i].flags);
	}
	t_assert_fiemap (fs, s, both);
	m1 = extsim_fs_md5 (fs, f, NULL);
	m2 = extsim_fs_md5 (fs, s, NULL);
	ext_assert_str_ne (m1, m2);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* PREALLOC in a snapshotted file is shared, so a write into it COWs. */
START_TEST (prealloc_after_a_snapshot_is_cowed)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	guint64 sv = subvolume (fs);
	extsim_ino f = t_create_in (fs, sv);
	const t_item layout[] = {
		{ 0, 4 * KiB, 'R', 1, 0 },
		{ 4 * KiB, MiB - 4 * KiB, 'P', 2, 4 * KiB },
		T_END,
	};

	t_falloc (fs, f, 0, MiB);
	t_snapshot (fs, sv);
	t_pwrite (fs, f, 0, 4 * KiB, 1);
	t_fsync (fs, f);
	t_assert_items (fs, f, layout);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* NODATACOW after a snapshot: the first rewrite COWs (the extent is older
 * than the snapshot), the next one goes in place into the new extent. */
START_TEST (nodatacow_cows_once_after_a_snapshot)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	guint64 sv = subvolume (fs);
	extsim_ino f = t_create_in (fs, sv);
	g_autoptr (GArray) first = NULL;
	g_autoptr (GArray) second = NULL;
	g_autoptr (GArray) third = NULL;
	extsim_stats st;

	extsim_fs_set_nodatacow (fs, f, NULL);
	t_pwrite (fs, f, 0, 64 * KiB, 1);
	t_fsync (fs, f);
	first = extsim_fs_file_extents (fs, f, NULL);
	t_snapshot (fs, sv);
	t_pwrite (fs, f, 0, 64 * KiB, 2);
	t_fsync (fs, f);
	second = extsim_fs_file_extents (fs, f, NULL);
	ext_assert_u64_ne (g_array_index (first, extsim_file_extent, 0).disk_bytenr,
			   g_array_index (second, extsim_file_extent, 0).disk_bytenr);
	extsim_fs_get_stats (fs, &st);
	ext_assert_u64_eq (st.cow_bytes, 2 * 64 * KiB); /* into the hole, then after the snapshot */
	ext_assert_u64_eq (st.nocow_bytes, 0);
	t_pwrite (fs, f, 0, 64 * KiB, 3);
	t_fsync (fs, f);
	third = extsim_fs_file_extents (fs, f, NULL);
	ext_assert_u64_eq (g_array_index (second, extsim_file_extent, 0).disk_bytenr,
			   g_array_index (third, extsim_file_extent, 0).disk_bytenr);
	extsim_fs_get_stats (fs, &st);
	ext_assert_u64_eq (st.nocow_bytes, 64 * KiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* 6.18: a read-only snapshot refuses writes (EROFS). */
START_TEST (readonly_snapshot_refuses_writes)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	guint64 sv = subvolume (fs), ro = 0;
	extsim_ino f = t_create_in (fs, sv), c;
	GError *err = NULL;

	t_pwrite (fs, f, 0, MiB, 1);
	extsim_fs_snapshot (fs, sv, TRUE, &ro, &err);
	ext_assert_no_error (err);
	ext_assert_false (extsim_fs_pwrite (fs, (extsim_ino) { ro, f.ino }, 0, 4 * KiB, 2, 0, NULL, &err));
	ext_assert_error (err, EXTSIM_ERROR_ROFS);
	ext_assert_false (extsim_fs_create (fs, ro, &c, &err));
	ext_assert_error (err, EXTSIM_ERROR_ROFS);
	extsim_fs_free (fs);
}
END_TEST

/* pre-4.19: dirty pages stay with the source; the snapshot sees the disk. */
START_TEST (unflushed_snapshot_sees_only_the_disk)
{
	extsim_fs *fs = t_fs_new ("pre-4.19", 512 * MiB, 0);
	guint64 sv = subvolume (fs), snap;
	extsim_ino f = t_create_in (fs, sv);
	extsim_inode_info info;

	t_pwrite (fs, f, 0, 4 * KiB, 1);
	t_fsync (fs, f);
	t_pwrite (fs, f, 4 * KiB, 4 * KiB, 2);
	snap = t_snapshot (fs, sv);
	extsim_fs_inode_info (fs, (extsim_ino) { snap, f.ino }, &info, NULL);
	ext_assert_u64_eq (info.size, 4 * KiB);
	extsim_fs_inode_info (fs, f, &info, NULL);
	ext_assert_u64_eq (info.size, 8 * KiB);
	extsim_fs_free (fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("snapshot");
	TCase *tc = tcase_create ("snapshot");

	tcase_add_test (tc, btrfs_170_loses_data_only_before_4_19);
	tcase_add_test (tc, snapshot_shares_then_diverges);
	tcase_add_test (tc, prealloc_after_a_snapshot_is_cowed);
	tcase_add_test (tc, nodatacow_cows_once_after_a_snapshot);
	tcase_add_test (tc, readonly_snapshot_refuses_writes);
	tcase_add_test (tc, unflushed_snapshot_sees_only_the_disk);
	tcase_add_test (tc, the_snapshot_flush_follows_the_delalloc_list);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
