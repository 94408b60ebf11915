/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: parsing a reproducer (the grammar above the lexer)
 *
 * The whole script is parsed before anything runs, so a typo on the last
 * line costs nothing.  For each simple command the lexer hands over:
 *
 *   words  [mount] [$dev] [$mnt] [-o] [nospace_cache]     redirections
 *            |
 *            +-> NAME=value, export, set -e, cd: change the parser's state
 *            +-> a table of commands (mkfs.btrfs, mount, xfs_io, ...): each
 *                handler checks its options the way the real tool does and
 *                appends one *operation* per thing it will do to the
 *                filesystem (md5sum a b: two operations; xfs_io -f -c A -c
 *                B f: open, A, B)
 *
 * The parser also follows the script's world statically: which device
 * mkfs.btrfs made, where it is mounted, the current directory.  So "a file
 * used while nothing is mounted", "a path outside the mount point" or "a
 * mount of a device nobody formatted" are reported here, with the line and
 * column of the token, and not half way through a run.
 *
 * What the real tools refuse at run time is not an error of the script:
 * a device under btrfs_min_dev_size() is refused by mkfs.btrfs, the mount
 * of the device it left blank fails, and the commands on paths under that
 * mount point fail in the empty directory.  The parser knows each of these
 * statically too; it marks the operation (script_op.fails) and the runner
 * prints what the tool prints, with its exit status.
 *
 * Errors: EXTSIM_ERROR_INVAL for a script that is wrong, OPNOTSUPP for a
 * real command or option the model does not cover (named, so the reader
 * knows it is not a typo).  Messages read FILE:LINE:COLUMN: message.
 */
#include "script-private.h"

#include <stdio.h>
#include <string.h>

/* ---- the parser's helpers ---------------------------------------------- */

gboolean
parser_fail (parser *p, GError **error, int code, spos at, const char *fmt, ...)
{
	va_list ap;
	g_autofree char *msg = NULL;

	va_start (ap, fmt);
	msg = g_strdup_vprintf (fmt, ap);
	va_end (ap);
	return script_error (error, code, p->filename, at, "%s", msg);
}

const char *
parser_intern (parser *p, const char *s)
{
	return s ? g_string_chunk_insert_const (p->script->strings, s) : NULL;
}

script_op *
parser_add_op (parser *p, extsim_script_op_kind kind, spos at, const char *text)
{
	script_op *op = g_new0 (script_op, 1);

	op->pub.kind = kind;
	op->pub.command = p->cmd->pub.index;
	op->pub.line = at.line;
	op->pub.column = at.column;
	op->pub.text = parser_intern (p, text);
	op->pub.fill = 0xcd;
	op->pub.count = G_MAXUINT64;
	if (!p->cmd->pub.n_ops)
		p->cmd->pub.first_op = p->script->ops->len;
	p->cmd->pub.n_ops++;
	g_ptr_array_add (p->script->ops, op);
	return op;
}

/* "/a//b/./c/../d/" -> "/a/b/d" */
char *
parser_normalize (const char *abs)
{
	g_auto (GStrv) parts = g_strsplit (abs, "/", -1);
	GPtrArray *keep = g_ptr_array_new ();
	GString *out = g_string_new (NULL);

	for (guint i = 0; parts[i]; i++) {
		if (!*parts[i] || g_str_equal (parts[i], "."))
			continue;
		if (g_str_equal (parts[i], "..")) {
			if (keep->len)
				g_ptr_array_remove_index (keep, keep->len - 1);
			continue;
		}
		g_ptr_array_add (keep, parts[i]);
	}
	for (guint i = 0; i < keep->len; i++)
		g_string_append_printf (out, "/%s", (const char *) keep->pdata[i]);
	if (!out->len)
		g_string_append_c (out, '/');
	g_ptr_array_unref (keep);
	return g_string_free (out, FALSE);
}

char *
parser_absolute (parser *p, const sword *w, GError **error)
{
	g_autofree char *joined = NULL;

	if (!w->s->len) {
		parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "empty path");
		return NULL;
	}
	if (w->s->str[0] == '/')
		return parser_normalize (w->s->str);
	if (!p->cwd) {
		parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at,
		      "relative path '%s' while the current directory is outside the filesystem (write $mnt/%s, or cd $mnt first)",
		      w->s->str, w->s->str);
		return NULL;
	}
	joined = g_strdup_printf ("%s/%s", p->cwd, w->s->str);
	return parser_normalize (joined);
}

gboolean
parser_require_mounted (parser *p, spos at, const char *what, GError **error)
{
	if (p->mnt)
		return TRUE;
	return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "%s: no filesystem is mounted at this point of the script%s",
		     what, p->dev ? "" : " (run mkfs.btrfs and mount first)");
}

gboolean
parser_unmounted (const parser *p)
{
	return !p->mnt && p->dead_mnt;
}

/* Inside the mount point: the part after it ("" for the mount point). */
const char *
parser_under (const char *abs, const char *mnt)
{
	gsize n = strlen (mnt);

	if (g_str_equal (mnt, "/"))
		return abs + 1;
	if (strncmp (abs, mnt, n) != 0)
		return NULL;
	if (abs[n] == '\0')
		return abs + n;
	return abs[n] == '/' ? abs + n + 1 : NULL;
}

gboolean
parser_resolve (parser *p, const sword *w, const char **out_display, char **out_rel, GError **error)
{
	g_autofree char *abs = NULL;
	const char *rel;

	if (!parser_unmounted (p) && !parser_require_mounted (p, w->at, w->s->str, error))
		return FALSE;
	abs = parser_absolute (p, w, error);
	if (!abs)
		return FALSE;
	if (parser_unmounted (p)) {
		/* the empty directory a failed mount left: what is in it, and the
		 * directory itself, belong to the machine, not to the model */
		rel = parser_under (abs, p->dead_mnt);
		if (!rel)
			return parser_require_mounted (p, w->at, w->s->str, error);
		if (!*rel)
			return parser_not_modelled (p, w->at, "a command on the mount point itself after its mount failed",
						    error);
	} else {
		rel = parser_under (abs, p->mnt);
		if (!rel)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "%s is outside the filesystem mounted at %s",
				     w->s->str, p->mnt);
	}
	*out_display = parser_intern (p, w->s->str);
	*out_rel = g_strdup (rel);
	return TRUE;
}

/* ---- one command ----------------------------------------------------------- */

static gboolean cmd_sysctl (parser *p, GPtrArray *argv, const char *text, GError **error);

static const struct {
	const char *name;
	command_fn parse;
} commands[] = {
	{ "mkfs.btrfs", cmd_mkfs }, { "mount", cmd_mount },    { "umount", cmd_umount },
	{ "touch", cmd_files },     { "mkdir", cmd_files },     { "rm", cmd_files },       { "chattr", cmd_files },
	{ "rmdir", cmd_files },
	{ "md5sum", cmd_files },    { "cat", cmd_files },      { "sync", cmd_simple },    { "sleep", cmd_simple },
	{ "echo", cmd_simple },     { "btrfs", cmd_btrfs },    { "xfs_io", NULL },
	{ "truncate", cmd_truncate }, { "fallocate", cmd_fallocate }, { "dd", cmd_dd },
	{ "cp", cmd_cp },           { "mv", cmd_mv },           { "ln", cmd_ln },
	{ "filefrag", cmd_filefrag }, { "cmp", cmd_cmp },
	{ "od", cmd_od },           { "stat", cmd_stat },
	{ "du", cmd_du },           { "ls", cmd_ls },           { "sysctl", cmd_sysctl },
};

