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
 *   dd if=/dev/zero of=F bs=B count=N  -> PWRITE   of N*B bytes at seek*B in calls of B
 *      [seek=S] [conv=notrunc,fsync]               bytes (fill 0; /dev/urandom: see dd_input()),
 *                                                  after an ftruncate to seek*B (not with notrunc);
 *   dd if=FILE ... [skip=K]                        with path2: FILE's data from K*B
 *   cp [--reflink[=always|auto]] SRC DST -> REFLINK of the whole file (FICLONE) onto DST,
 *                                           created or truncated; when the clone fails
 *                                           (NODATASUM), without =always, the copy
 *                                           coreutils 9.1 makes: PWRITEs of SRC's data,
 *                                           its holes skipped when SRC is sparse
 *                                           (script-run-cp.c)
 *   cp --reflink=never SRC DST           -> no clone: that copy at once, by read and
 *                                           write (no copy_file_range)
 *
 * The operations carry their tool (script_op.tool): unlike xfs_io's they
 * open their file themselves (creating it when the tool would), print the
 * tool's own messages and close the file again (script-run-tools.c).
 *
 * Numbers follow each tool: truncate's xstrtoimax (decimal only; K M G T P
 * E, k g m t, with "B" for powers of 1000 and "iB" for powers of 1024),
 * fallocate's parse_size (strtoumax base 0, so 010 is 8 and 0x10 is 16;
 * K M G T P E Z Y either case, "B" 1000, "iB" 1024), dd's parse_integer
 * (truncate's, plus c = 1, w = 2, b = 512 and products: 2x4K).  A bad number is an
 * error of the script with the tool's own words; a real option the model
 * does not follow is refused by name.
 */
#include "script-private.h"

#include <errno.h>
#include <string.h>

/* ---- numbers -------------------------------------------------------------- */

int
parse_digits (const char **s, guint64 *v)
{
	*v = 0;
	if (!g_ascii_isdigit (**s))
		return EINVAL;
	for (; g_ascii_isdigit (**s); (*s)++) {
		if (*v > (G_MAXUINT64 - 9) / 10)
			return ERANGE;
		*v = *v * 10 + (guint64) (**s - '0');
	}
	return 0;
}

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
	guint64 v, base, scaled;
	guint power;
	int e;

	while (g_ascii_isspace (*s))
		s++;
	neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	e = parse_digits (&s, &v);
	if (e)
		return e;
	if (suffix (s, "EgGkKmMPQRtTYZ", FALSE, &base, &power) < 0)
		return EINVAL;
	if (v > (guint64) G_MAXINT64 || !scale (v, base, power, &scaled))
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
	if (end == s || errno == ERANGE) /* as parse_xfs_num () */
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

/* ---- dd ---------------------------------------------------------------------------- */

/* One factor of dd's parse_integer(): decimal, then c (1), w (2), b (512)
 * or a power letter (with B: of 1000; iB: of 1024).  *end after it. */
static int
dd_factor (const char *s, const char **end, guint64 *out)
{
	g_autofree char *copy = NULL;
	guint64 v, base;
	guint power;
	const char *x;
	int e = parse_digits (&s, &v);

	if (e)
		return e;
	x = strchr (s, 'x');
	*end = x ? x : s + strlen (s);
	copy = g_strndup (s, (gsize) (*end - s));
	if (copy[0] && !copy[1] && strchr ("cwb", copy[0])) {
		guint64 m = copy[0] == 'c' ? 1 : copy[0] == 'w' ? 2 : 512;

		return v > (guint64) G_MAXINT64 / m ? ERANGE : (*out = v * m, 0);
	}
	if (suffix (copy, "EGkKMPQRTYZ", FALSE, &base, &power) < 0)
		return EINVAL;
	return v > (guint64) G_MAXINT64 || !scale (v, base, power, out) ? ERANGE : 0;
}

/* coreutils 9.1 dd's parse_integer(): FACTOR[xFACTOR]...; 0, EINVAL or ERANGE */
int
parse_dd_number (const char *s, guint64 *out)
{
	guint64 product = 1;
	int range = 0;

	while (TRUE) {
		const char *end = s;
		guint64 f = 0;
		int e = dd_factor (s, &end, &f);

		if (e == EINVAL)
			return EINVAL;
		if (e || (f && product > (guint64) G_MAXINT64 / f))
			range = ERANGE;
		else
			product *= f;
		if (!*end)
			break;
		s = end + 1;
	}
	*out = product;
	return product ? range : 0;
}

/* dd's conv= flags the model does not follow, so that they are refused by name */
static const char *const dd_conv_unmodelled[] = {
	"ascii", "ebcdic", "ibm", "block", "unblock", "lcase", "ucase", "sparse", "swab", "sync", "excl", "nocreat",
	"noerror", NULL,
};

static gboolean
dd_number (parser *p, const sarg *a, gboolean positive, guint64 *out, GError **error)
{
	int e = parse_dd_number (sarg_value (a), out);

	if (g_str_has_prefix (sarg_value (a), "0x"))
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, sarg_value_pos (a),
				    "dd: '%s' is 0 times %s, of which dd warns when it runs: extsim does not print that warning",
				    sarg_value (a), sarg_value (a) + 2);
	if (!e && positive && *out == 0)
		e = EINVAL;
	if (e)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "dd: invalid number: '%s'%s",
				    sarg_value (a), e == ERANGE ? ": Value too large for defined data type" : "");
	return TRUE;
}

