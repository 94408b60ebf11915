/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The case that started the project (DESIGN.md section 1; upstream
 * a94d1d0cb3bf, fstests generic/546), at its real sizes:
 *
 *   mkfs -b 512M; falloc 8k 64m file1; pwrite 0 -b 4k 512M padding (ENOSPC)
 *   pwrite 1m 16m file1                          (NOCOW, no reservation)
 *   reflink file1 8k -> 0, 4k; fsync file1
 *
 * file1 before the reflink:
 *   [ hole 0-8k ][ P 8k-1M ][ R 1M-(17M-4k) ][ P (17M-4k)-(64M+8k)     ]
 *                                           ^ dirty NORESERVE 4 KiB
 * The reflink adds (5, 257, origin 0) beside (5, 257, origin 8k) on the
 * *whole* extent: the NORESERVE page can no longer go NOCOW.
 */
#include "ext-test.h"

#include <errno.h>

#include <string.h>

#define DEVICE (512 * MiB)
#define DATA_ON_512M G_GUINT64_CONSTANT (451936256) /* measured on Linux 6.18 */

typedef struct {
	extsim_fs *fs;
	extsim_ino file1;
	extsim_ino padding;
	guint64 scale;
} seed;

/* Everything of section 1 up to (not including) the reflink; sizes times
 * scale, write(2) calls of 4 KiB whatever the scale. */
static seed
seed_setup (const char *policy, guint64 scale)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	seed s = { NULL, { 0, 0 }, { 0, 0 }, scale };
	extsim_space_info si;
	guint64 written;

	o.policy = extsim_policy_lookup (policy);
	o.device_size = DEVICE * scale;
	o.max_extent_size = EXTSIM_MAX_EXTENT_SIZE * scale;
	o.max_prealloc_extent_size = EXTSIM_MAX_PREALLOC_EXTENT_SIZE * scale;
	o.check_every_step = TRUE;
	s.fs = t_fs_new_opts (&o);
	s.file1 = t_create (s.fs);
	t_falloc (s.fs, s.file1, 8 * KiB * scale, 64 * MiB * scale);
	s.padding = t_create (s.fs);
	written = t_pwrite_enospc (s.fs, s.padding, 0, 512 * MiB * scale, 0, 4 * KiB);
	si = t_space (s.fs);
	ext_assert_u64_eq (written, si.total - 64 * MiB * scale);
	ext_assert_u64_eq (si.free, 0);
	t_pwrite (s.fs, s.file1, MiB * scale, 16 * MiB * scale, 0xcd);
	return s;
}

START_TEST (data_capacity_matches_the_kernel)
{
	seed s = seed_setup ("unpatched", 1);

	/* the real padding file ends at 384827392 bytes */
	ext_assert_u64_eq (t_space (s.fs).total, DATA_ON_512M);
	ext_assert_u64_eq (t_space (s.fs).total - 64 * MiB, G_GUINT64_CONSTANT (384827392));
	extsim_fs_free (s.fs);
}
END_TEST

START_TEST (before_the_reflink_only_the_last_chunk_is_dirty)
{
	seed s = seed_setup ("unpatched", 1);
	GError *err = NULL;
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (s.fs, s.file1, &err);
	const t_item layout[] = {
		{ 8 * KiB, MiB - 8 * KiB, 'P', 1, 0 },
		{ MiB, 16 * MiB - 4 * KiB, 'R', 1, MiB - 8 * KiB },
		{ 17 * MiB - 4 * KiB, 47 * MiB + 12 * KiB, 'P', 1, 17 * MiB - 12 * KiB },
		T_END,
	};
	extsim_dirty_range *d;

	ext_assert_no_error (err);
	ext_assert_int_eq (dirty->len, 1);
	d = &g_array_index (dirty, extsim_dirty_range, 0);
	ext_assert_u64_eq (d->offset, 17 * MiB - 4 * KiB);
	ext_assert_u64_eq (d->len, 4 * KiB);
	ext_assert_int_eq (d->state, EXTSIM_NORESERVE);
	ext_assert_int_eq (d->fill, 0xcd);
	t_assert_items (s.fs, s.file1, layout);
	ext_assert_u64_eq (t_space (s.fs).may_use, 0);
	t_assert_clean (s.fs);
	extsim_fs_free (s.fs);
}
END_TEST