/* Real commands a reproducer may use that the model does not cover. */
static const char *const unmodelled_commands[] = {
	"df",
	"losetup", "dmesg", "lsattr", "fsync", "wait", "printf", "head", "tail", "grep", "sed",
	"awk", "hexdump", "diff", "mkfs", "mkfs.xfs", "mkfs.ext4", "blockdev", "wipefs", "findmnt",
	"function", "read", "local", "xfs_io-reflink",
	NULL,
};

/* echo N > /proc/sys/vm/drop_caches: the one file a redirection may write,
 * the kernel's switch (extsim_fs_drop_caches). */
#define DROP_CACHES "/proc/sys/vm/drop_caches"

static gboolean
is_drop_caches (const parser *p, const sredir *r)
{
	return r->kind == REDIR_OUT && r->fd == 1 && r->stage == 0 && r->target &&
	       g_str_equal (r->target->s->str, DROP_CACHES) && g_str_equal (p->cmd->pub.name, "echo");
}

/* Where the redirections of one command of a pipeline send its stdout and
 * stderr (to[1], to[2]); piped[fd] when the stream goes into the pipe. */
static gboolean
redirect_stage (parser *p, GPtrArray *redirs, guint stage, extsim_script_stream to[3], gboolean piped[3],
		GError **error)
{
	for (guint i = 0; i < redirs->len; i++) {
		const sredir *r = redirs->pdata[i];
		const char *target = r->target ? r->target->s->str : NULL;

		if (r->stage != stage)
			continue;
		if ((r->kind == REDIR_IN && r->fd != 0) || (r->kind != REDIR_IN && (r->fd < 1 || r->fd > 2)) ||
		    (r->kind == REDIR_DUP && (r->dup_fd < 1 || r->dup_fd > 2)))
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, r->at,
				     "only stdout and stderr can be redirected (to /dev/null or to each other)");
		if (target && !g_str_equal (target, "/dev/null") && !fstests_log_file (p, target) && !is_drop_caches (p, r))
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, r->target->at,
				     "redirection to '%s' is not supported: only /dev/null%s, and echo N > " DROP_CACHES,
				     target, p->fstests ? " or fstests' $seqres.full" : "");
		if (r->kind == REDIR_OUT) {
			to[r->fd] = EXTSIM_SCRIPT_TO_NULL;
			piped[r->fd] = FALSE;
		} else if (r->kind == REDIR_BOTH) {
			to[1] = to[2] = EXTSIM_SCRIPT_TO_NULL;
			piped[1] = piped[2] = FALSE;
		} else if (r->kind == REDIR_DUP) {
			to[r->fd] = to[r->dup_fd];
			piped[r->fd] = piped[r->dup_fd];
		}
	}
	return TRUE;
}

/* The redirections of the command and, for a pipeline, of its filters:
 * the command's streams that go into the pipe come out of the last filter,
 * where its redirections say. */
static gboolean
redirect (parser *p, GPtrArray *redirs, guint stages, GError **error)
{
	extsim_script_stream to[3] = { EXTSIM_SCRIPT_TO_NULL, EXTSIM_SCRIPT_TO_STDOUT, EXTSIM_SCRIPT_TO_STDERR };
	gboolean piped[3] = { FALSE, stages > 1, FALSE };

	if (!redirect_stage (p, redirs, 0, to, piped, error))
		return FALSE;
	memcpy (p->cmd->piped, piped, sizeof piped);
	p->cmd->pub.stdout_to = to[1];
	p->cmd->pub.stderr_to = to[2];
	p->cmd->filtered_to = EXTSIM_SCRIPT_TO_STDOUT;
	for (guint stage = 1; stage < stages; stage++) {
		extsim_script_stream fto[3] = { EXTSIM_SCRIPT_TO_NULL, EXTSIM_SCRIPT_TO_STDOUT, EXTSIM_SCRIPT_TO_STDERR };
		gboolean fpiped[3] = { FALSE, stage + 1 < stages, FALSE };

		if (!redirect_stage (p, redirs, stage, fto, fpiped, error))
			return FALSE;
		if (stage + 1 < stages && !fpiped[1]) /* a filter whose output leaves the pipe: the rest get nothing */
			return parser_not_modelled (p, p->cmd->pub.line ? (spos) { p->cmd->pub.line, p->cmd->pub.column }
									   : (spos) { 1, 1 },
						    "a redirection in the middle of a pipeline", error);
		if (stage + 1 == stages)
			p->cmd->filtered_to = fto[1];
	}
	return TRUE;
}

/* CMD | FILTER | ...: the words after each '|' name a filter fstests'
 * common/filter defines (script-fstests.c); cuts them off argv. */
static gboolean
pipeline (parser *p, GPtrArray *words, guint *stages, GError **error)
{
	guint first = words->len;

	*stages = 1;
	for (guint i = 0; i < words->len; i++) {
		if (((sword *) words->pdata[i])->pipe) {
			first = MIN (first, i);
			(*stages)++;
		}
	}
	for (guint i = first; i < words->len; i++) {
		const sword *bar = words->pdata[i], *f = i + 1 < words->len ? words->pdata[i + 1] : NULL;
		const sword *arg = i + 2 < words->len && !((sword *) words->pdata[i + 2])->pipe ? words->pdata[i + 2] : NULL;
		int filter;

		if (!bar->pipe)
			continue;
		filter = f ? fstests_filter_lookup (f->s->str, arg ? arg->s->str : NULL) : 0;
		if (!filter)
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, f ? f->at : bar->at,
					    "a pipe into '%s': only fstests' filters are modelled (%s)", f ? f->s->str : "",
					    fstests_filter_names ());
		if (filter < 0 || (arg && i + 3 < words->len && !((sword *) words->pdata[i + 3])->pipe))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, arg->at, "%s: no such argument", f->s->str);
		if (p->cmd->n_filters == PIPELINE_FILTERS_MAX)
			return parser_not_modelled (p, f->at, "a pipeline of more than four filters", error);
		p->cmd->filters[p->cmd->n_filters++] = (guint8) filter;
	}
	g_ptr_array_set_size (words, first);
	return TRUE;
}

/* #@thread NAME: the commands that follow form a thread of their own;
 * #@commit: a transaction commit, nothing else. */
static gboolean
directive (parser *p, GPtrArray *argv, GError **error)
{
	const sword *name = argv->pdata[0];
	const char *d = name->s->str + 2;

	p->cmd->pub.buffered = FALSE;
	if (g_str_equal (d, "thread")) {
		const char *tname;

		if (argv->len != 2)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "#@thread takes one name: #@thread NAME");
		tname = ((sword *) argv->pdata[1])->s->str;
		for (guint i = 0; i < p->script->threads->len; i++) {
			if (g_str_equal (p->script->threads->pdata[i], tname))
				return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[1])->at,
						    "thread '%s' is already defined", tname);
		}
		g_ptr_array_add (p->script->threads, (gpointer) parser_intern (p, tname));
		p->thread = p->script->threads->len - 1;
		p->cmd->pub.thread = p->thread;
		return TRUE;
	}
	if (g_str_equal (d, "commit")) {
		if (argv->len != 1)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[1])->at,
					    "#@commit takes no argument");
		if (!parser_require_mounted (p, name->at, "#@commit", error))
			return FALSE;
		parser_add_op (p, EXTSIM_SCRIPT_OP_COMMIT, name->at, "commit");
		return TRUE;
	}
	return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "unknown directive '%s' (known: #@thread, #@commit)",
			    name->s->str);
}

