/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the xfs_io command line (xfsprogs 6.1, io/ and libxcmd/)
 *
 *   xfs_io -f -c "falloc 8k 64m" -c "pwrite 0 -b 4k 512M" $mnt/file
 *          |  |                  |                      |
 *          |  +-- each -c string is cut on single spaces, as xfs_io's
 *          |      breakline() does (no quotes inside), into a command
 *          |      name (or its alias: w, r, rl, dd, s, ds, t) and its
 *          |      arguments, which getopt scans: options may follow the
 *          |      positionals ("pwrite 0 -b 4k 512M")
 *          +-- xfs_io's own options: -f creates, -r opens read-only, -t
 *              truncates, -c adds a command; the file comes last
 *
 * The operations are: open FILE, then one per -c command, in order.
 * Numbers follow cvtnum(): strtoll with base 0 (so 0x10 and 010 work),
 * then at most one suffix: b (4096, the block size xfs_io assumes for a
 * btrfs file), s (512), k m g t p e (powers of 1024).  A bad number, a
 * wrong argument count or an unknown option is an error of the script
 * (with the column of the token inside the -c string); a real xfs_io
 * command or option the model does not cover is named as such.
 */
#include "script-private.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define XFS_IO_BLOCKSIZE 4096
#define XFS_IO_SECTSIZE 512
/* pread -v prints every byte: more than this is a typo, not a reproducer */
#define PREAD_DUMP_MAX (1 * EXTSIM_MiB)

gboolean
parse_xfs_num (const char *s, guint64 *out)
{
	char *end;
	gint64 v;
	guint shift = 0;

	/* only ERANGE says the number did not fit: the first g_ascii_strto*
	 * call of a process makes its C locale once (g_once_init_enter), and a
	 * thread that waited there for another may come back with the wait's
	 * errno (EAGAIN) */
	errno = 0;
	v = g_ascii_strtoll (s, &end, 0);
	if (end == s || errno == ERANGE || v < 0)
		return FALSE;
	if (*end) {
		if (end[1])
			return FALSE;
		switch (g_ascii_tolower (*end)) {
		case 'b': return v <= G_MAXINT64 / XFS_IO_BLOCKSIZE && (*out = (guint64) v * XFS_IO_BLOCKSIZE, TRUE);
		case 's': return v <= G_MAXINT64 / XFS_IO_SECTSIZE && (*out = (guint64) v * XFS_IO_SECTSIZE, TRUE);
		case 'k': shift = 10; break;
		case 'm': shift = 20; break;
		case 'g': shift = 30; break;
		case 't': shift = 40; break;
		case 'p': shift = 50; break;
		case 'e': shift = 60; break;
		default: return FALSE;
		}
		if (v > (G_MAXINT64 >> shift))
			return FALSE;
	}
	*out = (guint64) v << shift;
	return TRUE;
}

/* ---- one -c command ---------------------------------------------------------- */

typedef struct {
	const char *name;
	const char *alias;
	extsim_script_op_kind kind;
	const char *optstring; /* getopt's */
	const char *modelled;  /* the options the model follows */
	int argmin, argmax;    /* positionals after the options */
	const char *usage;
} xcmd;

