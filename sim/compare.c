/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim compare: every policy over the same workloads, one row each:
 * what it breaks (invariant violations, bytes lost, ENOSPC at write and
 * at writeback) against what its fix costs (bytes the remap and snapshot
 * preparation flush synchronously) and the simulated I/O in all.
 *
 *   1. workloads: the scripts and directories given, or by default the
 *      shipped examples (--examples DIR; else $EXTSIM_EXAMPLES_DIR; else
 *      the examples/ directory of the source tree, found from the
 *      program's own path, else the one the build recorded in
 *      EXTSIM_EXAMPLES_DIR) and --fuzz N runs of the
 *      fuzz campaign --seed S (default 100 runs of seed 1)
 *   2. extsim_compare_run (): each workload under each policy, --jobs
 *      threads; the sums do not depend on them
 *   3. an aligned table, or --csv, or --json; --svg FILE draws each policy
 *      as a point: x the cost of its fix, y the harm done
 */
#include "extsim.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#define COMPARE_FORMAT "extsim-compare"
#define COMPARE_FORMAT_VERSION 1
#define DEFAULT_FUZZ_RUNS 100
#define DEFAULT_FUZZ_SEED 1

typedef struct {
	char *policies;
	char *examples;
	int fuzz;
	char *seed;
	int ops;
	int jobs;
	gboolean csv;
	gboolean json;
	char *svg;
	char **args;
} compare_cli;

static guint64
prep_bytes (const extsim_compare_row *r)
{
	return r->remap_prep_flush_bytes + r->snapshot_prep_flush_bytes;
}

/* ---- the workloads ------------------------------------------------------------- */

static gboolean
has_examples (const char *dir)
{
	g_autofree char *probe = g_build_filename (dir, "a94d1d0-reflink-enospc.sh", NULL);

	return g_file_test (probe, G_FILE_TEST_EXISTS);
}

/* the source tree's examples/: beside the program (BUILD/sim/extsim), or
 * where the build said the source tree was */
static char *
find_examples (void)
{
	g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
	g_autofree char *dir = exe ? g_path_get_dirname (exe) : NULL;
	const char *const rel[] = { "../../examples", "../examples", "../share/libextsim/examples" };
	const char *env = g_getenv ("EXTSIM_EXAMPLES_DIR");

	if (env)
		return g_strdup (env);
	for (guint i = 0; dir && i < G_N_ELEMENTS (rel); i++) {
		g_autofree char *path = g_build_filename (dir, rel[i], NULL);

		if (has_examples (path))
			return g_canonicalize_filename (path, NULL);
	}
#ifdef EXTSIM_EXAMPLES_DIR
	if (has_examples (EXTSIM_EXAMPLES_DIR))
		return g_strdup (EXTSIM_EXAMPLES_DIR);
#endif
	return NULL;
}

static gboolean
add_arg (extsim_compare *c, const char *arg, GError **error)
{
	if (g_file_test (arg, G_FILE_TEST_IS_DIR))
		return extsim_compare_add_dir (c, arg, error) >= 0;
	return extsim_compare_add_file (c, arg, error);
}

static gboolean
add_workloads (extsim_compare *c, const compare_cli *cli, const extsim_fuzz_options *fo)
{
	g_autoptr (GError) err = NULL;
	gboolean defaults = !cli->args || !cli->args[0];
	int fuzz = cli->fuzz >= 0 ? cli->fuzz : defaults ? DEFAULT_FUZZ_RUNS : 0;

	for (guint i = 0; !defaults && cli->args[i]; i++) {
		if (!add_arg (c, cli->args[i], &err)) {
			fprintf (stderr, "extsim compare: %s\n", err->message);
			return FALSE;
		}
	}
	if (defaults || cli->examples) {
		g_autofree char *dir = cli->examples ? g_strdup (cli->examples) : find_examples ();

		if (!dir)
			fprintf (stderr, "extsim compare: no examples directory found (use --examples DIR)\n");
		else if (extsim_compare_add_dir (c, dir, &err) < 0) {
			fprintf (stderr, "extsim compare: %s\n", err->message);
			return FALSE;
		}
	}
	extsim_compare_add_fuzz (c, fo, (guint) fuzz);
	if (!extsim_compare_get_n_workloads (c)) {
		fprintf (stderr, "extsim compare: no workloads\n");
		return FALSE;
	}
	return TRUE;
}

