/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the grammar of each shell command of the dialect
 *
 * Every handler takes the command's words, checks its options the way the
 * real tool does and appends operations (parser_add_op()):
 *
 *   mkfs.btrfs [-f] [-b SIZE] [-s SECTORSIZE] DEV   -> mkfs (device size, sectorsize);
 *                                                      under MKFS_MIN_DEV_SIZE it fails
 *   mount [-o OPTS] [-t btrfs] DEV DIR               -> mount (nodatacow, nodatasum); of a
 *                                                      device mkfs.btrfs refused, it fails
 *   umount DEV|DIR                                  -> umount
 *   touch|rm [-f]|chattr +C|md5sum PATH...          -> one operation per PATH
 *   sync, sleep N, echo [-n] WORDS                  -> sync, sleep, echo
 *   btrfs subvolume create|snapshot [-r], btrfs filesystem sync
 *   NAME=value, export, set -e, cd                  -> the parser's state only
 *
 * Options are scanned as GNU getopt scans them (anywhere on the line, "--"
 * ends them, "-b512M" and "--byte-count=512M" both work), so a line pasted
 * from a mail means what it meant there.  An option the real tool has but
 * the model does not follow is refused by name (OPNOTSUPP); one the tool
 * does not have is a plain error (INVAL).  An option that changes nothing
 * the model sees (mkfs.btrfs -L, mount -o noatime) is accepted silently.
 */
#include "script-private.h"

#include <string.h>

/* ---- GNU-style option scanning for the shell commands ------------------- */

const char *
word0 (GPtrArray *argv)
{
	return ((sword *) argv->pdata[0])->s->str;
}

spos
at0 (GPtrArray *argv)
{
	return ((sword *) argv->pdata[0])->at;
}

const char *
sarg_value (const sarg *a)
{
	return a->w ? a->w->s->str + a->voff : NULL;
}

spos
sarg_value_pos (const sarg *a)
{
	return a->w ? sword_pos (a->w, a->voff) : a->at;
}

static gboolean
scan_long (parser *p, GPtrArray *argv, guint *i, const optdef *defs, GArray *out, GError **error)
{
	const sword *w = argv->pdata[*i];
	const char *s = w->s->str, *eq = strchr (s, '=');
	gsize n = eq ? (gsize) (eq - s - 2) : strlen (s + 2);
	const optdef *d = defs;

	while (d->opt && !(d->longname && strlen (d->longname) == n && !strncmp (d->longname, s + 2, n)))
		d++;
	if (!d->opt)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "%s: unknown option '%s'", word0 (argv), s);
	if (!d->has_arg) {
		g_array_append_val (out, ((sarg) { d->opt, NULL, 0, w->at }));
	} else if (eq) {
		g_array_append_val (out, ((sarg) { d->opt, w, (gsize) (eq - s + 1), w->at }));
	} else if (*i + 1 < argv->len) {
		*i += 1;
		g_array_append_val (out, ((sarg) { d->opt, argv->pdata[*i], 0, w->at }));
	} else {
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "%s: option '%s' needs an argument", word0 (argv), s);
	}
	return TRUE;
}

static gboolean
scan_short (parser *p, GPtrArray *argv, guint *i, const optdef *defs, GArray *out, GError **error)
{
	const sword *w = argv->pdata[*i];
	const char *s = w->s->str;

	for (gsize k = 1; s[k]; k++) {
		const optdef *d = defs;
		spos at = sword_pos (w, k);

		while (d->opt && d->opt != s[k])
			d++;
		if (!d->opt)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "%s: unknown option -%c", word0 (argv), s[k]);
		if (!d->has_arg) {
			g_array_append_val (out, ((sarg) { d->opt, NULL, 0, at }));
			continue;
		}
		if (s[k + 1]) {
			g_array_append_val (out, ((sarg) { d->opt, w, k + 1, at }));
		} else if (*i + 1 < argv->len) {
			*i += 1;
			g_array_append_val (out, ((sarg) { d->opt, argv->pdata[*i], 0, at }));
		} else {
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "%s: option -%c needs an argument", word0 (argv),
				     s[k]);
		}
		break;
	}
	return TRUE;
}

/* Splits argv[1..] into options (anywhere, as GNU getopt permutes them)
 * and positionals; "--" ends the options. */
gboolean
scan_args (parser *p, GPtrArray *argv, const optdef *defs, GArray *out, GError **error)
{
	gboolean options = TRUE;

	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *s = w->s->str;
		gboolean ok = TRUE;

		if (options && !w->quoted && g_str_equal (s, "--"))
			options = FALSE;
		else if (options && !w->quoted && g_str_has_prefix (s, "--"))
			ok = scan_long (p, argv, &i, defs, out, error);
		else if (options && !w->quoted && s[0] == '-' && s[1])
			ok = scan_short (p, argv, &i, defs, out, error);
		else
			g_array_append_val (out, ((sarg) { 0, w, 0, w->at }));
		if (!ok)
			return FALSE;
	}
	return TRUE;
}

guint
n_positionals (GArray *args)
{
	guint n = 0;

	for (guint i = 0; i < args->len; i++)
		n += g_array_index (args, sarg, i).opt == 0;
	return n;
}

const sword *
positional (GArray *args, guint k)
{
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 0 && k-- == 0)
			return a->w;
	}
	g_error ("positional %u of %u asked for", k, n_positionals (args));
}


/* A word that lists every argument the command does not model. */
gboolean
parser_not_modelled (parser *p, spos at, const char *what, GError **error)
{
	return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at, "%s is not modelled by extsim", what);
}

