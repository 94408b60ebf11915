/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: running a parsed script against the model
 *
 * One session plays the machine the reproducer was written for: a device,
 * a mount point, directories (the top level and one per subvolume or
 * snapshot) and files, each file an extsim_ino of the simulated fs:
 *
 *   mkfs.btrfs -b 512M $dev    extsim_fs_new (device_size 512 MiB)
 *   mount $dev $mnt -o ...     (a fresh fs is made again if -o nodatacow)
 *   xfs_io -f -c "..." $mnt/f  open: look "f" up, extsim_fs_create if -f
 *                              each -c: extsim_fs_pwrite, _fsync ...
 *   btrfs subvolume snapshot   extsim_fs_snapshot; the source directory's
 *                              files are copied under the new name, with
 *                              the same inode numbers in the new root
 *   umount $dev                extsim_fs_remount (sync, drop the cache)
 *
 * Every operation becomes a record: the steps it made, the error its tool
 * reported, what it printed, the invariant violations and the data loss
 * that appeared meanwhile (script-result.c).
 *
 * Output.  Each command is a process with a stdout and a stderr, sent where
 * its redirections say.  Real programs write stdout through a stdio buffer
 * when it is a pipe or a file: their stderr lines come first, and stdout
 * comes in blocks of 4096 bytes or at exit.  With stdout_buffer set that is
 * what the output sink receives, so a merged capture (2>&1) of a simulated
 * run lines up with a real one; with 0 everything goes out in order.
 *
 * Errors of the tools (ENOSPC, EINVAL ...) are printed exactly as the tools
 * print them, and set the command's exit status as the tools do (xfs_io
 * exits 0 after a failed reflink, 1 after a failed pwrite).  So are the
 * failures the parser foresaw (script_op.fails): mkfs.btrfs of a device
 * under btrfs_min_dev_size() exits 1 and leaves the device as it was, the
 * mount of that blank device exits 32, and the commands under its mount
 * point meet an empty directory; the script goes on, unless `set -e`.
 */
#include "script-private.h"

#include <errno.h>
#include <string.h>

/* MD5 has to read every byte, holes included (about 550 MB/s here): past
 * this, md5sum would make a run take minutes or years, not milliseconds. */
#define MD5SUM_MAX (4 * EXTSIM_GiB)

/* ---- output --------------------------------------------------------------------- */

static void
emit_to (run_session *s, extsim_script_stream to, const char *text, gsize len)
{
	if (to != EXTSIM_SCRIPT_TO_NULL && len && s->o->output)
		s->o->output (to, text, len, s->o->output_data);
}

/* What the process writes to its stdout (fd 1) or stderr (fd 2): where
 * its redirections send it, or into the pipe of its pipeline. */
static void
emit (run_session *s, int fd, const char *text, gsize len)
{
	if (s->cmd->piped[fd]) {
		if (s->piped) /* none in the explorer's sessions: nobody reads */
			g_string_append_len (s->piped, text, (gssize) len);
	} else
		emit_to (s, fd == 1 ? s->cmd->pub.stdout_to : s->cmd->pub.stderr_to, text, len);
}

/* The process has exited: its pipe through the filters, whose output
 * goes where the last one's redirections say (fstests' common/filter). */
static void
flush_pipeline (run_session *s)
{
	g_autofree char *text = g_strndup (s->piped->str, s->piped->len);

	for (guint i = 0; i < s->cmd->n_filters; i++) {
		char *next = fstests_filter_apply (s->cmd->filters[i], text, strlen (text), s->script->scratch_mnt,
						   s->script->scratch_dev, s->sectorsize);

		g_free (text);
		text = next;
	}
	emit_to (s, s->cmd->filtered_to, text, strlen (text));
	g_string_truncate (s->piped, 0);
}

void
run_out (run_session *s, const char *text)
{
	gsize cap = s->o->stdout_buffer, n = strlen (text);

	g_string_append (s->rec->out, text);
	if (!s->cmd->pub.buffered || !cap) {
		emit (s, 1, text, n);
		return;
	}
	/* glibc: a full buffer is written when more output arrives */
	while (n) {
		gsize space = cap - s->pending->len;

		if (n <= space) {
			g_string_append_len (s->pending, text, (gssize) n);
			return;
		}
		g_string_append_len (s->pending, text, (gssize) space);
		emit (s, 1, s->pending->str, s->pending->len);
		g_string_truncate (s->pending, 0);
		text += space;
		n -= space;
	}
}

static void
flush_pending (run_session *s)
{
	emit (s, 1, s->pending->str, s->pending->len);
	g_string_truncate (s->pending, 0);
}

/* coreutils' error() flushes stdout before it writes to stderr; xfs_io's
 * perror() and btrfs-progs' error() do not. */
static gboolean
flushes_before_error (const script_command *cmd)
{
	return g_str_equal (cmd->pub.name, "md5sum") || g_str_equal (cmd->pub.name, "touch") ||
	       g_str_equal (cmd->pub.name, "rm") || g_str_equal (cmd->pub.name, "truncate") ||
	       g_str_equal (cmd->pub.name, "dd") || g_str_equal (cmd->pub.name, "mkdir") ||
	       g_str_equal (cmd->pub.name, "stat");
}

/* An error line through @to (run_stderr, or run_out for a tool that
 * prints its errors on stdout); the first of an operation is its error
 * text. */
static void G_GNUC_PRINTF (4, 0)
run_verr_to (run_session *s, void (*to) (run_session *, const char *), int exit_status, const char *fmt, va_list ap)
{
	g_autofree char *line = NULL;

	s->exit_status = MAX (s->exit_status, exit_status);
	if (s->silent)
		return; /* the explorer: the exit status is all a later step reads */
	line = g_strdup_vprintf (fmt, ap);
	if (!s->rec->error_text) {
		s->rec->error_text = g_strdup (line);
		s->rec->pub.error_text = s->rec->error_text;
	}
	to (s, line);
	to (s, "\n");
}

static void G_GNUC_PRINTF (3, 0)
run_verr (run_session *s, int exit_status, const char *fmt, va_list ap)
{
	run_verr_to (s, run_stderr, exit_status, fmt, ap);
}

/* A line on stderr; the first one of an operation is its error text. */
void
run_err (run_session *s, int exit_status, const char *fmt, ...)
{
	va_list ap;

	va_start (ap, fmt);
	run_verr (s, exit_status, fmt, ap);
	va_end (ap);
}

/* run_err, and the operation fails with errno err (its record's error). */
void
run_fail (run_session *s, int err, int exit_status, const char *fmt, ...)
{
	va_list ap;

	s->rec->pub.error = err;
	va_start (ap, fmt);
	run_verr (s, exit_status, fmt, ap);
	va_end (ap);
}

void
run_stderr (run_session *s, const char *text)
{
	if (s->silent)
		return;
	if (flushes_before_error (s->cmd))
		flush_pending (s);
	g_string_append (s->rec->err, text);
	emit (s, 2, text, strlen (text));
}

/* The tool failed with errno e: "PREFIX: message". */
void
run_fail_errno (run_session *s, int e, int exit_status, const char *prefix)
{
	run_fail (s, e, exit_status, "%s: %s", prefix, errno_message (e));
}

void
run_fail_stdout (run_session *s, int err, int exit_status, const char *fmt, ...)
{
	va_list ap;

	s->rec->pub.error = err;
	va_start (ap, fmt);
	run_verr_to (s, run_out, exit_status, fmt, ap);
	va_end (ap);
}

int
run_errno_of (const GError *err)
{
	return err && err->domain == EXTSIM_ERROR ? extsim_error_to_errno (err->code) : EIO;
}

/* ---- the directory tree ----------------------------------------------------------- */

char *
parent_of (const char *rel)
{
	const char *slash = strrchr (rel, '/');

	return slash ? g_strndup (rel, (gsize) (slash - rel)) : g_strdup ("");
}

const char *
base_of (const char *rel)
{
	const char *slash = strrchr (rel, '/');

	return slash ? slash + 1 : rel;
}

/* Copy on write, as the result's files (a session's clone shares them);
 * called before every change, so it forgets the table's hash too. */
void
dirs_unshare (run_session *s)
{
	GHashTable *t;

	s->dirs_hash_known = FALSE;
	if (!s->dirs_shared)
		return;
	t = table_copy (s->dirs, sizeof (dir_info));
	if (!s->dirs_borrowed)
		g_hash_table_unref (s->dirs);
	s->dirs = t;
	s->dirs_shared = s->dirs_borrowed = FALSE;
}

