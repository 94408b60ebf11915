/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: subvolumes and snapshots (create_snapshot,
 * create_pending_snapshot; btrfs-semantics.md 4, "the snapshot analogue")
 *
 *   1. the policy prepares (4.19+, 8ecebf4d: write back every dirty page of
 *      the subvolume while its extents are still exclusively ours, so
 *      NORESERVE pages go NOCOW; pre-4.19: nothing)
 *   2. in the commit at transid T: the snapshot gets a copy of every inode
 *      (as on disk: dirty pages stay with the source) and every file extent
 *      item; each item's extent gains the reference (snapshot, ino, origin)
 *   3. both subvolumes' last_snapshot = T: from now on every extent of
 *      generation <= T counts as shared for NOCOW (check_committed_ref)
 *   4. the commit ends, transid = T + 1
 *
 * The kernel shares tree blocks instead of adding data references one by
 * one; the NOCOW tests and fiemap see the same thing either way.
 *
 * A new empty subvolume (create_subvol) is made in the running
 * transaction, not committed (since Linux 6.5, 1b53e51a4a8f): its root
 * item's generation is that transaction until a commit, and an fsync of a
 * file in it commits (btrfs_log_inode_parent: BTRFS_LOG_FORCE_COMMIT, the
 * root is not on disk yet; fs.c do_fsync).  A snapshot commits anyway.
 */
#include "fs-private.h"

gboolean
extsim_fs_subvolume_create (extsim_fs *fs, guint64 *out_root, GError **error)
{
	root_item r = { .next_ino = EXTSIM_FIRST_FREE_OBJECTID + 1 };
	guint64 id;

	g_return_val_if_fail (fs != NULL && out_root != NULL, FALSE);
	(void) error;
	step_begin (fs);
	id = fs->next_subvol++;
	pmap_insert (&fs->roots, &id, &r);
	/* create_subvol: the root item's generation is the running
	 * transaction, which is not committed (1b53e51a4a8f, Linux 6.5) */
	if (fs->new_subvol_trans != fs->transid) {
		fs->new_subvol_trans = fs->transid;
		fs->new_subvol_first = id;
	}
	*out_root = id;
	step_end (fs);
	return TRUE;
}

typedef struct {
	guint64 key[3];
	file_item fi;
} item_copy;

static void
copy_subvolume (extsim_fs *fs, guint64 src, guint64 dst)
{
	g_autoptr (GArray) inodes = g_array_new (FALSE, FALSE, sizeof (guint64) * 2 + sizeof (inode_item));
	g_autoptr (scratch_array) items = scratch_array_new (sizeof (item_copy));
	guint64 key[3] = { src, 0, 0 };
	const pnode *n;

	for (n = pmap_ge (&fs->inodes, key); n && pnode_key (n)[0] == src; n = pmap_gt (&fs->inodes, pnode_key (n))) {
		struct {
			guint64 key[2];
			inode_item v;
		} c = { { dst, pnode_key (n)[1] }, *(const inode_item *) pnode_value (&fs->inodes, n) };

		c.v.size = c.v.disk_size;
		c.v.wb_error = 0;
		c.v.wb_index = 0;
		c.v.delalloc_prev = c.v.delalloc_next = 0; /* no dirty page: on no list */
		c.v.synced_after_loss = FALSE;
		/* read from the snapshot when first used: nothing in memory, a
		 * full fsync if last updated in this commit */
		c.v.runtime = inode_updated_in_trans (fs, (extsim_ino) { src, pnode_key (n)[1] })
				      ? INODE_NEEDS_FULL_SYNC
				      : 0;
		g_array_append_val (inodes, c);
	}
	for (n = pmap_ge (&fs->items, key); n && pnode_key (n)[0] == src; n = pmap_gt (&fs->items, pnode_key (n))) {
		item_copy c = { { dst, pnode_key (n)[1], pnode_key (n)[2] },
				*(const file_item *) pnode_value (&fs->items, n) };

		g_array_append_val (items, c);
	}
	for (guint i = 0; i < inodes->len; i++) {
		const guint64 *k = (const guint64 *) (inodes->data + i * g_array_get_element_size (inodes));

		pmap_insert (&fs->inodes, k, k + 2);
	}
	for (guint i = 0; i < items->len; i++) {
		const item_copy *c = &g_array_index (items, item_copy, i);

		item_insert (fs, (extsim_ino) { c->key[0], c->key[1] }, c->key[2], &c->fi);
	}
	if (items->len)
		emit (fs, EXTSIM_EVENT_REF_ADDED, EXTSIM_REASON_SNAPSHOT, (extsim_ino) { dst, 0 }, 0, 0, 0, items->len);
}

gboolean
extsim_fs_snapshot (extsim_fs *fs, guint64 root, gboolean readonly, guint64 *out_root, GError **error)
{
	root_item copy, *src;
	guint64 id;
	gboolean ok;

	g_return_val_if_fail (fs != NULL && out_root != NULL, FALSE);
	if (!root_lookup (fs, root))
		return set_error (error, EXTSIM_ERROR_NOENT, "no subvolume %" G_GUINT64_FORMAT, root);
	step_begin (fs);
	fs->preparing = EXTSIM_REASON_SNAPSHOT;
	emit (fs, EXTSIM_EVENT_PREPARE, EXTSIM_REASON_SNAPSHOT, (extsim_ino) { root, 0 }, 0, 0, 0, 1);
	ok = fs->policy->snapshot_prepare (fs, root, error);
	fs->preparing = EXTSIM_REASON_NONE;
	if (ok) {
		/* btrfs_mksnapshot: btrfs_wait_ordered_extents of the root,
		 * after whatever flush the policy did */
		ordered_wait_root (fs, root);
		id = fs->next_subvol++;
		src = pmap_lookup_mut (&fs->roots, &root);
		src->last_snapshot = fs->transid;
		copy = *src;
		copy.flags = readonly ? ROOT_READONLY : 0;
		copy.delalloc_prev_root = copy.delalloc_next_root = 0;
		copy.delalloc_first = copy.delalloc_last = 0;
		pmap_insert (&fs->roots, &id, &copy);
		copy_subvolume (fs, root, id);
		transaction_commit (fs);
		*out_root = id;
	}
	step_end (fs);
	return ok;
}
