/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The whole filesystem state as a value: extsim_fs_clone(), extsim_fs_hash()
 * and extsim_fs_equal().
 *
 *   clone     a clone and its original never see each other's steps, over
 *             writes, reflinks, snapshots, punches, unlinks and syncs, and
 *             either may be freed first (run under valgrind or ASan to see
 *             that nothing leaks); recorded violations travel with it
 *   equal     states built in different orders, or with different numbers
 *             of idle commits, hash and compare equal
 *   differ    states that differ in one byte, one dirty page, one
 *             reservation state, one sharing, one flag, hash differently
 *   read-only queries and the invariant checker leave the hash alone
 *   kept      each map's kept sum (pmap_sum) is its entries' sum after
 *             steps of every kind
 *
 * What a reader can see of a state is rendered as text (view()), so a
 * failure prints both sides.
 */
#include "ext-test.h"
#include "fs-private.h"

#include <string.h>

/* ---- what a reader can see of a state ------------------------------------ */

/* Subvolumes and inode numbers the scenarios below can reach. */
#define LAST_ROOT (EXTSIM_FIRST_FREE_OBJECTID + 40)
#define LAST_INO (EXTSIM_FIRST_FREE_OBJECTID + 16)

static void
view_file (GString *s, extsim_fs *fs, extsim_ino ino, gboolean with_md5)
{
	GError *err = NULL;
	extsim_inode_info info;
	g_autoptr (GArray) items = extsim_fs_file_extents (fs, ino, &err);
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (fs, ino, &err);
	g_autoptr (GArray) lost = extsim_fs_lost_ranges (fs, ino, &err);
	g_autoptr (GArray) map = extsim_fs_fiemap (fs, ino, 0, 0, 0, &err);
	g_autoptr (GArray) runs = extsim_fs_read (fs, ino, 0, 0, &err);
	g_autofree char *md5 = with_md5 ? extsim_fs_md5 (fs, ino, &err) : NULL;

	ext_assert_no_error (err);
	extsim_fs_inode_info (fs, ino, &info, &err);
	ext_assert_no_error (err);
	g_string_append_printf (s, "file (%" PRIu64 ", %" PRIu64 ") size %" PRIu64 " disk_size %" PRIu64
				" flags 0x%x wb_error %d md5 %s\n",
				ino.root, ino.ino, info.size, info.disk_size, info.flags, info.wb_error,
				md5 ? md5 : "-");
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, i);

		g_string_append_printf (s, "  reads [%" PRIu64 " +%" PRIu64 ") fill 0x%02x\n", r->offset, r->len,
					r->fill);
	}
	for (guint i = 0; i < items->len; i++) {
		const extsim_file_extent *x = &g_array_index (items, extsim_file_extent, i);

		g_string_append_printf (s, "  item [%" PRIu64 " +%" PRIu64 ") type %d disk %" PRIu64 " +%" PRIu64
					" at %" PRIu64 " gen %" PRIu64 "\n",
					x->offset, x->len, x->type, x->disk_bytenr, x->disk_num_bytes, x->extent_offset,
					x->generation);
	}
	for (guint i = 0; i < dirty->len; i++) {
		const extsim_dirty_range *d = &g_array_index (dirty, extsim_dirty_range, i);

		g_string_append_printf (s, "  dirty [%" PRIu64 " +%" PRIu64 ") fill 0x%02x %s\n", d->offset, d->len,
					d->fill, d->state == EXTSIM_RESERVED ? "reserved" : "noreserve");
	}
	for (guint i = 0; i < lost->len; i++)
		g_string_append_printf (s, "  lost [%" PRIu64 " +%" PRIu64 ")\n", g_array_index (lost, extsim_range, i).offset,
					g_array_index (lost, extsim_range, i).len);
	for (guint i = 0; i < map->len; i++) {
		const extsim_fiemap_extent *m = &g_array_index (map, extsim_fiemap_extent, i);

		g_string_append_printf (s, "  fiemap [%" PRIu64 " +%" PRIu64 ") phys %" PRIu64 " flags 0x%x\n",
					m->logical, m->length, m->physical, m->flags);
	}
}

static void
view_extents (GString *s, const extsim_fs *fs)
{
	g_autoptr (GArray) extents = extsim_fs_extents (fs);

	for (guint i = 0; i < extents->len; i++) {
		const extsim_extent *e = &g_array_index (extents, extsim_extent, i);
		GError *err = NULL;
		g_autoptr (GArray) refs = extsim_fs_extent_backrefs (fs, e->bytenr, &err);

		ext_assert_no_error (err);
		g_string_append_printf (s, "extent %" PRIu64 " +%" PRIu64 " gen %" PRIu64 " refs %" PRIu64 ":",
					e->bytenr, e->num_bytes, e->generation, e->refs);
		for (guint j = 0; j < refs->len; j++) {
			const extsim_backref *b = &g_array_index (refs, extsim_backref, j);

			g_string_append_printf (s, " (%" PRIu64 ", %" PRIu64 ", %" PRIu64 ") x%" PRIu64, b->root, b->ino,
						b->origin, b->count);
		}
		g_string_append_c (s, '\n');
	}
}

/* Everything observable, statistics, step and transid included; md5
 * costs a pass over every byte, so the lineage test leaves it out. */
