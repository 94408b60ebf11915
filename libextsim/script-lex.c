/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the shell lexer of the script dialect
 *
 * A reproducer is a shell script, so its words are cut the way sh cuts
 * them, one simple command at a time (lexer_next()):
 *
 *   xfs_io -c "reflink $mnt/file1 8k 0 4k" -c fsync $mnt/file1 > /dev/null
 *   ^word  ^w ^word (quotes removed, $mnt expanded)   ^w    ^word  ^redirection
 *
 *   - blanks separate words; a newline or ';' ends the command; '#' at the
 *     start of a word comments out the rest of the line, except "#@" as
 *     the first word of a command, a directive (#@thread NAME, #@commit);
 *     a backslash before a newline joins the lines;
 *   - '...' is literal; "..." expands $NAME and ${NAME} and honours \" \\ \$;
 *     outside quotes a backslash makes the next character literal;
 *   - $NAME outside quotes is split on blanks, as sh does; an undefined
 *     variable is an error (a reproducer that needs $SCRATCH_MNT says so
 *     instead of writing to "/file");
 *   - $((EXPR)) is shell arithmetic on signed 64-bit integers (fstests
 *     sizes: $((2 * 1024 * 1024 * 1024))), an overflow an error, not a wrap
 *     (arith_eval());
 *   - N>FILE, N>>FILE, N<FILE, N>&M and &>FILE become redirections;
 *   - '|' between commands is a word of its own (sword.pipe), so the
 *     grammar sees the pipeline and decides what may follow it (fstests'
 *     output filters); a newline may follow it, as in sh.
 *
 * A `for` keeps its body "do ... done" as text (loop_body): the parser
 * lexes it again for each word, as a function's body at each call, and
 * $(seq ...) gives the words (seq_output).  `for ((...))` keeps its three
 * parts as text too (arith_for_header), which the parser evaluates around
 * each round (lexer_arith_part: the $((...)) evaluator, and assignments).
 *
 * "&&" and "||" end a command as ';' does; the next one carries the
 * connector (lexer_connector), which the runner decides on.
 *
 * Everything sh can do that a reproducer rarely needs (globs, other
 * command substitutions, subshells, here documents, ${x:-y}) is refused
 * with the position of the offending character, before anything runs.  The one command
 * substitution fstests' btrfs tests make on a mount line,
 * $(_btrfs_no_v1_cache_opt), expands to what it prints on a filesystem
 * mkfs.btrfs 6.2 made: nothing (common/btrfs prints -onospace_cache only
 * without the free space tree, which mkfs.btrfs makes since
 * btrfs-progs 5.15).  $(_get_file_block_size MNT) and $(_get_block_size
 * MNT), which fstests cases take their block size from, expand to the
 * sectorsize of the last mkfs.btrfs the parser read (lexer_watch).  The
 * head of fstests cases older than common/preamble adds `basename $0`
 * and `pwd` (the parser's directory, SCRIPT_START_DIR before any cd), $0
 * and $$; `...` is $(...) (command_substitution), without backslashes.
 *
 * Every byte of a word remembers where it came from (sword.pos), so the
 * grammar can point into a word: the 'x' in  -c "pwrite 0 x"  has its own
 * line and column.  The variables are the parser's: an assignment on one
 * line changes what the next line expands to.
 */
#include "script-private.h"

#include <string.h>

struct lexer {
	const char *t;
	gsize len;
	gsize i;
	spos at;
	const char *filename;
	GHashTable *vars;
	/* the command being lexed */
	GError **error;
	GPtrArray *words;
	sword *cur;
	gsize src_start, src_end;
	guint stage; /* pipes seen in the command */
	const char *const *args; /* a function's positional parameters; NULL outside one */
	gsize expanded;          /* bytes the command's expansions produced */
	gsize *total;            /* ... and all expansions of the script, its functions' included */
	const guint64 *block_size; /* the filesystem's, for $(_get_file_block_size MNT); NULL: 4096 */
	char *const *cwd;          /* the parser's directory, for $(pwd); NULL or *NULL: SCRIPT_START_DIR */
	/* the && or || before the command lexed last, and the one after it */
	script_connector conn, next_conn;
	spos next_conn_at;
};

/* What the expansions of one command, and of the whole script, may
 * produce: a script that doubles a variable line by line, or passes
 * "$@ $@" down nested calls, would otherwise grow without bound (and each
 * byte of a word keeps its position, 8 bytes more). */
#define EXPANDED_MAX ((gsize) 1 << 20)
#define EXPANDED_TOTAL_MAX ((gsize) 4 << 20)
/* What a word made by an expansion costs besides its bytes (its sword,
 * GString and GArray: 160 bytes when this was written), a constant so that
 * the limits trip at the same place whatever the structs grow to. */
#define WORD_COST 160

static gboolean lex_fail (lexer *lx, spos at, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

/* Counts @n bytes of expansion at @at. */
static gboolean
expansion (lexer *lx, spos at, gsize n)
{
	lx->expanded += n;
	*lx->total += n;
	if (lx->expanded > EXPANDED_MAX)
		return lex_fail (lx, at, "the expansions of one command make more than 1 MiB");
	if (*lx->total > EXPANDED_TOTAL_MAX)
		return lex_fail (lx, at, "the expansions of the script make more than 4 MiB");
	return TRUE;
}

gboolean
script_error (GError **error, int code, const char *filename, spos at, const char *fmt, ...)
{
	va_list ap;
	g_autofree char *msg = NULL;

	va_start (ap, fmt);
	msg = g_strdup_vprintf (fmt, ap);
	va_end (ap);
	g_set_error (error, EXTSIM_ERROR, code, "%s:%u:%u: %s", filename, at.line, at.column, msg);
	return FALSE;
}

/* Sets the error of the command being lexed; returns FALSE. */
static gboolean
lex_fail (lexer *lx, spos at, const char *fmt, ...)
{
	va_list ap;
	g_autofree char *msg = NULL;

	va_start (ap, fmt);
	msg = g_strdup_vprintf (fmt, ap);
	va_end (ap);
	if (lx->error && !*lx->error)
		script_error (lx->error, EXTSIM_ERROR_INVAL, lx->filename, at, "%s", msg);
	return FALSE;
}

lexer *
lexer_new (const char *text, gsize len, const char *filename, GHashTable *vars, gsize *expanded)
{
	lexer *lx = g_new0 (lexer, 1);

	lx->total = expanded;
	lx->t = text;
	lx->len = len;
	lx->at = (spos) { 1, 1 };
	lx->filename = filename;
	lx->vars = vars;
	return lx;
}

lexer *
lexer_new_at (const char *text, gsize len, spos at, const char *filename, GHashTable *vars, gsize *expanded,
	      const char *const *args)
{
	lexer *lx = lexer_new (text, len, filename, vars, expanded);

	lx->at = at;
	lx->args = args;
	return lx;
}

void
lexer_watch (lexer *lx, const guint64 *block_size, char *const *cwd)
{
	lx->block_size = block_size;
	lx->cwd = cwd;
}

script_connector
lexer_connector (const lexer *lx, gboolean *followed)
{
	if (followed)
		*followed = lx->next_conn != SCRIPT_CONN_NONE;
	return lx->conn;
}

void
lexer_free (lexer *lx)
{
	g_free (lx);
}

void
sword_free (sword *w)
{
	if (!w)
		return;
	g_string_free (w->s, TRUE);
	g_array_unref (w->pos);
	sword_free (w->subst_file);
	g_free (w->subst_format);
	g_free (w);
}

void
sredir_free (sredir *r)
{
	if (!r)
		return;
	sword_free (r->target);
	g_free (r);
}

static sword *
sword_new (spos at)
{
	sword *w = g_new0 (sword, 1);

	w->s = g_string_new (NULL);
	w->pos = g_array_new (FALSE, FALSE, sizeof (spos));
	w->at = at;
	return w;
}

sword *
sword_slice (const sword *w, gsize start, gsize end)
{
	sword *n = sword_new (sword_pos (w, start));

	g_string_append_len (n->s, w->s->str + start, (gssize) (end - start));
	if (end > start) /* an empty word has no positions: no address to take */
		g_array_append_vals (n->pos, &g_array_index (w->pos, spos, start), (guint) (end - start));
	n->quoted = w->quoted;
	n->expanded = w->expanded;
	return n;
}

spos
sword_pos (const sword *w, gsize byte)
{
	if (byte < w->pos->len)
		return g_array_index (w->pos, spos, byte);
	if (w->pos->len)
		return g_array_index (w->pos, spos, w->pos->len - 1);
	return w->at;
}

static char
peek (const lexer *lx, gsize k)
{
	return lx->i + k < lx->len ? lx->t[lx->i + k] : '\0';
}

static gboolean
at_end (const lexer *lx)
{
	return lx->i >= lx->len;
}

static void
advance (lexer *lx)
{
	if (lx->t[lx->i] == '\n') {
		lx->at.line++;
		lx->at.column = 1;
	} else {
		lx->at.column++;
	}
	lx->i++;
}

/* The source of the command runs from its first token to its last. */
static void
mark_source (lexer *lx)
{
	if (lx->src_start == G_MAXSIZE)
		lx->src_start = lx->i;
}

static sword *
word (lexer *lx)
{
	if (!lx->cur)
		lx->cur = sword_new (lx->at);
	return lx->cur;
}

static void
put (sword *w, char c, spos at)
{
	g_string_append_c (w->s, c);
	g_array_append_val (w->pos, at);
}

sword *
sword_make (const char *s, spos at)
{
	sword *w = sword_new (at);

	for (const char *c = s; *c; c++)
		put (w, *c, at);
	return w;
}

static void
finish_word (lexer *lx)
{
	if (lx->cur)
		g_ptr_array_add (lx->words, lx->cur);
	lx->cur = NULL;
}

/* An unquoted word that is keyword k as written. */
static gboolean
is_keyword (const sword *w, const char *k)
{
	return !w->quoted && !w->expanded && !w->pipe && g_str_equal (w->s->str, k);
}

static gboolean
is_name_start (char c)
{
	return g_ascii_isalpha (c) || c == '_';
}

static gboolean
is_name_char (char c)
{
	return g_ascii_isalnum (c) || c == '_';
}

/* ---- $((EXPR)) ---- */

typedef struct {
	lexer *lx;
	const char *t; /* the expression */
	gsize i;
	spos at;       /* its '$', where every error points */
	gboolean failed;
	const char *part; /* of for ((...)): the part as written, which errors name */
} arith;

static gboolean
arith_fail (arith *a, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

static gboolean
arith_fail (arith *a, const char *fmt, ...)
{
	va_list ap;
	g_autofree char *msg = NULL;

	if (a->failed)
		return FALSE;
	va_start (ap, fmt);
	msg = g_strdup_vprintf (fmt, ap);
	va_end (ap);
	a->failed = TRUE;
	if (a->part)
		return lex_fail (a->lx, a->at, "for ((...)): '%s': %s", a->part, msg);
	return lex_fail (a->lx, a->at, "arithmetic $((%s)): %s", a->t, msg);
}

static void
arith_blanks (arith *a)
{
	while (a->t[a->i] == ' ' || a->t[a->i] == '\t' || a->t[a->i] == '\n')
		a->i++;
}

/* Does the expression continue with operator @op (and not a longer one)? */
static gboolean
arith_op (arith *a, const char *op)
{
	gsize n = strlen (op);

	arith_blanks (a);
	if (strncmp (a->t + a->i, op, n) != 0)
		return FALSE;
	/* '<' is not '<<', '*' not '**', '&' not '&&', '|' not '||' */
	if (n == 1 && a->t[a->i + 1] == op[0] && strchr ("<>*&|", op[0]))
		return FALSE;
	a->i += n;
	return TRUE;
}

/* A number as bash reads one: 0x hexadecimal, a leading 0 octal. */
static gboolean
arith_number (arith *a, const char *s, gint64 *out)
{
	guint64 v = 0, base = 10;
	const char *c = s;

	if (c[0] == '0' && (c[1] == 'x' || c[1] == 'X')) {
		base = 16;
		c += 2;
	} else if (c[0] == '0' && c[1]) {
		base = 8;
		c++;
	}
	if (!*c)
		return arith_fail (a, "'%s' is not a number", s);
	for (; *c; c++) {
		guint d = g_ascii_isdigit (*c) ? (guint) (*c - '0') : (guint) (g_ascii_tolower (*c) - 'a' + 10);

		if (!g_ascii_isxdigit (*c) || d >= base)
			return arith_fail (a, "'%s' is not a number", s);
		if (v > ((guint64) G_MAXINT64 - d) / base)
			return arith_fail (a, "%s does not fit in 64 bits", s);
		v = v * base + d;
	}
	*out = (gint64) v;
	return TRUE;
}

static gboolean arith_expr (arith *a, int level, gint64 *out);

/* The value of variable @name, a number (an unset one is an error). */
static gboolean
arith_name_value (arith *a, const char *name, gint64 *out)
{
	const char *value = g_hash_table_lookup (a->lx->vars, name);

	if (!value) /* bash takes an unset variable as 0; a reproducer means a size */
		return arith_fail (a, "undefined variable %s", name);
	while (*value == ' ' || *value == '\t')
		value++;
	if (*value == '-' || *value == '+') {
		gboolean neg = *value == '-';

		if (!arith_number (a, value + 1, out))
			return FALSE;
		*out = neg ? -*out : *out;
		return TRUE;
	}
	return arith_number (a, value, out);
}

/* A number, a variable ($NAME, ${NAME} or NAME), a parenthesised
 * expression, or a unary operator before one. */
static gboolean
arith_primary (arith *a, gint64 *out)
{
	char c;

	arith_blanks (a);
	c = a->t[a->i];
	if (c == '(') {
		a->i++;
		if (!arith_expr (a, 0, out))
			return FALSE;
		if (!arith_op (a, ")"))
			return arith_fail (a, "')' expected");
		return TRUE;
	}
	if (c == '-' || c == '+' || c == '~' || c == '!') {
		a->i++;
		if (!arith_primary (a, out))
			return FALSE;
		if (c == '-' && *out == G_MININT64)
			return arith_fail (a, "overflow");
		*out = c == '-' ? -*out : c == '~' ? ~*out : c == '!' ? !*out : *out;
		return TRUE;
	}
	if (g_ascii_isdigit (c) || c == '$' || is_name_start (c)) {
		gboolean braced = c == '$' && a->t[a->i + 1] == '{';
		gsize s, e;
		g_autofree char *tok = NULL;

		a->i += c == '$' ? 1 + braced : 0;
		s = e = a->i;
		while (is_name_char (a->t[e]))
			e++;
		if (braced && a->t[e] != '}')
			return arith_fail (a, "only ${NAME} is supported");
		a->i = e + braced;
		tok = g_strndup (a->t + s, e - s);
		if (g_ascii_isdigit (c))
			return arith_number (a, tok, out);
		if (!*tok || !is_name_start (tok[0]))
			return arith_fail (a, "a variable name is expected after '$'");
		return arith_name_value (a, tok, out);
	}
	if (!c)
		return arith_fail (a, "an operand is missing at the end");
	return arith_fail (a, "'%c' is not supported here", c);
}

/* *out = v OP r, for binary operator @op of arith_expr's. */
static gboolean
arith_apply (arith *a, const char *op, gint64 v, gint64 r, gint64 *out)
{
	/* the comparisons: 1 or 0 */
	if (g_str_equal (op, "==") || g_str_equal (op, "!=")) {
		*out = (v == r) == (op[0] == '=');
		return TRUE;
	}
	if (g_str_equal (op, "<=") || g_str_equal (op, ">=") || g_str_equal (op, "<") || g_str_equal (op, ">")) {
		*out = op[0] == '<' ? (op[1] ? v <= r : v < r) : (op[1] ? v >= r : v > r);
		return TRUE;
	}
	switch (op[0]) {
	case '|': *out = v | r; break;
	case '^': *out = v ^ r; break;
	case '&': *out = v & r; break;
	case '<': /* << and >> */
	case '>':
		if (r < 0 || r > 63)
			return arith_fail (a, "shift by %" G_GINT64_FORMAT, r);
		if (op[0] == '>')
			*out = v >> r;
		else if (v < 0 || v > (G_MAXINT64 >> r))
			return arith_fail (a, "overflow");
		else
			*out = v << r;
		break;
	case '+':
	case '-':
	case '*':
		if (op[0] == '+' ? __builtin_add_overflow (v, r, out)
		    : op[0] == '-' ? __builtin_sub_overflow (v, r, out)
				  : __builtin_mul_overflow (v, r, out))
			return arith_fail (a, "overflow");
		break;
	default: /* '/' '%' */
		if (r == 0)
			return arith_fail (a, "division by 0");
		if (v == G_MININT64 && r == -1)
			return arith_fail (a, "overflow");
		*out = op[0] == '/' ? v / r : v % r;
		break;
	}
	return TRUE;
}

/* Binary operators by level, as in C: | ^ & == != < <= > >= << >> + - * / %
 * (a comparison is 1 or 0).  && and || are not taken: bash does not
 * evaluate the side they skip, and this evaluator reads both. */
static gboolean
arith_expr (arith *a, int level, gint64 *out)
{
	static const char *const ops[][5] = {
		{ "|", NULL }, { "^", NULL }, { "&", NULL }, { "==", "!=", NULL }, { "<=", ">=", "<", ">", NULL },
		{ "<<", ">>", NULL }, { "+", "-", NULL }, { "*", "/", "%", NULL },
	};

	if (level == G_N_ELEMENTS (ops))
		return arith_primary (a, out);
	if (!arith_expr (a, level + 1, out))
		return FALSE;
	for (;;) {
		const char *op = NULL;
		gint64 r, v = *out;

		for (guint k = 0; k < G_N_ELEMENTS (ops[0]) && ops[level][k] && !op; k++) {
			if (arith_op (a, ops[level][k]))
				op = ops[level][k];
		}
		if (!op)
			return TRUE;
		if (!arith_expr (a, level + 1, &r) || !arith_apply (a, op, v, r, out))
			return FALSE;
	}
}

/* The rest of a's text, one expression and nothing after it. */
static gboolean
arith_whole (arith *a, gint64 *out)
{
	if (!arith_expr (a, 0, out))
		return FALSE;
	arith_blanks (a);
	if (a->t[a->i])
		return arith_fail (a, "'%s' is not supported here", a->t + a->i);
	return TRUE;
}

/* Evaluates @expr; the decimal result in *out (freed by the caller). */
static gboolean
arith_eval (lexer *lx, spos at, const char *expr, char **out)
{
	arith a = { lx, expr, 0, at, FALSE, NULL };
	gint64 v;

	if (!arith_whole (&a, &v))
		return FALSE;
	*out = g_strdup_printf ("%" G_GINT64_FORMAT, v);
	return TRUE;
}

gboolean
lexer_arith_part (lexer *lx, spos at, const char *text, gint64 *value, GError **error)
{
	static const char *const assign[] = { "<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "=" };
	g_autofree char *t = g_strstrip (g_strdup (text));
	arith a = { lx, t, 0, at, FALSE, t };
	const char *op = NULL;
	gsize n = 0, pre = 0;
	gint64 v = 0, r;

	lx->error = error;
	if (!*t) {
		*value = 1;
		return TRUE;
	}
	if (g_str_has_prefix (t, "++") || g_str_has_prefix (t, "--"))
		pre = 2;
	while (is_name_char (t[pre + n]) && is_name_start (t[pre]))
		n++;
	if (n) {
		g_autofree char *name = g_strndup (t + pre, n);
		const char *rest = t + pre + n;

		while (*rest == ' ' || *rest == '\t')
			rest++;
		if (pre && !*rest)
			op = t[0] == '+' ? "+=" : "-=";
		else if (!pre && (g_str_equal (rest, "++") || g_str_equal (rest, "--")))
			op = rest[0] == '+' ? "+=" : "-=";
		for (guint k = 0; !pre && !op && k < G_N_ELEMENTS (assign); k++) {
			if (g_str_has_prefix (rest, assign[k]) && rest[strlen (assign[k])] != '=') {
				op = assign[k];
				a.i = (gsize) (rest - t) + strlen (op);
			}
		}
		if (op) {
			g_autofree char *bin = g_strndup (op, strlen (op) - 1); /* "+=": "+" */
			gint64 old;

			r = 1;
			if (a.i && !arith_whole (&a, &r)) /* NAME OP= EXPR */
				return FALSE;
			if (!*bin)
				v = r;
			else if (!arith_name_value (&a, name, &old) || !arith_apply (&a, bin, old, r, &v))
				return FALSE;
			g_hash_table_insert (lx->vars, g_strdup (name), g_strdup_printf ("%" G_GINT64_FORMAT, v));
			*value = v;
			return TRUE;
		}
	}
	if (!arith_whole (&a, &v))
		return FALSE;
	*value = v;
	return TRUE;
}

/* At "$(": the end of the parenthesised text (the index of its closing
 * ')', counting nested ones), or 0 when it does not close. */
static gsize
paren_end (const lexer *lx, gsize open)
{
	guint depth = 0;

	for (gsize e = open; e < lx->len; e++) {
		if (lx->t[e] == '(')
			depth++;
		else if (lx->t[e] == ')' && --depth == 0)
			return e;
		else if (lx->t[e] == '\n' && lx->t[open + 1] != '(')
			break;
	}
	return 0;
}

/* A function's parameter $k ($0: the script's name), "" past the last. */
static const char *
parameter (const lexer *lx, guint k)
{
	return k == 0 ? lx->filename : k <= g_strv_length ((char **) lx->args) ? lx->args[k - 1] : "";
}

/* A word of seq's: a whole number, as seq takes it (no float, no format). */
static gboolean
seq_number (lexer *lx, const sword *w, gint64 *n)
{
	const char *s = w->s->str;

	if (!*s || strspn (s + (*s == '-' || *s == '+'), "0123456789") != strlen (s + (*s == '-' || *s == '+')) ||
	    !g_ascii_string_to_signed (s, 10, G_MININT64 / 2, G_MAXINT64 / 2, n, NULL))
		return lex_fail (lx, w->at, "seq: '%s' is not a whole number (within 2^62)", s);
	return TRUE;
}

/* The words and redirections of the one command in [text, text + len) (a
 * command substitution's), lexed on their own; FALSE on an error, or with
 * *one FALSE when more than one command follows. */
static gboolean
lex_inner (lexer *lx, const char *text, gsize len, spos at, GPtrArray *words, GPtrArray *redirs, gboolean *one)
{
	lexer *sub = lexer_new_at (text, len, at, lx->filename, lx->vars, lx->total, lx->args);
	g_autoptr (GString) source = g_string_new (NULL);
	gboolean ok;

	lexer_watch (sub, lx->block_size, lx->cwd);
	ok = lexer_next (sub, words, redirs, source, lx->error);
	*one = ok && at_end (sub);
	lexer_free (sub);
	return ok;
}

/*
 * $(seq [FIRST [INCREMENT]] LAST): the numbers, one a line, as coreutils'
 * seq prints them (nothing when LAST is before FIRST), the command's
 * trailing newline dropped as sh drops it.  The words are lexed as a
 * command of their own (variables and $((...)) expand in them); what they
 * expand to counts against the command's expansion budget as it grows.
 */
static gboolean
seq_output (lexer *lx, spos dollar, const char *text, gsize len, spos at, char **out)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GPtrArray) redirs = g_ptr_array_new_with_free_func ((GDestroyNotify) sredir_free);
	g_autoptr (GString) value = g_string_new (NULL);
	gint64 first = 1, step = 1, last = 0;
	gboolean one;

	if (!lex_inner (lx, text, len, at, words, redirs, &one))
		return FALSE;
	if (!one || redirs->len || words->len < 2 || words->len > 4)
		return lex_fail (lx, dollar, "$(seq ...) takes one command: seq [FIRST [INCREMENT]] LAST");
	for (guint i = 1; i < words->len; i++) {
		if (((sword *) words->pdata[i])->pipe)
			return lex_fail (lx, ((sword *) words->pdata[i])->at, "$(seq ...) takes one command, not a pipeline");
	}
	if (!seq_number (lx, words->pdata[words->len - 1], &last) ||
	    (words->len > 2 && !seq_number (lx, words->pdata[1], &first)) ||
	    (words->len == 4 && !seq_number (lx, words->pdata[2], &step)))
		return FALSE;
	if (step == 0)
		return lex_fail (lx, ((sword *) words->pdata[2])->at, "seq: an increment of 0 never ends");
	for (gint64 n = first; step > 0 ? n <= last : n >= last; n += step) {
		if (value->len)
			g_string_append_c (value, '\n');
		g_string_append_printf (value, "%" G_GINT64_FORMAT, n);
		if (value->len > EXPANDED_MAX)
			return lex_fail (lx, dollar, "$(seq ...) prints more than 1 MiB");
	}
	*out = g_string_free (g_steal_pointer (&value), FALSE);
	return TRUE;
}

/* cut -d ' ' -f 1 (the options in either order, each value joined or
 * not): what fstests' _md5_checksum pipes md5sum into. */
static gboolean
cut_first_field (GPtrArray *words, guint from)
{
	const char *d = NULL, *f = NULL;

	if (from >= words->len || !g_str_equal (((sword *) words->pdata[from])->s->str, "cut"))
		return FALSE;
	for (guint i = from + 1; i < words->len; i++) {
		const char *a = ((sword *) words->pdata[i])->s->str;
		const char **v = g_str_has_prefix (a, "-d") ? &d : g_str_has_prefix (a, "-f") ? &f : NULL;

		if (!v || *v)
			return FALSE;
		*v = a[2] ? a + 2 : i + 1 < words->len ? ((sword *) words->pdata[++i])->s->str : NULL;
	}
	return d && f && g_str_equal (d, " ") && g_str_equal (f, "1");
}

/* The file and format of stat -c FORMAT FILE, --format=FORMAT or
 * --format FORMAT (words[0] is stat); FALSE for any other form. */
static gboolean
stat_words (GPtrArray *words, guint n, const char **format, guint *file)
{
	const char *a = n > 1 ? ((sword *) words->pdata[1])->s->str : "";

	if (n == 3 && g_str_has_prefix (a, "-c") && a[2]) {
		*format = a + 2;
	} else if (n == 3 && g_str_has_prefix (a, "--format=")) {
		*format = a + strlen ("--format=");
	} else if (n == 4 && (g_str_equal (a, "-c") || g_str_equal (a, "--format"))) {
		*format = ((sword *) words->pdata[2])->s->str;
	} else {
		return FALSE;
	}
	*file = n - 1;
	return TRUE;
}

/*
 * A command substitution whose output is a file's at run time: md5sum
 * FILE, md5sum FILE | cut -d ' ' -f 1 and fstests' _md5_checksum FILE;
 * stat -c FORMAT FILE and fstests' _get_filesize FILE (stat -c %s);
 * fstests' _count_extents FILE and _count_holes FILE (common/rc: xfs_io -r
 * -c "fiemap" FILE | tail -n +2 | grep [-v] hole | wc -l).  The
 * word keeps the substitution's text and where it is (subst_*), and only
 * echo takes such a word (parse_command).  The words inside are lexed as a
 * command of their own, as $(seq ...)'s.
 */
static gboolean
runtime_substitution (lexer *lx, spos dollar, gboolean quoted, const char *text, gsize len, spos at)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GPtrArray) redirs = g_ptr_array_new_with_free_func ((GDestroyNotify) sredir_free);
	const char *name, *format = "%s", *bad;
	gboolean one;
	guint pipe = 0, file = 1;
	subst_kind kind;
	sword *w;

	if (!lex_inner (lx, text, len, at, words, redirs, &one))
		return FALSE;
	while (pipe < words->len && !((sword *) words->pdata[pipe])->pipe)
		pipe++;
	name = words->len ? ((sword *) words->pdata[0])->s->str : "";
	if (g_str_equal (name, "_count_extents") || g_str_equal (name, "_count_holes")) {
		kind = name[7] == 'e' ? SUBST_EXTENTS : SUBST_HOLES;
		if (!one || redirs->len || words->len != 2)
			return lex_fail (lx, dollar, "$(%s ...) takes one file: %s FILE", name, name);
	} else if (g_str_equal (name, "stat") || g_str_equal (name, "_get_filesize")) {
		kind = SUBST_STAT;
		if (!one || redirs->len || pipe < words->len ||
		    (g_str_equal (name, "stat") ? !stat_words (words, pipe, &format, &file) : pipe != 2))
			return lex_fail (lx, dollar, "$(stat ...) takes one file: stat -c FORMAT FILE or _get_filesize FILE");
		if ((bad = stat_format_unmodelled (format)))
			return lex_fail (lx, dollar, "stat's %%%c is not modelled by extsim", bad[1]);
	} else {
		gboolean helper = g_str_equal (name, "_md5_checksum");

		kind = helper || pipe < words->len ? SUBST_MD5_HASH : SUBST_MD5SUM;
		if (!one || redirs->len || pipe != 2 || (pipe < words->len && (helper || !cut_first_field (words, pipe + 1))) ||
		    ((sword *) words->pdata[1])->s->str[0] == '-')
			return lex_fail (lx, dollar, "$(md5sum ...) takes one file: md5sum FILE, md5sum FILE | cut -d ' ' -f 1 "
						     "or _md5_checksum FILE");
	}
	w = word (lx);
	if (w->subst)
		return lex_fail (lx, dollar, "only one $(...) or $? per word");
	w->subst = kind;
	w->subst_format = kind == SUBST_STAT ? g_strdup (format) : NULL;
	w->subst_file = g_ptr_array_steal_index (words, file);
	w->subst_quoted = quoted;
	w->subst_at = w->s->len;
	w->subst_len = len + 3;
	put (w, '$', dollar);
	put (w, '(', dollar);
	for (gsize i = 0; i < len; i++)
		put (w, text[i], dollar);
	put (w, ')', dollar);
	w->expanded = TRUE;
	return TRUE;
}

/* Puts an expansion's @value into the current word; outside double quotes
 * it is split on blanks, as sh splits an unquoted expansion. */
static gboolean
put_expansion (lexer *lx, spos dollar, gboolean quoted, const char *value)
{
	if (!expansion (lx, dollar, strlen (value)))
		return FALSE;
	for (const char *v = value; *v; v++) {
		if (!quoted && (*v == ' ' || *v == '\t' || *v == '\n')) {
			finish_word (lx);
			continue;
		}
		if (!lx->cur) /* a word that starts with the expansion starts at its '$' */
			lx->cur = sword_new (dollar);
		put (lx->cur, *v, dollar);
		lx->cur->expanded = TRUE;
	}
	if (quoted)
		word (lx)->expanded = TRUE;
	return TRUE;
}

/* basename NAME [SUFFIX] (coreutils 9.1): NAME's last component, its
 * trailing slashes dropped, then SUFFIX if NAME ends in it and is more. */
static gboolean
basename_output (lexer *lx, spos at, const char *text, gsize len, spos inner_at, char **out)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GPtrArray) redirs = g_ptr_array_new_with_free_func ((GDestroyNotify) sredir_free);
	const char *name, *suffix;
	gsize n, s;
	gboolean one;

	if (!lex_inner (lx, text, len, inner_at, words, redirs, &one))
		return FALSE;
	if (!one || redirs->len || words->len < 2 || words->len > 3 || ((sword *) words->pdata[1])->pipe ||
	    (words->len == 3 && ((sword *) words->pdata[2])->pipe) || ((sword *) words->pdata[1])->s->str[0] == '-')
		return lex_fail (lx, at, "basename takes a name and an optional suffix, no option: basename NAME [SUFFIX]");
	name = ((sword *) words->pdata[1])->s->str;
	suffix = words->len == 3 ? ((sword *) words->pdata[2])->s->str : "";
	n = strlen (name);
	while (n > 1 && name[n - 1] == '/')
		n--;
	s = n;
	while (s > 0 && name[s - 1] != '/')
		s--;
	if (n == 1 && name[0] == '/')
		s = 0;
	else if (strlen (suffix) < n - s && !memcmp (name + n - strlen (suffix), suffix, strlen (suffix)))
		n -= strlen (suffix);
	*out = g_strndup (name + s, n - s);
	return TRUE;
}

