/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Section 3 of the report: the case of DESIGN.md section 1, timed.
 *
 *   mkfs.btrfs -b 512M; falloc 8k 64m file1; pwrite 0 -b 4k 512M padding
 *   (ENOSPC); pwrite 1m 16m file1 (4 KiB write calls); reflink file1 8k 0
 *   4k; fsync file1
 *
 * run through the public API under the unpatched (5.2) and the patched
 * (5.3+) policy, CPU time from mkfs to the end of fsync.  md5 is never
 * computed: it costs bytes by nature.
 *
 * "1 PiB": the device and every offset and length times the smallest
 * power of two whose data space holds 1 PiB (2^22: the metadata chunks
 * take their share of a 2^21 times larger device), write(2) calls still
 * 4 KiB, as the seed-case suite does.  Two caps of the kernel cut extents:
 * writeback's BTRFS_MAX_EXTENT_SIZE (128 MiB) and fallocate's 256 MiB per
 * allocation.  Scaled with the rest, the 1 PiB case has the extents of the
 * 512 MiB one; kept, the padding file alone becomes 2^24 extents, whose
 * cost the model must pay (cost follows extents).  Both are reported.
 *
 * The variant with the kernel's caps takes seconds, so its steps up to the
 * pwrite (which no policy of the two decides anything in) run once, and
 * each policy continues on an extsim_fs_clone() of that state; a policy's
 * time is the shared steps plus its own.  The other variants run the whole
 * case for each policy, repeatedly, and report the median and worst run.
 */
#include "bench.h"

#include <stdlib.h>

/* The script, in the sizes it was written with. */
#define SEED_DEVICE (512 * EXTSIM_MiB)      /* mkfs.btrfs -b 512M */
#define SEED_FALLOC_OFF (8 * EXTSIM_KiB)    /* falloc 8k 64m file1 */
#define SEED_FALLOC_LEN (64 * EXTSIM_MiB)
#define SEED_PADDING_LEN (512 * EXTSIM_MiB) /* pwrite 0 -b 4k 512M padding */
#define SEED_WRITE_OFF (1 * EXTSIM_MiB)     /* pwrite 1m 16m file1 */
#define SEED_WRITE_LEN (16 * EXTSIM_MiB)
#define SEED_CLONE_SRC (8 * EXTSIM_KiB)     /* reflink file1 8k 0 4k */
#define SEED_CLONE_DST 0
#define SEED_CLONE_LEN (4 * EXTSIM_KiB)
#define XFS_IO_FILL 0xcd                    /* xfs_io pwrite's default byte */
#define BIG_DATA EXTSIM_PiB
/* A variant stops repeating once its runs used this much CPU. */
#define SEED_BUDGET_NS (500 * NS_PER_MS)

const char *const seed_step_names[N_SEED_STEPS] = {
	"mkfs", "falloc", "padding", "pwrite", "reflink", "fsync",
};

const extsim_policy *const seed_policies[N_SEED_POLICIES] = {
	&extsim_policy_unpatched,
	&extsim_policy_patched,
};

const seed_variant seed_variants[] = {
	{ "512 MiB", FALSE, FALSE, FALSE },
	{ "1 PiB", TRUE, TRUE, FALSE },
	{ "1 PiB", TRUE, FALSE, TRUE },
};
const guint n_seed_variants = G_N_ELEMENTS (seed_variants);
const guint quick_seed_variants = 2;

guint64
seed_big_scale (void)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	guint64 s = 1;

	while (extsim_data_size_for_device (SEED_DEVICE * s, o.sectorsize) < BIG_DATA)
		s <<= 1;
	return s;
}

typedef struct {
	extsim_fs *fs;
	extsim_ino file1;
	guint64 scale;
	guint64 last;              /* CPU time at the end of the last step */
	guint64 d[N_SEED_STEPS];   /* CPU time of each step */
	gboolean padding_ok;
} seed_run;

static void
lap (seed_run *s, seed_step k)
{
	guint64 now = cpu_ns ();

	s->d[k] = now - s->last;
	s->last = now;
}

/* mkfs .. pwrite: the steps no policy of the two decides anything in. */
static gboolean
seed_prefix (const seed_variant *v, const extsim_policy *policy, seed_run *s)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	guint64 k = s->scale;
	extsim_ino padding;
	gboolean ok;

	o.device_size = SEED_DEVICE * k;
	o.max_extent_size = EXTSIM_MAX_EXTENT_SIZE * (v->scale_caps ? k : 1);
	o.max_prealloc_extent_size = EXTSIM_MAX_PREALLOC_EXTENT_SIZE * (v->scale_caps ? k : 1);
	o.policy = policy;
	s->last = cpu_ns ();
	s->fs = extsim_fs_new (&o, NULL);
	lap (s, S_MKFS);
	ok = s->fs && extsim_fs_create (s->fs, EXTSIM_FS_TREE, &s->file1, NULL) &&
	     extsim_fs_fallocate (s->fs, s->file1, SEED_FALLOC_OFF * k, SEED_FALLOC_LEN * k, 0, NULL);
	lap (s, S_FALLOC);
	ok = ok && extsim_fs_create (s->fs, EXTSIM_FS_TREE, &padding, NULL);
	s->padding_ok = ok && extsim_fs_pwrite (s->fs, padding, 0, SEED_PADDING_LEN * k, XFS_IO_FILL,
						EXTSIM_DEFAULT_WRITE_BSIZE, NULL, NULL);
	lap (s, S_PADDING);
	ok = ok && extsim_fs_pwrite (s->fs, s->file1, SEED_WRITE_OFF * k, SEED_WRITE_LEN * k, XFS_IO_FILL,
				     EXTSIM_DEFAULT_WRITE_BSIZE, NULL, NULL);
	lap (s, S_WRITE);
	return ok;
}