static const xcmd xcmds[] = {
	{ "pwrite", "w", EXTSIM_SCRIPT_OP_PWRITE, "b:BCdDf:Fi:NqRs:OS:uV:wWZ:", "bCDFqSwW", 2, 2,
	  "[-qCDwW] [-S seed] [-b bsize] off len" },
	{ "pread", "r", EXTSIM_SCRIPT_OP_PREAD, "b:BCFRquvV:Z:", "bCFqv", 2, 2, "[-qCv] [-b bsize] off len" },
	{ "falloc", NULL, EXTSIM_SCRIPT_OP_FALLOC, "cikpu", "kp", 2, 2, "[-k] [-p] off len" },
	{ "fpunch", NULL, EXTSIM_SCRIPT_OP_FPUNCH, "", "", 2, 2, "off len" },
	{ "fzero", NULL, EXTSIM_SCRIPT_OP_FZERO, "k", "k", 2, 2, "[-k] off len" },
	{ "truncate", "t", EXTSIM_SCRIPT_OP_TRUNCATE, "", "", 1, 1, "off" },
	{ "fsync", "s", EXTSIM_SCRIPT_OP_FSYNC, "", "", 0, 0, "" },
	{ "fdatasync", "ds", EXTSIM_SCRIPT_OP_FDATASYNC, "", "", 0, 0, "" },
	{ "sync", NULL, EXTSIM_SCRIPT_OP_SYNC, "", "", 0, 0, "" },
	{ "syncfs", NULL, EXTSIM_SCRIPT_OP_SYNC, "", "", 0, 0, "" },
	{ "sync_range", NULL, EXTSIM_SCRIPT_OP_SYNC_RANGE, "abw", "abw", 2, 2, "[-a|-b|-w] off len" },
	{ "reflink", "rl", EXTSIM_SCRIPT_OP_REFLINK, "Cq", "Cq", 1, 4, "[-Cq] infile [src_off dst_off len]" },
	{ "dedupe", "dd", EXTSIM_SCRIPT_OP_DEDUPE, "Cq", "Cq", 4, 4, "[-Cq] infile src_off dst_off len" },
	{ "fiemap", NULL, EXTSIM_SCRIPT_OP_FIEMAP, "aln:v", "lnv", 0, 2, "[-lv] [-n nx] [offset [len]]" },
};

/* Every other command xfs_io 6.1 has, so that "stat" is refused by name. */
static const char *const real_xcmds[] = {
	"bmap", "copy_range", "chattr", "lsattr", "close", "c", "chproj", "cowextsize", "get_encpolicy",
	"set_encpolicy", "add_enckey", "rm_enckey", "enckey_status", "resblks", "fadvise", "fcollapse", "finsert",
	"funshare", "getrusage", "g", "file", "f", "flink", "log_writes", "lw", "freesp", "resvsp", "unresvsp",
	"allocsp", "freeze", "thaw", "fsmap", "imap", "help", "?", "inject", "label", "inode", "chmod", "madvise",
	"ma", "lsproj", "extsize", "mincore", "mi", "mmap", "mm", "mread", "mr", "msync", "ms", "mremap", "mrm",
	"open", "o", "munmap", "mu", "mwrite", "mw", "parent", "print", "p", "quit", "q", "readdir", "repair",
	"fix", "scrub", "sc", "seek", "sendfile", "send", "shutdown", "stat", "statx", "statfs", "swapext",
	"utimes", "zero", "bulkstat", "bulkstat_single", "fsuuid", "crc32cselftest", NULL,
};

static const xcmd *
find_xcmd (const char *name)
{
	for (guint i = 0; i < G_N_ELEMENTS (xcmds); i++) {
		if (g_str_equal (xcmds[i].name, name) || (xcmds[i].alias && g_str_equal (xcmds[i].alias, name)))
			return &xcmds[i];
	}
	return NULL;
}

/* optdefs from a getopt optstring */
static optdef *
optdefs (const char *optstring)
{
	optdef *defs = g_new0 (optdef, strlen (optstring) + 1);
	guint n = 0;

	for (const char *c = optstring; *c; c++) {
		defs[n].opt = *c;
		defs[n].has_arg = c[1] == ':';
		c += defs[n++].has_arg;
	}
	return defs;
}

static gboolean
number (parser *p, const char *cmd, const char *what, const sword *w, guint64 *out, GError **error)
{
	if (parse_xfs_num (w->s->str, out))
		return TRUE;
	return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "%s: non-numeric %s argument -- %s", cmd, what,
			    w->s->str);
}

