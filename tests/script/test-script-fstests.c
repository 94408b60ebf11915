/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * fstests cases as scripts (script-fstests.c): the environment common/
 * preamble gives, the helpers of common/rc on a btrfs scratch device, the
 * filters of common/filter, and the shell arithmetic the cases size their
 * filesystems with.
 *
 * The filters are fstests' sed and grep expressions (kdave/xfstests,
 * common/filter): their output lines here are the lines fstests' golden
 * outputs hold, e.g. tests/btrfs/170.out's "XXX Bytes, X ops;
 * XX:XX:XX.X (XXX YYY/sec and XXX ops/sec)" and "SCRATCH_MNT/foobar".
 * The expected lines of the filter tests were checked against fstests'
 * expressions run by GNU sed 4.9, grep 3.8, tr (coreutils 9.1) and gawk
 * 5.2.1 (common/punch's awk scripts) on the same input, and the
 * arithmetic, functions and if ... fi against bash 5.2.15.  fstests'
 * btrfs/170 and btrfs/279, run as published, printed their golden
 * outputs (kept out of this tree: GPL-2.0 text).  The helpers run
 * what common/rc runs for btrfs (_scratch_mkfs_sized: mkfs.btrfs -b SIZE,
 * --mixed under 256 MiB).
 */
#include "script-test.h"

#define PREAMBLE ". ./common/preamble\n. ./common/filter\n"

/* The filtered rate line of every xfs_io report. */
#define RATE "XXX Bytes, X ops; XX:XX:XX.X (XXX YYY/sec and XXX ops/sec)\n"

START_TEST (arithmetic_is_shell_arithmetic)
{
	g_autoptr (t_run) r = t_run_script ("x=3\nneg=-7\n"
					    "echo $((2 * 1024 * 1024 * 1024)) $(( (1 << 20) + x * 4 )) $((0x10 - 010))\n"
					    "echo $((7 % 3)) $((-5 / 2)) $((~0)) $(($neg + ${x})) $((1 - 2 - 3)) $((2 + 3 * 4))\n"
					    "echo \"$((6 & 3 | 8 ^ 1))\"x\n",
					    NULL);

	/* as bash 5.2 prints them: C precedence, left to right, division
	 * truncating toward zero, 0x hexadecimal and 010 octal */
	ext_assert_str_eq (r->out->str, "2147483648 1048588 8\n1 -2 -1 -4 -4 14\n11x\n");
}
END_TEST

START_TEST (a_case_prints_its_golden_output)
{
	g_autoptr (t_run) r = t_run_script (
		"#! /bin/bash\n"
		"# FS QA Test No. 901\n" PREAMBLE "_begin_fstest auto quick clone\n"
		". ./common/reflink\n"
		"_supported_fs btrfs\n_require_scratch_reflink\n"
		"_scratch_mkfs >> $seqres.full 2>&1\n"
		"_scratch_mount\n"
		"$XFS_IO_PROG -f -c \"pwrite -S 0xab 0 64K\" $SCRATCH_MNT/foo | _filter_xfs_io\n"
		"$XFS_IO_PROG -f -c \"reflink $SCRATCH_MNT/foo 0 0 64K\" $SCRATCH_MNT/bar | _filter_xfs_io\n"
		"echo \"Digests after a mount cycle:\"\n"
		"_scratch_cycle_mount\n"
		"md5sum $SCRATCH_MNT/foo $SCRATCH_MNT/bar | _filter_scratch\n"
		"status=0\n"
		"exit\n"
		"this line is never read: | ( $nosuch\n",
		NULL);

	ext_assert_str_eq (r->out->str, "QA output created by t.sh\n"
					"wrote 65536/65536 bytes at offset 0\n" RATE "linked 65536/65536 bytes at offset 0\n" RATE
					"Digests after a mount cycle:\n"
					"b6936734ef093dabc4e17f0c29fa4718  SCRATCH_MNT/foo\n"
					"b6936734ef093dabc4e17f0c29fa4718  SCRATCH_MNT/bar\n");
	ext_assert_str_eq (r->err->str, "");
	/* _scratch_cycle_mount is an umount and a mount */
	ext_assert_true (extsim_script_get_op (r->script, 8)->kind == EXTSIM_SCRIPT_OP_UMOUNT);
	ext_assert_true (extsim_script_get_op (r->script, 9)->kind == EXTSIM_SCRIPT_OP_MOUNT);
}
END_TEST

/* The section 1 example as an fstests case: a fixed kernel's output is
 * its .out; Linux 5.2's is not. */
START_TEST (the_section_1_case_passes_only_where_fixed)
{
	g_autofree char *text = NULL, *golden = NULL;
	const char *const passing[] = { "patched", "nocow-only" };
	/* unpatched and pre-4.19 lose the page (fsync: ENOSPC); always-reserve
	 * refuses the write (pwrite: ENOSPC): each fails the case */
	const char *const failing[] = { "unpatched", "pre-4.19", "always-reserve" };

	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/fstests-a94d1d0", &text, NULL, NULL));
	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/fstests-a94d1d0.out", &golden, NULL, NULL));
	ext_assert_true (g_str_has_prefix (golden, "QA output created by t.sh") == FALSE);
	for (guint i = 0; i < G_N_ELEMENTS (passing); i++) {
		g_autoptr (t_run) r = t_run_script (text, passing[i]);
		/* the golden output names the case by its file's name */
		g_autofree char *out = g_strdup (r->out->str);

		ext_assert_true (g_str_has_prefix (out, "QA output created by t.sh\n"));
		ext_assert_str_eq (out + strlen ("QA output created by t.sh\n"),
				   strchr (golden, '\n') + 1);
	}
	for (guint i = 0; i < G_N_ELEMENTS (failing); i++) {
		g_autoptr (t_run) r = t_run_script (text, failing[i]);

		ext_assert_true (strstr (r->out->str, strchr (golden, '\n') + 1) == NULL);
		ext_assert_str_eq (r->err->str, i < 2 ? "fsync: No space left on device\n" : "pwrite: No space left on device\n");
		ext_assert_u64_eq (extsim_script_result_get_lost_bytes (r->res), i < 2 ? 4096 : 0);
	}
}
END_TEST

/* fstests generic/546 (the regression test of a94d1d0cb3bf) with its
 * power loss, as tests/script/real/generic-546.sh has it: a fixed kernel
 * prints generic/546.out's md5 lines (cdccc121... before and after, the
 * same on Linux 6.18 here); Linux 5.2 loses the page the fsync could not
 * write, and the power loss the rest of the unlogged write. */
START_TEST (generic_546_survives_the_power_loss_only_where_fixed)
{
	g_autofree char *text = NULL;
	const char *const md5 = "cdccc121ae95c72fdbe53d8e343ef5ee";
	const char *const passing[] = { "patched", "nocow-only" };
	const char *const failing[] = { "unpatched", "pre-4.19" };

	ext_assert_true (g_file_get_contents (SCRIPT_DATA_DIR "/real/generic-546.sh", &text, NULL, NULL));
	for (guint i = 0; i < G_N_ELEMENTS (passing); i++) {
		g_autoptr (t_run) r = t_run_script (text, passing[i]);
		g_autofree char *want = g_strdup_printf ("QA output created by t.sh\nmd5 before %s\nmd5 after %s\n", md5, md5);

		ext_assert_str_eq (r->out->str, want);
		ext_assert_str_eq (r->err->str, "");
	}
	for (guint i = 0; i < G_N_ELEMENTS (failing); i++) {
		g_autoptr (t_run) r = t_run_script (text, failing[i]);
		g_autofree char *before = g_strdup_printf ("md5 before %s\n", md5);
		g_autofree char *after = g_strdup_printf ("md5 after %s\n", md5);

		ext_assert_true (strstr (r->out->str, before) != NULL);
		ext_assert_true (strstr (r->out->str, after) == NULL);
		ext_assert_true (strstr (r->out->str, "md5 after ") != NULL);
		ext_assert_str_eq (r->err->str, "fsync: No space left on device\n");
	}
}
END_TEST

/* The head every fstests case had before common/preamble (2021), written
 * out in each case: its name from `basename $0`, $RESULT_DIR from ./check,
 * $$, a trap that calls _cleanup, the log removed, the system named. */
#define OLD_HEAD                                                                  \
	"#! /bin/bash\n"                                                          \
	"seq=`basename $0`\n"                                                     \
	"seqres=$RESULT_DIR/$seq\n"                                               \
	"echo \"QA output created by $seq\"\n"                                    \
	"\n"                                                                      \
	"here=`pwd`\n"                                                            \
	"tmp=/tmp/$$\n"                                                           \
	"status=1\t# failure is the default!\n"                                   \
	"trap \"_cleanup; exit \\$status\" 0 1 2 3 15\n"                          \
	"\n"                                                                      \
	"_cleanup()\n"                                                            \
	"{\n"                                                                     \
	"\tcd /\n"                                                                \
	"\trm -f $tmp.*\n"                                                        \
	"}\n"                                                                     \
	"\n"                                                                      \
	". ./common/rc\n"                                                         \
	". ./common/filter\n"                                                     \
	"\n"                                                                      \
	"rm -f $seqres.full\n"                                                    \
	"\n"                                                                      \
	"_supported_fs generic\n"                                                 \
	"_supported_os Linux\n"                                                   \
	"_require_scratch\n"

/* The values that head gives (bash 5.2.15 and coreutils 9.1 print the
 * same for the same names: `basename` of the script's path, `pwd` of the
 * directory a case starts in and of a cd's); its trap is taken and not
 * run, as the model has no $tmp files to remove. */
START_TEST (old_style_cases_start_as_they_are_written)
{
	g_autoptr (t_run) r = t_run_script (OLD_HEAD "echo $seq $seqres $here $tmp $status\n"
						     "_scratch_mkfs >> $seqres.full 2>&1\n_scratch_mount\n"
						     "cd $SCRATCH_MNT\n"
						     "echo `pwd` \"$(basename $(pwd))\" `basename /a/b/c.sh .sh` $(basename a/b///) "
						     "$(basename //) $(basename x.sh sh) $(basename c.sh c.sh)\n"
						     "status=0\nexit\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "QA output created by t.sh\n"
					"t.sh /var/lib/xfstests/results/t.sh /var/lib/xfstests /tmp/4242 1\n"
					"/mnt/scratch scratch c b / x. c.sh\n");
	ext_assert_str_eq (r->err->str, "");
}
END_TEST

/* generic/546 as it was published in 2019, with the head above: the same
 * verdicts as its shape with common/preamble (the test before). */
START_TEST (generic_546_with_the_old_head)
{
	g_autofree char *shape = NULL;
	g_autofree char *text = NULL;
	const char *body;
	const char *const md5 = "cdccc121ae95c72fdbe53d8e343ef5ee";
	g_autofree char *want = g_strdup_printf ("QA output created by t.sh\nmd5 before %s\nmd5 after %s\n", md5, md5);

	ext_assert_true (g_file_get_contents (SCRIPT_DATA_DIR "/real/generic-546.sh", &shape, NULL, NULL));
	body = strstr (shape, "_require_scratch_reflink");
	ext_assert_true (body != NULL);
	text = g_strconcat (OLD_HEAD, ". ./common/reflink\n. ./common/dmflakey\n", body, NULL);
	for (guint i = 0; i < 2; i++) {
		g_autoptr (t_run) r = t_run_script (text, i ? "unpatched" : "patched");

		if (i) {
			ext_assert_true (strstr (r->out->str, "md5 after ") != NULL);
			ext_assert_str_ne (r->out->str, want);
			ext_assert_str_eq (r->err->str, "fsync: No space left on device\n");
		} else {
			ext_assert_str_eq (r->out->str, want);
			ext_assert_str_eq (r->err->str, "");
		}
	}
}
END_TEST

/* [ ... ] && CMD and test ... || CMD, the guards of fstests cases
 * ([ "$FSTYP" = "btrfs" ] && _fixed_by_kernel_commit ...): decided as the
 * script is read; bash 5.2.15 prints the same for the same lines. */
START_TEST (a_test_of_values_heads_an_and_or_list)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "[ \"$FSTYP\" = \"btrfs\" ] && echo yes\n"
						     "[ x = y ] && echo no\n"
						     "[ x = y ] || echo or\n"
						     "test -n \"\" || echo empty && echo and\n"
						     "[ a = a ] && [ b = c ] && echo no || echo fallback\n"
						     "[ a = b ]\n"
						     "[ \"$FSTYP\" = \"btrfs\" ] && _fixed_by_kernel_commit e6e3dec6c3c288 \\\n"
						     "\t\"btrfs: a title\"\n"
						     "echo end\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "yes\nor\nempty\nand\nfallback\nend\n");
	/* the tests make no command: the two sourcings, the five echos that
	 * ran (echo and decided when the script runs), _fixed_by_kernel_commit
	 * and the last echo */
	ext_assert_int_eq (extsim_script_get_n_commands (r->script), 9);
}
END_TEST

