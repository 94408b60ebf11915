/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: fstests cases as scripts
 *
 * A btrfs patch often comes with an fstests case (tests/btrfs/NNN), and
 * its golden output NNN.out.  The case is a shell script over fstests'
 * library; the dialect runs the part of that library a buffered-data case
 * uses, with the meaning fstests' common/ files give it on a btrfs scratch
 * device, so the case runs as written and its output can be compared
 * with NNN.out:
 *
 *   . ./common/preamble (or rc)   the environment: SCRATCH_MNT=$mnt,
 *                                 SCRATCH_DEV=$dev, XFS_IO_PROG=xfs_io,
 *                                 BTRFS_UTIL_PROG=btrfs, CHATTR_PROG=chattr,
 *                                 seq (the script's name), seqres, tmp,
 *                                 here, FSTYP=btrfs;
 *                                 a value set before (--var) stays
 *   . ./common/filter, btrfs,     nothing more to do
 *     reflink, punch
 *   _begin_fstest GROUP...        echo "QA output created by $seq"
 *   (older cases: seq=`basename $0`, seqres=$RESULT_DIR/$seq, an echo,
 *   trap, rm -f $seqres.full: the lexer's and cmd_trap's, and nothing)
 *   _supported_fs, _require_*,    nothing: the model is btrfs and has what
 *     _fixed_by_*, _wants_*,      they ask for (or a later line says not)
 *     _supported_os Linux,
 *     _need_to_be_root,
 *     _check_scratch_fs
 *   _scratch_sync                 sync (common/rc's syncfs of the mount)
 *   _scratch_mkfs [OPT...]        mkfs.btrfs -f $MKFS_OPTIONS OPT... $SCRATCH_DEV
 *   _scratch_mkfs_sized SIZE [BS] mkfs.btrfs -f -b SIZE [-s BS] $SCRATCH_DEV;
 *                                 under 256 MiB common/rc adds --mixed,
 *                                 which the model does not have: refused
 *   _scratch_mount [OPT...]       mount OPT... $SCRATCH_DEV $SCRATCH_MNT
 *   _scratch_unmount              umount $SCRATCH_MNT
 *   _scratch_cycle_mount [OPT...] both, one after the other
 *   _cp_reflink SRC DST           cp --reflink=always SRC DST
 *   . ./common/dmflakey           the power loss, as a device that drops
 *   _init_flakey, _cleanup_flakey   writes: nothing to set up or remove;
 *   _mount_flakey, _unmount_flakey  _scratch_mount, _scratch_unmount;
 *   _flakey_drop_and_remount      the power fails (extsim_fs_power_loss:
 *                                 the umount's writes are dropped), then
 *                                 _mount_flakey; its fsck argument (yes)
 *                                 finds nothing to say
 *   _hexdump FILE                 od -Ax -t x1z FILE, as common/rc runs it
 *   $CLONER_PROG                  src/cloner: xfs_io -f -c "reflink -q ...",
 *                                 with cloner's errors (cloner ())
 *   $here/src/punch-alternating   punch holes, then fsync (punch_alternating
 *                                 (), run_punch_alternating ())
 *   _pwrite_byte, _reflink,       xfs_io -f -c "pwrite -S ...", "reflink
 *     _reflink_range,               ...", "dedupe ..." (xfs_io_helper)
 *     _dedupe_range
 *   exit, _exit [N]               the end of the script (script_exit)
 *   _fail MSG, _notrun MSG        MSG as common/rc prints it, then the end
 *   CMD | FILTER | ...            CMD's output through common/filter's
 *                                 functions (fstests_filter_apply)
 *   > $seqres.full                the test's log: as /dev/null
 *
 * $((...)), $(_btrfs_no_v1_cache_opt) and $(_get_file_block_size MNT)
 * are the lexer's (script-lex.c); functions and if ... fi the parser's
 * (script.c).  Anything else of fstests' (_scratch_remount, other dm targets,
 * _load_flakey_table, loops, && and ||, other helpers) is refused with its position, as any
 * command the dialect does not have.
 */
#include "script-private.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* ---- the environment ---------------------------------------------------- */

static void
set_default (parser *p, const char *name, const char *value)
{
	if (!g_hash_table_contains (p->vars, name))
		g_hash_table_insert (p->vars, g_strdup (name), g_strdup (value));
}

static const char *
var (parser *p, const char *name)
{
	const char *v = g_hash_table_lookup (p->vars, name);

	return v ? v : "";
}

/* `. FILE` or `source FILE`: fstests' library files. */
gboolean
fstests_source (parser *p, GPtrArray *argv, GError **error)
{
	static const char *const env[] = { "preamble", "rc", NULL };
	static const char *const quiet[] = { "filter", "btrfs", "reflink", "punch", "dmflakey", NULL };
	const sword *file = argv->len == 2 ? argv->pdata[1] : NULL;
	const char *name;

	p->cmd->pub.buffered = FALSE;
	if (!file)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "%s: give one file", word0 (argv));
	name = file->s->str;
	if (g_str_has_prefix (name, "./"))
		name += 2;
	if (!g_str_has_prefix (name, "common/"))
		return parser_not_modelled (p, file->at, "sourcing a file other than fstests' common/ files", error);
	name += strlen ("common/");
	if (g_str_equal (name, "dmflakey")) {
		/* its table names, for _load_flakey_table's refusal to name */
		set_default (p, "FLAKEY_ALLOW_WRITES", "0");
		set_default (p, "FLAKEY_DROP_WRITES", "1");
		set_default (p, "FLAKEY_ERROR_WRITES", "2");
		set_default (p, "FLAKEY_DEV", "/dev/mapper/flakey-test");
	}
	if (parser_in_list (quiet, name))
		return TRUE;
	if (!parser_in_list (env, name))
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, file->at,
				    "fstests' common/%s is not modelled (known: preamble, rc, filter, btrfs, reflink, punch, dmflakey)",
				    name);
	if (!p->fstests) {
		g_autofree char *seq = g_path_get_basename (p->filename);
		g_autofree char *seqres = NULL;

		set_default (p, "SCRATCH_MNT", var (p, "mnt"));
		set_default (p, "SCRATCH_DEV", var (p, "dev"));
		set_default (p, "XFS_IO_PROG", "xfs_io");
		set_default (p, "BTRFS_UTIL_PROG", "btrfs");
		set_default (p, "MKFS_BTRFS_PROG", "mkfs.btrfs");
		set_default (p, "CHATTR_PROG", "chattr");
		set_default (p, "MKFS_OPTIONS", "");
		set_default (p, "CLONER_PROG", SCRIPT_START_DIR "/src/cloner");
		set_default (p, "FSTYP", "btrfs");
		set_default (p, "here", SCRIPT_START_DIR);
		set_default (p, "seq", seq);
		set_default (p, "RESULT_DIR", SCRIPT_START_DIR "/results");
		seqres = g_strdup_printf ("%s/%s", var (p, "RESULT_DIR"), var (p, "seq"));
		set_default (p, "seqres", seqres);
		set_default (p, "tmp", "/tmp/fstests");
		p->fstests = TRUE;
		p->script->scratch_mnt = parser_intern (p, var (p, "SCRATCH_MNT"));
		p->script->scratch_dev = parser_intern (p, var (p, "SCRATCH_DEV"));
	}
	return TRUE;
}

