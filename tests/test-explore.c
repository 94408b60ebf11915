/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The explorer (explore.c): the acceptance cases of its issue and what a
 * search must guarantee — shortest traces, the bad order among several,
 * the same answer whatever the number of worker threads, shards that
 * together cover the search, and traces that `extsim run` replays.
 */
#include "ext-test.h"

#include "explore-private.h"

#include <math.h>


#define SEED_SETUP                                                                                 \
	"mkfs.btrfs -f $dev -b 512M > /dev/null\n"                                                 \
	"mount $dev $mnt -o nospace_cache\n"                                                       \
	"xfs_io -f -c \"falloc 8k 64m\" $mnt/file1\n"                                              \
	"xfs_io -f -c \"pwrite 0 -b 4k 512M\" $mnt/padding\n"                                      \
	"xfs_io -c \"pwrite 1m 16m\" $mnt/file1\n"

static const char seed_script[] = SEED_SETUP "#@thread A\n"
					     "xfs_io -c \"reflink $mnt/file1 8k 0 4k\" -c \"fsync\" $mnt/file1\n";

static const char snapshot_script[] = "mkfs.btrfs -f $dev -b 512M > /dev/null\n"
				      "mount $dev $mnt\n"
				      "btrfs subvolume create $mnt/sv > /dev/null\n"
				      "xfs_io -f -c \"falloc 0 32m\" $mnt/sv/file\n"
				      "xfs_io -f -c \"pwrite -b 1m 0 512m\" $mnt/padding > /dev/null 2>&1\n"
				      "xfs_io -c \"pwrite 0 4k\" $mnt/sv/file\n"
				      "#@thread snapshotter\n"
				      "btrfs subvolume snapshot $mnt/sv $mnt/snap > /dev/null\n"
				      "sync\n";

/* Three writers whose steps commute: most states are reached along many
 * orders, within a level and across levels (what the workers drop and
 * what the merge drops), plus a reflink that breaks the invariant late
 * under unpatched. */
static const char commuting[] = SEED_SETUP "xfs_io -f -c \"falloc 0 8m\" $mnt/file2\n"
				"#@thread A\n"
				"xfs_io -c \"pwrite 20m 4k\" -c \"pwrite 24m 4k\" -c \"fsync\" $mnt/file1\n"
				"#@thread B\n"
				"xfs_io -c \"pwrite 1m 4k\" -c \"pwrite 2m 4k\" -c \"fsync\" $mnt/file2\n"
				"#@thread C\n"
				"xfs_io -c \"pwrite 40m 4k\" -c \"reflink $mnt/file2 0 60m 4k\" -c \"fsync\" $mnt/file1\n";

/* only A then B breaks the invariant */
static const char two_writers[] = "mkfs.btrfs -f $dev -b 512M > /dev/null\n"
				  "mount $dev $mnt\n"
				  "xfs_io -f -c \"falloc 0 8m\" $mnt/a\n"
				  "xfs_io -f -c \"pwrite -b 1m 0 512m\" $mnt/padding > /dev/null 2>&1\n"
				  "#@thread A\n"
				  "xfs_io -c \"pwrite 1m 4k\" $mnt/a\n"
				  "#@thread B\n"
				  "xfs_io -f -c \"reflink $mnt/a 0 0 4k\" $mnt/b\n";

static extsim_script *
parse (const char *text)
{
	GError *err = NULL;
	extsim_script *s = extsim_script_parse_string (text, -1, "test.sh", NULL, &err);

	ext_assert_no_error (err);
	return s;
}

static extsim_explore_result *
explore (const extsim_script *script, const char *policy, guint depth, guint jobs, gboolean loss_only)
{
	extsim_explore_options o = EXTSIM_EXPLORE_OPTIONS_INIT;
	extsim_explore_result *r = NULL;
	GError *err = NULL;

	o.policy = extsim_policy_lookup (policy);
	o.depth = depth;
	o.jobs = jobs;
	o.loss_only = loss_only;
	o.range_writeback = TRUE;
	ext_assert_true (extsim_explore (script, &o, &r, &err));
	ext_assert_no_error (err);
	return r;
}

static const extsim_action *
step (const extsim_explore_result *r, guint i)
{
	return &g_array_index (extsim_explore_result_get_trace (r), extsim_action, i);
}