static gboolean
option (parser *p, const xcmd *c, const sarg *a, script_op *op, GError **error)
{
	const char *v = sarg_value (a);
	char *end;

	if (!strchr (c->modelled, a->opt)) {
		g_autofree char *what = g_strdup_printf ("xfs_io %s -%c", c->name, a->opt);

		return parser_not_modelled (p, a->at, what, error);
	}
	switch (a->opt) {
	case 'b':
		if (c->kind == EXTSIM_SCRIPT_OP_SYNC_RANGE)
			break;
		if (!parse_xfs_num (v, &op->pub.block_size))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "%s: non-numeric bsize -- %s",
					    c->name, v);
		return TRUE;
	case 'S':
		/* strtoul as xfs_io: a prefix is enough; memset keeps the low byte */
		op->pub.fill = (guint8) strtoul (v, &end, 0);
		if (end == v)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "%s: non-numeric seed -- %s",
					    c->name, v);
		return TRUE;
	case 'n':
		op->pub.flags |= EXTSIM_SCRIPT_OP_COUNT_GIVEN;
		op->pub.count = (guint64) (gint64) atoi (v);
		return TRUE;
	case 'k': op->pub.flags |= EXTSIM_SCRIPT_OP_KEEP_SIZE; return TRUE;
	case 'p': op->pub.kind = EXTSIM_SCRIPT_OP_FPUNCH; return TRUE; /* falloc -p: PUNCH_HOLE|KEEP_SIZE */
	case 'v': op->pub.flags |= EXTSIM_SCRIPT_OP_VERBOSE; return TRUE;
	case 'l': op->pub.flags |= EXTSIM_SCRIPT_OP_BLOCKS; return TRUE;
	case 'q': op->pub.flags |= EXTSIM_SCRIPT_OP_QUIET; return TRUE;
	case 'C': op->pub.flags |= EXTSIM_SCRIPT_OP_COMPACT; return TRUE;
	case 'W': op->pub.flags |= EXTSIM_SCRIPT_OP_FSYNC_AFTER; return TRUE;
	/* RWF_DSYNC, which xfs_io 6.1 passes only to pwritev2, with -V (not
	 * modelled): alone it changes nothing (strace: pwrite64) */
	case 'D': return TRUE;
	case 'F': return TRUE; /* forward: the default */
	default:
		break;
	}
	if (c->kind == EXTSIM_SCRIPT_OP_PWRITE) { /* -w */
		op->pub.flags |= EXTSIM_SCRIPT_OP_FDATASYNC_AFTER;
		return TRUE;
	}
	/* sync_range: the last of -a -b -w wins, as xfs_io assigns its mode */
	op->pub.flags &= ~(guint32) (EXTSIM_SCRIPT_OP_WAIT_AFTER | EXTSIM_SCRIPT_OP_WAIT_BEFORE | EXTSIM_SCRIPT_OP_WRITE);
	op->pub.flags |= a->opt == 'a' ? EXTSIM_SCRIPT_OP_WAIT_AFTER
		       : a->opt == 'b' ? EXTSIM_SCRIPT_OP_WAIT_BEFORE : EXTSIM_SCRIPT_OP_WRITE;
	return TRUE;
}

static gboolean
source_path (parser *p, const sword *w, script_op *op, GError **error)
{
	return parser_resolve (p, w, &op->pub.path2, &op->rel2, error);
}

/* The positionals of each command, in xfs_io's order. */
static gboolean
positionals (parser *p, const xcmd *c, GArray *args, script_op *op, GError **error)
{
	guint n = n_positionals (args);

	switch (c->kind) {
	case EXTSIM_SCRIPT_OP_TRUNCATE:
		return number (p, c->name, "truncate", positional (args, 0), &op->pub.length, error);
	case EXTSIM_SCRIPT_OP_REFLINK:
	case EXTSIM_SCRIPT_OP_DEDUPE:
		if (n == 1)
			op->pub.flags |= EXTSIM_SCRIPT_OP_WHOLE_FILE;
		return source_path (p, positional (args, 0), op, error) &&
		       (n == 1 || (number (p, c->name, "src offset", positional (args, 1), &op->pub.src_offset, error) &&
				   number (p, c->name, "dest offset", positional (args, 2), &op->pub.offset, error) &&
				   number (p, c->name, "length", positional (args, 3), &op->pub.length, error)));
	case EXTSIM_SCRIPT_OP_FIEMAP:
		if (n >= 1) {
			op->pub.flags |= EXTSIM_SCRIPT_OP_OFFSET_GIVEN;
			if (!number (p, c->name, "offset", positional (args, 0), &op->pub.offset, error))
				return FALSE;
		}
		if (n >= 2) {
			op->pub.flags |= EXTSIM_SCRIPT_OP_LENGTH_GIVEN;
			return number (p, c->name, "len", positional (args, 1), &op->pub.length, error);
		}
		return TRUE;
	default:
		return n == 0 || (number (p, c->name, "offset", positional (args, 0), &op->pub.offset, error) &&
				  number (p, c->name, "length", positional (args, 1), &op->pub.length, error));
	}
}

