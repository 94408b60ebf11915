/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The case of DESIGN.md section 1 through the public API, under the
 * unpatched and the patched policy.  This is the README's API example; it
 * runs as a test, and exits 0 only if the verdicts are the known ones.
 */
#include <extsim/extsim.h>
#include <stdio.h>

static gboolean
run_case (const char *policy_name)
{
	extsim_fs_options opts = EXTSIM_FS_OPTIONS_INIT;
	g_autoptr (extsim_fs) fs = NULL;
	g_autoptr (GError) err = NULL;
	extsim_ino file1, padding;
	const GPtrArray *violations;
	extsim_stats stats;

	opts.device_size = 512 * EXTSIM_MiB;            /* mkfs.btrfs -b 512M */
	opts.policy = extsim_policy_lookup (policy_name);
	opts.check_every_step = TRUE;
	fs = extsim_fs_new (&opts, &err);
	if (!fs)
		return FALSE;

	extsim_fs_create (fs, EXTSIM_FS_TREE, &file1, NULL);
	extsim_fs_fallocate (fs, file1, 8 * EXTSIM_KiB, 64 * EXTSIM_MiB, 0, NULL);  /* falloc 8k 64m */
	extsim_fs_create (fs, EXTSIM_FS_TREE, &padding, NULL);
	extsim_fs_pwrite (fs, padding, 0, 512 * EXTSIM_MiB, 0, 4096, NULL, NULL);  /* fills the fs: ENOSPC */
	extsim_fs_pwrite (fs, file1, EXTSIM_MiB, 16 * EXTSIM_MiB, 0xcd, 4096, NULL, NULL);
	extsim_fs_clone_range (fs, file1, 8 * EXTSIM_KiB, file1, 0, 4 * EXTSIM_KiB, NULL);
	if (!extsim_fs_fsync (fs, file1, &err))
		printf ("%-10s fsync: %s\n", policy_name, err->message);

	violations = extsim_fs_violations (fs);
	for (guint i = 0; i < violations->len; i++) {
		g_autofree char *text = extsim_violation_to_string (violations->pdata[i]);

		printf ("%-10s %s\n", policy_name, text);
	}
	extsim_fs_get_stats (fs, &stats);
	printf ("%-10s verdict: %s (%" G_GUINT64_FORMAT " bytes lost)\n", policy_name,
		stats.lost_bytes ? "DATA LOST" : "safe", stats.lost_bytes);
	return stats.lost_bytes > 0;
}

int
main (void)
{
	gboolean unpatched_loses = run_case ("unpatched");
	gboolean patched_loses = run_case ("patched");

	return unpatched_loses && !patched_loses ? 0 : 1;
}