static void
add_dir (run_session *s, const char *rel, guint64 root, gboolean readonly, gboolean nodatacow, dir_kind kind)
{
	dir_info *d = g_new0 (dir_info, 1); /* zeroed: table_hash reads its padding too */
	GHashTableIter it;
	gpointer v;

	dirs_unshare (s);
	g_hash_table_iter_init (&it, s->dirs);
	while (g_hash_table_iter_next (&it, NULL, &v))
		d->seq = MAX (d->seq, ((const dir_info *) v)->seq + 1);
	d->root = root;
	d->readonly = readonly;
	d->nodatacow = nodatacow;
	d->kind = kind;
	g_hash_table_insert (s->dirs, g_strdup (rel), d);
}

const dir_info *
dir_at (run_session *s, const char *rel)
{
	return g_hash_table_lookup (s->dirs, rel);
}

/* Why a subvolume or snapshot cannot be made in directory @d, or 0: a
 * read-only snapshot's, or the empty directory a subvolume leaves in a
 * snapshot (Linux 6.18: the ioctl on it fails with ENOTTY). */
static int
dir_refuses (const dir_info *d)
{
	return d->readonly ? EROFS : d->kind == DIR_EMPTY ? ENOTTY : 0;
}

/* For g_ptr_array_sort_with_data: directories in the order they were made. */
static gint
by_seq (gconstpointer a, gconstpointer b, gpointer data)
{
	run_session *s = data;
	guint64 x = dir_at (s, *(const char *const *) a)->seq, y = dir_at (s, *(const char *const *) b)->seq;

	return x < y ? -1 : x > y;
}

/* The directory @rel, to change: the table may be another state's too. */
static dir_info *
dir_at_mut (run_session *s, const char *rel)
{
	dirs_unshare (s);
	return g_hash_table_lookup (s->dirs, rel);
}

/* Creates the file @rel in its directory; errno on failure. */
static int
create_file (run_session *s, const char *rel, extsim_ino *out)
{
	g_autofree char *parent = parent_of (rel);
	const dir_info *d = dir_at (s, parent);
	g_autoptr (GError) err = NULL;

	if (!d)
		return ENOENT;
	if (d->readonly)
		return EROFS;
	if (d->kind == DIR_EMPTY)
		return EACCES; /* Linux 6.18: touch in one, "Permission denied" */
	if (!extsim_fs_create (s->res->fs, d->root, out, &err))
		return run_errno_of (err);
	if (d->nodatacow)
		extsim_fs_set_nodatacow (s->res->fs, *out, NULL);
	result_set_file (s->res, rel, out);
	return 0;
}

/*
 * After a failed mount nothing is mounted at the mount point (OP_FAILS_
 * UNMOUNTED): a command meets the empty directory under it and finds
 * nothing there.  Creating a file in it fails with EPERM, as in the
 * conformance harness, whose mount points are immutable (chattr +i) so
 * that a script whose mount failed cannot write to the machine; deeper
 * down the parent directory is missing (ENOENT).
 */
static int
run_unmounted_create (const char *rel)
{
	return strchr (rel, '/') ? ENOENT : EPERM;
}

gboolean
run_is_dir (run_session *s, const char *rel)
{
	return dir_at (s, rel) != NULL;
}

/* Whether @path names an entry of the directory @rel itself (not deeper):
 * its part before the last '/' is @rel ("" for the top). */
gboolean
is_child_of (const char *path, const char *rel)
{
	const char *slash = strrchr (path, '/');

	if (!slash)
		return *path && !*rel;
	return (gsize) (slash - path) == strlen (rel) && strncmp (path, rel, (gsize) (slash - path)) == 0;
}

/* Calls @fn on each name in the directory @rel, subdirectories first (in
 * no order), until it returns FALSE; FALSE then.  No copy of either table
 * is made: what rmdir and a directory's size ask of it is a walk. */
static gboolean
dir_walk (run_session *s, const char *rel, gboolean (*fn) (const char *path, gpointer data), gpointer data)
{
	GHashTable *tables[] = { s->dirs, s->res->files };

	for (guint t = 0; t < G_N_ELEMENTS (tables); t++) {
		GHashTableIter it;
		gpointer k;

		g_hash_table_iter_init (&it, tables[t]);
		while (g_hash_table_iter_next (&it, &k, NULL)) {
			if (is_child_of (k, rel) && !fn (k, data))
				return FALSE;
		}
	}
	return TRUE;
}

static gboolean
stop_at_any (const char *path G_GNUC_UNUSED, gpointer data G_GNUC_UNUSED)
{
	return FALSE;
}

static gboolean
dir_is_empty (run_session *s, const char *rel)
{
	return dir_walk (s, rel, stop_at_any, NULL);
}

static gboolean
add_name_twice (const char *path, gpointer data)
{
	*(guint64 *) data += 2 * strlen (base_of (path));
	return TRUE;
}

GPtrArray *
run_subdirs (run_session *s, const char *rel)
{
	GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
	GHashTableIter it;
	gpointer k;

	g_hash_table_iter_init (&it, s->dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		g_autofree char *parent = *(char *) k ? parent_of (k) : NULL;

		if (parent && g_str_equal (parent, rel))
			g_ptr_array_add (out, g_strdup (k));
	}
	g_ptr_array_sort_with_data (out, by_seq, s);
	return out;
}

GPtrArray *
run_dir_files (run_session *s, const char *rel)
{
	GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
	GHashTableIter it;
	gpointer k;

	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		g_autofree char *parent = parent_of (k);

		if (g_str_equal (parent, rel))
			g_ptr_array_add (out, g_strdup (k));
	}
	return out;
}

guint64
run_dir_blocks (run_session *s, const char *rel)
{
	/* btrfs-progs' nodesize: the sectorsize, at least 16 KiB */
	return dir_at (s, rel)->from_mkfs ? MAX (16384, (guint64) s->sectorsize) >> 9 : 0;
}

/* i_size of the directory @rel as btrfs keeps it: each name in it twice
 * (its DIR_ITEM and its DIR_INDEX, btrfs_add_link ()); an empty directory
 * standing for a subvolume has none. */
guint64
run_dir_size (run_session *s, const char *rel)
{
	guint64 size = 0;

	if (dir_at (s, rel)->kind != DIR_EMPTY)
		dir_walk (s, rel, add_name_twice, &size);
	return size;
}

static gboolean
in_readonly_dir (run_session *s, const char *rel)
{
	g_autofree char *parent = parent_of (rel);
	const dir_info *d = dir_at (s, parent);

	return d && d->readonly;
}

/* ---- filesystem-wide commands --------------------------------------------------------- */

static void
on_event (const extsim_event *ev, gpointer data)
{
	run_session *s = data;

	if (s->rec && s->rec->events)
		g_array_append_val (s->rec->events, *ev);
}

static gboolean
make_fs (run_session *s, const script_op *op, guint32 mount_flags, GError **error)
{
	extsim_fs_options fo = EXTSIM_FS_OPTIONS_INIT;
	g_autoptr (GError) err = NULL;
	extsim_fs *fs;

	fo.device_size = s->device_size;
	fo.sectorsize = s->sectorsize;
	fo.policy = s->res->policy;
	fo.check_every_step = s->o->check_every_step;
	fo.mount_flags = mount_flags;
	fo.power_loss = s->script->power_loss != NULL;
	fs = extsim_fs_new (&fo, &err);
	if (!fs)
		return script_error (error, EXTSIM_ERROR_INVAL, s->script->filename,
				     (spos) { op->pub.line, op->pub.column }, "%s: %s", op->pub.text, err->message);
	result_retire_fs (s->res);
	s->res->fs = fs;
	/* what a power loss leaves is the new filesystem's */
	power_forget (s);
	s->tracked_step = 0;
	extsim_fs_set_trace (fs, on_event, s);
	dirs_unshare (s);
	g_hash_table_remove_all (s->dirs);
	add_dir (s, "", EXTSIM_FS_TREE, FALSE, FALSE, DIR_SUBVOL);
	dir_at_mut (s, "")->from_mkfs = TRUE;
	return TRUE;
}

/* mkfs.btrfs, mount or umount that the parser knew would fail: the
 * messages of btrfs-progs 6.2 and util-linux, checked on Linux 6.18. */
