/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the filesystem object, steps and transactions
 *
 * mkfs:    total = data space of the device; mkfs.btrfs's data chunk is free,
 *          the rest unallocated device space (block-group.c)
 * step:    every public call that changes state is one step; a policy's
 *          callback calling back in stays inside the caller's step
 * commit:  transid += 1; every pinned range joins the free set; what the
 *          inodes did in the transaction (trans_updated, trans_maps: for
 *          fsync) is forgotten, and its delayed refs run (trans_refs)
 * fsync:   write the file back (each range decides NOCOW/COW), log its
 *          modified extent maps (extent-map.c), then return the error
 *          writeback latched on it, once; in a transaction that made a
 *          block group the log cannot be used: the fsync commits
 * sync:    write everything back, commit
 * clone:   copy the struct and take a reference on every map: O(1)
 * borrow:  a clone that takes no reference (pmap_borrow), for the
 *          explorer's children, most of which die before their parent;
 *          own takes the references of one that lives on
 * hash:    walk every map in key order; generations are replaced by their
 *          rank among the subvolumes' last_snapshot values, because that
 *          comparison is the only thing they decide
 */
#include "fs-private.h"
#include "pmap-alloc.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

/* Every map keeps the sum of its entries' hashes (pmap_sum; see
 * extsim_fs_hash). */
static guint64 entry_sum (const guint64 *key, const void *value, gpointer data);
#define SUMMED(type) .hash = entry_sum, .hash_data = (gpointer) &type

static const pmap_type roots_type = { .name = "roots", .key_words = 1, .value_size = sizeof (root_item), SUMMED (roots_type) };
static const pmap_type inodes_type = { .name = "inodes", .key_words = 2, .value_size = sizeof (inode_item), SUMMED (inodes_type) };
static const pmap_type items_type = { .name = "items", .key_words = 3, .value_size = sizeof (file_item), SUMMED (items_type) };
static const pmap_type dirty_type = { .name = "dirty", .key_words = 3, .value_size = sizeof (dirty_item), SUMMED (dirty_type) };
static const pmap_type lost_type = { .name = "lost", .key_words = 3, .value_size = sizeof (rm_len), SUMMED (lost_type) };
static const pmap_type extents_type = { .name = "extents", .key_words = 1, .value_size = sizeof (extent_item), SUMMED (extents_type) };
static const pmap_type backrefs_type = { .name = "backrefs", .key_words = 4, .value_size = sizeof (backref_item), SUMMED (backrefs_type) };
static const pmap_type disk_type = { .name = "disk", .key_words = 1, .value_size = sizeof (disk_item), SUMMED (disk_type) };

static guint64
free_len (const void *value)
{
	return ((const free_item *) value)->len;
}

static const pmap_type free_type = { .name = "free_space",
				     .key_words = 1,
				     .value_size = sizeof (free_item),
				     .metric = free_len,
				     .aug_offset = G_STRUCT_OFFSET (free_item, longest_below),
				     SUMMED (free_type) };
static const pmap_type pinned_type = { .name = "pinned", .key_words = 1, .value_size = sizeof (rm_len), SUMMED (pinned_type) };
static const pmap_type block_groups_type = { .name = "block_groups", .key_words = 1, .value_size = sizeof (bg_item), SUMMED (block_groups_type) };
static const pmap_type bg_classes_type = { .name = "bg_classes", .key_words = 2, .value_size = 0, SUMMED (bg_classes_type) };
static const pmap_type dev_free_type = { .name = "dev_free", .key_words = 1, .value_size = sizeof (rm_len), SUMMED (dev_free_type) };
static const pmap_type emaps_type = { .name = "emaps", .key_words = 3, .value_size = sizeof (em_hole), SUMMED (emaps_type) };
static const pmap_type dmaps_type = { .name = "dmaps", .key_words = 3, .value_size = sizeof (rm_len), SUMMED (dmaps_type) };
static const pmap_type dmods_type = { .name = "dmods", .key_words = 3, .value_size = sizeof (rm_len), SUMMED (dmods_type) };
static const pmap_type pages_type = { .name = "pages", .key_words = 3, .value_size = sizeof (rm_len), SUMMED (pages_type) };
static const pmap_type trans_updated_type = { .name = "trans_updated", .key_words = 2, .value_size = sizeof (guint64), SUMMED (trans_updated_type) };
static const pmap_type trans_maps_type = { .name = "trans_maps", .key_words = 2, .value_size = sizeof (em_span), SUMMED (trans_maps_type) };
static const pmap_type wb_list_type = { .name = "wb_list", .key_words = 2, .value_size = sizeof (extsim_ino), SUMMED (wb_list_type) };
static const pmap_type trans_refs_type = { .name = "trans_refs", .key_words = 4, .value_size = sizeof (trans_ref), SUMMED (trans_refs_type) };
static const pmap_type ordered_type = { .name = "ordered", .key_words = 3, .value_size = sizeof (ordered_item), SUMMED (ordered_type) };
static const pmap_type ordered_drops_type = { .name = "ordered_drops", .key_words = 4, .value_size = sizeof (ordered_drop), SUMMED (ordered_drops_type) };

#define N_MAPS 23

/* A table of offsets, not of pointers built on each call: clone, free and
 * hash walk the maps for every state the explorer makes. */
