/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: clone and dedupe (btrfs_remap_file_range,
 * generic_remap_file_range_prep, btrfs_clone; btrfs-semantics.md 3.2, 4)
 *
 *   1. the checks made before anything is written: the files exist, the
 *      destination is writable (clone), no position is negative or wraps
 *      (remap_verify_area), dedupe's source range lies in the source
 *      (vfs_dedupe_file_range), both files agree on NODATASUM; EINVAL,
 *      nothing changes.  A dedupe of length 0 ends here, successful,
 *      before btrfs is called (vfs_dedupe_file_range_one)
 *   2. the policy prepares: writes back what it decides must reach the disk
 *      before the extents gain references (5.2: the two ranges; a94d1d0:
 *      the whole source file first).  btrfs_remap_file_range_prep does this
 *      *before* generic_remap_file_range_prep checks the rest, so a clone
 *      refused in step 3 has still written back
 *   3. the rest of the argument checks, as generic_remap_checks and
 *      generic_remap_check_len do (EINVAL)
 *   4. dedupe only: the contents must be equal (EBADE otherwise)
 *   5. the destination range's items are dropped; for each source item
 *      overlapping the range an item is inserted at the destination and
 *      the *whole* disk extent gains the reference
 *      (dst root, dst ino, new position - extent offset)
 *   6. a clone drops the destination's page cache over the range
 *      (btrfs_clone_files: truncate_inode_pages_range), a dedupe keeps it
 *      (btrfs_extent_same_range); a clone past the destination's end grows
 *      it
 *
 * Step 5 is why one 4 KiB clone shares a 64 MiB extent: any dirty
 * NORESERVE page still waiting in that extent can no longer go NOCOW.
 *
 * An inline source extent has no disk extent to share
 * (clone_copy_inline_extent, Linux 5.10+; it can only be the first item of
 * the range, as it lies at 0 and the source offset is aligned; its length
 * datal is its ram_bytes, trimmed to the range):
 *   destination offset 0, no item at 0 or an inline one, and the
 *   destination no longer than datal  -> the inline item is copied: the
 *   destination's items of [0, sectorsize) are dropped
 *   anything else (copy_inline_to_page)  -> the data is written into the
 *   destination's page cache at the destination offset, the rest of its
 *   block zeroed, with a one-block reservation (ENOSPC if none); the
 *   block's items stay until the clone writes the range back
 *   (btrfs_clone_files: btrfs_wait_ordered_range), after the new i_size
 *   is set, so block 0 of a small destination is inline again
 * Later items of the range are cloned as above.
 */
#include "fs-private.h"

typedef struct {
	guint64 count;  /* bytes asked for, after shortening (olen) */
	guint64 bcount; /* bytes of extents remapped: count up to the block */
	guint64 size_out; /* the destination's i_size when they were checked */
} remap_len;

static gboolean
inval (GError **error, const char *what, const char *why)
{
	return set_error (error, EXTSIM_ERROR_INVAL, "%s: %s", what, why);
}

/* Step 1: what the VFS and btrfs refuse before anything is written back.
 * *size_in gets the source's size. */
static gboolean
early_checks (const extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len,
	      gboolean dedupe, guint64 *size_in, GError **error)
{
	const char *what = dedupe ? "dedupe" : "clone";
	const inode_item *in, *outi;

	/* btrfs_remap_file_range: EROFS for a read-only destination only when
	 * cloning; dedupe leaves the data as it is */
	if (!(in = check_inode (fs, src, FALSE, error)) || !(outi = check_inode (fs, dst, !dedupe, error)))
		return FALSE;
	*size_in = in->size;
	if (soff > EXTSIM_MAX_FILE_SIZE || doff > EXTSIM_MAX_FILE_SIZE || len > EXTSIM_MAX_FILE_SIZE - soff ||
	    len > EXTSIM_MAX_FILE_SIZE - doff)
		return inval (error, what, "a position is negative or wraps past the maximum file size");
	/* vfs_dedupe_file_range: off + len past the source's size is EINVAL,
	 * whatever len */
	if (dedupe && soff + len > in->size)
		return inval (error, what, "the source range goes past the end of the source file");
	/* btrfs_remap_file_range, which a dedupe of length 0 never reaches */
	if ((in->flags ^ outi->flags) & EXTSIM_INODE_NODATASUM && !(dedupe && len == 0))
		return inval (error, what, "one file has data checksums and the other not (NODATASUM)");
	return TRUE;
}

