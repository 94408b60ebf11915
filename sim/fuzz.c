/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim fuzz: random workloads from a seed, each run under a policy;
 * every failure shrunk to a small script that `extsim run` replays.
 *
 *   1. the seed: --seed S, or one drawn from the clock, printed either way
 *   2. extsim_fuzz_run (): runs 0 .. R-1 (or those of --shard I/N), with
 *      --jobs worker threads; the library generates, judges and shrinks
 *   3. each failure: one line on stdout, and its script written to
 *      DIR/extsim-fuzz-SEED-RUN.sh (--out DIR, default the current one)
 *   4. a summary line; exit 1 when something failed
 *
 * --json writes the campaign's (or the shard's) result as JSON, and
 * `extsim fuzz --merge A.json B.json ...` combines the shards of one
 * campaign, as `extsim explore --merge` does for searches.
 */
#include "extsim.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <unistd.h>

#define FUZZ_FORMAT "extsim-fuzz"
#define FUZZ_FORMAT_VERSION 1

typedef struct {
	char *seed;
	int ops;
	gint64 runs;
	char *policy;
	char **weights;
	int jobs;
	char *shard;
	char *out;
	gboolean json;
	gboolean merge;
	gboolean no_shrink;
	gint64 print_run;
	char **args;
	gboolean progress_shown;
} fuzz_cli;

static void
on_progress (const extsim_fuzz_progress *p, gpointer user_data)
{
	fuzz_cli *cli = user_data;
	double rate = p->seconds > 0 ? p->runs_done / p->seconds : 0;

	if (p->seconds < 1.0)
		return;
	cli->progress_shown = TRUE;
	fprintf (stderr, "\r\033[Kruns %" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT
		 " failures, %.0f runs/s, ETA %.0f s",
		 p->runs_done, p->runs_total, p->failures, rate,
		 rate > 0 ? (p->runs_total - p->runs_done) / rate : 0.0);
}

/* -f NAME=WEIGHT ... over the default weights */
static gboolean
parse_weights (char **specs, guint weights[EXTSIM_FUZZ_N_OPS])
{
	extsim_fuzz_default_weights (weights);
	for (guint i = 0; specs && specs[i]; i++) {
		g_auto (GStrv) kv = g_strsplit (specs[i], "=", 2);
		extsim_fuzz_op op;
		char *end = NULL;
		guint64 w;

		if (!kv[1] || !extsim_fuzz_op_from_str (kv[0], &op)) {
			fprintf (stderr, "extsim fuzz: -f '%s': expected NAME=WEIGHT, NAME one of:", specs[i]);
			for (guint k = 0; k < EXTSIM_FUZZ_N_OPS; k++)
				fprintf (stderr, " %s", extsim_fuzz_op_to_str ((extsim_fuzz_op) k));
			fprintf (stderr, "\n");
			return FALSE;
		}
		w = g_ascii_strtoull (kv[1], &end, 10);
		if (end == kv[1] || *end || w > 1000000) {
			fprintf (stderr, "extsim fuzz: -f '%s': the weight is a number from 0 to 1000000\n", specs[i]);
			return FALSE;
		}
		weights[op] = (guint) w;
	}
	return TRUE;
}

static guint64
pick_seed (const char *s, gboolean *ok)
{
	char *end = NULL;
	guint64 seed;

	*ok = TRUE;
	if (!s)
		return (guint64) g_get_real_time () ^ ((guint64) getpid () << 32);
	seed = g_ascii_strtoull (s, &end, 0);
	*ok = end != s && !*end;
	return seed;
}

/* ---- reporting ------------------------------------------------------------- */

static char *
failure_path (const fuzz_cli *cli, guint64 seed, guint64 run)
{
	g_autofree char *name = g_strdup_printf ("extsim-fuzz-%" G_GUINT64_FORMAT "-%" G_GUINT64_FORMAT ".sh", seed, run);

	return g_build_filename (cli->out ? cli->out : ".", name, NULL);
}

/* writes the failure's script, unless an earlier run shrank to the same
 * one (@seen: shrunk text -> its first failure); prints its line */