char *
join_words (GPtrArray *argv)
{
	GString *s = g_string_new (NULL);

	for (guint i = 0; i < argv->len; i++)
		g_string_append_printf (s, "%s%s", i ? " " : "", ((sword *) argv->pdata[i])->s->str);
	return g_string_free (s, FALSE);
}

/* ---- mkfs.btrfs, mount, umount ------------------------------------------- */

static const optdef mkfs_opts[] = {
	{ 'f', "force", FALSE },     { 'b', "byte-count", TRUE }, { 's', "sectorsize", TRUE },
	{ 'q', "quiet", FALSE },     { 'K', "nodiscard", FALSE }, { 'L', "label", TRUE },
	{ 'O', "features", TRUE },   { 'R', "runtime-features", TRUE },
	{ 'n', "nodesize", TRUE },   { 'U', "uuid", TRUE },       { 'm', "metadata", TRUE },
	{ 'd', "data", TRUE },       { 'M', "mixed", FALSE },     { 'r', "rootdir", TRUE },
	{ 'v', "verbose", FALSE },   { 'V', "version", FALSE },   { 0, NULL, FALSE },
};

static gboolean
mkfs_option (parser *p, const sarg *a, script_op *op, GError **error)
{
	const char *v = sarg_value (a);
	guint64 size;

	switch (a->opt) {
	case 'f':
		op->pub.flags |= EXTSIM_SCRIPT_OP_FORCE;
		return TRUE;
	case 'b':
		if (!parse_btrfs_size (v, &size) || size == 0)
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a), "mkfs.btrfs: invalid size '%s'", v);
		op->pub.length = size;
		return TRUE;
	case 's':
		if (!parse_btrfs_size (v, &size) || (size != 4096 && size != 16384 && size != 65536))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, sarg_value_pos (a),
				     "mkfs.btrfs: sector size '%s' must be 4096, 16384 or 65536", v);
		op->pub.block_size = size;
		return TRUE;
	case 'm':
	case 'd':
		/* the defaults (metadata DUP, data single) are what the model assumes */
		if (g_ascii_strcasecmp (v, a->opt == 'm' ? "dup" : "single") == 0)
			return TRUE;
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, sarg_value_pos (a),
			     "mkfs.btrfs -%c %s is not modelled (only the default, -%c %s)", a->opt, v, a->opt,
			     a->opt == 'm' ? "dup" : "single");
	case 'M':
		return parser_not_modelled (p, a->at, "mkfs.btrfs --mixed", error);
	case 'r':
		return parser_not_modelled (p, a->at, "mkfs.btrfs --rootdir", error);
	case 'V':
		return parser_not_modelled (p, a->at, "mkfs.btrfs --version", error);
	default:
		return TRUE; /* -q -K -L -O -R -n -U -v change nothing the model sees */
	}
}

gboolean
cmd_mkfs (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	script_op *op;
	const sword *dev;

	if (!scan_args (p, argv, mkfs_opts, args, error))
		return FALSE;
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_MKFS, at0 (argv), text);
	op->pub.length = p->device_size			? p->device_size
			 : p->fstests			? EXTSIM_SCRIPT_FSTESTS_DEVICE_SIZE
							: EXTSIM_SCRIPT_DEFAULT_DEVICE_SIZE;
	op->pub.block_size = 4096;
	for (guint i = 0; i < args->len; i++) {
		if (g_array_index (args, sarg, i).opt && !mkfs_option (p, &g_array_index (args, sarg, i), op, error))
			return FALSE;
	}
	if (n_positionals (args) != 1)
		return n_positionals (args) ? parser_not_modelled (p, positional (args, 1)->at, "a filesystem on more than one device", error)
					    : parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "mkfs.btrfs: no device given");
	dev = positional (args, 0);
	if (p->mnt)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, dev->at, "mkfs.btrfs: %s is mounted at %s (umount it first)",
			     dev->s->str, p->mnt);
	op->pub.path = parser_intern (p, dev->s->str);
	if (op->pub.length > (G_GUINT64_CONSTANT (1) << 62))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv),
			     "mkfs.btrfs: a device of %" G_GUINT64_FORMAT " bytes is larger than the model allows (4 EiB)",
			     op->pub.length);
	if (op->pub.length < MKFS_MIN_DEV_SIZE || (p->device_size && op->pub.length > p->device_size)) {
		/* refused before anything is written: the device keeps what it held */
		op->fails = op->pub.length < MKFS_MIN_DEV_SIZE ? OP_FAILS_TOO_SMALL : OP_FAILS_TOO_BIG;
		op->device_bytes = p->device_size;
		if (!p->dev || !g_str_equal (p->dev, dev->s->str)) {
			g_free (p->blank_dev);
			p->blank_dev = g_strdup (dev->s->str);
		}
		return TRUE;
	}
	if (p->blank_dev && g_str_equal (p->blank_dev, dev->s->str))
		g_clear_pointer (&p->blank_dev, g_free);
	g_free (p->dev);
	p->dev = g_strdup (dev->s->str);
	p->sectorsize = op->pub.block_size;
	p->mounted_once = FALSE;
	return TRUE;
}

/* Mount options: the two the model follows, the ones that change nothing it
 * simulates, and the ones that would change it but are not modelled. */
