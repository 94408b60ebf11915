/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: inodes and the operations that reshape a file
 * (btrfs-semantics.md section 5)
 *
 * fallocate [off, off + len), mode 0 or KEEP_SIZE (btrfs_fallocate):
 *   write back and wait the aligned range (btrfs_wait_ordered_range)
 *   h = bytes of holes in it; reserve h (may_use += h, flushing if needed)
 *   for each hole: allocate PREALLOC extents of at most 256 MiB
 *     (may_use -= n, reserved += n, then used += n), set the PREALLOC flag
 *   without KEEP_SIZE: i_size = max(i_size, off + len)
 *   (Linux 5.19+ reserves only the holes; 5.2 reserved the whole range,
 *   which only matters on a full filesystem: we follow 6.x, which the
 *   conformance runs check.)
 *
 * zero range (btrfs_zero_range): see zero_range () below; written extents
 *   of the range are replaced by one new PREALLOC allocation, reserved
 *   before anything is dropped, as the kernel does.
 *
 * punch hole (btrfs_punch_hole): write back and wait the range; then
 *   find_first_non_hole moves its start past a hole there, as far as the
 *   hole's extent map goes: with none cached, only as far as the lookup
 *   asked (extent-map.c), which can leave the last, partial block of a
 *   range that ends in a hole.  The partial blocks left inside i_size are
 *   zeroed, that one too, with btrfs_truncate_block (a one-block buffered
 *   write of zeros, which needs a reservation); the aligned middle loses
 *   its page cache and items and becomes a cached hole.
 *
 * truncate (btrfs_setsize): growing zeroes the tail of the old last block
 *   (btrfs_cont_expand -> btrfs_truncate_block), as every extension past an
 *   unaligned EOF does (write, fallocate, clone), and caches the new hole;
 *   shrinking drops the pages past the new size (their reservation goes
 *   back; an ordered extent none of whose pages was written finishes
 *   truncated, its extent free at once: ordered.c), writes back from the
 *   block holding the new size and drops the items past it, aligned up.  A truncate to 0 marks the inode
 *   (BTRFS_INODE_FLUSH_ON_CLOSE): the next close of a descriptor of it
 *   writes the whole file back (btrfs_release_file: filemap_flush), so a
 *   file rewritten after a truncate to 0 gets its extents at close.
 *
 * unlink: the page cache is dropped (dirty pages vanish with their
 *   reservation, as eviction does) and every item goes.
 */
#include "fs-private.h"

const root_item *
root_lookup (const extsim_fs *fs, guint64 root)
{
	return pmap_lookup (&fs->roots, &root);
}

const inode_item *
inode_lookup_at (const extsim_fs *fs, pmap_cursor *c, extsim_ino ino)
{
	guint64 key[2] = { ino.root, ino.ino };

	return pmap_lookup_at (&fs->inodes, c, key);
}

const inode_item *
inode_seek (const extsim_fs *fs, extsim_ino ino, pmap_cursor *c)
{
	pmap_cursor_clear (c);
	return inode_lookup_at (fs, c, ino);
}

inode_item *
inode_lookup_mut_at (extsim_fs *fs, pmap_cursor *c, extsim_ino ino)
{
	guint64 key[2] = { ino.root, ino.ino };

	return pmap_lookup_mut_at (&fs->inodes, c, key);
}

const inode_item *
inode_lookup (const extsim_fs *fs, extsim_ino ino)
{
	pmap_cursor c;

	return inode_seek (fs, ino, &c);
}

inode_item *
inode_lookup_mut (extsim_fs *fs, extsim_ino ino)
{
	pmap_cursor c;

	pmap_cursor_clear (&c);
	return inode_lookup_mut_at (fs, &c, ino);
}

