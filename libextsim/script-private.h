/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Internals shared by the script layer: the shell lexer (script-lex.c),
 * the command grammar (script.c), the xfs_io command grammar
 * (script-xfsio.c), the runner (script-run.c), the result and its
 * explanations (script-result.c) and the tools' output formats (format.c).
 * Nothing here reaches into the model: the script layer uses the public
 * API only, as any other consumer would.
 */
#pragma once

#include <extsim/extsim.h>

/* ---- source positions and shell words (script-lex.c) -------------------- */

typedef struct {
	guint line;
	guint column;
} spos;

/*
 * One word after quote removal and variable expansion.  pos[i] is where
 * byte i of s came from (for an expanded variable: its '$'), so a token
 * inside a word (an xfs_io -c command) can still be pointed at.
 */
typedef struct sword sword;

/* What a command substitution echo takes prints (md5_substitution). */
typedef enum {
	SUBST_NONE = 0,
	SUBST_MD5SUM,   /* md5sum FILE: "HASH  FILE" */
	SUBST_MD5_HASH, /* md5sum FILE | cut -d ' ' -f 1, fstests' _md5_checksum FILE */
	SUBST_STAT,     /* stat -c FORMAT FILE, fstests' _get_filesize FILE (stat -c %s) */
	SUBST_STATUS,   /* $?: the exit status of the command before (no file) */
	SUBST_EXTENTS,  /* fstests' _count_extents FILE: xfs_io -r -c fiemap's lines but holes */
	SUBST_HOLES,    /* fstests' _count_holes FILE: its hole lines */
} subst_kind;

struct sword {
	GString *s;
	GArray *pos; /* spos per byte of s */
	spos at;     /* the word's first source character */
	gboolean quoted;
	gboolean expanded;
	gboolean pipe; /* not a word: the '|' between two commands of a pipeline */
	/* NAME () { BODY }: the word is the function's name, the body's text
	 * is [body, body + body_len) of the script, starting at body_at */
	gboolean funcdef;
	/* for NAME in WORD ...; do BODY done: the word is the `for`, the body
	 * kept the same way */
	gboolean forloop;
	/* while/until CONDITION; do BODY done: the word is the keyword, the
	 * condition's text after it (read again before each round: its
	 * variables change) [cond, cond + cond_len), the body as for's */
	gboolean whileloop;
	/* for ((INIT; CONDITION; STEP)); do BODY done: the word is the `for`,
	 * cond the text between (( and )), the body as for's */
	gboolean arithfor;
	const char *cond;
	gsize cond_len;
	const char *body;
	gsize body_len;
	spos body_at;
	/* a $(md5sum FILE) or $(stat -c FORMAT FILE) in the word, which only
	 * echo takes (its output is the file's at run time): the word holds
	 * its text at [subst_at, subst_at + subst_len); subst_quoted: inside
	 * double quotes */
	sword *subst_file;
	gsize subst_at, subst_len;
	subst_kind subst;
	char *subst_format; /* SUBST_STAT's */
	gboolean subst_quoted;
};

typedef enum {
	REDIR_OUT,  /* N> FILE, N>> FILE */
	REDIR_IN,   /* N< FILE */
	REDIR_DUP,  /* N>&M */
	REDIR_BOTH, /* &> FILE */
} redir_kind;

typedef struct {
	redir_kind kind;
	int fd;
	int dup_fd;
	sword *target; /* OUT, IN, BOTH */
	spos at;
	guint stage;   /* the command of the pipeline it belongs to, the first 0 */
} sredir;

typedef struct lexer lexer;

/* How a command joins the one before it in an AND-OR list. */
typedef enum {
	SCRIPT_CONN_NONE = 0,
	SCRIPT_CONN_AND, /* runs if the last command that ran succeeded */
	SCRIPT_CONN_OR,  /* runs if it failed */
} script_connector;

/* @expanded counts the bytes every expansion makes, those of the lexers of
 * the script's function calls included. */
lexer *lexer_new (const char *text, gsize len, const char *filename, GHashTable *vars, gsize *expanded);
/* A lexer of a function's body: @text starts at @at of the script, and
 * $1 ... $9, $#, $@ and $* expand to @args (NULL-terminated). */
lexer *lexer_new_at (const char *text, gsize len, spos at, const char *filename, GHashTable *vars, gsize *expanded,
		     const char *const *args);
/* The && or || before the command lexer_next returned last (NONE for
 * none); *followed: whether one comes after it. */
script_connector lexer_connector (const lexer *lx, gboolean *followed);
/* $(_get_file_block_size MNT) expands to *block_size as it is then, and
 * $(pwd) to *cwd (SCRIPT_START_DIR while it is NULL) */
