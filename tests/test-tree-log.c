/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * What a power loss leaves (tree-log.c): the last commit's trees, and each
 * file an fsync logged since as it was at that fsync (btrfs_sync_log,
 * btrfs_recover_log_trees), the blocks written in place since the commit
 * as written.  The kernel run of the same shapes is
 * tests/script/real/power-loss.sh.
 */
#include "ext-test.h"

#include <string.h>

static extsim_fs *
pl_fs_checked (const char *policy, guint64 device_size, gboolean checked)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;

	o.policy = extsim_policy_lookup (policy);
	if (device_size)
		o.device_size = device_size;
	o.check_every_step = checked;
	o.power_loss = TRUE;
	return t_fs_new_opts (&o);
}

static extsim_fs *
pl_fs (const char *policy, guint64 device_size)
{
	return pl_fs_checked (policy, device_size, TRUE);
}

static void
power_loss (extsim_fs *fs)
{
	GError *err = NULL;

	ext_assert_true (extsim_fs_power_loss (fs, &err));
	ext_assert_no_error (err);
}

static guint64
size_of (extsim_fs *fs, extsim_ino ino)
{
	extsim_inode_info info;
	GError *err = NULL;

	ext_assert_true (extsim_fs_inode_info (fs, ino, &info, &err));
	ext_assert_no_error (err);
	return info.size;
}

/* Nothing reserved, nothing dirty: the counters of a fresh mount */
static void
assert_mounted (extsim_fs *fs)
{
	extsim_space_info si = t_space (fs);

	ext_assert_u64_eq (si.may_use, 0);
	ext_assert_u64_eq (si.reserved, 0);
	ext_assert_u64_eq (si.pinned, 0);
	t_assert_clean (fs);
}