static const char *const ignored_mount_options[] = {
	"nospace_cache", "space_cache", "clear_cache", "discard", "nodiscard", "noatime", "relatime",
	"atime", "strictatime", "lazytime", "nolazytime", "rw", "defaults", "ssd", "nossd", "ssd_spread",
	"nossd_spread", "autodefrag", "noautodefrag", "commit", "flushoncommit", "noflushoncommit",
	"barrier", "nobarrier", "thread_pool", "metadata_ratio", "skip_balance", "treelog", "notreelog",
	"enospc_debug", "noenospc_debug", "acl", "noacl", "user_subvol_rm_allowed", "datacow", "datasum",
	"nodev", "nosuid", "noexec", "dev", "suid", "exec", "auto", "noauto",
	"sync", "async", "norecovery", "usebackuproot", "nologreplay", "fatal_errors", "check_int",
	"check_int_data", "check_int_print_mask", "inode_cache", "noinode_cache", "rescan_uuid_tree",
	"space_cache=v1", NULL,
};

static const char *const unmodelled_mount_options[] = {
	"compress", "compress-force", "ro", "remount", "subvol", "subvolid", "device", "degraded",
	"rescue", "recovery", "nodatacow_force", "fragment", "ref_verify", "bind",
	"max_inline", /* inline extents are modelled at the default, 2048 bytes */
	NULL,
};

gboolean
parser_in_list (const char *const *list, const char *name)
{
	for (guint i = 0; list[i]; i++) {
		if (g_str_equal (list[i], name))
			return TRUE;
	}
	return FALSE;
}

static gboolean
mount_options (parser *p, const sarg *a, guint32 *flags, GError **error)
{
	const char *opts = sarg_value (a);
	gsize off = 0;

	while (TRUE) {
		gsize len = strcspn (opts + off, ",");
		g_autofree char *opt = g_strndup (opts + off, len);
		g_autofree char *name = g_strndup (opt, strcspn (opt, "="));
		spos at = sword_pos (a->w, a->voff + off);

		if (g_str_equal (name, "nodatacow"))
			*flags |= EXTSIM_SCRIPT_OP_NODATACOW | EXTSIM_SCRIPT_OP_NODATASUM;
		else if (g_str_equal (name, "nodatasum"))
			*flags |= EXTSIM_SCRIPT_OP_NODATASUM;
		else if (g_str_equal (name, "datacow"))
			*flags &= ~(guint32) EXTSIM_SCRIPT_OP_NODATACOW;
		else if (g_str_equal (name, "datasum"))
			*flags &= ~(guint32) (EXTSIM_SCRIPT_OP_NODATASUM | EXTSIM_SCRIPT_OP_NODATACOW);
		else if (parser_in_list (unmodelled_mount_options, name))
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at, "mount option '%s' is not modelled by extsim", opt);
		else if (!*name || !parser_in_list (ignored_mount_options, name))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "mount: unknown mount option '%s'", opt);
		off += len;
		if (!opts[off])
			return TRUE;
		off++;
	}
}

static const optdef mount_opts[] = {
	{ 'o', "options", TRUE }, { 't', "types", TRUE }, { 'v', "verbose", FALSE }, { 0, NULL, FALSE },
};

/* The device holds no filesystem: mount(2) fails and, if nothing else is
 * mounted, the mount point stays the empty directory it was. */
static gboolean
mount_no_fs (parser *p, GPtrArray *argv, const sword *dev, const sword *mnt, guint32 flags, const char *text,
	     GError **error)
{
	g_autofree char *dir = NULL;
	script_op *op;

	if (mnt->s->str[0] != '/')
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, mnt->at, "mount: the mount point '%s' must be an absolute path",
			     mnt->s->str);
	dir = parser_normalize (mnt->s->str);
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_MOUNT, at0 (argv), text);
	op->pub.path = parser_intern (p, dir);
	op->pub.path2 = parser_intern (p, dev->s->str);
	op->pub.flags = flags;
	op->fails = OP_FAILS_NO_FS;
	if (!p->mnt) {
		g_free (p->dead_mnt);
		p->dead_mnt = g_steal_pointer (&dir);
	}
	return TRUE;
}

gboolean
cmd_mount (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	g_autofree char *dir = NULL;
	const sword *dev, *mnt;
	guint32 flags = 0;
	script_op *op;

	if (!scan_args (p, argv, mount_opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (a->opt == 'o' && !mount_options (p, a, &flags, error))
			return FALSE;
		if (a->opt == 't' && !g_str_equal (sarg_value (a), "btrfs"))
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, sarg_value_pos (a),
				     "mount -t %s: only btrfs is modelled", sarg_value (a));
	}
	if (n_positionals (args) != 2)
		return parser_fail (p, error, n_positionals (args) < 2 ? EXTSIM_ERROR_OPNOTSUPP : EXTSIM_ERROR_INVAL, at0 (argv),
			     "mount: give both the device and the mount point (mount $dev $mnt)");
	dev = positional (args, 0);
	mnt = positional (args, 1);
	if (p->blank_dev && g_str_equal (dev->s->str, p->blank_dev))
		return mount_no_fs (p, argv, dev, mnt, flags, text, error);
	if (!p->dev)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, dev->at, "mount: %s holds no filesystem (run mkfs.btrfs %s first)",
			     dev->s->str, dev->s->str);
	if (!g_str_equal (dev->s->str, p->dev))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, dev->at, "mount: %s is not the device mkfs.btrfs made (%s)",
			     dev->s->str, p->dev);
	if (p->mnt)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "mount: %s is already mounted at %s", p->dev, p->mnt);
	if (mnt->s->str[0] != '/')
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, mnt->at, "mount: the mount point '%s' must be an absolute path",
			     mnt->s->str);
	if (p->mounted_once && flags != p->mount_flags)
		return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at0 (argv),
			     "mount: changing nodatacow/nodatasum from one mount to the next is not modelled");
	dir = parser_normalize (mnt->s->str);
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_MOUNT, at0 (argv), text);
	op->pub.path = parser_intern (p, dir);
	op->pub.path2 = parser_intern (p, dev->s->str);
	op->pub.flags = flags;
	p->mnt = g_steal_pointer (&dir);
	p->mount_flags = flags;
	p->mounted_once = TRUE;
	g_clear_pointer (&p->dead_mnt, g_free);
	return TRUE;
}

