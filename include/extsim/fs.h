/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/extsim-export.h>

G_BEGIN_DECLS

/**
 * extsim_fs:
 *
 * One simulated btrfs filesystem: its data space_info, its physical
 * allocator, its extent tree, its subvolumes with their inodes and file
 * extent items, and the page cache of every inode.  Opaque; create with
 * extsim_fs_new(), copy with extsim_fs_clone(), free with extsim_fs_free().
 *
 * Every call that changes the filesystem is one *step*.  A call that fails
 * because of its arguments (a GError with EXTSIM_ERROR_INVAL, NOENT, ROFS,
 * FBIG, XDEV) changes nothing, not even the step counter, with one
 * exception the kernel makes: clone and dedupe write back (the policy's
 * preparation) before they check alignment and ranges, so their EINVAL
 * for those comes after that writeback, in a step.  A call that fails with
 * NOSPC or BADE ran as the kernel would and may have changed state on the
 * way (flushed dirty data, committed the transaction).
 */
typedef struct extsim_fs extsim_fs;
typedef struct extsim_policy extsim_policy;

#define EXTSIM_KiB (G_GUINT64_CONSTANT (1) << 10)
#define EXTSIM_MiB (G_GUINT64_CONSTANT (1) << 20)
#define EXTSIM_GiB (G_GUINT64_CONSTANT (1) << 30)
#define EXTSIM_TiB (G_GUINT64_CONSTANT (1) << 40)
#define EXTSIM_PiB (G_GUINT64_CONSTANT (1) << 50)

/* BTRFS_FS_TREE_OBJECTID: the top-level subvolume. */
#define EXTSIM_FS_TREE G_GUINT64_CONSTANT (5)
/* BTRFS_FIRST_FREE_OBJECTID: first inode number and first subvolume id. */
#define EXTSIM_FIRST_FREE_OBJECTID G_GUINT64_CONSTANT (256)
/* BTRFS_MAX_EXTENT_SIZE */
#define EXTSIM_MAX_EXTENT_SIZE (128 * EXTSIM_MiB)
/* __btrfs_prealloc_file_range: min(num_bytes, SZ_256M) per allocation */
#define EXTSIM_MAX_PREALLOC_EXTENT_SIZE (256 * EXTSIM_MiB)
/* __btrfs_buffered_write in 5.2: nrptrs = PAGE_SIZE / sizeof (void *) pages of 4 KiB */
#define EXTSIM_WRITE_CHUNK_5_2 (512 * 4 * EXTSIM_KiB)
/* MAX_LFS_FILESIZE on 64-bit */
#define EXTSIM_MAX_FILE_SIZE G_GUINT64_CONSTANT (0x7fffffffffffffff)
/* xfs_io's default pwrite buffer */
#define EXTSIM_DEFAULT_WRITE_BSIZE (4 * EXTSIM_KiB)

/**
 * extsim_ino:
 * @root: subvolume id (EXTSIM_FS_TREE for the top level)
 * @ino: inode number within that subvolume
 *
 * Names a file.  A snapshot keeps the inode numbers of its source.
 */
typedef struct {
	guint64 root;
	guint64 ino;
} extsim_ino;

/* Mount options that change the model (-o nodatacow, -o nodatasum). */
typedef enum {
	EXTSIM_MOUNT_NODATACOW = 1 << 0,
	EXTSIM_MOUNT_NODATASUM = 1 << 1,
} extsim_mount_flags;

/**
 * extsim_fs_options:
 * @version: EXTSIM_FS_OPTIONS_VERSION
 * @sectorsize: 4096, 16384 or 65536
 * @device_size: bytes of the device given to mkfs.btrfs (-b)
 * @data_size: bytes of data space; 0 derives it from @device_size as
 *   mkfs.btrfs and the kernel would (extsim_data_size_for_device())
 * @max_extent_size: largest data extent writeback creates
 *   (BTRFS_MAX_EXTENT_SIZE); a multiple of @sectorsize
 * @max_prealloc_extent_size: largest extent one fallocate allocation asks
 *   for (SZ_256M in __btrfs_prealloc_file_range); a multiple of @sectorsize
 * @write_chunk: bytes a buffered write copies (and reserves) at a time;
 *   0 is one page, as Linux 6.x copies one folio at a time, so a write(2)
 *   on a nearly full filesystem writes what fits, page by page;
 *   EXTSIM_WRITE_CHUNK_5_2 is Linux 5.2's PAGE_SIZE / sizeof(void *) pages
 * @policy: kernel behaviour to simulate; NULL is the "unpatched" preset
 * @mount_flags: extsim_mount_flags
 * @check_every_step: run extsim_fs_check() after each step and record
 *   newly appearing violations (extsim_fs_violations())
 * @power_loss: keep what a power loss leaves (the state of the last commit
 *   and the files each fsync logged since), so that extsim_fs_power_loss()
 *   can be called; each commit then makes a copy of the state, whose tree
 *   nodes the next changes copy before writing them (version 2 on)
 *
 * Initialise with EXTSIM_FS_OPTIONS_INIT, then change what you need.
 */
