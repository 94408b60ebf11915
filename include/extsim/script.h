/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/check.h>
#include <extsim/extsim-export.h>
#include <extsim/fs.h>
#include <extsim/policy.h>
#include <extsim/trace.h>

G_BEGIN_DECLS

/**
 * extsim_script:
 *
 * A reproducer in the shell dialect of patch mails and fstests, parsed in
 * full before anything runs:
 *
 *   mkfs.btrfs -f $dev -b 512M > /dev/null
 *   mount $dev $mnt -o nospace_cache
 *   xfs_io -f -c "falloc 8k 64m" $mnt/file1
 *
 * A script is a list of *commands* (one shell command each, with its line,
 * column and source text) made of *operations* (one thing done to the
 * filesystem: an xfs_io -c command, one file of md5sum or truncate, a dd,
 * a mount ...).  The coreutils and util-linux commands (truncate,
 * fallocate, dd, cp) make the operations of their xfs_io equivalents, each
 * opening and closing its own file.
 * Opaque; parse with extsim_script_parse_string() or _parse_file(), free
 * with extsim_script_free().
 */
typedef struct extsim_script extsim_script;

typedef enum {
	EXTSIM_SCRIPT_OP_MKFS,              /* mkfs.btrfs: @length device size, @block_size sectorsize */
	EXTSIM_SCRIPT_OP_MOUNT,             /* mount: @path mount point, @path2 device */
	EXTSIM_SCRIPT_OP_UMOUNT,            /* umount: @path as written (device or mount point) */
	EXTSIM_SCRIPT_OP_SYNC,              /* sync, btrfs filesystem sync, xfs_io sync/syncfs */
	EXTSIM_SCRIPT_OP_TOUCH,             /* touch @path */
	EXTSIM_SCRIPT_OP_RM,                /* rm [-f] [-r] @path */
	EXTSIM_SCRIPT_OP_CHATTR,            /* chattr +C @path */
	EXTSIM_SCRIPT_OP_MD5SUM,            /* md5sum @path */
	EXTSIM_SCRIPT_OP_ECHO,              /* echo [-n] @message */
	EXTSIM_SCRIPT_OP_SLEEP,             /* sleep: nothing happens */
	EXTSIM_SCRIPT_OP_SUBVOLUME_CREATE,  /* btrfs subvolume create @path */
	EXTSIM_SCRIPT_OP_SNAPSHOT,          /* btrfs subvolume snapshot [-r] @path2 @path */
	EXTSIM_SCRIPT_OP_OPEN,              /* xfs_io opening @path (-f creates, -t truncates) */
	EXTSIM_SCRIPT_OP_PWRITE,            /* xfs_io pwrite [-S @fill] [-b @block_size] @offset @length;
					     * dd of=@path bs=@block_size (from /dev/zero: @fill 0; from
					     * if=@path2: its data from @src_offset) */
	EXTSIM_SCRIPT_OP_PREAD,             /* xfs_io pread [-v] [-b @block_size] @offset @length */
	EXTSIM_SCRIPT_OP_FALLOC,            /* xfs_io falloc [-k] @offset @length; fallocate [-n] */
	EXTSIM_SCRIPT_OP_FPUNCH,            /* xfs_io fpunch @offset @length; fallocate -p */
	EXTSIM_SCRIPT_OP_FZERO,             /* xfs_io fzero [-k] @offset @length; fallocate -z [-n] */
	EXTSIM_SCRIPT_OP_TRUNCATE,          /* xfs_io truncate @length; truncate -s (one per file; a
					     * relative size is resolved when it runs) */
	EXTSIM_SCRIPT_OP_FSYNC,             /* xfs_io fsync */
	EXTSIM_SCRIPT_OP_FDATASYNC,         /* xfs_io fdatasync */
	EXTSIM_SCRIPT_OP_SYNC_RANGE,        /* xfs_io sync_range [-a] [-b] [-w] @offset @length */
	EXTSIM_SCRIPT_OP_REFLINK,           /* xfs_io reflink @path2 [@src_offset @offset @length];
					     * cp [--reflink] @path2 @path (the whole file) */
	EXTSIM_SCRIPT_OP_DEDUPE,            /* xfs_io dedupe @path2 @src_offset @offset @length */
	EXTSIM_SCRIPT_OP_FIEMAP,            /* xfs_io fiemap [-v] [-l] [-n @count] [@offset [@length]] */
	EXTSIM_SCRIPT_OP_COMMIT,            /* #@commit: a transaction commit on its own (as the
					     * transaction kthread does every 30 s) */
	EXTSIM_SCRIPT_OP_EXIT,              /* exit [@length] after && or ||: the script ends when it
					     * runs (G_MAXUINT64: with the last command's status); an
					     * exit on its own ends the script as it is read */
	EXTSIM_SCRIPT_OP_CMP,               /* cmp [-s] @path @path2: -s is QUIET */
	EXTSIM_SCRIPT_OP_RETURN,            /* return [@length] after && or || in a function: the run
					     * goes on at command @offset, the first after the call */
	EXTSIM_SCRIPT_OP_OD,                /* od -t x1 [-A d|o|x|n] [-v] @path: -v is VERBOSE */
	EXTSIM_SCRIPT_OP_MKDIR,             /* mkdir [-p] [-v] @path: -p is PARENTS, -v VERBOSE */
	EXTSIM_SCRIPT_OP_STAT,              /* stat -c @message @path */
	EXTSIM_SCRIPT_OP_DU,                /* du [-s] [-b|-k|-h] [--apparent-size] @path */
	EXTSIM_SCRIPT_OP_LS,                /* ls [-a|-A] @path (names only) */
	EXTSIM_SCRIPT_OP_DROP_CACHES,       /* echo @length > /proc/sys/vm/drop_caches (1 to 4); sysctl
					     * [-w] [-q] vm.drop_caches=@length, its line in @message */
	EXTSIM_SCRIPT_OP_CAT,               /* cat @path > /dev/null: a read of the whole file, its bytes
					     * not shown */
	EXTSIM_SCRIPT_OP_RMDIR,             /* rmdir @path */
	EXTSIM_SCRIPT_OP_MV,                /* mv @path2 @path: rename(2) */
	EXTSIM_SCRIPT_OP_POWER_LOSS,        /* the power fails, then @path is unmounted, its writes
					     * dropped (fstests' _flakey_drop_and_remount) */
	EXTSIM_SCRIPT_OP_LINK,              /* (the last: a new kind comes after it, and is named in
					     * extsim_script_op_kind_to_str) ln @path2 @path: link(2) */
} extsim_script_op_kind;