static char *
view_full (extsim_fs *fs, gboolean with_md5)
{
	GString *s = g_string_new (NULL);
	extsim_space_info si = t_space (fs);
	const GPtrArray *violations = extsim_fs_violations (fs);
	extsim_stats st;

	extsim_fs_get_stats (fs, &st);
	g_string_append_printf (s, "step %" PRIu64 " transid %" PRIu64 "\n", extsim_fs_get_step (fs),
				extsim_fs_get_transid (fs));
	g_string_append_printf (s, "space total %" PRIu64 " used %" PRIu64 " reserved %" PRIu64 " pinned %" PRIu64
				" may_use %" PRIu64 " readonly %" PRIu64 " free %" PRIu64 "\n",
				si.total, si.used, si.reserved, si.pinned, si.may_use, si.readonly, si.free);
	g_string_append_printf (s, "stats steps %" PRIu64 " commits %" PRIu64 " cow %" PRIu64 " nocow %" PRIu64
				" lost %" PRIu64 " noreserve %" PRIu64 "\n",
				st.steps, st.commits, st.cow_bytes, st.nocow_bytes, st.lost_bytes, st.noreserve_admissions);
	for (guint i = 0; i < violations->len; i++) {
		g_autofree char *v = extsim_violation_to_string (violations->pdata[i]);

		g_string_append_printf (s, "violation %s\n", v);
	}
	for (guint64 root = EXTSIM_FS_TREE; root <= LAST_ROOT; root = root == EXTSIM_FS_TREE ? 256 : root + 1) {
		for (guint64 ino = EXTSIM_FIRST_FREE_OBJECTID; ino <= LAST_INO; ino++) {
			if (extsim_fs_inode_exists (fs, (extsim_ino) { root, ino }))
				view_file (s, fs, (extsim_ino) { root, ino }, with_md5);
		}
	}
	view_extents (s, fs);
	return g_string_free (s, FALSE);
}

static char *
view (extsim_fs *fs)
{
	return view_full (fs, TRUE);
}

/* ---- scenarios ----------------------------------------------------------- */

typedef struct {
	extsim_fs *fs;
	extsim_ino a, b, c;
	guint64 snap;
} busy;

/*
 *   a  [ R 0-256k                ][ P 256k-512k            ]
 *           ^ dirty 64k-68k (after the snapshot)  ^ dirty 300k-316k
 *   b  [ R 0-128k = a's extent ][ dirty 128k-132k ]
 *   c  nodatacow [ R 0-64k ], dirty 0-4k
 *   a snapshot of the top level, taken with everything synced
 */
static busy
busy_new (void)
{
	busy w;

	w.fs = t_fs_new (NULL, 0, 0);
	w.a = t_create (w.fs);
	w.b = t_create (w.fs);
	w.c = t_create (w.fs);
	t_nodatacow (w.fs, w.c);
	t_pwrite (w.fs, w.a, 0, 256 * KiB, 0xaa);
	t_fsync (w.fs, w.a);
	t_falloc (w.fs, w.a, 256 * KiB, 256 * KiB);
	t_pwrite (w.fs, w.c, 0, 64 * KiB, 0xcc);
	t_fsync (w.fs, w.c);
	t_reflink (w.fs, w.a, 0, w.b, 0, 128 * KiB);
	w.snap = t_snapshot (w.fs, EXTSIM_FS_TREE);
	t_pwrite (w.fs, w.a, 300 * KiB, 16 * KiB, 0xab);
	t_pwrite (w.fs, w.a, 64 * KiB, 4 * KiB, 0xac);
	t_pwrite (w.fs, w.b, 128 * KiB, 4 * KiB, 0xbb);
	t_pwrite (w.fs, w.c, 0, 4 * KiB, 0xcd);
	t_assert_clean (w.fs);
	return w;
}

/* Every kind of step, on the files of a busy state. */
static void
churn (extsim_fs *fs, const busy *w)
{
	extsim_ino d = t_create (fs);

	t_pwrite (fs, d, 0, 96 * KiB, 0x5a);
	t_reflink (fs, w->a, 0, d, 128 * KiB, 64 * KiB);
	t_snapshot (fs, EXTSIM_FS_TREE);
	t_punch (fs, w->a, 8 * KiB, 16 * KiB);
	t_fsync (fs, w->a);
	t_unlink (fs, w->b);
	t_truncate (fs, w->c, 8 * KiB);
	t_falloc (fs, d, 512 * KiB, 64 * KiB);
	t_writeback (fs, d);
	t_dedupe (fs, d, 0, d, 64 * KiB, 4 * KiB);
	t_pwrite (fs, w->a, 400 * KiB, 8 * KiB, 0x77);
	extsim_fs_sync (fs);
	t_pwrite (fs, d, 4 * KiB, 4 * KiB, 0x78);
	t_assert_clean (fs);
}

/* One small step of a lineage of clones: i picks what it does. */
static void
churn_step (extsim_fs *fs, const busy *w, guint i)
{
	t_pwrite (fs, w->a, (i % 64) * 4 * KiB, 4 * KiB, (guint8) i);
	if (i % 3 == 0)
		t_writeback (fs, w->a);
	if (i % 5 == 0)
		t_snapshot (fs, EXTSIM_FS_TREE);
	if (i % 7 == 0)
		t_reflink (fs, w->a, 128 * KiB, w->b, 256 * KiB + i * 64 * KiB, 64 * KiB);
	if (i % 4 == 0)
		extsim_fs_commit (fs);
}

/* ---- a clone is independent --------------------------------------------- */

