/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The checker (DESIGN.md section 5) must see each invariant break.  The
 * model never breaks 2, 3 and 5 by itself, so these tests corrupt a
 * healthy state through the internals and expect exactly that invariant.
 */
#include "ext-test.h"

#include "fs-private.h"

/* a state with written, PREALLOC, shared and dirty ranges */
static extsim_fs *
healthy (extsim_ino *a, extsim_ino *b)
{
	extsim_fs *fs = t_fs_new (NULL, 512 * MiB, 0);

	*a = t_create (fs);
	*b = t_create (fs);
	t_falloc (fs, *a, 0, 8 * MiB);
	t_pwrite (fs, *a, MiB, MiB, 1);
	t_pwrite (fs, *b, 0, 2 * MiB, 2);
	extsim_fs_sync (fs);
	t_reflink (fs, *a, 0, *b, 4 * MiB, MiB);
	t_pwrite (fs, *b, 64 * KiB, 64 * KiB, 3);
	t_assert_clean (fs);
	return fs;
}

/* exactly one current violation, of invariant inv */
static const extsim_violation *
only_violation (GPtrArray *now, extsim_invariant inv)
{
	if (now->len != 1 || ((extsim_violation *) now->pdata[0])->invariant != inv) {
		GString *s = g_string_new (NULL);

		for (guint i = 0; i < now->len; i++) {
			g_autofree char *t = extsim_violation_to_string (now->pdata[i]);

			g_string_append_printf (s, "\n  %s", t);
		}
		ck_abort_msg ("expected one violation of invariant %d, got %u:%s", inv, now->len, s->str);
	}
	return now->pdata[0];
}

START_TEST (may_use_must_match_the_reservations)
{
	extsim_ino a, b;
	extsim_fs *fs = healthy (&a, &b);
	g_autoptr (GPtrArray) now = NULL;

	update_bytes_may_use (fs, 4096);
	now = extsim_fs_check (fs);
	ext_assert_str_eq (only_violation (now, EXTSIM_INVARIANT_SPACE_ACCOUNTING)->rule,
			   "may_use equals outstanding reservations");
	extsim_fs_free (fs);
}
END_TEST

START_TEST (a_counter_underflow_is_reported)
{
	extsim_ino a, b;
	extsim_fs *fs = healthy (&a, &b);
	g_autoptr (GPtrArray) now = NULL;
	gboolean underflow = FALSE;

	update_bytes_pinned (fs, -4096);
	now = extsim_fs_check (fs);
	for (guint i = 0; i < now->len; i++)
		underflow |= g_str_equal (((extsim_violation *) now->pdata[i])->rule, "no counter underflow");
	ext_assert_true (underflow);
	ext_assert_u64_eq (t_space (fs).pinned, 0); /* clamped, not wrapped */
	extsim_fs_free (fs);
}
END_TEST

