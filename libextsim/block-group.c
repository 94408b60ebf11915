/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: data block groups, and where find_free_extent puts
 * an extent (fs/btrfs/volumes.c, block-group.c, extent-tree.c,
 * free-space-cache.c of Linux 6.18)
 *
 * Data lives in block groups (chunks); an extent never crosses the edge
 * of one, and each group keeps its own free space.  mkfs.btrfs 6.2 leaves
 * one data chunk of 8 MiB at logical 13 MiB (its temporary SINGLE data
 * chunk, which the default profile keeps); the rest of the device is
 * unallocated, in two holes: the 12 MiB its temporary system and
 * metadata chunks left at device offset 1 MiB, and the end of the device
 * after the DUP system and metadata chunks.  The kernel turns them into
 * data chunks on demand, when a data reservation goes past the groups
 * (space-info.c: reserve_data_bytes) and when find_free_extent finds no
 * room (LOOP_ALLOC_CHUNK):
 *
 *   btrfs_create_chunk (init_alloc_chunk_ctl_policy_regular,
 *   decide_stripe_size_regular), SINGLE data on one device of S bytes:
 *     hole    = the largest unallocated hole (the first of equal ones:
 *               find_free_dev_extent)
 *     limit   = min(round_up(S * 10 / 100, 16 MiB), 1 GiB)
 *     chunk   = min(hole, limit)   at the next logical address
 *   no hole left: the space_info is full, no chunk is made again
 *
 * find_free_extent (want bytes, hint byte), size class of want:
 * small <= 128 KiB < medium <= 8 MiB < large (6.3+,
 * btrfs_calc_block_group_size_class), groups in logical order:
 *
 *   hint inside a group of the right class: the first free range, by
 *     address, from the 128 MiB bitmap window holding the hint, that
 *     holds want (the offset index); then the groups after it
 *   loop 0 (LOOP_CACHING_NOWAIT)     groups of the same class
 *   loop 1 (LOOP_CACHING_WAIT)       after a hinted loop 0 only: all the
 *                                    groups of the same class again
 *   loop 2 (LOOP_UNSET_SIZE_CLASS)   ... or of no class yet
 *   loop 3 (LOOP_ALLOC_CHUNK)        make one chunk, then as loop 2
 *   loop 4 (LOOP_WRONG_SIZE_CLASS)   any group
 *   A hinted loop 0 jumps into the group list at the hinted group
 *   (goto have_block_group) and never reaches the label "search", so
 *   full_search stays false and find_free_extent_update_loop does not
 *   skip loop 1 even with no group caching: the groups before the hinted
 *   one get their same-class turn before a group of no class is taken.
 *   So a 48 KiB write hinted into a medium group goes to the small group
 *   after an empty one, not into the empty one (w2492, D31).
 *   in a group searched from its start: its longest free range (the
 *   bytes index, btrfs_find_space_for_alloc; of equal ones the one
 *   linked into it first: free-space.c), taken from the front; a
 *   group with fewer free bytes than want in all is not searched
 *   (find_free_extent_unclustered)
 *   none: ENOSPC with ins->offset = the longest free range of the groups
 *   searched, or, none searched, the most free bytes of one group
 *   (total_free_space), which btrfs_reserve_extent halves towards
 *   (free-space.c); the space_info keeps it (max_extent_size), and a
 *   longer request fails at once with it (prepare_allocation_clustered)
 *   until a chunk is made (btrfs_chunk_alloc), pinned space comes back at
 *   a commit (unpin_extent_range) or the filesystem is mounted
 *
 * A group gets the class of its first allocation (btrfs_use_block_group_
 * size_class) and keeps it until a commit empties it (see bg_free_extent:
 * btrfs_maybe_reset_size_class); mount samples five of its extents
 * (load_block_group_size_class).
 *
 * Caching.  A mount leaves a group that is neither empty nor full
 * uncached (read_one_block_group: BTRFS_CACHE_NO), and find_free_extent
 * jumps to a hinted group only when it is not (block_group->cached !=
 * BTRFS_CACHE_NO): a hint into an uncached group is a full search from
 * the first group, which takes a group's longest free range (the bytes
 * index), not the first one from the hint.  Every group a search visits
 * starts caching (btrfs_cache_block_group), and so does one a commit frees
 * space in (btrfs_update_block_group); the model takes caching to end at
 * once.  So after a mount the first allocation hinted into a group in
 * part used goes to its longest free range, the next ones follow the hint
 * again (uncached-after-mount, D34).  The first pass of a search
 * (LOOP_CACHING_NOWAIT) takes nothing from an uncached group: it goes on
 * through the groups after it, starting the caching of each whatever its
 * size class, and only the next pass takes the first group that fits; so
 * a later hint into a group such a search passed is taken
 * (uncached-groups-visited, D41).
 *
 * Cost: a search walks the groups that hold a long enough range (the
 * free space map keeps, per subtree, its longest range: free-space.c)
 * and, in the group it takes from its start, the ranges of the longest
 * length; an allocation or a free updates one group; nothing depends on
 * bytes.  Sizes whose extent
 * caps are scaled (extsim_fs_options.max_extent_size above 128 MiB, the
 * 1 PiB run of DESIGN.md 1) scale the chunk limits with them, so the
 * run keeps its shape.
 *
 * Not modelled: metadata and system chunks made after mkfs, the removal
 * of empty groups (btrfs_delete_unused_bgs), clustered allocation (data
 * uses it only with -o ssd, which btrfs sets by itself on non-rotational
 * devices: fetch_cluster_info; the recorded loop devices are rotational),
 * caching that takes time (a search that meets a group still caching).
 */
