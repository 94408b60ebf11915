/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim run --json: the whole run as one JSON document, for other tools.
 *
 *   {
 *     "format": "extsim-run", "format_version": 1, "generator": "extsim 0.1.0",
 *     "script": "examples/generic-546.sh", "policy": { "name": ..., "summary": ... },
 *     "verdict": { "exit_status": 1, "clean": false, "violations": 1, "lost_bytes": 4096, ... },
 *     "commands": [ { "line": 1, "text": ..., "operations": [ { "operation": "pwrite",
 *                     "first_step": ..., "error": { "errno": 28, "errno_name": "ENOSPC", ... },
 *                     "decisions": [ { "kind": "nocow", "reason": "nocow-ok", "why": ... } ],
 *                     "space_info": { ... } } ] } ],
 *     "violations": [ ... ], "losses": [ ... ], "statistics": { ... }, "files": [ ... ]
 *   }
 *
 * Keys are whole words, numbers are raw bytes, steps and errno values; the
 * format_version changes when a key changes meaning or disappears (new keys
 * may appear at any time).
 */
#include "extsim.h"

#include <errno.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#define JSON_FORMAT_VERSION 1

static const char *
stream_name (extsim_script_stream s)
{
	return s == EXTSIM_SCRIPT_TO_STDOUT ? "stdout" : s == EXTSIM_SCRIPT_TO_STDERR ? "stderr" : "null";
}

static const char *
errno_name (int e)
{
	switch (e) {
	case ENOSPC: return "ENOSPC";
	case EINVAL: return "EINVAL";
	case ENOENT: return "ENOENT";
	case EROFS: return "EROFS";
	case EFBIG: return "EFBIG";
	case EBADE: return "EBADE";
	case EXDEV: return "EXDEV";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EBADF: return "EBADF";
	case EISDIR: return "EISDIR";
	case EEXIST: return "EEXIST";
	case ENOTDIR: return "ENOTDIR";
	case EPERM: return "EPERM";
	default: return "EIO";
	}
}

void
json_member_int (JsonBuilder *b, const char *name, gint64 v)
{
	json_builder_set_member_name (b, name);
	json_builder_add_int_value (b, v);
}

void
json_member_str (JsonBuilder *b, const char *name, const char *v)
{
	json_builder_set_member_name (b, name);
	if (v)
		json_builder_add_string_value (b, v);
	else
		json_builder_add_null_value (b);
}

void
json_print (JsonNode *root)
{
	g_autoptr (JsonGenerator) gen = json_generator_new ();
	g_autofree char *text = NULL;

	json_generator_set_root (gen, root);
	json_generator_set_pretty (gen, TRUE);
	text = json_generator_to_data (gen, NULL);
	printf ("%s\n", text);
	fflush (stdout);
}

static void
member_bool (JsonBuilder *b, const char *name, gboolean v)
{
	json_builder_set_member_name (b, name);
	json_builder_add_boolean_value (b, v);
}

static void
add_ino (JsonBuilder *b, const extsim_script_result *res, extsim_ino ino)
{
	json_member_int (b, "subvolume", ino.root);
	json_member_int (b, "inode", ino.ino);
	json_member_str (b, "path", ino.ino ? extsim_script_result_path_of (res, ino) : NULL);
}

static void
add_space (JsonBuilder *b, const extsim_space_info *si)
{
	json_builder_set_member_name (b, "space_info");
	json_builder_begin_object (b);
	json_member_int (b, "total", si->total);
	json_member_int (b, "used", si->used);
	json_member_int (b, "reserved", si->reserved);
	json_member_int (b, "pinned", si->pinned);
	json_member_int (b, "may_use", si->may_use);
	json_member_int (b, "readonly", si->readonly);
	json_member_int (b, "free", si->free);
	json_builder_end_object (b);
}