/* Newer and older helpers of common/rc that change nothing the model keeps,
 * or that are a sync: _scratch_sync is _sync_fs $SCRATCH_MNT (syncfs). */
START_TEST (helpers_that_sync_or_do_nothing)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE ". ./common/dmflakey\n_need_to_be_root\n"
						     "_scratch_mkfs > /dev/null\n_mount_flakey\n"
						     "touch $SCRATCH_MNT/f\n$CHATTR_PROG +C $SCRATCH_MNT/f\n"
						     "$XFS_IO_PROG -c \"pwrite 0 4k\" $SCRATCH_MNT/f > /dev/null\n"
						     "_scratch_sync\n"
						     "_flakey_drop_and_remount\n"
						     "_unmount_flakey\n_check_scratch_fs $FLAKEY_DEV\n_mount_flakey\n"
						     "stat -c %s $SCRATCH_MNT/f\n",
					    NULL);
	guint n = extsim_script_get_n_ops (r->script);
	gboolean synced = FALSE;

	/* the sync made the write part of the commit the power loss keeps */
	ext_assert_str_eq (r->out->str, "4096\n");
	for (guint i = 0; i < n; i++)
		synced = synced || extsim_script_get_op (r->script, i)->kind == EXTSIM_SCRIPT_OP_SYNC;
	ext_assert_true (synced);
}
END_TEST

