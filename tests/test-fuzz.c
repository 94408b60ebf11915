/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The fuzzer and the policy comparison (fuzz*.c, extsim fuzz, extsim
 * compare): the acceptance case of their issue -- a fixed seed finds a
 * violation under `unpatched` and shrinks it to at most six commands that
 * replay to the same failure, and that `patched` survives -- then what a
 * campaign must guarantee: the same scripts from the same seed on every
 * machine, the same results with any number of jobs, shards that together
 * are the campaign; the shrinker's steps; compare's sums over the shipped
 * examples, derived below by hand; and the command line, run as a user
 * would.
 */
#include "ext-test.h"

#include <stdio.h>

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

/* The acceptance seed: its run 24 is the section 1 shape (prealloc, fill,
 * a write into the prealloc, a reflink of that extent). */
#define SEED 1
#define SEED_RUNS 40
#define SEED_FAILING_RUN 24

/* run 24 of seed 1 as every machine must generate it */
static const char seed_run_24[] =
	"# extsim fuzz: seed 1, run 24, 12 ops\n"
	"mkfs.btrfs -f -b 384m $dev > /dev/null\n"
	"mount $dev $mnt\n"
	"xfs_io -f -c \"pwrite -S 0xaa 176k 8k\" $mnt/f1\n"
	"xfs_io -f -c \"falloc 48k 4m\" $mnt/f2\n"
	"xfs_io -c \"pwrite -b 64k 1652k 8k\" $mnt/f2\n"
	"xfs_io -f -c \"falloc -k 0 8m\" $mnt/f3\n"
	"xfs_io -f -c \"pwrite -b 1m 0 384m\" $mnt/fill > /dev/null 2>&1\n"
	"xfs_io -c \"fsync\" $mnt/f2\n"
	"xfs_io -c \"pwrite 1348k 64k\" $mnt/f2\n"
	"xfs_io -c \"fsync\" $mnt/f3\n"
	"xfs_io -c \"reflink $mnt/f2 1648k 3184k 16k\" $mnt/f2\n"
	"xfs_io -c \"truncate 0\" $mnt/f3\n"
	"xfs_io -c \"pwrite -S 0xbb 2892k 64k\" $mnt/f2\n"
	"xfs_io -c \"fpunch 64760k 256k\" $mnt/fill\n"
	"xfs_io -c \"pwrite 4712k 1m\" $mnt/f3\n"
	"btrfs subvolume snapshot $mnt $mnt/snap1\n"
	"xfs_io -c \"pwrite 52k 8k\" $mnt/snap1/f3\n"
	"xfs_io -c \"reflink $mnt/snap1/f3 2228k 3132k 16k\" $mnt/snap1/f3\n"
	"xfs_io -c \"falloc -k 2160k 8m\" $mnt/f2\n";

/* DESIGN.md section 1, as the patch mail has it: 8 commands */
static const char section_1[] = "mkfs.btrfs -f $dev -b 512M > /dev/null\n"
				"mount $dev $mnt -o nospace_cache\n"
				"xfs_io -f -c \"falloc 8k 64m\" $mnt/file1\n"
				"xfs_io -f -c \"pwrite 0 -b 4k 512M\" $mnt/padding\n"
				"xfs_io -c \"pwrite 1m 16m\" $mnt/file1\n"
				"xfs_io -c \"reflink $mnt/file1 8k 0 4k\" -c \"fsync\" $mnt/file1\n"
				"# a comment the shrinker drops\n"
				"sync\n"
				"umount $dev\n";

static extsim_fuzz_options
campaign (guint64 seed, guint64 runs, const extsim_policy *policy, guint jobs)
{
	extsim_fuzz_options o = EXTSIM_FUZZ_OPTIONS_INIT;

	o.seed = seed;
	o.runs = runs;
	o.policy = policy;
	o.jobs = jobs;
	return o;
}

static extsim_fuzz_result *
t_fuzz (const extsim_fuzz_options *o)
{
	extsim_fuzz_result *r = NULL;
	GError *err = NULL;

	guint64 run = 0;

	ext_assert_true (extsim_fuzz_run (o, &r, &err));
	ext_assert_no_error (err);
	if (extsim_fuzz_result_get_first_error (r, &run)) { /* say which run and why before failing */
		g_autofree char *text = extsim_fuzz_generate (o, run);

		fprintf (stderr, "fuzz run %" G_GUINT64_FORMAT " of seed %" G_GUINT64_FORMAT " could not run: %s\n%s", run,
			 o->seed, extsim_fuzz_result_get_first_error (r, NULL), text);
	}
	ext_assert_u64_eq (extsim_fuzz_result_get_n_errors (r), 0);
	ext_assert_true (extsim_fuzz_result_get_first_error (r, NULL) == NULL);
	return r;
}

static extsim_fuzz_verdict
t_judge (const char *text, const extsim_policy *policy)
{
	extsim_fuzz_verdict v;
	GError *err = NULL;

	ext_assert_true (extsim_fuzz_judge (text, policy, &v, &err));
	ext_assert_no_error (err);
	return v;
}