/* conv=notrunc,fsync,fdatasync */
static gboolean
dd_conv (parser *p, const sarg *a, script_op *op, GError **error)
{
	const char *v = sarg_value (a);
	g_auto (GStrv) list = g_strsplit (v, ",", -1);
	gsize off = 0;

	for (guint i = 0; list[i]; off += strlen (list[i++]) + 1) {
		const char *f = list[i];
		spos at = sword_pos (a->w, a->voff + off);

		if (g_str_equal (f, "notrunc")) {
			op->pub.flags &= ~(guint32) EXTSIM_SCRIPT_OP_TRUNC;
		} else if (g_str_equal (f, "fsync")) {
			op->pub.flags |= EXTSIM_SCRIPT_OP_FSYNC_AFTER;
		} else if (g_str_equal (f, "fdatasync")) {
			op->pub.flags |= EXTSIM_SCRIPT_OP_FDATASYNC_AFTER;
		} else if (parser_in_list (dd_conv_unmodelled, f)) {
			g_autofree char *what = g_strdup_printf ("dd conv=%s", f);

			return parser_not_modelled (p, at, what, error);
		} else {
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "dd: invalid conversion: '%s'", f);
		}
	}
	return TRUE;
}

static gboolean
dd_status_level (parser *p, const sarg *a, script_op *op, GError **error)
{
	const char *v = sarg_value (a);

	if (g_str_equal (v, "none"))
		op->status = DD_STATUS_NONE;
	else if (g_str_equal (v, "noxfer"))
		op->status = DD_STATUS_NOXFER;
	else if (g_str_equal (v, "progress")) /* a copy that takes no time shows no progress */
		op->status = DD_STATUS_DEFAULT;
	else
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "dd: invalid status level: '%s'", v);
	return TRUE;
}

/*
 * The input dd reads.  The model's data are runs of one byte: /dev/zero
 * writes zeroes; /dev/urandom (or /dev/random) stands in as the byte 1 for
 * the first dd that reads it in the script, 2 for the second, ... (never 0,
 * never xfs_io's 0xcd): different from every other write, but never the
 * md5sum of a real run.  A file of the filesystem is copied run by run
 * (script-run-tools.c); a file onto itself is refused.
 */
static gboolean
dd_input (parser *p, const sarg *a, script_op *op, GError **error)
{
	const char *v = sarg_value (a);
	g_autoptr (sword) in = NULL;

	if (g_str_equal (v, "/dev/zero")) {
		op->pub.fill = 0;
		return TRUE;
	}
	if (g_str_equal (v, "/dev/urandom") || g_str_equal (v, "/dev/random")) {
		op->pub.fill = (guint8) (1 + p->urandom_dds % 254);
		op->pub.fill += op->pub.fill >= 0xcd;
		p->urandom_dds++;
		return TRUE;
	}
	in = sword_slice (a->w, a->voff, a->w->s->len);
	if (!parser_resolve (p, in, &op->pub.path2, &op->rel2, error))
		return FALSE;
	if (g_str_equal (op->rel2, op->rel))
		return parser_not_modelled (p, in->at, "dd with one file as both if= and of=", error);
	return TRUE;
}

/* dd's operands: those the model follows, then the real ones it does not */
static const char *const dd_operand_names[] = {
	"if", "of", "bs", "count", "seek", "oseek", "skip", "iseek", "conv", "status", "oflag",
	"ibs", "obs", "cbs", "iflag", NULL,
};
enum { DD_IF, DD_OF, DD_BS, DD_COUNT, DD_SEEK, DD_OSEEK, DD_SKIP, DD_ISEEK, DD_CONV, DD_STATUS, DD_OFLAG };

/* dd's output flags (coreutils 9.1) other than direct */
static const char *const dd_oflag_unmodelled[] = {
	"append", "binary", "count_bytes", "cio", "directory", "dsync", "fullblock", "noatime", "nocache",
	"noctty", "nofollow", "nolinks", "nonblock", "seek_bytes", "skip_bytes", "sync", "text", NULL,
};