static const gsize map_offsets[N_MAPS] = {
	G_STRUCT_OFFSET (extsim_fs, roots),	   G_STRUCT_OFFSET (extsim_fs, inodes),
	G_STRUCT_OFFSET (extsim_fs, items),	   G_STRUCT_OFFSET (extsim_fs, dirty),
	G_STRUCT_OFFSET (extsim_fs, lost),	   G_STRUCT_OFFSET (extsim_fs, extents),
	G_STRUCT_OFFSET (extsim_fs, backrefs),	   G_STRUCT_OFFSET (extsim_fs, disk),
	G_STRUCT_OFFSET (extsim_fs, free_space),   G_STRUCT_OFFSET (extsim_fs, pinned),
	G_STRUCT_OFFSET (extsim_fs, block_groups), G_STRUCT_OFFSET (extsim_fs, dev_free),
	G_STRUCT_OFFSET (extsim_fs, emaps),	   G_STRUCT_OFFSET (extsim_fs, trans_updated),
	G_STRUCT_OFFSET (extsim_fs, trans_maps),   G_STRUCT_OFFSET (extsim_fs, trans_refs),
	G_STRUCT_OFFSET (extsim_fs, dmaps),	   G_STRUCT_OFFSET (extsim_fs, ordered),
	G_STRUCT_OFFSET (extsim_fs, ordered_drops), G_STRUCT_OFFSET (extsim_fs, dmods),
	G_STRUCT_OFFSET (extsim_fs, pages),	   G_STRUCT_OFFSET (extsim_fs, wb_list),
	G_STRUCT_OFFSET (extsim_fs, bg_classes),
};

static pmap *
map_at (extsim_fs *fs, guint i)
{
	return (pmap *) ((guint8 *) fs + map_offsets[i]);
}

G_DEFINE_QUARK (extsim-error-quark, extsim_error)

int
extsim_error_to_errno (int code)
{
	switch (code) {
	case EXTSIM_ERROR_INVAL: return EINVAL;
	case EXTSIM_ERROR_NOSPC: return ENOSPC;
	case EXTSIM_ERROR_NOENT: return ENOENT;
	case EXTSIM_ERROR_ROFS: return EROFS;
	case EXTSIM_ERROR_FBIG: return EFBIG;
	case EXTSIM_ERROR_BADE: return EBADE;
	case EXTSIM_ERROR_OPNOTSUPP: return EOPNOTSUPP;
	case EXTSIM_ERROR_XDEV: return EXDEV;
	default: return EIO;
	}
}

gboolean
set_error (GError **error, int code, const char *fmt, ...)
{
	va_list ap;

	va_start (ap, fmt);
	if (error)
		*error = g_error_new_valist (EXTSIM_ERROR, code, fmt, ap);
	va_end (ap);
	return FALSE;
}

/*
 * What mkfs.btrfs (btrfs-progs 6.2 defaults: metadata DUP, system DUP) and
 * the kernel leave for data on a device of S bytes: the first MiB is never
 * allocated, the system chunk takes 2 x 8 MiB, the metadata chunk 2 x M
 * with M = max(32 MiB, (S / 10) / 2 rounded down to 64 KiB), at most
 * 256 MiB (init_alloc_chunk_ctl_policy_regular, decide_stripe_size_regular);
 * the kernel turns all the rest into data.  Measured on Linux 6.18 for S
 * from 128 MiB to 4 GiB: 512 MiB holds 451936256 bytes of data.
 */
guint64
mkfs_metadata_chunk (guint64 device_size)
{
	guint64 t = device_size / 10;

	return t >= 256 * EXTSIM_MiB ? 256 * EXTSIM_MiB : MAX (32 * EXTSIM_MiB, (t / 2) & ~(64 * EXTSIM_KiB - 1));
}

guint64
extsim_data_size_for_device (guint64 device_size, guint32 sectorsize)
{
	guint64 meta = mkfs_metadata_chunk (device_size), overhead;

	g_return_val_if_fail (sectorsize >= 4096 && (sectorsize & (sectorsize - 1)) == 0, 0);
	overhead = EXTSIM_MiB + 2 * 8 * EXTSIM_MiB + 2 * meta;
	if (device_size <= overhead)
		return 0;
	return (device_size - overhead) & ~((guint64) sectorsize - 1);
}

static gboolean
validate_options (const extsim_fs_options *o, GError **error)
{
	if (o->version < 1 || o->version > EXTSIM_FS_OPTIONS_VERSION)
		return set_error (error, EXTSIM_ERROR_INVAL, "options version %u unknown (expected 1 to %u)",
				  o->version, EXTSIM_FS_OPTIONS_VERSION);
	if (o->sectorsize != 4096 && o->sectorsize != 16384 && o->sectorsize != 65536)
		return set_error (error, EXTSIM_ERROR_INVAL, "sectorsize %u: must be 4096, 16384 or 65536",
				  o->sectorsize);
	if (o->device_size < 16 * EXTSIM_MiB || o->device_size > (G_GUINT64_CONSTANT (1) << 62))
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "device size %" G_GUINT64_FORMAT ": must be between 16 MiB and 4 EiB",
				  o->device_size);
	if (o->data_size > o->device_size || (o->data_size && o->data_size < o->sectorsize))
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "data size %" G_GUINT64_FORMAT ": must be at least one sector and at most the device size",
				  o->data_size);
	if (!o->data_size && extsim_data_size_for_device (o->device_size, o->sectorsize) < o->sectorsize)
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "device size %" G_GUINT64_FORMAT ": too small to hold any data after metadata and system chunks",
				  o->device_size);
	if (o->max_extent_size < o->sectorsize || o->max_extent_size % o->sectorsize)
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "max extent size %" G_GUINT64_FORMAT ": must be a multiple of the sector size",
				  o->max_extent_size);
	if (o->max_prealloc_extent_size < o->sectorsize || o->max_prealloc_extent_size % o->sectorsize)
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "max prealloc extent size %" G_GUINT64_FORMAT ": must be a multiple of the sector size",
				  o->max_prealloc_extent_size);
	if (o->write_chunk % o->sectorsize)
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "write chunk %" G_GUINT64_FORMAT ": must be a multiple of the sector size", o->write_chunk);
	if (o->mount_flags & ~(guint32) (EXTSIM_MOUNT_NODATACOW | EXTSIM_MOUNT_NODATASUM))
		return set_error (error, EXTSIM_ERROR_INVAL, "unknown mount flags 0x%x", o->mount_flags);
	return !o->policy || extsim_policy_validate (o->policy, error);
}