/* Step 3: generic_remap_checks and generic_remap_check_len. */
static gboolean
remap_checks (const extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len,
	      gboolean dedupe, remap_len *out, GError **error)
{
	const char *what = dedupe ? "dedupe" : "clone";
	guint64 req = len, count, size_in = inode_lookup (fs, src)->size, size_out = inode_lookup (fs, dst)->size;

	if (len == 0 && !dedupe) {
		if (soff > size_in)
			return inval (error, what, "source offset past the end of the source file");
		req = size_in - soff;
	}
	out->count = out->bcount = 0;
	out->size_out = size_out;
	if (req == 0)
		return TRUE;
	if (!aligned (fs, soff) || !aligned (fs, doff))
		return inval (error, what, "offsets must be multiples of the block size");
	if (dedupe && (soff >= size_in || doff >= size_out || doff + req > size_out))
		return inval (error, what, "both ranges must lie within their files");
	if (soff >= size_in)
		return inval (error, what, "source range starts at or past the end of the source file");
	count = MIN (req, size_in - soff);
	if (soff + count == size_in) {
		out->bcount = align_up (fs, size_in) - soff;
	} else {
		count = align_down (fs, count);
		out->bcount = count;
	}
	if (src.root == dst.root && src.ino == dst.ino && doff + out->bcount > soff && doff < soff + out->bcount)
		return inval (error, what, "source and destination overlap in the same file");
	/* clone cannot be shortened (no REMAP_FILE_CAN_SHORTEN) */
	if (count != req && !dedupe)
		return inval (error, what,
			      "range goes past the end of the source, or its length is not a multiple of the block size");
	/* generic_remap_check_len: a partial EOF block may not land inside the
	 * destination */
	if (!aligned (fs, count) && doff + count < size_out) {
		if (!dedupe)
			return inval (error, what, "the source's partial last block would land inside the destination");
		count = align_down (fs, count);
		out->bcount = count;
	}
	out->count = count;
	return TRUE;
}

typedef struct {
	guint64 start; /* source file offset */
	file_item fi;  /* trimmed to the part inside the range */
} piece;

/* The inline extent of src (its first items): the runs of its data over
 * [0, datal), zeros after it to the block's end; *ram gets ram_bytes. */
static GArray *
inline_runs (const extsim_fs *fs, extsim_ino src, guint64 count, guint64 *datal)
{
	GArray *runs = g_array_new (FALSE, TRUE, sizeof (extsim_content_run));
	rmap items = items_of_c (fs, src);
	const pnode *n = rm_first (&items);

	/* btrfs_clone: datal = ram_bytes, trimmed to the range asked for */
	*datal = MIN (count, ((const file_item *) pnode_value (items.m, n))->disk_num_bytes);
	for (; n && rm_start (n, &items) < *datal; n = rm_next (&items, n)) {
		const file_item *fi = pnode_value (items.m, n);

		g_assert (item_is_inline (fi));
		content_append (runs, rm_start (n, &items), MIN (*datal, rm_node_end (&items, n)) - rm_start (n, &items),
				(guint8) fi->fill);
	}
	content_append (runs, *datal, align_up (fs, *datal) - *datal, 0);
	return runs;
}

/* clone_copy_inline_extent (): may the inline item itself be copied, or
 * must its data go through the page cache (copy_inline_to_page)? */
static gboolean
can_copy_inline_item (const extsim_fs *fs, extsim_ino dst, guint64 doff, guint64 datal)
{
	rmap items = items_of_c (fs, dst);
	const pnode *first = rm_first (&items);

	if (doff > 0 || inode_lookup (fs, dst)->size > datal)
		return FALSE;
	if (!first)
		return TRUE;
	/* an implicit hole at 0, or a regular extent there: to the page */
	return rm_start (first, &items) == 0 && item_is_inline ((const file_item *) pnode_value (items.m, first));
}

/* copy_inline_to_page: btrfs_delalloc_reserve_space for the block, then
 * the data and zeros to the block's end, dirty.  The destination's i_size
 * is already the new one, so each run keeps the ones written before it. */
static gboolean
copy_inline_to_page (extsim_fs *fs, extsim_ino dst, guint64 doff, const GArray *runs)
{
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *run = &g_array_index (runs, extsim_content_run, i);

		if (!buffered_write (fs, NULL, dst, doff + run->offset, run->len, run->fill, run->len, FALSE, NULL))
			return FALSE;
	}
	return TRUE;
}

/*
 * The end of btrfs_clone for the destination's extent maps: a hole at the
 * end of the source range is punched there (btrfs_replace_file_extents
 * without extent info), which caches it as a modified hole map inside
 * i_size only (i_size as clone_finish_inode_update left it); cloned
 * extents, or a hole cloned from i_size on, make the next fsync a full one.
 */
