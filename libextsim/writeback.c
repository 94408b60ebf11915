/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: writeback (run_delalloc_range, run_delalloc_nocow,
 * cow_file_range; btrfs-semantics.md 2.1-2.5)
 *
 * Dirty pages are written back in contiguous delalloc ranges.  A file that
 * is neither NODATACOW nor PREALLOC goes straight to COW.  Otherwise each
 * file extent item under the range is tested (can_nocow_item):
 *
 *   NOCOW when: there is an item (not a hole); it is PREALLOC, or REG and
 *   the file is NODATACOW; its generation and its extent's generation are
 *   newer than the subvolume's last snapshot; and no back reference other
 *   than this (root, ino, origin) exists on the whole extent.
 *
 *   NOCOW (in place):  disk content written at the item's address;
 *                      PREALLOC part becomes REG (split, same origin);
 *                      RESERVED bytes: may_use -= n;  NORESERVE: nothing
 *   COW:               allocate new extents from physical free space,
 *                      at most max_extent_size each, halving on failure;
 *                      RESERVED: may_use -= n; reserved += n -> used += n
 *                      NORESERVE: its bytes are added to may_use first and
 *                      consumed at once (fallback_to_cow, 467dc47), so
 *                      may_use does not underflow
 *   COW, no space:     the pages of the rest of the delalloc range are
 *                      dropped, their reservation released, ENOSPC latched
 *                      on the file for the next fsync and the file range
 *                      recorded as lost.  Writeback of that file stops
 *                      there, as extent_write_cache_pages does.
 *
 * A dirty NORESERVE range in an extent that got shared after it was
 * admitted is exactly "COW, no space" on a full filesystem: DESIGN.md 1.
 *
 * Inline (cow_file_range -> cow_file_range_inline; only on the COW path:
 * run_delalloc_nocow's fallback_to_cow passes no_inline, so a NODATACOW or
 * PREALLOC file never gets one):
 *
 *   a delalloc range [0, e) with size = min (i_size, e), 0 < size <=
 *   max_inline (2048) and size >= i_size (the range is the whole file),
 *   sectorsize == PAGE_SIZE  ->  the items of [0, sectorsize) are dropped
 *   and the data goes into the metadata: no extent, no data space;
 *   RESERVED: may_use -= n (EXTENT_DO_ACCOUNTING), the pages are clean
 *
 * An inline item under a NOCOW range is COWed (can_nocow_file_extent), so
 * once the file grows past it, the rewritten block 0 gets an extent.
 */
#include "fs-private.h"

extsim_reason
can_nocow_item (const extsim_fs *fs, extsim_ino ino, const inode_item *inode, guint64 start,
		const file_item *fi)
{
	const root_item *root = root_lookup (fs, ino.root);
	const extent_item *e;

	if (!fi)
		return EXTSIM_REASON_HOLE;
	if (item_is_inline (fi))
		return EXTSIM_REASON_INLINE;
	if (fi->type == EXTSIM_FILE_EXTENT_REG && !(inode->flags & EXTSIM_INODE_NODATACOW))
		return EXTSIM_REASON_NOT_NOCOW_INODE;
	e = extent_lookup (fs, fi->disk_bytenr);
	if (fi->generation <= root->last_snapshot || e->generation <= root->last_snapshot)
		return EXTSIM_REASON_OLDER_THAN_SNAPSHOT;
	if (extent_cross_ref_exists (fs, fi->disk_bytenr, ino.root, ino.ino, item_origin (start, fi)))
		return EXTSIM_REASON_SHARED;
	return EXTSIM_REASON_NOCOW_OK;
}

typedef struct {
	extsim_fs *fs;
	guint64 s, phys;
} pages_written;

static void
page_written (guint64 start, const void *value, gpointer data)
{
	const pages_written *w = data;
	const dirty_item *d = value;

	disk_write (w->fs, w->phys + (start - w->s), d->len, (guint8) d->fill);
}

/* Copy the dirty content of [s, e) to the disk at phys, drop the pages and
 * give back their reservation.  Returns the RESERVED bytes. */