void lexer_watch (lexer *lx, const guint64 *block_size, char *const *cwd);
/* Where a script starts: fstests' directory, as ./check runs a case
 * there (outside the filesystem: a relative path needs a cd first). */
#define SCRIPT_START_DIR "/var/lib/xfstests"
/* What $$ expands to: a fixed number, so that a run is the same each time. */
#define SCRIPT_PID "4242"

void lexer_free (lexer *lx);
/* One part of for ((...)): empty (*value 1, as bash takes an empty
 * condition), `NAME = EXPR`, `NAME OP= EXPR`, `NAME++`, `++NAME` (and
 * --), which set NAME in the lexer's variables, or an expression as
 * $((...)) takes one; errors point at @at. */
gboolean lexer_arith_part (lexer *lx, spos at, const char *text, gint64 *value, GError **error);
/* Lexes the next simple command into words and redirections (emptied
 * first).  Returns FALSE at the end of the text or with *error set; in
 * *text the command's source, continuation lines joined. */
gboolean lexer_next (lexer *lx, GPtrArray *words, GPtrArray *redirs, GString *text, GError **error);
void sword_free (sword *w);
void sredir_free (sredir *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sword, sword_free)
/* A new word of @s, every byte of it at @at. */
sword *sword_make (const char *s, spos at);
/* A new word holding bytes [start, end) of w, with their positions. */
sword *sword_slice (const sword *w, gsize start, gsize end);
spos sword_pos (const sword *w, gsize byte);

/* FILE:LINE:COLUMN: message, as EXTSIM_ERROR code. */
gboolean script_error (GError **error, int code, const char *filename, spos at, const char *fmt, ...)
	G_GNUC_PRINTF (5, 6);

/* ---- the parsed script (script.c) ---------------------------------------- */

/*
 * How an operation fails before it reaches any filesystem, known when the
 * script is parsed (the device sizes and the mounts are all in the text):
 * the runner prints what the tool prints and the script goes on, as a
 * shell's does.
 */
typedef enum {
	OP_FAILS_NOT = 0,
	OP_FAILS_TOO_SMALL, /* mkfs.btrfs of fewer than MKFS_MIN_DEV_SIZE bytes */
	OP_FAILS_TOO_BIG,   /* mkfs.btrfs -b larger than the device (--device-size) */
	OP_FAILS_NO_FS,     /* mount of a device a refused mkfs.btrfs left without a filesystem */
	OP_FAILS_UNMOUNTED, /* a path under the mount point of that mount, or its umount:
			     * nothing is mounted there (see run_unmounted_create()) */
} op_fails;

/* The program an operation belongs to, when it is not xfs_io (whose
 * operations act on the file its OPEN operation opened): the others open
 * and close their file themselves and print their own messages. */
typedef enum {
	TOOL_NONE = 0,   /* xfs_io, and the commands the runner tells apart by kind */
	TOOL_TRUNCATE,   /* coreutils truncate */
	TOOL_FALLOCATE,  /* util-linux fallocate */
	TOOL_DD,         /* coreutils dd */
	TOOL_CP,         /* coreutils cp (a clone) */
	TOOL_FILEFRAG,   /* e2fsprogs filefrag (a fiemap) */
	TOOL_CMP,        /* diffutils cmp */
	TOOL_SYNC,       /* coreutils sync FILE (fsync, fdatasync or syncfs of it) */
	TOOL_OD,         /* coreutils od -t x1 */
	TOOL_STAT,       /* coreutils stat -c */
	TOOL_DU,         /* coreutils du */
	TOOL_LS,         /* coreutils ls, names only */
	TOOL_PUNCH_ALTERNATING, /* fstests' src/punch-alternating (punch holes, then fsync) */
} op_tool;

/* dd status= */
typedef enum {
	DD_STATUS_DEFAULT = 0,
	DD_STATUS_NOXFER, /* the records lines, not the bytes line */
	DD_STATUS_NONE,
} dd_status;