gboolean
parser_affordable (parser *p, const script_op *op, GError **error)
{
	spos at = { op->pub.line, op->pub.column };
	guint64 bs = MAX (op->pub.block_size, 1);

	if (op->pub.kind == EXTSIM_SCRIPT_OP_PREAD && (op->pub.flags & EXTSIM_SCRIPT_OP_VERBOSE) &&
	    op->pub.length > PREAD_DUMP_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at,
				    "pread -v of more than 1 MiB: extsim does not print dumps that large");
	if (op->pub.kind == EXTSIM_SCRIPT_OP_PWRITE && (bs % p->sectorsize || op->pub.offset % p->sectorsize) &&
	    op->pub.length / bs > UNALIGNED_CALLS_MAX)
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at,
				    "%s of %" G_GUINT64_FORMAT " write(2) calls of unaligned size or offset: extsim replays at most %" G_GUINT64_FORMAT " of them",
				    op->tool == TOOL_DD ? "dd" : "pwrite", op->pub.length / bs, UNALIGNED_CALLS_MAX);
	return TRUE;
}

static gboolean
parse_command (parser *p, const sword *cw, const char *file_display, char *file_rel, GError **error)
{
	g_autoptr (GPtrArray) toks = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	g_autofree optdef *defs = NULL;
	const char *s = cw->s->str;
	const xcmd *c;
	script_op *op;
	guint n;

	/* breakline(): split on single spaces; empty pieces vanish */
	for (gsize i = 0; s[i];) {
		gsize e = i;

		while (s[e] && s[e] != ' ')
			e++;
		if (e > i) {
			sword *t = sword_slice (cw, i, e);

			t->quoted = FALSE; /* xfs_io does not know the shell's quotes */
			g_ptr_array_add (toks, t);
		}
		i = s[e] ? e + 1 : e;
	}
	if (!toks->len)
		return TRUE;
	c = find_xcmd (word0 (toks));
	if (!c && parser_in_list (real_xcmds, word0 (toks)))
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at0 (toks),
				    "xfs_io command \"%s\" is real, but extsim does not model it", word0 (toks));
	if (!c)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (toks), "xfs_io: command \"%s\" not found",
				    word0 (toks));
	defs = optdefs (c->optstring);
	if (!scan_args (p, toks, defs, args, error))
		return FALSE;
	n = n_positionals (args);
	if ((int) n < c->argmin || (int) n > c->argmax || (c->kind == EXTSIM_SCRIPT_OP_REFLINK && n != 1 && n != 4))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (toks),
				    "xfs_io: %u argument%s to %s, expected: %s %s", n, n == 1 ? "" : "s", word0 (toks),
				    c->name, c->usage);
	op = parser_add_op (p, c->kind, at0 (toks), s);
	op->pub.path = file_display;
	op->rel = g_strdup (file_rel);
	if (c->kind == EXTSIM_SCRIPT_OP_PWRITE || c->kind == EXTSIM_SCRIPT_OP_PREAD)
		op->pub.block_size = XFS_IO_BLOCKSIZE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt && !option (p, c, a, op, error))
			return FALSE;
	}
	return positionals (p, c, args, op, error) && parser_affordable (p, op, error);
}

/* ---- xfs_io itself ------------------------------------------------------------- */

static const optdef xfs_io_opts[] = {
	{ 'a', NULL, FALSE }, { 'c', NULL, TRUE },  { 'C', NULL, TRUE },  { 'd', NULL, FALSE }, { 'F', NULL, FALSE },
	{ 'f', NULL, FALSE }, { 'i', NULL, FALSE }, { 'L', NULL, FALSE }, { 'm', NULL, TRUE },  { 'p', NULL, TRUE },
	{ 'P', NULL, FALSE }, { 'n', NULL, FALSE }, { 'r', NULL, FALSE }, { 'R', NULL, FALSE }, { 's', NULL, FALSE },
	{ 't', NULL, FALSE }, { 'T', NULL, FALSE }, { 'V', NULL, FALSE }, { 'x', NULL, FALSE }, { 0, NULL, FALSE },
};