/* the failure of run @run, which must be among the result's */
static const extsim_fuzz_failure *
t_failure_of_run (const extsim_fuzz_result *r, guint64 run)
{
	for (guint i = 0; i < extsim_fuzz_result_get_n_failures (r); i++) {
		const extsim_fuzz_failure *f = extsim_fuzz_result_get_failure (r, i);

		if (f->run == run)
			return f;
	}
	ck_abort_msg ("run %" G_GUINT64_FORMAT " did not fail", run);
	return NULL;
}

/* ---- acceptance ------------------------------------------------------------------ */

START_TEST (fixed_seed_finds_a_violation_under_unpatched_and_shrinks_it)
{
	extsim_fuzz_options o = campaign (SEED, SEED_RUNS, &extsim_policy_unpatched, 1);
	g_autoptr (extsim_fuzz_result) r = t_fuzz (&o);
	const extsim_fuzz_failure *f = t_failure_of_run (r, SEED_FAILING_RUN);

	ext_assert_u64_eq (extsim_fuzz_result_get_n_runs (r), SEED_RUNS);
	ext_assert_int_eq (f->verdict.invariant, EXTSIM_INVARIANT_RESERVED_OR_NOCOW);
	ext_assert_u64_eq (f->verdict.lost_bytes, 4096);
	ext_assert_int_eq (f->verdict.n_commands, 19);
	ext_assert_true (f->shrunk != NULL);
	ext_assert_u64_le (f->shrunk_verdict.n_commands, 6);
	ext_assert_u64_lt (f->shrink_runs, EXTSIM_FUZZ_SHRINK_BUDGET);
	/* the shape of section 1 survives: prealloc, fill, write, reflink */
	ext_assert_str_contains (f->shrunk, "mkfs.btrfs -f -b 384m $dev");
	ext_assert_str_contains (f->shrunk, "falloc");
	ext_assert_str_contains (f->shrunk, "pwrite 0 384m\" $mnt/fill");
	ext_assert_str_contains (f->shrunk, "reflink $mnt/f2");
}
END_TEST

START_TEST (the_shrunk_script_replays_to_the_same_failure)
{
	extsim_fuzz_options o = campaign (SEED, SEED_RUNS, &extsim_policy_unpatched, 1);
	g_autoptr (extsim_fuzz_result) r = t_fuzz (&o);
	const extsim_fuzz_failure *f = t_failure_of_run (r, SEED_FAILING_RUN);
	g_autofree char *file = extsim_fuzz_failure_to_script (&o, f);
	extsim_script_run_options ro = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	g_autoptr (extsim_script) s = NULL;
	g_autoptr (extsim_script_result) res = NULL;
	GError *err = NULL;

	ext_assert_true (g_str_has_prefix (file, "# extsim fuzz: seed 1, run 24, policy unpatched\n"
						 "# campaign: extsim fuzz --seed 1 --ops 12\n"
						 "# fails: invariant 1 (reserved-or-nocow) violated, 4096 bytes lost\n"));
	ext_assert_str_contains (file, "# replay: extsim run --policy unpatched extsim-fuzz-1-24.sh\n");
	s = extsim_script_parse_string (file, -1, "extsim-fuzz-1-24.sh", NULL, &err);
	ext_assert_no_error (err);
	ext_assert_u64_le (extsim_script_get_n_commands (s), 6);
	ro.policy = &extsim_policy_unpatched;
	ext_assert_true (extsim_script_run (s, &ro, &res, &err));
	ext_assert_no_error (err);
	ext_assert_u64_ge (extsim_script_result_get_n_violations (res), 1);
	ext_assert_int_eq (extsim_script_result_get_violation (res, 0)->violation->invariant,
			   EXTSIM_INVARIANT_RESERVED_OR_NOCOW);
	ext_assert_u64_eq (extsim_script_result_get_lost_bytes (res), 4096);
}
END_TEST

START_TEST (patched_survives_the_shrunk_script_and_the_seed)
{
	extsim_fuzz_options o = campaign (SEED, SEED_RUNS, &extsim_policy_unpatched, 1);
	g_autoptr (extsim_fuzz_result) r = t_fuzz (&o);
	g_autoptr (extsim_fuzz_result) pr = NULL;
	const extsim_fuzz_failure *f = t_failure_of_run (r, SEED_FAILING_RUN);
	extsim_fuzz_verdict v = t_judge (f->shrunk, &extsim_policy_patched);

	/* a94d1d0 flushes the source first: the page goes NOCOW, in time */
	ext_assert_int_eq (v.n_violations, 0);
	ext_assert_u64_eq (v.lost_bytes, 0);
	ext_assert_u64_eq (v.stats.remap_prep_flush_bytes, 4096);
	o.policy = &extsim_policy_patched;
	pr = t_fuzz (&o);
	ext_assert_int_eq (extsim_fuzz_result_get_n_failures (pr), 0);
}
END_TEST