/* oflag=direct opens the output O_DIRECT (run_dd: extsim_fs_pwrite_direct).
 * Every oflag= operand counts (dd ors their flags), each flag of each. */
static gboolean
dd_oflag (parser *p, const sarg *a, script_op *op, GError **error)
{
	g_auto (GStrv) list = g_strsplit (sarg_value (a), ",", -1);
	gsize off = 0;

	if (!list[0]) /* parse_symbols finds no symbol in "" */
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "dd: invalid output flag: ''");
	for (guint i = 0; list[i]; off += strlen (list[i++]) + 1) {
		const char *f = list[i];
		spos at = sword_pos (a->w, a->voff + off);

		if (g_str_equal (f, "direct")) {
			op->pub.flags |= EXTSIM_SCRIPT_OP_DIRECT;
		} else if (parser_in_list (dd_oflag_unmodelled, f)) {
			g_autofree char *what = g_strdup_printf ("dd oflag=%s", f);

			return parser_not_modelled (p, at, what, error);
		} else {
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "dd: invalid output flag: '%s'", f);
		}
	}
	return TRUE;
}

static gboolean
dd_oflags (parser *p, const GArray *ops, script_op *op, GError **error)
{
	for (guint i = 0; i < ops->len; i++) {
		const sarg *a = &g_array_index (ops, sarg, i);

		if (a->opt == DD_OFLAG && !dd_oflag (p, a, op, error))
			return FALSE;
	}
	return TRUE;
}

/* NAME=VALUE operands; of each name the last counts, as in dd (but oflag=,
 * whose flags add up: dd_oflags) */
static gboolean
dd_operands (parser *p, GPtrArray *argv, GArray *out, GError **error)
{
	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *eq = strchr (w->s->str, '=');
		g_autofree char *name = eq ? g_strndup (w->s->str, (gsize) (eq - w->s->str)) : NULL;
		guint k = 0;

		while (name && dd_operand_names[k] && !g_str_equal (dd_operand_names[k], name))
			k++;
		if (!name || !dd_operand_names[k])
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "dd: unrecognized operand '%s'", w->s->str);
		g_array_append_val (out, ((sarg) { (char) k, w, (gsize) (eq - w->s->str) + 1, w->at }));
	}
	return TRUE;
}


gboolean
cmd_dd (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) ops = g_array_new (FALSE, FALSE, sizeof (sarg));
	const sarg *last[G_N_ELEMENTS (dd_operand_names)] = { 0 };
	g_autoptr (sword) of = NULL;
	guint64 bs = 512, count = G_MAXUINT64, seek = 0, skip = 0;
	script_op *op;

	if (!dd_operands (p, argv, ops, error))
		return FALSE;
	for (guint i = 0; i < ops->len; i++) {
		const sarg *a = &g_array_index (ops, sarg, i);

		if (a->opt > DD_OFLAG) {
			g_autofree char *what = g_strdup_printf ("dd %s=", dd_operand_names[(guint) a->opt]);

			return parser_not_modelled (p, a->at, what, error);
		}
		last[(guint) a->opt] = a;
	}
	if (!last[DD_IF])
		return parser_not_modelled (p, at0 (argv), "dd without if= (reading standard input)", error);
	if (!last[DD_OF])
		return parser_not_modelled (p, at0 (argv), "dd without of= (writing to standard output)", error);
	if ((last[DD_BS] && !dd_number (p, last[DD_BS], TRUE, &bs, error)) ||
	    (last[DD_COUNT] && !dd_number (p, last[DD_COUNT], FALSE, &count, error)))
		return FALSE;
	for (guint k = DD_SEEK; k <= DD_ISEEK; k++) {
		if (last[k] && !dd_number (p, last[k], FALSE, k < DD_SKIP ? &seek : &skip, error))
			return FALSE;
	}
	of = sword_slice (last[DD_OF]->w, last[DD_OF]->voff, last[DD_OF]->w->s->len);
	op = tool_op (p, TOOL_DD, EXTSIM_SCRIPT_OP_PWRITE, of, text, error);
	if (!op)
		return FALSE;
	op->pub.flags |= EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC;
	op->pub.block_size = bs;
	if (!dd_input (p, last[DD_IF], op, error) || (last[DD_CONV] && !dd_conv (p, last[DD_CONV], op, error)) ||
	    (last[DD_STATUS] && !dd_status_level (p, last[DD_STATUS], op, error)) ||
	    !dd_oflags (p, ops, op, error))
		return FALSE;
	if (seek > (guint64) G_MAXINT64 / bs || skip > (guint64) G_MAXINT64 / bs)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "dd: seek=%" G_GUINT64_FORMAT " or skip=%"
				    G_GUINT64_FORMAT " blocks of %" G_GUINT64_FORMAT " bytes is past the largest file",
				    seek, skip, bs);
	op->pub.offset = seek * bs;
	op->pub.src_offset = skip * bs;
	/* no count: /dev/zero never ends, so dd writes until the file cannot
	 * grow; a file ends, and how many calls that makes is known when it
	 * runs (run_dd() refuses too many unaligned ones then) */
	op->pub.length = MIN (count, ((guint64) G_MAXINT64 - op->pub.offset) / bs) * bs;
	return (op->rel2 && count == G_MAXUINT64) || parser_affordable (p, op, error);
}

