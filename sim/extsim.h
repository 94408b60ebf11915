/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The extsim program: one function per subcommand, each in its own file.
 * Everything here uses libextsim's public API only (<extsim/extsim.h>).
 */
#pragma once

#include <extsim/extsim.h>

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