/* _i: 0 frees the original first, 1 the clone first */
START_TEST (steps_on_a_clone_leave_the_original)
{
	busy w = busy_new ();
	g_autofree char *before = view (w.fs);
	g_autofree char *clone_view = NULL;
	guint64 h = extsim_fs_hash (w.fs);
	extsim_fs *c = extsim_fs_clone (w.fs);
	extsim_fs *first, *second;

	clone_view = view (c);
	ext_assert_str_eq (clone_view, before);
	ext_assert_u64_eq (extsim_fs_hash (c), h);
	ext_assert_true (extsim_fs_equal (w.fs, c));

	churn (c, &w);
	g_free (clone_view);
	clone_view = view (c);
	ext_assert_str_ne (clone_view, before);
	ext_assert_u64_ne (extsim_fs_hash (c), h);
	ext_assert_false (extsim_fs_equal (w.fs, c));
	{
		g_autofree char *now = view (w.fs);

		ext_assert_str_eq (now, before);
	}
	ext_assert_u64_eq (extsim_fs_hash (w.fs), h);

	/* the survivor of either order keeps its state and still works */
	first = _i == 0 ? w.fs : c;
	second = _i == 0 ? c : w.fs;
	extsim_fs_free (first);
	{
		g_autofree char *now = view (second);

		ext_assert_str_eq (now, _i == 0 ? clone_view : before);
	}
	churn_step (second, &w, 15);
	t_assert_clean (second);
	extsim_fs_free (second);
}
END_TEST

START_TEST (steps_on_the_original_leave_a_clone)
{
	busy w = busy_new ();
	extsim_fs *c = extsim_fs_clone (w.fs);
	g_autofree char *before = view (c);
	g_autofree char *now = NULL;
	guint64 h = extsim_fs_hash (c);

	churn (w.fs, &w);
	now = view (c);
	ext_assert_str_eq (now, before);
	ext_assert_u64_eq (extsim_fs_hash (c), h);
	ext_assert_u64_ne (extsim_fs_hash (w.fs), h);
	/* the same steps on the clone reach the same state */
	churn (c, &w);
	ext_assert_true (extsim_fs_equal (w.fs, c));
	ext_assert_u64_eq (extsim_fs_hash (c), extsim_fs_hash (w.fs));
	g_free (now);
	g_free (before);
	before = view (w.fs);
	now = view (c);
	ext_assert_str_eq (now, before);
	extsim_fs_free (w.fs);
	extsim_fs_free (c);
}
END_TEST

#define LINEAGE 24

/* Each generation is a clone of the one before plus one small step; every
 * generation keeps its own state while later ones change and while the
 * others are freed, in a shuffled order. */
START_TEST (a_lineage_of_clones_freed_in_any_order)
{
	busy w = busy_new ();
	extsim_fs *gen[LINEAGE];
	char *seen[LINEAGE];
	guint order[LINEAGE];
	GRand *rnd = g_rand_new_with_seed (0x57a7e);

	gen[0] = w.fs;
	for (guint i = 1; i < LINEAGE; i++) {
		gen[i] = extsim_fs_clone (gen[i - 1]);
		churn_step (gen[i], &w, i);
	}
	for (guint i = 0; i < LINEAGE; i++) {
		seen[i] = view_full (gen[i], FALSE);
		order[i] = i;
		if (i)
			ext_assert_str_ne (seen[i], seen[i - 1]);
	}
	for (guint i = LINEAGE - 1; i > 0; i--) {
		guint j = (guint) g_rand_int_range (rnd, 0, (gint32) i + 1), t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	for (guint i = 0; i < LINEAGE; i++) {
		extsim_fs_free (gen[order[i]]);
		gen[order[i]] = NULL;
		for (guint j = 0; j < LINEAGE; j++) {
			g_autofree char *now = gen[j] ? view_full (gen[j], FALSE) : NULL;

			if (gen[j])
				ext_assert_str_eq (now, seen[j]);
		}
	}
	for (guint i = 0; i < LINEAGE; i++)
		g_free (seen[i]);
	g_rand_free (rnd);
}
END_TEST

/*
 * The section 1 case (DESIGN.md), scaled down, under the unpatched policy: the reflink
 * leaves a NORESERVE page in a shared extent, which the checker records.
 * A clone carries the record and knows the violation is already active, so
 * a later step does not record it a second time in one and not the other.
 */
START_TEST (a_clone_carries_recorded_violations)
{
	extsim_fs *fs = t_fs_new ("unpatched", 0, 16 * MiB);
	extsim_ino file1 = t_create (fs), pad = t_create (fs);
	extsim_fs *c;
	GError *err = NULL;

	t_falloc (fs, file1, 8 * KiB, 4 * MiB);
	t_pwrite_enospc (fs, pad, 0, 16 * MiB, 0, 4 * KiB);
	t_pwrite (fs, file1, MiB, 2 * MiB, 0xcd);
	t_reflink (fs, file1, 8 * KiB, file1, 0, 4 * KiB);
	t_assert_violation (fs, EXTSIM_INVARIANT_RESERVED_OR_NOCOW);

	c = extsim_fs_clone (fs);
	for (guint round = 0; round < 3; round++) {
		g_autofree char *v1 = view (fs);
		g_autofree char *v2 = view (c);

		ext_assert_int_eq (extsim_fs_violations (c)->len, extsim_fs_violations (fs)->len);
		ext_assert_str_eq (v2, v1);
		ext_assert_u64_eq (extsim_fs_hash (c), extsim_fs_hash (fs));
		if (round == 0) {
			extsim_fs_commit (fs);
			extsim_fs_commit (c);
		} else if (round == 1) {
			/* the page is lost in both */
			ext_assert_false (extsim_fs_fsync (fs, file1, &err));
			ext_assert_error (err, EXTSIM_ERROR_NOSPC);
			ext_assert_false (extsim_fs_fsync (c, file1, &err));
			ext_assert_error (err, EXTSIM_ERROR_NOSPC);
		}
	}
	ext_assert_u64_eq (t_lost (c, file1), 4 * KiB);
	extsim_fs_free (fs);
	ext_assert_u64_eq (t_lost (c, file1), 4 * KiB);
	extsim_fs_free (c);
}
END_TEST

/* ---- pairs of scenarios --------------------------------------------------- */

/* A scenario on a fresh filesystem; arg is the one thing a pair varies. */
typedef void (*build_fn) (extsim_fs *fs, guint64 arg);

typedef struct {
	const char *what;
	build_fn one;
	guint64 one_arg;
	build_fn other;
	guint64 other_arg;
} state_pair;

static void
assert_pair (const state_pair *p, gboolean want_equal)
{
	extsim_fs *x = t_fs_new (NULL, 0, 0);
	extsim_fs *y = t_fs_new (NULL, 0, 0);
	g_autofree char *want = NULL;
	g_autofree char *have = NULL;

	p->one (x, p->one_arg);
	p->other (y, p->other_arg);
	t_assert_clean (x);
	t_assert_clean (y);
	want = g_strdup_printf ("%s: %s", p->what, want_equal ? "equal, same hash" : "not equal, different hashes");
	have = g_strdup_printf ("%s: %s, %s", p->what, extsim_fs_equal (x, y) ? "equal" : "not equal",
				extsim_fs_hash (x) == extsim_fs_hash (y) ? "same hash" : "different hashes");
	ext_assert_str_eq (have, want);
	extsim_fs_free (x);
	extsim_fs_free (y);
}

/* -- equal pairs -- */

/* f, g created in that order in both; their data steps interleave
 * differently; sync: then write everything back */
static void
writes_f_then_g (extsim_fs *fs, guint64 sync)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	t_pwrite (fs, f, 128 * KiB, 4 * KiB, 0x12);
	t_pwrite (fs, f, 16 * KiB, 8 * KiB, 0x13);
	t_nodatacow (fs, g);
	t_pwrite (fs, g, 0, 32 * KiB, 0x21);
	t_pwrite (fs, g, 1 * MiB, 100, 0x22);
	if (sync)
		extsim_fs_sync (fs);
}