const inode_item *
check_inode_at (const extsim_fs *fs, pmap_cursor *c, extsim_ino ino, gboolean writable, GError **error)
{
	const root_item *root = root_lookup (fs, ino.root);
	const inode_item *inode;

	if (!root) {
		set_error (error, EXTSIM_ERROR_NOENT, "no subvolume %" G_GUINT64_FORMAT, ino.root);
		return NULL;
	}
	if (!(inode = inode_seek (fs, ino, c))) {
		set_error (error, EXTSIM_ERROR_NOENT, "no inode %" G_GUINT64_FORMAT " in subvolume %" G_GUINT64_FORMAT,
			   ino.ino, ino.root);
		return NULL;
	}
	if (writable && (root->flags & ROOT_READONLY)) {
		set_error (error, EXTSIM_ERROR_ROFS, "subvolume %" G_GUINT64_FORMAT " is read-only", ino.root);
		return NULL;
	}
	return inode;
}

const inode_item *
check_inode (const extsim_fs *fs, extsim_ino ino, gboolean writable, GError **error)
{
	pmap_cursor c;

	return check_inode_at (fs, &c, ino, writable, error);
}

/* offset and length as the kernel judges them: a position is a signed
 * loff_t, so 2^63 and more is negative (EINVAL); an end past the maximum
 * file size is EINVAL for read/write/sync_file_range (rw_verify_area) and
 * EFBIG for fallocate (vfs_fallocate).  Never a wrap. */
gboolean
check_range (guint64 offset, guint64 len, range_rule rule, const char *what, GError **error)
{
	if (offset > EXTSIM_MAX_FILE_SIZE || (rule == RANGE_FALLOC && len > EXTSIM_MAX_FILE_SIZE))
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "%s: offset %" G_GUINT64_FORMAT " or length %" G_GUINT64_FORMAT
				  " is negative as a file position",
				  what, offset, len);
	if (len > EXTSIM_MAX_FILE_SIZE - offset)
		return set_error (error, rule == RANGE_FALLOC ? EXTSIM_ERROR_FBIG : EXTSIM_ERROR_INVAL,
				  "%s: offset %" G_GUINT64_FORMAT " + length %" G_GUINT64_FORMAT
				  " is past the maximum file size",
				  what, offset, len);
	return TRUE;
}

/* trans_updated's value: 1 once an fsync logged the inode, 0 again at its
 * next update (one search: the same entry). */
void
inode_touch (extsim_fs *fs, extsim_ino ino)
{
	guint64 key[2] = { ino.root, ino.ino }, fresh = 0;
	pmap_cursor c;
	const guint64 *logged = pmap_seek (&fs->trans_updated, key, &c);

	if (!logged)
		pmap_insert_at (&fs->trans_updated, &c, key, &fresh);
	else if (*logged)
		*(guint64 *) pmap_lookup_mut_at (&fs->trans_updated, &c, key) = 0;
}

void
inode_logged (extsim_fs *fs, extsim_ino ino)
{
	guint64 key[2] = { ino.root, ino.ino };
	guint64 *logged = pmap_lookup_mut (&fs->trans_updated, key);

	if (logged) /* always: only an updated inode is logged */
		*logged = 1;
}

gboolean
inode_needs_log (const extsim_fs *fs, extsim_ino ino)
{
	guint64 key[2] = { ino.root, ino.ino };
	const guint64 *logged = pmap_lookup (&fs->trans_updated, key);

	return logged && !*logged;
}

gboolean
inode_updated_in_trans (const extsim_fs *fs, extsim_ino ino)
{
	guint64 key[2] = { ino.root, ino.ino };

	return pmap_lookup (&fs->trans_updated, key) != NULL;
}

void
inode_made_current_maps (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 key[2] = { ino.root, ino.ino };
	pmap_cursor c;
	const em_span *cur = pmap_seek (&fs->trans_maps, key, &c);
	em_span span = { s, e };

	if (cur) {
		if (s >= e || (cur->lo <= s && e <= cur->hi))
			return; /* nothing new: the map stays as it is */
		if (cur->lo < cur->hi)
			span = (em_span) { MIN (cur->lo, s), MAX (cur->hi, e) };
	}
	pmap_insert_at (&fs->trans_maps, &c, key, &span);
}