/* ---- shell functions ------------------------------------------------------ */

static gboolean parse_text (parser *p, lexer *lx, GError **error);

#define CALL_DEPTH_MAX 16
/* Calls in all: each reads its body again, so calls nested a few deep
 * could otherwise multiply into more than anyone would wait for. */
#define CALLS_MAX 10000
/* Bytes of body and parameters all calls read: each call reads both again. */
#define CALL_BYTES_MAX ((gsize) 4 << 20)
/* Iterations of all loops: each reads its body again (a reproducer's
 * `for i in $(seq 1 10000)` stays well inside).  The parse fuzzer sets a
 * smaller one: inputs that loop to the limit (while [ 1 -eq 1 ]) made it
 * run some 70 inputs a second instead of thousands. */
#ifndef LOOP_ITERATIONS_MAX
#define LOOP_ITERATIONS_MAX 100000
#endif

/* Does the command write where a shell's would, with no redirection or pipe? */
static gboolean
output_unchanged (const parser *p)
{
	return !p->cmd->n_filters && p->cmd->pub.stdout_to == EXTSIM_SCRIPT_TO_STDOUT &&
	       p->cmd->pub.stderr_to == EXTSIM_SCRIPT_TO_STDERR;
}

/* NAME () { BODY }: kept until called (a later definition replaces it). */
static gboolean
define_function (parser *p, GPtrArray *argv, GError **error)
{
	const sword *name = argv->pdata[0];
	sword *def;

	p->cmd->pub.buffered = FALSE;
	if (argv->len > 1 || !output_unchanged (p))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "words after the body of function '%s'",
				    name->s->str);
	if (!p->funcs)
		p->funcs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sword_free);
	def = sword_slice (name, 0, name->s->len);
	def->funcdef = TRUE;
	def->body = name->body;
	def->body_len = name->body_len;
	def->body_at = name->body_at;
	g_hash_table_insert (p->funcs, g_strdup (name->s->str), def);
	return TRUE;
}

/* The values `local` replaced go back when the function returns. */
static void
restore_locals (gpointer key, gpointer value, gpointer data)
{
	parser *p = data;

	if (!value) /* it had none */
		g_hash_table_remove (p->vars, key);
	else
		g_hash_table_insert (p->vars, g_strdup (key), g_strdup (value));
}

/*
 * A call: the body is parsed again, here, with the call's words as $1 ...
 * (so every command in it is checked, and runs, as if written at the
 * call).  Its output cannot be redirected or piped: the body's commands
 * are commands of their own.
 */
static gboolean
call_function (parser *p, GPtrArray *argv, GError **error)
{
	const sword *name = argv->pdata[0];
	const sword *def = g_hash_table_lookup (p->funcs, name->s->str);
	g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
	const char *const *outer;
	GHashTable *frame;
	guint outer_loops;
	lexer *lx;
	gboolean ok;

	p->cmd->pub.buffered = FALSE;
	if (!output_unchanged (p))
		return parser_not_modelled (p, name->at, "redirecting or piping the output of a function", error);
	if (p->frames && p->frames->len >= CALL_DEPTH_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "calls of '%s' nested deeper than %u",
				    name->s->str, CALL_DEPTH_MAX);
	if (++p->calls > CALLS_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "more than %u function calls", CALLS_MAX);
	p->call_bytes += def->body_len;
	for (guint i = 1; i < argv->len; i++) {
		g_ptr_array_add (args, g_strdup (((sword *) argv->pdata[i])->s->str));
		p->call_bytes += ((sword *) argv->pdata[i])->s->len;
	}
	if (p->call_bytes > CALL_BYTES_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at,
				    "function calls that read more than 4 MiB of body and parameters");
	g_ptr_array_add (args, NULL);
	if (!p->frames)
		p->frames = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
	frame = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
	g_ptr_array_add (p->frames, frame);
	outer = p->args;
	p->args = (const char *const *) args->pdata;
	/* bash 5.2: a function's break and continue see its own loops only */
	outer_loops = p->loops;
	p->loops = 0;
	if (!p->returns)
		p->returns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
	g_ptr_array_add (p->returns, g_ptr_array_new ());
	lx = lexer_new_at (def->body, def->body_len, def->body_at, p->filename, p->vars, &p->expanded, p->args);
	lexer_watch (lx, &p->sectorsize, &p->cwd);
	ok = parse_text (p, lx, error);
	lexer_free (lx);
	p->args = outer;
	p->loops = outer_loops;
	/* a return that runs goes on after the call's last command */
	{
		GPtrArray *mine = p->returns->pdata[p->returns->len - 1];

		for (guint i = 0; i < mine->len; i++)
			((script_op *) mine->pdata[i])->pub.offset = p->script->commands->len;
		g_ptr_array_set_size (p->returns, p->returns->len - 1);
	}
	p->returned = FALSE;
	g_hash_table_foreach (frame, restore_locals, p);
	g_ptr_array_set_size (p->frames, p->frames->len - 1);
	return ok;
}

/* After a round: FALSE when a `break` or `continue` ends the loop (the
 * loops outside it see what is left of their count). */
static gboolean
loop_goes_on (parser *p)
{
	if (!p->leaving)
		return TRUE;
	if (p->leaving == 1 && p->leave_to_next) {
		p->leaving = 0;
		p->leave_to_next = FALSE;
		return TRUE;
	}
	p->leaving--;
	return FALSE;
}

/* A loop of @kw starts, as deep as calls may go (p->loops-- when it ends). */
static gboolean
loop_enter (parser *p, const sword *kw, GError **error)
{
	if (p->loops >= CALL_DEPTH_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, kw->at, "loops nested deeper than %u", CALL_DEPTH_MAX);
	p->loops++;
	return TRUE;
}

/* One round of @kw's loop: its body read again, @extra bytes of its own
 * (a condition) counted with it against the budgets. */
static gboolean
loop_round (parser *p, const sword *kw, gsize extra, GError **error)
{
	lexer *lx;
	gboolean ok;

	if (++p->iterations > LOOP_ITERATIONS_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, kw->at, "more than %u loop iterations",
				    LOOP_ITERATIONS_MAX);
	p->call_bytes += kw->body_len + extra;
	if (p->call_bytes > CALL_BYTES_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, kw->at,
				    "function calls and loops that read more than 4 MiB of body and parameters");
	lx = lexer_new_at (kw->body, kw->body_len, kw->body_at, p->filename, p->vars, &p->expanded, p->args);
	lexer_watch (lx, &p->sectorsize, &p->cwd);
	ok = parse_text (p, lx, error);
	lexer_free (lx);
	return ok;
}

/*
 * for NAME in WORD ...; do BODY done: the body is parsed again for each
 * word, with NAME set to it (and left at the last one, as in sh), so each
 * command in it is checked, and runs, as if written once a word.  Inside
 * a function it keeps the function's parameters.
 */