static void
add_decisions (JsonBuilder *b, const extsim_script_result *res, const GArray *events)
{
	json_builder_set_member_name (b, "decisions");
	json_builder_begin_array (b);
	for (guint i = 0; events && i < events->len; i++) {
		const extsim_event *e = &g_array_index (events, extsim_event, i);

		json_builder_begin_object (b);
		json_member_str (b, "kind", extsim_event_kind_to_str (e->kind));
		json_member_str (b, "reason", extsim_reason_to_name (e->reason));
		json_member_str (b, "why", extsim_reason_to_str (e->reason));
		json_member_int (b, "step", e->step);
		add_ino (b, res, e->ino);
		json_member_int (b, "offset", e->offset);
		json_member_int (b, "length", e->len);
		json_member_int (b, "bytenr", e->bytenr);
		json_member_int (b, "count", e->count);
		json_builder_end_object (b);
	}
	json_builder_end_array (b);
}

static void
add_record (JsonBuilder *b, const extsim_script_result *res, const extsim_script_record *r)
{
	json_builder_begin_object (b);
	json_member_int (b, "record", r->index);
	json_member_str (b, "operation", extsim_script_op_kind_to_str (r->op->kind));
	json_member_int (b, "line", r->op->line);
	json_member_int (b, "column", r->op->column);
	json_member_str (b, "text", r->op->text);
	json_member_str (b, "path", r->op->path);
	json_member_str (b, "source_path", r->op->path2);
	member_bool (b, "ran", r->ran);
	json_member_int (b, "first_step", r->first_step);
	json_member_int (b, "last_step", r->last_step);
	json_builder_set_member_name (b, "error");
	if (r->error || r->error_text) {
		json_builder_begin_object (b);
		json_member_int (b, "errno", (guint64) r->error);
		json_member_str (b, "errno_name", r->error ? errno_name (r->error) : NULL);
		json_member_str (b, "message", r->error_text);
		json_builder_end_object (b);
	} else {
		json_builder_add_null_value (b);
	}
	json_member_str (b, "stdout", r->out_text);
	json_member_str (b, "stderr", r->err_text);
	json_member_int (b, "lost_bytes", r->lost_bytes);
	json_member_int (b, "violations", r->n_violations);
	add_decisions (b, res, r->events);
	add_space (b, &r->space);
	json_builder_end_object (b);
}

static void
add_commands (JsonBuilder *b, const extsim_script_result *res)
{
	const extsim_script *script = extsim_script_result_get_script (res);
	guint next = 0;

	json_builder_set_member_name (b, "commands");
	json_builder_begin_array (b);
	for (guint i = 0; i < extsim_script_get_n_commands (script); i++) {
		const extsim_script_command *c = extsim_script_get_command (script, i);

		json_builder_begin_object (b);
		json_member_int (b, "index", c->index);
		json_member_int (b, "line", c->line);
		json_member_int (b, "column", c->column);
		json_member_str (b, "name", c->name);
		json_member_str (b, "text", c->text);
		json_member_str (b, "stdout_to", stream_name (c->stdout_to));
		json_member_str (b, "stderr_to", stream_name (c->stderr_to));
		member_bool (b, "ran", extsim_script_result_command_ran (res, i));
		json_member_int (b, "exit_status", (guint64) extsim_script_result_get_exit_status (res, i));
		json_builder_set_member_name (b, "operations");
		json_builder_begin_array (b);
		for (; next < extsim_script_result_get_n_records (res); next++) {
			const extsim_script_record *r = extsim_script_result_get_record (res, next);

			if (r->op->command != i)
				break;
			add_record (b, res, r);
		}
		json_builder_end_array (b);
		json_builder_end_object (b);
	}
	json_builder_end_array (b);
}