static void
collect_trans_inode (const guint64 *key, const void *value, gpointer data)
{
	em_trans_inode t = { { key[0], key[1] }, *(const em_span *) value };

	g_array_append_val ((GArray *) data, t);
}

void
collect_ino (const guint64 *key, const void *value, gpointer data)
{
	(void) value;
	g_array_append_val ((GArray *) data, ((extsim_ino) { key[0], key[1] }));
}

void
trans_end (extsim_fs *fs)
{
	if (fs->trans_maps.count) {
		g_autoptr (scratch_array) inos = scratch_array_new (sizeof (em_trans_inode));

		pmap_foreach (&fs->trans_maps, collect_trans_inode, inos);
		em_end_transaction (fs, inos);
		pmap_clear (&fs->trans_maps);
	}
	if (fs->trans_updated.count)
		pmap_clear (&fs->trans_updated);
}

void
inode_disk_size_grow (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 end)
{
	const inode_item *cur = inode_lookup_at (fs, c, ino);
	guint64 want = MIN (cur->size, end);

	if (cur->disk_size < want)
		inode_lookup_mut_at (fs, c, ino)->disk_size = want;
}

gboolean
extsim_fs_inode_exists (const extsim_fs *fs, extsim_ino ino)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	return inode_lookup (fs, ino) != NULL;
}

gboolean
extsim_fs_create (extsim_fs *fs, guint64 root, extsim_ino *out, GError **error)
{
	guint64 key[2];
	root_item *r;
	inode_item inode = { 0 };

	g_return_val_if_fail (fs != NULL && out != NULL, FALSE);
	if (!root_lookup (fs, root))
		return set_error (error, EXTSIM_ERROR_NOENT, "no subvolume %" G_GUINT64_FORMAT, root);
	if (root_lookup (fs, root)->flags & ROOT_READONLY)
		return set_error (error, EXTSIM_ERROR_ROFS, "subvolume %" G_GUINT64_FORMAT " is read-only", root);
	step_begin (fs);
	r = pmap_lookup_mut (&fs->roots, &root);
	key[0] = root;
	key[1] = r->next_ino++;
	if (fs->mount_flags & EXTSIM_MOUNT_NODATACOW)
		inode.flags |= EXTSIM_INODE_NODATACOW | EXTSIM_INODE_NODATASUM;
	if (fs->mount_flags & EXTSIM_MOUNT_NODATASUM)
		inode.flags |= EXTSIM_INODE_NODATASUM;
	inode.runtime = INODE_NEEDS_FULL_SYNC;
	pmap_insert (&fs->inodes, key, &inode);
	*out = (extsim_ino) { root, key[1] };
	inode_touch (fs, *out);
	step_end (fs);
	return TRUE;
}

gboolean
extsim_fs_unlink (extsim_fs *fs, extsim_ino ino, GError **error)
{
	guint64 key[2] = { ino.root, ino.ino };
	rmap lost;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error))
		return FALSE;
	lost = lost_of (fs, ino);
	step_begin (fs);
	ordered_wait_range (fs, ino, 0, G_MAXUINT64); /* see ordered.c: the kernel's eviction waits for them */
	drop_page_cache (fs, ino, 0, G_MAXUINT64);
	drop_extents (fs, ino, 0, G_MAXUINT64);
	rm_remove (&lost, 0, G_MAXUINT64, NULL, NULL);
	em_forget (fs, ino);
	pmap_remove (&fs->trans_updated, key, NULL);
	pmap_remove (&fs->trans_maps, key, NULL);
	wb_list_leave (fs, ino);
	pmap_remove (&fs->inodes, key, NULL);
	step_end (fs);
	return TRUE;
}