static void
run_refused (run_session *s, const script_op *op)
{
	switch (op->fails) {
	case OP_FAILS_TOO_SMALL:
		/* mkfs/main.c checks -b against btrfs_min_dev_size() before it
		 * opens the device for writing */
		run_err (s, 1, "ERROR: size %" G_GUINT64_FORMAT " is too small to make a usable filesystem", op->pub.length);
		run_err (s, 1, "ERROR: minimum size for btrfs filesystem is %" G_GUINT64_FORMAT, (guint64) MKFS_MIN_DEV_SIZE);
		break;
	case OP_FAILS_TOO_BIG:
		/* mkfs/main.c: -b larger than the device (a device of the size
		 * --device-size gave) */
		run_err (s, 1, "ERROR: %s is smaller than requested size, expected %" G_GUINT64_FORMAT ", found %" G_GUINT64_FORMAT,
			 op->pub.path, op->pub.length, op->device_bytes);
		break;
	case OP_FAILS_NO_FS:
		/* no btrfs superblock: mount(2) fails with EINVAL */
		run_fail (s, EINVAL, 32,
			  "mount: %s: wrong fs type, bad option, bad superblock on %s, missing codepage or helper "
			  "program, or other error.", op->pub.path, op->pub.path2);
		run_err (s, 32, "       dmesg(1) may have more information after failed mount system call.");
		break;
	default:
		run_fail (s, EINVAL, 32, "umount: %s: not mounted.", op->pub.path);
		break;
	}
}

static gboolean
run_mount (run_session *s, const script_op *op, GError **error)
{
	guint32 flags = 0;

	if (op->fails) {
		run_refused (s, op);
		return TRUE;
	}
	if (op->pub.kind == EXTSIM_SCRIPT_OP_MKFS) {
		s->device_size = op->pub.length;
		s->sectorsize = (guint32) op->pub.block_size;
		s->fresh = TRUE;
		return make_fs (s, op, 0, error);
	}
	if (op->pub.kind == EXTSIM_SCRIPT_OP_UMOUNT) {
		extsim_fs_remount (s->res->fs);
		return TRUE;
	}
	if (op->pub.flags & EXTSIM_SCRIPT_OP_NODATACOW)
		flags |= EXTSIM_MOUNT_NODATACOW;
	if (op->pub.flags & EXTSIM_SCRIPT_OP_NODATASUM)
		flags |= EXTSIM_MOUNT_NODATASUM;
	s->res->mnt = g_intern_string (op->pub.path);
	s->res->files_dirty = TRUE;
	if (s->fresh && flags && !make_fs (s, op, flags, error))
		return FALSE;
	s->fresh = FALSE;
	return TRUE;
}

static void
run_subvolume_create (run_session *s, const script_op *op)
{
	g_autofree char *parent = parent_of (op->rel);
	g_autofree char *dir = g_path_get_dirname (op->pub.path);
	g_autofree char *name = g_path_get_basename (op->pub.path);
	g_autofree char *line = NULL;
	const dir_info *d = dir_at (s, parent);
	g_autoptr (GError) err = NULL;
	guint64 root;
	int e;

	if (dir_at (s, op->rel) || result_lookup_file (s->res, op->rel)) {
		run_err (s, 1, "ERROR: target path already exists: %s", op->pub.path);
		return;
	}
	if (!d) {
		run_fail (s, ENOENT, 1, "ERROR: cannot access '%s': %s", dir, errno_message (ENOENT));
		return;
	}
	line = g_strdup_printf ("Create subvolume '%s/%s'\n", dir, name);
	run_out (s, line);
	if ((e = dir_refuses (d)) || !extsim_fs_subvolume_create (s->res->fs, &root, &err)) {
		run_fail_errno (s, e ? e : run_errno_of (err), 1, "ERROR: cannot create subvolume");
		return;
	}
	add_dir (s, op->rel, root, FALSE, d->nodatacow, DIR_SUBVOL);
}

/* Whether @rel, strictly below @src, is a path of @src's subvolume: every
 * directory between them one mkdir made in it. */
static gboolean
in_subvolume (run_session *s, const char *src, guint64 root, const char *rel)
{
	g_autofree char *parent = parent_of (rel);

	while (!g_str_equal (parent, src)) {
		const dir_info *d = dir_at (s, parent);
		char *up;

		if (!d || d->kind != DIR_PLAIN || d->root != root)
			return FALSE;
		up = parent_of (parent);
		g_free (parent);
		parent = up;
	}
	return TRUE;
}

/* @rel, below @src, where a snapshot of @src at @dst puts it. */
static char *
moved (const char *src, const char *dst, const char *rel)
{
	const char *tail = *src ? rel + strlen (src) + 1 : rel;

	return *dst ? g_strdup_printf ("%s/%s", dst, tail) : g_strdup (tail);
}

gboolean
below (const char *src, const char *rel)
{
	gsize n = strlen (src);

	return *rel && (!n || (strncmp (rel, src, n) == 0 && rel[n] == '/'));
}

/* The snapshot's directories and files: those of the source's subvolume
 * at every depth, with their flags and inode numbers; a subvolume inside
 * it shows as an empty directory, nothing of it copied. */
static void
copy_tree (run_session *s, const char *src, const char *dst, guint64 src_root, guint64 root, gboolean readonly)
{
	g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
	g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
	GHashTableIter it;
	gpointer k;

	/* collect first: adding the copies changes the tables */
	g_hash_table_iter_init (&it, s->dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (below (src, k) && in_subvolume (s, src, src_root, k))
			g_ptr_array_add (dirs, g_strdup (k));
	}
	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (below (src, k) && in_subvolume (s, src, src_root, k))
			g_ptr_array_add (files, g_strdup (k));
	}
	g_ptr_array_sort_with_data (dirs, by_seq, s);
	for (guint i = 0; i < dirs->len; i++) {
		const dir_info d = *dir_at (s, dirs->pdata[i]);
		g_autofree char *copy = moved (src, dst, dirs->pdata[i]);

		if (d.kind == DIR_PLAIN && d.root == src_root)
			add_dir (s, copy, root, readonly, d.nodatacow, DIR_PLAIN);
		else
			add_dir (s, copy, root, readonly, FALSE, DIR_EMPTY);
	}
	for (guint i = 0; i < files->len; i++) {
		const extsim_ino *ino = result_lookup_file (s->res, files->pdata[i]);
		g_autofree char *copy = moved (src, dst, files->pdata[i]);
		extsim_ino c = { root, ino->ino };

		if (ino->root == src_root)
			result_set_file (s->res, copy, &c);
	}
}

static void
run_snapshot (run_session *s, const script_op *op)
{
	const dir_info *src = dir_at (s, op->rel2);
	gboolean into = dir_at (s, op->rel) != NULL;
	g_autofree char *dst = into ? (*op->rel ? g_strdup_printf ("%s/%s", op->rel, base_of (op->rel2))
						: g_strdup (base_of (op->rel2)))
				    : g_strdup (op->rel);
	g_autofree char *dir = into ? g_strdup (op->pub.path) : g_path_get_dirname (op->pub.path);
	g_autofree char *name = into ? g_path_get_basename (op->pub.path2) : g_path_get_basename (op->pub.path);
	g_autofree char *parent = parent_of (dst);
	g_autofree char *line = NULL;
	gboolean ro = (op->pub.flags & EXTSIM_SCRIPT_OP_READONLY) != 0;
	g_autoptr (GError) err = NULL;
	dir_info srcd;
	guint64 root;
	int e;

	if (!src || src->kind != DIR_SUBVOL) {
		s->rec->pub.error = src || result_lookup_file (s->res, op->rel2) ? EINVAL : ENOENT;
		run_err (s, 1, "ERROR: %s: %s", s->rec->pub.error == EINVAL ? "Not a Btrfs subvolume" : "Could not statfs",
			 errno_message (s->rec->pub.error));
		return;
	}
	if (result_lookup_file (s->res, op->rel) || dir_at (s, dst) || result_lookup_file (s->res, dst)) {
		run_err (s, 1, "ERROR: '%s' exists and it is not a directory", op->pub.path);
		return;
	}
	if (!dir_at (s, parent)) {
		run_fail (s, ENOENT, 1, "ERROR: cannot access '%s': %s", dir, errno_message (ENOENT));
		return;
	}
	line = g_strdup_printf ("Create a %ssnapshot of '%s' in '%s/%s'\n", ro ? "readonly " : "", op->pub.path2, dir,
				name);
	run_out (s, line);
	srcd = *src; /* the snapshot may add directories: src can move */
	if ((e = dir_refuses (dir_at (s, parent))) || !extsim_fs_snapshot (s->res->fs, srcd.root, ro, &root, &err)) {
		g_autofree char *prefix = g_strdup_printf ("ERROR: cannot snapshot '%s'", op->pub.path2);

		run_fail_errno (s, e ? e : run_errno_of (err), 1, prefix);
		return;
	}
	copy_tree (s, op->rel2, dst, srcd.root, root, ro);
	add_dir (s, dst, root, ro, srcd.nodatacow, DIR_SUBVOL);
	dir_at_mut (s, dst)->from_mkfs = srcd.from_mkfs;
}