static void
clone_trailing_hole (extsim_fs *fs, extsim_ino dst, guint64 doff, const remap_len *rl, guint64 old_size,
		     guint64 last_dest_end, gboolean cloned)
{
	guint64 size = cloned ? MAX (old_size, MIN (last_dest_end, doff + rl->count)) : old_size;
	gboolean hole = last_dest_end < doff + rl->bcount;

	if (hole && last_dest_end < align_up (fs, size))
		em_set_hole (fs, dst, last_dest_end, doff + rl->bcount);
	if ((cloned || (hole && last_dest_end >= size)) && !(inode_lookup (fs, dst)->runtime & INODE_NEEDS_FULL_SYNC))
		inode_lookup_mut (fs, dst)->runtime |= INODE_NEEDS_FULL_SYNC;
	inode_touch (fs, dst);
}

static gboolean
do_clone (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, const remap_len *rl,
	  gboolean dedupe)
{
	g_autoptr (scratch_array) pieces = scratch_array_new (sizeof (piece));
	g_autoptr (GArray) runs = NULL;
	rmap items = items_of (fs, src);
	guint64 end = soff + rl->bcount, datal = 0, drop_start = doff;
	guint64 size = inode_lookup (fs, dst)->size, last_dest_end = doff;
	gboolean to_page = FALSE;

	for (const pnode *n = rm_first_from (&items, soff); n && rm_start (n, &items) < end;
	     n = rm_next (&items, n)) {
		guint64 s = MAX (soff, rm_start (n, &items)), e = MIN (end, rm_node_end (&items, n));
		piece p = { s, *(const file_item *) pnode_value (items.m, n) };

		if (item_is_inline (&p.fi))
			continue; /* at 0 only, and soff is aligned: soff is 0 */
		p.fi.offset += s - rm_start (n, &items);
		p.fi.len = e - s;
		g_array_append_val (pieces, p);
	}
	if (soff == 0 && item_is_inline (item_at (fs, src, 0, NULL, NULL))) {
		runs = inline_runs (fs, src, rl->count, &datal);
		to_page = !can_copy_inline_item (fs, dst, doff, datal);
		/* the page copy leaves the block's items to its writeback */
		if (to_page)
			drop_start = doff + fs->sectorsize;
	}
	/* btrfs_clone_files truncates the destination's pages
	 * (truncate_inode_pages_range); a dedupe (btrfs_extent_same_range)
	 * leaves them, the ones its comparison read included, so a later read
	 * there loads no extent map */
	if (!dedupe)
		drop_page_cache (fs, dst, doff, doff + rl->bcount);
	drop_extents (fs, dst, drop_start, doff + rl->bcount);
	/* btrfs_clone: btrfs_replace_file_extents drops the destination's
	 * extent maps and sets up none for what it inserts */
	em_drop (fs, dst, doff, doff + rl->bcount);
	if (doff + rl->count > size) { /* the drops above leave i_size alone */
		inode_item *inode = inode_lookup_mut (fs, dst);

		inode->size = inode->disk_size = doff + rl->count;
	}
	if (runs && !to_page) {
		inline_extent_insert (fs, dst, runs, datal);
		emit (fs, EXTSIM_EVENT_INLINE, EXTSIM_REASON_REMAP, dst, 0, datal, 0, 1);
	} else if (runs && !copy_inline_to_page (fs, dst, doff, runs)) {
		return FALSE;
	}
	if (runs)
		last_dest_end = align_up (fs, doff + datal);
	for (guint i = 0; i < pieces->len; i++) {
		const piece *p = &g_array_index (pieces, piece, i);
		guint64 at = doff + (p->start - soff);

		item_insert (fs, dst, at, &p->fi);
		emit (fs, EXTSIM_EVENT_REF_ADDED, EXTSIM_REASON_REMAP, dst, at, p->fi.len, p->fi.disk_bytenr, 1);
		last_dest_end = align_up (fs, at + p->fi.len);
	}
	clone_trailing_hole (fs, dst, doff, rl, size, last_dest_end, pieces->len || runs);
	/* btrfs_clone_files: btrfs_wait_ordered_range of the destination
	 * range, for the page an inline extent may have been copied into */
	return !to_page || writeback_range (fs, dst, doff, doff + rl->bcount);
}

/* How far the two ranges hold the same bytes: len when they are equal. */
static guint64
same_prefix (const extsim_fs *fs, extsim_ino a, guint64 aoff, extsim_ino b, guint64 boff, guint64 len)
{
	g_autoptr (scratch_array) ra = scratch_array_new (sizeof (extsim_content_run));
	g_autoptr (scratch_array) rb = scratch_array_new (sizeof (extsim_content_run));
	guint i = 0, j = 0;
	guint64 pos = 0;

	content_runs (fs, a, aoff, aoff + len, ra);
	content_runs (fs, b, boff, boff + len, rb);
	while (pos < len && i < ra->len && j < rb->len) {
		const extsim_content_run *x = &g_array_index (ra, extsim_content_run, i);
		const extsim_content_run *y = &g_array_index (rb, extsim_content_run, j);
		guint64 xe = x->offset - aoff + x->len, ye = y->offset - boff + y->len;

		if (x->fill != y->fill)
			return pos;
		pos = MIN (xe, ye);
		i += xe == pos;
		j += ye == pos;
	}
	return MIN (pos, len);
}