extsim_fs *
extsim_fs_new (const extsim_fs_options *options, GError **error)
{
	extsim_fs_options defaults = EXTSIM_FS_OPTIONS_INIT;
	const extsim_fs_options *o = options ? options : &defaults;
	root_item top = { .next_ino = EXTSIM_FIRST_FREE_OBJECTID + 1 };
	guint64 key = EXTSIM_FS_TREE;
	extsim_fs *fs;

	if (!validate_options (o, error))
		return NULL;
	fs = obj_alloc0 (sizeof *fs);
	fs->sectorsize = o->sectorsize;
	fs->device_size = o->device_size;
	fs->max_extent_size = o->max_extent_size;
	fs->max_prealloc_extent_size = o->max_prealloc_extent_size;
	fs->write_chunk = o->write_chunk ? o->write_chunk : o->sectorsize;
	fs->mount_flags = o->mount_flags;
	fs->policy = o->policy ? o->policy : &extsim_policy_unpatched;
	fs->check_every_step = o->check_every_step;
	pmap_init (&fs->roots, &roots_type);
	pmap_init (&fs->inodes, &inodes_type);
	pmap_init (&fs->items, &items_type);
	pmap_init (&fs->dirty, &dirty_type);
	pmap_init (&fs->lost, &lost_type);
	pmap_init (&fs->extents, &extents_type);
	pmap_init (&fs->backrefs, &backrefs_type);
	pmap_init (&fs->disk, &disk_type);
	pmap_init (&fs->free_space, &free_type);
	pmap_init (&fs->pinned, &pinned_type);
	pmap_init (&fs->block_groups, &block_groups_type);
	pmap_init (&fs->bg_classes, &bg_classes_type);
	pmap_init (&fs->dev_free, &dev_free_type);
	pmap_init (&fs->emaps, &emaps_type);
	pmap_init (&fs->dmaps, &dmaps_type);
	pmap_init (&fs->dmods, &dmods_type);
	pmap_init (&fs->pages, &pages_type);
	pmap_init (&fs->trans_updated, &trans_updated_type);
	pmap_init (&fs->trans_maps, &trans_maps_type);
	pmap_init (&fs->wb_list, &wb_list_type);
	pmap_init (&fs->trans_refs, &trans_refs_type);
	pmap_init (&fs->ordered, &ordered_type);
	pmap_init (&fs->ordered_drops, &ordered_drops_type);
	fs->si.total = o->data_size ? o->data_size & ~((guint64) o->sectorsize - 1)
				    : extsim_data_size_for_device (o->device_size, o->sectorsize);
	fs->si.free = fs->si.total;
	block_groups_init (fs, o->data_size != 0);
	pmap_insert (&fs->roots, &key, &top);
	fs->transid = 1;
	fs->next_subvol = EXTSIM_FIRST_FREE_OBJECTID;
	/* a version 1 caller's struct ends before power_loss */
	fs->power_loss = o->version >= 2 && o->power_loss;
	power_commit (fs); /* mkfs.btrfs wrote it all */
	/* violations and active are made when first needed: the explorer
	 * clones millions of filesystems that never record any */
	return fs;
}

void
extsim_fs_free (extsim_fs *fs)
{
	if (!fs)
		return;
	fs_clear_maps (fs);
	power_clear (fs);
	g_clear_pointer (&fs->violations, g_ptr_array_unref);
	g_clear_pointer (&fs->active, g_hash_table_unref);
	obj_free (fs, sizeof *fs);
}

/* A copy of fs whose maps copy_map made. */
static extsim_fs *
clone_with (const extsim_fs *fs, void (*copy_map) (pmap *dst, const pmap *src))
{
	extsim_fs *c;
	GHashTableIter it;
	gpointer k;

	c = obj_dup (fs, sizeof *fs);
	for (guint i = 0; i < N_MAPS; i++)
		copy_map (map_at (c, i), map_at ((extsim_fs *) fs, i));
	power_copy (c);
	c->violations = NULL;
	c->active = NULL;
	g_assert (fs->pass_depth == 0 && fs->ordered_defer == NULL); /* never inside a writeback pass */
	if (fs->violations && fs->violations->len) {
		c->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) extsim_violation_free);
		for (guint i = 0; i < fs->violations->len; i++)
			g_ptr_array_add (c->violations, extsim_violation_copy (fs->violations->pdata[i]));
	}
	if (fs->active && g_hash_table_size (fs->active)) {
		c->active = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
		g_hash_table_iter_init (&it, fs->active);
		while (g_hash_table_iter_next (&it, &k, NULL))
			g_hash_table_add (c->active, g_strdup (k));
	}
	return c;
}

