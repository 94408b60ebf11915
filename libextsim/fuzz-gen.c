/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the workload generator of extsim fuzz
 *
 * One run of a campaign is a script, built from its own random stream:
 *
 *   rng = mix64 (seed + GOLDEN * (run + 1))         (splitmix64, our own:
 *                                                    g_random differs by
 *                                                    GLib version)
 *   mkfs.btrfs -f -b 256M..512M $dev                small, so ENOSPC decides
 *   mount $dev $mnt
 *   1..3 files: [touch + chattr +C] [falloc [-k]] [pwrite] [fsync]
 *   xfs_io -f -c "pwrite -b 1m 0 DEVSIZE" $mnt/fill   (9 runs in 10: no data
 *                                                    space is left after it)
 *   n_ops random operations, drawn with the weights
 *
 * The generator keeps a shadow of each file (its size as the script would
 * leave it if nothing failed, its last preallocated range, NOCOW or not)
 * so that most operations are valid: offsets and lengths are 4 KiB
 * aligned, reflink sources lie inside the source file, and writes and
 * clone sources fall inside a preallocated range six times in ten.  That
 * makes the shape of DESIGN.md section 1 (prealloc, fill, write into the
 * prealloc, reflink of that extent, fsync) a common draw.  The shadow is a
 * guess, not a model: when a write fails with ENOSPC the file is smaller
 * than the shadow says, and an operation may then fail as the kernel
 * would (EINVAL, ENOSPC) -- harmless, the run goes on.
 */
#include <extsim/extsim.h>
#include <extsim/fuzz.h>

#include <stdarg.h>
#include <string.h>

#define GOLDEN G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)
#define BLOCK (4 * EXTSIM_KiB)
#define PERCENT(g_, p_) (below ((g_), 100) < (p_))

typedef struct {
	char *path;      /* below $mnt */
	guint64 size;
	guint64 pa_off;  /* the last preallocated range; pa_len 0: none */
	guint64 pa_len;
	gboolean nocow;
} gfile;

typedef struct {
	guint64 rng;
	GString *out;
	GPtrArray *files; /* gfile *, the fill file not among them */
	gboolean filled;
	guint64 device;
	guint n_names;
	guint n_snapshots;
	guint weights[EXTSIM_FUZZ_N_OPS];
	guint total;
} gen;

static const char *const op_names[EXTSIM_FUZZ_N_OPS] = {
	"pwrite", "falloc", "fpunch", "truncate", "reflink", "dedupe", "fsync",
	"sync", "commit", "chattr", "snapshot", "rm", "free", "remount",
};

/* pwrite and reflink dominate: they are what shares and dirties extents */
static const guint default_weights[EXTSIM_FUZZ_N_OPS] = {
	30, 10, 5, 4, 16, 4, 12, 3, 3, 3, 3, 3, 3, 1,
};

const char *
extsim_fuzz_op_to_str (extsim_fuzz_op op)
{
	g_return_val_if_fail (op < EXTSIM_FUZZ_N_OPS, NULL);
	return op_names[op];
}

gboolean
extsim_fuzz_op_from_str (const char *name, extsim_fuzz_op *out)
{
	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++) {
		if (g_strcmp0 (name, op_names[i]) == 0) {
			*out = (extsim_fuzz_op) i;
			return TRUE;
		}
	}
	return FALSE;
}

void
extsim_fuzz_default_weights (guint weights[EXTSIM_FUZZ_N_OPS])
{
	memcpy (weights, default_weights, sizeof default_weights);
}

/* ---- randomness ---------------------------------------------------------- */

