/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Running scripts: the section 1 verdicts under every policy, what each
 * xfs_io command prints and how it fails (exit statuses as xfs_io 6.1 sets
 * them), and the order of stdout and stderr as a pipe shows it.
 *
 * The expected outputs were checked against the same scripts on Linux
 * 6.18 with xfs_io 6.1.0 and btrfs-progs 6.2; they differ only in where
 * the allocator put things and in the rate lines (the model takes no
 * time).
 */
#include "script-test.h"

static char *
section_1 (void)
{
	char *text = NULL;

	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", &text, NULL, NULL));
	return text;
}

#define SEED_STDOUT                                                                                \
	"wrote 16777216/16777216 bytes at offset 1048576\n"                                        \
	"16 MiB, 4096 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"                             \
	"linked 4096/4096 bytes at offset 0\n"                                                     \
	"4 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"

/*
 * file1 when the reflink comes (unpatched):
 *   [ hole ][ P 8k-1M ][ R 1M-(17M-4k), written NOCOW ][ P ... (64M+8k) ]
 *                                                      ^ 4 KiB dirty NORESERVE
 */
START_TEST (section_1_unpatched_violates_at_the_reflink_and_loses_4k)
{
	g_autofree char *text = section_1 ();
	g_autoptr (t_run) r = t_run_script (text, "unpatched");
	const extsim_script_violation *v;
	const extsim_script_record *reflink = t_record (r, 9), *fsync = t_record (r, 10);
	const extsim_script_loss *loss;

	ext_assert_false (extsim_script_result_is_clean (r->res));
	ext_assert_str_eq (r->out->str, SEED_STDOUT);
	ext_assert_str_eq (r->err->str, "pwrite: No space left on device\nfsync: No space left on device\n");
	ext_assert_int_eq (extsim_script_result_get_n_violations (r->res), 1);
	v = extsim_script_result_get_violation (r->res, 0);
	ext_assert_int_eq (v->violation->invariant, EXTSIM_INVARIANT_RESERVED_OR_NOCOW);
	ext_assert_u64_eq (v->record, reflink->index);
	ext_assert_int_eq (reflink->op->kind, EXTSIM_SCRIPT_OP_REFLINK);
	ext_assert_int_eq (reflink->op->line, 13);
	ext_assert_u64_eq (v->violation->step, reflink->last_step);
	ext_assert_str_eq (v->path, MNT "/file1");
	ext_assert_str_contains (v->explanation, "The reflink at line 13");
	ext_assert_str_contains (v->explanation, "the whole 64 MiB extent");
	ext_assert_str_contains (v->explanation, "2 distinct back references (" MNT "/file1 at offset 0, " MNT
						 "/file1 at offset 8192)");
	ext_assert_str_contains (v->explanation, "[17821696, 17825792) of " MNT "/file1");
	ext_assert_str_contains (v->explanation, "NORESERVE");
	ext_assert_str_contains (v->explanation, "Policy unpatched");
	ext_assert_int_eq (fsync->error, ENOSPC);
	ext_assert_str_eq (fsync->error_text, "fsync: No space left on device");
	ext_assert_u64_eq (fsync->lost_bytes, 4 * KiB);
	ext_assert_u64_eq (extsim_script_result_get_lost_bytes (r->res), 4 * KiB);
	ext_assert_int_eq (extsim_script_result_get_n_losses (r->res), 1);
	loss = extsim_script_result_get_loss (r->res, 0);
	ext_assert_u64_eq (loss->record, fsync->index);
	ext_assert_str_eq (loss->path, MNT "/file1");
	ext_assert_u64_eq (loss->offset, 17821696);
	ext_assert_u64_eq (loss->length, 4 * KiB);
	ext_assert_int_eq (t_exit (r, 5), 1); /* the xfs_io whose fsync failed */
	ext_assert_int_eq (t_exit (r, 3), 1); /* the padding's pwrite */
	ext_assert_int_eq (t_exit (r, 4), 0);
}
END_TEST

START_TEST (section_1_patched_and_nocow_only_are_clean)
{
	static const char *const clean[] = { "patched", "nocow-only" };
	g_autofree char *text = section_1 ();

	for (guint i = 0; i < G_N_ELEMENTS (clean); i++) {
		g_autoptr (t_run) r = t_run_script (text, clean[i]);

		ext_assert_true (extsim_script_result_is_clean (r->res));
		ext_assert_str_eq (r->out->str, SEED_STDOUT);
		ext_assert_str_eq (r->err->str, "pwrite: No space left on device\n");
		ext_assert_int_eq (t_exit (r, 5), 0);
		ext_assert_str_eq (extsim_script_result_get_policy (r->res)->name, clean[i]);
	}
}
END_TEST

START_TEST (section_1_other_presets)
{
	g_autofree char *text = section_1 ();
	g_autoptr (t_run) always = t_run_script (text, "always-reserve");
	g_autoptr (t_run) old = t_run_script (text, "pre-4.19");

	/* never without a reservation: the write into the prealloc fails instead */
	ext_assert_true (extsim_script_result_is_clean (always->res));
	ext_assert_str_eq (always->err->str, "pwrite: No space left on device\npwrite: No space left on device\n");
	/* pre-4.19 differs from unpatched only for snapshots */
	ext_assert_false (extsim_script_result_is_clean (old->res));
	ext_assert_u64_eq (extsim_script_result_get_lost_bytes (old->res), 4 * KiB);
}
END_TEST

START_TEST (records_count_steps_and_keep_decisions)
{
	g_autofree char *text = section_1 ();
	g_autoptr (t_run) r = t_run_script (text, "unpatched");
	const extsim_script_record *mkfs = t_record (r, 0), *pwrite = t_record (r, 7), *reflink = t_record (r, 9);
	extsim_stats st;
	gboolean nocow = FALSE;

	ext_assert_int_eq (extsim_script_result_get_n_records (r->res), 12);
	ext_assert_u64_eq (mkfs->first_step, 0);
	ext_assert_u64_eq (mkfs->last_step, 0);
	ext_assert_u64_eq (reflink->first_step + 1, reflink->last_step);
	for (guint i = 0; i < pwrite->events->len; i++)
		nocow |= g_array_index (pwrite->events, extsim_event, i).kind == EXTSIM_EVENT_NOCOW;
	ext_assert_true (nocow);
	ext_assert_u64_eq (pwrite->space.free, 0);
	ext_assert_u64_eq (pwrite->space.total, 451936256);
	ext_assert_str_eq (pwrite->out_text, "wrote 16777216/16777216 bytes at offset 1048576\n"
					     "16 MiB, 4096 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n");
	ext_assert_str_eq (pwrite->err_text, "");
	ext_assert_true (extsim_script_result_get_fs (r->res) != NULL);
	extsim_script_result_get_stats (r->res, &st);
	ext_assert_u64_eq (st.lost_bytes, 4 * KiB);
	ext_assert_u64_eq (st.steps, t_record (r, 11)->last_step);
	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), 7);
	ext_assert_true (extsim_script_result_get_script (r->res) == r->script);
}
END_TEST

/* ---- stdout and stderr ---------------------------------------------------------------- */

#define ONE_ERROR                                                                                  \
	MKFS_MOUNT "xfs_io -f -c \"pwrite -S 0x11 0 64k\" $mnt/src >/dev/null\n"                      \
		   "xfs_io -f -c \"pwrite 0 4k\" -c \"reflink $mnt/src 1 0 4k\" -c \"pwrite 4k 4k\" $mnt/f 2>&1\n"

#define W0                                                                                         \
	"wrote 4096/4096 bytes at offset 0\n4 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
#define W4K                                                                                        \
	"wrote 4096/4096 bytes at offset 4096\n4 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"

START_TEST (through_a_pipe_stderr_comes_first)
{
	g_autoptr (t_run) piped = t_run_script_buffered (ONE_ERROR, NULL, EXTSIM_SCRIPT_PIPE_BUFFER);
	g_autoptr (t_run) tty = t_run_script (ONE_ERROR, NULL);

	/* as captured from xfs_io 6.1 with 2>&1 into a pipe */
	ext_assert_str_eq (piped->merged->str, "XFS_IOC_CLONE_RANGE: Invalid argument\n" W0 W4K);
	ext_assert_str_eq (tty->merged->str, W0 "XFS_IOC_CLONE_RANGE: Invalid argument\n" W4K);
	ext_assert_str_eq (piped->err->str, ""); /* 2>&1: all of it went to stdout */
	ext_assert_int_eq (t_exit (piped, 3), 0); /* a failed reflink leaves the exit status 0 */
}
END_TEST

