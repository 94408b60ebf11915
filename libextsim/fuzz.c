/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: a fuzz campaign (extsim fuzz)
 *
 *   runs of the shard: run = shard_index + k * shard_count, k = 0, 1 ...
 *   each worker thread, until no run is left:
 *     k = next++                                  (under the lock)
 *     text    = extsim_fuzz_generate (run)        (fuzz-gen.c)
 *     verdict = extsim_fuzz_judge (text)          parse + run, invariants
 *                                                 checked after every step
 *     failed (a violation, or data lost)?
 *       shrunk = extsim_fuzz_shrink (text)        (fuzz-shrink.c)
 *     slot[k] = the failure                       (each k has its own slot)
 *     done++, failures++; progress at most every 250 ms   (under the lock)
 *   failures = the filled slots, in k order
 *
 * Nothing a run computes depends on another run or on which thread ran
 * it, and the report is read from the slots in run order: any number of
 * jobs gives the same failures, in the same order, with the same shrunk
 * scripts.  The union of the shards I/N, I = 0 .. N-1, is the campaign.
 *
 * The judge is the public script API: extsim_script_parse_string(),
 * extsim_script_run(), and the result's violations, lost bytes and stats.
 */
#include <extsim/extsim.h>
#include <extsim/fuzz.h>

#include <string.h>

#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 4)

typedef struct {
	extsim_fuzz_failure pub;
	char *script;
	char *shrunk;
} failure_rec;

struct extsim_fuzz_result {
	GPtrArray *failures; /* failure_rec *, in run order */
	guint64 n_runs;
	guint64 n_errors;
	guint64 first_error_run;
	char *first_error;   /* why the first of them could not run */
	double seconds;
};

/* ---- the judge ------------------------------------------------------------- */

static void
verdict_from_result (const extsim_script *script, const extsim_script_result *r, extsim_fuzz_verdict *out)
{
	memset (out, 0, sizeof *out);
	out->n_commands = extsim_script_get_n_commands (script);
	out->n_violations = extsim_script_result_get_n_violations (r);
	for (guint i = 0; i < out->n_violations; i++) {
		extsim_invariant inv = extsim_script_result_get_violation (r, i)->violation->invariant;

		if (i == 0)
			out->invariant = inv;
		out->invariants |= 1u << inv;
	}
	out->lost_bytes = extsim_script_result_get_lost_bytes (r);
	extsim_script_result_get_stats (r, &out->stats);
}

gboolean
extsim_fuzz_judge (const char *text, const extsim_policy *policy, extsim_fuzz_verdict *out, GError **error)
{
	extsim_script_run_options ro = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	g_autoptr (extsim_script) script = NULL;
	g_autoptr (extsim_script_result) r = NULL;

	g_return_val_if_fail (text != NULL && out != NULL, FALSE);
	script = extsim_script_parse_string (text, -1, "fuzz", NULL, error);
	if (!script)
		return FALSE;
	ro.policy = policy;
	ro.stdout_buffer = 0;
	if (!extsim_script_run (script, &ro, &r, error))
		return FALSE;
	verdict_from_result (script, r, out);
	return TRUE;
}

gboolean
extsim_fuzz_verdict_failed (const extsim_fuzz_verdict *verdict)
{
	g_return_val_if_fail (verdict != NULL, FALSE);
	return verdict->n_violations > 0 || verdict->lost_bytes > 0;
}

gboolean
extsim_fuzz_verdict_same_failure (const extsim_fuzz_verdict *target, const extsim_fuzz_verdict *candidate)
{
	g_return_val_if_fail (target != NULL && candidate != NULL, FALSE);
	if (!extsim_fuzz_verdict_failed (candidate))
		return FALSE;
	if (target->lost_bytes && !candidate->lost_bytes)
		return FALSE;
	if (target->invariant && !(candidate->invariants & (1u << target->invariant)))
		return FALSE;
	return TRUE;
}

char *
extsim_fuzz_verdict_to_string (const extsim_fuzz_verdict *v)
{
	GString *s = g_string_new (NULL);
	guint n = 0;

	g_return_val_if_fail (v != NULL, NULL);
	for (guint inv = 1; inv <= EXTSIM_N_INVARIANTS; inv++)
		n += (v->invariants >> inv) & 1;
	if (n) {
		g_string_append (s, n > 1 ? "invariants " : "invariant ");
		for (guint inv = 1, k = 0; inv <= EXTSIM_N_INVARIANTS; inv++) {
			if (!(v->invariants & (1u << inv)))
				continue;
			g_string_append_printf (s, "%s%u (%s)", k++ ? ", " : "", inv,
						extsim_invariant_to_str ((extsim_invariant) inv));
		}
		g_string_append (s, " violated");
	}
	if (v->lost_bytes)
		g_string_append_printf (s, "%s%" G_GUINT64_FORMAT " bytes lost", n ? ", " : "", v->lost_bytes);
	if (!s->len)
		g_string_append (s, "clean");
	return g_string_free (s, FALSE);
}