static gboolean
run_for (parser *p, GPtrArray *argv, GError **error)
{
	const sword *kw = argv->pdata[0], *var = argv->len > 1 ? argv->pdata[1] : NULL;
	const sword *in = argv->len > 2 ? argv->pdata[2] : NULL;
	gboolean ok = TRUE;

	p->cmd->pub.buffered = FALSE;
	if (!var || var->quoted || var->expanded || !parser_is_name (var->s->str, var->s->len))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, var ? var->at : kw->at, "for: a variable name expected");
	if (!in || in->quoted || in->expanded || !g_str_equal (in->s->str, "in"))
		return parser_not_modelled (p, in ? in->at : var->at,
					    "for NAME without 'in WORD ...' (it takes the positional parameters)", error);
	if (!loop_enter (p, kw, error))
		return FALSE;
	for (guint i = 3; ok && i < argv->len && !p->exited && !p->returned; i++) {
		g_hash_table_insert (p->vars, g_strdup (var->s->str), g_strdup (((sword *) argv->pdata[i])->s->str));
		ok = loop_round (p, kw, 0, error);
		if (ok && !loop_goes_on (p))
			break;
	}
	p->loops--;
	return ok;
}

/*
 * for ((INIT; CONDITION; STEP)); do BODY done: arithmetic as $((...))
 * takes it, and `NAME = EXPR`, `NAME += EXPR`, `NAME++` and the like,
 * which set NAME; INIT once, then CONDITION before each round (an empty
 * one is true) and STEP after it, continue included, as bash does.  The
 * body unrolls as for's; the rounds count with the other loops'.
 */
static gboolean
run_arith_for (parser *p, GPtrArray *argv, GError **error)
{
	const sword *kw = argv->pdata[0];
	g_autofree char *text = g_strndup (kw->cond, kw->cond_len);
	g_auto (GStrv) parts = g_strsplit (text, ";", -1);
	lexer *lx; /* for the parts' errors, and the variables they set */
	gboolean ok;
	gint64 v;

	p->cmd->pub.buffered = FALSE;
	if (g_strv_length (parts) != 3)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, kw->at,
				    "for ((%s)): three parts separated by ';' expected", text);
	lx = lexer_new_at (kw->cond, kw->cond_len, kw->at, p->filename, p->vars, &p->expanded, p->args);
	if (!lexer_arith_part (lx, kw->at, parts[0], &v, error) || !loop_enter (p, kw, error)) {
		lexer_free (lx);
		return FALSE;
	}
	while ((ok = lexer_arith_part (lx, kw->at, parts[1], &v, error)) && v && !p->exited && !p->returned) {
		ok = loop_round (p, kw, kw->cond_len, error);
		if (!ok || !loop_goes_on (p))
			break;
		if (!(ok = lexer_arith_part (lx, kw->at, parts[2], &v, error)))
			break;
	}
	p->loops--;
	lexer_free (lx);
	return ok;
}

static gboolean condition (parser *p, GPtrArray *words, gboolean *out, GError **error);

/* The condition of @kw's loop, read again with the variables as they are. */
static gboolean
loop_condition (parser *p, const sword *kw, gboolean *out, GError **error)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GPtrArray) redirs = g_ptr_array_new_with_free_func ((GDestroyNotify) sredir_free);
	g_autoptr (GString) source = g_string_new (NULL);
	spos at = { kw->at.line, kw->at.column + (guint) kw->s->len };
	lexer *lx = lexer_new_at (kw->cond, kw->cond_len, at, p->filename, p->vars, &p->expanded, p->args);
	GError *err = NULL;

	lexer_watch (lx, &p->sectorsize, &p->cwd);
	lexer_next (lx, words, redirs, source, &err);
	lexer_free (lx);
	if (err) {
		g_propagate_error (error, err);
		return FALSE;
	}
	/* condition () reads the words after the keyword */
	g_ptr_array_insert (words, 0, sword_slice (kw, 0, kw->s->len));
	return condition (p, words, out, error);
}

/*
 * while CONDITION; do BODY done (until: while not): the condition is a
 * test of values, as `if` takes, read again before each round with the
 * variables as the rounds before left them (i=$((i + 1)) in the body), so
 * the loop unrolls as the script is read, each round's commands checked,
 * and run, as if written that many times; the iterations count with for's.
 */
static gboolean
run_while (parser *p, GPtrArray *argv, GError **error)
{
	const sword *kw = argv->pdata[0];
	gboolean until = kw->s->str[0] == 'u', ok = TRUE;

	p->cmd->pub.buffered = FALSE;
	if (!loop_enter (p, kw, error))
		return FALSE;
	while (ok && !p->exited && !p->returned) {
		gboolean cond;

		ok = loop_condition (p, kw, &cond, error);
		if (!ok || cond == until)
			break;
		ok = loop_round (p, kw, kw->cond_len, error);
		if (ok && !loop_goes_on (p))
			break;
	}
	p->loops--;
	return ok;
}

/* break [N], continue [N]: the rest of the body is not read, and the
 * loop (the N loops) ends, or goes on with its next round (continue: the
 * Nth); an N past the loops running leaves them all (break) or goes on
 * with the outermost (continue), as in bash.  A
 * command the script acts on as it is read: in a branch of if ... fi it
 * counts when the branch is taken, and not after && or || (check_list). */
static gboolean
loop_builtin (parser *p, GPtrArray *argv, GError **error)
{
	const sword *name = argv->pdata[0], *n = argv->len > 1 ? argv->pdata[1] : NULL;
	guint64 levels = 1;

	p->cmd->pub.buffered = FALSE;
	if (!p->loops)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "%s: only in a loop", name->s->str);
	if (argv->len > 2)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[2])->at, "%s: too many arguments",
				    name->s->str);
	if (n && (!g_ascii_string_to_unsigned (n->s->str, 10, 1, G_MAXUINT32, &levels, NULL)))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, n->at, "%s: %s: loop count out of range", name->s->str,
				    n->s->str);
	p->leaving = (guint) MIN (levels, (guint64) p->loops);
	p->leave_to_next = name->s->str[0] == 'c';
	return TRUE;
}

/* local NAME[=VALUE] ..., return [N] */
static gboolean
function_builtin (parser *p, GPtrArray *argv, GError **error)
{
	const sword *name = argv->pdata[0];
	GHashTable *frame = p->frames && p->frames->len ? p->frames->pdata[p->frames->len - 1] : NULL;

	p->cmd->pub.buffered = FALSE;
	if (!frame)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "%s: only in a function", name->s->str);
	if (g_str_equal (name->s->str, "return")) {
		const sword *n = argv->len > 1 ? argv->pdata[1] : NULL;
		guint64 status;
		script_op *op;

		if (argv->len > 2)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[2])->at,
					    "return: too many arguments");
		if (!parser_status (p, "return", n ? n->s->str : NULL, n ? n->at : name->at, &status, error))
			return FALSE;
		if (!p->cmd->cond) {
			p->returned = TRUE; /* the rest of the body is not read */
			return TRUE;
		}
		/* after && or ||: the runner leaves the call where it runs;
		 * call_function sets where the call's commands end */
		op = parser_add_op (p, EXTSIM_SCRIPT_OP_RETURN, name->at, "return");
		op->pub.length = status;
		g_ptr_array_add (p->returns->pdata[p->returns->len - 1], op);
		return TRUE;
	}
	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		gsize eq = w->s->len;
		g_autofree char *var = NULL;
		const char *old;

		if (!parser_is_assignment (w, &eq) && !parser_is_name (w->s->str, w->s->len))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "local: '%s' is not a variable name", w->s->str);
		var = g_strndup (w->s->str, eq);
		old = g_hash_table_lookup (p->vars, var);
		if (!g_hash_table_contains (frame, var))
			g_hash_table_insert (frame, g_strdup (var), g_strdup (old)); /* NULL: it had none */
		g_hash_table_insert (p->vars, g_strdup (var), g_strdup (eq < w->s->len ? w->s->str + eq + 1 : ""));
	}
	return TRUE;
}

