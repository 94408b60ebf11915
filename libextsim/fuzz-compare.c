/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: comparing policies (extsim compare)
 *
 *   workloads: scripts (files, the *.sh of a directory, runs of a fuzz
 *              campaign), each parsed once when added, to refuse bad ones
 *   cells:     one per (policy, workload): extsim_fuzz_judge (), worker
 *              threads taking the next cell in turn
 *   rows:      per policy, in the order given, the sums of its cells:
 *                violations  += n_violations      lost_bytes += lost_bytes
 *                enospc_write, enospc_writeback   (the run's statistics)
 *                remap_prep_flush_bytes, snapshot_prep_flush_bytes: what the
 *                  policy's preparation wrote back: the price of a fix
 *                io_bytes    += nocow_bytes + cow_bytes: all data written back
 *                n_failing   += 1 when the cell failed; n_errors when it could
 *                  not run
 *
 * The sums are taken after every cell is done, in cell order, so the
 * number of jobs changes nothing.
 */
#include <extsim/extsim.h>
#include <extsim/fuzz.h>

#include <string.h>

struct extsim_compare {
	GPtrArray *names;            /* char * */
	GPtrArray *texts;            /* char * */
	GArray *rows;                /* extsim_compare_row */
	extsim_fuzz_verdict *cells;  /* [row * n_workloads + workload] */
	gboolean *ok;                /* same index: the cell ran */
};

typedef struct {
	extsim_compare *c;
	const extsim_policy *const *policies;
	gint next;
	gint n;
} compare_job;

extsim_compare *
extsim_compare_new (void)
{
	extsim_compare *c = g_new0 (extsim_compare, 1);

	c->names = g_ptr_array_new_with_free_func (g_free);
	c->texts = g_ptr_array_new_with_free_func (g_free);
	c->rows = g_array_new (FALSE, TRUE, sizeof (extsim_compare_row));
	return c;
}

void
extsim_compare_free (extsim_compare *c)
{
	if (!c)
		return;
	g_ptr_array_unref (c->names);
	g_ptr_array_unref (c->texts);
	g_array_unref (c->rows);
	g_free (c->cells);
	g_free (c->ok);
	g_free (c);
}

gboolean
extsim_compare_add_workload (extsim_compare *c, const char *name, const char *text, GError **error)
{
	g_autoptr (extsim_script) script = NULL;

	g_return_val_if_fail (c != NULL && name != NULL && text != NULL, FALSE);
	script = extsim_script_parse_string (text, -1, name, NULL, error);
	if (!script)
		return FALSE;
	g_ptr_array_add (c->names, g_strdup (name));
	g_ptr_array_add (c->texts, g_strdup (text));
	return TRUE;
}

gboolean
extsim_compare_add_file (extsim_compare *c, const char *path, GError **error)
{
	g_autofree char *text = NULL;
	g_autoptr (GError) err = NULL;

	g_return_val_if_fail (c != NULL && path != NULL, FALSE);
	if (!g_file_get_contents (path, &text, NULL, &err)) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_NOENT, "%s", err->message);
		return FALSE;
	}
	return extsim_compare_add_workload (c, path, text, error);
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
	return strcmp (*(char *const *) a, *(char *const *) b);
}

int
extsim_compare_add_dir (extsim_compare *c, const char *dir, GError **error)
{
	g_autoptr (GError) err = NULL;
	g_autoptr (GDir) d = NULL;
	g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
	const char *name;

	g_return_val_if_fail (c != NULL && dir != NULL, -1);
	d = g_dir_open (dir, 0, &err);
	if (!d) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_NOENT, "%s", err->message);
		return -1;
	}
	while ((name = g_dir_read_name (d))) {
		if (g_str_has_suffix (name, ".sh"))
			g_ptr_array_add (files, g_build_filename (dir, name, NULL));
	}
	g_ptr_array_sort (files, compare_names);
	for (guint i = 0; i < files->len; i++) {
		if (!extsim_compare_add_file (c, files->pdata[i], error))
			return -1;
	}
	return (int) files->len;
}