/*
 * $(CMD), or `CMD`: CMD starts @open bytes after the cursor (2 for "$(",
 * 1 for "`") and ends before the closing character at @e (0: none).  Only
 * what the dialect knows of CMD's output expands: *value is set to the
 * text to put into the word, or left NULL when the word took the
 * substitution already (known only when the script runs: md5sum, stat) or
 * CMD prints nothing.  The cursor ends past the closing character.
 */
static gboolean
command_substitution (lexer *lx, spos dollar, gboolean quoted, gsize open, gsize e, char **value)
{
	const char *form = open == 2 ? "$(...)" : "`...`";
	const char *text = lx->t + lx->i + open;
	gsize len = e ? e - lx->i - open : 0;
	g_autofree char *inner = e ? g_strstrip (g_strndup (text, len)) : NULL;
	g_auto (GStrv) argv = inner ? g_strsplit_set (inner, " \t", -1) : NULL;
	const char *cmd = argv && argv[0] && argv[0][0] ? argv[0] : "";
	spos inner_at = { dollar.line, dollar.column + (guint) open };
	guint argc = 0;
	gboolean ok;

	*value = NULL;
	for (guint i = 0; argv && argv[i]; i++)
		argc += argv[i][0] != 0;
	if (!e)
		return lex_fail (lx, dollar, "unterminated command substitution %s", form);
	if (g_str_equal (inner, "_btrfs_no_v1_cache_opt")) {
		ok = TRUE; /* it prints nothing on a filesystem with the free space tree */
	} else if (g_str_equal (cmd, "md5sum") || g_str_equal (cmd, "_md5_checksum") || g_str_equal (cmd, "stat") ||
		   g_str_equal (cmd, "_get_filesize") || g_str_equal (cmd, "_count_extents") ||
		   g_str_equal (cmd, "_count_holes")) {
		ok = runtime_substitution (lx, dollar, quoted, text, len, inner_at);
	} else if (g_str_equal (cmd, "seq")) {
		ok = seq_output (lx, dollar, text, len, inner_at, value);
	} else if (g_str_equal (cmd, "basename")) {
		ok = basename_output (lx, dollar, text, len, inner_at, value);
	} else if (g_str_equal (cmd, "pwd")) {
		/* the parser's directory; a script starts in fstests' (as
		 * ./check runs a case), outside the filesystem */
		if (argc != 1)
			return lex_fail (lx, dollar, "pwd takes no option or argument here");
		*value = g_strdup (lx->cwd && *lx->cwd ? *lx->cwd : SCRIPT_START_DIR);
		ok = TRUE;
	} else if (g_str_equal (cmd, "_get_file_block_size") || g_str_equal (cmd, "_get_block_size")) {
		/* common/rc: stat -f -c %S MNT, the f_frsize btrfs_statfs gives:
		 * the sectorsize of the filesystem (the parser's last mkfs) */
		if (argc != 2)
			return lex_fail (lx, dollar, "%s takes one argument, the mount point", cmd);
		*value = g_strdup_printf ("%" G_GUINT64_FORMAT, lx->block_size ? *lx->block_size : 4096);
		ok = TRUE;
	} else {
		return lex_fail (lx, dollar,
				 "command substitution %s is not supported (only $(seq ...), $(md5sum FILE) and "
				 "$(stat -c FORMAT FILE) in echo, $(basename NAME), $(pwd), fstests' "
				 "$(_btrfs_no_v1_cache_opt) and $(_get_file_block_size MNT))",
				 form);
	}
	if (!ok)
		return FALSE;
	while (lx->i <= e)
		advance (lx);
	return TRUE;
}