static gboolean
dispatch (parser *p, GPtrArray *argv, GError **error)
{
	const sword *name = argv->pdata[0];
	const char *s = name->s->str;
	gsize eq;

	if (g_str_has_prefix (s, "#@"))
		return directive (p, argv, error);
	if (name->funcdef)
		return define_function (p, argv, error);
	if (name->forloop)
		return run_for (p, argv, error);
	if (name->arithfor)
		return run_arith_for (p, argv, error);
	if (name->whileloop)
		return run_while (p, argv, error);
	if (p->funcs && g_hash_table_contains (p->funcs, s))
		return call_function (p, argv, error);
	if (g_str_equal (s, "local") || g_str_equal (s, "return"))
		return function_builtin (p, argv, error);
	if ((g_str_equal (s, "break") || g_str_equal (s, "continue")) && !name->quoted)
		return loop_builtin (p, argv, error);
	if (parser_is_assignment (name, &eq)) {
		if (argv->len > 1)
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, ((sword *) argv->pdata[1])->at,
				     "an assignment before a command (an environment for one command) is not supported");
		p->cmd->pub.buffered = FALSE;
		parser_assign (p, name, eq);
		return TRUE;
	}
	if (g_str_equal (s, "set") || g_str_equal (s, "cd") || g_str_equal (s, "export") || g_str_equal (s, "true") ||
	    g_str_equal (s, ":") || g_str_equal (s, "trap"))
		return cmd_shell (p, argv, error);
	if (g_str_equal (s, ".") || g_str_equal (s, "source"))
		return fstests_source (p, argv, error);
	{
		gboolean handled;

		if (!fstests_command (p, argv, &handled, error))
			return FALSE;
		if (handled)
			return TRUE;
	}
	for (guint i = 0; i < G_N_ELEMENTS (commands); i++) {
		g_autofree char *words = NULL;

		if (!g_str_equal (s, commands[i].name))
			continue;
		if (!commands[i].parse)
			return parse_xfs_io (p, argv, error);
		words = join_words (argv); /* what it runs: expanded, without redirections */
		return commands[i].parse (p, argv, words, error);
	}
	if (parser_in_list (unmodelled_commands, s))
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, name->at, "'%s' is a real command, but extsim does not model it",
			     s);
	if (s[0] == '_' && !p->fstests)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at,
				    "unknown command '%s' (an fstests helper? source ./common/preamble first)", s);
	return parser_fail (p, error, EXTSIM_ERROR_INVAL, name->at, "unknown command '%s'", s);
}

/* ---- if [ ... ]; then ... fi ------------------------------------------------ */

/*
 * The script is parsed before it runs, so a condition must be known then:
 * a test ([ ... ] or test ...) of values, which are known once expanded.
 * A branch not taken is read and dropped.  A condition on what a command
 * returns is refused.
 */
typedef struct {
	spos at;              /* of its `if` */
	gboolean parent;      /* the commands around it run */
	gboolean taken;       /* a branch ran, or runs */
	gboolean active;      /* the branch being read runs */
	gboolean expect_then; /* after `if` or `elif` */
	gboolean in_else;
	gboolean cond;
} if_frame;

static gboolean
running (const parser *p)
{
	return !p->ifs || !p->ifs->len || g_array_index (p->ifs, if_frame, p->ifs->len - 1).active;
}

static gboolean
test_integer (parser *p, const sword *w, gint64 *v, GError **error)
{
	if (!g_ascii_string_to_signed (w->s->str, 10, G_MININT64, G_MAXINT64, v, NULL))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "test: '%s': integer expression expected",
				    w->s->str);
	return TRUE;
}

/* test(1) of @n words from @argv[first]: STR, -z STR, -n STR, A OP B. */
static gboolean
test_eval (parser *p, GPtrArray *argv, guint first, guint n, gboolean *out, GError **error)
{
	static const char *const ops[] = { "-eq", "-ne", "-lt", "-le", "-gt", "-ge", NULL };
	const sword *a = n > 0 ? argv->pdata[first] : NULL, *op = n > 1 ? argv->pdata[first + 1] : NULL;
	const sword *b = n > 2 ? argv->pdata[first + 2] : NULL;
	gint64 x, y;

	if (n > 0 && g_str_equal (a->s->str, "!") && !a->quoted) {
		if (!test_eval (p, argv, first + 1, n - 1, out, error))
			return FALSE;
		*out = !*out;
		return TRUE;
	}
	if (n == 0) {
		*out = FALSE;
		return TRUE;
	}
	if (n == 1) {
		*out = a->s->len > 0;
		return TRUE;
	}
	if (n == 2 && (g_str_equal (a->s->str, "-z") || g_str_equal (a->s->str, "-n"))) {
		*out = (op->s->len == 0) == (a->s->str[1] == 'z');
		return TRUE;
	}
	if (n == 3 && (g_str_equal (op->s->str, "=") || g_str_equal (op->s->str, "==") || g_str_equal (op->s->str, "!="))) {
		*out = g_str_equal (a->s->str, b->s->str) == (op->s->str[0] != '!');
		return TRUE;
	}
	if (n == 3 && parser_in_list (ops, op->s->str)) {
		guint k = 0;

		if (!test_integer (p, a, &x, error) || !test_integer (p, b, &y, error))
			return FALSE;
		while (!g_str_equal (ops[k], op->s->str))
			k++;
		*out = k == 0 ? x == y : k == 1 ? x != y : k == 2 ? x < y : k == 3 ? x <= y : k == 4 ? x > y : x >= y;
		return TRUE;
	}
	return parser_not_modelled (p, a->at, "this test expression (known: STR, -z, -n, =, !=, -eq, -ne, -lt, -le, -gt, -ge, !)",
				    error);
}

/* A test of values, [ ... ] or test ... (after any number of !), in the
 * words from @k on. */
static gboolean
condition_at (parser *p, GPtrArray *words, guint k, gboolean *out, GError **error)
{
	const sword *w = words->len > k ? words->pdata[k] : NULL;
	guint n = words->len - k;

	if (w && g_str_equal (w->s->str, "!") && !w->quoted && words->len > k + 1) {
		gboolean inner;

		g_ptr_array_remove_index (words, k);
		if (!condition_at (p, words, k, &inner, error))
			return FALSE;
		*out = !inner;
		return TRUE;
	}
	if (w && g_str_equal (w->s->str, "[") && !w->quoted) {
		const sword *last = words->pdata[words->len - 1];

		if (n < 2 || !g_str_equal (last->s->str, "]"))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "[: missing ']'");
		return test_eval (p, words, k + 1, n - 2, out, error);
	}
	if (w && g_str_equal (w->s->str, "test") && !w->quoted)
		return test_eval (p, words, k + 1, n - 1, out, error);
	return parser_not_modelled (p, w ? w->at : ((sword *) words->pdata[0])->at,
				    "a condition other than a test of values ([ ... ] or test): the script is read "
				    "before it runs",
				    error);
}

/* The condition of `if` or `elif`: the words after it. */
static gboolean
condition (parser *p, GPtrArray *words, gboolean *out, GError **error)
{
	return condition_at (p, words, 1, out, error);
}