/* ---- cp ---------------------------------------------------------------------------- */

/* cp's options, so that each is refused by name (only --reflink is modelled) */
static const optdef cp_opts[] = {
	{ 'a', "archive", FALSE },   { 'b', NULL, FALSE },           { 'd', NULL, FALSE },
	{ 'f', "force", FALSE },     { 'i', "interactive", FALSE },  { 'H', NULL, FALSE },
	{ 'l', "link", FALSE },      { 'L', "dereference", FALSE },  { 'n', "no-clobber", FALSE },
	{ 'P', "no-dereference", FALSE }, { 'p', NULL, FALSE },      { 'R', "recursive", FALSE },
	{ 'r', NULL, FALSE },        { 's', "symbolic-link", FALSE }, { 'S', "suffix", TRUE },
	{ 't', "target-directory", TRUE }, { 'T', "no-target-directory", FALSE },
	{ 'u', "update", FALSE },    { 'v', "verbose", FALSE },      { 'x', "one-file-system", FALSE },
	{ 'Z', NULL, FALSE },        { 0, NULL, FALSE },
};

/* --reflink[=WHEN]: its optional argument is what scan_args() cannot read */
static gboolean
cp_reflink (parser *p, GPtrArray *argv, gboolean *always, gboolean *never, GError **error)
{
	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *s = w->s->str;

		if (w->quoted || g_str_equal (s, "--"))
			break;
		if (!g_str_equal (s, "--reflink") && !g_str_has_prefix (s, "--reflink="))
			continue;
		if (!g_str_equal (s, "--reflink") && !g_str_equal (s, "--reflink=always") &&
		    !g_str_equal (s, "--reflink=auto") && !g_str_equal (s, "--reflink=never"))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, sword_pos (w, 10),
					    "cp: invalid argument '%s' for '--reflink'", s + 10);
		/* the last one counts, as in cp */
		*never = g_str_equal (s, "--reflink=never");
		*always = !*never && !g_str_equal (s, "--reflink=auto");
		g_ptr_array_remove_index (argv, i--);
	}
	return TRUE;
}

/* cp and mv: one source and one destination, with coreutils' errors for
 * fewer; several sources are not modelled. */
static gboolean
source_and_destination (parser *p, GPtrArray *argv, GArray *args, GError **error)
{
	const char *name = word0 (argv);

	if (n_positionals (args) == 0)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "%s: missing file operand", name);
	if (n_positionals (args) == 1)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, positional (args, 0)->at,
				    "%s: missing destination file operand after '%s'", name, positional (args, 0)->s->str);
	if (n_positionals (args) > 2) {
		g_autofree char *what = g_strdup_printf ("%s of several files", name);

		return parser_not_modelled (p, positional (args, 2)->at, what, error);
	}
	return TRUE;
}

/*
 * cp [--reflink[=always|auto|never]] SRC DST: coreutils 9.1 clones the
 * whole file (FICLONE) onto DST, created or truncated (DST may be a
 * directory: then DST/basename(SRC)); without --reflink it tries the same
 * (auto), and copies the data when the clone fails; with =never it does
 * not try the clone and copies the data by read and write (run_cp()).
 */
gboolean
cmd_cp (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const opt_flag none[] = { { 0, 0 } };
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	gboolean always = FALSE, never = FALSE;
	guint32 flags = 0;
	script_op *op;

	if (!cp_reflink (p, argv, &always, &never, error) || !scan_args (p, argv, cp_opts, args, error))
		return FALSE;
	if (!options_to_flags (p, argv, args, none, &flags, error) || !source_and_destination (p, argv, args, error))
		return FALSE;
	op = tool_op (p, TOOL_CP, EXTSIM_SCRIPT_OP_REFLINK, positional (args, 1), text, error);
	if (!op || !parser_resolve (p, positional (args, 0), &op->pub.path2, &op->rel2, error))
		return FALSE;
	op->pub.flags |= EXTSIM_SCRIPT_OP_WHOLE_FILE | EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC;
	op->must_clone = always;
	op->no_clone = never;
	return TRUE;
}

/* ---- mv (coreutils 9.1) ---------------------------------------------------------- */