extsim_fs *
extsim_fs_clone (const extsim_fs *fs)
{
	g_return_val_if_fail (fs != NULL, NULL);
	return clone_with (fs, pmap_copy);
}

extsim_fs *
fs_freeze (const extsim_fs *fs)
{
	extsim_fs *c = obj_dup (fs, sizeof *fs);

	for (guint i = 0; i < N_MAPS; i++)
		pmap_copy (map_at (c, i), map_at ((extsim_fs *) fs, i));
	c->check_every_step = FALSE;
	c->depth = 0;
	c->violations = NULL;
	c->active = NULL;
	c->trace = NULL;
	c->trace_data = NULL;
	c->flush_writer = NULL;
	c->flush_writer_data = NULL;
	c->flush_writer_granted = FALSE;
	c->inflight_drops = NULL;
	c->pass_depth = 0;
	c->ordered_defer = NULL;
	c->power_loss = FALSE;
	c->committed = NULL;
	c->log = NULL;
	return c;
}

void
fs_clear_maps (extsim_fs *fs)
{
	for (guint i = 0; i < N_MAPS; i++)
		pmap_clear (map_at (fs, i));
}

extsim_fs *
fs_borrow (const extsim_fs *fs)
{
	return clone_with (fs, pmap_borrow);
}

void
fs_prefetch (const extsim_fs *fs, gboolean maps)
{
	if (!maps) {
		for (gsize b = 0; b < sizeof *fs; b += 64)
			__builtin_prefetch ((const char *) fs + b);
		return;
	}
	for (guint i = 0; i < N_MAPS; i++) {
		const pmap *m = map_at ((extsim_fs *) fs, i);

		pmap_prefetch_root (m, 1024);
	}
}

void
fs_own (extsim_fs *fs)
{
	for (guint i = 0; i < N_MAPS; i++)
		pmap_own (map_at (fs, i));
}

struct fs_pins {
	pmap maps[N_MAPS];
	gboolean held[N_MAPS];
};

fs_pins *
fs_pin (const extsim_fs *fs)
{
	fs_pins *p = g_new0 (fs_pins, 1);

	for (guint i = 0; i < N_MAPS; i++)
		p->held[i] = pmap_pin (map_at ((extsim_fs *) fs, i), &p->maps[i]);
	return p;
}

void
fs_unpin (fs_pins *p)
{
	if (!p)
		return;
	for (guint i = 0; i < N_MAPS; i++) {
		if (p->held[i])
			pmap_unpin_free (&p->maps[i]);
	}
	g_free (p);
}

/* ---- canonical form: hash and equality ---- */

typedef struct {
	guint64 h;
	GArray *words; /* when collecting for equality */
	guint64 snaps[64];
	guint n_snaps;
} canon;

static void
put (canon *c, guint64 w)
{
	if (c->words)
		g_array_append_val (c->words, w);
	w *= 0x87c37b91114253d5ull;
	w = (w << 31) | (w >> 33);
	c->h ^= w * 0x4cf5ad432745937full;
	c->h = ((c->h << 27) | (c->h >> 37)) * 5 + 0x52dce729;
}

/* Rank of a generation among the snapshot points: all later comparisons
 * (generation > last_snapshot) come out the same for equal ranks. */
static guint64
gen_rank (const canon *c, guint64 gen)
{
	guint64 r = 0;

	for (guint i = 0; i < c->n_snaps; i++)
		r += c->snaps[i] < gen;
	return r;
}

static void
collect_snap (const guint64 *key, const void *value, gpointer data)
{
	canon *c = data;
	guint64 ls = ((const root_item *) value)->last_snapshot;

	(void) key;
	for (guint i = 0; i < c->n_snaps; i++) {
		if (c->snaps[i] == ls)
			return;
	}
	if (c->n_snaps < G_N_ELEMENTS (c->snaps))
		c->snaps[c->n_snaps++] = ls;
}

typedef struct {
	canon *c;
	const pmap_type *type;
	guint gen_word; /* the value word canonical_value ranks, or G_MAXUINT (see walk_init) */
	gboolean whole; /* the value is whole words: entry_hash reads them in place */
} walk_ctx;

/* The value's words as the canonical form has them: generations as
 * ranks, a free range's link count as 0 (walk_init).  Returns how many
 * words. */
static guint
canonical_value (const walk_ctx *w, const void *value, guint64 words[8])
{
	memset (words, 0, 8 * sizeof (guint64));
	memcpy (words, value, w->type->value_size);
	if (w->type == &items_type)
		((file_item *) words)->generation = gen_rank (w->c, ((const file_item *) value)->generation);
	else if (w->type == &extents_type)
		((extent_item *) words)->generation = gen_rank (w->c, ((const extent_item *) value)->generation);
	else if (w->type == &roots_type)
		((root_item *) words)->last_snapshot = gen_rank (w->c, ((const root_item *) value)->last_snapshot);
	else if (w->type == &free_type)
		((free_item *) words)->linked = 0;
	else if (w->type == &trans_maps_type)
		*(em_span *) words = (em_span) { 0, 0 };
	return (guint) ((w->type->value_size + 7) / 8);
}

