/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * What the parts of extsim-bench share: the operations of the random mix,
 * the section 1 variants, and the plain-data results a measuring child
 * process hands back to the parent (bench.c says what is measured and why).
 */
#pragma once

#include <extsim/extsim.h>

#define NS_PER_S 1000000000.0
#define NS_PER_MS 1000000.0
#define NS_PER_US 1000.0

/* The targets of issue 2, item 9. */
#define TARGET_OPS_PER_S 1e6
#define TARGET_OPS_AT_EXTENTS 100000
#define TARGET_BYTES_PER_EXTENT 256.0
#define TARGET_SEED_CASE_NS (1 * NS_PER_MS)

/* CLOCK_PROCESS_CPUTIME_ID, in ns. */
guint64 cpu_ns (void);
/* Fields of /proc/self/status (VmRSS, VmHWM) in bytes, 0 if unknown. */
guint64 proc_status_bytes (const char *field);
/* Sets the peak resident set to the current one (Linux 4.0+) and returns
 * it: the baseline of a memory measurement. */
guint64 reset_peak_rss (void);
guint64 count_extents (const extsim_fs *fs);

/* ---- sections 1 and 2: random states (states.c) ---- */

typedef enum { OP_WRITE, OP_PUNCH, OP_REFLINK, OP_FSYNC, OP_FIEMAP, OP_COMMIT, N_OPS } op_kind;

typedef struct {
	const char *name;
	guint weight; /* percent of the mix */
	const char *what;
} op_desc;

extern const op_desc bench_ops[N_OPS];

/* Shape of the states, printed with the results. */
#define EXTENT_BLOCKS 2
#define EXTENTS_PER_FILE 100

typedef struct {
	guint64 mix_ops; /* operations of the random mix */
	guint64 seed;    /* of the random workload */
	gboolean quick;
} run_opts;

typedef struct {
	guint64 target;        /* live extents asked for */
	guint64 files;
	guint64 extents;       /* live extents after the build, counted */
	guint64 extents_after; /* after the mix */
	guint64 build_ns;
	guint64 mix_ops, mix_ns;                   /* CPU time of the whole mix */
	guint64 kind_count[N_OPS], kind_ns[N_OPS]; /* each operation timed (wall) */
	guint64 rss_base, rss_peak, rss_after;  /* bytes */
	guint64 failed;                         /* operations that returned an error */
} scale_result;

void run_scale (guint64 target, const run_opts *opts, scale_result *r);

/* ---- section 3: the DESIGN.md section 1 case (section1.c) ---- */

typedef enum { S_MKFS, S_FALLOC, S_PADDING, S_WRITE, S_REFLINK, S_FSYNC, N_SEED_STEPS } seed_step;

extern const char *const seed_step_names[N_SEED_STEPS];

#define N_SEED_POLICIES 2
/* unpatched (5.2), patched (5.3+) */
extern const extsim_policy *const seed_policies[N_SEED_POLICIES];

typedef struct {
	const char *size;      /* as printed */
	gboolean big;          /* 1 PiB of data, else the script's 512 MiB device */
	gboolean scale_caps;   /* the extent caps scaled with the sizes, else the kernel's */
	gboolean share_prefix; /* steps up to the pwrite once, then a clone per policy */
} seed_variant;

/* Runs of one policy at most (fast variants repeat until a CPU budget). */
#define SEED_MAX_REPS 101

/* One variant under one policy. */
typedef struct {
	guint reps;
	guint64 device, max_extent;
	guint64 median_ns, max_ns;
	guint64 step_ns[N_SEED_STEPS]; /* medians */
	gboolean ran, padding_enospc, fsync_ok, judged, as_expected;
	guint64 lost_bytes, extents;
	guint64 rss_base, rss_peak; /* bytes, the whole variant (both policies) */
} seed_result;

extern const seed_variant seed_variants[];
extern const guint n_seed_variants;
/* --quick runs the first ones only: not the kernel's caps at 1 PiB */
extern const guint quick_seed_variants;
/* The factor that makes the 512 MiB case one of 1 PiB of data. */
guint64 seed_big_scale (void);

/* r: one result per policy, in seed_policies[] order */
void run_seed (const seed_variant *v, seed_result *r);

/* ---- report.c ---- */

typedef struct {
	gchar *cpu;
	guint nproc;
	gchar *kernel;
	const char *build;
} machine;

void text_report (const machine *m, const scale_result *sr, guint ns, const seed_result *dr, guint nd);
void json_report (const machine *m, const scale_result *sr, guint ns, const seed_result *dr, guint nd);