gboolean
fstests_log_file (const parser *p, const char *target)
{
	const char *seqres = g_hash_table_lookup (p->vars, "seqres");

	return p->fstests && seqres && g_str_has_prefix (target, seqres) && target[strlen (seqres)] == '.';
}

/* ---- the helpers ----------------------------------------------------------- */

/* argv with @lead words in front of the words of @from after the first
 * (the helper's arguments) and @tail after them, all at the helper's
 * position: what the helper runs. */
static GPtrArray *
words_for (GPtrArray *from, const char *const *lead, const char *const *tail)
{
	GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	spos at = at0 (from);

	for (guint i = 0; lead && lead[i]; i++)
		g_ptr_array_add (out, sword_make (lead[i], at));
	for (guint i = 1; i < from->len; i++)
		g_ptr_array_add (out, sword_slice (from->pdata[i], 0, ((sword *) from->pdata[i])->s->len));
	for (guint i = 0; tail && tail[i]; i++)
		g_ptr_array_add (out, sword_make (tail[i], at));
	return out;
}

static gboolean
run_as (parser *p, GPtrArray *argv, command_fn fn, const char *const *lead, const char *const *tail,
	GError **error)
{
	g_autoptr (GPtrArray) words = words_for (argv, lead, tail);
	g_autofree char *text = join_words (words);

	return fn (p, words, text, error);
}

/* Inserts the words of @s, split on blanks as an unquoted expansion is,
 * into @words at @index, each at @at. */
static void
insert_split (GPtrArray *words, guint index, const char *s, spos at)
{
	g_auto (GStrv) split = g_strsplit_set (s, " \t\n", -1);

	for (guint i = 0; split[i]; i++) {
		if (split[i][0])
			g_ptr_array_insert (words, (gint) index++, sword_make (split[i], at));
	}
}

/* $MKFS_OPTIONS, which common/rc puts on every mkfs of the scratch device
 * (a case adds to it: MKFS_OPTIONS="$MKFS_OPTIONS -O no-holes"), after
 * "mkfs.btrfs -f" in @words. */
static void
add_mkfs_options (parser *p, GPtrArray *words, spos at)
{
	insert_split (words, 2, var (p, "MKFS_OPTIONS"), at);
}

static gboolean script_exit (parser *p, GPtrArray *argv, GError **error);

static gboolean
scratch_mkfs_sized (parser *p, GPtrArray *argv, GError **error)
{
	const sword *size = argv->len > 1 ? argv->pdata[1] : NULL;
	guint64 bytes = 0;
	const char *dev = var (p, "SCRATCH_DEV");

	if (!size || argv->len > 3)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "_scratch_mkfs_sized SIZE [BLOCKSIZE]");
	if (!size->s->len || strspn (size->s->str, "0123456789") != size->s->len ||
	    !g_ascii_string_to_unsigned (size->s->str, 10, 0, G_MAXINT64, &bytes, NULL))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, size->at, "_scratch_mkfs_sized: '%s' is not a size in bytes",
				    size->s->str);
	/* common/rc: [ "$fssize" -gt "$devsize" ] && _notrun "Scratch device too small" */
	if (bytes > (p->device_size ? p->device_size : EXTSIM_SCRIPT_FSTESTS_DEVICE_SIZE)) {
		g_autoptr (GPtrArray) notrun = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);

		g_ptr_array_add (notrun, sword_make ("_notrun", at0 (argv)));
		g_ptr_array_add (notrun, sword_make ("Scratch device too small", at0 (argv)));
		return script_exit (p, notrun, error);
	}
	/* common/rc: (( fssize < $((256 * 1024 * 1024)) )) && mixed_opt='--mixed' */
	if (bytes < 256 * EXTSIM_MiB)
		return parser_not_modelled (
			p, size->at, "_scratch_mkfs_sized under 256 MiB (fstests then runs mkfs.btrfs --mixed: mixed block groups)",
			error);
	{
		g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
		g_autofree char *text = NULL;
		spos at = at0 (argv);

		g_ptr_array_add (words, sword_make ("mkfs.btrfs", at));
		g_ptr_array_add (words, sword_make ("-f", at));
		add_mkfs_options (p, words, at);
		g_ptr_array_add (words, sword_make ("-b", at));
		g_ptr_array_add (words, sword_slice (size, 0, size->s->len));
		if (argv->len == 3) {
			g_ptr_array_add (words, sword_make ("-s", at));
			g_ptr_array_add (words, sword_slice (argv->pdata[2], 0, ((sword *) argv->pdata[2])->s->len));
		}
		g_ptr_array_add (words, sword_make (dev, at));
		text = join_words (words);
		return cmd_mkfs (p, words, text, error);
	}
}

