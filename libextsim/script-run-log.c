/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the names a power loss leaves (fstests'
 * _flakey_drop_and_remount), as btrfs's log tree keeps them
 *
 * The filesystem model keeps the file data of the last commit and of each
 * fsync since (tree-log.c); the names are the script's, and this file
 * keeps, for a script with a power loss, the names of the last commit and
 * the names the log tree holds since.  The rules, each checked on Linux
 * 6.18 (tests/script/real/power-loss-names.sh, power-loss-rename.sh,
 * power-loss-dir-fsync.sh, ln.sh):
 *
 *   fsync       logs the file under the names it has then, with the new
 *               directories above them (btrfs_log_inode_parent,
 *               log_all_new_ancestors); after the power loss it has, in
 *               each directory the log names it in, the log's names
 *               there, and its commit names elsewhere stay.
 *   in the log  a file is, since the commit, when an fsync logged it or a
 *               rename or link below put its names in the log
 *               (inode_logged).
 *   rename, ln  of a file in the log, or a rename out of a directory
 *               logged whole: the new names go into the log
 *               (btrfs_log_new_name); the next fsync of any file writes
 *               the log, and the file then has, after the power loss, the
 *               names it has at that fsync.  Without a later fsync the
 *               log on disk keeps the old names.  A rename or link of a
 *               file that is not in the log, out of a directory that is
 *               not, logs nothing.
 *   whole dirs  a file that was there at the commit and has been renamed,
 *               linked or unlinked since (last_unlink_trans), when it is
 *               logged (its fsync, or a rename or link of it while in the
 *               log), logs whole the directories that held its names at
 *               the commit (btrfs_log_all_parents; every run on 6.18 fits
 *               its search reading the file's names in the commit root):
 *               every name in them that is new since the commit goes into
 *               the log: with its file's other names when the file is in
 *               the log or new (then it comes back empty, below), alone
 *               when the commit has the file (its commit names in other
 *               directories stay: it has both); its commit names gone
 *               since go, and so do its directories removed since; a
 *               directory logged whole already is not logged again this
 *               way (need_log_inode), so what left it since stays;
 *               directories made in it since are logged whole too
 *               (log_new_dir_dentries).
 *   dir fsync   logs the directory whole, with its new ancestors, and
 *               writes the log; a directory whose names are the commit's,
 *               or those it was last logged whole with, is not logged
 *               (need_log_inode, btrfs_inode_in_log), and its fsync
 *               writes no log.
 *   full commit a rename of a file not in the log, to another directory,
 *               out of a directory not logged whole, marks that directory
 *               (btrfs_record_unlink_dir); logging it whole later makes
 *               the next log write a transaction commit instead
 *               (btrfs_set_log_full_commit): everything committed is then
 *               kept.
 *   unlink      of a logged name: a file made since the commit loses it
 *               at the log's next write; a file the commit has comes
 *               back under it (and without a later fsync, any file).
 *               rmdir of a logged directory made since the commit: the
 *               same.
 *
 * A file made since the commit that no fsync logged, but whose name went
 * into the log (a directory logged whole holds it, or it was renamed out
 * of one), comes back empty (extsim_fs_log_exists: LOG_INODE_EXISTS
 * logs its inode item with no size and no data).
 */
#include "script-private.h"

static guint
ino_hash (gconstpointer p)
{
	const extsim_ino *i = p;

	return (guint) (i->root * 0x9e3779b97f4a7c15u ^ i->ino);
}

static gboolean
ino_eq (gconstpointer a, gconstpointer b)
{
	return ino_equal (a, b);
}

static GHashTable *
ino_set_new (void)
{
	return g_hash_table_new_full (ino_hash, ino_eq, g_free, NULL);
}

static void
ino_set_add (GHashTable *set, extsim_ino ino)
{
	if (!g_hash_table_contains (set, &ino))
		g_hash_table_add (set, g_memdup2 (&ino, sizeof ino));
}

static void
str_set_add (GHashTable *set, const char *s)
{
	if (!g_hash_table_contains (set, s))
		g_hash_table_add (set, g_strdup (s));
}

/* The names of the set @from go into the set @to. */
static void
set_move (GHashTable *from, GHashTable *to)
{
	GHashTableIter it;
	gpointer k;

	g_hash_table_iter_init (&it, from);
	while (g_hash_table_iter_next (&it, &k, NULL))
		str_set_add (to, k);
	g_hash_table_remove_all (from);
}

/* Whether a name of table @t holds @ino. */
static gboolean
names_ino (GHashTable *t, extsim_ino ino)
{
	GHashTableIter it;
	gpointer v;

	g_hash_table_iter_init (&it, t);
	while (g_hash_table_iter_next (&it, NULL, &v)) {
		if (ino_equal (v, &ino))
			return TRUE;
	}
	return FALSE;
}

static guint64
commits_of (const extsim_fs *fs)
{
	extsim_stats st;

	extsim_fs_get_stats (fs, &st);
	return st.commits;
}

void
power_forget (run_session *s)
{
	g_clear_pointer (&s->committed_files, g_hash_table_unref);
	g_clear_pointer (&s->committed_dirs, g_hash_table_unref);
	g_clear_pointer (&s->logged_files, g_hash_table_unref);
	g_clear_pointer (&s->logged_dirs, g_hash_table_unref);
	g_clear_pointer (&s->log_pending, g_hash_table_unref);
	g_clear_pointer (&s->log_touched, g_hash_table_unref);
	g_clear_pointer (&s->log_pending_entries, g_hash_table_unref);
	g_clear_pointer (&s->log_pending_gone, g_hash_table_unref);
	g_clear_pointer (&s->log_pending_unlinks, g_hash_table_unref);
	g_clear_pointer (&s->logged_gone, g_hash_table_unref);
	g_clear_pointer (&s->log_pending_dirs, g_hash_table_unref);
	g_clear_pointer (&s->log_dir_sigs, g_hash_table_unref);
	g_clear_pointer (&s->log_pending_gone_dirs, g_hash_table_unref);
	g_clear_pointer (&s->logged_gone_dirs, g_hash_table_unref);
	g_clear_pointer (&s->log_pending_rmdirs, g_hash_table_unref);
	g_clear_pointer (&s->logged_entries, g_hash_table_unref);
	g_clear_pointer (&s->log_whole_dirs, g_hash_table_unref);
	g_clear_pointer (&s->log_unlinked_dirs, g_hash_table_unref);
	s->log_full_commit = FALSE;
}

/* The filesystem committed: its names now are the committed ones. */
static void
power_snapshot (run_session *s)
{
	power_forget (s);
	s->committed_files = table_copy (s->res->files, sizeof (extsim_ino));
	s->committed_dirs = table_copy (s->dirs, sizeof (dir_info));
	s->logged_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s->logged_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s->log_pending = ino_set_new ();
	s->log_touched = ino_set_new ();
	s->log_pending_entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s->log_pending_gone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->log_pending_unlinks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s->logged_gone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->log_pending_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->log_dir_sigs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s->log_pending_gone_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->logged_gone_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->log_pending_rmdirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->logged_entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	s->log_whole_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->log_unlinked_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	s->committed_at = commits_of (s->res->fs);
}

static void
add_parents (run_session *s, GHashTable *dirs, const char *rel)
{
	g_autofree char *parent = parent_of (rel);

	while (parent[0] && !g_hash_table_contains (dirs, parent)) {
		const dir_info *d = dir_at (s, parent);
		char *up;

		if (!d)
			break;
		g_hash_table_insert (dirs, g_strdup (parent), g_memdup2 (d, sizeof *d));
		up = parent_of (parent);
		g_free (parent);
		parent = up;
	}
}

/* The log on disk has @ino's names: an fsync logged it, or its names
 * went into the log and were written since. */
static gboolean
names_logged (run_session *s, extsim_ino ino)
{
	return extsim_fs_logged_step (s->res->fs, ino) || names_ino (s->logged_files, ino);
}

/* inode_logged: an fsync or a logged name change put @ino in the log. */
static gboolean
in_log (run_session *s, extsim_ino ino)
{
	return g_hash_table_contains (s->log_pending, &ino) || names_logged (s, ino);
}

/* The log's names of @ino become the ones it has now, with their new
 * directories: none when a rename or link logged a name that an unlink
 * then took out of the log again (btrfs_del_inode_ref_in_log; checked on
 * Linux 6.18). */
static void
log_names (run_session *s, extsim_ino ino)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_foreach_remove (s->logged_files, same_ino, &ino);
	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		if (!ino_equal (v, &ino))
			continue;
		g_hash_table_insert (s->logged_files, g_strdup (k), g_memdup2 (v, sizeof (extsim_ino)));
		add_parents (s, s->logged_dirs, k);
	}
}