/*
 * if / then / elif / else / fi, as commands of their own (the lexer cuts
 * "if [ x ]; then a; fi" at each ';').  *skip when the command is done
 * with: a keyword alone, or any command of a branch not taken; `then` and
 * `else` may start a command, which stays in @words.
 */
static gboolean
shell_control (parser *p, GPtrArray *words, GPtrArray *redirs, script_connector conn, gboolean followed,
	       gboolean *skip, GError **error)
{
	const sword *w = words->len ? words->pdata[0] : NULL;
	const char *k = w && !w->quoted && !w->expanded ? w->s->str : "";
	if_frame *top = p->ifs && p->ifs->len ? &g_array_index (p->ifs, if_frame, p->ifs->len - 1) : NULL;
	gboolean keyword = g_str_equal (k, "if") || g_str_equal (k, "then") || g_str_equal (k, "elif") ||
			   g_str_equal (k, "else") || g_str_equal (k, "fi");

	*skip = FALSE;
	if (!keyword) {
		if (top && top->expect_then)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w ? w->at : top->at, "'then' expected");
		*skip = !running (p);
		return TRUE;
	}
	if (redirs->len && (g_str_equal (k, "if") || g_str_equal (k, "elif") || g_str_equal (k, "fi") || words->len == 1))
		return parser_not_modelled (p, ((sredir *) redirs->pdata[0])->at, "a redirection of if ... fi", error);
	if (!conn && followed && words->len > 1 && (g_str_equal (k, "if") || g_str_equal (k, "elif")))
		return parser_not_modelled (p, w->at, "&& or || between the conditions of if or elif", error);
	if (conn || (followed && (words->len == 1 || g_str_equal (k, "if") || g_str_equal (k, "elif"))))
		return parser_not_modelled (p, w->at, "&& or || joined to if ... fi (the script is read before it runs)", error);
	*skip = TRUE;
	if (g_str_equal (k, "if")) {
		if_frame f = { w->at, running (p), FALSE, FALSE, TRUE, FALSE, FALSE };

		if (top && top->expect_then)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "'then' expected");
		if (f.parent && !condition (p, words, &f.cond, error))
			return FALSE;
		if (!p->ifs)
			p->ifs = g_array_new (FALSE, FALSE, sizeof (if_frame));
		g_array_append_val (p->ifs, f);
		return TRUE;
	}
	if (!top)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "'%s' without 'if'", k);
	if (g_str_equal (k, "then") != top->expect_then ||
	    (top->in_else && (g_str_equal (k, "else") || g_str_equal (k, "elif"))))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, top->expect_then ? "'then' expected" : "'%s' unexpected", k);
	top->in_else = top->in_else || g_str_equal (k, "else");
	if (g_str_equal (k, "elif")) {
		top->active = FALSE;
		top->expect_then = TRUE;
		top->cond = FALSE;
		return !top->parent || top->taken || condition (p, words, &top->cond, error);
	}
	if (g_str_equal (k, "fi")) {
		if (words->len > 1)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) words->pdata[1])->at, "words after 'fi'");
		g_array_set_size (p->ifs, p->ifs->len - 1);
		return TRUE;
	}
	/* then / else, and the command that may follow on the same line */
	top->expect_then = FALSE;
	top->active = top->parent && !top->taken && (g_str_equal (k, "else") || top->cond);
	top->taken = top->taken || top->active;
	g_ptr_array_remove_index (words, 0);
	*skip = !words->len || !top->active;
	return TRUE;
}

/*
 * [ ... ] or test ... at the head of an && / || list ([ "$FSTYP" = btrfs ]
 * && _fixed_by_kernel_commit ..., [ -n "$x" ] || _notrun ...): a test of
 * values, decided as the script is read, as if's condition is.  While the
 * list's status is the test's, a command after && runs when it held and one
 * after || when it did not, as in sh; one that does not run is dropped
 * unread (the status stays), and the first that runs heads what follows of
 * the list, decided when the script runs.  *conn is what the command is
 * joined to, NONE once the test decided it.
 */
static gboolean
known_list (parser *p, GPtrArray *words, script_connector *conn, gboolean followed, gboolean *skip, GError **error)
{
	const sword *w = words->len ? words->pdata[0] : NULL;
	gboolean test = w && !w->quoted && !w->expanded && (g_str_equal (w->s->str, "[") || g_str_equal (w->s->str, "test"));
	gboolean held;

	*skip = FALSE;
	if (*conn != SCRIPT_CONN_NONE && p->known_list) {
		if ((*conn == SCRIPT_CONN_AND) != p->known_true) {
			*skip = TRUE;
			return TRUE;
		}
		*conn = SCRIPT_CONN_NONE;
	}
	p->known_list = FALSE;
	if (!test)
		return TRUE;
	if (*conn != SCRIPT_CONN_NONE)
		return parser_not_modelled (p, w->at, "a test of values after a command's && or || (the test is decided as the script is read)",
					    error);
	if (!condition_at (p, words, 0, &held, error))
		return FALSE;
	if (!followed && !held && p->errexit)
		return parser_not_modelled (p, w->at, "a test that fails under set -e (the script would end there)", error);
	p->known_list = followed;
	p->known_true = held;
	*skip = TRUE;
	return TRUE;
}

/* A command joined by && or || must be one the runner decides on: one that
 * runs operations, not one the parser acts on as it reads (an assignment,
 * a function, a loop, exit); nor may one of those come before && or ||,
 * whose status the runner would not know. */
static gboolean
check_list (parser *p, const script_command *cmd, guint n_commands, GError **error)
{
	gboolean made = p->script->commands->len > n_commands; /* a function's or a loop's commands */
	gboolean no_op = g_str_equal (cmd->pub.name, "true") || g_str_equal (cmd->pub.name, ":");
	spos at = { cmd->pub.line, cmd->pub.column };

	/* true and : do nothing, and exit 0 wherever they run */
	if (cmd->cond && (made || (!cmd->pub.n_ops && !no_op) || p->exited))
		return parser_not_modelled (p, at,
					    "&& or || before a command the script acts on as it is read (an assignment, a "
					    "function call, a loop, exit ...)",
					    error);
	if (cmd->list_head && (made || p->exited))
		return parser_not_modelled (p, at, "&& or || after a function call or a loop", error);
	for (guint i = 0; cmd->cond && i < cmd->pub.n_ops; i++) {
		const script_op *op = p->script->ops->pdata[cmd->pub.first_op + i];

		/* which filesystem is where is followed as the script is read */
		if (op->pub.kind == EXTSIM_SCRIPT_OP_MKFS || op->pub.kind == EXTSIM_SCRIPT_OP_MOUNT ||
		    op->pub.kind == EXTSIM_SCRIPT_OP_UMOUNT || op->pub.kind == EXTSIM_SCRIPT_OP_POWER_LOSS ||
		    op->pub.kind == EXTSIM_SCRIPT_OP_SUBVOLUME_CREATE ||
		    op->pub.kind == EXTSIM_SCRIPT_OP_SNAPSHOT)
			return parser_not_modelled (p, at,
						    "&& or || before mkfs.btrfs, mount, umount or btrfs subvolume (the "
						    "script's filesystems and mounts are followed as it is read)",
						    error);
	}
	return TRUE;
}

/* The drop_caches operation for the value @v at @at, or NULL when @v is not
 * one the switch takes: 1 to 4, the range upstream gives
 * proc_dointvec_minmax (this machine's 6.18 build also takes up to 63,
 * bits of its own; 0 and 64 are EINVAL there too). */