START_TEST (a_full_stdio_buffer_is_written_before_later_errors)
{
	GString *text = g_string_new (MKFS_MOUNT "xfs_io -f");
	g_autoptr (t_run) r = NULL;

	for (guint i = 0; i < 60; i++)
		g_string_append (text, " -c \"pwrite 0 4k\"");
	g_string_append (text, " -c \"reflink $mnt/f 1 0 4k\" -c \"pwrite 0 4k\" $mnt/f\n");
	r = t_run_script_buffered (text->str, NULL, EXTSIM_SCRIPT_PIPE_BUFFER);
	g_string_free (text, TRUE);
	/* 61 summaries of 89 bytes: the first 4096 bytes went out when the 47th did not fit */
	ext_assert_u64_eq (r->out->len, 61 * 89);
	ext_assert_true (strncmp (r->merged->str, r->out->str, 4096) == 0);
	ext_assert_true (strncmp (r->merged->str + 4096, "XFS_IOC_CLONE_RANGE: Invalid argument\n", 38) == 0);
	ext_assert_str_eq (r->merged->str + 4096 + 38, r->out->str + 4096);
}
END_TEST

START_TEST (md5sum_flushes_its_output_before_an_error)
{
	g_autoptr (t_run) r = t_run_script_buffered (
		MKFS_MOUNT "touch $mnt/a $mnt/b\nmd5sum $mnt/a $mnt/missing $mnt/b 2>&1\n", NULL, EXTSIM_SCRIPT_PIPE_BUFFER);

	ext_assert_str_eq (r->merged->str, "d41d8cd98f00b204e9800998ecf8427e  " MNT "/a\n"
					   "md5sum: " MNT "/missing: No such file or directory\n"
					   "d41d8cd98f00b204e9800998ecf8427e  " MNT "/b\n");
	ext_assert_int_eq (t_exit (r, 3), 1);
}
END_TEST

START_TEST (redirections_send_output_where_the_shell_would)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "touch $mnt/a\nmd5sum $mnt/a $mnt/x >/dev/null\n"
						   "md5sum $mnt/a $mnt/x 2>/dev/null\nmd5sum $mnt/a $mnt/x >&2 2>/dev/null\n"
						   "md5sum $mnt/x &>/dev/null\necho to-stderr 1>&2\n",
					    NULL);
	const char *hash = "d41d8cd98f00b204e9800998ecf8427e  " MNT "/a\n";
	g_autofree char *err = g_strdup_printf ("md5sum: " MNT "/x: No such file or directory\n%sto-stderr\n", hash);

	ext_assert_str_eq (r->out->str, hash);
	ext_assert_str_eq (r->err->str, err);
	/* what each operation printed is kept whatever the redirection */
	ext_assert_str_eq (t_record (r, 9)->err_text, "md5sum: " MNT "/x: No such file or directory\n");
}
END_TEST

/* cat FILE > /dev/null is the read md5sum makes, nothing shown: the same
 * state after it (the pages cached, the maps loaded), and a state other
 * than the one where nothing read the file; cat's errors and status. */
START_TEST (cat_reads_as_md5sum_does)
{
#define CAT_SETUP                                                                                                      \
	MKFS_MOUNT "xfs_io -f -c \"pwrite -q 0 48k\" -c \"truncate 352k\" $mnt/f\nsync\numount $mnt\nmount $dev $mnt\n"
	g_autoptr (t_run) cat = t_run_script (CAT_SETUP "cat $mnt/f > /dev/null\n", NULL);
	g_autoptr (t_run) md5 = t_run_script (CAT_SETUP "md5sum $mnt/f > /dev/null\n", NULL);
	g_autoptr (t_run) none = t_run_script (CAT_SETUP "sleep 0\n", NULL);
	g_autoptr (t_run) bad = t_run_script (MKFS_MOUNT "touch $mnt/a\ncat $mnt/a $mnt/x $mnt > /dev/null\necho $?\n"
						     "cat $mnt/a > /dev/null\necho $?\n",
					      NULL);
#undef CAT_SETUP
	const extsim_fs *fc = extsim_script_result_get_fs (cat->res), *fm = extsim_script_result_get_fs (md5->res);
	const extsim_fs *fn = extsim_script_result_get_fs (none->res);

	ext_assert_str_eq (cat->out->str, "");
	ext_assert_str_eq (cat->err->str, "");
	ext_assert_true (extsim_fs_equal (fc, fm));
	ext_assert_u64_eq (extsim_fs_hash (fc), extsim_fs_hash (fm));
	ext_assert_false (extsim_fs_equal (fc, fn));
	ext_assert_str_eq (bad->out->str, "1\n0\n");
	ext_assert_str_eq (bad->err->str, "cat: " MNT "/x: No such file or directory\ncat: " MNT ": Is a directory\n");
}
END_TEST

/* rmdir of a subvolume's own directory would delete the subvolume, which
 * the model does not do: refused when it runs, the directory kept; an
 * empty directory goes, and a second rmdir finds nothing. */
START_TEST (rmdir_refuses_a_subvolume)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "btrfs subvolume create $mnt/sv > /dev/null\nmkdir $mnt/d\n"
						   "rmdir $mnt/sv\necho $?\nrmdir $mnt/d\necho $?\nrmdir $mnt/d\nls $mnt\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "1\n0\nsv\n");
	ext_assert_str_eq (r->err->str, "rmdir: '" MNT "/sv': the deletion of a subvolume is not modelled by extsim\n"
					"rmdir: failed to remove '" MNT "/d': No such file or directory\n");
}
END_TEST

/*
 * rm -r: the files below go (unlinked: their extents are free once the
 * next commit unpins them) and the directories after them.  A subvolume
 * below, or a directory of a read-only snapshot, is refused when it runs,
 * before anything goes: the state is the one before the command.  On a
 * file it is rm.
 */
/* What tests/script/real/rm-d.sh does not show: the empty mount point
 * (EBUSY, as rmdir's in real/rmdir.sh), a subvolume's own directory
 * (ENOTEMPTY when rm reads something in it, else refused: its deletion),
 * the errno in the record, and -r taking over from -d. */
START_TEST (rm_d_removes_empty_directories_only)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "rm -d $mnt\necho $?\nbtrfs subvolume create $mnt/sv > /dev/null\nrm -d $mnt/sv\n"
			   "mkdir -p $mnt/sv/x $mnt/t/u\nrm -d $mnt/sv\nrm -rd $mnt/t\necho $?\nls $mnt\n",
		NULL);

	ext_assert_str_eq (r->out->str, "1\n0\nsv\n");
	ext_assert_str_eq (r->err->str, "rm: cannot remove '" MNT "': Device or resource busy\n"
					"rm: '" MNT "/sv': the deletion of a subvolume is not modelled by extsim\n"
					"rm: cannot remove '" MNT "/sv': Directory not empty\n");
	ext_assert_int_eq (t_record (r, 2)->error, EBUSY);
	ext_assert_int_eq (t_record (r, 5)->error, EOPNOTSUPP);
	ext_assert_int_eq (t_record (r, 8)->error, ENOTEMPTY);
	ext_assert_int_eq (t_record (r, 9)->error, 0);
}
END_TEST

/* What tests/script/real/rmdir-p.sh does not show: doubled slashes (cut
 * over as coreutils' remove_parents does, the path shown as given), a
 * walk that meets a subvolume's own directory (refused: its deletion), a
 * failure at DIR itself (no walk), the errno in the record and the -p in
 * the operation's text. */
START_TEST (rmdir_p_walks_up_the_path_given)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "mkdir -p $mnt/x/y\nbtrfs subvolume create $mnt/sv > /dev/null\nmkdir $mnt/sv/a\n"
			   "rmdir -p $mnt//x//y//\nrmdir -p $mnt/sv/a\nrmdir -p $mnt/sv/a\nls $mnt\n",
		NULL);

	ext_assert_str_eq (r->out->str, "sv\n");
	ext_assert_str_eq (r->err->str,
			   "rmdir: failed to remove directory '" MNT "': Device or resource busy\n"
			   "rmdir: '" MNT "/sv': the deletion of a subvolume is not modelled by extsim\n"
			   "rmdir: failed to remove '" MNT "/sv/a': No such file or directory\n");
	ext_assert_int_eq (t_record (r, 5)->error, EBUSY);
	ext_assert_str_eq (t_record (r, 5)->op->text, "rmdir -p " MNT "//x//y//");
	ext_assert_int_eq (t_record (r, 6)->error, EOPNOTSUPP);
	ext_assert_int_eq (t_record (r, 7)->error, ENOENT);
}
END_TEST