#include "fs-private.h"

#define MKFS_DATA_CHUNK (8 * EXTSIM_MiB)    /* the temporary data chunk mkfs keeps */
#define MKFS_TEMP_HOLE (12 * EXTSIM_MiB)    /* its temporary system and metadata chunks */
#define MKFS_TEMP_HOLE_START EXTSIM_MiB     /* BTRFS_DEVICE_RANGE_RESERVED */
#define MKFS_SYSTEM_CHUNK (8 * EXTSIM_MiB)  /* its DUP system chunk, logically after the data one */
#define CHUNK_ROUND (16 * EXTSIM_MiB)       /* decide_stripe_size_regular's round_up */
#define MAX_DATA_STRIPE EXTSIM_GiB          /* max_stripe_size of data */
#define BITS_PER_BITMAP 32768               /* PAGE_SIZE * 8: a bitmap covers this many sectors */

guint
bg_size_class (guint64 num_bytes)
{
	if (num_bytes <= 128 * EXTSIM_KiB)
		return BG_SZ_SMALL;
	if (num_bytes <= 8 * EXTSIM_MiB)
		return BG_SZ_MEDIUM;
	return BG_SZ_LARGE;
}

static guint64
caps_scale (const extsim_fs *fs)
{
	return MAX (1, fs->max_extent_size / EXTSIM_MAX_EXTENT_SIZE);
}

/* bg_lookup, leaving c at the group for its bg_store */
static const bg_item *
bg_seek (const extsim_fs *fs, guint64 addr, guint64 *start, pmap_cursor *c)
{
	const pnode *n = pmap_seek_le (&fs->block_groups, &addr, c);
	const bg_item *b;

	if (!n)
		return NULL;
	b = pnode_value (&fs->block_groups, n);
	if (addr >= pnode_key (n)[0] + b->len)
		return NULL;
	if (start)
		*start = pnode_key (n)[0];
	return b;
}

const bg_item *
bg_lookup (const extsim_fs *fs, guint64 addr, guint64 *start)
{
	pmap_cursor c;

	return bg_seek (fs, addr, start, &c);
}

/* bg_store's was for a group not stored yet */
#define BG_CLASS_NEW G_MAXUINT

/* c: where the group was looked up, if it was; was: its size class before
 * the change (the caller read it there).  A group whose class changes (or
 * a new one) moves in bg_classes, the searches' index. */
static void
bg_store (extsim_fs *fs, pmap_cursor *c, guint64 start, guint was, const bg_item *b)
{
	bg_item v = *b;

	if (was != v.size_class) {
		guint64 key[2] = { was, start };

		if (was != BG_CLASS_NEW)
			pmap_remove (&fs->bg_classes, key, NULL);
		key[0] = v.size_class;
		pmap_insert (&fs->bg_classes, key, key); /* no value: any pointer */
	}
	pmap_insert_at (&fs->block_groups, c, &start, &v);
}