gboolean
extsim_fs_name_changed (extsim_fs *fs, extsim_ino ino, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error))
		return FALSE;
	step_begin (fs);
	inode_touch (fs, ino);
	step_end (fs);
	return TRUE;
}

gboolean
extsim_fs_set_nodatacow (extsim_fs *fs, extsim_ino ino, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error))
		return FALSE;
	step_begin (fs);
	inode_touch (fs, ino);
	/* btrfs_fileattr_set: only while i_size is 0, silently otherwise */
	if (inode_lookup (fs, ino)->size == 0)
		inode_lookup_mut (fs, ino)->flags |= EXTSIM_INODE_NODATACOW | EXTSIM_INODE_NODATASUM;
	step_end (fs);
	return TRUE;
}

gboolean
extsim_fs_inode_info (const extsim_fs *fs, extsim_ino ino, extsim_inode_info *out, GError **error)
{
	const inode_item *inode;
	rmap lost;

	g_return_val_if_fail (fs != NULL && out != NULL, FALSE);
	if (!check_inode (fs, ino, FALSE, error))
		return FALSE;
	lost = rmap_of ((pmap *) &fs->lost, 2, ino.root, ino.ino);
	inode = inode_lookup (fs, ino);
	*out = (extsim_inode_info) { inode->size, inode->disk_size, inode->flags, inode->wb_error,
				     dirty_bytes_in (fs, ino, 0, G_MAXUINT64, -1),
				     rm_covered (&lost, 0, G_MAXUINT64) };
	return TRUE;
}

/* btrfs_cont_expand / btrfs_truncate_block (inode, i_size, 0, 0): before a
 * file grows past an unaligned EOF, the rest of its last block is zeroed,
 * which rewrites that block (COW, or in place for PREALLOC). */
gboolean
zero_eof_block (extsim_fs *fs, extsim_ino ino)
{
	guint64 size = inode_lookup (fs, ino)->size;

	/* even over a hole: btrfs_truncate_block dirties the block whatever is
	 * under it, so extending a file whose last block is a hole allocates
	 * that block (observed on 6.18) */
	if (aligned (fs, size))
		return TRUE;
	return truncate_block (fs, ino, size, align_up (fs, size));
}

gboolean
cont_expand (extsim_fs *fs, extsim_ino ino, guint64 size)
{
	guint64 hole_start = align_up (fs, inode_lookup (fs, ino)->size);

	if (!zero_eof_block (fs, ino))
		return FALSE;
	if (size > hole_start)
		em_cont_expand (fs, ino, hole_start, align_up (fs, size));
	return TRUE;
}

static gboolean
nospc (GError **error, const char *what, extsim_ino ino)
{
	return set_error (error, EXTSIM_ERROR_NOSPC, "%s of inode %" G_GUINT64_FORMAT ": no data space", what,
			  ino.ino);
}

/* PREALLOC extents for the holes of [s, e); the reservation for them is
 * already in may_use.  FALSE when the allocator ran dry.  The first
 * allocation takes hint (btrfs_prealloc_file_range's alloc_hint: 0 in
 * btrfs_fallocate; in btrfs_zero_range 0, or the end on disk of the
 * PREALLOC extent the range starts in), each next one is hinted after the
 * one before, and asks for no more than the one before got
 * (__btrfs_prealloc_file_range's last_alloc: "if we are severely
 * fragmented ... only search for those sized chunks"), within one hole:
 * each hole is a btrfs_prealloc_file_range call of its own. */