/* The xfs_io helpers of common/rc and common/reflink, each one xfs_io
 * command on one file:
 *
 *   _pwrite_byte PATTERN OFF LEN FILE [ARGS]   "pwrite -S PATTERN OFF LEN" on FILE
 *   _reflink SRC DST                           "reflink SRC" on DST
 *   _reflink_range SRC SOFF DST DOFF LEN [ARGS]  "reflink SRC SOFF DOFF LEN" on DST
 *   _dedupe_range SRC SOFF DST DOFF LEN [ARGS]   "dedupe SRC SOFF DOFF LEN" on DST
 *
 * as $XFS_IO_PROG $xfs_io_args -f -c "..." FILE, ARGS split on blanks
 * (the helpers leave $xfs_io_args unquoted).  Which one, and its
 * arguments: the -c text's words in order, then the file's index. */
typedef struct {
	const char *name;
	const char *verb;
	guint args;            /* after the name, the optional ARGS not counted */
	gboolean extra;        /* takes ARGS last */
	guint words[4];        /* argv indices of the -c text after the verb, 0 ends */
	guint file;
	const char *usage;
} io_helper;

#define RANGE_USAGE "SRC SRC_OFFSET DST DST_OFFSET LENGTH [XFS_IO_ARGS]"

static const io_helper io_helpers[] = {
	{ "_pwrite_byte", "pwrite -S", 4, TRUE, { 1, 2, 3, 0 }, 4, "PATTERN OFFSET LENGTH FILE [XFS_IO_ARGS]" },
	{ "_reflink", "reflink", 2, FALSE, { 1, 0 }, 2, "SRC DST" },
	{ "_reflink_range", "reflink", 5, TRUE, { 1, 2, 4, 5 }, 3, RANGE_USAGE },
	{ "_dedupe_range", "dedupe", 5, TRUE, { 1, 2, 4, 5 }, 3, RANGE_USAGE },
};

static gboolean
xfs_io_helper (parser *p, GPtrArray *argv, const io_helper *h, GError **error)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GString) cmd = g_string_new (h->verb);
	spos at = at0 (argv);

	if (argv->len != h->args + 1 && !(h->extra && argv->len == h->args + 2))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "%s %s", h->name, h->usage);
	g_ptr_array_add (words, sword_make ("xfs_io", at));
	if (argv->len == h->args + 2) {
		const sword *extra = argv->pdata[h->args + 1];

		insert_split (words, words->len, extra->s->str, extra->at);
	}
	for (guint i = 0; i < G_N_ELEMENTS (h->words) && h->words[i]; i++)
		g_string_append_printf (cmd, " %s", ((const sword *) argv->pdata[h->words[i]])->s->str);
	g_ptr_array_add (words, sword_make ("-f", at));
	g_ptr_array_add (words, sword_make ("-c", at));
	g_ptr_array_add (words, sword_make (cmd->str, at));
	g_ptr_array_add (words, sword_slice (argv->pdata[h->file], 0, ((sword *) argv->pdata[h->file])->s->len));
	return parse_xfs_io (p, words, error);
}

/* A decimal number as cloner's strtoull (..., 10) takes it whole. */
static gboolean
cloner_number (const char *s, guint64 *out)
{
	return *s && strspn (s, "0123456789") == strlen (s) && g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT64, out, NULL);
}

/*
 * fstests' src/cloner [-s SRC_OFF] [-d DST_OFF] [-l LEN] SRC DST: the btrfs
 * clone ioctls.  No option: BTRFS_IOC_CLONE of the whole file; any of them:
 * BTRFS_IOC_CLONE_RANGE (LEN 0: to SRC's end).  DST is opened O_CREAT.  It
 * prints nothing on success; "failed to open PATH: ..." or "clone failed:
 * ..." on stdout, the errno its exit status.  As xfs_io -f -c "reflink -q
 * SRC [SRC_OFF DST_OFF LEN]" DST, whose ops keep cloner's messages.
 */
static gboolean
cloner (parser *p, GPtrArray *argv, GError **error)
{
	g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	const char *opt_name[] = { "source offset", "destination offset", "length" };
	const sword *pos[2] = { NULL, NULL };
	guint64 v[3] = { 0, 0, 0 };
	gboolean range = FALSE;
	g_autofree char *cmd = NULL;
	guint n_pos = 0, ops = p->script->ops->len;
	spos at = at0 (argv);

	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *s = w->s->str, *o;

		if (s[0] == '-' && s[1] && (o = strchr ("sdl", s[1])) != NULL) {
			const char *val = s[2] ? s + 2 : i + 1 < argv->len ? ((sword *) argv->pdata[++i])->s->str : NULL;
			guint k = (guint) (o - "sdl");

			if (!val || !cloner_number (val, &v[k]))
				return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "cloner: invalid %s", opt_name[k]);
			range = TRUE;
		} else if (s[0] == '-' && s[1]) {
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "cloner: invalid argument '%s' (-s, -d, -l)", s);
		} else if (n_pos < 2) {
			pos[n_pos++] = w;
		} else {
			n_pos++;
		}
	}
	if (n_pos != 2)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "cloner: src_file and dst_file arguments are mandatory");
	cmd = range ? g_strdup_printf ("reflink -q %s %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT,
				       pos[0]->s->str, v[0], v[1], v[2])
		    : g_strdup_printf ("reflink -q %s", pos[0]->s->str);
	g_ptr_array_add (words, sword_make ("xfs_io", at));
	g_ptr_array_add (words, sword_make ("-f", at));
	g_ptr_array_add (words, sword_make ("-c", at));
	g_ptr_array_add (words, sword_make (cmd, pos[0]->at));
	g_ptr_array_add (words, sword_slice (pos[1], 0, pos[1]->s->len));
	if (!parse_xfs_io (p, words, error))
		return FALSE;
	for (guint i = ops; i < p->script->ops->len; i++)
		((script_op *) p->script->ops->pdata[i])->cloner = TRUE;
	return TRUE;
}