/* ---- touch, rm, chattr, md5sum ----------------------------------------------------------- */

/* The file's MD5 as md5sum prints it, or NULL after md5sum's error line
 * (exit status 1, or 0 inside an echo's $(...), whose status is echo's). */
static char *
md5sum_of (run_session *s, const script_op *op, int exit_status, int *e)
{
	const extsim_ino *ino = op->fails ? NULL : result_lookup_file (s->res, op->rel);
	gboolean is_dir = !op->fails && dir_at (s, op->rel) != NULL;
	g_autoptr (GError) err = NULL;
	extsim_inode_info info;
	char *md5;

	if (ino && extsim_fs_inode_info (s->res->fs, *ino, &info, NULL) && info.size > MD5SUM_MAX) {
		*e = EFBIG;
		run_err (s, exit_status, "md5sum: %s: extsim hashes files of at most 4 GiB, this one has %" G_GUINT64_FORMAT
			 " bytes", op->pub.path, info.size);
		return NULL;
	}
	if (ino)
		extsim_fs_readahead (s->res->fs, *ino, 0, 0, NULL);
	md5 = ino ? extsim_fs_md5 (s->res->fs, *ino, &err) : NULL;
	if (!md5) {
		*e = is_dir ? EISDIR : ino ? run_errno_of (err) : ENOENT;
		run_err (s, exit_status, "md5sum: %s: %s", op->pub.path, errno_message (*e));
	}
	return md5;
}

/* fstests' _count_extents and _count_holes: the lines of xfs_io -r -c
 * "fiemap" FILE (FIEMAP_FLAG_SYNC, so the file is written back first) with
 * "hole" in them, or without (the "FILE:" line goes to tail); a missing
 * file or a directory (no fiemap on btrfs) is xfs_io's error and 0. */
static char *
fiemap_lines (run_session *s, const script_op *op)
{
	const extsim_ino *ino = op->fails ? NULL : result_lookup_file (s->res, op->rel);
	fiemap_format f = { .max_lines = G_MAXUINT64, .range_end = G_MAXUINT64 };
	g_autoptr (GString) out = g_string_new (NULL);
	g_autoptr (GArray) extents = NULL;
	extsim_inode_info info;
	guint64 n = 0;

	if (!ino && !op->fails && dir_at (s, op->rel)) {
		run_err (s, 0, "xfs_io: ioctl(FS_IOC_FIEMAP) [\"%s\"]: %s", op->pub.path, errno_message (EOPNOTSUPP));
		return g_strdup ("0");
	}
	if (!ino) {
		run_err (s, 0, "%s: %s", op->pub.path, errno_message (ENOENT));
		return g_strdup ("0");
	}
	extents = extsim_fs_fiemap (s->res->fs, *ino, 0, 0, EXTSIM_FIEMAP_FLAG_SYNC, NULL);
	extsim_fs_inode_info (s->res->fs, *ino, &info, NULL);
	f.file_size = info.size;
	format_fiemap (out, extents, &f);
	extsim_fs_release (s->res->fs, *ino, NULL);
	for (const char *l = out->str; *l;) {
		const char *e = strchr (l, '\n');
		g_autofree char *line = g_strndup (l, e ? (gsize) (e - l) : strlen (l));

		n += (strstr (line, "hole") != NULL) == (op->subst == SUBST_HOLES);
		l = e ? e + 1 : l + strlen (l);
	}
	return g_strdup_printf ("%" G_GUINT64_FORMAT, n);
}

/* The output of an echo's $(md5sum ...) or $(stat ...), its trailing
 * newline dropped as sh drops it; "" after the command's error line. */
static char *
subst_output (run_session *s, const script_op *op)
{
	g_autofree char *md5 = NULL;
	int e = 0;

	if (op->subst == SUBST_STATUS)
		return g_strdup_printf ("%d", s->last_status);
	if (op->subst == SUBST_EXTENTS || op->subst == SUBST_HOLES)
		return fiemap_lines (s, op);
	if (op->subst == SUBST_STAT) {
		char *text = run_stat_text (s, op, op->subst_format, 0);

		return text ? text : g_strdup ("");
	}
	md5 = md5sum_of (s, op, 0, &e);
	return !md5 ? g_strdup ("") : op->subst == SUBST_MD5_HASH ? g_strdup (md5) : g_strdup_printf ("%s  %s", md5, op->pub.path);
}

/* echo with a $(md5sum FILE) or $(stat -c FORMAT FILE) in its words: the
 * words with the command's output in its place, split into words outside
 * double quotes. */
static char *
echo_subst (run_session *s, const script_op *op)
{
	const char *m = op->pub.message;
	g_autofree char *out = subst_output (s, op);
	GString *line = g_string_new_len (m, (gssize) op->subst_at);

	if (!op->subst_quoted) {
		g_auto (GStrv) fields = g_strsplit_set (out, " \t\n", -1);
		GString *joined = g_string_new (NULL);

		for (guint i = 0; fields[i]; i++) {
			if (fields[i][0])
				g_string_append_printf (joined, "%s%s", joined->len ? " " : "", fields[i]);
		}
		g_free (out);
		out = g_string_free (joined, FALSE);
	}
	g_string_append (line, out);
	g_string_append (line, m + op->subst_at + op->subst_len);
	/* a word that expanded to nothing is no word: one blank between its
	 * neighbours, none at the ends */
	if (!op->subst_quoted && op->subst_alone && !out[0]) {
		if (op->subst_at > 0)
			g_string_erase (line, (gssize) op->subst_at - 1, 1);
		else if (line->len)
			g_string_erase (line, 0, 1);
	}
	return g_string_free (line, FALSE);
}

/* ---- mkdir (coreutils 9.1) ---- */

/* Whether a component of @rel (a directory path) is a file, seen from the
 * top down as a path walk sees them: a missing one first is ENOENT. */
static gboolean
walk_meets_file (run_session *s, const char *rel)
{
	g_auto (GStrv) parts = g_strsplit (rel, "/", -1);
	g_autoptr (GString) at = g_string_new (NULL);

	for (guint i = 0; *rel && parts[i]; i++) {
		g_string_append_printf (at, "%s%s", i ? "/" : "", parts[i]);
		if (dir_at (s, at->str))
			continue;
		return result_lookup_file (s->res, at->str) != NULL;
	}
	return FALSE;
}

/* mkdir(2) of @rel: 0 once made (in its parent's subvolume, NOCOW if its
 * parent is), else the errno. */
static int
make_dir (run_session *s, const char *rel)
{
	g_autofree char *parent = parent_of (rel);
	const dir_info *d = dir_at (s, parent);
	int e;

	if (dir_at (s, rel) || result_lookup_file (s->res, rel))
		return EEXIST;
	if (!d)
		return walk_meets_file (s, parent) ? ENOTDIR : ENOENT;
	e = d->readonly ? EROFS : d->kind == DIR_EMPTY ? EPERM : 0; /* Linux 6.18 in an empty one: EPERM */
	if (!e)
		add_dir (s, rel, d->root, FALSE, d->nodatacow, DIR_PLAIN);
	return e;
}

/* @path (as the script wrote it) without its last @drop components. */
static char *
display_prefix (const char *path, guint drop)
{
	GString *p = g_string_new (path);

	for (guint i = 0; i < drop; i++) {
		while (p->len > 1 && p->str[p->len - 1] == '/')
			g_string_truncate (p, p->len - 1);
		while (p->len && p->str[p->len - 1] != '/')
			g_string_truncate (p, p->len - 1);
		while (p->len > 1 && p->str[p->len - 1] == '/')
			g_string_truncate (p, p->len - 1);
	}
	return g_string_free (p, FALSE);
}

/* coreutils 9.1 quotes the directory of its error with the UTF-8 locale's
 * quotation marks (C.UTF-8 here), and of -v's line with ASCII ones. */