static gboolean
prealloc_holes (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 hint, guint64 *reserved)
{
	guint64 pos = s;

	while (pos < e) {
		guint64 start, next = G_MAXUINT64, hole_end, phys, got, last_alloc;
		file_item fi;

		if (item_at (fs, ino, pos, &start, &next)) {
			pos = start + ((const file_item *) item_at (fs, ino, pos, NULL, NULL))->len;
			continue;
		}
		hole_end = MIN (e, next);
		last_alloc = G_MAXUINT64;
		while (pos < hole_end) {
			guint64 want = MIN (MIN (hole_end - pos, fs->max_prealloc_extent_size), last_alloc);

			if (!alloc_data_extent (fs, want, fs->sectorsize, hint, &phys, &got))
				return FALSE;
			hint = phys + got;
			last_alloc = got;
			update_bytes_may_use (fs, -(gint64) got);
			*reserved -= got;
			update_bytes_reserved (fs, (gint64) got);
			fi = (file_item) { got, phys, got, 0, fs->transid, EXTSIM_FILE_EXTENT_PREALLOC, 0 };
			item_insert_new_extent (fs, ino, pos, &fi);
			em_data_made (fs, ino, pos, pos + got); /* btrfs_prealloc_file_range's map */
			inode_lookup_mut (fs, ino)->flags |= EXTSIM_INODE_PREALLOC;
			emit (fs, EXTSIM_EVENT_PREALLOC, EXTSIM_REASON_HOLE, ino, pos, got, phys, 1);
			pos += got;
		}
	}
	return TRUE;
}

static guint64
hole_bytes (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	rmap r = items_of_c (fs, ino);

	return (e - s) - rm_covered (&r, s, e);
}

/* Reserve for and allocate the holes of [s, e), found the way
 * btrfs_fallocate finds them: btrfs_get_extent from each map's end on. */
static gboolean
fill_holes (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e)
{
	guint64 need = hole_bytes (fs, ino, s, e), ms, me;
	gboolean ok;

	for (guint64 cur = s; cur < e; cur = MIN (me, e))
		em_get_extent (fs, ino, cur, e - cur, &ms, &me);

	if (!need)
		return TRUE;
	if (!reserve_data_space (fs, ino, need, TRUE))
		return FALSE;
	ok = prealloc_holes (fs, ino, s, e, 0, &need);
	free_reserved_data_space (fs, need); /* what was not allocated */
	return ok;
}

/* btrfs_fallocate before its mode's work: a range starting past EOF first
 * expands the file up to its start (btrfs_cont_expand), one ending past
 * EOF zeroes the old EOF block, then the range is written back and waited
 * for (btrfs_wait_ordered_range), the zeroed block with it. */
static gboolean
falloc_prologue (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	guint64 size = inode_lookup (fs, ino)->size;
	gboolean ok = TRUE;

	if (align_down (fs, offset) > size)
		ok = cont_expand (fs, ino, align_down (fs, offset));
	else if (offset + len > size)
		ok = zero_eof_block (fs, ino);
	return ok && writeback_range (fs, ino, align_down (fs, offset), align_up (fs, offset + len));
}

static void
set_size (extsim_fs *fs, extsim_ino ino, guint64 size)
{
	inode_item *inode = inode_lookup_mut (fs, ino);

	inode->size = size;
	inode->disk_size = size;
}

gboolean
extsim_fs_fallocate (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, guint32 flags,
		     GError **error)
{
	guint64 s, e;
	gboolean ok;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error) || !check_range (offset, len, RANGE_FALLOC, "fallocate", error))
		return FALSE;
	if (len == 0)
		return set_error (error, EXTSIM_ERROR_INVAL, "fallocate: length 0");
	if (flags & ~(guint32) EXTSIM_FALLOC_KEEP_SIZE)
		return set_error (error, EXTSIM_ERROR_OPNOTSUPP, "fallocate: unsupported mode 0x%x", flags);
	s = align_down (fs, offset);
	e = align_up (fs, offset + len);
	step_begin (fs);
	inode_touch (fs, ino); /* file_modified */
	ok = falloc_prologue (fs, ino, offset, len) && fill_holes (fs, ino, s, e);
	if (ok && !(flags & EXTSIM_FALLOC_KEEP_SIZE) && offset + len > inode_lookup (fs, ino)->size)
		set_size (fs, ino, offset + len);
	step_end (fs);
	return ok || nospc (error, "fallocate", ino);
}

