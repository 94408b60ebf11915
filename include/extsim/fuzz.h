/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/check.h>
#include <extsim/extsim-export.h>
#include <extsim/fs.h>
#include <extsim/policy.h>

G_BEGIN_DECLS

/**
 * The fuzzer: random workloads from a seed, judged under a policy, every
 * failure shrunk to a small script; and the comparison of policies over a
 * set of workloads.
 *
 * A workload is script text in the dialect `extsim run` reads (see
 * <extsim/script.h>): a small filesystem (mkfs.btrfs -b 256M..512M), a few
 * files, most often a fill file that leaves no data space, then
 * extsim_fuzz_options.n_ops random operations drawn with the weights of
 * extsim_fuzz_op.  Run @run of a campaign depends only on the seed, the
 * operation count, the weights and @run: the same on every machine, with
 * any number of jobs and shards.
 */

/* What the random part of a workload is made of (`extsim fuzz -f NAME=WEIGHT`). */
typedef enum {
	EXTSIM_FUZZ_PWRITE,   /* xfs_io pwrite [-S fill] [-b bsize], often into a preallocated range */
	EXTSIM_FUZZ_FALLOC,   /* xfs_io falloc [-k] */
	EXTSIM_FUZZ_FPUNCH,   /* xfs_io fpunch */
	EXTSIM_FUZZ_TRUNCATE, /* xfs_io truncate */
	EXTSIM_FUZZ_REFLINK,  /* xfs_io reflink, within a file or across files */
	EXTSIM_FUZZ_DEDUPE,   /* xfs_io dedupe */
	EXTSIM_FUZZ_FSYNC,    /* xfs_io fsync or fdatasync */
	EXTSIM_FUZZ_SYNC,     /* sync */
	EXTSIM_FUZZ_COMMIT,   /* #@commit: a transaction commit on its own */
	EXTSIM_FUZZ_CHATTR,   /* a new file made NOCOW with chattr +C, then written */
	EXTSIM_FUZZ_SNAPSHOT, /* btrfs subvolume snapshot of the top level */
	EXTSIM_FUZZ_RM,       /* rm of a file */
	EXTSIM_FUZZ_FREE,     /* fpunch of the fill file: a little free space again */
	EXTSIM_FUZZ_REMOUNT,  /* umount, mount */
	EXTSIM_FUZZ_N_OPS
} extsim_fuzz_op;

/* "pwrite", "falloc" ... as `-f NAME=WEIGHT` takes them */
EXTSIM_EXPORT const char *extsim_fuzz_op_to_str (extsim_fuzz_op op);
/* FALSE when @name is no operation */
EXTSIM_EXPORT gboolean extsim_fuzz_op_from_str (const char *name, extsim_fuzz_op *out);
/* The weights a campaign uses unless told otherwise. */
EXTSIM_EXPORT void extsim_fuzz_default_weights (guint weights[EXTSIM_FUZZ_N_OPS]);

typedef struct {
	guint64 runs_done;  /* runs finished, in this shard */
	guint64 runs_total; /* runs of this shard */
	guint64 failures;   /* of those finished */
	double seconds;     /* since the campaign started */
} extsim_fuzz_progress;

typedef void (*extsim_fuzz_progress_func) (const extsim_fuzz_progress *progress, gpointer user_data);

#define EXTSIM_FUZZ_DEFAULT_OPS 12
#define EXTSIM_FUZZ_DEFAULT_RUNS 200
/* Candidate scripts the shrinker runs for one failure, at most. */
#define EXTSIM_FUZZ_SHRINK_BUDGET 4000

/**
 * extsim_fuzz_options:
 * @version: EXTSIM_FUZZ_OPTIONS_VERSION
 * @seed: the campaign's seed
 * @n_ops: random operations per workload after its setup (0:
 *   EXTSIM_FUZZ_DEFAULT_OPS)
 * @weights: relative weight of each operation; all 0: the defaults
 * @runs: workloads in the campaign (0: EXTSIM_FUZZ_DEFAULT_RUNS)
 * @policy: (nullable): NULL is "unpatched"
 * @jobs: worker threads (0: 1); results do not depend on it
 * @shard_index: with @shard_count > 1, run only the runs whose index
 *   modulo @shard_count is @shard_index
 * @shard_count: 0 or 1: no sharding
 * @no_shrink: report failures as generated, without shrinking them
 * @progress: (nullable): called at most four times a second, from any
 *   thread but never from two at once
 * @progress_data:
 */
typedef struct {
	guint version;
	guint64 seed;
	guint n_ops;
	guint weights[EXTSIM_FUZZ_N_OPS];
	guint64 runs;
	const extsim_policy *policy;
	guint jobs;
	guint shard_index;
	guint shard_count;
	gboolean no_shrink;
	extsim_fuzz_progress_func progress;
	gpointer progress_data;
} extsim_fuzz_options;

