/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Buffered writes: reservation, read-modify-write of partial pages,
 * NORESERVE admission on a full filesystem (btrfs-semantics.md 1.2, 1.3,
 * __btrfs_buffered_write in 5.2), and the claim that the bulk paths of
 * page-cache.c give exactly the state the write(2)-by-write(2) loop gives.
 */
#include "ext-test.h"

#include <string.h>

static extsim_dirty_range
only_dirty (extsim_fs *fs, extsim_ino ino)
{
	g_autoptr (GArray) d = extsim_fs_dirty_ranges (fs, ino, NULL);

	ext_assert_int_eq (d->len, 1);
	return g_array_index (d, extsim_dirty_range, 0);
}

static void
assert_dirty (extsim_fs *fs, extsim_ino ino, const extsim_dirty_range *want, guint n)
{
	g_autoptr (GArray) d = extsim_fs_dirty_ranges (fs, ino, NULL);

	ext_assert_int_eq (d->len, n);
	for (guint i = 0; i < n; i++) {
		const extsim_dirty_range *x = &g_array_index (d, extsim_dirty_range, i);

		ext_assert_u64_eq (x->offset, want[i].offset);
		ext_assert_u64_eq (x->len, want[i].len);
		ext_assert_int_eq (x->fill, want[i].fill);
		ext_assert_int_eq (x->state, want[i].state);
	}
}

START_TEST (write_reserves_whole_sectors)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	extsim_inode_info info;
	/* the bytes of the pages around the write read as zeros */
	const extsim_dirty_range want[] = {
		{ 0, 100, 0, EXTSIM_RESERVED },
		{ 100, 5000, 0xab, EXTSIM_RESERVED },
		{ 5100, 8 * KiB - 5100, 0, EXTSIM_RESERVED },
	};

	t_pwrite (fs, f, 100, 5000, 0xab);
	/* [100, 5100) touches sectors [0, 8192) */
	ext_assert_u64_eq (t_space (fs).may_use, 8 * KiB);
	assert_dirty (fs, f, want, G_N_ELEMENTS (want));
	extsim_fs_inode_info (fs, f, &info, NULL);
	ext_assert_u64_eq (info.size, 5100);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (rewriting_dirty_pages_does_not_reserve_twice)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, MiB, 0xab);
	t_pwrite (fs, f, 4 * KiB, 64 * KiB, 0xcd);
	t_pwrite (fs, f, 0, MiB, 0xef);
	ext_assert_u64_eq (t_space (fs).may_use, MiB);
	t_writeback (fs, f);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	ext_assert_u64_eq (t_space (fs).used, MiB);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* The bytes of a partial page around the write keep their old content. */