/* How @dir differs from the commit: its names new since (files), its
 * commit names gone since, its commit directories gone and its new
 * directories (arrays of names, owned). */
typedef struct {
	GPtrArray *new_files, *gone_files, *gone_dirs, *new_dirs;
} dir_diff;

static void
dir_diff_of (run_session *s, const char *dir, dir_diff *d)
{
	GHashTableIter it;
	gpointer k, v;

	d->new_files = g_ptr_array_new_with_free_func (g_free);
	d->gone_files = g_ptr_array_new_with_free_func (g_free);
	d->gone_dirs = g_ptr_array_new_with_free_func (g_free);
	d->new_dirs = g_ptr_array_new_with_free_func (g_free);
	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const extsim_ino *was = g_hash_table_lookup (s->committed_files, k);

		if (is_child_of (k, dir) && (!was || !ino_equal (was, v)))
			g_ptr_array_add (d->new_files, g_strdup (k));
	}
	g_hash_table_iter_init (&it, s->committed_files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const extsim_ino *now = g_hash_table_lookup (s->res->files, k);

		if (is_child_of (k, dir) && (!now || !ino_equal (now, v)))
			g_ptr_array_add (d->gone_files, g_strdup (k));
	}
	g_hash_table_iter_init (&it, s->committed_dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (is_child_of (k, dir) && !dir_at (s, k))
			g_ptr_array_add (d->gone_dirs, g_strdup (k));
	}
	g_hash_table_iter_init (&it, s->dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (is_child_of (k, dir) && !g_hash_table_contains (s->committed_dirs, k))
			g_ptr_array_add (d->new_dirs, g_strdup (k));
	}
}

