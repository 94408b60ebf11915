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
 *
 * The NOCOW check (btrfs_cross_ref_exist) sees more references than there
 * are now: check_committed_ref reads the extent tree, which the delayed
 * refs of the running transaction only reach at its commit, and
 * check_delayed_ref calls the extent shared when a pending ref of another
 * (root, ino, origin) is queued, whether it adds or drops.  So a reference
 * dropped in the running transaction still counts until the commit:
 *
 *   trans_refs (bytenr, root, ino, origin) = the delayed ref nodes of that
 *   tuple since the last commit; shared if a tuple other than ours is
 *   referenced now or has a node with a count other than 0
 *
 * Nodes of one tuple merge (an add and a drop cancel) unless a backref walk
 * came between them: each ref is queued with the tree mod log sequence
 * number of its time, and refs of different numbers stay apart
 * (insert_delayed_ref, comp_refs).  fiemap walks backrefs for SHARED
 * (btrfs_is_data_extent_shared takes a new number while a transaction
 * runs), so a clone, a fiemap and an unlink of the clone leave the extent
 * shared until the commit, where without the fiemap it is not.  Each entry
 * keeps the count of its node of the current epoch (ref_epoch, bumped by
 * such a walk) and whether an older node with a count remains (sealed).
 *
 * A COW write of a writeback pass drops the references of the items it
 * replaces only when its ordered extent completes, after the pass: until
 * the pass ends those references count as well (inflight_drops), which
 * matters for an extent made in the running transaction, whose add and
 * drop would otherwise cancel.  fiemap's sharedness (backref walking)
 * merges the delayed refs in: it sees the references of now.
 *
 * Cost.  An extent made in the running transaction has no committed
 * references: its tuples' net counts are its counts now, so trans_refs
 * keeps nothing for it (a file written once would otherwise cost an entry
 * per extent until the commit).  What it needs is only whether a tuple
 * that goes to 0 had its node sealed by a walk since it was referenced:
 * the backref item keeps the epoch of its first reference, and a tuple
 * dropped to 0 under a later epoch gets a sealed trans_refs entry.
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
 * reserved -> used (the delayed ref runs).  c is left at it, for the
 * backref_inc_at of its first item. */
void
extent_insert (extsim_fs *fs, pmap_cursor *c, guint64 bytenr, guint64 num_bytes)
{
	extent_item e = { num_bytes, fs->transid, 0 };
	gboolean added;

	pmap_cursor_clear (c);
	pmap_insert_new_at (&fs->extents, c, &bytenr, &e, &added);
	g_assert (added);
	update_bytes_reserved (fs, -(gint64) num_bytes);
	update_bytes_used (fs, (gint64) num_bytes);
}

const extent_item *
extent_lookup (const extsim_fs *fs, guint64 bytenr)
{
	return pmap_lookup (&fs->extents, &bytenr);
}

/* A delayed ref queued: it merges into the tuple's node of the current
 * epoch; a node of an older epoch with a count stays (sealed).  An entry
 * with no node left goes. */
static void
delayed_ref_add (extsim_fs *fs, const guint64 *key, gint64 mod)
{
	trans_ref fresh = { 0, fs->ref_epoch, 0 };
	gboolean added;
	pmap_cursor c;
	trans_ref *r;

	pmap_cursor_clear (&c);
	r = pmap_insert_new_at (&fs->trans_refs, &c, key, &fresh, &added);

	if (r->epoch != fs->ref_epoch) {
		r->sealed |= r->net != 0;
		r->net = 0;
		r->epoch = fs->ref_epoch;
	}
	r->net += mod;
	if (r->net == 0 && !r->sealed)
		pmap_remove_at (&fs->trans_refs, &c, key, NULL);
}

void
delayed_refs_run (extsim_fs *fs)
{
	if (fs->trans_refs.count)
		pmap_clear (&fs->trans_refs);
	fs->ref_epoch = 0;
}

/* A transaction runs when something changed since the commit (no
 * delayed refs queued otherwise): the files updated in it. */
void
delayed_refs_new_seq (extsim_fs *fs)
{
	if (fs->trans_refs.count || fs->trans_updated.count)
		fs->ref_epoch++;
}

static gboolean
made_in_running_trans (const extsim_fs *fs, const extent_item *e)
{
	return e->generation == fs->transid;
}

/* n more counts of one back reference: what n items of the extent with
 * that origin add one by one (a delayed ref's count only sums them).  The
 * extent item is found from c (pmap.h). */
void
backref_inc_at (extsim_fs *fs, pmap_cursor *c, guint64 bytenr, guint64 root, guint64 ino, guint64 origin, guint n)
{
	guint64 key[4];
	backref_item *b;
	gboolean added;
	extent_item *e = pmap_lookup_mut_at (&fs->extents, c, &bytenr);

	g_assert (e != NULL && n > 0);
	e->refs += n;
	backref_key (bytenr, root, ino, origin, key);
	b = pmap_insert_new (&fs->backrefs, key, &(backref_item) { n, (guint32) fs->ref_epoch }, &added);
	if (!added)
		b->count += n;
	if (!made_in_running_trans (fs, e))
		delayed_ref_add (fs, key, n);
}

void
backref_inc (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin, guint n)
{
	pmap_cursor c;

	pmap_cursor_clear (&c);
	backref_inc_at (fs, &c, bytenr, root, ino, origin, n);
}

/* How the commit frees an extent whose last reference is gone: its
 * delayed ref head runs its ref nodes, an insert and a drop, through
 * btrfs_update_block_group (FALSE), unless the extent was made in the
 * running transaction and every add cancelled a drop (no sealed
 * trans_refs entry: no backref walk kept them apart), where
 * cleanup_ref_head only pins it (btrfs_pin_extent, TRUE). */