/* Options of an operation, as its command line gave them. */
typedef enum {
	EXTSIM_SCRIPT_OP_CREATE = 1 << 0,          /* xfs_io -f; truncate without -c, fallocate mode 0, dd, cp */
	EXTSIM_SCRIPT_OP_READONLY = 1 << 1,        /* xfs_io -r; snapshot -r */
	EXTSIM_SCRIPT_OP_TRUNC = 1 << 2,           /* xfs_io -t; dd without conv=notrunc (to @offset); cp */
	EXTSIM_SCRIPT_OP_KEEP_SIZE = 1 << 3,       /* falloc -k, fzero -k; fallocate -n, -p */
	EXTSIM_SCRIPT_OP_VERBOSE = 1 << 4,         /* fiemap -v, pread -v */
	EXTSIM_SCRIPT_OP_QUIET = 1 << 5,           /* -q: no summary */
	EXTSIM_SCRIPT_OP_COMPACT = 1 << 6,         /* -C: one comma-separated summary line */
	EXTSIM_SCRIPT_OP_WHOLE_FILE = 1 << 7,      /* reflink SRC without a range (FICLONE); cp */
	EXTSIM_SCRIPT_OP_OFFSET_GIVEN = 1 << 8,    /* fiemap with an offset */
	EXTSIM_SCRIPT_OP_LENGTH_GIVEN = 1 << 9,    /* fiemap with a length */
	EXTSIM_SCRIPT_OP_BLOCKS = 1 << 10,         /* fiemap -l */
	EXTSIM_SCRIPT_OP_FSYNC_AFTER = 1 << 11,    /* pwrite -W; dd conv=fsync */
	EXTSIM_SCRIPT_OP_FDATASYNC_AFTER = 1 << 12, /* pwrite -w; dd conv=fdatasync */
	EXTSIM_SCRIPT_OP_FORCE = 1 << 13,          /* mkfs.btrfs -f, rm -f */
	EXTSIM_SCRIPT_OP_NODATACOW = 1 << 14,      /* mount -o nodatacow */
	EXTSIM_SCRIPT_OP_NODATASUM = 1 << 15,      /* mount -o nodatasum (nodatacow implies it) */
	EXTSIM_SCRIPT_OP_NO_NEWLINE = 1 << 16,     /* echo -n */
	EXTSIM_SCRIPT_OP_WAIT_AFTER = 1 << 17,     /* sync_range -a */
	EXTSIM_SCRIPT_OP_WRITE = 1 << 18,          /* sync_range -w (also the default) */
	EXTSIM_SCRIPT_OP_WAIT_BEFORE = 1 << 19,    /* sync_range -b */
	EXTSIM_SCRIPT_OP_COUNT_GIVEN = 1 << 20,    /* fiemap -n: it stays for the later fiemaps of the same xfs_io */
	EXTSIM_SCRIPT_OP_PARENTS = 1 << 21,        /* mkdir -p */
	EXTSIM_SCRIPT_OP_RECURSIVE = 1 << 22,      /* rm -r, -R */
	EXTSIM_SCRIPT_OP_EMPTY_DIRS = 1 << 23,     /* rm -d: an empty directory goes too */
	EXTSIM_SCRIPT_OP_SYNC_WRITES = 1 << 24,    /* xfs_io -s: O_SYNC, each write(2) then fsync */
	EXTSIM_SCRIPT_OP_DIRECT = 1 << 25,         /* xfs_io -d, dd oflag=direct: O_DIRECT */
} extsim_script_op_flags;

