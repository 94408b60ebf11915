/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The extsim program, run as a user runs it: exit statuses, where the
 * verdict goes, --help, --json, and its output against real runs
 * (tests/script/real/: Linux 6.18, xfs_io 6.1.0, btrfs-progs 6.2).
 *
 * Against a real run only two things are normalised: the rate lines (the
 * model takes no time: xfs_io's rate line, the time and rate of dd's bytes
 * line) and fiemap's BLOCK-RANGE column (where the
 * allocator put each extent).  Everything else, to the byte: the order of
 * stdout and stderr through a pipe, error lines, md5sums, fiemap's file
 * offsets, lengths and flags.
 */
#include "ext-test.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* Runs extsim with @args (shell words) under /bin/sh, @merge adding 2>&1. */
static t_cli
cli (const char *args, gboolean merge)
{
	g_autofree char *cmd = g_strdup_printf ("exec '%s' %s%s", EXTSIM_BIN, args, merge ? " 2>&1" : "");
	const char *argv[] = { "/bin/sh", "-c", cmd, NULL };
	GError *err = NULL;
	t_cli c = { NULL, NULL, -1 };
	int wait_status = 0;

	ext_assert_true (g_spawn_sync (SCRIPT_DATA_DIR, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &c.out, &c.err,
				       &wait_status, &err));
	ext_assert_no_error (err);
	ext_assert_true (WIFEXITED (wait_status));
	c.status = WEXITSTATUS (wait_status);
	return c;
}

/* ---- exit statuses and streams -------------------------------------------------------------- */