START_TEST (partial_pages_are_read_modify_write)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autoptr (GArray) runs = NULL;
	const extsim_content_run want[] = {
		{ 0, 1000, 0x11 }, { 1000, 2000, 0x22 }, { 3000, 8192 - 3000, 0x11 },
	};

	t_pwrite (fs, f, 0, 8 * KiB, 0x11);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 1000, 2000, 0x22);
	runs = extsim_fs_read (fs, f, 0, 0, NULL);
	ext_assert_int_eq (runs->len, G_N_ELEMENTS (want));
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, i);

		ext_assert_u64_eq (r->offset, want[i].offset);
		ext_assert_u64_eq (r->len, want[i].len);
		ext_assert_int_eq (r->fill, want[i].fill);
	}
	ext_assert_u64_eq (t_space (fs).may_use, 4 * KiB);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (full_fs_write_into_a_hole_fails)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	guint64 hash, before_flush;
	extsim_inode_info info;

	t_fill (fs);
	before_flush = extsim_fs_hash (fs);
	ext_assert_u64_eq (t_pwrite_enospc (fs, f, 0, 8 * KiB, 0xab, 0), 0);
	/* the failed reservation flushed and committed: nothing else changed */
	hash = extsim_fs_hash (fs);
	ext_assert_u64_eq (hash, before_flush);
	extsim_fs_inode_info (fs, f, &info, NULL);
	ext_assert_u64_eq (info.size, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* A write(2) admitted NORESERVE stops at the extent's end; the rest of the
 * same call finds a hole and the call returns short.  Each page's failed
 * reservation flushed the page before it, in place. */
START_TEST (noreserve_is_clamped_to_the_extent)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	g_autoptr (GArray) dirty = NULL;
	guint64 written = 0;
	GError *err = NULL;
	const t_item layout[] = {
		{ 0, 56 * KiB, 'P', 1, 0 },
		{ 56 * KiB, 8 * KiB, 'R', 1, 56 * KiB },
		T_END,
	};

	t_falloc (fs, f, 0, 64 * KiB);
	t_fill (fs);
	ext_assert_true (extsim_fs_pwrite (fs, f, 56 * KiB, 16 * KiB, 0xab, 16 * KiB, &written, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, 8 * KiB);
	dirty = extsim_fs_dirty_ranges (fs, f, NULL);
	ext_assert_int_eq (dirty->len, 0);
	t_assert_items (fs, f, layout);
	ext_assert_u64_eq (t_space (fs).may_use, 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* NOCOW admission needs the extent unshared: after a reflink it is shared
 * and the write fails at once (the "reversed order" run on Linux 6.18). */
START_TEST (shared_prealloc_is_not_admitted)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);

	t_falloc (fs, f, 8 * KiB, 8 * MiB);
	t_reflink (fs, f, 8 * KiB, f, 0, 4 * KiB);
	t_fill (fs);
	ext_assert_u64_eq (t_pwrite_enospc (fs, f, MiB, MiB, 0xcd, 0), 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (nodatacow_rewrite_is_admitted_on_a_full_fs)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	GError *err = NULL;

	extsim_fs_set_nodatacow (fs, f, &err);
	ext_assert_no_error (err);
	t_pwrite (fs, f, 0, MiB, 0x11);
	extsim_fs_sync (fs);
	t_fill (fs);
	t_pwrite (fs, f, 0, MiB, 0x22);
	ext_assert_int_eq (only_dirty (fs, f).state, EXTSIM_NORESERVE);
	t_fsync (fs, f);
	ext_assert_u64_eq (t_lost (fs, f), 0);
	t_assert_clean (fs);
	extsim_fs_free (fs);
}
END_TEST

/* Linux 6.18: a write past an unaligned EOF first zeroes the rest of the
 * old last block, which rewrites (COWs) it. */
START_TEST (write_past_eof_rewrites_the_eof_block)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	extsim_ino f = t_create (fs);
	const t_item layout[] = {
		{ 0, 4 * KiB, 'R', 1, 0 },
		{ 4 * KiB, 4 * KiB, 'R', 2, 0 },
		{ 16 * KiB, 4 * KiB, 'R', 3, 0 },
		T_END,
	};

	t_pwrite (fs, f, 0, 6000, 0xaa);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 16 * KiB, 4 * KiB, 0xbb);
	extsim_fs_sync (fs);
	t_assert_items (fs, f, layout);
	extsim_fs_free (fs);
}
END_TEST

/* ---- the bulk paths against the loop they replace ---- */

typedef struct {
	guint64 off, len, bsize;
} write_call;

/* Runs prepare(), then the write once as one pwrite of bsize calls (bulk)
 * and once as one pwrite per call (the loop) or, chunks, per chunk of the
 * kernel (a page, cut where a call of bsize ends), which no run can join:
 * the two filesystems must be equal. */