/* btrfs_add_reserved_bytes / btrfs_update_block_group: an extent of len
 * at start is allocated (its size class set on a group that had none:
 * btrfs_use_block_group_size_class); its bytes left the group's free
 * space (free_space_take), whose count this store takes down too. */
void
bg_account (extsim_fs *fs, guint64 start, guint64 len, guint size_class)
{
	guint64 bg = 0;
	pmap_cursor c;
	const bg_item *b = bg_seek (fs, start, &bg, &c);
	bg_item v;

	g_assert (b && start + len <= bg + b->len && b->free_space >= len);
	v = *b;
	v.used += len;
	v.free_space -= len;
	if (v.size_class == BG_SZ_NONE)
		v.size_class = size_class;
	bg_store (fs, &c, bg, b->size_class, &v);
}

/*
 * The last reference of an extent is dropped.  The model frees it now
 * (pinned until the commit); the kernel frees it when the commit runs its
 * delayed ref head, and that is when a group that empties loses its size
 * class (btrfs_maybe_reset_size_class, 5870ec7c8fe5 in 6.18 stable).
 * The heads run in bytenr order (btrfs_select_ref_head); an extent made
 * in the running transaction counts as reserved until its own head runs:
 *
 *   its ref nodes run (an older extent, or a new one whose add and drop
 *   a backref walk kept apart): alloc_reserved_file_extent, then
 *   __btrfs_free_extent -> btrfs_update_block_group (free):
 *       reserved -= n (new), used -= n; used == 0 and reserved == 0
 *       -> BTRFS_BG_SZ_NONE
 *   a new extent whose adds and drops all cancelled: cleanup_ref_head ->
 *   btrfs_pin_extent -> pin_down_extent:
 *       reserved -= n, pinned += n, no reset
 *
 * So a commit resets a group iff no live extent is left in it, one of
 * its extents was freed the first way (only_pinned FALSE), and no extent
 * freed the second way lies above the highest of those (it was still
 * reserved when that free ran).  Each group keeps the highest bytenr of
 * both kinds until the commit (bg_delayed_frees_run).
 * btrfs_free_reserved_bytes resets too: see bg_free_reserved.
 */
/* The group holding [start, start + len), with len taken off its used
 * bytes, to store at *bg (from c) once changed further. */
static bg_item
bg_less_used (const extsim_fs *fs, guint64 start, guint64 len, guint64 *bg, pmap_cursor *c)
{
	const bg_item *b = bg_seek (fs, start, bg, c);
	bg_item v;

	g_assert (b && start + len <= *bg + b->len && b->used >= len);
	v = *b;
	v.used -= len;
	return v;
}

void
bg_free_extent (extsim_fs *fs, guint64 start, guint64 len, gboolean only_pinned)
{
	guint64 bg = 0;
	pmap_cursor c;
	bg_item v = bg_less_used (fs, start, len, &bg, &c);

	if (only_pinned)
		v.made_top = MAX (v.made_top, start);
	else
		v.freed_top = MAX (v.freed_top, start);
	bg_store (fs, &c, bg, v.size_class, &v);
}

/* btrfs_free_reserved_bytes (ordered.c: a truncated ordered extent gives
 * its extent back at once): reserved -= n, and the group loses its size
 * class now if nothing is left in it, counting the extents freed since the
 * commit, which stay used or reserved until the commit runs their heads. */
void
bg_free_reserved (extsim_fs *fs, guint64 start, guint64 len)
{
	guint64 bg = 0;
	pmap_cursor c;
	bg_item v = bg_less_used (fs, start, len, &bg, &c);
	guint was = v.size_class;

	if (v.used == 0 && v.freed_top == BG_NO_FREE && v.made_top == BG_NO_FREE)
		v.size_class = BG_SZ_NONE;
	bg_store (fs, &c, bg, was, &v);
}

/* The commit runs the delayed refs that freed extents of the group at
 * bg_start (see bg_free_extent); a group with none is left alone. */
void
bg_delayed_frees_run (extsim_fs *fs, guint64 bg_start)
{
	pmap_cursor c;
	bg_item v = *(const bg_item *) pmap_seek (&fs->block_groups, &bg_start, &c);
	guint was = v.size_class;

	if (v.freed_top == BG_NO_FREE && v.made_top == BG_NO_FREE)
		return;
	if (v.used == 0 && v.freed_top != BG_NO_FREE && (v.made_top == BG_NO_FREE || v.made_top < v.freed_top))
		v.size_class = BG_SZ_NONE;
	if (v.freed_top != BG_NO_FREE && v.uncached) {
		v.uncached = 0; /* btrfs_update_block_group frees: btrfs_cache_block_group */
		fs->bg_uncached--;
	}
	v.freed_top = v.made_top = BG_NO_FREE;
	bg_store (fs, &c, bg_start, was, &v);
}