gboolean
cmd_umount (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	static const optdef opts[] = { { 0, NULL, FALSE } };
	g_autofree char *norm = NULL;
	const sword *what;
	script_op *op;

	if (!scan_args (p, argv, opts, args, error))
		return FALSE;
	if (n_positionals (args) != 1)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "umount: give the device or the mount point");
	what = positional (args, 0);
	norm = what->s->str[0] == '/' ? parser_normalize (what->s->str) : g_strdup (what->s->str);
	/* nothing mounted: umount(8) says so and exits 32, and the script goes
	 * on (a reproducer's first line is often `umount $DEV &> /dev/null`,
	 * before mkfs.btrfs names the device); with a filesystem mounted, a
	 * path other than its own may be another mount, which is not modelled */
	if (!p->mnt || (parser_unmounted (p) && (g_str_equal (norm, p->dead_mnt) ||
						 g_strcmp0 (what->s->str, p->blank_dev) == 0 ||
						 g_strcmp0 (what->s->str, p->dev) == 0))) {
		op = parser_add_op (p, EXTSIM_SCRIPT_OP_UMOUNT, at0 (argv), text);
		op->pub.path = parser_intern (p, what->s->str);
		op->fails = OP_FAILS_UNMOUNTED; /* "not mounted", exit 32 */
		return TRUE;
	}
	if (!(g_str_equal (what->s->str, p->dev) || g_str_equal (norm, p->mnt)))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, what->at, "umount: %s: not mounted", what->s->str);
	if (p->cwd && parser_under (p->cwd, p->mnt))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, what->at,
			     "umount: %s: target is busy (the script's current directory is inside it: cd / first)",
			     what->s->str);
	op = parser_add_op (p, EXTSIM_SCRIPT_OP_UMOUNT, at0 (argv), text);
	op->pub.path = parser_intern (p, what->s->str);
	g_clear_pointer (&p->mnt, g_free);
	return TRUE;
}

/* ---- commands on files ------------------------------------------------------ */

script_op *
tool_op (parser *p, op_tool tool, extsim_script_op_kind kind, const sword *file, const char *text, GError **error)
{
	const char *display;
	char *rel;
	script_op *op;

	if (!parser_resolve (p, file, &display, &rel, error))
		return NULL;
	op = parser_add_op (p, kind, file->at, text);
	op->tool = tool;
	op->pub.path = display;
	op->rel = rel;
	op->fails = parser_unmounted (p) ? OP_FAILS_UNMOUNTED : OP_FAILS_NOT;
	return op;
}

/* One operation per path: touch a b, md5sum a b, rm -f a b, chattr +C a b. */
static gboolean
per_path (parser *p, GPtrArray *argv, GArray *args, extsim_script_op_kind kind, guint32 flags, GError **error)
{
	if (!n_positionals (args))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "%s: missing %soperand", word0 (argv),
				    kind == EXTSIM_SCRIPT_OP_MKDIR ? "" : "file ");
	for (guint i = 0; i < n_positionals (args); i++) {
		const sword *w = positional (args, i);
		/* the operation's own command line, options included (explore's
		 * replayable trace runs it alone) */
		g_autofree char *text = g_strdup_printf ("%s%s%s%s%s%s %s", word0 (argv),
							 flags & EXTSIM_SCRIPT_OP_PARENTS ? " -p" : "",
							 flags & EXTSIM_SCRIPT_OP_VERBOSE ? " -v" : "",
							 flags & EXTSIM_SCRIPT_OP_RECURSIVE ? " -r" : "",
							 flags & EXTSIM_SCRIPT_OP_EMPTY_DIRS ? " -d" : "",
							 flags & EXTSIM_SCRIPT_OP_FORCE ? " -f" : "", w->s->str);
		script_op *op = tool_op (p, TOOL_NONE, kind, w, text, error);

		if (!op)
			return FALSE;
		op->pub.flags = flags;
	}
	return TRUE;
}

gboolean
options_to_flags (parser *p, GPtrArray *argv, GArray *args, const opt_flag *known, guint32 *flags, GError **error)
{
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);
		const opt_flag *k = known;

		if (!a->opt)
			continue;
		while (k->opt && k->opt != a->opt)
			k++;
		if (!k->opt) {
			g_autofree char *what = g_strdup_printf ("%s -%c", word0 (argv), a->opt);

			return parser_not_modelled (p, a->at, what, error);
		}
		*flags |= k->flag;
	}
	return TRUE;
}

static gboolean
first_option_refused (parser *p, GPtrArray *argv, GArray *args, GError **error)
{
	static const opt_flag none[] = { { 0, 0 } };
	guint32 flags = 0;

	return options_to_flags (p, argv, args, none, &flags, error);
}

/* Options the real tools have, so that "touch -c" is refused by name. */
static const optdef touch_opts[] = {
	{ 'a', NULL, FALSE }, { 'c', "no-create", FALSE }, { 'd', "date", TRUE }, { 'm', NULL, FALSE },
	{ 'r', "reference", TRUE }, { 't', NULL, TRUE }, { 'h', "no-dereference", FALSE }, { 0, NULL, FALSE },
};