typedef struct {
	extsim_script_op pub;
	char *rel;  /* pub.path relative to the mount point ("" for its root) */
	char *rel2; /* pub.path2 likewise (reflink/dedupe source, snapshot source) */
	op_fails fails;
	op_tool tool;
	char size_mode; /* truncate -s: '=' pub.length, or relative to the size it finds:
			 * '+' '-' (by pub.length), '<' (at most), '>' (at least),
			 * '/' (round down to a multiple), '%' (round up) */
	dd_status status;
	gboolean must_clone; /* cp --reflink=always: no copy if the clone fails */
	gboolean no_clone;   /* cp --reflink=never: no clone, the copy at once */
	gboolean sync_first; /* filefrag -s: FIEMAP_FLAG_SYNC */
	/* echo: pub.message holds a $(md5sum pub.path) or $(stat -c
	 * subst_format pub.path) at [subst_at, subst_at + subst_len), its
	 * output when the echo runs; subst_quoted: as is, else split into
	 * words (subst_alone: the substitution is a word of its own, which
	 * goes when it gives nothing) */
	gsize subst_at, subst_len;
	subst_kind subst;
	const char *subst_format;
	gboolean subst_quoted, subst_alone;
	char od_radix; /* od -A: 'd', 'o', 'x' or 'n' */
	gboolean od_chars; /* od -t x1z: each line's printable bytes after it */
	guint64 device_bytes; /* mkfs.btrfs refused as OP_FAILS_TOO_BIG: the device's size */
	char du_unit;  /* du: 'k' (KiB, rounded up), 'b' (bytes) or 'h' (-h) */
	gboolean du_apparent, du_summarize;
	char ls_all;   /* ls: 0, 'a' (-a: dot files, "." and "..") or 'A' (-A: dot files) */
	gboolean cloner; /* fstests' src/cloner: its errors on stdout, the errno its exit status */
} script_op;

/*
 * The smallest device mkfs.btrfs makes a filesystem on: btrfs-progs 6.2
 * btrfs_min_dev_size() (mkfs/common.c) for the profiles the dialect accepts
 * (metadata DUP, data single, not mixed; it then depends on neither the
 * sector nor the node size).  The first MiB, the initial 4 MiB system
 * chunk, the temporary 8 MiB metadata and data chunks, then the real
 * chunks at their smallest: system 8 MiB and metadata 32 MiB, both DUP,
 * data 8 MiB.  109 MiB = 114294784 bytes; under it mkfs.btrfs refuses the
 * -b size before it writes anything.
 */
#define MKFS_MIN_DEV_SIZE                                                                          \
	(EXTSIM_MiB + 4 * EXTSIM_MiB + 2 * 8 * EXTSIM_MiB + 2 * (8 * EXTSIM_MiB + 32 * EXTSIM_MiB) + \
	 8 * EXTSIM_MiB)

/* The fstests output filters a pipeline may end in (script-fstests.c). */
typedef enum {
	FSTESTS_FILTER_NONE = 0,
	FSTESTS_FILTER_SCRATCH,
	FSTESTS_FILTER_XFS_IO,
	FSTESTS_FILTER_XFS_IO_NUMBERS,
	FSTESTS_FILTER_XFS_IO_FIEMAP,
	FSTESTS_FILTER_SPACES,
	FSTESTS_FILTER_TRAILING_WHITESPACE,
	FSTESTS_FILTER_BLOCKS_MODIFIED,      /* "Blocks modified: [FIRST - LAST]" of each write */
	FSTESTS_FILTER_PAGES_MODIFIED,       /* ... "Pages modified", in 4 KiB pages */
	FSTESTS_FILTER_OD,                   /* od's addresses in blocks */
	FSTESTS_FILTER_FIEMAP,               /* common/punch: hole, unwritten, data */
	FSTESTS_FILTER_HOLE_FIEMAP,          /* common/punch: hole, extent */
	FSTESTS_FILTER_FIEMAP_FLAGS,         /* common/punch: none, shared, last */
	FSTESTS_FILTER_FIEMAP_FLAGS_ENCODED, /* ... and encoded: _filter_fiemap_flags 1 */
} fstests_filter;

#define PIPELINE_FILTERS_MAX 4

typedef struct {
	extsim_script_command pub;
	gboolean errexit; /* `set -e` in effect */
	/* && or || before it; and whether one follows it (then its failure
	 * does not stop a `set -e` script, as in sh) */
	script_connector cond;
	gboolean list_head;
	/* CMD | FILTER ...: which of CMD's streams go into the pipe (the
	 * others go where pub says), the filters in order, and where the last
	 * one writes */
	gboolean piped[3];
	guint8 filters[PIPELINE_FILTERS_MAX];
	guint n_filters;
	extsim_script_stream filtered_to;
} script_command;

struct extsim_script {
	char *filename;
	GPtrArray *commands; /* script_command */
	GPtrArray *ops;      /* script_op */
	GPtrArray *threads;  /* thread names: "setup", then each #@thread's */
	GStringChunk *strings;
	const char *scratch_mnt; /* fstests' SCRATCH_MNT and SCRATCH_DEV, for the filters */
	const char *scratch_dev;
	/* the first power loss (_flakey_drop_and_remount), NULL when none: its
	 * filesystems keep what a power loss leaves (extsim_fs_power_loss) */
	const script_command *power_loss;
};