static gboolean
report_failure (const fuzz_cli *cli, const extsim_fuzz_options *o, const extsim_fuzz_failure *f, GHashTable *seen,
		char **out_path, const extsim_fuzz_failure **out_same)
{
	g_autofree char *text = extsim_fuzz_failure_to_script (o, f);
	g_autofree char *what = extsim_fuzz_verdict_to_string (&f->verdict);
	g_autoptr (GError) err = NULL;
	const extsim_fuzz_failure *same = f->shrunk ? g_hash_table_lookup (seen, f->shrunk) : NULL;
	char *path = failure_path (cli, o->seed, same ? same->run : f->run);

	*out_path = path;
	*out_same = same;
	if (f->shrunk && !same)
		g_hash_table_insert (seen, (gpointer) f->shrunk, (gpointer) f);
	if (!same && !g_file_set_contents (path, text, -1, &err)) {
		fprintf (stderr, "extsim fuzz: %s\n", err->message);
		return FALSE;
	}
	if (cli->json)
		return TRUE;
	printf ("run %" G_GUINT64_FORMAT ": %s; ", f->run, what);
	if (!f->shrunk)
		printf ("%u commands: %s\n", f->verdict.n_commands, path);
	else if (same)
		printf ("shrunk from %u to %u commands, as run %" G_GUINT64_FORMAT ": %s\n", f->verdict.n_commands,
			f->shrunk_verdict.n_commands, same->run, path);
	else
		printf ("shrunk from %u to %u commands: %s\n", f->verdict.n_commands, f->shrunk_verdict.n_commands,
			path);
	return TRUE;
}

static void
json_add_failure (JsonBuilder *b, const extsim_fuzz_options *o, const extsim_fuzz_failure *f, const char *path,
		  const extsim_fuzz_failure *same)
{
	const extsim_fuzz_verdict *v = f->shrunk ? &f->shrunk_verdict : &f->verdict;
	g_autofree char *what = extsim_fuzz_verdict_to_string (&f->verdict);
	g_autofree char *text = extsim_fuzz_failure_to_script (o, f);

	json_builder_begin_object (b);
	json_member_int (b, "run", (gint64) f->run);
	json_member_str (b, "fails", what);
	json_member_int (b, "invariant", f->verdict.invariant);
	json_member_int (b, "violations", f->verdict.n_violations);
	json_member_int (b, "lost_bytes", (gint64) f->verdict.lost_bytes);
	json_member_int (b, "commands", f->verdict.n_commands);
	json_member_int (b, "shrunk_commands", v->n_commands);
	json_member_int (b, "shrink_runs", f->shrink_runs);
	json_member_str (b, "file", path);
	json_builder_set_member_name (b, "same_as");
	if (same)
		json_builder_add_int_value (b, (gint64) same->run);
	else
		json_builder_add_null_value (b);
	json_member_str (b, "script", text);
	json_builder_end_object (b);
}

/* the seed is a string: JSON numbers stop at 2^53 in many readers */
static void
json_add_header (JsonBuilder *b, const extsim_fuzz_options *o, guint64 runs)
{
	g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, o->seed);

	json_member_str (b, "format", FUZZ_FORMAT);
	json_member_int (b, "format_version", FUZZ_FORMAT_VERSION);
	json_member_str (b, "seed", seed);
	json_member_int (b, "ops", o->n_ops);
	json_member_int (b, "runs", (gint64) runs);
	json_member_str (b, "policy", o->policy->name);
	json_builder_set_member_name (b, "weights");
	json_builder_begin_object (b);
	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++)
		json_member_int (b, extsim_fuzz_op_to_str ((extsim_fuzz_op) i), o->weights[i]);
	json_builder_end_object (b);
	json_member_int (b, "shard_index", o->shard_index);
	json_member_int (b, "shard_count", MAX (1u, o->shard_count));
}

static void
print_json (JsonBuilder *b)
{
	g_autoptr (JsonNode) root = json_builder_get_root (b);

	json_print (root);
}