/* each file's own steps in the same order (a write past EOF caches the
 * hole up to it: the order within a file shows until writeback) */
static void
writes_g_then_f_interleaved (extsim_fs *fs, guint64 sync)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_nodatacow (fs, g);
	t_pwrite (fs, g, 0, 32 * KiB, 0x21);
	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	t_pwrite (fs, g, 1 * MiB, 100, 0x22);
	t_pwrite (fs, f, 128 * KiB, 4 * KiB, 0x12);
	t_pwrite (fs, f, 16 * KiB, 8 * KiB, 0x13);
	if (sync)
		extsim_fs_sync (fs);
}

/* the steps interleaved, f still dirtied first: sync writes the files in
 * the order they were dirtied (the flusher's b_io order, the delalloc
 * lists), then each from its start */
static void
writes_interleaved_f_first (extsim_fs *fs, guint64 sync)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_nodatacow (fs, g);
	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	t_pwrite (fs, g, 0, 32 * KiB, 0x21);
	t_pwrite (fs, f, 128 * KiB, 4 * KiB, 0x12);
	t_pwrite (fs, g, 1 * MiB, 100, 0x22);
	t_pwrite (fs, f, 16 * KiB, 8 * KiB, 0x13);
	if (sync)
		extsim_fs_sync (fs);
}

/* each file's own steps in another order (f still dirtied first), then
 * synced: the same state */
static void
writes_reordered_then_synced (extsim_fs *fs, guint64 unused)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_nodatacow (fs, g);
	t_pwrite (fs, f, 128 * KiB, 4 * KiB, 0x12);
	t_pwrite (fs, g, 1 * MiB, 100, 0x22);
	t_pwrite (fs, g, 0, 32 * KiB, 0x21);
	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	t_pwrite (fs, f, 16 * KiB, 8 * KiB, 0x13);
	extsim_fs_sync (fs);
}

/* f written back before (arg 0) or after (arg 1) g is written */
static void
writeback_around_unrelated_write (extsim_fs *fs, guint64 after)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	if (!after)
		t_writeback (fs, f);
	t_pwrite (fs, g, 0, 64 * KiB, 0x22);
	if (after)
		t_writeback (fs, f);
}

static void
synced_then_idle_commits (extsim_fs *fs, guint64 commits)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	extsim_fs_sync (fs);
	t_commits (fs, (guint) commits);
	t_pwrite (fs, f, 64 * KiB, 4 * KiB, 0x12);
}

/* generations compare with the snapshot the same way whatever the commits */
static void
snapshot_between_idle_commits (extsim_fs *fs, guint64 commits)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	extsim_fs_sync (fs);
	t_commits (fs, (guint) commits);
	t_snapshot (fs, EXTSIM_FS_TREE);
	t_commits (fs, (guint) commits);
	t_pwrite (fs, f, 64 * KiB, 64 * KiB, 0x12);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 0, 4 * KiB, 0x13);
}

static void
written_synced_unlinked_committed (extsim_fs *fs, guint64 unused)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, MiB, 0x11);
	extsim_fs_sync (fs);
	t_unlink (fs, f);
	extsim_fs_commit (fs);
}

static void
created_and_unlinked (extsim_fs *fs, guint64 unused)
{
	t_unlink (fs, t_create (fs));
}