typedef struct {
	guint version;
	guint32 sectorsize;
	guint64 device_size;
	guint64 data_size;
	guint64 max_extent_size;
	guint64 max_prealloc_extent_size;
	guint64 write_chunk;
	const extsim_policy *policy;
	guint32 mount_flags;
	gboolean check_every_step;
	gboolean power_loss; /* version 2 */
} extsim_fs_options;

/* 2 added @power_loss; a caller built against version 1 still works */
#define EXTSIM_FS_OPTIONS_VERSION 2
#define EXTSIM_FS_OPTIONS_INIT                                                                     \
	{ EXTSIM_FS_OPTIONS_VERSION, 4096, 256 * EXTSIM_MiB, 0, EXTSIM_MAX_EXTENT_SIZE,                  \
	  EXTSIM_MAX_PREALLOC_EXTENT_SIZE, 0, NULL, 0, FALSE, FALSE }

/* Data space a freshly made filesystem on a device of this size offers. */
EXTSIM_EXPORT guint64 extsim_data_size_for_device (guint64 device_size, guint32 sectorsize);

/**
 * extsim_fs_new:
 * Returns: (transfer full) (nullable): a new, empty, mounted filesystem
 *   whose top-level subvolume is EXTSIM_FS_TREE, or NULL with @error set
 *   (EXTSIM_ERROR_INVAL) when an option is out of range.
 */
EXTSIM_EXPORT extsim_fs *extsim_fs_new (const extsim_fs_options *options, GError **error);
/* Accepts NULL. */
EXTSIM_EXPORT void extsim_fs_free (extsim_fs *fs);
/**
 * extsim_fs_clone:
 * Returns: (transfer full): an independent copy of the whole state,
 *   including statistics and recorded violations.  Costs O(1) in the size
 *   of the state: the copies share storage until one of them changes it.
 */
EXTSIM_EXPORT extsim_fs *extsim_fs_clone (const extsim_fs *fs);
/**
 * extsim_fs_hash:
 * A canonical 64-bit hash of the simulated state (not of statistics, trace
 * settings or the step counter).  Two states that behave identically from
 * now on hash equal, whatever order they were built in; in particular
 * generations are hashed only by how they compare with snapshot points.
 */
EXTSIM_EXPORT guint64 extsim_fs_hash (const extsim_fs *fs);
/* TRUE when the two states hash-compare equal field by field. */
EXTSIM_EXPORT gboolean extsim_fs_equal (const extsim_fs *a, const extsim_fs *b);

/**
 * extsim_fs_batch_begin:
 * The calls until the matching extsim_fs_batch_end() are one step: one
 * step number in their events, and with check_every_step one check of the
 * invariants, at the end (a helper program of many system calls, such as
 * fstests' punch-alternating, checked after each would cost the whole
 * state each time).  Batches nest; an end without a begin is a
 * programming error.
 */
EXTSIM_EXPORT void extsim_fs_batch_begin (extsim_fs *fs);
EXTSIM_EXPORT void extsim_fs_batch_end (extsim_fs *fs);
EXTSIM_EXPORT const extsim_policy *extsim_fs_get_policy (const extsim_fs *fs);
EXTSIM_EXPORT void extsim_fs_set_policy (extsim_fs *fs, const extsim_policy *policy);
EXTSIM_EXPORT guint32 extsim_fs_get_sectorsize (const extsim_fs *fs);
EXTSIM_EXPORT guint64 extsim_fs_get_step (const extsim_fs *fs);
EXTSIM_EXPORT guint64 extsim_fs_get_transid (const extsim_fs *fs);