/* The parser's view of the world while it reads, for static checks. */
typedef struct {
	const char *filename;
	extsim_script *script;
	GHashTable *vars;
	char *dev;          /* the device mkfs.btrfs made, NULL before */
	char *mnt;          /* where it is mounted, NULL while not */
	char *blank_dev;    /* a device a refused mkfs.btrfs left without a filesystem (not dev) */
	char *dead_mnt;     /* where mounting blank_dev failed while nothing was mounted: until
			     * the next mount, paths under it name an empty directory */
	char *cwd;          /* `cd`; NULL: the start directory, outside the filesystem */
	guint64 sectorsize; /* of the last mkfs.btrfs */
	guint32 mount_flags;
	gboolean mounted_once;
	gboolean errexit;
	guint thread;        /* the thread commands go to (0: the setup) */
	guint urandom_dds;   /* dd if=/dev/urandom so far: each writes its own byte */
	script_command *cmd; /* the command being parsed */
	gboolean fstests;    /* fstests' common/preamble or rc was sourced */
	guint64 device_size; /* extsim_script_parse_options' (0: the default) */
	gboolean exited;     /* `exit`: the rest of the text is not read */
	GHashTable *funcs;   /* the functions defined so far: name -> sword (its definition) */
	GPtrArray *frames;   /* per function call running: its `local` names -> value before */
	gboolean returned;   /* `return`: the rest of the function is not read */
	guint calls;         /* function calls so far */
	gsize call_bytes;    /* bytes of body and parameters they read, loop bodies' included */
	const char *const *args; /* the running function's parameters; NULL outside one */
	guint iterations;    /* loop iterations so far */
	GPtrArray *returns;  /* per function call running: its RETURN ops (script_op), to aim */
	guint loops;         /* loops running, one inside the other */
	guint leaving;       /* `break N`, `continue N`: the loops to leave, the rest of each body
			      * not read ... */
	gboolean leave_to_next; /* ... the last of them only for its next round (continue) */
	gsize expanded;      /* bytes all expansions made (script-lex.c) */
	GArray *ifs;         /* if_frame: the if ... fi being read (script.c) */
	gboolean known_list; /* the && / || list being read is headed by a test of values ... */
	gboolean known_true; /* ... whose status, 0 when TRUE, decides the next command (known_list ()) */
} parser;

typedef gboolean (*command_fn) (parser *p, GPtrArray *argv, const char *text, GError **error);

/* ---- fstests cases (script-fstests.c) ---------------------------------------- */

/* `. ./common/NAME` */
gboolean fstests_source (parser *p, GPtrArray *argv, GError **error);
/* fstests' helpers (and exit); *handled FALSE for any other command. */
gboolean fstests_command (parser *p, GPtrArray *argv, gboolean *handled, GError **error);
/* Is @target the test's log ($seqres.full ...), written to as /dev/null? */
gboolean fstests_log_file (const parser *p, const char *target);
/* The filter named @name given @arg (NULL: none), FSTESTS_FILTER_NONE
 * when there is no such filter, -1 when it takes no such argument */
int fstests_filter_lookup (const char *name, const char *arg);
const char *fstests_filter_names (void);
/* @text through @filter (fstests' common/filter function), newly allocated;
 * @block_size is the mounted filesystem's sectorsize */
char *fstests_filter_apply (int filter, const char *text, gsize len, const char *mnt, const char *dev,
			    guint64 block_size);

gboolean parser_fail (parser *p, GError **error, int code, spos at, const char *fmt, ...) G_GNUC_PRINTF (5, 6);
/* "... is not modelled by extsim", OPNOTSUPP */
gboolean parser_not_modelled (parser *p, spos at, const char *what, GError **error);
script_op *parser_add_op (parser *p, extsim_script_op_kind kind, spos at, const char *text);
const char *parser_intern (parser *p, const char *s);
/* Resolves a path word against the mount point; sets op->rel (or rel2). */
gboolean parser_resolve (parser *p, const sword *w, const char **out_display, char **out_rel, GError **error);
gboolean parser_require_mounted (parser *p, spos at, const char *what, GError **error);
/* TRUE after a failed mount, while nothing is mounted: paths resolve under
 * the mount point that failed, and their operations fail (OP_FAILS_UNMOUNTED). */
gboolean parser_unmounted (const parser *p);

/* "/a//b/./c/../d/" -> "/a/b/d" */
char *parser_normalize (const char *abs);
/* The absolute, normalized path a word names (relative ones from `cd`). */
char *parser_absolute (parser *p, const sword *w, GError **error);
/* The part of @abs inside @mnt ("" for @mnt itself), or NULL. */
const char *parser_under (const char *abs, const char *mnt);

/* ---- option scanning, shared by all commands (script-cmds.c) -------------- */