static void
put_entry (const guint64 *key, const void *value, gpointer data)
{
	walk_ctx *w = data;
	guint64 words[8];
	guint nw = canonical_value (w, value, words);

	for (guint i = 0; i < w->type->key_words; i++)
		put (w->c, key[i]);
	for (guint i = 0; i < nw; i++)
		put (w->c, words[i]);
}

static walk_ctx
walk_init (canon *c, const pmap_type *type)
{
	walk_ctx w = { c, type, G_MAXUINT, type->value_size % sizeof (guint64) == 0 };

	if (type == &items_type)
		w.gen_word = G_STRUCT_OFFSET (file_item, generation) / sizeof (guint64);
	else if (type == &extents_type)
		w.gen_word = G_STRUCT_OFFSET (extent_item, generation) / sizeof (guint64);
	else if (type == &roots_type)
		w.gen_word = G_STRUCT_OFFSET (root_item, last_snapshot) / sizeof (guint64);
	/* A free range's link count is left out: it orders ranges of one
	 * length in a group (free-space.c), and a count that differs where
	 * no two are equal would make equal states differ.  So two states
	 * that differ only in the order their equal free ranges were linked
	 * are one state here, although the next extent of that length goes
	 * to a different one of them. */
	else if (type == &free_type || type == &trans_maps_type)
		w.whole = FALSE; /* and an inode's em_span too (fs-private.h) */
	return w;
}

static inline guint64
mix_word (guint64 h, guint64 w)
{
	h ^= w;
	h *= 0xff51afd7ed558ccdull;
	return h ^ (h >> 32);
}

/* One entry, mixed word by word (the map sums them, so each must be a
 * good hash on its own); generations as ranks (canonical_value).  The
 * explorer hashes every entry of every node a step copied: a value of
 * whole words is read where it lies, its generation ranked on the way,
 * rather than copied out first; the words, and so the hash, are the same. */
static guint64
entry_hash (const guint64 *key, const void *value, gpointer data)
{
	const walk_ctx *w = data;
	guint64 words[8], h = 0x9e3779b97f4a7c15ull;
	const guint64 *v = value;
	guint nw = (guint) ((w->type->value_size + 7) / 8);

	for (guint i = 0; i < w->type->key_words; i++)
		h = mix_word (h, key[i]);
	if (!w->whole) {
		canonical_value (w, value, words);
		v = words;
	}
	for (guint i = 0; i < nw; i++)
		h = mix_word (h, w->whole && i == w->gen_word ? gen_rank (w->c, v[i]) : v[i]);
	h *= 0xc4ceb9fe1a85ec53ull;
	return h ^ (h >> 29);
}

/* The canonical form of a state without snapshot points: every root's
 * last_snapshot is 0, the one point canonical () always has.  Only read. */
static canon no_snapshots = { 0, NULL, { 0 }, 1 };

/* entry_hash () as a state without snapshot points has it, which is what
 * the maps keep the sum of: the type is the data. */
static guint64
entry_sum (const guint64 *key, const void *value, gpointer data)
{
	walk_ctx w = walk_init (&no_snapshots, data);

	return entry_hash (key, value, &w);
}

/* Whether the map's kept sum (entry_sum) is its hash in w's canonical
 * form: always, but for the maps with a generation to rank (walk_init) in
 * a state with snapshot points, which are summed afresh. */
static gboolean
sum_is_kept (const walk_ctx *w)
{
	return w->c->n_snaps == 1 || w->gen_word == G_MAXUINT;
}

#define N_COUNTERS 13

/* The counters of the canonical form, in its order. */
static void
counters (const extsim_fs *fs, guint64 w[N_COUNTERS])
{
	const extsim_space_info *si = &fs->si;
	const guint64 v[N_COUNTERS] = { fs->sectorsize,	      si->total,	si->used,	   si->reserved,
					si->pinned,	      si->may_use,	si->readonly,	   fs->accounting_error,
					fs->next_subvol,      fs->ref_epoch,	fs->si_max_extent_size,
					fs->log_full_commit_trans == fs->transid,
					fs->new_subvol_trans == fs->transid ? fs->new_subvol_first : 0 };

	memcpy (w, v, sizeof v);
}

/* The snapshot points: 0 and every root's last_snapshot. */
static void
collect_snaps (const extsim_fs *fs, canon *c)
{
	c->snaps[c->n_snaps++] = 0;
	pmap_foreach (&fs->roots, collect_snap, c);
}

/* The canonical form after collect_snaps: the counters, then each map,
 * entry by entry, or with sums as the sum of its entries' hashes, which
 * the map keeps up to date through its changes (pmap_sum: hashing a state
 * again after a step costs the entries the step changed; the explorer
 * hashes every state it makes). */
static void
canonical_collected (const extsim_fs *fs, canon *c, gboolean sums)
{
	guint64 cw[N_COUNTERS];

	counters (fs, cw);
	for (guint i = 0; i < N_COUNTERS; i++)
		put (c, cw[i]);
	for (guint i = 0; i < N_MAPS; i++) {
		const pmap *m = map_at ((extsim_fs *) fs, i);
		walk_ctx w = walk_init (c, m->type);

		put (c, 0xfeedull + i);
		put (c, m->count);
		if (sums && sum_is_kept (&w))
			put (c, pmap_sum ((pmap *) m));
		else if (sums)
			put (c, pmap_hash (m, entry_hash, &w));
		else
			pmap_foreach (m, put_entry, &w);
	}
}

static void
canonical (const extsim_fs *fs, canon *c, gboolean sums)
{
	collect_snaps (fs, c);
	canonical_collected (fs, c, sums);
}

