/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim explore: every ordering of a script's threads, and of the
 * writeback and commits a kernel may do on its own, up to a depth.
 *
 *   1. parse the script; it needs at least one '#@thread NAME' line
 *   2. extsim_explore (): breadth first, each state once
 *   3. found: print the shortest trace, why it is bad, and a script that
 *      `extsim run` replays to the same violation (to --out FILE, or
 *      stdout); exit 1.  Not found: "no violation within depth N" and the
 *      search's statistics; exit 0.
 *
 * --shard I/N explores the I-th of N parts of the first level, so a batch
 * system can spread one search over machines; --json writes the result as
 * JSON, and `extsim explore --merge A.json B.json ...` combines shards:
 * the shortest trace wins, the counts add up.
 */
#include "extsim.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <unistd.h>

#define EXPLORE_FORMAT "extsim-explore"
#define EXPLORE_FORMAT_VERSION 1

typedef struct {
	char *policy;
	int depth;
	int jobs;
	char *shard;
	gboolean range_writeback;
	gboolean full_check;
	gboolean loss_only;
	gboolean json;
	gboolean merge;
	char *out;
	char **args;
} explore_options;

static void
on_progress (const extsim_explore_progress *p, gpointer user_data)
{
	(void) user_data;
	fprintf (stderr, "\r\033[Kdepth %u, %" G_GUINT64_FORMAT " states, %" G_GUINT64_FORMAT " distinct, frontier %"
		 G_GUINT64_FORMAT ", %.0f states/s",
		 p->depth, p->states_generated, p->distinct_states, p->frontier,
		 p->seconds > 0 ? p->states_generated / p->seconds : 0.0);
	if (p->eta_seconds >= 0) /* an estimate: the next levels grow as the last did */
		fprintf (stderr, ", ETA ~%.0f s", p->eta_seconds);
}

static JsonNode *
result_to_json (const extsim_script *script, const extsim_explore_result *r, const char *policy, guint shard,
		guint shards, guint depth)
{
	g_autoptr (JsonBuilder) b = json_builder_new ();
	const GArray *trace = extsim_explore_result_get_trace (r);
	extsim_explore_progress p;

	extsim_explore_result_get_progress (r, &p);
	json_builder_begin_object (b);
	json_member_str (b, "format", EXPLORE_FORMAT);
	json_member_int (b, "format_version", EXPLORE_FORMAT_VERSION);
	json_member_str (b, "script", extsim_script_get_filename (script));
	json_member_str (b, "policy", policy);
	json_member_int (b, "max_depth", depth);
	json_member_int (b, "shard_index", shard);
	json_member_int (b, "shard_count", shards);
	json_builder_set_member_name (b, "found");
	json_builder_add_boolean_value (b, extsim_explore_result_found (r));
	json_member_int (b, "depth_reached", p.depth);
	json_member_int (b, "states_generated", (gint64) p.states_generated);
	json_member_int (b, "distinct_states", (gint64) p.distinct_states);
	json_builder_set_member_name (b, "seconds");
	json_builder_add_double_value (b, p.seconds);
	json_builder_set_member_name (b, "trace");
	json_builder_begin_array (b);
	for (guint i = 0; i < trace->len; i++) {
		g_autofree char *text = extsim_action_to_string (r, &g_array_index (trace, extsim_action, i));

		json_builder_add_string_value (b, text);
	}
	json_builder_end_array (b);
	json_builder_set_member_name (b, "reason");
	if (extsim_explore_result_found (r))
		json_builder_add_string_value (b, extsim_explore_result_get_reason (r));
	else
		json_builder_add_null_value (b);
	json_builder_set_member_name (b, "replay");
	if (extsim_explore_result_found (r)) {
		g_autofree char *replay = extsim_explore_result_to_script (r);

		json_builder_add_string_value (b, replay);
	} else {
		json_builder_add_null_value (b);
	}
	json_builder_end_object (b);
	return json_builder_get_root (b);
}

static gboolean
write_replay (const char *path, const char *script, GError **error)
{
	if (!path) {
		fputs (script, stdout);
		return TRUE;
	}
	return g_file_set_contents (path, script, -1, error);
}