/* btrfs_free_space_ctl.free_space of the group holding addr changes by
 * delta (free-space.c adds and takes ranges). */
void
bg_free_space_update (extsim_fs *fs, guint64 addr, gint64 delta)
{
	guint64 bg = 0;
	pmap_cursor c;
	const bg_item *b = bg_seek (fs, addr, &bg, &c);
	bg_item v;

	g_assert (b && (delta >= 0 || b->free_space >= (guint64) -delta));
	v = *b;
	v.free_space = (guint64) ((gint64) v.free_space + delta);
	bg_store (fs, &c, bg, b->size_class, &v);
}

static void
bg_add (extsim_fs *fs, guint64 start, guint64 len)
{
	bg_item v = { .len = len, .size_class = BG_SZ_NONE, .freed_top = BG_NO_FREE, .made_top = BG_NO_FREE };
	pmap_cursor c;

	pmap_cursor_clear (&c);
	bg_store (fs, &c, start, BG_CLASS_NEW, &v);
	free_space_add (fs, start, len);
}

static void
dev_hole_set (extsim_fs *fs, guint64 offset, guint64 len)
{
	rm_len v = { len };

	if (len)
		pmap_insert (&fs->dev_free, &offset, &v);
	else
		pmap_remove (&fs->dev_free, &offset, NULL);
}

/*
 * mkfs: the data chunk mkfs.btrfs leaves, and the unallocated holes (see
 * above); their sum is the data capacity extsim_data_size_for_device()
 * measured.  A data size given explicitly is one block group, nothing
 * else: the model without the kernel's chunk layout.
 */
void
block_groups_init (extsim_fs *fs, gboolean explicit_size)
{
	guint64 total = fs->si.total, first, hole1;

	if (explicit_size) {
		bg_add (fs, DATA_LOGICAL_START, total);
		return;
	}
	first = MIN (total, MKFS_DATA_CHUNK);
	hole1 = MIN (total - first, MKFS_TEMP_HOLE);
	bg_add (fs, DATA_LOGICAL_START, first);
	dev_hole_set (fs, MKFS_TEMP_HOLE_START, hole1);
	/* the end of the device: placement does not matter, only that it
	 * comes after the first hole */
	dev_hole_set (fs, MAX (fs->device_size - (total - first - hole1), MKFS_TEMP_HOLE_START + hole1),
		      total - first - hole1);
}

guint64
chunk_unallocated (const extsim_fs *fs)
{
	guint64 sum = 0;

	for (const pnode *n = pmap_first (&fs->dev_free); n; n = pmap_next (&fs->dev_free, n))
		sum += ((const rm_len *) pnode_value (&fs->dev_free, n))->len;
	return sum;
}

/* btrfs_create_chunk for data (see above); FALSE when the device is full.
 * At most the two holes of mkfs exist: nothing gives chunks back. */
gboolean
alloc_chunk (extsim_fs *fs)
{
	guint64 k = caps_scale (fs), hole_start = 0, hole = 0, limit, len, start = DATA_LOGICAL_START;
	const pnode *last = pmap_last (&fs->block_groups);

	for (const pnode *n = pmap_first (&fs->dev_free); n; n = pmap_next (&fs->dev_free, n)) {
		guint64 l = ((const rm_len *) pnode_value (&fs->dev_free, n))->len;

		if (l > hole) {
			hole = l;
			hole_start = pnode_key (n)[0];
		}
	}
	if (!hole)
		return FALSE;
	limit = (fs->device_size / 100 * 10 + fs->device_size % 100 * 10 / 100 + CHUNK_ROUND * k - 1) /
		(CHUNK_ROUND * k) * (CHUNK_ROUND * k);
	limit = MIN (limit, MAX_DATA_STRIPE * k);
	len = MIN (hole, limit);
	dev_hole_set (fs, hole_start, 0);
	dev_hole_set (fs, hole_start + len, hole - len);
	if (last) {
		start = pnode_key (last)[0] + ((const bg_item *) pnode_value (&fs->block_groups, last))->len;
		/* the system and metadata chunks of mkfs lie after its data
		 * chunk, and a new chunk after the last (find_next_chunk):
		 * data at 13 MiB, system at 21 MiB, metadata at 29 MiB, as
		 * btrfs inspect-internal dump-tree -t chunk shows them */
		if (pmap_first (&fs->block_groups) == last)
			start += MKFS_SYSTEM_CHUNK + mkfs_metadata_chunk (fs->device_size);
	}
	bg_add (fs, start, len);
	fs->si_max_extent_size = 0; /* btrfs_chunk_alloc */
	fs->log_full_commit_trans = fs->transid; /* btrfs_make_block_group */
	return TRUE;
}