/* At '`': `CMD`, as $(CMD).  A backslash inside (sh's escapes of `...`) is
 * refused: $(...) says the same without them. */
static gboolean
backquoted (lexer *lx, gboolean quoted)
{
	spos at = lx->at;
	g_autofree char *value = NULL;
	gsize e = lx->i + 1;

	while (e < lx->len && lx->t[e] != '`' && lx->t[e] != '\\')
		e++;
	if (e < lx->len && lx->t[e] == '\\')
		return lex_fail (lx, at, "a backslash inside `...` is not supported: write $(...)");
	if (!command_substitution (lx, at, quoted, 1, e < lx->len ? e : 0, &value))
		return FALSE;
	return !value || put_expansion (lx, at, quoted, value);
}

/*
 * At '$': expands a variable into the current word.  Outside double quotes
 * the value is split on blanks, as sh splits an unquoted expansion.
 */
static gboolean
expand (lexer *lx, gboolean quoted)
{
	spos dollar = lx->at;
	g_autofree char *name = NULL;
	const char *value;
	char c = peek (lx, 1);

	if (c == '{') {
		gsize s = lx->i + 2, e = s;

		while (e < lx->len && is_name_char (lx->t[e]))
			e++;
		if (lx->args && e == s + 1 && g_ascii_isdigit (lx->t[s]) && e < lx->len && lx->t[e] == '}') {
			/* ${1}: a function's parameter */
			name = g_strdup (parameter (lx, (guint) (lx->t[s] - '0')));
			while (lx->i <= e)
				advance (lx);
			value = name;
			goto put_value;
		}
		if (e >= lx->len || lx->t[e] != '}' || e == s || !is_name_start (lx->t[s]))
			return lex_fail (lx, dollar, "parameter expansion ${...} other than ${NAME} is not supported");
		name = g_strndup (lx->t + s, e - s);
		while (lx->i <= e)
			advance (lx);
	} else if (is_name_start (c)) {
		gsize s = lx->i + 1, e = s;

		while (e < lx->len && is_name_char (lx->t[e]))
			e++;
		name = g_strndup (lx->t + s, e - s);
		while (lx->i < e)
			advance (lx);
	} else if (c == '(' && peek (lx, 2) == '(') {
		gsize e = paren_end (lx, lx->i + 1);
		g_autofree char *expr = NULL;

		/* $((EXPR)): the text between the parentheses, up to "))" */
		if (!e || e < lx->i + 3 || lx->t[e - 1] != ')')
			return lex_fail (lx, dollar, "unterminated arithmetic expansion $((");
		expr = g_strndup (lx->t + lx->i + 3, e - 1 - (lx->i + 3));
		if (!arith_eval (lx, dollar, expr, &name))
			return FALSE;
		while (lx->i <= e)
			advance (lx);
		value = name;
		goto put_value;
	} else if (c == '(') {
		gsize e = paren_end (lx, lx->i + 1);

		if (!command_substitution (lx, dollar, quoted, 2, e, &name))
			return FALSE;
		if (!name)
			return TRUE;
		value = name;
		goto put_value;
	} else if (lx->args && (g_ascii_isdigit (c) || c == '#' || c == '@' || c == '*')) {
		/* a function's parameters: "$@" is one word per parameter */
		guint n = g_strv_length ((char **) lx->args);

		advance (lx);
		advance (lx);
		if (c == '#') {
			name = g_strdup_printf ("%u", n);
		} else if (g_ascii_isdigit (c)) {
			name = g_strdup (parameter (lx, (guint) (c - '0')));
		} else {
			gsize bytes = 0;

			/* each parameter may become a word: count what one costs */
			for (guint i = 0; i < n; i++)
				bytes += strlen (lx->args[i]) + WORD_COST;
			if (!expansion (lx, dollar, bytes))
				return FALSE;
			for (guint i = 0; i < n; i++) {
				if (i && quoted && c == '@') {
					word (lx)->expanded = TRUE;
					finish_word (lx);
				}
				for (const char *v = lx->args[i]; *v; v++) {
					if (!quoted && (*v == ' ' || *v == '\t' || *v == '\n')) {
						finish_word (lx);
						continue;
					}
					put (word (lx), *v, dollar);
					lx->cur->expanded = TRUE;
				}
				if (i + 1 < n && quoted && c == '*')
					put (word (lx), ' ', dollar); /* "$*": one word */
				else if (i + 1 < n && !quoted)
					finish_word (lx);
			}
			return TRUE;
		}
		value = name;
		goto put_value;
	} else if (c == '?') {
		/* $?: known when the script runs, as $(md5sum FILE) is: the
		 * word keeps it, and only echo takes such a word */
		sword *w = word (lx);

		if (w->subst)
			return lex_fail (lx, dollar, "only one $(...) or $? per word");
		w->subst = SUBST_STATUS;
		w->subst_quoted = quoted;
		w->subst_at = w->s->len;
		w->subst_len = 2;
		put (w, '$', dollar);
		put (w, '?', dollar);
		w->expanded = TRUE;
		advance (lx);
		advance (lx);
		return TRUE;
	} else if (c == '0' || c == '$') {
		/* $0 outside a function: the script's name, as in a function;
		 * $$: a fixed process number, so a run is the same each time */
		advance (lx);
		advance (lx);
		value = c == '0' ? lx->filename : SCRIPT_PID;
		goto put_value;
	} else if (g_ascii_isdigit (c) || (c && strchr ("@*#!-", c))) {
		return lex_fail (lx, dollar, "special parameter $%c is not supported%s", c,
				 g_ascii_isdigit (c) || strchr ("@*#", c) ? " outside a function" : "");
	} else {
		/* a lone '$' is literal, as in sh */
		put (word (lx), '$', dollar);
		advance (lx);
		return TRUE;
	}
	value = g_hash_table_lookup (lx->vars, name);
	if (!value)
		return lex_fail (lx, dollar, "undefined variable $%s (set it with %s=VALUE or extsim run --var %s=VALUE)",
				 name, name, name);
put_value:
	return put_expansion (lx, dollar, quoted, value);
}