START_TEST (rm_r_removes_a_tree_or_nothing)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "mkdir -p $mnt/d/e/f $mnt/t\nxfs_io -f -c \"pwrite -q 0 64k\" $mnt/d/e/b\n"
			   "xfs_io -f -c \"pwrite -q 0 64k\" $mnt/t/c\n"
			   "btrfs subvolume create $mnt/t/sv > /dev/null\nsync\n"
			   "btrfs subvolume snapshot -r $mnt $mnt/ro > /dev/null\n"
			   "xfs_io -f -c \"pwrite -q 0 1m\" $mnt/d/a\nsync\n"
			   "rm -r $mnt/t\necho $?\nrm -r $mnt/t/sv\nrm -r $mnt\nrm -rf $mnt/ro/d\necho $?\n"
			   "rm -r $mnt/t/c\nrm -r $mnt/d\necho $?\nsync\nls $mnt\n",
		NULL);
	extsim_space_info si;

	ext_assert_str_eq (r->out->str, "1\n1\n0\nro\nt\n");
	ext_assert_str_eq (r->err->str,
			   "rm: '" MNT "/t': holds the subvolume '" MNT "/t/sv', whose deletion is not modelled by extsim\n"
			   "rm: '" MNT "/t/sv': a subvolume, whose deletion is not modelled by extsim\n"
			   "rm: '" MNT "': holds the subvolume '" MNT "/ro', whose deletion is not modelled by extsim\n"
			   "rm: '" MNT "/ro/d': rm -r in a read-only snapshot is not modelled by extsim\n");
	/* the snapshot's files are left, none of the top's */
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 2);
	ext_assert_str_eq (extsim_script_result_get_file (r->res, 0)->path, MNT "/ro/d/e/b");
	ext_assert_str_eq (extsim_script_result_get_file (r->res, 1)->path, MNT "/ro/t/c");
	/* d/a's 1 MiB is free after the commit; what the snapshot shares stays */
	extsim_fs_get_space_info (extsim_script_result_get_fs (r->res), &si);
	ext_assert_u64_eq (si.used, 128 * KiB);
	ext_assert_u64_eq (si.pinned, 0);
	ext_assert_true (extsim_script_result_is_clean (r->res));
}
END_TEST

/*
 * mv of a directory, and a move across subvolumes (rename gives EXDEV and
 * mv copies), are refused when they run, the state as it was; in a
 * read-only snapshot rename fails with EROFS.  A file moves into a
 * directory under its name; a replaced file without bytes flushes
 * nothing (the moved file's pages stay dirty).
 */
START_TEST (mv_moves_files_and_refuses_the_rest)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "mkdir $mnt/d\ntouch $mnt/f $mnt/empty\nbtrfs subvolume create $mnt/sv > /dev/null\n"
			   "btrfs subvolume snapshot -r $mnt $mnt/ro > /dev/null\n"
			   "mv $mnt/d $mnt/e\nmv $mnt/f $mnt/sv/f\nmv $mnt/ro/f $mnt/ro/g\nmv $mnt/f $mnt/d\n"
			   "xfs_io -f -c \"pwrite -q 0 4k\" $mnt/w\nmv $mnt/w $mnt/empty\nls $mnt\nls $mnt/d\n",
		NULL);
	extsim_inode_info info;

	ext_assert_str_eq (r->err->str,
			   "mv: '" MNT "/d': mv of a directory is not modelled by extsim\n"
			   "mv: '" MNT "/f': a move across subvolumes (EXDEV: mv copies) is not modelled by extsim\n"
			   "mv: cannot move '" MNT "/ro/f' to '" MNT "/ro/g': Read-only file system\n");
	ext_assert_int_eq (t_record (r, 7)->error, EOPNOTSUPP);
	ext_assert_int_eq (t_record (r, 8)->error, EOPNOTSUPP);
	ext_assert_int_eq (t_record (r, 9)->error, EROFS);
	ext_assert_str_eq (r->out->str, "d\nempty\nro\nsv\nf\n");
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 4); /* d/f, empty, ro/empty, ro/f */
	ext_assert_true (extsim_fs_inode_info (extsim_script_result_get_fs (r->res),
					       extsim_script_result_get_file (r->res, 1)->ino, &info, NULL));
	ext_assert_str_eq (extsim_script_result_get_file (r->res, 1)->path, MNT "/empty");
	ext_assert_u64_eq (info.size, 4096);
	ext_assert_u64_eq (info.dirty_bytes, 4096);
}
END_TEST

/* ---- xfs_io, command by command -------------------------------------------------------------- */

START_TEST (pwrite_variants)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite 0 1536\" -c \"pwrite 0 512\" -c \"pwrite 0 0\" -c \"pwrite 100 5000\""
			   " -c \"pwrite -b 64k 0 100k\" -c \"pwrite -q 0 4k\" -c \"pwrite -C 0 4k\" -c \"pwrite -b 0 0 4k\""
			   " -c \"pwrite -W 0 4k\" -c \"pwrite -w -S 0x41 0 3b\" $mnt/f\n"
			   "xfs_io -r -c \"pwrite 0 4k\" -c \"fsync\" $mnt/f\n",
		NULL);

	ext_assert_str_eq (r->out->str,
			   "wrote 1536/1536 bytes at offset 0\n2 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
			   "wrote 512/512 bytes at offset 0\n512.000000 bytes, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
			   "wrote 0/0 bytes at offset 0\n0.000000 bytes, 0 ops; 0.0000 sec (-nan bytes/sec and -nan ops/sec)\n"
			   "wrote 5000/5000 bytes at offset 100\n5 KiB, 2 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
			   "wrote 102400/102400 bytes at offset 0\n100 KiB, 2 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
			   "4096,1,0:00:00.00,inf,inf\n"
			   "wrote 0/4096 bytes at offset 0\n0.000000 bytes, 0 ops; 0.0000 sec (-nan bytes/sec and -nan ops/sec)\n"
			   "wrote 4096/4096 bytes at offset 0\n4 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
			   "wrote 12288/12288 bytes at offset 0\n12 KiB, 3 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n");
	ext_assert_str_eq (r->err->str, "pwrite: Bad file descriptor\n");
	ext_assert_int_eq (t_exit (r, 2), 0);
	ext_assert_int_eq (t_exit (r, 3), 1);
}
END_TEST

START_TEST (a_full_filesystem_fails_a_write_or_shortens_it)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -b 1G $dev\nmount $dev $mnt\n"
					    "xfs_io -f -c \"pwrite -b 1m 0 2g\" -c \"pwrite 0 4k\" $mnt/big\n"
					    "xfs_io -f -c \"pwrite 0 4k\" $mnt/full1\n",
					    NULL);

	/* as Linux 6.18 printed on a 1 GiB filesystem: the fill is short, an
	 * overwrite of a full file needs space too */
	ext_assert_str_eq (r->out->str, "wrote 948568064/2147483648 bytes at offset 0\n"
					"905 MiB, 905 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n");
	ext_assert_str_eq (r->err->str, "pwrite: No space left on device\npwrite: No space left on device\n");
	ext_assert_int_eq (t_exit (r, 2), 1);
	ext_assert_int_eq (t_exit (r, 3), 1);
	ext_assert_true (extsim_script_result_is_clean (r->res));
}
END_TEST

START_TEST (pread_counts_calls_and_dumps)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x11 0 68k\" $mnt/f\n"
						       "xfs_io -c \"pread 0 1m\" -c \"pread 1m 4k\" -c \"pread 0 0\""
						       " -c \"pread -b 16k 0 64k\" -c \"pread -q 0 4k\" -c \"pread -v 65530 10\" $mnt/f\n",
					    NULL);

	ext_assert_str_eq (
		r->out->str,
		"read 69632/1048576 bytes at offset 0\n68 KiB, 17 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
		"read 0/4096 bytes at offset 1048576\n0.000000 bytes, 0 ops; 0.0000 sec (-nan bytes/sec and -nan ops/sec)\n"
		"read 0/0 bytes at offset 0\n0.000000 bytes, 0 ops; 0.0000 sec (-nan bytes/sec and -nan ops/sec)\n"
		"read 65536/65536 bytes at offset 0\n64 KiB, 4 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
		"0000fffa:  11 11 11 11 11 11 11 11 11 11  ..........\n"
		"read 10/10 bytes at offset 65530\n10.000000 bytes, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n");
}
END_TEST