static const optdef rm_opts[] = {
	{ 'f', "force", FALSE }, { 'r', "recursive", FALSE }, { 'R', NULL, FALSE },	   { 'i', "interactive", FALSE },
	{ 'I', NULL, FALSE },	 { 'd', "dir", FALSE },	      { 'v', "verbose", FALSE }, { 0, NULL, FALSE },
};

/* GNU cat's options (coreutils 9.1): each changes what it prints, which
 * extsim does not show. */
static const optdef cat_opts[] = {
	{ 'A', "show-all", FALSE },	    { 'b', "number-nonblank", FALSE }, { 'e', NULL, FALSE },
	{ 'E', "show-ends", FALSE },	    { 'n', "number", FALSE },	       { 's', "squeeze-blank", FALSE },
	{ 't', NULL, FALSE },		    { 'T', "show-tabs", FALSE },	       { 'u', NULL, FALSE },
	{ 'v', "show-nonprinting", FALSE }, { 0, NULL, FALSE },
};

static const optdef rmdir_opts[] = {
	{ 'p', "parents", FALSE }, { 'v', "verbose", FALSE },
	{ 'i', "ignore-fail-on-non-empty", FALSE }, /* rmdir has no -i: its letter here */
	{ 0, NULL, FALSE },
};

static const optdef md5sum_opts[] = {
	{ 'b', "binary", FALSE }, { 'c', "check", FALSE }, { 't', "text", FALSE },
	{ 'z', "zero", FALSE },   { 0, NULL, FALSE },
};

static const optdef mkdir_opts[] = {
	{ 'p', "parents", FALSE }, { 'v', "verbose", FALSE }, { 'm', "mode", TRUE }, { 'Z', NULL, FALSE },
	{ 0, NULL, FALSE },
};

static const optdef chattr_opts[] = {
	{ 'R', NULL, FALSE }, { 'V', NULL, FALSE }, { 'f', NULL, FALSE }, { 'v', NULL, TRUE }, { 0, NULL, FALSE },
};

gboolean
cmd_files (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	const char *name = word0 (argv);
	guint32 flags = 0;

	(void) text;
	if (g_str_equal (name, "touch")) {
		return scan_args (p, argv, touch_opts, args, error) && first_option_refused (p, argv, args, error) &&
		       per_path (p, argv, args, EXTSIM_SCRIPT_OP_TOUCH, 0, error);
	}
	if (g_str_equal (name, "md5sum")) {
		return scan_args (p, argv, md5sum_opts, args, error) && first_option_refused (p, argv, args, error) &&
		       per_path (p, argv, args, EXTSIM_SCRIPT_OP_MD5SUM, 0, error);
	}
	if (g_str_equal (name, "cat")) {
		/* what a reproducer does with cat: read a file whole, which loads
		 * its extent maps ("cat $SCRATCH_MNT/foo > /dev/null"); its bytes
		 * are not text the model could print */
		if (p->cmd->pub.stdout_to != EXTSIM_SCRIPT_TO_NULL || p->cmd->piped[1])
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, at0 (argv),
					    "cat's output (the file's bytes) is not modelled by extsim: only cat FILE... > "
					    "/dev/null, a read of each file");
		return scan_args (p, argv, cat_opts, args, error) && first_option_refused (p, argv, args, error) &&
		       per_path (p, argv, args, EXTSIM_SCRIPT_OP_CAT, 0, error);
	}
	if (g_str_equal (name, "rmdir")) {
		static const opt_flag known[] = { { 'p', EXTSIM_SCRIPT_OP_PARENTS }, { 0, 0 } };

		if (!scan_args (p, argv, rmdir_opts, args, error))
			return FALSE;
		for (guint i = 0; i < args->len; i++) {
			const sarg *a = &g_array_index (args, sarg, i);

			if (a->opt == 'i')
				return parser_not_modelled (p, a->at, "rmdir --ignore-fail-on-non-empty", error);
		}
		if (!options_to_flags (p, argv, args, known, &flags, error))
			return FALSE;
		/* -p cuts the path as a string: a "." or ".." in it would be cut
		 * as a directory of its own (rmdir_parents) */
		for (guint i = 0; (flags & EXTSIM_SCRIPT_OP_PARENTS) && i < n_positionals (args); i++) {
			const sword *w = positional (args, i);
			g_auto (GStrv) parts = g_strsplit (w->s->str, "/", -1);

			for (guint k = 0; parts[k]; k++) {
				if (g_str_equal (parts[k], ".") || g_str_equal (parts[k], ".."))
					return parser_not_modelled (p, w->at, "rmdir -p of a path with . or .. in it", error);
			}
		}
		return per_path (p, argv, args, EXTSIM_SCRIPT_OP_RMDIR, flags, error);
	}
	if (g_str_equal (name, "mkdir")) {
		static const opt_flag known[] = {
			{ 'p', EXTSIM_SCRIPT_OP_PARENTS }, { 'v', EXTSIM_SCRIPT_OP_VERBOSE }, { 0, 0 }
		};

		return scan_args (p, argv, mkdir_opts, args, error) &&
		       options_to_flags (p, argv, args, known, &flags, error) &&
		       per_path (p, argv, args, EXTSIM_SCRIPT_OP_MKDIR, flags, error);
	}
	if (g_str_equal (name, "rm")) {
		static const opt_flag known[] = {
			{ 'f', EXTSIM_SCRIPT_OP_FORCE }, { 'r', EXTSIM_SCRIPT_OP_RECURSIVE },
			{ 'R', EXTSIM_SCRIPT_OP_RECURSIVE }, { 'd', EXTSIM_SCRIPT_OP_EMPTY_DIRS }, { 0, 0 }
		};

		guint logs = 0;

		if (!scan_args (p, argv, rm_opts, args, error) || !options_to_flags (p, argv, args, known, &flags, error))
			return FALSE;
		/* an fstests case removes its log ($seqres.full) before it
		 * starts: the log is /dev/null here (fstests_log_file) */
		for (guint i = 0; i < n_positionals (args); i++)
			logs += fstests_log_file (p, positional (args, i)->s->str);
		if (logs && logs == n_positionals (args))
			return TRUE;
		return per_path (p, argv, args, EXTSIM_SCRIPT_OP_RM, flags, error);
	}
	/* chattr +C FILE...: "+C" looks like no option to getopt, "-C" does */
	if (argv->len < 2 || !g_str_equal (((sword *) argv->pdata[1])->s->str, "+C")) {
		const sword *w = argv->len > 1 ? argv->pdata[1] : argv->pdata[0];

		if (argv->len > 1 && (w->s->str[0] == '+' || w->s->str[0] == '-' || w->s->str[0] == '='))
			return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, w->at,
				     "chattr %s is not modelled by extsim (only chattr +C)", w->s->str);
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "chattr: give the attribute change first (chattr +C FILE)");
	}
	g_ptr_array_remove_index (argv, 1);
	return scan_args (p, argv, chattr_opts, args, error) && first_option_refused (p, argv, args, error) &&
	       per_path (p, argv, args, EXTSIM_SCRIPT_OP_CHATTR, 0, error);
}