/* atoi's number: leading blanks, a sign, the digits; 0 without any */
static gint64
atoi_value (const char *s)
{
	return g_ascii_strtoll (s, NULL, 10);
}

/*
 * fstests' src/punch-alternating [-o OFFSET] [-i INTERVAL] [-s SIZE] FILE:
 * punches SIZE blocks every INTERVAL blocks (1 and 2: every other block)
 * from block OFFSET up to the file's size, then fsyncs it; blocks of
 * fstatfs' f_bsize, btrfs's sector size.  One op of the tool: @offset,
 * @length and @block_size (the stride) in bytes.  Its usage errors
 * (a size or interval not above 0, no file) are refused here.
 */
static gboolean
punch_alternating (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	gint64 v[3] = { 0, 1, 2 }; /* offset, size, interval */
	const sword *file = NULL;
	script_op *op;

	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *s = w->s->str, *o;

		if (s[0] == '-' && s[1] && (o = strchr ("osi", s[1])) != NULL) {
			const char *val = s[2] ? s + 2 : i + 1 < argv->len ? ((sword *) argv->pdata[++i])->s->str : NULL;
			guint k = (guint) (o - "osi");
			guint64 off = 0;

			if (!val)
				return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "punch-alternating: -%c needs a value",
						    s[1]);
			/* strtoull (optarg, NULL, 0): only ERANGE is an error */
			errno = 0;
			if (k == 0 && ((off = g_ascii_strtoull (val, NULL, 0)) > G_MAXINT64 || errno))
				return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "invalid offset '%s'", val);
			v[k] = k == 0 ? (gint64) off : atoi_value (val);
		} else if (s[0] == '-' && s[1]) {
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at,
					    "punch-alternating: invalid option '%s' (-o, -i, -s)", s);
		} else if (!file) {
			file = w;
		} else {
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "punch-alternating: one file only");
		}
	}
	if (v[1] <= 0 || v[2] <= 0 || v[1] > G_MAXINT32 || v[2] > G_MAXINT32)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "punch-alternating: %s must be > 0",
				    v[2] <= 0 || v[2] > G_MAXINT32 ? "interval" : "size");
	if (!file)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "punch-alternating: no file given");
	if ((guint64) v[0] > (guint64) G_MAXINT64 / p->sectorsize)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "punch-alternating: offset %" G_GINT64_FORMAT
				    " blocks is past the largest file", v[0]);
	op = tool_op (p, TOOL_PUNCH_ALTERNATING, EXTSIM_SCRIPT_OP_FPUNCH, file, text, error);
	if (!op)
		return FALSE;
	op->pub.offset = (guint64) v[0] * p->sectorsize;
	op->pub.length = (guint64) v[1] * p->sectorsize;
	op->pub.block_size = (guint64) v[2] * p->sectorsize;
	return TRUE;
}

static void
echo_line (parser *p, spos at, const char *name, const char *line)
{
	script_op *op = parser_add_op (p, EXTSIM_SCRIPT_OP_ECHO, at, name);

	op->pub.message = parser_intern (p, line);
}

/*
 * exit [N], and fstests' _exit [N] (N, else $status), _fail MSG (common/rc:
 * MSG and where the log is, on stdout; exit 1) and _notrun MSG ("$seq not
 * run: MSG"; exit 0).  One that an && or || decides on is an operation:
 * the runner ends the script there.  Any other ends the script as it is
 * read (nothing after it is read).
 */
static gboolean
script_exit (parser *p, GPtrArray *argv, GError **error)
{
	const char *name = word0 (argv);
	spos at = at0 (argv);
	guint64 status = G_MAXUINT64;
	script_op *op;

	p->cmd->pub.buffered = FALSE;
	if (g_str_equal (name, "_fail") || g_str_equal (name, "_notrun")) {
		g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
		g_autofree char *msg = NULL, *line = NULL;

		for (guint i = 1; i < argv->len; i++)
			g_ptr_array_add (words, sword_slice (argv->pdata[i], 0, ((sword *) argv->pdata[i])->s->len));
		msg = join_words (words);
		if (name[1] == 'f') {
			line = g_strdup_printf ("(see %s.full for details)", var (p, "seqres"));
			echo_line (p, at, name, msg);
			echo_line (p, at, name, line);
			status = 1;
		} else {
			line = g_strdup_printf ("%s not run: %s", var (p, "seq"), msg);
			echo_line (p, at, name, line);
			status = 0;
		}
	} else if (argv->len > 2) {
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[2])->at, "%s: too many arguments", name);
	} else {
		const char *n = argv->len == 2 ? ((sword *) argv->pdata[1])->s->str : NULL;

		/* fstests' _exit: test -n "$1" && status="$1"; exit "$status" */
		if (!n && name[0] == '_' && *var (p, "status"))
			n = var (p, "status");
		if (!parser_status (p, name, n, argv->len == 2 ? ((sword *) argv->pdata[1])->at : at, &status, error))
			return FALSE;
	}
	if (!p->cmd->cond) {
		p->exited = TRUE;
		return TRUE;
	}
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_EXIT, at, name);
	op->pub.length = status;
	return TRUE;
}

/* common/dmflakey: the writes are dropped from here on (the power fails),
 * _unmount_flakey, the writes allowed again, _mount_flakey.  The umount
 * is the power loss; a umount that would fail (nothing mounted) stays
 * one, which fails as it would. */