static void
mkdir_failed (run_session *s, const char *path, int e)
{
	run_fail (s, e, 1, "mkdir: cannot create directory \u2018%s\u2019: %s", path, errno_message (e));
}

static void
mkdir_made (run_session *s, const script_op *op, const char *path)
{
	g_autofree char *line = NULL;

	if (!(op->pub.flags & EXTSIM_SCRIPT_OP_VERBOSE))
		return;
	line = g_strdup_printf ("mkdir: created directory '%s'\n", path);
	run_out (s, line);
}

/*
 * mkdir [-p] [-v] DIR (coreutils 9.1, as Linux 6.18 answered on btrfs):
 * EEXIST, ENOENT, ENOTDIR (a file on the way), EROFS (a read-only
 * snapshot), EPERM (an empty directory standing for a subvolume in a
 * snapshot).  -p makes the missing components one by one and takes a
 * directory that exists; a file on the way is ENOTDIR at that component,
 * a file at the end EEXIST.
 */
static void
run_mkdir (run_session *s, const script_op *op)
{
	g_auto (GStrv) parts = NULL;
	g_autoptr (GString) at = NULL;
	guint n;

	if (op->fails) {
		mkdir_failed (s, op->pub.path, run_unmounted_create (op->rel));
		return;
	}
	if (!(op->pub.flags & EXTSIM_SCRIPT_OP_PARENTS)) {
		int e = make_dir (s, op->rel);

		if (e)
			mkdir_failed (s, op->pub.path, e);
		else
			mkdir_made (s, op, op->pub.path);
		return;
	}
	parts = g_strsplit (op->rel, "/", -1);
	n = *op->rel ? g_strv_length (parts) : 0;
	at = g_string_new (NULL);
	for (guint i = 0; i < n; i++) {
		g_autofree char *shown = display_prefix (op->pub.path, n - 1 - i);
		int e;

		g_string_append_printf (at, "%s%s", i ? "/" : "", parts[i]);
		if (dir_at (s, at->str))
			continue;
		if (result_lookup_file (s->res, at->str)) {
			mkdir_failed (s, shown, i + 1 < n ? ENOTDIR : EEXIST);
			return;
		}
		if ((e = make_dir (s, at->str))) {
			mkdir_failed (s, shown, e);
			return;
		}
		mkdir_made (s, op, shown);
	}
}

/*
 * rmdir DIR (coreutils 9.1, as Linux 6.18 answered on btrfs: tests/script/
 * real/rmdir.sh): an empty
 * directory goes; ENOTEMPTY, ENOENT, ENOTDIR (a file, or one on the way),
 * EROFS (in a read-only snapshot), EBUSY (the mount point).  The empty
 * directory a subvolume leaves in a snapshot goes too (btrfs_rmdir ->
 * btrfs_unlink_subvol).  A subvolume's own directory would delete the
 * subvolume (btrfs_delete_subvolume), which is not modelled.
 */
static int
rmdir_refusal (run_session *s, const char *rel)
{
	const dir_info *d = dir_at (s, rel);

	if (!d)
		return walk_meets_file (s, rel) ? ENOTDIR : ENOENT; /* a file, or one on the way */
	if (!*rel)
		return EBUSY;
	if (d->kind == DIR_SUBVOL)
		return EOPNOTSUPP; /* not the kernel's: its deletion, which is not modelled */
	if (in_readonly_dir (s, rel))
		return EROFS;
	return 0;
}

/* rmdir(2) asks whether the directory is empty last (rm -d, first) */
static int
rmdir_errno_at (run_session *s, const char *rel)
{
	int e = rmdir_refusal (s, rel);

	return e ? e : dir_is_empty (s, rel) ? 0 : ENOTEMPTY;
}

static int
rmdir_errno (run_session *s, const script_op *op)
{
	/* the empty directory a failed mount left (the parser refuses the mount point) */
	return op->fails ? ENOENT : rmdir_errno_at (s, op->rel);
}

static void
refuse_subvolume_deletion (run_session *s, const char *tool, const char *path)
{
	run_fail (s, EOPNOTSUPP, 1, "%s: '%s': the deletion of a subvolume is not modelled by extsim", tool, path);
}

static void
rmdir_done (run_session *s, const char *rel)
{
	dirs_unshare (s);
	g_hash_table_remove (s->dirs, rel);
	run_log_rmdir (s, rel);
}

/*
 * rmdir -p DIR, once DIR went (coreutils 9.1 remove_parents, as Linux 6.18
 * answered on btrfs: tests/script/real/rmdir-p.sh): the path given, its
 * trailing slashes stripped, is cut at its last slash (and the slashes
 * before it) again and again, each cut removed, until one fails: that
 * one says "directory", ends the walk and sets the exit status to 1.  Inside the
 * filesystem a cut is the parent of the one before (the parser refuses a
 * path with a "." or ".." in it), so the walk ends at the mount point,
 * which is busy, if not before.
 */
static void
rmdir_parents (run_session *s, const script_op *op)
{
	g_autofree char *shown = g_strdup (op->pub.path);
	g_autofree char *rel = g_strdup (op->rel);
	gsize n = strlen (shown);
	int e;

	while (n > 1 && shown[n - 1] == '/')
		shown[--n] = '\0';
	do {
		char *slash = strrchr (shown, '/'), *up = strrchr (rel, '/');

		if (!slash || !*rel)
			return; /* not reached: the mount point ends the walk */
		while (slash > shown && *slash == '/')
			slash--;
		slash[1] = '\0';
		*(up ? up : rel) = '\0';
		e = rmdir_errno_at (s, rel);
		if (!e)
			rmdir_done (s, rel);
	} while (!e);
	if (e == EOPNOTSUPP)
		refuse_subvolume_deletion (s, "rmdir", shown);
	else
		run_fail (s, e, 1, "rmdir: failed to remove directory '%s': %s", shown, errno_message (e));
}

static void
run_rmdir (run_session *s, const script_op *op)
{
	int e = rmdir_errno (s, op);

	if (e == EOPNOTSUPP) {
		refuse_subvolume_deletion (s, "rmdir", op->pub.path);
	} else if (e) { /* quoteaf: ASCII quotes in any locale, unlike mkdir's */
		run_fail (s, e, 1, "rmdir: failed to remove '%s': %s", op->pub.path, errno_message (e));
	} else {
		rmdir_done (s, op->rel);
		if (op->pub.flags & EXTSIM_SCRIPT_OP_PARENTS)
			rmdir_parents (s, op);
	}
}

/*
 * rm -d DIR (coreutils 9.1, as Linux 6.18 answered on btrfs: tests/script/
 * real/rm-d.sh): rm reads the directory first and refuses one that is not
 * empty itself (remove.c rm_fts), the mount point included; an empty one
 * then goes as rmdir(2) takes it, with rmdir's errors in rm's words.
 */
static void
run_rm_empty_dir (run_session *s, const script_op *op)
{
	int e = dir_is_empty (s, op->rel) ? rmdir_refusal (s, op->rel) : ENOTEMPTY;

	if (e == EOPNOTSUPP)
		refuse_subvolume_deletion (s, "rm", op->pub.path);
	else if (e)
		run_fail (s, e, 1, "rm: cannot remove '%s': %s", op->pub.path, errno_message (e));
	else
		rmdir_done (s, op->rel);
}

/* Deeper first, so that a directory goes after everything in it. */
static gint
by_depth_down (gconstpointer a, gconstpointer b)
{
	const char *x = *(const char *const *) a, *y = *(const char *const *) b;
	gsize dx = 0, dy = 0;

	for (; *x; x++)
		dx += *x == '/';
	for (; *y; y++)
		dy += *y == '/';
	return dx > dy ? -1 : dx < dy;
}

gboolean
ino_equal (const extsim_ino *a, const extsim_ino *b)
{
	return a->root == b->root && a->ino == b->ino;
}

/* GHRFunc: whether a name's file is @data */
gboolean
same_ino (gpointer key, gpointer value, gpointer data)
{
	(void) key;
	return ino_equal (value, data);
}

guint
run_link_count (run_session *s, extsim_ino ino)
{
	GHashTableIter it;
	gpointer v;
	guint n = 0;

	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, NULL, &v))
		n += ino_equal (v, &ino);
	return n;
}