START_TEST (space_commands_print_nothing_unless_they_fail)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"falloc 0 1m\" -c \"falloc -k 1m 1m\" -c \"fpunch 4k 8k\" -c \"fzero 64k 64k\""
			   " -c \"fzero -k 4m 64k\" -c \"truncate 3m\" -c fsync -c fdatasync -c \"falloc -p 0 4k\" $mnt/g\n"
			   "xfs_io -r -c \"falloc 0 4k\" -c \"fpunch 0 4k\" -c \"truncate 0\" $mnt/g\n"
			   "xfs_io -r -c \"fzero 0 4k\" $mnt/g\n",
		NULL);
	extsim_inode_info info;

	ext_assert_str_eq (r->out->str, "");
	ext_assert_str_eq (r->err->str, "fallocate: Bad file descriptor\nfallocate: Bad file descriptor\n"
					"ftruncate: Invalid argument\nfallocate: Bad file descriptor\n");
	ext_assert_int_eq (t_exit (r, 2), 0);
	ext_assert_int_eq (t_exit (r, 3), 1);
	ext_assert_int_eq (t_exit (r, 4), 0); /* xfs_io's fzero does not set the exit status */
	ext_assert_true (extsim_fs_inode_info (extsim_script_result_get_fs (r->res), t_file (r, MNT "/g"), &info, NULL));
	ext_assert_u64_eq (info.size, 3 * MiB);
}
END_TEST

START_TEST (reflink_and_dedupe_as_xfs_io_reports_them)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite -S 0x11 0 64k\" -c fsync $mnt/src >/dev/null\n"
			   "xfs_io -f -c \"pwrite -S 0x22 0 64k\" -c fsync $mnt/dst >/dev/null\n"
			   "xfs_io -c \"reflink $mnt/src 0 0 16k\" -c \"reflink $mnt/src\" -c \"reflink $mnt/src 4k 0 0\""
			   " -c \"reflink -q $mnt/src 0 0 4k\" -c \"reflink -C $mnt/src 0 0 4k\" -c \"dedupe $mnt/src 0 32k 16k\""
			   " -c \"dedupe $mnt/src 0 0 0\" $mnt/dst\n"
			   "xfs_io -c \"reflink $mnt/src 1 0 4k\" -c \"reflink $mnt/src 0 0 128k\" -c \"reflink $mnt/dst 0 4k 16k\""
			   " -c \"reflink $mnt/nonexist 0 0 4k\" $mnt/dst\n"
			   "xfs_io -f -c \"pwrite -S 0x33 0 64k\" -c \"dedupe $mnt/src 0 0 64k\" $mnt/dst2 >/dev/null\n"
			   "xfs_io -c \"dedupe $mnt/src 1 0 4k\" $mnt/dst\n"
			   "xfs_io -c \"dedupe $mnt/src 0 0 128k\" $mnt/dst\n",
		NULL);

	ext_assert_str_eq (
		r->out->str,
		"linked 16384/16384 bytes at offset 0\n16 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
		"linked 0/0 bytes at offset 0\n0.000000 bytes, 1 ops; 0.0000 sec (-nan bytes/sec and inf ops/sec)\n"
		"linked 0/0 bytes at offset 0\n0.000000 bytes, 1 ops; 0.0000 sec (-nan bytes/sec and inf ops/sec)\n"
		"4096,1,0:00:00.00,inf,inf\n"
		"deduped 16384/16384 bytes at offset 32768\n16 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"
		"deduped 0/0 bytes at offset 0\n0.000000 bytes, 1 ops; 0.0000 sec (-nan bytes/sec and inf ops/sec)\n");
	ext_assert_str_eq (r->err->str, "XFS_IOC_CLONE_RANGE: Invalid argument\nXFS_IOC_CLONE_RANGE: Invalid argument\n"
					"XFS_IOC_CLONE_RANGE: Invalid argument\n" MNT "/nonexist: No such file or directory\n"
					"XFS_IOC_FILE_EXTENT_SAME: Extents did not match.\n"
					"XFS_IOC_FILE_EXTENT_SAME: Invalid argument\nXFS_IOC_FILE_EXTENT_SAME: Invalid argument\n");
	ext_assert_int_eq (t_exit (r, 5), 1); /* a missing source fails that command: exit 1 */
	ext_assert_int_eq (t_exit (r, 6), 0); /* extents differ: 0 */
	ext_assert_int_eq (t_exit (r, 7), 0); /* unaligned: the per-destination status, 0 */
	ext_assert_int_eq (t_exit (r, 8), 1); /* past the source's end: the ioctl fails, 1 */
	ext_assert_int_eq (t_record (r, 23)->error, EBADE);
}
END_TEST

START_TEST (dedupe_goes_a_gibibyte_at_a_time)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -b 8G $dev\nmount $dev $mnt\n"
					    "xfs_io -f -c \"pwrite -q -b 1m 0 1536m\" $mnt/a\n"
					    "xfs_io -f -c \"pwrite -q -b 1m 0 1536m\" -c \"dedupe $mnt/a 0 0 1536m\" $mnt/b\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "deduped 1610612736/1610612736 bytes at offset 0\n"
					"2 GiB, 2 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n"); /* < 2^31: "%.f" */
}
END_TEST

START_TEST (fiemap_syncs_and_maps_like_xfs_io)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite 0 4k\" -c \"truncate 1m\" -c \"fiemap -v\" -c \"fiemap\" $mnt/t >/dev/null\n"
			   "xfs_io -c \"fiemap -n 1 -v\" -c \"fiemap -l\" -c \"fiemap 0 0\" $mnt/t\n"
			   "xfs_io -f -c \"truncate 1m\" -c \"fiemap -v\" $mnt/empty\n",
		NULL);
	const extsim_script_record *first = t_record (r, 5);
	const char *limited = t_record (r, 9)->out_text;

	/* the file is written back by the first fiemap: it had dirty data */
	ext_assert_u64_gt (first->last_step, first->first_step);
	ext_assert_str_contains (first->out_text, MNT "/t:\n EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
						  "   0: [0..7]:          ");
	ext_assert_str_contains (first->out_text, "8   0x1\n   1: [8..2047]:       hole              2040\n");
	ext_assert_true (g_str_has_suffix (t_record (r, 6)->out_text, "\n\t1: [8..2047]: hole\n"));
	/* -n lasts for the rest of that xfs_io: "fiemap -l" stops after one line too */
	ext_assert_true (g_str_has_suffix (limited, " 8 blocks\n"));
	ext_assert_false (strstr (limited, "hole"));
	ext_assert_str_eq (t_record (r, 10)->err_text, "xfs_io: ioctl(FS_IOC_FIEMAP) [\"" MNT "/t\"]: Invalid argument\n");
	ext_assert_str_eq (t_record (r, 13)->out_text, MNT "/empty:\n");
	ext_assert_int_eq (t_exit (r, 3), 1);
}
END_TEST

START_TEST (sync_range_writes_back_only_with_write)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"pwrite -q 0 64k\" -c \"sync_range -a 0 64k\""
						       " -c \"sync_range 0 16k\" -c \"sync_range -b -w 16k 16k\" $mnt/f\n",
					    NULL);
	const extsim_fs *fs = extsim_script_result_get_fs (r->res);
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (fs, t_file (r, MNT "/f"), NULL);
	g_autoptr (GArray) items = extsim_fs_file_extents (fs, t_file (r, MNT "/f"), NULL);

	ext_assert_u64_eq (t_record (r, 4)->first_step, t_record (r, 4)->last_step); /* -a only waits */
	ext_assert_u64_ne (t_record (r, 5)->first_step, t_record (r, 5)->last_step); /* no flag: write and wait */
	/* writing [0, 16k) writes the whole delalloc range it starts, as one
	 * extent: find_lock_delalloc_range goes on past the end asked for */
	ext_assert_int_eq (dirty->len, 0);
	ext_assert_int_eq (items->len, 1);
	ext_assert_u64_eq (g_array_index (items, extsim_file_extent, 0).len, 64 * KiB);
}
END_TEST