static gboolean
single_quoted (lexer *lx)
{
	spos open = lx->at;
	sword *w = word (lx);

	w->quoted = TRUE;
	advance (lx);
	while (!at_end (lx) && peek (lx, 0) != '\'') {
		put (w, peek (lx, 0), lx->at);
		advance (lx);
	}
	if (at_end (lx))
		return lex_fail (lx, open, "unterminated single quote");
	mark_source (lx);
	advance (lx);
	return TRUE;
}

static gboolean
double_quoted (lexer *lx)
{
	spos open = lx->at;

	word (lx)->quoted = TRUE;
	advance (lx);
	while (!at_end (lx) && peek (lx, 0) != '"') {
		char c = peek (lx, 0);

		if (c == '\\' && peek (lx, 1) && strchr ("$`\"\\\n", peek (lx, 1))) {
			advance (lx);
			if (peek (lx, 0) != '\n')
				put (word (lx), peek (lx, 0), lx->at);
			advance (lx);
		} else if (c == '$') {
			if (!expand (lx, TRUE))
				return FALSE;
		} else if (c == '`') {
			if (!backquoted (lx, TRUE))
				return FALSE;
		} else {
			put (word (lx), c, lx->at);
			advance (lx);
		}
	}
	if (at_end (lx))
		return lex_fail (lx, open, "unterminated double quote");
	mark_source (lx);
	advance (lx);
	return TRUE;
}