/* unlink(2) of the name @rel of @ino: the inode goes with its last name. */
static gboolean
remove_name (run_session *s, const char *rel, extsim_ino ino, GError **error)
{
	if (run_link_count (s, ino) > 1 ? !extsim_fs_name_changed (s->res->fs, ino, error)
					: !extsim_fs_unlink (s->res->fs, ino, error))
		return FALSE;
	result_set_file (s->res, rel, NULL);
	run_log_unlink (s, ino, rel);
	return TRUE;
}

/*
 * rm -r DIR (coreutils 9.1, as Linux 6.18 answered on btrfs: tests/script/
 * real/rm-r.sh): every file below DIR is unlinked and every directory
 * removed, DIR last.  The mount point itself loses what is in it, then
 * fails with EBUSY.  A subvolume, DIR or below it, would be deleted by rmdir
 * (btrfs_rmdir -> btrfs_delete_subvolume), which is not modelled, and in a
 * read-only snapshot each removal fails in readdir order, which the model
 * does not keep between files and directories: both are refused when they
 * run, before anything goes.
 */
static void
run_rm_tree (run_session *s, const script_op *op)
{
	g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
	g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
	const char *subvol = NULL;
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, s->dirs);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const dir_info *d = v;

		if (!(*op->rel && g_str_equal (k, op->rel)) && !below (op->rel, k))
			continue;
		if (d->kind == DIR_SUBVOL && (!subvol || strcmp (k, subvol) < 0))
			subvol = k; /* the first by name, whatever the table's order */
		g_ptr_array_add (dirs, g_strdup (k));
	}
	if (subvol) {
		/* op->rel or below it: its path is op's path and its rest */
		const char *rest = subvol + strlen (op->rel);

		if (!*rest)
			run_fail (s, EOPNOTSUPP, 1, "rm: '%s': a subvolume, whose deletion is not modelled by extsim",
				  op->pub.path);
		else
			run_fail (s, EOPNOTSUPP, 1,
				  "rm: '%s': holds the subvolume '%s%s%s', whose deletion is not modelled by extsim",
				  op->pub.path, op->pub.path, *op->rel ? "" : "/", rest);
		return;
	}
	if (dir_at (s, op->rel)->readonly) {
		run_fail (s, EOPNOTSUPP, 1, "rm: '%s': rm -r in a read-only snapshot is not modelled by extsim", op->pub.path);
		return;
	}
	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (below (op->rel, k))
			g_ptr_array_add (files, g_strdup (k));
	}
	for (guint i = 0; i < files->len; i++) {
		g_autoptr (GError) err = NULL;
		const char *rel = files->pdata[i];

		if (!remove_name (s, rel, *result_lookup_file (s->res, rel), &err)) {
			/* the model's unlink fails only on a missing inode */
			run_fail (s, run_errno_of (err), 1, "rm: cannot remove '%s': %s", op->pub.path, err->message);
			return;
		}
	}
	g_ptr_array_sort (dirs, by_depth_down);
	for (guint i = 0; i < dirs->len; i++)
		rmdir_done (s, dirs->pdata[i]);
	if (!*op->rel)
		run_fail (s, EBUSY, 1, "rm: cannot remove '%s': %s", op->pub.path, errno_message (EBUSY));
}

/* mv's and ln's destination: @path, or into the directory @path under
 * @path2's name; *@target relative, *@shown as the error lines name it. */
static void
destination (const script_op *op, gboolean into, char **target, char **shown)
{
	if (into) {
		*target = *op->rel ? g_strdup_printf ("%s/%s", op->rel, base_of (op->rel2)) : g_strdup (base_of (op->rel2));
		*shown = g_strdup_printf ("%s%s%s", op->pub.path, g_str_has_suffix (op->pub.path, "/") ? "" : "/",
					  base_of (op->rel2));
	} else {
		*target = g_strdup (op->rel);
		*shown = g_strdup (op->pub.path);
	}
}

/*
 * mv SRC DST (coreutils 9.1, as Linux 6.18 answered on btrfs: tests/script/
 * real/mv.sh): rename(2) of a file, to DST or, when DST is a directory, to
 * DST/its name.  A file it replaces is unlinked; when that file had bytes,
 * btrfs_rename () first starts the writeback of SRC's dirty pages
 * (filemap_flush: "we're using rename to replace one file with another"),
 * so they take their blocks at the rename, ahead of the files written
 * before them.  A directory as SRC and a rename across subvolumes (EXDEV,
 * where mv copies) are refused when they run.
 */
static void
run_mv (run_session *s, const script_op *op)
{
	const extsim_ino *src = op->fails ? NULL : result_lookup_file (s->res, op->rel2);
	const extsim_ino *old;
	const dir_info *into = op->fails ? NULL : dir_at (s, op->rel);
	g_autofree char *target = NULL, *shown = NULL, *to_parent = NULL, *from_parent = NULL;
	const dir_info *td, *fd;
	extsim_inode_info info;
	extsim_ino moved, victim = { 0, 0 };
	gboolean replaced = FALSE;
	int e = 0;

	if (!src && !op->fails && dir_at (s, op->rel2)) {
		run_fail (s, EOPNOTSUPP, 1, "mv: '%s': mv of a directory is not modelled by extsim", op->pub.path2);
		return;
	}
	if (!src) {
		e = !op->fails && walk_meets_file (s, op->rel2) ? ENOTDIR : ENOENT;
		run_fail (s, e, 1, "mv: cannot stat '%s': %s", op->pub.path2, errno_message (e));
		return;
	}
	destination (op, into != NULL, &target, &shown);
	old = result_lookup_file (s->res, target);
	if (old && ino_equal (old, src)) {
		/* onto itself, or onto another name of the file (ln):
		 * coreutils 9.1 refuses both so */
		run_fail (s, EINVAL, 1, "mv: '%s' and '%s' are the same file", op->pub.path2, shown);
		return;
	}
	if (dir_at (s, target)) {
		run_fail (s, EISDIR, 1, "mv: cannot overwrite directory '%s' with non-directory", shown);
		return;
	}
	to_parent = parent_of (target);
	from_parent = parent_of (op->rel2);
	td = dir_at (s, to_parent);
	fd = dir_at (s, from_parent);
	if (!td)
		e = walk_meets_file (s, to_parent) ? ENOTDIR : ENOENT;
	else if (td->readonly || fd->readonly)
		e = EROFS;
	else if (td->kind == DIR_EMPTY)
		e = EACCES;
	else if (td->root != fd->root) {
		run_fail (s, EOPNOTSUPP, 1, "mv: '%s': a move across subvolumes (EXDEV: mv copies) is not modelled by extsim",
			 op->pub.path2);
		return;
	}
	if (e) {
		run_fail (s, e, 1, "mv: cannot move '%s' to '%s': %s", op->pub.path2, shown, errno_message (e));
		return;
	}
	moved = *src;
	if (old) {
		g_autoptr (GError) err = NULL;

		victim = *old;
		replaced = TRUE;
		if (extsim_fs_inode_info (s->res->fs, victim, &info, NULL) && info.size)
			extsim_fs_writeback (s->res->fs, moved, 0, 0, NULL);
		if (!remove_name (s, target, victim, &err)) {
			run_fail (s, run_errno_of (err), 1, "mv: cannot move '%s' to '%s': %s", op->pub.path2, shown,
				 err->message);
			return;
		}
	}
	result_set_file (s->res, op->rel2, NULL);
	result_set_file (s->res, target, &moved);
	extsim_fs_name_changed (s->res->fs, moved, NULL); /* its inode was found above */
	run_log_rename (s, moved, op->rel2, target, replaced ? &victim : NULL);
}

/*
 * ln SRC DST: link(2) of a file, with coreutils 9.1's messages (checked
 * on Linux 6.18: tests/script/real/ln.sh); DST may be a directory, then
 * the link is DST/basename(SRC).  btrfs_link refuses a link into another
 * subvolume (EXDEV).  The file keeps one inode under all its names:
 * rm and mv remove a name, and the inode goes with the last
 * (remove_name).
 */