/**
 * extsim_script_op:
 * @kind: what it does
 * @command: index of the command it belongs to
 * @line: line of its first token (1-based)
 * @column: column of its first token (1-based, in bytes)
 * @text: (not owned): the operation as the tool saw it, variables expanded
 *   ("pwrite -S 0xab 0 64k", "md5sum /mnt/scratch/f")
 * @path: (not owned) (nullable): the file or directory it acts on, as the
 *   script names it after expansion
 * @path2: (not owned) (nullable): the second path (reflink and dedupe
 *   source, snapshot source, mount device)
 * @message: (not owned) (nullable): echo's text
 * @offset: file offset (the destination offset of reflink and dedupe)
 * @length: byte count; the size of truncate and of mkfs.btrfs -b
 * @src_offset: source offset of reflink and dedupe
 * @block_size: pwrite/pread -b (4096 unless given); mkfs.btrfs -s
 * @count: fiemap -n as xfs_io reads it (atoi); G_MAXUINT64 (-1): no limit
 * @fill: pwrite -S, the byte every written byte holds (default 0xcd)
 * @flags: extsim_script_op_flags
 *
 * One operation.  Read only: the script owns it.  Fields may be appended in
 * later versions; callers never allocate one.
 */
typedef struct {
	extsim_script_op_kind kind;
	guint command;
	guint line;
	guint column;
	const char *text;
	const char *path;
	const char *path2;
	const char *message;
	guint64 offset;
	guint64 length;
	guint64 src_offset;
	guint64 block_size;
	guint64 count;
	guint8 fill;
	guint32 flags;
} extsim_script_op;

/* Where a command's stdout or stderr goes after its redirections. */
typedef enum {
	EXTSIM_SCRIPT_TO_NULL = 0,   /* > /dev/null */
	EXTSIM_SCRIPT_TO_STDOUT = 1, /* the script's stdout */
	EXTSIM_SCRIPT_TO_STDERR = 2, /* the script's stderr */
} extsim_script_stream;

/**
 * extsim_script_command:
 * @index: position in the script
 * @line: line of the command name (1-based)
 * @column: its column
 * @name: (not owned): the program ("xfs_io", "md5sum", "btrfs" ...)
 * @text: (not owned): the source text, continuation lines joined
 * @first_op: index of its first operation
 * @n_ops: how many operations it has (0 for a command that does nothing
 *   to the filesystem, such as an assignment)
 * @stdout_to: where its stdout goes
 * @stderr_to: where its stderr goes
 * @buffered: TRUE for a program whose stdout is a stdio stream (written
 *   when the buffer fills or the program exits), FALSE for a shell builtin
 * @thread: 0 for the setup, else the thread the command belongs to: the
 *   commands after a `#@thread NAME` line, up to the next one (extsim
 *   explore interleaves the threads; extsim run runs them in order)
 */
typedef struct {
	guint index;
	guint line;
	guint column;
	const char *name;
	const char *text;
	guint first_op;
	guint n_ops;
	extsim_script_stream stdout_to;
	extsim_script_stream stderr_to;
	gboolean buffered;
	guint thread;
} extsim_script_command;

