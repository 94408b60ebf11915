/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: what a power loss leaves
 *
 * btrfs writes its trees only at a transaction commit; the superblock
 * names the last one.  An fsync does not commit (unless it must, fs.c):
 * it copies what changed of the file since the commit into the log tree
 * and writes that (btrfs_log_inode, btrfs_sync_log).  After a power loss
 * the mount finds the last commit's trees and replays the log into them
 * (btrfs_recover_log_trees), then commits.  Data written to disk since
 * the commit is on the disk, but only what the trees (or the log) point
 * at is ever read.
 *
 * A filesystem made with the power_loss option keeps, as a frozen copy
 * (fs_snap, shared by counting; the maps share their nodes with the live
 * state until it changes them):
 *
 *   committed   the whole state at the end of the last commit
 *   log         per file an fsync logged since: the state at the last
 *               fsync that logged it
 *
 * and extsim_fs_power_loss builds the mounted state from them:
 *
 *   1. the committed copy, whose memory is lost: ordered extents finish
 *      (the model inserts their items at writeback already), then every
 *      page goes, dirty or not, with its reservation;
 *   2. each logged file replays as it was at its fsync: its items are
 *      taken out, the logged ones put in, each taking a reference on its
 *      extent (an extent made since the commit is allocated where it
 *      lies: btrfs_alloc_logged_file_extent), then the old references
 *      drop, so an extent both name never frees on the way; its size and
 *      flags are the logged inode's (replay_one_buffer truncates to the
 *      logged size, then replays the logged extents, prealloc past it
 *      included);
 *   3. the disk holds what was last written: for an extent the live
 *      state still has, its blocks as they are now (a NOCOW write went
 *      to disk in place); for one freed since, as the copy that still had
 *      it (the committed one, or the log's) kept it (a freed extent stays
 *      pinned until the commit, so nothing wrote there);
 *   4. the mount (mount_again): the running transaction commits, memory
 *      starts empty.
 *
 * The result is the intended meaning of fsync: a logged file reads as at
 * its last fsync, the others as at the last commit.  What btrfs's log
 * does differently on the way (fast and full fsync log different items,
 * to the same effect) is not modelled; names are the script's
 * (script-run-log.c).  The cost is a walk of the extents of the mounted state
 * (step 3) and of the inodes (step 4, as any mount): a power loss is as
 * rare as a mount.
 */
#include "fs-private.h"

struct fs_snap {
	gint refs;
	extsim_fs *fs; /* never changed: no power loss state of its own */
	guint64 hash;
	gint hashed;
};

static fs_snap *
snap_ref (fs_snap *s)
{
	g_atomic_int_inc (&s->refs);
	return s;
}

static void
snap_unref (fs_snap *s)
{
	if (s && g_atomic_int_dec_and_test (&s->refs)) {
		extsim_fs_free (s->fs);
		g_free (s);
	}
}

static fs_snap *
snap_take (const extsim_fs *fs)
{
	fs_snap *s = g_new0 (fs_snap, 1);

	s->refs = 1;
	s->fs = fs_freeze (fs);
	return s;
}

/* read by the explorer's threads: computed once, any thread may */
static guint64
snap_hash (fs_snap *s)
{
	if (!g_atomic_int_get (&s->hashed)) {
		s->hash = extsim_fs_hash (s->fs);
		g_atomic_int_set (&s->hashed, 1);
	}
	return s->hash;
}

static void
log_clear (extsim_fs *fs)
{
	if (!fs->log)
		return;
	for (guint i = 0; i < fs->log->len; i++)
		snap_unref (g_array_index (fs->log, log_entry, i).at);
	g_clear_pointer (&fs->log, g_array_unref);
}

void
power_clear (extsim_fs *fs)
{
	log_clear (fs);
	g_clear_pointer (&fs->committed, snap_unref);
}