START_TEST (open_failures_skip_the_rest_of_the_command)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -c \"pwrite 0 4k\" -c fsync $mnt/missing\n"
						       "xfs_io -t -f -c \"pwrite -q 0 4k\" -c \"truncate 8k\" $mnt/f\n"
						       "xfs_io -t -c \"fsync\" $mnt/f\n",
					    NULL);
	extsim_inode_info info;

	ext_assert_str_eq (r->err->str, MNT "/missing: No such file or directory\n");
	ext_assert_false (t_record (r, 3)->ran);
	ext_assert_false (t_record (r, 4)->ran);
	ext_assert_int_eq (t_record (r, 2)->error, ENOENT);
	ext_assert_int_eq (t_exit (r, 2), 1);
	ext_assert_true (extsim_fs_inode_info (extsim_script_result_get_fs (r->res), t_file (r, MNT "/f"), &info, NULL));
	ext_assert_u64_eq (info.size, 0); /* -t truncated it at the last open */
}
END_TEST

/*
 * Two losses in one file, each reported on its own.  After the section 1
 * loss, punching the clone unshares the extent; a new NOCOW write into it
 * and a new reflink lose its last page again, at a new offset.
 */
START_TEST (each_loss_is_reported_once)
{
	g_autofree char *seed = NULL;
	g_autofree char *text = NULL;
	g_autoptr (t_run) r = NULL;
	const extsim_script_loss *first, *second;

	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", &seed, NULL, NULL));
	*strstr (seed, "umount $dev") = '\0';
	text = g_strdup_printf ("%s%s", seed,
				"xfs_io -c \"fpunch 0 4k\" -c \"pwrite 32m 8k\" -c \"reflink $mnt/file1 8k 0 4k\""
				" -c fsync $mnt/file1\n");
	r = t_run_script (text, "unpatched");
	ext_assert_int_eq (extsim_script_result_get_n_violations (r->res), 2);
	ext_assert_int_eq (extsim_script_result_get_n_losses (r->res), 2);
	first = extsim_script_result_get_loss (r->res, 0);
	second = extsim_script_result_get_loss (r->res, 1);
	ext_assert_u64_eq (first->offset, 17821696);
	ext_assert_u64_eq (first->length, 4 * KiB);
	ext_assert_u64_eq (second->offset, 32 * MiB + 4 * KiB);
	ext_assert_u64_eq (second->length, 4 * KiB);
	ext_assert_u64_gt (second->record, first->record);
	ext_assert_u64_eq (extsim_script_result_get_lost_bytes (r->res), 8 * KiB);
}
END_TEST

/* ---- truncate and fallocate ----------------------------------------------------------- */

/* The sizes coreutils 9.1 left on Linux 6.18, one truncate after another. */
START_TEST (truncate_sizes_absolute_and_relative)
{
	static const struct {
		const char *size;
		guint64 after;
	} steps[] = {
		{ "1M", 1048576 },     { "+4K", 1052672 },  { "-1K", 1051648 }, { "'<2M'", 1051648 },
		{ "'>2M'", 2097152 },  { "/3000", 2097000 }, { "%3000", 2097000 }, { "%4096", 2097152 },
		{ "-100G", 0 },        { "1KB", 1000 },
	};
	g_autoptr (GString) text = g_string_new (MKFS_MOUNT);

	for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
		g_string_append_printf (text, "truncate -s %s $mnt/a\nmd5sum $mnt/a >/dev/null\n", steps[i].size);
	{
		g_autoptr (t_run) r = t_run_script (text->str, NULL);

		ext_assert_str_eq (r->err->str, "");
		for (guint i = 0; i < G_N_ELEMENTS (steps); i++) {
			const extsim_script_record *rec = t_record (r, 2 + 2 * i);

			ext_assert_int_eq (rec->op->kind, EXTSIM_SCRIPT_OP_TRUNCATE);
			ext_assert_int_eq (t_exit (r, 2 + 2 * i), 0);
		}
		ext_assert_u64_eq (t_size (r, MNT "/a"), 1000);
	}
}
END_TEST

START_TEST (truncate_failures_as_coreutils_prints_them)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "truncate -c -s 1M $mnt/nofile\n"
			   "truncate -s 1M $mnt/nodir/x $mnt/b\n"
			   "truncate -s 1M $mnt\n"
			   "btrfs subvolume snapshot -r $mnt $mnt/ro >/dev/null\n"
			   "truncate -s 4k $mnt/ro/b\n"
			   "truncate -c -s 4k $mnt/ro/nofile\n",
		NULL);

	ext_assert_str_eq (r->out->str, "");
	ext_assert_str_eq (r->err->str, "truncate: cannot open '" MNT "/nodir/x' for writing: No such file or directory\n"
					"truncate: cannot open '" MNT "' for writing: Is a directory\n"
					"truncate: cannot open '" MNT "/ro/b' for writing: Read-only file system\n");
	ext_assert_int_eq (t_exit (r, 2), 0); /* -c: a missing file is no error */
	ext_assert_int_eq (t_exit (r, 3), 1);
	ext_assert_u64_eq (t_size (r, MNT "/b"), MiB); /* the next file still is */
	ext_assert_int_eq (t_record (r, 3)->error, ENOENT);
	ext_assert_int_eq (t_record (r, 5)->error, EISDIR);
	ext_assert_int_eq (t_exit (r, 4), 1);
	ext_assert_int_eq (t_record (r, 7)->error, EROFS);
	ext_assert_int_eq (t_exit (r, 6), 1);
	ext_assert_int_eq (t_exit (r, 7), 0);
}
END_TEST

/* after a failed mount the mount point is an empty directory that takes
 * no new file (see run_unmounted_create()) */
START_TEST (truncate_and_fallocate_after_a_failed_mount)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -f -b 100m $dev 2>/dev/null\nmount $dev $mnt 2>/dev/null\n"
					    "truncate -s 1M $mnt/a\nfallocate -l 1M $mnt/a\n", NULL);

	ext_assert_str_eq (r->err->str, "truncate: cannot open '" MNT "/a' for writing: Operation not permitted\n"
					"fallocate: cannot open " MNT "/a: Operation not permitted\n");
	ext_assert_int_eq (t_exit (r, 2), 1);
	ext_assert_int_eq (t_exit (r, 3), 1);
}
END_TEST

START_TEST (fallocate_modes_and_failures)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "fallocate -l 1M $mnt/f\n"
			   "fallocate -n -o 1M -l 1M $mnt/f\n"
			   "fallocate -p -o 0 -l 4K $mnt/f\n"
			   "fallocate -z -o 2M -l 8K $mnt/f\n"
			   "fallocate -p -o 0 -l 4k $mnt/pnew\n"
			   "fallocate -n -l 4k $mnt/knew\n"
			   "fallocate -z -l 4k $mnt/znew\n"
			   "fallocate -l 10G $mnt/big\n"
			   "fallocate -l 4k $mnt\n"
			   "fallocate -l 4k $mnt/nodir/x\n",
		NULL);

	ext_assert_str_eq (r->out->str, "");
	ext_assert_str_eq (r->err->str, "fallocate: cannot open " MNT "/pnew: No such file or directory\n"
					"fallocate: cannot open " MNT "/knew: No such file or directory\n"
					"fallocate: cannot open " MNT "/znew: No such file or directory\n"
					"fallocate: fallocate failed: No space left on device\n"
					"fallocate: cannot open " MNT ": Is a directory\n"
					"fallocate: cannot open " MNT "/nodir/x: No such file or directory\n");
	for (guint c = 2; c <= 5; c++)
		ext_assert_int_eq (t_exit (r, c), 0);
	for (guint c = 6; c <= 11; c++)
		ext_assert_int_eq (t_exit (r, c), 1);
	ext_assert_u64_eq (t_size (r, MNT "/f"), 2 * MiB + 8 * KiB); /* -n kept it, -z grew it */
	ext_assert_u64_eq (t_size (r, MNT "/big"), 0);              /* made by open, then ENOSPC */
	ext_assert_int_eq (t_record (r, 9)->error, ENOSPC);
}
END_TEST

/* ---- dd and cp ---------------------------------------------------------------------------- */

#define DD_LINES(n, bytes_line) n "+0 records in\n" n "+0 records out\n" bytes_line

