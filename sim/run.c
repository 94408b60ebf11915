/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim run: parse a reproducer, run it against the model, print what the
 * real tools would print, then the verdict.
 *
 *   1. parse the whole script (extsim_script_parse_file): a bad script is
 *      reported as FILE:LINE:COLUMN: message, exit 2, and nothing runs;
 *   2. run it (extsim_script_run) with the invariant checker after every
 *      step; the tools' output goes to our stdout and stderr as it comes;
 *   3. say what went wrong, by script line: each invariant violation with
 *      a paragraph that explains it, each byte of dirty data a writeback
 *      dropped; exit 1 if anything did, 0 if the run was clean.
 *
 * Streams: stdout carries only what the simulated tools print, so it can be
 * diffed against a real run; the verdict goes to stderr.  --trace replaces
 * stdout with one block per operation (what the tool printed, the model's
 * decisions and why, its state after); --json replaces it with one JSON
 * document.
 */
#include "extsim.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	char *policy;
	gboolean check;
	gboolean trace;
	gboolean json;
	gboolean unbuffered;
	char *golden;
	char **vars;
	char *device_size;
	char **args;
} run_options;

typedef struct {
	gboolean print;  /* to our stdout and stderr (not with --json or --trace) */
	GString *stdout; /* for --golden: what went to stdout */
} output_sink;

/* The tools' output, as it comes: stdout to stdout, stderr to stderr. */
static void
on_output (extsim_script_stream stream, const char *text, gsize len, gpointer user_data)
{
	output_sink *sink = user_data;
	FILE *f = stream == EXTSIM_SCRIPT_TO_STDERR ? stderr : stdout;

	if (sink->stdout && stream == EXTSIM_SCRIPT_TO_STDOUT)
		g_string_append_len (sink->stdout, text, (gssize) len);
	if (!sink->print)
		return;
	fwrite (text, 1, len, f);
	fflush (f);
}

/* The lines of @text without their newlines; a newline that ends the
 * text starts no line of its own. */
static char **
lines_of (const char *text)
{
	char **lines = g_strsplit (text, "\n", -1);
	guint n = g_strv_length (lines);

	if (n > 1 && !*lines[n - 1]) {
		g_free (lines[n - 1]);
		lines[n - 1] = NULL;
	}
	return lines;
}

/*
 * --golden FILE: the script's stdout against an expected output, as
 * fstests' check compares a case's output with its NNN.out.  On stderr:
 * whether it matches, else the first line that differs.  FALSE when it
 * differs (the case fails).
 */
static gboolean
compare_golden (const char *file, const char *got, GError **error, gboolean *ok)
{
	g_autofree char *want = NULL;
	g_auto (GStrv) a = NULL, b = NULL;
	guint line = 1;

	if (!g_file_get_contents (file, &want, NULL, error))
		return FALSE;
	*ok = g_str_equal (want, got);
	if (*ok) {
		fprintf (stderr, "extsim: golden output %s: matches\n", file);
		return TRUE;
	}
	a = lines_of (want);
	b = lines_of (got);
	while (a[line - 1] && b[line - 1] && g_str_equal (a[line - 1], b[line - 1]))
		line++;
	fprintf (stderr, "extsim: golden output %s: differs at line %u:\n", file, line);
	fprintf (stderr, "    expected: %s\n", a[line - 1] ? a[line - 1] : "(end of the file)");
	fprintf (stderr, "    got:      %s\n", b[line - 1] ? b[line - 1] : "(end of the output)");
	return TRUE;
}

static void
on_record (const extsim_script_result *result, const extsim_script_record *record, gpointer user_data)
{
	(void) user_data;
	trace_record (result, record);
}