/*
 * One scanned argument: a positional (opt 0) or an option.  Its value (the
 * positional itself, or the option's argument) is w->s->str + voff, so
 * "-b512M", "-b 512M" and "--byte-count=512M" all point at "512M" and at
 * its column.
 */
typedef struct {
	char opt;
	const sword *w;
	gsize voff;
	spos at;
} sarg;

typedef struct {
	char opt;
	const char *longname;
	gboolean has_arg;
} optdef;

/* Splits argv[1..] into options (anywhere, as GNU getopt permutes them)
 * and positionals (sarg.opt 0); "--" ends the options. */
gboolean scan_args (parser *p, GPtrArray *argv, const optdef *defs, GArray *out, GError **error);
/* An option a command models, and the operation flag it sets (0: none). */
typedef struct {
	char opt;
	guint32 flag;
} opt_flag;

/* ORs into *flags the flag of each option of @args that @known (ended by
 * opt 0) lists; the first option it does not list is refused by name, as
 * "NAME -X" ("mkdir -m"). */
gboolean options_to_flags (parser *p, GPtrArray *argv, GArray *args, const opt_flag *known, guint32 *flags,
			   GError **error);
guint n_positionals (GArray *args);
/* The k-th positional; callers check n_positionals() first. */
const sword *positional (GArray *args, guint k) __attribute__ ((returns_nonnull));
const char *sarg_value (const sarg *a);
spos sarg_value_pos (const sarg *a);
const char *word0 (GPtrArray *argv);
spos at0 (GPtrArray *argv);
gboolean parser_in_list (const char *const *list, const char *name);
/* The words joined by spaces: an operation's text, variables expanded. */
char *join_words (GPtrArray *argv);
gboolean parser_is_name (const char *s, gsize len);
gboolean parser_status (parser *p, const char *cmd, const char *n, spos at, guint64 *out, GError **error);
gboolean parser_is_assignment (const sword *w, gsize *eq);
void parser_assign (parser *p, const sword *w, gsize eq);