/* The first map whose kept sum is not the sum of its entries' hashes now,
 * or -1: for the tests (a stale sum makes equal states hash apart). */
int
fs_kept_sum_broken (extsim_fs *fs)
{
	for (guint i = 0; i < N_MAPS; i++) {
		pmap *m = map_at (fs, i);

		if (m->summed && pmap_sum (m) != pmap_hash (m, m->type->hash, m->type->hash_data))
			return (int) i;
	}
	return -1;
}

static inline guint64
fold (guint64 h, guint64 w)
{
	h = (h ^ w) * 0x9fb21c651e98df25ull;
	return h ^ (h >> 29);
}

/* The hash of a state without snapshot points (the explorer's usual
 * case): the counters and every map's count and kept sum, folded in
 * order, a few instructions a word instead of canonical ()'s walk (the
 * explorer hashes every state it makes; this took a twentieth of its
 * instructions).  A function of the canonical form like the other, so
 * equal states still hash equal: which of the two a state takes depends
 * on the state alone. */
static guint64
hash_without_snapshots (const extsim_fs *fs)
{
	guint64 w[N_COUNTERS], h[4] = { 0x13198a2e03707344ull, 0xa4093822299f31d0ull, 0x082efa98ec4e6c89ull,
					0x452821e638d01377ull };
	guint k = 0;

	/* four chains folded side by side, each a quarter of the words: one
	 * chain of dependent multiplies made every state wait for 59 of them */
	counters (fs, w);
	for (guint i = 0; i < N_COUNTERS; i++, k++)
		h[k & 3] = fold (h[k & 3], w[i]);
	for (guint i = 0; i < N_MAPS; i++, k += 2) {
		pmap *m = map_at ((extsim_fs *) fs, i);

		h[k & 3] = fold (h[k & 3], m->count);
		h[(k + 1) & 3] = fold (h[(k + 1) & 3], pmap_sum_inline (m));
	}
	return fold (fold (fold (h[0], h[1]), h[2]), h[3]);
}

guint64
extsim_fs_hash (const extsim_fs *fs)
{
	canon c;

	g_return_val_if_fail (fs != NULL, 0);
	/* snaps is read up to n_snaps only: not zeroed (512 bytes a state) */
	c.h = 0x243f6a8885a308d3ull;
	c.words = NULL;
	c.n_snaps = 0;
	collect_snaps (fs, &c);
	if (c.n_snaps == 1) /* no root has a snapshot point */
		c.h = hash_without_snapshots (fs);
	else
		canonical_collected (fs, &c, TRUE);
	if (fs->power_loss)
		c.h = fold (c.h, power_hash (fs));
	c.h ^= c.h >> 33;
	c.h *= 0xff51afd7ed558ccdull;
	c.h ^= c.h >> 33;
	return c.h;
}

gboolean
extsim_fs_equal (const extsim_fs *a, const extsim_fs *b)
{
	canon ca = { 0, NULL, { 0 }, 0 };
	canon cb = { 0, NULL, { 0 }, 0 };
	gboolean eq;

	g_return_val_if_fail (a != NULL && b != NULL, FALSE);
	ca.words = g_array_new (FALSE, FALSE, sizeof (guint64));
	cb.words = g_array_new (FALSE, FALSE, sizeof (guint64));
	canonical (a, &ca, FALSE);
	canonical (b, &cb, FALSE);
	if (a->power_loss || b->power_loss) {
		guint64 pa = a->power_loss ? power_hash (a) : 0, pb = b->power_loss ? power_hash (b) : 0;

		g_array_append_val (ca.words, pa);
		g_array_append_val (cb.words, pb);
	}
	eq = ca.words->len == cb.words->len &&
	     memcmp (ca.words->data, cb.words->data, ca.words->len * sizeof (guint64)) == 0;
	g_array_unref (ca.words);
	g_array_unref (cb.words);
	return eq;
}

/* ---- steps, events, transactions ---- */

void
step_begin (extsim_fs *fs)
{
	if (fs->depth++ == 0) {
		fs->step++;
		fs->stats.steps++;
	}
}

void
step_end (extsim_fs *fs)
{
	g_assert (fs->depth > 0);
	if (--fs->depth == 0 && fs->check_every_step)
		record_violations (fs);
}

void
extsim_fs_batch_begin (extsim_fs *fs)
{
	g_return_if_fail (fs != NULL);
	step_begin (fs);
}

void
extsim_fs_batch_end (extsim_fs *fs)
{
	g_return_if_fail (fs != NULL && fs->depth > 0);
	step_end (fs);
}

void
emit (extsim_fs *fs, extsim_event_kind kind, extsim_reason reason, extsim_ino ino, guint64 offset,
      guint64 len, guint64 bytenr, guint64 count)
{
	extsim_event ev = { kind, reason, fs->step, ino, offset, len, bytenr, count };

	if (fs->trace)
		fs->trace (&ev, fs->trace_data);
}

void
transaction_commit (extsim_fs *fs)
{
	trans_end (fs);
	delayed_refs_run (fs);
	unpin_all (fs);
	fs->transid++;
	fs->stats.commits++;
	power_commit (fs);
	emit (fs, EXTSIM_EVENT_COMMIT, EXTSIM_REASON_NONE, (extsim_ino) { 0, 0 }, 0, 0, 0, 1);
}