/* Prints @text as a paragraph indented by @indent, lines of at most 78. */
static void
print_paragraph (FILE *f, const char *text, int indent)
{
	g_auto (GStrv) words = g_strsplit (text, " ", -1);
	int col = 0;

	for (guint i = 0; words[i]; i++) {
		int n = (int) strlen (words[i]);

		if (!n)
			continue;
		if (col && col + 1 + n > 78) {
			fputc ('\n', f);
			col = 0;
		}
		if (!col)
			col = fprintf (f, "%*s%s", indent, "", words[i]);
		else
			col += fprintf (f, " %s", words[i]);
	}
	if (col)
		fputc ('\n', f);
}

static void
print_losses (const extsim_script_result *res, const extsim_script_record *rec)
{
	const char *file = extsim_script_get_filename (extsim_script_result_get_script (res));
	const extsim_script_op *op = rec->op;

	fprintf (stderr, "%s:%u:%u: %s lost %" G_GUINT64_FORMAT " bytes: writeback found no space for dirty data and dropped it:\n",
		 file, op->line, op->column, extsim_script_op_kind_to_str (op->kind), rec->lost_bytes);
	for (guint i = 0; i < extsim_script_result_get_n_losses (res); i++) {
		const extsim_script_loss *l = extsim_script_result_get_loss (res, i);

		if (l->record == rec->index)
			fprintf (stderr, "    %s [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ") was never written\n",
				 l->path, l->offset, l->offset + l->length);
	}
}

static void
print_statistics (const extsim_script_result *res)
{
	extsim_stats st;

	extsim_script_result_get_stats (res, &st);
	fprintf (stderr,
		 "extsim: %" G_GUINT64_FORMAT " steps, %" G_GUINT64_FORMAT " commits, %" G_GUINT64_FORMAT
		 " failed reservations, %" G_GUINT64_FORMAT " bytes admitted without reservation,\n"
		 "extsim: %" G_GUINT64_FORMAT " bytes written in place (NOCOW), %" G_GUINT64_FORMAT
		 " bytes copied (COW), %" G_GUINT64_FORMAT " bytes flushed by the policy's preparation\n",
		 st.steps, st.commits, st.reservation_failures, st.noreserve_admissions, st.nocow_bytes, st.cow_bytes,
		 st.remap_prep_flush_bytes + st.snapshot_prep_flush_bytes);
}

/* The verdict, on stderr: what broke, at which line, and why. */
static void
print_verdict (const extsim_script_result *res, gboolean always)
{
	const extsim_script *script = extsim_script_result_get_script (res);
	const char *file = extsim_script_get_filename (script);
	const extsim_policy *policy = extsim_script_result_get_policy (res);
	guint n_violations = extsim_script_result_get_n_violations (res);
	guint64 lost = extsim_script_result_get_lost_bytes (res);
	guint ran = extsim_script_result_get_n_commands_run (res);

	if (extsim_script_result_is_clean (res) && !always)
		return;
	fprintf (stderr, "extsim: policy %s: %s\n", policy->name, policy->summary);
	for (guint i = 0; i < extsim_script_result_get_n_records (res); i++) {
		const extsim_script_record *rec = extsim_script_result_get_record (res, i);

		for (guint k = 0; k < n_violations; k++) {
			const extsim_script_violation *v = extsim_script_result_get_violation (res, k);

			if (v->record != rec->index)
				continue;
			fprintf (stderr, "%s:%u:%u: invariant %d (%s) violated after '%s'\n", file, rec->op->line,
				 rec->op->column, v->violation->invariant,
				 extsim_invariant_to_str (v->violation->invariant), rec->op->text);
			print_paragraph (stderr, v->explanation, 4);
		}
		if (rec->lost_bytes)
			print_losses (res, rec);
	}
	if (ran < extsim_script_get_n_commands (script)) {
		const extsim_script_command *cmd = extsim_script_get_command (script, ran - 1);
		const extsim_script_op *last = cmd->n_ops ? extsim_script_get_op (script, cmd->first_op + cmd->n_ops - 1) : NULL;

		if (last && last->kind == EXTSIM_SCRIPT_OP_EXIT)
			fprintf (stderr, "%s:%u:%u: '%s' ends the script here (status %d)\n", file, cmd->line, cmd->column,
				 cmd->name, extsim_script_result_get_exit_status (res, ran - 1));
		else
			fprintf (stderr, "%s:%u:%u: set -e: '%s' exited with status %d, the script stops here\n", file,
				 cmd->line, cmd->column, cmd->name, extsim_script_result_get_exit_status (res, ran - 1));
	}
	if (extsim_script_result_is_clean (res))
		fprintf (stderr, "extsim: verdict: clean: no invariant violated, no data lost\n");
	else
		fprintf (stderr, "extsim: verdict: %s: %u invariant violation%s, %" G_GUINT64_FORMAT " bytes lost\n",
			 lost ? "DATA LOST" : "INVARIANT VIOLATED", n_violations, n_violations == 1 ? "" : "s", lost);
	if (always)
		print_statistics (res);
}

