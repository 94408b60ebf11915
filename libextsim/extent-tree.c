/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: data extents and their back references
 * (btrfs-semantics.md 3.1)
 *
 * A data extent is one EXTENT_ITEM (bytenr, num_bytes, generation, refs)
 * and a set of EXTENT_DATA_REFs keyed (root, inode, origin), each with a
 * count.  origin is the file offset at which the whole extent would start
 * for the referencing item: item key offset - item extent offset.  So all
 * items of one file that came from the same write share one ref and bump
 * its count; a reflink to another offset, another file or another
 * subvolume adds a new ref.
 *
 *   item inserted pointing into the extent:  count(root, ino, origin) += 1, refs += 1
 *   item deleted:                            count -= 1, refs -= 1
 *   refs reaches 0:                          used -= num_bytes, pinned += num_bytes
 *
 * References are always on the *whole* extent: cloning 4 KiB of a 64 MiB
 * extent makes all 64 MiB shared, for every NOCOW check and for fiemap.
 * That is the whole story of the case in DESIGN.md section 1.
 */
#include "fs-private.h"

static void
backref_key (guint64 bytenr, guint64 root, guint64 ino, guint64 origin, guint64 *key)
{
	key[0] = bytenr;
	key[1] = root;
	key[2] = ino;
	key[3] = origin;
}

/* The extent item goes in when the allocation is turned into an extent:
 * reserved -> used (the delayed ref runs). */
void
extent_insert (extsim_fs *fs, guint64 bytenr, guint64 num_bytes)
{
	extent_item e = { num_bytes, fs->transid, 0 };
	gboolean added;

	pmap_insert_new (&fs->extents, &bytenr, &e, &added);
	g_assert (added);
	update_bytes_reserved (fs, -(gint64) num_bytes);
	update_bytes_used (fs, (gint64) num_bytes);
}

const extent_item *
extent_lookup (const extsim_fs *fs, guint64 bytenr)
{
	return pmap_lookup (&fs->extents, &bytenr);
}

void
backref_inc (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	guint64 key[4];
	backref_item *b;
	gboolean added;
	extent_item *e = pmap_lookup_mut (&fs->extents, &bytenr);

	g_assert (e != NULL);
	e->refs++;
	backref_key (bytenr, root, ino, origin, key);
	b = pmap_insert_new (&fs->backrefs, key, &(backref_item) { 1 }, &added);
	if (!added)
		b->count++;
}

static void
extent_free (extsim_fs *fs, guint64 bytenr)
{
	extent_item e;

	pmap_remove (&fs->extents, &bytenr, &e);
	disk_discard (fs, bytenr, e.num_bytes);
	pin_extent (fs, bytenr, e.num_bytes);
	emit (fs, EXTSIM_EVENT_EXTENT_FREED, EXTSIM_REASON_LAST_REF, (extsim_ino) { 0, 0 }, 0, e.num_bytes,
	      bytenr, 1);
}

void
backref_dec (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	guint64 key[4];
	backref_item *b;
	extent_item *e = pmap_lookup_mut (&fs->extents, &bytenr);

	g_assert (e != NULL && e->refs > 0);
	backref_key (bytenr, root, ino, origin, key);
	b = pmap_lookup_mut (&fs->backrefs, key);
	g_assert (b != NULL && b->count > 0);
	if (--b->count == 0)
		pmap_remove (&fs->backrefs, key, NULL);
	if (--e->refs == 0)
		extent_free (fs, bytenr);
}

/* btrfs_cross_ref_exist / check_committed_ref: the extent is exclusively
 * ours only if every reference is this very (root, ino, origin). */
gboolean
extent_cross_ref_exists (const extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	guint64 key[4];
	const pnode *n;

	backref_key (bytenr, 0, 0, 0, key);
	for (n = pmap_ge (&fs->backrefs, key); n && pnode_key (n)[0] == bytenr;
	     n = pmap_next (&fs->backrefs, n)) {
		const guint64 *k = pnode_key (n);

		if (k[1] != root || k[2] != ino || k[3] != origin)
			return TRUE;
	}
	return FALSE;
}

guint
extent_distinct_refs (const extsim_fs *fs, guint64 bytenr)
{
	guint64 key[4];
	guint count = 0;

	backref_key (bytenr, 0, 0, 0, key);
	for (const pnode *n = pmap_ge (&fs->backrefs, key); n && pnode_key (n)[0] == bytenr;
	     n = pmap_next (&fs->backrefs, n))
		count++;
	return count;
}

GArray *
extsim_fs_extents (const extsim_fs *fs)
{
	GArray *out = g_array_new (FALSE, TRUE, sizeof (extsim_extent));

	g_return_val_if_fail (fs != NULL, out);
	for (const pnode *n = pmap_first (&fs->extents); n; n = pmap_next (&fs->extents, n)) {
		const extent_item *e = pnode_value (&fs->extents, n);
		extsim_extent x = { pnode_key (n)[0], e->num_bytes, e->generation, e->refs, 0 };

		x.n_backrefs = extent_distinct_refs (fs, x.bytenr);
		g_array_append_val (out, x);
	}
	return out;
}

GArray *
extsim_fs_extent_backrefs (const extsim_fs *fs, guint64 bytenr, GError **error)
{
	guint64 key[4];
	GArray *out;

	g_return_val_if_fail (fs != NULL, NULL);
	if (!extent_lookup (fs, bytenr)) {
		set_error (error, EXTSIM_ERROR_NOENT, "no extent at bytenr %" G_GUINT64_FORMAT, bytenr);
		return NULL;
	}
	out = g_array_new (FALSE, TRUE, sizeof (extsim_backref));
	backref_key (bytenr, 0, 0, 0, key);
	for (const pnode *n = pmap_ge (&fs->backrefs, key); n && pnode_key (n)[0] == bytenr;
	     n = pmap_next (&fs->backrefs, n)) {
		const guint64 *k = pnode_key (n);
		extsim_backref b = { k[1], k[2], k[3], ((const backref_item *) pnode_value (&fs->backrefs, n))->count };

		g_array_append_val (out, b);
	}
	return out;
}