static void
skip_blanks (lexer *lx)
{
	while (peek (lx, 0) == ' ' || peek (lx, 0) == '\t' || (peek (lx, 0) == '\\' && peek (lx, 1) == '\n')) {
		if (peek (lx, 0) == '\\')
			advance (lx);
		advance (lx);
	}
}

static gboolean lex_word (lexer *lx);

/*
 * At '>' or '<' (or "&>"), the current word being an fd number if it is
 * one: reads the operator and its target.
 */
static gboolean
redirection (lexer *lx, GPtrArray *redirs)
{
	sredir *r = g_new0 (sredir, 1);
	gboolean out = peek (lx, 0) == '>' || peek (lx, 0) == '&';

	r->at = lx->cur ? lx->cur->at : lx->at;
	r->stage = lx->stage;
	r->fd = out ? 1 : 0;
	r->kind = out ? REDIR_OUT : REDIR_IN;
	if (peek (lx, 0) == '&') {
		r->kind = REDIR_BOTH;
		advance (lx);
	} else if (lx->cur) {
		/* "2>": a word of digits right before the operator names the fd */
		r->fd = atoi (lx->cur->s->str);
		sword_free (lx->cur);
		lx->cur = NULL;
	}
	g_ptr_array_add (redirs, r);
	mark_source (lx);
	advance (lx);
	if (!out && peek (lx, 0) == '<')
		return lex_fail (lx, r->at, "here documents (<<) are not supported");
	if (peek (lx, 0) == '&' && r->kind != REDIR_BOTH) {
		mark_source (lx);
		advance (lx);
		if (!out)
			return lex_fail (lx, r->at, "input duplication (<&) is not supported");
		if (g_ascii_isdigit (peek (lx, 0)) && !g_ascii_isdigit (peek (lx, 1))) {
			r->kind = REDIR_DUP;
			r->dup_fd = peek (lx, 0) - '0';
			mark_source (lx);
			advance (lx);
			return TRUE;
		}
		if (peek (lx, 0) == '-')
			return lex_fail (lx, r->at, "closing a file descriptor (>&-) is not supported");
		r->kind = REDIR_BOTH; /* >&FILE is &>FILE */
	} else if (out && (peek (lx, 0) == '>' || peek (lx, 0) == '|')) {
		mark_source (lx);
		advance (lx); /* >> appends and >| clobbers: the same to /dev/null */
	}
	skip_blanks (lx);
	if (at_end (lx) || strchr ("\n;|&<>()", peek (lx, 0)))
		return lex_fail (lx, r->at, "redirection without a target");
	if (!lex_word (lx))
		return FALSE;
	if (!lx->cur) /* an expansion that came out empty */
		return lex_fail (lx, r->at, "redirection target is empty");
	r->target = lx->cur;
	lx->cur = NULL;
	return TRUE;
}