/* ---- determinism -------------------------------------------------------------------- */

START_TEST (the_same_seed_gives_the_same_script_everywhere)
{
	extsim_fuzz_options o = campaign (SEED, 0, NULL, 1);
	g_autofree char *a = extsim_fuzz_generate (&o, SEED_FAILING_RUN);
	g_autofree char *b = extsim_fuzz_generate (&o, SEED_FAILING_RUN);
	g_autofree char *other_run = extsim_fuzz_generate (&o, SEED_FAILING_RUN + 1);
	g_autofree char *other_seed = NULL;

	ext_assert_str_eq (a, seed_run_24);
	ext_assert_str_eq (b, a);
	ext_assert_str_ne (other_run, a);
	o.seed = 2;
	other_seed = extsim_fuzz_generate (&o, SEED_FAILING_RUN);
	ext_assert_str_ne (other_seed, a);
}
END_TEST

static void
t_assert_same_failures (const extsim_fuzz_result *a, const extsim_fuzz_result *b)
{
	ext_assert_int_eq (extsim_fuzz_result_get_n_failures (a), extsim_fuzz_result_get_n_failures (b));
	for (guint i = 0; i < extsim_fuzz_result_get_n_failures (a); i++) {
		const extsim_fuzz_failure *fa = extsim_fuzz_result_get_failure (a, i);
		const extsim_fuzz_failure *fb = extsim_fuzz_result_get_failure (b, i);

		ext_assert_u64_eq (fa->run, fb->run);
		ext_assert_str_eq (fa->script, fb->script);
		ext_assert_str_eq (fa->shrunk, fb->shrunk);
		ext_assert_u64_eq (fa->shrunk_verdict.lost_bytes, fb->shrunk_verdict.lost_bytes);
	}
}

START_TEST (jobs_do_not_change_the_results)
{
	extsim_fuzz_options o = campaign (3, 80, &extsim_policy_unpatched, 1);
	g_autoptr (extsim_fuzz_result) one = t_fuzz (&o);
	g_autoptr (extsim_fuzz_result) two = NULL;
	g_autoptr (extsim_fuzz_result) three = NULL;

	o.jobs = 2;
	two = t_fuzz (&o);
	o.jobs = 3;
	three = t_fuzz (&o);
	ext_assert_int_eq (extsim_fuzz_result_get_n_failures (one) > 1, TRUE);
	t_assert_same_failures (one, two);
	t_assert_same_failures (one, three);
	for (guint i = 1; i < extsim_fuzz_result_get_n_failures (two); i++)
		ext_assert_u64_lt (extsim_fuzz_result_get_failure (two, i - 1)->run,
				   extsim_fuzz_result_get_failure (two, i)->run);
}
END_TEST

START_TEST (shards_together_are_the_campaign)
{
	extsim_fuzz_options o = campaign (3, 80, &extsim_policy_unpatched, 1);
	g_autoptr (extsim_fuzz_result) whole = t_fuzz (&o);
	guint64 runs = 0;
	guint found = 0;

	o.shard_count = 3;
	for (o.shard_index = 0; o.shard_index < 3; o.shard_index++) {
		g_autoptr (extsim_fuzz_result) part = t_fuzz (&o);

		runs += extsim_fuzz_result_get_n_runs (part);
		for (guint i = 0; i < extsim_fuzz_result_get_n_failures (part); i++) {
			const extsim_fuzz_failure *f = extsim_fuzz_result_get_failure (part, i);
			const extsim_fuzz_failure *w = t_failure_of_run (whole, f->run);

			ext_assert_u64_eq (f->run % 3, o.shard_index);
			ext_assert_str_eq (f->shrunk, w->shrunk);
			found++;
		}
	}
	ext_assert_u64_eq (runs, 80);
	ext_assert_int_eq (found, extsim_fuzz_result_get_n_failures (whole));
}
END_TEST

