/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the coreutils and util-linux commands of the dialect
 *
 * Reproducers pasted from a mailing list often write data without xfs_io.
 * Each command here becomes the operations xfs_io's equivalent would make,
 * one per file, so the model sees the same calls:
 *
 *   truncate [-c] -s SIZE FILE...      -> TRUNCATE per FILE (ftruncate); SIZE may be
 *                                         relative (+ - < > / %), resolved when it runs
 *   fallocate [-n] [-o OFF] -l LEN F   -> FALLOC   (mode 0 or KEEP_SIZE)
 *   fallocate -p [-n] -o OFF -l LEN F  -> FPUNCH   (PUNCH_HOLE|KEEP_SIZE)
 *   fallocate -z [-n] -o OFF -l LEN F  -> FZERO    (ZERO_RANGE [|KEEP_SIZE])
 *
 * The operations carry their tool (script_op.tool): unlike xfs_io's they
 * open their file themselves (creating it when the tool would), print the
 * tool's own messages and close the file again (script-run-tools.c).
 *
 * Numbers follow each tool: truncate's xstrtoimax (decimal only; K M G T P
 * E, k g m t, with "B" for powers of 1000 and "iB" for powers of 1024),
 * fallocate's parse_size (strtoumax base 0, so 010 is 8 and 0x10 is 16;
 * K M G T P E Z Y either case, "B" 1000, "iB" 1024).  A bad number is an
 * error of the script with the tool's own words; a real option the model
 * does not follow is refused by name.
 */
#include "script-private.h"

#include <errno.h>
#include <string.h>

/* ---- numbers -------------------------------------------------------------- */

/* v * base^power, FALSE on overflow past G_MAXINT64 */
static gboolean
scale (guint64 v, guint64 base, guint power, guint64 *out)
{
	for (guint i = 0; i < power; i++) {
		if (v > (guint64) G_MAXINT64 / base)
			return FALSE;
		v *= base;
	}
	*out = v;
	return TRUE;
}

/*
 * After the digits: "" (bytes), or one letter of @letters (its power is its
 * position + 1, as "KMGTPE") and then nothing (1024), "iB" (1024) or "B"
 * (1000); @decimal_d also takes "D" for 1000 (coreutils).
 */
static int
suffix (const char *s, const char *letters, gboolean ib_any_case, guint64 *base, guint *power)
{
	const char *at;

	*base = 1024;
	*power = 0;
	if (!*s)
		return 0;
	at = strchr (letters, *s);
	if (!at)
		return -1;
	*power = (guint) (strchr ("KMGTPEZYQR", g_ascii_toupper (*s)) - "KMGTPEZYQR") + 1;
	if (!s[1])
		return 0;
	if (s[1] == 'i' && (s[2] == 'B' || (ib_any_case && s[2] == 'b')) && !s[3])
		return 0;
	if ((s[1] == 'B' || (ib_any_case && s[1] == 'b') || (!ib_any_case && s[1] == 'D')) && !s[2]) {
		*base = 1000;
		return 0;
	}
	return -1;
}

/* coreutils' xdectoimax (.., "EgGkKmMPQRtTYZ0"), as truncate -s reads
 * its number (after the relative prefix): 0, or EINVAL, or ERANGE */
int
parse_coreutils_size (const char *s, gint64 *out)
{
	gboolean neg;
	guint64 v = 0, base, scaled;
	guint power;

	while (g_ascii_isspace (*s))
		s++;
	neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	if (!g_ascii_isdigit (*s))
		return EINVAL;
	for (; g_ascii_isdigit (*s); s++) {
		if (v > ((guint64) G_MAXINT64 - 9) / 10)
			return ERANGE;
		v = v * 10 + (guint64) (*s - '0');
	}
	if (suffix (s, "EgGkKmMPQRtTYZ", FALSE, &base, &power) < 0)
		return EINVAL;
	if (!scale (v, base, power, &scaled))
		return ERANGE;
	*out = neg ? -(gint64) scaled : (gint64) scaled;
	return 0;
}

/* util-linux's parse_size() as fallocate's cvtnum() uses it: FALSE for
 * what it refuses (and for more than G_MAXINT64, which cvtnum refuses);
 * *fraction set for "1.5K", which the dialect does not take */
gboolean
parse_util_linux_size (const char *s, guint64 *out, gboolean *fraction)
{
	guint64 v, base;
	guint power;
	char *end;

	*fraction = FALSE;
	if (strchr (s, '-'))
		return FALSE;
	errno = 0;
	v = g_ascii_strtoull (s, &end, 0);
	if (end == s || errno)
		return FALSE;
	if (*end == '.') {
		*fraction = TRUE;
		return FALSE;
	}
	return suffix (end, "KMGTPEZYkmgtpezy", TRUE, &base, &power) == 0 && v <= (guint64) G_MAXINT64 &&
	       scale (v, base, power, out);
}

/* ---- truncate ------------------------------------------------------------------ */

static const optdef truncate_opts[] = {
	{ 'c', "no-create", FALSE }, { 'o', "io-blocks", FALSE }, { 'r', "reference", TRUE },
	{ 's', "size", TRUE },       { 0, NULL, FALSE },
};

/* -s [<>/%][+-]NUMBER into op's size mode and length */
static gboolean
truncate_size (parser *p, const sarg *a, char *mode, gint64 *size, GError **error)
{
	const char *v = sarg_value (a);
	int e;

	while (g_ascii_isspace (*v))
		v++;
	*mode = strchr ("<>/%", *v) && *v ? *v++ : '=';
	while (g_ascii_isspace (*v))
		v++;
	if (*v == '+' || *v == '-') {
		if (*mode != '=')
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a),
					    "truncate: multiple relative modifiers specified");
		*mode = *v;
	}
	e = parse_coreutils_size (v, size);
	if (e)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "truncate: Invalid number: '%s'%s",
				    sarg_value (a), e == ERANGE ? ": Value too large for defined data type" : "");
	if ((*mode == '/' || *mode == '%') && *size == 0)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "truncate: division by zero");
	return TRUE;
}