static void
dir_diff_clear (dir_diff *d)
{
	g_ptr_array_unref (d->new_files);
	g_ptr_array_unref (d->gone_files);
	g_ptr_array_unref (d->gone_dirs);
	g_ptr_array_unref (d->new_dirs);
}

/* What @dir holds, as one number: its files (name and inode) and its
 * directories (name), summed so that the tables' order does not matter. */
static guint64
dir_signature (run_session *s, const char *dir)
{
	guint64 sig = 0;
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const extsim_ino *ino = v;

		if (is_child_of (k, dir))
			sig += (g_str_hash (k) + 1) * 0x9e3779b97f4a7c15u ^ (ino->root * 0xc2b2ae3d27d4eb4fu + ino->ino);
	}
	g_hash_table_iter_init (&it, s->dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (is_child_of (k, dir))
			sig += (g_str_hash (k) + 7) * 0xff51afd7ed558ccdu;
	}
	return sig;
}

/* btrfs_log_inode (LOG_INODE_ALL) of @dir, to be written with the log's
 * next write: its names new since the commit, of files in the log (all
 * their names then, as a rename's) or made since (LOG_INODE_EXISTS: they
 * come back empty) or of files the commit holds (that name alone: the
 * file's commit names in other directories stay, checked on Linux 6.18);
 * its commit names gone since (unlinked, renamed) go; directories made in
 * it since are logged the same (log_new_dir_dentries).  Or, when a file
 * not in the log left it for another directory, that write is a commit.
 * FALSE when nothing was to be logged. */