static const char *
op_text (const extsim_script *script, const extsim_action *a)
{
	ext_assert_int_eq (a->kind, EXTSIM_ACTION_OP);
	return extsim_script_get_op (script, a->op)->text;
}

/* Runs the replay script; returns its lost bytes and violations. */
static void
replay (const extsim_explore_result *r, const char *policy, guint64 *lost, guint *violations)
{
	g_autofree char *text = extsim_explore_result_to_script (r);
	extsim_script *s = parse (text);
	extsim_script_run_options o = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	extsim_script_result *res = NULL;
	GError *err = NULL;

	o.policy = extsim_policy_lookup (policy);
	ext_assert_true (extsim_script_run (s, &o, &res, &err));
	ext_assert_no_error (err);
	*lost = extsim_script_result_get_lost_bytes (res);
	*violations = extsim_script_result_get_n_violations (res);
	extsim_script_result_free (res);
	extsim_script_free (s);
}

START_TEST (seed_case_unpatched_fails_at_the_reflink)
{
	extsim_script *s = parse (seed_script);
	extsim_explore_result *r = explore (s, "unpatched", 8, 1, FALSE);
	guint64 lost;
	guint violations;

	ext_assert_true (extsim_explore_result_found (r));
	ext_assert_int_eq (extsim_explore_result_get_trace (r)->len, 1);
	ext_assert_str_contains (op_text (s, step (r, 0)), "reflink");
	ext_assert_str_contains (extsim_explore_result_get_reason (r), "invariant 1");
	replay (r, "unpatched", &lost, &violations);
	ext_assert_int_eq (violations, 1);
	extsim_explore_result_free (r);
	extsim_script_free (s);
}
END_TEST

/* A command of several operations (one per path) in the trace is replayed
 * one operation a line, with its options: mkdir -p a/b then mkdir -p c,
 * not the whole command twice (whose second run would fail: EEXIST). */
START_TEST (a_trace_replays_each_operation_of_a_command_alone)
{
	extsim_script *s = parse (SEED_SETUP "#@thread A\nmkdir -p $mnt/a/b $mnt/c\n"
				  "xfs_io -c \"reflink $mnt/file1 8k 0 4k\" -c \"fsync\" $mnt/file1\n");
	extsim_explore_result *r = explore (s, "unpatched", 8, 1, FALSE);
	g_autofree char *text = extsim_explore_result_to_script (r);
	guint64 lost;
	guint violations;

	ext_assert_true (extsim_explore_result_found (r));
	ext_assert_str_contains (text, "\nmkdir -p /mnt/scratch/a/b\n");
	ext_assert_str_contains (text, "\nmkdir -p /mnt/scratch/c\n");
	ext_assert_true (strstr (text, "$mnt/c") == NULL && strstr (text, "/a/b /mnt") == NULL);
	replay (r, "unpatched", &lost, &violations);
	ext_assert_int_eq (violations, 1);
	extsim_explore_result_free (r);
	extsim_script_free (s);
}
END_TEST

/* "finds the data loss with the shortest trace": reflink, then fsync. */
START_TEST (seed_case_unpatched_loses_data_in_two_steps)
{
	extsim_script *s = parse (seed_script);
	extsim_explore_result *r = explore (s, "unpatched", 8, 1, TRUE);
	guint64 lost;
	guint violations;

	ext_assert_true (extsim_explore_result_found (r));
	ext_assert_int_eq (extsim_explore_result_get_trace (r)->len, 2);
	ext_assert_str_contains (op_text (s, step (r, 0)), "reflink");
	ext_assert_str_eq (op_text (s, step (r, 1)), "fsync");
	ext_assert_str_contains (extsim_explore_result_get_reason (r), "data loss");
	replay (r, "unpatched", &lost, &violations);
	ext_assert_u64_eq (lost, 4 * KiB);
	extsim_explore_result_free (r);
	extsim_script_free (s);
}
END_TEST

