/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Sections 1 and 2 of the report: random states of n live extents, the
 * random mix of simple operations on them, and the memory they hold.
 *
 *   build:  n / EXTENTS_PER_FILE files; each extent is one pwrite of
 *           EXTENT_BLOCKS blocks and the writeback of just that range, so
 *           no two extents merge; a commit; the extents are counted
 *   memory: peak resident set after the build minus the one before it
 *   mix:    mix_ops operations drawn from bench_ops[] by weight; the CPU
 *           time of the whole run gives the ops/s of the report, and each
 *           operation is also timed alone with CLOCK_MONOTONIC (a vDSO
 *           call, about 20 ns, so the two per operation are inside the
 *           ops/s figure) for the cost of each kind
 *
 * The writes and punches touch 1 .. MAX_OP_BLOCKS blocks at a random block:
 * a write adds one extent and frees the ones it covers whole, a punch frees
 * the ones it covers whole, and with extents of EXTENT_BLOCKS blocks the two
 * roughly balance, so the state keeps about its size (the report prints the
 * count at the end).  Commits (1%) stand for the transaction kthread: they
 * turn pinned space free, so the allocator sees fragmented free space, as
 * it does on a filesystem that has lived a while.
 */
#include "bench.h"

#include <stdio.h>
#include <time.h>

/* mkfs.btrfs' default sector size, which every state here uses. */
#define BLOCK (4 * EXTSIM_KiB)
#define FILE_BLOCKS (EXTENT_BLOCKS * EXTENTS_PER_FILE)
#define MAX_OP_BLOCKS 4
#define FIEMAP_BLOCKS 4
#define REFLINK_BLOCKS 1
/* Big enough never to fill: a device's size costs nothing in the model. */
#define BENCH_DEVICE_SIZE (16 * EXTSIM_TiB)
/* Fill bytes cycle through 1 .. FILL_VALUES so neighbouring extents hold
 * different bytes and their on-disk content runs cannot merge. */
#define FILL_VALUES 255
#define PERCENT 100

/* The simple operations.  Each row is one operation of the count. */
const op_desc bench_ops[N_OPS] = {
	[OP_WRITE] = { "write", 30, "pwrite of 1-4 blocks inside a random file, then writeback of that range" },
	[OP_PUNCH] = { "punch", 20, "punch a hole of 1-4 blocks at a random block" },
	[OP_REFLINK] = { "reflink", 15, "clone one 4 KiB block onto a random block of a random file" },
	[OP_FSYNC] = { "fsync", 15, "fsync of a random file" },
	[OP_FIEMAP] = { "fiemap", 19, "fiemap of 4 blocks at a random block" },
	[OP_COMMIT] = { "commit", 1, "transaction commit (pinned space becomes free)" },
};

typedef struct {
	extsim_fs *fs;
	extsim_ino *files;
	guint64 n_files;
	guint64 rng;
	guint64 failed;
} bench_state;

