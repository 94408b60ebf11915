/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: file extent items (btrfs-semantics.md 3.1, 3.3)
 *
 * An inode's data is a sorted set of items [start, start + len), each
 * pointing at (disk_bytenr + offset) of a disk extent, typed REG (written)
 * or PREALLOC (allocated, reads as zeros).  Where there is no item there
 * is a hole.  Every item holds one count of the back reference
 * (root, ino, start - offset) on its extent.
 *
 * Dropping [s, e) (__btrfs_drop_extents):
 *   an item strictly around [s, e)  -> two items, same origin: count += 1
 *   an item cut at its front or tail -> re-keyed or shortened: no change
 *   an item wholly inside            -> deleted: count -= 1
 * The items over [s, e) are read first (one search, then neighbours in
 * the same node), then each is changed that way, in file order.  The
 * extent itself is freed only when its last count goes: what remains of it
 * elsewhere is a bookend.
 *
 * An inline extent (fs-private.h: item_is_inline) is a run of INLINE items
 * over [0, sectorsize) with no disk extent: inserting or dropping them
 * changes no back reference, and ranges are cut on block boundaries, so
 * they are dropped whole.
 *
 * Writing into PREALLOC (btrfs_mark_extent_written): split the item
 * around the written range, make that part REG with the current
 * generation, and merge it with a REG neighbour of the same extent and
 * origin, as extent_mergeable() allows.
 */
#include "fs-private.h"

const file_item *
item_at (const extsim_fs *fs, extsim_ino ino, guint64 off, guint64 *start, guint64 *next_start)
{
	rmap r = items_of_c (fs, ino);
	const pnode *n = rm_find (&r, off);

	if (n) {
		if (start)
			*start = rm_start (n, &r);
		return pnode_value (r.m, n);
	}
	n = rm_first_from (&r, off);
	if (next_start)
		*next_start = n ? rm_start (n, &r) : G_MAXUINT64;
	return NULL;
}

guint64
inode_items_end (const extsim_fs *fs, extsim_ino ino)
{
	rmap r = items_of_c (fs, ino);
	const pnode *n = rm_last (&r);

	return n ? rm_node_end (&r, n) : 0;
}

/* item_insert () but for the back reference */
static void
item_put (extsim_fs *fs, extsim_ino ino, guint64 start, const file_item *fi)
{
	guint64 key[3] = { ino.root, ino.ino, start };

	g_assert (fi->len > 0 && (fi->disk_bytenr != 0) != item_is_inline (fi));
	/* no hole map over an item: writeback (create_io_em), preallocation
	 * and clone replace or drop the maps of the range (an inline
	 * extent's is its whole block) */
	em_drop_holes (fs, ino, start, align_up (fs, start + fi->len));
	pmap_insert (&fs->items, key, fi);
}

void
item_insert (extsim_fs *fs, extsim_ino ino, guint64 start, const file_item *fi)
{
	item_put (fs, ino, start, fi);
	if (!item_is_inline (fi))
		backref_inc (fs, fi->disk_bytenr, ino.root, ino.ino, item_origin (start, fi), 1);
}

/* The item's back reference starts from the extent item just inserted. */
void
item_insert_new_extent (extsim_fs *fs, extsim_ino ino, guint64 start, const file_item *fi)
{
	pmap_cursor c;

	g_assert (fi->offset == 0 && fi->len == fi->disk_num_bytes);
	extent_insert (fs, &c, fi->disk_bytenr, fi->disk_num_bytes);
	item_put (fs, ino, start, fi);
	backref_inc_at (fs, &c, fi->disk_bytenr, ino.root, ino.ino, item_origin (start, fi), 1);
}

/* c: a cursor of a search near the item (pmap.h) */
static void
item_delete (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 start)
{
	guint64 key[3] = { ino.root, ino.ino, start };
	file_item fi;

	pmap_remove_at (&fs->items, c, key, &fi);
	if (!item_is_inline (&fi))
		backref_dec (fs, fi.disk_bytenr, ino.root, ino.ino, item_origin (start, &fi));
}

static file_item *
item_mut_at (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 start)
{
	guint64 key[3] = { ino.root, ino.ino, start };

	return pmap_lookup_mut_at (&fs->items, c, key);
}

static file_item *
item_mut (extsim_fs *fs, extsim_ino ino, guint64 start)
{
	pmap_cursor c;

	pmap_cursor_clear (&c);
	return item_mut_at (fs, &c, ino, start);
}

/* Cut the item around at into two items of the same extent and origin. */
static void
item_split (extsim_fs *fs, extsim_ino ino, guint64 at)
{
	guint64 start;
	const file_item *cur = item_at (fs, ino, at, &start, NULL);
	file_item right;

	if (!cur || start == at)
		return;
	g_assert (!item_is_inline (cur));
	right = *cur;
	right.len = start + cur->len - at;
	right.offset += at - start;
	item_mut (fs, ino, start)->len = at - start;
	item_insert (fs, ino, at, &right);
}

/* Items read before any is changed, a batch at a time (handles die with
 * the first change). */
#define DROP_BATCH 8