static guint64
write_pages (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 phys)
{
	pages_written w = { fs, s, phys };
	guint64 reserved = dirty_clear (fs, ino, s, e, page_written, &w);
	pmap_cursor c;

	pmap_cursor_clear (&c);
	delalloc_inode_update_at (fs, &c, ino);
	inode_disk_size_grow (fs, &c, ino, e);
	inode_touch (fs, ino); /* the ordered extent completes: btrfs_update_inode */
	return reserved;
}

static void
nocow_write (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 start, const file_item *fi)
{
	guint64 phys = fi->disk_bytenr + fi->offset + (s - start), bytenr = fi->disk_bytenr;
	gboolean prealloc = fi->type == EXTSIM_FILE_EXTENT_PREALLOC;

	write_pages (fs, ino, s, e, phys);
	if (prealloc) {
		mark_extent_written (fs, ino, s, e);
		em_data_made (fs, ino, s, e); /* create_io_em */
	}
	fs->stats.nocow_bytes += e - s;
	emit (fs, EXTSIM_EVENT_NOCOW, EXTSIM_REASON_NOCOW_OK, ino, s, e - s, bytenr, 1);
	/* extent_clear_unlock_delalloc (EXTENT_CLEAR_DATA_RESV): the
	 * reservation goes back and a writer waiting on the ENOSPC flush is
	 * granted (btrfs_try_granting_tickets); it goes on at the pass's next
	 * allocation (page-cache.c flush_for_writer) */
	if (fs->flush_writer)
		fs->flush_writer_granted = TRUE;
}

typedef struct {
	rmap lost;
	guint64 bytes;
} pages_lost;

static void
page_lost (guint64 start, const void *value, gpointer data)
{
	pages_lost *l = data;
	rm_len v = { ((const rm_len *) value)->len };

	rm_set (&l->lost, start, &v);
	l->bytes += v.len;
}

/* Pages of [s, e) are dropped: the data never reaches the disk. */
static void
lose_pages (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	pages_lost l = { lost_of (fs, ino), 0 };
	inode_item *inode;

	dirty_clear (fs, ino, s, e, page_lost, &l);
	delalloc_inode_update (fs, ino);
	inode = inode_lookup_mut (fs, ino);
	inode->wb_error = ENOSPC;
	inode->synced_after_loss = FALSE;
	fs->stats.lost_bytes += l.bytes;
	fs->stats.enospc_writeback++;
	emit (fs, EXTSIM_EVENT_WRITEBACK_ENOSPC, EXTSIM_REASON_NO_FREE_SPACE, ino, s, e - s, 0, 1);
}

/* The extent map search_extent_mapping (s) finds: the first one that ends
 * after s, else the last one; its item, or NULL for a hole map (or none).
 * Maps as extent-map.c has them: the loaded data maps and the hole maps. */
static const file_item *
em_search (const extsim_fs *fs, extsim_ino ino, guint64 s)
{
	rmap holes = rmap_of ((pmap *) &fs->emaps, 2, ino.root, ino.ino);
	const pnode *h = rm_first_from (&holes, s);
	guint64 ds = 0, de = 0;
	gboolean data = em_data_search (fs, ino, s, &ds, &de);

	if (data && de > s && (!h || ds < rm_start (h, &holes)))
		return item_at (fs, ino, MAX (s, ds), NULL, NULL);
	if (h)
		return NULL;
	/* none ends after s: the last map */
	h = rm_last (&holes);
	if (!data || (h && rm_start (h, &holes) > ds))
		return NULL;
	return item_at (fs, ino, de - 1, NULL, NULL);
}

/* btrfs_get_extent_allocation_hint: the address of the map at (or after,
 * or else before) s if it maps an extent, else of the file's first map
 * if that does, else no hint. */
static guint64
allocation_hint (const extsim_fs *fs, extsim_ino ino, guint64 s)
{
	const file_item *fi = em_search (fs, ino, s);

	if (!fi || !fi->disk_bytenr)
		fi = em_search (fs, ino, 0);
	return fi && fi->disk_bytenr ? fi->disk_bytenr + fi->offset : 0;
}