START_TEST (seed_case_fixed_policies_are_safe_to_depth_8)
{
	const char *safe[] = { "patched", "nocow-only" };
	extsim_script *s = parse (seed_script);

	for (guint i = 0; i < G_N_ELEMENTS (safe); i++) {
		extsim_explore_result *r = explore (s, safe[i], 8, 1, FALSE);
		extsim_explore_progress p;

		ext_assert_false (extsim_explore_result_found (r));
		extsim_explore_result_get_progress (r, &p);
		ext_assert_u64_gt (p.states_generated, 2); /* it did search */
		ext_assert_u64_le (p.distinct_states, p.states_generated + 1);
		extsim_explore_result_free (r);
	}
	extsim_script_free (s);
}
END_TEST

START_TEST (snapshot_loss_only_before_4_19)
{
	extsim_script *s = parse (snapshot_script);
	const extsim_policy *const *p;

	for (p = extsim_policy_presets (); *p; p++) {
		extsim_explore_result *r = explore (s, (*p)->name, 8, 1, FALSE);

		if (g_str_equal ((*p)->name, "pre-4.19")) {
			ext_assert_true (extsim_explore_result_found (r));
			ext_assert_str_contains (op_text (s, step (r, 0)), "snapshot");
		} else {
			ext_assert_false (extsim_explore_result_found (r));
		}
		extsim_explore_result_free (r);
	}
	extsim_script_free (s);
}
END_TEST

START_TEST (finds_the_one_bad_order)
{
	extsim_script *s = parse (two_writers);
	extsim_explore_result *r = explore (s, "unpatched", 8, 1, FALSE);

	ext_assert_true (extsim_explore_result_found (r));
	ext_assert_int_eq (extsim_explore_result_get_trace (r)->len, 2);
	ext_assert_int_eq (step (r, 0)->thread, 1);
	ext_assert_str_contains (op_text (s, step (r, 0)), "pwrite");
	ext_assert_int_eq (step (r, 1)->thread, 2);
	ext_assert_str_contains (op_text (s, step (r, 1)), "reflink");
	extsim_explore_result_free (r);
	extsim_script_free (s);
}
END_TEST

static void
assert_same (const extsim_explore_result *a, const extsim_explore_result *b)
{
	extsim_explore_progress pa, pb;
	const GArray *ta = extsim_explore_result_get_trace (a), *tb = extsim_explore_result_get_trace (b);

	extsim_explore_result_get_progress (a, &pa);
	extsim_explore_result_get_progress (b, &pb);
	ext_assert_int_eq (extsim_explore_result_found (a), extsim_explore_result_found (b));
	ext_assert_u64_eq (pa.states_generated, pb.states_generated);
	ext_assert_u64_eq (pa.distinct_states, pb.distinct_states);
	ext_assert_int_eq (ta->len, tb->len);
	/* the same states kept, in the same order, each with the same parent */
	ext_assert_u64_eq (explore_result_digest (a), explore_result_digest (b));
	for (guint i = 0; i < ta->len; i++) {
		const extsim_action *x = &g_array_index (ta, extsim_action, i), *y = &g_array_index (tb, extsim_action, i);

		ext_assert_int_eq (x->kind, y->kind);
		ext_assert_int_eq (x->thread, y->thread);
		ext_assert_int_eq (x->op, y->op);
		ext_assert_u64_eq (x->ino.ino, y->ino.ino);
		ext_assert_u64_eq (x->offset, y->offset);
		ext_assert_u64_eq (x->len, y->len);
	}
}

/* Threads that name new files and subvolumes: the children change the
 * tables of files and directories they borrowed from their parent. */
static const char naming[] = "mkfs.btrfs -f $dev -b 512M > /dev/null\n"
			     "mount $dev $mnt\n"
			     "xfs_io -f -c \"falloc 0 8m\" $mnt/a\n"
			     "#@thread A\n"
			     "xfs_io -f -c \"pwrite 0 4k\" -c \"fsync\" $mnt/b\n"
			     "touch $mnt/e\n"
			     "#@thread B\n"
			     "btrfs subvolume create $mnt/sv > /dev/null\n"
			     "xfs_io -f -c \"pwrite 0 4k\" $mnt/sv/c\n"
			     "btrfs subvolume snapshot $mnt/sv $mnt/snap > /dev/null\n"
			     "#@thread C\n"
			     "rm $mnt/a\n"
			     "xfs_io -f -c \"pwrite 0 8k\" $mnt/a\n";