/* common/filter's _filter_xfs_io_blocks_modified and _pages_modified: the
 * expected lines are gawk 5.2.1's of the filter's awk script on the same
 * xfs_io output, block size 16384 (the filesystem's) and 4096 (a page). */
START_TEST (blocks_and_pages_modified_as_common_filter)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_scratch_mkfs -s 16k > /dev/null\n_scratch_mount\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xaa 0 64k\" -c \"pwrite 65536 1\" "
						     "$SCRATCH_MNT/f | _filter_xfs_io_blocks_modified\n"
						     "$XFS_IO_PROG -c \"pwrite 0 64k\" -c \"pwrite 65536 1\" "
						     "$SCRATCH_MNT/f | _filter_xfs_io_pages_modified\n"
						     "$XFS_IO_PROG -c \"fsync\" $SCRATCH_MNT/f | _filter_xfs_io_blocks_modified\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "Blocks modified: [0 - 3]\nBlocks modified: [4 - 4]\n"
					"Pages modified: [0 - 15]\nPages modified: [16 - 16]\n");
}
END_TEST

/* common/filter's _filter_od: the expected lines are gawk 5.2.1's output
 * of the filter's awk script on coreutils 9.1's od -t x1 of the same bytes
 * (block size 4096). */
START_TEST (od_through_filter_od_as_common_filter)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_scratch_mkfs > /dev/null\n_scratch_mount\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xaa 0 4k\" -c \"pwrite -S 0xbb 4k 2k\" "
						     "-c \"pwrite -S 0xcc 8k 100\" $SCRATCH_MNT/f > /dev/null\n"
						     "od -t x1 $SCRATCH_MNT/f | _filter_od\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "0 aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa\n*\n"
					"1 bb bb bb bb bb bb bb bb bb bb bb bb bb bb bb bb\n*\n"
					"1 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n*\n"
					"2 cc cc cc cc cc cc cc cc cc cc cc cc cc cc cc cc\n*\n"
					"2 cc cc cc cc\n2\n");
}
END_TEST

/* fstests' src/cloner: BTRFS_IOC_CLONE without an option, CLONE_RANGE with
 * any (-l 0: to the source's end), silent when it works; its errors on
 * stdout with the errno as exit status.  The EINVAL is what Linux 6.18
 * gave here for a 2 KiB clone from the source's end into the middle of the
 * destination (fstests' btrfs/096 shape; older kernels gave EOPNOTSUPP). */