static void
run_ln (run_session *s, const script_op *op)
{
	const extsim_ino *src = op->fails ? NULL : result_lookup_file (s->res, op->rel2);
	const dir_info *into = op->fails ? NULL : dir_at (s, op->rel);
	g_autofree char *target = NULL, *shown = NULL, *parent = NULL;
	const dir_info *td;
	extsim_ino linked;
	int e = 0;

	if (!src && !op->fails && dir_at (s, op->rel2)) {
		run_fail (s, EPERM, 1, "ln: %s: hard link not allowed for directory", op->pub.path2);
		return;
	}
	if (!src) {
		e = !op->fails && walk_meets_file (s, op->rel2) ? ENOTDIR : ENOENT;
		run_fail (s, e, 1, "ln: failed to access '%s': %s", op->pub.path2, errno_message (e));
		return;
	}
	destination (op, into != NULL, &target, &shown);
	parent = parent_of (target);
	td = dir_at (s, parent);
	if (result_lookup_file (s->res, target) || dir_at (s, target))
		e = EEXIST;
	else if (!td)
		e = walk_meets_file (s, parent) ? ENOTDIR : ENOENT;
	else if (td->readonly)
		e = EROFS;
	else if (td->kind == DIR_EMPTY)
		e = EACCES;
	else if (td->root != src->root)
		e = EXDEV;
	if (e == EEXIST || e == EROFS) /* coreutils names the source for the others */
		run_fail (s, e, 1, "ln: failed to create hard link '%s': %s", shown, errno_message (e));
	else if (e)
		run_fail (s, e, 1, "ln: failed to create hard link '%s' => '%s': %s", shown, op->pub.path2,
			  errno_message (e));
	if (e)
		return;
	linked = *src;
	result_set_file (s->res, target, &linked);
	extsim_fs_name_changed (s->res->fs, linked, NULL);
	run_log_link (s, linked);
}

static void
run_file_command (run_session *s, const script_op *op)
{
	const extsim_ino *ino = op->fails ? NULL : result_lookup_file (s->res, op->rel);
	gboolean is_dir = !op->fails && dir_at (s, op->rel) != NULL;
	const char *p = op->pub.path;
	g_autoptr (GError) err = NULL;
	extsim_ino made;
	int e = 0;

	switch (op->pub.kind) {
	case EXTSIM_SCRIPT_OP_MKDIR:
		run_mkdir (s, op);
		break;
	case EXTSIM_SCRIPT_OP_RMDIR:
		run_rmdir (s, op);
		break;
	case EXTSIM_SCRIPT_OP_TOUCH:
		if (!ino && !is_dir && (e = op->fails ? run_unmounted_create (op->rel) : create_file (s, op->rel, &made)))
			run_err (s, 1, "touch: cannot touch '%s': %s", p, errno_message (e));
		break;
	case EXTSIM_SCRIPT_OP_RM:
		if (is_dir && (op->pub.flags & EXTSIM_SCRIPT_OP_RECURSIVE)) {
			run_rm_tree (s, op);
			break;
		}
		if (is_dir && (op->pub.flags & EXTSIM_SCRIPT_OP_EMPTY_DIRS)) {
			run_rm_empty_dir (s, op);
			break;
		}
		e = is_dir ? EISDIR : !ino ? ENOENT : in_readonly_dir (s, op->rel) ? EROFS : 0;
		if (!e && !remove_name (s, op->rel, *ino, &err))
			e = run_errno_of (err);
		if (e && (e != ENOENT || !(op->pub.flags & EXTSIM_SCRIPT_OP_FORCE)))
			run_err (s, 1, "rm: cannot remove '%s': %s", p, errno_message (e));
		break;
	case EXTSIM_SCRIPT_OP_CHATTR:
		e = !ino && !is_dir ? ENOENT : in_readonly_dir (s, op->rel) ? EROFS : 0;
		/* FS_IOC_GETFLAGS on the empty directory a subvolume leaves in a snapshot */
		e = !e && is_dir && dir_at (s, op->rel)->kind == DIR_EMPTY ? EOPNOTSUPP : e;
		if (e == ENOENT)
			run_err (s, 1, "chattr: %s while trying to stat %s", errno_message (e), p);
		else if (e == EOPNOTSUPP)
			run_err (s, 1, "chattr: %s while reading flags on %s", errno_message (e), p);
		else if (e)
			run_err (s, 1, "chattr: %s while setting flags on %s", errno_message (e), p);
		else if (is_dir)
			dir_at_mut (s, op->rel)->nodatacow = TRUE;
		else
			extsim_fs_set_nodatacow (s->res->fs, *ino, NULL);
		break;
	case EXTSIM_SCRIPT_OP_CAT:
		/* read (2) through the page cache, the whole file (cat FILE >
		 * /dev/null: nothing shown) */
		e = is_dir ? EISDIR : !ino ? ENOENT : 0;
		if (!e && !extsim_fs_readahead (s->res->fs, *ino, 0, 0, &err))
			e = run_errno_of (err);
		if (e)
			run_err (s, 1, "cat: %s: %s", p, errno_message (e));
		break;
	default: { /* md5sum */
		/* _md5_checksum's status is its pipeline's: cut's */
		g_autofree char *md5 = md5sum_of (s, op, op->subst == SUBST_MD5_HASH ? 0 : 1, &e);
		g_autofree char *line = !md5			     ? NULL
					: op->subst == SUBST_MD5_HASH ? g_strdup_printf ("%s\n", md5) /* _md5_checksum */
								     : g_strdup_printf ("%s  %s\n", md5, p);

		if (line)
			run_out (s, line);
		break;
	}
	}
	if (e)
		s->rec->pub.error = e;
}

/* ---- xfs_io --------------------------------------------------------------------------------- */

int
run_open_file (run_session *s, const char *rel, gboolean fails, gboolean create, gboolean write, extsim_ino *out)
{
	const extsim_ino *ino = fails ? NULL : result_lookup_file (s->res, rel);

	if (!fails && dir_at (s, rel))
		return write ? EISDIR : 0;
	if (!ino && !create)
		return ENOENT;
	if (!fails && write && in_readonly_dir (s, rel))
		return EROFS;
	if (!ino)
		return fails ? run_unmounted_create (rel) : create_file (s, rel, out);
	*out = *ino;
	return 0;
}

static void
run_open (run_session *s, const script_op *op)
{
	gboolean ro_open = (op->pub.flags & EXTSIM_SCRIPT_OP_READONLY) != 0;
	g_autoptr (GError) err = NULL;
	int e = 0;

	s->cur_dir = !op->fails && dir_at (s, op->rel) != NULL;
	if (s->cur_dir && (op->pub.flags & EXTSIM_SCRIPT_OP_DIRECT)) {
		/* O_DIRECT needs a_ops->direct_IO, which a btrfs directory
		 * lacks: its O_RDONLY retry fails too (do_dentry_open) */
		s->cur_dir = FALSE;
		e = EINVAL;
	}
	s->cur_dir_rel = s->cur_dir ? op->rel : NULL;
	if (s->cur_dir)
		ro_open = TRUE; /* openfile() retries O_RDONLY after EISDIR */
	else if (!e)
		e = run_open_file (s, op->rel, op->fails != OP_FAILS_NOT, (op->pub.flags & EXTSIM_SCRIPT_OP_CREATE) != 0,
				   !ro_open, &s->cur);
	s->cur_open = !e && !op->fails && !s->cur_dir;
	if (!e && (op->pub.flags & EXTSIM_SCRIPT_OP_TRUNC) && !extsim_fs_truncate (s->res->fs, s->cur, 0, &err))
		e = run_errno_of (err);
	if (e) {
		if (op->cloner) /* fstests' src/cloner */
			run_fail_stdout (s, e, e, "failed to open %s: %s", op->pub.path, errno_message (e));
		else
			run_fail_errno (s, e, 1, op->pub.path);
		s->skip = TRUE;
	}
	s->cur_readonly = ro_open;
	s->cur_sync = (op->pub.flags & EXTSIM_SCRIPT_OP_SYNC_WRITES) != 0;
	s->cur_direct = (op->pub.flags & EXTSIM_SCRIPT_OP_DIRECT) != 0;
}