static gboolean
head_only_pins (const extsim_fs *fs, guint64 bytenr, const extent_item *e)
{
	guint64 key[4];
	const pnode *n;

	if (!made_in_running_trans (fs, e))
		return FALSE;
	backref_key (bytenr, 0, 0, 0, key);
	n = pmap_ge (&fs->trans_refs, key);
	return !n || pnode_key (n)[0] != bytenr;
}

/* c: where backref_dec found the extent */
static void
extent_free (extsim_fs *fs, pmap_cursor *c, guint64 bytenr)
{
	extent_item e;

	pmap_remove_at (&fs->extents, c, &bytenr, &e);
	disk_discard (fs, bytenr, e.num_bytes);
	pin_extent (fs, bytenr, e.num_bytes, head_only_pins (fs, bytenr, &e));
	emit (fs, EXTSIM_EVENT_EXTENT_FREED, EXTSIM_REASON_LAST_REF, (extsim_ino) { 0, 0 }, 0, e.num_bytes,
	      bytenr, 1);
}

/* btrfs_free_reserved_extent: an allocation whose ordered extent inserted
 * no item (truncated_len 0, ordered.c) goes back to the free space at
 * once.  No delayed ref was ever queued for it (the model's one reference,
 * its item from the writeback, stands for the one the finish would have
 * added), so none is dropped either. */
void
extent_free_reserved (extsim_fs *fs, guint64 bytenr, extsim_ino ino, guint64 origin)
{
	guint64 key[4];
	extent_item e;
	backref_item b;

	backref_key (bytenr, ino.root, ino.ino, origin, key);
	pmap_remove (&fs->backrefs, key, &b);
	pmap_remove (&fs->extents, &bytenr, &e);
	g_assert (b.count == 1 && e.refs == 1);
	disk_discard (fs, bytenr, e.num_bytes);
	bg_free_reserved (fs, bytenr, e.num_bytes);
	free_space_add (fs, bytenr, e.num_bytes);
	update_bytes_used (fs, -(gint64) e.num_bytes); /* reserved, in the kernel */
	fs->si_max_extent_size = 0;
	emit (fs, EXTSIM_EVENT_EXTENT_FREED, EXTSIM_REASON_ORDERED_TRUNCATED, ino, origin, e.num_bytes, bytenr, 1);
}

void
backref_dec (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	guint64 key[4];
	pmap_cursor ce, cb;
	backref_item *b;
	extent_item *e;

	pmap_cursor_clear (&ce);
	e = pmap_lookup_mut_at (&fs->extents, &ce, &bytenr);
	g_assert (e != NULL && e->refs > 0);
	backref_key (bytenr, root, ino, origin, key);
	pmap_cursor_clear (&cb);
	b = pmap_lookup_mut_at (&fs->backrefs, &cb, key);
	g_assert (b != NULL && b->count > 0);
	if (ordered_defer_drop (fs, bytenr, root, ino, origin))
		return; /* when its ordered extent finishes (ordered.c) */
	if (!made_in_running_trans (fs, e))
		delayed_ref_add (fs, key, -1);
	else if (b->count == 1 && b->epoch != fs->ref_epoch)
		pmap_insert (&fs->trans_refs, key, &(trans_ref) { 0, fs->ref_epoch, 1 }); /* sealed */
	if (--b->count == 0)
		pmap_remove_at (&fs->backrefs, &cb, key, NULL);
	if (fs->pass_depth) {
		if (!fs->inflight_drops) /* made at the first drop: most passes drop nothing */
			fs->inflight_drops = g_array_new (FALSE, FALSE, sizeof (guint64));
		g_array_append_vals (fs->inflight_drops, key, 4);
	}
	if (--e->refs == 0)
		extent_free (fs, &ce, bytenr);
}

void
writeback_pass_begin (extsim_fs *fs)
{
	fs->pass_depth++;
}

void
writeback_pass_end (extsim_fs *fs)
{
	g_assert (fs->pass_depth > 0);
	if (--fs->pass_depth == 0)
		g_clear_pointer (&fs->inflight_drops, g_array_unref);
}

/* Is key (bytenr, root', ino', origin') another tuple than (root, ino, origin)? */
static gboolean
other_than (const guint64 *k, guint64 root, guint64 ino, guint64 origin)
{
	return k[1] != root || k[2] != ino || k[3] != origin;
}

/* A tuple of bytenr's other than (root, ino, origin) in the keys from n on. */
static gboolean
other_tuple (const pmap *m, const pnode *n, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	for (; n && pnode_key (n)[0] == bytenr; n = pmap_next (m, n)) {
		if (other_than (pnode_key (n), root, ino, origin))
			return TRUE;
	}
	return FALSE;
}

/* btrfs_cross_ref_exist (check_committed_ref, check_delayed_ref): the
 * extent is exclusively ours only if every reference is this very (root,
 * ino, origin): now, in the running transaction's delayed refs, and among
 * the references the pass's COW writes have dropped. */
gboolean
extent_cross_ref_exists (const extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin)
{
	guint64 key[4];

	backref_key (bytenr, 0, 0, 0, key);
	if (other_tuple (&fs->backrefs, pmap_ge (&fs->backrefs, key), bytenr, root, ino, origin) ||
	    other_tuple (&fs->trans_refs, pmap_ge (&fs->trans_refs, key), bytenr, root, ino, origin))
		return TRUE;
	for (guint i = 0; fs->inflight_drops && i < fs->inflight_drops->len; i += 4) {
		const guint64 *k = &g_array_index (fs->inflight_drops, guint64, i);

		if (k[0] == bytenr && other_than (k, root, ino, origin))
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