/*
 * find_first_non_hole (fs/btrfs/file.c): btrfs_get_extent over
 * [round_down (start), + round_up (len)); when that is a hole, move start to
 * the end of its map and shorten len (to 0 when the map covers the range).
 * Not round_up (start + len): with no map cached the map is only as long
 * as asked, so an unaligned start with an aligned len (and some other
 * pairs) leaves its last, partial block out, and btrfs_punch_hole zeroes
 * that block though it is a hole.
 */
static gboolean
find_first_non_hole (extsim_fs *fs, extsim_ino ino, guint64 *start, guint64 *len)
{
	guint64 ms, me;

	if (!em_get_extent (fs, ino, align_down (fs, *start), align_up (fs, *len), &ms, &me))
		return FALSE;
	*len = me > *start + *len ? 0 : *start + *len - me;
	*start = me;
	return TRUE;
}

/*
 * btrfs_punch_hole after the writeback: find_first_non_hole skips a hole at
 * the start; the partial blocks are zeroed with btrfs_truncate_block when
 * they lie inside i_size and find_first_non_hole found no hole there (the
 * head block after a hole map is aligned: nothing to zero); the aligned
 * middle loses its items and, inside i_size, becomes a modified hole map
 * (btrfs_replace_file_extents -> fill_holes).  FALSE on ENOSPC.
 */
static gboolean
punch_hole (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	guint64 ino_size = align_up (fs, inode_lookup (fs, ino)->size), orig = offset;
	guint64 lockstart, lockend, tail_start, tail_len;

	if (find_first_non_hole (fs, ino, &offset, &len) && !len)
		return TRUE; /* already in a large hole */
	inode_touch (fs, ino); /* file_modified */
	lockstart = align_up (fs, offset);
	lockend = align_down (fs, offset + len);
	if (align_down (fs, offset) == align_down (fs, offset + len - 1) && len < fs->sectorsize)
		return offset >= ino_size || truncate_block (fs, ino, offset, offset + len);
	if (offset < ino_size && !aligned (fs, offset) && !truncate_block (fs, ino, offset, lockstart))
		return FALSE;
	if (offset == orig) {
		len = offset + len - lockstart;
		offset = lockstart;
		if (find_first_non_hole (fs, ino, &offset, &len) && !len)
			return TRUE;
		lockstart = offset;
	}
	tail_start = lockend;
	tail_len = offset + len - tail_start;
	if (tail_len && !find_first_non_hole (fs, ino, &tail_start, &tail_len) &&
	    tail_start + tail_len < ino_size && !truncate_block (fs, ino, tail_start, tail_start + tail_len))
		return FALSE;
	if (lockend <= lockstart)
		return TRUE;
	/* btrfs_punch_hole_lock_range: truncate_pagecache_range drops the
	 * maps that start at the cached pages, the parts past lockend too */
	em_release_pages (fs, ino, lockstart, lockend);
	drop_page_cache (fs, ino, lockstart, lockend);
	drop_extents (fs, ino, lockstart, lockend);
	if (lockstart < ino_size)
		em_set_hole (fs, ino, lockstart, lockend);
	else
		em_drop (fs, ino, lockstart, lockend);
	return TRUE;
}

gboolean
extsim_fs_punch_hole (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, GError **error)
{
	gboolean ok;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error) || !check_range (offset, len, RANGE_FALLOC, "punch hole", error))
		return FALSE;
	if (len == 0)
		return set_error (error, EXTSIM_ERROR_INVAL, "punch hole: length 0");
	step_begin (fs);
	ok = writeback_range (fs, ino, align_down (fs, offset), align_up (fs, offset + len)) &&
	     punch_hole (fs, ino, offset, len);
	step_end (fs);
	return ok || nospc (error, "punch hole", ino);
}