static int
report (const fuzz_cli *cli, const extsim_fuzz_options *o, const extsim_fuzz_result *r)
{
	g_autoptr (JsonBuilder) b = cli->json ? json_builder_new () : NULL;
	guint n = extsim_fuzz_result_get_n_failures (r);
	g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
	gboolean written = TRUE;
	guint64 first_error_run = 0;

	if (b) {
		json_builder_begin_object (b);
		json_add_header (b, o, o->runs);
		json_member_int (b, "runs_done", (gint64) extsim_fuzz_result_get_n_runs (r));
		json_member_int (b, "errors", (gint64) extsim_fuzz_result_get_n_errors (r));
		json_builder_set_member_name (b, "failures");
		json_builder_begin_array (b);
	}
	for (guint i = 0; i < n; i++) {
		const extsim_fuzz_failure *f = extsim_fuzz_result_get_failure (r, i), *same = NULL;
		g_autofree char *path = NULL;

		written &= report_failure (cli, o, f, seen, &path, &same);
		if (b)
			json_add_failure (b, o, f, path, same);
	}
	if (b) {
		json_builder_end_array (b);
		json_builder_end_object (b);
		print_json (b);
	} else {
		printf ("extsim fuzz: %" G_GUINT64_FORMAT " runs, %u failures (%u distinct scripts), %" G_GUINT64_FORMAT
			" errors, %.1f s (seed %" G_GUINT64_FORMAT ", policy %s)\n",
			extsim_fuzz_result_get_n_runs (r), n, o->no_shrink ? n : g_hash_table_size (seen),
			extsim_fuzz_result_get_n_errors (r), extsim_fuzz_result_get_seconds (r), o->seed, o->policy->name);
	}
	if (extsim_fuzz_result_get_first_error (r, &first_error_run))
		fprintf (stderr, "extsim fuzz: run %" G_GUINT64_FORMAT " could not run (a bug; --print-run=%" G_GUINT64_FORMAT
			 " shows it): %s\n",
			 first_error_run, first_error_run, extsim_fuzz_result_get_first_error (r, NULL));
	if (!written)
		return EXIT_CANNOT;
	return n ? EXIT_LOSS : extsim_fuzz_result_get_n_errors (r) ? EXIT_CANNOT : EXIT_CLEAN;
}

/* ---- --merge ------------------------------------------------------------------ */

/* what must be equal in every shard of one campaign */
static char *
campaign_key (JsonObject *obj)
{
	g_autoptr (JsonGenerator) gen = json_generator_new ();
	g_autoptr (JsonNode) w = json_node_new (JSON_NODE_OBJECT);
	g_autofree char *weights = NULL;

	json_node_set_object (w, json_object_get_object_member (obj, "weights"));
	json_generator_set_root (gen, w);
	weights = json_generator_to_data (gen, NULL);
	return g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s %s %" G_GINT64_FORMAT,
				json_object_get_string_member_with_default (obj, "seed", ""),
				json_object_get_int_member_with_default (obj, "ops", 0),
				json_object_get_int_member_with_default (obj, "runs", 0),
				json_object_get_string_member_with_default (obj, "policy", ""), weights,
				json_object_get_int_member_with_default (obj, "shard_count", 1));
}

static JsonObject *
load_shard (JsonParser *parser, const char *file)
{
	g_autoptr (GError) err = NULL;
	JsonObject *obj;

	if (!json_parser_load_from_file (parser, file, &err) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))) {
		fprintf (stderr, "extsim fuzz --merge: %s: %s\n", file, err ? err->message : "not a JSON object");
		return NULL;
	}
	obj = json_node_get_object (json_parser_get_root (parser));
	if (g_strcmp0 (json_object_get_string_member_with_default (obj, "format", ""), FUZZ_FORMAT) ||
	    !json_object_has_member (obj, "weights") || !json_object_has_member (obj, "failures")) {
		fprintf (stderr, "extsim fuzz --merge: %s: not an extsim fuzz result\n", file);
		return NULL;
	}
	return obj;
}