static const optdef mv_opts[] = {
	{ 'b', NULL, FALSE },	      { 'f', "force", FALSE },		   { 'i', "interactive", FALSE },
	{ 'n', "no-clobber", FALSE }, { 'S', "suffix", TRUE },		   { 't', "target-directory", TRUE },
	{ 'T', "no-target-directory", FALSE }, { 'u', "update", FALSE }, { 'v', "verbose", FALSE },
	{ 'Z', "context", FALSE },    { 0, NULL, FALSE },
};

/*
 * mv [-f] SRC DST: rename(2) of a file (run_mv).  -f changes nothing
 * without a terminal; the other options, several sources, and directories
 * (when it runs) are refused.
 */
gboolean
cmd_mv (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const opt_flag known[] = { { 'f', 0 }, { 0, 0 } }; /* -f: no prompt, as without a terminal */
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	guint32 flags = 0;
	script_op *op;

	if (!scan_args (p, argv, mv_opts, args, error) || !options_to_flags (p, argv, args, known, &flags, error) ||
	    !source_and_destination (p, argv, args, error))
		return FALSE;
	op = tool_op (p, TOOL_NONE, EXTSIM_SCRIPT_OP_MV, positional (args, 1), text, error);
	return op && parser_resolve (p, positional (args, 0), &op->pub.path2, &op->rel2, error);
}

/* ---- ln (coreutils 9.1) ---------------------------------------------------------- */

static const optdef ln_opts[] = {
	{ 'b', NULL, FALSE },	       { 'd', "directory", FALSE },	     { 'F', NULL, FALSE },
	{ 'f', "force", FALSE },       { 'i', "interactive", FALSE },	     { 'L', "logical", FALSE },
	{ 'n', "no-dereference", FALSE }, { 'P', "physical", FALSE },	     { 'r', "relative", FALSE },
	{ 's', "symbolic", FALSE },    { 'S', "suffix", TRUE },		     { 't', "target-directory", TRUE },
	{ 'T', "no-target-directory", FALSE }, { 'v', "verbose", FALSE },    { 0, NULL, FALSE },
};

/*
 * ln SRC DST: a hard link, link(2) (run_ln); DST may be a directory,
 * then DST/basename(SRC).  Every option (-s among them), a single
 * operand (a link in the working directory) and several sources are
 * refused.
 */
gboolean
cmd_ln (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const opt_flag none[] = { { 0, 0 } };
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	guint32 flags = 0;
	script_op *op;

	if (!scan_args (p, argv, ln_opts, args, error) || !options_to_flags (p, argv, args, none, &flags, error))
		return FALSE;
	if (n_positionals (args) == 1)
		return parser_not_modelled (p, positional (args, 0)->at, "ln with one operand (a link in the working directory)",
					    error);
	if (!source_and_destination (p, argv, args, error))
		return FALSE;
	op = tool_op (p, TOOL_NONE, EXTSIM_SCRIPT_OP_LINK, positional (args, 1), text, error);
	return op && parser_resolve (p, positional (args, 0), &op->pub.path2, &op->rel2, error);
}

/* ---- filefrag (e2fsprogs) -------------------------------------------------------- */

static const optdef filefrag_opts[] = {
	{ 'v', NULL, FALSE }, { 's', NULL, FALSE }, { 'e', NULL, FALSE }, { 'B', NULL, FALSE }, { 'b', NULL, FALSE },
	{ 'E', NULL, FALSE }, { 'k', NULL, FALSE }, { 'P', NULL, FALSE }, { 'x', NULL, FALSE }, { 'X', NULL, FALSE },
	{ 0, NULL, FALSE },
};

/*
 * filefrag [-sve] FILE...: one fiemap of each file (FS_IOC_FIEMAP, with
 * FIEMAP_FLAG_SYNC under -s), reported as e2fsprogs 1.47 prints it
 * (run_filefrag).  -e prints the extents as -v does.  The block size
 * options (-b, -k), FIBMAP (-B), the extent cache (-E), -P, -x and -X
 * are refused by name.
 */