static gboolean
log_whole_dir (run_session *s, const char *dir)
{
	guint64 sig = dir_signature (s, dir);
	const guint64 *last = g_hash_table_lookup (s->log_dir_sigs, dir);
	dir_diff d;
	gboolean as_committed;

	dir_diff_of (s, dir, &d);
	as_committed = g_hash_table_contains (s->committed_dirs, dir) && !d.new_files->len && !d.gone_files->len &&
		       !d.gone_dirs->len && !d.new_dirs->len;
	/* need_log_inode: unchanged since the commit, or since it was last
	 * logged (btrfs_inode_in_log) */
	if (as_committed || (last && *last == sig)) {
		dir_diff_clear (&d);
		return FALSE;
	}
	if (g_hash_table_contains (s->log_unlinked_dirs, dir)) {
		s->log_full_commit = TRUE;
		dir_diff_clear (&d);
		return TRUE;
	}
	g_hash_table_insert (s->log_dir_sigs, g_strdup (dir), g_memdup2 (&sig, sizeof sig));
	str_set_add (s->log_whole_dirs, dir);
	for (guint i = 0; i < d.new_files->len; i++) {
		const char *name = d.new_files->pdata[i];
		extsim_ino ino = *result_lookup_file (s->res, name);

		if (!in_log (s, ino) && names_ino (s->committed_files, ino))
			g_hash_table_insert (s->log_pending_entries, g_strdup (name), g_memdup2 (&ino, sizeof ino));
		else /* in the log, or made since the commit: log_new_dir_dentries */
			ino_set_add (s->log_pending, ino);
	}
	for (guint i = 0; i < d.gone_files->len; i++)
		str_set_add (s->log_pending_gone, d.gone_files->pdata[i]);
	for (guint i = 0; i < d.gone_dirs->len; i++)
		str_set_add (s->log_pending_gone_dirs, d.gone_dirs->pdata[i]);
	for (guint i = 0; i < d.new_dirs->len; i++) {
		str_set_add (s->log_pending_dirs, d.new_dirs->pdata[i]);
		log_whole_dir (s, d.new_dirs->pdata[i]);
	}
	dir_diff_clear (&d);
	return TRUE;
}

/* @ino is being logged: when it was there at the commit and a name of it
 * changed since, the directories that held it then are logged whole. */
static void
log_commit_parents (run_session *s, extsim_ino ino)
{
	g_autoptr (GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
	GHashTableIter it;
	gpointer k, v;

	if (!g_hash_table_contains (s->log_touched, &ino))
		return;
	g_hash_table_iter_init (&it, s->committed_files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		if (ino_equal (v, &ino))
			g_ptr_array_add (dirs, parent_of (k));
	}
	/* need_log_inode: a directory logged in the transaction already is
	 * not logged again here ("new/deleted names ... are updated in the log
	 * by link/unlink/rename operations"), so a name removed from it since
	 * stays (checked on Linux 6.18); an fsync of the directory itself
	 * logs it again */
	for (guint i = 0; i < dirs->len; i++) {
		if (!g_hash_table_contains (s->log_whole_dirs, dirs->pdata[i]))
			log_whole_dir (s, dirs->pdata[i]);
	}
}

/* rename(2) of @ino from @from to @to (btrfs_rename): @victim, when not
 * NULL, lost the name @to. */
void
run_log_rename (run_session *s, extsim_ino ino, const char *from, const char *to, const extsim_ino *victim)
{
	g_autofree char *from_dir = NULL, *to_dir = NULL;
	gboolean logged;

	if (!s->logged_files)
		return; /* no power loss in the script */
	from_dir = parent_of (from);
	to_dir = parent_of (to);
	if (victim)
		ino_set_add (s->log_touched, *victim);
	ino_set_add (s->log_touched, ino);
	logged = in_log (s, ino) || g_hash_table_contains (s->log_whole_dirs, from_dir);
	if (!logged) {
		if (!g_str_equal (from_dir, to_dir)) /* btrfs_record_unlink_dir */
			str_set_add (s->log_unlinked_dirs, from_dir);
		return;
	}
	ino_set_add (s->log_pending, ino);
	log_commit_parents (s, ino);
}

/* link(2): a new name of @ino (btrfs_link). */
void
run_log_link (run_session *s, extsim_ino ino)
{
	if (!s->logged_files)
		return;
	ino_set_add (s->log_touched, ino);
	if (!in_log (s, ino))
		return;
	ino_set_add (s->log_pending, ino);
	log_commit_parents (s, ino);
}

/* unlink(2) of the name @rel of @ino (btrfs_unlink: btrfs_record_unlink_dir,
 * btrfs_del_inode_ref_in_log).  A file made since the commit loses a
 * logged name at the log's next write; one the commit has keeps it (the
 * commit's entry is replayed: checked on Linux 6.18). */
void
run_log_unlink (run_session *s, extsim_ino ino, const char *rel)
{
	const extsim_ino *logged;

	if (!s->logged_files)
		return;
	ino_set_add (s->log_touched, ino);
	logged = g_hash_table_lookup (s->logged_files, rel);
	if (logged && ino_equal (logged, &ino) && !names_ino (s->committed_files, ino))
		g_hash_table_insert (s->log_pending_unlinks, g_strdup (rel), g_memdup2 (&ino, sizeof ino));
}

/* rmdir(2) of @rel: a directory made since the commit and logged leaves
 * the log at its next write (checked on Linux 6.18); a committed one goes
 * only when its parent is logged whole after (log_whole_dir). */
void
run_log_rmdir (run_session *s, const char *rel)
{
	if (s->logged_files && g_hash_table_contains (s->logged_dirs, rel) &&
	    !g_hash_table_contains (s->committed_dirs, rel))
		str_set_add (s->log_pending_rmdirs, rel);
}

/* Whether the log names @ino in the directory of the name @rel: log
 * replay then gives the file that directory's names of the log alone
 * (__add_inode_ref takes out the others); its names in directories the
 * log does not name it in stay. */
static gboolean
logged_in_dir (run_session *s, extsim_ino ino, const char *rel)
{
	g_autofree char *dir = parent_of (rel);
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, s->logged_files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		if (ino_equal (v, &ino) && is_child_of (k, dir))
			return TRUE;
	}
	return FALSE;
}