/* ---- files and subvolumes ---------------------------------------------- */

/* Creates an empty regular file in subvolume @root (open O_CREAT). */
EXTSIM_EXPORT gboolean extsim_fs_create (extsim_fs *fs, guint64 root, extsim_ino *out, GError **error);
/* Removes the file: its page cache is dropped (dirty data discarded, its
 * reservation released) and its extent references go. */
EXTSIM_EXPORT gboolean extsim_fs_unlink (extsim_fs *fs, extsim_ino ino, GError **error);
/* A name of the file was made, moved or removed while it keeps another
 * (link(2), rename(2), unlink(2) of one of its names): the model keeps no
 * names, but the inode item changes in the running transaction (ctime,
 * link count: btrfs_update_inode), so its next fsync logs the file even
 * with no new data. */
EXTSIM_EXPORT gboolean extsim_fs_name_changed (extsim_fs *fs, extsim_ino ino, GError **error);
/* chattr +C: NODATACOW|NODATASUM; like the kernel, ignored (not an error)
 * on a file that already has data. */
EXTSIM_EXPORT gboolean extsim_fs_set_nodatacow (extsim_fs *fs, extsim_ino ino, GError **error);
/* btrfs subvolume create */
EXTSIM_EXPORT gboolean extsim_fs_subvolume_create (extsim_fs *fs, guint64 *out_root, GError **error);
/* btrfs subvolume snapshot [-r]: runs the policy's snapshot preparation,
 * commits, and copies @root's files (same inode numbers) into a new
 * subvolume whose id is returned in @out_root. */
EXTSIM_EXPORT gboolean extsim_fs_snapshot (extsim_fs *fs, guint64 root, gboolean readonly,
					   guint64 *out_root, GError **error);
EXTSIM_EXPORT gboolean extsim_fs_inode_exists (const extsim_fs *fs, extsim_ino ino);

/* ---- data operations ---------------------------------------------------- */

/**
 * extsim_fs_pwrite:
 * @fill: the byte every written byte holds (xfs_io pwrite -S)
 * @bsize: bytes per write(2) call (xfs_io pwrite -b); 0 means 4096
 * @written: (out) (optional): bytes written by all calls together
 *
 * Buffered write of [@offset, @offset + @len) as a sequence of write(2)
 * calls of @bsize bytes, each admitted as Linux 5.2 does (see
 * page-cache.c): reserve data space; on failure flush all delalloc and
 * commit, retry; then admit without a reservation (NORESERVE) when the
 * target is NOCOW-able and the policy allows it, clamped to that extent;
 * else the call fails.
 *
 * Returns: TRUE when every call wrote what it was given, or when a call
 *   wrote part of its buffer (a short write: *@written < @len, as xfs_io
 *   then prints "wrote"); FALSE with EXTSIM_ERROR_NOSPC when a call wrote
 *   nothing (xfs_io prints "pwrite: No space left on device"), *@written
 *   still counting the earlier calls.
 */
EXTSIM_EXPORT gboolean extsim_fs_pwrite (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					 guint8 fill, guint64 bsize, guint64 *written, GError **error);

/**
 * extsim_fs_pwrite_direct:
 * pwrite(2) on a file opened O_DIRECT (xfs_io -d), in write(2) calls of
 * @bsize bytes, as Linux 6.18 does (see direct-io.c): a call of whole
 * sectors on a NODATASUM file writes to disk at once, in place where the
 * extent is PREALLOC or the file NODATACOW and the extent can be written
 * in place (data space reserved first, but not needed there), else to a
 * new extent, which needs the reservation; any other call is a buffered
 * write written back and waited for at once (btrfs_direct_write's
 * fallback).  Nothing it wrote stays dirty in the page cache.
 *
 * Returns: TRUE when every call wrote what it was given (or a buffered
 *   fallback wrote part of it, a short write); FALSE with
 *   EXTSIM_ERROR_NOSPC when a call found no data space for what cannot be
 *   written in place, or its writeback lost data; *@written counts the
 *   calls before it, what earlier pieces of the failed call wrote stays.
 */
EXTSIM_EXPORT gboolean extsim_fs_pwrite_direct (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
						guint8 fill, guint64 bsize, guint64 *written, GError **error);