void
transaction_commit_n (extsim_fs *fs, guint64 k)
{
	if (k == 0)
		return;
	trans_end (fs);
	delayed_refs_run (fs);
	unpin_all (fs);
	fs->transid += k;
	fs->stats.commits += k;
	power_commit (fs);
	emit (fs, EXTSIM_EVENT_COMMIT, EXTSIM_REASON_NONE, (extsim_ino) { 0, 0 }, 0, 0, 0, k);
}

void
extsim_fs_commit (extsim_fs *fs)
{
	g_return_if_fail (fs != NULL);
	step_begin (fs);
	transaction_commit (fs);
	step_end (fs);
}

void
extsim_fs_sync (extsim_fs *fs)
{
	g_return_if_fail (fs != NULL);
	step_begin (fs);
	writeback_all_files (fs, TRUE); /* sync(2) wakes the flushers first */
	ordered_wait_root (fs, 0);       /* btrfs_sync_fs: btrfs_wait_ordered_roots */
	transaction_commit (fs);
	step_end (fs);
}

/* The root item of subvolume root was made in the running transaction
 * (btrfs_root_generation (&root->root_item) == trans->transid): see
 * extsim_fs_subvolume_create. */
static gboolean
root_created_in_trans (const extsim_fs *fs, guint64 root)
{
	return fs->new_subvol_trans == fs->transid && root >= fs->new_subvol_first;
}

static gboolean
do_fsync (extsim_fs *fs, extsim_ino ino, const char *what, GError **error)
{
	inode_item *inode;
	gboolean logs;
	int err;

	if (!check_inode (fs, ino, FALSE, error))
		return FALSE;
	step_begin (fs);
	writeback_inode (fs, ino);
	/* skip_inode_logging: nothing changed since the commit, or since
	 * the fsync that last logged it (btrfs_inode_in_log) */
	logs = inode_needs_log (fs, ino);
	/* the maps change, not the inodes: inode lives through em_fsync */
	inode = inode_lookup_mut (fs, ino);
	em_fsync (fs, ino, inode, logs);
	err = inode->wb_error;
	/* btrfs_sync_file: a block group made in the running transaction
	 * (btrfs_make_block_group -> btrfs_set_log_full_commit) makes
	 * btrfs_sync_log (or start_log_trans) return BTRFS_LOG_FORCE_COMMIT,
	 * and the fsync commits the transaction: its pinned extents come
	 * back.  So does a file of a subvolume created in the running
	 * transaction: btrfs_log_inode_parent returns BTRFS_LOG_FORCE_COMMIT
	 * when btrfs_root_generation (&root->root_item) == trans->transid
	 * (the root is not on disk yet; since Linux 6.5, whose subvolume
	 * create no longer commits: 1b53e51a4a8f).  Neither when there was
	 * nothing to log (skip_inode_logging) or writeback failed
	 * (start_ordered_ops: no logging at all). */
	if (logs && !err && (fs->log_full_commit_trans == fs->transid || root_created_in_trans (fs, ino.root))) {
		transaction_commit (fs);
	} else if (logs && !err) {
		power_log (fs, ino); /* btrfs_sync_log */
		inode_logged (fs, ino);
	}
	inode->wb_error = 0;
	if (!err && rm_first (&(rmap) { &fs->lost, 2, { ino.root, ino.ino, 0 } }))
		inode->synced_after_loss = TRUE;
	step_end (fs);
	if (err)
		return set_error (error, EXTSIM_ERROR_NOSPC,
				  "writeback of inode %" G_GUINT64_FORMAT " found no free space and dropped dirty data (reported by %s)",
				  ino.ino, what);
	return TRUE;
}

gboolean
extsim_fs_fsync (extsim_fs *fs, extsim_ino ino, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	return do_fsync (fs, ino, "fsync", error);
}

/* The model keeps no inode metadata that fdatasync could skip. */
gboolean
extsim_fs_fdatasync (extsim_fs *fs, extsim_ino ino, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	return do_fsync (fs, ino, "fdatasync", error);
}

typedef struct {
	const extsim_fs *fs;
	GArray *inos;
	GArray *runtime;
} reload_ctx;

/* the inode as read back: a full fsync is needed when its last update is
 * the last commit (btrfs_read_locked_inode) */
static guint32
runtime_read_back (const extsim_fs *fs, extsim_ino ino)
{
	return inode_updated_in_trans (fs, ino) ? INODE_NEEDS_FULL_SYNC : 0;
}

/* Whether @inode, read back, differs from what it is in memory: the
 * latched writeback error and the writeback index lived in its mapping,
 * the runtime flags in the btrfs inode. */
static gboolean
reload_changes (const inode_item *inode, guint32 runtime)
{
	return inode->wb_error != 0 || inode->runtime != runtime || inode->wb_index;
}

static void
collect_reload (const guint64 *key, const void *value, gpointer data)
{
	reload_ctx *r = data;
	const inode_item *inode = value;
	extsim_ino ino = { key[0], key[1] };
	guint32 runtime = runtime_read_back (r->fs, ino);

	if (reload_changes (inode, runtime)) {
		g_array_append_val (r->inos, ino);
		g_array_append_val (r->runtime, runtime);
	}
}

/* umount writes everything back, the files on the writeback lists first,
 * in their order (writeback.c); what still cannot be written is dropped
 * with the page cache.  Files opened after mount see no old error, and no
 * extent map is cached for them. */