/* Takes out of @t the names below the directory @dir (rm -r of it). */
static void
drop_below (GHashTable *t, const char *dir)
{
	GHashTableIter it;
	gpointer k;

	g_hash_table_iter_init (&it, t);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		if (below (dir, k))
			g_hash_table_iter_remove (&it);
	}
}

/* The log goes to disk (btrfs_sync_log) with what renames, links and the
 * directories logged whole put in it; TRUE when it could not and the
 * transaction committed instead (btrfs_set_log_full_commit). */
static gboolean
log_write (run_session *s)
{
	extsim_fs *fs = s->res->fs;
	GHashTableIter it;
	gpointer k, v;

	if (s->log_full_commit) {
		extsim_fs_commit (fs);
		return TRUE;
	}
	/* first what left the log, then what came into it */
	g_hash_table_iter_init (&it, s->log_pending_rmdirs);
	while (g_hash_table_iter_next (&it, &k, NULL))
		g_hash_table_remove (s->logged_dirs, k);
	g_hash_table_remove_all (s->log_pending_rmdirs);
	g_hash_table_iter_init (&it, s->log_pending_gone_dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		g_hash_table_remove (s->logged_dirs, k);
		drop_below (s->logged_dirs, k);
		drop_below (s->logged_files, k);
		drop_below (s->logged_entries, k);
	}
	set_move (s->log_pending_gone_dirs, s->logged_gone_dirs);
	g_hash_table_iter_init (&it, s->log_pending);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		extsim_ino ino = *(const extsim_ino *) k;

		log_names (s, ino);
		/* LOG_INODE_EXISTS: a file made since the commit comes back empty */
		if (!extsim_fs_logged_step (fs, ino) && extsim_fs_inode_exists (fs, ino))
			extsim_fs_log_exists (fs, ino, NULL);
	}
	g_hash_table_remove_all (s->log_pending);
	g_hash_table_iter_init (&it, s->log_pending_entries);
	while (g_hash_table_iter_next (&it, &k, &v))
		g_hash_table_insert (s->logged_entries, g_strdup (k), g_memdup2 (v, sizeof (extsim_ino)));
	g_hash_table_remove_all (s->log_pending_entries);
	g_hash_table_iter_init (&it, s->log_pending_unlinks);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const extsim_ino *logged = g_hash_table_lookup (s->logged_files, k);

		if (logged && ino_equal (logged, v))
			g_hash_table_remove (s->logged_files, k);
	}
	g_hash_table_remove_all (s->log_pending_unlinks);
	set_move (s->log_pending_gone, s->logged_gone);
	g_hash_table_iter_init (&it, s->log_pending_dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		const dir_info *d = dir_at (s, k);

		if (d) {
			g_hash_table_insert (s->logged_dirs, g_strdup (k), g_memdup2 (d, sizeof *d));
			add_parents (s, s->logged_dirs, k);
		}
	}
	g_hash_table_remove_all (s->log_pending_dirs);
	return FALSE;
}

/* fsync of the directory @dir: logged whole, with its new ancestors, and
 * the log written; nothing at all when its names are the commit's or
 * those it was last logged with. */