START_TEST (section_1_verdicts)
{
	t_cli bad = cli ("run --policy unpatched " EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", FALSE);
	t_cli good = cli ("run --policy patched " EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", FALSE);
	t_cli dflt = cli ("run " EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", FALSE);

	ext_assert_int_eq (bad.status, 1);
	ext_assert_str_contains (bad.err, "fsync: No space left on device\n");
	ext_assert_str_contains (bad.err, "a94d1d0-reflink-enospc.sh:13:12: invariant 1 (reserved-or-nocow) violated "
					  "after 'reflink /mnt/scratch/file1 8k 0 4k'\n    The reflink at line 13");
	ext_assert_str_contains (bad.err, "a94d1d0-reflink-enospc.sh:13:44: fsync lost 4096 bytes");
	ext_assert_str_contains (bad.err, "/mnt/scratch/file1 [17821696, 17825792) was never written\n");
	ext_assert_str_contains (bad.err, "extsim: verdict: DATA LOST: 1 invariant violation, 4096 bytes lost\n");
	ext_assert_int_eq (good.status, 0);
	ext_assert_str_eq (good.err, "pwrite: No space left on device\n"); /* nothing of ours on a clean run */
	ext_assert_str_eq (good.out, bad.out);
	ext_assert_int_eq (dflt.status, 1); /* unpatched is the default */
	t_cli_clear (&bad);
	t_cli_clear (&good);
	t_cli_clear (&dflt);
}
END_TEST

/* --golden: the output against an fstests case's expected output, as
 * fstests' check compares them: a difference fails the run. */
START_TEST (golden_output_passes_or_fails_the_case)
{
	const char *const args = EXAMPLES_DIR "/fstests-a94d1d0.out " EXAMPLES_DIR "/fstests-a94d1d0";
	g_autofree char *fixed = g_strdup_printf ("run --policy patched --golden %s", args);
	g_autofree char *lost = g_strdup_printf ("run --policy unpatched --golden %s", args);
	g_autofree char *refused = g_strdup_printf ("run --policy always-reserve --golden %s", args);
	t_cli pass = cli (fixed, FALSE), loss = cli (lost, FALSE), fail = cli (refused, FALSE);
	t_cli missing = cli ("run --golden no-such.out " EXAMPLES_DIR "/fstests-a94d1d0", FALSE);
	g_autofree char *golden = NULL;

	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/fstests-a94d1d0.out", &golden, NULL, NULL));
	ext_assert_int_eq (pass.status, 0);
	ext_assert_str_eq (pass.out, golden);
	ext_assert_str_contains (pass.err, "fstests-a94d1d0.out: matches\n");
	/* the fsync's ENOSPC loses a page: the digest after the write differs */
	ext_assert_int_eq (loss.status, 1);
	ext_assert_str_contains (loss.err, "fstests-a94d1d0.out: differs at line 7:\n"
					   "    expected: 3284246634b13f3061e5b65078e30eac  SCRATCH_MNT/file1\n");
	ext_assert_str_contains (loss.err, "extsim: verdict: DATA LOST");
	/* a clean run whose output differs still fails: the write was refused */
	ext_assert_int_eq (fail.status, 1);
	ext_assert_str_contains (fail.err, "differs at line 2:\n"
					   "    expected: wrote 16777216/16777216 bytes at offset 1048576\n"
					   "    got:      linked 4096/4096 bytes at offset 0\n");
	ext_assert_int_eq (missing.status, 2);
	ext_assert_str_contains (missing.err, "extsim run: golden output: ");
	t_cli_clear (&pass);
	t_cli_clear (&loss);
	t_cli_clear (&fail);
	t_cli_clear (&missing);
}
END_TEST

START_TEST (check_prints_the_verdict_of_a_clean_run)
{
	t_cli c = cli ("run --check --policy patched " EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", FALSE);

	ext_assert_int_eq (c.status, 0);
	ext_assert_str_contains (c.err, "extsim: policy patched: ");
	ext_assert_str_contains (c.err, "extsim: verdict: clean: no invariant violated, no data lost\n");
	ext_assert_str_contains (c.err, " bytes flushed by the policy's preparation\n");
	t_cli_clear (&c);
}
END_TEST

START_TEST (bad_scripts_and_arguments_exit_2)
{
	static const struct {
		const char *args;
		const char *err;
	} cases[] = {
		{ "run real/no-such-script.sh", "real/no-such-script.sh" },
		{ "run --policy nosuch " EXAMPLES_DIR "/reflink-overwrite.sh", "unknown policy 'nosuch'" },
		{ "run", "give exactly one SCRIPT" },
		{ "run a b", "give exactly one SCRIPT" },
		{ "run --frobnicate x", "Unknown option --frobnicate" },
		{ "run --var 9=x " EXAMPLES_DIR "/reflink-overwrite.sh", "variable '9=x': expected NAME=VALUE" },
		{ "run --device-size 8Q " EXAMPLES_DIR "/reflink-overwrite.sh", "--device-size '8Q': expected a size" },
		{ "run --device-size 0 " EXAMPLES_DIR "/reflink-overwrite.sh", "--device-size '0': expected a size" },
		{ "frobnicate", "extsim: unknown command 'frobnicate'" },
		{ "", "Usage: extsim COMMAND" },
		{ "policies extra", "unexpected argument 'extra'" },
	};

	for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
		t_cli c = cli (cases[i].args, FALSE);

		ext_assert_int_eq (c.status, 2);
		ext_assert_str_contains (c.err, cases[i].err);
		t_cli_clear (&c);
	}
}
END_TEST

/* A script in a file of its own, named extsim-STEM-XXXXXX.sh in the
 * temporary directory (transfer full: the caller unlinks it). */
static char *
script_file (const char *stem, const char *text)
{
	g_autofree char *templ = g_strdup_printf ("extsim-%s-XXXXXX.sh", stem);
	char *path = g_build_filename (g_get_tmp_dir (), templ, NULL);
	int fd = g_mkstemp (path);

	ext_assert_true (fd >= 0);
	close (fd);
	ext_assert_true (g_file_set_contents (path, text, -1, NULL));
	return path;
}

/* --device-size is the device's size: mkfs.btrfs without -b formats all
 * of it, and with a -b larger than it fails as btrfs-progs 6.2 does there
 * (its line seen on a 1 GiB loop device, Linux 6.18), exit status 1. */
START_TEST (device_size_is_the_size_of_the_device)
{
	g_autofree char *path = script_file ("dev", "mkfs.btrfs -f -b 2G $dev\necho $?\n"
						   "mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
						   "dd if=/dev/zero of=$mnt/f bs=1M status=none\nstat -c %s $mnt/f\n");
	g_autofree char *args = g_strdup_printf ("run --device-size 1G %s", path);
	t_cli c = cli (args, FALSE);

	ext_assert_str_contains (c.err, "ERROR: /dev/loop0 is smaller than requested size, expected 2147483648, "
					"found 1073741824\n");
	/* a 1 GiB device holds the data space dd-cp.sh filled on Linux 6.18 */
	ext_assert_str_eq (c.out, "1\n948568064\n");
	t_cli_clear (&c);
	g_unlink (path);
}
END_TEST

START_TEST (a_bad_script_runs_nothing)
{
	g_autofree char *path = script_file ("bad", "mkfs.btrfs $dev\nmount $dev $mnt\necho ran\n"
						   "xfs_io -c \"pwrite 0 4x\" $mnt/f\n");
	g_autofree char *args = g_strdup_printf ("run %s", path);
	t_cli c = cli (args, FALSE);

	ext_assert_int_eq (c.status, 2);
	ext_assert_str_eq (c.out, ""); /* the echo before the bad line did not run */
	ext_assert_str_contains (c.err, ":4:21: pwrite: non-numeric length argument -- 4x\n");
	ext_assert_str_contains (c.err, path);
	t_cli_clear (&c);
	g_unlink (path);
}
END_TEST

/* JSON: a command an && or || passed over did not run, and has no status */
START_TEST (json_says_which_commands_a_list_passed_over)
{
	g_autofree char *path = script_file ("list", "mkfs.btrfs $dev\nmount $dev $mnt\nmd5sum $mnt/x && echo no || echo yes\n");
	g_autofree char *args = g_strdup_printf ("run --json %s", path);
	g_autoptr (JsonParser) parser = json_parser_new ();
	JsonArray *commands;
	t_cli c = cli (args, FALSE);

	ext_assert_int_eq (c.status, 0);
	ext_assert_true (json_parser_load_from_data (parser, c.out, -1, NULL));
	commands = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "commands");
	ext_assert_int_eq (json_array_get_length (commands), 5);
	ext_assert_int_eq (json_object_get_int_member (json_array_get_object_element (commands, 2), "exit_status"), 1);
	ext_assert_false (json_object_get_boolean_member (json_array_get_object_element (commands, 3), "ran"));
	ext_assert_true (json_object_get_boolean_member (json_array_get_object_element (commands, 4), "ran"));
	t_cli_clear (&c);
	g_unlink (path);
}
END_TEST

START_TEST (stdin_is_a_script_too)
{
	t_cli c = cli ("run --policy patched - < " EXAMPLES_DIR "/reflink-overwrite.sh", FALSE);

	ext_assert_int_eq (c.status, 0);
	ext_assert_str_contains (c.out, "linked 1048576/1048576 bytes at offset 0\n");
	t_cli_clear (&c);
}
END_TEST

START_TEST (help_version_and_policies)
{
	t_cli help = cli ("--help", FALSE);
	t_cli run_help = cli ("run --help", FALSE);
	t_cli version = cli ("--version", FALSE);
	t_cli policies = cli ("policies", FALSE);
	const extsim_policy *const *p = extsim_policy_presets ();

	ext_assert_int_eq (help.status, 0);
	ext_assert_str_contains (help.out, "  run ");
	ext_assert_str_contains (help.out, "  policies ");
	ext_assert_int_eq (run_help.status, 0);
	ext_assert_str_contains (run_help.out, "--policy=NAME");
	ext_assert_str_contains (run_help.out, "--trace");
	ext_assert_str_contains (run_help.out, "--json");
	ext_assert_str_contains (run_help.out, "--check");
	ext_assert_str_contains (run_help.out, "Exit status: 0 clean, 1 an invariant was violated, data was lost or the output\ndiffers from --golden's");
	ext_assert_str_eq (version.out, "extsim " EXTSIM_VERSION "\n");
	for (; *p; p++)
		ext_assert_str_contains (policies.out, (*p)->name);
	t_cli_clear (&help);
	t_cli_clear (&run_help);
	t_cli_clear (&version);
	t_cli_clear (&policies);
}
END_TEST

START_TEST (trace_explains_every_decision)
{
	t_cli c = cli ("run --trace " EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", FALSE);

	ext_assert_int_eq (c.status, 1);
	ext_assert_str_contains (c.out, "---- line 10: pwrite 1m 16m  [step 5]\n"
					"  out: wrote 16777216/16777216 bytes at offset 1048576\n");
	ext_assert_str_contains (c.out, "  reserve-failed   /mnt/scratch/file1 [1048576, 1052672)\n"
					"      why: used + reserved + pinned + may_use would exceed the data space\n");
	ext_assert_str_contains (c.out, "  nocow            /mnt/scratch/file1 [1048576, 17821696) extent ");
	ext_assert_str_contains (c.out, "  space_info: total 451936256  used 451936256  reserved 0  pinned 0  may_use 0");
	ext_assert_str_contains (c.out, "      dirty  [17821696, 17825792) NORESERVE  fill 0xcd\n");
	ext_assert_str_contains (c.out, "refs 4  SHARED\n");
	ext_assert_str_contains (c.out, "  err: fsync: No space left on device\n"
					"  writeback-enospc /mnt/scratch/file1 [17821696, 17825792)\n"
					"      why: the allocator found no free space\n");
	t_cli_clear (&c);
}
END_TEST

static JsonObject *
member_object (JsonObject *o, const char *name)
{
	ext_assert_true (json_object_has_member (o, name));
	return json_object_get_object_member (o, name);
}

START_TEST (json_describes_the_whole_run)
{
	t_cli c = cli ("run --json " EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", FALSE);
	g_autoptr (JsonParser) parser = json_parser_new ();
	GError *err = NULL;
	JsonObject *root, *verdict, *v, *fsync;
	JsonArray *commands;

	ext_assert_int_eq (c.status, 1);
	ext_assert_true (json_parser_load_from_data (parser, c.out, -1, &err));
	ext_assert_no_error (err);
	root = json_node_get_object (json_parser_get_root (parser));
	ext_assert_str_eq (json_object_get_string_member (root, "format"), "extsim-run");
	ext_assert_int_eq (json_object_get_int_member (root, "format_version"), 1);
	ext_assert_str_eq (json_object_get_string_member (member_object (root, "policy"), "name"), "unpatched");
	verdict = member_object (root, "verdict");
	ext_assert_int_eq (json_object_get_int_member (verdict, "exit_status"), 1);
	ext_assert_false (json_object_get_boolean_member (verdict, "clean"));
	ext_assert_int_eq (json_object_get_int_member (verdict, "lost_bytes"), 4096);
	v = json_array_get_object_element (json_object_get_array_member (root, "violations"), 0);
	ext_assert_str_eq (json_object_get_string_member (v, "invariant_name"), "reserved-or-nocow");
	ext_assert_int_eq (json_object_get_int_member (v, "line"), 13);
	ext_assert_str_contains (json_object_get_string_member (v, "explanation"), "whole 64 MiB extent");
	commands = json_object_get_array_member (root, "commands");
	ext_assert_int_eq (json_array_get_length (commands), 7);
	fsync = json_array_get_object_element (
		json_object_get_array_member (json_array_get_object_element (commands, 5), "operations"), 2);
	ext_assert_str_eq (json_object_get_string_member (fsync, "operation"), "fsync");
	ext_assert_str_eq (json_object_get_string_member (member_object (fsync, "error"), "errno_name"), "ENOSPC");
	ext_assert_str_eq (json_object_get_string_member (
				   json_array_get_object_element (json_object_get_array_member (fsync, "decisions"), 0),
				   "reason"),
			   "no-free-space");
	ext_assert_int_eq (json_object_get_int_member (member_object (fsync, "space_info"), "total"), 451936256);
	ext_assert_int_eq (json_array_get_length (json_object_get_array_member (root, "losses")), 1);
	ext_assert_int_eq (json_array_get_length (json_object_get_array_member (root, "files")), 2);
	ext_assert_str_eq (c.err, ""); /* nothing but the document */
	t_cli_clear (&c);
}
END_TEST

/* mkfs.btrfs refusing a device is the tool's failure, not the script's: the
 * run goes on, clean (the corpus workload recorded on Linux 6.18). */
START_TEST (a_refused_mkfs_is_a_clean_run)
{
	t_cli c = cli ("run ../conformance/corpus/divergence-mkfs-too-small.sh", FALSE);
	t_cli j = cli ("run --json ../conformance/corpus/divergence-mkfs-too-small.sh", FALSE);
	g_autoptr (JsonParser) parser = json_parser_new ();
	GError *err = NULL;
	JsonArray *commands;

	ext_assert_int_eq (c.status, 0);
	ext_assert_str_eq (c.out, "");
	ext_assert_str_eq (c.err, "ERROR: size 104857600 is too small to make a usable filesystem\n"
				  "ERROR: minimum size for btrfs filesystem is 114294784\n"
				  "mount: /mnt/scratch: wrong fs type, bad option, bad superblock on /dev/loop0, missing "
				  "codepage or helper program, or other error.\n"
				  "       dmesg(1) may have more information after failed mount system call.\n"
				  "/mnt/scratch/f: Operation not permitted\n");
	ext_assert_int_eq (j.status, 0);
	ext_assert_true (json_parser_load_from_data (parser, j.out, -1, &err));
	ext_assert_no_error (err);
	commands = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "commands");
	{
		static const struct {
			int exit_status;
			const char *errno_name;
		} want[] = { { 1, NULL }, { 32, "EINVAL" }, { 1, "EPERM" } };

		ext_assert_int_eq (json_array_get_length (commands), G_N_ELEMENTS (want));
		for (guint i = 0; i < G_N_ELEMENTS (want); i++) {
			JsonObject *cmd = json_array_get_object_element (commands, i);
			JsonObject *op = json_array_get_object_element (json_object_get_array_member (cmd, "operations"), 0);
			JsonObject *e = member_object (op, "error");

			ext_assert_int_eq (json_object_get_int_member (cmd, "exit_status"), want[i].exit_status);
			if (want[i].errno_name)
				ext_assert_str_eq (json_object_get_string_member (e, "errno_name"), want[i].errno_name);
			else
				ext_assert_int_eq (json_object_get_int_member (e, "errno"), 0); /* btrfs-progs' own check */
		}
	}
	t_cli_clear (&c);
	t_cli_clear (&j);
}
END_TEST

START_TEST (json_of_a_bad_script)
{
	t_cli c = cli ("run --json real/README.md", FALSE);
	g_autoptr (JsonParser) parser = json_parser_new ();
	GError *err = NULL;
	JsonObject *root;

	ext_assert_int_eq (c.status, 2);
	ext_assert_true (json_parser_load_from_data (parser, c.out, -1, &err));
	ext_assert_no_error (err);
	root = json_node_get_object (json_parser_get_root (parser));
	ext_assert_str_contains (json_object_get_string_member (member_object (root, "error"), "message"),
				 "real/README.md:3:6: command substitution");
	t_cli_clear (&c);
}
END_TEST

/* ---- against real runs ----------------------------------------------------------------------- */

/* "  0: [0..7]:  124928..124935  8 0x2800" -> "0: [0..7]: BLOCKS 8 0x2800";
 * "16 MiB, 4096 ops; 0:00:03.88 (...)" -> "16 MiB, 4096 RATE";
 * "4096 bytes (4.1 kB, 4.0 KiB) copied, 3.1e-05 s, 133 MB/s" -> "4096 bytes (4.1 kB, 4.0 KiB) copied RATE" */
static char *
normalize_line (const char *line)
{
	g_auto (GStrv) f = NULL;
	GPtrArray *keep;
	gboolean fiemap = FALSE;
	char *out;

	if (strstr (line, " ops; ") && g_str_has_suffix (line, " ops/sec)"))
		return g_strdup_printf ("%.*s RATE", (int) (strstr (line, " ops; ") - line), line);
	if (g_ascii_isdigit (line[0]) && strstr (line, ",0:00:")) /* pwrite -C: bytes,ops,time,rates */
		return g_strdup_printf ("%.*s RATE", (int) (strstr (line, ",0:00:") - line), line);
	/* dd: "16384 bytes (16 kB, 16 KiB) copied, 5.3948e-05 s, 304 MB/s" */
	if (g_ascii_isdigit (line[0]) && strstr (line, " copied, ") && g_str_has_suffix (line, "B/s"))
		return g_strdup_printf ("%.*s RATE", (int) (strstr (line, " copied, ") - line + 7), line);
	f = g_strsplit_set (line, " \t", -1);
	keep = g_ptr_array_new ();
	for (guint i = 0; f[i]; i++) {
		if (!*f[i])
			continue;
		if (keep->len == 1 && f[i][0] == '[' && g_str_has_suffix (keep->pdata[0], ":"))
			fiemap = TRUE;
		/* the block range is the third field of an extent line */
		if (fiemap && keep->len == 2 && !g_str_equal (f[i], "hole")) {
			g_ptr_array_add (keep, (gpointer) "BLOCKS");
			continue;
		}
		g_ptr_array_add (keep, f[i]);
	}
	g_ptr_array_add (keep, NULL);
	out = g_strjoinv (" ", (char **) keep->pdata);
	g_ptr_array_unref (keep);
	return out;
}

static char *
normalize (const char *text)
{
	g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
	GString *out = g_string_new (NULL);

	for (guint i = 0; lines[i]; i++) {
		g_autofree char *n = normalize_line (lines[i]);

		g_string_append_printf (out, "%s\n", n);
	}
	return g_string_free (out, FALSE);
}

static const char *const real_runs[][2] = {
	{ "real/a94d1d0-on-linux-6.sh", "real/a94d1d0-on-linux-6.out" },
	{ "real/formats.sh", "real/formats.out" },
	{ "real/edge-cases.sh", "real/edge-cases.out" },
	{ "real/directories.sh", "real/directories.out" },
	{ "real/coreutils.sh", "real/coreutils.out" },
	{ "real/dd-cp.sh", "real/dd-cp.out" },
	{ "real/filefrag.sh", "real/filefrag.out" },
	{ "real/cmp.sh", "real/cmp.out" },
	{ "real/sync.sh", "real/sync.out" },
	{ "real/subst.sh", "real/subst.out" },
	{ "real/od.sh", "real/od.out" },
	{ "real/mkdir.sh", "real/mkdir.out" },
	{ "real/snapdirs.sh", "real/snapdirs.out" },
	{ "real/stat.sh", "real/stat.out" },
	{ "real/du.sh", "real/du.out" },
	{ "real/ls.sh", "real/ls.out" },
	{ "real/truncate-same-size.sh", "real/truncate-same-size.out" },
	{ "real/sync-range-index.sh", "real/sync-range-index.out" },
	{ "real/truncate-writeback-index.sh", "real/truncate-writeback-index.out" },
	{ "real/drop-caches.sh", "real/drop-caches.out" },
	{ "real/cat.sh", "real/cat.out" },
	{ "real/rmdir.sh", "real/rmdir.out" },
	{ "real/rmdir-p.sh", "real/rmdir-p.out" },
	{ "real/rm-r.sh", "real/rm-r.out" },
	{ "real/rm-d.sh", "real/rm-d.out" },
	{ "real/mv.sh", "real/mv.out" },
	{ "real/ln.sh", "real/ln.out" },
	{ "real/while.sh", "real/while.out" },
	{ "real/loops.sh", "real/loops.out" },
	{ "real/arith-for.sh", "real/arith-for.out" },
	{ "real/status.sh", "real/status.out" },
	{ "real/power-loss.sh", "real/power-loss.out" },
	{ "real/power-loss-names.sh", "real/power-loss-names.out" },
	{ "real/power-loss-rename.sh", "real/power-loss-rename.out" },
	{ "real/power-loss-dir-fsync.sh", "real/power-loss-dir-fsync.out" },
	{ "real/power-loss-links.sh", "real/power-loss-links.out" },
	{ "real/generic-546.sh", "real/generic-546.out" },
	{ "real/direct-io.sh", "real/direct-io.out" },
	{ "real/dd-direct.sh", "real/dd-direct.out" },
	{ "real/direct-io-edges.sh", "real/direct-io-edges.out" },
	{ "real/dd-direct-runs.sh", "real/dd-direct-runs.out" },
	{ "real/punch-dirty.sh", "real/punch-dirty.out" },
	{ "real/count-extents.sh", "real/count-extents.out" },
	{ "real/pwrite-dsync.sh", "real/pwrite-dsync.out" },
	{ "real/filefrag-in-flight.sh", "real/filefrag-in-flight.out" },
	{ EXAMPLES_DIR "/btrfs-170-snapshot.sh", "real/btrfs-170-snapshot.out" },
	{ EXAMPLES_DIR "/reflink-overwrite.sh", "real/reflink-overwrite.out" },
};

START_TEST (output_matches_real_runs)
{
	g_autofree char *args = g_strdup_printf ("run --policy patched %s", real_runs[_i][0]);
	g_autofree char *real_path = g_build_filename (SCRIPT_DATA_DIR, real_runs[_i][1], NULL);
	g_autofree char *real = NULL;
	g_autofree char *want = NULL;
	g_autofree char *got = NULL;
	t_cli c = cli (args, TRUE);

	g_auto (GStrv) want_lines = NULL;
	g_auto (GStrv) got_lines = NULL;

	ext_assert_true (g_file_get_contents (real_path, &real, NULL, NULL));
	ext_assert_int_eq (c.status, 0);
	want = normalize (real);
	got = normalize (c.out);
	want_lines = g_strsplit (want, "\n", -1);
	got_lines = g_strsplit (got, "\n", -1);
	/* line by line, so a difference names its line */
	for (guint i = 0; want_lines[i] || got_lines[i]; i++) {
		g_autofree char *w = g_strdup_printf ("line %u: %s", i + 1, want_lines[i] ? want_lines[i] : "(end)");
		g_autofree char *g = g_strdup_printf ("line %u: %s", i + 1, got_lines[i] ? got_lines[i] : "(end)");

		ext_assert_str_eq (g, w);
		if (!want_lines[i] || !got_lines[i])
			break;
	}
	t_cli_clear (&c);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("script-cli");
	TCase *tc = tcase_create ("cli");
	TCase *real = tcase_create ("real-runs");

	tcase_add_test (tc, section_1_verdicts);
	tcase_add_test (tc, golden_output_passes_or_fails_the_case);
	tcase_add_test (tc, check_prints_the_verdict_of_a_clean_run);
	tcase_add_test (tc, bad_scripts_and_arguments_exit_2);
	tcase_add_test (tc, a_bad_script_runs_nothing);
	tcase_add_test (tc, device_size_is_the_size_of_the_device);
	tcase_add_test (tc, stdin_is_a_script_too);
	tcase_add_test (tc, json_says_which_commands_a_list_passed_over);
	tcase_add_test (tc, help_version_and_policies);
	tcase_add_test (tc, trace_explains_every_decision);
	tcase_add_test (tc, json_describes_the_whole_run);
	tcase_add_test (tc, a_refused_mkfs_is_a_clean_run);
	tcase_add_test (tc, json_of_a_bad_script);
	suite_add_tcase (s, tc);
	tcase_add_loop_test (real, output_matches_real_runs, 0, G_N_ELEMENTS (real_runs));
	suite_add_tcase (s, real);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