START_TEST (cloner_clones_as_the_btrfs_ioctls)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_scratch_mkfs > /dev/null\n_scratch_mount\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xaa 0 8k\" $SCRATCH_MNT/a > /dev/null\n"
						     "$CLONER_PROG $SCRATCH_MNT/a $SCRATCH_MNT/whole\n"
						     "$CLONER_PROG -s 4096 -d 0 -l 0 $SCRATCH_MNT/a $SCRATCH_MNT/tail\n"
						     "$CLONER_PROG -s4096 -d 8192 -l4096 $SCRATCH_MNT/a $SCRATCH_MNT/a\n"
						     "stat -c %s $SCRATCH_MNT/whole $SCRATCH_MNT/tail $SCRATCH_MNT/a\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xbb 0 2k\" $SCRATCH_MNT/small > /dev/null\n"
						     "$CLONER_PROG -s 0 -d 4096 -l 2048 $SCRATCH_MNT/small $SCRATCH_MNT/a\n"
						     "echo $?\n"
						     "$CLONER_PROG $SCRATCH_MNT/missing $SCRATCH_MNT/a\n"
						     "echo $?\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "8192\n4096\n12288\nclone failed: Invalid argument\n22\n"
					"failed to open /mnt/scratch/missing: No such file or directory\n2\n");
	ext_assert_str_eq (r->err->str, "");
}
END_TEST

/* xfs_io -s opens O_SYNC: each write(2) is synced (generic_write_sync ()),
 * so what it wrote survives a power loss; without -s it does not. */
START_TEST (o_sync_writes_survive_a_power_loss)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE ". ./common/dmflakey\n"
						     "_scratch_mkfs > /dev/null\n_mount_flakey\n"
						     "$XFS_IO_PROG -f -s -c \"pwrite -S 0xaa -b 64k 0 256k\" $SCRATCH_MNT/s > /dev/null\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xaa -b 64k 0 256k\" $SCRATCH_MNT/n > /dev/null\n"
						     "_flakey_drop_and_remount\n"
						     "ls $SCRATCH_MNT\nstat -c %s $SCRATCH_MNT/s\n",
					    NULL);
	GError *err = NULL;
	g_autoptr (extsim_script) big = extsim_script_parse_string ("mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
								    "xfs_io -f -s -c \"pwrite -b 4k 0 8g\" $mnt/f\n",
								    -1, "t.sh", NULL, &err);

	ext_assert_str_eq (r->out->str, "s\n262144\n");
	ext_assert_true (big == NULL);
	ext_assert_true (err != NULL && strstr (err->message, "3:18: xfs_io -s: 2097152 write calls of 4096 bytes") != NULL);
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
}
END_TEST

/* fstests' src/punch-alternating punches SIZE blocks every INTERVAL
 * blocks from block OFFSET (1, 2 and 0 by default) up to the file's size,
 * then fsyncs (kdave/xfstests src/punch-alternating.c); a missing file is
 * perror's line and exit status 2.  Then a zero range over the holes and
 * the extents left (the shape of fstests generic/610, which a 100 MiB
 * file on a scratch device of fstests' size passes: 10 GiB here). */
START_TEST (punch_alternating_punches_every_other_block)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_scratch_mkfs > /dev/null\n_scratch_mount\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xab 0 32k\" $SCRATCH_MNT/a > /dev/null\n"
						     "$here/src/punch-alternating $SCRATCH_MNT/a\n"
						     "$XFS_IO_PROG -c \"fiemap\" $SCRATCH_MNT/a\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xab 0 64k\" $SCRATCH_MNT/b > /dev/null\n"
						     "$here/src/punch-alternating -o 1 -i 4 -s 2 $SCRATCH_MNT/b\n"
						     "$XFS_IO_PROG -c \"fiemap\" $SCRATCH_MNT/b\n"
						     "$here/src/punch-alternating $SCRATCH_MNT/nosuch\n"
						     "echo $?\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0xab -b 1m 0 8m\" $SCRATCH_MNT/z > /dev/null\n"
						     "$here/src/punch-alternating $SCRATCH_MNT/z\nsync\n"
						     "$XFS_IO_PROG -c \"fzero 0 8m\" $SCRATCH_MNT/z\n"
						     "_scratch_cycle_mount\nod -A d -t x1 $SCRATCH_MNT/z\n",
					    NULL);
	GError *err = NULL;
	g_autoptr (extsim_script) zero = extsim_script_parse_string (PREAMBLE "_scratch_mkfs\n_scratch_mount\n"
								     "$here/src/punch-alternating -i 0 $SCRATCH_MNT/a\n",
								     -1, "t.sh", NULL, &err);

	/* b: -o 1 -i 4 -s 2 punches blocks 1-2, 5-6, 9-10 and 13-14; the
	 * first punch wrote back the dirty range from its page on, block 0
	 * went at the fsync */
	ext_assert_str_eq (r->out->str, "/mnt/scratch/a:\n"
					"\t0: [0..7]: hole\n\t1: [8..15]: 26632..26639\n\t2: [16..23]: hole\n"
					"\t3: [24..31]: 26648..26655\n\t4: [32..39]: hole\n\t5: [40..47]: 26664..26671\n"
					"\t6: [48..55]: hole\n\t7: [56..63]: 26680..26687\n"
					"/mnt/scratch/b:\n"
					"\t0: [0..7]: 26808..26815\n\t1: [8..23]: hole\n\t2: [24..39]: 26704..26719\n"
					"\t3: [40..55]: hole\n\t4: [56..71]: 26736..26751\n\t5: [72..87]: hole\n"
					"\t6: [88..103]: 26768..26783\n\t7: [104..119]: hole\n\t8: [120..127]: 26800..26807\n"
					"2\n"
					"0000000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n*\n8388608\n");
	ext_assert_str_eq (r->err->str, "/mnt/scratch/nosuch: No such file or directory\n");
	ext_assert_true (zero == NULL);
	ext_assert_true (err != NULL && strstr (err->message, "t.sh:5:1: punch-alternating: interval must be > 0") != NULL);
	g_clear_error (&err);
}
END_TEST

