/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: what a run leaves behind, and why it went wrong
 *
 * The runner (script-run.c) adds one record per operation.  After each
 * operation it hands over what the library noticed meanwhile:
 *
 *   extsim_fs_violations(fs)[since..]  -> violations attributed to the
 *                                         record, each with a paragraph
 *                                         (explain_violation())
 *   stats.lost_bytes went up           -> the lost ranges of every file,
 *                                         minus those already known, become
 *                                         losses of the record
 *
 * So "which command broke what" is a lookup, not a search through steps:
 * the record says which steps it made (first_step, last_step], and every
 * violation and loss names its record.
 *
 * The explanation is written for someone who has not read the kernel: what
 * the command did to the extent, which rule of btrfs that touches
 * (references are per extent, not per block), and what it will cost.
 */
#include "script-private.h"

#include <string.h>

static void
record_free (script_record *rec)
{
	g_string_free (rec->out, TRUE);
	g_string_free (rec->err, TRUE);
	g_free (rec->error_text);
	if (rec->events)
		g_array_unref (rec->events);
	g_free (rec);
}

extsim_script_result *
result_new (const extsim_script *script, const extsim_policy *policy)
{
	extsim_script_result *res = g_new0 (extsim_script_result, 1);

	res->script = script;
	res->policy = policy;
	res->records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
	res->violations = g_array_new (FALSE, TRUE, sizeof (extsim_script_violation));
	res->owned = g_ptr_array_new_with_free_func ((GDestroyNotify) extsim_violation_free);
	res->losses = g_array_new (FALSE, TRUE, sizeof (extsim_script_loss));
	res->strings = g_string_chunk_new (1024);
	res->exit_status = g_array_new (FALSE, TRUE, sizeof (int));
	g_array_set_size (res->exit_status, script->commands->len);
	res->skipped = g_array_new (FALSE, TRUE, sizeof (gboolean));
	g_array_set_size (res->skipped, script->commands->len);
	res->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	res->known_lost = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
	res->file_list = g_array_new (FALSE, TRUE, sizeof (extsim_script_file));
	return res;
}

void
result_init_slim (extsim_script_result *res, const extsim_script *script, const extsim_policy *policy)
{
	memset (res, 0, sizeof *res);
	res->script = script;
	res->policy = policy;
}

GHashTable *
table_copy (GHashTable *from, gsize value_size)
{
	GHashTable *to = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, from);
	while (g_hash_table_iter_next (&it, &k, &v))
		g_hash_table_insert (to, g_strdup (k), g_memdup2 (v, value_size));
	return to;
}

void
result_clear (extsim_script_result *res)
{
	g_clear_pointer (&res->records, g_ptr_array_unref);
	g_clear_pointer (&res->violations, g_array_unref);
	g_clear_pointer (&res->owned, g_ptr_array_unref);
	g_clear_pointer (&res->losses, g_array_unref);
	g_clear_pointer (&res->strings, g_string_chunk_free);
	g_clear_pointer (&res->exit_status, g_array_unref);
	g_clear_pointer (&res->skipped, g_array_unref);
	if (res->files_borrowed)
		res->files = NULL;
	g_clear_pointer (&res->files, g_hash_table_unref);
	g_clear_pointer (&res->known_lost, g_hash_table_unref);
	g_clear_pointer (&res->file_list, g_array_unref);
	res->mnt = NULL;
	g_clear_pointer (&res->fs, extsim_fs_free);
}

void
extsim_script_result_free (extsim_script_result *res)
{
	if (!res)
		return;
	result_clear (res);
	g_free (res);
}

script_record *
result_add_record (extsim_script_result *res, const script_op *op)
{
	script_record *rec = g_new0 (script_record, 1);

	rec->pub.index = res->records->len;
	rec->pub.op = &op->pub;
	rec->pub.command = extsim_script_get_command (res->script, op->pub.command);
	rec->out = g_string_new (NULL);
	rec->err = g_string_new (NULL);
	g_ptr_array_add (res->records, rec);
	return rec;
}

/* ---- files --------------------------------------------------------------------- */

/* Copy on write: a session's clone shares its parent's table until one of
 * them changes it.  Called before every change to the table, so the hash
 * a session keeps of it is forgotten here too. */
static void
files_unshare (extsim_script_result *res)
{
	GHashTable *t;

	res->files_hash_known = FALSE;
	if (!res->files_shared)
		return;
	t = table_copy (res->files, sizeof (extsim_ino));
	if (!res->files_borrowed)
		g_hash_table_unref (res->files);
	res->files = t;
	res->files_shared = res->files_borrowed = FALSE;
}

void
result_replace_files (extsim_script_result *res, GHashTable *files)
{
	files_unshare (res);
	g_hash_table_unref (res->files);
	res->files = files;
	res->files_dirty = TRUE;
}