/* The page the unpatched kernel's background writeback drops latches
 * ENOSPC in the file's mapping (mapping_set_error), which the next fsync
 * reports (file_check_and_advance_wb_err).  sync writes the file off the
 * writeback lists, and echo 3 > /proc/sys/vm/drop_caches then evicts it
 * (prune_icache_sb -> evict: the address_space goes with the inode): the
 * fsync after it has nothing to report, over data that is gone.  A
 * process that holds the file open keeps its inode, and the error. */
START_TEST (an_eviction_before_fsync_hides_the_loss)
{
	for (guint held = 0; held < 2; held++) {
		seed s = seed_setup ("unpatched", 1);
		g_autoptr (GArray) lost = NULL;
		extsim_inode_info info;
		GError *err = NULL;
		guint64 h;

		t_reflink (s.fs, s.file1, 8 * KiB, s.file1, 0, 4 * KiB);
		ext_assert_true (extsim_fs_writeback (s.fs, s.file1, 0, 0, NULL));
		ext_assert_true (extsim_fs_inode_info (s.fs, s.file1, &info, NULL));
		ext_assert_int_eq (info.wb_error, ENOSPC);
		extsim_fs_sync (s.fs);
		/* a bad value is refused and changes nothing */
		h = extsim_fs_hash (s.fs);
		ext_assert_false (extsim_fs_drop_caches (s.fs, 5, NULL, 0, &err));
		ext_assert_error (err, EXTSIM_ERROR_INVAL);
		g_clear_error (&err);
		ext_assert_u64_eq (extsim_fs_hash (s.fs), h);
		ext_assert_true (extsim_fs_drop_caches (s.fs, 3, held ? &s.file1 : NULL, held, NULL));
		lost = extsim_fs_lost_ranges (s.fs, s.file1, NULL);
		ext_assert_int_eq (lost->len, 1);
		if (held) {
			ext_assert_false (extsim_fs_fsync (s.fs, s.file1, &err));
			ext_assert_error (err, EXTSIM_ERROR_NOSPC);
			g_clear_error (&err);
		} else {
			ext_assert_true (extsim_fs_fsync (s.fs, s.file1, &err));
			ext_assert_no_error (err);
		}
		extsim_fs_free (s.fs);
	}
}
END_TEST

START_TEST (unpatched_loses_the_last_page)
{
	seed s = seed_setup ("unpatched", 1);
	g_autofree char *before = extsim_fs_md5 (s.fs, s.file1, NULL);
	g_autofree char *after = NULL;
	g_autoptr (GArray) lost = NULL;
	g_autoptr (GArray) runs = NULL;
	const extsim_violation *v;
	extsim_stats st;
	guint64 reflink_step;

	t_reflink (s.fs, s.file1, 8 * KiB, s.file1, 0, 4 * KiB);
	reflink_step = extsim_fs_get_step (s.fs);

	v = t_assert_violation (s.fs, EXTSIM_INVARIANT_RESERVED_OR_NOCOW);
	ext_assert_u64_eq (v->step, reflink_step);
	ext_assert_u64_eq (v->ino.ino, s.file1.ino);
	ext_assert_u64_eq (v->offset, 17 * MiB - 4 * KiB);
	ext_assert_u64_eq (v->len, 4 * KiB);
	ext_assert_str_eq (v->rule, extsim_reason_to_str (EXTSIM_REASON_SHARED));
	ext_assert_int_eq (v->reason, EXTSIM_REASON_SHARED);

	t_fsync_enospc (s.fs, s.file1);
	lost = extsim_fs_lost_ranges (s.fs, s.file1, NULL);
	ext_assert_int_eq (lost->len, 1);
	ext_assert_u64_eq (g_array_index (lost, extsim_range, 0).offset, 17 * MiB - 4 * KiB);
	ext_assert_u64_eq (g_array_index (lost, extsim_range, 0).len, 4 * KiB);
	extsim_fs_get_stats (s.fs, &st);
	ext_assert_u64_eq (st.lost_bytes, 4 * KiB);
	ext_assert_u64_eq (st.enospc_writeback, 1);

	extsim_fs_remount (s.fs);
	after = extsim_fs_md5 (s.fs, s.file1, NULL);
	ext_assert_str_ne (before, after);
	/* the page reads as the PREALLOC extent under it: zeros */
	runs = extsim_fs_read (s.fs, s.file1, 17 * MiB - 4 * KiB, 4 * KiB, NULL);
	ext_assert_int_eq (runs->len, 1);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 0).fill, 0);
	extsim_fs_free (s.fs);
}
END_TEST