#define EXTSIM_FUZZ_OPTIONS_VERSION 1
#define EXTSIM_FUZZ_OPTIONS_INIT                                                                   \
	{ EXTSIM_FUZZ_OPTIONS_VERSION, 0, 0, { 0 }, 0, NULL, 0, 0, 0, FALSE, NULL, NULL }

/**
 * extsim_fuzz_generate:
 * Returns: (transfer full): the script text of run @run of the campaign
 *   @options describes (only the seed, the operation count and the weights
 *   matter), starting with a comment that names the seed and the run.
 */
EXTSIM_EXPORT char *extsim_fuzz_generate (const extsim_fuzz_options *options, guint64 run);

/**
 * extsim_fuzz_verdict:
 * @n_commands: the script's shell commands
 * @n_violations: invariant violations of the run
 * @invariant: the invariant of the first violation, 0 when none
 * @invariants: bit (1 << N) set for every invariant N violated
 * @lost_bytes: dirty bytes writeback dropped
 * @stats: the run's statistics
 *
 * How a script fared under a policy.  It failed when it violated an
 * invariant or lost data (extsim_fuzz_verdict_failed()).
 */
typedef struct {
	guint n_commands;
	guint n_violations;
	extsim_invariant invariant;
	guint32 invariants;
	guint64 lost_bytes;
	extsim_stats stats;
} extsim_fuzz_verdict;

/**
 * extsim_fuzz_judge:
 * Parses @text and runs it under @policy (NULL: unpatched), the
 * invariants checked after every step.
 * Returns: FALSE with @error when the script cannot be parsed or run.
 */
EXTSIM_EXPORT gboolean extsim_fuzz_judge (const char *text, const extsim_policy *policy, extsim_fuzz_verdict *out,
					  GError **error);
EXTSIM_EXPORT gboolean extsim_fuzz_verdict_failed (const extsim_fuzz_verdict *verdict);
/* TRUE when @candidate fails the way @target does: it loses data if
 * @target did, and violates @target's first invariant if it had one. */
EXTSIM_EXPORT gboolean extsim_fuzz_verdict_same_failure (const extsim_fuzz_verdict *target,
							 const extsim_fuzz_verdict *candidate);
/* "invariant 1 (reserved-or-nocow) violated, 4096 bytes lost" (transfer full) */
EXTSIM_EXPORT char *extsim_fuzz_verdict_to_string (const extsim_fuzz_verdict *verdict);

/**
 * extsim_fuzz_shrink:
 * @text: a script that fails under @policy as @failure says
 * @max_runs: candidate runs allowed (0: EXTSIM_FUZZ_SHRINK_BUDGET)
 * @out_verdict: (out) (optional): the verdict of the script returned
 * @out_runs: (out) (optional): candidate runs made
 *
 * Delta debugging: drops commands (halves, quarters ... single ones),
 * then simplifies what is left (drops xfs_io -c commands and options,
 * zeroes and halves offsets and lengths, joins the commands of one file,
 * merges adjacent ranges, drops the files no longer needed), keeping each
 * change that still fails the same way (extsim_fuzz_verdict_same_failure()),
 * until nothing changes.  mkfs.btrfs, mount and the lines before them stay.
 *
 * Returns: (transfer full): the smallest failing script found, without
 *   comments (@text itself when nothing could be taken away)
 */
EXTSIM_EXPORT char *extsim_fuzz_shrink (const char *text, const extsim_policy *policy,
					const extsim_fuzz_verdict *failure, guint max_runs,
					extsim_fuzz_verdict *out_verdict, guint *out_runs);

/**
 * extsim_fuzz_failure:
 * @run: index of the run in the campaign
 * @script: (not owned): the workload as generated
 * @verdict: how it failed
 * @shrunk: (not owned) (nullable): the shrunk script (NULL with no_shrink)
 * @shrunk_verdict: how the shrunk script fails
 * @shrink_runs: candidate runs the shrinker made
 */
typedef struct {
	guint64 run;
	const char *script;
	extsim_fuzz_verdict verdict;
	const char *shrunk;
	extsim_fuzz_verdict shrunk_verdict;
	guint shrink_runs;
} extsim_fuzz_failure;

typedef struct extsim_fuzz_result extsim_fuzz_result;

/**
 * extsim_fuzz_run:
 * @out_result: (out) (transfer full): the campaign's failures, in run order
 * Runs the campaign (the part of it @options' shard holds).
 * Returns: FALSE with EXTSIM_ERROR_INVAL for bad options.  A generated
 *   workload that cannot run is counted (extsim_fuzz_result_get_n_errors()),
 *   not an error of this call.
 */
EXTSIM_EXPORT gboolean extsim_fuzz_run (const extsim_fuzz_options *options, extsim_fuzz_result **out_result,
					GError **error);
/* Accepts NULL. */
EXTSIM_EXPORT void extsim_fuzz_result_free (extsim_fuzz_result *result);
/* Runs made (those of the shard). */
EXTSIM_EXPORT guint64 extsim_fuzz_result_get_n_runs (const extsim_fuzz_result *result);
/* Workloads that could not be parsed or run (a generator bug). */
EXTSIM_EXPORT guint64 extsim_fuzz_result_get_n_errors (const extsim_fuzz_result *result);
/* (nullable) (transfer none): why the first of them could not run (the
 * message of its GError), its run number in *run; NULL when none. */