/* btrfs_zero_range_check_range_boundary: what the block holding off is. */
typedef enum {
	BOUNDARY_HOLE,
	BOUNDARY_PREALLOC,
	BOUNDARY_WRITTEN,
} boundary;

static boundary
block_kind (extsim_fs *fs, extsim_ino ino, guint64 off)
{
	guint64 ms, me;
	const file_item *fi;

	if (em_get_extent (fs, ino, align_down (fs, off), fs->sectorsize, &ms, &me))
		return BOUNDARY_HOLE;
	fi = item_at (fs, ino, align_down (fs, off), NULL, NULL);
	return fi->type == EXTSIM_FILE_EXTENT_PREALLOC ? BOUNDARY_PREALLOC : BOUNDARY_WRITTEN;
}

/* One new PREALLOC range over [s, e), whatever was there: the data space
 * is reserved first (btrfs_alloc_data_chunk_ondemand), then the items are
 * dropped and the extents allocated (btrfs_prealloc_file_range, from
 * hint). */
static gboolean
prealloc_replace (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 hint)
{
	guint64 need = e - s;
	gboolean ok;

	if (!reserve_data_space (fs, ino, need, TRUE))
		return FALSE;
	em_release_pages (fs, ino, s, e); /* btrfs_punch_hole_lock_range, as punch */
	drop_page_cache (fs, ino, s, e);
	drop_extents (fs, ino, s, e);
	ok = prealloc_holes (fs, ino, s, e, hint, &need);
	free_reserved_data_space (fs, need); /* what was not allocated */
	return ok;
}

/*
 * btrfs_zero_range, after the prologue: a range that starts in PREALLOC is
 * trimmed to what follows that extent (nothing left: done), and its new
 * extent is hinted at that extent's end on disk (alloc_hint =
 * extent_map_block_start (em) + em->len; the model's data maps are its
 * items); a range inside
 * one block is zeroed in the page when the block is written, allocated
 * when it is a hole, left alone in PREALLOC; otherwise the partial blocks
 * at the ends are zeroed in the page when written or taken into the range
 * when holes, and the aligned range gets one new PREALLOC allocation.
 */
static gboolean
zero_range (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 end)
{
	guint64 start = 0, as, ae, ms, me, hint = 0;
	const file_item *fi;
	boundary k;

	em_get_extent (fs, ino, align_down (fs, offset), align_up (fs, end) - align_down (fs, offset), &ms, &me);
	fi = item_at (fs, ino, align_down (fs, offset), &start, NULL);

	if (fi && fi->type == EXTSIM_FILE_EXTENT_PREALLOC) {
		if (start + fi->len >= end)
			return TRUE;
		offset = start + fi->len;
		hint = fi->disk_bytenr + fi->offset + fi->len;
	}
	if (align_down (fs, offset) == align_down (fs, end - 1)) {
		k = block_kind (fs, ino, offset);
		if (k == BOUNDARY_PREALLOC)
			return TRUE;
		if (end - offset < fs->sectorsize && k == BOUNDARY_WRITTEN)
			return truncate_block (fs, ino, offset, end);
		as = align_down (fs, offset);
		return prealloc_replace (fs, ino, as, as + fs->sectorsize, hint);
	}
	as = align_up (fs, offset);
	ae = align_down (fs, end);
	if (!aligned (fs, offset)) {
		k = block_kind (fs, ino, offset);
		if (k == BOUNDARY_HOLE)
			as = align_down (fs, offset);
		else if (k == BOUNDARY_WRITTEN && !truncate_block (fs, ino, offset, align_up (fs, offset)))
			return FALSE;
	}
	if (!aligned (fs, end)) {
		k = block_kind (fs, ino, end);
		if (k == BOUNDARY_HOLE)
			ae = align_up (fs, end);
		else if (k == BOUNDARY_WRITTEN && !truncate_block (fs, ino, align_down (fs, end), end))
			return FALSE;
	}
	return as >= ae || prealloc_replace (fs, ino, as, ae, hint);
}