static void
written_then_punched_to_nothing (extsim_fs *fs, guint64 unused)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	t_punch (fs, f, 0, 64 * KiB);
	extsim_fs_commit (fs);
}

static void
truncated (extsim_fs *fs, guint64 size)
{
	t_truncate (fs, t_create (fs), size);
}

/* 64 KiB dirty, written twice: with 0x22 both times, or first with 0x11
 * (arg 1).  Twice either way: the second write looks the extent maps of
 * its pages up (btrfs_find_new_delalloc_bytes caches a hole map), the
 * first, past EOF, does not, so a single write is another state. */
static void
dirty_written (extsim_fs *fs, guint64 first_other)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, first_other ? 0x11 : 0x22);
	t_pwrite (fs, f, 0, 64 * KiB, 0x22);
}

/* g's extent: reflinked from f, which then went, or written by g itself;
 * the clone loads no extent map where g's writeback does (create_io_em),
 * so the reflinked g is read once, which loads it (btrfs_get_extent) */
static void
reflinked_then_source_unlinked (extsim_fs *fs, guint64 unused)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	extsim_fs_sync (fs);
	t_reflink (fs, f, 0, g, 0, 64 * KiB);
	ext_assert_true (extsim_fs_readahead (fs, g, 0, 0, NULL));
	t_unlink (fs, f);
	extsim_fs_commit (fs);
}

static void
written_alone (extsim_fs *fs, guint64 unused)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_unlink (fs, f);
	t_pwrite (fs, g, 0, 64 * KiB, 0x11);
	/* a writeback of a range: a whole-file one would also move g's
	 * writeback index, which the reflinked g keeps at 0; then a sync, whose
	 * flusher pass takes g off the writeback lists its page put it on (the
	 * reflinked g dirtied none), and commits */
	ext_assert_true (extsim_fs_writeback (fs, g, 0, 64 * KiB, NULL));
	extsim_fs_sync (fs);
}

/* [0, 8k) written back as the whole file (arg 1: the writeback index is
 * left at 8k, and the sync of the rewrite would start there) or as a
 * range (arg 0: the index stays at 0), then rewritten */
static void
rewritten_after_writeback (extsim_fs *fs, guint64 arg)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 8 * KiB, 0x63);
	ext_assert_true (extsim_fs_writeback (fs, f, 0, arg ? 0 : 8 * KiB, NULL));
	t_pwrite (fs, f, 0, 16 * KiB, 0x61);
}

/* g gets f's first block by reflink, once or twice in the transaction
 * after f's data was committed (arg: times); the second drops the
 * first one's reference and adds it again: the delayed ref, first made
 * and then filled in, cancels and is made afresh */
static void
reflinked_times (extsim_fs *fs, guint64 times)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x21);
	extsim_fs_sync (fs);
	extsim_fs_hash (fs);
	/* hashed between steps, as the explorer does: the maps keep sums */
	for (guint64 i = 0; i < times; i++, extsim_fs_hash (fs))
		t_reflink (fs, f, 0, g, 0, 4 * KiB);
}

static const state_pair equal_pairs[] = {
	{ "independent files, steps interleaved differently, then synced", writes_f_then_g, 1, writes_interleaved_f_first, 1 },
	{ "each file's steps reordered, then synced", writes_f_then_g, 1, writes_reordered_then_synced, 0 },
	{ "writeback before or after an unrelated write", writeback_around_unrelated_write, 0,
	  writeback_around_unrelated_write, 1 },
	{ "one idle commit or five", synced_then_idle_commits, 1, synced_then_idle_commits, 5 },
	{ "idle commits around a snapshot", snapshot_between_idle_commits, 0, snapshot_between_idle_commits, 3 },
	{ "dirty data overwritten before writeback", dirty_written, 1, dirty_written, 0 },
	{ "a reflink whose source went is as a file written alone", reflinked_then_source_unlinked, 0, written_alone,
	  0 },
	/* the commit that frees a group's last extent resets its size class
	 * (btrfs_maybe_reset_size_class, block-group.c): nothing is left */
	{ "written, synced, unlinked, committed: the block group loses its class", written_synced_unlinked_committed,
	  0, created_and_unlinked, 0 },
	{ "a reflink done once or done twice", reflinked_times, 1, reflinked_times, 2 },
};

START_TEST (equal_states_hash_equal_whatever_the_order)
{
	assert_pair (&equal_pairs[_i], TRUE);
}
END_TEST

/* -- different pairs -- */

/* arg: fill byte, and 0x100 to sync */
static void
written_with_fill (extsim_fs *fs, guint64 arg)
{
	t_pwrite (fs, t_create (fs), 0, 64 * KiB, (guint8) arg);
	if (arg & 0x100)
		extsim_fs_sync (fs);
}

/* the extra page holds what the disk holds: only its dirtiness differs */
static void
synced_plus_clean_rewrite (extsim_fs *fs, guint64 unused)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0xaa);
	extsim_fs_sync (fs);
	t_pwrite (fs, f, 60 * KiB, 4 * KiB, 0xaa);
}

/*
 * A full filesystem; p has a PREALLOC extent, spare holds the only 4 KiB
 * that can be freed without writing anything back:
 *   p      [ P 0-1M ]           dirty 0-4k and 64k-68k, the one at
 *                               noreserve_at NORESERVE (written while
 *                               full), the other RESERVED (written after
 *                               spare went)
 */