/* cow_file_range for [s, e); on ENOSPC loses [failure point, lose_end).
 * The writeback submits the pages before submit_end: an ordered extent
 * past it finishes later (ordered.c). */
static gboolean
cow_range (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 lose_end, guint64 submit_end,
	   extsim_reason why)
{
	guint64 hint = allocation_hint (fs, ino, s);

	while (s < e) {
		guint64 want = MIN (e - s, fs->max_extent_size), phys, got;
		file_item fi = { 0 };

		/* the writer granted by a NOCOW write of this ENOSPC flush
		 * pass dirties its pages while this allocation runs (D28) */
		if (fs->flush_writer_granted) {
			fs->flush_writer_granted = FALSE;
			fs->flush_writer (fs->flush_writer_data);
		}
		if (!alloc_data_extent (fs, want, fs->sectorsize, hint, &phys, &got)) {
			lose_pages (fs, ino, s, lose_end);
			return FALSE;
		}
		update_bytes_reserved (fs, (gint64) got); /* btrfs_add_reserved_bytes */
		write_pages (fs, ino, s, s + got, phys);
		ordered_drop_extents (fs, ino, s, s + got, submit_end);
		fi = (file_item) { got, phys, got, 0, fs->transid, EXTSIM_FILE_EXTENT_REG, 0 };
		item_insert_new_extent (fs, ino, s, &fi);
		em_data_made (fs, ino, s, s + got); /* create_io_em */
		fs->stats.cow_bytes += got;
		emit (fs, EXTSIM_EVENT_COW, why, ino, s, got, phys, 1);
		hint = phys + got; /* the next piece goes after this one */
		s += got;
	}
	return TRUE;
}

/* can_cow_file_range_inline () for the delalloc range [s, e) of a file of
 * i_size bytes */
static gboolean
can_inline (const extsim_fs *fs, guint64 i_size, guint64 s, guint64 e)
{
	guint64 size = MIN (i_size, e);

	return s == 0 && fs->sectorsize == INLINE_PAGE_SIZE && size > 0 && size <= fs->sectorsize &&
	       size <= MAX_INLINE && size >= i_size;
}

/* cow_file_range_inline (): the dirty content of block 0 goes into an
 * inline extent; the whole delalloc range is cleaned and its reservation
 * released (extent_clear_unlock_delalloc with EXTENT_DO_ACCOUNTING). */
static void
cow_inline (extsim_fs *fs, extsim_ino ino, guint64 e)
{
	g_autoptr (scratch_array) runs = scratch_array_new (sizeof (extsim_content_run));
	pmap_cursor c;
	guint64 size = inode_seek (fs, ino, &c)->size;

	content_runs (fs, ino, 0, fs->sectorsize, runs);
	inline_extent_insert (fs, ino, runs, size);
	dirty_clear (fs, ino, 0, e, NULL, NULL);
	delalloc_inode_update_at (fs, &c, ino);
	inode_disk_size_grow (fs, &c, ino, size);
	inode_touch (fs, ino); /* cow_file_range_inline: btrfs_update_inode */
	fs->stats.inline_bytes += size;
	emit (fs, EXTSIM_EVENT_INLINE, EXTSIM_REASON_SMALL_FILE, ino, 0, size, 0, 1);
}

/* run_delalloc_range for one delalloc range [s, e), of a writeback that
 * submits the pages before submit_end. */