/* vfs_dedupe_file_range_compare: reads page pairs up to the first that
 * differs, loading the extent maps of the holes it reads. */
static gboolean
same_content (extsim_fs *fs, extsim_ino a, guint64 aoff, extsim_ino b, guint64 boff, guint64 len)
{
	guint64 same = same_prefix (fs, a, aoff, b, boff, len);
	guint64 read = same == len ? len : MIN (len, align_down (fs, same) + fs->sectorsize);

	em_read (fs, a, aoff, aoff + read);
	em_read (fs, b, boff, boff + read);
	return same == len;
}

static gboolean
remap (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len, gboolean dedupe,
       guint64 *done, GError **error)
{
	remap_len rl = { 0, 0, 0 };
	extsim_remap_args args;
	guint64 size_in, wb_len;
	gboolean ok;

	if (done)
		*done = 0;
	if (!early_checks (fs, src, soff, dst, doff, len, dedupe, &size_in, error))
		return FALSE;
	step_begin (fs);
	/* vfs_dedupe_file_range_one: a dedupe of length 0 succeeds before the
	 * filesystem is called, so nothing is written back */
	if (dedupe && len == 0) {
		step_end (fs);
		return TRUE;
	}
	/* btrfs_remap_file_range_prep's wb_len: to the source's end for a
	 * clone of length 0 (a source offset past the end wraps there: to the
	 * end of the file, 0), else the length rounded up */
	if (len == 0 && !dedupe)
		wb_len = soff <= size_in ? align_up (fs, size_in) - align_down (fs, soff) : 0;
	else
		wb_len = align_up (fs, len);
	args = (extsim_remap_args) { src, align_down (fs, soff), dst, align_down (fs, doff), wb_len, dedupe };
	fs->preparing = EXTSIM_REASON_REMAP;
	emit (fs, EXTSIM_EVENT_PREPARE, EXTSIM_REASON_REMAP, src, args.src_offset, wb_len, 0, 1);
	ok = fs->policy->remap_prepare (fs, &args, error);
	fs->preparing = EXTSIM_REASON_NONE;
	if (!ok || !remap_checks (fs, src, soff, dst, doff, len, dedupe, &rl, error)) {
		step_end (fs);
		return FALSE;
	}
	/* vfs_dedupe_file_range reports the length asked for on success, even
	 * when the range was shortened, down to nothing (observed on 6.18) */
	if (done)
		*done = dedupe ? len : rl.count;
	if (rl.count == 0) {
		step_end (fs);
		return TRUE;
	}
	if (ok && dedupe && !same_content (fs, src, soff, dst, doff, rl.count))
		ok = set_error (error, EXTSIM_ERROR_BADE, "dedupe: the two ranges differ");
	/* btrfs_clone_files: cloning past the destination's end first zeroes
	 * its old EOF block (btrfs_cont_expand), then waits for the writeback
	 * of [ALIGN_DOWN (i_size), destoff), so that block is written before
	 * the clone can share its extent */
	if (ok && !dedupe && doff > rl.size_out) {
		guint64 old_size = rl.size_out;

		if (!cont_expand (fs, dst, doff))
			ok = set_error (error, EXTSIM_ERROR_NOSPC, "clone: no data space to zero the destination's last block");
		else
			writeback_range (fs, dst, align_down (fs, old_size), doff);
	}
	if (ok && !do_clone (fs, src, soff, dst, doff, &rl, dedupe))
		ok = set_error (error, EXTSIM_ERROR_NOSPC, "%s: no data space to copy an inline extent",
				dedupe ? "dedupe" : "clone");
	if (!ok && done)
		*done = 0;
	step_end (fs);
	return ok;
}

gboolean
extsim_fs_clone_range (extsim_fs *fs, extsim_ino src, guint64 src_offset, extsim_ino dst, guint64 dst_offset,
		       guint64 len, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	return remap (fs, src, src_offset, dst, dst_offset, len, FALSE, NULL, error);
}

gboolean
extsim_fs_dedupe_range (extsim_fs *fs, extsim_ino src, guint64 src_offset, extsim_ino dst, guint64 dst_offset,
			guint64 len, guint64 *deduped, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	return remap (fs, src, src_offset, dst, dst_offset, len, TRUE, deduped, error);
}