/* The shell commands (script-cmds.c); argv is the command's words. */
gboolean cmd_mkfs (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_mount (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_umount (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_files (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_simple (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_btrfs (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_shell (parser *p, GPtrArray *argv, GError **error);

/* An operation of @tool on the file @file names (resolved, marked to fail
 * after a failed mount), script-cmds.c. */
script_op *tool_op (parser *p, op_tool tool, extsim_script_op_kind kind, const sword *file, const char *text,
		    GError **error);
/* truncate, fallocate (script-coreutils.c) */
gboolean cmd_truncate (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_fallocate (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_filefrag (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_cmp (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_od (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_stat (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_du (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_ls (parser *p, GPtrArray *argv, const char *text, GError **error);
const char *stat_format_unmodelled (const char *format);
/* sync's options and files; *files FALSE when there are none (sync(2)) */
gboolean cmd_sync_files (parser *p, GPtrArray *argv, gboolean *files, GError **error);
gboolean cmd_dd (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_cp (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_mv (parser *p, GPtrArray *argv, const char *text, GError **error);
gboolean cmd_ln (parser *p, GPtrArray *argv, const char *text, GError **error);

/* xfs_io [-f] [-r] [-t] -c CMD ... FILE (script-xfsio.c) */
gboolean parse_xfs_io (parser *p, GPtrArray *argv, GError **error);
/* write(2) calls the model replays one by one when their size or offset is
 * unaligned (aligned ones are replayed in bulk, at no cost): about 0.4 s */
#define UNALIGNED_CALLS_MAX (G_GUINT64_CONSTANT (1) << 18)
/* write(2) calls each synced (xfs_io -s) or written to disk (xfs_io -d, dd
 * oflag=direct), replayed one by one too, each its own extent */
#define ON_DISK_CALLS_MAX (G_GUINT64_CONSTANT (1) << 20)
/* What the model cannot replay in reasonable time (a pwrite or dd of too
 * many unaligned write(2) calls, a pread -v of too much), refused. */
gboolean parser_affordable (parser *p, const script_op *op, GError **error);

/* ---- numbers and names ----------------------------------------------------- */

/* xfs_io's cvtnum: strtoll base 0 plus one suffix b s k m g t p e. */
gboolean parse_xfs_num (const char *s, guint64 *out);
/* The decimal digits at *s into *v, *s moved past them: 0, EINVAL (no
 * digit) or ERANGE (more than a guint64 holds). */
int parse_digits (const char **s, guint64 *v);
/* coreutils' xdectoimax for truncate -s: 0, EINVAL or ERANGE. */
int parse_coreutils_size (const char *s, gint64 *out);
/* coreutils' dd parse_integer: 0, EINVAL or ERANGE. */
int parse_dd_number (const char *s, guint64 *out);
/* util-linux's parse_size for fallocate; *fraction for "1.5K". */
gboolean parse_util_linux_size (const char *s, guint64 *out, gboolean *fraction);
/* btrfs-progs' parse_size: decimal plus one suffix k m g t p e. */
gboolean parse_btrfs_size (const char *s, guint64 *out);
/* The message strerror gives for errno e (C locale, fixed). */
const char *errno_message (int e);
/* "ENOSPC" */
const char *errno_name (int e);

/* ---- the tools' output (format.c) ----------------------------------------- */

/* libfrog cvtstr(): "4 KiB", "1.500 MiB", "512.000000 bytes" */
void format_cvtstr (GString *out, double value);
/* xfs_io's two summary lines (report_io_times) for a run that took no
 * time: the simulator's clock does not advance. */
void format_io_report (GString *out, const char *verb, guint64 offset, guint64 count, guint64 total, guint64 ops,
		       gboolean compact);
typedef struct {
	gboolean verbose;
	gboolean blocks;     /* -l */
	guint64 max_lines;   /* -n, 0: no limit */
	guint64 start;       /* first byte asked for */
	guint64 range_end;   /* G_MAXUINT64 when no length was given */
	guint64 file_size;
} fiemap_format;
/* xfs_io fiemap's table, after its "NAME:" line. */
void format_fiemap (GString *out, const GArray *extents, const fiemap_format *f);
/* dd's counts: records of a whole block and partial ones, bytes written */
typedef struct {
	guint64 in_full, in_partial;
	guint64 out_full, out_partial;
	guint64 bytes;
} dd_records;
/* dd's statistics on stderr: the records lines and (@transfer, not
 * status=noxfer) the bytes line of a copy that took no time */
void format_dd_stats (GString *out, const dd_records *r, gboolean transfer);
guint64 human_scale (guint64 amt, guint base, gboolean ceiling, guint *exponent, int *decimal);
/* xfs_io pread -v: one call's buffer, 16 bytes a line. */
void format_hexdump (GString *out, guint64 offset, const GArray *runs, guint64 len);

/* ---- running (script-run.c, script-run-io.c) --------------------------------- */

typedef enum {
	DIR_SUBVOL = 0, /* the top of a subvolume (the mount point: the top level) */
	DIR_PLAIN,      /* made by mkdir */
	DIR_EMPTY,      /* a subvolume inside a snapshot's source: an empty directory, nothing can be made in
			 * it (btrfs_lookup_dentry -> new_simple_dir, BTRFS_EMPTY_SUBVOL_DIR_OBJECTID) */
} dir_kind;

typedef struct {
	guint64 root;
	gboolean readonly;
	gboolean nodatacow; /* chattr +C on the directory: new files and directories inherit it */
	dir_kind kind;
	/* the top level's directory, which mkfs.btrfs made with one node's bytes in its inode item
	 * (btrfs-progs' make_root_dir: nbytes = nodesize), or a snapshot's copy of it */
	gboolean from_mkfs;
	guint64 seq; /* the order directories were made in, which is their parent's readdir order
		      * (btrfs_real_readdir walks the DIR_INDEX keys) */
} dir_info;

typedef struct script_record script_record;

typedef struct {
	const extsim_script *script;
	const extsim_script_run_options *o;
	extsim_script_result *res;
	GHashTable *dirs;          /* relative path -> dir_info */
	gboolean dirs_shared;      /* dirs is also another session's: copy before changing it */
	gboolean dirs_borrowed;    /* ... and this session holds no reference on it */
	gboolean dirs_hash_known;  /* dirs_hash is the session's hash of dirs (script-session.c) */
	guint64 dirs_hash;
	gboolean fresh;            /* made by mkfs.btrfs, not mounted yet */
	guint64 device_size;
	guint32 sectorsize;
	const script_command *cmd; /* the process running */
	GString *pending;          /* its stdout buffer */
	GString *piped;            /* what it wrote into its pipeline's pipe */
	int exit_status;
	gboolean skip;             /* xfs_io could not open its file */
	gboolean exiting;          /* an exit ran: the script ends after this command */
	guint64 resume_at;         /* a return ran: the next command to run (0: none) */
	int last_status;           /* of the last command that ran before this one ($?) */
	/* filefrag, through one command's files: the subvolume of the last file
	 * it opened (its st_dev; 0: none), and its column widths, which only grow */
	guint64 filefrag_root;
	int filefrag_widths[2];
	script_record *rec;        /* the operation running */
	extsim_ino cur;            /* xfs_io's open file */
	gboolean cur_open;         /* ... is open (closed when the command ends) */
	gboolean last_op;          /* the op running is the command's last */
	gboolean cur_readonly;
	gboolean cur_sync;         /* ... opened O_SYNC (xfs_io -s) */
	gboolean cur_direct;       /* ... opened O_DIRECT (xfs_io -d) */
	gboolean cur_dir;          /* ... is a directory */
	const char *cur_dir_rel;   /* ... its rel path (the script's op's: lives as long as it) */
	guint64 fiemap_max;        /* xfs_io's static max_extents: -n lasts until it exits */
	gboolean silent;           /* nobody reads the output (the explorer): the tools' reports,
				    * tables and error lines are not formatted; the errno and exit
				    * status still are */
	const extsim_ino *held;    /* files the other processes hold open (the explorer's threads
				    * between two operations of one xfs_io): drop_caches keeps them */
	guint n_held;
	/* a script with a power loss (script-run-log.c): the names when the
	 * filesystem last committed (copies), and its commit count then */
	GHashTable *committed_files, *committed_dirs;
	guint64 committed_at;
	/* ... the names the log on disk holds since, with their new
	 * directories; the step the last operation ended at */
	GHashTable *logged_files, *logged_dirs;
	/* ... inodes whose names a rename or link put in the log since it was
	 * last written; inodes renamed, linked or unlinked since the commit
	 * (last_unlink_trans); directories logged whole (LOG_INODE_ALL) and
	 * directories a file not in the log left (btrfs_record_unlink_dir)
	 * since the commit; whether the log's next write is a commit */
	GHashTable *log_pending, *log_touched;
	/* ... names a directory logged whole holds for files not in the log
	 * (name -> inode): to be written, written */
	GHashTable *log_pending_entries, *logged_entries;
	/* ... commit names such a directory no longer had, and directories
	 * made since the commit that were logged (sets of names): to be
	 * written, written (the directories: into logged_dirs) */
	GHashTable *log_pending_gone, *logged_gone, *log_pending_dirs;
	/* ... logged names of files made since the commit, unlinked: they
	 * leave the log at its next write (name -> inode) */
	GHashTable *log_pending_unlinks;
	/* ... committed directories a directory logged whole no longer had,
	 * to be written and written; new logged directories removed, to be
	 * written (sets of names) */
	GHashTable *log_pending_gone_dirs, *logged_gone_dirs, *log_pending_rmdirs;
	/* ... what each directory held when it was last logged whole (dir ->
	 * guint64, log_whole_dir): logged again only once it changed */
	GHashTable *log_dir_sigs;
	GHashTable *log_whole_dirs, *log_unlinked_dirs;
	gboolean log_full_commit;
	guint64 tracked_step;
} run_session;

/* The running operation writes to its stdout / stderr (a line). */
void run_out (run_session *s, const char *text);
void run_err (run_session *s, int exit_status, const char *fmt, ...) G_GNUC_PRINTF (3, 4);
/* run_err, with err as the operation's errno (its record's error) */
void run_fail (run_session *s, int err, int exit_status, const char *fmt, ...) G_GNUC_PRINTF (4, 5);
/* Text on stderr that is no error (dd's statistics). */
void run_stderr (run_session *s, const char *text);
/* "PREFIX: strerror(e)" on stderr, recorded as the operation's error */
void run_fail_errno (run_session *s, int e, int exit_status, const char *prefix);
/* run_fail of a tool that prints its errors on stdout: the line goes there */
void run_fail_stdout (run_session *s, int err, int exit_status, const char *fmt, ...) G_GNUC_PRINTF (4, 5);
int run_errno_of (const GError *err);
/* pwrite, pread, falloc ... on the file xfs_io opened */
void run_xfs_io (run_session *s, const script_op *op);
/* open(2) of @rel for writing (@write) or reading, creating it if @create:
 * 0 and *out, or the errno (EISDIR for a directory opened to write) */
int run_open_file (run_session *s, const char *rel, gboolean fails, gboolean create, gboolean write, extsim_ino *out);
/* @rel is a directory (the top level, a subvolume or a snapshot) */
gboolean run_is_dir (run_session *s, const char *rel);
guint64 run_dir_size (run_session *s, const char *rel);
/* The last component of a rel path; its directory (owned, "" at the top). */
const char *base_of (const char *rel);
char *parent_of (const char *rel);
/* @path is an entry of the directory @rel itself ("" for the top); @rel
 * is below the directory @src, at any depth */
gboolean is_child_of (const char *path, const char *rel);
gboolean below (const char *src, const char *rel);
/* The directory @rel, or NULL; the table made private before a change */
const dir_info *dir_at (run_session *s, const char *rel);
void dirs_unshare (run_session *s);
gboolean ino_equal (const extsim_ino *a, const extsim_ino *b);
/* The names that hold @ino (stat's %h) */
guint run_link_count (run_session *s, extsim_ino ino);
/* GHRFunc: whether a name's file (value) is @data */
gboolean same_ino (gpointer key, gpointer value, gpointer data);
/* The names a power loss leaves (script-run-log.c): called after each
 * operation, at the power loss, when the run ends; and by mv, ln and
 * unlink (@victim: the file mv's rename replaced, or NULL). */
void power_track (run_session *s);
void run_power_loss (run_session *s);
void power_forget (run_session *s);
void run_log_rename (run_session *s, extsim_ino ino, const char *from, const char *to, const extsim_ino *victim);
void run_log_link (run_session *s, extsim_ino ino);
void run_log_unlink (run_session *s, extsim_ino ino, const char *rel);
void run_log_rmdir (run_session *s, const char *rel);
/* fsync of the directory @dir (xfs_io -c fsync DIR) */
void run_log_dir_fsync (run_session *s, const char *dir);
guint64 run_dir_blocks (run_session *s, const char *rel);
/* The directories and the files right under the directory @rel, each in the
 * order they were made (GPtrArray of rel paths, owned). */
GPtrArray *run_subdirs (run_session *s, const char *rel);
GPtrArray *run_dir_files (run_session *s, const char *rel);
/* stat -c @format of @op's file, without the newline; NULL after stat's
 * error line (@exit_status 0: inside an echo, whose status is echo's). */
char *run_stat_text (run_session *s, const script_op *op, const char *format, int exit_status);
/* truncate, fallocate, dd, cp (script-run-tools.c) */
void run_tool (run_session *s, const script_op *op);
/* cp: the clone, or the copy (script-run-cp.c) */
void run_cp (run_session *s, const script_op *op);
/* One operation of any kind; FALSE only when the script cannot go on. */
gboolean run_op (run_session *s, const script_op *op, GError **error);

/* ---- the run's result (script-result.c) ------------------------------------ */

struct script_record {
	extsim_script_record pub;
	GString *out;
	GString *err;
	char *error_text;
	GArray *events;
};

struct extsim_script_result {
	const extsim_script *script;
	const extsim_policy *policy;
	extsim_fs *fs;
	GPtrArray *records;    /* script_record */
	GArray *violations;    /* extsim_script_violation, strings owned below */
	GPtrArray *owned;      /* violation copies */
	GArray *losses;        /* extsim_script_loss */
	GStringChunk *strings;
	GArray *exit_status;   /* int per command */
	GHashTable *files;     /* relative path -> extsim_ino * */
	gboolean files_shared; /* files is also another session's: copy before changing it */
	gboolean files_borrowed; /* ... and this result holds no reference on it */
	gboolean files_hash_known; /* files_hash is the session's hash of files (script-session.c) */
	guint64 files_hash;
	GHashTable *known_lost; /* "root:ino" -> GArray of extsim_range already reported */
	const char *mnt;       /* mount point of the current filesystem (interned: the clones share it) */
	GArray *file_list;     /* extsim_script_file, rebuilt on demand */
	gboolean files_dirty;
	extsim_stats stats_before; /* of filesystems the script made before the current one */
	guint n_commands_run;
	GArray *skipped;       /* gboolean per command: passed over by && or || */
};

extsim_script_result *result_new (const extsim_script *script, const extsim_policy *policy);
/* Initialises @res, a session's part of a larger allocation, with only
 * what running operations needs: no records, violations, losses, exit
 * statuses or strings.  result_clear () releases what it holds. */
void result_init_slim (extsim_script_result *res, const extsim_script *script, const extsim_policy *policy);
void result_clear (extsim_script_result *res);
/* A copy of a table of fixed-size values keyed by strings. */
GHashTable *table_copy (GHashTable *from, gsize value_size);
script_record *result_add_record (extsim_script_result *res, const script_op *op);
/* The violations the library recorded since @since, attributed to @rec. */
void result_take_violations (extsim_script_result *res, script_record *rec, guint since);
/* Lost ranges that appeared during @rec (those not reported before). */
void result_note_losses (extsim_script_result *res, script_record *rec);
/* A filesystem replaced by a new mkfs: keep its statistics. */
void result_retire_fs (extsim_script_result *res);
void result_set_file (extsim_script_result *res, const char *rel, const extsim_ino *ino);
/* The files are those of @files (transfer full) */
void result_replace_files (extsim_script_result *res, GHashTable *files);
const extsim_ino *result_lookup_file (const extsim_script_result *res, const char *rel);
char *result_display_path (const extsim_script_result *res, const char *rel);
/* The paragraph that explains violation @v found during @rec. */
char *explain_violation (const extsim_script_result *res, const script_record *rec, const extsim_violation *v);
