/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/extsim-export.h>
#include <extsim/fs.h>

G_BEGIN_DECLS

/**
 * extsim_remap_args:
 * What a clone or dedupe is about to do, before any reference is added and
 * before most of its arguments are checked (btrfs_remap_file_range_prep
 * writes back first, then generic_remap_file_range_prep checks): the
 * ranges the kernel writes back, @src_offset and @dst_offset rounded down
 * to a block, @len rounded up (for a clone of length 0, to the end of the
 * source; 0 means to the end of the file).
 */
typedef struct {
	extsim_ino src;
	guint64 src_offset;
	extsim_ino dst;
	guint64 dst_offset;
	guint64 len;
	gboolean dedupe;
} extsim_remap_args;

/**
 * extsim_policy:
 * @version: EXTSIM_POLICY_VERSION
 * @name: short name, as `extsim run --policy NAME` takes it
 * @summary: one line: which kernel, which choice
 * @remap_prepare: called by clone and dedupe before references are added;
 *   typically writes back dirty data with extsim_fs_writeback*().  Bytes
 *   written back inside it are counted as remap_prep_flush_bytes.
 *   Returning FALSE fails the remap with that error.
 * @snapshot_prepare: called before a snapshot of @root is taken (bytes
 *   counted as snapshot_prep_flush_bytes); FALSE fails the snapshot.
 * @admit_noreserve: asked when a buffered write could not reserve data
 *   space even after flushing and its target is NOCOW-able: may it go ahead
 *   without a reservation (NORESERVE)?  Must not change @fs.
 * @direct_noreserve: (version 2) asked when a direct write (O_DIRECT)
 *   could not reserve data space for what is left of its call and the
 *   extent at @offset can be written in place: may it go ahead (Linux 5.17
 *   on, f0bfa76a11e9: fstests btrfs/250), or does the call fail with ENOSPC
 *   as the direct path did before, reserving first?  A table of version 1
 *   has no such member: it is asked admit_noreserve instead.  Must not
 *   change @fs.
 *
 * A policy is a table of the decisions the kernel has changed over time.
 * Every callback of its version is required; extsim_policy_validate()
 * checks a table.
 */
struct extsim_policy {
	guint version;
	const char *name;
	const char *summary;
	gboolean (*remap_prepare) (extsim_fs *fs, const extsim_remap_args *args, GError **error);
	gboolean (*snapshot_prepare) (extsim_fs *fs, guint64 root, GError **error);
	gboolean (*admit_noreserve) (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len);
	gboolean (*direct_noreserve) (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len);
};

/* 2 added @direct_noreserve; a table built against version 1 still works */
#define EXTSIM_POLICY_VERSION 2

/* What @p decides for a direct write (direct_noreserve, or for a table of
 * version 1 admit_noreserve). */
EXTSIM_EXPORT gboolean extsim_policy_direct_noreserve (const extsim_policy *p, const extsim_fs *fs, extsim_ino ino,
						       guint64 offset, guint64 len);
/* TRUE if every callback is set and the version is known. */
EXTSIM_EXPORT gboolean extsim_policy_validate (const extsim_policy *policy, GError **error);

/* The presets: unpatched (5.2), patched (5.3+, a94d1d0), nocow-only,
 * always-reserve, pre-4.19.  NULL-terminated, in that order. */
EXTSIM_EXPORT const extsim_policy *const *extsim_policy_presets (void);
/* (nullable): the preset called @name */
EXTSIM_EXPORT const extsim_policy *extsim_policy_lookup (const char *name);

EXTSIM_EXPORT extern const extsim_policy extsim_policy_unpatched;
EXTSIM_EXPORT extern const extsim_policy extsim_policy_patched;
EXTSIM_EXPORT extern const extsim_policy extsim_policy_nocow_only;
EXTSIM_EXPORT extern const extsim_policy extsim_policy_always_reserve;
EXTSIM_EXPORT extern const extsim_policy extsim_policy_pre_4_19;

G_END_DECLS