static gboolean
flakey_drop_and_remount (parser *p, GPtrArray *argv, GError **error)
{
	const char *const umount[] = { "umount", var (p, "SCRATCH_MNT"), NULL };
	const char *const mount_lead[] = { "mount", NULL };
	const char *const mount_tail[] = { var (p, "SCRATCH_DEV"), var (p, "SCRATCH_MNT"), NULL };
	g_autoptr (GPtrArray) alone = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	g_autoptr (GPtrArray) none = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);
	script_op *op;

	if (argv->len > 2 || (argv->len == 2 && !g_str_equal (((sword *) argv->pdata[1])->s->str, "yes")))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv),
				    "_flakey_drop_and_remount [yes] (yes: fsck before the mount)");
	g_ptr_array_add (alone, sword_make ("_unmount_flakey", at0 (argv)));
	if (!run_as (p, alone, cmd_umount, umount, NULL, error))
		return FALSE;
	op = p->script->ops->pdata[p->script->ops->len - 1];
	if (!op->fails) {
		g_autofree char *text = g_strdup_printf ("power loss, then %s", op->pub.text);

		op->pub.kind = EXTSIM_SCRIPT_OP_POWER_LOSS;
		op->pub.text = parser_intern (p, text);
		if (!p->script->power_loss)
			p->script->power_loss = p->cmd;
	}
	g_ptr_array_add (none, sword_make ("_mount_flakey", at0 (argv)));
	return run_as (p, none, cmd_mount, mount_lead, mount_tail, error);
}

/* Handles the fstests helper argv names; *handled FALSE when it is none. */
/* Does one of the arguments after argv's first word stand in @names? */
static gboolean
names_one_of (GPtrArray *argv, const char *const *names)
{
	for (guint i = 1; i < argv->len; i++) {
		if (parser_in_list (names, ((sword *) argv->pdata[i])->s->str))
			return TRUE;
	}
	return FALSE;
}

static const char *const fs_names[] = { "btrfs", "generic", NULL };
static const char *const os_names[] = { "Linux", NULL };

gboolean
fstests_command (parser *p, GPtrArray *argv, gboolean *handled, GError **error)
{
	const char *name = word0 (argv);
	const char *dev = var (p, "SCRATCH_DEV"), *mnt = var (p, "SCRATCH_MNT");
	const char *const mount_lead[] = { "mount", NULL };
	const char *const mount_tail[] = { dev, mnt, NULL };
	const char *const umount[] = { "umount", mnt, NULL };

	*handled = TRUE;
	if (g_str_equal (name, "exit") || g_str_equal (name, "_exit"))
		return script_exit (p, argv, error);
	if (p->fstests && g_str_equal (name, var (p, "CLONER_PROG")))
		return cloner (p, argv, error);
	if (p->fstests && g_str_has_prefix (name, var (p, "here")) && g_str_equal (name + strlen (var (p, "here")), "/src/punch-alternating"))
		return punch_alternating (p, argv, p->cmd->pub.text, error);
	if (!p->fstests || name[0] != '_') {
		*handled = FALSE;
		return TRUE;
	}
	p->cmd->pub.buffered = FALSE;
	if (g_str_equal (name, "_fail") || g_str_equal (name, "_notrun"))
		return script_exit (p, argv, error);
	if (g_str_equal (name, "_begin_fstest")) {
		g_autofree char *line = g_strdup_printf ("QA output created by %s", var (p, "seq"));
		const char *const echo[] = { "echo", line, NULL };
		g_autoptr (GPtrArray) words = words_for (argv, echo, NULL);
		g_autofree char *text = NULL;

		g_ptr_array_set_size (words, 2); /* the groups are not printed */
		text = join_words (words);
		return cmd_simple (p, words, text, error);
	}
	if (g_str_equal (name, "_supported_fs"))
		return names_one_of (argv, fs_names) ||
		       parser_not_modelled (p, at0 (argv), "an fstests case for a filesystem other than btrfs", error);
	if (g_str_equal (name, "_need_to_be_root") || g_str_equal (name, "_check_scratch_fs"))
		return TRUE; /* the model needs no root; it keeps no metadata for btrfs check to read */
	if (g_str_equal (name, "_scratch_sync")) {
		/* common/rc: _sync_fs $SCRATCH_MNT, xfs_io's syncfs: btrfs_sync_fs
		 * writes everything back and commits, as sync does here */
		const char *const sync[] = { "sync", NULL };
		g_autoptr (GPtrArray) words = NULL;

		if (argv->len > 1)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[1])->at,
					    "%s takes no argument", name);
		words = words_for (argv, sync, NULL);
		return cmd_simple (p, words, "sync", error);
	}
	if (g_str_equal (name, "_supported_os")) /* cases older than 2021 name the system too */
		return names_one_of (argv, os_names) ||
		       parser_not_modelled (p, at0 (argv), "an fstests case for a system other than Linux", error);
	if (g_str_has_prefix (name, "_require_") || g_str_has_prefix (name, "_fixed_by_") ||
	    g_str_has_prefix (name, "_wants_"))
		return TRUE;
	if (g_str_equal (name, "_scratch_mkfs")) {
		const char *const lead[] = { "mkfs.btrfs", "-f", NULL };
		const char *const tail[] = { dev, NULL };
		g_autoptr (GPtrArray) words = words_for (argv, lead, tail);
		g_autofree char *text = NULL;

		add_mkfs_options (p, words, at0 (argv));
		text = join_words (words);
		return cmd_mkfs (p, words, text, error);
	}
	if (g_str_equal (name, "_scratch_mkfs_sized"))
		return scratch_mkfs_sized (p, argv, error);
	if (g_str_equal (name, "_hexdump")) {
		/* common/rc: od -Ax -t x1z $* */
		const char *const lead[] = { "od", "-Ax", "-t", "x1z", NULL };

		return run_as (p, argv, cmd_od, lead, NULL, error);
	}
	if (g_str_equal (name, "_cp_reflink")) {
		/* common/reflink: cp --reflink=always -p -f "$1" "$2" (-p and -f
		 * change nothing the model keeps) */
		const char *const lead[] = { "cp", "--reflink=always", NULL };

		if (argv->len != 3)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "_cp_reflink SRC DST");
		return run_as (p, argv, cmd_cp, lead, NULL, error);
	}
	for (guint i = 0; i < G_N_ELEMENTS (io_helpers); i++) {
		if (g_str_equal (name, io_helpers[i].name))
			return xfs_io_helper (p, argv, &io_helpers[i], error);
	}
	if (g_str_equal (name, "_md5_checksum") || g_str_equal (name, "_get_filesize")) {
		/* common/rc: md5sum $1 | cut -d ' ' -f1; stat -c %s "$1" */
		const char *const md5[] = { "md5sum", NULL };
		const char *const size[] = { "stat", "-c", "%s", NULL };
		gboolean sum = name[1] == 'm';

		if (argv->len != 2)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "%s FILE", name);
		if (!run_as (p, argv, sum ? cmd_files : cmd_stat, sum ? md5 : size, NULL, error))
			return FALSE;
		if (sum) /* the hash alone */
			((script_op *) p->script->ops->pdata[p->script->ops->len - 1])->subst = SUBST_MD5_HASH;
		return TRUE;
	}
	if (g_str_equal (name, "_init_flakey") || g_str_equal (name, "_cleanup_flakey")) {
		if (argv->len > 1)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[1])->at,
					    "%s takes no argument", name);
		return TRUE;
	}
	if (g_str_equal (name, "_load_flakey_table"))
		return parser_not_modelled (p, at0 (argv),
					    "dm-flakey tables (the model drops writes only as _flakey_drop_and_remount "
					    "does: the power fails, then the umount)",
					    error);
	if (g_str_equal (name, "_flakey_drop_and_remount"))
		return flakey_drop_and_remount (p, argv, error);
	if (g_str_equal (name, "_scratch_mount") || g_str_equal (name, "_mount_flakey"))
		return run_as (p, argv, cmd_mount, mount_lead, mount_tail, error);
	if (g_str_equal (name, "_scratch_unmount") || g_str_equal (name, "_unmount_flakey") ||
	    g_str_equal (name, "_scratch_cycle_mount")) {
		gboolean cycle = g_str_equal (name, "_scratch_cycle_mount");
		g_autoptr (GPtrArray) alone = g_ptr_array_new_with_free_func ((GDestroyNotify) sword_free);

		if (!cycle && argv->len > 1)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, ((sword *) argv->pdata[1])->at,
					    "%s takes no argument", name);
		/* the umount of a cycle takes none of its mount options */
		g_ptr_array_add (alone, sword_make (name, at0 (argv)));
		if (!run_as (p, alone, cmd_umount, umount, NULL, error))
			return FALSE;
		return !cycle || run_as (p, argv, cmd_mount, mount_lead, mount_tail, error);
	}
	*handled = FALSE;
	return TRUE;
}