static gboolean
run_delalloc (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 submit_end)
{
	const inode_item *inode = inode_lookup (fs, ino);
	guint64 pos = s, cow_start = 0;
	extsim_reason cow_why = EXTSIM_REASON_NONE;
	gboolean in_cow = FALSE;

	if (!(inode->flags & (EXTSIM_INODE_NODATACOW | EXTSIM_INODE_PREALLOC))) {
		if (can_inline (fs, inode->size, s, e)) {
			cow_inline (fs, ino, e);
			return TRUE;
		}
		return cow_range (fs, ino, s, e, e, submit_end, EXTSIM_REASON_COW_FILE);
	}

	while (pos < e) {
		guint64 start = 0, next = G_MAXUINT64, lim;
		const file_item *fi = item_at (fs, ino, pos, &start, &next);
		extsim_reason why;

		inode = inode_lookup (fs, ino);
		why = can_nocow_item (fs, ino, inode, start, fi);
		lim = MIN (e, fi ? start + fi->len : next);
		if (why == EXTSIM_REASON_NOCOW_OK) {
			/* a copy: the COW of the range before changes the items,
			 * and a pointer into a map dies with any change to it */
			file_item item = *fi;

			if (in_cow && !cow_range (fs, ino, cow_start, pos, e, submit_end, cow_why))
				return FALSE;
			in_cow = FALSE;
			nocow_write (fs, ino, pos, lim, start, &item);
		} else if (!in_cow) {
			in_cow = TRUE;
			cow_start = pos;
			cow_why = why;
		}
		pos = lim;
	}
	return !in_cow || cow_range (fs, ino, cow_start, e, e, submit_end, cow_why);
}

/* Writes back [s, e) (extent_write_cache_pages); *last gets the end of
 * the last dirty page written, of a delalloc range or of an ordered
 * extent an earlier range writeback left unsubmitted (done_index;
 * unchanged when none was). */
static gboolean
writeback_range_to (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 *last)
{
	rmap dirty = dirty_of (fs, ino);
	const pnode *n;
	guint64 from = s, wrote = 0, submitted;

	while ((n = rm_first_from (&dirty, s)) && rm_start (n, &dirty) < e) {
		guint64 a = MAX (s, rm_start (n, &dirty)), b = rm_node_end (&dirty, n);
		const pnode *next;

		/* a delalloc range (find_lock_delalloc_range): contiguous dirty
		 * pages from the first one asked for, whatever their state, up
		 * to BTRFS_MAX_EXTENT_SIZE, past the end asked for if they go on */
		for (next = rm_next (&dirty, n); next && rm_start (next, &dirty) == b && b - a < fs->max_extent_size;
		     next = rm_next (&dirty, next))
			b = rm_node_end (&dirty, next);
		b = MIN (b, a + fs->max_extent_size);
		*last = wrote = b;
		if (!run_delalloc (fs, ino, a, b, e))
			return FALSE;
		s = b;
	}
	/* the dirty pages of ordered extents made by earlier passes: after a
	 * sync_file_range of [168k, 176k) ran the delalloc range [168k, 504k),
	 * the pages of [176k, 504k) are still dirty, and sync's cyclic pass
	 * that writes them leaves the index at 504k (Linux 6.18) */
	submitted = ordered_submit (fs, ino, from, e);
	if (submitted > wrote)
		*last = submitted;
	return TRUE;
}

/* filemap_fdatawrite_range (sync_file_range's SYNC_FILE_RANGE_WRITE) */
static gboolean
writeback_range_nowait (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 last = 0;
	gboolean ok;

	writeback_pass_begin (fs);
	ok = writeback_range_to (fs, ino, s, e, &last);
	writeback_pass_end (fs);
	return ok;
}

static gboolean writeback_whole (extsim_fs *fs, extsim_ino ino, gboolean cyclic);

/* A direct write's piece: the dirty pages of [s, e), and no others around
 * them, make extents of their own (btrfs_create_dio_extent allocates the
 * piece alone), in place where the NOCOW test passes; never inline (the
 * direct path makes no inline extent); then waited for. */
gboolean
writeback_exact (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	gboolean ok;

	writeback_pass_begin (fs);
	if (inode_lookup (fs, ino)->flags & (EXTSIM_INODE_NODATACOW | EXTSIM_INODE_PREALLOC))
		ok = run_delalloc (fs, ino, s, e, e);
	else
		ok = cow_range (fs, ino, s, e, e, e, EXTSIM_REASON_COW_FILE);
	writeback_pass_end (fs);
	ordered_wait_range (fs, ino, s, e);
	return ok;
}