void
result_set_file (extsim_script_result *res, const char *rel, const extsim_ino *ino)
{
	files_unshare (res);
	if (ino)
		g_hash_table_insert (res->files, g_strdup (rel), g_memdup2 (ino, sizeof *ino));
	else
		g_hash_table_remove (res->files, rel);
	res->files_dirty = TRUE;
}

const extsim_ino *
result_lookup_file (const extsim_script_result *res, const char *rel)
{
	return g_hash_table_lookup (res->files, rel);
}

char *
result_display_path (const extsim_script_result *res, const char *rel)
{
	if (!*rel)
		return g_strdup (res->mnt ? res->mnt : "/");
	return g_strdup_printf ("%s/%s", g_str_equal (res->mnt ? res->mnt : "/", "/") ? "" : res->mnt, rel);
}

static int
compare_files (gconstpointer a, gconstpointer b)
{
	return strcmp (((const extsim_script_file *) a)->path, ((const extsim_script_file *) b)->path);
}

static void
rebuild_file_list (extsim_script_result *res)
{
	GHashTableIter it;
	gpointer k, v;

	g_array_set_size (res->file_list, 0);
	g_hash_table_iter_init (&it, res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		g_autofree char *path = result_display_path (res, k);
		extsim_script_file f = { g_string_chunk_insert_const (res->strings, path), *(extsim_ino *) v };

		g_array_append_val (res->file_list, f);
	}
	g_array_sort (res->file_list, compare_files);
	res->files_dirty = FALSE;
}

static const char *
path_of (const extsim_script_result *res, extsim_ino ino)
{
	GHashTableIter it;
	gpointer k, v;
	const char *best = NULL;

	g_hash_table_iter_init (&it, res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const extsim_ino *i = v;

		if (i->root == ino.root && i->ino == ino.ino && (!best || strcmp (k, best) < 0))
			best = k;
	}
	if (!best)
		return NULL;
	{
		g_autofree char *path = result_display_path (res, best);

		return g_string_chunk_insert_const (((extsim_script_result *) res)->strings, path);
	}
}

static void
add_stats (extsim_stats *sum, const extsim_stats *s)
{
	sum->steps += s->steps;
	sum->commits += s->commits;
	sum->reservation_failures += s->reservation_failures;
	sum->noreserve_admissions += s->noreserve_admissions;
	sum->nocow_bytes += s->nocow_bytes;
	sum->cow_bytes += s->cow_bytes;
	sum->enospc_write += s->enospc_write;
	sum->enospc_writeback += s->enospc_writeback;
	sum->lost_bytes += s->lost_bytes;
	sum->remap_prep_flush_bytes += s->remap_prep_flush_bytes;
	sum->snapshot_prep_flush_bytes += s->snapshot_prep_flush_bytes;
	sum->inline_bytes += s->inline_bytes;
}

void
result_retire_fs (extsim_script_result *res)
{
	extsim_stats s;

	if (!res->fs)
		return;
	extsim_fs_get_stats (res->fs, &s);
	add_stats (&res->stats_before, &s);
	g_clear_pointer (&res->fs, extsim_fs_free);
	files_unshare (res);
	g_hash_table_remove_all (res->files);
	if (res->known_lost)
		g_hash_table_remove_all (res->known_lost);
	res->files_dirty = TRUE;
}

/* ---- violations and losses ------------------------------------------------------------ */

void
result_take_violations (extsim_script_result *res, script_record *rec, guint since)
{
	const GPtrArray *all = extsim_fs_violations (res->fs);

	for (guint i = since; i < all->len; i++) {
		extsim_violation *v = extsim_violation_copy (all->pdata[i]);
		g_autofree char *text = explain_violation (res, rec, v);
		extsim_script_violation sv = {
			v, rec->pub.index, v->ino.ino ? path_of (res, v->ino) : NULL,
			g_string_chunk_insert (res->strings, text),
		};

		g_ptr_array_add (res->owned, v);
		g_array_append_val (res->violations, sv);
		rec->pub.n_violations++;
	}
}

static char *
ino_key (extsim_ino ino)
{
	return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, ino.root, ino.ino);
}

/* Appends to @out the parts of @now's ranges not covered by @before's. */
static void
subtract_ranges (const GArray *now, const GArray *before, GArray *out)
{
	guint j = 0;

	for (guint i = 0; i < now->len; i++) {
		const extsim_range *r = &g_array_index (now, extsim_range, i);
		guint64 pos = r->offset, end = r->offset + r->len;

		while (j < before->len && g_array_index (before, extsim_range, j).offset +
						  g_array_index (before, extsim_range, j).len <= pos)
			j++;
		for (guint k = j; k < before->len && pos < end; k++) {
			const extsim_range *b = &g_array_index (before, extsim_range, k);

			if (b->offset >= end)
				break;
			if (b->offset > pos)
				g_array_append_val (out, ((extsim_range) { pos, b->offset - pos }));
			pos = MAX (pos, b->offset + b->len);
		}
		if (pos < end)
			g_array_append_val (out, ((extsim_range) { pos, end - pos }));
	}
}