typedef enum {
	EXTSIM_FALLOC_KEEP_SIZE = 1 << 0,
} extsim_falloc_flags;

/* fallocate(mode 0 or KEEP_SIZE): PREALLOC extents for the holes. */
EXTSIM_EXPORT gboolean extsim_fs_fallocate (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					    guint32 flags, GError **error);
/* fallocate(PUNCH_HOLE|KEEP_SIZE) */
EXTSIM_EXPORT gboolean extsim_fs_punch_hole (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					     GError **error);
/* fallocate(ZERO_RANGE): zeroes, keeping or allocating PREALLOC extents */
EXTSIM_EXPORT gboolean extsim_fs_zero_range (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					     guint32 flags, GError **error);
/* ftruncate */
EXTSIM_EXPORT gboolean extsim_fs_truncate (extsim_fs *fs, extsim_ino ino, guint64 size, GError **error);
/* close(2) of a descriptor of the file (btrfs_release_file): a file
 * truncated to 0 since its last close is written back (filemap_flush) */
EXTSIM_EXPORT gboolean extsim_fs_release (extsim_fs *fs, extsim_ino ino, GError **error);

/**
 * extsim_fs_clone_range:
 * FICLONERANGE (@len 0: to the end of @src, as FICLONE with both offsets 0).
 * Adds a back reference to every *whole* source extent touched.  Fails
 * with EXTSIM_ERROR_INVAL, as the kernel does, for a NODATASUM mismatch or
 * a negative or wrapping position (nothing done), and — after the
 * policy's preparation wrote back, as btrfs_remap_file_range_prep does —
 * for unaligned offsets, a range past the source's end or an overlapping
 * range within one file; and with whatever the preparation reports.
 */
EXTSIM_EXPORT gboolean extsim_fs_clone_range (extsim_fs *fs, extsim_ino src, guint64 src_offset,
					      extsim_ino dst, guint64 dst_offset, guint64 len,
					      GError **error);
/**
 * extsim_fs_dedupe_range:
 * @deduped: (out) (optional): what FIDEDUPERANGE reports: the length
 *   asked for, on success (even when the kernel shortened it to whole
 *   blocks, down to nothing), 0 on failure
 * FIDEDUPERANGE: compares the contents first (EXTSIM_ERROR_BADE when they
 * differ), then shares the extents as clone does.
 */
EXTSIM_EXPORT gboolean extsim_fs_dedupe_range (extsim_fs *fs, extsim_ino src, guint64 src_offset,
					       extsim_ino dst, guint64 dst_offset, guint64 len,
					       guint64 *deduped, GError **error);

/* ---- writeback, sync, transactions -------------------------------------- */

/* fsync: writes the file's dirty data back and returns the writeback error
 * latched on the file since the last fsync (ENOSPC), clearing it.  In a
 * transaction that made a data block group it commits the transaction
 * (btrfs_sync_file falls back to a commit), when it has something to log. */
EXTSIM_EXPORT gboolean extsim_fs_fsync (extsim_fs *fs, extsim_ino ino, GError **error);
EXTSIM_EXPORT gboolean extsim_fs_fdatasync (extsim_fs *fs, extsim_ino ino, GError **error);
/* sync(2): writes everything back and commits.  Never fails. */
EXTSIM_EXPORT void extsim_fs_sync (extsim_fs *fs);
/* Transaction commit: pinned space becomes free again. */
EXTSIM_EXPORT void extsim_fs_commit (extsim_fs *fs);
/**
 * extsim_fs_writeback:
 * Background writeback of the dirty pages in [@offset, @offset + @len) of
 * @ino (@len 0: to the end): what the kernel's flusher does on its own.
 * Errors are latched on the file for the next fsync, not returned; the
 * return value is FALSE only for bad arguments.
 */
EXTSIM_EXPORT gboolean extsim_fs_writeback (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					    GError **error);
/**
 * extsim_fs_flush:
 * filemap_write_and_wait_range: writes back [@offset, @offset + @len) (@len
 * 0: to the end) and waits, returning EXTSIM_ERROR_NOSPC when writeback had
 * to drop data (the error also stays latched for fsync).  The primitive
 * policies prepare with.
 */
