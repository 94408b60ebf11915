/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Helpers of the script suites: run a script text and keep what it printed,
 * on each stream and merged in the order the sink received it.
 */
#pragma once

#include "ext-test.h"

#include <errno.h>
#include <string.h>

typedef struct {
	extsim_script *script;
	extsim_script_result *res;
	GString *out;
	GString *err;
	GString *merged;
	guint records_seen;
} t_run;

static inline void
t_run_sink (extsim_script_stream stream, const char *text, gsize len, gpointer data)
{
	t_run *r = data;

	g_string_append_len (stream == EXTSIM_SCRIPT_TO_STDERR ? r->err : r->out, text, (gssize) len);
	g_string_append_len (r->merged, text, (gssize) len);
}

static inline void
t_run_record (const extsim_script_result *res, const extsim_script_record *rec, gpointer data)
{
	t_run *r = data;

	ext_assert_u64_eq (rec->index, r->records_seen);
	ext_assert_true (extsim_script_result_get_record (res, rec->index) == rec);
	r->records_seen++;
}

/* Runs @text under @policy, stdout buffered by @buffer bytes (0: in order);
 * the run itself must succeed. */
static inline t_run *
t_run_script_buffered (const char *text, const char *policy, gsize buffer)
{
	extsim_script_run_options o = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	t_run *r = g_new0 (t_run, 1);
	GError *err = NULL;

	r->script = extsim_script_parse_string (text, -1, "t.sh", NULL, &err);
	ext_assert_no_error (err);
	r->out = g_string_new (NULL);
	r->err = g_string_new (NULL);
	r->merged = g_string_new (NULL);
	o.policy = policy ? extsim_policy_lookup (policy) : NULL;
	o.record_events = TRUE;
	o.stdout_buffer = buffer;
	o.output = t_run_sink;
	o.output_data = r;
	o.after_record = t_run_record;
	o.after_record_data = r;
	ext_assert_true (extsim_script_run (r->script, &o, &r->res, &err));
	ext_assert_no_error (err);
	ext_assert_u64_eq (r->records_seen, extsim_script_result_get_n_records (r->res));
	return r;
}

/* In order, as on a terminal. */
static inline t_run *
t_run_script (const char *text, const char *policy)
{
	return t_run_script_buffered (text, policy, 0);
}

static inline void
t_run_free (t_run *r)
{
	extsim_script_result_free (r->res);
	extsim_script_free (r->script);
	g_string_free (r->out, TRUE);
	g_string_free (r->err, TRUE);
	g_string_free (r->merged, TRUE);
	g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (t_run, t_run_free)

/* The record of operation @op (an index into the script's operations). */
static inline const extsim_script_record *
t_record (const t_run *r, guint op)
{
	ext_assert_u64_lt (op, extsim_script_result_get_n_records (r->res));
	return extsim_script_result_get_record (r->res, op);
}

/* The exit status of command @cmd. */
static inline int
t_exit (const t_run *r, guint cmd)
{
	return extsim_script_result_get_exit_status (r->res, cmd);
}

/* The file the script calls @path. */
static inline extsim_ino
t_file (const t_run *r, const char *path)
{
	for (guint i = 0; i < extsim_script_result_get_n_files (r->res); i++) {
		const extsim_script_file *f = extsim_script_result_get_file (r->res, i);

		if (g_str_equal (f->path, path))
			return f->ino;
	}
	ext_assert_str_eq (path, "a file the run made");
	return (extsim_ino) { 0, 0 };
}

/* The size of the file the script calls @path. */
static inline guint64
t_size (const t_run *r, const char *path)
{
	extsim_inode_info info;

	ext_assert_true (extsim_fs_inode_info (extsim_script_result_get_fs (r->res), t_file (r, path), &info, NULL));
	return info.size;
}

/* The byte at offset 0 of the file the script calls @path. */
static inline guint8
t_first_byte (const t_run *r, const char *path)
{
	g_autoptr (GArray) runs = extsim_fs_read (extsim_script_result_get_fs (r->res), t_file (r, path), 0, 1, NULL);

	ext_assert_int_eq (runs->len, 1);
	return g_array_index (runs, extsim_content_run, 0).fill;
}

#define MNT EXTSIM_SCRIPT_DEFAULT_MNT
#define MKFS_MOUNT "mkfs.btrfs -f $dev -b 1G >/dev/null\nmount $dev $mnt\n"