static gint
by_run (gconstpointer a, gconstpointer b)
{
	gint64 ra = json_object_get_int_member (*(JsonObject *const *) a, "run");
	gint64 rb = json_object_get_int_member (*(JsonObject *const *) b, "run");

	return ra < rb ? -1 : ra > rb;
}

/* shards missing from 0 .. count-1, or duplicated; FALSE on a duplicate */
static gboolean
check_coverage (GArray *seen_shards, gint64 count, guint *missing)
{
	*missing = 0;
	for (gint64 i = 0; i < count; i++) {
		guint times = 0;

		for (guint k = 0; k < seen_shards->len; k++)
			times += g_array_index (seen_shards, gint64, k) == i;
		if (times > 1) {
			fprintf (stderr, "extsim fuzz --merge: shard %" G_GINT64_FORMAT " given twice\n", i);
			return FALSE;
		}
		*missing += times == 0;
	}
	return TRUE;
}

static void
print_merged (GPtrArray *failures, guint shards, gint64 runs_done, gint64 errors, JsonObject *first)
{
	for (guint i = 0; i < failures->len; i++) {
		JsonObject *f = failures->pdata[i];

		printf ("run %" G_GINT64_FORMAT ": %s; shrunk from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
			" commands: %s\n",
			json_object_get_int_member (f, "run"), json_object_get_string_member (f, "fails"),
			json_object_get_int_member (f, "commands"), json_object_get_int_member (f, "shrunk_commands"),
			json_object_get_string_member_with_default (f, "file", "?"));
	}
	printf ("extsim fuzz: %u shards merged: %" G_GINT64_FORMAT " runs, %u failures, %" G_GINT64_FORMAT
		" errors (seed %s, policy %s)\n",
		shards, runs_done, failures->len, errors, json_object_get_string_member (first, "seed"),
		json_object_get_string_member (first, "policy"));
}

static void
print_merged_json (GPtrArray *failures, guint shards, gint64 runs_done, gint64 errors, JsonObject *first)
{
	static const char *const copied[] = { "format", "format_version", "seed", "ops", "runs", "policy", "weights" };
	g_autoptr (JsonBuilder) b = json_builder_new ();

	json_builder_begin_object (b);
	for (guint i = 0; i < G_N_ELEMENTS (copied); i++) {
		json_builder_set_member_name (b, copied[i]);
		json_builder_add_value (b, json_node_copy (json_object_get_member (first, copied[i])));
	}
	json_member_int (b, "shard_index", 0);
	json_member_int (b, "shard_count", 1);
	json_member_int (b, "merged_shards", shards);
	json_member_int (b, "runs_done", runs_done);
	json_member_int (b, "errors", errors);
	json_builder_set_member_name (b, "failures");
	json_builder_begin_array (b);
	for (guint i = 0; i < failures->len; i++) {
		JsonNode *n = json_node_new (JSON_NODE_OBJECT);

		json_node_set_object (n, failures->pdata[i]);
		json_builder_add_value (b, n);
	}
	json_builder_end_array (b);
	json_builder_end_object (b);
	print_json (b);
}