static void
add_violations (JsonBuilder *b, const extsim_script_result *res)
{
	json_builder_set_member_name (b, "violations");
	json_builder_begin_array (b);
	for (guint i = 0; i < extsim_script_result_get_n_violations (res); i++) {
		const extsim_script_violation *sv = extsim_script_result_get_violation (res, i);
		const extsim_violation *v = sv->violation;
		const extsim_script_record *r = extsim_script_result_get_record (res, sv->record);

		json_builder_begin_object (b);
		json_member_int (b, "invariant", (guint64) v->invariant);
		json_member_str (b, "invariant_name", extsim_invariant_to_str (v->invariant));
		json_member_str (b, "rule", v->rule);
		json_member_str (b, "reason", extsim_reason_to_name (v->reason));
		json_member_str (b, "detail", v->detail);
		json_member_str (b, "explanation", sv->explanation);
		json_member_int (b, "step", v->step);
		json_member_int (b, "record", sv->record);
		json_member_int (b, "command", r->op->command);
		json_member_int (b, "line", r->op->line);
		json_member_int (b, "column", r->op->column);
		add_ino (b, res, v->ino);
		json_member_int (b, "offset", v->offset);
		json_member_int (b, "length", v->len);
		json_member_int (b, "bytenr", v->bytenr);
		json_builder_end_object (b);
	}
	json_builder_end_array (b);
}

static void
add_losses (JsonBuilder *b, const extsim_script_result *res)
{
	json_builder_set_member_name (b, "losses");
	json_builder_begin_array (b);
	for (guint i = 0; i < extsim_script_result_get_n_losses (res); i++) {
		const extsim_script_loss *l = extsim_script_result_get_loss (res, i);
		const extsim_script_record *r = extsim_script_result_get_record (res, l->record);

		json_builder_begin_object (b);
		json_member_int (b, "record", l->record);
		json_member_int (b, "line", r->op->line);
		json_member_int (b, "column", r->op->column);
		add_ino (b, res, l->ino);
		json_member_int (b, "offset", l->offset);
		json_member_int (b, "length", l->length);
		json_builder_end_object (b);
	}
	json_builder_end_array (b);
}

static void
add_statistics (JsonBuilder *b, const extsim_script_result *res)
{
	extsim_stats st;

	extsim_script_result_get_stats (res, &st);
	json_builder_set_member_name (b, "statistics");
	json_builder_begin_object (b);
	json_member_int (b, "steps", st.steps);
	json_member_int (b, "commits", st.commits);
	json_member_int (b, "reservation_failures", st.reservation_failures);
	json_member_int (b, "noreserve_admissions", st.noreserve_admissions);
	json_member_int (b, "nocow_bytes", st.nocow_bytes);
	json_member_int (b, "cow_bytes", st.cow_bytes);
	json_member_int (b, "enospc_write", st.enospc_write);
	json_member_int (b, "enospc_writeback", st.enospc_writeback);
	json_member_int (b, "lost_bytes", st.lost_bytes);
	json_member_int (b, "remap_prepare_flush_bytes", st.remap_prep_flush_bytes);
	json_member_int (b, "snapshot_prepare_flush_bytes", st.snapshot_prep_flush_bytes);
	json_member_int (b, "inline_bytes", st.inline_bytes);
	json_builder_end_object (b);
}