/* Under xfs_io -s each write(2) call is synced, and under
 * -d written to disk, and makes an extent of its own: a pwrite of more
 * calls than ON_DISK_CALLS_MAX (the last op parsed) is refused, as an
 * absurd size is, instead of running for hours. */

static gboolean
call_writes_bounded (parser *p, const sword *cw, guint32 flags, GError **error)
{
	const script_op *op = p->script->ops->pdata[p->script->ops->len - 1];
	guint64 bar = MIN (op->pub.block_size, op->pub.length);
	const char *how = (flags & EXTSIM_SCRIPT_OP_SYNC_WRITES) ? "xfs_io -s"
			  : (flags & EXTSIM_SCRIPT_OP_DIRECT)	   ? "xfs_io -d"
								   : NULL;

	if (!how || op->pub.kind != EXTSIM_SCRIPT_OP_PWRITE || !bar || op->pub.length / bar < ON_DISK_CALLS_MAX)
		return TRUE;
	return parser_fail (p, error, EXTSIM_ERROR_INVAL, cw->at,
			    "%s: %" G_GUINT64_FORMAT " write calls of %" G_GUINT64_FORMAT
			    " bytes, each %s: more than %" G_GUINT64_FORMAT " are refused (give a larger -b)",
			    how, (op->pub.length + bar - 1) / bar, bar, g_str_equal (how, "xfs_io -d") ? "written to disk" : "synced",
			    ON_DISK_CALLS_MAX);
}

gboolean
parse_xfs_io (parser *p, GPtrArray *argv, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	g_autofree char *rel = NULL;
	g_autofree char *open_text = NULL;
	const char *display;
	const sword *file;
	guint32 flags = 0;
	guint n_cmds = 0;
	script_op *op;

	if (!scan_args (p, argv, xfs_io_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		switch (a->opt) {
		case 'f': flags |= EXTSIM_SCRIPT_OP_CREATE; break;
		case 'r': flags |= EXTSIM_SCRIPT_OP_READONLY; break;
		case 't': flags |= EXTSIM_SCRIPT_OP_TRUNC; break;
		case 's': flags |= EXTSIM_SCRIPT_OP_SYNC_WRITES; break;
		case 'd': flags |= EXTSIM_SCRIPT_OP_DIRECT; break;
		case 'c': case 'C': n_cmds++; break;
		case 'a': case 'P': case 'R': case 'T': case 'V': {
			g_autofree char *what = g_strdup_printf ("xfs_io -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
		default: break; /* -F -i -L -m -n -p -x change nothing here */
		}
	}
	if (n_positionals (args) != 1)
		return n_positionals (args) ? parser_not_modelled (p, positional (args, 1)->at, "xfs_io with more than one file", error)
					    : parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "xfs_io: no file given");
	if (!n_cmds)
		return parser_not_modelled (p, at0 (argv), "xfs_io without -c (interactive)", error);
	file = positional (args, 0);
	if (!parser_resolve (p, file, &display, &rel, error))
		return FALSE;
	open_text = g_strdup_printf ("open %s", display);
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_OPEN, file->at, open_text);
	op->pub.path = display;
	op->pub.flags = flags;
	op->rel = g_strdup (rel);
	op->fails = parser_unmounted (p) ? OP_FAILS_UNMOUNTED : OP_FAILS_NOT; /* then its commands never run */
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);
		g_autoptr (sword) cw = NULL;

		if (a->opt != 'c' && a->opt != 'C')
			continue;
		cw = sword_slice (a->w, a->voff, a->w->s->len);
		if (!parse_command (p, cw, display, rel, error))
			return FALSE;
		if (!call_writes_bounded (p, cw, flags, error))
			return FALSE;
	}
	return TRUE;
}