/**
 * extsim_script_parse_options:
 * @version: EXTSIM_SCRIPT_PARSE_OPTIONS_VERSION (1, without @device_size,
 *   is read too)
 * @variables: (nullable) (array zero-terminated=1): "NAME=VALUE" strings
 *   set before the first line, after the defaults dev=/dev/loop0 and
 *   mnt=/mnt/scratch
 * @device_size: the size of the device a mkfs.btrfs without -b formats;
 *   0: EXTSIM_SCRIPT_DEFAULT_DEVICE_SIZE, or in an fstests case (one that
 *   sources common/preamble or common/rc) EXTSIM_SCRIPT_FSTESTS_DEVICE_SIZE
 */
typedef struct {
	guint version;
	const char *const *variables;
	guint64 device_size;
} extsim_script_parse_options;

#define EXTSIM_SCRIPT_PARSE_OPTIONS_VERSION 2
#define EXTSIM_SCRIPT_PARSE_OPTIONS_INIT { EXTSIM_SCRIPT_PARSE_OPTIONS_VERSION, NULL, 0 }

/* The device mkfs.btrfs formats when the script gives no -b: a small one,
 * and for an fstests case a scratch device of the size fstests setups
 * give it (10 GiB and more; a case that needs a given size asks for it
 * with _scratch_mkfs_sized). */
#define EXTSIM_SCRIPT_DEFAULT_DEVICE_SIZE (G_GUINT64_CONSTANT (256) << 20)
#define EXTSIM_SCRIPT_FSTESTS_DEVICE_SIZE (G_GUINT64_CONSTANT (10) << 30)

/* The values $dev and $mnt have unless the script or the options set them. */
#define EXTSIM_SCRIPT_DEFAULT_DEV "/dev/loop0"
#define EXTSIM_SCRIPT_DEFAULT_MNT "/mnt/scratch"

/**
 * extsim_script_parse_string:
 * @text: the script
 * @len: its length in bytes, or -1 when NUL-terminated
 * @filename: (nullable): the name errors are reported under ("-" if NULL)
 * @options: (nullable): NULL for the defaults
 *
 * Parses the whole script.  A script that cannot be run fails with
 * EXTSIM_ERROR_INVAL (a syntax or semantic error: a bad number, an unknown
 * option, a file used while nothing is mounted) or EXTSIM_ERROR_OPNOTSUPP (a
 * real command or option the model does not cover), the message reading
 * "FILE:LINE:COLUMN: message" and naming the offending token.
 *
 * Returns: (transfer full) (nullable): the script, or NULL with @error set
 */
EXTSIM_EXPORT extsim_script *extsim_script_parse_string (const char *text, gssize len, const char *filename,
							 const extsim_script_parse_options *options,
							 GError **error);
/* As extsim_script_parse_string(); "-" reads standard input.  Also fails
 * with EXTSIM_ERROR_NOENT when the file cannot be read. */
EXTSIM_EXPORT extsim_script *extsim_script_parse_file (const char *filename,
						       const extsim_script_parse_options *options,
						       GError **error);
/* Accepts NULL. */
EXTSIM_EXPORT void extsim_script_free (extsim_script *script);

/* (transfer none): the name given at parse time */
EXTSIM_EXPORT const char *extsim_script_get_filename (const extsim_script *script);
EXTSIM_EXPORT guint extsim_script_get_n_commands (const extsim_script *script);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script_command *extsim_script_get_command (const extsim_script *script, guint index);
EXTSIM_EXPORT guint extsim_script_get_n_ops (const extsim_script *script);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script_op *extsim_script_get_op (const extsim_script *script, guint index);
/* Threads: 1 (the setup) plus one per `#@thread` line. */
EXTSIM_EXPORT guint extsim_script_get_n_threads (const extsim_script *script);
/* (transfer none): "setup" for 0, else the name after #@thread */
EXTSIM_EXPORT const char *extsim_script_get_thread_name (const extsim_script *script, guint thread);
/* "pwrite", "mount", "subvolume-create" ... */
EXTSIM_EXPORT const char *extsim_script_op_kind_to_str (extsim_script_op_kind kind);
/* A size as mkfs.btrfs -b reads it (btrfs-progs' parse_size: digits and at
 * most one suffix of b k m g t p e, powers of 1024); FALSE if it is not one
 * or does not fit in 64 bits. */