gboolean
cmd_simple (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	const char *name = word0 (argv);
	script_op *op;

	if (g_str_equal (name, "sync")) {
		gboolean files = FALSE;

		if (argv->len > 1 && !cmd_sync_files (p, argv, &files, error))
			return FALSE;
		if (files)
			return TRUE;
		if (!parser_unmounted (p) && !parser_require_mounted (p, at0 (argv), "sync", error))
			return FALSE;
		op = parser_add_op (p, EXTSIM_SCRIPT_OP_SYNC, at0 (argv), text);
		op->fails = parser_unmounted (p) ? OP_FAILS_UNMOUNTED : OP_FAILS_NOT; /* nothing to write back */
		return TRUE;
	}
	if (g_str_equal (name, "sleep")) {
		if (argv->len != 2 || strspn (((sword *) argv->pdata[1])->s->str, "0123456789.smhd") !=
					      strlen (((sword *) argv->pdata[1])->s->str))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "sleep: give one duration");
		parser_add_op (p, EXTSIM_SCRIPT_OP_SLEEP, at0 (argv), text);
		return TRUE;
	}
	/* echo [-n] WORDS: a shell builtin, so it writes at once */
	{
		g_autofree char *all = NULL;
		guint first = 1;
		guint32 flags = 0;

		p->cmd->pub.buffered = FALSE;
		if (argv->len > 1 && g_str_equal (((sword *) argv->pdata[1])->s->str, "-n")) {
			flags |= EXTSIM_SCRIPT_OP_NO_NEWLINE;
			first = 2;
		} else if (argv->len > 1 && (g_str_equal (((sword *) argv->pdata[1])->s->str, "-e") ||
					     g_str_equal (((sword *) argv->pdata[1])->s->str, "-E"))) {
			return parser_not_modelled (p, ((sword *) argv->pdata[1])->at, "echo -e/-E", error);
		}
		const sword *sub = NULL;
		gsize subst_at = 0;

		g_ptr_array_remove_range (argv, 0, first);
		for (guint i = 0, at = 0; i < argv->len; at += (guint) ((sword *) argv->pdata[i++])->s->len + 1) {
			const sword *w = argv->pdata[i];

			if (w->subst && sub)
				return parser_fail (p, error, EXTSIM_ERROR_OPNOTSUPP, sword_pos (w, w->subst_at),
						    "only one $(...) or $? per echo");
			if (w->subst) {
				sub = w;
				subst_at = at + w->subst_at;
			}
		}
		all = join_words (argv);
		op = sub && sub->subst_file ? tool_op (p, TOOL_NONE, EXTSIM_SCRIPT_OP_ECHO, sub->subst_file, text, error)
					    : parser_add_op (p, EXTSIM_SCRIPT_OP_ECHO,
					  p->cmd->pub.line ? (spos) { p->cmd->pub.line, p->cmd->pub.column } : (spos) { 1, 1 }, text);
		if (!op)
			return FALSE;
		op->pub.message = parser_intern (p, all);
		op->pub.flags = flags;
		if (sub) {
			op->subst_at = subst_at;
			op->subst_len = sub->subst_len;
			op->subst = sub->subst;
			op->subst_format = sub->subst_format ? parser_intern (p, sub->subst_format) : NULL;
			op->subst_quoted = sub->subst_quoted;
			op->subst_alone = sub->s->len == sub->subst_len;
		}
		return TRUE;
	}
}

/* ---- btrfs subvolume create|snapshot, btrfs filesystem sync ---------------- */

/* btrfs-progs takes any unambiguous prefix of a command name ("sub snap"). */
static const char *
match_token (const char *const *names, const char *tok, gboolean *ambiguous)
{
	const char *found = NULL;

	*ambiguous = FALSE;
	for (guint i = 0; names[i]; i++) {
		if (g_str_equal (names[i], tok))
			return names[i];
		if (*tok && g_str_has_prefix (names[i], tok)) {
			*ambiguous = found != NULL;
			found = names[i];
		}
	}
	return *ambiguous ? NULL : found;
}