/* btrfs_wait_ordered_range: filemap_fdatawrite_range, then the wait.  From
 * 0 to the end (a truncate below the first block: btrfs_truncate waits
 * from i_size rounded down) it is range_whole, and it leaves
 * mapping->writeback_index after the last page it wrote. */
gboolean
writeback_range (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	gboolean ok = s == 0 && e == G_MAXUINT64 ? writeback_whole (fs, ino, FALSE)
						 : writeback_range_nowait (fs, ino, s, e);

	ordered_wait_range (fs, ino, s, e);
	return ok;
}

/*
 * extent_write_cache_pages for the whole file.  A writeback of the whole
 * file (range_whole: fsync, the flushers, the ENOSPC flush) leaves
 * mapping->writeback_index where it stopped, after the last dirty page it
 * wrote; a range_cyclic one (the flusher thread that sync(2) wakes before
 * it waits) starts there and wraps around to the start of the file.  So
 * after an fsync of [0, 8k) and a rewrite of [0, 16k), sync allocates
 * [8k, 16k) and then [0, 8k): two extents where a writeback from 0 makes
 * one.  The wrap starts the index over (done_index = 0 at retry), so a
 * cyclic pass that wraps and writes nothing before the old index leaves
 * it at 0.  A writeback of a range leaves the index alone.
 */
static gboolean
writeback_whole (extsim_fs *fs, extsim_ino ino, gboolean cyclic)
{
	const inode_item *inode = inode_lookup (fs, ino);
	guint64 from = cyclic ? inode->wb_index : 0, last = G_MAXUINT64;
	pmap_cursor c;
	gboolean ok;

	writeback_pass_begin (fs);
	ok = writeback_range_to (fs, ino, from, G_MAXUINT64, &last);
	if (ok && from) {
		last = 0;
		ok = writeback_range_to (fs, ino, 0, from, &last);
	}
	writeback_pass_end (fs);
	if (last != G_MAXUINT64 && (inode = inode_seek (fs, ino, &c)) && inode->wb_index != last)
		inode_lookup_mut_at (fs, &c, ino)->wb_index = last;
	return ok;
}

/*
 * The inodes the flusher pass of sync(2) visits are those on the writeback
 * lists (wb->b_dirty; wb_writeback -> queue_io -> writeback_sb_inodes ->
 * __writeback_single_inode), oldest dirtied first (move_expired_inodes
 * takes b_dirty from its tail).  __mark_inode_dirty (I_DIRTY_PAGES) puts
 * an inode at the head when a page of it is dirtied and it was not dirty
 * (inode->dirtied_when); btrfs writes its metadata in a transaction
 * (btrfs_dirty_inode), not through the lists.  Only such a pass takes it
 * off, once it is clean (requeue_inode): an fsync, the snapshot's or the
 * ENOSPC flush (they write pages, not the inode) and a commit leave it
 * there, dirtied when it was.  So a file written back by an fsync and
 * dirtied again is written by sync before one first dirtied in between
 * (Linux 6.18: sync-order-fsync-redirty).  The pass calls ->writepages
 * also when no page is dirty; the cyclic one finds nothing, wraps and
 * leaves the index at 0.
 */
void
wb_list_join (extsim_fs *fs, extsim_ino ino)
{
	const guint64 key[2] = { ino.root, ino.ino };
	const extsim_ino none = { 0, 0 };
	gboolean added;

	pmap_insert_new (&fs->wb_list, key, &none, &added);
	if (!added)
		return;
	if (fs->wb_last.ino) {
		const guint64 last[2] = { fs->wb_last.root, fs->wb_last.ino };

		*(extsim_ino *) pmap_lookup_mut (&fs->wb_list, last) = ino;
	} else {
		fs->wb_first = ino;
	}
	fs->wb_last = ino;
}