START_TEST (back_references_must_match_the_items)
{
	extsim_ino a, b;
	extsim_fs *fs = healthy (&a, &b);
	g_autoptr (GPtrArray) now = NULL;
	g_autoptr (GArray) items = extsim_fs_file_extents (fs, a, NULL);
	guint64 bytenr = g_array_index (items, extsim_file_extent, 0).disk_bytenr;

	backref_inc (fs, bytenr, EXTSIM_FS_TREE, 999, 0, 1);
	now = extsim_fs_check (fs);
	ext_assert_u64_ge (now->len, 1);
	for (guint i = 0; i < now->len; i++)
		ext_assert_int_eq (((extsim_violation *) now->pdata[i])->invariant, EXTSIM_INVARIANT_REFERENCES);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (used_must_be_the_live_extents)
{
	extsim_ino a, b;
	extsim_fs *fs = healthy (&a, &b);
	g_autoptr (GPtrArray) now = NULL;

	update_bytes_used (fs, 4096);
	update_bytes_may_use (fs, 0);
	now = extsim_fs_check (fs);
	ext_assert_int_eq (only_violation (now, EXTSIM_INVARIANT_NO_LEAK)->invariant, EXTSIM_INVARIANT_NO_LEAK);
	extsim_fs_free (fs);
}
END_TEST

/* With check_every_step a violation is recorded once, at the step where it
 * appeared, however long it lasts; one that goes and comes back is
 * recorded again. */
START_TEST (violations_are_recorded_where_they_appear)
{
	extsim_fs *fs = t_fs_new ("unpatched", 512 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	const GPtrArray *rec = extsim_fs_violations (fs);
	guint64 at;

	t_falloc (fs, f, 0, 8 * MiB);
	t_fill (fs);
	t_pwrite (fs, f, MiB, 4 * KiB, 1);
	t_reflink (fs, f, 0, g, 0, 4 * KiB);
	at = extsim_fs_get_step (fs);
	ext_assert_int_eq (rec->len, 1);
	extsim_fs_commit (fs);
	extsim_fs_commit (fs);
	ext_assert_int_eq (rec->len, 1);
	ext_assert_u64_eq (((extsim_violation *) rec->pdata[0])->step, at);
	/* the page is lost at fsync: invariant 1 is gone (nothing dirty) */
	t_fsync_enospc (fs, f);
	ext_assert_int_eq (rec->len, 1);
	{
		g_autoptr (GPtrArray) now = extsim_fs_check (fs);

		ext_assert_int_eq (now->len, 0);
	}
	extsim_fs_free (fs);
}
END_TEST

/* A batch is one step: its events carry one step number, and the checker
 * runs once, after it, so what the calls inside it made and undid (the
 * violation above, made by the reflink and gone at the fsync) is not
 * recorded; batches nest. */
START_TEST (a_batch_is_one_step)
{
	extsim_fs *fs = t_fs_new ("unpatched", 512 * MiB, 0);
	extsim_ino f = t_create (fs), g = t_create (fs);
	const GPtrArray *rec = extsim_fs_violations (fs);
	guint64 before;

	t_falloc (fs, f, 0, 8 * MiB);
	t_fill (fs);
	before = extsim_fs_get_step (fs);
	extsim_fs_batch_begin (fs);
	t_pwrite (fs, f, MiB, 4 * KiB, 1);
	extsim_fs_batch_begin (fs);
	t_reflink (fs, f, 0, g, 0, 4 * KiB);
	extsim_fs_batch_end (fs);
	ext_assert_u64_eq (extsim_fs_get_step (fs), before + 1);
	t_fsync_enospc (fs, f);
	extsim_fs_batch_end (fs);
	ext_assert_u64_eq (extsim_fs_get_step (fs), before + 1);
	ext_assert_int_eq (rec ? rec->len : 0, 0);
	extsim_fs_sync (fs);
	ext_assert_u64_eq (extsim_fs_get_step (fs), before + 2);
	extsim_fs_free (fs);
}
END_TEST

START_TEST (violation_text_names_everything)
{
	extsim_violation v = { EXTSIM_INVARIANT_RESERVED_OR_NOCOW, 7, { 5, 257 }, 4096, 8192, 13631488,
			       "the rule", (char *) "the detail", 0 };
	g_autofree char *s = extsim_violation_to_string (&v);
	extsim_violation *c = extsim_violation_copy (&v);

	ext_assert_str_eq (s, "step 7: invariant 1 (reserved-or-nocow) violated, inode 257 of subvolume 5, "
			      "file range [4096, 12288), extent 13631488: the rule. the detail");
	ext_assert_str_eq (c->detail, v.detail);
	ext_assert_true (c->detail != v.detail);
	extsim_violation_free (c);
	extsim_violation_free (NULL);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("invariants");
	TCase *tc = tcase_create ("detects");
	TCase *rec = tcase_create ("records");

	tcase_add_test (tc, may_use_must_match_the_reservations);
	tcase_add_test (tc, a_counter_underflow_is_reported);
	tcase_add_test (tc, back_references_must_match_the_items);
	tcase_add_test (tc, used_must_be_the_live_extents);
	suite_add_tcase (s, tc);
	tcase_add_test (rec, violations_are_recorded_where_they_appear);
	tcase_add_test (rec, violation_text_names_everything);
	tcase_add_test (rec, a_batch_is_one_step);
	suite_add_tcase (s, rec);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
