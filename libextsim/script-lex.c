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
 *   - N>FILE, N>>FILE, N<FILE, N>&M and &>FILE become redirections.
 *
 * Everything sh can do that a reproducer rarely needs (pipes, &&, globs,
 * command substitution, here documents, ${x:-y}) is refused with the
 * position of the offending character, before anything runs.
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
};

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
lex_fail (lexer *lx, spos at, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

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
lexer_new (const char *text, gsize len, const char *filename, GHashTable *vars)
{
	lexer *lx = g_new0 (lexer, 1);

	lx->t = text;
	lx->len = len;
	lx->at = (spos) { 1, 1 };
	lx->filename = filename;
	lx->vars = vars;
	return lx;
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

static void
finish_word (lexer *lx)
{
	if (lx->cur)
		g_ptr_array_add (lx->words, lx->cur);
	lx->cur = NULL;
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
	} else if (c == '(') {
		return lex_fail (lx, dollar, "command substitution $(...) is not supported");
	} else if (g_ascii_isdigit (c) || (c && strchr ("@*#?$!-", c))) {
		return lex_fail (lx, dollar, "special parameter $%c is not supported", c);
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
			return lex_fail (lx, lx->at, "command substitution `...` is not supported");
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
								  : "pipes (|) are not supported");
	case '&':
		return lex_fail (lx, lx->at, peek (lx, 1) == '&' ? "'&&' lists are not supported"
								  : "background jobs (&) are not supported");
	case '(':
	case ')':
		return lex_fail (lx, lx->at, "subshells and functions ( ) are not supported");
	case '`':
		return lex_fail (lx, lx->at, "command substitution `...` is not supported");
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

/* Lexes one word (into lx->cur) up to a blank or an operator. */
static gboolean
lex_word (lexer *lx)
{
	while (!at_end (lx)) {
		char c = peek (lx, 0);

		if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '>' || c == '<' ||
		    (c == '&' && peek (lx, 1) == '>'))
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
		} else if (c == '\0' || strchr ("|&()`*?[{}", c)) {
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

gboolean
lexer_next (lexer *lx, GPtrArray *words, GPtrArray *redirs, GString *text, GError **error)
{
	gboolean ok = TRUE;

	g_ptr_array_set_size (words, 0);
	g_ptr_array_set_size (redirs, 0);
	lx->words = words;
	lx->error = error;
	lx->cur = NULL;
	lx->src_start = G_MAXSIZE;
	while (ok && !at_end (lx)) {
		char c = peek (lx, 0);

		if (c == ' ' || c == '\t') {
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
	sword_free (lx->cur);
	lx->cur = NULL;
	source_text (lx, text);
	lx->words = NULL;
	lx->error = NULL;
	return ok && (words->len || redirs->len);
}