static int
report (const extsim_script *script, const extsim_explore_result *r, const explore_options *o, guint depth)
{
	extsim_explore_progress p;
	const GArray *trace = extsim_explore_result_get_trace (r);
	g_autoptr (GError) err = NULL;
	g_autofree char *replay = NULL;

	extsim_explore_result_get_progress (r, &p);
	if (!extsim_explore_result_found (r)) {
		printf ("no violation within depth %u: %" G_GUINT64_FORMAT " states generated, %" G_GUINT64_FORMAT
			" distinct, depth %u reached, %.0f states/s\n",
			depth, p.states_generated, p.distinct_states, p.depth,
			p.seconds > 0 ? p.states_generated / p.seconds : 0.0);
		return EXIT_CLEAN;
	}
	fprintf (stderr, "extsim explore: violation after %u actions (%" G_GUINT64_FORMAT " states, %" G_GUINT64_FORMAT
		 " distinct, %.3f s):\n",
		 trace->len, p.states_generated, p.distinct_states, p.seconds);
	for (guint i = 0; i < trace->len; i++) {
		g_autofree char *text = extsim_action_to_string (r, &g_array_index (trace, extsim_action, i));

		fprintf (stderr, "  %u. %s\n", i + 1, text);
	}
	fprintf (stderr, "why: %s\n", extsim_explore_result_get_reason (r));
	replay = extsim_explore_result_to_script (r);
	if (!write_replay (o->out, replay, &err)) {
		fprintf (stderr, "extsim explore: %s\n", err->message);
		return EXIT_CANNOT;
	}
	if (o->out)
		fprintf (stderr, "replay: extsim run --policy %s %s\n", o->policy ? o->policy : "unpatched", o->out);
	(void) script;
	return EXIT_LOSS;
}

/* --merge: the shortest found trace over the shards, the counts summed. */
static int
merge (char **files)
{
	JsonObject *best = NULL;
	gint64 generated = 0, distinct = 0, best_len = G_MAXINT64;
	g_autoptr (GPtrArray) parsers = g_ptr_array_new_with_free_func (g_object_unref);

	for (guint i = 0; files && files[i]; i++) {
		JsonParser *parser = json_parser_new ();
		g_autoptr (GError) err = NULL;
		JsonObject *obj;

		g_ptr_array_add (parsers, parser);
		if (!json_parser_load_from_file (parser, files[i], &err) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))) {
			fprintf (stderr, "extsim explore --merge: %s: %s\n", files[i], err ? err->message : "not a JSON object");
			return EXIT_CANNOT;
		}
		obj = json_node_get_object (json_parser_get_root (parser));
		if (g_strcmp0 (json_object_get_string_member_with_default (obj, "format", ""), EXPLORE_FORMAT)) {
			fprintf (stderr, "extsim explore --merge: %s: not an extsim explore result\n", files[i]);
			return EXIT_CANNOT;
		}
		generated += json_object_get_int_member_with_default (obj, "states_generated", 0);
		distinct += json_object_get_int_member_with_default (obj, "distinct_states", 0);
		if (json_object_get_boolean_member_with_default (obj, "found", FALSE)) {
			gint64 len = (gint64) json_array_get_length (json_object_get_array_member (obj, "trace"));

			if (len < best_len) {
				best = obj;
				best_len = len;
			}
		}
	}
	if (!parsers->len) {
		fprintf (stderr, "extsim explore --merge: no result files given\n");
		return EXIT_CANNOT;
	}
	printf ("%u shards, %" G_GINT64_FORMAT " states generated, %" G_GINT64_FORMAT " distinct (summed over shards)\n",
		parsers->len, generated, distinct);
	if (!best) {
		printf ("no violation in any shard\n");
		return EXIT_CLEAN;
	}
	printf ("shortest violation: %" G_GINT64_FORMAT " actions, in shard %" G_GINT64_FORMAT "\nwhy: %s\n%s", best_len,
		json_object_get_int_member (best, "shard_index"), json_object_get_string_member (best, "reason"),
		json_object_get_string_member (best, "replay"));
	return EXIT_LOSS;
}

