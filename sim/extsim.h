/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The extsim program: one function per subcommand, each in its own file.
 * Everything here uses libextsim's public API only (<extsim/extsim.h>).
 */
#pragma once

#include <extsim/extsim.h>
#include <json-glib/json-glib.h>

/* Exit statuses of every subcommand. */
enum {
	EXIT_CLEAN = 0,   /* ran; no invariant violated, no data lost */
	EXIT_LOSS = 1,    /* ran; an invariant was violated or data was lost */
	EXIT_CANNOT = 2,  /* could not run: bad arguments, bad script */
};

/* "I/N" of --shard: part I of N, I < N (extsim.c) */
gboolean parse_shard (const char *text, guint *index, guint *count);

/* extsim run (run.c) */
int cmd_run (int argc, char **argv);
/* extsim explore (explore.c) */
int cmd_explore (int argc, char **argv);
/* extsim fuzz (fuzz.c) */
int cmd_fuzz (int argc, char **argv);
/* extsim compare (compare.c) */
int cmd_compare (int argc, char **argv);

/* --trace: what happened during one operation (trace.c) */
void trace_record (const extsim_script_result *result, const extsim_script_record *record);

/* --json: the whole run as one document on stdout (json.c) */
void json_write_run (const extsim_script_result *result, int exit_status);
void json_write_error (const char *script, const GError *error);
/* One member of the object being built: an integer, a string (NULL: null). */
void json_member_int (JsonBuilder *b, const char *name, gint64 v);
void json_member_str (JsonBuilder *b, const char *name, const char *v);
/* A document on stdout, indented, with a newline. */
void json_print (JsonNode *root);