void
extsim_compare_add_fuzz (extsim_compare *c, const extsim_fuzz_options *options, guint n)
{
	g_return_if_fail (c != NULL && options != NULL);
	for (guint run = 0; run < n; run++) {
		g_ptr_array_add (c->names, g_strdup_printf ("fuzz:%" G_GUINT64_FORMAT ":%u", options->seed, run));
		g_ptr_array_add (c->texts, extsim_fuzz_generate (options, run));
	}
}

guint
extsim_compare_get_n_workloads (const extsim_compare *c)
{
	g_return_val_if_fail (c != NULL, 0);
	return c->names->len;
}

const char *
extsim_compare_get_workload_name (const extsim_compare *c, guint index)
{
	g_return_val_if_fail (c != NULL && index < c->names->len, NULL);
	return c->names->pdata[index];
}

static gpointer
compare_worker (gpointer data)
{
	compare_job *job = data;
	extsim_compare *c = job->c;
	gint cell;

	while ((cell = g_atomic_int_add (&job->next, 1)) < job->n) {
		guint row = (guint) cell / c->names->len, w = (guint) cell % c->names->len;

		c->ok[cell] = extsim_fuzz_judge (c->texts->pdata[w], job->policies[row], &c->cells[cell], NULL);
	}
	return NULL;
}

static void
add_cell (extsim_compare_row *row, const extsim_fuzz_verdict *v, gboolean ok)
{
	row->n_workloads++;
	if (!ok) {
		row->n_errors++;
		return;
	}
	row->n_failing += extsim_fuzz_verdict_failed (v);
	row->violations += v->n_violations;
	row->lost_bytes += v->lost_bytes;
	row->enospc_write += v->stats.enospc_write;
	row->enospc_writeback += v->stats.enospc_writeback;
	row->remap_prep_flush_bytes += v->stats.remap_prep_flush_bytes;
	row->snapshot_prep_flush_bytes += v->stats.snapshot_prep_flush_bytes;
	row->io_bytes += v->stats.nocow_bytes + v->stats.cow_bytes;
}

void
extsim_compare_run (extsim_compare *c, const extsim_policy *const *policies, guint jobs)
{
	compare_job job = { c, policies, 0, 0 };
	guint n_rows = 0, nw;
	g_autoptr (GPtrArray) threads = g_ptr_array_new ();

	g_return_if_fail (c != NULL && policies != NULL);
	while (policies[n_rows])
		n_rows++;
	nw = c->names->len;
	g_return_if_fail ((guint64) n_rows * nw < G_MAXINT);
	g_free (c->cells);
	g_free (c->ok);
	c->cells = g_new0 (extsim_fuzz_verdict, (gsize) n_rows * nw + 1);
	c->ok = g_new0 (gboolean, (gsize) n_rows * nw + 1);
	job.n = (gint) (n_rows * nw);
	for (guint i = 1; i < MIN (MAX (jobs, 1u), (guint) MAX (job.n, 1)); i++)
		g_ptr_array_add (threads, g_thread_new ("extsim-compare", compare_worker, &job));
	compare_worker (&job);
	for (guint i = 0; i < threads->len; i++)
		g_thread_join (threads->pdata[i]);
	g_array_set_size (c->rows, 0);
	for (guint r = 0; r < n_rows; r++) {
		extsim_compare_row row = { .policy = policies[r] };

		for (guint w = 0; w < nw; w++)
			add_cell (&row, &c->cells[r * nw + w], c->ok[r * nw + w]);
		g_array_append_val (c->rows, row);
	}
}

guint
extsim_compare_get_n_rows (const extsim_compare *c)
{
	g_return_val_if_fail (c != NULL, 0);
	return c->rows->len;
}

const extsim_compare_row *
extsim_compare_get_row (const extsim_compare *c, guint index)
{
	g_return_val_if_fail (c != NULL && index < c->rows->len, NULL);
	return &g_array_index (c->rows, extsim_compare_row, index);
}

const extsim_fuzz_verdict *
extsim_compare_get_verdict (const extsim_compare *c, guint row, guint workload)
{
	guint nw;

	g_return_val_if_fail (c != NULL && row < c->rows->len && workload < c->names->len, NULL);
	nw = c->names->len;
	return c->ok[row * nw + workload] ? &c->cells[row * nw + workload] : NULL;
}