START_TEST (jobs_do_not_change_the_answer)
{
	const char *texts[] = { two_writers, seed_script, commuting, naming };
	const char *policies[] = { "unpatched", "patched" };

	for (guint t = 0; t < G_N_ELEMENTS (texts); t++) {
		for (guint p = 0; p < G_N_ELEMENTS (policies); p++) {
			extsim_script *s = parse (texts[t]);
			guint depth = texts[t] == commuting ? 12 : texts[t] == naming ? 9 : 6;
			extsim_explore_result *one = explore (s, policies[p], depth, 1, FALSE);
			extsim_explore_result *two = explore (s, policies[p], depth, 2, FALSE);
			extsim_explore_result *four = explore (s, policies[p], depth, 4, FALSE);
			extsim_explore_progress pr;

			extsim_explore_result_get_progress (one, &pr);
			if (texts[t] == commuting) /* many orders meet in one state */
				ext_assert_u64_gt (pr.states_generated, 2 * pr.distinct_states);
			ext_assert_true (pr.eta_seconds == 0); /* the search is over */
			assert_same (one, two);
			assert_same (one, four);
			extsim_explore_result_free (one);
			extsim_explore_result_free (two);
			extsim_explore_result_free (four);
			extsim_script_free (s);
		}
	}
}
END_TEST

/* A worker that runs out takes half of what another has left, and what it
 * takes comes earlier or later in the level than what it did before: the
 * children it drops as repeats must still be the later ones.  Each level
 * given to the first worker alone, the others only take. */
START_TEST (workers_that_take_work_change_nothing)
{
	const char *texts[] = { two_writers, seed_script, commuting };
	gint before = g_atomic_int_get (&explore_takes);

	for (guint t = 0; t < G_N_ELEMENTS (texts); t++) {
		extsim_script *s = parse (texts[t]);
		guint depth = texts[t] == commuting ? 12 : 6;
		extsim_explore_result *one = explore (s, "unpatched", depth, 1, FALSE), *two, *four;

		explore_first_takes_all = TRUE;
		two = explore (s, "unpatched", depth, 2, FALSE);
		four = explore (s, "unpatched", depth, 4, FALSE);
		explore_first_takes_all = FALSE;
		assert_same (one, two);
		assert_same (one, four);
		extsim_explore_result_free (one);
		extsim_explore_result_free (two);
		extsim_explore_result_free (four);
		extsim_script_free (s);
	}
	ext_assert_u64_gt ((guint64) g_atomic_int_get (&explore_takes), (guint64) before);
}
END_TEST

/* A file a thread's xfs_io holds open between two of its commands is not
 * evicted by another thread's drop_caches (an inode with a reference is
 * not on the LRU that prune_icache_sb walks): a, synced at 8k and so with
 * its writeback index there, is rewritten to 16k and synced by thread A.
 * drop_caches before A opens it evicts it (the index goes: one extent);
 * between A's open and its write it does not (from 8k, then from 0: two). */
static guint
extents_after (const char *order)
{
	extsim_script *s = parse ("mkfs.btrfs -f $dev -b 1G > /dev/null\nmount $dev $mnt\n"
				  "xfs_io -f -c \"pwrite -q 0 8k\" $mnt/a\nsync\n"
				  "#@thread A\nxfs_io -c \"pwrite -q 0 16k\" -c syncfs $mnt/a\n"
				  "#@thread B\necho 3 > /proc/sys/vm/drop_caches\n");
	script_session *ss = session_new (s, &extsim_policy_patched);
	guint a = 0, n_ops = extsim_script_get_n_ops (s), setup = 0;
	GError *err = NULL;
	GArray *map;
	guint n;

	while (script_command_thread (s, extsim_script_get_op (s, setup)->command) == 0)
		ext_assert_true (session_run_op (ss, setup++, &err));
	for (const char *c = order; *c; c++) {
		guint op = *c == 'A' ? setup + a++ : n_ops - 1;

		ext_assert_true (session_run_op (ss, op, &err));
		ext_assert_no_error (err);
	}
	map = extsim_fs_fiemap (session_fs (ss), (extsim_ino) { EXTSIM_FS_TREE, EXTSIM_FIRST_FREE_OBJECTID + 1 },
				0, G_MAXUINT64, 0, &err);
	ext_assert_no_error (err);
	n = map->len;
	g_array_unref (map);
	session_free (ss);
	extsim_script_free (s);
	return n;
}

