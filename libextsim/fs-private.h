/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The state of one simulated filesystem, laid out like btrfs' own trees:
 * every object is an item in a persistent ordered map under a key of
 * guint64 words.  Values are plain data (no pointers), so cloning the whole
 * filesystem is copying this struct and taking a reference on each map.
 *
 *   map          key                              value            btrfs
 *   roots        (root)                           root_item        ROOT_ITEM
 *   inodes       (root, ino)                      inode_item       INODE_ITEM
 *   items        (root, ino, file offset)         file_item        EXTENT_DATA
 *   dirty        (root, ino, file offset)         dirty_item       io_tree DELALLOC [+NORESERVE] + dirty pages
 *   lost         (root, ino, file offset)         rm_len           (dropped pages)
 *   pages        (root, ino, file offset)         rm_len           the pages in the page cache
 *   extents      (bytenr)                         extent_item      EXTENT_ITEM
 *   backrefs     (bytenr, root, ino, origin)      backref_item     EXTENT_DATA_REF
 *   disk         (physical address)               disk_item        the bytes on disk
 *   free_space   (physical address)               free_item        free space cache
 *   pinned       (physical address)               rm_len           pinned extents
 *   block_groups (logical start)                  bg_item          BLOCK_GROUP_ITEM (data)
 *   bg_classes   (size class, logical start)      (none)           the groups by size class (an index of
 *                                                                  block_groups for the allocator's search)
 *   dev_free     (device offset)                  rm_len           unallocated device space
 *   emaps        (root, ino, file offset)         em_hole          extent_map_tree: its hole maps
 *   dmaps        (root, ino, file offset)         rm_len           extent_map_tree: where it maps items
 *   dmods        (root, ino, file offset)         rm_len           those on its modified list, made in
 *                                                                  the running transaction
 *   trans_updated (root, ino)                     guint64          btrfs_inode.last_trans is the running transid;
 *                                                                  1: logged by an fsync since its last update
 *                                                                  (btrfs_inode_in_log: the next fsync skips it)
 *   trans_maps   (root, ino)                      em_span          EM_CURRENT maps made in it
 *   wb_list      (root, ino)                      extsim_ino       on the bdi's writeback lists (I_DIRTY_PAGES):
 *                                                                  the next one in dirtied_when order
 *   trans_refs   (bytenr, root, ino, origin)      trans_ref        delayed data refs of the running
 *                                                                  transaction
 *   ordered      (root, ino, file offset)         ordered_item     btrfs_ordered_extent not finished
 *   ordered_drops (root, ino, file offset, n)     ordered_drop     the references its finish drops
 *
 * Where a file has no item there is a hole (NO_HOLES).
 */
#pragma once

#include <extsim/extsim.h>

#include "pmap-alloc.h"
#include "pmap.h"
#include "rangemap.h"

#define EXTSIM_COMPILATION_PRIVATE 1

/* Physical address of the first data byte.  Any value works (tests compare
 * sharing, not placement); it is not 0, which means "hole". */
#define DATA_LOGICAL_START (13 * EXTSIM_MiB)

enum { ROOT_READONLY = 1 << 0 };

typedef struct {
	guint64 last_snapshot; /* transid of the last snapshot taken of (or as) this root */
	guint64 next_ino;
	guint64 flags;         /* ROOT_* */
	/* fs_info->delalloc_roots and root->delalloc_inodes (space-info.c):
	 * the neighbouring roots on the first, the ends of the second
	 * (inode numbers); 0 for none */
	guint64 delalloc_prev_root, delalloc_next_root;
	guint64 delalloc_first, delalloc_last;
} root_item;

typedef struct {
	guint64 size;
	guint64 disk_size;
	guint32 flags;            /* extsim_inode_flags */
	gint32 wb_error;          /* latched writeback errno, for the next fsync */
	guint32 synced_after_loss;/* an fsync returned success while lost ranges existed */
	guint32 runtime;          /* INODE_* flags of the in-memory inode */
	guint32 pad;
	guint64 wb_index;         /* mapping->writeback_index, in bytes: where the last whole-file
				   * writeback stopped; sync starts there (writeback.c) */
	guint64 delalloc_prev, delalloc_next; /* neighbours on root->delalloc_inodes, 0: none */
} inode_item;

/* BTRFS_INODE_NEEDS_FULL_SYNC: the next fsync logs the whole inode (new,
 * cloned into, or read back when its last update is the last commit);
 * BTRFS_INODE_FLUSH_ON_CLOSE: truncated to 0, the next close writes the
 * file back (inode.c); DELALLOC_LISTED: on its root's delalloc list
 * (space-info.c) */
enum { INODE_NEEDS_FULL_SYNC = 1 << 0, INODE_FLUSH_ON_CLOSE = 1 << 1, INODE_DELALLOC_LISTED = 1 << 2 };

typedef struct {
	guint64 len;
	guint64 disk_bytenr;
	guint64 disk_num_bytes; /* INLINE: ram_bytes, the length of the inline data */
	guint64 offset;     /* into the disk extent */
	guint64 generation;
	guint32 type;       /* extsim_file_extent_type */
	guint32 fill;       /* INLINE: the fill of this run of the inline data; else 0 */
} file_item;

/* An inline extent (BTRFS_FILE_EXTENT_INLINE) is one EXTENT_DATA item at
 * offset 0 holding the file's bytes in the metadata.  The model keeps bytes
 * as fill runs, so it is held as consecutive INLINE items, one per run,
 * covering [0, sectorsize) as btrfs maps it; no disk extent, no back
 * reference (disk_bytenr 0); each carries the data's length (ram_bytes:
 * i_size when it was made), past which it reads as zeros.  writeback.c makes them, remap.c copies them. */
static inline gboolean
item_is_inline (const file_item *fi)
{
	return fi && fi->type == EXTSIM_FILE_EXTENT_INLINE;
}

/* BTRFS_DEFAULT_MAX_INLINE (the max_inline mount option's default) */
#define MAX_INLINE 2048
/* inline extents need sectorsize == PAGE_SIZE (can_cow_file_range_inline) */
#define INLINE_PAGE_SIZE 4096

typedef struct {
	guint64 len;
	guint32 fill;
	guint32 state; /* extsim_reserve_state */
} dirty_item;

typedef struct {
	guint64 num_bytes;
	guint64 generation;
	guint64 refs;
} extent_item;

typedef struct {
	guint32 count;
	guint32 epoch; /* extent made in the running transaction: ref_epoch when this
			* tuple got its first reference (extent-tree.c) */
} backref_item;

typedef struct {
	guint64 len;
	guint32 fill;
	guint32 pad;
} disk_item;

typedef struct {
	guint64 len;
	guint64 longest_below; /* the map's augmentation: longest range in the subtree */
	guint64 linked;        /* fs->free_space_links when it last joined the bytes index */
} free_item;

/* btrfs_block_group_size_class */
enum { BG_SZ_NONE = 0, BG_SZ_SMALL, BG_SZ_MEDIUM, BG_SZ_LARGE };

typedef struct {
	guint64 len;
	guint64 used;          /* bytes of live extents in it (btrfs_block_group.used) */
	guint32 size_class;    /* BG_SZ_* */
	guint32 uncached;      /* BTRFS_CACHE_NO since the mount (block-group.c) */
	guint64 free_space;    /* bytes of its free ranges (btrfs_free_space_ctl.free_space) */
	/* the delayed refs that free its extents at the commit (BG_NO_FREE: none) */
	guint64 freed_top;     /* the highest bytenr of an extent of an older transaction freed */
	guint64 made_top;      /* ... of an extent made in the running transaction whose refs cancel */
} bg_item;

#define BG_NO_FREE 0 /* no data lies at logical 0 */

/* A hole extent map cached in memory for an inode (extent-map.c). */
enum {
	EM_MODIFIED = 1 << 0, /* on the inode's list of modified extent maps */
	EM_CURRENT = 1 << 1,  /* and made in the running transaction */
};

typedef struct {
	guint64 len;
	guint32 flags; /* EM_* */
	guint32 pad;
} em_hole;

/* trans_maps' value: [lo, hi) holds every EM_CURRENT map of the inode
 * (empty: it made data maps only), so the commit looks there alone.  Such
 * a map never grows (it merges with nothing) and what a drop leaves of it
 * stays inside it, so the span holds however the maps changed since.  It
 * is a bound on where to look, not the state: the canonical form leaves it
 * out (fs.c), as it does a free range's link count. */
typedef struct {
	guint64 lo, hi;
} em_span;

/* A frozen copy of a whole filesystem, shared by counting (tree-log.c) */
typedef struct fs_snap fs_snap;

/* A file the fsync at @step logged: it is replayed as it was in @at; or,
 * @exists_only, a file made since the commit whose name alone the log
 * holds (extsim_fs_log_exists): it is replayed empty */
typedef struct {
	extsim_ino ino;
	guint64 step;
	fs_snap *at;
	gboolean exists_only;
} log_entry;

struct extsim_fs {
	/* settings */
	guint32 sectorsize;
	guint64 device_size;
	guint64 max_extent_size;
	guint64 max_prealloc_extent_size;
	guint64 write_chunk;
	guint32 mount_flags;
	const extsim_policy *policy;
	gboolean check_every_step;

	/* state */
	extsim_space_info si; /* .free is derived, kept up to date by space-info.c */
	gboolean accounting_error; /* a counter would have gone negative */
	guint64 transid;
	guint64 next_subvol;
	/* space_info->max_extent_size: what the last failed find_free_extent
	 * found at most, 0 once space came back (block-group.c) */
	guint64 si_max_extent_size;
	/* block groups with uncached set: the entries alone determine it */
	guint64 bg_uncached;
	/* free ranges linked into the bytes index so far (free-space.c):
	 * among ranges of one length, the one linked first comes first */
	guint64 free_space_links;
	/* fs_info->last_trans_log_full_commit: the transaction in which a
	 * block group was made (btrfs_make_block_group), 0: none.  An fsync
	 * in it that has something to log commits instead (fs.c) */
	guint64 log_full_commit_trans;
	/* btrfs_root_generation of the subvolumes created in the running
	 * transaction: new_subvol_trans is the transaction in which the last
	 * one was made (btrfs subvolume create does not commit since Linux
	 * 6.5, a snapshot does), new_subvol_first the lowest id made in it,
	 * so the roots from new_subvol_first on are all new while
	 * new_subvol_trans is the running one.  An fsync of a file in one of
	 * them commits (fs.c) */
	guint64 new_subvol_trans, new_subvol_first;
	/* The writer waiting on the ENOSPC flush's pass (page-cache.c
	 * flush_for_writer), NULL when none waits: a NOCOW write of the pass
	 * grants its ticket (writeback.c nocow_write), and it goes on when the
	 * pass starts its next allocation (cow_range).  Set only during the
	 * pass, never part of a state the explorer keeps */
	void (*flush_writer) (gpointer data);
	gpointer flush_writer_data;
	gboolean flush_writer_granted;
	/* the ends of fs_info->delalloc_roots (the roots' links say the same) */
	guint64 delalloc_roots_first, delalloc_roots_last;
	pmap roots, inodes, items, dirty, lost, extents, backrefs, disk, free_space, pinned;
	pmap block_groups, bg_classes, dev_free;
	pmap emaps; /* not on disk: dropped at mount, empty for a snapshot's files */
	pmap dmaps; /* the same, for the ranges of items whose maps are loaded */
	pmap dmods; /* of those, the ones on the modified list made in the running transaction */
	pmap pages; /* the pages in the page cache: dropped at mount */
	/* (root, ino) maps, emptied by every commit: the inodes updated in the
	 * running transaction (btrfs_inode.last_trans; the value: an fsync
	 * logged it since its last update), those that made EM_CURRENT maps
	 * in it */
	pmap trans_updated, trans_maps;
	/* the inodes a sync's flusher pass visits, oldest dirtied first
	 * (writeback.c): a list through wb_list from wb_first to wb_last
	 * ({0, 0}: empty), which the entries alone determine */
	pmap wb_list;
	extsim_ino wb_first, wb_last;
	/* the back references added and dropped in the running transaction
	 * (extent-tree.c); ref_epoch counts the backref walks since its start
	 * (fs_info->tree_mod_seq), 0 after a commit */
	pmap trans_refs;
	guint64 ref_epoch;
	/* ordered extents whose pages a writeback left unsubmitted, and the
	 * references their finish drops (ordered.c) */
	pmap ordered, ordered_drops;
	/* what a power loss leaves (tree-log.c), kept only when made with the
	 * power_loss option: the state the last commit left, and the files
	 * fsync logged since (log_entry each, by inode; NULL when none) */
	gboolean power_loss;
	fs_snap *committed;
	GArray *log;

	/* observation, not state */
	extsim_stats stats;
	guint64 step;
	guint depth;            /* nesting of public calls (a policy calls back in) */
	GPtrArray *violations;  /* recorded with check_every_step */
	GHashTable *active;     /* keys of the violations present after the last step */
	extsim_trace_func trace;
	gpointer trace_data;
	extsim_reason preparing; /* REMAP or SNAPSHOT while a policy prepares */
	/* inside a writeback pass: the back references its COW has dropped,
	 * (bytenr, root, ino, origin) each; NULL between passes (extent-tree.c) */
	GArray *inflight_drops;
	guint pass_depth;
	/* while a COW write that finishes later drops the items it replaces:
	 * the key of its ordered extent (ordered.c); NULL otherwise */
	const guint64 *ordered_defer;
};

/* ---- fs.c: steps, transactions ---- */
/* A clone that holds no reference on the maps of @fs (pmap_borrow): @fs
 * must neither change nor be freed until the clone is freed or owns them
 * (fs_own).  For the explorer, whose children mostly die before their
 * parent does. */
extsim_fs *fs_borrow (const extsim_fs *fs);
void fs_own (extsim_fs *fs);
/* A copy of the state alone (tree-log.c): no observations, no power loss
 * state, nothing of a writeback pass in progress; taken inside any step */
extsim_fs *fs_freeze (const extsim_fs *fs);
/* Frees the maps of a struct that is not freed itself */
void fs_clear_maps (extsim_fs *fs);
/* Pins the maps of @fs that it owns alone (pmap_pin) for a search whose
 * states all descend from it; fs_unpin frees their nodes once @fs and
 * every state made from it are freed. */
typedef struct fs_pins fs_pins;
fs_pins *fs_pin (const extsim_fs *fs);
void fs_unpin (fs_pins *pins);
/* The struct's lines, or (maps) the first lines of each map's root. */
void fs_prefetch (const extsim_fs *fs, gboolean maps);
void step_begin (extsim_fs *fs);
void step_end (extsim_fs *fs);
void transaction_commit (extsim_fs *fs);
/* k commits in a row where nothing is pinned: only the transid moves */
void transaction_commit_n (extsim_fs *fs, guint64 k);
void emit (extsim_fs *fs, extsim_event_kind kind, extsim_reason reason, extsim_ino ino, guint64 offset,
	   guint64 len, guint64 bytenr, guint64 count);
gboolean set_error (GError **error, int code, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static inline guint64
align_down (const extsim_fs *fs, guint64 v)
{
	return v & ~((guint64) fs->sectorsize - 1);
}

static inline guint64
align_up (const extsim_fs *fs, guint64 v)
{
	return align_down (fs, v + fs->sectorsize - 1);
}

static inline gboolean
aligned (const extsim_fs *fs, guint64 v)
{
	return (v & (fs->sectorsize - 1)) == 0;
}

/* What a mount finds: no page, extent map or writeback list in memory,
 * the free space and the groups' size classes read from disk, each
 * inode's runtime flags as read back; the running transaction commits
 * first.  The end of extsim_fs_remount and of extsim_fs_power_loss. */
void mount_again (extsim_fs *fs);

/* ---- tree-log.c: what a power loss leaves ---- */
/* The commit just ended: it is what a power loss goes back to, and the
 * log is empty (nothing when the fs keeps no power loss state) */
void power_commit (extsim_fs *fs);
/* An fsync logged ino (btrfs_sync_log) without committing */
void power_log (extsim_fs *fs, extsim_ino ino);
/* A clone (obj_dup'ed from its source) takes its own references */
void power_copy (extsim_fs *c);
void power_clear (extsim_fs *fs);
/* The last commit and the log, for the state's hash */
guint64 power_hash (const extsim_fs *fs);

/* ---- space-info.c: the counters (one updater each) and reservation ---- */
void update_bytes_may_use (extsim_fs *fs, gint64 delta);
void update_bytes_used (extsim_fs *fs, gint64 delta);
void update_bytes_reserved (extsim_fs *fs, gint64 delta);
void update_bytes_pinned (extsim_fs *fs, gint64 delta);
guint64 data_space_available (const extsim_fs *fs);
void reserve_data_bytes (extsim_fs *fs, guint64 len);
gboolean reserve_data_space (extsim_fs *fs, extsim_ino ino, guint64 len, gboolean may_flush);
void free_reserved_data_space (extsim_fs *fs, guint64 len);
void flush_all_and_commit (extsim_fs *fs, extsim_ino why);
/* After the inode's dirty pages changed: it joins the tail of its root's
 * delalloc list when it has some and is not on it, and leaves it when it
 * has none (btrfs_add_delalloc_inode, btrfs_del_delalloc_inode). */
void delalloc_inode_update (extsim_fs *fs, extsim_ino ino);
/* The same, the inode found from c (pmap.h) */
void delalloc_inode_update_at (extsim_fs *fs, pmap_cursor *c, extsim_ino ino);
int fs_kept_sum_broken (extsim_fs *fs);
/* the files on root's delalloc list, in its order (extsim_ino each); those
 * of every list, the roots in the order they got their first dirty file */
void delalloc_list_of (const extsim_fs *fs, guint64 root, GArray *out);
void delalloc_lists (const extsim_fs *fs, GArray *out);

/* ---- free-space.c: the physical allocator ---- */
void free_space_add (extsim_fs *fs, guint64 start, guint64 len);
void free_space_take (extsim_fs *fs, guint64 start, guint64 len);
void free_space_load (extsim_fs *fs);
/* btrfs_reserve_extent; hint: an address to start looking at, 0 for none */
gboolean alloc_data_extent (extsim_fs *fs, guint64 want, guint64 min, guint64 hint, guint64 *out_start,
			    guint64 *out_len);
void pin_extent (extsim_fs *fs, guint64 start, guint64 len, gboolean only_pinned);
void unpin_all (extsim_fs *fs);
/* free ranges plus device space no data chunk holds yet */
guint64 free_space_total (const extsim_fs *fs);

/* ---- block-group.c: data block groups, chunk allocation, find_free_extent ---- */
void block_groups_init (extsim_fs *fs, gboolean explicit_size);
/* The logical size of the DUP metadata chunk mkfs.btrfs makes (fs.c) */
guint64 mkfs_metadata_chunk (guint64 device_size);
/* the block group holding addr (its start in *start), or NULL */
const bg_item *bg_lookup (const extsim_fs *fs, guint64 addr, guint64 *start);
void bg_account (extsim_fs *fs, guint64 start, guint64 len, guint size_class);
/* the last reference of the extent at start dropped; only_pinned: the
 * commit only pins it (extent-tree.c head_only_pins) */
void bg_free_extent (extsim_fs *fs, guint64 start, guint64 len, gboolean only_pinned);
void bg_free_reserved (extsim_fs *fs, guint64 start, guint64 len);
/* the commit ran the delayed refs of the group at bg_start */
void bg_delayed_frees_run (extsim_fs *fs, guint64 bg_start);
void bg_free_space_update (extsim_fs *fs, guint64 addr, gint64 delta);
guint bg_size_class (guint64 num_bytes);
/* The loops of find_free_extent that choose groups differently. */
enum { LOOP_SAME_CLASS, LOOP_UNSET_SIZE_CLASS, LOOP_WRONG_SIZE_CLASS };
/* One loop's walk of the groups from address from on: the first group
 * with a free range of want bytes and a class the loop takes; *start is
 * where in it (block-group.c; find_free_extent's, public for its tests). */
gboolean bg_search_groups (const extsim_fs *fs, guint64 from, guint64 want, int loop, guint want_class,
			   guint64 *start);
/* find_free_extent: where an extent of want bytes goes; *max_free gets
 * ins->offset when there is none (block-group.c) */
gboolean find_free_extent (extsim_fs *fs, guint64 want, guint64 hint, guint64 *start, guint64 *max_free);
guint64 chunk_unallocated (const extsim_fs *fs);
gboolean alloc_chunk (extsim_fs *fs);
/* at mount: the size classes (load_block_group_size_class) and which
 * groups are left uncached (read_one_block_group) */
void bg_load_size_classes (extsim_fs *fs);

/* The delayed refs of one (bytenr, root, ino, origin) in the running
 * transaction: net, the count of the node queued since the last backref
 * walk (epoch), and whether an older node with a count remains (sealed):
 * refs queued under different tree mod log sequence numbers never merge. */
typedef struct {
	gint64 net;
	guint64 epoch;
	guint64 sealed;
} trans_ref;

/* ---- extent-tree.c: extents and back references ---- */
void extent_insert (extsim_fs *fs, pmap_cursor *c, guint64 bytenr, guint64 num_bytes);
void backref_inc (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin, guint n);
void backref_inc_at (extsim_fs *fs, pmap_cursor *c, guint64 bytenr, guint64 root, guint64 ino, guint64 origin,
		     guint n);
void backref_dec (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin);
void extent_free_reserved (extsim_fs *fs, guint64 bytenr, extsim_ino ino, guint64 origin);
const extent_item *extent_lookup (const extsim_fs *fs, guint64 bytenr);
/* btrfs_cross_ref_exist: a reference other than (root, ino, origin), now,
 * in a delayed ref not run yet, or in a write of this pass? */
gboolean extent_cross_ref_exists (const extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino,
				  guint64 origin);
/* transaction commit: btrfs_run_delayed_refs */
void delayed_refs_run (extsim_fs *fs);
/* a backref walk (fiemap's btrfs_is_data_extent_shared) while a
 * transaction runs: btrfs_get_tree_mod_seq */
void delayed_refs_new_seq (extsim_fs *fs);
/* a writeback pass (extent_write_cache_pages): its ordered extents complete
 * at its end; passes nest */
void writeback_pass_begin (extsim_fs *fs);
void writeback_pass_end (extsim_fs *fs);
guint extent_distinct_refs (const extsim_fs *fs, guint64 bytenr);

/* ---- ordered.c: ordered extents finished after their writeback ---- */
/* An ordered extent not finished: its file range starts at the key; the
 * pages of [unsubmitted_start, unsubmitted_end) were not submitted yet;
 * n_drops entries of ordered_drops follow it; over_hole: the file had no
 * item in its range before it (fiemap shows it as delalloc meanwhile). */
typedef struct {
	guint64 len;
	guint64 unsubmitted_start, unsubmitted_end;
	guint64 n_drops;
	guint64 over_hole;
} ordered_item;

typedef struct {
	guint64 bytenr, origin;
} ordered_drop;

/* drop_extents for the COW ordered extent [s, e) of a writeback that
 * submits the pages before submit_end: what it replaces loses its
 * references now when all its pages are submitted, else when it finishes */
void ordered_drop_extents (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, guint64 submit_end);
/* backref_dec's hook: TRUE when the drop was deferred to an ordered extent */
gboolean ordered_defer_drop (extsim_fs *fs, guint64 bytenr, guint64 root, guint64 ino, guint64 origin);
/* the pages of [s, e) are submitted: ordered extents with none left
 * finish; the end of the last page submitted, 0 when none was */
guint64 ordered_submit (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* whether pages of an ordered extent of ino are still dirty, unsubmitted */
gboolean ordered_unsubmitted (extsim_fs *fs, extsim_ino ino);
/* btrfs_wait_ordered_range: the ordered extents overlapping [s, e) finish */
void ordered_wait_range (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* those of one subvolume, or of all with root 0 */
void ordered_wait_root (extsim_fs *fs, guint64 root);
/* truncate_setsize: the pages from t on are dropped; ordered extents with
 * none of theirs written finish truncated, their extents free at once */
void ordered_truncate (extsim_fs *fs, extsim_ino ino, guint64 t);

/* ---- inode.c ---- */
const inode_item *inode_lookup (const extsim_fs *fs, extsim_ino ino);
inode_item *inode_lookup_mut (extsim_fs *fs, extsim_ino ino);
/* The same, the first leaving c at the inode for the second (pmap.h); and
 * both from c, for a call that looks the inode up again and again */
const inode_item *inode_seek (const extsim_fs *fs, extsim_ino ino, pmap_cursor *c);
inode_item *inode_lookup_mut_at (extsim_fs *fs, pmap_cursor *c, extsim_ino ino);
const inode_item *inode_lookup_at (const extsim_fs *fs, pmap_cursor *c, extsim_ino ino);
const root_item *root_lookup (const extsim_fs *fs, guint64 root);
/* A public call's check of its file: the inode (a pointer that dies with
 * the next change to the inodes), or NULL and the error.  A caller that
 * reads the inode before changing anything reads it there. */
const inode_item *check_inode (const extsim_fs *fs, extsim_ino ino, gboolean writable, GError **error);
/* The same, leaving c at the inode (pmap.h) */
const inode_item *check_inode_at (const extsim_fs *fs, pmap_cursor *c, extsim_ino ino, gboolean writable,
				  GError **error);
/* How a syscall judges a file range: positions are signed (loff_t). */
typedef enum {
	RANGE_RW,     /* rw_verify_area, sync_file_range: any end past 2^63 - 1 is EINVAL */
	RANGE_FALLOC, /* vfs_fallocate: negative is EINVAL, an end past s_maxbytes EFBIG */
} range_rule;
gboolean check_range (guint64 offset, guint64 len, range_rule rule, const char *what, GError **error);
/* c: a cursor of the inodes (pmap.h) */
void inode_disk_size_grow (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 end);
gboolean zero_eof_block (extsim_fs *fs, extsim_ino ino);
/* btrfs_update_inode in the running transaction: last_trans = transid */
void inode_touch (extsim_fs *fs, extsim_ino ino);
gboolean inode_updated_in_trans (const extsim_fs *fs, extsim_ino ino);
/* An fsync logged the inode: until its next update, another logs nothing
 * (btrfs_inode_in_log, skip_inode_logging); whether one would log it now:
 * updated in the transaction and not logged since */
void inode_logged (extsim_fs *fs, extsim_ino ino);
gboolean inode_needs_log (const extsim_fs *fs, extsim_ino ino);
/* the inode made maps in the running transaction: EM_CURRENT hole maps
 * in [s, e) (s == e: data maps only, for the commit to take off dmods) */
void inode_made_current_maps (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* a pmap_foreach callback for maps keyed (root, ino, ...): appends the
 * extsim_ino of the key to the GArray data */
void collect_ino (const guint64 *key, const void *value, gpointer data);
/* the commit: what inodes did in the transaction is history */
void trans_end (extsim_fs *fs);
/* btrfs_cont_expand (inode, i_size, size): zero the old EOF block, cache
 * the holes up to size as modified hole maps */
gboolean cont_expand (extsim_fs *fs, extsim_ino ino, guint64 size);

/* ---- file-item.c: the file extent items of an inode ---- */
static inline rmap
items_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->items, 2, ino.root, ino.ino);
}
static inline rmap
items_of_c (const extsim_fs *fs, extsim_ino ino)
{
	return rmap_of ((pmap *) &fs->items, 2, ino.root, ino.ino);
}
static inline guint64
item_origin (guint64 start, const file_item *fi)
{
	return start - fi->offset;
}
void item_insert (extsim_fs *fs, extsim_ino ino, guint64 start, const file_item *fi);
/* A new extent (extent_insert) and its first item, fi. */
void item_insert_new_extent (extsim_fs *fs, extsim_ino ino, guint64 start, const file_item *fi);
void drop_extents (extsim_fs *fs, extsim_ino ino, guint64 start, guint64 end);
void mark_extent_written (extsim_fs *fs, extsim_ino ino, guint64 start, guint64 end);
/* Item containing off (and its start), or NULL; *next_start gets the start
 * of the next item when there is none (G_MAXUINT64 when no further item). */
const file_item *item_at (const extsim_fs *fs, extsim_ino ino, guint64 off, guint64 *start,
			  guint64 *next_start);
guint64 inode_items_end (const extsim_fs *fs, extsim_ino ino);

/* ---- page-cache.c: dirty ranges and buffered writes ---- */
static inline rmap
dirty_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->dirty, 2, ino.root, ino.ino);
}
static inline rmap
dirty_of_c (const extsim_fs *fs, extsim_ino ino)
{
	return rmap_of ((pmap *) &fs->dirty, 2, ino.root, ino.ino);
}
static inline rmap
lost_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->lost, 2, ino.root, ino.ino);
}
guint64 dirty_bytes_in (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, int state);
/* The dirty pages of [s, e) go, each piece handed to fn first when it is
 * not NULL, and give back their reservation (EXTENT_DO_ACCOUNTING):
 * may_use -= their RESERVED bytes, which it returns.  One walk of the
 * dirty ranges. */
