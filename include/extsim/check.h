/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/extsim-export.h>
#include <extsim/fs.h>

G_BEGIN_DECLS

/* The invariants of DESIGN.md section 5. */
typedef enum {
	EXTSIM_INVARIANT_RESERVED_OR_NOCOW = 1, /* every dirty NORESERVE range is NOCOW-able now */
	EXTSIM_INVARIANT_SPACE_ACCOUNTING = 2,  /* counters add up; may_use = outstanding reservations */
	EXTSIM_INVARIANT_REFERENCES = 3,        /* refs match file extent items; no overlap */
	EXTSIM_INVARIANT_NO_DATA_LOSS = 4,      /* a successful fsync leaves nothing lost */
	EXTSIM_INVARIANT_NO_LEAK = 5,           /* used/pinned match the extent tree */
} extsim_invariant;

#define EXTSIM_N_INVARIANTS 5

/**
 * extsim_violation:
 * @invariant: which invariant
 * @step: the step after which it was found
 * @ino: the file concerned ({0, 0} when none)
 * @offset: file range concerned (@len 0 when none)
 * @len:
 * @bytenr: the disk extent concerned (0 when none)
 * @rule: (not owned): the rule broken, a short static phrase
 * @detail: (owned): one sentence with the numbers
 * @reason: for invariant 1, why the range cannot go NOCOW (an
 *   extsim_reason, see <extsim/trace.h>); 0 otherwise
 */
typedef struct {
	extsim_invariant invariant;
	guint64 step;
	extsim_ino ino;
	guint64 offset;
	guint64 len;
	guint64 bytenr;
	const char *rule;
	char *detail;
	int reason;
} extsim_violation;

EXTSIM_EXPORT void extsim_violation_free (extsim_violation *violation);
EXTSIM_EXPORT extsim_violation *extsim_violation_copy (const extsim_violation *violation);
/* "invariant 1 (reserved-or-nocow) at step 7: ..." (transfer full) */
EXTSIM_EXPORT char *extsim_violation_to_string (const extsim_violation *violation);
EXTSIM_EXPORT const char *extsim_invariant_to_str (extsim_invariant invariant);

/**
 * extsim_fs_check:
 * Checks every invariant against the state now.
 * Returns: (transfer full) (element-type extsim_violation): the violations
 *   found (an empty array when none), each stamped with the current step.
 */
EXTSIM_EXPORT GPtrArray *extsim_fs_check (const extsim_fs *fs);

/**
 * extsim_fs_violations:
 * With check_every_step, each violation the first time it appears (a
 * violation that persists over several steps is recorded once, at the step
 * where it appeared).
 * Returns: (transfer none) (element-type extsim_violation)
 */
EXTSIM_EXPORT const GPtrArray *extsim_fs_violations (const extsim_fs *fs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (extsim_violation, extsim_violation_free)

G_END_DECLS