static int
merge (const fuzz_cli *cli, char **files)
{
	g_autoptr (GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);
	g_autoptr (GPtrArray) failures = g_ptr_array_new ();
	g_autoptr (GArray) shards = g_array_new (FALSE, FALSE, sizeof (gint64));
	g_autofree char *key = NULL;
	JsonObject *first = NULL;
	gint64 runs_done = 0, errors = 0;
	guint missing;

	for (guint i = 0; files && files[i]; i++) {
		JsonParser *parser = json_parser_new ();
		JsonObject *obj;
		g_autofree char *k = NULL;
		gint64 shard;
		JsonArray *fs;

		g_ptr_array_add (parsers, parser);
		if (!(obj = load_shard (parser, files[i])))
			return EXIT_CANNOT;
		k = campaign_key (obj);
		if (key && !g_str_equal (k, key)) {
			fprintf (stderr, "extsim fuzz --merge: %s is a shard of another campaign (seed, ops, runs, policy, weights or shard count differ)\n", files[i]);
			return EXIT_CANNOT;
		}
		if (!key) {
			key = g_steal_pointer (&k);
			first = obj;
		}
		shard = json_object_get_int_member_with_default (obj, "shard_index", 0);
		g_array_append_val (shards, shard);
		runs_done += json_object_get_int_member_with_default (obj, "runs_done", 0);
		errors += json_object_get_int_member_with_default (obj, "errors", 0);
		fs = json_object_get_array_member (obj, "failures");
		for (guint j = 0; j < json_array_get_length (fs); j++)
			g_ptr_array_add (failures, json_array_get_object_element (fs, j));
	}
	if (!first) {
		fprintf (stderr, "extsim fuzz --merge: no result files given\n");
		return EXIT_CANNOT;
	}
	if (!check_coverage (shards, json_object_get_int_member_with_default (first, "shard_count", 1), &missing))
		return EXIT_CANNOT;
	if (missing)
		fprintf (stderr, "extsim fuzz --merge: %u of %" G_GINT64_FORMAT " shards missing: the campaign is incomplete\n",
			 missing, json_object_get_int_member_with_default (first, "shard_count", 1));
	g_ptr_array_sort (failures, by_run);
	if (cli->json)
		print_merged_json (failures, shards->len, runs_done, errors, first);
	else
		print_merged (failures, shards->len, runs_done, errors, first);
	return failures->len ? EXIT_LOSS : missing || errors ? EXIT_CANNOT : EXIT_CLEAN;
}

/* ---- the command ---------------------------------------------------------------- */

static gboolean
make_options (fuzz_cli *cli, extsim_fuzz_options *o)
{
	gboolean seed_ok;

	o->seed = pick_seed (cli->seed, &seed_ok);
	o->policy = extsim_policy_lookup (cli->policy ? cli->policy : "unpatched");
	if (!seed_ok) {
		fprintf (stderr, "extsim fuzz: --seed takes a number, not '%s'\n", cli->seed);
		return FALSE;
	}
	if (!o->policy) {
		fprintf (stderr, "extsim fuzz: unknown policy '%s' (see extsim policies)\n", cli->policy);
		return FALSE;
	}
	if (cli->ops < 1 || cli->runs < 1 || cli->jobs < 1 ||
	    (cli->shard && !parse_shard (cli->shard, &o->shard_index, &o->shard_count))) {
		fprintf (stderr, "extsim fuzz: --ops, --runs and --jobs take a positive number, --shard I/N with I < N\n");
		return FALSE;
	}
	if (!parse_weights (cli->weights, o->weights))
		return FALSE;
	o->n_ops = (guint) cli->ops;
	o->runs = (guint64) cli->runs;
	o->jobs = (guint) cli->jobs;
	o->no_shrink = cli->no_shrink;
	if (isatty (STDERR_FILENO) && !cli->json) {
		o->progress = on_progress;
		o->progress_data = cli;
	}
	return TRUE;
}

static int
run_fuzz (GOptionContext *ctx, int *argc, char ***argv, fuzz_cli *cli)
{
	extsim_fuzz_options o = EXTSIM_FUZZ_OPTIONS_INIT;
	g_autoptr (extsim_fuzz_result) r = NULL;
	g_autoptr (GError) err = NULL;

	if (!g_option_context_parse (ctx, argc, argv, &err)) {
		fprintf (stderr, "extsim fuzz: %s\n", err->message);
		return EXIT_CANNOT;
	}
	if (cli->merge)
		return merge (cli, cli->args);
	if (cli->args && cli->args[0]) {
		fprintf (stderr, "extsim fuzz: unexpected argument '%s' (see extsim fuzz --help)\n", cli->args[0]);
		return EXIT_CANNOT;
	}
	if (!make_options (cli, &o))
		return EXIT_CANNOT;
	if (cli->print_run >= 0) {
		g_autofree char *text = extsim_fuzz_generate (&o, (guint64) cli->print_run);

		fputs (text, stdout);
		return EXIT_CLEAN;
	}
	fprintf (stderr, "extsim fuzz: seed %" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT " runs of %u ops, policy %s\n",
		 o.seed, o.runs, o.n_ops, o.policy->name);
	if (!extsim_fuzz_run (&o, &r, &err)) {
		fprintf (stderr, "extsim fuzz: %s\n", err->message);
		return EXIT_CANNOT;
	}
	if (cli->progress_shown)
		fprintf (stderr, "\r\033[K");
	return report (cli, &o, r);
}