/* common/rc's _hexdump is od -Ax -t x1z $*: the bytes as characters after
 * each line, between > and <, a dot for one not printable (coreutils 9.1;
 * tests/script/real/od.sh). */
START_TEST (hexdump_is_od_with_characters)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_scratch_mkfs > /dev/null\n_scratch_mount\n"
						     "$XFS_IO_PROG -f -c \"pwrite -S 0x41 0 20\" -c \"pwrite -S 0x0a 1 1\" "
						     "$SCRATCH_MNT/a > /dev/null\n"
						     "_hexdump $SCRATCH_MNT/a\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "000000 41 0a 41 41 41 41 41 41 41 41 41 41 41 41 41 41  >A.AAAAAAAAAAAAAA<\n"
					"000010 41 41 41 41                                      >AAAA<\n"
					"000014\n");
}
END_TEST

/* common/rc puts $MKFS_OPTIONS on every mkfs of the scratch device, and a
 * case adds to it (generic/101: MKFS_OPTIONS="$MKFS_OPTIONS -O no-holes"). */
START_TEST (mkfs_options_reach_every_scratch_mkfs)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "if [ $FSTYP == \"btrfs\" ]; then\n"
						     "\tMKFS_OPTIONS=\"$MKFS_OPTIONS -O no-holes -s 16k\"\nfi\n"
						     "_scratch_mkfs >> $seqres.full 2>&1\n_scratch_mount\n"
						     "echo $(_get_file_block_size $SCRATCH_MNT)\n_scratch_unmount\n"
						     "_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1\n_scratch_mount\n"
						     "echo $(_get_file_block_size $SCRATCH_MNT)\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "16384\n16384\n");
	ext_assert_str_eq (extsim_script_get_op (r->script, 0)->text, "mkfs.btrfs -f -O no-holes -s 16k /dev/loop0");
}
END_TEST

/* common/dmflakey: _flakey_drop_and_remount is the power loss (the umount,
 * its writes dropped) and a mount; the other helpers mount, unmount or do
 * nothing.  What a power loss leaves: tests/test-tree-log.c and the real
 * runs power-loss.sh and power-loss-names.sh. */
START_TEST (dmflakey_helpers_mount_and_lose_power)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE ". ./common/dmflakey\n"
					    "_scratch_mkfs > /dev/null\n_init_flakey\n_mount_flakey\n"
					    "$XFS_IO_PROG -f -c \"pwrite -S 0xab 0 4k\" -c fsync $SCRATCH_MNT/kept > /dev/null\n"
					    "$XFS_IO_PROG -f -c \"pwrite -S 0xab 0 4k\" $SCRATCH_MNT/lost > /dev/null\n"
					    "_flakey_drop_and_remount yes\n"
					    "ls $SCRATCH_MNT\n"
					    "_unmount_flakey\n_cleanup_flakey\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "kept\n");
	ext_assert_str_eq (r->err->str, "");
	ext_assert_true (extsim_script_get_op (r->script, 1)->kind == EXTSIM_SCRIPT_OP_MOUNT);
	/* mkfs, mount, 3 of xfs_io, 2 of xfs_io, the power loss and the mount, ls, umount */
	ext_assert_true (extsim_script_get_op (r->script, 7)->kind == EXTSIM_SCRIPT_OP_POWER_LOSS);
	ext_assert_str_eq (extsim_script_get_op (r->script, 7)->text, "power loss, then umount /mnt/scratch");
	ext_assert_true (extsim_script_get_op (r->script, 8)->kind == EXTSIM_SCRIPT_OP_MOUNT);
	ext_assert_true (extsim_script_get_op (r->script, 10)->kind == EXTSIM_SCRIPT_OP_UMOUNT);
	ext_assert_str_eq (extsim_script_op_kind_to_str (EXTSIM_SCRIPT_OP_POWER_LOSS), "power_loss");
}
END_TEST

/* A second mkfs starts over: the new filesystem's commits and log count,
 * not what the first one's steps were. */
START_TEST (a_new_filesystem_starts_the_power_loss_state_over)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE ". ./common/dmflakey\n"
					    "_scratch_mkfs > /dev/null\n_mount_flakey\n"
					    "for i in 1 2 3 4 5 6; do\n"
					    "  $XFS_IO_PROG -f -c \"pwrite 0 4k\" -c fsync -c \"pwrite 4k 4k\" $SCRATCH_MNT/old$i > /dev/null\n"
					    "done\n"
					    "sync\n_unmount_flakey\n"
					    "_scratch_mkfs > /dev/null\n_mount_flakey\n"
					    "$XFS_IO_PROG -f -c \"pwrite 0 4k\" -c fsync $SCRATCH_MNT/new > /dev/null\n"
					    "_flakey_drop_and_remount\n"
					    "ls $SCRATCH_MNT\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "new\n");
	ext_assert_str_eq (r->err->str, "");
}
END_TEST

/* common/rc: _md5_checksum () { md5sum $1 | cut -d ' ' -f1; } (the status
 * cut's) and _get_filesize () { stat -c %s "$1"; }, as commands and in
 * $(...) */
START_TEST (md5_checksum_and_get_filesize_as_common_rc)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_scratch_mkfs > /dev/null\n_scratch_mount\n"
						     "xfs_io -f -c \"pwrite -q -S 0x61 0 3\" $SCRATCH_MNT/f\n"
						     "_md5_checksum $SCRATCH_MNT/f\n_get_filesize $SCRATCH_MNT/f\n"
						     "echo \"[$(_md5_checksum $SCRATCH_MNT/f)]\"\necho size $(_get_filesize $SCRATCH_MNT/f)\n"
						     "_md5_checksum $SCRATCH_MNT/g\n_get_filesize $SCRATCH_MNT/g\n",
					    NULL);
	const guint n = extsim_script_result_get_n_commands_run (r->res);

	ext_assert_str_eq (r->out->str, "47bce5c74f589f4867dbd57e9ca9f808\n3\n[47bce5c74f589f4867dbd57e9ca9f808]\nsize 3\n");
	ext_assert_str_eq (r->err->str, "md5sum: /mnt/scratch/g: No such file or directory\n"
					"stat: cannot statx '/mnt/scratch/g': No such file or directory\n");
	ext_assert_int_eq (t_exit (r, n - 2), 0); /* cut's */
	ext_assert_int_eq (t_exit (r, n - 1), 1);
}
END_TEST