static void
reservations (extsim_fs *fs, guint64 noreserve_at)
{
	extsim_ino p = t_create (fs), spare = t_create (fs);
	guint64 reserved_at = noreserve_at ? 0 : 64 * KiB;
	g_autoptr (GArray) dirty = NULL;

	t_falloc (fs, p, 0, MiB);
	t_pwrite (fs, spare, 0, 4 * KiB, 0x55);
	extsim_fs_sync (fs);
	t_fill (fs);
	t_pwrite (fs, p, noreserve_at, 4 * KiB, 0x99);
	t_unlink (fs, spare);
	extsim_fs_commit (fs);
	t_pwrite (fs, p, reserved_at, 4 * KiB, 0x99);
	dirty = extsim_fs_dirty_ranges (fs, p, NULL);
	ext_assert_int_eq (dirty->len, 2);
	for (guint i = 0; i < 2; i++) {
		const extsim_dirty_range *d = &g_array_index (dirty, extsim_dirty_range, i);

		ext_assert_int_eq (d->state, d->offset == noreserve_at ? EXTSIM_NORESERVE : EXTSIM_RESERVED);
	}
	ext_assert_u64_eq (t_space (fs).may_use, 4 * KiB);
}

/* g shares f's extent (arg 0) or holds its own copy of the bytes (arg 1) */
static void
g_has_f_bytes (extsim_fs *fs, guint64 copy)
{
	extsim_ino f = t_create (fs), g = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	extsim_fs_sync (fs);
	if (copy) {
		t_pwrite (fs, g, 0, 64 * KiB, 0x11);
		extsim_fs_sync (fs);
	} else {
		t_reflink (fs, f, 0, g, 0, 64 * KiB);
	}
}

static void
punched (extsim_fs *fs, guint64 commit)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, 64 * KiB, 0x11);
	extsim_fs_sync (fs);
	t_punch (fs, f, 0, 64 * KiB);
	if (commit)
		extsim_fs_commit (fs);
}

static void
snapshot_taken (extsim_fs *fs, guint64 readonly)
{
	GError *err = NULL;
	guint64 id = 0;

	t_pwrite (fs, t_create (fs), 0, 64 * KiB, 0x11);
	extsim_fs_snapshot (fs, EXTSIM_FS_TREE, readonly, &id, &err);
	ext_assert_no_error (err);
}

static void
empty_file (extsim_fs *fs, guint64 nodatacow)
{
	extsim_ino f = t_create (fs);

	if (nodatacow)
		t_nodatacow (fs, f);
}

/* 128 KiB written back as one extent, or as two (arg 1) at the same
 * addresses */
static void
written_in_extents (extsim_fs *fs, guint64 two)
{
	extsim_ino f = t_create (fs);

	if (two) {
		t_pwrite (fs, f, 0, 64 * KiB, 0x11);
		extsim_fs_sync (fs);
	}
	t_pwrite (fs, f, two ? 64 * KiB : 0, two ? 64 * KiB : 128 * KiB, 0x11);
	extsim_fs_sync (fs);
}

/* (arg >> 8) bytes of fill (arg & 0xff) at 0, synced: inline when small
 * (cow_file_range_inline), its bytes in the file extent items */
static void
inline_written (extsim_fs *fs, guint64 arg)
{
	extsim_ino f = t_create (fs);

	t_pwrite (fs, f, 0, arg >> 8, (guint8) arg);
	extsim_fs_sync (fs);
}

static const state_pair different_pairs[] = {
	{ "one fill byte, dirty", written_with_fill, 0xaa, written_with_fill, 0xab },
	{ "one fill byte, on disk", written_with_fill, 0x1aa, written_with_fill, 0x1ab },
	{ "one extra dirty page", written_with_fill, 0x1aa, synced_plus_clean_rewrite, 0 },
	{ "RESERVED and NORESERVE swapped", reservations, 0, reservations, 64 * KiB },
	{ "a shared extent or a private copy", g_has_f_bytes, 0, g_has_f_bytes, 1 },
	{ "pinned or committed", punched, 0, punched, 1 },
	{ "read-only or writable snapshot", snapshot_taken, TRUE, snapshot_taken, FALSE },
	{ "one byte of i_size", truncated, 64 * KiB, truncated, 64 * KiB + 1 },
	{ "the NODATACOW flag", empty_file, 1, empty_file, 0 },
	/* mapping->writeback_index: a sync now would write [8k, 16k) first
	 * (DIVERGENCES D13, write_cache_pages) */
	{ "the writeback index a whole-file writeback left", rewritten_after_writeback, 1, rewritten_after_writeback, 0 },
	{ "one extent or two", written_in_extents, 0, written_in_extents, 1 },
	/* root->delalloc_inodes: an ENOSPC flush would write f first, or g
	 * (btrfs_start_delalloc_roots, space-info.c) */
	{ "which file was dirtied first", writes_f_then_g, 0, writes_g_then_f_interleaved, 0 },
	/* sync(2) too: the flusher writes the files oldest dirtied first, so g
	 * gets the first extent (test-writeback.c) */
	{ "which file was dirtied first, then synced", writes_f_then_g, 1, writes_g_then_f_interleaved, 1 },
	{ "one fill byte of inline data", inline_written, 100 << 8 | 0x61, inline_written, 100 << 8 | 0x62 },
	/* data made and freed in one transaction leaves its block group the
	 * size class of its first extent (its delayed ref head only pins it:
	 * block-group.c), which steers later allocations */
	{ "written then punched to nothing: the block group keeps its class", written_then_punched_to_nothing, 0,
	  truncated, 64 * KiB },
};

START_TEST (different_states_hash_differently)
{
	assert_pair (&different_pairs[_i], FALSE);
}
END_TEST

