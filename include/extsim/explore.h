/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/check.h>
#include <extsim/extsim-export.h>
#include <extsim/fs.h>
#include <extsim/policy.h>
#include <extsim/script.h>

G_BEGIN_DECLS

/**
 * The explorer: every interleaving of a script's threads, plus the events
 * a kernel may take on its own between any two steps, breadth first.
 *
 * A script's commands before its first `#@thread NAME` line are the
 * setup, run in order; the commands after each `#@thread NAME` line, up to
 * the next one, are that thread.  (To a shell those lines are comments, so
 * the script still runs, its threads one after the other.)  Between any
 * two steps the explorer may also write back any file with dirty pages
 * (whole, or one dirty range) and commit the transaction.
 *
 * States are compared by extsim_fs_hash() and the threads' positions, so
 * each is expanded once, and the first violation found is at the least
 * depth: its trace is a shortest one.
 */

typedef enum {
	EXTSIM_ACTION_OP,        /* the next operation of @thread */
	EXTSIM_ACTION_WRITEBACK, /* background writeback of @ino, [@offset, +@len), @len 0: whole file */
	EXTSIM_ACTION_COMMIT,    /* a transaction commit on its own */
} extsim_action_kind;

typedef struct {
	extsim_action_kind kind;
	guint thread; /* EXTSIM_ACTION_OP: 1-based thread index */
	guint op;     /* EXTSIM_ACTION_OP: index of the script operation */
	extsim_ino ino;
	guint64 offset;
	guint64 len;
} extsim_action;

/**
 * extsim_explore_progress:
 * @depth: the last level finished
 * @states_generated: children made so far, duplicates included
 * @distinct_states: states kept (each expanded once)
 * @frontier: states of the next level to expand
 * @seconds: wall time of the search (the setup excluded)
 * @eta_seconds: an estimate of the time left, -1 before the first level
 *   is done: a breadth-first search does not know the size of its space,
 *   so the levels up to the depth limit are assumed to grow as the last
 *   one did (children per state and the share of them that are new).
 *   0 once the search is over.
 */
typedef struct extsim_explore_progress {
	guint depth;
	guint64 states_generated;
	guint64 distinct_states;
	guint64 frontier;
	double seconds;
	double eta_seconds;
} extsim_explore_progress;

typedef void (*extsim_explore_progress_func) (const extsim_explore_progress *progress, gpointer user_data);

/**
 * extsim_explore_options:
 * @version: EXTSIM_EXPLORE_OPTIONS_VERSION
 * @policy: (nullable): NULL is "unpatched"
 * @depth: most actions after the setup (0: 8)
 * @jobs: worker threads (0: 1); results do not depend on it
 * @shard_index: with @shard_count > 1, explore only the part of the first
 *   level whose index modulo @shard_count is @shard_index
 * @shard_count: 0 or 1: no sharding
 * @background: offer background writeback and commits (TRUE by default)
 * @range_writeback: also offer writeback of each dirty range alone
 * @full_check: check all five invariants at every state (slower); by
 *   default a state is judged by invariants 1 and 4 and by lost data
 * @loss_only: look only for lost data (a writeback that dropped dirty
 *   pages, or an fsync that succeeded over such a loss), not for the
 *   invariant violations that come before it
 * @progress: (nullable): called about once a second
 * @progress_data:
 */
typedef struct {
	guint version;
	const extsim_policy *policy;
	guint depth;
	guint jobs;
	guint shard_index;
	guint shard_count;
	gboolean background;
	gboolean range_writeback;
	gboolean full_check;
	gboolean loss_only;
	extsim_explore_progress_func progress;
	gpointer progress_data;
} extsim_explore_options;

#define EXTSIM_EXPLORE_OPTIONS_VERSION 1
#define EXTSIM_EXPLORE_OPTIONS_INIT                                                                \
	{ EXTSIM_EXPLORE_OPTIONS_VERSION, NULL, 0, 0, 0, 0, TRUE, FALSE, FALSE, FALSE, NULL, NULL }

typedef struct extsim_explore_result extsim_explore_result;

/**
 * extsim_explore:
 * @out_result: (out) (transfer full): what the search found, and its
 *   statistics
 * Returns: FALSE with @error when the script cannot be explored (its setup
 *   failed, it has no thread); finding a violation is a result, not an
 *   error.
 */
EXTSIM_EXPORT gboolean extsim_explore (const extsim_script *script, const extsim_explore_options *options,
				       extsim_explore_result **out_result, GError **error);
/* Accepts NULL. */
EXTSIM_EXPORT void extsim_explore_result_free (extsim_explore_result *result);
/* TRUE if a violation (or lost data) was found. */
EXTSIM_EXPORT gboolean extsim_explore_result_found (const extsim_explore_result *result);
/* (transfer none) (element-type extsim_action): the shortest trace */
EXTSIM_EXPORT const GArray *extsim_explore_result_get_trace (const extsim_explore_result *result);
/* (transfer none) (nullable): what was wrong at the end of the trace */
EXTSIM_EXPORT const char *extsim_explore_result_get_reason (const extsim_explore_result *result);
EXTSIM_EXPORT void extsim_explore_result_get_progress (const extsim_explore_result *result,
						       extsim_explore_progress *out);
/**
 * extsim_explore_result_to_script:
 * Returns: (transfer full): the setup and the trace as a script that
 *   `extsim run` replays to the same state: operations as the script wrote
 *   them, background writeback as `xfs_io -c "sync_range -w OFF LEN" FILE`,
 *   a commit alone as `#@commit`.
 */
EXTSIM_EXPORT char *extsim_explore_result_to_script (const extsim_explore_result *result);
/* "op 3 of thread A: reflink ...", "writeback of /mnt/file1", "commit" */
EXTSIM_EXPORT char *extsim_action_to_string (const extsim_explore_result *result, const extsim_action *action);

G_END_DECLS