EXTSIM_EXPORT gboolean extsim_fs_flush (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					GError **error);
/* Flushes only the dirty NORESERVE ranges of @ino. */
EXTSIM_EXPORT gboolean extsim_fs_flush_noreserve (extsim_fs *fs, extsim_ino ino, GError **error);
/* Flushes every file of subvolume @root (btrfs_start_delalloc_snapshot). */
EXTSIM_EXPORT gboolean extsim_fs_flush_subvolume (extsim_fs *fs, guint64 root, GError **error);
/* umount + mount: sync, then drop the page cache. */
EXTSIM_EXPORT void extsim_fs_remount (extsim_fs *fs);
/**
 * extsim_fs_power_loss:
 * The power fails and the filesystem is mounted again (fstests'
 * _flakey_drop_and_remount): what memory held is gone, dirty pages
 * included; the trees are those of the last transaction commit, and each
 * file an fsync or fdatasync logged since reads as it did at the last
 * fsync that logged it (its extents, size and flags: the mount replays the
 * log tree, btrfs_recover_log_trees), then the mount commits.  Blocks
 * written in place since the commit (NOCOW) keep what was written.  A
 * file made since the commit and never logged is gone (one whose name
 * alone was logged, extsim_fs_log_exists, is there empty).
 * Needs a filesystem made with the power_loss option; else
 * EXTSIM_ERROR_INVAL and the state unchanged.
 */
EXTSIM_EXPORT gboolean extsim_fs_power_loss (extsim_fs *fs, GError **error);
/**
 * extsim_fs_logged_step:
 * Returns: the step (extsim_fs_get_step()) of the fsync that last logged
 *   @ino since the last commit, so that a power loss keeps it as it was
 *   then; 0 when none did (or the filesystem keeps no power loss state;
 *   extsim_fs_log_exists is not an fsync).
 */
EXTSIM_EXPORT guint64 extsim_fs_logged_step (const extsim_fs *fs, extsim_ino ino);
/**
 * extsim_fs_log_exists:
 * The log on disk gains the inode item of @ino, and nothing of its data
 * (btrfs_log_inode with LOG_INODE_EXISTS, when a name of the file goes
 * into the log without its fsync: a directory logged whole, a rename out
 * of one).  A file made since the commit that no fsync logged then comes
 * back from a power loss empty (size 0, no extents; its flags kept);
 * one the commit or an fsync holds is unchanged.  A filesystem without
 * the power_loss option keeps nothing and returns TRUE; a missing inode
 * is EXTSIM_ERROR_NOENT and nothing changes.
 */
EXTSIM_EXPORT gboolean extsim_fs_log_exists (extsim_fs *fs, extsim_ino ino, GError **error);
/*
 * echo @what > /proc/sys/vm/drop_caches: 1 drops the clean pages of the
 * page cache, 2 evicts every inode that is clean (written back by the
 * flusher or sync since it was last dirtied: an fsync is not enough) and
 * has no page cached, 3 does both, pages first; 4 only silences the
 * kernel's message.  An evicted file is read back as after a mount: its
 * writeback index and any writeback error no fsync reported are gone.
 * The @n_held files of @held (NULL when 0) are open in some process: they
 * stay.  EXTSIM_ERROR_INVAL for any other value of @what, the state
 * unchanged.
 */
EXTSIM_EXPORT gboolean extsim_fs_drop_caches (extsim_fs *fs, guint what, const extsim_ino *held, guint n_held,
					      GError **error);

/* ---- reading ------------------------------------------------------------- */

/* A run of @len bytes that all hold @fill. */
typedef struct {
	guint64 offset;
	guint64 len;
	guint8 fill;
} extsim_content_run;

/**
 * extsim_fs_pwrite_direct_runs:
 * @runs: (array length=n_runs): the bytes to write, as runs of one byte
 *   value at file offsets, each starting where the one before ends
 *   (EXTSIM_ERROR_INVAL else, nothing done)
 * The same direct write of bytes that change value, in write(2) calls of
 * @bsize bytes from the first run's offset: a call over several runs is
 * one call (dd oflag=direct copying a file).
 */
EXTSIM_EXPORT gboolean extsim_fs_pwrite_direct_runs (extsim_fs *fs, extsim_ino ino, const extsim_content_run *runs,
						     guint n_runs, guint64 bsize, guint64 *written, GError **error);

