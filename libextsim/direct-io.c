/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: direct writes (O_DIRECT; btrfs_direct_write in
 * fs/btrfs/direct-io.c, Linux 6.18)
 *
 * xfs_io -d opens the file O_DIRECT, and pwrite -b B issues write(2) calls
 * of B bytes.  Each call goes one of two ways:
 *
 *   buffered  when its offset or length is not a whole number of sectors
 *             (check_direct_IO), or the file has data checksums (no
 *             NODATASUM flag: since 6.14 a direct write does not let a user
 *             buffer change under a checksum): a buffered write of the
 *             call (page-cache.c), then the range written back and waited
 *             for (btrfs_fdatawrite_range, filemap_fdatawait_range) and its
 *             pages dropped (invalidate_mapping_pages).  A writeback that
 *             had to drop data fails the call.
 *   direct    else: the dirty pages of the range are written back and
 *             waited for, and leave the page cache (iomap_dio_rw); then,
 *             for each extent map from the call's position on
 *             (btrfs_dio_iomap_begin):
 *     1. reserve data space for what is left of the call, flushing as a
 *        buffered write does (btrfs_check_data_free_space); a failure
 *        fails the call at once unless the file is NODATACOW or PREALLOC;
 *     2. a PREALLOC extent, or an extent of a NODATACOW file, that
 *        can_nocow_extent passes is written in place up to its end, and
 *        the reservation is given back; without one, the policy is asked
 *        (direct_noreserve: patched goes ahead, as 5.17 on do,
 *        f0bfa76a11e9; the presets of older kernels fail the call with
 *        ENOSPC, as the direct path did when it reserved first);
 *     3. else, with the reservation, a new extent for the piece up to the
 *        map's end (btrfs_new_extent_direct), the rest of the reservation
 *        given back; without, the call fails with ENOSPC, and what the
 *        earlier pieces wrote stays;
 *     at an inline extent the direct path gives up (-ENOTBLK): the rest of
 *     the call is a buffered one, as above.
 *
 * The model writes a piece through the page cache at once: its pages are
 * dirtied (NORESERVE in place, RESERVED for a new extent) and written back
 * alone, dirty pages next to them left as they are (writeback_exact: the
 * direct path allocates the piece and nothing else), by writeback.c,
 * which makes the same NOCOW test (can_nocow_item) and so the same
 * choice, waited for, and dropped.  The ordered extent's completion
 * inserts the items and grows the on-disk size as a direct write's does.
 * The cost is a few steps per write(2) call and per extent it meets.
 */
#include "fs-private.h"

/* What a write holds: runs of one byte value, at file offsets, one after
 * the other. */
typedef struct {
	const extsim_content_run *runs;
	guint n;
} content;

/* Writes [s, e) of a piece now: dirtied in @state, written back, waited
 * for, dropped from the page cache.  FALSE when writeback lost data. */
static gboolean
write_piece (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, const content *data, extsim_reserve_state state)
{
	gboolean ok;

	dirty_direct (fs, ino, s, e, data->runs, data->n, state);
	ok = writeback_exact (fs, ino, s, e);
	drop_page_cache (fs, ino, s, e);
	return ok;
}

/* A call that falls back to a buffered write; *wrote: what it copied (a
 * piece of one byte value at a time: the model's write(2) writes one). */
static gboolean
buffered_call (extsim_fs *fs, extsim_ino ino, guint64 pos, guint64 n, const content *data, guint64 *wrote,
	       gboolean *lost)
{
	g_autoptr (scratch_array) pieces = scratch_array_new (sizeof (extsim_content_run));
	guint64 a = align_down (fs, pos), b;
	gboolean ok = TRUE;

	*wrote = 0;
	content_clip (pieces, data->runs, data->n, pos, pos + n);
	for (guint i = 0; ok && i < pieces->len; i++) {
		const extsim_content_run *piece = &g_array_index (pieces, extsim_content_run, i);
		guint64 w = 0;

		ok = buffered_write (fs, NULL, ino, piece->offset, piece->len, piece->fill, piece->len, TRUE, &w);
		*wrote += w;
		if (w < piece->len)
			break;
	}
	if (!*wrote)
		return ok;
	b = align_up (fs, pos + *wrote);
	*lost = !writeback_range (fs, ino, a, b);
	drop_page_cache (fs, ino, a, b);
	return ok && !*lost;
}

/* The NOCOW test of btrfs_get_blocks_direct_write at pos: TRUE with the
 * piece's end in *end when the extent there is written in place, FALSE
 * with the piece's end (the map's: the hole's or the extent's) and why. */
static gboolean
direct_nocow (extsim_fs *fs, extsim_ino ino, guint64 pos, guint64 call_end, guint64 *end, extsim_reason *why)
{
	const inode_item *inode = inode_lookup (fs, ino);
	guint64 start = 0, next = G_MAXUINT64;
	const file_item *fi = item_at (fs, ino, pos, &start, &next);

	if (!fi) {
		*end = MIN (call_end, next);
		*why = EXTSIM_REASON_HOLE;
		return FALSE;
	}
	*end = MIN (call_end, start + fi->len);
	if (fi->type == EXTSIM_FILE_EXTENT_PREALLOC || (inode->flags & EXTSIM_INODE_NODATACOW))
		*why = can_nocow_item (fs, ino, inode, start, fi);
	else
		*why = EXTSIM_REASON_NOT_NOCOW_INODE;
	return *why == EXTSIM_REASON_NOCOW_OK;
}

/* One direct write(2) call of [pos, end), whole sectors, on a NODATASUM
 * file; FALSE when it fails (ENOSPC), *lost when writeback lost data.  At
 * an inline extent the direct path gives up (-ENOTBLK) and the rest of the
 * call, from *rest, is left to a buffered write (btrfs_direct_write). */