/* Every file as the run left it: size, flags, extent items, dirty ranges. */
static void
add_files (JsonBuilder *b, const extsim_script_result *res)
{
	const extsim_fs *fs = extsim_script_result_get_fs (res);

	json_builder_set_member_name (b, "files");
	json_builder_begin_array (b);
	for (guint i = 0; fs && i < extsim_script_result_get_n_files (res); i++) {
		const extsim_script_file *f = extsim_script_result_get_file (res, i);
		g_autoptr (GArray) items = extsim_fs_file_extents (fs, f->ino, NULL);
		g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (fs, f->ino, NULL);
		extsim_inode_info info = { 0 };

		extsim_fs_inode_info (fs, f->ino, &info, NULL);
		json_builder_begin_object (b);
		add_ino (b, res, f->ino);
		json_member_int (b, "size", info.size);
		member_bool (b, "nodatacow", (info.flags & EXTSIM_INODE_NODATACOW) != 0);
		member_bool (b, "prealloc", (info.flags & EXTSIM_INODE_PREALLOC) != 0);
		json_member_int (b, "lost_bytes", info.lost_bytes);
		json_builder_set_member_name (b, "extents");
		json_builder_begin_array (b);
		for (guint k = 0; items && k < items->len; k++) {
			const extsim_file_extent *fe = &g_array_index (items, extsim_file_extent, k);

			json_builder_begin_object (b);
			json_member_int (b, "offset", fe->offset);
			json_member_int (b, "length", fe->len);
			json_member_str (b, "type", fe->type == EXTSIM_FILE_EXTENT_PREALLOC ? "prealloc"
					       : fe->type == EXTSIM_FILE_EXTENT_INLINE ? "inline"
										: "regular");
			json_member_int (b, "disk_bytenr", fe->disk_bytenr);
			json_member_int (b, "disk_num_bytes", fe->disk_num_bytes);
			json_member_int (b, "extent_offset", fe->extent_offset);
			json_member_int (b, "generation", fe->generation);
			json_builder_end_object (b);
		}
		json_builder_end_array (b);
		json_builder_set_member_name (b, "dirty");
		json_builder_begin_array (b);
		for (guint k = 0; dirty && k < dirty->len; k++) {
			const extsim_dirty_range *d = &g_array_index (dirty, extsim_dirty_range, k);

			json_builder_begin_object (b);
			json_member_int (b, "offset", d->offset);
			json_member_int (b, "length", d->len);
			json_member_str (b, "reservation", d->state == EXTSIM_NORESERVE ? "noreserve" : "reserved");
			json_member_int (b, "fill", d->fill);
			json_builder_end_object (b);
		}
		json_builder_end_array (b);
		json_builder_end_object (b);
	}
	json_builder_end_array (b);
}

static void
begin_document (JsonBuilder *b, const char *script)
{
	json_builder_begin_object (b);
	json_member_str (b, "format", "extsim-run");
	json_member_int (b, "format_version", JSON_FORMAT_VERSION);
	json_member_str (b, "generator", "extsim " EXTSIM_VERSION);
	json_member_str (b, "script", script);
}

static void
print_document (JsonBuilder *b)
{
	g_autoptr (JsonNode) root = NULL;

	json_builder_end_object (b);
	root = json_builder_get_root (b);
	json_print (root);
}

void
json_write_run (const extsim_script_result *res, int exit_status)
{
	g_autoptr (JsonBuilder) b = json_builder_new ();
	const extsim_script *script = extsim_script_result_get_script (res);
	const extsim_policy *policy = extsim_script_result_get_policy (res);

	begin_document (b, extsim_script_get_filename (script));
	json_builder_set_member_name (b, "policy");
	json_builder_begin_object (b);
	json_member_str (b, "name", policy->name);
	json_member_str (b, "summary", policy->summary);
	json_builder_end_object (b);
	json_builder_set_member_name (b, "verdict");
	json_builder_begin_object (b);
	json_member_int (b, "exit_status", (guint64) exit_status);
	member_bool (b, "clean", extsim_script_result_is_clean (res));
	json_member_int (b, "violations", extsim_script_result_get_n_violations (res));
	json_member_int (b, "lost_bytes", extsim_script_result_get_lost_bytes (res));
	json_member_int (b, "commands", extsim_script_get_n_commands (script));
	json_member_int (b, "commands_run", extsim_script_result_get_n_commands_run (res));
	json_builder_end_object (b);
	add_commands (b, res);
	add_violations (b, res);
	add_losses (b, res);
	add_statistics (b, res);
	add_files (b, res);
	print_document (b);
}

void
json_write_error (const char *script, const GError *error)
{
	g_autoptr (JsonBuilder) b = json_builder_new ();

	begin_document (b, script);
	json_builder_set_member_name (b, "verdict");
	json_builder_begin_object (b);
	json_member_int (b, "exit_status", EXIT_CANNOT);
	json_builder_end_object (b);
	json_builder_set_member_name (b, "error");
	json_builder_begin_object (b);
	json_member_str (b, "message", error->message);
	member_bool (b, "unsupported", g_error_matches (error, EXTSIM_ERROR, EXTSIM_ERROR_OPNOTSUPP));
	json_builder_end_object (b);
	print_document (b);
}