EXTSIM_EXPORT gboolean extsim_script_parse_size (const char *text, guint64 *out);

/* ---- running ------------------------------------------------------------- */

/**
 * extsim_script_result:
 *
 * What a run produced: one record per operation, the invariant violations
 * mapped to the operation during which they appeared (each with a
 * paragraph that explains it), the data lost, and the final filesystem.
 * Usable while the run is in progress (from the after_op callback).
 */
typedef struct extsim_script_result extsim_script_result;

/**
 * extsim_script_record:
 * @index: position among the run's records (one per operation, in order)
 * @op: (not owned): the operation
 * @command: (not owned): its command
 * @ran: FALSE when the operation was skipped because an earlier one of the
 *   same command failed in a way that stops the tool (xfs_io could not
 *   open its file)
 * @first_step: the step counter before it ran; the steps it made are
 *   (@first_step, @last_step]
 * @last_step: the step counter after it ran
 * @error: errno the tool reported (ENOSPC ...), 0 if none
 * @error_text: (not owned) (nullable): the line it printed for @error
 * @out_text: (not owned): what it wrote to its stdout (before redirection)
 * @err_text: (not owned): what it wrote to its stderr
 * @lost_bytes: dirty bytes a writeback dropped during it
 * @n_violations: invariant violations that appeared during it
 * @events: (nullable) (element-type extsim_event): its decisions, when
 *   record_events was set
 * @space: the data space_info after it
 */
typedef struct {
	guint index;
	const extsim_script_op *op;
	const extsim_script_command *command;
	gboolean ran;
	guint64 first_step;
	guint64 last_step;
	int error;
	const char *error_text;
	const char *out_text;
	const char *err_text;
	guint64 lost_bytes;
	guint n_violations;
	const GArray *events;
	extsim_space_info space;
} extsim_script_record;

/**
 * extsim_script_violation:
 * @violation: (not owned): as the library recorded it
 * @record: index of the record during which it appeared
 * @path: (not owned) (nullable): the file concerned, as the script names it
 * @explanation: (not owned): one paragraph in plain words: what the command
 *   did, why it broke the invariant, what it costs
 */
typedef struct {
	const extsim_violation *violation;
	guint record;
	const char *path;
	const char *explanation;
} extsim_script_violation;

/**
 * extsim_script_loss:
 * Dirty data a writeback dropped: [@offset, @offset + @length) of @path,
 * during record @record.
 */
typedef struct {
	guint record;
	const char *path;
	extsim_ino ino;
	guint64 offset;
	guint64 length;
} extsim_script_loss;

/* A file the script created, by the path it used. */
typedef struct {
	const char *path;
	extsim_ino ino;
} extsim_script_file;

typedef void (*extsim_script_output_func) (extsim_script_stream stream, const char *text, gsize len,
					   gpointer user_data);
typedef void (*extsim_script_record_func) (const extsim_script_result *result, const extsim_script_record *record,
					   gpointer user_data);

/* xfs_io, md5sum and btrfs write stdout through a stdio buffer of this
 * size when it is a pipe or a file: what a captured real run shows. */
#define EXTSIM_SCRIPT_PIPE_BUFFER 4096

/**
 * extsim_script_run_options:
 * @version: EXTSIM_SCRIPT_RUN_OPTIONS_VERSION
 * @policy: (nullable): kernel behaviour; NULL is "unpatched"
 * @check_every_step: run the invariant checker after every step (TRUE by
 *   default: violations are mapped to the operation that caused them)
 * @record_events: keep every operation's decisions in its record
 * @stdout_buffer: emulate the programs' stdio: stdout reaches @output in
 *   blocks of this many bytes, when a block fills or the program exits, as
 *   through a pipe (EXTSIM_SCRIPT_PIPE_BUFFER, the default); 0 writes it at
 *   once, in order with stderr, as on a terminal
 * @output: (nullable): receives the script's output; NULL discards it
 * @output_data: its user data
 * @after_record: (nullable): called after each operation
 * @after_record_data: its user data
 */
typedef struct {
	guint version;
	const extsim_policy *policy;
	gboolean check_every_step;
	gboolean record_events;
	gsize stdout_buffer;
	extsim_script_output_func output;
	gpointer output_data;
	extsim_script_record_func after_record;
	gpointer after_record_data;
} extsim_script_run_options;