/* Characters sh gives a meaning this dialect does not model. */
static gboolean
refuse_special (lexer *lx, char c)
{
	switch (c) {
	case '|':
		return lex_fail (lx, lx->at, peek (lx, 1) == '|' ? "'||' lists are not supported"
								  : "'|&' is not supported: write 2>&1 |");
	case '&':
		return lex_fail (lx, lx->at, peek (lx, 1) == '&' ? "'&&' lists are not supported"
								  : "background jobs (&) are not supported");
	case '(':
	case ')':
		return lex_fail (lx, lx->at, "subshells and functions ( ) are not supported");
	case '*':
	case '?':
	case '[':
		return lex_fail (lx, lx->at, "glob patterns (%c) are not supported: name each file", c);
	case '{':
	case '}':
		return lex_fail (lx, lx->at, "braces (%c) are not supported", c);
	default:
		return lex_fail (lx, lx->at, "a NUL byte is not allowed in a script");
	}
}

/* At the "((" after `for`: the text up to the "))" that closes it is the
 * loop's three parts (kw->cond), read again by the parser; the body comes
 * after the command's end (lexer_next). */
static gboolean
arith_for_header (lexer *lx, sword *kw)
{
	guint depth = 0;

	for (gsize e = lx->i + 2; e < lx->len; e++) {
		if (lx->t[e] == '\n')
			break;
		if (lx->t[e] == '(') {
			depth++;
		} else if (lx->t[e] == ')' && depth) {
			depth--;
		} else if (lx->t[e] == ')') {
			if (e + 1 >= lx->len || lx->t[e + 1] != ')')
				break;
			kw->cond = lx->t + lx->i + 2;
			kw->cond_len = e - lx->i - 2;
			kw->arithfor = TRUE;
			while (lx->i < e + 2)
				advance (lx);
			lx->src_end = lx->i;
			return TRUE;
		}
	}
	return lex_fail (lx, lx->at, "for ((: no '))' closes it on its line");
}