void
result_note_losses (extsim_script_result *res, script_record *rec)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		extsim_ino ino = *(extsim_ino *) v;
		g_autofree char *key = ino_key (ino);
		GArray *now = extsim_fs_lost_ranges (res->fs, ino, NULL);
		GArray *before = g_hash_table_lookup (res->known_lost, key);
		g_autoptr (GArray) fresh = g_array_new (FALSE, FALSE, sizeof (extsim_range));
		g_autofree char *path = result_display_path (res, k);

		if (!now)
			continue;
		if (before)
			subtract_ranges (now, before, fresh);
		else
			g_array_append_vals (fresh, now->data, now->len);
		for (guint i = 0; i < fresh->len; i++) {
			const extsim_range *r = &g_array_index (fresh, extsim_range, i);
			extsim_script_loss loss = { rec->pub.index, g_string_chunk_insert_const (res->strings, path), ino,
						    r->offset, r->len };

			g_array_append_val (res->losses, loss);
		}
		g_hash_table_insert (res->known_lost, g_steal_pointer (&key), now);
	}
}

/* ---- the public accessors --------------------------------------------------------------- */

const extsim_script *
extsim_script_result_get_script (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, NULL);
	return res->script;
}

const extsim_policy *
extsim_script_result_get_policy (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, NULL);
	return res->policy;
}

const extsim_fs *
extsim_script_result_get_fs (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, NULL);
	return res->fs;
}

guint
extsim_script_result_get_n_records (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, 0);
	return res->records->len;
}

const extsim_script_record *
extsim_script_result_get_record (const extsim_script_result *res, guint index)
{
	g_return_val_if_fail (res != NULL && index < res->records->len, NULL);
	return &((script_record *) res->records->pdata[index])->pub;
}

guint
extsim_script_result_get_n_violations (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, 0);
	return res->violations->len;
}

const extsim_script_violation *
extsim_script_result_get_violation (const extsim_script_result *res, guint index)
{
	g_return_val_if_fail (res != NULL && index < res->violations->len, NULL);
	return &g_array_index (res->violations, extsim_script_violation, index);
}

guint
extsim_script_result_get_n_losses (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, 0);
	return res->losses->len;
}

const extsim_script_loss *
extsim_script_result_get_loss (const extsim_script_result *res, guint index)
{
	g_return_val_if_fail (res != NULL && index < res->losses->len, NULL);
	return &g_array_index (res->losses, extsim_script_loss, index);
}

guint
extsim_script_result_get_n_files (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, 0);
	if (res->files_dirty)
		rebuild_file_list ((extsim_script_result *) res);
	return res->file_list->len;
}

const extsim_script_file *
extsim_script_result_get_file (const extsim_script_result *res, guint index)
{
	g_return_val_if_fail (res != NULL, NULL);
	if (res->files_dirty)
		rebuild_file_list ((extsim_script_result *) res);
	g_return_val_if_fail (index < res->file_list->len, NULL);
	return &g_array_index (res->file_list, extsim_script_file, index);
}

const char *
extsim_script_result_path_of (const extsim_script_result *res, extsim_ino ino)
{
	g_return_val_if_fail (res != NULL, NULL);
	return path_of (res, ino);
}

guint
extsim_script_result_get_n_commands_run (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, 0);
	return res->n_commands_run;
}

gboolean
extsim_script_result_command_ran (const extsim_script_result *res, guint command)
{
	g_return_val_if_fail (res != NULL && command < res->skipped->len, FALSE);
	return command < res->n_commands_run && !g_array_index (res->skipped, gboolean, command);
}

int
extsim_script_result_get_exit_status (const extsim_script_result *res, guint command)
{
	g_return_val_if_fail (res != NULL && command < res->exit_status->len, 0);
	return g_array_index (res->exit_status, int, command);
}

void
extsim_script_result_get_stats (const extsim_script_result *res, extsim_stats *out)
{
	extsim_stats now = { 0 };

	g_return_if_fail (res != NULL && out != NULL);
	*out = res->stats_before;
	if (res->fs)
		extsim_fs_get_stats (res->fs, &now);
	add_stats (out, &now);
}

guint64
extsim_script_result_get_lost_bytes (const extsim_script_result *res)
{
	extsim_stats s;

	g_return_val_if_fail (res != NULL, 0);
	extsim_script_result_get_stats (res, &s);
	return s.lost_bytes;
}

gboolean
extsim_script_result_is_clean (const extsim_script_result *res)
{
	g_return_val_if_fail (res != NULL, FALSE);
	return res->violations->len == 0 && extsim_script_result_get_lost_bytes (res) == 0;
}