#define EXTSIM_SCRIPT_RUN_OPTIONS_VERSION 1
#define EXTSIM_SCRIPT_RUN_OPTIONS_INIT                                                             \
	{ EXTSIM_SCRIPT_RUN_OPTIONS_VERSION, NULL, TRUE, FALSE, EXTSIM_SCRIPT_PIPE_BUFFER, NULL, NULL, NULL, NULL }

/**
 * extsim_script_run:
 * @out_result: (out) (optional) (transfer full): what the run produced,
 *   set even when the run stopped early
 *
 * Runs every operation in order against a fresh simulated filesystem.
 * The result points into @script: keep the script until the result is
 * freed.
 * Failures of the simulated tools (ENOSPC, EINVAL ..., mkfs.btrfs refusing
 * a device smaller than btrfs-progs accepts, the mount that follows) are
 * part of a run, printed as the tools print them, not errors of this call.
 *
 * A command that fails under `set -e` ends the run early, as it would end
 * the shell: that is a normal end (extsim_script_result_get_n_commands_run()
 * tells how far it went).
 *
 * Returns: FALSE with EXTSIM_ERROR_INVAL ("FILE:LINE:COLUMN: message") when
 *   the script could not go on (the model refused the filesystem mkfs.btrfs
 *   asked for); *@out_result then holds the run so far.
 */
EXTSIM_EXPORT gboolean extsim_script_run (const extsim_script *script, const extsim_script_run_options *options,
					  extsim_script_result **out_result, GError **error);

/* Accepts NULL. */
EXTSIM_EXPORT void extsim_script_result_free (extsim_script_result *result);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script *extsim_script_result_get_script (const extsim_script_result *result);
/* (transfer none): the policy the run used */
EXTSIM_EXPORT const extsim_policy *extsim_script_result_get_policy (const extsim_script_result *result);
/* (transfer none) (nullable): the filesystem as it is now (the last one
 * when the script ran mkfs.btrfs more than once) */
EXTSIM_EXPORT const extsim_fs *extsim_script_result_get_fs (const extsim_script_result *result);
EXTSIM_EXPORT guint extsim_script_result_get_n_records (const extsim_script_result *result);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script_record *extsim_script_result_get_record (const extsim_script_result *result,
									  guint index);
EXTSIM_EXPORT guint extsim_script_result_get_n_violations (const extsim_script_result *result);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script_violation *extsim_script_result_get_violation (const extsim_script_result *result,
										 guint index);
EXTSIM_EXPORT guint extsim_script_result_get_n_losses (const extsim_script_result *result);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script_loss *extsim_script_result_get_loss (const extsim_script_result *result,
								      guint index);
/* The files of the current filesystem, sorted by path. */
EXTSIM_EXPORT guint extsim_script_result_get_n_files (const extsim_script_result *result);
/* (transfer none) */
EXTSIM_EXPORT const extsim_script_file *extsim_script_result_get_file (const extsim_script_result *result,
								      guint index);
/* (transfer none) (nullable): the path the script uses for @ino */
EXTSIM_EXPORT const char *extsim_script_result_path_of (const extsim_script_result *result, extsim_ino ino);
/* How many commands the run went through (fewer than the script has when
 * `set -e` ended it), those an && or || passed over included. */
EXTSIM_EXPORT guint extsim_script_result_get_n_commands_run (const extsim_script_result *result);
/* Whether a command ran: the run reached it and no && or || passed it
 * over (CMD1 && CMD2: CMD2 runs when CMD1 exited with 0; || when not). */
EXTSIM_EXPORT gboolean extsim_script_result_command_ran (const extsim_script_result *result, guint command);
/* Exit status of a command as the real program would return it (0 when it
 * has not run). */
EXTSIM_EXPORT int extsim_script_result_get_exit_status (const extsim_script_result *result, guint command);
/* Statistics summed over every filesystem the script made. */
EXTSIM_EXPORT void extsim_script_result_get_stats (const extsim_script_result *result, extsim_stats *out);
/* Bytes of dirty data dropped over the whole run. */
EXTSIM_EXPORT guint64 extsim_script_result_get_lost_bytes (const extsim_script_result *result);
/* TRUE when no invariant was violated and no data was lost. */
EXTSIM_EXPORT gboolean extsim_script_result_is_clean (const extsim_script_result *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (extsim_script, extsim_script_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (extsim_script_result, extsim_script_result_free)

G_END_DECLS