static gboolean
btrfs_token (parser *p, GPtrArray *argv, guint i, const char *const *names, const char **out, GError **error)
{
	gboolean ambiguous;
	const sword *w;

	if (i >= argv->len)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "btrfs: missing command after '%s'",
			     ((sword *) argv->pdata[i - 1])->s->str);
	w = argv->pdata[i];
	*out = match_token (names, w->s->str, &ambiguous);
	if (!*out)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "btrfs: %s command '%s'",
			     ambiguous ? "ambiguous" : "unknown", w->s->str);
	return TRUE;
}

static gboolean
subvolume_path (parser *p, const sword *w, script_op *op, gboolean second, GError **error)
{
	const char *display;
	char *rel;

	if (!parser_resolve (p, w, &display, &rel, error))
		return FALSE;
	if (second) {
		op->pub.path2 = display;
		op->rel2 = rel;
	} else {
		op->pub.path = display;
		op->rel = rel;
	}
	return TRUE;
}

static gboolean
btrfs_subvolume (parser *p, GPtrArray *argv, const char *verb, const char *text, GError **error)
{
	static const optdef opts[] = { { 'r', NULL, FALSE }, { 'i', NULL, TRUE }, { 0, NULL, FALSE } };
	g_autoptr (GArray) args = g_array_new (FALSE, FALSE, sizeof (sarg));
	gboolean snapshot = g_str_equal (verb, "snapshot");
	guint32 flags = 0;
	script_op *op;

	if (!g_str_equal (verb, "create") && !snapshot) {
		g_autofree char *what = g_strdup_printf ("btrfs subvolume %s", verb);

		return parser_not_modelled (p, ((sword *) argv->pdata[2])->at, what, error);
	}
	g_ptr_array_remove_range (argv, 1, 2); /* "btrfs subvolume create ARGS" -> "btrfs ARGS" */
	if (!scan_args (p, argv, opts, args, error))
		return FALSE;
	for (guint i = 0; i < args->len; i++) {
		const sarg *a = &g_array_index (args, sarg, i);

		if (!a->opt)
			continue;
		if (a->opt == 'i' || (a->opt == 'r' && !snapshot))
			return parser_not_modelled (p, a->at, a->opt == 'i' ? "qgroup inheritance (-i)" : "btrfs subvolume create -r",
					     error);
		flags |= EXTSIM_SCRIPT_OP_READONLY;
	}
	if (n_positionals (args) != (snapshot ? 2u : 1u))
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "btrfs subvolume %s: expected %s", verb,
			     snapshot ? "a source and a destination" : "one path");
	op = parser_add_op (p, snapshot ? EXTSIM_SCRIPT_OP_SNAPSHOT : EXTSIM_SCRIPT_OP_SUBVOLUME_CREATE, at0 (argv), text);
	op->pub.flags = flags;
	if (!subvolume_path (p, positional (args, snapshot ? 1 : 0), op, FALSE, error))
		return FALSE;
	if (snapshot && !subvolume_path (p, positional (args, 0), op, TRUE, error))
		return FALSE;
	if (!*op->rel)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, positional (args, snapshot ? 1 : 0)->at,
			     "btrfs subvolume %s: %s already exists", verb, op->pub.path);
	return TRUE;
}

gboolean
cmd_btrfs (parser *p, GPtrArray *argv, const char *text, GError **error)
{
	static const char *const groups[] = {
		"balance", "check", "device", "filesystem", "inspect-internal", "property", "qgroup", "quota",
		"receive", "replace", "rescue", "restore", "scrub", "send", "subvolume", "select-super", "help",
		"version", NULL,
	};
	static const char *const subvolume_cmds[] = {
		"create", "delete", "snapshot", "list", "show", "sync", "get-default", "set-default", "find-new", NULL,
	};
	static const char *const filesystem_cmds[] = {
		"df", "du", "show", "sync", "defragment", "resize", "label", "usage", "mkswapfile", NULL,
	};
	const char *group, *verb;

	if (!btrfs_token (p, argv, 1, groups, &group, error))
		return FALSE;
	if (parser_unmounted (p) && (g_str_equal (group, "subvolume") || g_str_equal (group, "filesystem")))
		/* it would ask the filesystem under the empty mount point, the machine's own */
		return parser_not_modelled (p, at0 (argv), "btrfs on the mount point of a failed mount", error);
	if (g_str_equal (group, "subvolume")) {
		return btrfs_token (p, argv, 2, subvolume_cmds, &verb, error) && btrfs_subvolume (p, argv, verb, text, error);
	}
	if (g_str_equal (group, "filesystem")) {
		if (!btrfs_token (p, argv, 2, filesystem_cmds, &verb, error))
			return FALSE;
		if (g_str_equal (verb, "sync") && argv->len == 4) {
			const char *display;
			g_autofree char *rel = NULL;

			if (!parser_resolve (p, argv->pdata[3], &display, &rel, error))
				return FALSE;
			parser_add_op (p, EXTSIM_SCRIPT_OP_SYNC, at0 (argv), text);
			return TRUE;
		}
		if (!g_str_equal (verb, "sync")) {
			g_autofree char *what = g_strdup_printf ("btrfs filesystem %s", verb);

			return parser_not_modelled (p, ((sword *) argv->pdata[2])->at, what, error);
		}
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "btrfs filesystem sync: give the mount point");
	}
	{
		g_autofree char *what = g_strdup_printf ("btrfs %s", group);

		return parser_not_modelled (p, ((sword *) argv->pdata[1])->at, what, error);
	}
}

/* ---- the shell's own commands: assignments, export, set, cd ----------------- */

static gboolean
is_name_start_char (char c)
{
	return g_ascii_isalpha (c) || c == '_';
}