START_TEST (dd_reports_records_and_bytes_as_coreutils_does)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "dd if=/dev/zero of=$mnt/a bs=4k count=4\n"
			   "dd if=/dev/zero of=$mnt/a bs=4k count=1 seek=1\n"
			   "dd if=/dev/zero of=$mnt/b bs=1 count=3\n"
			   "dd if=/dev/zero of=$mnt/b bs=1 count=1\n"
			   "dd if=/dev/zero of=$mnt/c bs=1000 count=1\n"
			   "dd if=/dev/zero of=$mnt/c bs=1M count=3 status=noxfer\n"
			   "dd if=/dev/zero of=$mnt/c bs=1M count=1 status=none\n"
			   "dd if=/dev/zero of=$mnt/d bs=1M count=0 seek=3\n"
			   "dd if=/dev/zero of=$mnt/e bs=64k count=16\n"
			   "dd if=/dev/zero of=$mnt/e bs=4k count=1 seek=1 conv=notrunc\n",
		NULL);

	ext_assert_str_eq (r->out->str, "");
	ext_assert_str_eq (r->err->str,
			   DD_LINES ("4", "16384 bytes (16 kB, 16 KiB) copied, 0 s, Infinity B/s\n")
			   DD_LINES ("1", "4096 bytes (4.1 kB, 4.0 KiB) copied, 0 s, Infinity B/s\n")
			   DD_LINES ("3", "3 bytes copied, 0 s, Infinity B/s\n")
			   DD_LINES ("1", "1 byte copied, 0 s, Infinity B/s\n")
			   DD_LINES ("1", "1000 bytes (1.0 kB) copied, 0 s, Infinity B/s\n")
			   DD_LINES ("3", "")
			   DD_LINES ("0", "0 bytes copied, 0 s, Infinity B/s\n")
			   DD_LINES ("16", "1048576 bytes (1.0 MB, 1.0 MiB) copied, 0 s, Infinity B/s\n")
			   DD_LINES ("1", "4096 bytes (4.1 kB, 4.0 KiB) copied, 0 s, Infinity B/s\n"));
	for (guint c = 2; c <= 11; c++)
		ext_assert_int_eq (t_exit (r, c), 0);
	ext_assert_str_eq (t_record (r, 2)->error_text, NULL); /* the statistics are no error */
	ext_assert_u64_eq (t_size (r, MNT "/a"), 8 * KiB);     /* truncated to seek*bs, then written */
	ext_assert_u64_eq (t_size (r, MNT "/b"), 1);           /* O_TRUNC */
	ext_assert_u64_eq (t_size (r, MNT "/c"), MiB);
	ext_assert_u64_eq (t_size (r, MNT "/d"), 3 * MiB);
	ext_assert_u64_eq (t_size (r, MNT "/e"), MiB); /* notrunc */
}
END_TEST

/* /dev/urandom stands in as one byte per dd, never 0 or 0xcd */
START_TEST (dd_urandom_writes_a_byte_of_its_own)
{
	g_autoptr (GString) text = g_string_new (MKFS_MOUNT "dd if=/dev/zero of=$mnt/z bs=4k count=1 status=none\n");

	for (guint i = 0; i < 260; i++)
		g_string_append_printf (text, "dd if=/dev/urandom of=$mnt/u%u bs=4k count=1 status=none\n", i);
	{
		g_autoptr (t_run) r = t_run_script (text->str, NULL);

		ext_assert_int_eq (t_first_byte (r, MNT "/z"), 0);
		ext_assert_int_eq (t_first_byte (r, MNT "/u0"), 1);
		ext_assert_int_eq (t_first_byte (r, MNT "/u1"), 2);
		ext_assert_int_eq (t_first_byte (r, MNT "/u203"), 0xcc);
		ext_assert_int_eq (t_first_byte (r, MNT "/u204"), 0xce); /* 0xcd is xfs_io's */
		ext_assert_int_eq (t_first_byte (r, MNT "/u253"), 0xff);
		ext_assert_int_eq (t_first_byte (r, MNT "/u254"), 1);
	}
}
END_TEST

START_TEST (dd_failures_as_coreutils_prints_them)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "dd if=/dev/zero of=$mnt/nodir/x bs=4k count=1\n"
			   "dd if=/dev/zero of=$mnt bs=4k count=1\n"
			   "btrfs subvolume snapshot -r $mnt $mnt/ro >/dev/null\n"
			   "dd if=/dev/zero of=$mnt/ro/x bs=4k count=1\n"
			   "dd if=/dev/zero of=$mnt/big bs=1M\n"
			   "dd if=/dev/zero of=$mnt/small bs=4k count=1 conv=fsync\n",
		NULL);

	ext_assert_str_eq (r->err->str, "dd: failed to open '" MNT "/nodir/x': No such file or directory\n"
					"dd: failed to open '" MNT "': Is a directory\n"
					"dd: failed to open '" MNT "/ro/x': Read-only file system\n"
					"dd: error writing '" MNT "/big': No space left on device\n"
					"905+0 records in\n904+0 records out\n" /* the call that failed read its block */
					"948568064 bytes (949 MB, 905 MiB) copied, 0 s, Infinity B/s\n"
					"dd: error writing '" MNT "/small': No space left on device\n"
					"1+0 records in\n0+0 records out\n0 bytes copied, 0 s, Infinity B/s\n");
	ext_assert_int_eq (t_exit (r, 2), 1);
	ext_assert_int_eq (t_exit (r, 3), 1);
	ext_assert_int_eq (t_exit (r, 5), 1);
	ext_assert_int_eq (t_exit (r, 6), 1);
	ext_assert_int_eq (t_exit (r, 7), 1);
	ext_assert_int_eq (t_record (r, 6)->error, ENOSPC);
	ext_assert_str_eq (t_record (r, 6)->error_text, "dd: error writing '" MNT "/big': No space left on device");
}
END_TEST

/*
 * s: [ a x 10000 ][ hole ][ b x 5000 ] (25000 bytes): dd copies what a read
 * returns, the hole as zeroes, and counts the short last block as partial.
 */
START_TEST (dd_copies_a_file_run_by_run)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x61 0 10000\" -c \"pwrite -q -S 0x62 20000 5000\" $mnt/s\n"
			   "dd if=$mnt/s of=$mnt/s1 bs=4k\n"
			   "dd if=$mnt/s of=$mnt/s2 bs=4k count=2 skip=1 status=noxfer\n"
			   "dd if=$mnt/s of=$mnt/s3 bs=4k skip=100 status=noxfer\n"
			   "dd if=$mnt/nope of=$mnt/s4 bs=4k\n"
			   "dd if=$mnt of=$mnt/s5 bs=4k status=noxfer\n"
			   "md5sum $mnt/s $mnt/s1\n",
		NULL);
	g_autoptr (GArray) runs = extsim_fs_read (extsim_script_result_get_fs (r->res), t_file (r, MNT "/s1"), 0, 0, NULL);
	g_auto (GStrv) sums = g_strsplit (r->out->str, "\n", -1);

	ext_assert_str_eq (r->err->str, "6+1 records in\n6+1 records out\n"
					"25000 bytes (25 kB, 24 KiB) copied, 0 s, Infinity B/s\n"
					DD_LINES ("2", "")
					"dd: " MNT "/s: cannot skip to specified offset\n" DD_LINES ("0", "")
					"dd: failed to open '" MNT "/nope': No such file or directory\n"
					"dd: error reading '" MNT "': Is a directory\n" DD_LINES ("0", ""));
	ext_assert_int_eq (runs->len, 3);
	ext_assert_int_eq (g_array_index (runs, extsim_content_run, 1).fill, 0);
	ext_assert_u64_eq (t_size (r, MNT "/s2"), 8 * KiB);
	ext_assert_u64_eq (t_size (r, MNT "/s3"), 0);
	ext_assert_u64_eq (t_size (r, MNT "/s5"), 0); /* of= opened before the read failed */
	ext_assert_int_eq (t_exit (r, 5), 0); /* skipping past the end is no failure */
	ext_assert_int_eq (t_exit (r, 6), 1);
	ext_assert_int_eq (t_exit (r, 7), 1);
	ext_assert_true (sums[0] && sums[1]);
	ext_assert_int_eq (strncmp (sums[0], sums[1], 32), 0); /* the same data */
}
END_TEST

/* dd oflag=direct: each call is replayed on its own, so a copy that could
 * make too many (as many as the device holds, or the source gives) is
 * refused when it runs, before anything is done */