guint64 dirty_clear (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, rm_removed_fn fn, gpointer data);
static inline rmap
pages_of (extsim_fs *fs, extsim_ino ino)
{
	return rmap_of (&fs->pages, 2, ino.root, ino.ino);
}
/* Drops the pages in [s, e) from the page cache, the dirty ones releasing
 * their reservations (invalidate). */
void drop_page_cache (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* The clean pages of @ino leave the page cache (drop_caches 1). */
void page_cache_drop_clean (extsim_fs *fs, extsim_ino ino);
/* Buffered write without the step bookkeeping (also used to zero blocks);
 * inode_c (nullable): a cursor of the inode, where the caller has one */
gboolean buffered_write (extsim_fs *fs, const pmap_cursor *inode_c, extsim_ino ino, guint64 offset, guint64 len,
			 guint8 fill, guint64 bsize, gboolean extend_size, guint64 *written);
/* A direct write's piece [s, e), whole sectors: its pages dirty in @state
 * holding what @runs (file offsets, covering [s, e)) say, and the file's
 * size grown to e, for direct-io.c to write back at once. */
void dirty_direct (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, const extsim_content_run *runs, guint n_runs,
		   extsim_reserve_state state);
/* The start of a pwrite, buffered or direct: checks the file (c left at
 * it) and the range (FALSE, nothing changed); makes *bsize 0 the default;
 * begins the step (the caller ends it); a write past EOF expands the file
 * first (btrfs_write_check): *expanded FALSE when that found no space. */
gboolean pwrite_begin (extsim_fs *fs, pmap_cursor *c, extsim_ino ino, guint64 offset, guint64 len, guint64 *bsize,
		       gboolean *expanded, GError **error);
/* btrfs_truncate_block: zero [from, to) inside one block, dirtying it. */
gboolean truncate_block (extsim_fs *fs, extsim_ino ino, guint64 from, guint64 to);

/* ---- extent-map.c: the hole extent maps an inode has in memory ---- */
/* btrfs_get_extent (inode, NULL, start, len): TRUE for a hole, whose map
 * (cached, or made from the items and cached) is [*em_start, *em_end);
 * FALSE for an item, whose range that is. */
gboolean em_get_extent (extsim_fs *fs, extsim_ino ino, guint64 start, guint64 len, guint64 *em_start,
			guint64 *em_end);
/* btrfs_drop_extent_map_range over [s, e) */
void em_drop (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* Only the hole maps of [s, e): an item inserted there (item_insert) */
void em_drop_holes (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* The maps of the items of [s, e) are loaded (btrfs_get_extent) */
void em_data_loaded (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* ... made, on the modified list (create_io_em, btrfs_prealloc_file_range) */
void em_data_made (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* truncate_pagecache_range over [s, e), before the items there go: each
 * page in the cache loses the map starting at it (try_release_extent_mapping) */
void em_release_pages (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* The range of the loaded data maps that ends first after s (or, none
 * does, the last one): FALSE when there is none */
gboolean em_data_search (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 *start, guint64 *end);
/* btrfs_replace_extent_map_range with a modified hole map [s, e) */
void em_set_hole (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* btrfs_cont_expand's loop: the holes of [s, e) become modified maps */
void em_cont_expand (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* a buffered read of [s, e): the pages below i_size that are neither
 * dirty nor cached load their hole maps (btrfs_do_readpage) */
void em_read (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* pages [s, e) become delalloc: btrfs_find_new_delalloc_bytes loads the
 * map of each, data or hole, dirty or not */
void em_find_new_delalloc (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* fsync logs the inode's modified maps (btrfs_log_changed_extents); inode
 * is its item (it loses INODE_NEEDS_FULL_SYNC), updated whether it changed
 * in the running transaction (inode_updated_in_trans) */
void em_fsync (extsim_fs *fs, extsim_ino ino, inode_item *inode, gboolean updated);
/* the commit: the maps of that transaction of the files that made some
 * (inos, extsim_ino each) are older now */
/* the commit, for the inodes of trans_maps: entries of em_trans_inode */
typedef struct {
	extsim_ino ino;
	em_span span;
} em_trans_inode;
void em_end_transaction (extsim_fs *fs, const GArray *inos);
/* the inode is gone (unlink) or all inodes are (mount) */
void em_forget (extsim_fs *fs, extsim_ino ino);
void em_forget_all (extsim_fs *fs);

/* ---- writeback.c ---- */
/* The NOCOW test of run_delalloc_nocow for one file extent item. */
extsim_reason can_nocow_item (const extsim_fs *fs, extsim_ino ino, const inode_item *inode, guint64 start,
			      const file_item *fi);
/* Writes back the dirty pages in [s, e) and waits for the ordered extents
 * there (btrfs_wait_ordered_range); FALSE when data was lost. */
gboolean writeback_range (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
/* A direct write's piece [s, e): its dirty pages alone, as extents of their
 * own, never inline; then waited for. */
gboolean writeback_exact (extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e);
gboolean writeback_inode (extsim_fs *fs, extsim_ino ino);
/* Replace the items of [0, sectorsize) by an inline extent of ram_bytes
 * bytes holding runs (extsim_content_run, from 0 to sectorsize). */
void inline_extent_insert (extsim_fs *fs, extsim_ino ino, const GArray *runs, guint64 ram_bytes);
/* every dirty file whole, in the order of the delalloc lists */
void writeback_all (extsim_fs *fs);
/* the files on the writeback lists, oldest dirtied first, each from its
 * writeback index when cyclic (sync(2)), else whole (umount); the lists
 * are left empty */
void writeback_all_files (extsim_fs *fs, gboolean cyclic);
/* a page of the inode was dirtied: it joins the writeback lists, at the
 * end, unless it is on them */
void wb_list_join (extsim_fs *fs, extsim_ino ino);
/* the inode goes (unlink): off the lists */
void wb_list_leave (extsim_fs *fs, extsim_ino ino);

/* ---- content.c ---- */
void disk_write (extsim_fs *fs, guint64 phys, guint64 len, guint8 fill);
void disk_discard (extsim_fs *fs, guint64 phys, guint64 len);
/* [phys, phys + len) of dst holds what it holds in src, never written there included */
void disk_copy (extsim_fs *dst, const extsim_fs *src, guint64 phys, guint64 len);
/* Appends to out the runs a read of [s, e) sees (no EOF clipping). */
void content_runs (const extsim_fs *fs, extsim_ino ino, guint64 s, guint64 e, GArray *out);
void content_append (GArray *out, guint64 offset, guint64 len, guint8 fill);
/* Appends what @runs (at file offsets) hold of [s, e). */
void content_clip (GArray *out, const extsim_content_run *runs, guint n_runs, guint64 s, guint64 e);

/* ---- invariants.c ---- */
void record_violations (extsim_fs *fs);
/* (transfer full) (nullable): violations of invariants 1 and 4 only (the
 * explorer's); NULL when there is nothing they could be about */
GPtrArray *check_fast (const extsim_fs *fs);
