/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Bad input (issue 2): a call with arguments a user could get wrong
 * returns FALSE (or NULL) with an EXTSIM_ERROR saying what was wrong, and
 * leaves the state exactly as it was: same hash, same step counter, same
 * statistics.  One exception is the kernel's: btrfs_remap_file_range_prep
 * writes back the two ranges before generic_remap_file_range_prep checks
 * alignment and ranges, so a clone or dedupe refused there has made one
 * step and left the state exactly as that writeback alone would.  Offset + length never wraps.  A NULL handle is a caller's
 * bug: g_return_val_if_fail logs a critical and the call returns, it does
 * not crash.
 *
 * The expected error codes are the errno Linux returns for the same call
 * (fs/read_write.c rw_verify_area, fs/open.c vfs_fallocate and ftruncate,
 * fs/remap_range.c generic_remap_checks and vfs_dedupe_file_range,
 * fs/ioctl.c fiemap_prep).  A file position is a signed loff_t there: an
 * offset or length of 2^63 or more is negative, which is EINVAL; EFBIG is
 * for a valid position past the maximum file size.  Rows marked LIBRARY
 * BUG are where the library answers otherwise.
 */
#include "ext-test.h"

#include <string.h>

/* 2^63: a negative loff_t */
#define NEG (G_GUINT64_CONSTANT (1) << 63)
/* 2^64 - 4 KiB: block aligned, and negative as a loff_t */
#define TOP (G_MAXUINT64 - 4 * KiB + 1)
/* the last block that starts inside the maximum file size */
#define LAST_BLOCK (EXTSIM_MAX_FILE_SIZE - 4 * KiB + 1)

/* ---- the state every bad call is tried against ---------------------------- */

typedef struct {
	extsim_fs *fs;
	extsim_ino a, b, n, u, gone;
	guint64 snap, ro, empty;
	guint64 bytenr; /* a's first disk extent */
} world;

/*
 *   a     [ R 0-256k                    ][ P 256k-512k            ]
 *         0-128k shared with b and both snapshots      dirty 300k-316k
 *   b     [ R 0-128k = a's extent ][ dirty 128k-132k ]
 *   n     nodatacow (NODATASUM) [ R 0-64k ]
 *   u     [ R 0-10000 ]   (i_size not block aligned)
 *   gone  written, then unlinked
 *   snap  writable snapshot of the top level; ro: read-only snapshot;
 *   empty a subvolume with no files
 */
static world
world_new (void)
{
	world w;
	GError *err = NULL;
	g_autoptr (GArray) items = NULL;
	g_autoptr (GArray) dirty = NULL;

	w.fs = t_fs_new (NULL, 0, 0);
	w.a = t_create (w.fs);
	w.b = t_create (w.fs);
	w.n = t_create (w.fs);
	w.u = t_create (w.fs);
	w.gone = t_create (w.fs);
	extsim_fs_set_nodatacow (w.fs, w.n, &err);
	ext_assert_no_error (err);
	t_pwrite (w.fs, w.a, 0, 256 * KiB, 0xaa);
	t_fsync (w.fs, w.a);
	t_falloc (w.fs, w.a, 256 * KiB, 256 * KiB);
	t_pwrite (w.fs, w.n, 0, 64 * KiB, 0xcc);
	t_pwrite (w.fs, w.u, 0, 10000, 0xdd);
	t_pwrite (w.fs, w.gone, 0, 8 * KiB, 0xee);
	extsim_fs_sync (w.fs);
	extsim_fs_unlink (w.fs, w.gone, &err);
	ext_assert_no_error (err);
	t_reflink (w.fs, w.a, 0, w.b, 0, 128 * KiB);
	w.snap = t_snapshot (w.fs, EXTSIM_FS_TREE);
	extsim_fs_snapshot (w.fs, EXTSIM_FS_TREE, TRUE, &w.ro, &err);
	ext_assert_no_error (err);
	extsim_fs_subvolume_create (w.fs, &w.empty, &err);
	ext_assert_no_error (err);
	t_pwrite (w.fs, w.a, 300 * KiB, 16 * KiB, 0xab);
	t_pwrite (w.fs, w.b, 128 * KiB, 4 * KiB, 0xbb);
	items = extsim_fs_file_extents (w.fs, w.a, &err);
	ext_assert_no_error (err);
	w.bytenr = g_array_index (items, extsim_file_extent, 0).disk_bytenr;
	dirty = extsim_fs_dirty_ranges (w.fs, w.a, NULL);
	ext_assert_int_eq (dirty->len, 1);
	t_assert_clean (w.fs);
	return w;
}

/* ---- the table ------------------------------------------------------------- */

typedef enum {
	OP_PWRITE,
	OP_FALLOCATE,
	OP_PUNCH_HOLE,
	OP_ZERO_RANGE,
	OP_TRUNCATE,
	OP_CLONE_RANGE,
	OP_DEDUPE_RANGE,
	OP_FSYNC,
	OP_RELEASE,
	OP_FDATASYNC,
	OP_WRITEBACK,
	OP_FLUSH,
	OP_FLUSH_NORESERVE,
	OP_FLUSH_SUBVOLUME,
	OP_UNLINK,
	OP_SET_NODATACOW,
	OP_NAME_CHANGED,
	OP_CREATE,
	OP_SNAPSHOT,
	OP_FIEMAP,
	OP_READ,
	OP_READAHEAD,
	OP_MD5,
	OP_INODE_INFO,
	OP_FILE_EXTENTS,
	OP_DIRTY_RANGES,
	OP_LOST_RANGES,
	OP_EXTENT_BACKREFS,
} op_kind;

/* Which file (or, for create, snapshot and flush_subvolume, its subvolume). */
typedef enum {
	A,
	B,
	N,
	U,
	GONE,        /* unlinked */
	NO_INO,      /* (top level, 9999) */
	NO_ROOT,     /* (4242, a's number) */
	OTHER_ROOT,  /* (an empty subvolume, a's number) */
	RO_A,        /* a in the read-only snapshot */
	BYTENR,      /* extent_backrefs: offset is relative to a's extent */
	ABSOLUTE,    /* extent_backrefs: offset is the bytenr */
} target;

typedef struct {
	const char *what;
	op_kind op;
	target t;
	guint64 off, len;
	target t2; /* clone and dedupe: the destination */
	guint64 off2;
	guint32 flags; /* fallocate / zero_range mode, fiemap flags */
	int code;
} bad_call;