gboolean
cmd_truncate (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	const sarg *size_arg = NULL;
	gboolean no_create = FALSE;
	char mode = '=';
	gint64 size = 0;

	(void) text;
	if (!scan_args (p, argv, truncate_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 'o' || a->opt == 'r')
			return parser_not_modelled (p, a->at, a->opt == 'o' ? "truncate --io-blocks (-o)" : "truncate --reference (-r)",
						    error);
		if (a->opt == 'c')
			no_create = TRUE;
		if (a->opt == 's')
			size_arg = a; /* the last -s counts */
	}
	if (!size_arg)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv),
				    "truncate: you must specify either '--size' or '--reference'");
	if (!truncate_size (p, size_arg, &mode, &size, error))
		return FALSE;
	if (!n_positionals (args))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "truncate: missing file operand");
	for (guint i = 0; i < n_positionals (args); i++) {
		const sword *w = positional (args, i);
		g_autofree char *op_text = g_strdup_printf ("truncate %s-s %s %s", no_create ? "-c " : "", sarg_value (size_arg),
							    w->s->str);
		script_op *op = tool_op (p, TOOL_TRUNCATE, EXTSIM_SCRIPT_OP_TRUNCATE, w, op_text, error);

		if (!op)
			return FALSE;
		op->pub.flags |= no_create ? 0 : EXTSIM_SCRIPT_OP_CREATE;
		op->size_mode = mode;
		op->pub.length = (guint64) ABS (size); /* the sign is in size_mode */
	}
	return TRUE;
}

/* ---- fallocate ------------------------------------------------------------------ */

static const optdef fallocate_opts[] = {
	{ 'c', "collapse-range", FALSE }, { 'd', "dig-holes", FALSE }, { 'i', "insert-range", FALSE },
	{ 'l', "length", TRUE },          { 'n', "keep-size", FALSE }, { 'o', "offset", TRUE },
	{ 'p', "punch-hole", FALSE },     { 'z', "zero-range", FALSE }, { 'x', "posix", FALSE },
	{ 'v', "verbose", FALSE },        { 'h', "help", FALSE },      { 'V', "version", FALSE },
	{ 0, NULL, FALSE },
};

static gboolean
fallocate_number (parser *p, const sarg *a, guint64 *out, GError **error)
{
	gboolean fraction;

	if (parse_util_linux_size (sarg_value (a), out, &fraction))
		return TRUE;
	if (fraction)
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, sarg_value_pos (a),
				    "fallocate: a fractional size (%s) is not modelled by extsim", sarg_value (a));
	return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "fallocate: invalid %s value specified",
			    a->opt == 'l' ? "length" : "offset");
}

gboolean
cmd_fallocate (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const char *const refused[] = {
		"c", "fallocate --collapse-range (-c)", "d", "fallocate --dig-holes (-d)",
		"i", "fallocate --insert-range (-i)",   "x", "fallocate --posix (-x)",
		"v", "fallocate --verbose (-v)",        "h", "fallocate --help",
		"V", "fallocate --version",             NULL,
	};
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	extsim_script_op_kind kind = EXTSIM_SCRIPT_OP_FALLOC;
	const sarg *len = NULL, *off = NULL;
	guint64 length = 0, offset = 0;
	gboolean keep = FALSE;
	script_op *op;

	if (!scan_args (p, argv, fallocate_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		for (guint k = 0; refused[k]; k += 2) {
			if (a->opt == refused[k][0])
				return parser_not_modelled (p, a->at, refused[k + 1], error);
		}
		if ((a->opt == 'p' && kind == EXTSIM_SCRIPT_OP_FZERO) || (a->opt == 'z' && kind == EXTSIM_SCRIPT_OP_FPUNCH))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, a->at,
					    "fallocate: mutually exclusive arguments: --collapse-range --dig-holes --punch-hole --zero-range");
		if (a->opt == 'p')
			kind = EXTSIM_SCRIPT_OP_FPUNCH;
		else if (a->opt == 'z')
			kind = EXTSIM_SCRIPT_OP_FZERO;
		else if (a->opt == 'n')
			keep = TRUE;
		else if (a->opt == 'l')
			len = a;
		else if (a->opt == 'o')
			off = a;
	}
	if (!n_positionals (args))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "fallocate: no filename specified");
	if (n_positionals (args) > 1)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, positional (args, 1)->at,
				    "fallocate: unexpected number of arguments");
	if (!len)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "fallocate: no length argument specified");
	if (!fallocate_number (p, len, &length, error) || (off && !fallocate_number (p, off, &offset, error)))
		return FALSE;
	if (length == 0)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (len), "fallocate: invalid length value specified");
	op = tool_op (p, TOOL_FALLOCATE, kind, positional (args, 0), text, error);
	if (!op)
		return FALSE;
	op->pub.offset = offset;
	op->pub.length = length;
	/* punch implies KEEP_SIZE; only mode 0 opens with O_CREAT */
	if (keep || kind == EXTSIM_SCRIPT_OP_FPUNCH)
		op->pub.flags |= EXTSIM_SCRIPT_OP_KEEP_SIZE;
	if (kind == EXTSIM_SCRIPT_OP_FALLOC && !keep)
		op->pub.flags |= EXTSIM_SCRIPT_OP_CREATE;
	return TRUE;
}