/* splitmix64: fast, and the same sequence on every machine. */
static guint64
rng_next (guint64 *s)
{
	guint64 z = (*s += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static guint64
rng_below (bench_state *b, guint64 n)
{
	return rng_next (&b->rng) % n;
}

/* An operation that fails here is a model bug for this workload: count it
 * and say the first one. */
static gboolean
op_result (bench_state *b, gboolean ok, GError *error)
{
	if (ok)
		return TRUE;
	if (b->failed++ == 0)
		g_printerr ("extsim-bench: unexpected failure: %s\n", error ? error->message : "(no message)");
	g_clear_error (&error);
	return FALSE;
}

static guint8
fill_for (guint64 i)
{
	return (guint8) (1 + i % FILL_VALUES);
}

static gboolean
build_file (bench_state *b, extsim_ino ino, guint64 first_extent)
{
	const guint64 len = EXTENT_BLOCKS * BLOCK;
	GError *error = NULL;

	for (guint64 i = 0; i < EXTENTS_PER_FILE; i++) {
		gboolean ok = extsim_fs_pwrite (b->fs, ino, i * len, len, fill_for (first_extent + i), 0, NULL,
						&error) &&
			      extsim_fs_writeback (b->fs, ino, i * len, len, &error);

		if (!op_result (b, ok, error))
			return FALSE;
	}
	return TRUE;
}

static gboolean
build_state (bench_state *b, guint64 n_extents)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	GError *error = NULL;

	o.device_size = BENCH_DEVICE_SIZE;
	b->fs = extsim_fs_new (&o, &error);
	if (!op_result (b, b->fs != NULL, error))
		return FALSE;
	b->n_files = n_extents / EXTENTS_PER_FILE;
	b->files = g_new (extsim_ino, b->n_files);
	for (guint64 f = 0; f < b->n_files; f++) {
		if (!op_result (b, extsim_fs_create (b->fs, EXTSIM_FS_TREE, &b->files[f], &error), error) ||
		    !build_file (b, b->files[f], f * EXTENTS_PER_FILE))
			return FALSE;
	}
	extsim_fs_commit (b->fs);
	return TRUE;
}

static extsim_ino
random_file (bench_state *b)
{
	return b->files[rng_below (b, b->n_files)];
}

/* Offset of a random run of `blocks` blocks inside a file. */
static guint64
random_offset (bench_state *b, guint64 blocks)
{
	return rng_below (b, FILE_BLOCKS - blocks + 1) * BLOCK;
}

static guint64
random_len (bench_state *b)
{
	return (1 + rng_below (b, MAX_OP_BLOCKS)) * BLOCK;
}

static gboolean
op_write (bench_state *b, GError **error)
{
	extsim_ino ino = random_file (b);
	guint64 len = random_len (b), off = random_offset (b, len / BLOCK);
	guint8 fill = fill_for (rng_next (&b->rng));

	return extsim_fs_pwrite (b->fs, ino, off, len, fill, 0, NULL, error) &&
	       extsim_fs_writeback (b->fs, ino, off, len, error);
}

static gboolean
op_punch (bench_state *b, GError **error)
{
	extsim_ino ino = random_file (b);
	guint64 len = random_len (b);

	return extsim_fs_punch_hole (b->fs, ino, random_offset (b, len / BLOCK), len, error);
}

static gboolean
op_reflink (bench_state *b, GError **error)
{
	extsim_ino src = random_file (b), dst = random_file (b);
	guint64 soff = random_offset (b, REFLINK_BLOCKS), doff = random_offset (b, REFLINK_BLOCKS);

	/* one block never overlaps another unless it is the same one */
	if (src.ino == dst.ino && soff == doff)
		doff = (doff + REFLINK_BLOCKS * BLOCK) % (FILE_BLOCKS * BLOCK);
	return extsim_fs_clone_range (b->fs, src, soff, dst, doff, REFLINK_BLOCKS * BLOCK, error);
}

static gboolean
op_fiemap (bench_state *b, GError **error)
{
	extsim_ino ino = random_file (b);
	GArray *map = extsim_fs_fiemap (b->fs, ino, random_offset (b, FIEMAP_BLOCKS), FIEMAP_BLOCKS * BLOCK, 0,
					error);

	if (map)
		g_array_unref (map);
	return map != NULL;
}

static void
run_op (bench_state *b, op_kind kind)
{
	GError *error = NULL;
	gboolean ok = TRUE;

	switch (kind) {
	case OP_WRITE: ok = op_write (b, &error); break;
	case OP_PUNCH: ok = op_punch (b, &error); break;
	case OP_REFLINK: ok = op_reflink (b, &error); break;
	case OP_FSYNC: ok = extsim_fs_fsync (b->fs, random_file (b), &error); break;
	case OP_FIEMAP: ok = op_fiemap (b, &error); break;
	case OP_COMMIT: extsim_fs_commit (b->fs); break;
	case N_OPS: g_assert_not_reached ();
	}
	op_result (b, ok, error);
}

static op_kind
random_kind (bench_state *b)
{
	guint64 r = rng_below (b, PERCENT);

	for (op_kind k = 0; k < N_OPS; k++) {
		if (r < bench_ops[k].weight)
			return k;
		r -= bench_ops[k].weight;
	}
	g_assert_not_reached ();
}

static guint64
wall_ns (void)
{
	struct timespec ts;

	clock_gettime (CLOCK_MONOTONIC, &ts);
	return (guint64) ts.tv_sec * (guint64) NS_PER_S + (guint64) ts.tv_nsec;
}

static void
run_mix (bench_state *b, guint64 n, scale_result *r)
{
	guint64 t0 = cpu_ns ();

	for (guint64 i = 0; i < n; i++) {
		op_kind k = random_kind (b);
		guint64 w0 = wall_ns ();

		run_op (b, k);
		r->kind_ns[k] += wall_ns () - w0;
		r->kind_count[k]++;
	}
	r->mix_ops = n;
	r->mix_ns = cpu_ns () - t0;
}

/* The peak is read before anything but the state was allocated; counting
 * the extents (an array of every extent) comes after it. */
void
run_scale (guint64 target, const run_opts *opts, scale_result *r)
{
	bench_state b = { NULL, NULL, 0, opts->seed, 0 };
	guint64 t0;

	r->target = target;
	r->rss_base = reset_peak_rss ();
	t0 = cpu_ns ();
	if (build_state (&b, target)) {
		r->build_ns = cpu_ns () - t0;
		r->rss_peak = proc_status_bytes ("VmHWM");
		r->files = b.n_files;
		r->extents = count_extents (b.fs);
		run_mix (&b, opts->mix_ops, r);
		r->rss_after = proc_status_bytes ("VmRSS");
		r->extents_after = count_extents (b.fs);
	}
	r->failed = b.failed;
	extsim_fs_free (b.fs);
	g_free (b.files);
}