static const bad_call bad_calls[] = {
	/* pwrite */
	{ "pwrite to a missing inode", OP_PWRITE, NO_INO, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "pwrite in a missing subvolume", OP_PWRITE, NO_ROOT, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "pwrite to an unlinked file", OP_PWRITE, GONE, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "pwrite to an inode number of another subvolume", OP_PWRITE, OTHER_ROOT, 0, 4 * KiB, 0, 0, 0,
	  EXTSIM_ERROR_NOENT },
	{ "pwrite into a read-only snapshot", OP_PWRITE, RO_A, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_ROFS },
	/* LIBRARY BUG: rw_verify_area: a negative position is EINVAL; the library says FBIG */
	{ "pwrite at 2^64 - 4k", OP_PWRITE, A, TOP, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: rw_verify_area: pos + count past 2^63 - 1 is EINVAL; the library says FBIG */
	{ "pwrite of the block ending at 2^63", OP_PWRITE, A, NEG - 4 * KiB, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: as above (and the sum must not wrap to a small end) */
	{ "pwrite whose end wraps past 2^64", OP_PWRITE, A, TOP, 8 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },

	/* fallocate */
	{ "fallocate of a missing inode", OP_FALLOCATE, NO_INO, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "fallocate in a read-only snapshot", OP_FALLOCATE, RO_A, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "fallocate of length 0", OP_FALLOCATE, A, 4 * KiB, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "fallocate of length 0 with a bad mode (EINVAL comes first)", OP_FALLOCATE, A, 4 * KiB, 0, 0, 0, 0x100,
	  EXTSIM_ERROR_INVAL },
	{ "fallocate with mode 0x2", OP_FALLOCATE, A, 0, 4 * KiB, 0, 0, 0x2, EXTSIM_ERROR_OPNOTSUPP },
	{ "fallocate with mode 0x80000000", OP_FALLOCATE, A, 0, 4 * KiB, 0, 0, 0x80000000u, EXTSIM_ERROR_OPNOTSUPP },
	{ "fallocate past the maximum file size", OP_FALLOCATE, A, LAST_BLOCK, 8 * KiB, 0, 0, 0, EXTSIM_ERROR_FBIG },
	/* LIBRARY BUG: vfs_fallocate: offset < 0 is EINVAL; the library says FBIG */
	{ "fallocate at 2^64 - 4k", OP_FALLOCATE, A, TOP, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: vfs_fallocate: len < 0 is EINVAL; the library says FBIG */
	{ "fallocate of length 2^63", OP_FALLOCATE, A, 0, NEG, 0, 0, 0, EXTSIM_ERROR_INVAL },

	/* punch hole */
	{ "punch hole in a missing inode", OP_PUNCH_HOLE, NO_INO, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "punch hole in a read-only snapshot", OP_PUNCH_HOLE, RO_A, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "punch hole of length 0", OP_PUNCH_HOLE, A, 0, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "punch hole past the maximum file size", OP_PUNCH_HOLE, A, LAST_BLOCK, 8 * KiB, 0, 0, 0, EXTSIM_ERROR_FBIG },
	/* LIBRARY BUG: vfs_fallocate: offset < 0 is EINVAL; the library says FBIG */
	{ "punch hole whose end wraps past 2^64", OP_PUNCH_HOLE, A, TOP, 8 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },

	/* zero range */
	{ "zero range in a missing inode", OP_ZERO_RANGE, NO_INO, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "zero range in a read-only snapshot", OP_ZERO_RANGE, RO_A, 0, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "zero range of length 0", OP_ZERO_RANGE, A, 0, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "zero range with mode 0x4", OP_ZERO_RANGE, A, 0, 4 * KiB, 0, 0, 0x4, EXTSIM_ERROR_OPNOTSUPP },
	{ "zero range past the maximum file size", OP_ZERO_RANGE, A, LAST_BLOCK, 8 * KiB, 0, 0, 0, EXTSIM_ERROR_FBIG },
	/* LIBRARY BUG: vfs_fallocate: offset < 0 is EINVAL; the library says FBIG */
	{ "zero range at 2^64 - 4k", OP_ZERO_RANGE, A, TOP, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },

	/* truncate */
	{ "truncate of a missing inode", OP_TRUNCATE, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "truncate in a read-only snapshot", OP_TRUNCATE, RO_A, 0, 0, 0, 0, 0, EXTSIM_ERROR_ROFS },
	/* LIBRARY BUG: ftruncate: length < 0 is EINVAL; the library says FBIG */
	{ "truncate to 2^63", OP_TRUNCATE, A, NEG, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: as above */
	{ "truncate to 2^64 - 1", OP_TRUNCATE, A, G_MAXUINT64, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },

	/* clone (FICLONERANGE) */
	{ "clone from a missing inode", OP_CLONE_RANGE, NO_INO, 0, 4 * KiB, B, 0, 0, EXTSIM_ERROR_NOENT },
	{ "clone into a missing inode", OP_CLONE_RANGE, A, 0, 4 * KiB, NO_INO, 0, 0, EXTSIM_ERROR_NOENT },
	{ "clone from a missing subvolume", OP_CLONE_RANGE, NO_ROOT, 0, 4 * KiB, B, 0, 0, EXTSIM_ERROR_NOENT },
	{ "clone into a read-only snapshot", OP_CLONE_RANGE, A, 0, 4 * KiB, RO_A, 0, 0, EXTSIM_ERROR_ROFS },
	{ "clone from an unaligned source offset", OP_CLONE_RANGE, A, 1000, 4 * KiB, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone to an unaligned destination offset", OP_CLONE_RANGE, A, 0, 4 * KiB, B, 1000, 0, EXTSIM_ERROR_INVAL },
	{ "clone of an unaligned length short of EOF", OP_CLONE_RANGE, A, 0, 1000, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone from past the source's EOF", OP_CLONE_RANGE, A, MiB, 4 * KiB, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone of a range running past the source's EOF", OP_CLONE_RANGE, A, 256 * KiB, 512 * KiB, B, 0, 0,
	  EXTSIM_ERROR_INVAL },
	{ "clone of length 0 (to EOF) from past EOF", OP_CLONE_RANGE, A, MiB, 0, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone overlapping itself in one file", OP_CLONE_RANGE, A, 0, 64 * KiB, A, 4 * KiB, 0, EXTSIM_ERROR_INVAL },
	{ "clone overlapping itself once EOF is rounded up", OP_CLONE_RANGE, U, 0, 0, U, 8 * KiB, 0,
	  EXTSIM_ERROR_INVAL },
	{ "clone from NODATASUM into checksummed", OP_CLONE_RANGE, N, 0, 4 * KiB, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone from checksummed into NODATASUM", OP_CLONE_RANGE, B, 0, 4 * KiB, N, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone of a partial EOF block into the middle of a file", OP_CLONE_RANGE, U, 8 * KiB, 0, B, 0, 0,
	  EXTSIM_ERROR_INVAL },
	{ "clone from 2^64 - 4k", OP_CLONE_RANGE, A, TOP, 4 * KiB, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone to 2^63", OP_CLONE_RANGE, A, 0, 4 * KiB, B, NEG, 0, EXTSIM_ERROR_INVAL },
	{ "clone whose end wraps past 2^64", OP_CLONE_RANGE, A, 4 * KiB, TOP, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "clone of length 2^63", OP_CLONE_RANGE, A, 0, NEG, B, 0, 0, EXTSIM_ERROR_INVAL },

	/* dedupe (FIDEDUPERANGE) */
	{ "dedupe from a missing inode", OP_DEDUPE_RANGE, NO_INO, 0, 4 * KiB, B, 0, 0, EXTSIM_ERROR_NOENT },
	{ "dedupe into a missing inode", OP_DEDUPE_RANGE, A, 0, 4 * KiB, NO_INO, 0, 0, EXTSIM_ERROR_NOENT },
	{ "dedupe from an unaligned offset", OP_DEDUPE_RANGE, A, 1000, 4 * KiB, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "dedupe to an unaligned offset", OP_DEDUPE_RANGE, A, 0, 4 * KiB, B, 1000, 0, EXTSIM_ERROR_INVAL },
	{ "dedupe of a range past the source's EOF", OP_DEDUPE_RANGE, A, 256 * KiB, 512 * KiB, B, 0, 0,
	  EXTSIM_ERROR_INVAL },
	{ "dedupe of a range past the destination's EOF", OP_DEDUPE_RANGE, A, 0, 64 * KiB, B, 128 * KiB, 0,
	  EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: vfs_dedupe_file_range: off + len > i_size is EINVAL even
	 * for len 0; the library returns TRUE and counts a step */
	{ "dedupe of length 0 from past the source's EOF", OP_DEDUPE_RANGE, A, MiB, 0, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "dedupe from NODATASUM into checksummed", OP_DEDUPE_RANGE, N, 0, 4 * KiB, B, 0, 0, EXTSIM_ERROR_INVAL },
	{ "dedupe overlapping itself in one file", OP_DEDUPE_RANGE, A, 0, 64 * KiB, A, 4 * KiB, 0, EXTSIM_ERROR_INVAL },
	{ "dedupe whose end wraps past 2^64", OP_DEDUPE_RANGE, A, 4 * KiB, TOP, B, 0, 0, EXTSIM_ERROR_INVAL },

	/* fsync, writeback, flush */
	{ "fsync of a missing inode", OP_FSYNC, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "fsync in a missing subvolume", OP_FSYNC, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "fdatasync of an unlinked file", OP_FDATASYNC, GONE, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "release of a missing inode", OP_RELEASE, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "release in a missing subvolume", OP_RELEASE, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "writeback of a missing inode", OP_WRITEBACK, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	/* LIBRARY BUG: sync_file_range: offset < 0 is EINVAL; the library says FBIG */
	{ "writeback at 2^64 - 4k", OP_WRITEBACK, A, TOP, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: the library checks the offset only when len != 0 and
	 * accepts this (and counts a step) */
	{ "writeback from 2^64 - 4k to the end", OP_WRITEBACK, A, TOP, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "flush of a missing inode", OP_FLUSH, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	/* LIBRARY BUG: sync_file_range: offset + nbytes < 0 is EINVAL; the library says FBIG */
	{ "flush whose end wraps past 2^64", OP_FLUSH, A, 4 * KiB, TOP, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: as writeback to the end above */
	{ "flush from 2^63 to the end", OP_FLUSH, A, NEG, 0, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "flush_noreserve of a missing inode", OP_FLUSH_NORESERVE, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "flush_subvolume of a missing subvolume", OP_FLUSH_SUBVOLUME, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },

	/* files and subvolumes */
	{ "unlink of a missing inode", OP_UNLINK, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "unlink of an unlinked file", OP_UNLINK, GONE, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "unlink in a read-only snapshot", OP_UNLINK, RO_A, 0, 0, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "chattr +C of a missing inode", OP_SET_NODATACOW, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "chattr +C in a read-only snapshot", OP_SET_NODATACOW, RO_A, 0, 0, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "name change of a missing inode", OP_NAME_CHANGED, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "name change in a read-only snapshot", OP_NAME_CHANGED, RO_A, 0, 0, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "create in a missing subvolume", OP_CREATE, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "create in a read-only snapshot", OP_CREATE, RO_A, 0, 0, 0, 0, 0, EXTSIM_ERROR_ROFS },
	{ "snapshot of a missing subvolume", OP_SNAPSHOT, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },

	/* queries */
	{ "fiemap of a missing inode", OP_FIEMAP, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	/* Linux says EBADR, which has no code here */
	{ "fiemap with flag 0x4", OP_FIEMAP, A, 0, 0, 0, 0, 0x4, EXTSIM_ERROR_INVAL },
	{ "fiemap with SYNC and a bad flag (nothing is written back)", OP_FIEMAP, A, 0, 0, 0, 0,
	  EXTSIM_FIEMAP_FLAG_SYNC | 0x80, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: fiemap_prep: start past s_maxbytes is EFBIG; the
	 * library returns an empty mapping */
	{ "fiemap from 2^63", OP_FIEMAP, A, NEG, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_FBIG },
	{ "read of a missing inode", OP_READ, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	/* LIBRARY BUG: pread: a negative position is EINVAL; the library
	 * returns no data */
	{ "read at 2^64 - 4k", OP_READ, A, TOP, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },
	/* LIBRARY BUG: offset + length wraps; the library reads to EOF */
	{ "read whose end wraps past 2^64", OP_READ, A, 4 * KiB, TOP, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "readahead of a missing inode", OP_READAHEAD, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "readahead at 2^64 - 4k", OP_READAHEAD, A, TOP, 4 * KiB, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "readahead whose end wraps past 2^64", OP_READAHEAD, A, 4 * KiB, TOP, 0, 0, 0, EXTSIM_ERROR_INVAL },
	{ "md5 of a missing inode", OP_MD5, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "md5 in a missing subvolume", OP_MD5, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "inode_info of a missing inode", OP_INODE_INFO, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "inode_info of an unlinked file", OP_INODE_INFO, GONE, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "file_extents of a missing inode", OP_FILE_EXTENTS, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "file_extents in another subvolume", OP_FILE_EXTENTS, OTHER_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "dirty_ranges of a missing inode", OP_DIRTY_RANGES, NO_INO, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "lost_ranges of a missing inode", OP_LOST_RANGES, NO_ROOT, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "extent_backrefs at bytenr 0", OP_EXTENT_BACKREFS, ABSOLUTE, 0, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "extent_backrefs inside an extent", OP_EXTENT_BACKREFS, BYTENR, 4 * KiB, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
	{ "extent_backrefs at 2^64 - 1", OP_EXTENT_BACKREFS, ABSOLUTE, G_MAXUINT64, 0, 0, 0, 0, EXTSIM_ERROR_NOENT },
};

static extsim_ino
ino_of (const world *w, target t)
{
	switch (t) {
	case A: return w->a;
	case B: return w->b;
	case N: return w->n;
	case U: return w->u;
	case GONE: return w->gone;
	case NO_INO: return (extsim_ino) { EXTSIM_FS_TREE, 9999 };
	case NO_ROOT: return (extsim_ino) { 4242, w->a.ino };
	case OTHER_ROOT: return (extsim_ino) { w->empty, w->a.ino };
	case RO_A: return (extsim_ino) { w->ro, w->a.ino };
	case BYTENR:
	case ABSOLUTE: break; /* an extent, not a file: any file will do */
	}
	return w->a;
}

/* A call that returns data: TRUE when it returned some, freeing it. */
static gboolean
got (GArray *a)
{
	g_autoptr (GArray) owned = a;

	return owned != NULL;
}

/* Makes the call; TRUE when it was accepted. */
static gboolean
call (const world *w, const bad_call *c, GError **err)
{
	extsim_fs *fs = w->fs;
	extsim_ino x = ino_of (w, c->t);
	extsim_ino y = c->t2 ? ino_of (w, c->t2) : w->a;
	guint64 out = 0;
	extsim_ino new_ino = { 0, 0 };
	extsim_inode_info info;

	switch (c->op) {
	case OP_PWRITE: return extsim_fs_pwrite (fs, x, c->off, c->len, 0x42, 0, &out, err);
	case OP_FALLOCATE: return extsim_fs_fallocate (fs, x, c->off, c->len, c->flags, err);
	case OP_PUNCH_HOLE: return extsim_fs_punch_hole (fs, x, c->off, c->len, err);
	case OP_ZERO_RANGE: return extsim_fs_zero_range (fs, x, c->off, c->len, c->flags, err);
	case OP_TRUNCATE: return extsim_fs_truncate (fs, x, c->off, err);
	case OP_CLONE_RANGE: return extsim_fs_clone_range (fs, x, c->off, y, c->off2, c->len, err);
	case OP_DEDUPE_RANGE: return extsim_fs_dedupe_range (fs, x, c->off, y, c->off2, c->len, &out, err);
	case OP_FSYNC: return extsim_fs_fsync (fs, x, err);
	case OP_RELEASE: return extsim_fs_release (fs, x, err);
	case OP_FDATASYNC: return extsim_fs_fdatasync (fs, x, err);
	case OP_WRITEBACK: return extsim_fs_writeback (fs, x, c->off, c->len, err);
	case OP_FLUSH: return extsim_fs_flush (fs, x, c->off, c->len, err);
	case OP_FLUSH_NORESERVE: return extsim_fs_flush_noreserve (fs, x, err);
	case OP_FLUSH_SUBVOLUME: return extsim_fs_flush_subvolume (fs, x.root, err);
	case OP_UNLINK: return extsim_fs_unlink (fs, x, err);
	case OP_SET_NODATACOW: return extsim_fs_set_nodatacow (fs, x, err);
	case OP_NAME_CHANGED: return extsim_fs_name_changed (fs, x, err);
	case OP_CREATE: return extsim_fs_create (fs, x.root, &new_ino, err);
	case OP_SNAPSHOT: return extsim_fs_snapshot (fs, x.root, FALSE, &out, err);
	case OP_FIEMAP: return got (extsim_fs_fiemap (fs, x, c->off, c->len, c->flags, err));
	case OP_READ: return got (extsim_fs_read (fs, x, c->off, c->len, err));
	case OP_READAHEAD: return extsim_fs_readahead (fs, x, c->off, c->len, err);
	case OP_MD5: {
		g_autofree char *md5 = extsim_fs_md5 (fs, x, err);

		return md5 != NULL;
	}
	case OP_INODE_INFO: return extsim_fs_inode_info (fs, x, &info, err);
	case OP_FILE_EXTENTS: return got (extsim_fs_file_extents (fs, x, err));
	case OP_DIRTY_RANGES: return got (extsim_fs_dirty_ranges (fs, x, err));
	case OP_LOST_RANGES: return got (extsim_fs_lost_ranges (fs, x, err));
	case OP_EXTENT_BACKREFS:
		return got (extsim_fs_extent_backrefs (fs, c->t == BYTENR ? w->bytenr + c->off : c->off, err));
	}
	ext_assert_int_eq (c->op, -1); /* every op is handled above */
	return FALSE;
}

static const char *
code_name (int code)
{
	static const char *const names[] = { "INVAL", "NOSPC", "NOENT", "ROFS", "FBIG", "BADE", "OPNOTSUPP", "XDEV" };

	return code >= 0 && code < (int) G_N_ELEMENTS (names) ? names[code] : "?";
}

/* "what: rejected with CODE" or "what: accepted", for one readable diff. */
static char *
outcome (const bad_call *c, gboolean accepted, const GError *err)
{
	if (accepted)
		return g_strdup_printf ("%s: accepted%s", c->what, err ? " with an error set" : "");
	if (!err)
		return g_strdup_printf ("%s: rejected with no error", c->what);
	if (err->domain != EXTSIM_ERROR)
		return g_strdup_printf ("%s: rejected in domain %s", c->what, g_quark_to_string (err->domain));
	return g_strdup_printf ("%s: rejected with %s", c->what, code_name (err->code));
}

/* Everything a rejected call must leave alone. */
typedef struct {
	guint64 hash, step;
	extsim_stats stats;
	guint violations;
	extsim_fs *copy;
} snapshot_of_state;

static snapshot_of_state
take (extsim_fs *fs)
{
	snapshot_of_state s = { extsim_fs_hash (fs), extsim_fs_get_step (fs), { 0 }, extsim_fs_violations (fs)->len,
				extsim_fs_clone (fs) };

	extsim_fs_get_stats (fs, &s.stats);
	return s;
}

static void
assert_unchanged (extsim_fs *fs, const snapshot_of_state *s)
{
	extsim_stats now;

	extsim_fs_get_stats (fs, &now);
	ext_assert_u64_eq (extsim_fs_hash (fs), s->hash);
	ext_assert_u64_eq (extsim_fs_get_step (fs), s->step);
	ext_assert_true (extsim_fs_equal (fs, s->copy));
	ext_assert_int_eq (memcmp (&now, &s->stats, sizeof now), 0);
	ext_assert_int_eq (extsim_fs_violations (fs)->len, s->violations);
}

/*
 * Is @c refused only after the kernel wrote back (the unpatched policy's
 * preparation: the source and destination ranges)?  The checks made
 * before it: the files, a read-only destination, NODATASUM, negative or
 * wrapping positions (remap_verify_area), dedupe's source range
 * (vfs_dedupe_file_range).
 */
static gboolean
refused_after_writeback (const world *w, const bad_call *c)
{
	extsim_ino src = ino_of (w, c->t), dst = ino_of (w, c->t2);
	extsim_inode_info si, di;

	if ((c->op != OP_CLONE_RANGE && c->op != OP_DEDUPE_RANGE) || c->code != EXTSIM_ERROR_INVAL)
		return FALSE;
	if (!extsim_fs_inode_info (w->fs, src, &si, NULL) || !extsim_fs_inode_info (w->fs, dst, &di, NULL))
		return FALSE;
	if ((si.flags ^ di.flags) & EXTSIM_INODE_NODATASUM)
		return FALSE;
	if (c->off > EXTSIM_MAX_FILE_SIZE || c->off2 > EXTSIM_MAX_FILE_SIZE || c->len > EXTSIM_MAX_FILE_SIZE - c->off ||
	    c->len > EXTSIM_MAX_FILE_SIZE - c->off2)
		return FALSE;
	return !(c->op == OP_DEDUPE_RANGE && c->off + c->len > si.size);
}

/* The state before @c, with only the writeback it makes before refusing. */
static extsim_fs *
expected_after_writeback (const world *w, const bad_call *c, extsim_fs *before)
{
	extsim_fs *e = extsim_fs_clone (before);
	extsim_ino src = ino_of (w, c->t), dst = ino_of (w, c->t2);
	extsim_inode_info si;
	guint64 wb;

	extsim_fs_inode_info (e, src, &si, NULL);
	if (c->len == 0 && c->op == OP_CLONE_RANGE)
		wb = c->off <= si.size ? ((si.size + 4 * KiB - 1) & ~(4 * KiB - 1)) - (c->off & ~(4 * KiB - 1)) : 0;
	else
		wb = (c->len + 4 * KiB - 1) & ~(4 * KiB - 1);
	extsim_fs_flush (e, src, c->off & ~(4 * KiB - 1), wb, NULL);
	extsim_fs_flush (e, dst, c->off2 & ~(4 * KiB - 1), wb, NULL);
	return e;
}

static void
assert_only_written_back (extsim_fs *fs, const snapshot_of_state *s, extsim_fs *expected, guint steps)
{
	ext_assert_true (extsim_fs_equal (fs, expected));
	ext_assert_u64_eq (extsim_fs_hash (fs), extsim_fs_hash (expected));
	ext_assert_u64_eq (extsim_fs_get_step (fs), s->step + steps);
	ext_assert_int_eq (extsim_fs_violations (fs)->len, s->violations);
}

START_TEST (a_bad_call_is_rejected_and_changes_nothing)
{
	const bad_call *c = &bad_calls[_i];
	world w = world_new ();
	snapshot_of_state before = take (w.fs);
	gboolean after_writeback = refused_after_writeback (&w, c);
	extsim_fs *expected = after_writeback ? expected_after_writeback (&w, c, before.copy) : NULL;
	GError *err = NULL;
	g_autofree char *want_quiet = g_strdup_printf ("%s: rejected with no error", c->what);
	g_autofree char *want = g_strdup_printf ("%s: rejected with %s", c->what, code_name (c->code));
	g_autofree char *have = NULL;
	gboolean accepted;

	/* a caller that passes no GError gets the same answer, quietly */
	accepted = call (&w, c, NULL);
	have = outcome (c, accepted, NULL);
	ext_assert_str_eq (have, want_quiet);
	if (after_writeback)
		assert_only_written_back (w.fs, &before, expected, 1);
	else
		assert_unchanged (w.fs, &before);
	g_free (have);

	accepted = call (&w, c, &err);
	have = outcome (c, accepted, err);
	ext_assert_str_eq (have, want);
	ext_assert_true (err->message && err->message[0]);
	g_clear_error (&err);
	if (after_writeback)
		assert_only_written_back (w.fs, &before, expected, 2);
	else
		assert_unchanged (w.fs, &before);
	extsim_fs_free (expected);
	extsim_fs_free (before.copy);
	extsim_fs_free (w.fs);
}
END_TEST

/* ---- what is not bad input ---------------------------------------------------- */

/* Accepted, and with no error set. */
#define assert_accepted(call_)                                                                      \
	do {                                                                                        \
		gboolean ok_ = (call_);                                                             \
		ext_assert_no_error (err);                                                          \
		ext_assert_true (ok_);                                                              \
	} while (0)

/* The neighbourhood of the rows above, done right, is accepted: the table
 * does not pass by rejecting everything. */
START_TEST (the_calls_done_right_are_accepted)
{
	world w = world_new ();
	extsim_ino ro_a = { w.ro, w.a.ino };
	GError *err = NULL;
	guint64 out = 0;
	extsim_ino new_ino;

	/* up to the maximum file size, not past it */
	assert_accepted (extsim_fs_fallocate (w.fs, w.a, LAST_BLOCK - 4 * KiB, 4 * KiB, EXTSIM_FALLOC_KEEP_SIZE, &err));
	assert_accepted (extsim_fs_truncate (w.fs, w.n, EXTSIM_MAX_FILE_SIZE, &err));
	assert_accepted (extsim_fs_writeback (w.fs, w.a, EXTSIM_MAX_FILE_SIZE - 4 * KiB, 4 * KiB, &err));
	/* a partial EOF block may land at or past the destination's end */
	assert_accepted (extsim_fs_clone_range (w.fs, w.u, 0, w.b, 256 * KiB, 0, &err));
	/* length 0 from exactly EOF clones nothing, successfully */
	assert_accepted (extsim_fs_clone_range (w.fs, w.a, 512 * KiB, w.b, 0, 0, &err));
	/* a read-only snapshot is a fine source, and fsync of it is fine */
	assert_accepted (extsim_fs_clone_range (w.fs, ro_a, 0, w.a, 64 * KiB, 4 * KiB, &err));
	assert_accepted (extsim_fs_fsync (w.fs, ro_a, &err));
	assert_accepted (extsim_fs_snapshot (w.fs, w.ro, TRUE, &out, &err));
	assert_accepted (extsim_fs_dedupe_range (w.fs, w.a, 4 * KiB, w.b, 4 * KiB, 0, &out, &err));
	assert_accepted (extsim_fs_create (w.fs, w.empty, &new_ino, &err));
	assert_accepted (got (extsim_fs_fiemap (w.fs, w.a, 0, 0, EXTSIM_FIEMAP_FLAG_SYNC, &err)));
	/* a length to the end of the offsets (xfs_io's fiemap asks ~0) maps
	 * what a length of 0 does: aligned up, it once wrapped to nothing */
	{
		g_autoptr (GArray) whole = extsim_fs_fiemap (w.fs, w.a, 0, 0, 0, &err);
		g_autoptr (GArray) all = extsim_fs_fiemap (w.fs, w.a, 0, G_MAXUINT64, 0, &err);
		g_autoptr (GArray) rest = extsim_fs_fiemap (w.fs, w.a, 4 * KiB, G_MAXUINT64 - 4 * KiB, 0, &err);

		ext_assert_no_error (err);
		ext_assert_u64_gt (whole->len, 0);
		ext_assert_int_eq (all->len, whole->len);
		for (guint i = 0; i < whole->len; i++) {
			const extsim_fiemap_extent *x = &g_array_index (all, extsim_fiemap_extent, i);
			const extsim_fiemap_extent *y = &g_array_index (whole, extsim_fiemap_extent, i);

			ext_assert_u64_eq (x->logical, y->logical);
			ext_assert_u64_eq (x->physical, y->physical);
			ext_assert_u64_eq (x->length, y->length);
			ext_assert_u64_eq (x->flags, y->flags);
		}
		ext_assert_u64_gt (rest->len, 0);
	}
	assert_accepted (got (extsim_fs_extent_backrefs (w.fs, w.bytenr, &err)));
	assert_accepted (extsim_fs_pwrite (w.fs, w.a, 4 * KiB, 0, 0x42, 0, &out, &err));
	t_assert_clean (w.fs);
	extsim_fs_free (w.fs);
}
END_TEST

/* btrfs_remap_file_range_prep checks EROFS for clone only: dedupe leaves
 * the contents as they are, and Linux allows it on a read-only snapshot
 * (btrfs-semantics.md section 4: "Prep skips the EROFS/EXDEV checks").
 * LIBRARY BUG: the library rejects it with ROFS. */
START_TEST (dedupe_into_a_read_only_snapshot_is_allowed)
{
	world w = world_new ();
	extsim_ino ro_a = { w.ro, w.a.ino };
	guint64 deduped = 0;
	GError *err = NULL;
	gboolean ok = extsim_fs_dedupe_range (w.fs, w.a, 0, ro_a, 0, 64 * KiB, &deduped, &err);

	ext_assert_no_error (err);
	ext_assert_true (ok);
	ext_assert_u64_eq (deduped, 64 * KiB);
	t_assert_clean (w.fs);
	extsim_fs_free (w.fs);
}
END_TEST

/* ---- extsim_fs_new ------------------------------------------------------------- */

typedef enum {
	O_VERSION,
	O_SECTORSIZE,
	O_DEVICE,
	O_DATA,
	O_MAX_EXTENT,
	O_MAX_PREALLOC,
	O_WRITE_CHUNK,
	O_MOUNT_FLAGS,
	O_POLICY,
} option_field;

static gboolean
no_remap (extsim_fs *fs, const extsim_remap_args *args, GError **error)
{
	return TRUE;
}

static gboolean
no_snapshot (extsim_fs *fs, guint64 root, GError **error)
{
	return TRUE;
}

static gboolean
no_admit (const extsim_fs *fs, extsim_ino ino, guint64 offset, guint64 len)
{
	return FALSE;
}

static const extsim_policy bad_policies[] = {
	{ EXTSIM_POLICY_VERSION, "no-remap", "", NULL, no_snapshot, no_admit, no_admit },
	{ EXTSIM_POLICY_VERSION, "no-snapshot", "", no_remap, NULL, no_admit, no_admit },
	{ EXTSIM_POLICY_VERSION, "no-admit", "", no_remap, no_snapshot, NULL, no_admit },
	{ EXTSIM_POLICY_VERSION, "no-direct", "", no_remap, no_snapshot, no_admit, NULL },
	{ EXTSIM_POLICY_VERSION, NULL, "", no_remap, no_snapshot, no_admit, no_admit },
	{ EXTSIM_POLICY_VERSION + 1, "future", "", no_remap, no_snapshot, no_admit, no_admit },
	{ 0, "zero", "", no_remap, no_snapshot, no_admit, no_admit },
};

static const extsim_policy good_policy = { EXTSIM_POLICY_VERSION, "mine", "", no_remap, no_snapshot, no_admit,
					   no_admit };

typedef struct {
	const char *what;
	option_field field;
	guint64 value;
} option_case;

static const option_case bad_options[] = {
	{ "options version 0", O_VERSION, 0 },
	{ "options version 2", O_VERSION, EXTSIM_FS_OPTIONS_VERSION + 1 },
	{ "sectorsize 1000", O_SECTORSIZE, 1000 },
	{ "sectorsize 0", O_SECTORSIZE, 0 },
	{ "sectorsize 8192", O_SECTORSIZE, 8192 },
	{ "sectorsize 131072", O_SECTORSIZE, 131072 },
	{ "device size 0", O_DEVICE, 0 },
	{ "device size 1 MiB", O_DEVICE, MiB },
	{ "device size 16 MiB: no room for data", O_DEVICE, 16 * MiB },
	{ "device size 2^64 - 1", O_DEVICE, G_MAXUINT64 },
	{ "data size above the device size", O_DATA, 256 * MiB + 4 * KiB },
	{ "data size below one sector", O_DATA, 1 },
	{ "max extent size 0", O_MAX_EXTENT, 0 },
	{ "max extent size 1000", O_MAX_EXTENT, 1000 },
	{ "max extent size not a multiple of the sector", O_MAX_EXTENT, EXTSIM_MAX_EXTENT_SIZE + 512 },
	{ "max prealloc extent size 0", O_MAX_PREALLOC, 0 },
	{ "max prealloc extent size unaligned", O_MAX_PREALLOC, 4 * KiB + 1 },
	{ "write chunk unaligned", O_WRITE_CHUNK, 4 * KiB + 512 },
	{ "unknown mount flag", O_MOUNT_FLAGS, 1 << 7 },
	{ "policy without remap_prepare", O_POLICY, 0 },
	{ "policy without snapshot_prepare", O_POLICY, 1 },
	{ "policy without admit_noreserve", O_POLICY, 2 },
	{ "policy of version 2 without direct_noreserve", O_POLICY, 3 },
	{ "policy without a name", O_POLICY, 4 },
	{ "policy of a future version", O_POLICY, 5 },
	{ "policy of version 0", O_POLICY, 6 },
};

static void
set_option (extsim_fs_options *o, const option_case *c)
{
	switch (c->field) {
	case O_VERSION: o->version = (guint) c->value; break;
	case O_SECTORSIZE: o->sectorsize = (guint32) c->value; break;
	case O_DEVICE: o->device_size = c->value; break;
	case O_DATA: o->data_size = c->value; break;
	case O_MAX_EXTENT: o->max_extent_size = c->value; break;
	case O_MAX_PREALLOC: o->max_prealloc_extent_size = c->value; break;
	case O_WRITE_CHUNK: o->write_chunk = c->value; break;
	case O_MOUNT_FLAGS: o->mount_flags = (guint32) c->value; break;
	case O_POLICY: o->policy = &bad_policies[c->value]; break;
	}
}

START_TEST (bad_options_make_no_filesystem)
{
	const option_case *c = &bad_options[_i];
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;
	GError *err = NULL;
	extsim_fs *fs;
	g_autofree char *want = g_strdup_printf ("%s: rejected with INVAL", c->what);
	g_autofree char *have = NULL;

	set_option (&o, c);
	fs = extsim_fs_new (&o, NULL);
	ext_assert_true (fs == NULL);
	fs = extsim_fs_new (&o, &err);
	have = fs ? g_strdup_printf ("%s: accepted", c->what)
		  : err ? g_strdup_printf ("%s: rejected with %s", c->what,
					   err->domain == EXTSIM_ERROR ? code_name (err->code) : "a foreign domain")
			: g_strdup_printf ("%s: rejected with no error", c->what);
	extsim_fs_free (fs);
	ext_assert_str_eq (have, want);
	ext_assert_true (err->message && err->message[0]);
	g_clear_error (&err);
}
END_TEST

/* The limits themselves, and a researcher's complete policy, are fine. */
START_TEST (good_options_make_a_filesystem)
{
	const option_case good[] = {
		{ "sectorsize 16384", O_SECTORSIZE, 16384 },
		{ "sectorsize 65536", O_SECTORSIZE, 65536 },
		{ "device size 4 EiB", O_DEVICE, G_GUINT64_CONSTANT (1) << 62 },
		{ "data size equal to the device size", O_DATA, 256 * MiB },
		{ "data size one sector", O_DATA, 4 * KiB },
		{ "max extent size one sector", O_MAX_EXTENT, 4 * KiB },
		{ "write chunk two sectors", O_WRITE_CHUNK, 8 * KiB },
		{ "both mount flags", O_MOUNT_FLAGS, EXTSIM_MOUNT_NODATACOW | EXTSIM_MOUNT_NODATASUM },
	};
	GError *err = NULL;
	extsim_fs *fs = extsim_fs_new (NULL, &err);
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;

	ext_assert_no_error (err);
	ext_assert_true (fs != NULL);
	extsim_fs_free (fs);
	for (guint i = 0; i < G_N_ELEMENTS (good); i++) {
		extsim_fs_options x = EXTSIM_FS_OPTIONS_INIT;

		set_option (&x, &good[i]);
		if (good[i].field == O_SECTORSIZE)
			x.max_extent_size = x.max_prealloc_extent_size = 4 * MiB;
		fs = extsim_fs_new (&x, &err);
		ext_assert_no_error (err);
		ext_assert_true (fs != NULL);
		extsim_fs_free (fs);
	}
	o.policy = &good_policy;
	fs = extsim_fs_new (&o, &err);
	ext_assert_no_error (err);
	ext_assert_true (extsim_fs_get_policy (fs) == &good_policy);
	extsim_fs_free (fs);
}
END_TEST

/* ---- NULL handles: the caller's bug, a critical, no crash ---------------------- */

static guint criticals;

static void
count_criticals (const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
	if (level & G_LOG_LEVEL_CRITICAL)
		criticals++;
}

static void
catch_criticals (void)
{
	criticals = 0;
	/* whatever G_DEBUG says, a critical here is counted, not fatal */
	g_log_set_always_fatal (G_LOG_LEVEL_ERROR);
	g_log_set_fatal_mask (NULL, G_LOG_LEVEL_ERROR);
	g_log_set_default_handler (count_criticals, NULL);
}

typedef struct {
	const char *what;
	/* TRUE when the call returned its failure value */
	gboolean (*call) (const world *w);
} null_call;

#define NULL_CALL(name_, expr_)                                                                     \
	static gboolean null_##name_ (const world *w)                                               \
	{                                                                                           \
		return expr_;                                                                       \
	}

static gboolean
null_array (GArray *a)
{
	return !got (a);
}

static gboolean
empty_array (GArray *a)
{
	g_autoptr (GArray) owned = a;

	return owned && owned->len == 0;
}

static gboolean
empty_ptr_array (GPtrArray *a)
{
	g_autoptr (GPtrArray) owned = a;

	return owned && owned->len == 0;
}

NULL_CALL (pwrite, !extsim_fs_pwrite (NULL, w->a, 0, 4 * KiB, 0, 0, NULL, NULL))
NULL_CALL (fallocate, !extsim_fs_fallocate (NULL, w->a, 0, 4 * KiB, 0, NULL))
NULL_CALL (punch_hole, !extsim_fs_punch_hole (NULL, w->a, 0, 4 * KiB, NULL))
NULL_CALL (zero_range, !extsim_fs_zero_range (NULL, w->a, 0, 4 * KiB, 0, NULL))
NULL_CALL (truncate, !extsim_fs_truncate (NULL, w->a, 0, NULL))
NULL_CALL (clone_range, !extsim_fs_clone_range (NULL, w->a, 0, w->b, 0, 4 * KiB, NULL))
NULL_CALL (dedupe_range, !extsim_fs_dedupe_range (NULL, w->a, 0, w->b, 0, 4 * KiB, NULL, NULL))
NULL_CALL (fsync, !extsim_fs_fsync (NULL, w->a, NULL))
NULL_CALL (fdatasync, !extsim_fs_fdatasync (NULL, w->a, NULL))
NULL_CALL (release, !extsim_fs_release (NULL, w->a, NULL))
NULL_CALL (writeback, !extsim_fs_writeback (NULL, w->a, 0, 0, NULL))
NULL_CALL (flush, !extsim_fs_flush (NULL, w->a, 0, 0, NULL))
NULL_CALL (flush_noreserve, !extsim_fs_flush_noreserve (NULL, w->a, NULL))
NULL_CALL (flush_subvolume, !extsim_fs_flush_subvolume (NULL, EXTSIM_FS_TREE, NULL))
NULL_CALL (unlink, !extsim_fs_unlink (NULL, w->a, NULL))
NULL_CALL (set_nodatacow, !extsim_fs_set_nodatacow (NULL, w->a, NULL))
NULL_CALL (name_changed, !extsim_fs_name_changed (NULL, w->a, NULL))
NULL_CALL (log_exists, !extsim_fs_log_exists (NULL, w->a, NULL))
NULL_CALL (create, !extsim_fs_create (NULL, EXTSIM_FS_TREE, &(extsim_ino) { 0, 0 }, NULL))
NULL_CALL (create_out, !extsim_fs_create (w->fs, EXTSIM_FS_TREE, NULL, NULL))
NULL_CALL (subvolume_create, !extsim_fs_subvolume_create (NULL, &(guint64) { 0 }, NULL))
NULL_CALL (subvolume_create_out, !extsim_fs_subvolume_create (w->fs, NULL, NULL))
NULL_CALL (snapshot, !extsim_fs_snapshot (NULL, EXTSIM_FS_TREE, FALSE, &(guint64) { 0 }, NULL))
NULL_CALL (snapshot_out, !extsim_fs_snapshot (w->fs, EXTSIM_FS_TREE, FALSE, NULL, NULL))
NULL_CALL (fiemap, null_array (extsim_fs_fiemap (NULL, w->a, 0, 0, 0, NULL)))
NULL_CALL (read, null_array (extsim_fs_read (NULL, w->a, 0, 0, NULL)))
NULL_CALL (readahead, !extsim_fs_readahead (NULL, w->a, 0, 0, NULL))
NULL_CALL (md5, extsim_fs_md5 (NULL, w->a, NULL) == NULL)
NULL_CALL (inode_info, !extsim_fs_inode_info (NULL, w->a, &(extsim_inode_info) { 0 }, NULL))
NULL_CALL (inode_info_out, !extsim_fs_inode_info (w->fs, w->a, NULL, NULL))
NULL_CALL (file_extents, null_array (extsim_fs_file_extents (NULL, w->a, NULL)))
NULL_CALL (dirty_ranges, null_array (extsim_fs_dirty_ranges (NULL, w->a, NULL)))
NULL_CALL (lost_ranges, null_array (extsim_fs_lost_ranges (NULL, w->a, NULL)))
NULL_CALL (extent_backrefs, null_array (extsim_fs_extent_backrefs (NULL, w->bytenr, NULL)))
NULL_CALL (extents, empty_array (extsim_fs_extents (NULL)))
NULL_CALL (check, empty_ptr_array (extsim_fs_check (NULL)))
NULL_CALL (violations, extsim_fs_violations (NULL) == NULL)
NULL_CALL (hash, extsim_fs_hash (NULL) == 0)
NULL_CALL (equal_first, !extsim_fs_equal (NULL, w->fs))
NULL_CALL (equal_second, !extsim_fs_equal (w->fs, NULL))
NULL_CALL (clone, extsim_fs_clone (NULL) == NULL)
NULL_CALL (get_step, extsim_fs_get_step (NULL) == 0)
NULL_CALL (get_transid, extsim_fs_get_transid (NULL) == 0)
NULL_CALL (get_sectorsize, extsim_fs_get_sectorsize (NULL) == 0)
NULL_CALL (get_policy, extsim_fs_get_policy (NULL) == NULL)
NULL_CALL (inode_exists, !extsim_fs_inode_exists (NULL, w->a))
NULL_CALL (get_space_info, (extsim_fs_get_space_info (NULL, &(extsim_space_info) { 0 }), TRUE))
NULL_CALL (get_space_info_out, (extsim_fs_get_space_info (w->fs, NULL), TRUE))
NULL_CALL (get_stats, (extsim_fs_get_stats (NULL, &(extsim_stats) { 0 }), TRUE))
NULL_CALL (sync, (extsim_fs_sync (NULL), TRUE))
NULL_CALL (pwrite_direct, !extsim_fs_pwrite_direct (NULL, w->a, 0, 4 * KiB, 0, 0, NULL, NULL))
NULL_CALL (pwrite_direct_runs, !extsim_fs_pwrite_direct_runs (NULL, w->a, &(extsim_content_run) { 0, 4096, 0 }, 1, 0,
							      NULL, NULL))
NULL_CALL (pwrite_direct_runs_null, !extsim_fs_pwrite_direct_runs (w->fs, w->a, NULL, 1, 0, NULL, NULL))
NULL_CALL (batch_begin, (extsim_fs_batch_begin (NULL), TRUE))
NULL_CALL (batch_end, (extsim_fs_batch_end (NULL), TRUE))
NULL_CALL (batch_end_unopened, (extsim_fs_batch_end (w->fs), TRUE))
NULL_CALL (parse_size, !extsim_script_parse_size (NULL, &(guint64) { 0 }))
NULL_CALL (commit, (extsim_fs_commit (NULL), TRUE))
NULL_CALL (remount, (extsim_fs_remount (NULL), TRUE))
NULL_CALL (set_policy, (extsim_fs_set_policy (NULL, &extsim_policy_patched), TRUE))
NULL_CALL (set_bad_policy, (extsim_fs_set_policy (w->fs, &bad_policies[0]),
			    extsim_fs_get_policy (w->fs) == &extsim_policy_unpatched))
NULL_CALL (set_trace, (extsim_fs_set_trace (NULL, NULL, NULL), TRUE))
NULL_CALL (policy_validate, !extsim_policy_validate (NULL, NULL))
NULL_CALL (policy_lookup, extsim_policy_lookup (NULL) == NULL)
NULL_CALL (data_size_for_sectorsize_1000, extsim_data_size_for_device (256 * MiB, 1000) == 0)

#define ROW(name_) { #name_, null_##name_ }

static const null_call null_calls[] = {
	ROW (pwrite),
	ROW (fallocate),
	ROW (punch_hole),
	ROW (zero_range),
	ROW (truncate),
	ROW (clone_range),
	ROW (dedupe_range),
	ROW (fsync),
	ROW (fdatasync),
	ROW (release),
	ROW (writeback),
	ROW (flush),
	ROW (flush_noreserve),
	ROW (flush_subvolume),
	ROW (unlink),
	ROW (set_nodatacow),
	ROW (name_changed),
	ROW (log_exists),
	ROW (create),
	ROW (create_out),
	ROW (subvolume_create),
	ROW (subvolume_create_out),
	ROW (snapshot),
	ROW (snapshot_out),
	ROW (fiemap),
	ROW (read),
	ROW (readahead),
	ROW (md5),
	ROW (inode_info),
	ROW (inode_info_out),
	ROW (file_extents),
	ROW (dirty_ranges),
	ROW (lost_ranges),
	ROW (extent_backrefs),
	ROW (extents),
	ROW (check),
	ROW (violations),
	ROW (hash),
	ROW (equal_first),
	ROW (equal_second),
	ROW (clone),
	ROW (get_step),
	ROW (get_transid),
	ROW (get_sectorsize),
	ROW (get_policy),
	ROW (inode_exists),
	ROW (get_space_info),
	ROW (get_space_info_out),
	ROW (get_stats),
	ROW (sync),
	ROW (pwrite_direct),
	ROW (pwrite_direct_runs),
	ROW (pwrite_direct_runs_null),
	ROW (batch_begin),
	ROW (batch_end),
	ROW (batch_end_unopened),
	ROW (parse_size),
	ROW (commit),
	ROW (remount),
	ROW (set_policy),
	ROW (set_bad_policy),
	ROW (set_trace),
	ROW (policy_validate),
	ROW (policy_lookup),
	ROW (data_size_for_sectorsize_1000),
};

START_TEST (a_null_handle_is_a_critical_not_a_crash)
{
	const null_call *c = &null_calls[_i];
	world w = world_new ();
	snapshot_of_state before = take (w.fs);
	g_autofree char *want = g_strdup_printf ("%s: failure value, 1 critical", c->what);
	g_autofree char *have = NULL;
	gboolean failed;

	catch_criticals ();
	failed = c->call (&w);
	have = g_strdup_printf ("%s: %s, %u critical", c->what, failed ? "failure value" : "a result", criticals);
	ext_assert_str_eq (have, want);
	assert_unchanged (w.fs, &before);
	extsim_fs_free (before.copy);
	extsim_fs_free (w.fs);
	/* freeing NULL is allowed, and quiet */
	extsim_fs_free (NULL);
	ext_assert_int_eq (criticals, 1);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("bad-input");
	TCase *calls = tcase_create ("calls");
	TCase *options = tcase_create ("options");
	TCase *handles = tcase_create ("null-handles");

	tcase_add_loop_test (calls, a_bad_call_is_rejected_and_changes_nothing, 0, G_N_ELEMENTS (bad_calls));
	tcase_add_test (calls, the_calls_done_right_are_accepted);
	tcase_add_test (calls, dedupe_into_a_read_only_snapshot_is_allowed);
	suite_add_tcase (s, calls);

	tcase_add_loop_test (options, bad_options_make_no_filesystem, 0, G_N_ELEMENTS (bad_options));
	tcase_add_test (options, good_options_make_a_filesystem);
	suite_add_tcase (s, options);

	tcase_add_loop_test (handles, a_null_handle_is_a_critical_not_a_crash, 0, G_N_ELEMENTS (null_calls));
	suite_add_tcase (s, handles);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