void
extsim_fs_remount (extsim_fs *fs)
{
	g_return_if_fail (fs != NULL);
	step_begin (fs);
	writeback_all_files (fs, FALSE); /* sync_filesystem: writeback_inodes_sb */
	while (fs->dirty.count)
		writeback_all (fs); /* every failed pass drops at least one range */
	ordered_wait_root (fs, 0);
	mount_again (fs);
	step_end (fs);
}

void
mount_again (extsim_fs *fs)
{
	g_autoptr (scratch_array) inos = scratch_array_new (sizeof (extsim_ino));
	g_autoptr (scratch_array) runtime = scratch_array_new (sizeof (guint32));
	reload_ctx r = { fs, inos, runtime };

	pmap_foreach (&fs->inodes, collect_reload, &r);
	transaction_commit (fs);
	bg_load_size_classes (fs);
	free_space_load (fs);
	em_forget_all (fs);
	pmap_clear (&fs->pages); /* the inodes left memory with their pages */
	pmap_clear (&fs->wb_list); /* and the writeback lists; their indexes are 0 */
	fs->wb_first = fs->wb_last = (extsim_ino) { 0, 0 };
	for (guint i = 0; i < inos->len; i++) {
		inode_item *inode = inode_lookup_mut (fs, g_array_index (inos, extsim_ino, i));

		inode->wb_error = 0;
		inode->wb_index = 0;
		inode->runtime = g_array_index (runtime, guint32, i);
	}
}

/* ---- drop_caches ---- */

/* drop_caches 2 (drop_slab -> prune_icache_sb -> inode_lru_isolate): an
 * inode no file holds open leaves memory when it is clean and has no page
 * in its mapping; a dirty one (on a writeback list: pages or its own
 * metadata dirtied since the flusher last wrote it, which an fsync does
 * not undo) or one with pages cached is passed over. */
static gboolean
evictable (extsim_fs *fs, extsim_ino ino, const extsim_ino *held, guint n_held)
{
	const guint64 key[2] = { ino.root, ino.ino };
	rmap pages = pages_of (fs, ino), dirty = dirty_of (fs, ino);

	for (guint i = 0; i < n_held; i++) {
		if (held[i].root == ino.root && held[i].ino == ino.ino)
			return FALSE;
	}
	return !rm_first (&pages) && !rm_first (&dirty) && !pmap_lookup (&fs->wb_list, key);
}

/* An evicted inode is read back as after a mount (btrfs_evict_inode drops
 * its extent maps; its mapping, with the writeback index and the latched
 * error, goes with it): an error no fsync reported is lost. */
static void
evict (extsim_fs *fs, extsim_ino ino)
{
	const inode_item *inode = inode_lookup (fs, ino);
	guint32 runtime = runtime_read_back (fs, ino);

	em_forget (fs, ino);
	if (inode && reload_changes (inode, runtime)) {
		inode_item *m = inode_lookup_mut (fs, ino);

		m->wb_error = 0;
		m->wb_index = 0;
		m->runtime = runtime;
	}
}

gboolean
extsim_fs_drop_caches (extsim_fs *fs, guint what, const extsim_ino *held, guint n_held, GError **error)
{
	g_autoptr (scratch_array) inos = NULL;

	g_return_val_if_fail (fs != NULL, FALSE);
	g_return_val_if_fail (held != NULL || n_held == 0, FALSE);
	/* drop_caches_sysctl_handler: proc_dointvec_minmax over 1 .. 4 */
	if (what < 1 || what > 4)
		return set_error (error, EXTSIM_ERROR_INVAL, "drop_caches: %u is not 1, 2, 3 or 4", what);
	inos = scratch_array_new (sizeof (extsim_ino));
	step_begin (fs);
	pmap_foreach (&fs->inodes, collect_ino, inos);
	for (guint i = 0; (what & 1) && i < inos->len; i++)
		page_cache_drop_clean (fs, g_array_index (inos, extsim_ino, i));
	for (guint i = 0; (what & 2) && i < inos->len; i++) {
		extsim_ino ino = g_array_index (inos, extsim_ino, i);

		if (evictable (fs, ino, held, n_held))
			evict (fs, ino);
	}
	step_end (fs);
	return TRUE;
}

/* ---- accessors ---- */

const extsim_policy *
extsim_fs_get_policy (const extsim_fs *fs)
{
	g_return_val_if_fail (fs != NULL, NULL);
	return fs->policy;
}

void
extsim_fs_set_policy (extsim_fs *fs, const extsim_policy *policy)
{
	g_return_if_fail (fs != NULL);
	g_return_if_fail (policy == NULL || extsim_policy_validate (policy, NULL));
	fs->policy = policy ? policy : &extsim_policy_unpatched;
}

guint32
extsim_fs_get_sectorsize (const extsim_fs *fs)
{
	g_return_val_if_fail (fs != NULL, 0);
	return fs->sectorsize;
}

guint64
extsim_fs_get_step (const extsim_fs *fs)
{
	g_return_val_if_fail (fs != NULL, 0);
	return fs->step;
}

guint64
extsim_fs_get_transid (const extsim_fs *fs)
{
	g_return_val_if_fail (fs != NULL, 0);
	return fs->transid;
}

void
extsim_fs_get_stats (const extsim_fs *fs, extsim_stats *out)
{
	g_return_if_fail (fs != NULL && out != NULL);
	*out = fs->stats;
}

void
extsim_fs_set_trace (extsim_fs *fs, extsim_trace_func func, gpointer user_data)
{
	g_return_if_fail (fs != NULL);
	fs->trace = func;
	fs->trace_data = user_data;
}