START_TEST (drop_caches_keeps_a_file_another_thread_holds_open)
{
	ext_assert_int_eq (extents_after ("BAAA"), 1);
	ext_assert_int_eq (extents_after ("ABAA"), 2);
	ext_assert_int_eq (extents_after ("AAAB"), 2);
}
END_TEST

/* The progress line's estimate: the levels left follow the last ones. */
START_TEST (eta_follows_the_last_levels)
{
	/* 1, 10, 30: each state made 3 children, all new, growth 10 then 3
	 * (changing by 0.3): 3 levels to depth 5 of 90, 81 (f = 30 * 0.9),
	 * 21.87 (27 * 0.27) children, at 100 states/s */
	const guint64 swelling[] = { 1, 10, 30 };
	/* growing steadily: 1, 3, 9, 27 with 3 children each: 81, 243, 729 */
	const guint64 steady[] = { 1, 3, 9, 27 };
	const guint64 done[] = { 1, 10, 0 };

	ext_assert_true (fabs (explore_eta (swelling, 3, 30, 5, 100.0) - (90.0 + 81 + 21.87) / 100) < 1e-9);
	ext_assert_true (fabs (explore_eta (steady, 4, 27, 6, 100.0) - (81.0 + 243 + 729) / 100) < 1e-9);
	/* a shrinking space ends before the depth limit, whatever the limit */
	ext_assert_true (explore_eta (swelling, 3, 30, 1000, 100.0) < 3);
	/* nothing left, nothing to go by */
	ext_assert_true (explore_eta (done, 3, 30, 5, 100.0) == 0);
	ext_assert_true (explore_eta (steady, 4, 27, 3, 100.0) == 0);
	ext_assert_true (explore_eta (steady, 1, 0, 5, 100.0) == -1);
	ext_assert_true (explore_eta (steady, 4, 27, 6, 0) == -1);
}
END_TEST

/* Two shards split the first level: exactly one holds the violation (it
 * is one action deep), and both searched. */
START_TEST (shards_cover_the_search)
{
	extsim_script *s = parse (two_writers);
	extsim_explore_options o = EXTSIM_EXPLORE_OPTIONS_INIT;
	guint found = 0;

	o.shard_count = 2;
	for (guint i = 0; i < 2; i++) {
		extsim_explore_result *r = NULL;
		GError *err = NULL;

		o.shard_index = i;
		ext_assert_true (extsim_explore (s, &o, &r, &err));
		ext_assert_no_error (err);
		found += extsim_explore_result_found (r);
		extsim_explore_result_free (r);
	}
	ext_assert_int_eq (found, 1);
	extsim_script_free (s);
}
END_TEST