void
drop_extents (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap r = items_of (fs, ino);
	gboolean more = s < e;
	pmap_cursor c;

	pmap_cursor_clear (&c);
	while (more) {
		const pnode *n = rm_first_from_at (&r, &c, s);
		guint64 starts[DROP_BATCH];
		file_item items[DROP_BATCH];
		guint count = 0;

		for (; n && rm_start (n, &r) < e && count < DROP_BATCH; n = rm_next (&r, n), count++) {
			starts[count] = rm_start (n, &r);
			items[count] = *(const file_item *) pnode_value (r.m, n);
		}
		more = n && rm_start (n, &r) < e;
		for (guint i = 0; i < count; i++) {
			guint64 start = starts[i], end = start + items[i].len;
			file_item tail = items[i];

			tail.len = end - e;
			tail.offset += e - start;
			/* an inline extent goes whole: it is dropped by block */
			g_assert (!item_is_inline (&items[i]) || (start >= s && end <= e));
			if (start < s) {
				/* cut at its tail; strictly around: a second item */
				item_mut_at (fs, &c, ino, start)->len = s - start;
				if (end > e)
					item_insert (fs, ino, e, &tail);
			} else if (end > e) {
				/* cut at its front: re-keyed, same origin */
				guint64 key[3] = { ino.root, ino.ino, start };

				pmap_remove_at (&fs->items, &c, key, NULL);
				key[2] = e;
				pmap_insert_at (&fs->items, &c, key, &tail);
			} else {
				item_delete (fs, &c, ino, start);
			}
			s = end;
		}
	}
}

static gboolean
mergeable (const file_item *a, guint64 a_start, const file_item *b, guint64 b_start)
{
	return a->type == EXTSIM_FILE_EXTENT_REG && b->type == EXTSIM_FILE_EXTENT_REG &&
	       a->disk_bytenr == b->disk_bytenr && a_start + a->len == b_start &&
	       a->offset + a->len == b->offset;
}

/* Merge the item at b_start into the one at a_start that ends there. */
static void
merge_items (extsim_fs *fs, extsim_ino ino, guint64 a_start, guint64 b_start)
{
	guint64 key[3] = { ino.root, ino.ino, b_start };
	pmap_cursor c;
	guint64 blen = ((const file_item *) pmap_seek (&fs->items, key, &c))->len;
	file_item *a;

	item_delete (fs, &c, ino, b_start);
	a = item_mut_at (fs, &c, ino, a_start);
	a->len += blen;
	a->generation = fs->transid;
}

void
mark_extent_written (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 start, lstart;
	const file_item *cur = item_at (fs, ino, s, &start, NULL), *right, *left;
	file_item *mid;

	/* Strictly inside the item, what the two splits below come to: three
	 * items, the middle one REG between two PREALLOC ones (no merge), all
	 * of one origin, whose back reference counts two more. */
	if (cur && start < s && e < start + cur->len) {
		file_item m = *cur, r = *cur;

		g_assert (cur->type == EXTSIM_FILE_EXTENT_PREALLOC);
		m.len = e - s;
		m.offset += s - start;
		m.type = EXTSIM_FILE_EXTENT_REG;
		m.generation = fs->transid;
		r.len = start + cur->len - e;
		r.offset += e - start;
		item_mut (fs, ino, start)->len = s - start;
		item_put (fs, ino, s, &m);
		item_put (fs, ino, e, &r);
		backref_inc (fs, m.disk_bytenr, ino.root, ino.ino, item_origin (s, &m), 2);
		return;
	}
	item_split (fs, ino, s);
	item_split (fs, ino, e);
	mid = item_mut (fs, ino, s);
	g_assert (mid && mid->type == EXTSIM_FILE_EXTENT_PREALLOC && mid->len == e - s);
	mid->type = EXTSIM_FILE_EXTENT_REG;
	mid->generation = fs->transid;

	cur = item_at (fs, ino, s, &start, NULL);
	right = item_at (fs, ino, e, NULL, NULL);
	if (right && mergeable (cur, s, right, e))
		merge_items (fs, ino, s, e);
	cur = item_at (fs, ino, s, &start, NULL);
	left = s ? item_at (fs, ino, s - 1, &lstart, NULL) : NULL;
	if (left && mergeable (left, lstart, cur, s))
		merge_items (fs, ino, lstart, s);
}

GArray *
extsim_fs_file_extents (const extsim_fs *fs, extsim_ino ino, GError **error)
{
	rmap r;
	GArray *out;

	g_return_val_if_fail (fs != NULL, NULL);
	if (!check_inode (fs, ino, FALSE, error))
		return NULL;
	r = items_of_c (fs, ino);
	out = g_array_new (FALSE, TRUE, sizeof (extsim_file_extent));
	for (const pnode *n = rm_first (&r); n; n = rm_next (&r, n)) {
		const file_item *fi = pnode_value (r.m, n);
		extsim_file_extent x = { rm_start (n, &r), fi->len, fi->type, fi->disk_bytenr,
					 fi->disk_num_bytes, fi->offset, fi->generation };

		/* the runs of an inline extent are one item to the caller */
		if (item_is_inline (fi) && out->len &&
		    g_array_index (out, extsim_file_extent, out->len - 1).type == EXTSIM_FILE_EXTENT_INLINE) {
			g_array_index (out, extsim_file_extent, out->len - 1).len += fi->len;
			continue;
		}
		g_array_append_val (out, x);
	}
	return out;
}

void
inline_extent_insert (extsim_fs *fs, extsim_ino ino, const GArray *runs, guint64 ram_bytes)
{
	drop_extents (fs, ino, 0, fs->sectorsize);
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *run = &g_array_index (runs, extsim_content_run, i);
		file_item fi = { run->len, 0, ram_bytes, 0, fs->transid, EXTSIM_FILE_EXTENT_INLINE, run->fill };

		g_assert (run->offset + run->len <= fs->sectorsize);
		item_insert (fs, ino, run->offset, &fi);
	}
}