static void
assert_one_equals_pieces (void (*prepare) (extsim_fs *, extsim_ino), write_call w, const char *policy,
			  gboolean chunks)
{
	extsim_fs *bulk = t_fs_new (policy, 512 * MiB, 0), *loop = t_fs_new (policy, 512 * MiB, 0);
	extsim_ino fb = t_create (bulk), fl = t_create (loop);
	guint64 wb = 0, wl = 0;
	GError *err = NULL;

	prepare (bulk, fb);
	prepare (loop, fl);
	ext_assert_true (extsim_fs_equal (bulk, loop));
	extsim_fs_pwrite (bulk, fb, w.off, w.len, 0x5a, w.bsize, &wb, &err);
	g_clear_error (&err);
	for (guint64 pos = w.off; pos < w.off + w.len;) {
		guint64 call_end = MIN (w.off + (pos - w.off) / w.bsize * w.bsize + w.bsize, w.off + w.len);
		guint64 end = chunks ? MIN ((pos / (4 * KiB) + 1) * 4 * KiB, call_end) : call_end;
		guint64 len = end - pos, n = 0;

		if (!extsim_fs_pwrite (loop, fl, pos, len, 0x5a, chunks ? len : w.bsize, &n, &err)) {
			g_clear_error (&err);
			break;
		}
		wl += n;
		pos += n;
		if (n < len)
			break;
	}
	ext_assert_u64_eq (wb, wl);
	ext_assert_u64_eq (t_space (bulk).may_use, t_space (loop).may_use);
	ext_assert_true (extsim_fs_equal (bulk, loop));
	ext_assert_u64_eq (extsim_fs_hash (bulk), extsim_fs_hash (loop));
	extsim_fs_free (bulk);
	extsim_fs_free (loop);
}

static void
assert_bulk_equals_loop (void (*prepare) (extsim_fs *, extsim_ino), write_call w, const char *policy)
{
	assert_one_equals_pieces (prepare, w, policy, FALSE);
}

static void
prepare_nothing (extsim_fs *fs, extsim_ino f)
{
	(void) fs;
	(void) f;
}

/* dirty RESERVED, dirty NORESERVE and clean pages under the write */
static void
prepare_mixed_dirty (extsim_fs *fs, extsim_ino f)
{
	extsim_ino other = t_create (fs);

	t_falloc (fs, f, 0, 8 * MiB);
	t_pwrite (fs, f, 2 * MiB, 64 * KiB, 0x01);
	t_pwrite (fs, other, 0, 420 * MiB, 0x02);
}

/* the section 1 shape: a PREALLOC extent on a full filesystem */
static void
prepare_full_prealloc (extsim_fs *fs, extsim_ino f)
{
	t_falloc (fs, f, 8 * KiB, 64 * MiB);
	t_fill (fs);
}

START_TEST (bulk_reserve_equals_the_loop)
{
	assert_bulk_equals_loop (prepare_nothing, (write_call) { 0, 64 * MiB, 4 * KiB }, "unpatched");
	assert_bulk_equals_loop (prepare_nothing, (write_call) { 12 * KiB, 3 * MiB, 64 * KiB }, "unpatched");
}
END_TEST

START_TEST (bulk_reserve_over_mixed_pages_equals_the_loop)
{
	assert_bulk_equals_loop (prepare_mixed_dirty, (write_call) { 0, 8 * MiB, 4 * KiB }, "unpatched");
}
END_TEST

START_TEST (bulk_noreserve_cycle_equals_the_loop)
{
	assert_bulk_equals_loop (prepare_full_prealloc, (write_call) { MiB, 16 * MiB, 4 * KiB }, "unpatched");
	assert_bulk_equals_loop (prepare_full_prealloc, (write_call) { 60 * MiB, 8 * MiB, 4 * KiB }, "unpatched");
	assert_bulk_equals_loop (prepare_full_prealloc, (write_call) { 0, 2 * MiB, 8 * KiB }, "always-reserve");
}
END_TEST

/* Linux 6.18: a write(2) of 1 MiB on a nearly full filesystem writes the
 * pages that fit and returns short ("wrote X/Y" with X a multiple of 4 KiB);
 * Linux 5.2 copied 512 pages at a time and failed the whole chunk. */