gboolean
extsim_fs_zero_range (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, guint32 flags,
		      GError **error)
{
	gboolean ok;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error) || !check_range (offset, len, RANGE_FALLOC, "zero range", error))
		return FALSE;
	if (len == 0)
		return set_error (error, EXTSIM_ERROR_INVAL, "zero range: length 0");
	if (flags & ~(guint32) EXTSIM_FALLOC_KEEP_SIZE)
		return set_error (error, EXTSIM_ERROR_OPNOTSUPP, "zero range: unsupported mode 0x%x", flags);
	step_begin (fs);
	inode_touch (fs, ino); /* file_modified */
	ok = falloc_prologue (fs, ino, offset, len) && zero_range (fs, ino, offset, offset + len);
	if (ok && !(flags & EXTSIM_FALLOC_KEEP_SIZE) && offset + len > inode_lookup (fs, ino)->size)
		set_size (fs, ino, offset + len);
	step_end (fs);
	return ok || nospc (error, "zero range", ino);
}

gboolean
extsim_fs_truncate (extsim_fs *fs, extsim_ino ino, guint64 size, GError **error)
{
	guint64 old;
	gboolean ok = TRUE;
	rmap lost;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, TRUE, error) || !check_range (size, 0, RANGE_RW, "truncate", error))
		return FALSE;
	lost = lost_of (fs, ino);
	step_begin (fs);
	inode_touch (fs, ino);
	old = inode_lookup (fs, ino)->size;
	/* btrfs_setsize: "truncating a file ... down to zero.  Make sure any
	 * new writes to the file get on disk on close", from 0 to 0 too */
	if (size == 0 && !(inode_lookup (fs, ino)->runtime & INODE_FLUSH_ON_CLOSE))
		inode_lookup_mut (fs, ino)->runtime |= INODE_FLUSH_ON_CLOSE;
	if (size > old) {
		ok = cont_expand (fs, ino, size);
		if (ok)
			set_size (fs, ino, size);
	} else if (size < old) {
		/* truncate_setsize drops the pages past the new size; the block
		 * holding the new EOF is written back, not rewritten: a later
		 * extension zeroes its tail (observed on 6.18) */
		ordered_truncate (fs, ino, align_up (fs, size));
		drop_page_cache (fs, ino, align_up (fs, size), G_MAXUINT64);
		rm_remove (&lost, size, G_MAXUINT64, NULL, NULL);
		set_size (fs, ino, size);
		ok = writeback_range (fs, ino, align_down (fs, size), G_MAXUINT64);
		if (ok)
			drop_extents (fs, ino, align_up (fs, size), G_MAXUINT64);
	} else {
		/* btrfs_setsize to the same size: btrfs_truncate with
		 * skip_writeback, whose btrfs_truncate_inode_items still removes
		 * the items past the size rounded up, preallocated with -k there
		 * (observed on 6.18) */
		drop_extents (fs, ino, align_up (fs, size), G_MAXUINT64);
	}
	/* btrfs_truncate_inode_items, for the same size too */
	if (ok && size <= old)
		em_drop (fs, ino, align_up (fs, size), G_MAXUINT64);
	step_end (fs);
	return ok || nospc (error, "truncate", ino);
}

gboolean
extsim_fs_release (extsim_fs *fs, extsim_ino ino, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, FALSE, error))
		return FALSE;
	if (!(inode_lookup (fs, ino)->runtime & INODE_FLUSH_ON_CLOSE))
		return TRUE;
	/* btrfs_release_file: test_and_clear_bit, then filemap_flush, whose
	 * error it does not return (writeback latches it for fsync) */
	step_begin (fs);
	inode_lookup_mut (fs, ino)->runtime &= ~(guint32) INODE_FLUSH_ON_CLOSE;
	writeback_inode (fs, ino);
	step_end (fs);
	return TRUE;
}