START_TEST (dd_refuses_too_many_direct_calls_when_it_runs)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -f $dev -b 8G > /dev/null\nmount $dev $mnt\n"
					    "xfs_io -f -c \"pwrite -q 0 4k\" $mnt/b\n"
					    "dd if=/dev/zero of=$mnt/b bs=4k oflag=direct status=none\n"
					    "dd if=/dev/zero of=$mnt/c bs=1M count=2 oflag=direct status=none\n",
					    NULL);

	ext_assert_str_eq (r->err->str, "dd: extsim replays at most 1048576 write(2) calls with oflag=direct, "
					"this copy could make 2097152 (give a larger bs=)\n");
	ext_assert_int_eq (t_record (r, 4)->error, EFBIG);
	ext_assert_u64_eq (t_size (r, MNT "/b"), 4 * KiB); /* refused before dd truncates it */
	ext_assert_u64_eq (t_size (r, MNT "/c"), 2 * MiB);
}
END_TEST

/* a copy from a file without count= is counted when it runs */
START_TEST (dd_refuses_too_many_unaligned_calls_when_it_runs)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "truncate -s 256m $mnt/s\n"
						       "dd if=$mnt/s of=$mnt/a bs=512 count=8 status=none\n"
						       "xfs_io -f -c \"pwrite -q 0 4k\" $mnt/b\n"
						       "dd if=$mnt/s of=$mnt/b bs=1000\n", NULL);

	ext_assert_str_eq (r->err->str, "dd: extsim replays at most 262144 write(2) calls of unaligned size or offset, "
					"this copy makes 268436\n");
	ext_assert_int_eq (t_exit (r, 3), 0);
	ext_assert_int_eq (t_exit (r, 5), 1);
	ext_assert_int_eq (t_record (r, 6)->error, EFBIG);
	ext_assert_u64_eq (t_size (r, MNT "/b"), 4 * KiB); /* refused before dd truncates it */
}
END_TEST

START_TEST (cp_clones_the_whole_file)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x61 0 64k\" -c fsync $mnt/a\n"
			   "xfs_io -f -c \"pwrite -q 0 1m\" $mnt/f\n"
			   "btrfs subvolume create $mnt/sv >/dev/null\n"
			   "cp --reflink=always $mnt/a $mnt/b\ncp $mnt/a $mnt/f\ncp --reflink $mnt/a $mnt/sv\n"
			   "xfs_io -c \"fiemap -v\" $mnt/f\n",
		NULL);

	ext_assert_str_eq (r->err->str, "");
	ext_assert_str_contains (r->out->str, "   0: [0..127]:       ");
	ext_assert_str_contains (r->out->str, "128 0x2001\n"); /* SHARED|LAST */
	ext_assert_u64_eq (t_size (r, MNT "/b"), 64 * KiB);
	ext_assert_u64_eq (t_size (r, MNT "/f"), 64 * KiB); /* truncated, then cloned */
	ext_assert_u64_eq (t_size (r, MNT "/sv/a"), 64 * KiB);
	for (guint c = 5; c <= 8; c++)
		ext_assert_int_eq (t_exit (r, c), 0);
}
END_TEST

START_TEST (cp_failures_as_coreutils_prints_them)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite -q 0 64k\" $mnt/a\n"
			   "cp --reflink=always $mnt/nope $mnt/g\n"
			   "cp --reflink=always $mnt/a $mnt/nodir/g\n"
			   "cp --reflink=always $mnt/a $mnt/a\n"
			   "cp --reflink=always $mnt $mnt/h\n"
			   "btrfs subvolume snapshot -r $mnt $mnt/ro >/dev/null\n"
			   "cp --reflink=always $mnt/a $mnt/ro/a\n"
			   "touch $mnt/n\nchattr +C $mnt/n\nxfs_io -c \"pwrite -q 0 8k\" $mnt/n\n"
			   "cp --reflink=always $mnt/n $mnt/m\n"
			   "cp $mnt/n $mnt/m2\n",
		NULL);

	ext_assert_str_eq (r->err->str, "cp: cannot stat '" MNT "/nope': No such file or directory\n"
					"cp: cannot create regular file '" MNT "/nodir/g': No such file or directory\n"
					"cp: '" MNT "/a' and '" MNT "/a' are the same file\n"
					"cp: -r not specified; omitting directory '" MNT "'\n"
					"cp: cannot create regular file '" MNT "/ro/a': Read-only file system\n"
					"cp: failed to clone '" MNT "/m' from '" MNT "/n': Invalid argument\n");
	for (guint c = 3; c <= 6; c++)
		ext_assert_int_eq (t_exit (r, c), 1);
	ext_assert_int_eq (t_exit (r, 8), 1);
	ext_assert_int_eq (t_exit (r, 12), 1);
	ext_assert_int_eq (t_exit (r, 13), 0); /* without --reflink=always: the copy */
	ext_assert_int_eq (t_record (r, 4)->error, ENOENT);
	ext_assert_int_eq (t_record (r, 14)->error, EINVAL);
	ext_assert_int_eq (t_record (r, 15)->error, 0);
	ext_assert_u64_eq (t_size (r, MNT "/m"), 0); /* created, then the clone failed */
	ext_assert_u64_eq (t_size (r, MNT "/m2"), 8 * KiB);
}
END_TEST

/* The md5 of the file the script calls @path. */
static gchar *
t_md5 (const t_run *r, const char *path)
{
	return extsim_fs_md5 (extsim_script_result_get_fs (r->res), t_file (r, path), NULL);
}

/*
 * cp onto an empty chattr +C file: the clone fails (NODATASUM), cp copies.
 *
 *   sparse:  [0 - 1m 'a'][ hole ][2m - 3m prealloc][3m 'b'][3200k 0][3400k - 4m 'b'][ hole to 5m ]
 *   d1:      [0 - 1m    ][ hole                   ][3m    ][ hole  ][3400k - 4m    ][ hole to 5m ]
 *
 *   full:    [0 - 64k 'a'][64k - 128k prealloc][128k - 129696 'b']  (not sparse)
 *   d2:      [0 - 132k, one extent: the prealloc copied as zeroes  ]
 */
START_TEST (cp_copies_the_data_when_the_clone_fails)
{
	static const t_item d1[] = {
		{ 0, 1 * MiB, 'R', 1, 0 },
		{ 3 * MiB, 128 * KiB, 'R', 2, 0 },
		{ 3400 * KiB, 696 * KiB, 'R', 3, 0 },
		T_END,
	};
	static const t_item d2[] = {
		{ 0, 132 * KiB, 'R', 1, 0 },
		T_END,
	};
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x61 0 1m\" -c \"falloc 2m 1m\" -c \"pwrite -q -S 0x62 3m 1m\" "
			   "-c \"pwrite -q -S 0 3200k 200k\" -c \"truncate 5m\" $mnt/sparse\n"
			   "touch $mnt/d1 $mnt/d2\nchattr +C $mnt/d1\nchattr +C $mnt/d2\n"
			   "cp $mnt/sparse $mnt/d1\n"
			   "xfs_io -f -c \"pwrite -q -S 0x61 0 64k\" -c \"falloc 64k 64k\" -c \"pwrite -q -S 0x62 128k 1696\" $mnt/full\n"
			   "cp --reflink=auto $mnt/full $mnt/d2\n"
			   "sync\n",
		NULL);
	g_autofree gchar *sparse_md5 = t_md5 (r, MNT "/sparse");
	g_autofree gchar *d1_md5 = t_md5 (r, MNT "/d1");
	g_autofree gchar *full_md5 = t_md5 (r, MNT "/full");
	g_autofree gchar *d2_md5 = t_md5 (r, MNT "/d2");

	ext_assert_str_eq (r->err->str, "");
	ext_assert_int_eq (t_exit (r, 6), 0);
	ext_assert_int_eq (t_exit (r, 8), 0);
	ext_assert_str_eq (d1_md5, sparse_md5);
	ext_assert_str_eq (d2_md5, full_md5);
	ext_assert_u64_eq (t_size (r, MNT "/d1"), 5 * MiB); /* ftruncate after the last data */
	ext_assert_u64_eq (t_size (r, MNT "/d2"), 128 * KiB + 1696);
	t_assert_items (extsim_script_result_get_fs (r->res), t_file (r, MNT "/d1"), d1);
	t_assert_items (extsim_script_result_get_fs (r->res), t_file (r, MNT "/d2"), d2);
}
END_TEST