START_TEST (a_call_that_does_not_fit_writes_what_fits)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	extsim_fs *fs;
	extsim_ino f;
	guint64 written = 0, total;
	GError *err = NULL;

	o.device_size = GiB;
	fs = t_fs_new_opts (&o);
	f = t_create (fs);
	total = t_space (fs).total;
	ext_assert_u64_eq (total, G_GUINT64_CONSTANT (948568064)); /* measured, 1 GiB device */
	ext_assert_true (extsim_fs_pwrite (fs, f, 0, GiB, 0, MiB, &written, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, total);
	extsim_fs_free (fs);

	o.write_chunk = EXTSIM_WRITE_CHUNK_5_2;
	fs = t_fs_new_opts (&o);
	f = t_create (fs);
	ext_assert_false (extsim_fs_pwrite (fs, f, 0, GiB, 0, MiB, &written, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	ext_assert_u64_eq (written, total / MiB * MiB);
	extsim_fs_free (fs);
}
END_TEST

/* Unaligned write(2) sizes take the runs inside each call: same answer. */
START_TEST (unaligned_calls_equal_the_loop)
{
	assert_bulk_equals_loop (prepare_nothing, (write_call) { 100, 300 * KiB, 3000 }, "unpatched");
	assert_bulk_equals_loop (prepare_full_prealloc, (write_call) { MiB + 100, 64 * KiB, 5000 }, "unpatched");
}
END_TEST

/* A filesystem with 3 MiB of data space left. */
static void
prepare_nearly_full (extsim_fs *fs, extsim_ino f)
{
	extsim_ino room = t_create (fs);

	(void) f;
	t_pwrite (fs, room, 0, 3 * MiB, 0x01);
	extsim_fs_sync (fs);
	t_fill (fs);
	t_unlink (fs, room);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (t_space (fs).free, 3 * MiB);
}

/* A file of 16 MiB, all a hole: no write below that grows it (a write
 * past the end zeroes the rest of the block the call ends in first,
 * btrfs_cont_expand, which differs between a call and a chunk). */
static void
prepare_sized (extsim_fs *fs, extsim_ino f)
{
	t_truncate (fs, f, 16 * MiB);
}

START_TEST (runs_inside_unaligned_calls_equal_the_chunks)
{
	assert_one_equals_pieces (prepare_sized, (write_call) { 296, 8 * MiB, MiB }, "unpatched", TRUE);
	assert_one_equals_pieces (prepare_mixed_dirty, (write_call) { 296, 8 * MiB, MiB }, "unpatched", TRUE);
	assert_one_equals_pieces (prepare_full_prealloc, (write_call) { MiB + 100, 4 * MiB, 64 * KiB }, "unpatched",
				  TRUE);
	assert_one_equals_pieces (prepare_full_prealloc, (write_call) { MiB + 100, 4 * MiB, 64 * KiB }, "patched", TRUE);
	assert_one_equals_pieces (prepare_nearly_full, (write_call) { 296, 8 * MiB, MiB }, "patched", TRUE);
}
END_TEST

/* Calls smaller than a page past the end of the file: the periods of
 * lcm (bs, page) in one step equal the chunks one call each, also where
 * the data space runs out, a dirty page or an item stops the run, or the
 * write does not start at the end of the file. */
START_TEST (periods_of_small_calls_equal_the_chunks)
{
	assert_one_equals_pieces (prepare_nothing, (write_call) { 0, 2 * MiB, 3 * KiB }, "unpatched", TRUE);
	assert_one_equals_pieces (prepare_nothing, (write_call) { 0, MiB + 1000, 512 }, "patched", TRUE);
	assert_one_equals_pieces (prepare_nothing, (write_call) { 0, 3 * MiB, 3000 }, "patched", TRUE);
	assert_one_equals_pieces (prepare_nearly_full, (write_call) { 0, 8 * MiB, 3 * KiB }, "patched", TRUE);
	assert_one_equals_pieces (prepare_mixed_dirty, (write_call) { 0, 12 * MiB, 3 * KiB }, "unpatched", TRUE);
	assert_one_equals_pieces (prepare_sized, (write_call) { 16 * MiB, MiB, 3 * KiB }, "unpatched", TRUE);
}
END_TEST

typedef struct {
	guint reserve_events;
	guint64 reserved_pages;
} reserve_count;

static void
count_reserves (const extsim_event *ev, gpointer data)
{
	reserve_count *c = data;

	if (ev->kind == EXTSIM_EVENT_RESERVE) {
		c->reserve_events++;
		c->reserved_pages += ev->count;
	}
}

/* The reservation events of a write of 64 MiB from offset in calls of
 * bsize to a new file on 512 MiB, each counting its chunks. */
static reserve_count
reserves_of_write (guint64 offset, guint64 bsize)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);
	extsim_ino f = t_create (fs);
	reserve_count c = { 0, 0 };
	guint64 written = 0;
	GError *err = NULL;

	extsim_fs_set_trace (fs, count_reserves, &c);
	ext_assert_true (extsim_fs_pwrite (fs, f, offset, 64 * MiB, 0x5a, bsize, &written, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, 64 * MiB);
	extsim_fs_set_trace (fs, NULL, NULL);
	extsim_fs_free (fs);
	return c;
}

/* An unaligned write costs a few steps a write(2) call, not one a page:
 * 64 MiB from byte 296 in calls of 1 MiB is 64 calls of 257 chunks (the
 * kernel copies a page at a time: a partial first page, 255 whole ones, a
 * partial last), each at most three events: the partial chunks and one
 * run of the whole pages. */
START_TEST (an_unaligned_write_is_a_few_steps_a_call)
{
	reserve_count c = reserves_of_write (296, MiB);

	ext_assert_u64_eq (c.reserved_pages, 64 * 257);
	ext_assert_true (c.reserve_events <= 3 * 64);
}
END_TEST

/* 64 MiB in calls of 3 KiB (a period of 12 KiB: 4 calls, 3 pages, 6
 * chunks) from the start of an empty file is a few steps, not one a
 * chunk: 5461 periods, then [0, 3k) and [3k, 4k) of one more. */
START_TEST (small_calls_past_the_end_are_a_few_steps)
{
	reserve_count c = reserves_of_write (0, 3 * KiB);

	ext_assert_u64_eq (c.reserved_pages, 64 * MiB / (12 * KiB) * 6 + 2);
	ext_assert_true (c.reserve_events <= 8);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("buffered-write");
	TCase *tc = tcase_create ("admission");
	TCase *bulk = tcase_create ("bulk");

	tcase_add_test (tc, write_reserves_whole_sectors);
	tcase_add_test (tc, rewriting_dirty_pages_does_not_reserve_twice);
	tcase_add_test (tc, partial_pages_are_read_modify_write);
	tcase_add_test (tc, full_fs_write_into_a_hole_fails);
	tcase_add_test (tc, noreserve_is_clamped_to_the_extent);
	tcase_add_test (tc, shared_prealloc_is_not_admitted);
	tcase_add_test (tc, nodatacow_rewrite_is_admitted_on_a_full_fs);
	tcase_add_test (tc, write_past_eof_rewrites_the_eof_block);
	tcase_add_test (tc, a_call_that_does_not_fit_writes_what_fits);
	suite_add_tcase (s, tc);
	tcase_add_test (bulk, bulk_reserve_equals_the_loop);
	tcase_add_test (bulk, bulk_reserve_over_mixed_pages_equals_the_loop);
	tcase_add_test (bulk, bulk_noreserve_cycle_equals_the_loop);
	tcase_add_test (bulk, unaligned_calls_equal_the_loop);
	tcase_add_test (bulk, runs_inside_unaligned_calls_equal_the_chunks);
	tcase_add_test (bulk, an_unaligned_write_is_a_few_steps_a_call);
	tcase_add_test (bulk, periods_of_small_calls_equal_the_chunks);
	tcase_add_test (bulk, small_calls_past_the_end_are_a_few_steps);
	suite_add_tcase (s, bulk);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