static script_op *
add_drop_caches (parser *p, spos at, const char *v, const char *text)
{
	script_op *op;

	if (strlen (v) != 1 || v[0] < '1' || v[0] > '4')
		return NULL;
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_DROP_CACHES, at, text);
	op->pub.length = (guint64) (v[0] - '0');
	return op;
}

/* echo [-n] N > /proc/sys/vm/drop_caches; the echo writes nothing else. */
static gboolean
drop_caches (parser *p, GPtrArray *words, const char *text, GError **error)
{
	guint first = words->len > 1 && g_str_equal (((sword *) words->pdata[1])->s->str, "-n") ? 2 : 1;
	const sword *w = first < words->len ? words->pdata[first] : NULL;

	if (!w || first + 1 != words->len || !add_drop_caches (p, ((sword *) words->pdata[0])->at, w->s->str, text))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w ? w->at : ((sword *) words->pdata[0])->at,
				    "echo into " DROP_CACHES ": give one of 1, 2, 3 or 4");
	p->cmd->pub.buffered = FALSE;
	return TRUE;
}

/* sysctl [-w] [-q] vm.drop_caches=N (procps-ng 4.0.2): the same switch,
 * and unless -q the line "vm.drop_caches = N" on stdout. */
static gboolean
cmd_sysctl (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const char key[] = "vm.drop_caches=";
	const sword *set = NULL;
	gboolean quiet = FALSE;
	script_op *op;

	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *a = w->s->str;

		if (g_str_equal (a, "-w") || g_str_equal (a, "--write"))
			continue;
		if (g_str_equal (a, "-q") || g_str_equal (a, "--quiet"))
			quiet = TRUE;
		else if (g_str_has_prefix (a, key) && !set)
			set = w;
		else
			return parser_not_modelled (p, w->at, "sysctl other than [-w] [-q] vm.drop_caches=N", error);
	}
	if (!set)
		return parser_not_modelled (p, ((sword *) argv->pdata[0])->at,
					    "sysctl other than [-w] [-q] vm.drop_caches=N", error);
	op = add_drop_caches (p, ((sword *) argv->pdata[0])->at, set->s->str + strlen (key), text);
	if (!op)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, set->at, "sysctl vm.drop_caches: give one of 1, 2, 3 or 4");
	if (!quiet) {
		g_autofree char *line = g_strdup_printf ("vm.drop_caches = %" G_GUINT64_FORMAT, op->pub.length);

		op->pub.message = parser_intern (p, line);
	}
	return TRUE;
}

static gboolean
parse_command (parser *p, GPtrArray *words, GPtrArray *redirs, const char *text, script_connector conn,
	       gboolean followed, GError **error)
{
	script_command *cmd;
	spos at;
	guint stages;
	gboolean skip;

	for (guint i = 0; i < words->len + redirs->len; i++) {
		const sword *w = i < words->len ? words->pdata[i] : ((sredir *) redirs->pdata[i - words->len])->target;

		/* its output is known only when the script runs: echo prints it then */
		if (w && w->subst && (i == 0 || i >= words->len ||
				      !g_str_equal (((sword *) words->pdata[0])->s->str, "echo")))
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, sword_pos (w, w->subst_at),
					    "$(md5sum ...), $(stat ...) and $? are modelled in echo's words only");
	}
	if (!shell_control (p, words, redirs, conn, followed, &skip, error))
		return FALSE;
	if (skip)
		return TRUE;
	if (!known_list (p, words, &conn, followed, &skip, error))
		return FALSE;
	if (skip)
		return TRUE;
	at = words->len ? ((sword *) words->pdata[0])->at : ((sredir *) redirs->pdata[0])->at;
	cmd = g_new0 (script_command, 1);

	cmd->pub.index = p->script->commands->len;
	cmd->pub.line = at.line;
	cmd->pub.column = at.column;
	cmd->pub.text = parser_intern (p, text);
	cmd->pub.name = parser_intern (p, words->len ? ((sword *) words->pdata[0])->s->str : "");
	cmd->pub.first_op = p->script->ops->len;
	cmd->pub.buffered = TRUE;
	cmd->pub.thread = p->thread;
	g_ptr_array_add (p->script->commands, cmd);
	p->cmd = cmd;
	if (!pipeline (p, words, &stages, error) || !redirect (p, redirs, stages, error))
		return FALSE;
	if (!words->len) /* "> /dev/null" alone: sh creates the file, nothing else */
		return TRUE;
	cmd->errexit = p->errexit;
	cmd->cond = conn;
	cmd->list_head = followed;
	{
		guint n_commands = p->script->commands->len;

		for (guint i = 0; i < redirs->len; i++) {
			if (is_drop_caches (p, redirs->pdata[i]))
				return drop_caches (p, words, text, error) && check_list (p, cmd, n_commands, error);
		}
		return dispatch (p, words, error) && check_list (p, cmd, n_commands, error);
	}
}

/* Every command @lx gives, until the text ends, an error, `exit` or `return`. */
static gboolean
parse_text (parser *p, lexer *lx, GError **error)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GPtrArray) redirs = g_ptr_array_new_with_free_func ((GDestroyNotify) sredir_free);
	g_autoptr (GString) source = g_string_new (NULL);
	GError *err = NULL;
	guint depth = p->ifs ? p->ifs->len : 0;

	while (!err && !p->exited && !p->returned && !p->leaving && lexer_next (lx, words, redirs, source, &err)) {
		gboolean followed;
		script_connector conn = lexer_connector (lx, &followed);

		parse_command (p, words, redirs, source->str, conn, followed, &err);
	}
	if (!err && p->ifs && p->ifs->len > depth) {
		if (!p->exited && !p->returned && !p->leaving)
			parser_fail (p, &err, EXTSIM_ERROR_INVAL, g_array_index (p->ifs, if_frame, p->ifs->len - 1).at,
				     "'if' without 'fi'");
		g_array_set_size (p->ifs, depth);
	}
	if (err) {
		g_propagate_error (error, err);
		return FALSE;
	}
	return TRUE;
}

/* ---- the script --------------------------------------------------------------- */

static void
script_op_free (script_op *op)
{
	g_free (op->rel);
	g_free (op->rel2);
	g_free (op);
}

void
extsim_script_free (extsim_script *script)
{
	if (!script)
		return;
	g_free (script->filename);
	g_ptr_array_unref (script->commands);
	g_ptr_array_unref (script->ops);
	g_ptr_array_unref (script->threads);
	g_string_chunk_free (script->strings);
	g_free (script);
}

static GHashTable *
initial_variables (const extsim_script_parse_options *options, GError **error)
{
	GHashTable *vars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

	g_hash_table_insert (vars, g_strdup ("dev"), g_strdup (EXTSIM_SCRIPT_DEFAULT_DEV));
	g_hash_table_insert (vars, g_strdup ("mnt"), g_strdup (EXTSIM_SCRIPT_DEFAULT_MNT));
	/* what fstests' ./check exports before a case runs, which cases older
	 * than common/preamble read before sourcing common/rc
	 * (seqres=$RESULT_DIR/$seq) */
	g_hash_table_insert (vars, g_strdup ("RESULT_DIR"), g_strdup (SCRIPT_START_DIR "/results"));
	for (guint i = 0; options && options->variables && options->variables[i]; i++) {
		const char *v = options->variables[i], *eq = strchr (v, '=');

		if (!eq || !parser_is_name (v, (gsize) (eq - v))) {
			g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "variable '%s': expected NAME=VALUE", v);
			g_hash_table_unref (vars);
			return NULL;
		}
		g_hash_table_insert (vars, g_strndup (v, (gsize) (eq - v)), g_strdup (eq + 1));
	}
	return vars;
}

