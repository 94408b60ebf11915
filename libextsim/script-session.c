/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: a script run, one operation at a time, cloneable
 *
 * The explorer needs to run any thread's next operation on a copy of a
 * state.  A session is the run_session of script-run.c (the filesystem,
 * the files and directories the script named, the mount) with:
 *
 *   - no output and no per-step invariant checks (the explorer judges
 *     states itself), and a scratch record that is dropped after each
 *     operation instead of a growing list;
 *   - one xfs_io *process* per thread: the file it opened, its exit status,
 *     its fiemap -n; switching threads switches processes, so two threads'
 *     commands interleave as two processes would;
 *   - clone: the filesystem by extsim_fs_clone (O(1)), the tables of files
 *     and directories shared, copied by whichever side changes one first;
 *     or borrowed, without a reference, for a clone that most likely dies
 *     before its parent (the explorer's children), until session_own;
 *   - hash: extsim_fs_hash combined with the files, the directories and the
 *     mount, so two sessions hash equal when the rest of the script would
 *     see the same machine.  The hashes of the two tables are kept, and
 *     cloned, until a change to the table (which unshares it first)
 *     forgets them.
 */
#include "explore-private.h"
#include "fs-private.h"
#include "pmap-alloc.h"
#include "script-private.h"

#include <string.h>

#define MAX_PROCS 33 /* the setup and 32 threads */

typedef struct {
	const script_command *cmd;
	int exit_status;
	gboolean skip;
	extsim_ino cur;
	gboolean cur_readonly;
	gboolean cur_sync;
	gboolean cur_direct;
	gboolean cur_dir;
	const char *cur_dir_rel;
	guint64 fiemap_max;
	guint next_op; /* after the last operation it ran */
} process;

struct script_session {
	run_session s;
	extsim_script_run_options o;
	extsim_script_result res; /* s.res: slim, part of the session's one allocation */
	/* tables kept alive by the caller of session_pin for as long as any
	 * clone lives: a clone that owns its state takes no reference on them */
	GHashTable *pinned_dirs, *pinned_files;
	guint n_procs;
	process proc[]; /* n_procs: one per thread of the script, at most MAX_PROCS */
};

/* Bytes of a session with n processes: what it is allocated and freed with. */
static gsize
session_bytes (guint n)
{
	return sizeof (script_session) + n * sizeof (process);
}

/* A session is allocated with its processes, as small as the script's
 * threads allow: the explorer makes one per state it generates.  Its
 * stdout buffer (never used: no output, stdout_buffer 0) is the running
 * thread's, set by session_run_op. */
static script_session *
session_alloc (const extsim_script *script, const extsim_policy *policy)
{
	extsim_script_run_options o = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	guint n = CLAMP (script_n_threads (script), 1u, MAX_PROCS);
	script_session *ss = obj_alloc0 (session_bytes (n));

	ss->n_procs = n;
	o.policy = policy;
	o.check_every_step = FALSE;
	o.stdout_buffer = 0;
	ss->o = o;
	ss->s.script = script;
	ss->s.o = &ss->o;
	ss->s.fiemap_max = G_MAXUINT64;
	ss->s.silent = TRUE;
	result_init_slim (&ss->res, script, policy ? policy : &extsim_policy_unpatched);
	ss->s.res = &ss->res;
	return ss;
}

script_session *
session_new (const extsim_script *script, const extsim_policy *policy)
{
	script_session *ss = session_alloc (script, policy);

	ss->s.res->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	ss->s.dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	return ss;
}

void
session_free (script_session *ss)
{
	if (!ss)
		return;
	result_clear (&ss->res);
	if (!ss->s.dirs_borrowed)
		g_hash_table_unref (ss->s.dirs);
	obj_free (ss, session_bytes (ss->n_procs));
}

script_session *
session_clone (const script_session *from)
{
	const extsim_fs *fs = from->s.res->fs;

	return session_clone_with (from, fs ? extsim_fs_clone (fs) : NULL, FALSE);
}

script_session *
session_clone_with (const script_session *from, extsim_fs *fs, gboolean borrow)
{
	script_session *ss = session_alloc (from->s.script, from->o.policy);
	const extsim_script_result *fr = from->s.res;
	extsim_script_result *res = ss->s.res;

	memcpy (ss->proc, from->proc, ss->n_procs * sizeof (process));
	ss->s.fresh = from->s.fresh;
	ss->s.device_size = from->s.device_size;
	ss->s.sectorsize = from->s.sectorsize;
	/* the tables are shared, copied by whichever side changes them first */
	ss->s.dirs = borrow ? from->s.dirs : g_hash_table_ref (from->s.dirs);
	ss->s.dirs_shared = ((script_session *) from)->s.dirs_shared = TRUE;
	ss->s.dirs_borrowed = borrow;
	ss->s.dirs_hash_known = from->s.dirs_hash_known;
	ss->s.dirs_hash = from->s.dirs_hash;
	res->fs = fs;
	res->files = borrow ? fr->files : g_hash_table_ref (fr->files);
	res->files_shared = ((extsim_script_result *) fr)->files_shared = TRUE;
	res->files_borrowed = borrow;
	res->files_hash_known = fr->files_hash_known;
	res->files_hash = fr->files_hash;
	res->mnt = fr->mnt;
	res->files_dirty = TRUE;
	res->stats_before = fr->stats_before;
	ss->pinned_dirs = from->pinned_dirs;
	ss->pinned_files = from->pinned_files;
	return ss;
}

/* A pinned table stays borrowed: every state of a search shares the
 * setup's tables unless it changes them, and a reference taken and
 * dropped by each made two threads fight over the table's count (a cache
 * line written by both at every state). */
void
session_own (script_session *ss)
{
	if (ss->s.dirs_borrowed && ss->s.dirs != ss->pinned_dirs) {
		g_hash_table_ref (ss->s.dirs);
		ss->s.dirs_borrowed = FALSE;
	}
	if (ss->res.files_borrowed && ss->res.files != ss->pinned_files) {
		g_hash_table_ref (ss->res.files);
		ss->res.files_borrowed = FALSE;
	}
}

void
session_pin (script_session *ss, session_pins *pins)
{
	pins->dirs = ss->pinned_dirs = g_hash_table_ref (ss->s.dirs);
	pins->files = ss->pinned_files = g_hash_table_ref (ss->res.files);
	pins->fs = session_fs (ss) ? fs_pin (session_fs (ss)) : NULL;
}

void
session_unpin (session_pins *pins)
{
	g_clear_pointer (&pins->dirs, g_hash_table_unref);
	g_clear_pointer (&pins->files, g_hash_table_unref);
	g_clear_pointer (&pins->fs, fs_unpin);
}

typedef struct {
	script_record rec;
	GString *pending;
} scratch;

static void
scratch_free (scratch *x)
{
	g_string_free (x->rec.out, TRUE);
	g_string_free (x->rec.err, TRUE);
	g_free (x->rec.error_text);
	g_string_free (x->pending, TRUE);
	g_free (x);
}

static GPrivate scratch_key = G_PRIVATE_INIT ((GDestroyNotify) scratch_free);

/* The record an operation writes its output into and the stdout buffer,
 * one per thread and reused: a session keeps no records. */
static script_record *
scratch_record (const extsim_script *script, const script_op *op, GString **pending)
{
	scratch *x = g_private_get (&scratch_key);
	script_record *rec;

	if (!x) {
		x = g_new0 (scratch, 1);
		x->rec.out = g_string_new (NULL);
		x->rec.err = g_string_new (NULL);
		x->pending = g_string_new (NULL);
		g_private_set (&scratch_key, x);
	}
	rec = &x->rec;
	g_string_truncate (x->pending, 0);
	*pending = x->pending;
	g_string_truncate (rec->out, 0);
	g_string_truncate (rec->err, 0);
	g_clear_pointer (&rec->error_text, g_free);
	memset (&rec->pub, 0, sizeof rec->pub);
	rec->pub.op = &op->pub;
	rec->pub.command = extsim_script_get_command (script, op->pub.command);
	return rec;
}

/* The process that runs @cmd: the thread's, started afresh for a new
 * command, as a new xfs_io would be. */
static process *
process_for (script_session *ss, const script_command *cmd)
{
	process *p = &ss->proc[MIN (cmd->pub.thread, ss->n_procs - 1)];

	if (p->cmd != cmd)
		*p = (process) { .cmd = cmd, .fiemap_max = G_MAXUINT64, .next_op = cmd->pub.first_op };
	return p;
}

/* The files the processes other than @p hold open: an xfs_io between two
 * of its operations (the explorer runs another thread's in between). */
static guint
held_files (const script_session *ss, const process *p, extsim_ino held[MAX_PROCS])
{
	guint n = 0;

	for (guint i = 0; i < ss->n_procs; i++) {
		const process *o = &ss->proc[i];

		if (o != p && o->cmd && o->next_op < o->cmd->pub.first_op + o->cmd->pub.n_ops && !o->skip &&
		    !o->cur_dir && o->cur.ino)
			held[n++] = o->cur;
	}
	return n;
}

gboolean
session_run_op (script_session *ss, guint index, GError **error)
{
	run_session *s = &ss->s;
	const script_op *op = s->script->ops->pdata[index];
	const script_command *cmd = s->script->commands->pdata[op->pub.command];
	process *p = process_for (ss, cmd);
	extsim_ino held[MAX_PROCS];
	gboolean ok;

	s->cmd = cmd;
	s->exit_status = p->exit_status;
	s->skip = p->skip;
	s->cur = p->cur;
	s->cur_readonly = p->cur_readonly;
	s->cur_sync = p->cur_sync;
	s->cur_direct = p->cur_direct;
	s->cur_dir = p->cur_dir;
	s->cur_dir_rel = p->cur_dir_rel;
	s->fiemap_max = p->fiemap_max;
	s->rec = scratch_record (s->script, op, &s->pending);
	if (op->pub.kind == EXTSIM_SCRIPT_OP_DROP_CACHES) {
		s->n_held = held_files (ss, p, held);
		s->held = held;
	}
	ok = s->skip || run_op (s, op, error);
	s->rec = NULL;
	s->held = NULL;
	s->n_held = 0;
	*p = (process) { .cmd = cmd, .exit_status = s->exit_status, .skip = s->skip, .cur = s->cur,
			 .cur_readonly = s->cur_readonly, .cur_sync = s->cur_sync,
			 .cur_direct = s->cur_direct, .cur_dir = s->cur_dir,
			 .cur_dir_rel = s->cur_dir_rel, .fiemap_max = s->fiemap_max, .next_op = index + 1 };
	s->cmd = NULL;
	s->pending = NULL;
	if (s->res->fs)
		extsim_fs_set_trace (s->res->fs, NULL, NULL);
	return ok;
}

static guint64
mix (guint64 h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}

/* Order-independent: a sum of one mixed word per entry. */
static guint64
table_hash (GHashTable *t, gsize value_size)
{
	GHashTableIter it;
	gpointer k, v;
	guint64 sum = 0;

	g_hash_table_iter_init (&it, t);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		guint64 h = g_str_hash (k);

		for (gsize i = 0; i + sizeof (guint64) <= value_size; i += sizeof (guint64)) {
			guint64 w;

			memcpy (&w, (const guint8 *) v + i, sizeof w);
			h = mix (h ^ w);
		}
		sum += mix (h);
	}
	return sum;
}