void
power_copy (extsim_fs *c)
{
	GArray *from = c->log;

	if (c->committed)
		snap_ref (c->committed);
	c->log = NULL;
	if (!from)
		return;
	c->log = g_array_sized_new (FALSE, FALSE, sizeof (log_entry), from->len);
	g_array_append_vals (c->log, from->data, from->len);
	for (guint i = 0; i < c->log->len; i++)
		snap_ref (g_array_index (c->log, log_entry, i).at);
}

void
power_commit (extsim_fs *fs)
{
	if (!fs->power_loss)
		return;
	power_clear (fs);
	fs->committed = snap_take (fs);
}

static log_entry *
log_find (const extsim_fs *fs, extsim_ino ino)
{
	if (!fs->log)
		return NULL;
	for (guint i = 0; i < fs->log->len; i++) {
		log_entry *e = &g_array_index (fs->log, log_entry, i);

		if (e->ino.root == ino.root && e->ino.ino == ino.ino)
			return e;
	}
	return NULL;
}

/* ino's entry, made or replaced: the state as it is now */
static log_entry *
log_take (extsim_fs *fs, extsim_ino ino)
{
	log_entry *e = log_find (fs, ino);

	if (!e) {
		if (!fs->log)
			fs->log = g_array_new (FALSE, FALSE, sizeof (log_entry));
		g_array_append_val (fs->log, ((log_entry) { ino, 0, NULL, FALSE }));
		e = &g_array_index (fs->log, log_entry, fs->log->len - 1);
	}
	snap_unref (e->at);
	e->at = snap_take (fs);
	e->step = fs->step;
	e->exists_only = FALSE;
	return e;
}

void
power_log (extsim_fs *fs, extsim_ino ino)
{
	if (fs->power_loss)
		log_take (fs, ino);
}

gboolean
extsim_fs_log_exists (extsim_fs *fs, extsim_ino ino, GError **error)
{
	g_return_val_if_fail (fs != NULL, FALSE);
	if (!check_inode (fs, ino, FALSE, error))
		return FALSE;
	if (!fs->power_loss || log_find (fs, ino))
		return TRUE; /* nothing kept, or its fsync's log stands */
	step_begin (fs);
	log_take (fs, ino)->exists_only = TRUE;
	step_end (fs);
	return TRUE;
}

guint64
power_hash (const extsim_fs *fs)
{
	guint64 h = fs->committed ? snap_hash (fs->committed) : 0;

	/* the log's order is the order files were first logged in: a
	 * commutative sum, so the same files logged apart hash alike */
	for (guint i = 0; fs->log && i < fs->log->len; i++) {
		const log_entry *e = &g_array_index (fs->log, log_entry, i);
		guint64 w = (e->ino.root * 0x9e3779b97f4a7c15ull) ^ (e->ino.ino * 0xc2b2ae3d27d4eb4full) ^ snap_hash (e->at) ^
			    (e->exists_only ? 0x5851f42d4c957f2dull : 0);

		h += w * 0xff51afd7ed558ccdull + (w >> 29);
	}
	return h;
}

guint64
extsim_fs_logged_step (const extsim_fs *fs, extsim_ino ino)
{
	const log_entry *e;

	g_return_val_if_fail (fs != NULL, 0);
	e = log_find (fs, ino);
	return e && !e->exists_only ? e->step : 0;
}

/* ---- the mount after the power loss ---- */

/* The inodes of a map keyed (root, ino, ...), each once */
static void
inos_of (const pmap *m, GArray *out)
{
	const guint64 *last = NULL;

	for (const pnode *p = pmap_first (m); p; p = pmap_next (m, p)) {
		const guint64 *k = pnode_key (p);

		if (!last || k[0] != last[0] || k[1] != last[1])
			g_array_append_val (out, ((extsim_ino) { k[0], k[1] }));
		last = k;
	}
}

