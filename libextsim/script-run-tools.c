/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: truncate and fallocate against the model
 *
 * Each operation is one process's work on one file: open(2) it (with
 * O_CREAT when the tool would), make the same library call xfs_io's
 * equivalent makes, close(2) it (extsim_fs_release: a file truncated to 0
 * is flushed, as btrfs_release_file does):
 *
 *   truncate -s S F     open O_WRONLY|O_CREAT (not with -c: a missing file is
 *                       skipped, silently); relative sizes read the size
 *                       first; extsim_fs_truncate.  Errors, exit 1:
 *                       "truncate: cannot open 'F' for writing: ..."
 *                       "truncate: failed to truncate 'F' at N bytes: ..."
 *   fallocate ... F     open O_RDWR, O_CREAT only in mode 0 (no -n, -p, -z);
 *                       extsim_fs_fallocate / _punch_hole / _zero_range.
 *                       Errors, exit 1: "fallocate: cannot open F: ...",
 *                       "fallocate: fallocate failed: ..."
 *
 * The messages are coreutils 9.1's and util-linux 2.38.1's, checked on
 * Linux 6.18 (tests/script/real/coreutils.sh).
 */
#include "script-private.h"

#include <errno.h>

/* truncate's new size from the size it finds (do_ftruncate) */
static gboolean
truncate_target (run_session *s, const script_op *op, extsim_ino ino, guint64 *out)
{
	guint64 n = op->pub.length, size;
	extsim_inode_info info;

	if (op->size_mode == '=') {
		*out = n;
		return TRUE;
	}
	extsim_fs_inode_info (s->res->fs, ino, &info, NULL);
	size = info.size;
	switch (op->size_mode) {
	case '+':
		if (n > (guint64) G_MAXINT64 - size) {
			run_err (s, 1, "truncate: overflow extending size of file '%s'", op->pub.path);
			return FALSE;
		}
		*out = size + n;
		break;
	case '-': *out = size > n ? size - n : 0; break;
	case '<': *out = MIN (size, n); break;
	case '>': *out = MAX (size, n); break;
	case '/': *out = size / n * n; break;
	default: /* '%' */
		if (size % n && size - size % n > (guint64) G_MAXINT64 - n) {
			run_err (s, 1, "truncate: overflow rounding up size of file '%s'", op->pub.path);
			return FALSE;
		}
		*out = size % n ? size - size % n + n : size;
		break;
	}
	return TRUE;
}

static void
run_truncate (run_session *s, const script_op *op, extsim_ino ino)
{
	g_autoptr (GError) err = NULL;
	guint64 size;

	if (!truncate_target (s, op, ino, &size))
		return;
	if (!extsim_fs_truncate (s->res->fs, ino, size, &err)) {
		s->rec->pub.error = run_errno_of (err);
		run_err (s, 1, "truncate: failed to truncate '%s' at %" G_GUINT64_FORMAT " bytes: %s", op->pub.path, size,
			 errno_message (s->rec->pub.error));
	}
}

static void
run_fallocate (run_session *s, const script_op *op, extsim_ino ino)
{
	guint32 keep = (op->pub.flags & EXTSIM_SCRIPT_OP_KEEP_SIZE) ? EXTSIM_FALLOC_KEEP_SIZE : 0;
	extsim_fs *fs = s->res->fs;
	g_autoptr (GError) err = NULL;
	gboolean ok;

	if (op->pub.kind == EXTSIM_SCRIPT_OP_FPUNCH)
		ok = extsim_fs_punch_hole (fs, ino, op->pub.offset, op->pub.length, &err);
	else if (op->pub.kind == EXTSIM_SCRIPT_OP_FZERO)
		ok = extsim_fs_zero_range (fs, ino, op->pub.offset, op->pub.length, keep, &err);
	else
		ok = extsim_fs_fallocate (fs, ino, op->pub.offset, op->pub.length, keep, &err);
	if (!ok)
		run_fail_errno (s, run_errno_of (err), 1, "fallocate: fallocate failed");
}

/* open(2) failed with @e: each tool's words */
static void
open_failed (run_session *s, const script_op *op, int e)
{
	s->rec->pub.error = e;
	if (op->tool == TOOL_TRUNCATE)
		run_err (s, 1, "truncate: cannot open '%s' for writing: %s", op->pub.path, errno_message (e));
	else
		run_err (s, 1, "fallocate: cannot open %s: %s", op->pub.path, errno_message (e));
}

void
run_tool (run_session *s, const script_op *op)
{
	gboolean create = (op->pub.flags & EXTSIM_SCRIPT_OP_CREATE) != 0;
	extsim_ino ino;
	int e;

	e = run_open_file (s, op->rel, op->fails != OP_FAILS_NOT, create, TRUE, &ino);
	if (e == ENOENT && op->tool == TOOL_TRUNCATE && !create)
		return; /* truncate -c: a missing file is no error */
	if (e) {
		open_failed (s, op, e);
		return;
	}
	if (op->tool == TOOL_TRUNCATE)
		run_truncate (s, op, ino);
	else
		run_fallocate (s, op, ino);
	extsim_fs_release (s->res->fs, ino, NULL);
}