/* ---- read-only calls ------------------------------------------------------ */

static void
read_everything (extsim_fs *fs, const busy *w)
{
	const extsim_ino inos[] = { w->a, w->b, w->c, { w->snap, w->a.ino }, { w->snap, w->c.ino } };
	g_autoptr (GPtrArray) now = extsim_fs_check (fs);
	g_autoptr (GArray) extents = extsim_fs_extents (fs);
	extsim_space_info si;
	extsim_stats st;

	ext_assert_int_eq (now->len, 0);
	ext_assert_int_eq (extsim_fs_violations (fs)->len, 0);
	extsim_fs_get_space_info (fs, &si);
	extsim_fs_get_stats (fs, &st);
	for (guint i = 0; i < extents->len; i++) {
		g_autoptr (GArray) refs = extsim_fs_extent_backrefs (fs, g_array_index (extents, extsim_extent, i).bytenr, NULL);

		ext_assert_true (refs != NULL);
	}
	for (guint i = 0; i < G_N_ELEMENTS (inos); i++) {
		g_autoptr (GArray) items = extsim_fs_file_extents (fs, inos[i], NULL);
		g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (fs, inos[i], NULL);
		g_autoptr (GArray) lost = extsim_fs_lost_ranges (fs, inos[i], NULL);
		g_autoptr (GArray) runs = extsim_fs_read (fs, inos[i], 0, 0, NULL);
		g_autoptr (GArray) part = extsim_fs_read (fs, inos[i], 60 * KiB, 8 * KiB, NULL);
		g_autoptr (GArray) map = extsim_fs_fiemap (fs, inos[i], 0, 0, 0, NULL);
		g_autoptr (GArray) map_part = extsim_fs_fiemap (fs, inos[i], 64 * KiB, 4 * KiB, 0, NULL);
		g_autofree char *md5 = extsim_fs_md5 (fs, inos[i], NULL);
		extsim_inode_info info;

		ext_assert_true (items && dirty && lost && runs && part && map && map_part && md5);
		ext_assert_true (extsim_fs_inode_info (fs, inos[i], &info, NULL));
		ext_assert_true (extsim_fs_inode_exists (fs, inos[i]));
	}
	ext_assert_u64_eq (extsim_fs_get_sectorsize (fs), 4 * KiB);
	ext_assert_true (extsim_fs_get_policy (fs) != NULL);
}

/* ---- kept sums --------------------------------------------------------------- */

/* The steps of every kind, over two subvolumes, a snapshot and a full
 * filesystem; the state hashed after each (the maps keep their sums from
 * the first hash on), and each map's kept sum compared with its entries
 * summed afresh. */
START_TEST (kept_sums_hold_after_every_step)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0);
	guint64 sub = 0;
	extsim_ino f, g, h, p;
	const char *step = "created";

	ext_assert_true (extsim_fs_subvolume_create (fs, &sub, NULL));
	f = t_create (fs);
	g = t_create_in (fs, sub);
	h = t_create_in (fs, sub);
	p = t_create (fs);
	extsim_fs_hash (fs);
	for (guint i = 0; i < 24; i++) {
		switch (i) {
		case 0: t_pwrite (fs, f, 0, 64 * KiB, 0x11); step = "pwrite"; break;
		case 1: t_pwrite (fs, g, 0, 16 * KiB, 0x12); step = "pwrite in the subvolume"; break;
		case 2: t_pwrite (fs, h, 4 * KiB, 8 * KiB, 0x13); step = "pwrite of another file there"; break;
		case 3: t_writeback (fs, g); step = "writeback"; break;
		case 4: t_falloc (fs, p, 0, MiB); step = "falloc"; break;
		case 5: extsim_fs_sync (fs); step = "sync"; break;
		case 6: t_pwrite (fs, p, 8 * KiB, 4 * KiB, 0x14); step = "pwrite into PREALLOC"; break;
		case 7: t_reflink (fs, f, 0, h, 64 * KiB, 8 * KiB); step = "reflink across subvolumes"; break;
		case 8: t_reflink (fs, f, 0, f, 128 * KiB, 4 * KiB); step = "reflink in the file"; break;
		case 9: t_punch (fs, f, 4 * KiB, 4 * KiB); step = "punch"; break;
		case 10: t_fsync (fs, p); step = "fsync"; break;
		case 11: t_snapshot (fs, sub); step = "snapshot"; break;
		case 12: t_pwrite (fs, g, 0, 4 * KiB, 0x15); step = "pwrite over a snapshot's extent"; break;
		case 13: t_dedupe (fs, f, 128 * KiB, f, 0, 4 * KiB); step = "dedupe"; break;
		case 14: t_truncate (fs, f, 100 * KiB); step = "truncate"; break;
		case 15: t_commits (fs, 1); step = "commit"; break;
		case 16: t_unlink (fs, h); step = "unlink"; break;
		case 17: t_pwrite (fs, g, 32 * KiB, 4 * KiB, 0x16); step = "pwrite"; break;
		case 18: t_fill (fs); step = "filled"; break;
		case 19: t_pwrite (fs, p, 64 * KiB, 8 * KiB, 0x17); step = "pwrite into PREALLOC on a full filesystem"; break;
		case 20: t_pwrite_enospc (fs, f, 0, 8 * KiB, 0x18, 4 * KiB); step = "pwrite that fails"; break;
		case 21: t_writeback (fs, p); step = "writeback in place"; break;
		case 22: extsim_fs_sync (fs); step = "sync"; break;
		default: t_commits (fs, 2); step = "idle commits"; break;
		}
		{
			g_autofree char *have = g_strdup_printf ("%s: map %d", step, fs_kept_sum_broken (fs));
			g_autofree char *want = g_strdup_printf ("%s: map -1", step);

			ext_assert_str_eq (have, want);
		}
		extsim_fs_hash (fs);
	}
	extsim_fs_free (fs);
}
END_TEST