static gboolean
run_op_kind (run_session *s, const script_op *op, GError **error)
{
	if (op->tool != TOOL_NONE) {
		run_tool (s, op);
		return TRUE;
	}
	switch (op->pub.kind) {
	case EXTSIM_SCRIPT_OP_COMMIT:
		extsim_fs_commit (s->res->fs);
		return TRUE;
	case EXTSIM_SCRIPT_OP_MKFS:
	case EXTSIM_SCRIPT_OP_MOUNT:
	case EXTSIM_SCRIPT_OP_UMOUNT:
		return run_mount (s, op, error);
	case EXTSIM_SCRIPT_OP_POWER_LOSS:
		run_power_loss (s);
		return TRUE;
	case EXTSIM_SCRIPT_OP_SYNC:
		if (!op->fails) /* else nothing is mounted: nothing to write back */
			extsim_fs_sync (s->res->fs);
		return TRUE;
	case EXTSIM_SCRIPT_OP_SLEEP:
		return TRUE;
	case EXTSIM_SCRIPT_OP_DROP_CACHES:
		/* without a filesystem nothing is cached; unmounted, the
		 * umount left nothing to drop (extsim_fs_remount) */
		if (s->res->fs)
			extsim_fs_drop_caches (s->res->fs, (guint) op->pub.length, s->held, s->n_held, NULL);
		if (op->pub.message) { /* sysctl's line */
			g_autofree char *line = g_strconcat (op->pub.message, "\n", NULL);

			run_out (s, line);
		}
		return TRUE;
	case EXTSIM_SCRIPT_OP_RETURN:
	case EXTSIM_SCRIPT_OP_EXIT:
		/* exit N, return N: N modulo 256, as sh takes it; alone: the
		 * status of the last command that ran */
		s->exit_status = op->pub.length != G_MAXUINT64 ? (int) (op->pub.length & 0xff) : s->last_status;
		if (op->pub.kind == EXTSIM_SCRIPT_OP_EXIT)
			s->exiting = TRUE;
		else
			s->resume_at = op->pub.offset;
		return TRUE;
	case EXTSIM_SCRIPT_OP_ECHO: {
		g_autofree char *words = op->subst ? echo_subst (s, op) : NULL;
		g_autofree char *line = g_strconcat (words ? words : op->pub.message,
						     (op->pub.flags & EXTSIM_SCRIPT_OP_NO_NEWLINE) ? "" : "\n", NULL);

		run_out (s, line);
		return TRUE;
	}
	case EXTSIM_SCRIPT_OP_SUBVOLUME_CREATE:
		run_subvolume_create (s, op);
		return TRUE;
	case EXTSIM_SCRIPT_OP_SNAPSHOT:
		run_snapshot (s, op);
		return TRUE;
	case EXTSIM_SCRIPT_OP_TOUCH:
	case EXTSIM_SCRIPT_OP_MKDIR:
	case EXTSIM_SCRIPT_OP_RM:
	case EXTSIM_SCRIPT_OP_CHATTR:
	case EXTSIM_SCRIPT_OP_MD5SUM:
	case EXTSIM_SCRIPT_OP_CAT:
	case EXTSIM_SCRIPT_OP_RMDIR:
		run_file_command (s, op);
		return TRUE;
	case EXTSIM_SCRIPT_OP_MV:
		run_mv (s, op);
		return TRUE;
	case EXTSIM_SCRIPT_OP_LINK:
		run_ln (s, op);
		return TRUE;
	case EXTSIM_SCRIPT_OP_OPEN:
		run_open (s, op);
		return TRUE;
	default:
		run_xfs_io (s, op);
		return TRUE;
	}
}

gboolean
run_op (run_session *s, const script_op *op, GError **error)
{
	gboolean ok = run_op_kind (s, op, error);

	power_track (s);
	return ok;
}

/* ---- the run ---------------------------------------------------------------------------- */

static guint64
lost_so_far (const extsim_fs *fs)
{
	extsim_stats st;

	if (!fs)
		return 0;
	extsim_fs_get_stats (fs, &st);
	return st.lost_bytes;
}

/* One operation, and what it left behind. */
static gboolean
run_record (run_session *s, const script_op *op, GError **error)
{
	const extsim_fs *fs_before = s->res->fs;
	guint since = fs_before ? extsim_fs_violations (fs_before)->len : 0;
	guint64 lost = lost_so_far (fs_before);
	gboolean ok = TRUE;

	s->rec = result_add_record (s->res, op);
	if (s->o->record_events)
		s->rec->events = g_array_new (FALSE, FALSE, sizeof (extsim_event));
	s->rec->pub.events = s->rec->events;
	s->rec->pub.ran = !s->skip;
	s->rec->pub.first_step = fs_before ? extsim_fs_get_step (fs_before) : 0;
	if (!s->skip)
		ok = run_op (s, op, error);
	if (s->last_op && s->cur_open) {
		/* the process exits and closes xfs_io's file, inside the
		 * record of its last command */
		s->cur_open = FALSE;
		if (s->res->fs)
			extsim_fs_release (s->res->fs, s->cur, NULL);
	}
	if (s->res->fs != fs_before) { /* mkfs.btrfs, or a mount that made the fs again */
		since = 0;
		lost = 0;
	}
	if (s->res->fs) {
		s->rec->pub.last_step = extsim_fs_get_step (s->res->fs);
		extsim_fs_get_space_info (s->res->fs, &s->rec->pub.space);
		result_take_violations (s->res, s->rec, since);
		s->rec->pub.lost_bytes = lost_so_far (s->res->fs) - lost;
		if (s->rec->pub.lost_bytes)
			result_note_losses (s->res, s->rec);
	}
	s->rec->pub.out_text = s->rec->out->str;
	s->rec->pub.err_text = s->rec->err->str;
	if (s->o->after_record)
		s->o->after_record (s->res, &s->rec->pub, s->o->after_record_data);
	s->rec = NULL;
	return ok;
}

static gboolean
run_command (run_session *s, const script_command *cmd, GError **error)
{
	gboolean ok = TRUE;

	s->cmd = cmd;
	s->exit_status = 0;
	s->skip = FALSE;
	s->filefrag_root = 0;
	s->filefrag_widths[0] = 8; /* filefrag's logical_width, physical_width */
	s->filefrag_widths[1] = 10;
	s->fiemap_max = G_MAXUINT64;
	for (guint i = 0; ok && i < cmd->pub.n_ops; i++) {
		s->last_op = i + 1 == cmd->pub.n_ops;
		ok = run_record (s, s->script->ops->pdata[cmd->pub.first_op + i], error);
	}
	flush_pending (s); /* the process exits: its stdio buffer is written */
	if (s->cmd->n_filters)
		flush_pipeline (s);
	g_array_index (s->res->exit_status, int, cmd->pub.index) = s->exit_status;
	s->cmd = NULL;
	return ok;
}

gboolean
extsim_script_run (const extsim_script *script, const extsim_script_run_options *options,
		   extsim_script_result **out_result, GError **error)
{
	extsim_script_run_options defaults = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	run_session s = { 0 };
	gboolean ok = TRUE;

	g_return_val_if_fail (script != NULL, FALSE);
	if (options && options->version != EXTSIM_SCRIPT_RUN_OPTIONS_VERSION) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "run options version %u unknown (expected %u)",
			     options->version, EXTSIM_SCRIPT_RUN_OPTIONS_VERSION);
		return FALSE;
	}
	s.script = script;
	s.o = options ? options : &defaults;
	if (s.o->policy && !extsim_policy_validate (s.o->policy, error))
		return FALSE;
	s.res = result_new (script, s.o->policy ? s.o->policy : &extsim_policy_unpatched);
	s.dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s.pending = g_string_new (NULL);
	s.piped = g_string_new (NULL);
	for (guint i = 0; ok && i < script->commands->len; i++) {
		const script_command *cmd = script->commands->pdata[i];

		s.res->n_commands_run = i + 1;
		/* CMD && CMD, CMD || CMD: by the status of the last command
		 * that ran (one passed over leaves it as it was) */
		if ((cmd->cond == SCRIPT_CONN_AND && s.last_status != 0) || (cmd->cond == SCRIPT_CONN_OR && s.last_status == 0)) {
			g_array_index (s.res->skipped, gboolean, i) = TRUE;
			continue;
		}
		ok = run_command (&s, cmd, error);
		s.last_status = g_array_index (s.res->exit_status, int, i);
		if (s.exiting)
			break;
		if (s.resume_at) {
			/* the rest of the function call is passed over */
			for (guint k = i + 1; k < s.resume_at && k < script->commands->len; k++)
				g_array_index (s.res->skipped, gboolean, k) = TRUE;
			i = (guint) s.resume_at - 1;
			s.res->n_commands_run = i + 1;
			s.resume_at = 0;
		}
		/* set -e: the shell exits here, unless && or || follows */
		if (ok && cmd->errexit && s.last_status != 0 && !cmd->list_head)
			break;
	}
	if (s.res->fs)
		extsim_fs_set_trace (s.res->fs, NULL, NULL);
	g_hash_table_unref (s.dirs);
	power_forget (&s);
	g_string_free (s.pending, TRUE);
	g_string_free (s.piped, TRUE);
	if (out_result)
		*out_result = s.res;
	else
		extsim_script_result_free (s.res);
	return ok;
}