gboolean
cmd_filefrag (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const char *const refused = "BbEkPxX";
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	gboolean verbose = FALSE, sync_first = FALSE;

	(void) text;
	if (!scan_args (p, argv, filefrag_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt && strchr (refused, a->opt)) {
			g_autofree char *what = g_strdup_printf ("filefrag -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
		verbose = verbose || a->opt == 'v' || a->opt == 'e';
		sync_first = sync_first || a->opt == 's';
	}
	if (!n_positionals (args))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "Usage: filefrag [-b{blocksize}[KMG]] [-BeEksvxX] file ...");
	for (guint i = 0; i < n_positionals (args); i++) {
		const sword *w = positional (args, i);
		g_autofree char *op_text = g_strdup_printf ("filefrag %s%s%s", verbose ? "-v " : "", sync_first ? "-s " : "",
							    w->s->str);
		script_op *op = tool_op (p, TOOL_FILEFRAG, EXTSIM_SCRIPT_OP_FIEMAP, w, op_text, error);

		if (!op)
			return FALSE;
		op->pub.flags |= verbose ? EXTSIM_SCRIPT_OP_VERBOSE : 0;
		op->sync_first = sync_first;
	}
	return TRUE;
}

/* ---- cmp (GNU diffutils 3.8) ------------------------------------------------------ */

static const optdef cmp_opts[] = {
	{ 's', "quiet", FALSE }, { 'S', "silent", FALSE }, { 'b', "print-bytes", FALSE }, { 'l', "verbose", FALSE },
	{ 'i', "ignore-initial", TRUE }, { 'n', "bytes", TRUE }, { 0, NULL, FALSE },
};

/*
 * cmp [-s] FILE1 FILE2: the first byte where two files of the filesystem
 * differ (run_cmp).  The options that print bytes (-b, -l) or skip some
 * (-i, -n), a missing operand (stdin) and a third one (a skip) are refused.
 */
gboolean
cmd_cmp (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	const char *display = NULL;
	gboolean quiet = FALSE;
	script_op *op;

	(void) text;
	if (!scan_args (p, argv, cmp_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 'b' || a->opt == 'l' || a->opt == 'i' || a->opt == 'n') {
			g_autofree char *what = g_strdup_printf ("cmp -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
		quiet = quiet || a->opt == 's' || a->opt == 'S';
	}
	if (n_positionals (args) < 2)
		return parser_not_modelled (p, at0 (argv), "cmp of standard input", error);
	if (n_positionals (args) > 2)
		return parser_not_modelled (p, positional (args, 2)->at, "cmp with bytes to skip", error);
	op = tool_op (p, TOOL_CMP, EXTSIM_SCRIPT_OP_CMP, positional (args, 0), text, error);
	if (!op || !parser_resolve (p, positional (args, 1), &display, &op->rel2, error))
		return FALSE;
	op->pub.path2 = display;
	op->pub.flags |= quiet ? EXTSIM_SCRIPT_OP_QUIET : 0;
	return TRUE;
}

/* ---- od (coreutils 9.1) ------------------------------------------------------------- */

static const optdef od_opts[] = {
	{ 'A', "address-radix", TRUE }, { 't', "format", TRUE },       { 'v', "output-duplicates", FALSE },
	{ 'j', "skip-bytes", TRUE },    { 'N', "read-bytes", TRUE },   { 'w', "width", TRUE },
	{ 'S', "strings", TRUE },       { 'a', NULL, FALSE },          { 'b', NULL, FALSE },
	{ 'c', NULL, FALSE },           { 'd', NULL, FALSE },          { 'f', NULL, FALSE },
	{ 'i', NULL, FALSE },           { 'l', NULL, FALSE },          { 'o', NULL, FALSE },
	{ 's', NULL, FALSE },           { 'x', NULL, FALSE },          { 0, NULL, FALSE },
};

/*
 * od -t x1[z] [-A d|o|x|n] [-v] FILE: the file's bytes in hex, sixteen a
 * line, as reproducers print a file's data (`od -A d -t x1 $MNT/foo`;
 * run_od); with z each line ends in its bytes as characters, a dot for
 * one that is not printable, between > and < (fstests' _hexdump).
 * Every other output format, -j, -N, -w, -S and several files or none
 * (standard input) are refused.
 */
gboolean
cmd_od (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	gboolean x1 = FALSE, chars = FALSE, verbose = FALSE;
	char radix = 'o';
	script_op *op;

	if (!scan_args (p, argv, od_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);
		const char *v = a->opt && strchr ("At", a->opt) ? sarg_value (a) : NULL;

		/* coreutils 9.1 reads the first character only ("-A dd" is -A d) */
		if (a->opt == 'A' && (!v[0] || !strchr ("doxn", v[0])))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, a->at,
					    "od: invalid output address radix '%s'; it must be one character from [doxn]", v);
		if (a->opt == 'A')
			radix = v[0];
		else if (a->opt == 't' && (x1 || (!g_str_equal (v, "x1") && !g_str_equal (v, "x1z"))))
			return parser_not_modelled (p, a->at, "od -t other than one -t x1 or x1z", error);
		else if (a->opt == 't')
			x1 = TRUE, chars = v[2] == 'z';
		else if (a->opt == 'v')
			verbose = TRUE;
		else if (a->opt) {
			g_autofree char *what = g_strdup_printf ("od -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
	}
	if (!x1)
		return parser_not_modelled (p, at0 (argv), "od without -t x1 (its default is -t o2)", error);
	if (n_positionals (args) != 1)
		return parser_not_modelled (p, n_positionals (args) ? positional (args, 1)->at : at0 (argv),
					    n_positionals (args) ? "od of several files" : "od of standard input", error);
	op = tool_op (p, TOOL_OD, EXTSIM_SCRIPT_OP_OD, positional (args, 0), text, error);
	if (!op)
		return FALSE;
	op->od_radix = radix;
	op->od_chars = chars;
	op->pub.flags |= verbose ? EXTSIM_SCRIPT_OP_VERBOSE : 0;
	return TRUE;
}

/* ---- stat -c (coreutils 9.1) ------------------------------------------------------------ */

static const optdef stat_opts[] = {
	{ 'c', "format", TRUE }, { 'L', "dereference", FALSE }, { 'f', "file-system", FALSE },
	{ 't', "terse", FALSE }, { 'p', "printf", TRUE }, /* stat has no -p: a letter for --printf */
	{ 0, NULL, FALSE },
};

/* The first directive of a stat -c FORMAT the model cannot fill in (the
 * '%'), or NULL. */
const char *
stat_format_unmodelled (const char *f)
{
	for (const char *c = f; *c; c++) {
		if (*c == '%' && c[1] && !strchr ("sbBnFh%", c[1]))
			return c;
		c += *c == '%' && c[1];
	}
	return NULL;
}

/*
 * stat -c FORMAT FILE...: FORMAT and a newline for each file (run_stat),
 * with the directives a model of the data can answer: %s (the size), %b
 * and %B (blocks allocated, of 512 bytes), %n (the name), %F (the type),
 * %h (the link count), %%.  Without -c (the times), --printf, -f, -t and the other directives
 * are refused.
 */
gboolean
cmd_stat (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	const sarg *format = NULL;
	const char *f, *bad;

	(void) text;
	if (!scan_args (p, argv, stat_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 'c') {
			format = a;
		} else if (a->opt) {
			g_autofree char *what = a->opt == 'p' ? g_strdup ("stat --printf") : g_strdup_printf ("stat -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
	}
	if (!format)
		return parser_not_modelled (p, at0 (argv), "stat without -c FORMAT (its times)", error);
	f = sarg_value (format);
	if ((bad = stat_format_unmodelled (f))) {
		g_autofree char *what = g_strdup_printf ("stat's %%%c", bad[1]);

		return parser_not_modelled (p, sword_pos (format->w, format->voff + (gsize) (bad - f)), what, error);
	}
	if (!n_positionals (args))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "stat: missing operand");
	for (guint i = 0; i < n_positionals (args); i++) {
		const sword *w = positional (args, i);
		g_autofree char *op_text = g_strdup_printf ("stat -c '%s' %s", f, w->s->str);
		script_op *op = tool_op (p, TOOL_STAT, EXTSIM_SCRIPT_OP_STAT, w, op_text, error);

		if (!op)
			return FALSE;
		op->pub.message = parser_intern (p, f);
	}
	return TRUE;
}

/* ---- du (coreutils 9.1) ---------------------------------------------------------------- */

static const optdef du_opts[] = {
	{ 's', "summarize", FALSE }, { 'b', "bytes", FALSE },      { 'k', NULL, FALSE },
	{ 'h', "human-readable", FALSE }, { 'A', "apparent-size", FALSE }, /* du has no -A: its letter */
	{ 'a', "all", FALSE },       { 'c', "total", FALSE },      { 'x', "one-file-system", FALSE },
	{ 'm', NULL, FALSE },        { 'B', "block-size", TRUE },  { 'd', "max-depth", TRUE },
	{ 'L', "dereference", FALSE }, { 'S', "separate-dirs", FALSE }, { 't', "threshold", TRUE },
	{ 'l', "count-links", FALSE }, { '0', "null", FALSE },    { 0, NULL, FALSE },
};

/*
 * du [-s] [-b|-k|-h] [--apparent-size] PATH...: the blocks (or bytes) of
 * each file, and of each directory with all that is below it (run_du).
 * The last of -b, -k and -h says the unit, as in coreutils; -b also
 * counts apparent sizes.  The other options are refused by name.
 */
gboolean
cmd_du (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	g_autoptr (GString) seen = g_string_new (NULL);
	gboolean apparent = FALSE, summarize = FALSE;
	char unit = 'k';

	(void) text;
	if (!scan_args (p, argv, du_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 's') {
			summarize = TRUE;
		} else if (a->opt == 'A') {
			apparent = TRUE;
		} else if (a->opt && strchr ("bkh", a->opt)) {
			unit = a->opt;
			apparent = apparent || a->opt == 'b';
		} else if (a->opt) {
			g_autofree char *what = g_strdup_printf ("du -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
	}
	if (!n_positionals (args))
		return parser_not_modelled (p, at0 (argv), "du of the current directory (give the paths)", error);
	for (guint i = 0; i < n_positionals (args); i++) {
		const sword *w = positional (args, i);
		g_autofree char *op_text = g_strdup_printf ("du%s -%c%s %s", summarize ? " -s" : "", unit,
							    apparent && unit != 'b' ? " --apparent-size" : "", w->s->str);
		script_op *op = tool_op (p, TOOL_DU, EXTSIM_SCRIPT_OP_DU, w, op_text, error);

		if (!op)
			return FALSE;
		/* du counts a file or directory once: what an earlier path of the
		 * command took is passed over (run_du) */
		op->pub.message = parser_intern (p, seen->str);
		g_string_append_printf (seen, "/%s\n", op->rel);
		op->du_unit = unit;
		op->du_apparent = apparent;
		op->du_summarize = summarize;
	}
	return TRUE;
}

/* ---- ls (coreutils 9.1), names only ------------------------------------------------------ */

static const optdef ls_opts[] = {
	{ '1', NULL, FALSE }, { 'a', "all", FALSE }, { 'A', "almost-all", FALSE }, { 'l', NULL, FALSE },
	{ 'i', "inode", FALSE }, { 's', "size", FALSE }, { 'R', "recursive", FALSE }, { 't', NULL, FALSE },
	{ 'S', NULL, FALSE }, { 'r', "reverse", FALSE }, { 'd', "directory", FALSE }, { 'h', "human-readable", FALSE },
	{ 'F', "classify", FALSE }, { 'U', NULL, FALSE }, { 'f', NULL, FALSE }, { 'n', "numeric-uid-gid", FALSE },
	{ 0, NULL, FALSE },
};

/*
 * ls [-1] [-a|-A] PATH: the names in a directory, one a line (ls writes
 * into a pipe or a file here), sorted by byte (the C.UTF-8 locale's
 * order), or the path of a file (run_ls).  What shows more than names
 * (-l, -i, -s, ...), other orders, several paths and none are refused.
 */
gboolean
cmd_ls (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	char all = 0;
	script_op *op;

	(void) text;
	if (!scan_args (p, argv, ls_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 'a' || (a->opt == 'A' && all != 'a')) {
			all = a->opt;
		} else if (a->opt && a->opt != '1' && a->opt != 'A') {
			g_autofree char *what = g_strdup_printf ("ls -%c", a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
	}
	if (n_positionals (args) != 1)
		return parser_not_modelled (p, n_positionals (args) ? positional (args, 1)->at : at0 (argv),
					    n_positionals (args) ? "ls of several paths" : "ls of the current directory (give the path)",
					    error);
	op = tool_op (p, TOOL_LS, EXTSIM_SCRIPT_OP_LS, positional (args, 0), text, error);
	if (!op)
		return FALSE;
	op->ls_all = all;
	return TRUE;
}

/* ---- sync FILE (coreutils 9.1) ----------------------------------------------------- */

static const optdef sync_opts[] = {
	{ 'd', "data", FALSE }, { 'f', "file-system", FALSE }, { 0, NULL, FALSE },
};

/*
 * sync [-d|-f] FILE...: each file opened read-only, then fsync, with -d
 * fdatasync, with -f syncfs of its filesystem (run_sync_file); -f with no
 * file is sync(2), as in coreutils, which cmd_simple, the caller, makes.
 */
gboolean
cmd_sync_files (parser *p, GPtrArray *argv, gboolean *files, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	extsim_script_op_kind kind = EXTSIM_SCRIPT_OP_FSYNC;
	gboolean data = FALSE, fs = FALSE;

	if (!scan_args (p, argv, sync_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		data = data || g_array_index (args, sarg, i).opt == 'd';
		fs = fs || g_array_index (args, sarg, i).opt == 'f';
	}
	if (data && fs)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "sync: cannot specify both --data and --file-system");
	if (data && !n_positionals (args))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "sync: --data needs at least one argument");
	*files = n_positionals (args) > 0;
	if (!*files)
		return TRUE;
	kind = data ? EXTSIM_SCRIPT_OP_FDATASYNC : fs ? EXTSIM_SCRIPT_OP_SYNC : EXTSIM_SCRIPT_OP_FSYNC;
	for (guint i = 0; i < n_positionals (args); i++) {
		const sword *w = positional (args, i);
		g_autofree char *op_text = g_strdup_printf ("sync %s%s", data ? "-d " : fs ? "-f " : "", w->s->str);

		if (!tool_op (p, TOOL_SYNC, kind, w, op_text, error))
			return FALSE;
	}
	return TRUE;
}