/* errseq: the error is reported once; a second fsync succeeds although the
 * data is gone, which is what invariant 4 exists to catch */
START_TEST (unpatched_second_fsync_succeeds_over_lost_data)
{
	seed s = seed_setup ("unpatched", 1);

	t_reflink (s.fs, s.file1, 8 * KiB, s.file1, 0, 4 * KiB);
	t_fsync_enospc (s.fs, s.file1);
	t_fsync (s.fs, s.file1);
	t_assert_violation (s.fs, EXTSIM_INVARIANT_NO_DATA_LOSS);
	extsim_fs_free (s.fs);
}
END_TEST

/* What Linux 6.x shows after the script: fiemap -v of file1 (kernel
 * observation, Linux 6.18): every range of the extent SHARED. */
static const t_map patched_map[] = {
	{ 0, 4 * KiB, 0, SH | UNW },
	{ 8 * KiB, MiB - 8 * KiB, 0, SH | UNW },
	{ MiB, 16 * MiB, MiB - 8 * KiB, SH },
	{ 17 * MiB, 47 * MiB + 8 * KiB, 17 * MiB - 8 * KiB, SH | UNW | LAST },
	{ 0, 0, 0, 0 },
};

static void
fixed_policy_keeps_data (const char *policy)
{
	seed s = seed_setup (policy, 1);
	g_autofree char *before = extsim_fs_md5 (s.fs, s.file1, NULL);
	g_autofree char *after = NULL;

	t_reflink (s.fs, s.file1, 8 * KiB, s.file1, 0, 4 * KiB);
	t_fsync (s.fs, s.file1);
	t_assert_clean (s.fs);
	ext_assert_u64_eq (t_lost (s.fs, s.file1), 0);
	t_assert_fiemap (s.fs, s.file1, patched_map);
	extsim_fs_remount (s.fs);
	after = extsim_fs_md5 (s.fs, s.file1, NULL);
	ext_assert_str_eq (before, after);
	t_assert_fiemap (s.fs, s.file1, patched_map);
	extsim_fs_free (s.fs);
}

START_TEST (patched_keeps_the_data_and_maps_as_linux_6)
{
	fixed_policy_keeps_data ("patched");
}
END_TEST

START_TEST (nocow_only_keeps_the_data)
{
	fixed_policy_keeps_data ("nocow-only");
}
END_TEST

/* always-reserve refuses the NOCOW write itself: ENOSPC at write time, and
 * nothing is ever dirty without a reservation */