guint64
session_hash (const script_session *ss)
{
	extsim_script_result *res = ss->s.res;
	run_session *s = (run_session *) &ss->s;
	guint64 h = res->fs ? extsim_fs_hash (res->fs) : 0;

	if (!res->files_hash_known)
		res->files_hash = table_hash (res->files, sizeof (extsim_ino));
	if (!s->dirs_hash_known)
		s->dirs_hash = table_hash (s->dirs, sizeof (dir_info));
	res->files_hash_known = s->dirs_hash_known = TRUE;
	h = mix (h ^ res->files_hash);
	h = mix (h ^ s->dirs_hash);
	h = mix (h ^ (res->mnt ? g_str_hash (res->mnt) : 0) ^ ((guint64) ss->s.fresh << 40));
	return h;
}

const extsim_script *
session_script (const script_session *ss)
{
	return ss->s.script;
}

extsim_fs *
session_fs (const script_session *ss)
{
	return ss->s.res->fs;
}

void
session_prefetch (const script_session *ss, int stage)
{
	if (stage == 0) {
		for (gsize b = 0; b < session_bytes (ss->n_procs); b += 64)
			__builtin_prefetch ((const char *) ss + b);
	} else if (ss->s.res->fs) {
		fs_prefetch (ss->s.res->fs, stage == 2);
	}
}

char *
session_path_of (const script_session *ss, extsim_ino ino)
{
	GHashTableIter it;
	gpointer k, v;

	g_hash_table_iter_init (&it, ss->s.res->files);
	while (g_hash_table_iter_next (&it, &k, &v)) {
		const extsim_ino *x = v;

		if (x->root == ino.root && x->ino == ino.ino)
			return result_display_path (ss->s.res, k);
	}
	return NULL;
}

guint
script_n_threads (const extsim_script *script)
{
	return extsim_script_get_n_threads (script);
}

const extsim_script_command *
script_first_conditional (const extsim_script *script)
{
	for (guint i = 0; i < script->commands->len; i++) {
		const script_command *cmd = script->commands->pdata[i];

		if (cmd->cond)
			return &cmd->pub;
	}
	return NULL;
}

const extsim_script_command *
script_first_power_loss (const extsim_script *script)
{
	return script->power_loss ? &script->power_loss->pub : NULL;
}

guint
script_command_thread (const extsim_script *script, guint command)
{
	return extsim_script_get_command (script, command)->thread;
}

const char *
script_thread_name (const extsim_script *script, guint thread)
{
	return extsim_script_get_thread_name (script, thread);
}