START_TEST (what_only_memory_held_is_gone)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	g_autofree char *c = NULL;

	t_pwrite (fs, a, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	t_pwrite (fs, a, 0, 4 * KiB, 0xbb);       /* dirty */
	t_pwrite (fs, a, 64 * KiB, 8 * KiB, 0xbc); /* dirty, past the committed size */
	power_loss (fs);
	c = t_runs (fs, a);
	ext_assert_str_eq (c, "65536:aa");
	ext_assert_u64_eq (size_of (fs, a), 64 * KiB);
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (a_written_back_cow_overwrite_not_logged_is_gone)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	extsim_space_info before;
	g_autofree char *c = NULL;

	t_pwrite (fs, a, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	before = t_space (fs);
	t_pwrite (fs, a, 0, 64 * KiB, 0xbb);
	t_writeback (fs, a); /* a new extent, the old one pinned */
	power_loss (fs);
	c = t_runs (fs, a);
	ext_assert_str_eq (c, "65536:aa");
	/* the new extent was never committed: its space is free again */
	ext_assert_u64_eq (t_space (fs).used, before.used);
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (a_nocow_overwrite_is_on_disk_in_place)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	g_autofree char *c = NULL;

	t_nodatacow (fs, a);
	t_pwrite (fs, a, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	t_pwrite (fs, a, 0, 4 * KiB, 0xbb);
	t_writeback (fs, a); /* NOCOW: the committed extent's blocks */
	power_loss (fs);
	c = t_runs (fs, a);
	ext_assert_str_eq (c, "4096:bb 61440:aa");
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (a_prealloc_range_written_but_not_logged_reads_zeros)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	g_autofree char *c = NULL;

	t_falloc (fs, a, 0, 64 * KiB);
	extsim_fs_sync (fs);
	t_pwrite (fs, a, 0, 16 * KiB, 0xcd);
	t_writeback (fs, a); /* NOCOW into the prealloc extent: the item says written in memory only */
	power_loss (fs);
	c = t_runs (fs, a);
	ext_assert_str_eq (c, "65536:00");
	{
		const t_item layout[] = { { 0, 64 * KiB, 'P', 1, 0 }, T_END };

		t_assert_items (fs, a, layout);
	}
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (an_fsynced_file_reads_as_at_its_fsync)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs), b, c;
	g_autofree char *ca = NULL;
	g_autofree char *cb = NULL;

	t_pwrite (fs, a, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	b = t_create (fs);
	t_pwrite (fs, b, 0, 8 * KiB, 0xcc);
	t_fsync (fs, b);
	ext_assert_u64_gt (extsim_fs_logged_step (fs, b), 0);
	ext_assert_u64_eq (extsim_fs_logged_step (fs, a), 0);
	t_pwrite (fs, b, 8 * KiB, 8 * KiB, 0xcd); /* after the fsync: gone */
	t_writeback (fs, b);
	t_pwrite (fs, a, 0, 4 * KiB, 0xbb); /* a: never logged */
	t_fsync (fs, a);                    /* ... until now */
	t_pwrite (fs, a, 4 * KiB, 4 * KiB, 0xbd);
	c = t_create (fs);
	t_pwrite (fs, c, 0, 4 * KiB, 0xee);
	t_writeback (fs, c); /* made and written since the commit, never logged */
	power_loss (fs);
	cb = t_runs (fs, b);
	ext_assert_str_eq (cb, "8192:cc");
	ext_assert_u64_eq (size_of (fs, b), 8 * KiB);
	ca = t_runs (fs, a);
	ext_assert_str_eq (ca, "4096:bb 61440:aa");
	ext_assert_false (extsim_fs_inode_exists (fs, c));
	/* the power loss commits: nothing is logged any more */
	ext_assert_u64_eq (extsim_fs_logged_step (fs, b), 0);
	assert_mounted (fs);
	/* and the files go on */
	t_pwrite (fs, b, 0, 4 * KiB, 0x11);
	t_fsync (fs, b);
	power_loss (fs);
	{
		g_autofree char *again = t_runs (fs, b);

		ext_assert_str_eq (again, "4096:11 4096:cc");
	}
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

/* An extent the fsync logged, freed after it by a COW overwrite: its blocks
 * stay as they were (pinned until the commit, never written again). */
START_TEST (a_logged_extent_freed_since_keeps_its_blocks)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	extsim_space_info si;
	g_autofree char *c = NULL;

	extsim_fs_sync (fs);
	t_pwrite (fs, a, 0, 32 * KiB, 0x5a);
	t_fsync (fs, a);
	t_pwrite (fs, a, 0, 32 * KiB, 0xa5);
	t_fsync (fs, a); /* logged again: the first extent is freed */
	t_pwrite (fs, a, 0, 32 * KiB, 0x77);
	t_writeback (fs, a); /* freed again, not logged */
	power_loss (fs);
	c = t_runs (fs, a);
	ext_assert_str_eq (c, "32768:a5");
	si = t_space (fs);
	ext_assert_u64_eq (si.used, 32 * KiB);
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (the_logged_size_is_replayed)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	g_autofree char *c = NULL;

	t_pwrite (fs, a, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	t_truncate (fs, a, 12 * KiB);
	t_fsync (fs, a);
	t_truncate (fs, a, 4 * KiB); /* not logged */
	power_loss (fs);
	c = t_runs (fs, a);
	ext_assert_str_eq (c, "12288:aa");
	ext_assert_u64_eq (size_of (fs, a), 12 * KiB);
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A reflink since the commit, logged by the target's fsync: the target
 * shares the source's committed extent again after the replay. */
START_TEST (a_logged_reflink_shares_the_committed_extent)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs), b = t_create (fs);
	extsim_space_info before;
	g_autofree char *cb = NULL;

	t_pwrite (fs, a, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	before = t_space (fs);
	t_reflink (fs, a, 0, b, 0, 64 * KiB);
	t_fsync (fs, b);
	power_loss (fs);
	cb = t_runs (fs, b);
	ext_assert_str_eq (cb, "65536:aa");
	ext_assert_u64_eq (t_space (fs).used, before.used);
	{
		const t_item layout[] = { { 0, 64 * KiB, 'R', 1, 0 }, T_END };

		t_assert_items (fs, a, layout);
		t_assert_items (fs, b, layout);
	}
	assert_mounted (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * DESIGN.md section 1 as fstests generic/546 runs it: the padding is
 * synced, so that the log's replay finds no data space either, then the
 * NOCOW write, the reflink, the fsync and the power loss.  Fixed
 * (a94d1d0cb3bf): the fsync logs file1 and it reads after the power loss
 * as before.  Linux 5.2: the fsync fails, and what it dropped is gone.
 */
static extsim_fs *
generic_546 (const char *policy, extsim_ino *file1, char **md5_before, gboolean *fsync_ok)
{
	/* unchecked: the unpatched run breaks invariant 1 */
	extsim_fs *fs = pl_fs_checked (policy, 512 * MiB, FALSE);
	extsim_ino padding;
	GError *err = NULL;

	*file1 = t_create (fs);
	t_falloc (fs, *file1, 8 * KiB, 64 * MiB);
	padding = t_create (fs);
	(void) t_pwrite_enospc (fs, padding, 0, 512 * MiB, 0, 4 * KiB);
	extsim_fs_sync (fs);
	t_pwrite (fs, *file1, MiB, 16 * MiB, 0xcd);
	t_reflink (fs, *file1, 8 * KiB, *file1, 0, 4 * KiB);
	*md5_before = extsim_fs_md5 (fs, *file1, &err);
	ext_assert_no_error (err);
	*fsync_ok = extsim_fs_fsync (fs, *file1, &err);
	g_clear_error (&err);
	power_loss (fs);
	return fs;
}

START_TEST (generic_546_keeps_the_data_once_fixed)
{
	extsim_ino file1;
	g_autofree char *before = NULL;
	g_autofree char *after = NULL;
	gboolean ok;
	extsim_fs *fs = generic_546 ("patched", &file1, &before, &ok);
	GError *err = NULL;

	ext_assert_true (ok);
	after = extsim_fs_md5 (fs, file1, &err);
	ext_assert_no_error (err);
	ext_assert_str_eq (after, before);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (generic_546_loses_the_data_on_5_2)
{
	extsim_ino file1;
	g_autofree char *before = NULL;
	g_autofree char *after = NULL;
	gboolean ok;
	extsim_fs *fs = generic_546 ("unpatched", &file1, &before, &ok);
	GError *err = NULL;

	ext_assert_false (ok);
	after = extsim_fs_md5 (fs, file1, &err);
	ext_assert_no_error (err);
	ext_assert_str_ne (after, before);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (without_the_option_it_is_refused_and_nothing_changes)
{
	extsim_fs *fs = t_fs_new ("patched", 0, 0);
	extsim_ino a = t_create (fs);
	GError *err = NULL;
	guint64 h;

	t_pwrite (fs, a, 0, 4 * KiB, 0xaa);
	h = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_power_loss (fs, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_u64_eq (extsim_fs_hash (fs), h);
	ext_assert_u64_eq (extsim_fs_logged_step (fs, a), 0);
	extsim_fs_free (fs);
}
END_TEST

/* A rename or a link changes the inode item (btrfs_update_inode), so an
 * fsync of a committed file with no new data logs it after one and not
 * before (tests/script/real/power-loss-rename.sh: a file renamed, then
 * fsynced, has its new name after the power loss).  A missing or
 * read-only inode is refused and nothing changes. */
START_TEST (a_name_change_makes_the_next_fsync_log_the_file)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs), missing = { a.root, a.ino + 100 };
	guint64 root, h;
	GError *err = NULL;

	t_pwrite (fs, a, 0, 4 * KiB, 0xaa);
	extsim_fs_sync (fs);
	t_fsync (fs, a);
	ext_assert_u64_eq (extsim_fs_logged_step (fs, a), 0); /* nothing to log */
	ext_assert_true (extsim_fs_name_changed (fs, a, &err));
	ext_assert_no_error (err);
	t_fsync (fs, a);
	ext_assert_u64_gt (extsim_fs_logged_step (fs, a), 0);

	h = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_name_changed (fs, missing, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOENT);
	ext_assert_u64_eq (extsim_fs_hash (fs), h);
	ext_assert_true (extsim_fs_snapshot (fs, a.root, TRUE, &root, &err));
	ext_assert_no_error (err);
	h = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_name_changed (fs, (extsim_ino) { root, a.ino }, &err));
	ext_assert_error (err, EXTSIM_ERROR_ROFS);
	ext_assert_u64_eq (extsim_fs_hash (fs), h);
	extsim_fs_free (fs);
}
END_TEST

/* skip_inode_logging: an fsync of a file an fsync logged and nothing
 * changed since logs nothing (btrfs_inode_in_log); a change makes the
 * next one log it again (tests/script/real/power-loss-rename.sh: the
 * second fsync of an unchanged file does not log its directory again). */
START_TEST (an_fsync_with_nothing_changed_since_the_last_logs_nothing)
{
	extsim_fs *fs = pl_fs ("patched", 0);
	extsim_ino a = t_create (fs);
	guint64 first, h;

	t_pwrite (fs, a, 0, 4 * KiB, 0xaa);
	t_fsync (fs, a);
	first = extsim_fs_logged_step (fs, a);
	ext_assert_u64_gt (first, 0);
	h = extsim_fs_hash (fs);
	t_fsync (fs, a);
	ext_assert_u64_eq (extsim_fs_logged_step (fs, a), first);
	ext_assert_u64_eq (extsim_fs_hash (fs), h);
	ext_assert_true (extsim_fs_name_changed (fs, a, NULL));
	t_fsync (fs, a);
	ext_assert_u64_gt (extsim_fs_logged_step (fs, a), first);
	first = extsim_fs_logged_step (fs, a);
	t_pwrite (fs, a, 4 * KiB, 4 * KiB, 0xbb);
	t_fsync (fs, a);
	ext_assert_u64_gt (extsim_fs_logged_step (fs, a), first);
	extsim_fs_free (fs);
}
END_TEST

/* LOG_INODE_EXISTS: a file made since the commit whose inode item alone
 * was logged comes back empty, flags kept; a committed one as the commit
 * had it (tests/script/real/power-loss-rename.sh, the fifth power loss).
 * A missing inode is refused and nothing changes; without the power_loss
 * option nothing is kept. */
START_TEST (a_file_logged_without_its_data_comes_back_empty)
{
	extsim_fs *fs = pl_fs ("patched", 0), *plain = t_fs_new ("patched", 0, 0);
	extsim_ino old = t_create (fs), fresh, missing;
	extsim_inode_info info;
	GError *err = NULL;
	guint64 h;

	t_pwrite (fs, old, 0, 8 * KiB, 0xaa);
	extsim_fs_sync (fs);
	fresh = t_create (fs);
	missing = (extsim_ino) { fresh.root, fresh.ino + 100 };
	ext_assert_true (extsim_fs_set_nodatacow (fs, fresh, NULL));
	t_pwrite (fs, fresh, 0, 4 * KiB, 0xbb);
	t_pwrite (fs, old, 8 * KiB, 4 * KiB, 0xcc);
	extsim_fs_writeback (fs, fresh, 0, 0, NULL);
	ext_assert_true (extsim_fs_log_exists (fs, fresh, &err));
	ext_assert_true (extsim_fs_log_exists (fs, old, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (extsim_fs_logged_step (fs, fresh), 0); /* not an fsync */
	h = extsim_fs_hash (fs);
	ext_assert_false (extsim_fs_log_exists (fs, missing, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOENT);
	ext_assert_u64_eq (extsim_fs_hash (fs), h);

	power_loss (fs);
	ext_assert_true (extsim_fs_inode_exists (fs, fresh));
	ext_assert_true (extsim_fs_inode_info (fs, fresh, &info, NULL));
	ext_assert_u64_eq (info.size, 0);
	ext_assert_true (info.flags & EXTSIM_INODE_NODATACOW);
	ext_assert_u64_eq (size_of (fs, old), 8 * KiB);

	ext_assert_true (extsim_fs_log_exists (plain, t_create (plain), &err));
	ext_assert_no_error (err);
	extsim_fs_free (plain);
	extsim_fs_free (fs);
}
END_TEST

/* A version 1 caller's options end before power_loss: it is off. */
START_TEST (version_1_options_keep_no_power_loss_state)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	GError *err = NULL;
	extsim_fs *fs;

	o.version = 1;
	o.power_loss = TRUE; /* not read */
	fs = extsim_fs_new (&o, &err);
	ext_assert_no_error (err);
	ext_assert_false (extsim_fs_power_loss (fs, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	extsim_fs_free (fs);
}
END_TEST

/* The last commit and the log are part of the state: two states equal
 * now but for what a power loss would leave hash apart; clones agree. */
START_TEST (the_state_hash_covers_what_a_power_loss_leaves)
{
	extsim_fs *x = pl_fs ("patched", 0), *y, *z;
	extsim_ino a = t_create (x);

	extsim_fs_sync (x);
	t_pwrite (x, a, 0, 4 * KiB, 0xaa);
	t_writeback (x, a);
	y = extsim_fs_clone (x);
	ext_assert_u64_eq (extsim_fs_hash (y), extsim_fs_hash (x));
	ext_assert_true (extsim_fs_equal (x, y));
	t_fsync (y, a); /* logs a: nothing else changes */
	ext_assert_u64_ne (extsim_fs_hash (y), extsim_fs_hash (x));
	ext_assert_false (extsim_fs_equal (x, y));
	z = extsim_fs_clone (y);
	power_loss (y);
	power_loss (z);
	ext_assert_u64_eq (extsim_fs_hash (y), extsim_fs_hash (z));
	power_loss (x);
	{
		g_autofree char *cx = t_runs (x, a);
		g_autofree char *cy = t_runs (y, a);

		ext_assert_str_eq (cx, "");
		ext_assert_str_eq (cy, "4096:aa");
	}
	extsim_fs_free (x);
	extsim_fs_free (y);
	extsim_fs_free (z);
}
END_TEST

static Suite *
tree_log_suite (void)
{
	Suite *s = suite_create ("tree-log");
	TCase *tc = tcase_create ("power loss");

	tcase_add_test (tc, what_only_memory_held_is_gone);
	tcase_add_test (tc, a_written_back_cow_overwrite_not_logged_is_gone);
	tcase_add_test (tc, a_nocow_overwrite_is_on_disk_in_place);
	tcase_add_test (tc, a_prealloc_range_written_but_not_logged_reads_zeros);
	tcase_add_test (tc, an_fsynced_file_reads_as_at_its_fsync);
	tcase_add_test (tc, a_logged_extent_freed_since_keeps_its_blocks);
	tcase_add_test (tc, the_logged_size_is_replayed);
	tcase_add_test (tc, a_logged_reflink_shares_the_committed_extent);
	tcase_add_test (tc, generic_546_keeps_the_data_once_fixed);
	tcase_add_test (tc, generic_546_loses_the_data_on_5_2);
	tcase_add_test (tc, without_the_option_it_is_refused_and_nothing_changes);
	tcase_add_test (tc, version_1_options_keep_no_power_loss_state);
	tcase_add_test (tc, a_name_change_makes_the_next_fsync_log_the_file);
	tcase_add_test (tc, an_fsync_with_nothing_changed_since_the_last_logs_nothing);
	tcase_add_test (tc, a_file_logged_without_its_data_comes_back_empty);
	tcase_add_test (tc, the_state_hash_covers_what_a_power_loss_leaves);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (tree_log_suite ());
}