static int
run_explore (GOptionContext *ctx, int *argc, char ***argv, explore_options *o, extsim_explore_options *eo)
{
	g_autoptr (GError) err = NULL;
	extsim_script *script = NULL;
	extsim_explore_result *r = NULL;
	int status;

	if (!g_option_context_parse (ctx, argc, argv, &err)) {
		fprintf (stderr, "extsim explore: %s\n", err->message);
		return EXIT_CANNOT;
	}
	if (o->merge)
		return merge (o->args);
	if (!o->args || !o->args[0] || o->args[1]) {
		fprintf (stderr, "extsim explore: give exactly one SCRIPT (see extsim explore --help)\n");
		return EXIT_CANNOT;
	}
	eo->policy = extsim_policy_lookup (o->policy ? o->policy : "unpatched");
	if (!eo->policy) {
		fprintf (stderr, "extsim explore: unknown policy '%s' (see extsim policies)\n", o->policy);
		return EXIT_CANNOT;
	}
	if (o->depth < 1 || o->jobs < 1 || (o->shard && !parse_shard (o->shard, &eo->shard_index, &eo->shard_count))) {
		fprintf (stderr, "extsim explore: --depth and --jobs take a positive number, --shard I/N with I < N\n");
		return EXIT_CANNOT;
	}
	eo->depth = (guint) o->depth;
	eo->jobs = (guint) o->jobs;
	eo->range_writeback = o->range_writeback;
	eo->full_check = o->full_check;
	eo->loss_only = o->loss_only;
	if (isatty (STDERR_FILENO) && !o->json)
		eo->progress = on_progress;
	script = extsim_script_parse_file (o->args[0], NULL, &err);
	if (!script || !extsim_explore (script, eo, &r, &err)) {
		if (eo->progress)
			fprintf (stderr, "\r\033[K");
		fprintf (stderr, "%s\n", err->message);
		extsim_script_free (script);
		return EXIT_CANNOT;
	}
	if (eo->progress)
		fprintf (stderr, "\r\033[K");
	if (o->json) {
		g_autoptr (JsonNode) root = result_to_json (script, r, eo->policy->name, eo->shard_index,
							    MAX (1u, eo->shard_count), eo->depth);

		json_print (root);
		status = extsim_explore_result_found (r) ? EXIT_LOSS : EXIT_CLEAN;
	} else {
		status = report (script, r, o, eo->depth);
	}
	extsim_explore_result_free (r);
	extsim_script_free (script);
	return status;
}

int
cmd_explore (int argc, char **argv)
{
	explore_options o = { .depth = 8, .jobs = 1 };
	GOptionEntry entries[] = {
		{ "policy", 'p', 0, G_OPTION_ARG_STRING, &o.policy, "kernel policy (see: extsim policies)", "NAME" },
		{ "depth", 'd', 0, G_OPTION_ARG_INT, &o.depth, "most actions after the setup (default 8)", "N" },
		{ "jobs", 'j', 0, G_OPTION_ARG_INT, &o.jobs, "worker threads (default 1; the result does not depend on it)", "N" },
		{ "shard", 0, 0, G_OPTION_ARG_STRING, &o.shard, "explore only part I of N of the first level", "I/N" },
		{ "range-writeback", 'r', 0, G_OPTION_ARG_NONE, &o.range_writeback, "also write back each dirty range alone", NULL },
		{ "full-check", 0, 0, G_OPTION_ARG_NONE, &o.full_check, "check all five invariants at every state", NULL },
		{ "loss", 'l', 0, G_OPTION_ARG_NONE, &o.loss_only, "look only for lost data, not the violations before it", NULL },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "write the result as JSON on stdout", NULL },
		{ "out", 'o', 0, G_OPTION_ARG_FILENAME, &o.out, "write the replay script to FILE", "FILE" },
		{ "merge", 0, 0, G_OPTION_ARG_NONE, &o.merge, "combine the JSON results of shards given as arguments", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.args, NULL, "SCRIPT" },
		{ NULL },
	};
	g_autoptr (GOptionContext) ctx = g_option_context_new ("SCRIPT - find the shortest ordering that breaks an invariant");
	extsim_explore_options eo = EXTSIM_EXPLORE_OPTIONS_INIT;
	int status;

	g_option_context_add_main_entries (ctx, entries, NULL);
	g_option_context_set_description (ctx,
		"The script's commands before its first '#@thread NAME' line are the setup; each '#@thread NAME'\n"
		"line starts a thread. Every interleaving of the threads, and of the writeback and commits the\n"
		"kernel may do on its own, is tried, breadth first, each state once.\n\n"
		"Exit status: 0 no violation within the depth, 1 a violation was found, 2 could not run.\n");
	status = run_explore (ctx, &argc, &argv, &o, &eo);
	g_free (o.policy);
	g_free (o.shard);
	g_free (o.out);
	g_strfreev (o.args);
	return status;
}