/* ---- the filters --------------------------------------------------------- */

static const char *const filter_names[] = {
	[FSTESTS_FILTER_SCRATCH] = "_filter_scratch",
	[FSTESTS_FILTER_XFS_IO] = "_filter_xfs_io",
	[FSTESTS_FILTER_XFS_IO_NUMBERS] = "_filter_xfs_io_numbers",
	[FSTESTS_FILTER_XFS_IO_FIEMAP] = "_filter_xfs_io_fiemap",
	[FSTESTS_FILTER_SPACES] = "_filter_spaces",
	[FSTESTS_FILTER_TRAILING_WHITESPACE] = "_filter_trailing_whitespace",
	[FSTESTS_FILTER_BLOCKS_MODIFIED] = "_filter_xfs_io_blocks_modified",
	[FSTESTS_FILTER_PAGES_MODIFIED] = "_filter_xfs_io_pages_modified",
	[FSTESTS_FILTER_OD] = "_filter_od",
	[FSTESTS_FILTER_FIEMAP] = "_filter_fiemap",
	[FSTESTS_FILTER_HOLE_FIEMAP] = "_filter_hole_fiemap",
	[FSTESTS_FILTER_FIEMAP_FLAGS] = "_filter_fiemap_flags",
};

int
fstests_filter_lookup (const char *name, const char *arg)
{
	for (guint i = 1; i < G_N_ELEMENTS (filter_names); i++) {
		if (!filter_names[i] || !g_str_equal (name, filter_names[i]))
			continue;
		if (!arg)
			return (int) i;
		/* common/punch: if [ ! -z "$1" ] && [ $1 -eq 1 ]: the encoded flag */
		if (i != FSTESTS_FILTER_FIEMAP_FLAGS || strspn (arg, "0123456789") != strlen (arg) || !*arg)
			return -1;
		return strtoull (arg, NULL, 10) == 1 && strlen (arg) < 20 ? FSTESTS_FILTER_FIEMAP_FLAGS_ENCODED
									     : FSTESTS_FILTER_FIEMAP_FLAGS;
	}
	return 0;
}

const char *
fstests_filter_names (void)
{
	return "_filter_scratch, _filter_xfs_io, _filter_xfs_io_numbers, _filter_xfs_io_fiemap, _filter_spaces, "
	       "_filter_trailing_whitespace, _filter_xfs_io_blocks_modified, _filter_xfs_io_pages_modified, "
	       "_filter_od, _filter_fiemap, _filter_hole_fiemap, _filter_fiemap_flags [1]";
}

/* sed's s,\BFROM,TO,g for a FROM that starts with a non-word character
 * (a path): an occurrence counts when the character before it is not a
 * word character either (or it starts the line). */
static void
replace_path (GString *line, const char *from, const char *to)
{
	gsize n = strlen (from);

	if (!n)
		return;
	for (gsize i = 0; i + n <= line->len;) {
		if (memcmp (line->str + i, from, n) == 0 &&
		    (i == 0 || !(g_ascii_isalnum (line->str[i - 1]) || line->str[i - 1] == '_'))) {
			g_string_erase (line, (gssize) i, (gssize) n);
			g_string_insert (line, (gssize) i, to);
			i += strlen (to);
		} else {
			i++;
		}
	}
}

/* The filters' patterns, in PCRE: fstests' sed, grep and awk expressions.
 * Each is compiled once, at its first use, and kept. */