void
run_log_dir_fsync (run_session *s, const char *dir)
{
	if (!s->logged_files || !log_whole_dir (s, dir))
		return; /* skip_inode_logging: nor is the log written */
	if (!g_hash_table_contains (s->committed_dirs, dir))
		str_set_add (s->log_pending_dirs, dir);
	if (log_write (s))
		power_snapshot (s);
}

/* The files an fsync logged during the operation, and whether the log
 * was written.  Returns TRUE when that write was a commit instead. */
static gboolean
track_logged (run_session *s)
{
	const extsim_fs *fs = s->res->fs;
	g_autoptr (GHashTable) synced = ino_set_new ();
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, s->res->files);
	while (g_hash_table_iter_next (&it, NULL, &v)) {
		if (extsim_fs_logged_step (fs, *(const extsim_ino *) v) > s->tracked_step)
			ino_set_add (synced, *(const extsim_ino *) v);
	}
	if (!g_hash_table_size (synced))
		return FALSE;
	g_hash_table_iter_init (&it, synced);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		ino_set_add (s->log_pending, *(const extsim_ino *) k); /* its names: log_write */
		log_commit_parents (s, *(const extsim_ino *) k);
	}
	return log_write (s);
}

/* After each operation of a script with a power loss: when the filesystem
 * committed during it, the names as they are now are the committed ones
 * (no command both commits and then changes names: a snapshot's
 * directory is made by the commit, a file xfs_io -f creates before its
 * writes flush). */
void
power_track (run_session *s)
{
	if (!s->script->power_loss || !s->res->fs)
		return;
	if (!s->committed_files || commits_of (s->res->fs) != s->committed_at)
		power_snapshot (s);
	if (track_logged (s))
		power_snapshot (s);
	s->tracked_step = extsim_fs_get_step (s->res->fs);
}

/*
 * _flakey_drop_and_remount's umount: the filesystem goes back to its last
 * commit and its log (extsim_fs_power_loss), and so do the names: in a
 * directory where the log names a file, the file has the log's names
 * there; the names a directory logged whole lost go; every other name is
 * the commit's, while its file is there.
 */
void
run_power_loss (run_session *s)
{
	extsim_fs *fs = s->res->fs;
	GHashTable *files, *dirs;
	GHashTableIter it;
	gpointer k, v;

	files = table_copy (s->committed_files, sizeof (extsim_ino));
	dirs = table_copy (s->committed_dirs, sizeof (dir_info));
	g_hash_table_iter_init (&it, s->committed_files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		extsim_ino ino = *(const extsim_ino *) v;

		if (names_logged (s, ino) && logged_in_dir (s, ino, k))
			g_hash_table_remove (files, k); /* its names there are the log's */
	}
	/* the commit's directories and names a directory logged whole no
	 * longer had go; the entries it had of files not logged come */
	g_hash_table_iter_init (&it, s->logged_gone_dirs);
	while (g_hash_table_iter_next (&it, &k, NULL)) {
		g_hash_table_remove (dirs, k);
		drop_below (files, k);
		drop_below (dirs, k);
	}
	g_hash_table_iter_init (&it, s->logged_gone);
	while (g_hash_table_iter_next (&it, &k, NULL))
		g_hash_table_remove (files, k);
	g_hash_table_iter_init (&it, s->logged_entries);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		if (!names_logged (s, *(const extsim_ino *) v))
			g_hash_table_insert (files, g_strdup (k), g_memdup2 (v, sizeof (extsim_ino)));
	}
	g_hash_table_iter_init (&it, s->logged_files);
	while (g_hash_table_iter_next (&it, &k, &v))
		g_hash_table_insert (files, g_strdup (k), g_memdup2 (v, sizeof (extsim_ino)));
	g_hash_table_iter_init (&it, s->logged_dirs);
	while (g_hash_table_iter_next (&it, &k, &v))
		g_hash_table_insert (dirs, g_strdup (k), g_memdup2 (v, sizeof (dir_info)));
	if (!extsim_fs_power_loss (fs, NULL))
		g_assert_not_reached (); /* made with the option: script->power_loss */
	g_hash_table_iter_init (&it, files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		if (!extsim_fs_inode_exists (fs, *(const extsim_ino *) v))
			g_hash_table_iter_remove (&it);
	}
	result_replace_files (s->res, files);
	dirs_unshare (s);
	g_hash_table_unref (s->dirs);
	s->dirs = dirs;
}