/* Skips a quoted string or a comment at lx->i inside a function body. */
static gboolean
skip_quoted (lexer *lx)
{
	char q = peek (lx, 0);
	spos open = lx->at;

	advance (lx);
	while (!at_end (lx) && peek (lx, 0) != q) {
		if (q == '"' && peek (lx, 0) == '\\' && peek (lx, 1))
			advance (lx);
		advance (lx);
	}
	if (at_end (lx))
		return lex_fail (lx, open, q == '"' ? "unterminated double quote" : "unterminated single quote");
	advance (lx);
	return TRUE;
}

/* In a body kept as text (function_definition, loop_body): steps over
 * the quoted string, escaped character or comment at lx->i, if any (*ok
 * FALSE for an unterminated quote); FALSE when there is none. */
static gboolean
skip_inert (lexer *lx, gboolean *ok)
{
	char c = peek (lx, 0);

	*ok = TRUE;
	if (c == '\'' || c == '"') {
		*ok = skip_quoted (lx);
	} else if (c == '\\' && peek (lx, 1)) {
		advance (lx);
		advance (lx);
	} else if (c == '#' && (lx->i == 0 || strchr (" \t\n;", lx->t[lx->i - 1]))) {
		while (!at_end (lx) && peek (lx, 0) != '\n')
			advance (lx);
	} else {
		return FALSE;
	}
	return TRUE;
}

/*
 * At "()" after the name in lx->cur: NAME () { BODY }.  The body is kept
 * as text (the parser lexes it at each call, with the call's parameters);
 * it ends at the '}' that closes the '{', braces in quotes and comments
 * not counted.
 */
static gboolean
function_definition (lexer *lx)
{
	spos at = lx->cur->at;
	guint depth = 0;
	gsize start = 0;

	advance (lx);
	advance (lx);
	while (peek (lx, 0) == ' ' || peek (lx, 0) == '\t' || peek (lx, 0) == '\n')
		advance (lx);
	if (peek (lx, 0) != '{')
		return lex_fail (lx, lx->at, "a function's body must be a { ... } group");
	while (!at_end (lx)) {
		char c = peek (lx, 0);
		gboolean ok;

		if (skip_inert (lx, &ok)) {
			if (!ok)
				return FALSE;
			continue;
		}
		if (c == '{' && depth++ == 0) {
			advance (lx);
			start = lx->i;
			lx->cur->body_at = lx->at;
			continue;
		} else if (c == '}' && --depth == 0) {
			lx->cur->funcdef = TRUE;
			lx->cur->body = lx->t + start;
			lx->cur->body_len = lx->i - start;
			mark_source (lx);
			advance (lx);
			return TRUE;
		}
		advance (lx);
	}
	return lex_fail (lx, at, "the body of function '%s' has no closing '}'", lx->cur->s->str);
}

/* Lexes one word (into lx->cur) up to a blank or an operator. */
static gboolean
lex_word (lexer *lx)
{
	while (!at_end (lx)) {
		char c = peek (lx, 0);

		if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '>' || c == '<' ||
		    (c == '&' && peek (lx, 1) == '>') || (c == '|' && peek (lx, 1) != '|' && peek (lx, 1) != '&'))
			return TRUE;
		if (c == '\\' && peek (lx, 1) == '\n') {
			advance (lx);
			advance (lx);
			continue;
		}
		mark_source (lx);
		if (c == '\\') {
			advance (lx);
			if (at_end (lx))
				return lex_fail (lx, lx->at, "a backslash ends the script");
			mark_source (lx);
			put (word (lx), peek (lx, 0), lx->at);
			word (lx)->quoted = TRUE;
			advance (lx);
		} else if (c == '\'') {
			if (!single_quoted (lx))
				return FALSE;
		} else if (c == '"') {
			if (!double_quoted (lx))
				return FALSE;
		} else if (c == '$') {
			if (!expand (lx, FALSE))
				return FALSE;
		} else if (c == '~' && !lx->cur) {
			return lex_fail (lx, lx->at, "tilde expansion (~) is not supported");
		} else if (c == '(' && peek (lx, 1) == ')' && !lx->cur && lx->words->len == 1 &&
			   !((sword *) lx->words->pdata[0])->quoted && !((sword *) lx->words->pdata[0])->expanded) {
			/* "NAME ()": the name was a word already */
			lx->cur = g_ptr_array_steal_index (lx->words, 0);
			continue;
		} else if (c == '(' && peek (lx, 1) == ')' && lx->cur && !lx->words->len && !lx->cur->quoted &&
			   !lx->cur->expanded && is_name_start (lx->cur->s->str[0]) &&
			   strspn (lx->cur->s->str, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
				   lx->cur->s->len) {
			return function_definition (lx);
		} else if (c == '(' && peek (lx, 1) == '(' && !lx->cur && lx->words->len == 1 &&
			   is_keyword (lx->words->pdata[0], "for")) {
			return arith_for_header (lx, lx->words->pdata[0]);
		} else if (c == '[' && !lx->cur && strchr (" \t\n;", peek (lx, 1))) {
			put (word (lx), c, lx->at); /* test's "[" */
			advance (lx);
		} else if (c == '`') {
			if (!backquoted (lx, FALSE))
				return FALSE;
		} else if (c == '\0' || strchr ("|&()*?[{}", c)) {
			return refuse_special (lx, c);
		} else {
			put (word (lx), c, lx->at);
			advance (lx);
		}
	}
	return TRUE;
}

static gboolean
digits_only (const sword *w)
{
	if (!w || w->quoted || w->expanded || !w->s->len || w->s->len > 1)
		return FALSE;
	return g_ascii_isdigit (w->s->str[0]);
}

static void
source_text (const lexer *lx, GString *text)
{
	g_string_truncate (text, 0);
	if (lx->src_start == G_MAXSIZE)
		return;
	for (gsize i = lx->src_start; i < lx->src_end; i++) {
		if (lx->t[i] == '\\' && i + 1 < lx->src_end && lx->t[i + 1] == '\n')
			i++;
		else
			g_string_append_c (text, lx->t[i]);
	}
}

/* Skips blanks, newlines and comments. */
static void
skip_space (lexer *lx)
{
	while (!at_end (lx)) {
		char c = peek (lx, 0);

		if (c == '#') {
			while (!at_end (lx) && peek (lx, 0) != '\n')
				advance (lx);
		} else if (c == ' ' || c == '\t' || c == '\n' || (c == '\\' && peek (lx, 1) == '\n')) {
			advance (lx);
		} else {
			return;
		}
	}
}

/* Whether the text at lx->i is the word kw (a blank, ';', a newline or
 * the end after it). */
static gboolean
at_keyword (const lexer *lx, const char *kw)
{
	gsize n = strlen (kw);

	return lx->i + n <= lx->len && strncmp (lx->t + lx->i, kw, n) == 0 &&
	       (lx->i + n == lx->len || strchr (" \t\n;", lx->t[lx->i + n]));
}

/*
 * After the words of "for NAME in WORD ...": the body, "do ... done".  As a
 * function's, it is kept as text (the parser lexes it once a value, with
 * NAME set).  It ends at the `done` that closes its `do`: the two count
 * where a command starts (after a newline, ';', '|', '&', or `do`, `then`,
 * `else` and the like), quotes and comments skipped.  What follows `done`
 * must end the command: a loop's output is not redirected or piped.
 */