/**
 * extsim_fs_read:
 * Returns: (transfer full) (element-type extsim_content_run): what a read
 *   of [@offset, @offset + @len) returns now (clipped at the file size;
 *   @len 0 means to the end), adjacent equal runs merged.
 */
EXTSIM_EXPORT GArray *extsim_fs_read (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
				      GError **error);
/**
 * extsim_fs_readahead:
 * Reads [@offset, @offset + @len) (@len 0: to the end) into the page cache,
 * as a buffered read(2) or readahead(2) does.  The data does not change;
 * what does is the inode's extent map cache: the holes read are cached
 * (btrfs_do_readpage -> btrfs_get_extent), which decides whether a later
 * hole punch ending in a hole zeroes a block there (btrfs_punch_hole).
 * extsim_fs_read() and extsim_fs_md5() only look: a reader calls this first.
 */
EXTSIM_EXPORT gboolean extsim_fs_readahead (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					    GError **error);
/* md5 of the whole file, as 32 lowercase hex digits: (transfer full) */
EXTSIM_EXPORT gchar *extsim_fs_md5 (const extsim_fs *fs, extsim_ino ino, GError **error);

/* ---- inspection ----------------------------------------------------------- */

typedef struct {
	guint64 total;    /* bytes of data space */
	guint64 used;     /* referenced by extent items */
	guint64 reserved; /* allocated, extent item not yet inserted */
	guint64 pinned;   /* freed in the running transaction */
	guint64 may_use;  /* reservations not yet allocated */
	guint64 readonly; /* free space in read-only block groups */
	guint64 free;     /* total - used - reserved - pinned - readonly: what the allocator can hand out */
} extsim_space_info;

EXTSIM_EXPORT void extsim_fs_get_space_info (const extsim_fs *fs, extsim_space_info *out);

typedef enum {
	EXTSIM_INODE_NODATASUM = 1 << 0,
	EXTSIM_INODE_NODATACOW = 1 << 1,
	EXTSIM_INODE_PREALLOC = 1 << 2,
} extsim_inode_flags;

typedef struct {
	guint64 size;       /* i_size */
	guint64 disk_size;  /* i_size as on disk (what a snapshot sees) */
	guint32 flags;      /* extsim_inode_flags */
	int wb_error;       /* errno latched by writeback, 0 if none */
	guint64 dirty_bytes;
	guint64 lost_bytes; /* dirty data dropped by a failed writeback, not rewritten since */
} extsim_inode_info;

EXTSIM_EXPORT gboolean extsim_fs_inode_info (const extsim_fs *fs, extsim_ino ino, extsim_inode_info *out,
					     GError **error);

typedef enum {
	EXTSIM_FILE_EXTENT_REG,
	EXTSIM_FILE_EXTENT_PREALLOC,
	EXTSIM_FILE_EXTENT_INLINE, /* data in the metadata, at offset 0: no disk extent */
} extsim_file_extent_type;

/* One file extent item (EXTENT_DATA).  Holes have no item.  An inline
 * extent is reported as one item [0, sectorsize), as btrfs maps it
 * (btrfs_inode_set_file_extent_range), with disk_bytenr 0 and
 * disk_num_bytes the length of its data (ram_bytes). */
typedef struct {
	guint64 offset;        /* file offset (key offset) */
	guint64 len;           /* num_bytes */
	extsim_file_extent_type type;
	guint64 disk_bytenr;   /* the whole disk extent */
	guint64 disk_num_bytes;
	guint64 extent_offset; /* offset into the disk extent */
	guint64 generation;
} extsim_file_extent;

/* (transfer full) (element-type extsim_file_extent) */
EXTSIM_EXPORT GArray *extsim_fs_file_extents (const extsim_fs *fs, extsim_ino ino, GError **error);

typedef enum {
	EXTSIM_RESERVED,  /* bytes_may_use holds data space for it */
	EXTSIM_NORESERVE, /* admitted without a reservation, must be NOCOW */
} extsim_reserve_state;

typedef struct {
	guint64 offset;
	guint64 len;
	guint8 fill;
	extsim_reserve_state state;
} extsim_dirty_range;

/* (transfer full) (element-type extsim_dirty_range); sector aligned */
EXTSIM_EXPORT GArray *extsim_fs_dirty_ranges (const extsim_fs *fs, extsim_ino ino, GError **error);