START_TEST (a_script_without_threads_is_refused)
{
	extsim_script *s = parse (SEED_SETUP);
	extsim_explore_options o = EXTSIM_EXPLORE_OPTIONS_INIT;
	extsim_explore_result *r = NULL;
	GError *err = NULL;

	ext_assert_false (extsim_explore (s, &o, &r, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_true (r == NULL);
	o.shard_count = 2;
	o.shard_index = 2;
	ext_assert_false (extsim_explore (s, &o, &r, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	extsim_script_free (s);

	/* thread positions are bytes: 256 operations in one thread are refused */
	{
		GString *text = g_string_new (SEED_SETUP "#@thread long\n");

		for (guint i = 0; i < 256; i++)
			g_string_append (text, "sync\n");
		s = parse (text->str);
		g_string_free (text, TRUE);
		o = (extsim_explore_options) EXTSIM_EXPLORE_OPTIONS_INIT;
		ext_assert_false (extsim_explore (s, &o, &r, &err));
		ext_assert_error (err, EXTSIM_ERROR_INVAL);
		ext_assert_true (r == NULL);
		extsim_script_free (s);
	}
	/* nor a power loss: a state would carry its last commit and its log */
	s = parse (". ./common/preamble\n_scratch_mkfs\n_mount_flakey\n#@thread a\nsync\n_flakey_drop_and_remount\n");
	ext_assert_false (extsim_explore (s, &o, &r, &err));
	ext_assert_true (g_error_matches (err, EXTSIM_ERROR, EXTSIM_ERROR_OPNOTSUPP));
	ext_assert_str_contains (err->message, ":6:1: '_flakey_drop_and_remount': a power loss; explore takes none");
	g_clear_error (&err);
	ext_assert_true (r == NULL);
	extsim_script_free (s);
	/* a thread's steps may not hang on exit statuses (&& and ||) */
	s = parse (SEED_SETUP "#@thread a\nsync || echo failed\n");
	ext_assert_false (extsim_explore (s, &o, &r, &err));
	ext_assert_true (g_error_matches (err, EXTSIM_ERROR, EXTSIM_ERROR_OPNOTSUPP));
	ext_assert_str_contains (err->message, "'echo' after && or ||");
	g_clear_error (&err);
	ext_assert_true (r == NULL);
	extsim_script_free (s);
}
END_TEST

/* Background actions: with the reflink moved after an explicit chance to
 * write back, the search also explores the safe order (writeback first). */
/* chattr +C on a directory changes what a file made in it later is, not
 * one made before: the two orders are two states.  (The directory table
 * is shared between states until one changes it; chattr changed it in
 * place, in every state sharing it, and both orders made a NOCOW file.) */
START_TEST (chattr_of_a_directory_changes_only_its_own_state)
{
	extsim_script *s = parse ("mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
				  "btrfs subvolume create $mnt/sv > /dev/null\n"
				  "#@thread A\nchattr +C $mnt/sv\n#@thread B\ntouch $mnt/sv/f\n");

	for (guint jobs = 1; jobs <= 2; jobs++) {
		extsim_explore_result *r = explore (s, "patched", 4, jobs, FALSE);
		extsim_explore_progress p;

		extsim_explore_result_get_progress (r, &p);
		ext_assert_u64_eq (p.states_generated, 4);
		ext_assert_u64_eq (p.distinct_states, 5); /* the root, A, B, A then B, B then A */
		extsim_explore_result_free (r);
	}
	extsim_script_free (s);
}
END_TEST

START_TEST (background_writeback_is_explored)
{
	extsim_script *s = parse (seed_script);
	extsim_explore_options o = EXTSIM_EXPLORE_OPTIONS_INIT;
	extsim_explore_result *with = NULL, *without = NULL;
	extsim_explore_progress pw, po;
	GError *err = NULL;

	o.policy = &extsim_policy_patched;
	ext_assert_true (extsim_explore (s, &o, &with, &err));
	o.background = FALSE;
	ext_assert_true (extsim_explore (s, &o, &without, &err));
	ext_assert_no_error (err);
	extsim_explore_result_get_progress (with, &pw);
	extsim_explore_result_get_progress (without, &po);
	ext_assert_u64_gt (pw.states_generated, po.states_generated);
	extsim_explore_result_free (with);
	extsim_explore_result_free (without);
	extsim_script_free (s);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("explore");
	TCase *acc = tcase_create ("acceptance");
	TCase *search = tcase_create ("search");

	tcase_add_test (acc, seed_case_unpatched_fails_at_the_reflink);
	tcase_add_test (acc, seed_case_unpatched_loses_data_in_two_steps);
	tcase_add_test (acc, seed_case_fixed_policies_are_safe_to_depth_8);
	tcase_add_test (acc, snapshot_loss_only_before_4_19);
	suite_add_tcase (s, acc);
	tcase_add_test (search, finds_the_one_bad_order);
	tcase_add_test (search, jobs_do_not_change_the_answer);
	tcase_add_test (search, workers_that_take_work_change_nothing);
	tcase_add_test (search, drop_caches_keeps_a_file_another_thread_holds_open);
	tcase_add_test (search, shards_cover_the_search);
	tcase_add_test (search, a_script_without_threads_is_refused);
	tcase_add_test (search, background_writeback_is_explored);
	tcase_add_test (search, chattr_of_a_directory_changes_only_its_own_state);
	tcase_add_test (search, a_trace_replays_each_operation_of_a_command_alone);
	tcase_add_test (search, eta_follows_the_last_levels);
	suite_add_tcase (s, search);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