/* ---- the campaign ------------------------------------------------------------ */

typedef struct {
	const extsim_fuzz_options *o;
	const extsim_policy *policy;
	guint64 n;            /* runs of the shard */
	guint shards;
	guint first;          /* run of k = 0 */
	failure_rec **slots;  /* [n] */
	char **errors;        /* [n]: why run k could not run, or NULL */
	GMutex lock;
	guint64 next;
	guint64 done;
	guint64 failures;
	gint64 start;
	gint64 last_progress;
} campaign;

static void
failure_rec_free (gpointer p)
{
	failure_rec *f = p;

	g_free (f->script);
	g_free (f->shrunk);
	g_free (f);
}

/* one run: NULL when it did not fail; *error (what went wrong) when it
 * could not run */
static failure_rec *
fuzz_one (const campaign *c, guint64 run, char **error)
{
	g_autofree char *text = extsim_fuzz_generate (c->o, run);
	g_autoptr (GError) err = NULL;
	extsim_fuzz_verdict v;
	failure_rec *f;

	if (!extsim_fuzz_judge (text, c->policy, &v, &err)) {
		*error = g_strdup (err ? err->message : "no reason given");
		return NULL;
	}
	if (!extsim_fuzz_verdict_failed (&v))
		return NULL;
	f = g_new0 (failure_rec, 1);
	f->pub.run = run;
	f->pub.verdict = v;
	f->script = g_steal_pointer (&text);
	f->pub.script = f->script;
	if (!c->o->no_shrink) {
		f->shrunk = extsim_fuzz_shrink (f->script, c->policy, &v, 0, &f->pub.shrunk_verdict,
						&f->pub.shrink_runs);
		f->pub.shrunk = f->shrunk;
	}
	return f;
}

static void
report_progress (campaign *c)
{
	gint64 now = g_get_monotonic_time ();
	extsim_fuzz_progress p;

	if (!c->o->progress || (now - c->last_progress < PROGRESS_INTERVAL_US && c->done < c->n))
		return;
	c->last_progress = now;
	p.runs_done = c->done;
	p.runs_total = c->n;
	p.failures = c->failures;
	p.seconds = (double) (now - c->start) / G_USEC_PER_SEC;
	c->o->progress (&p, c->o->progress_data);
}

static gpointer
worker (gpointer data)
{
	campaign *c = data;

	for (;;) {
		guint64 k;
		failure_rec *f;
		char *error = NULL;

		g_mutex_lock (&c->lock);
		k = c->next++;
		g_mutex_unlock (&c->lock);
		if (k >= c->n)
			break;
		f = fuzz_one (c, c->first + k * c->shards, &error);
		g_mutex_lock (&c->lock);
		c->slots[k] = f;
		c->errors[k] = error;
		c->done++;
		c->failures += f != NULL;
		report_progress (c);
		g_mutex_unlock (&c->lock);
	}
	return NULL;
}

static gboolean
check_options (const extsim_fuzz_options *o, GError **error)
{
	guint64 total = 0;

	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++)
		total += o->weights[i];
	if (o->version != EXTSIM_FUZZ_OPTIONS_VERSION) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "fuzz options version %u, expected %u",
			     o->version, EXTSIM_FUZZ_OPTIONS_VERSION);
		return FALSE;
	}
	if (o->shard_count > 1 && o->shard_index >= o->shard_count) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "shard %u of %u: the index must be below the count",
			     o->shard_index, o->shard_count);
		return FALSE;
	}
	if (total > G_MAXUINT / 2) {
		g_set_error_literal (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "fuzz weights add up to too much");
		return FALSE;
	}
	return TRUE;
}

static void
campaign_collect (campaign *c, extsim_fuzz_result *r)
{
	for (guint64 k = 0; k < c->n; k++) {
		if (c->errors[k] && !r->n_errors++) {
			r->first_error_run = c->first + k * c->shards;
			r->first_error = g_steal_pointer (&c->errors[k]);
		}
		g_free (c->errors[k]);
		if (c->slots[k])
			g_ptr_array_add (r->failures, c->slots[k]);
	}
	r->n_runs = c->n;
	r->seconds = (double) (g_get_monotonic_time () - c->start) / G_USEC_PER_SEC;
}