START_TEST (bad_options_are_refused)
{
	extsim_fuzz_options o = campaign (SEED, 10, NULL, 1);
	extsim_fuzz_result *r = NULL;
	GError *err = NULL;

	o.shard_index = 3;
	o.shard_count = 3;
	ext_assert_false (extsim_fuzz_run (&o, &r, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_true (r == NULL);
}
END_TEST

/* ---- the generator's vocabulary ------------------------------------------------------- */

START_TEST (weights_choose_the_operations)
{
	extsim_fuzz_options o = campaign (SEED, 0, NULL, 1);
	g_autofree char *text = NULL;
	g_auto (GStrv) lines = NULL;
	guint syncs = 0;
	extsim_fuzz_op op;

	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++) {
		ext_assert_true (extsim_fuzz_op_from_str (extsim_fuzz_op_to_str ((extsim_fuzz_op) i), &op));
		ext_assert_int_eq (op, i);
	}
	ext_assert_false (extsim_fuzz_op_from_str ("mkfs", &op));
	/* only sync: after the setup, n_ops lines of sync */
	o.weights[EXTSIM_FUZZ_SYNC] = 1;
	o.n_ops = 7;
	text = extsim_fuzz_generate (&o, 0);
	lines = g_strsplit (text, "\n", -1);
	for (guint i = 0; lines[i]; i++)
		syncs += g_str_equal (lines[i], "sync");
	ext_assert_int_eq (syncs, 7);
	ext_assert_true (g_str_has_suffix (text, "sync\nsync\nsync\nsync\nsync\nsync\nsync\n"));
}
END_TEST

START_TEST (every_generated_workload_runs)
{
	extsim_fuzz_options o = campaign (11, 150, &extsim_policy_pre_4_19, 2);
	g_autoptr (extsim_fuzz_result) r = NULL;

	o.n_ops = 20;
	o.no_shrink = TRUE;
	r = t_fuzz (&o);
	ext_assert_u64_eq (extsim_fuzz_result_get_n_runs (r), 150);
	ext_assert_true (extsim_fuzz_result_get_failure (r, 0)->shrunk == NULL);
}
END_TEST

/* ---- the shrinker ---------------------------------------------------------------------- */

START_TEST (section_1_shrinks_to_five_commands)
{
	extsim_fuzz_verdict v = t_judge (section_1, &extsim_policy_unpatched), sv;
	g_autofree char *shrunk = NULL;
	guint runs = 0;

	ext_assert_int_eq (v.n_commands, 8);
	ext_assert_int_eq (v.invariant, EXTSIM_INVARIANT_RESERVED_OR_NOCOW);
	ext_assert_u64_eq (v.lost_bytes, 4096);
	shrunk = extsim_fuzz_shrink (section_1, &extsim_policy_unpatched, &v, 0, &sv, &runs);
	/* mkfs and mount stay as written; the rest is the least that still
	 * loses the page: prealloc, fill, then one xfs_io for write, reflink
	 * and fsync -- the sync and umount go, and the comment */
	ext_assert_true (g_str_has_prefix (shrunk, "mkfs.btrfs -f $dev -b 512M > /dev/null\n"
						   "mount $dev $mnt -o nospace_cache\n"));
	ext_assert_int_eq (sv.n_commands, 5);
	ext_assert_u64_eq (sv.lost_bytes, 4096);
	ext_assert_true (strstr (shrunk, "comment") == NULL);
	ext_assert_true (strstr (shrunk, "umount") == NULL);
	ext_assert_u64_gt (runs, 0);
	ext_assert_u64_eq (t_judge (shrunk, &extsim_policy_unpatched).lost_bytes, 4096);
}
END_TEST

START_TEST (the_shrinker_keeps_the_kind_of_failure)
{
	extsim_fuzz_verdict v = t_judge (section_1, &extsim_policy_unpatched), sv;
	g_autofree char *shrunk = NULL;

	/* asked to keep only the violation, it may drop the fsync too */
	v.lost_bytes = 0;
	shrunk = extsim_fuzz_shrink (section_1, &extsim_policy_unpatched, &v, 0, &sv, NULL);
	ext_assert_u64_le (sv.n_commands, 5);
	ext_assert_true (sv.invariants & (1u << EXTSIM_INVARIANT_RESERVED_OR_NOCOW));
	ext_assert_true (strstr (shrunk, "fsync") == NULL);
}
END_TEST

START_TEST (a_budget_of_one_run_changes_little)
{
	extsim_fuzz_verdict v = t_judge (section_1, &extsim_policy_unpatched), sv;
	g_autofree char *shrunk = NULL;
	guint runs = 0;

	shrunk = extsim_fuzz_shrink (section_1, &extsim_policy_unpatched, &v, 1, &sv, &runs);
	ext_assert_int_eq (runs, 1);
	/* the one run checks the script without its comment */
	ext_assert_int_eq (sv.n_commands, 8);
	ext_assert_true (strstr (shrunk, "comment") == NULL);
}
END_TEST

/* ---- verdicts --------------------------------------------------------------------------- */

START_TEST (verdicts_read_as_sentences)
{
	extsim_fuzz_verdict v = { 0 }, c = { 0 };
	g_autofree char *clean = extsim_fuzz_verdict_to_string (&v);
	g_autofree char *both = NULL;
	g_autofree char *lost = NULL;

	ext_assert_str_eq (clean, "clean");
	ext_assert_false (extsim_fuzz_verdict_failed (&v));
	v.n_violations = 2;
	v.invariant = EXTSIM_INVARIANT_RESERVED_OR_NOCOW;
	v.invariants = 1u << 1 | 1u << 4;
	v.lost_bytes = 8192;
	both = extsim_fuzz_verdict_to_string (&v);
	ext_assert_str_eq (both, "invariants 1 (reserved-or-nocow), 4 (no-data-loss) violated, 8192 bytes lost");
	c.lost_bytes = 4096;
	lost = extsim_fuzz_verdict_to_string (&c);
	ext_assert_str_eq (lost, "4096 bytes lost");
	/* the same failure: loses data if the target did, breaks its first invariant */
	ext_assert_false (extsim_fuzz_verdict_same_failure (&v, &c));
	c.n_violations = 1;
	c.invariant = EXTSIM_INVARIANT_NO_DATA_LOSS;
	c.invariants = 1u << 4;
	ext_assert_false (extsim_fuzz_verdict_same_failure (&v, &c));
	c.invariants |= 1u << 1;
	ext_assert_true (extsim_fuzz_verdict_same_failure (&v, &c));
	c.lost_bytes = 0;
	ext_assert_false (extsim_fuzz_verdict_same_failure (&v, &c));
}
END_TEST

/* ---- where things are ------------------------------------------------------------------ */

/* The build tree: this program is BUILD/tests/test-fuzz.  The source tree:
 * __FILE__ is this file's path as the compiler was given it, relative to
 * the build tree (meson's habit) or absolute.  EXAMPLES_DIR and EXTSIM_BIN,
 * when the build defines them, win. */
static char *
build_path (const char *rel)
{
	g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
	g_autofree char *tests = g_path_get_dirname (exe);
	g_autofree char *root = g_path_get_dirname (tests);

	return g_build_filename (root, rel, NULL);
}

static char *
examples_dir (void)
{
#ifdef EXAMPLES_DIR
	return g_strdup (EXAMPLES_DIR);
#else
	g_autofree char *file = g_path_is_absolute (__FILE__) ? g_strdup (__FILE__) : build_path (__FILE__);
	g_autofree char *tests = g_path_get_dirname (file);
	g_autofree char *root = g_path_get_dirname (tests);

	return g_build_filename (root, "examples", NULL);
#endif
}

static char *
extsim_bin (void)
{
#ifdef EXTSIM_BIN
	return g_strdup (EXTSIM_BIN);
#else
	return build_path ("sim/extsim");
#endif
}

/* ---- compare ------------------------------------------------------------------------------ */

static const char *const shipped[] = {
	"a94d1d0-reflink-enospc.sh", "btrfs-170-snapshot.sh", "explore-a94d1d0.sh",
	"explore-btrfs-170.sh", "explore-two-writers.sh", "reflink-overwrite.sh",
};

static extsim_compare *
t_compare_shipped (guint jobs)
{
	const extsim_policy *const *presets = extsim_policy_presets ();
	extsim_compare *c = extsim_compare_new ();
	g_autofree char *dir = examples_dir ();
	GError *err = NULL;

	for (guint i = 0; i < G_N_ELEMENTS (shipped); i++) {
		g_autofree char *path = g_build_filename (dir, shipped[i], NULL);

		ext_assert_true (extsim_compare_add_file (c, path, &err));
		ext_assert_no_error (err);
	}
	extsim_compare_run (c, presets, jobs);
	return c;
}

typedef struct {
	const char *policy;
	guint failing;
	guint64 violations, lost, enospc_write, enospc_writeback, remap_prep, snapshot_prep, nocow;
} t_row;

/*
 * The six shipped examples, by hand.  P is one page (4 KiB); D512 and D1G
 * the data space of a 512 MiB and a 1 GiB device.  Every fill file is
 * written back COW in full when reservations first fail, so the copies are
 * the same under every policy:
 *   a94d1d0, explore-a94d1d0   D512 - 64M (after the 64 MiB prealloc)
 *   btrfs-170                  D1G - 4M
 *   explore-btrfs-170          D512 - 32M
 *   explore-two-writers        D512 - 8M
 *   reflink-overwrite          1M + 64K (two fsyncs)
 * The writes into prealloc go NOCOW without a reservation, each failed
 * reservation flushing the pages before it, so one page is dirty when the
 * reflink or snapshot comes (16M, 16M, 4M, P and P written):
 *   unpatched: the reflinks flush only the cloned ranges (clean): in the
 *     two a94d1d0 cases the page is shared, fsync loses it (invariant 1,
 *     ENOSPC at writeback, P lost); in two-writers it is shared and never
 *     written (invariant 1 only); the snapshots flush their page (2P).
 *   patched, nocow-only: the reflinks flush their source's page first (3P).
 *   always-reserve: each write into prealloc fails (5 more ENOSPC); no page
 *     is ever admitted without a reservation.
 *   pre-4.19: as unpatched, and the two snapshots share their page
 *     unflushed: two more violations, two more losses.
 * Every fill file ends with one write(2) that found no space: 5 ENOSPC.
 */
static const t_row expected_rows[] = {
	/* policy            fail viol lost  ewr ewb remap snap  nocow */
	{ "unpatched",       3,   3,   2,    5,  2,  0,    2,    36 * 256 - 1 },
	{ "patched",         0,   0,   0,    5,  0,  3,    2,    36 * 256 + 2 },
	{ "nocow-only",      0,   0,   0,    5,  0,  3,    2,    36 * 256 + 2 },
	{ "always-reserve",  0,   0,   0,    10, 0,  0,    0,    0 },
	{ "pre-4.19",        5,   5,   4,    5,  4,  0,    0,    36 * 256 - 3 },
};

START_TEST (compare_sums_the_shipped_examples)
{
	g_autoptr (extsim_compare) c = t_compare_shipped (1);
	const guint64 P = 4096, D512 = extsim_data_size_for_device (512 * MiB, 4096);
	const guint64 D1G = extsim_data_size_for_device (1 * GiB, 4096);
	const guint64 cow = 2 * (D512 - 64 * MiB) + (D1G - 4 * MiB) + (D512 - 32 * MiB) + (D512 - 8 * MiB) + MiB + 64 * KiB;

	ext_assert_int_eq (extsim_compare_get_n_workloads (c), 6);
	ext_assert_int_eq (extsim_compare_get_n_rows (c), G_N_ELEMENTS (expected_rows));
	for (guint i = 0; i < G_N_ELEMENTS (expected_rows); i++) {
		const extsim_compare_row *r = extsim_compare_get_row (c, i);
		const t_row *e = &expected_rows[i];

		ext_assert_str_eq (r->policy->name, e->policy);
		ext_assert_int_eq (r->n_workloads, 6);
		ext_assert_int_eq (r->n_errors, 0);
		ext_assert_int_eq (r->n_failing, e->failing);
		ext_assert_u64_eq (r->violations, e->violations);
		ext_assert_u64_eq (r->lost_bytes, e->lost * P);
		ext_assert_u64_eq (r->enospc_write, e->enospc_write);
		ext_assert_u64_eq (r->enospc_writeback, e->enospc_writeback);
		ext_assert_u64_eq (r->remap_prep_flush_bytes, e->remap_prep * P);
		ext_assert_u64_eq (r->snapshot_prep_flush_bytes, e->snapshot_prep * P);
		ext_assert_u64_eq (r->io_bytes, cow + e->nocow * P);
	}
}
END_TEST

START_TEST (compare_is_the_same_with_jobs)
{
	g_autoptr (extsim_compare) one = t_compare_shipped (1);
	g_autoptr (extsim_compare) three = t_compare_shipped (3);

	for (guint i = 0; i < extsim_compare_get_n_rows (one); i++) {
		ext_assert_true (memcmp (extsim_compare_get_row (one, i), extsim_compare_get_row (three, i),
					 sizeof (extsim_compare_row)) == 0);
		for (guint w = 0; w < extsim_compare_get_n_workloads (one); w++)
			ext_assert_true (memcmp (extsim_compare_get_verdict (one, i, w),
						 extsim_compare_get_verdict (three, i, w), sizeof (extsim_fuzz_verdict)) == 0);
	}
}
END_TEST

START_TEST (compare_takes_directories_and_fuzz_runs)
{
	g_autoptr (extsim_compare) c = extsim_compare_new ();
	g_autofree char *dir = examples_dir ();
	extsim_fuzz_options o = campaign (SEED, 0, NULL, 1);
	const extsim_policy *const policies[] = { &extsim_policy_unpatched, NULL };
	GError *err = NULL;
	int n = extsim_compare_add_dir (c, dir, &err);

	ext_assert_no_error (err);
	ext_assert_int_eq (n >= (int) G_N_ELEMENTS (shipped), TRUE);
	extsim_compare_add_fuzz (c, &o, SEED_FAILING_RUN + 1);
	ext_assert_str_eq (extsim_compare_get_workload_name (c, (guint) n + SEED_FAILING_RUN), "fuzz:1:24");
	ext_assert_false (extsim_compare_add_workload (c, "bad", "frobnicate $mnt\n", &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_false (extsim_compare_add_file (c, "/nonexistent/x.sh", &err));
	ext_assert_error (err, EXTSIM_ERROR_NOENT);
	ext_assert_int_eq (extsim_compare_get_n_workloads (c), (guint) n + SEED_FAILING_RUN + 1);
	extsim_compare_run (c, policies, 2);
	ext_assert_true (extsim_fuzz_verdict_failed (extsim_compare_get_verdict (c, 0, (guint) n + SEED_FAILING_RUN)));
}
END_TEST

/* ---- the command line ------------------------------------------------------------------------ */

typedef struct {
	char *out;
	char *err;
	int status;
} t_cli;

static void
t_cli_clear (t_cli *c)
{
	g_free (c->out);
	g_free (c->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (t_cli, t_cli_clear)

/* extsim with @args (NULL-terminated), in directory @cwd, stdin empty */
static t_cli
t_extsim (const char *cwd, const char *const *args)
{
	g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
	t_cli c = { NULL, NULL, -1 };
	GError *err = NULL;
	int wait_status = 0;

	g_ptr_array_add (argv, extsim_bin ());
	for (guint i = 0; args[i]; i++)
		g_ptr_array_add (argv, g_strdup (args[i]));
	g_ptr_array_add (argv, NULL);
	ext_assert_true (g_spawn_sync (cwd, (char **) argv->pdata, NULL, G_SPAWN_STDIN_FROM_DEV_NULL, NULL, NULL, &c.out,
				       &c.err, &wait_status, &err));
	ext_assert_no_error (err);
	ext_assert_true (WIFEXITED (wait_status));
	c.status = WEXITSTATUS (wait_status);
	return c;
}

static void
t_rm_dir (const char *dir)
{
	g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
	const char *name;

	while (d && (name = g_dir_read_name (d))) {
		g_autofree char *path = g_build_filename (dir, name, NULL);

		g_remove (path);
	}
	g_rmdir (dir);
}

START_TEST (cli_fuzz_writes_replayable_scripts)
{
	g_autofree char *dir = g_dir_make_tmp ("extsim-fuzz-XXXXXX", NULL);
	g_autofree char *file = g_build_filename (dir, "extsim-fuzz-1-24.sh", NULL);
	g_auto (t_cli) fuzz = t_extsim (dir, (const char *const[]) { "fuzz", "--seed", "1", "--runs", "40", "--jobs", "2", NULL });
	g_auto (t_cli) bad = t_extsim (dir, (const char *const[]) { "run", "--policy", "unpatched", file, NULL });
	g_auto (t_cli) good = t_extsim (dir, (const char *const[]) { "run", "--policy", "patched", file, NULL });

	ext_assert_int_eq (fuzz.status, 1);
	/* the seed is printed; no progress line when stderr is no terminal */
	ext_assert_str_eq (fuzz.err, "extsim fuzz: seed 1, 40 runs of 12 ops, policy unpatched\n");
	ext_assert_str_contains (fuzz.out, "run 24: invariant 1 (reserved-or-nocow) violated, 4096 bytes lost; "
					   "shrunk from 19 to ");
	ext_assert_str_contains (fuzz.out, " commands: ./extsim-fuzz-1-24.sh\n");
	ext_assert_str_contains (fuzz.out, "extsim fuzz: 40 runs, 2 failures (2 distinct scripts), 0 errors, ");
	ext_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));
	ext_assert_int_eq (bad.status, 1);
	ext_assert_str_contains (bad.err, "extsim: verdict: DATA LOST: 1 invariant violation, 4096 bytes lost");
	ext_assert_int_eq (good.status, 0);
	t_rm_dir (dir);
}
END_TEST

START_TEST (cli_fuzz_shards_merge_into_the_campaign)
{
	g_autofree char *dir = g_dir_make_tmp ("extsim-fuzz-XXXXXX", NULL);
	g_auto (t_cli) a = t_extsim (dir, (const char *const[]) { "fuzz", "-s", "1", "-r", "40", "--shard", "0/2", "--json", NULL });
	g_auto (t_cli) b = t_extsim (dir, (const char *const[]) { "fuzz", "-s", "1", "-r", "40", "--shard", "1/2", "--json", NULL });
	g_auto (t_cli) merged = { NULL, NULL, -1 };
	g_auto (t_cli) half = { NULL, NULL, -1 };

	g_autofree char *a_json = g_build_filename (dir, "a.json", NULL);
	g_autofree char *b_json = g_build_filename (dir, "b.json", NULL);

	ext_assert_int_eq (a.status + b.status >= 1, TRUE);
	ext_assert_true (g_file_set_contents (a_json, a.out, -1, NULL));
	ext_assert_true (g_file_set_contents (b_json, b.out, -1, NULL));
	merged = t_extsim (dir, (const char *const[]) { "fuzz", "--merge", "a.json", "b.json", NULL });
	ext_assert_int_eq (merged.status, 1);
	ext_assert_str_contains (merged.out, "run 24: invariant 1 (reserved-or-nocow) violated, 4096 bytes lost");
	ext_assert_str_contains (merged.out, "extsim fuzz: 2 shards merged: 40 runs, 2 failures, 0 errors (seed 1, "
					     "policy unpatched)\n");
	half = t_extsim (dir, (const char *const[]) { "fuzz", "--merge", "b.json", "b.json", NULL });
	ext_assert_int_eq (half.status, 2);
	ext_assert_str_contains (half.err, "shard 1 given twice");
	t_rm_dir (dir);
}
END_TEST

START_TEST (cli_compare_writes_table_csv_json_and_svg)
{
	g_autofree char *dir = g_dir_make_tmp ("extsim-fuzz-XXXXXX", NULL);
	g_autofree char *ex = examples_dir ();
	g_autofree char *a94 = g_build_filename (ex, "a94d1d0-reflink-enospc.sh", NULL);
	const guint64 io = extsim_data_size_for_device (512 * MiB, 4096) - 64 * MiB + 16 * MiB - 4096;
	g_autofree char *row = g_strdup_printf ("unpatched,1,1,0,1,4096,1,1,0,0,%" G_GUINT64_FORMAT "\n", io);
	g_auto (t_cli) csv = t_extsim (dir, (const char *const[]) { "compare", "--csv", "-p", "unpatched,patched", a94, NULL });
	g_auto (t_cli) table = t_extsim (dir, (const char *const[]) { "compare", "--svg", "c.svg", "-p", "unpatched,patched", a94, NULL });
	g_auto (t_cli) json = t_extsim (dir, (const char *const[]) { "compare", "--json", "-p", "patched", a94, NULL });
	g_autofree char *svg_file = g_build_filename (dir, "c.svg", NULL);
	g_autofree char *svg = NULL;

	ext_assert_int_eq (csv.status, 1);
	ext_assert_true (g_str_has_prefix (csv.out, "policy,workloads,failing,errors,violations,lost_bytes,"));
	ext_assert_str_contains (csv.out, row);
	ext_assert_true (g_str_has_prefix (table.out, "policy "));
	ext_assert_str_contains (table.out, "4.0 KiB");
	ext_assert_int_eq (json.status, 0);
	ext_assert_str_contains (json.out, "\"format\" : \"extsim-compare\"");
	ext_assert_str_contains (json.out, "\"remap_prep_flush_bytes\" : 4096");
	ext_assert_true (g_file_get_contents (svg_file, &svg, NULL, NULL));
	ext_assert_true (g_str_has_prefix (svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
	ext_assert_true (g_str_has_suffix (svg, "</svg>\n"));
	ext_assert_str_contains (svg, ">unpatched</text>");
	ext_assert_str_contains (svg, ">patched</text>");
	t_rm_dir (dir);
}
END_TEST

START_TEST (cli_refuses_bad_options)
{
	g_auto (t_cli) policy = t_extsim (NULL, (const char *const[]) { "fuzz", "--policy", "nope", NULL });
	g_auto (t_cli) weight = t_extsim (NULL, (const char *const[]) { "fuzz", "-f", "mkfs=3", NULL });
	g_auto (t_cli) shard = t_extsim (NULL, (const char *const[]) { "fuzz", "--shard", "2/2", NULL });
	g_auto (t_cli) cmp = t_extsim (NULL, (const char *const[]) { "compare", "--policies", "unpatched,nope", NULL });
	g_auto (t_cli) help = t_extsim (NULL, (const char *const[]) { "fuzz", "--help", NULL });

	ext_assert_int_eq (policy.status, 2);
	ext_assert_str_contains (policy.err, "unknown policy 'nope'");
	ext_assert_int_eq (weight.status, 2);
	ext_assert_str_contains (weight.err, "NAME one of: pwrite falloc");
	ext_assert_int_eq (shard.status, 2);
	ext_assert_int_eq (cmp.status, 2);
	ext_assert_int_eq (help.status, 0);
	ext_assert_str_contains (help.out, "--seed");
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("fuzz");
	TCase *acc = tcase_create ("acceptance");
	TCase *det = tcase_create ("determinism");
	TCase *shrink = tcase_create ("shrink");
	TCase *cmp = tcase_create ("compare");
	TCase *cli = tcase_create ("cli");

	tcase_add_test (acc, fixed_seed_finds_a_violation_under_unpatched_and_shrinks_it);
	tcase_add_test (acc, the_shrunk_script_replays_to_the_same_failure);
	tcase_add_test (acc, patched_survives_the_shrunk_script_and_the_seed);
	suite_add_tcase (s, acc);
	tcase_add_test (det, the_same_seed_gives_the_same_script_everywhere);
	tcase_add_test (det, jobs_do_not_change_the_results);
	tcase_add_test (det, shards_together_are_the_campaign);
	tcase_add_test (det, bad_options_are_refused);
	tcase_add_test (det, weights_choose_the_operations);
	tcase_add_test (det, every_generated_workload_runs);
	suite_add_tcase (s, det);
	tcase_add_test (shrink, section_1_shrinks_to_five_commands);
	tcase_add_test (shrink, the_shrinker_keeps_the_kind_of_failure);
	tcase_add_test (shrink, a_budget_of_one_run_changes_little);
	tcase_add_test (shrink, verdicts_read_as_sentences);
	suite_add_tcase (s, shrink);
	tcase_add_test (cmp, compare_sums_the_shipped_examples);
	tcase_add_test (cmp, compare_is_the_same_with_jobs);
	tcase_add_test (cmp, compare_takes_directories_and_fuzz_runs);
	suite_add_tcase (s, cmp);
	tcase_add_test (cli, cli_fuzz_writes_replayable_scripts);
	tcase_add_test (cli, cli_fuzz_shards_merge_into_the_campaign);
	tcase_add_test (cli, cli_compare_writes_table_csv_json_and_svg);
	tcase_add_test (cli, cli_refuses_bad_options);
	suite_add_tcase (s, cli);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