/* 1: the committed state with nothing in memory */
static extsim_fs *
crash_image (const extsim_fs *fs)
{
	extsim_fs *n = extsim_fs_clone (fs->committed->fs);
	g_autoptr (scratch_array) inos = scratch_array_new (sizeof (extsim_ino));

	n->trace = NULL;
	n->check_every_step = FALSE;
	step_begin (n);
	ordered_wait_root (n, 0);
	inos_of (&n->dirty, inos);
	for (guint i = 0; i < inos->len; i++)
		drop_page_cache (n, g_array_index (inos, extsim_ino, i), 0, G_MAXUINT64);
	return n;
}

/* btrfs_alloc_logged_file_extent: an extent made since the commit, at the
 * address the log names (free in the committed state: it was free then,
 * and what was freed before it stayed pinned until then) */
static void
alloc_logged_extent (extsim_fs *n, guint64 bytenr, guint64 num_bytes)
{
	pmap_cursor c;

	free_space_take (n, bytenr, num_bytes);
	bg_account (n, bytenr, num_bytes, bg_size_class (num_bytes));
	update_bytes_reserved (n, (gint64) num_bytes);
	extent_insert (n, &c, bytenr, num_bytes);
}

typedef struct {
	guint64 start;
	file_item fi;
} item_at_start;

static void
inode_items (const extsim_fs *fs, extsim_ino ino, GArray *out)
{
	rmap r = items_of_c (fs, ino);

	for (const pnode *p = rm_first (&r); p; p = rm_next (&r, p)) {
		item_at_start it = { rm_start (p, &r), *(const file_item *) pnode_value (r.m, p) };

		g_array_append_val (out, it);
	}
}

/* A file the commit did not have, made by the replay: empty, @flags */
static void
inode_replayed_new (extsim_fs *n, extsim_ino ino, guint32 flags)
{
	const guint64 key[2] = { ino.root, ino.ino };
	inode_item fresh = { 0 };
	root_item *r = pmap_lookup_mut (&n->roots, &ino.root);

	fresh.flags = flags;
	pmap_insert (&n->inodes, key, &fresh);
	r->next_ino = MAX (r->next_ino, ino.ino + 1);
}

/* 2: ino as the fsync logged it in @at */
static void
replay_inode (extsim_fs *n, const extsim_fs *at, extsim_ino ino)
{
	const inode_item *logged = inode_lookup (at, ino);
	g_autoptr (scratch_array) old = scratch_array_new (sizeof (item_at_start));
	g_autoptr (scratch_array) now = scratch_array_new (sizeof (item_at_start));
	inode_item *inode;

	g_assert (logged != NULL && root_lookup (n, ino.root) != NULL);
	if (!inode_lookup (n, ino))
		inode_replayed_new (n, ino, 0);
	inode_items (n, ino, old);
	inode_items (at, ino, now);
	for (guint i = 0; i < old->len; i++) {
		const item_at_start *it = &g_array_index (old, item_at_start, i);
		const guint64 k[3] = { ino.root, ino.ino, it->start };

		pmap_remove (&n->items, k, NULL);
	}
	for (guint i = 0; i < now->len; i++) {
		const item_at_start *it = &g_array_index (now, item_at_start, i);
		const file_item *fi = &it->fi;

		if (!item_is_inline (fi) && !extent_lookup (n, fi->disk_bytenr))
			alloc_logged_extent (n, fi->disk_bytenr, fi->disk_num_bytes);
		item_insert (n, ino, it->start, fi);
	}
	for (guint i = 0; i < old->len; i++) {
		const item_at_start *it = &g_array_index (old, item_at_start, i);

		if (!item_is_inline (&it->fi))
			backref_dec (n, it->fi.disk_bytenr, ino.root, ino.ino, item_origin (it->start, &it->fi));
	}
	inode = inode_lookup_mut (n, ino);
	inode->size = logged->size;
	inode->disk_size = logged->size;
	inode->flags = logged->flags;
	inode_touch (n, ino);
}

/* 2: ino as a name logged without its data left it: a file the commit
 * has stays as it is; one made since is there empty (LOG_INODE_EXISTS:
 * logged_inode_size finds no size in the log, so 0) */