int
cmd_fuzz (int argc, char **argv)
{
	fuzz_cli cli = { .ops = EXTSIM_FUZZ_DEFAULT_OPS, .runs = EXTSIM_FUZZ_DEFAULT_RUNS, .jobs = 1, .print_run = -1 };
	GOptionEntry entries[] = {
		{ "seed", 's', 0, G_OPTION_ARG_STRING, &cli.seed, "the campaign's seed (default: from the clock; always printed)", "S" },
		{ "ops", 'n', 0, G_OPTION_ARG_INT, &cli.ops, "random operations per workload (default 12)", "N" },
		{ "runs", 'r', 0, G_OPTION_ARG_INT64, &cli.runs, "workloads in the campaign (default 200)", "R" },
		{ "policy", 'p', 0, G_OPTION_ARG_STRING, &cli.policy, "kernel policy (see: extsim policies)", "NAME" },
		{ "weight", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &cli.weights, "weight of an operation, repeatable", "OP=W" },
		{ "jobs", 'j', 0, G_OPTION_ARG_INT, &cli.jobs, "worker threads (default 1; results do not depend on it)", "N" },
		{ "shard", 0, 0, G_OPTION_ARG_STRING, &cli.shard, "run only the runs whose index modulo N is I", "I/N" },
		{ "out", 'o', 0, G_OPTION_ARG_FILENAME, &cli.out, "directory for the failing scripts (default .)", "DIR" },
		{ "no-shrink", 0, 0, G_OPTION_ARG_NONE, &cli.no_shrink, "write failing workloads as generated", NULL },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &cli.json, "write the result as JSON on stdout", NULL },
		{ "merge", 0, 0, G_OPTION_ARG_NONE, &cli.merge, "combine the JSON results of shards given as arguments", NULL },
		{ "print-run", 0, 0, G_OPTION_ARG_INT64, &cli.print_run, "print the workload of run N and exit", "N" },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &cli.args, NULL, NULL },
		{ NULL },
	};
	g_autoptr (GOptionContext) ctx = g_option_context_new ("- random workloads, failures shrunk to small scripts");
	int status;

	g_option_context_add_main_entries (ctx, entries, NULL);
	g_option_context_set_description (ctx,
		"Each run is a random workload in the script dialect of 'extsim run': a small filesystem\n"
		"(256-512 MiB), a few files, most often filled to the last block, then --ops operations drawn\n"
		"with these weights (-f OP=W changes one; 0 leaves it out):\n"
		"  pwrite 30, falloc 10, fpunch 5, truncate 4, reflink 16, dedupe 4, fsync 12, sync 3,\n"
		"  commit 3, chattr 3, snapshot 3, rm 3, free 3, remount 1\n"
		"A run fails when it violates an invariant or loses data; each failure is shrunk (commands\n"
		"dropped, lengths halved, ranges merged, files dropped) while it fails the same way, and\n"
		"written to DIR/extsim-fuzz-SEED-RUN.sh, which 'extsim run --policy P' replays.\n"
		"The same seed gives the same runs on every machine, with any --jobs and --shard.\n"
		"'extsim fuzz --merge A.json B.json ...' combines the --json results of the shards.\n\n"
		"Exit status: 0 no failure, 1 a run failed, 2 could not run.\n");
	status = run_fuzz (ctx, &argc, &argv, &cli);
	g_free (cli.seed);
	g_free (cli.policy);
	g_strfreev (cli.weights);
	g_free (cli.shard);
	g_free (cli.out);
	g_strfreev (cli.args);
	return status;
}