static gboolean
loop_body (lexer *lx, sword *kw)
{
	guint depth = 1;
	gboolean start = TRUE;

	skip_space (lx);
	if (!at_keyword (lx, "do"))
		return lex_fail (lx, lx->at, "'do' expected after the %s of '%s'",
				 g_str_equal (kw->s->str, "for") ? "words" : "condition", kw->s->str);
	advance (lx);
	advance (lx);
	kw->body = lx->t + lx->i;
	kw->body_at = lx->at;
	while (!at_end (lx)) {
		char c = peek (lx, 0);
		gsize w0 = lx->i;
		gboolean ok;

		if (skip_inert (lx, &ok)) {
			if (!ok)
				return FALSE;
			start = start && c == '#'; /* a comment runs to a newline, which starts a command */
			continue;
		}
		if (c == '\n' || c == ';' || c == '|' || c == '&') {
			start = TRUE;
			advance (lx);
			continue;
		}
		if (c == ' ' || c == '\t') {
			advance (lx);
			continue;
		}
		if (start && at_keyword (lx, "done") && --depth == 0) {
			kw->body_len = w0 - (gsize) (kw->body - lx->t);
			for (guint i = 0; i < 4; i++)
				advance (lx);
			while (peek (lx, 0) == ' ' || peek (lx, 0) == '\t')
				advance (lx);
			lx->src_end = lx->i;
			if (!at_end (lx) && !strchr ("\n;#", peek (lx, 0)))
				return lex_fail (lx, lx->at,
						 "redirecting or piping the output of a loop, or && or || after it, is not supported");
			if (!at_end (lx) && peek (lx, 0) != '#')
				advance (lx);
			return TRUE;
		}
		if (start && at_keyword (lx, "do"))
			depth++;
		start = start && (at_keyword (lx, "do") || at_keyword (lx, "then") || at_keyword (lx, "else") ||
				  at_keyword (lx, "elif") || at_keyword (lx, "if") || at_keyword (lx, "while") ||
				  at_keyword (lx, "until") || at_keyword (lx, "!"));
		/* the rest of the word (at least its first byte: a NUL is one) */
		do
			advance (lx);
		while (!at_end (lx) && peek (lx, 0) && !strchr (" \t\n;|&'\"", peek (lx, 0)));
	}
	return lex_fail (lx, kw->at, "'%s' without its 'done'", kw->s->str);
}

gboolean
lexer_next (lexer *lx, GPtrArray *words, GPtrArray *redirs, GString *text, GError **error)
{
	gboolean ok = TRUE;

	g_ptr_array_set_size (words, 0);
	g_ptr_array_set_size (redirs, 0);
	lx->conn = lx->next_conn;
	lx->next_conn = SCRIPT_CONN_NONE;
	lx->words = words;
	lx->error = error;
	lx->cur = NULL;
	lx->src_start = G_MAXSIZE;
	lx->stage = 0;
	lx->expanded = 0;
	while (ok && !at_end (lx)) {
		char c = peek (lx, 0);

		if (c == '|' && peek (lx, 1) != '|' && peek (lx, 1) != '&') {
			sword *bar;

			finish_word (lx);
			if (!words->len || ((sword *) words->pdata[words->len - 1])->pipe) {
				ok = lex_fail (lx, lx->at, "syntax error near '|'");
				break;
			}
			bar = sword_new (lx->at);
			bar->pipe = TRUE;
			put (bar, '|', lx->at);
			g_ptr_array_add (words, bar);
			lx->stage++;
			mark_source (lx);
			advance (lx);
			/* sh reads the next command of the pipeline on the next line */
			while (peek (lx, 0) == ' ' || peek (lx, 0) == '\t' || peek (lx, 0) == '\n' ||
			       (peek (lx, 0) == '\\' && peek (lx, 1) == '\n'))
				advance (lx);
			lx->src_end = lx->i;
		} else if ((c == '&' && peek (lx, 1) == '&') || (c == '|' && peek (lx, 1) == '|')) {
			/* CMD && CMD, CMD || CMD: the next command runs or not
			 * by this one's exit status (the runner decides) */
			finish_word (lx);
			if ((!words->len && !redirs->len) || (words->len && ((sword *) words->pdata[words->len - 1])->pipe)) {
				ok = lex_fail (lx, lx->at, "syntax error near '%c%c'", c, c);
				break;
			}
			lx->next_conn = c == '&' ? SCRIPT_CONN_AND : SCRIPT_CONN_OR;
			lx->next_conn_at = lx->at;
			advance (lx);
			advance (lx);
			/* sh reads the next command on the next line */
			while (peek (lx, 0) == ' ' || peek (lx, 0) == '\t' || peek (lx, 0) == '\n' ||
			       (peek (lx, 0) == '\\' && peek (lx, 1) == '\n'))
				advance (lx);
			if (at_end (lx))
				ok = lex_fail (lx, lx->next_conn_at, "'%c%c' with no command after it", c, c);
			break;
		} else if (c == ' ' || c == '\t') {
			advance (lx);
		} else if (c == '\\' && peek (lx, 1) == '\n') {
			advance (lx);
			advance (lx);
		} else if (c == '\n' || c == ';') {
			if (c == ';' && !words->len && !redirs->len)
				ok = lex_fail (lx, lx->at, "syntax error near ';'");
			advance (lx);
			if (words->len || redirs->len)
				break;
		} else if (c == '#' && peek (lx, 1) == '@' && !words->len && !redirs->len && !lx->cur) {
			/* "#@thread NAME", "#@commit": a directive of extsim's, a
			 * comment to a shell */
			ok = lex_word (lx);
			lx->src_end = lx->i;
			finish_word (lx);
		} else if (c == '#') {
			while (!at_end (lx) && peek (lx, 0) != '\n')
				advance (lx);
		} else if (c == '>' || c == '<' || (c == '&' && peek (lx, 1) == '>')) {
			ok = redirection (lx, redirs);
			lx->src_end = lx->i;
		} else {
			ok = lex_word (lx);
			lx->src_end = lx->i;
			/* "2>" glued: the digit word is the fd of what follows */
			if (ok && !(digits_only (lx->cur) && (peek (lx, 0) == '>' || peek (lx, 0) == '<')))
				finish_word (lx);
		}
	}
	if (ok)
		finish_word (lx);
	if (ok && words->len && ((sword *) words->pdata[words->len - 1])->pipe)
		ok = lex_fail (lx, ((sword *) words->pdata[words->len - 1])->at, "a pipe (|) with no command after it");
	if (ok && words->len && is_keyword (words->pdata[0], "for")) {
		sword *kw = words->pdata[0];

		if (redirs->len || kw->s->len != 3)
			ok = lex_fail (lx, redirs->len ? ((sredir *) redirs->pdata[0])->at : kw->at,
				       "a redirection in the words of 'for'");
		else if (kw->arithfor && words->len > 1)
			ok = lex_fail (lx, ((sword *) words->pdata[1])->at, "for ((...)): ';' or a newline expected before 'do'");
		else
			ok = loop_body (lx, kw);
		kw->forloop = ok && !kw->arithfor;
	} else if (ok && words->len &&
		   (is_keyword (words->pdata[0], "while") || is_keyword (words->pdata[0], "until"))) {
		sword *kw = words->pdata[0];

		if (redirs->len)
			ok = lex_fail (lx, ((sredir *) redirs->pdata[0])->at, "a redirection in the condition of '%s'",
				       kw->s->str);
		else if (lx->conn || lx->next_conn)
			ok = lex_fail (lx, kw->at, "&& or || in or before the condition of '%s' is not supported",
				       kw->s->str);
		else {
			/* the condition as written after the keyword, read again
			 * before each round */
			kw->cond = lx->t + lx->src_start + kw->s->len;
			kw->cond_len = lx->src_end - lx->src_start - kw->s->len;
			ok = loop_body (lx, kw);
			kw->whileloop = ok;
		}
	}
	sword_free (lx->cur);
	lx->cur = NULL;
	source_text (lx, text);
	lx->words = NULL;
	lx->error = NULL;
	return ok && (words->len || redirs->len);
}