static guint64
mix64 (guint64 z)
{
	z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static guint64
next (gen *g)
{
	g->rng += GOLDEN;
	return mix64 (g->rng);
}

/* uniform in [0, n); 0 when n is 0 (modulo bias is below 2^-40 here) */
static guint64
below (gen *g, guint64 n)
{
	return n ? next (g) % n : 0;
}

static guint64
pick_of (gen *g, const guint64 *values, const guint *weights, guint n)
{
	guint total = 0, r;

	for (guint i = 0; i < n; i++)
		total += weights[i];
	r = (guint) below (g, total);
	for (guint i = 0; i < n; i++) {
		if (r < weights[i])
			return values[i];
		r -= weights[i];
	}
	return values[n - 1];
}

/* mostly small: a NORESERVE page or two is all section 1 needs */
static guint64
pick_len (gen *g)
{
	static const guint64 lens[] = { 4 * EXTSIM_KiB, 8 * EXTSIM_KiB, 16 * EXTSIM_KiB, 64 * EXTSIM_KiB,
					256 * EXTSIM_KiB, EXTSIM_MiB, 4 * EXTSIM_MiB, 16 * EXTSIM_MiB };
	static const guint w[] = { 30, 15, 10, 15, 10, 10, 7, 3 };

	return pick_of (g, lens, w, G_N_ELEMENTS (lens));
}

static guint64
pick_prealloc_len (gen *g)
{
	static const guint64 lens[] = { EXTSIM_MiB, 4 * EXTSIM_MiB, 8 * EXTSIM_MiB, 16 * EXTSIM_MiB, 64 * EXTSIM_MiB };
	static const guint w[] = { 20, 30, 20, 20, 10 };

	return pick_of (g, lens, w, G_N_ELEMENTS (lens));
}

/* a block-aligned offset in [0, limit) */
static guint64
aligned_below (gen *g, guint64 limit)
{
	return below (g, limit / BLOCK) * BLOCK;
}

/* ---- the text --------------------------------------------------------------- */

/* with xfs_io's suffixes, so a script reads as a person would write it */
static void
append_size (GString *s, guint64 v)
{
	if (v && v % EXTSIM_MiB == 0)
		g_string_append_printf (s, "%" G_GUINT64_FORMAT "m", v / EXTSIM_MiB);
	else if (v && v % EXTSIM_KiB == 0)
		g_string_append_printf (s, "%" G_GUINT64_FORMAT "k", v / EXTSIM_KiB);
	else
		g_string_append_printf (s, "%" G_GUINT64_FORMAT, v);
}

/* xfs_io [-f] -c "CMD" $mnt/PATH, CMD as printf; sizes with %S (one guint64) */
static void
emit_io (gen *g, gboolean create, const char *path, const char *fmt, ...)
{
	va_list ap;

	g_string_append_printf (g->out, "xfs_io %s-c \"", create ? "-f " : "");
	va_start (ap, fmt);
	for (const char *p = fmt; *p; p++) {
		if (p[0] == '%' && p[1] == 'S') {
			append_size (g->out, va_arg (ap, guint64));
			p++;
		} else if (p[0] == '%' && p[1] == 's') {
			g_string_append (g->out, va_arg (ap, const char *));
			p++;
		} else {
			g_string_append_c (g->out, *p);
		}
	}
	va_end (ap);
	g_string_append_printf (g->out, "\" $mnt/%s\n", path);
}

/* ---- the shadow of the files ----------------------------------------------- */

static void
gfile_free (gpointer p)
{
	gfile *f = p;

	g_free (f->path);
	g_free (f);
}

static gfile *
new_file (gen *g)
{
	gfile *f = g_new0 (gfile, 1);

	f->path = g_strdup_printf ("f%u", ++g->n_names);
	g_ptr_array_add (g->files, f);
	return f;
}

static gfile *
any_file (gen *g)
{
	return g->files->len ? g->files->pdata[below (g, g->files->len)] : NULL;
}

/* a file, preferring one with a preallocated range (and data, with @need_data) */
static gfile *
pick_file (gen *g, gboolean need_data)
{
	for (guint tries = 0; tries < 6; tries++) {
		gfile *f = any_file (g);

		if (f && (!need_data || f->size >= BLOCK) && (f->pa_len || tries >= 3))
			return f;
	}
	return NULL;
}

/* an offset in @f: inside its preallocated range six times in ten */
static guint64
pick_off (gen *g, const gfile *f)
{
	if (f->pa_len && PERCENT (g, 60))
		return f->pa_off + aligned_below (g, f->pa_len);
	return aligned_below (g, f->size + EXTSIM_MiB);
}

static void
grow (gfile *f, guint64 end)
{
	f->size = MAX (f->size, end);
}

/* ---- the operations ------------------------------------------------------------ */

static void
op_pwrite (gen *g, gfile *f, gboolean create)
{
	static const char *const fills[] = { "", "-S 0xaa ", "-S 0xbb " };
	static const char *const bsizes[] = { "", "", "", "", "", "-b 64k ", "-b 1m " };
	guint64 off = create ? aligned_below (g, EXTSIM_MiB) : pick_off (g, f), len = pick_len (g);
	const char *fill, *bsize;

	if (f->pa_len && off >= f->pa_off && off < f->pa_off + f->pa_len && PERCENT (g, 70))
		len = MIN (len, f->pa_off + f->pa_len - off);
	/* one draw a statement: the order of a call's arguments is the
	 * compiler's (this is the one the scripts were first made with) */
	bsize = bsizes[below (g, G_N_ELEMENTS (bsizes))];
	fill = fills[below (g, G_N_ELEMENTS (fills))];
	emit_io (g, create, f->path, "pwrite %s%s%S %S", fill, bsize, off, len);
	grow (f, off + len);
}

static void
op_falloc (gen *g, gfile *f, gboolean create)
{
	gboolean keep = PERCENT (g, 30);
	guint64 off = create ? aligned_below (g, 64 * EXTSIM_KiB) : aligned_below (g, f->size + EXTSIM_MiB);
	guint64 len = PERCENT (g, 50) ? pick_prealloc_len (g) : pick_len (g);

	emit_io (g, create, f->path, "falloc %s%S %S", keep ? "-k " : "", off, len);
	f->pa_off = off;
	f->pa_len = len;
	if (!keep)
		grow (f, off + len);
}

static void
op_fpunch (gen *g, gfile *f)
{
	guint64 off = pick_off (g, f), len = pick_len (g);

	emit_io (g, FALSE, f->path, "fpunch %S %S", off, len);
}

static void
op_truncate (gen *g, gfile *f)
{
	guint64 size = PERCENT (g, 50) ? aligned_below (g, f->size) : f->size + pick_len (g);

	emit_io (g, FALSE, f->path, "truncate %S", size);
	f->size = size;
}

/* reflink or dedupe from @src (inside its size) to itself, a file, or a new one */
static void
op_remap (gen *g, gfile *src, gboolean dedupe)
{
	guint64 len = pick_len (g), soff, doff;
	gboolean create = !dedupe && PERCENT (g, 15);
	gfile *dst;

	len = MIN (len, src->size / BLOCK * BLOCK);

	soff = src->pa_len && PERCENT (g, 60) && src->pa_off + len <= src->size
		       ? src->pa_off + aligned_below (g, MIN (src->pa_len, src->size - src->pa_off - len) + 1)
		       : aligned_below (g, src->size - len + 1);
	if (create)
		dst = new_file (g);
	else if (PERCENT (g, 40) || !(dst = any_file (g)))
		dst = src;
	if (dst == src)
		doff = soff + len + aligned_below (g, 2 * EXTSIM_MiB); /* no overlap: EINVAL */
	else if (dedupe)
		doff = aligned_below (g, dst->size > len ? dst->size - len + 1 : 1);
	else
		doff = aligned_below (g, dst->size + EXTSIM_MiB);
	emit_io (g, create, dst->path, "%s $mnt/%s %S %S %S", dedupe ? "dedupe" : "reflink", src->path, soff, doff,
		 len);
	if (!dedupe)
		grow (dst, doff + len);
}

/* touch, chattr +C while it is empty, then falloc or pwrite */
static void
op_chattr (gen *g)
{
	gfile *f = new_file (g);

	f->nocow = TRUE;
	g_string_append_printf (g->out, "touch $mnt/%s\nchattr +C $mnt/%s\n", f->path, f->path);
	if (PERCENT (g, 50))
		op_falloc (g, f, FALSE);
	else
		op_pwrite (g, f, FALSE);
}

/* a writable snapshot gets copies of the top level's files (same names) */
static void
op_snapshot (gen *g)
{
	gboolean ro = PERCENT (g, 20);
	guint n = g->files->len, k = ++g->n_snapshots;

	g_string_append_printf (g->out, "btrfs subvolume snapshot %s$mnt $mnt/snap%u\n", ro ? "-r " : "", k);
	for (guint i = 0; i < n && !ro; i++) {
		const gfile *f = g->files->pdata[i];
		gfile *c;

		if (strchr (f->path, '/'))
			continue;
		c = g_memdup2 (f, sizeof *f);
		c->path = g_strdup_printf ("snap%u/%s", k, f->path);
		g_ptr_array_add (g->files, c);
	}
}

static void
op_rm (gen *g)
{
	guint i = (guint) below (g, g->files->len);

	g_string_append_printf (g->out, "rm -f $mnt/%s\n", ((gfile *) g->files->pdata[i])->path);
	g_ptr_array_remove_index (g->files, i);
}

static void
op_free (gen *g)
{
	static const guint64 lens[] = { 64 * EXTSIM_KiB, 256 * EXTSIM_KiB, EXTSIM_MiB, 4 * EXTSIM_MiB };

	guint64 len = lens[below (g, G_N_ELEMENTS (lens))]; /* drawn first, as op_pwrite's */
	guint64 off = aligned_below (g, g->device / 2);

	emit_io (g, FALSE, "fill", "fpunch %S %S", off, len);
}

/* one operation; one whose file is missing becomes a write to a new file */
static void
gen_op (gen *g, extsim_fuzz_op op)
{
	gfile *f = op == EXTSIM_FUZZ_REFLINK || op == EXTSIM_FUZZ_DEDUPE ? pick_file (g, TRUE) : pick_file (g, FALSE);

	if (!f && op != EXTSIM_FUZZ_SYNC && op != EXTSIM_FUZZ_COMMIT && op != EXTSIM_FUZZ_CHATTR &&
	    op != EXTSIM_FUZZ_SNAPSHOT && op != EXTSIM_FUZZ_FREE && op != EXTSIM_FUZZ_REMOUNT)
		op = EXTSIM_FUZZ_PWRITE;
	if (op == EXTSIM_FUZZ_FREE && !g->filled)
		op = EXTSIM_FUZZ_SYNC;
	switch (op) {
	case EXTSIM_FUZZ_PWRITE:
		if (!f || PERCENT (g, 15))
			op_pwrite (g, new_file (g), TRUE);
		else
			op_pwrite (g, f, FALSE);
		break;
	case EXTSIM_FUZZ_FALLOC:
		if (PERCENT (g, 20))
			op_falloc (g, new_file (g), TRUE);
		else
			op_falloc (g, f, FALSE);
		break;
	case EXTSIM_FUZZ_FPUNCH: op_fpunch (g, f); break;
	case EXTSIM_FUZZ_TRUNCATE: op_truncate (g, f); break;
	case EXTSIM_FUZZ_REFLINK: op_remap (g, f, FALSE); break;
	case EXTSIM_FUZZ_DEDUPE: op_remap (g, f, TRUE); break;
	case EXTSIM_FUZZ_FSYNC: emit_io (g, FALSE, f->path, PERCENT (g, 80) ? "fsync" : "fdatasync"); break;
	case EXTSIM_FUZZ_SYNC: g_string_append (g->out, "sync\n"); break;
	case EXTSIM_FUZZ_COMMIT: g_string_append (g->out, "#@commit\n"); break;
	case EXTSIM_FUZZ_CHATTR: op_chattr (g); break;
	case EXTSIM_FUZZ_SNAPSHOT: op_snapshot (g); break;
	case EXTSIM_FUZZ_RM: op_rm (g); break;
	case EXTSIM_FUZZ_FREE: op_free (g); break;
	case EXTSIM_FUZZ_REMOUNT: g_string_append (g->out, "umount $mnt\nmount $dev $mnt\n"); break;
	case EXTSIM_FUZZ_N_OPS: g_assert_not_reached ();
	}
}

static extsim_fuzz_op
draw_op (gen *g)
{
	guint r = (guint) below (g, g->total);

	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++) {
		if (r < g->weights[i])
			return (extsim_fuzz_op) i;
		r -= g->weights[i];
	}
	g_assert_not_reached ();
}