gboolean
extsim_fuzz_run (const extsim_fuzz_options *o, extsim_fuzz_result **out_result, GError **error)
{
	campaign c = { 0 };
	guint64 runs;
	guint jobs;
	GPtrArray *threads;
	extsim_fuzz_result *r;

	g_return_val_if_fail (o != NULL && out_result != NULL, FALSE);
	if (!check_options (o, error))
		return FALSE;
	runs = o->runs ? o->runs : EXTSIM_FUZZ_DEFAULT_RUNS;
	c.o = o;
	c.policy = o->policy ? o->policy : &extsim_policy_unpatched;
	c.shards = MAX (1u, o->shard_count);
	c.first = c.shards > 1 ? o->shard_index : 0;
	c.n = runs > c.first ? (runs - c.first + c.shards - 1) / c.shards : 0;
	c.slots = g_new0 (failure_rec *, c.n + 1);
	c.errors = g_new0 (char *, c.n + 1);
	c.start = c.last_progress = g_get_monotonic_time ();
	g_mutex_init (&c.lock);
	jobs = (guint) MIN ((guint64) MAX (1u, o->jobs), MAX (c.n, 1));
	threads = g_ptr_array_new ();
	for (guint i = 1; i < jobs; i++)
		g_ptr_array_add (threads, g_thread_new ("extsim-fuzz", worker, &c));
	worker (&c);
	for (guint i = 0; i < threads->len; i++)
		g_thread_join (threads->pdata[i]);
	g_ptr_array_unref (threads);
	r = g_new0 (extsim_fuzz_result, 1);
	r->failures = g_ptr_array_new_with_free_func (failure_rec_free);
	campaign_collect (&c, r);
	g_mutex_clear (&c.lock);
	g_free (c.slots);
	g_free (c.errors);
	*out_result = r;
	return TRUE;
}

void
extsim_fuzz_result_free (extsim_fuzz_result *r)
{
	if (!r)
		return;
	g_ptr_array_unref (r->failures);
	g_free (r->first_error);
	g_free (r);
}

guint64
extsim_fuzz_result_get_n_runs (const extsim_fuzz_result *r)
{
	g_return_val_if_fail (r != NULL, 0);
	return r->n_runs;
}

guint64
extsim_fuzz_result_get_n_errors (const extsim_fuzz_result *r)
{
	g_return_val_if_fail (r != NULL, 0);
	return r->n_errors;
}

const char *
extsim_fuzz_result_get_first_error (const extsim_fuzz_result *r, guint64 *run)
{
	g_return_val_if_fail (r != NULL, NULL);
	if (run)
		*run = r->first_error_run;
	return r->first_error;
}

guint
extsim_fuzz_result_get_n_failures (const extsim_fuzz_result *r)
{
	g_return_val_if_fail (r != NULL, 0);
	return r->failures->len;
}

const extsim_fuzz_failure *
extsim_fuzz_result_get_failure (const extsim_fuzz_result *r, guint index)
{
	g_return_val_if_fail (r != NULL && index < r->failures->len, NULL);
	return &((failure_rec *) r->failures->pdata[index])->pub;
}

double
extsim_fuzz_result_get_seconds (const extsim_fuzz_result *r)
{
	g_return_val_if_fail (r != NULL, 0);
	return r->seconds;
}

/* the options that regenerate the campaign, as extsim fuzz takes them */
static void
append_campaign (GString *s, const extsim_fuzz_options *o)
{
	guint defaults[EXTSIM_FUZZ_N_OPS], total = 0;

	extsim_fuzz_default_weights (defaults);
	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++)
		total += o->weights[i];
	g_string_append_printf (s, "# campaign: extsim fuzz --seed %" G_GUINT64_FORMAT " --ops %u", o->seed,
				o->n_ops ? o->n_ops : EXTSIM_FUZZ_DEFAULT_OPS);
	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS && total; i++) {
		if (o->weights[i] != defaults[i])
			g_string_append_printf (s, " -f %s=%u", extsim_fuzz_op_to_str ((extsim_fuzz_op) i),
						o->weights[i]);
	}
	g_string_append_c (s, '\n');
}

/* the script without its comment lines (the generator's header) */
static void
append_body (GString *s, const char *text)
{
	g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

	for (guint i = 0; lines[i]; i++) {
		if (!lines[i][0] || (lines[i][0] == '#' && lines[i][1] != '@'))
			continue;
		g_string_append_printf (s, "%s\n", lines[i]);
	}
}

char *
extsim_fuzz_failure_to_script (const extsim_fuzz_options *o, const extsim_fuzz_failure *f)
{
	const char *policy;
	g_autofree char *what = NULL;
	GString *s;

	g_return_val_if_fail (o != NULL && f != NULL, NULL);
	policy = o->policy ? o->policy->name : extsim_policy_unpatched.name;
	what = extsim_fuzz_verdict_to_string (f->shrunk ? &f->shrunk_verdict : &f->verdict);
	s = g_string_new (NULL);
	g_string_append_printf (s, "# extsim fuzz: seed %" G_GUINT64_FORMAT ", run %" G_GUINT64_FORMAT ", policy %s\n",
				o->seed, f->run, policy);
	append_campaign (s, o);
	g_string_append_printf (s, "# fails: %s\n", what);
	if (f->shrunk)
		g_string_append_printf (s, "# shrunk from %u commands to %u (%u candidate runs)\n",
					f->verdict.n_commands, f->shrunk_verdict.n_commands, f->shrink_runs);
	g_string_append_printf (s, "# replay: extsim run --policy %s extsim-fuzz-%" G_GUINT64_FORMAT "-%" G_GUINT64_FORMAT
				".sh\n", policy, o->seed, f->run);
	append_body (s, f->shrunk ? f->shrunk : f->script);
	return g_string_free (s, FALSE);
}
