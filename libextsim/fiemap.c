/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: fiemap (fs/btrfs/fiemap.c in 6.x: extent_fiemap,
 * fiemap_process_hole, emit_fiemap_extent; btrfs-semantics.md 3.4)
 *
 * With FIEMAP_FLAG_SYNC the file is written back first.  Then, walking the
 * file extent items over the range:
 *   REG item               -> (logical, physical, len), SHARED if the whole
 *                             disk extent has more than one distinct back
 *                             reference
 *   PREALLOC item or hole  -> dirty parts: DELALLOC|UNKNOWN, physical 0;
 *                             the rest of a PREALLOC item: UNWRITTEN
 *                             (+SHARED); the rest of a hole: nothing
 *   INLINE items           -> one extent [0, sectorsize), physical 0,
 *                             DATA_INLINE|NOT_ALIGNED, never SHARED
 *                             (emit_fiemap_extent of an inline map)
 *   REG item of an ordered -> DELALLOC|UNKNOWN, physical 0, whole: the
 *   extent not finished       btree has no item there until it finishes
 *   made over a hole          (only without FIEMAP_FLAG_SYNC, which
 *                             finishes them first), and fiemap_process_hole
 *                             finds the range's extent map, made at the
 *                             writeback (btrfs_find_delalloc_in_range; Linux
 *                             6.18: filefrag -v after sync_file_range or a
 *                             direct read of part of a new file's pages)
 * An extent is merged into the previous one when they are contiguous in
 * the file and on disk and have the same flags; delalloc, which has no
 * place yet, when contiguous in the file within one gap of the btree.  The
 * extent that reaches the end of the file's last item, with no dirty data
 * after it, is LAST.
 */
#include "fs-private.h"

/* Whether the item at start is one an ordered extent not finished made
 * over a hole (ordered.c keeps the items the writeback put there). */
static gboolean
item_in_flight (const extsim_fs *fs, extsim_ino ino, guint64 start)
{
	guint64 key[3] = { ino.root, ino.ino, start };
	const ordered_item *oe = pmap_lookup (&fs->ordered, key);

	return oe && oe->over_hole;
}

/* The extents so far, and which gap of the btree (a stretch without items,
 * or one PREALLOC item: what one fiemap_process_hole call covers) the
 * walk is in and the last delalloc extent was found in. */
typedef struct {
	GArray *out;
	guint gap, delalloc_gap;
} emitter;

static void
emit_extent (emitter *em, guint64 logical, guint64 physical, guint64 len, guint32 flags)
{
	GArray *out = em->out;

	if (!len)
		return;
	if (out->len) {
		extsim_fiemap_extent *prev = &g_array_index (out, extsim_fiemap_extent, out->len - 1);

		/* delalloc has no place yet: contiguous delalloc in one gap is
		 * one range (btrfs_find_delalloc_in_range counts the bits
		 * contiguously, whatever else differs, and takes the maps of
		 * ordered extents in flight with it); across an item it is two
		 * (emit_fiemap_extent merges contiguous places only) */
		if (prev->logical + prev->length == logical && prev->flags == flags &&
		    (prev->physical + prev->length == physical ||
		     ((flags & EXTSIM_FIEMAP_DELALLOC) && em->delalloc_gap == em->gap))) {
			prev->length += len;
			return;
		}
	}
	g_array_append_val (out, ((extsim_fiemap_extent) { logical, physical, len, flags }));
	if (flags & EXTSIM_FIEMAP_DELALLOC)
		em->delalloc_gap = em->gap;
}

/* [s, e) has no REG item: dirty parts are delalloc; with fi (PREALLOC)
 * the clean parts are unwritten extent at fi's address. */
static void
process_hole (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 item_start,
	      const file_item *fi, emitter *out)
{
	rmap dirty = dirty_of_c (fs, ino);
	guint32 flags = EXTSIM_FIEMAP_UNWRITTEN;
	guint64 pos = s;

	if (fi && extent_distinct_refs (fs, fi->disk_bytenr) > 1)
		flags |= EXTSIM_FIEMAP_SHARED;
	while (pos < e) {
		const pnode *d = rm_first_from (&dirty, pos);
		guint64 ds = d ? MAX (pos, rm_start (d, &dirty)) : e;

		ds = MIN (ds, e);
		if (fi && ds > pos)
			emit_extent (out, pos, fi->disk_bytenr + fi->offset + (pos - item_start), ds - pos, flags);
		if (ds >= e)
			break;
		pos = MIN (e, rm_node_end (&dirty, d));
		emit_extent (out, ds, 0, pos - ds, EXTSIM_FIEMAP_DELALLOC | EXTSIM_FIEMAP_UNKNOWN);
	}
}

GArray *
extsim_fs_fiemap (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, guint32 request_flags,
		  GError **error)
{
	guint64 end, pos, last_end;
	emitter em = { NULL, 1, 0 };
	rmap items;
	const pnode *n;
	GArray *out;

	g_return_val_if_fail (fs != NULL, NULL);
	if (!check_inode (fs, ino, FALSE, error))
		return NULL;
	if (offset > EXTSIM_MAX_FILE_SIZE) {
		set_error (error, EXTSIM_ERROR_FBIG, "fiemap: start %" G_GUINT64_FORMAT " is past the maximum file size",
			   offset);
		return NULL;
	}
	if (request_flags & ~(guint32) EXTSIM_FIEMAP_FLAG_SYNC) {
		set_error (error, EXTSIM_ERROR_INVAL, "fiemap: unsupported flags 0x%x", request_flags);
		return NULL;
	}
	if (request_flags & EXTSIM_FIEMAP_FLAG_SYNC) {
		step_begin (fs);
		writeback_inode (fs, ino);
		step_end (fs);
	}
	/* to the end when the range reaches past the last block's start (the
	 * usual fm_length ~0, which aligned up would wrap to 0) */
	end = len == 0 || len > G_MAXUINT64 - offset - (fs->sectorsize - 1) ? G_MAXUINT64 : align_up (fs, offset + len);
	pos = align_down (fs, offset);
	out = g_array_new (FALSE, TRUE, sizeof (extsim_fiemap_extent));
	em.out = out;
	last_end = inode_items_end (fs, ino);
	/* the items are walked in order from one search: n is the first that
	 * ends after pos (nothing below changes them) */
	items = items_of_c (fs, ino);
	n = rm_first_from (&items, pos);
	while (pos < end) {
		guint64 start = 0, next = G_MAXUINT64, lim;
		const file_item *fi = NULL;

		for (; n && rm_node_end (&items, n) <= pos; n = rm_next (&items, n))
			;
		if (n && rm_start (n, &items) <= pos) {
			fi = pnode_value (items.m, n);
			start = rm_start (n, &items);
		} else if (n) {
			next = rm_start (n, &items);
		}
		if (!fi && next == G_MAXUINT64 && !dirty_bytes_in (fs, ino, pos, end, -1))
			break;
		/* an item that overlaps the range is reported whole, from its own
		 * start to its own end (btrfs_fiemap walks items, not bytes);
		 * only holes are clipped to the range */
		if (fi)
			pos = start;
		lim = fi ? start + fi->len : MIN (end, next);
		if (item_is_inline (fi)) {
			/* the runs of the inline extent: one extent, never merged */
			for (const pnode *m = rm_next (&items, n);
			     m && rm_start (m, &items) == lim && item_is_inline (pnode_value (items.m, m));
			     m = rm_next (&items, m))
				lim = rm_node_end (&items, m);
			pos = 0;
			g_array_append_val (out, ((extsim_fiemap_extent) { pos, 0, lim - pos,
									   EXTSIM_FIEMAP_DATA_INLINE |
										   EXTSIM_FIEMAP_NOT_ALIGNED }));
		} else if (fi && fi->type == EXTSIM_FILE_EXTENT_REG && item_in_flight (fs, ino, start)) {
			/* no item in the btree yet: part of the gap it lies in */
			emit_extent (&em, pos, 0, lim - pos, EXTSIM_FIEMAP_DELALLOC | EXTSIM_FIEMAP_UNKNOWN);
		} else if (fi && fi->type == EXTSIM_FILE_EXTENT_REG) {
			em.gap++;
			emit_extent (&em, pos, fi->disk_bytenr + fi->offset, lim - pos,
				     extent_distinct_refs (fs, fi->disk_bytenr) > 1 ? EXTSIM_FIEMAP_SHARED : 0);
			em.gap++;
		} else {
			em.gap += fi != NULL; /* a PREALLOC item is a gap of its own */
			process_hole (fs, ino, pos, lim, start, fi, &em);
			em.gap += fi != NULL;
		}
		pos = lim;
	}
	if (out->len) {
		extsim_fiemap_extent *last = &g_array_index (out, extsim_fiemap_extent, out->len - 1);
		guint64 last_emitted = last->logical + last->length;

		if (last_emitted >= last_end && !dirty_bytes_in (fs, ino, last_emitted, G_MAXUINT64, -1))
			last->flags |= EXTSIM_FIEMAP_LAST;
	}
	/* SHARED came from backref walks: the delayed refs queued so far no
	 * longer merge with later ones (extent-tree.c) */
	for (guint i = 0; i < out->len; i++) {
		if (g_array_index (out, extsim_fiemap_extent, i).physical) {
			delayed_refs_new_seq (fs);
			break;
		}
	}
	return out;
}