/* ---- the setup ------------------------------------------------------------------ */

static void
gen_prefill_file (gen *g)
{
	gfile *f = new_file (g);
	gboolean wrote = FALSE;

	if (PERCENT (g, 15)) {
		f->nocow = TRUE;
		g_string_append_printf (g->out, "touch $mnt/%s\nchattr +C $mnt/%s\n", f->path, f->path);
	}
	if (PERCENT (g, 75)) {
		gboolean keep = PERCENT (g, 25);

		f->pa_off = PERCENT (g, 50) ? 0 : aligned_below (g, EXTSIM_MiB);
		f->pa_len = pick_prealloc_len (g);
		emit_io (g, !f->nocow, f->path, "falloc %s%S %S", keep ? "-k " : "", f->pa_off, f->pa_len);
		if (!keep)
			grow (f, f->pa_off + f->pa_len);
	} else {
		wrote = TRUE;
		op_pwrite (g, f, !f->nocow);
	}
	if (!wrote && PERCENT (g, 40))
		op_pwrite (g, f, FALSE);
	if (PERCENT (g, 20))
		emit_io (g, FALSE, f->path, "fsync");
}

static void
gen_setup (gen *g)
{
	static const guint64 devices[] = { 256 * EXTSIM_MiB, 320 * EXTSIM_MiB, 384 * EXTSIM_MiB, 512 * EXTSIM_MiB };
	guint n = 1 + (guint) below (g, 3);

	g->device = devices[below (g, G_N_ELEMENTS (devices))];
	g_string_append (g->out, "mkfs.btrfs -f -b ");
	append_size (g->out, g->device);
	g_string_append (g->out, " $dev > /dev/null\nmount $dev $mnt\n");
	for (guint i = 0; i < n; i++)
		gen_prefill_file (g);
	if (PERCENT (g, 90)) {
		g->filled = TRUE;
		g_string_append (g->out, "xfs_io -f -c \"pwrite -b 1m 0 ");
		append_size (g->out, g->device);
		g_string_append (g->out, "\" $mnt/fill > /dev/null 2>&1\n");
	}
}

char *
extsim_fuzz_generate (const extsim_fuzz_options *options, guint64 run)
{
	gen g = { 0 };
	guint n_ops;

	g_return_val_if_fail (options && options->version == EXTSIM_FUZZ_OPTIONS_VERSION, NULL);
	n_ops = options->n_ops ? options->n_ops : EXTSIM_FUZZ_DEFAULT_OPS;
	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++)
		g.total += options->weights[i];
	memcpy (g.weights, g.total ? options->weights : default_weights, sizeof g.weights);
	g.total = 0;
	for (guint i = 0; i < EXTSIM_FUZZ_N_OPS; i++)
		g.total += g.weights[i];
	g.rng = mix64 (options->seed + GOLDEN * (run + 1));
	g.out = g_string_new (NULL);
	g.files = g_ptr_array_new_with_free_func (gfile_free);
	g_string_append_printf (g.out, "# extsim fuzz: seed %" G_GUINT64_FORMAT ", run %" G_GUINT64_FORMAT ", %u ops\n",
				options->seed, run, n_ops);
	gen_setup (&g);
	for (guint i = 0; i < n_ops; i++)
		gen_op (&g, draw_op (&g));
	g_ptr_array_unref (g.files);
	return g_string_free (g.out, FALSE);
}