static gboolean
class_ok (int loop, guint bg_class, guint want_class)
{
	return loop == LOOP_WRONG_SIZE_CLASS || bg_class == want_class ||
	       (loop == LOOP_UNSET_SIZE_CLASS && bg_class == BG_SZ_NONE);
}

/* The longest free range of the group at bg_start (0: none). */
static guint64
group_longest (const extsim_fs *fs, guint64 bg_start, const bg_item *b)
{
	guint64 end = bg_start + b->len;

	return pmap_max_metric_in (&fs->free_space, &bg_start, &end);
}

/* Where btrfs_find_space_for_alloc from the group's start allocates: the
 * first entry of the bytes index, the longest range (len, from
 * group_longest), of equal ones the one linked first (free-space.c).
 * The equal ones are each a search of the offset index. */
static guint64
longest_start (const extsim_fs *fs, guint64 bg_start, guint64 len)
{
	const pnode *n = pmap_first_fit_ge (&fs->free_space, &bg_start, len);
	guint64 best = pnode_key (n)[0], first = G_MAXUINT64, from;
	const bg_item *b = bg_lookup (fs, bg_start, NULL);

	for (; n && pnode_key (n)[0] < bg_start + b->len; n = pmap_first_fit_ge (&fs->free_space, &from, len)) {
		const free_item *f = pnode_value (&fs->free_space, n);

		if (f->linked < first) {
			first = f->linked;
			best = pnode_key (n)[0];
		}
		from = pnode_key (n)[0] + f->len;
	}
	return best;
}

/* btrfs_find_space_for_alloc from a hint inside the group: the offset
 * index, the first range holding want from the hint's bitmap window on
 * (the range the window starts in counts). */
static gboolean
first_fit_from (const extsim_fs *fs, guint64 bg_start, const bg_item *b, guint64 hint, guint64 want,
		guint64 *start)
{
	guint64 window = (guint64) BITS_PER_BITMAP * fs->sectorsize;
	guint64 from = bg_start + (hint - bg_start) / window * window, end = bg_start + b->len;
	const pnode *n = pmap_le (&fs->free_space, &from);

	if (n) {
		const free_item *f = pnode_value (&fs->free_space, n);

		if (pnode_key (n)[0] + f->len > from && f->len >= want) {
			*start = pnode_key (n)[0];
			return TRUE;
		}
	}
	n = pmap_first_fit_ge (&fs->free_space, &from, want);
	if (!n || pnode_key (n)[0] >= end)
		return FALSE;
	*start = pnode_key (n)[0];
	return TRUE;
}

/* The first group starting at or after from whose size class is class
 * (G_MAXUINT64: none). */
static guint64
next_of_class (const extsim_fs *fs, guint64 from, guint size_class)
{
	guint64 key[2] = { size_class, from };
	const pnode *n = pmap_ge (&fs->bg_classes, key);

	return n && pnode_key (n)[0] == size_class ? pnode_key (n)[1] : G_MAXUINT64;
}

/* The first group from address `from` on, in logical order, with a free
 * range of want bytes and a class the loop takes: the first such range
 * from there.  What find_free_extent's walk of the group list finds; the
 * model steps from a group with room but the wrong class to the next
 * group of a class the loop takes (bg_classes), and from there to the
 * next with room (the free space's augmentation), so its cost follows
 * the changes of class along the way, not the number of groups (since
 * D37 a reservation can make hundreds of thousands of them at once). */