static gboolean
direct_call (extsim_fs *fs, extsim_ino ino, guint64 pos, guint64 end, const content *data, gboolean *lost,
	     guint64 *rest)
{
	/* kiocb_write_and_wait (its error fails the call), kiocb_invalidate_pages */
	if (!writeback_range (fs, ino, pos, end)) {
		*lost = TRUE;
		return FALSE;
	}
	drop_page_cache (fs, ino, pos, end);
	*rest = end;
	while (pos < end) {
		guint32 flags = inode_lookup (fs, ino)->flags;
		gboolean reserved = reserve_data_space (fs, ino, end - pos, TRUE);
		const file_item *fi = item_at (fs, ino, pos, NULL, NULL);
		guint64 piece_end;
		extsim_reason why;

		/* btrfs_dio_iomap_begin: the failed reservation of a file that
		 * is neither NODATACOW nor PREALLOC fails the call before the
		 * extent map is looked at */
		if (!reserved && !(flags & (EXTSIM_INODE_NODATACOW | EXTSIM_INODE_PREALLOC))) {
			why = EXTSIM_REASON_COW_FILE;
			piece_end = end;
		} else if (item_is_inline (fi)) {
			if (reserved)
				free_reserved_data_space (fs, end - pos);
			*rest = pos;
			return TRUE;
		} else if (direct_nocow (fs, ino, pos, end, &piece_end, &why)) {
			if (reserved) {
				free_reserved_data_space (fs, end - pos);
			} else if (!extsim_policy_direct_noreserve (fs->policy, fs, ino, pos, piece_end - pos)) {
				why = EXTSIM_REASON_POLICY_REFUSED;
				goto enospc;
			} else {
				fs->stats.noreserve_admissions += piece_end - pos;
				emit (fs, EXTSIM_EVENT_ADMIT_NORESERVE, EXTSIM_REASON_NOCOW_OK, ino, pos, piece_end - pos,
				      0, 1);
			}
			if ((*lost = !write_piece (fs, ino, pos, piece_end, data, EXTSIM_NORESERVE)))
				return FALSE;
			pos = piece_end;
			continue;
		} else if (reserved) {
			free_reserved_data_space (fs, end - piece_end);
			if ((*lost = !write_piece (fs, ino, pos, piece_end, data, EXTSIM_RESERVED)))
				return FALSE;
			pos = piece_end;
			continue;
		}
enospc:
		emit (fs, EXTSIM_EVENT_WRITE_ENOSPC, why, ino, pos, piece_end - pos, 0, 1);
		fs->stats.enospc_write++;
		return FALSE;
	}
	return TRUE;
}

static gboolean
pwrite_direct (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, const content *data, guint64 bsize,
	       guint64 *written, GError **error)
{
	guint64 done = 0, at = offset;
	gboolean ok, lost = FALSE;
	pmap_cursor c;

	if (written)
		*written = 0;
	if (!pwrite_begin (fs, &c, ino, offset, len, &bsize, &ok, error))
		return FALSE;
	while (ok && done < len) {
		guint64 n = MIN (bsize, len - done), wrote = n, rest = 0, more = 0;

		at = offset + done;
		if (!aligned (fs, at) || !aligned (fs, n) || !(inode_lookup (fs, ino)->flags & EXTSIM_INODE_NODATASUM))
			ok = buffered_call (fs, ino, at, n, data, &wrote, &lost);
		else if ((ok = direct_call (fs, ino, at, at + n, data, &lost, &rest)) && rest < at + n) {
			ok = buffered_call (fs, ino, rest, at + n - rest, data, &more, &lost);
			wrote = rest - at + more;
		}
		if (!ok)
			break;
		done += wrote;
		if (wrote < n) /* a short write ends xfs_io's loop */
			break;
	}
	step_end (fs);
	if (written)
		*written = done;
	if (!ok && lost)
		return set_error (error, EXTSIM_ERROR_NOSPC,
				  "direct pwrite at offset %" G_GUINT64_FORMAT ": writeback found no data space, data dropped",
				  at);
	if (!ok)
		return set_error (error, EXTSIM_ERROR_NOSPC,
				  "direct pwrite at offset %" G_GUINT64_FORMAT
				  ": no data space, and the target cannot be written in place",
				  at);
	return TRUE;
}

gboolean
extsim_fs_pwrite_direct (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, guint8 fill, guint64 bsize,
			 guint64 *written, GError **error)
{
	extsim_content_run run = { offset, len, fill };
	content data = { &run, 1 };

	g_return_val_if_fail (fs != NULL, FALSE);
	return pwrite_direct (fs, ino, offset, len, &data, bsize, written, error);
}

gboolean
extsim_fs_pwrite_direct_runs (extsim_fs *fs, extsim_ino ino, const extsim_content_run *runs, guint n_runs,
			      guint64 bsize, guint64 *written, GError **error)
{
	content data = { runs, n_runs };
	guint64 len = 0;

	g_return_val_if_fail (fs != NULL && (runs != NULL || n_runs == 0), FALSE);
	if (written)
		*written = 0;
	for (guint i = 0; i < n_runs; i++) {
		if (runs[i].offset != runs[0].offset + len || runs[i].len > G_MAXUINT64 - runs[i].offset)
			return set_error (error, EXTSIM_ERROR_INVAL,
					  "direct pwrite: run %u starts at %" G_GUINT64_FORMAT
					  ", not where the one before ends (%" G_GUINT64_FORMAT ")",
					  i, runs[i].offset, runs[0].offset + len);
		len += runs[i].len;
	}
	return pwrite_direct (fs, ino, n_runs ? runs[0].offset : 0, len, &data, bsize, written, error);
}