START_TEST (always_reserve_fails_the_write_instead)
{
	extsim_fs *fs = t_fs_new ("always-reserve", DEVICE, 0);
	extsim_ino file1 = t_create (fs), pad;
	extsim_stats st;

	t_falloc (fs, file1, 8 * KiB, 64 * MiB);
	pad = t_create (fs);
	t_pwrite_enospc (fs, pad, 0, 512 * MiB, 0, 4 * KiB);
	ext_assert_u64_eq (t_pwrite_enospc (fs, file1, MiB, 16 * MiB, 0xcd, 4 * KiB), 0);
	t_reflink (fs, file1, 8 * KiB, file1, 0, 4 * KiB);
	t_fsync (fs, file1);
	extsim_fs_get_stats (fs, &st);
	ext_assert_u64_eq (st.lost_bytes, 0);
	ext_assert_u64_eq (st.noreserve_admissions, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/*
 * The price of the fixes: with dirty COW data elsewhere in the source,
 * patched writes it back before the reflink, nocow-only does not.
 *   file1: [ hole ][ P ... R ... NORESERVE page ... P ][ hole ][ RESERVED 512K at 100M ]
 */
static guint64
prep_flush_with_cow_data_elsewhere (const char *policy)
{
	extsim_fs *fs = t_fs_new (policy, DEVICE, 0);
	extsim_ino spare = t_create (fs), file1, pad;
	g_autoptr (GArray) dirty = NULL;
	extsim_stats st;
	GError *err = NULL;

	t_pwrite (fs, spare, 0, MiB, 0x11);
	extsim_fs_sync (fs);
	file1 = t_create (fs);
	t_falloc (fs, file1, 8 * KiB, 64 * MiB);
	pad = t_create (fs);
	t_pwrite_enospc (fs, pad, 0, 512 * MiB, 0, 4 * KiB);
	t_pwrite (fs, file1, MiB, 16 * MiB, 0xcd);
	/* free 1 MiB without flushing anything: unlink and commit only */
	extsim_fs_unlink (fs, spare, &err);
	ext_assert_no_error (err);
	extsim_fs_commit (fs);
	t_pwrite (fs, file1, 100 * MiB, 512 * KiB, 0xab);
	dirty = extsim_fs_dirty_ranges (fs, file1, NULL);
	ext_assert_int_eq (dirty->len, 2);
	ext_assert_int_eq (g_array_index (dirty, extsim_dirty_range, 1).state, EXTSIM_RESERVED);

	t_reflink (fs, file1, 8 * KiB, file1, 0, 4 * KiB);
	t_fsync (fs, file1);
	t_assert_clean (fs);
	extsim_fs_get_stats (fs, &st);
	ext_assert_u64_eq (st.lost_bytes, 0);
	extsim_fs_free (fs);
	return st.remap_prep_flush_bytes;
}

START_TEST (nocow_only_flushes_less_than_patched)
{
	guint64 patched = prep_flush_with_cow_data_elsewhere ("patched");
	guint64 nocow_only = prep_flush_with_cow_data_elsewhere ("nocow-only");

	ext_assert_u64_eq (patched, 4 * KiB + 512 * KiB);
	ext_assert_u64_eq (nocow_only, 4 * KiB);
	ext_assert_u64_lt (nocow_only, patched);
}
END_TEST

/* The same operations with 1 PiB of data (every size, extent caps
 * included, times 2^22; write(2) calls still 4 KiB): the verdicts do not
 * change, and the model does not walk 2^38 write calls to get there. */
START_TEST (the_verdicts_hold_at_one_pebibyte)
{
	const guint64 scale = G_GUINT64_CONSTANT (1) << 22;
	seed bad = seed_setup ("unpatched", scale);
	seed good = seed_setup ("patched", scale);
	g_autoptr (GArray) lost = NULL;

	ext_assert_u64_ge (t_space (bad.fs).total, PiB);
	t_reflink (bad.fs, bad.file1, 8 * KiB * scale, bad.file1, 0, 4 * KiB * scale);
	t_assert_violation (bad.fs, EXTSIM_INVARIANT_RESERVED_OR_NOCOW);
	t_fsync_enospc (bad.fs, bad.file1);
	lost = extsim_fs_lost_ranges (bad.fs, bad.file1, NULL);
	ext_assert_int_eq (lost->len, 1);
	ext_assert_u64_eq (g_array_index (lost, extsim_range, 0).offset, 17 * MiB * scale - 4 * KiB);
	ext_assert_u64_eq (g_array_index (lost, extsim_range, 0).len, 4 * KiB);

	t_reflink (good.fs, good.file1, 8 * KiB * scale, good.file1, 0, 4 * KiB * scale);
	t_fsync (good.fs, good.file1);
	t_assert_clean (good.fs);
	extsim_fs_free (bad.fs);
	extsim_fs_free (good.fs);
}
END_TEST

typedef struct {
	guint64 count[EXTSIM_EVENT_INLINE + 1];
	guint64 noreserve_calls;
	extsim_reason enospc_reason;
	extsim_reason first_cow_reason;
} tally;

static void
count_event (const extsim_event *ev, gpointer data)
{
	tally *t = data;

	t->count[ev->kind] += ev->count;
	if (ev->kind == EXTSIM_EVENT_ADMIT_NORESERVE)
		t->noreserve_calls += ev->count;
	if (ev->kind == EXTSIM_EVENT_WRITEBACK_ENOSPC)
		t->enospc_reason = ev->reason;
	if (ev->kind == EXTSIM_EVENT_COW && !t->first_cow_reason)
		t->first_cow_reason = ev->reason;
}

/* The trace tells the story: 4096 write(2) calls admitted without a
 * reservation (reported folded, as counts), one reference added by the
 * reflink, one writeback that found no space. */
START_TEST (the_trace_tells_the_story)
{
	tally t = { { 0 }, 0, 0, 0 };
	extsim_fs_options opts = EXTSIM_FS_OPTIONS_INIT;
	extsim_fs *fs;
	extsim_ino f1, pad;

	opts.device_size = DEVICE;
	fs = t_fs_new_opts (&opts);
	extsim_fs_set_trace (fs, count_event, &t);
	f1 = t_create (fs);
	t_falloc (fs, f1, 8 * KiB, 64 * MiB);
	pad = t_create (fs);
	t_pwrite_enospc (fs, pad, 0, 512 * MiB, 0, 4 * KiB);
	t_pwrite (fs, f1, MiB, 16 * MiB, 0xcd);
	t_reflink (fs, f1, 8 * KiB, f1, 0, 4 * KiB);
	t_fsync_enospc (fs, f1);
	extsim_fs_free (fs);
	ext_assert_u64_eq (t.noreserve_calls, 4096);
	ext_assert_u64_eq (t.count[EXTSIM_EVENT_REF_ADDED], 1);
	ext_assert_u64_eq (t.count[EXTSIM_EVENT_WRITEBACK_ENOSPC], 1);
	ext_assert_u64_eq (t.count[EXTSIM_EVENT_WRITE_ENOSPC], 1); /* the padding */
	ext_assert_u64_eq (t.count[EXTSIM_EVENT_PREALLOC], 1);
	ext_assert_int_eq (t.enospc_reason, EXTSIM_REASON_NO_FREE_SPACE);
	ext_assert_int_eq (t.first_cow_reason, EXTSIM_REASON_COW_FILE);
	/* every 4 KiB call but the last failed its reservation and flushed */
	ext_assert_u64_eq (t.count[EXTSIM_EVENT_FLUSH], 1 + 4096);
}
END_TEST

/* Every kind of event and every reason has its own name. */
START_TEST (every_event_and_reason_is_named)
{
	g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

	for (int k = EXTSIM_EVENT_RESERVE; k <= EXTSIM_EVENT_INLINE; k++) {
		const char *name = extsim_event_kind_to_str (k);

		ext_assert_str_ne (name, "unknown");
		ext_assert_false (g_hash_table_contains (seen, name));
		g_hash_table_add (seen, (gpointer) name);
	}
	for (int r = EXTSIM_REASON_FITS; r <= EXTSIM_REASON_ORDERED_TRUNCATED; r++) {
		const char *why = extsim_reason_to_str (r), *name = extsim_reason_to_name (r);

		ext_assert_str_ne (why, "unknown");
		ext_assert_str_ne (why, "");
		ext_assert_false (g_hash_table_contains (seen, why));
		g_hash_table_add (seen, (gpointer) why);
		ext_assert_str_ne (name, "unknown");
		ext_assert_false (g_hash_table_contains (seen, name));
		g_hash_table_add (seen, (gpointer) name);
	}
	ext_assert_str_eq (extsim_reason_to_name (EXTSIM_REASON_SHARED), "shared");
	ext_assert_str_eq (extsim_event_kind_to_str (999), "unknown");
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("seed-case");
	TCase *tc = tcase_create ("section-1");

	tcase_add_test (tc, data_capacity_matches_the_kernel);
	tcase_add_test (tc, before_the_reflink_only_the_last_chunk_is_dirty);
	tcase_add_test (tc, unpatched_loses_the_last_page);
	tcase_add_test (tc, unpatched_second_fsync_succeeds_over_lost_data);
	tcase_add_test (tc, an_eviction_before_fsync_hides_the_loss);
	tcase_add_test (tc, patched_keeps_the_data_and_maps_as_linux_6);
	tcase_add_test (tc, nocow_only_keeps_the_data);
	tcase_add_test (tc, always_reserve_fails_the_write_instead);
	tcase_add_test (tc, nocow_only_flushes_less_than_patched);
	tcase_add_test (tc, the_verdicts_hold_at_one_pebibyte);
	tcase_add_test (tc, the_trace_tells_the_story);
	tcase_add_test (tc, every_event_and_reason_is_named);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