gboolean
bg_search_groups (const extsim_fs *fs, guint64 from, guint64 want, int loop, guint want_class, guint64 *start)
{
	for (const pnode *n = pmap_first_fit_ge (&fs->free_space, &from, want); n;
	     n = pmap_first_fit_ge (&fs->free_space, &from, want)) {
		guint64 bg = 0;
		const bg_item *b = bg_lookup (fs, pnode_key (n)[0], &bg);

		if (class_ok (loop, b->size_class, want_class)) {
			*start = longest_start (fs, bg, group_longest (fs, bg, b));
			return TRUE;
		}
		from = next_of_class (fs, bg + b->len, want_class);
		if (loop == LOOP_UNSET_SIZE_CLASS)
			from = MIN (from, next_of_class (fs, bg + b->len, BG_SZ_NONE));
		if (from == G_MAXUINT64)
			return FALSE;
	}
	return FALSE;
}

/* ins->offset of a failed find_free_extent, whose last loop visits every
 * group: the longest range of those with want free bytes in all (which
 * btrfs_find_space_for_alloc searched, ffe_ctl->max_extent_size), or else
 * the most free bytes of one group (ffe_ctl->total_free_space). */
static guint64
failed_max_extent_size (const extsim_fs *fs, guint64 want)
{
	guint64 max_extent = 0, total_free = 0;

	for (const pnode *n = pmap_first (&fs->block_groups); n; n = pmap_next (&fs->block_groups, n)) {
		const bg_item *b = pnode_value (&fs->block_groups, n);

		if (b->free_space < want)
			total_free = MAX (total_free, b->free_space);
		else
			max_extent = MAX (max_extent, group_longest (fs, pnode_key (n)[0], b));
	}
	return max_extent ? max_extent : total_free;
}

/* The groups from the one at from to the one holding to (all after
 * from: G_MAXUINT64) were visited by a search: they start caching. */
static void
bg_cache_visited (extsim_fs *fs, guint64 from, guint64 to)
{
	g_autoptr (GArray) groups = NULL;
	const pnode *n;

	if (!fs->bg_uncached)
		return;
	groups = g_array_new (FALSE, FALSE, sizeof (guint64));
	if (!(n = pmap_le (&fs->block_groups, &from)))
		n = pmap_first (&fs->block_groups);
	for (; n && pnode_key (n)[0] <= to; n = pmap_next (&fs->block_groups, n)) {
		if (((const bg_item *) pnode_value (&fs->block_groups, n))->uncached)
			g_array_append_val (groups, pnode_key (n)[0]);
	}
	for (guint i = 0; i < groups->len; i++) {
		guint64 bg = g_array_index (groups, guint64, i);
		pmap_cursor c;
		bg_item v = *(const bg_item *) pmap_seek (&fs->block_groups, &bg, &c);

		v.uncached = 0;
		bg_store (fs, &c, bg, v.size_class, &v);
		fs->bg_uncached--;
	}
}

/* A pass of the search from group address from: where it found want, the
 * groups it went through start caching (all of them when it found none).
 * A nowait pass is find_free_extent's LOOP_CACHING_NOWAIT: a group it
 * meets uncached only starts caching there (btrfs_cache_block_group,
 * whatever its size class) and gives nothing yet, so the pass goes on to
 * the groups after it and takes the first cached one that fits; with
 * none, every group after from has started caching, and then_wait is the
 * LOOP_CACHING_WAIT pass that follows from the first group: the first
 * group that fits, the first uncached one met (x3399, D41). */
static gboolean
search_pass (extsim_fs *fs, guint64 from, guint64 want, int loop, guint want_class, guint64 *start,
	     gboolean nowait, gboolean then_wait)
{
	guint64 at = from, candidate = G_MAXUINT64;
	gboolean found;

	while ((found = bg_search_groups (fs, at, want, loop, want_class, start)) && nowait) {
		guint64 bg = 0;
		const bg_item *b = bg_lookup (fs, *start, &bg);

		if (!b->uncached)
			break;
		if (candidate == G_MAXUINT64)
			candidate = *start;
		at = bg + b->len;
	}
	bg_cache_visited (fs, from, found ? *start : G_MAXUINT64);
	if (!found && candidate != G_MAXUINT64 && then_wait) {
		*start = candidate;
		return TRUE;
	}
	return found;
}