START_TEST (filter_scratch_as_common_filter)
{
	/* s,\B$SCRATCH_MNT,SCRATCH_MNT,g: not after a word character;
	 * the mount point before the device; /.use_space/d */
	g_autoptr (t_run) r = t_run_script (PREAMBLE "echo x/mnt/scratch/a /mnt/scratch/b '/mnt/scratch' /dev/loop0 "
						     "/dev/loop01 | _filter_scratch\n"
						     "echo a.use_space b | _filter_scratch\n"
						     "echo use_space | _filter_scratch\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "x/mnt/scratch/a SCRATCH_MNT/b SCRATCH_MNT SCRATCH_DEV SCRATCH_DEV1\nuse_space\n");
}
END_TEST

START_TEST (filters_chain_and_take_stderr_with_2_to_1)
{
	g_autoptr (t_run) r = t_run_script (
		PREAMBLE "mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
			 "$XFS_IO_PROG -c \"pwrite 0 4k\" $SCRATCH_MNT/nofile 2>&1 | _filter_scratch\n"
			 "$XFS_IO_PROG -c \"pwrite 0 4k\" $SCRATCH_MNT/nofile | _filter_scratch\n"
			 "$XFS_IO_PROG -f -c \"pwrite 4k 8k\" $SCRATCH_MNT/f | _filter_xfs_io_numbers | _filter_spaces\n"
			 "$XFS_IO_PROG -c \"fiemap -v\" $SCRATCH_MNT/f | _filter_xfs_io_fiemap\n"
			 "echo 'a  b   ' | _filter_trailing_whitespace\n"
			 "echo hidden | _filter_scratch >> $seqres.full\n",
		NULL);
	g_autoptr (GRegex) fiemap = g_regex_new ("^  8  23 +[0-9]+  [0-9]+ +16 +0x1\n", 0, 0, NULL);
	const char *rest;

	/* with 2>&1 xfs_io's error goes through the filter, without it not */
	ext_assert_str_eq (r->err->str, "/mnt/scratch/nofile: No such file or directory\n");
	ext_assert_true (g_str_has_prefix (r->out->str, "SCRATCH_MNT/nofile: No such file or directory\n"
							"wrote XXXX/XXXX bytes at offset XXXX\n"
							"XXX Bytes, X ops; XX:XX:XX.X (XXX YYY/sec and XXX ops/sec)\n"));
	/* fiemap -v of [4k, 12k): the hole line dropped, the data line's
	 * "N: [A..B]: C..D" cut to numbers */
	rest = r->out->str + strlen ("SCRATCH_MNT/nofile: No such file or directory\n"
				     "wrote XXXX/XXXX bytes at offset XXXX\n"
				     "XXX Bytes, X ops; XX:XX:XX.X (XXX YYY/sec and XXX ops/sec)\n");
	ext_assert_true (g_regex_match (fiemap, rest, 0, NULL));
	ext_assert_true (g_str_has_suffix (rest, "\na  b\n"));
}
END_TEST

START_TEST (the_environment_yields_to_variables_given)
{
	const char *const vars[] = { "SCRATCH_MNT=/mnt/test", NULL };
	extsim_script_parse_options po = EXTSIM_SCRIPT_PARSE_OPTIONS_INIT;
	extsim_script_run_options ro = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	g_autoptr (extsim_script) s = NULL;
	extsim_script_result *res = NULL;
	GError *err = NULL;

	po.variables = vars;
	s = extsim_script_parse_string (PREAMBLE "_scratch_mkfs > /dev/null\n_scratch_mount\ntouch $SCRATCH_MNT/a\n"
					"echo $SCRATCH_DEV $XFS_IO_PROG $BTRFS_UTIL_PROG $FSTYP $seq $seqres\n",
					-1, "tests/btrfs/999", &po, &err);
	ext_assert_no_error (err);
	ext_assert_str_eq (extsim_script_get_op (s, 2)->path, "/mnt/test/a");
	ext_assert_true (extsim_script_run (s, &ro, &res, &err));
	ext_assert_no_error (err);
	ext_assert_str_eq (extsim_script_result_get_record (res, 3)->out_text,
			   "/dev/loop0 xfs_io btrfs btrfs 999 /var/lib/xfstests/results/999\n");
	extsim_script_result_free (res);
}
END_TEST

/* Shell functions, as fstests cases define them (run_test () { ... }):
 * the body is read at each call with its parameters; `local` values go
 * back at the return, other assignments stay. */
START_TEST (functions_take_parameters_and_locals)
{
	g_autoptr (t_run) r = t_run_script ("greet() {\n"
					    "\tlocal who=$1 n=$#\n"
					    "\techo \"hello $who of $n: $@\"\n"
					    "\tx=global # a comment with a } in it\n"
					    "}\n"
					    "x=before\nwho=outer\n"
					    "greet world 'two words'\n"
					    "echo \"$who $x\"\n"
					    "greet2 ()\n{\n\techo \"$0 ${1}\" '}'; return\n\techo unreachable\n}\n"
					    "greet2 a\n"
					    "echo after\n",
					    NULL);

	/* as bash 5.2 prints it */
	ext_assert_str_eq (r->out->str, "hello world of 2: world two words\nouter global\nt.sh a }\nafter\n");
}
END_TEST

/* if [ ... ]: the branch the test takes, the others dropped unread. */
START_TEST (if_takes_the_branch_its_test_says)
{
	g_autoptr (t_run) r = t_run_script ("v=3\n"
					    "if [ $v -eq 3 ]; then echo three; fi\n"
					    "if [ $v -gt 5 ]; then echo big; elif [ \"$v\" = 3 ]; then echo eq; else echo other; fi\n"
					    "if test -z \"$v\"; then\n"
					    "\techo empty\n"
					    "else\n"
					    "\techo nonempty\n"
					    "\tif [ ! $v -ne 3 ]; then echo nested; fi\n"
					    "fi\n"
					    "if [ 1 -eq 2 ]; then\n"
					    "\tnosuchcommand --is-never-parsed\n"
					    "\tif [ x = x ]; then echo no; else echo no; fi\n"
					    "fi\n"
					    "if ! [ -n \"\" ]; then echo negated; fi\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "three\neq\nnonempty\nnested\nnegated\n");
}
END_TEST

/* The shape of btrfs/279 (its golden output's fiemap lines: an extent
 * shared with a reflinked copy, not shared once the copy is gone, with or
 * without a commit between) and of _filter_fiemap / _filter_hole_fiemap. */
START_TEST (fiemap_filters_as_common_punch)
{
	g_autoptr (t_run) r = t_run_script (
		PREAMBLE ". ./common/reflink\n. ./common/punch\n"
			 "_scratch_mkfs > /dev/null 2>&1\n_scratch_mount\n"
			 "check_sharing()\n{\n"
			 "\tlocal a=$1 b=$2\n"
			 "\t$XFS_IO_PROG -f -c \"pwrite 0 64K\" $a > /dev/null\n"
			 "\t_cp_reflink $a $b\n"
			 "\tif [ $3 -eq 1 ]; then\n\t\tsync\n\tfi\n"
			 "\t$XFS_IO_PROG -c \"fiemap -v\" $a | _filter_fiemap_flags\n"
			 "\trm -f $b\n"
			 "\t$XFS_IO_PROG -c \"fiemap -v\" $a | _filter_fiemap_flags 1\n"
			 "}\n"
			 "check_sharing $SCRATCH_MNT/a $SCRATCH_MNT/b 0\n"
			 "check_sharing $SCRATCH_MNT/c $SCRATCH_MNT/d 1\n"
			 "$XFS_IO_PROG -f -c \"falloc 0 8k\" -c \"pwrite 16k 4k\" -c \"pwrite 20k 4k\" -c \"fsync\" "
			 "-c \"fiemap -v\" $SCRATCH_MNT/e | _filter_fiemap\n"
			 "$XFS_IO_PROG -c \"fiemap -v\" $SCRATCH_MNT/e | _filter_hole_fiemap\n",
		NULL);

	ext_assert_str_eq (r->out->str, "0: [0..127]: shared|last\n0: [0..127]: last\n"
					"0: [0..127]: shared|last\n0: [0..127]: last\n"
					/* unwritten 0-8k, hole 8k-16k, data 16k-24k (two
					 * writes, one type: coalesced) */
					"0: [0..15]: unwritten\n1: [16..31]: hole\n2: [32..47]: data\n"
					"0: [0..15]: extent\n1: [16..31]: hole\n2: [32..47]: extent\n");
}
END_TEST

/* for ... in ... do ... done and $(seq ...), as bash 5.2.15 and coreutils
 * 9.1's seq print them (the expected text is bash's output of the same
 * script); each word's pass through the body makes commands of its own. */
START_TEST (loops_run_their_body_once_a_word)
{
	g_autoptr (t_run) r = t_run_script (
		"mkfs.btrfs -f $dev -b 1g > /dev/null\nmount $dev $mnt\n"
		"nr=3\n"
		"for i in $(seq 1 $nr); do\n"
		"\txfs_io -f -c \"pwrite -S 0x6$i $((i * 4096)) 4k\" $mnt/f$i > /dev/null # done; a comment\n"
		"done\n"
		"for f in a \"b c\"\ndo\n"
		"\techo \"file $f\"; for j in 1 2; do echo \"  $f$j\"; done\n"
		"done\n"
		"each ()\n{\n\tfor x in $(seq $1 -2 $2) \"$@\"; do echo -n \"$x.\"; done; echo\n}\n"
		"each 5 1\n"
		"echo \"i=$i $(seq 3 -1 1) [$(seq 0)]\"\n"
		"for none in; do echo never; done\n",
		NULL);

	ext_assert_str_eq (r->out->str, "file a\n  a1\n  a2\nfile b c\n  b c1\n  b c2\n"
					"5.3.1.5.1.\n"
					"i=3 3\n2\n1 []\n");
	ext_assert_str_eq (r->err->str, "");
	/* one pwrite for each value of i, each at its own offset */
	ext_assert_u64_eq (t_size (r, "/mnt/scratch/f1"), 8192);
	ext_assert_u64_eq (t_size (r, "/mnt/scratch/f3"), 16384);
	ext_assert_int_eq (t_first_byte (r, "/mnt/scratch/f2"), 0);
}
END_TEST

/* _fail and _notrun print what common/rc prints and end the case; after
 * || only when the command before fails. */
START_TEST (fail_and_notrun_end_the_case)
{
	g_autoptr (t_run) r = t_run_script (PREAMBLE "_begin_fstest auto\n"
						     "_scratch_mkfs > /dev/null 2>&1 || _fail \"mkfs failed\"\n"
						     "_scratch_mount\n"
						     "md5sum $SCRATCH_MNT/x > /dev/null 2>&1 || _notrun \"no x:\" here\n"
						     "echo not reached\n",
					    NULL);
	g_autoptr (t_run) r2 = t_run_script (PREAMBLE "_begin_fstest auto\n_fail \"broken\" now\necho not read\n", NULL);

	ext_assert_str_eq (r->out->str, "QA output created by t.sh\nt.sh not run: no x: here\n");
	ext_assert_false (extsim_script_result_command_ran (r->res, 4)); /* _fail */
	ext_assert_int_eq (t_exit (r, 7), 0);                             /* _notrun */
	ext_assert_false (extsim_script_result_command_ran (r->res, 8));
	ext_assert_true (g_str_has_prefix (r2->out->str, "QA output created by t.sh\nbroken now\n(see "));
	ext_assert_true (g_str_has_suffix (r2->out->str, "/t.sh.full for details)\n"));
}
END_TEST

/*
 * The xfs_io helpers of common/rc and common/reflink, and the block size
 * a case takes from $(_get_file_block_size $SCRATCH_MNT): stat -f -c %S,
 * which printed 4096 on a default mkfs.btrfs here (Linux 6.18.44,
 * btrfs-progs 6.2), the sectorsize btrfs_statfs gives as f_frsize.  The
 * digests are the ones the same writes and reflinks gave on that btrfs
 * (the helpers' xfs_io commands run by hand), and so was file2's fiemap,
 * block for block; whole-file reflinks print "linked 0/0 bytes at offset
 * 0" there too.
 */
START_TEST (xfs_io_helpers_as_common_rc_and_reflink)
{
	g_autoptr (t_run) r = t_run_script (
		PREAMBLE ". ./common/reflink\n. ./common/punch\n"
			 "_scratch_mkfs > /dev/null 2>&1\n_scratch_mount\n"
			 "blocksize=$(_get_file_block_size $SCRATCH_MNT)\n"
			 "echo \"block size $blocksize\"\n"
			 "file1=$SCRATCH_MNT/file1\n"
			 "_pwrite_byte 0xcd 0 $((blocksize * 4)) $file1 > /dev/null\n"
			 "_reflink $file1 $SCRATCH_MNT/file3 | _filter_xfs_io\n"
			 "_reflink_range $file1 0 $SCRATCH_MNT/file2 $blocksize $blocksize \"-f\" | _filter_xfs_io\n"
			 "_dedupe_range $file1 0 $SCRATCH_MNT/file2 $blocksize $blocksize | _filter_xfs_io\n"
			 "$XFS_IO_PROG -c \"fiemap -v\" $SCRATCH_MNT/file2 | _filter_fiemap_flags\n"
			 "md5sum $file1 $SCRATCH_MNT/file3 | _filter_scratch\n"
			 "_scratch_unmount\n"
			 "_scratch_mkfs -s 16k > /dev/null 2>&1\n"
			 "echo \"block size $(_get_block_size $SCRATCH_MNT)\"\n",
		NULL);

	ext_assert_str_eq (r->out->str, "block size 4096\n"
					"linked 0/0 bytes at offset 0\n" RATE
					"linked 4096/4096 bytes at offset 4096\n" RATE
					"deduped 4096/4096 bytes at offset 4096\n" RATE
					"0: [0..7]: hole\n1: [8..15]: shared|last\n"
					"6f053b7aa498b9359ef3d315cf829ad7  SCRATCH_MNT/file1\n"
					"6f053b7aa498b9359ef3d315cf829ad7  SCRATCH_MNT/file3\n"
					"block size 16384\n");
	ext_assert_str_eq (r->err->str, "");
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("script-fstests");
	TCase *lex = tcase_create ("lexer");
	TCase *cases = tcase_create ("cases");

	tcase_add_test (lex, arithmetic_is_shell_arithmetic);
	tcase_add_test (lex, functions_take_parameters_and_locals);
	tcase_add_test (lex, if_takes_the_branch_its_test_says);
	tcase_add_test (lex, loops_run_their_body_once_a_word);
	suite_add_tcase (s, lex);
	tcase_add_test (cases, a_case_prints_its_golden_output);
	tcase_add_test (cases, the_section_1_case_passes_only_where_fixed);
	tcase_add_test (cases, generic_546_survives_the_power_loss_only_where_fixed);
	tcase_add_test (cases, old_style_cases_start_as_they_are_written);
	tcase_add_test (cases, generic_546_with_the_old_head);
	tcase_add_test (cases, a_test_of_values_heads_an_and_or_list);
	tcase_add_test (cases, helpers_that_sync_or_do_nothing);
	tcase_add_test (cases, blocks_and_pages_modified_as_common_filter);
	tcase_add_test (cases, od_through_filter_od_as_common_filter);
	tcase_add_test (cases, cloner_clones_as_the_btrfs_ioctls);
	tcase_add_test (cases, o_sync_writes_survive_a_power_loss);
	tcase_add_test (cases, mkfs_options_reach_every_scratch_mkfs);
	tcase_add_test (cases, dmflakey_helpers_mount_and_lose_power);
	tcase_add_test (cases, a_new_filesystem_starts_the_power_loss_state_over);
	tcase_add_test (cases, filter_scratch_as_common_filter);
	tcase_add_test (cases, filters_chain_and_take_stderr_with_2_to_1);
	tcase_add_test (cases, the_environment_yields_to_variables_given);
	tcase_add_test (cases, fiemap_filters_as_common_punch);
	tcase_add_test (cases, xfs_io_helpers_as_common_rc_and_reflink);
	tcase_add_test (cases, fail_and_notrun_end_the_case);
	tcase_add_test (cases, md5_checksum_and_get_filesize_as_common_rc);
	tcase_add_test (cases, punch_alternating_punches_every_other_block);
	tcase_add_test (cases, hexdump_is_od_with_characters);
	suite_add_tcase (s, cases);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