/* --policies a,b,...: NULL-terminated; all the presets by default */
static GPtrArray *
parse_policies (const char *list)
{
	GPtrArray *out = g_ptr_array_new ();
	g_auto (GStrv) names = list ? g_strsplit (list, ",", -1) : NULL;

	for (const extsim_policy *const *p = extsim_policy_presets (); !list && *p; p++)
		g_ptr_array_add (out, (gpointer) *p);
	for (guint i = 0; names && names[i]; i++) {
		const extsim_policy *p = extsim_policy_lookup (g_strstrip (names[i]));

		if (!p) {
			fprintf (stderr, "extsim compare: unknown policy '%s' (see extsim policies)\n", names[i]);
			g_ptr_array_unref (out);
			return NULL;
		}
		g_ptr_array_add (out, (gpointer) p);
	}
	g_ptr_array_add (out, NULL);
	return out;
}

/* ---- the outputs ------------------------------------------------------------------ */

/* "4.0 KiB", in ASCII whatever the locale (g_format_size may put a
 * no-break space, which breaks the table's alignment), rounded down */
static char *
size_text (guint64 bytes)
{
	static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
	guint64 div = 1, tenths;
	guint u = 0;

	while (u + 1 < G_N_ELEMENTS (units) && bytes / 1024 >= div) {
		div *= 1024;
		u++;
	}
	if (u == 0)
		return g_strdup_printf ("%" G_GUINT64_FORMAT " B", bytes);
	tenths = bytes % div * 10 / div;
	return g_strdup_printf ("%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT " %s", bytes / div, tenths, units[u]);
}

static void
print_table (const extsim_compare *c)
{
	printf ("%-15s %9s %7s %10s %10s %12s %16s %11s %13s %11s\n", "policy", "workloads", "failing", "violations",
		"lost", "ENOSPC write", "ENOSPC writeback", "remap prep", "snapshot prep", "total I/O");
	for (guint i = 0; i < extsim_compare_get_n_rows (c); i++) {
		const extsim_compare_row *r = extsim_compare_get_row (c, i);
		g_autofree char *lost = size_text (r->lost_bytes);
		g_autofree char *remap = size_text (r->remap_prep_flush_bytes);
		g_autofree char *snap = size_text (r->snapshot_prep_flush_bytes);
		g_autofree char *io = size_text (r->io_bytes);

		printf ("%-15s %9u %7u %10" G_GUINT64_FORMAT " %10s %12" G_GUINT64_FORMAT " %16" G_GUINT64_FORMAT
			" %11s %13s %11s\n",
			r->policy->name, r->n_workloads, r->n_failing, r->violations, lost, r->enospc_write,
			r->enospc_writeback, remap, snap, io);
		if (r->n_errors)
			printf ("%-15s %u workloads could not run\n", "", r->n_errors);
	}
}

static void
print_csv (const extsim_compare *c)
{
	printf ("policy,workloads,failing,errors,violations,lost_bytes,enospc_write,enospc_writeback,"
		"remap_prep_flush_bytes,snapshot_prep_flush_bytes,io_bytes\n");
	for (guint i = 0; i < extsim_compare_get_n_rows (c); i++) {
		const extsim_compare_row *r = extsim_compare_get_row (c, i);

		printf ("%s,%u,%u,%u,%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT
			",%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT "\n",
			r->policy->name, r->n_workloads, r->n_failing, r->n_errors, r->violations, r->lost_bytes,
			r->enospc_write, r->enospc_writeback, r->remap_prep_flush_bytes, r->snapshot_prep_flush_bytes,
			r->io_bytes);
	}
}

static void
json_row (JsonBuilder *b, const extsim_compare_row *r)
{
	json_builder_begin_object (b);
	json_member_str (b, "policy", r->policy->name);
	json_member_int (b, "workloads", r->n_workloads);
	json_member_int (b, "failing", r->n_failing);
	json_member_int (b, "errors", r->n_errors);
	json_member_int (b, "violations", r->violations);
	json_member_int (b, "lost_bytes", r->lost_bytes);
	json_member_int (b, "enospc_write", r->enospc_write);
	json_member_int (b, "enospc_writeback", r->enospc_writeback);
	json_member_int (b, "remap_prep_flush_bytes", r->remap_prep_flush_bytes);
	json_member_int (b, "snapshot_prep_flush_bytes", r->snapshot_prep_flush_bytes);
	json_member_int (b, "io_bytes", r->io_bytes);
	json_builder_end_object (b);
}

static void
print_json (const extsim_compare *c)
{
	g_autoptr (JsonBuilder) b = json_builder_new ();
	g_autoptr (JsonNode) root = NULL;

	json_builder_begin_object (b);
	json_builder_set_member_name (b, "format");
	json_builder_add_string_value (b, COMPARE_FORMAT);
	json_member_int (b, "format_version", COMPARE_FORMAT_VERSION);
	json_builder_set_member_name (b, "workloads");
	json_builder_begin_array (b);
	for (guint i = 0; i < extsim_compare_get_n_workloads (c); i++)
		json_builder_add_string_value (b, extsim_compare_get_workload_name (c, i));
	json_builder_end_array (b);
	json_builder_set_member_name (b, "rows");
	json_builder_begin_array (b);
	for (guint i = 0; i < extsim_compare_get_n_rows (c); i++)
		json_row (b, extsim_compare_get_row (c, i));
	json_builder_end_array (b);
	json_builder_end_object (b);
	root = json_builder_get_root (b);
	json_print (root);
}

/* ---- --svg: harm against cost ------------------------------------------------------ */

#define SVG_W 720
#define SVG_H 460
#define SVG_LEFT 90
#define SVG_RIGHT (SVG_W - 40)
#define SVG_TOP 50
#define SVG_BOTTOM (SVG_H - 70)
#define SVG_TICKS 4

static guint64
harm (const extsim_compare_row *r)
{
	return r->violations + r->lost_bytes;
}

static char *
count_text (guint64 v)
{
	if (v >= 10000000)
		return g_strdup_printf ("%" G_GUINT64_FORMAT "M", v / 1000000);
	if (v >= 10000)
		return g_strdup_printf ("%" G_GUINT64_FORMAT "k", v / 1000);
	return g_strdup_printf ("%" G_GUINT64_FORMAT, v);
}

/* integer coordinates: printf of a double would follow the locale */
static int
scale (guint64 v, guint64 max, int from, int to)
{
	return from + (int) ((double) v / (double) max * (to - from));
}

/* a round tick step (1, 2, 5 times a power of ten, of KiB, MiB ... for
 * bytes) of which SVG_TICKS reach @max */
static guint64
nice_step (guint64 max, gboolean bytes)
{
	static const guint64 mantissa[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500 };
	guint64 unit = 1;

	for (;;) {
		for (guint i = 0; i < G_N_ELEMENTS (mantissa); i++) {
			if ((bytes || i < 3) && mantissa[i] * unit * SVG_TICKS >= max)
				return mantissa[i] * unit;
		}
		unit *= bytes ? 1024 : 10;
	}
}

typedef struct {
	guint64 step;
	guint ticks;
} axis;

static axis
make_axis (guint64 max, gboolean bytes)
{
	axis a;

	a.step = nice_step (MAX (max, 1), bytes);
	a.ticks = (guint) MAX ((max + a.step - 1) / a.step, 1);
	return a;
}

static void
svg_axes (GString *s, axis ax, axis ay, guint n)
{
	g_string_append_printf (s, "<text x=\"%d\" y=\"28\" font-size=\"16\" text-anchor=\"middle\">"
				   "extsim compare: harm against the cost of the fix (%u workloads)</text>\n", SVG_W / 2, n);
	g_string_append_printf (s, "<path d=\"M%d %d V%d H%d\" stroke=\"black\" fill=\"none\"/>\n", SVG_LEFT, SVG_TOP,
				SVG_BOTTOM, SVG_RIGHT);
	for (guint i = 0; i <= ax.ticks; i++) {
		g_autofree char *label = size_text (ax.step * i);
		int x = scale (i, ax.ticks, SVG_LEFT, SVG_RIGHT);

		g_string_append_printf (s, "<path d=\"M%d %d v6\" stroke=\"black\"/>\n", x, SVG_BOTTOM);
		g_string_append_printf (s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, SVG_BOTTOM + 22,
					label);
	}
	for (guint i = 0; i <= ay.ticks; i++) {
		g_autofree char *label = count_text (ay.step * i);
		int y = scale (i, ay.ticks, SVG_BOTTOM, SVG_TOP);

		g_string_append_printf (s, "<path d=\"M%d %d h-6\" stroke=\"black\"/>\n", SVG_LEFT, y);
		g_string_append_printf (s, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", SVG_LEFT - 10, y + 4,
					label);
	}
	g_string_append_printf (s, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">cost: bytes flushed by remap and "
				   "snapshot preparation</text>\n", (SVG_LEFT + SVG_RIGHT) / 2, SVG_H - 20);
	g_string_append_printf (s, "<text transform=\"translate(20 %d) rotate(-90)\" text-anchor=\"middle\">"
				   "harm: invariant violations + bytes lost</text>\n", (SVG_TOP + SVG_BOTTOM) / 2);
}

/* moves a label up until it clears the labels placed before it */
static int
free_label_y (GArray *placed, int x, int y)
{
	for (guint i = 0; i < placed->len; i++) {
		const int *p = &g_array_index (placed, int, i);

		if ((i & 1) == 0 && ABS (p[0] - x) < 150 && ABS (p[1] - y) < 15) {
			y = p[1] - 15;
			i = G_MAXUINT; /* i++ wraps to 0: look again from the start */
		}
	}
	return y;
}

static void
svg_points (GString *s, const extsim_compare *c, axis ax, axis ay)
{
	g_autoptr (GArray) placed = g_array_new (FALSE, FALSE, sizeof (int));

	for (guint i = 0; i < extsim_compare_get_n_rows (c); i++) {
		const extsim_compare_row *r = extsim_compare_get_row (c, i);
		int x = scale (prep_bytes (r), ax.step * ax.ticks, SVG_LEFT, SVG_RIGHT);
		int y = scale (harm (r), ay.step * ay.ticks, SVG_BOTTOM, SVG_TOP);
		gboolean right = x > SVG_RIGHT - 160;
		int lx = right ? x - 10 : x + 10, ly = free_label_y (placed, lx, y - 8);

		g_string_append_printf (s, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"#c0392b\" fill-opacity=\"0.8\"/>\n",
					x, y);
		g_string_append_printf (s, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>\n", lx, ly,
					right ? "end" : "start", r->policy->name);
		g_array_append_val (placed, lx);
		g_array_append_val (placed, ly);
	}
}

static gboolean
write_svg (const char *path, const extsim_compare *c, GError **error)
{
	g_autoptr (GString) s = g_string_new (NULL);
	guint64 xmax = 0, ymax = 0;
	axis ax, ay;

	for (guint i = 0; i < extsim_compare_get_n_rows (c); i++) {
		xmax = MAX (xmax, prep_bytes (extsim_compare_get_row (c, i)));
		ymax = MAX (ymax, harm (extsim_compare_get_row (c, i)));
	}
	ax = make_axis (xmax, TRUE);
	ay = make_axis (ymax, FALSE);
	g_string_append_printf (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
				   "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n"
				   "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
				SVG_W, SVG_H, SVG_W, SVG_H);
	svg_axes (s, ax, ay, extsim_compare_get_n_workloads (c));
	svg_points (s, c, ax, ay);
	g_string_append (s, "</svg>\n");
	return g_file_set_contents (path, s->str, (gssize) s->len, error);
}

/* ---- the command ------------------------------------------------------------------- */

static int
run_compare (compare_cli *cli)
{
	extsim_fuzz_options fo = EXTSIM_FUZZ_OPTIONS_INIT;
	g_autoptr (extsim_compare) c = extsim_compare_new ();
	g_autoptr (GPtrArray) policies = NULL;
	g_autoptr (GError) err = NULL;
	char *end = NULL;
	gboolean failing = FALSE;

	fo.seed = cli->seed ? g_ascii_strtoull (cli->seed, &end, 0) : DEFAULT_FUZZ_SEED;
	fo.n_ops = (guint) MAX (cli->ops, 0);
	if ((cli->seed && (end == cli->seed || *end)) || cli->ops < 1 || cli->jobs < 1 || (cli->csv && cli->json)) {
		fprintf (stderr, "extsim compare: --seed and --ops take a number, --jobs a positive one; "
				 "--csv and --json exclude each other\n");
		return EXIT_CANNOT;
	}
	if (!(policies = parse_policies (cli->policies)) || !add_workloads (c, cli, &fo))
		return EXIT_CANNOT;
	extsim_compare_run (c, (const extsim_policy *const *) policies->pdata, (guint) cli->jobs);
	if (cli->csv)
		print_csv (c);
	else if (cli->json)
		print_json (c);
	else
		print_table (c);
	if (cli->svg && !write_svg (cli->svg, c, &err)) {
		fprintf (stderr, "extsim compare: %s\n", err->message);
		return EXIT_CANNOT;
	}
	for (guint i = 0; i < extsim_compare_get_n_rows (c); i++)
		failing |= extsim_compare_get_row (c, i)->n_failing > 0;
	return failing ? EXIT_LOSS : EXIT_CLEAN;
}

int
cmd_compare (int argc, char **argv)
{
	compare_cli cli = { .fuzz = -1, .ops = EXTSIM_FUZZ_DEFAULT_OPS, .jobs = 1 };
	GOptionEntry entries[] = {
		{ "policies", 'p', 0, G_OPTION_ARG_STRING, &cli.policies, "the policies, comma-separated (default: all)", "A,B,..." },
		{ "examples", 'e', 0, G_OPTION_ARG_FILENAME, &cli.examples, "add the scripts of DIR (default with no WORKLOAD: the shipped examples)", "DIR" },
		{ "fuzz", 'n', 0, G_OPTION_ARG_INT, &cli.fuzz, "add N fuzz workloads (default 100 with no WORKLOAD, else 0)", "N" },
		{ "seed", 's', 0, G_OPTION_ARG_STRING, &cli.seed, "seed of the fuzz workloads (default 1)", "S" },
		{ "ops", 0, 0, G_OPTION_ARG_INT, &cli.ops, "operations per fuzz workload (default 12)", "N" },
		{ "jobs", 'j', 0, G_OPTION_ARG_INT, &cli.jobs, "worker threads (default 1; the sums do not depend on it)", "N" },
		{ "csv", 0, 0, G_OPTION_ARG_NONE, &cli.csv, "write the rows as CSV", NULL },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &cli.json, "write the rows as JSON", NULL },
		{ "svg", 0, 0, G_OPTION_ARG_FILENAME, &cli.svg, "draw harm against cost, one point per policy, to FILE", "FILE" },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &cli.args, NULL, "WORKLOAD..." },
		{ NULL },
	};
	g_autoptr (GOptionContext) ctx = g_option_context_new ("[WORKLOAD...] - every policy over the same workloads");
	g_autoptr (GError) err = NULL;
	int status = EXIT_CANNOT;

	g_option_context_add_main_entries (ctx, entries, NULL);
	g_option_context_set_description (ctx,
		"A WORKLOAD is a script or a directory of *.sh scripts. Without one: the shipped examples\n"
		"(found beside the program's build tree, or in $EXTSIM_EXAMPLES_DIR, or given with --examples)\n"
		"and 100 fuzz workloads of seed 1.\n"
		"Columns: workloads that failed (violated an invariant or lost data), invariant violations,\n"
		"bytes lost, write(2) calls and writebacks that met ENOSPC, bytes written back synchronously\n"
		"by the remap and snapshot preparation (the price of a fix), all bytes written back.\n\n"
		"Exit status: 0 no policy failed, 1 some policy failed a workload, 2 could not run.\n");
	if (!g_option_context_parse (ctx, &argc, &argv, &err))
		fprintf (stderr, "extsim compare: %s\n", err->message);
	else
		status = run_compare (&cli);
	g_free (cli.policies);
	g_free (cli.examples);
	g_free (cli.seed);
	g_free (cli.svg);
	g_strfreev (cli.args);
	return status;
}