static gboolean
parse_options (int argc, char **argv, run_options *o, GError **error)
{
	const GOptionEntry entries[] = {
		{ "policy", 'p', 0, G_OPTION_ARG_STRING, &o->policy,
		  "Kernel behaviour to simulate (default: unpatched; see 'extsim policies')", "NAME" },
		{ "check", 'c', 0, G_OPTION_ARG_NONE, &o->check,
		  "Always print the verdict and the statistics, even for a clean run", NULL },
		{ "trace", 't', 0, G_OPTION_ARG_NONE, &o->trace,
		  "After each operation print its decisions and why, the space_info counters, every file's "
		  "extents and dirty ranges", NULL },
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &o->json,
		  "Write the whole run as one JSON document on stdout instead of the tools' output", NULL },
		{ "var", 'D', 0, G_OPTION_ARG_STRING_ARRAY, &o->vars,
		  "Set a script variable before the first line (default dev=" EXTSIM_SCRIPT_DEFAULT_DEV
		  ", mnt=" EXTSIM_SCRIPT_DEFAULT_MNT ")", "NAME=VALUE" },
		{ "device-size", 's', 0, G_OPTION_ARG_STRING, &o->device_size,
		  "The size of the device a mkfs.btrfs without -b formats (default 256M, 10G in an fstests case)",
		  "SIZE" },
		{ "golden", 'g', 0, G_OPTION_ARG_FILENAME, &o->golden,
		  "Compare the script's stdout with FILE, as fstests compares a case's output with its "
		  "NNN.out; a difference fails the run (exit status 1)",
		  "FILE" },
		{ "unbuffered", 'u', 0, G_OPTION_ARG_NONE, &o->unbuffered,
		  "Print the tools' stdout and stderr in the order they happen, as on a terminal "
		  "(default when stdout is a terminal or with --trace)", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->args, NULL, "SCRIPT|-" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	g_autoptr (GOptionContext) ctx = g_option_context_new (NULL);

	g_set_prgname ("extsim run");
	g_option_context_set_summary (ctx, "Runs a btrfs reproducer against the model and says which ordering loses "
					   "data, and why.");
	g_option_context_add_main_entries (ctx, entries, NULL);
	g_option_context_set_description (
		ctx, "SCRIPT is a shell script in the dialect of patch mails and fstests: mkfs.btrfs, mount,\n"
		     "umount, sync, touch, rm, chattr +C, md5sum, btrfs subvolume create|snapshot,\n"
		     "truncate -s, fallocate [-n|-p|-z], dd if=/dev/zero|/dev/urandom|FILE,\n"
		     "cp [--reflink[=always|auto]] (a clone, or the copy cp makes when it fails),\n"
		     "filefrag [-sve], cmp [-s] and\n"
		     "xfs_io [-f] [-s] [-d] -c \"pwrite|pread|falloc|fpunch|fzero|truncate|fsync|fdatasync|reflink|\n"
		     "dedupe|fiemap ...\". The whole script is parsed before anything runs. A tool that\n"
		     "fails when it runs (ENOSPC, mkfs.btrfs of a device under 109 MiB ...) prints what the\n"
		     "real one prints and the script goes on, as in a shell (unless set -e). Functions,\n"
		     "if [ ... ] and for NAME in WORD ... (with $(seq ...)) are read as the script is\n"
		     "parsed. An fstests case (one that sources ./common/preamble) runs as written: its\n"
		     "helpers and common/filter's filters; --golden NNN.out checks its output.\n\n"
		     "stdout carries what the real tools would print (the rate lines read '0.0000 sec',\n"
		     "dd's '0 s, Infinity B/s': the model takes no time); the verdict goes to stderr.\n\n"
		     "Exit status: 0 clean, 1 an invariant was violated, data was lost or the output\n"
		     "differs from --golden's, 2 the script could not be run (parse error, unknown\n"
		     "command, bad option, a golden output that cannot be read).\n");
	if (!g_option_context_parse (ctx, &argc, &argv, error))
		return FALSE;
	if (!o->args || !o->args[0] || o->args[1]) {
		g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "give exactly one SCRIPT (or - for stdin)");
		return FALSE;
	}
	return TRUE;
}