static void
replay_exists (extsim_fs *n, const extsim_fs *at, extsim_ino ino)
{
	const inode_item *logged = inode_lookup (at, ino);

	g_assert (logged != NULL && root_lookup (n, ino.root) != NULL);
	if (inode_lookup (n, ino))
		return;
	inode_replayed_new (n, ino, logged->flags);
	inode_touch (n, ino);
}

/* 3: where the blocks of an extent of n were last written */
static const extsim_fs *
blocks_from (const extsim_fs *fs, guint64 bytenr, guint64 num_bytes)
{
	const extent_item *e = extent_lookup (fs, bytenr);

	if (e && e->num_bytes == num_bytes)
		return fs; /* the live state has it: as it is now */
	/* freed since: the last frozen copy that had it */
	for (guint i = fs->log ? fs->log->len : 0; i-- > 0;) {
		const extsim_fs *at = g_array_index (fs->log, log_entry, i).at->fs;

		e = extent_lookup (at, bytenr);
		if (e && e->num_bytes == num_bytes)
			return at;
	}
	return NULL; /* the committed copy's, which n holds already */
}

static void
settle_disk (extsim_fs *n, const extsim_fs *fs)
{
	for (const pnode *p = pmap_first (&n->extents); p; p = pmap_next (&n->extents, p)) {
		guint64 bytenr = pnode_key (p)[0];
		guint64 num_bytes = ((const extent_item *) pnode_value (&n->extents, p))->num_bytes;
		const extsim_fs *from = blocks_from (fs, bytenr, num_bytes);

		if (from)
			disk_copy (n, from, bytenr, num_bytes);
	}
}

/* The lost ranges are what the run lost before (an observation, kept),
 * but only of files that are still there. */
static void
keep_lost (extsim_fs *n, const extsim_fs *fs)
{
	g_autoptr (scratch_array) gone = scratch_array_new (sizeof (extsim_ino));

	pmap_clear (&n->lost);
	pmap_copy (&n->lost, &fs->lost);
	inos_of (&n->lost, gone);
	for (guint i = 0; i < gone->len; i++) {
		extsim_ino ino = g_array_index (gone, extsim_ino, i);
		rmap r = lost_of (n, ino);

		if (!inode_lookup (n, ino))
			rm_remove (&r, 0, G_MAXUINT64, NULL, NULL);
	}
}

gboolean
extsim_fs_power_loss (extsim_fs *fs, GError **error)
{
	extsim_fs *n, old;

	g_return_val_if_fail (fs != NULL, FALSE);
	if (!fs->power_loss)
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "power loss: the filesystem keeps no state of its last commit (make it with the power_loss option)");
	step_begin (fs);
	n = crash_image (fs);
	for (guint i = 0; fs->log && i < fs->log->len; i++) {
		const log_entry *e = &g_array_index (fs->log, log_entry, i);

		if (e->exists_only)
			replay_exists (n, e->at->fs, e->ino);
		else
			replay_inode (n, e->at->fs, e->ino);
	}
	settle_disk (n, fs);
	keep_lost (n, fs);
	mount_again (n);
	step_end (n);

	/* n's state, fs's settings and observations */
	old = *fs;
	*fs = *n;
	fs->policy = old.policy;
	fs->check_every_step = old.check_every_step;
	fs->stats = old.stats;
	fs->stats.commits++; /* the mount's */
	fs->step = old.step;
	fs->depth = old.depth;
	fs->violations = old.violations;
	fs->active = old.active;
	fs->trace = old.trace;
	fs->trace_data = old.trace_data;
	fs->power_loss = TRUE;
	fs->committed = NULL;
	fs->log = NULL;
	obj_free (n, sizeof *n);
	power_clear (&old);
	fs_clear_maps (&old);
	power_commit (fs);
	emit (fs, EXTSIM_EVENT_COMMIT, EXTSIM_REASON_NONE, (extsim_ino) { 0, 0 }, 0, 0, 0, 1);
	step_end (fs);
	return TRUE;
}