/* Whether [s, s + len) is a shell variable name. */
gboolean
parser_is_name (const char *s, gsize len)
{
	if (!len || !is_name_start_char (s[0]))
		return FALSE;
	for (gsize i = 1; i < len; i++) {
		if (!g_ascii_isalnum (s[i]) && s[i] != '_')
			return FALSE;
	}
	return TRUE;
}

/* The status word of exit or return (@cmd), n at @at: *out its number,
 * G_MAXUINT64 for none (n NULL: the last command's status). */
gboolean
parser_status (parser *p, const char *cmd, const char *n, spos at, guint64 *out, GError **error)
{
	*out = G_MAXUINT64;
	if (!n)
		return TRUE;
	if (!*n || strspn (n, "0123456789") != strlen (n) || strlen (n) > 9)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at, "%s: '%s' is not a status (0 to 255)", cmd, n);
	*out = g_ascii_strtoull (n, NULL, 10);
	return TRUE;
}

/* NAME=value where NAME is written literally (not quoted, not expanded). */
gboolean
parser_is_assignment (const sword *w, gsize *eq)
{
	const char *s = w->s->str;
	gsize n = 0;

	if (!is_name_start_char (s[0]))
		return FALSE;
	while (s[n] && s[n] != '=') {
		if (!g_ascii_isalnum (s[n]) && s[n] != '_')
			return FALSE;
		n++;
	}
	if (s[n] != '=')
		return FALSE;
	for (gsize i = 0; i <= n; i++) {
		spos at = sword_pos (w, i);

		if (at.line != w->at.line || at.column != w->at.column + i)
			return FALSE;
	}
	*eq = n;
	return TRUE;
}

void
parser_assign (parser *p, const sword *w, gsize eq)
{
	g_hash_table_insert (p->vars, g_strndup (w->s->str, eq), g_strdup (w->s->str + eq + 1));
}

static gboolean
cmd_set (parser *p, GPtrArray *argv, GError **error)
{
	p->cmd->pub.buffered = FALSE;
	for (guint i = 1; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *s = w->s->str;

		if (g_str_equal (s, "-e") || g_str_equal (s, "+e")) {
			p->errexit = s[0] == '-';
		} else if ((g_str_equal (s, "-o") || g_str_equal (s, "+o")) && i + 1 < argv->len &&
			   (g_str_equal (((sword *) argv->pdata[i + 1])->s->str, "errexit") ||
			    g_str_equal (((sword *) argv->pdata[i + 1])->s->str, "nounset"))) {
			if (g_str_equal (((sword *) argv->pdata[i + 1])->s->str, "errexit"))
				p->errexit = s[0] == '-';
			i++;
		} else if (!g_str_equal (s, "-u") && !g_str_equal (s, "+u")) {
			g_autofree char *what = g_strdup_printf ("set %s%s", s,
								 g_str_equal (s, "-x") ? " (use extsim run --trace)" : "");

			return parser_not_modelled (p, w->at, what, error);
		}
	}
	return TRUE;
}

static gboolean
cmd_cd (parser *p, GPtrArray *argv, GError **error)
{
	g_autofree char *abs = NULL;

	p->cmd->pub.buffered = FALSE;
	if (argv->len != 2)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "cd: give one directory");
	abs = parser_absolute (p, argv->pdata[1], error);
	if (!abs)
		return FALSE;
	g_free (p->cwd);
	p->cwd = g_steal_pointer (&abs);
	return TRUE;
}

/*
 * trap ACTION SIGNAL...: taken, not run.  fstests' cases (those before
 * common/preamble write it themselves) set "_cleanup; exit \$status" on
 * exit and on signals, and their _cleanup removes $tmp files and dm
 * targets, which the model has not.  A signal is a number or a name, with
 * or without SIG; resetting a trap (trap - SIG) and listing them are
 * refused.
 */
static gboolean
cmd_trap (parser *p, GPtrArray *argv, GError **error)
{
	static const char *const names[] = { "EXIT", "HUP", "INT", "QUIT", "TERM", "PIPE", "ALRM", "USR1", "USR2", NULL };

	if (argv->len < 3)
		return parser_fail (p, error, EXTSIM_ERROR_INVAL, at0 (argv), "trap: give an action and the signals it is for");
	if (((sword *) argv->pdata[1])->s->str[0] == '-')
		return parser_not_modelled (p, ((sword *) argv->pdata[1])->at, "trap with an option or '-'", error);
	for (guint i = 2; i < argv->len; i++) {
		const sword *w = argv->pdata[i];
		const char *s = g_str_has_prefix (w->s->str, "SIG") ? w->s->str + 3 : w->s->str;
		guint64 n;

		if (!parser_in_list (names, s) && !g_ascii_string_to_unsigned (s, 10, 0, 64, &n, NULL))
			return parser_fail (p, error, EXTSIM_ERROR_INVAL, w->at, "trap: '%s' is not a signal", w->s->str);
	}
	return TRUE;
}

gboolean
cmd_shell (parser *p, GPtrArray *argv, GError **error)
{
	const char *name = word0 (argv);
	gsize eq;

	p->cmd->pub.buffered = FALSE;
	if (g_str_equal (name, "set"))
		return cmd_set (p, argv, error);
	if (g_str_equal (name, "cd"))
		return cmd_cd (p, argv, error);
	if (g_str_equal (name, "trap"))
		return cmd_trap (p, argv, error);
	if (g_str_equal (name, "export")) {
		for (guint i = 1; i < argv->len; i++) {
			if (parser_is_assignment (argv->pdata[i], &eq))
				parser_assign (p, argv->pdata[i], eq);
		}
	}
	return TRUE; /* export NAME, true, : */
}
