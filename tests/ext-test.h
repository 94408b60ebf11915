/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The project's test vocabulary.  Suites never call Check's ck_assert_*
 * directly: they use the typed ext_assert_* macros below, which print both
 * expressions and both values, and the scenario helpers t_*, named after
 * the operation they perform, which fail the test on an unexpected error.
 */
#pragma once

#include <check.h>
#include <extsim/extsim.h>
#include <inttypes.h>

#define ext_assert_int_eq(a_, b_)                                                                   \
	do {                                                                                        \
		long long _a = (long long) (a_), _b = (long long) (b_);                             \
		if (_a != _b)                                                                       \
			ck_abort_msg ("%s == %s: %lld != %lld", #a_, #b_, _a, _b);                  \
	} while (0)

#define ext_assert_u64_cmp(a_, op_, b_)                                                             \
	do {                                                                                        \
		guint64 _a = (guint64) (a_), _b = (guint64) (b_);                                   \
		if (!(_a op_ _b))                                                                   \
			ck_abort_msg ("%s %s %s: %" PRIu64 " %s %" PRIu64 " is false", #a_, #op_, #b_, _a, \
				      #op_, _b);                                                    \
	} while (0)

#define ext_assert_u64_eq(a_, b_) ext_assert_u64_cmp (a_, ==, b_)
#define ext_assert_u64_ne(a_, b_) ext_assert_u64_cmp (a_, !=, b_)
#define ext_assert_u64_lt(a_, b_) ext_assert_u64_cmp (a_, <, b_)
#define ext_assert_u64_le(a_, b_) ext_assert_u64_cmp (a_, <=, b_)
#define ext_assert_u64_gt(a_, b_) ext_assert_u64_cmp (a_, >, b_)
#define ext_assert_u64_ge(a_, b_) ext_assert_u64_cmp (a_, >=, b_)

#define ext_assert_true(e_)                                                                         \
	do {                                                                                        \
		if (!(e_))                                                                          \
			ck_abort_msg ("expected true: %s", #e_);                                    \
	} while (0)
#define ext_assert_false(e_)                                                                        \
	do {                                                                                        \
		if (e_)                                                                             \
			ck_abort_msg ("expected false: %s", #e_);                                   \
	} while (0)

#define ext_assert_str_eq(a_, b_)                                                                   \
	do {                                                                                        \
		const char *_a = (a_), *_b = (b_);                                                  \
		if (g_strcmp0 (_a, _b) != 0)                                                        \
			ck_abort_msg ("%s == %s: \"%s\" != \"%s\"", #a_, #b_, _a ? _a : "(null)",   \
				      _b ? _b : "(null)");                                          \
	} while (0)
#define ext_assert_str_ne(a_, b_)                                                                   \
	do {                                                                                        \
		const char *_a = (a_), *_b = (b_);                                                  \
		if (g_strcmp0 (_a, _b) == 0)                                                        \
			ck_abort_msg ("%s != %s: both \"%s\"", #a_, #b_, _a ? _a : "(null)");       \
	} while (0)
#define ext_assert_str_contains(hay_, needle_)                                                      \
	do {                                                                                        \
		const char *_h = (hay_), *_n = (needle_);                                           \
		if (!_h || !strstr (_h, _n))                                                        \
			ck_abort_msg ("%s contains %s: \"%s\" lacks \"%s\"", #hay_, #needle_,       \
				      _h ? _h : "(null)", _n);                                      \
	} while (0)

#define ext_assert_no_error(err_)                                                                   \
	do {                                                                                        \
		if (err_)                                                                           \
			ck_abort_msg ("unexpected error from %s: %s", #err_, (err_)->message);      \
	} while (0)

/* err_ is a GError * that must hold EXTSIM_ERROR code_; it is cleared. */
#define ext_assert_error(err_, code_)                                                               \
	do {                                                                                        \
		if (!(err_))                                                                        \
			ck_abort_msg ("expected error %s, got none", #code_);                       \
		if (!g_error_matches ((err_), EXTSIM_ERROR, (code_)))                               \
			ck_abort_msg ("expected error %s (%d), got %d: %s", #code_, (int) (code_),  \
				      (err_)->code, (err_)->message);                               \
		g_clear_error (&(err_));                                                            \
	} while (0)

#define KiB EXTSIM_KiB
#define MiB EXTSIM_MiB
#define GiB EXTSIM_GiB
#define TiB EXTSIM_TiB
#define PiB EXTSIM_PiB

/* ---- scenario helpers: each fails the test on an unexpected error ---- */

/* A filesystem checked after every step, with the given policy and sizes
 * (device_size 0: 256 MiB; data_size 0: derived). */
extsim_fs *t_fs_new (const char *policy, guint64 device_size, guint64 data_size);
extsim_fs *t_fs_new_opts (const extsim_fs_options *options);
extsim_ino t_create (extsim_fs *fs);
extsim_ino t_create_in (extsim_fs *fs, guint64 root);
void t_pwrite (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len, guint8 fill);
/* A write expected to fail with ENOSPC; returns the bytes written before. */
guint64 t_pwrite_enospc (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len, guint8 fill, guint64 bsize);
void t_falloc (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len);
void t_falloc_keep (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len);
void t_punch (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len);
void t_truncate (extsim_fs *fs, extsim_ino ino, guint64 size);
void t_reflink (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len);
void t_dedupe (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len);
void t_fsync (extsim_fs *fs, extsim_ino ino);
void t_fsync_enospc (extsim_fs *fs, extsim_ino ino);
void t_writeback (extsim_fs *fs, extsim_ino ino);
void t_unlink (extsim_fs *fs, extsim_ino ino);
void t_nodatacow (extsim_fs *fs, extsim_ino ino);
void t_commits (extsim_fs *fs, guint n);
guint64 t_snapshot (extsim_fs *fs, guint64 root);
/* Fills all free data space with one file (COW, synced): returns it. */
extsim_ino t_fill (extsim_fs *fs);

/* No invariant holds false now, and none was recorded. */
void t_assert_clean (extsim_fs *fs);
/* Exactly n recorded violations, the first of invariant inv. */
const extsim_violation *t_assert_violation (extsim_fs *fs, extsim_invariant inv);
extsim_space_info t_space (extsim_fs *fs);
guint64 t_lost (extsim_fs *fs, extsim_ino ino);
/* The runs a read of the whole file sees, as "len:fill len:fill ..." (transfer full). */
char *t_runs (extsim_fs *fs, extsim_ino ino);

/*
 * Expected layout tables.  Physical identity is written as a small number
 * naming the disk extent in order of first appearance (1, 2, ...), so the
 * tables do not depend on where the allocator put things; 0 is a hole.
 *   { offset, len, type, extent id, offset into that extent }
 */
typedef struct {
	guint64 offset;
	guint64 len;
	int type; /* 'R' REG, 'P' PREALLOC, 'I' INLINE (extent id 0) */
	int extent;
	guint64 extent_offset;
} t_item;

#define T_END { 0, 0, 0, 0, 0 }

void t_assert_items (const extsim_fs *fs, extsim_ino ino, const t_item *expected);

/* { logical, length, physical relative to the first extent's physical
 * (T_NOPHYS: physical 0, as delalloc reports), flags } */
typedef struct {
	guint64 logical;
	guint64 length;
	gint64 phys;
	guint32 flags;
} t_map;

#define T_NOPHYS (-1)
#define SH EXTSIM_FIEMAP_SHARED
#define UNW EXTSIM_FIEMAP_UNWRITTEN
#define LAST EXTSIM_FIEMAP_LAST
#define DELALLOC (EXTSIM_FIEMAP_DELALLOC | EXTSIM_FIEMAP_UNKNOWN)
#define INL (EXTSIM_FIEMAP_DATA_INLINE | EXTSIM_FIEMAP_NOT_ALIGNED)

/* fiemap without FIEMAP_FLAG_SYNC, so dirty ranges show as delalloc */
void t_assert_fiemap (extsim_fs *fs, extsim_ino ino, const t_map *expected);

/* Runs a suite in the TAP mode meson reads; returns the exit status. */
int t_run_suite (Suite *s);
