/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: what the bytes are
 *
 * The model never stores bytes.  Every byte written holds a fill value
 * (xfs_io pwrite -S), so content is a list of runs (len, fill):
 *
 *   on disk:     disk map, by physical address, written by writeback
 *   page cache:  the dirty map of the inode, which overlays the disk
 *
 * A read of [s, e) of a file, position by position:
 *   dirty page            -> the dirty run
 *   REG item              -> the disk runs at disk_bytenr + offset + delta
 *   INLINE item           -> its own fill (the data is in the metadata)
 *   PREALLOC item, hole   -> zeros
 *
 * Content lives with the physical address, so two files sharing an extent
 * read the same bytes, and a freed extent's content is discarded with it.
 * Only md5 turns runs into bytes, because MD5 has to see them.
 */
#include "fs-private.h"

#include <string.h>

static rmap
disk_of (const extsim_fs *fs)
{
	return rmap_of ((pmap *) &fs->disk, 0, 0, 0);
}

void
disk_write (extsim_fs *fs, guint64 phys, guint64 len, guint8 fill)
{
	rmap r = disk_of (fs);
	disk_item v = { len, fill, 0 };

	rm_set (&r, phys, &v);
}

void
disk_discard (extsim_fs *fs, guint64 phys, guint64 len)
{
	rmap r = disk_of (fs);

	rm_remove (&r, phys, phys + len, NULL, NULL);
}

void
disk_copy (extsim_fs *dst, const extsim_fs *src, guint64 phys, guint64 len)
{
	rmap r = disk_of (src);
	guint64 end = phys + len;

	disk_discard (dst, phys, len);
	for (const pnode *n = rm_first_from (&r, phys); n && rm_start (n, &r) < end; n = rm_next (&r, n)) {
		guint64 s = MAX (phys, rm_start (n, &r)), e = MIN (end, rm_node_end (&r, n));

		disk_write (dst, s, e - s, (guint8) ((const disk_item *) pnode_value (r.m, n))->fill);
	}
}

void
content_append (GArray *out, guint64 offset, guint64 len, guint8 fill)
{
	if (!len)
		return;
	if (out->len) {
		extsim_content_run *last = &g_array_index (out, extsim_content_run, out->len - 1);

		if (last->fill == fill && last->offset + last->len == offset) {
			last->len += len;
			return;
		}
	}
	g_array_append_val (out, ((extsim_content_run) { offset, len, fill }));
}

void
content_clip (GArray *out, const extsim_content_run *runs, guint n_runs, guint64 s, guint64 e)
{
	for (guint i = 0; i < n_runs; i++) {
		guint64 a = MAX (s, runs[i].offset), b = MIN (e, runs[i].offset + runs[i].len);

		if (a < b)
			content_append (out, a, b - a, runs[i].fill);
	}
}

/* Runs of the disk at [phys, phys + len), reported at file offset off. */
static void
disk_runs (const extsim_fs *fs, guint64 phys, guint64 len, guint64 off, GArray *out)
{
	rmap r = disk_of (fs);
	guint64 pos = phys, end = phys + len;

	for (const pnode *n = rm_first_from (&r, phys); n && rm_start (n, &r) < end; n = rm_next (&r, n)) {
		guint64 s = MAX (pos, rm_start (n, &r)), e = MIN (end, rm_node_end (&r, n));

		content_append (out, off + (pos - phys), s - pos, 0); /* never written */
		content_append (out, off + (s - phys), e - s, ((const disk_item *) pnode_value (r.m, n))->fill);
		pos = e;
	}
	content_append (out, off + (pos - phys), end - pos, 0);
}

void
content_runs (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, GArray *out)
{
	rmap dirty = dirty_of_c (fs, ino);
	guint64 pos = s;

	while (pos < e) {
		const pnode *d = rm_first_from (&dirty, pos);
		guint64 next_dirty = d ? rm_start (d, &dirty) : G_MAXUINT64;
		guint64 start = 0, next_item = G_MAXUINT64, lim;
		const file_item *fi;

		if (d && next_dirty <= pos) {
			lim = MIN (e, rm_node_end (&dirty, d));
			content_append (out, pos, lim - pos, ((const dirty_item *) pnode_value (dirty.m, d))->fill);
			pos = lim;
			continue;
		}
		fi = item_at (fs, ino, pos, &start, &next_item);
		lim = MIN (e, next_dirty);
		if (fi) {
			lim = MIN (lim, start + fi->len);
			if (fi->type == EXTSIM_FILE_EXTENT_REG)
				disk_runs (fs, fi->disk_bytenr + fi->offset + (pos - start), lim - pos, pos, out);
			else if (item_is_inline (fi))
				content_append (out, pos, lim - pos, (guint8) fi->fill);
			else
				content_append (out, pos, lim - pos, 0);
		} else {
			lim = MIN (lim, next_item);
			content_append (out, pos, lim - pos, 0);
		}
		pos = lim;
	}
}

GArray *
extsim_fs_read (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len, GError **error)
{
	const inode_item *inode;
	guint64 end;
	GArray *out;

	g_return_val_if_fail (fs != NULL, NULL);
	if (!check_inode (fs, ino, FALSE, error) || !check_range (offset, len, RANGE_RW, "read", error))
		return NULL;
	inode = inode_lookup (fs, ino);
	end = len == 0 ? inode->size : MIN (inode->size, offset + len);
	out = g_array_new (FALSE, TRUE, sizeof (extsim_content_run));
	if (offset < end)
		content_runs (fs, ino, offset, end, out);
	return out;
}

gchar *
extsim_fs_md5 (const extsim_fs *fs, extsim_ino ino, GError **error)
{
	enum { BUF = 64 * 1024 };
	g_autoptr (GArray) runs = extsim_fs_read (fs, ino, 0, 0, error);
	g_autoptr (GChecksum) sum = NULL;
	guint8 *buf;

	if (!runs)
		return NULL;
	sum = g_checksum_new (G_CHECKSUM_MD5);
	buf = g_malloc (BUF);
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *run = &g_array_index (runs, extsim_content_run, i);

		memset (buf, run->fill, BUF);
		for (guint64 left = run->len; left;) {
			gsize n = (gsize) MIN (left, (guint64) BUF);

			g_checksum_update (sum, buf, (gssize) n);
			left -= n;
		}
	}
	g_free (buf);
	return g_strdup (g_checksum_get_string (sum));
}