void
wb_list_leave (extsim_fs *fs, extsim_ino ino)
{
	const guint64 key[2] = { ino.root, ino.ino };
	const extsim_ino *at = pmap_lookup (&fs->wb_list, key);
	extsim_ino next, prev = { 0, 0 };

	if (!at)
		return;
	next = *at;
	for (extsim_ino i = fs->wb_first; i.ino && !(i.root == ino.root && i.ino == ino.ino);) {
		const guint64 k[2] = { i.root, i.ino };

		prev = i;
		i = *(const extsim_ino *) pmap_lookup (&fs->wb_list, k);
	}
	if (prev.ino) {
		const guint64 k[2] = { prev.root, prev.ino };

		*(extsim_ino *) pmap_lookup_mut (&fs->wb_list, k) = next;
	} else {
		fs->wb_first = next;
	}
	if (!next.ino)
		fs->wb_last = prev;
	pmap_remove (&fs->wb_list, key, NULL);
}

/* The listed inodes, oldest dirtied first. */
static void
wb_list_read (const extsim_fs *fs, GArray *out)
{
	for (extsim_ino i = fs->wb_first; i.ino;) {
		const guint64 k[2] = { i.root, i.ino };

		g_array_append_val (out, i);
		i = *(const extsim_ino *) pmap_lookup (&fs->wb_list, k);
	}
}

gboolean
writeback_inode (extsim_fs *fs, extsim_ino ino)
{
	return writeback_whole (fs, ino, FALSE);
}

/*
 * The pass over the writeback lists (wb_writeback -> writeback_sb_inodes),
 * which it leaves empty: the listed files oldest dirtied first, each
 * cyclic from its writeback index (the flusher that sync(2) wakes:
 * wb_start_writeback sets range_cyclic) or whole from its start
 * (writeback_inodes_sb, the first step of sync_filesystem, which
 * generic_shutdown_super runs at umount: its work asks for no
 * range_cyclic, so range_whole).  Linux 6.18 writes a file that an fsync
 * wrote back and a page of which was dirtied again before a file first
 * dirtied in between also at umount (umount-order-fsync-redirty, D32).
 * The lists are read first: writing a file back moves no other file.
 */
void
writeback_all_files (extsim_fs *fs, gboolean cyclic)
{
	g_autoptr (scratch_array) inos = scratch_array_new (sizeof (extsim_ino));

	wb_list_read (fs, inos);
	for (guint i = 0; i < inos->len; i++) {
		extsim_ino ino = g_array_index (inos, extsim_ino, i);
		pmap_cursor c;
		const inode_item *inode = inode_seek (fs, ino, &c);
		rmap dirty = dirty_of (fs, ino);

		if (rm_first (&dirty) || ordered_unsubmitted (fs, ino))
			writeback_whole (fs, ino, cyclic);
		else if (inode && inode->wb_index)
			inode_lookup_mut_at (fs, &c, ino)->wb_index = 0;
	}
	pmap_clear (&fs->wb_list);
	fs->wb_first = fs->wb_last = (extsim_ino) { 0, 0 };
}

/* Every dirty file, each from its start, in the order of the delalloc
 * lists (space-info.c: the ENOSPC flush, btrfs_start_delalloc_roots). */
void
writeback_all (extsim_fs *fs)
{
	g_autoptr (scratch_array) inos = scratch_array_new (sizeof (extsim_ino));

	delalloc_lists (fs, inos);
	for (guint i = 0; i < inos->len; i++)
		writeback_whole (fs, g_array_index (inos, extsim_ino, i), FALSE);
}

/* Writeback of [s, e) on behalf of a public call, counting the bytes as
 * preparation cost when a policy's prepare callback is running; with
 * wait, btrfs_wait_ordered_range after it. */