typedef enum {
	RE_USE_SPACE,  /* _filter_scratch: /.use_space/d */
	RE_RATE,       /* _filter_xfs_io's sed expression */
	RE_DIGITS,     /* _filter_xfs_io_numbers */
	RE_FIEMAP_EXT, /* _filter_xfs_io_fiemap: a line of the table, its index */
	RE_HOLE,       /* ... and \<hole\> */
	RE_SPACES,     /* _filter_spaces */
	RE_TRAILING,   /* _filter_trailing_whitespace */
	RE_HEX,        /* common/punch: $5 ~ /0x[[:xdigit:]]+/ */
	RE_UNWRITTEN,  /* _filter_fiemap: $5 ~ /0x[[:xdigit:]]*8[[:xdigit:]]{2}/ */
	N_PATTERNS
} pattern_id;

static const char *const patterns[N_PATTERNS] = {
	[RE_USE_SPACE] = ".use_space",
	[RE_RATE] = "[0-9/.]* [GMKiBbytes]*, [0-9]* ops; [0-9/:. sec]* "
		    "\\([infa0-9/.-]* [EPGMKiBbytes]*/sec and [infa0-9/.-]* ops/sec\\)",
	[RE_DIGITS] = "[0-9]+",
	[RE_FIEMAP_EXT] = "^\\s+[0-9]+:",
	[RE_HOLE] = "\\bhole\\b",
	[RE_SPACES] = "\\s+",
	[RE_TRAILING] = "\\s+$",
	[RE_HEX] = "0x[[:xdigit:]]+",
	[RE_UNWRITTEN] = "0x[[:xdigit:]]*8[[:xdigit:]]{2}",
};

static GRegex *
pattern (pattern_id id)
{
	static GRegex *compiled[N_PATTERNS];
	static gsize ready[N_PATTERNS];

	if (g_once_init_enter (&ready[id])) {
		compiled[id] = g_regex_new (patterns[id], 0, 0, NULL);
		g_assert (compiled[id]); /* the patterns are this file's */
		g_once_init_leave (&ready[id], 1);
	}
	return compiled[id];
}

static gboolean
matches (pattern_id id, const char *text)
{
	return g_regex_match (pattern (id), text, 0, NULL);
}

/* sed's s///g (@all) or s/// of @id in @line. */
static void
substitute (GString *line, pattern_id id, const char *replacement, gboolean all)
{
	g_autofree char *out = NULL;

	if (all) {
		out = g_regex_replace_literal (pattern (id), line->str, (gssize) line->len, 0, replacement, 0, NULL);
		g_string_assign (line, out);
	} else {
		g_autoptr (GMatchInfo) m = NULL;
		int s, e;

		if (!g_regex_match (pattern (id), line->str, 0, &m) || !g_match_info_fetch_pos (m, 0, &s, &e))
			return;
		g_string_erase (line, s, e - s);
		g_string_insert (line, s, replacement);
	}
}

/* awk's fields of @line ($1 first): runs of blanks and tabs part them, and
 * leading and trailing ones make none.  They point into *parts, which the
 * caller frees after the array. */
static GPtrArray *
awk_fields (const char *line, GStrv *parts)
{
	GPtrArray *fields = g_ptr_array_new ();

	*parts = g_strsplit_set (line, " \t", -1);
	for (guint k = 0; (*parts)[k]; k++) {
		if (*(*parts)[k])
			g_ptr_array_add (fields, (*parts)[k]);
	}
	return fields;
}

/*
 * common/filter's _filter_xfs_io_units_modified: an awk script that keeps
 * the lines matching /wrote/ only, each as "UNITs modified: [FIRST -
 * LAST]", the units the write covered: FIRST = int (offset / size), LAST =
 * int ((offset + bytes - 1) / size), where bytes is strtonum of $2 up to its
 * '/' and offset strtonum ($NF) (C's bases, as gawk's strtonum).
 */
static guint
units_modified (GString *line, const char *unit, guint64 size)
{
	g_auto (GStrv) parts = NULL;
	g_autoptr (GPtrArray) fields = NULL;
	double bytes, offset;

	if (!strstr (line->str, "wrote"))
		return 0;
	fields = awk_fields (line->str, &parts);
	bytes = fields->len > 1 ? (double) g_ascii_strtoull (fields->pdata[1], NULL, 0) : 0;
	offset = (double) g_ascii_strtoull (fields->pdata[fields->len - 1], NULL, 0);
	g_string_printf (line, "%ss modified: [%lld - %lld]", unit, (long long) (offset / (double) size),
			 (long long) ((offset + bytes - 1) / (double) size));
	return 1;
}

/*
 * common/filter's _filter_od, an awk script over od's output: a line that
 * starts with a digit has its first field, an octal address
 * (strtonum ("0"$1)), replaced by the block it is in, in octal
 * (sprintf ("%o", offset / block_size)), and is printed with its fields
 * joined by one blank (awk rebuilds $0); a line with a '*' is printed
 * (again, for a rebuilt line that has one); any other line goes.
 */
static guint
od_blocks (GString *line, guint64 block_size)
{
	g_auto (GStrv) parts = NULL;
	g_autoptr (GPtrArray) fields = NULL;
	g_autoptr (GString) out = NULL;

	if (!g_ascii_isdigit (line->str[0]))
		return strchr (line->str, '*') != NULL;
	fields = awk_fields (line->str, &parts);
	out = g_string_new (NULL);
	g_string_printf (out, "%" G_GINT64_MODIFIER "o", g_ascii_strtoull (fields->pdata[0], NULL, 8) / block_size);
	for (guint k = 1; k < fields->len; k++)
		g_string_append_printf (out, " %s", (const char *) fields->pdata[k]);
	g_string_assign (line, out->str);
	return strchr (line->str, '*') ? 2 : 1;
}

/* One line (without its newline) through a filter: how many times it is
 * printed (0 drops it). */