/*
 * cp --reflink=never: no clone, the copy at once, even between two files
 * that could share their extents.
 *
 *   plain:  [0 - 64k 'a'][64k - 128k prealloc][128k - 129696 'b']  (not sparse)
 *   c1:     [0 - 132k, one new extent: read and write, the prealloc as zeroes]
 *   sparse: [0 - 1m 'a'][ hole ][2m - 3m prealloc][3m 'b'][3200k 0][3400k - 4m 'b'][ hole to 5m ]
 *   c2:     [0 - 1m    ][ hole                   ][3m    ][ hole  ][3400k - 4m    ][ hole to 5m ]
 */
START_TEST (cp_reflink_never_copies_without_a_clone)
{
	static const t_item c1[] = {
		{ 0, 132 * KiB, 'R', 1, 0 },
		T_END,
	};
	static const t_item c2[] = {
		{ 0, 1 * MiB, 'R', 1, 0 },
		{ 3 * MiB, 128 * KiB, 'R', 2, 0 },
		{ 3400 * KiB, 696 * KiB, 'R', 3, 0 },
		T_END,
	};
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x61 0 64k\" -c \"falloc 64k 64k\" -c \"pwrite -q -S 0x62 128k 1696\" "
			   "-c \"fsync\" $mnt/plain\n"
			   "cp --reflink=never $mnt/plain $mnt/c1\n"
			   "xfs_io -f -c \"pwrite -q -S 0x61 0 1m\" -c \"falloc 2m 1m\" -c \"pwrite -q -S 0x62 3m 1m\" "
			   "-c \"pwrite -q -S 0 3200k 200k\" -c \"truncate 5m\" $mnt/sparse\n"
			   "cp --reflink=always --reflink=never $mnt/sparse $mnt/c2\n"
			   "sync\n",
		NULL);
	g_autofree gchar *plain_md5 = t_md5 (r, MNT "/plain");
	g_autofree gchar *c1_md5 = t_md5 (r, MNT "/c1");
	g_autofree gchar *sparse_md5 = t_md5 (r, MNT "/sparse");
	g_autofree gchar *c2_md5 = t_md5 (r, MNT "/c2");
	g_autoptr (GArray) src = extsim_fs_file_extents (extsim_script_result_get_fs (r->res), t_file (r, MNT "/plain"), NULL);
	g_autoptr (GArray) dst = extsim_fs_file_extents (extsim_script_result_get_fs (r->res), t_file (r, MNT "/c1"), NULL);

	ext_assert_str_eq (r->err->str, "");
	ext_assert_int_eq (t_exit (r, 3), 0);
	ext_assert_int_eq (t_exit (r, 5), 0);
	ext_assert_str_eq (c1_md5, plain_md5);
	ext_assert_str_eq (c2_md5, sparse_md5);
	ext_assert_u64_eq (t_size (r, MNT "/c1"), 128 * KiB + 1696);
	ext_assert_u64_eq (t_size (r, MNT "/c2"), 5 * MiB); /* ftruncate after the last data */
	t_assert_items (extsim_script_result_get_fs (r->res), t_file (r, MNT "/c1"), c1);
	t_assert_items (extsim_script_result_get_fs (r->res), t_file (r, MNT "/c2"), c2);
	/* a copy, not a clone: no extent of the source */
	for (guint i = 0; i < src->len; i++)
		ext_assert_u64_ne (g_array_index (src, extsim_file_extent, i).disk_bytenr,
				   g_array_index (dst, extsim_file_extent, 0).disk_bytenr);
}
END_TEST

/* The copy runs out of space: coreutils' words for each way of copying, exit status 1. */
START_TEST (cp_copy_fails_with_enospc_as_coreutils_prints_it)
{
	g_autoptr (t_run) r = t_run_script (
		"mkfs.btrfs -f $dev -b 128m >/dev/null\nmount $dev $mnt\n"
		"xfs_io -f -c \"pwrite -q -S 0x61 -b 1m 0 12m\" $mnt/src\n"
		"xfs_io -f -c \"pwrite -q -S 0x62 -b 1m 0 12m\" -c \"truncate 40m\" $mnt/sparse\n"
		"xfs_io -f -c \"pwrite -q -b 1m 0 18m\" $mnt/fill\nsync\n"
		"touch $mnt/d1 $mnt/d2\nchattr +C $mnt/d1\nchattr +C $mnt/d2\n"
		"cp $mnt/src $mnt/d1\nrm $mnt/d1\nsync\n"
		"cp $mnt/sparse $mnt/d2\n",
		NULL);

	ext_assert_str_eq (r->err->str, "cp: error copying '" MNT "/src' to '" MNT "/d1': No space left on device\n"
					"cp: error writing '" MNT "/d2': No space left on device\n");
	ext_assert_int_eq (t_exit (r, 9), 1);
	ext_assert_int_eq (t_exit (r, 12), 1);
	ext_assert_u64_lt (0, t_size (r, MNT "/d2")); /* what was written stays */
	ext_assert_u64_lt (t_size (r, MNT "/d2"), 12 * MiB);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("script-run");
	TCase *seed = tcase_create ("section-1");
	TCase *streams = tcase_create ("streams");
	TCase *xfs_io = tcase_create ("xfs_io");
	TCase *tools = tcase_create ("coreutils");

	tcase_add_test (seed, section_1_unpatched_violates_at_the_reflink_and_loses_4k);
	tcase_add_test (seed, section_1_patched_and_nocow_only_are_clean);
	tcase_add_test (seed, section_1_other_presets);
	tcase_add_test (seed, records_count_steps_and_keep_decisions);
	tcase_add_test (seed, each_loss_is_reported_once);
	suite_add_tcase (s, seed);
	tcase_add_test (streams, through_a_pipe_stderr_comes_first);
	tcase_add_test (streams, a_full_stdio_buffer_is_written_before_later_errors);
	tcase_add_test (streams, md5sum_flushes_its_output_before_an_error);
	tcase_add_test (streams, redirections_send_output_where_the_shell_would);
	tcase_add_test (streams, cat_reads_as_md5sum_does);
	tcase_add_test (streams, rmdir_refuses_a_subvolume);
	tcase_add_test (streams, rm_r_removes_a_tree_or_nothing);
	tcase_add_test (streams, rm_d_removes_empty_directories_only);
	tcase_add_test (streams, rmdir_p_walks_up_the_path_given);
	tcase_add_test (streams, mv_moves_files_and_refuses_the_rest);
	suite_add_tcase (s, streams);
	tcase_add_test (xfs_io, pwrite_variants);
	tcase_add_test (xfs_io, a_full_filesystem_fails_a_write_or_shortens_it);
	tcase_add_test (xfs_io, pread_counts_calls_and_dumps);
	tcase_add_test (xfs_io, space_commands_print_nothing_unless_they_fail);
	tcase_add_test (xfs_io, reflink_and_dedupe_as_xfs_io_reports_them);
	tcase_add_test (xfs_io, dedupe_goes_a_gibibyte_at_a_time);
	tcase_add_test (xfs_io, fiemap_syncs_and_maps_like_xfs_io);
	tcase_add_test (xfs_io, sync_range_writes_back_only_with_write);
	tcase_add_test (xfs_io, open_failures_skip_the_rest_of_the_command);
	suite_add_tcase (s, xfs_io);
	tcase_add_test (tools, truncate_sizes_absolute_and_relative);
	tcase_add_test (tools, truncate_failures_as_coreutils_prints_them);
	tcase_add_test (tools, truncate_and_fallocate_after_a_failed_mount);
	tcase_add_test (tools, fallocate_modes_and_failures);
	tcase_add_test (tools, dd_reports_records_and_bytes_as_coreutils_does);
	tcase_add_test (tools, dd_urandom_writes_a_byte_of_its_own);
	tcase_add_test (tools, dd_failures_as_coreutils_prints_them);
	tcase_add_test (tools, dd_copies_a_file_run_by_run);
	tcase_add_test (tools, dd_refuses_too_many_unaligned_calls_when_it_runs);
	tcase_add_test (tools, dd_refuses_too_many_direct_calls_when_it_runs);
	tcase_add_test (tools, cp_clones_the_whole_file);
	tcase_add_test (tools, cp_failures_as_coreutils_prints_them);
	tcase_add_test (tools, cp_copies_the_data_when_the_clone_fails);
	tcase_add_test (tools, cp_copy_fails_with_enospc_as_coreutils_prints_it);
	tcase_add_test (tools, cp_reflink_never_copies_without_a_clone);
	suite_add_tcase (s, tools);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