static void
run_options_clear (run_options *o)
{
	g_free (o->policy);
	g_free (o->golden);
	g_free (o->device_size);
	g_strfreev (o->vars);
	g_strfreev (o->args);
}

int
cmd_run (int argc, char **argv)
{
	run_options o = { 0 };
	extsim_script_parse_options po = EXTSIM_SCRIPT_PARSE_OPTIONS_INIT;
	extsim_script_run_options ro = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	g_autoptr (extsim_script) script = NULL;
	g_autoptr (extsim_script_result) result = NULL;
	g_autoptr (GError) error = NULL;
	g_autoptr (GString) got = g_string_new (NULL);
	output_sink sink = { TRUE, NULL };
	gboolean matches = TRUE;
	int status = EXIT_CANNOT;

	if (!parse_options (argc, argv, &o, &error)) {
		fprintf (stderr, "extsim run: %s\n", error->message);
		goto out;
	}
	ro.policy = extsim_policy_lookup (o.policy ? o.policy : "unpatched");
	if (!ro.policy) {
		fprintf (stderr, "extsim run: unknown policy '%s' ('extsim policies' lists them)\n", o.policy);
		goto out;
	}
	po.variables = (const char *const *) o.vars;
	if (o.device_size && (!extsim_script_parse_size (o.device_size, &po.device_size) || !po.device_size)) {
		fprintf (stderr, "extsim run: --device-size '%s': expected a size such as 8G or 300M\n", o.device_size);
		goto out;
	}
	script = extsim_script_parse_file (o.args[0], &po, &error);
	if (!script) {
		if (o.json)
			json_write_error (o.args[0], error);
		fprintf (stderr, "%s\n", error->message);
		goto out;
	}
	ro.check_every_step = TRUE;
	ro.record_events = o.trace || o.json;
	ro.stdout_buffer = o.unbuffered || o.trace || isatty (STDOUT_FILENO) ? 0 : EXTSIM_SCRIPT_PIPE_BUFFER;
	/* --trace shows the output in each block, --json in its document */
	sink.print = !o.json && !o.trace;
	sink.stdout = o.golden ? got : NULL;
	ro.output = sink.print || o.golden ? on_output : NULL;
	ro.output_data = &sink;
	ro.after_record = o.trace && !o.json ? on_record : NULL;
	if (!extsim_script_run (script, &ro, &result, &error)) {
		fprintf (stderr, "%s\n", error->message);
		if (o.json)
			json_write_run (result, EXIT_CANNOT);
		goto out;
	}
	if (o.golden && !compare_golden (o.golden, got->str, &error, &matches)) {
		fprintf (stderr, "extsim run: golden output: %s\n", error->message);
		goto out;
	}
	status = extsim_script_result_is_clean (result) && matches ? EXIT_CLEAN : EXIT_LOSS;
	if (o.json)
		json_write_run (result, status);
	else
		print_verdict (result, o.check);
out:
	run_options_clear (&o);
	return status;
}