EXTSIM_EXPORT const char *extsim_fuzz_result_get_first_error (const extsim_fuzz_result *result, guint64 *run);
EXTSIM_EXPORT guint extsim_fuzz_result_get_n_failures (const extsim_fuzz_result *result);
/* (transfer none) */
EXTSIM_EXPORT const extsim_fuzz_failure *extsim_fuzz_result_get_failure (const extsim_fuzz_result *result,
									 guint index);
/* Seconds the campaign took. */
EXTSIM_EXPORT double extsim_fuzz_result_get_seconds (const extsim_fuzz_result *result);

/**
 * extsim_fuzz_failure_to_script:
 * Returns: (transfer full): the shrunk script (or the workload, when not
 *   shrunk) behind a header comment naming the seed, the run, the policy,
 *   how it fails and how to replay it; what `extsim fuzz` writes to a file.
 */
EXTSIM_EXPORT char *extsim_fuzz_failure_to_script (const extsim_fuzz_options *options,
						   const extsim_fuzz_failure *failure);

/* ---- comparing policies ---------------------------------------------------- */

/**
 * extsim_compare:
 * Every workload under every policy, the statistics summed per policy.
 * Opaque; create with extsim_compare_new(), add workloads, run it.
 */
typedef struct extsim_compare extsim_compare;

/**
 * extsim_compare_row:
 * One policy's sums over the workloads.
 * @policy: (not owned)
 * @n_workloads: workloads run
 * @n_failing: workloads that violated an invariant or lost data
 * @n_errors: workloads that could not run under it
 * @violations: invariant violations
 * @lost_bytes: dirty bytes dropped by writeback
 * @enospc_write: write(2) calls failed with ENOSPC
 * @enospc_writeback: writebacks that found no space
 * @remap_prep_flush_bytes: written back by clone/dedupe preparation
 * @snapshot_prep_flush_bytes: written back by snapshot preparation
 * @io_bytes: all data written back (in place and copied): the simulated I/O
 */
typedef struct {
	const extsim_policy *policy;
	guint n_workloads;
	guint n_failing;
	guint n_errors;
	guint64 violations;
	guint64 lost_bytes;
	guint64 enospc_write;
	guint64 enospc_writeback;
	guint64 remap_prep_flush_bytes;
	guint64 snapshot_prep_flush_bytes;
	guint64 io_bytes;
} extsim_compare_row;

/* (transfer full) */
EXTSIM_EXPORT extsim_compare *extsim_compare_new (void);
/* Accepts NULL. */
EXTSIM_EXPORT void extsim_compare_free (extsim_compare *compare);
/* Adds a workload; fails with the parse error when @text is no script. */
EXTSIM_EXPORT gboolean extsim_compare_add_workload (extsim_compare *compare, const char *name, const char *text,
						    GError **error);
/* Adds a script file (EXTSIM_ERROR_NOENT when it cannot be read). */
EXTSIM_EXPORT gboolean extsim_compare_add_file (extsim_compare *compare, const char *path, GError **error);
/* Adds every *.sh of @dir, in name order; returns how many, or -1 with @error. */
EXTSIM_EXPORT int extsim_compare_add_dir (extsim_compare *compare, const char *dir, GError **error);
/* Adds runs 0 .. @n - 1 of the fuzz campaign @options describes, named
 * "fuzz:SEED:RUN". */
EXTSIM_EXPORT void extsim_compare_add_fuzz (extsim_compare *compare, const extsim_fuzz_options *options, guint n);
EXTSIM_EXPORT guint extsim_compare_get_n_workloads (const extsim_compare *compare);
/* (transfer none) */
EXTSIM_EXPORT const char *extsim_compare_get_workload_name (const extsim_compare *compare, guint index);

/**
 * extsim_compare_run:
 * @policies: (array zero-terminated=1): the policies, one row each
 * @jobs: worker threads (0: 1); results do not depend on it
 * Runs every workload under every policy (again, if run before).
 */
EXTSIM_EXPORT void extsim_compare_run (extsim_compare *compare, const extsim_policy *const *policies, guint jobs);
EXTSIM_EXPORT guint extsim_compare_get_n_rows (const extsim_compare *compare);
/* (transfer none): row @index, in the order of @policies */
EXTSIM_EXPORT const extsim_compare_row *extsim_compare_get_row (const extsim_compare *compare, guint index);
/* (transfer none) (nullable): how workload @workload fared under row
 * @row's policy; NULL when it could not run */
EXTSIM_EXPORT const extsim_fuzz_verdict *extsim_compare_get_verdict (const extsim_compare *compare, guint row,
								    guint workload);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (extsim_fuzz_result, extsim_fuzz_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (extsim_compare, extsim_compare_free)

G_END_DECLS