/* A script is text: a NUL byte in it is an error, at its place.  (Words are
 * C strings from here on, so one would cut a word short and leave the
 * offsets counted over the whole text pointing past it.) */
static gboolean
text_has_no_nul (const char *text, gssize len, const char *filename, GError **error)
{
	gsize n = !text ? 0 : len < 0 ? strlen (text) : (gsize) len;
	const char *nul = n ? memchr (text, '\0', n) : NULL;
	spos at = { 1, 1 };

	if (!nul)
		return TRUE;
	for (const char *c = text; c < nul; c++) {
		if (*c == '\n') {
			at.line++;
			at.column = 1;
		} else {
			at.column++;
		}
	}
	return script_error (error, EXTSIM_ERROR_INVAL, filename ? filename : "-", at,
			     "a NUL byte: a script is text");
}

extsim_script *
extsim_script_parse_string (const char *text, gssize len, const char *filename,
			    const extsim_script_parse_options *options, GError **error)
{
	GError *err = NULL;
	parser p = { 0 };
	lexer *lx;

	g_return_val_if_fail (text != NULL || len == 0, NULL);
	if (!text_has_no_nul (text, len, filename, error))
		return NULL;
	if (options && (options->version < 1 || options->version > EXTSIM_SCRIPT_PARSE_OPTIONS_VERSION)) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL, "parse options version %u unknown (expected %u)",
			     options->version, EXTSIM_SCRIPT_PARSE_OPTIONS_VERSION);
		return NULL;
	}
	/* a device too small for mkfs.btrfs fails it when the script runs */
	if (options && options->version >= 2 && options->device_size > (G_GUINT64_CONSTANT (1) << 62)) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_INVAL,
			     "device size %" G_GUINT64_FORMAT " bytes: larger than the model allows (4 EiB)",
			     options->device_size);
		return NULL;
	}
	p.device_size = options && options->version >= 2 ? options->device_size : 0;
	p.vars = initial_variables (options, error);
	if (!p.vars)
		return NULL;
	p.script = g_new0 (extsim_script, 1);
	p.script->filename = g_strdup (filename ? filename : "-");
	p.script->commands = g_ptr_array_new_with_free_func (g_free);
	p.script->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) script_op_free);
	p.script->threads = g_ptr_array_new ();
	g_ptr_array_add (p.script->threads, (gpointer) "setup");
	p.script->strings = g_string_chunk_new (1024);
	p.filename = p.script->filename;
	p.sectorsize = 4096;
	lx = lexer_new (text ? text : "", len < 0 ? strlen (text) : (gsize) len, p.filename, p.vars, &p.expanded);
	lexer_watch (lx, &p.sectorsize, &p.cwd);
	parse_text (&p, lx, &err);
	lexer_free (lx);
	g_clear_pointer (&p.funcs, g_hash_table_unref);
	g_clear_pointer (&p.returns, g_ptr_array_unref);
	g_clear_pointer (&p.frames, g_ptr_array_unref);
	g_clear_pointer (&p.ifs, g_array_unref);
	g_hash_table_unref (p.vars);
	g_free (p.dev);
	g_free (p.mnt);
	g_free (p.blank_dev);
	g_free (p.dead_mnt);
	g_free (p.cwd);
	if (err) {
		g_propagate_error (error, err);
		extsim_script_free (p.script);
		return NULL;
	}
	return p.script;
}

extsim_script *
extsim_script_parse_file (const char *filename, const extsim_script_parse_options *options, GError **error)
{
	g_autofree char *text = NULL;
	gsize len = 0;
	GError *err = NULL;

	g_return_val_if_fail (filename != NULL, NULL);
	if (g_str_equal (filename, "-")) {
		GString *in = g_string_new (NULL);
		char buf[4096];
		size_t n;

		while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
			g_string_append_len (in, buf, (gssize) n);
		len = in->len;
		text = g_string_free (in, FALSE);
	} else if (!g_file_get_contents (filename, &text, &len, &err)) {
		g_set_error (error, EXTSIM_ERROR, EXTSIM_ERROR_NOENT, "%s", err->message);
		g_error_free (err);
		return NULL;
	}
	return extsim_script_parse_string (text, (gssize) len, filename, options, error);
}

const char *
extsim_script_get_filename (const extsim_script *script)
{
	g_return_val_if_fail (script != NULL, NULL);
	return script->filename;
}

guint
extsim_script_get_n_commands (const extsim_script *script)
{
	g_return_val_if_fail (script != NULL, 0);
	return script->commands->len;
}

const extsim_script_command *
extsim_script_get_command (const extsim_script *script, guint index)
{
	g_return_val_if_fail (script != NULL && index < script->commands->len, NULL);
	return &((script_command *) script->commands->pdata[index])->pub;
}

guint
extsim_script_get_n_ops (const extsim_script *script)
{
	g_return_val_if_fail (script != NULL, 0);
	return script->ops->len;
}

const extsim_script_op *
extsim_script_get_op (const extsim_script *script, guint index)
{
	g_return_val_if_fail (script != NULL && index < script->ops->len, NULL);
	return &((script_op *) script->ops->pdata[index])->pub;
}

guint
extsim_script_get_n_threads (const extsim_script *script)
{
	g_return_val_if_fail (script != NULL, 0);
	return script->threads->len;
}

const char *
extsim_script_get_thread_name (const extsim_script *script, guint thread)
{
	g_return_val_if_fail (script != NULL && thread < script->threads->len, NULL);
	return script->threads->pdata[thread];
}

const char *
extsim_script_op_kind_to_str (extsim_script_op_kind kind)
{
	static const char *const names[] = {
		"mkfs", "mount", "umount", "sync", "touch", "rm", "chattr", "md5sum", "echo", "sleep",
		"subvolume-create", "snapshot", "open", "pwrite", "pread", "falloc", "fpunch", "fzero", "truncate",
		"fsync", "fdatasync", "sync_range", "reflink", "dedupe", "fiemap", "commit", "exit", "cmp", "return", "od", "mkdir", "stat", "du", "ls",
		"drop_caches", "cat", "rmdir", "mv", "power_loss", "ln",
	};

	/* one name a kind, up to the last (a new kind goes last, named here) */
	G_STATIC_ASSERT (G_N_ELEMENTS (names) == EXTSIM_SCRIPT_OP_LINK + 1);
	return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "unknown";
}

gboolean
extsim_script_parse_size (const char *text, guint64 *out)
{
	g_return_val_if_fail (text != NULL && out != NULL, FALSE);
	return parse_btrfs_size (text, out);
}

/* btrfs-progs parse_size(): digits and at most one suffix, powers of 1024. */
gboolean
parse_btrfs_size (const char *s, guint64 *out)
{
	guint64 v, mult = 1;
	const char *c = s;
	const char *units = "bkmgtpe";
	const char *u;

	if (parse_digits (&c, &v))
		return FALSE;
	if (*c) {
		if (c[1] || !(u = strchr (units, g_ascii_tolower (*c))))
			return FALSE;
		for (const char *k = units; k < u; k++)
			mult *= 1024;
	}
	if (mult > 1 && v > G_MAXUINT64 / mult)
		return FALSE;
	*out = v * mult;
	return TRUE;
}