static gboolean
search (extsim_fs *fs, guint64 want, guint64 hint, guint64 *start)
{
	guint size_class = bg_size_class (want);
	guint64 bg = 0;
	const bg_item *b = hint ? bg_lookup (fs, hint, &bg) : NULL;

	if (b && b->uncached)
		b = NULL; /* not the hinted group: a full search (D34) */
	if (b) {
		/* the hinted group first, searched from the hint (from its
		 * start: the bytes index); then the groups after it */
		if (class_ok (LOOP_SAME_CLASS, b->size_class, size_class)) {
			guint64 longest;

			if (hint != bg && first_fit_from (fs, bg, b, hint, want, start))
				return TRUE;
			longest = hint == bg ? group_longest (fs, bg, b) : 0;
			if (longest >= want) {
				*start = longest_start (fs, bg, longest);
				return TRUE;
			}
		}
		if (search_pass (fs, bg + b->len, want, LOOP_SAME_CLASS, size_class, start, TRUE, FALSE))
			return TRUE;
	}
	/* loop 0 from the first group, or, after a hinted loop 0, loop 1
	 * (find_free_extent_update_loop skips LOOP_CACHING_WAIT only after a
	 * full_search, which a hinted pass is not): the same class first */
	if (search_pass (fs, 0, want, LOOP_SAME_CLASS, size_class, start, !b, TRUE))
		return TRUE;
	if (search_pass (fs, 0, want, LOOP_UNSET_SIZE_CLASS, size_class, start, FALSE, FALSE))
		return TRUE;
	if (alloc_chunk (fs) && search_pass (fs, 0, want, LOOP_UNSET_SIZE_CLASS, size_class, start, FALSE, FALSE))
		return TRUE;
	return search_pass (fs, 0, want, LOOP_WRONG_SIZE_CLASS, size_class, start, FALSE, FALSE);
}

gboolean
find_free_extent (extsim_fs *fs, guint64 want, guint64 hint, guint64 *start, guint64 *max_free)
{
	/* prepare_allocation_clustered: longer than the last failure found */
	if (fs->si_max_extent_size && want > fs->si_max_extent_size) {
		*max_free = fs->si_max_extent_size;
		return FALSE;
	}
	if (search (fs, want, hint, start))
		return TRUE;
	*max_free = fs->si_max_extent_size = failed_max_extent_size (fs, want);
	return FALSE;
}

/* load_block_group_size_class: the smallest of the extents found at
 * five points of the group, each the first extent item at or after
 * start + i * (len / 5) that lies inside the group.  The caching thread
 * does this, and read_one_block_group never caches a group that is full
 * or empty at mount (used == length or 0: BTRFS_CACHE_FINISHED at once),
 * so a full group has no class after a mount: a loop-0 allocation passes
 * it over when something has been freed in it since
 * (find_free_extent_check_size_class), and it is taken only at
 * LOOP_UNSET_SIZE_CLASS, where it gets the class of what goes there. */
void
bg_load_size_classes (extsim_fs *fs)
{
	g_autoptr (scratch_array) groups = scratch_array_new (sizeof (guint64));

	for (const pnode *n = pmap_first (&fs->block_groups); n; n = pmap_next (&fs->block_groups, n))
		g_array_append_val (groups, pnode_key (n)[0]);
	fs->si_max_extent_size = 0; /* a new space_info */
	fs->bg_uncached = 0;
	for (guint g = 0; g < groups->len; g++) {
		guint64 bg = g_array_index (groups, guint64, g), min_size = G_MAXUINT64;
		pmap_cursor c;
		bg_item v = *(const bg_item *) pmap_seek (&fs->block_groups, &bg, &c);
		guint was = v.size_class;

		v.uncached = v.used && v.used < v.len;
		fs->bg_uncached += v.uncached;
		for (guint i = 0; i < 5 && v.used < v.len; i++) {
			guint64 at = bg + i * (v.len / 5);
			const pnode *e = pmap_ge (&fs->extents, &at);
			guint64 num;

			if (!e || pnode_key (e)[0] >= bg + v.len)
				continue;
			num = ((const extent_item *) pnode_value (&fs->extents, e))->num_bytes;
			if (pnode_key (e)[0] + num <= bg + v.len)
				min_size = MIN (min_size, num);
		}
		v.size_class = min_size == G_MAXUINT64 ? BG_SZ_NONE : bg_size_class (min_size);
		bg_store (fs, &c, bg, was, &v);
	}
}
