/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the policy presets (DESIGN.md section 4)
 *
 * A policy is four decisions the kernel changed over time.  The presets
 * below use only the public API (extsim_fs_flush*), exactly as a
 * researcher's own policy would:
 *
 *   preset          remap preparation                   snapshot prep   NORESERVE admission
 *                                                                       buffered   direct
 *   unpatched       flush the two ranges (5.2)          flush (4.19+)   yes        no (5.2)
 *   patched         flush the whole source, then        flush           yes        yes (5.17+,
 *                   the two ranges (a94d1d0, 5.3)                                  f0bfa76a11e9)
 *   nocow-only      flush the source's NORESERVE        flush           yes        no
 *                   ranges, then the two ranges
 *                   (the fix a94d1d0's message proposed)
 *   always-reserve  as unpatched                        flush           never      never
 *   pre-4.19        as unpatched                        nothing         yes        no
 *
 * The direct column: whether a direct write into a NOCOW-able extent goes
 * ahead when it could not reserve data space (direct-io.c); before 5.17
 * the direct path reserved first and failed with ENOSPC.  patched stands
 * for the Linux 6.x the recorded scripts ran on, the others for the
 * kernels of their time.
 *
 * What each flush costs is counted by the library (remap_prep_flush_bytes,
 * snapshot_prep_flush_bytes): the price of a fix, next to its safety.
 */
#include <extsim/extsim.h>

static gboolean
flush_ranges (extsim_fs *fs, const extsim_remap_args *a, GError **error)
{
	return extsim_fs_flush (fs, a->src, a->src_offset, a->len, error) &&
	       extsim_fs_flush (fs, a->dst, a->dst_offset, a->len, error);
}

static gboolean
flush_whole_source (extsim_fs *fs, const extsim_remap_args *a, GError **error)
{
	return extsim_fs_flush (fs, a->src, 0, 0, error) && flush_ranges (fs, a, error);
}

static gboolean
flush_noreserve_source (extsim_fs *fs, const extsim_remap_args *a, GError **error)
{
	return extsim_fs_flush_noreserve (fs, a->src, error) && flush_ranges (fs, a, error);
}

static gboolean
snapshot_flush (extsim_fs *fs, guint64 root, GError **error)
{
	return extsim_fs_flush_subvolume (fs, root, error);
}

static gboolean
snapshot_nothing (extsim_fs *fs, guint64 root, GError **error)
{
	(void) fs;
	(void) root;
	(void) error;
	return TRUE;
}

static gboolean
admit (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	(void) fs;
	(void) ino;
	(void) offset;
	(void) len;
	return TRUE;
}

static gboolean
refuse (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	return !admit (fs, ino, offset, len);
}

/* the direct path before f0bfa76a11e9 reserved first */
static gboolean
reserve_first (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	return refuse (fs, ino, offset, len);
}

const extsim_policy extsim_policy_unpatched = {
	EXTSIM_POLICY_VERSION, "unpatched",
	"Linux 5.2: clone/dedupe flush only the two ranges before adding references",
	flush_ranges, snapshot_flush, admit, reserve_first,
};

const extsim_policy extsim_policy_patched = {
	EXTSIM_POLICY_VERSION, "patched",
	"Linux 5.3+ (a94d1d0): clone/dedupe flush the whole source file first",
	flush_whole_source, snapshot_flush, admit, admit,
};

const extsim_policy extsim_policy_nocow_only = {
	EXTSIM_POLICY_VERSION, "nocow-only",
	"clone/dedupe flush only the source's NORESERVE ranges (the cheaper fix a94d1d0 proposed)",
	flush_noreserve_source, snapshot_flush, admit, reserve_first,
};

const extsim_policy extsim_policy_always_reserve = {
	EXTSIM_POLICY_VERSION, "always-reserve",
	"never admit a write without a data reservation: ENOSPC at write time instead",
	flush_ranges, snapshot_flush, refuse, refuse,
};

const extsim_policy extsim_policy_pre_4_19 = {
	EXTSIM_POLICY_VERSION, "pre-4.19",
	"before 8ecebf4d: a snapshot neither flushes nor blocks NOCOW writers",
	flush_ranges, snapshot_nothing, admit, reserve_first,
};

static const extsim_policy *const presets[] = {
	&extsim_policy_unpatched,      &extsim_policy_patched, &extsim_policy_nocow_only,
	&extsim_policy_always_reserve, &extsim_policy_pre_4_19, NULL,
};

const extsim_policy *const *
extsim_policy_presets (void)
{
	return presets;
}

const extsim_policy *
extsim_policy_lookup (const char *name)
{
	g_return_val_if_fail (name != NULL, NULL);
	for (guint i = 0; presets[i]; i++) {
		if (g_str_equal (presets[i]->name, name))
			return presets[i];
	}
	return NULL;
}

gboolean
extsim_policy_direct_noreserve (const extsim_policy *p, const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	g_return_val_if_fail (p != NULL, FALSE);
	return p->version >= 2 ? p->direct_noreserve (fs, ino, offset, len) : p->admit_noreserve (fs, ino, offset, len);
}

gboolean
extsim_policy_validate (const extsim_policy *p, GError **error)
{
	g_return_val_if_fail (p != NULL, FALSE);
	if (p->version < 1 || p->version > EXTSIM_POLICY_VERSION) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "policy version %u unknown (expected 1 to %u)",
			     p->version, EXTSIM_POLICY_VERSION);
		return FALSE;
	}
	if (!p->name || !p->remap_prepare || !p->snapshot_prepare || !p->admit_noreserve) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL,
			     "policy %s: name, remap_prepare, snapshot_prepare and admit_noreserve are required",
			     p->name ? p->name : "(unnamed)");
		return FALSE;
	}
	/* version 1 tables end before direct_noreserve: it is not read */
	if (p->version >= 2 && !p->direct_noreserve) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "policy %s (version 2): direct_noreserve is required",
			     p->name);
		return FALSE;
	}
	return TRUE;
}