static guint
filter_line (int filter, GString *line, const char *mnt, const char *dev, guint64 block_size)
{
	switch (filter) {
	case FSTESTS_FILTER_SCRATCH:
		/* SCRATCH_DEV may be a prefix of SCRATCH_MNT: the mount point first */
		replace_path (line, mnt, "SCRATCH_MNT");
		replace_path (line, dev, "SCRATCH_DEV");
		return !matches (RE_USE_SPACE, line->str);
	case FSTESTS_FILTER_XFS_IO:
	case FSTESTS_FILTER_XFS_IO_NUMBERS:
		substitute (line, RE_RATE, "XXX Bytes, X ops; XX:XX:XX.X (XXX YYY/sec and XXX ops/sec)", FALSE);
		if (filter == FSTESTS_FILTER_XFS_IO_NUMBERS)
			substitute (line, RE_DIGITS, "XXXX", TRUE);
		return 1;
	case FSTESTS_FILTER_XFS_IO_FIEMAP:
		/* grep -E '^[[:space:]]+[0-9]+:' | grep -v '\<hole\>' |
		 * sed -E 's/^[[:space:]]+[0-9]+://' | tr '][.:' ' ' */
		if (!matches (RE_FIEMAP_EXT, line->str) || matches (RE_HOLE, line->str))
			return 0;
		substitute (line, RE_FIEMAP_EXT, "", FALSE);
		for (gsize i = 0; i < line->len; i++) {
			if (strchr ("][.:", line->str[i]))
				line->str[i] = ' ';
		}
		return 1;
	case FSTESTS_FILTER_SPACES:
		substitute (line, RE_SPACES, " ", TRUE);
		return 1;
	case FSTESTS_FILTER_TRAILING_WHITESPACE:
		substitute (line, RE_TRAILING, "", FALSE);
		return 1;
	case FSTESTS_FILTER_BLOCKS_MODIFIED:
		/* BLOCK_SIZE=$(_get_file_block_size $SCRATCH_MNT) */
		return units_modified (line, "Block", block_size);
	case FSTESTS_FILTER_PAGES_MODIFIED:
		/* PAGE_SIZE=$(_get_page_size): x86_64's */
		return units_modified (line, "Page", 4096);
	case FSTESTS_FILTER_OD:
		return od_blocks (line, block_size);
	default:
		g_assert_not_reached ();
	}
}

/*
 * common/punch's fiemap filters: an awk script names each line of xfs_io
 * fiemap -v by its fields ($3 ~ /hole/: "hole"; else by the FLAGS field
 * $5), printing "$1 $2 TYPE", and _coalesce_extents joins the lines of one
 * type in a row: "N: [LOW..HIGH]: TYPE", each run ending where the next
 * starts, the last at the last line's end.
 */
static const char *
fiemap_type (int filter, char **f, guint n, GString *buf)
{
	guint64 flags;

	if (n >= 3 && strstr (f[2], "hole"))
		return "hole";
	if (n < 5 || !matches (RE_HEX, f[4]))
		return NULL;
	switch (filter) {
	case FSTESTS_FILTER_FIEMAP:
		return matches (RE_UNWRITTEN, f[4]) ? "unwritten" : "data";
	case FSTESTS_FILTER_HOLE_FIEMAP:
		return "extent";
	default:
		/* flags = strtonum ($5): shared 0x2000, encoded 0x8 (asked for), last 0x1 */
		flags = g_ascii_strtoull (f[4], NULL, 16);
		g_string_assign (buf, "none");
		if (flags & 0x2000)
			g_string_assign (buf, "shared");
		if (filter == FSTESTS_FILTER_FIEMAP_FLAGS_ENCODED && (flags & 0x8)) {
			if (flags & 0x2000)
				g_string_append_c (buf, '|');
			else
				g_string_assign (buf, "");
			g_string_append (buf, "encoded");
		}
		if (flags & 0x1) {
			if (!g_str_equal (buf->str, "none"))
				g_string_append_c (buf, '|');
			else
				g_string_assign (buf, "");
			g_string_append (buf, "last");
		}
		return buf->str;
	}
}

static char *
fiemap_filter (int filter, const char *text)
{
	g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
	GString *out = g_string_new (NULL);
	g_autoptr (GString) prev = g_string_new (NULL), buf = g_string_new (NULL);
	guint64 count = 0, high = 0;
	gboolean any = FALSE;

	for (guint i = 0; lines[i]; i++) {
		g_auto (GStrv) parts = NULL;
		g_autoptr (GPtrArray) fields = awk_fields (g_strstrip (lines[i]), &parts);
		const char *type;
		guint64 low;

		type = fiemap_type (filter, (char **) fields->pdata, fields->len, buf);
		/* the range "[LOW..HIGH]:", as _coalesce_extents splits it */
		if (!type || fields->len < 2 || sscanf (fields->pdata[1], "[%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT "]", &low,
							 &high) != 2)
			continue;
		if (!any || !g_str_equal (type, prev->str)) {
			if (any)
				g_string_append_printf (out, "%" G_GUINT64_FORMAT "]: %s\n", low - 1, prev->str);
			g_string_append_printf (out, "%" G_GUINT64_FORMAT ": [%" G_GUINT64_FORMAT "..", count++, low);
			g_string_assign (prev, type);
			any = TRUE;
		}
	}
	if (any)
		g_string_append_printf (out, "%" G_GUINT64_FORMAT "]: %s\n", high, prev->str);
	return g_string_free (out, FALSE);
}

char *
fstests_filter_apply (int filter, const char *text, gsize len, const char *mnt, const char *dev, guint64 block_size)
{
	GString *out;
	g_autoptr (GString) line = g_string_new (NULL);

	if (filter >= FSTESTS_FILTER_FIEMAP)
		return fiemap_filter (filter, text);
	out = g_string_sized_new (len);
	for (gsize i = 0; i < len;) {
		const char *nl = memchr (text + i, '\n', len - i);
		gsize e = nl ? (gsize) (nl - text) : len;

		g_string_assign (line, "");
		g_string_append_len (line, text + i, (gssize) (e - i));
		guint times = filter_line (filter, line, mnt ? mnt : "", dev ? dev : "", block_size ? block_size : 4096);

		for (guint k = 0; k < times; k++) {
			g_string_append_len (out, line->str, (gssize) line->len);
			if (nl)
				g_string_append_c (out, '\n');
		}
		i = nl ? e + 1 : len;
	}
	return g_string_free (out, FALSE);
}