/* reflink, fsync; then, untimed, what the case ended with. */
static gboolean
seed_suffix (seed_run *s, seed_result *r)
{
	extsim_inode_info info = { 0 };
	guint64 k = s->scale;
	gboolean ok;

	s->last = cpu_ns ();
	ok = extsim_fs_clone_range (s->fs, s->file1, SEED_CLONE_SRC * k, s->file1, SEED_CLONE_DST * k,
				    SEED_CLONE_LEN * k, NULL);
	lap (s, S_REFLINK);
	r->fsync_ok = ok && extsim_fs_fsync (s->fs, s->file1, NULL);
	lap (s, S_FSYNC);
	/* the padding file fills the device, so its write ends in ENOSPC */
	r->padding_enospc = !s->padding_ok;
	if (ok && extsim_fs_inode_info (s->fs, s->file1, &info, NULL))
		r->lost_bytes = info.lost_bytes;
	return ok;
}

static int
cmp_u64 (const void *a, const void *b)
{
	guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

	return x < y ? -1 : x > y;
}

static guint64
median (guint64 *v, guint n)
{
	qsort (v, n, sizeof *v, cmp_u64);
	return v[n / 2];
}

/* Per-step and total times of n runs into r. */
static void
summarise (guint64 step[N_SEED_STEPS][SEED_MAX_REPS], guint64 *total, guint n, seed_result *r)
{
	r->reps = n;
	r->median_ns = median (total, n);
	r->max_ns = total[n - 1];
	for (guint k = 0; k < N_SEED_STEPS; k++)
		r->step_ns[k] = median (step[k], n);
}

static void
record (const seed_run *s, guint i, guint64 step[N_SEED_STEPS][SEED_MAX_REPS], guint64 *total)
{
	total[i] = 0;
	for (guint k = 0; k < N_SEED_STEPS; k++) {
		step[k][i] = s->d[k];
		total[i] += step[k][i];
	}
}

/* The whole case, repeatedly, for one policy. */
static void
run_policy (const seed_variant *v, guint64 scale, guint p, seed_result *r)
{
	guint64 step[N_SEED_STEPS][SEED_MAX_REPS], total[SEED_MAX_REPS], spent = 0;
	gboolean ok = TRUE;
	guint n = 0;

	while (ok && n < SEED_MAX_REPS && (n == 0 || spent < SEED_BUDGET_NS)) {
		seed_run s = { NULL, { 0, 0 }, scale, 0, { 0 }, FALSE };

		ok = seed_prefix (v, seed_policies[p], &s);
		r->extents = ok ? count_extents (s.fs) : 0;
		ok = ok && seed_suffix (&s, r);
		record (&s, n, step, total);
		spent += total[n++];
		extsim_fs_free (s.fs);
	}
	r->ran = ok;
	summarise (step, total, n, r);
}

/* Once up to the pwrite, then each policy on its own clone of that state. */
static void
run_shared (const seed_variant *v, guint64 scale, seed_result *r)
{
	guint64 step[N_SEED_STEPS][SEED_MAX_REPS], total[SEED_MAX_REPS];
	seed_run s = { NULL, { 0, 0 }, scale, 0, { 0 }, FALSE };
	gboolean ok = seed_prefix (v, seed_policies[0], &s);
	guint64 extents = ok ? count_extents (s.fs) : 0;

	for (guint p = 0; p < N_SEED_POLICIES; p++) {
		seed_run c = s;

		r[p].extents = extents;
		c.fs = ok ? extsim_fs_clone (s.fs) : NULL;
		if (c.fs)
			extsim_fs_set_policy (c.fs, seed_policies[p]);
		r[p].ran = c.fs && seed_suffix (&c, &r[p]);
		record (&c, 0, step, total);
		summarise (step, total, 1, &r[p]);
		extsim_fs_free (c.fs);
	}
	extsim_fs_free (s.fs);
}

/* unpatched (5.2) drops the page of the last write(2) call at fsync,
 * patched (5.3+) loses nothing */
static gboolean
outcome_as_in_kernel (guint p, const seed_result *r)
{
	gboolean loses = seed_policies[p] == &extsim_policy_unpatched;

	return r->padding_enospc && r->fsync_ok == !loses &&
	       r->lost_bytes == (loses ? EXTSIM_DEFAULT_WRITE_BSIZE : 0);
}

void
run_seed (const seed_variant *v, seed_result *r)
{
	guint64 scale = v->big ? seed_big_scale () : 1, base = reset_peak_rss ();
	gboolean same_extents = !v->big || v->scale_caps;

	if (v->share_prefix) {
		run_shared (v, scale, r);
	} else {
		for (guint p = 0; p < N_SEED_POLICIES; p++)
			run_policy (v, scale, p, &r[p]);
	}
	for (guint p = 0; p < N_SEED_POLICIES; p++) {
		r[p].device = SEED_DEVICE * scale;
		r[p].max_extent = EXTSIM_MAX_EXTENT_SIZE * (v->scale_caps ? scale : 1);
		r[p].rss_base = base;
		r[p].rss_peak = proc_status_bytes ("VmHWM");
		r[p].judged = same_extents;
		r[p].as_expected = r[p].ran && (!same_extents || outcome_as_in_kernel (p, &r[p]));
	}
}