typedef struct {
	extsim_ino ino;
	guint n;
} current_count;

static void
count_current (const guint64 *key, const void *value, gpointer data)
{
	current_count *c = data;

	if (key[0] == c->ino.root && key[1] == c->ino.ino && (((const em_hole *) value)->flags & EM_CURRENT))
		c->n++;
}

static guint
current_maps (const extsim_fs *fs, extsim_ino ino)
{
	current_count c = { ino, 0 };

	pmap_foreach (&fs->emaps, count_current, &c);
	return c.n;
}

/*
 * The commit takes the EM_CURRENT flag off an inode's hole maps by looking
 * where the inode made them in the transaction (em_span), not at every map
 * it has: two punches far apart, and a write that takes the front of the
 * first map away (what is left starts later), all within the span.  The
 * span is a bound on where to look, not part of the state: a clone whose
 * span is wider hashes as the original does, and its kept sums hold.
 */
START_TEST (the_commit_finds_every_current_map_in_the_span)
{
	extsim_fs *fs = t_fs_new (NULL, 0, 0), *wider;
	extsim_ino f = t_create (fs);
	guint64 key[2] = { f.root, f.ino };
	em_span *span;

	t_pwrite (fs, f, 0, MiB, 0x11);
	extsim_fs_sync (fs);
	t_punch (fs, f, 64 * KiB, 16 * KiB);
	t_punch (fs, f, 512 * KiB, 16 * KiB);
	ext_assert_u64_eq (current_maps (fs, f), 2);
	t_pwrite (fs, f, 64 * KiB, 8 * KiB, 0x12);
	ext_assert_true (extsim_fs_writeback (fs, f, 64 * KiB, 8 * KiB, NULL));
	ext_assert_u64_eq (current_maps (fs, f), 2);

	wider = extsim_fs_clone (fs);
	span = pmap_lookup_mut (&wider->trans_maps, key);
	ext_assert_true (span != NULL);
	ext_assert_u64_eq (span->lo, 64 * KiB);
	ext_assert_u64_eq (span->hi, 528 * KiB);
	*span = (em_span) { 0, G_MAXUINT64 };
	ext_assert_u64_eq (extsim_fs_hash (wider), extsim_fs_hash (fs));
	ext_assert_true (extsim_fs_equal (wider, fs));
	ext_assert_int_eq (fs_kept_sum_broken (wider), -1);

	t_commits (fs, 1);
	ext_assert_u64_eq (current_maps (fs, f), 0);
	t_commits (wider, 1);
	ext_assert_u64_eq (current_maps (wider, f), 0);
	ext_assert_true (extsim_fs_equal (wider, fs));
	extsim_fs_free (wider);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (read_only_calls_leave_the_hash)
{
	busy w = busy_new ();
	extsim_fs *before = extsim_fs_clone (w.fs);
	guint64 h = extsim_fs_hash (w.fs), step = extsim_fs_get_step (w.fs), transid = extsim_fs_get_transid (w.fs);
	g_autofree char *v0 = view (w.fs);
	g_autofree char *v1 = NULL;

	ext_assert_u64_eq (extsim_fs_hash (w.fs), h);
	ext_assert_true (extsim_fs_equal (w.fs, w.fs));
	read_everything (w.fs, &w);
	ext_assert_u64_eq (extsim_fs_hash (w.fs), h);
	ext_assert_u64_eq (extsim_fs_get_step (w.fs), step);
	ext_assert_u64_eq (extsim_fs_get_transid (w.fs), transid);
	ext_assert_true (extsim_fs_equal (w.fs, before));
	v1 = view (w.fs);
	ext_assert_str_eq (v1, v0);
	/* a step that does something does change it */
	t_writeback (w.fs, w.a);
	ext_assert_u64_ne (extsim_fs_hash (w.fs), h);
	ext_assert_false (extsim_fs_equal (w.fs, before));
	extsim_fs_free (before);
	extsim_fs_free (w.fs);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("state");
	TCase *clone = tcase_create ("clone");
	TCase *equal = tcase_create ("equal");
	TCase *differ = tcase_create ("differ");
	TCase *readonly = tcase_create ("read-only");
	TCase *kept = tcase_create ("kept");

	tcase_add_loop_test (clone, steps_on_a_clone_leave_the_original, 0, 2);
	tcase_add_test (clone, steps_on_the_original_leave_a_clone);
	tcase_add_test (clone, a_lineage_of_clones_freed_in_any_order);
	tcase_add_test (clone, a_clone_carries_recorded_violations);
	tcase_add_test (clone, the_commit_finds_every_current_map_in_the_span);
	suite_add_tcase (s, clone);

	tcase_add_loop_test (equal, equal_states_hash_equal_whatever_the_order, 0, G_N_ELEMENTS (equal_pairs));
	suite_add_tcase (s, equal);

	tcase_add_loop_test (differ, different_states_hash_differently, 0, G_N_ELEMENTS (different_pairs));
	suite_add_tcase (s, differ);

	tcase_add_test (readonly, read_only_calls_leave_the_hash);
	suite_add_tcase (s, readonly);

	tcase_add_test (kept, kept_sums_hold_after_every_step);
	suite_add_tcase (s, kept);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