static gboolean
writeback_counted (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, gboolean noreserve_only, gboolean wait)
{
	guint64 before = fs->stats.nocow_bytes + fs->stats.cow_bytes + fs->stats.inline_bytes, done;
	gboolean ok = TRUE;

	if (noreserve_only) {
		rmap dirty = dirty_of (fs, ino);
		const pnode *n = rm_first (&dirty);

		while (n) {
			guint64 a = rm_start (n, &dirty), b = rm_node_end (&dirty, n);

			if (((const dirty_item *) pnode_value (dirty.m, n))->state == EXTSIM_NORESERVE)
				ok = writeback_range (fs, ino, a, b) && ok;
			n = rm_first_from (&dirty, b);
		}
	} else if (s == 0 && e == G_MAXUINT64) {
		ok = writeback_whole (fs, ino, FALSE); /* sync_file_range (0, 0): range_whole */
	} else {
		ok = wait ? writeback_range (fs, ino, s, e) : writeback_range_nowait (fs, ino, s, e);
	}
	done = fs->stats.nocow_bytes + fs->stats.cow_bytes + fs->stats.inline_bytes - before;
	if (fs->preparing == EXTSIM_REASON_REMAP)
		fs->stats.remap_prep_flush_bytes += done;
	else if (fs->preparing == EXTSIM_REASON_SNAPSHOT)
		fs->stats.snapshot_prep_flush_bytes += done;
	return ok;
}

static gboolean
range_args (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, guint64 *s, guint64 *e,
	    GError **error)
{
	if (!check_inode (fs, ino, FALSE, error) || !check_range (offset, len, RANGE_RW, "writeback", error))
		return FALSE;
	*s = align_down (fs, offset);
	*e = len == 0 ? G_MAXUINT64 : align_up (fs, offset + len);
	return TRUE;
}

gboolean
extsim_fs_writeback (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, GError **error)
{
	guint64 s, e;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!range_args (fs, ino, offset, len, &s, &e, error))
		return FALSE;
	step_begin (fs);
	writeback_counted (fs, ino, s, e, FALSE, FALSE);
	step_end (fs);
	return TRUE;
}

static gboolean
flush_result (gboolean ok, extsim_ino ino, GError **error)
{
	if (ok)
		return TRUE;
	return set_error (error, EXTSIM_ERROR_NOSPC,
			  "writeback of inode %" G_GUINT64_FORMAT " in subvolume %" G_GUINT64_FORMAT
			  " found no space: dirty data dropped",
			  ino.ino, ino.root);
}

gboolean
extsim_fs_flush (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, GError **error)
{
	guint64 s, e;
	gboolean ok;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!range_args (fs, ino, offset, len, &s, &e, error))
		return FALSE;
	step_begin (fs);
	ok = writeback_counted (fs, ino, s, e, FALSE, TRUE);
	step_end (fs);
	return flush_result (ok, ino, error);
}

gboolean
extsim_fs_flush_noreserve (extsim_fs *fs, extsim_ino ino, GError **error)
{
	gboolean ok;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, FALSE, error))
		return FALSE;
	step_begin (fs);
	ok = writeback_counted (fs, ino, 0, G_MAXUINT64, TRUE, TRUE);
	step_end (fs);
	return flush_result (ok, ino, error);
}

gboolean
extsim_fs_flush_subvolume (extsim_fs *fs, guint64 root, GError **error)
{
	g_autoptr (GArray) inos = NULL;
	extsim_ino failed = { 0, 0 };

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!root_lookup (fs, root))
		return set_error (error, EXTSIM_ERROR_NOENT, "no subvolume %" G_GUINT64_FORMAT, root);
	/* btrfs_start_delalloc_snapshot -> start_delalloc_inodes: the files on
	 * the root's delalloc list, in its order (the order they got dirty
	 * pages), read before any is written back */
	inos = g_array_new (FALSE, FALSE, sizeof (extsim_ino));
	delalloc_list_of (fs, root, inos);
	step_begin (fs);
	for (guint i = 0; i < inos->len; i++) {
		extsim_ino ino = g_array_index (inos, extsim_ino, i);

		if (!writeback_counted (fs, ino, 0, G_MAXUINT64, FALSE, TRUE) && !failed.root)
			failed = ino;
	}
	step_end (fs);
	return failed.root ? flush_result (FALSE, failed, error) : TRUE;
}