typedef struct {
	guint64 root;
	guint64 ino;
	guint64 origin; /* file offset at which the whole extent would start */
	guint64 count;  /* file extent items with this (root, ino, origin) */
} extsim_backref;

typedef struct {
	guint64 bytenr;
	guint64 num_bytes;
	guint64 generation;
	guint64 refs;      /* total references */
	guint n_backrefs;  /* distinct (root, ino, origin) */
} extsim_extent;

/* (transfer full) (element-type extsim_extent): every allocated extent */
EXTSIM_EXPORT GArray *extsim_fs_extents (const extsim_fs *fs);
/* (transfer full) (element-type extsim_backref); NULL with NOENT if no such extent */
EXTSIM_EXPORT GArray *extsim_fs_extent_backrefs (const extsim_fs *fs, guint64 bytenr, GError **error);

typedef struct {
	guint64 offset;
	guint64 len;
} extsim_range;

/* (transfer full) (element-type extsim_range): file ranges whose dirty data
 * a failed writeback dropped and nothing has rewritten since. */
EXTSIM_EXPORT GArray *extsim_fs_lost_ranges (const extsim_fs *fs, extsim_ino ino, GError **error);

/* FIEMAP_EXTENT_* */
#define EXTSIM_FIEMAP_LAST 0x00000001
#define EXTSIM_FIEMAP_UNKNOWN 0x00000002
#define EXTSIM_FIEMAP_DELALLOC 0x00000004
#define EXTSIM_FIEMAP_NOT_ALIGNED 0x00000100
#define EXTSIM_FIEMAP_DATA_INLINE 0x00000200
#define EXTSIM_FIEMAP_UNWRITTEN 0x00000800
#define EXTSIM_FIEMAP_SHARED 0x00002000

typedef struct {
	guint64 logical;
	guint64 physical;
	guint64 length;
	guint32 flags;
} extsim_fiemap_extent;

/* FIEMAP_FLAG_SYNC: write the file back before mapping it */
#define EXTSIM_FIEMAP_FLAG_SYNC 0x00000001

/**
 * extsim_fs_fiemap:
 * @request_flags: 0 or EXTSIM_FIEMAP_FLAG_SYNC
 * Returns: (transfer full) (element-type extsim_fiemap_extent): the
 *   mapping of [@offset, @offset + @len) (@len 0: whole file) as
 *   FS_IOC_FIEMAP reports it: holes are absent; dirty ranges over holes are
 *   DELALLOC|UNKNOWN with physical 0; an extent is SHARED when its disk
 *   extent has more than one distinct back reference; PREALLOC is
 *   UNWRITTEN; an inline extent is [0, sectorsize) at physical 0,
 *   DATA_INLINE|NOT_ALIGNED; neighbours with equal flags and contiguous
 *   addresses are merged (delalloc, which has no address: contiguous in
 *   the file); the extent that reaches the end of the file carries LAST.
 *   Without FIEMAP_FLAG_SYNC an extent made by a writeback over a hole
 *   whose ordered extent has not finished is delalloc (see fiemap.c).
 */
EXTSIM_EXPORT GArray *extsim_fs_fiemap (extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len,
					guint32 request_flags, GError **error);

typedef struct {
	guint64 steps;
	guint64 commits;
	guint64 reservation_failures;  /* data reservations that failed even after flushing */
	guint64 noreserve_admissions;  /* bytes admitted without reservation */
	guint64 nocow_bytes;           /* written back in place */
	guint64 cow_bytes;             /* written back to new extents */
	guint64 enospc_write;          /* write(2) calls failed with ENOSPC */
	guint64 enospc_writeback;      /* writebacks that found no space */
	guint64 lost_bytes;            /* dirty bytes dropped by failed writeback */
	guint64 remap_prep_flush_bytes;    /* written back by clone/dedupe preparation */
	guint64 snapshot_prep_flush_bytes; /* written back by snapshot preparation */
	guint64 inline_bytes;          /* written back inline, into the metadata */
} extsim_stats;

EXTSIM_EXPORT void extsim_fs_get_stats (const extsim_fs *fs, extsim_stats *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (extsim_fs, extsim_fs_free)

G_END_DECLS
