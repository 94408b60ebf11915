/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The script parser: every command of the dialect parses into the
 * operations it stands for, and every way a script can be wrong is refused
 * with FILE:LINE:COLUMN pointing at the offending token, before anything
 * runs.
 *
 * Error cases are a table, y_ and n_ style: each row is a script, the error
 * code it must get (INVAL: wrong; OPNOTSUPP: real but not modelled), where,
 * and a piece of the message.
 */
#include "ext-test.h"
#include "script-private.h" /* script_op's private fields, parse_dd_number() */

#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define HAVE_VALGRIND_H 1
#endif
#endif

#define MOUNTED "mkfs.btrfs -f $dev\nmount $dev $mnt\n"
/* mkfs.btrfs refuses 100 MiB (btrfs_min_dev_size()), so the mount fails */
#define REFUSED "mkfs.btrfs -f -b 100m $dev\nmount $dev $mnt\n"

static extsim_script *
parse_ok (const char *text)
{
	GError *err = NULL;
	extsim_script *s = extsim_script_parse_string (text, -1, "t.sh", NULL, &err);

	ext_assert_no_error (err);
	ext_assert_true (s != NULL);
	return s;
}

static const extsim_script_op *
op_at (const extsim_script *s, guint i)
{
	ext_assert_u64_lt (i, extsim_script_get_n_ops (s));
	return extsim_script_get_op (s, i);
}

/* ---- what scripts mean ---------------------------------------------------------- */

START_TEST (section_1_script_parses_into_its_operations)
{
	g_autoptr (extsim_script) s = NULL;
	g_autofree char *text = NULL;
	const extsim_script_op *op;

	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/a94d1d0-reflink-enospc.sh", &text, NULL, NULL));
	s = parse_ok (text);
	ext_assert_int_eq (extsim_script_get_n_commands (s), 7);
	ext_assert_int_eq (extsim_script_get_n_ops (s), 12);
	op = op_at (s, 0);
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_MKFS);
	ext_assert_u64_eq (op->length, 512 * MiB);
	ext_assert_true (op->flags & EXTSIM_SCRIPT_OP_FORCE);
	ext_assert_int_eq (extsim_script_get_command (s, 0)->stdout_to, EXTSIM_SCRIPT_TO_NULL);
	ext_assert_int_eq (extsim_script_get_command (s, 0)->stderr_to, EXTSIM_SCRIPT_TO_STDERR);
	op = op_at (s, 1);
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_MOUNT);
	ext_assert_str_eq (op->path, EXTSIM_SCRIPT_DEFAULT_MNT);
	ext_assert_str_eq (op->path2, EXTSIM_SCRIPT_DEFAULT_DEV);
	ext_assert_int_eq (op->flags, 0); /* nospace_cache changes nothing */
	op = op_at (s, 2);
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_OPEN);
	ext_assert_true (op->flags & EXTSIM_SCRIPT_OP_CREATE);
	ext_assert_str_eq (op->path, "/mnt/scratch/file1");
	op = op_at (s, 3);
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_FALLOC);
	ext_assert_u64_eq (op->offset, 8 * KiB);
	ext_assert_u64_eq (op->length, 64 * MiB);
	ext_assert_int_eq (op->line, 5);
	ext_assert_int_eq (op->column, 15);
	op = op_at (s, 5); /* pwrite 0 -b 4k 512M: getopt finds -b after the offset */
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_PWRITE);
	ext_assert_u64_eq (op->offset, 0);
	ext_assert_u64_eq (op->length, 512 * MiB);
	ext_assert_u64_eq (op->block_size, 4 * KiB);
	ext_assert_int_eq (op->fill, 0xcd);
	op = op_at (s, 9);
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_REFLINK);
	ext_assert_str_eq (op->path2, "/mnt/scratch/file1");
	ext_assert_u64_eq (op->src_offset, 8 * KiB);
	ext_assert_u64_eq (op->offset, 0);
	ext_assert_u64_eq (op->length, 4 * KiB);
	ext_assert_str_eq (op->text, "reflink /mnt/scratch/file1 8k 0 4k");
	op = op_at (s, 10);
	ext_assert_int_eq (op->kind, EXTSIM_SCRIPT_OP_FSYNC);
	ext_assert_int_eq (op->line, 13);
	ext_assert_int_eq (op->column, 44);
	ext_assert_int_eq (op_at (s, 11)->kind, EXTSIM_SCRIPT_OP_UMOUNT);
	ext_assert_str_eq (extsim_script_get_command (s, 6)->text, "umount $dev");
}
END_TEST

START_TEST (sizes_follow_cvtnum_and_parse_size)
{
	static const struct {
		const char *arg;
		guint64 value;
	} nums[] = {
		{ "0", 0 },          { "8k", 8 * KiB },        { "8K", 8 * KiB },      { "64m", 64 * MiB },
		{ "2g", 2 * GiB },   { "1t", TiB },            { "1p", PiB },          { "1e", G_GUINT64_CONSTANT (1) << 60 },
		{ "0x10", 16 },      { "010", 8 },             { "3b", 12288 },        { "3s", 1536 },
		{ "+5", 5 },         { "4096", 4096 },
	};

	for (guint i = 0; i < G_N_ELEMENTS (nums); i++) {
		g_autofree char *text = g_strdup_printf (MOUNTED "xfs_io -f -c \"falloc 0 %s\" $mnt/f\n", nums[i].arg);
		g_autoptr (extsim_script) s = parse_ok (text);

		ext_assert_u64_eq (op_at (s, 3)->length, nums[i].value);
	}
	{
		g_autoptr (extsim_script) s = parse_ok ("mkfs.btrfs -b 1G $dev\nmkfs.btrfs --byte-count=300m $dev\n"
							"mkfs.btrfs $dev\nmkfs.btrfs -b536870912 -s 16384 $dev\n"
							"mkfs.btrfs -b 1M $dev\n");

		ext_assert_u64_eq (op_at (s, 0)->length, GiB);
		ext_assert_u64_eq (op_at (s, 1)->length, 300 * MiB);
		ext_assert_u64_eq (op_at (s, 2)->length, 256 * MiB); /* the default device */
		ext_assert_u64_eq (op_at (s, 3)->length, 512 * MiB);
		ext_assert_u64_eq (op_at (s, 3)->block_size, 16384);
		/* too small for mkfs.btrfs, which says so when it runs */
		ext_assert_u64_eq (op_at (s, 4)->length, MiB);
	}
}
END_TEST

/* truncate -s: xdectoimax, decimal, "B" 1000 and "iB" 1024; relative
 * forms keep their sign in the mode.  fallocate: parse_size, base 0. */
START_TEST (truncate_and_fallocate_sizes)
{
	static const struct {
		const char *arg;
		guint64 value;
	} truncate_sizes[] = {
		{ "1M", MiB },     { "1k", KiB },      { "1KB", 1000 },   { "1kB", 1000 },  { "1KiB", KiB },
		{ "1MiB", MiB },   { "1g", GiB },      { "1T", TiB },     { "010", 10 },    { "' 5'", 5 },
		{ "1KD", 1000 },   { "1E", G_GUINT64_CONSTANT (1) << 60 },
	}, fallocate_sizes[] = {
		{ "1M", MiB },     { "1k", KiB },      { "1KB", 1000 },   { "1Kb", 1000 },  { "1KiB", KiB },
		{ "1Kib", KiB },   { "0x1000", 4096 }, { "010", 8 },      { "1P", PiB },    { "' 4k'", 4 * KiB },
	};
	static const struct {
		const char *arg;
		char mode;
		guint64 value;
	} relative[] = {
		{ "+4K", '+', 4 * KiB }, { "-1K", '-', KiB }, { "'<2M'", '<', 2 * MiB }, { "'>2M'", '>', 2 * MiB },
		{ "/3000", '/', 3000 },  { "%3000", '%', 3000 }, { "'< 5'", '<', 5 }, { "3 -s 5", '=', 5 },
	};

	for (guint i = 0; i < G_N_ELEMENTS (truncate_sizes); i++) {
		g_autofree char *text = g_strdup_printf (MOUNTED "truncate -s %s $mnt/f\n", truncate_sizes[i].arg);
		g_autoptr (extsim_script) s = parse_ok (text);

		ext_assert_int_eq (op_at (s, 2)->kind, EXTSIM_SCRIPT_OP_TRUNCATE);
		ext_assert_u64_eq (op_at (s, 2)->length, truncate_sizes[i].value);
		ext_assert_true (op_at (s, 2)->flags & EXTSIM_SCRIPT_OP_CREATE);
	}
	for (guint i = 0; i < G_N_ELEMENTS (relative); i++) {
		g_autofree char *text = g_strdup_printf (MOUNTED "truncate -c -s %s $mnt/f\n", relative[i].arg);
		g_autoptr (extsim_script) s = parse_ok (text);

		ext_assert_u64_eq (op_at (s, 2)->length, relative[i].value);
		ext_assert_int_eq (((const script_op *) op_at (s, 2))->size_mode, relative[i].mode);
		ext_assert_false (op_at (s, 2)->flags & EXTSIM_SCRIPT_OP_CREATE);
	}
	for (guint i = 0; i < G_N_ELEMENTS (fallocate_sizes); i++) {
		g_autofree char *text = g_strdup_printf (MOUNTED "fallocate -o %s --length %s $mnt/f\n", fallocate_sizes[i].arg,
							 fallocate_sizes[i].arg);
		g_autoptr (extsim_script) s = parse_ok (text);

		ext_assert_u64_eq (op_at (s, 2)->offset, fallocate_sizes[i].value);
		ext_assert_u64_eq (op_at (s, 2)->length, fallocate_sizes[i].value);
	}
}
END_TEST

/* One operation per file, each of the kind xfs_io's equivalent makes. */
START_TEST (truncate_and_fallocate_operations)
{
	g_autoptr (extsim_script) s = parse_ok (MOUNTED "truncate -s 1M $mnt/a $mnt/b\n"
						"fallocate -l 1M $mnt/c\nfallocate --keep-size -o 4k -l 8k $mnt/c\n"
						"fallocate -p -o 4k -l 4k $mnt/c\nfallocate -z -l 4k $mnt/c\n"
						"fallocate -z -n -l 4k $mnt/c\n");
	static const struct {
		extsim_script_op_kind kind;
		guint32 flags;
		const char *text;
	} want[] = {
		{ EXTSIM_SCRIPT_OP_TRUNCATE, EXTSIM_SCRIPT_OP_CREATE, "truncate -s 1M /mnt/scratch/a" },
		{ EXTSIM_SCRIPT_OP_TRUNCATE, EXTSIM_SCRIPT_OP_CREATE, "truncate -s 1M /mnt/scratch/b" },
		{ EXTSIM_SCRIPT_OP_FALLOC, EXTSIM_SCRIPT_OP_CREATE, "fallocate -l 1M /mnt/scratch/c" },
		{ EXTSIM_SCRIPT_OP_FALLOC, EXTSIM_SCRIPT_OP_KEEP_SIZE, NULL },
		{ EXTSIM_SCRIPT_OP_FPUNCH, EXTSIM_SCRIPT_OP_KEEP_SIZE, NULL }, /* punch implies keep-size */
		{ EXTSIM_SCRIPT_OP_FZERO, 0, NULL },
		{ EXTSIM_SCRIPT_OP_FZERO, EXTSIM_SCRIPT_OP_KEEP_SIZE, NULL },
	};

	ext_assert_int_eq (extsim_script_get_n_ops (s), 2 + G_N_ELEMENTS (want));
	for (guint i = 0; i < G_N_ELEMENTS (want); i++) {
		const extsim_script_op *op = op_at (s, 2 + i);

		ext_assert_int_eq (op->kind, want[i].kind);
		ext_assert_int_eq (op->flags, want[i].flags);
		if (want[i].text)
			ext_assert_str_eq (op->text, want[i].text);
	}
	ext_assert_int_eq (op_at (s, 3)->column, 23); /* the second file */
	ext_assert_u64_eq (op_at (s, 5)->offset, 4 * KiB);
	ext_assert_u64_eq (op_at (s, 5)->length, 8 * KiB);
}
END_TEST

/* dd: one PWRITE of count*bs at seek*bs in calls of bs; cp: a REFLINK of
 * the whole file */
START_TEST (dd_and_cp_operations)
{
	g_autoptr (extsim_script) s = parse_ok (
		MOUNTED "dd if=/dev/zero of=$mnt/a bs=4k count=4 seek=2 skip=9\n"
			"dd if=/dev/urandom of=$mnt/b bs=2x2k count=1 conv=notrunc,fsync status=none\n"
			"dd if=/dev/urandom of=$mnt/c bs=1M count=0 conv=fdatasync status=noxfer\n"
			"dd of=$mnt/d if=/dev/zero bs=4k\n"
			"dd if=$mnt/a of=$mnt/h bs=1k skip=3 count=2\n"
			"cp --reflink=always $mnt/a $mnt/e\ncp $mnt/a $mnt/f\ncp --reflink=auto -- $mnt/a $mnt/g\n"
			"cp --reflink=never $mnt/a $mnt/i\ncp --reflink=never --reflink $mnt/a $mnt/j\n");
	static const struct {
		extsim_script_op_kind kind;
		guint64 offset, length, block_size;
		guint8 fill;
		guint32 flags;
		dd_status status;
		gboolean must_clone, no_clone;
	} want[] = {
		{ EXTSIM_SCRIPT_OP_PWRITE, 8 * KiB, 16 * KiB, 4 * KiB, 0, EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC,
		  DD_STATUS_DEFAULT, FALSE, FALSE },
		{ EXTSIM_SCRIPT_OP_PWRITE, 0, 4 * KiB, 4 * KiB, 1, EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_FSYNC_AFTER,
		  DD_STATUS_NONE, FALSE, FALSE },
		{ EXTSIM_SCRIPT_OP_PWRITE, 0, 0, MiB, 2,
		  EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC | EXTSIM_SCRIPT_OP_FDATASYNC_AFTER, DD_STATUS_NOXFER, FALSE, FALSE },
		/* no count: until the file cannot grow */
		{ EXTSIM_SCRIPT_OP_PWRITE, 0, (guint64) G_MAXINT64 / 4096 * 4096, 4096, 0,
		  EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC, DD_STATUS_DEFAULT, FALSE, FALSE },
		{ EXTSIM_SCRIPT_OP_PWRITE, 0, 2 * KiB, KiB, 0xcd, EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC,
		  DD_STATUS_DEFAULT, FALSE, FALSE },
		{ EXTSIM_SCRIPT_OP_REFLINK, 0, 0, 0, 0xcd,
		  EXTSIM_SCRIPT_OP_WHOLE_FILE | EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC, DD_STATUS_DEFAULT, TRUE, FALSE },
		{ EXTSIM_SCRIPT_OP_REFLINK, 0, 0, 0, 0xcd,
		  EXTSIM_SCRIPT_OP_WHOLE_FILE | EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC, DD_STATUS_DEFAULT, FALSE, FALSE },
		{ EXTSIM_SCRIPT_OP_REFLINK, 0, 0, 0, 0xcd,
		  EXTSIM_SCRIPT_OP_WHOLE_FILE | EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC, DD_STATUS_DEFAULT, FALSE, FALSE },
		/* --reflink=never: no clone; the last --reflink counts */
		{ EXTSIM_SCRIPT_OP_REFLINK, 0, 0, 0, 0xcd,
		  EXTSIM_SCRIPT_OP_WHOLE_FILE | EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC, DD_STATUS_DEFAULT, FALSE, TRUE },
		{ EXTSIM_SCRIPT_OP_REFLINK, 0, 0, 0, 0xcd,
		  EXTSIM_SCRIPT_OP_WHOLE_FILE | EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_TRUNC, DD_STATUS_DEFAULT, TRUE, FALSE },
	};

	ext_assert_int_eq (extsim_script_get_n_ops (s), 2 + G_N_ELEMENTS (want));
	for (guint i = 0; i < G_N_ELEMENTS (want); i++) {
		const script_op *op = (const script_op *) op_at (s, 2 + i);

		ext_assert_int_eq (op->pub.kind, want[i].kind);
		ext_assert_u64_eq (op->pub.offset, want[i].offset);
		ext_assert_u64_eq (op->pub.length, want[i].length);
		ext_assert_u64_eq (op->pub.block_size, want[i].block_size);
		ext_assert_int_eq (op->pub.fill, want[i].fill);
		ext_assert_int_eq (op->pub.flags, want[i].flags);
		ext_assert_int_eq (op->status, want[i].status);
		ext_assert_int_eq (op->must_clone, want[i].must_clone);
		ext_assert_int_eq (op->no_clone, want[i].no_clone);
	}
	ext_assert_str_eq (op_at (s, 2)->path, "/mnt/scratch/a");
	ext_assert_int_eq (op_at (s, 2)->column, 20); /* of='s value */
	ext_assert_str_eq (op_at (s, 6)->path2, "/mnt/scratch/a"); /* dd if=FILE */
	ext_assert_u64_eq (op_at (s, 6)->src_offset, 3 * KiB);
	ext_assert_true (op_at (s, 2)->path2 == NULL);
	ext_assert_str_eq (op_at (s, 7)->path, "/mnt/scratch/e");
	ext_assert_str_eq (op_at (s, 7)->path2, "/mnt/scratch/a");
}
END_TEST

/* dd's numbers: parse_integer, with c w b and products */
START_TEST (dd_numbers)
{
	static const struct {
		const char *arg;
		guint64 value;
	} nums[] = {
		{ "512", 512 }, { "1c", 1 },       { "3w", 6 },       { "2b", 1024 },    { "4k", 4 * KiB },
		{ "4K", 4 * KiB }, { "1kB", 1000 }, { "1KiB", KiB },   { "1M", MiB },     { "1MB", 1000000 },
		{ "1G", GiB },  { "2x4K", 8 * KiB }, { "2x2x1k", 4 * KiB }, { "010", 10 }, { "00x5", 0 },
	};

	for (guint i = 0; i < G_N_ELEMENTS (nums); i++) {
		guint64 v = 1;

		ext_assert_int_eq (parse_dd_number (nums[i].arg, &v), 0);
		ext_assert_u64_eq (v, nums[i].value);
	}
}
END_TEST

START_TEST (xfs_io_commands_and_their_options)
{
	g_autoptr (extsim_script) s = parse_ok (
		MOUNTED "xfs_io -f -c \"pwrite -S 0xab -b 1m -q -C -w -W 4k 1m\" -c \"w -S0x41 0 4k\" -c \"pread -v -b 16k 0 32\""
			" -c \"r 0 4k\" -c \"falloc -k 0 1m\" -c \"falloc -p 0 4k\" -c \"fpunch 4k 8k\" -c \"fzero -k 64k 64k\""
			" -c \"truncate 3m\" -c \"t 0\" -c fsync -c s -c fdatasync -c ds -c sync -c syncfs"
			" -c \"sync_range -w 0 4k\" -c \"sync_range -a -b 0 4k\" -c \"fiemap -v -l -n 2 8k 1m\" -c fiemap"
			" -rt $mnt/f\n"
			"xfs_io -c \"reflink $mnt/f\" -c \"rl -q $mnt/f 0 4k 4k\" -c \"dedupe $mnt/f 0 8k 4k\" -c \"dd -C $mnt/f 0 8k 4k\" $mnt/g\n");
	static const extsim_script_op_kind kinds[] = {
		EXTSIM_SCRIPT_OP_OPEN,     EXTSIM_SCRIPT_OP_PWRITE,     EXTSIM_SCRIPT_OP_PWRITE,    EXTSIM_SCRIPT_OP_PREAD,
		EXTSIM_SCRIPT_OP_PREAD,    EXTSIM_SCRIPT_OP_FALLOC,     EXTSIM_SCRIPT_OP_FPUNCH,    EXTSIM_SCRIPT_OP_FPUNCH,
		EXTSIM_SCRIPT_OP_FZERO,    EXTSIM_SCRIPT_OP_TRUNCATE,   EXTSIM_SCRIPT_OP_TRUNCATE,  EXTSIM_SCRIPT_OP_FSYNC,
		EXTSIM_SCRIPT_OP_FSYNC,    EXTSIM_SCRIPT_OP_FDATASYNC,  EXTSIM_SCRIPT_OP_FDATASYNC, EXTSIM_SCRIPT_OP_SYNC,
		EXTSIM_SCRIPT_OP_SYNC,     EXTSIM_SCRIPT_OP_SYNC_RANGE, EXTSIM_SCRIPT_OP_SYNC_RANGE, EXTSIM_SCRIPT_OP_FIEMAP,
		EXTSIM_SCRIPT_OP_FIEMAP,   EXTSIM_SCRIPT_OP_OPEN,       EXTSIM_SCRIPT_OP_REFLINK,   EXTSIM_SCRIPT_OP_REFLINK,
		EXTSIM_SCRIPT_OP_DEDUPE,   EXTSIM_SCRIPT_OP_DEDUPE,
	};
	const extsim_script_op *op;

	ext_assert_int_eq (extsim_script_get_n_ops (s), 2 + G_N_ELEMENTS (kinds));
	for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
		ext_assert_int_eq (op_at (s, 2 + i)->kind, kinds[i]);
	ext_assert_int_eq (op_at (s, 2)->flags, EXTSIM_SCRIPT_OP_CREATE | EXTSIM_SCRIPT_OP_READONLY | EXTSIM_SCRIPT_OP_TRUNC);
	op = op_at (s, 3);
	ext_assert_int_eq (op->fill, 0xab);
	ext_assert_u64_eq (op->block_size, MiB);
	ext_assert_int_eq (op->flags, EXTSIM_SCRIPT_OP_QUIET | EXTSIM_SCRIPT_OP_COMPACT | EXTSIM_SCRIPT_OP_FDATASYNC_AFTER |
					      EXTSIM_SCRIPT_OP_FSYNC_AFTER);
	ext_assert_int_eq (op_at (s, 4)->fill, 0x41);
	ext_assert_u64_eq (op_at (s, 4)->block_size, 4096); /* xfs_io's default for a btrfs file */
	ext_assert_true (op_at (s, 5)->flags & EXTSIM_SCRIPT_OP_VERBOSE);
	ext_assert_u64_eq (op_at (s, 5)->block_size, 16 * KiB);
	ext_assert_true (op_at (s, 7)->flags & EXTSIM_SCRIPT_OP_KEEP_SIZE);
	ext_assert_u64_eq (op_at (s, 11)->length, 3 * MiB);
	ext_assert_int_eq (op_at (s, 19)->flags, EXTSIM_SCRIPT_OP_WRITE);
	ext_assert_int_eq (op_at (s, 20)->flags, EXTSIM_SCRIPT_OP_WAIT_BEFORE); /* the last of -a -b wins */
	op = op_at (s, 21);
	ext_assert_int_eq (op->flags, EXTSIM_SCRIPT_OP_VERBOSE | EXTSIM_SCRIPT_OP_BLOCKS | EXTSIM_SCRIPT_OP_COUNT_GIVEN |
					      EXTSIM_SCRIPT_OP_OFFSET_GIVEN | EXTSIM_SCRIPT_OP_LENGTH_GIVEN);
	ext_assert_u64_eq (op->count, 2);
	ext_assert_u64_eq (op->offset, 8 * KiB);
	ext_assert_u64_eq (op->length, MiB);
	ext_assert_u64_eq (op_at (s, 22)->count, G_MAXUINT64);
	ext_assert_true (op_at (s, 24)->flags & EXTSIM_SCRIPT_OP_WHOLE_FILE);
	op = op_at (s, 25);
	ext_assert_true (op->flags & EXTSIM_SCRIPT_OP_QUIET);
	ext_assert_u64_eq (op->src_offset, 0);
	ext_assert_u64_eq (op->offset, 4 * KiB);
	ext_assert_true (op_at (s, 27)->flags & EXTSIM_SCRIPT_OP_COMPACT);
	ext_assert_u64_eq (op_at (s, 27)->offset, 8 * KiB);
}
END_TEST

START_TEST (shell_commands_and_paths)
{
	g_autoptr (extsim_script) s = parse_ok (
		MOUNTED "touch $mnt/a $mnt/b\nrm -f $mnt/a\nchattr +C $mnt/b\nmd5sum $mnt/a $mnt/b\nsync\nsleep 1\n"
			"echo hello   world\necho -n x\nbtrfs subvolume create $mnt/sv\nbtrfs sub snap -r $mnt/sv $mnt/snap\n"
			"btrfs su sn $mnt $mnt/top\nbtrfs filesystem sync $mnt\ncd $mnt/sv\ntouch ./c ../d\ncd /\n"
			"umount $mnt\nmount -o noatime,space_cache=v2 $dev $mnt/\n");
	static const extsim_script_op_kind kinds[] = {
		EXTSIM_SCRIPT_OP_TOUCH,  EXTSIM_SCRIPT_OP_TOUCH,  EXTSIM_SCRIPT_OP_RM,     EXTSIM_SCRIPT_OP_CHATTR,
		EXTSIM_SCRIPT_OP_MD5SUM, EXTSIM_SCRIPT_OP_MD5SUM, EXTSIM_SCRIPT_OP_SYNC,   EXTSIM_SCRIPT_OP_SLEEP,
		EXTSIM_SCRIPT_OP_ECHO,   EXTSIM_SCRIPT_OP_ECHO,   EXTSIM_SCRIPT_OP_SUBVOLUME_CREATE,
		EXTSIM_SCRIPT_OP_SNAPSHOT, EXTSIM_SCRIPT_OP_SNAPSHOT, EXTSIM_SCRIPT_OP_SYNC, EXTSIM_SCRIPT_OP_TOUCH,
		EXTSIM_SCRIPT_OP_TOUCH,  EXTSIM_SCRIPT_OP_UMOUNT, EXTSIM_SCRIPT_OP_MOUNT,
	};

	ext_assert_int_eq (extsim_script_get_n_ops (s), 2 + G_N_ELEMENTS (kinds));
	for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
		ext_assert_int_eq (op_at (s, 2 + i)->kind, kinds[i]);
	ext_assert_str_eq (op_at (s, 3)->path, "/mnt/scratch/b");
	ext_assert_str_eq (op_at (s, 3)->text, "touch /mnt/scratch/b");
	ext_assert_true (op_at (s, 4)->flags & EXTSIM_SCRIPT_OP_FORCE);
	ext_assert_str_eq (op_at (s, 10)->message, "hello world");
	ext_assert_true (op_at (s, 11)->flags & EXTSIM_SCRIPT_OP_NO_NEWLINE);
	ext_assert_false (extsim_script_get_command (s, 9)->buffered); /* echo is a builtin */
	ext_assert_str_eq (op_at (s, 13)->path, "/mnt/scratch/snap");
	ext_assert_str_eq (op_at (s, 13)->path2, "/mnt/scratch/sv");
	ext_assert_true (op_at (s, 13)->flags & EXTSIM_SCRIPT_OP_READONLY);
	ext_assert_false (op_at (s, 14)->flags & EXTSIM_SCRIPT_OP_READONLY);
	ext_assert_str_eq (op_at (s, 16)->path, "./c"); /* printed as given */
	ext_assert_str_eq (op_at (s, 17)->path, "../d");
	ext_assert_int_eq (op_at (s, 19)->flags, 0);
	ext_assert_str_eq (op_at (s, 19)->path, "/mnt/scratch");
}
END_TEST

/* echo N > /proc/sys/vm/drop_caches, the one file a redirection writes:
 * N in @length, nothing echoed; other redirections of the echo still
 * work, and before anything is mounted it is taken too. */
START_TEST (drop_caches_is_the_one_file_echo_writes)
{
	g_autoptr (extsim_script) s = parse_ok ("echo 1 > /proc/sys/vm/drop_caches\n" MOUNTED
						"sync; echo 3 >/proc/sys/vm/drop_caches\n"
						"echo -n 2 > /proc/sys/vm/drop_caches 2> /dev/null\n"
						"sync && echo 4 > /proc/sys/vm/drop_caches\n"
						"sysctl -w vm.drop_caches=3\nsysctl -q vm.drop_caches=2\n");
	const guint at[] = { 0, 4, 5, 7, 8, 9 };
	const guint64 what[] = { 1, 3, 2, 4, 3, 2 };

	ext_assert_int_eq (extsim_script_get_n_ops (s), 10);
	for (guint i = 0; i < G_N_ELEMENTS (at); i++) {
		ext_assert_int_eq (op_at (s, at[i])->kind, EXTSIM_SCRIPT_OP_DROP_CACHES);
		ext_assert_u64_eq (op_at (s, at[i])->length, what[i]);
	}
	ext_assert_str_eq (op_at (s, 4)->text, "echo 3 >/proc/sys/vm/drop_caches");
	ext_assert_true (op_at (s, 4)->message == NULL);
	ext_assert_str_eq (op_at (s, 8)->message, "vm.drop_caches = 3");
	ext_assert_true (op_at (s, 9)->message == NULL); /* -q */
}
END_TEST

START_TEST (mount_options_that_change_the_model)
{
	g_autoptr (extsim_script) s = parse_ok ("mkfs.btrfs $dev\nmount -o nodatacow,discard=async $dev $mnt\n"
						"umount $dev\nmount $dev $mnt -o noatime -o nodatasum,datasum,nodatacow\n"
						"umount $dev\nmkfs.btrfs -f $dev\nmount $dev $mnt -o nodatasum\n");

	ext_assert_int_eq (op_at (s, 1)->flags, EXTSIM_SCRIPT_OP_NODATACOW | EXTSIM_SCRIPT_OP_NODATASUM);
	ext_assert_int_eq (op_at (s, 3)->flags, EXTSIM_SCRIPT_OP_NODATACOW | EXTSIM_SCRIPT_OP_NODATASUM);
	ext_assert_int_eq (op_at (s, 6)->flags, EXTSIM_SCRIPT_OP_NODATASUM); /* a new filesystem: new options */
}
END_TEST

START_TEST (lexing_quotes_variables_and_redirections)
{
	g_autoptr (extsim_script) s = parse_ok (
		"#!/bin/bash\n# a comment\n\n  \t\nf=file1; sz=\"64m\"\nexport dev=/dev/sdz mnt=/mnt/x\n"
		"mkfs.btrfs $dev >/dev/null 2>&1\nmount $dev ${mnt} # trailing comment\n"
		"xfs_io -f -c 'falloc 0 '$sz -c \"pwrite 0 ${sz}\" \\\n   $mnt/$f 2>&1 >/dev/null\n"
		"md5sum $mnt/$f &> /dev/null; md5sum $mnt/$f 1>&2 2>/dev/null < /dev/null\n"
		"echo a\\#b \"$mnt\\\"\"'$mnt' # c\n");
	const extsim_script_command *c;

	ext_assert_int_eq (extsim_script_get_n_commands (s), 9);
	c = extsim_script_get_command (s, 3);
	ext_assert_int_eq (c->stdout_to, EXTSIM_SCRIPT_TO_NULL);
	ext_assert_int_eq (c->stderr_to, EXTSIM_SCRIPT_TO_NULL);
	ext_assert_str_eq (op_at (s, 1)->path, "/mnt/x");
	ext_assert_str_eq (op_at (s, 1)->path2, "/dev/sdz");
	ext_assert_u64_eq (op_at (s, 3)->length, 64 * MiB);
	ext_assert_str_eq (op_at (s, 4)->text, "pwrite 0 64m");
	ext_assert_str_eq (op_at (s, 2)->path, "/mnt/x/file1");
	c = extsim_script_get_command (s, 5);
	ext_assert_int_eq (c->line, 9);
	ext_assert_str_eq (c->text, "xfs_io -f -c 'falloc 0 '$sz -c \"pwrite 0 ${sz}\"    $mnt/$f 2>&1 >/dev/null");
	ext_assert_int_eq (c->stdout_to, EXTSIM_SCRIPT_TO_NULL);
	ext_assert_int_eq (c->stderr_to, EXTSIM_SCRIPT_TO_STDOUT); /* 2>&1 before >: the old stdout */
	c = extsim_script_get_command (s, 6);
	ext_assert_int_eq (c->stdout_to, EXTSIM_SCRIPT_TO_NULL);
	ext_assert_int_eq (c->stderr_to, EXTSIM_SCRIPT_TO_NULL);
	c = extsim_script_get_command (s, 7);
	ext_assert_int_eq (c->stdout_to, EXTSIM_SCRIPT_TO_STDERR);
	ext_assert_int_eq (c->stderr_to, EXTSIM_SCRIPT_TO_NULL);
	ext_assert_str_eq (op_at (s, 7)->message, "a#b /mnt/x\"$mnt");
}
END_TEST

START_TEST (variables_from_options_and_field_splitting)
{
	const char *vars[] = { "mnt=/srv/m", "opts=-f -b 1G", NULL };
	extsim_script_parse_options po = EXTSIM_SCRIPT_PARSE_OPTIONS_INIT;
	const char *bad[] = { "1x=2", NULL };
	GError *err = NULL;
	extsim_script *s;

	po.variables = vars;
	s = extsim_script_parse_string ("mkfs.btrfs $opts $dev\nmount $dev $mnt\ntouch \"$mnt/a b\"\n", -1, NULL, &po,
					&err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (op_at (s, 0)->length, GiB); /* "$opts" unquoted splits into three words */
	ext_assert_str_eq (op_at (s, 2)->path, "/srv/m/a b");
	ext_assert_str_eq (extsim_script_get_filename (s), "-");
	extsim_script_free (s);
	po.variables = bad;
	ext_assert_true (extsim_script_parse_string ("", -1, NULL, &po, &err) == NULL);
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	po.version = 99;
	ext_assert_true (extsim_script_parse_string ("", -1, NULL, &po, &err) == NULL);
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
}
END_TEST

/* mkfs.btrfs without -b formats a device of the options' device_size, or
 * of 256 MiB, or in an fstests case of 10 GiB; options of version 1 have
 * no device_size and are still read. */
START_TEST (the_device_size_is_the_options_or_the_default)
{
	const char *plain = "mkfs.btrfs -f $dev\nmkfs.btrfs -f -b 1G $dev\n";
	const char *fstests = ". ./common/preamble\n_scratch_mkfs\n";
	extsim_script_parse_options po = EXTSIM_SCRIPT_PARSE_OPTIONS_INIT;
	extsim_script_parse_options v1 = { 1, NULL, 12345 };
	g_autoptr (extsim_script) a = extsim_script_parse_string (plain, -1, NULL, NULL, NULL);
	g_autoptr (extsim_script) b = extsim_script_parse_string (fstests, -1, NULL, NULL, NULL);
	g_autoptr (extsim_script) c = NULL, d = NULL, e = NULL;
	GError *err = NULL;
	guint64 size = 0;

	ext_assert_u64_eq (op_at (a, 0)->length, EXTSIM_SCRIPT_DEFAULT_DEVICE_SIZE);
	ext_assert_u64_eq (op_at (a, 1)->length, GiB);
	ext_assert_u64_eq (op_at (b, 0)->length, 10 * GiB);
	po.device_size = 3 * GiB;
	c = extsim_script_parse_string (plain, -1, NULL, &po, &err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (op_at (c, 0)->length, 3 * GiB);
	ext_assert_u64_eq (op_at (c, 1)->length, GiB); /* -b wins */
	d = extsim_script_parse_string (fstests, -1, NULL, &po, &err);
	ext_assert_u64_eq (op_at (d, 0)->length, 3 * GiB);
	/* common/rc: a sized mkfs larger than the device is not run */
	{
		g_autoptr (extsim_script) big = extsim_script_parse_string (
			". ./common/preamble\n_scratch_mkfs_sized $((4 * 1024 * 1024 * 1024))\n", -1, "t", &po, &err);

		ext_assert_no_error (err);
		ext_assert_int_eq (op_at (big, 0)->kind, EXTSIM_SCRIPT_OP_ECHO);
		ext_assert_str_eq (op_at (big, 0)->message, "t not run: Scratch device too small");
	}
	e = extsim_script_parse_string (plain, -1, NULL, &v1, &err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (op_at (e, 0)->length, EXTSIM_SCRIPT_DEFAULT_DEVICE_SIZE);
	po.device_size = G_MAXUINT64;
	ext_assert_true (extsim_script_parse_string (plain, -1, NULL, &po, &err) == NULL);
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	g_clear_error (&err);
	/* sizes as mkfs.btrfs -b reads them */
	ext_assert_true (extsim_script_parse_size ("10G", &size));
	ext_assert_u64_eq (size, 10 * GiB);
	ext_assert_true (extsim_script_parse_size ("300m", &size));
	ext_assert_u64_eq (size, 300 * MiB);
	ext_assert_true (extsim_script_parse_size ("4096", &size));
	ext_assert_u64_eq (size, 4096);
	ext_assert_false (extsim_script_parse_size ("10GB", &size));
	ext_assert_false (extsim_script_parse_size ("", &size));
	ext_assert_false (extsim_script_parse_size ("16E", &size));
}
END_TEST

/* An operation's text is its command line, options included: the
 * explorer's trace replays it alone (rm -r on a directory; without -r it
 * would be EISDIR). */
START_TEST (rm_r_keeps_its_options_in_its_text)
{
	GError *err = NULL;
	extsim_script *s = extsim_script_parse_string ("mkfs.btrfs -f $dev\nmount $dev $mnt\nrm -rf $mnt/d\n"
						       "rm --recursive $mnt/e\nrm $mnt/f\nrm -fd $mnt/g\nrm --dir $mnt/h\n",
						       -1, "t.sh", NULL, &err);

	ext_assert_no_error (err);
	ext_assert_str_eq (op_at (s, 2)->text, "rm -r -f /mnt/scratch/d");
	ext_assert_str_eq (op_at (s, 3)->text, "rm -r /mnt/scratch/e");
	ext_assert_str_eq (op_at (s, 4)->text, "rm /mnt/scratch/f");
	ext_assert_true (op_at (s, 3)->flags & EXTSIM_SCRIPT_OP_RECURSIVE);
	ext_assert_false (op_at (s, 4)->flags & EXTSIM_SCRIPT_OP_RECURSIVE);
	ext_assert_str_eq (op_at (s, 5)->text, "rm -d -f /mnt/scratch/g");
	ext_assert_str_eq (op_at (s, 6)->text, "rm -d /mnt/scratch/h");
	ext_assert_true (op_at (s, 6)->flags & EXTSIM_SCRIPT_OP_EMPTY_DIRS);
	ext_assert_false (op_at (s, 4)->flags & EXTSIM_SCRIPT_OP_EMPTY_DIRS);
	extsim_script_free (s);
}
END_TEST

/* A NUL byte is refused at its place.  The fuzzer's find: an echo whose
 * words held NULs before a $? cut the message short where it was stored,
 * and the run read past it at the substitution's offset. */
START_TEST (a_nul_byte_is_refused_where_it_is)
{
	static const char text[] = "mkfs.btrfs -f $dev\nmount $dev $mnt\necho \"sta\0\0tus $?\"\n";
	GError *err = NULL;

	ext_assert_true (extsim_script_parse_string (text, sizeof text - 1, "t.sh", NULL, &err) == NULL);
	ext_assert_true (err != NULL);
	ext_assert_str_contains (err->message, "t.sh:3:10: a NUL byte");
	ext_assert_error (err, EXTSIM_ERROR_INVAL); /* and clears it */
	/* without them it is a script */
	extsim_script_free (extsim_script_parse_string ("mkfs.btrfs -f $dev\nmount $dev $mnt\necho \"status $?\"\n", -1,
							"t.sh", NULL, &err));
	ext_assert_no_error (err);
}
END_TEST

/* Threads that parse their first numbers at once, in a process that has
 * parsed none yet (the first g_ascii_strtoll makes the C locale once, and
 * the threads that waited for it came back with errno set: the fuzz
 * campaign's workers now and then found "falloc 0 64m" non-numeric). */
static gpointer
parse_numbers (gpointer unused)
{
	static const char text[] = MOUNTED "xfs_io -f -c \"falloc -k 0 64m\" -c \"pwrite 4k 8k\" $mnt/f\n"
					   "fallocate -o 0 -l 1m $mnt/g\n";
	GError *err = NULL;
	extsim_script *s = extsim_script_parse_string (text, -1, "t.sh", NULL, &err);

	(void) unused;
	g_clear_error (&err);
	extsim_script_free (s);
	return GINT_TO_POINTER (s != NULL);
}

#define FIRST_PARSE_THREADS 8
/* 4 to 10 processes in 100 met it before the fix; valgrind runs one thread at a
 * time, slowly, and hardly meets it at all: a few processes there */
#define FIRST_PARSE_PROCESSES 100
#define FIRST_PARSE_PROCESSES_SERIAL 3

START_TEST (numbers_parse_in_threads_parsing_their_first)
{
	guint failed = 0, n = FIRST_PARSE_PROCESSES;

#if defined(HAVE_VALGRIND_H)
	if (RUNNING_ON_VALGRIND)
		n = FIRST_PARSE_PROCESSES_SERIAL;
#endif
	for (guint i = 0; i < n; i++) {
		pid_t pid = fork ();
		int status = 0;

		if (pid == 0) {
			GThread *t[FIRST_PARSE_THREADS];
			int ok = 1;

			for (guint j = 0; j < FIRST_PARSE_THREADS; j++)
				t[j] = g_thread_new ("parse", parse_numbers, NULL);
			for (guint j = 0; j < FIRST_PARSE_THREADS; j++)
				ok &= GPOINTER_TO_INT (g_thread_join (t[j]));
			_exit (ok ? 0 : 1);
		}
		ext_assert_true (pid > 0);
		ext_assert_int_eq (waitpid (pid, &status, 0), pid);
		failed += !WIFEXITED (status) || WEXITSTATUS (status) != 0;
	}
	ext_assert_int_eq (failed, 0);
}
END_TEST

START_TEST (an_empty_script_has_nothing)
{
	g_autoptr (extsim_script) s = parse_ok ("\n# nothing\n\n");
	g_autoptr (extsim_script) e = parse_ok ("");

	/* an empty -c is an empty word to cut into commands (found by fuzz-script-parse under UBSan) */
	g_autoptr (extsim_script) c = parse_ok (MOUNTED "xfs_io -c '' $mnt/f\n");

	ext_assert_int_eq (extsim_script_get_n_commands (s), 0);
	ext_assert_int_eq (extsim_script_get_n_ops (e), 0);
	ext_assert_int_eq (extsim_script_get_n_ops (c), 3); /* mkfs, mount, open */
	ext_assert_str_eq (extsim_script_op_kind_to_str (EXTSIM_SCRIPT_OP_FIEMAP), "fiemap");
	ext_assert_str_eq (extsim_script_op_kind_to_str (999), "unknown");
	ext_assert_str_eq (extsim_script_op_kind_to_str (EXTSIM_SCRIPT_OP_DROP_CACHES), "drop_caches");
}
END_TEST

START_TEST (a_missing_file_is_noent)
{
	GError *err = NULL;

	ext_assert_true (extsim_script_parse_file ("/nonexistent/script.sh", NULL, &err) == NULL);
	ext_assert_error (err, EXTSIM_ERROR_NOENT);
}
END_TEST

/* ---- every way to be wrong ---------------------------------------------------------- */

typedef struct {
	const char *script;
	int code;
	const char *where;   /* "LINE:COLUMN" */
	const char *message; /* a piece of it */
} bad_case;

#define INVAL EXTSIM_ERROR_INVAL
#define NOTSUP EXTSIM_ERROR_OPNOTSUPP

static const bad_case bad[] = {
	/* the lexer */
	{ "echo 'abc\n", INVAL, "1:6", "unterminated single quote" },
	{ "echo \"abc\n", INVAL, "1:6", "unterminated double quote" },
	{ "echo $nosuch\n", INVAL, "1:6", "undefined variable $nosuch" },
	{ "echo ${mnt:-x}\n", INVAL, "1:6", "parameter expansion" },
	{ "echo $(ls)\n", INVAL, "1:6", "command substitution $(...)" },
	{ "echo `ls`\n", INVAL, "1:6", "command substitution `...`" },
	{ "echo \"`ls`\"\n", INVAL, "1:7", "command substitution `...`" },
	{ "echo $1\n", INVAL, "1:6", "special parameter $1" },
	{ "echo `pwd\n", INVAL, "1:6", "unterminated command substitution `...`" },
	{ "echo `basename \\`pwd\\``\n", INVAL, "1:6", "a backslash inside `...`" },
	{ "echo $(basename -a x y)\n", INVAL, "1:6", "basename takes a name and an optional suffix" },
	{ "echo `basename`\n", INVAL, "1:6", "basename takes a name and an optional suffix" },
	{ "echo `pwd -P`\n", INVAL, "1:6", "pwd takes no option" },
	{ "trap cleanup\n", INVAL, "1:1", "trap: give an action and the signals" },
	{ "trap 'x' 0 NOPE\n", INVAL, "1:12", "trap: 'NOPE' is not a signal" },
	{ "trap 'x' 65\n", INVAL, "1:10", "trap: '65' is not a signal" },
	{ "trap - 0\n", NOTSUP, "1:6", "trap with an option or '-'" },
	{ ". ./common/rc\n_supported_os IRIX\n", NOTSUP, "2:1", "a system other than Linux" },
	{ "echo a && [ x = x ] && echo b\n", NOTSUP, "1:11", "a test of values after a command's && or ||" },
	{ "set -e\n[ a = b ]\n", NOTSUP, "2:1", "a test that fails under set -e" },
	{ "[ a = b && echo x\n", INVAL, "1:1", "[: missing ']'" },
	{ "[ -e /x ] || echo x\n", NOTSUP, "1:3", "this test expression" },
	{ ". ./common/rc\n_scratch_sync now\n", INVAL, "2:15", "_scratch_sync takes no argument" },
	{ "echo $!\n", INVAL, "1:6", "special parameter $!" },
	{ "echo a | cat\n", NOTSUP, "1:10", "a pipe into 'cat': only fstests' filters" },
	{ "echo a |\n", INVAL, "1:8", "a pipe (|) with no command after it" },
	{ "| echo a\n", INVAL, "1:1", "syntax error near '|'" },
	{ "echo a | | echo\n", INVAL, "1:10", "syntax error near '|'" },
	{ "echo a |& _filter_scratch\n", INVAL, "1:8", "'|&'" },
	{ "echo a | _filter_scratch x\n", INVAL, "1:26", "_filter_scratch: no such argument" },
	{ "echo a | _filter_fiemap_flags 1 2\n", INVAL, "1:31", "_filter_fiemap_flags: no such argument" },
	{ "echo a | _filter_fiemap_flags x\n", INVAL, "1:31", "_filter_fiemap_flags: no such argument" },
	{ "echo a | _filter_scratch > /dev/null | _filter_spaces\n", NOTSUP, "1:1", "redirection in the middle" },
	{ "echo $((1 / 0))\n", INVAL, "1:6", "division by 0" },
	{ "echo $((9223372036854775807 + 1))\n", INVAL, "1:6", "overflow" },
	{ "echo $((3037000500 * 3037000500))\n", INVAL, "1:6", "overflow" },
	{ "echo $((1 << 64))\n", INVAL, "1:6", "shift by 64" },
	{ "echo $((2 ** 3))\n", INVAL, "1:6", "'** 3' is not supported here" },
	{ "echo $((1 + nosuch))\n", INVAL, "1:6", "undefined variable nosuch" },
	{ "echo $((1 +))\n", INVAL, "1:6", "an operand is missing at the end" },
	{ "echo $((1 + (2))\n", INVAL, "1:6", "unterminated arithmetic" },
	{ "echo $((1 $ 2))\n", INVAL, "1:6", "'$ 2' is not supported here" },
	{ "echo $((1 + 2\n", INVAL, "1:6", "unterminated arithmetic" },
	{ "echo $((08))\n", INVAL, "1:6", "'08' is not a number" },
	{ "echo $(( (1 + 2 ))\n", INVAL, "1:6", "unterminated arithmetic" },
	{ "_scratch_mount\n", INVAL, "1:1", "an fstests helper? source ./common/preamble first" },
	{ ". ./common/quota\n", NOTSUP, "1:3", "fstests' common/quota is not modelled" },
	{ ". ./common/preamble\n. ./common/dmflakey\n_load_flakey_table $FLAKEY_DROP_WRITES\n", NOTSUP, "3:1",
	  "dm-flakey tables" },
	{ ". ./common/preamble\n_scratch_mkfs\n_mount_flakey\n_flakey_drop_and_remount no\n", INVAL, "4:1",
	  "_flakey_drop_and_remount [yes]" },
	{ ". ./common/preamble\n_init_flakey now\n", INVAL, "2:14", "_init_flakey takes no argument" },
	{ ". ./common/preamble\n_scratch_mkfs\n_mount_flakey\n_unmount_flakey x\n", INVAL, "4:17",
	  "_unmount_flakey takes no argument" },
	{ ". ./lib.sh\n", NOTSUP, "1:3", "sourcing a file other than" },
	{ ". ./common/preamble\n_scratch_mkfs_sized $((100 * 1024 * 1024))\n", NOTSUP, "2:21", "--mixed" },
	{ ". ./common/preamble\n_scratch_mkfs_sized 1G\n", INVAL, "2:21", "'1G' is not a size in bytes" },
	{ ". ./common/preamble\n_supported_fs xfs\n", NOTSUP, "2:1", "other than btrfs" },
	{ "echo a &&\n", INVAL, "1:8", "'&&' with no command after it" },
	{ MOUNTED "filefrag -vk $mnt/a\n", NOTSUP, "3:12", "filefrag -k is not modelled" },
	{ MOUNTED "cmp -l $mnt/a $mnt/b\n", NOTSUP, "3:6", "cmp -l is not modelled" },
	{ MOUNTED "sync -d -f $mnt/a\n", INVAL, "3:1", "sync: cannot specify both --data and --file-system" },
	{ MOUNTED "sync -d\n", INVAL, "3:1", "sync: --data needs at least one argument" },
	{ MOUNTED "sync -x $mnt/a\n", INVAL, "3:7", "sync: unknown option -x" },
	{ MOUNTED "sync /tmp/a\n", INVAL, "3:6", "outside the filesystem" },
	{ MOUNTED "cmp $mnt/a\n", NOTSUP, "3:1", "cmp of standard input" },
	{ MOUNTED "cmp $mnt/a $mnt/b 10\n", NOTSUP, "3:19", "cmp with bytes to skip" },
	{ MOUNTED "cmp $mnt/a /tmp/b\n", INVAL, "3:12", "outside the filesystem" },
	{ MOUNTED "filefrag -B $mnt/a\n", NOTSUP, "3:11", "filefrag -B is not modelled" },
	{ MOUNTED "filefrag -q $mnt/a\n", INVAL, "3:11", "filefrag: unknown option -q" },
	{ MOUNTED "filefrag -v\n", INVAL, "3:1", "Usage: filefrag" },
	{ MOUNTED "filefrag /tmp/a\n", INVAL, "3:10", "outside the filesystem" },
	{ "exit 1 2\n", INVAL, "1:8", "exit: too many arguments" },
	{ "f () { echo a || return 1 2; }\nf\n", INVAL, "1:27", "return: too many arguments" },
	{ "f () { echo a || return x; }\nf\n", INVAL, "1:25", "return: 'x' is not a status" },
	{ "echo a || return\n", INVAL, "1:11", "return: only in a function" },
	{ "echo a || exit x\n", INVAL, "1:16", "exit: 'x' is not a status" },
	{ "echo a || ; echo b\n", INVAL, "1:11", "syntax error near ';'" },
	{ "&& echo a\n", INVAL, "1:1", "syntax error near '&&'" },
	{ "echo a | || echo b\n", INVAL, "1:10", "syntax error near '||'" },
	{ "echo a && x=1\n", NOTSUP, "1:11", "before a command the script acts on as it is read" },
	{ "echo a && cd /\n", NOTSUP, "1:11", "before a command the script acts on as it is read" },
	{ "f () { echo; }\necho a && f\n", NOTSUP, "2:11", "before a command the script acts on as it is read" },
	{ "f () { echo; }\nf && echo a\n", NOTSUP, "2:1", "after a function call or a loop" },
	{ "for i in 1; do echo; done && echo a\n", INVAL, "1:27", "or && or || after it" },
	{ "echo a && for i in 1; do echo; done\n", NOTSUP, "1:11", "before a command the script acts on as it is read" },
	{ "echo a && if [ 1 = 1 ]; then echo b; fi\n", NOTSUP, "1:11", "joined to if ... fi" },
	{ "if [ 1 = 1 ] && [ 2 = 2 ]; then echo b; fi\n", NOTSUP, "1:1", "between the conditions of if or elif" },
	{ "if [ 1 = 2 ]; then echo a; elif [ 1 = 1 ] || [ 2 = 2 ]; then echo b; fi\n", NOTSUP, "1:28",
	  "between the conditions of if or elif" },
	{ "if [ 1 = 1 ]; then echo b; fi && echo c\n", NOTSUP, "1:28", "joined to if ... fi" },
	{ "mkfs.btrfs -f $dev && mount $dev $mnt\n", NOTSUP, "1:23", "before mkfs.btrfs, mount, umount" },
	{ "echo a || mkfs.btrfs -f $dev\n", NOTSUP, "1:11", "before mkfs.btrfs, mount, umount" },
	{ "for i in 1 2\necho $i\n", INVAL, "2:1", "'do' expected after the words of 'for'" },
	{ "for i in 1 2; do\n  echo $i\n", INVAL, "1:1", "'for' without its 'done'" },
	{ "for i in 1 2; do echo $i; done > /dev/null\n", INVAL, "1:32", "output of a loop" },
	{ "for i in 1 2; do echo $i; done | _filter_scratch\n", INVAL, "1:32", "output of a loop" },
	{ "for i in 1 2 > x; do echo; done\n", INVAL, "1:14", "a redirection in the words of 'for'" },
	{ "for ((i = 0; i < 3)); do echo x; done\n", INVAL, "1:1", "for ((i = 0; i < 3)): three parts separated by ';'" },
	{ "for ((i = 0; i < 3; i++)) do echo x; done\n", INVAL, "1:27", "';' or a newline expected before 'do'" },
	{ "for ((i = 0; i < 3; i++); do echo x; done\n", INVAL, "1:5", "for ((: no '))' closes it on its line" },
	{ "for ((i = 0; j < 3; i++)); do echo x; done\n", INVAL, "1:1", "for ((...)): 'j < 3': undefined variable j" },
	{ "for ((;;)); do true; done\n", INVAL, "1:1", "more than 100000 loop iterations" },
	{ "for ((i = 0; i < 3 && 1; i++)); do echo x; done\n", INVAL, "1:1", "'i < 3 && 1': '&& 1' is not supported here" },
	{ "for ((i = 1; i < 3; i /= 0)); do echo x; done\n", INVAL, "1:1", "'i /= 0': division by 0" },
	{ "for ((i = 9223372036854775806; i > 0; i++)); do echo x; done\n", INVAL, "1:1", "'i++': overflow" },
	{ "for ((i = 0; i < 2; i++)); do echo x; done > /dev/null\n", INVAL, "1:44", "output of a loop" },
	{ "for 1x in a; do echo; done\n", INVAL, "1:5", "for: a variable name expected" },
	{ "for i; do echo; done\n", NOTSUP, "1:5", "without 'in WORD ...'" },
	{ "break\n", INVAL, "1:1", "break: only in a loop" },
	/* $? */
	{ "x=$?\n", NOTSUP, "1:3", "and $? are modelled in echo's words only" },
	{ "if [ $? -eq 0 ]; then :; fi\n", NOTSUP, "1:6", "and $? are modelled in echo's words only" },
	{ "echo $? $?\n", NOTSUP, "1:9", "only one $(...) or $? per echo" },
	{ "echo $?$?\n", INVAL, "1:8", "only one $(...) or $? per word" },
	{ "f () {\n\tbreak\n}\nfor i in a; do f; done\n", INVAL, "2:2", "break: only in a loop" },
	{ "for i in a; do continue 0; done\n", INVAL, "1:25", "continue: 0: loop count out of range" },
	{ "for i in a; do break x; done\n", INVAL, "1:22", "break: x: loop count out of range" },
	{ "for i in a; do break 1 2; done\n", INVAL, "1:24", "break: too many arguments" },
	{ "for i in a; do true && break; done\n", NOTSUP, "1:24", "&& or || before a command the script acts on" },
	{ "until read x; do echo; done\n", NOTSUP, "1:7", "a condition other than a test of values" },
	{ "for i in 1 2; do\n  xfs_io -c \"pwrite 0 $i\" $mnt/f\ndone\n", INVAL, "2:27", "no filesystem is mounted" },
	{ "for i in $(seq 1 100001); do :; done\n", INVAL, "1:1", "more than 100000 loop iterations" },
	{ "for i in $(seq 1 16); do for j in $(seq 1 16); do for k in $(seq 1 16); do for l in $(seq 1 16); do for m in $(seq 1 16); do :; done; done; done; done; done\n",
	  INVAL, "1:101", "more than 100000 loop iterations" },
	{ "echo $(seq)\n", INVAL, "1:6", "seq [FIRST [INCREMENT]] LAST" },
	{ "echo $(seq 1 2 3 4)\n", INVAL, "1:6", "seq [FIRST [INCREMENT]] LAST" },
	{ "echo $(seq 1.5)\n", INVAL, "1:12", "'1.5' is not a whole number" },
	{ "echo $(seq 1 0 3)\n", INVAL, "1:14", "an increment of 0 never ends" },
	{ "echo $(seq 1 $nosuch)\n", INVAL, "1:14", "undefined variable $nosuch" },
	{ "echo $(seq 1 | _filter_scratch)\n", INVAL, "1:14", "not a pipeline" },
	{ "echo $(seq 1; seq 2)\n", INVAL, "1:6", "takes one command" },
	{ "echo $(seq 100000000)\n", INVAL, "1:6", "prints more than 1 MiB" },
	{ ". ./common/preamble\n_pwrite_byte 0x61 0 4k\n", INVAL, "2:1", "_pwrite_byte PATTERN OFFSET LENGTH FILE" },
	{ ". ./common/preamble\n_reflink a b c\n", INVAL, "2:1", "_reflink SRC DST" },
	{ ". ./common/preamble\n_reflink_range a 0 b 0\n", INVAL, "2:1", "_reflink_range SRC SRC_OFFSET DST" },
	{ ". ./common/preamble\n_dedupe_range a 0 b 0 4k x y\n", INVAL, "2:1", "_dedupe_range SRC SRC_OFFSET DST" },
	{ ". ./common/preamble\n_pwrite_byte 0x61 0 4k $SCRATCH_MNT/f -a\n", NOTSUP, "2:39", "xfs_io -a is not modelled" },
	{ ". ./common/preamble\nbs=$(_get_file_block_size)\n", INVAL, "2:4", "takes one argument, the mount point" },
	{ ". ./common/preamble\nbs=$(_get_block_size a b)\n", INVAL, "2:4", "takes one argument, the mount point" },
	{ ". ./common/preamble\nbs=$(_get_file_block_sizes $SCRATCH_MNT)\n", INVAL, "2:4", "$(_get_file_block_size MNT)" },
	{ ". ./common/preamble\n_scratch_remount\n", INVAL, "2:1", "unknown command '_scratch_remount'" },
	{ ". ./common/preamble\necho a > $tmp.x\n", NOTSUP, "2:10", "or fstests' $seqres.full" },
	{ "echo a >> $seqres.full\n", INVAL, "1:11", "undefined variable $seqres" },
	{ "if true; then echo; fi\n", NOTSUP, "1:4", "a condition other than a test of values" },
	{ "if [ 1 -eq 1 ]\necho a\n", INVAL, "2:1", "'then' expected" },
	{ "fi\n", INVAL, "1:1", "'fi' without 'if'" },
	{ "if [ 1 = 1 ]; then :; else :; else :; fi\n", INVAL, "1:31", "'else' unexpected" },
	{ "if [ 1 = 1 ]; then\necho a\n", INVAL, "1:1", "'if' without 'fi'" },
	{ "if [ a -eq 1 ]; then :; fi\n", INVAL, "1:6", "'a': integer expression expected" },
	{ "if [ 1 -eq 1; then :; fi\n", INVAL, "1:4", "[: missing ']'" },
	{ "if [ -f x ]; then :; fi\n", NOTSUP, "1:6", "this test expression" },
	{ "if [ 1 = 1 ] > /dev/null; then :; fi\n", NOTSUP, "1:14", "a redirection of if ... fi" },
	{ "f() { echo; }\nf > /dev/null\n", NOTSUP, "2:1", "redirecting or piping the output of a function" },
	{ "f() { f; }\nf\n", INVAL, "1:7", "nested deeper than 16" },
	{ "a() { :; }\nb() { a;a;a;a;a;a;a;a;a;a; }\nc() { b;b;b;b;b;b;b;b;b;b; }\nd() { c;c;c;c;c;c;c;c;c;c; }\n"
	  "e() { d;d;d;d;d;d;d;d;d;d; }\ne\n",
	  INVAL, "5:25", "more than 10000 function calls" },
	{ "local x=1\n", INVAL, "1:1", "local: only in a function" },
	{ "x=0123456789abcdef\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\n"
	  "x=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\nx=$x$x\n",
	  INVAL, "18:5", "the expansions of one command make more than 1 MiB" },
	{ "f() { local 1x; }\nf\n", INVAL, "1:13", "local: '1x' is not a variable name" },
	{ "f() { f \"$@\" \"$@\" \"$@\" \"$@\"; }\nf a b c d e f g h\n", INVAL, "1:25",
	  "the expansions of one command make more than 1 MiB" },
	{ "f() echo\n", INVAL, "1:5", "a function's body must be a { ... } group" },
	{ "f() {\necho\n", INVAL, "1:1", "the body of function 'f' has no closing '}'" },
	{ "f() { echo '}\n", INVAL, "1:12", "unterminated single quote" },
	{ "echo a &\n", INVAL, "1:8", "background" },
	{ "(echo a)\n", INVAL, "1:1", "subshells" },
	{ "rm $mnt/*\n", INVAL, "1:9", "glob" },
	{ "echo a?\n", INVAL, "1:7", "glob" },
	{ "echo [a]\n", INVAL, "1:6", "glob" },
	{ "echo {a,b}\n", INVAL, "1:6", "braces" },
	{ "echo ~/x\n", INVAL, "1:6", "tilde" },
	{ "echo a\\", INVAL, "1:8", "backslash ends" },
	{ "; echo\n", INVAL, "1:1", "syntax error near ';'" },
	{ "echo a <<EOF\n", INVAL, "1:8", "here documents" },
	{ "echo a <&3\n", INVAL, "1:8", "input duplication" },
	{ "echo a >&-\n", INVAL, "1:8", "closing" },
	{ "echo a >\n", INVAL, "1:8", "without a target" },
	{ "x=\necho a > $x\n", INVAL, "2:8", "target is empty" },
	{ "echo a > out.txt\n", NOTSUP, "1:10", "only /dev/null" },
	{ "echo 0 > /proc/sys/vm/drop_caches\n", INVAL, "1:6", "give one of 1, 2, 3 or 4" },
	{ "echo 3 1 > /proc/sys/vm/drop_caches\n", INVAL, "1:6", "give one of 1, 2, 3 or 4" },
	{ "echo > /proc/sys/vm/drop_caches\n", INVAL, "1:1", "give one of 1, 2, 3 or 4" },
	{ "echo 3 2> /proc/sys/vm/drop_caches\n", NOTSUP, "1:11", "and echo N > /proc/sys/vm/drop_caches" },
	{ "true 3 > /proc/sys/vm/drop_caches\n", NOTSUP, "1:10", "and echo N > /proc/sys/vm/drop_caches" },
	{ "sysctl -w vm.drop_caches=9\n", INVAL, "1:11", "give one of 1, 2, 3 or 4" },
	/* while and until */
	{ "while [ 1 -eq 1 ]; do :; done\n", INVAL, "1:1", "more than 100000 loop iterations" },
	{ "while true; do echo x; done\n", NOTSUP, "1:7", "a condition other than a test of values" },
	{ "while; do :; done\n", NOTSUP, "1:1", "a condition other than a test of values" },
	{ "while [ x ]; do echo\n", INVAL, "1:1", "'while' without its 'done'" },
	{ "until [ x ]\necho y\n", INVAL, "2:1", "'do' expected after the condition of 'until'" },
	{ "while [ x ] > /dev/null; do :; done\n", INVAL, "1:13", "a redirection in the condition of 'while'" },
	{ "while [ a ] && [ b ]; do :; done\n", INVAL, "1:1", "&& or || in or before the condition" },
	{ "i=0; while [ $i -lt 2 ]; do echo $nosuch; i=$((i+1)); done\n", INVAL, "1:34", "undefined variable $nosuch" },
	{ "while [ $((1 / 0)) ]; do :; done\n", INVAL, "1:9", "division by 0" },
	{ "sysctl -a\n", NOTSUP, "1:8", "sysctl other than [-w] [-q] vm.drop_caches=N" },
	{ "sysctl -w\n", NOTSUP, "1:1", "sysctl other than [-w] [-q] vm.drop_caches=N" },
	{ "sysctl vm.swappiness=10\n", NOTSUP, "1:8", "sysctl other than [-w] [-q] vm.drop_caches=N" },
	{ "echo a 3> /dev/null\n", NOTSUP, "1:8", "only stdout and stderr" },
	/* the shell's own commands */
	{ "FOO=1 echo a\n", NOTSUP, "1:7", "an assignment before a command" },
	{ "frobnicate\n", INVAL, "1:1", "unknown command 'frobnicate'" },
	{ "df\n", NOTSUP, "1:1", "'df' is a real command" },
	{ "ln -s /mnt/scratch/a /mnt/scratch/b\n", NOTSUP, "1:5", "ln -s is not modelled" },
	{ "ln -f /mnt/scratch/a /mnt/scratch/b\n", NOTSUP, "1:5", "ln -f is not modelled" },
	{ "ln /mnt/scratch/a\n", NOTSUP, "1:4", "ln with one operand (a link in the working directory)" },
	{ "ln\n", INVAL, "1:1", "ln: missing file operand" },
	{ "ln /mnt/scratch/a /mnt/scratch/b /mnt/scratch/c\n", NOTSUP, "1:34", "ln of several files" },
	{ "cat /mnt/scratch/f\n", NOTSUP, "1:1", "cat's output (the file's bytes) is not modelled" },
	{ "cat /mnt/scratch/f 2> /dev/null\n", NOTSUP, "1:1", "only cat FILE... > /dev/null" },
	{ "cat -n /mnt/scratch/f > /dev/null\n", NOTSUP, "1:6", "cat -n is not modelled" },
	{ "cat > /dev/null\n", INVAL, "1:1", "cat: missing file operand" },
	{ "rmdir -pv /mnt/scratch/a\n", NOTSUP, "1:9", "rmdir -v is not modelled" },
	{ MOUNTED "rmdir -p $mnt/a/../b\n", NOTSUP, "3:10", "rmdir -p of a path with . or .. in it" },
	{ MOUNTED "rmdir -p $mnt/./b $mnt/c\n", NOTSUP, "3:10", "rmdir -p of a path with . or .. in it" },
	{ "rmdir --ignore-fail-on-non-empty /mnt/scratch/a\n", NOTSUP, "1:7", "rmdir --ignore-fail-on-non-empty" },
	{ "rmdir\n", INVAL, "1:1", "rmdir: missing file operand" },
	{ "set -x\n", NOTSUP, "1:5", "set -x" },
	{ "cd\n", INVAL, "1:1", "cd: give one directory" },
	{ "cd sub\n", INVAL, "1:4", "relative path 'sub'" },
	{ "echo -e a\n", NOTSUP, "1:6", "echo -e" },
	{ "sleep\n", INVAL, "1:1", "sleep: give one duration" },
	{ "sync\n", INVAL, "1:1", "no filesystem is mounted" },
	/* mkfs.btrfs */
	{ "mkfs.btrfs -Z $dev\n", INVAL, "1:13", "unknown option -Z" },
	{ "mkfs.btrfs --frob $dev\n", INVAL, "1:12", "unknown option '--frob'" },
	{ "mkfs.btrfs -b\n", INVAL, "1:13", "option -b needs an argument" },
	{ "mkfs.btrfs -b 12x $dev\n", INVAL, "1:15", "invalid size '12x'" },
	{ "mkfs.btrfs -s 8192 $dev\n", INVAL, "1:15", "sector size" },
	{ "mkfs.btrfs -m raid1 $dev\n", NOTSUP, "1:15", "-m raid1 is not modelled" },
	{ "mkfs.btrfs -d dup $dev\n", NOTSUP, "1:15", "-d dup is not modelled" },
	{ "mkfs.btrfs -M $dev\n", NOTSUP, "1:13", "--mixed" },
	{ "mkfs.btrfs -r /x $dev\n", NOTSUP, "1:13", "--rootdir" },
	{ "mkfs.btrfs -V\n", NOTSUP, "1:13", "--version" },
	{ "mkfs.btrfs -f\n", INVAL, "1:1", "no device given" },
	{ "mkfs.btrfs $dev /dev/sdc\n", NOTSUP, "1:17", "more than one device" },
	{ MOUNTED "mkfs.btrfs -f $dev\n", INVAL, "3:15", "is mounted" },
	/* $(md5sum FILE): echo prints it when the script runs */
	{ MOUNTED "x=$(md5sum $mnt/f)\n", NOTSUP, "3:3", "modelled in echo's words only" },
	{ MOUNTED "touch $(md5sum $mnt/f)\n", NOTSUP, "3:7", "modelled in echo's words only" },
	{ MOUNTED "echo a > $(md5sum $mnt/f)\n", NOTSUP, "3:10", "modelled in echo's words only" },
	{ MOUNTED "echo $(md5sum $mnt/a) \"$(md5sum $mnt/b)\"\n", NOTSUP, "3:24", "only one $(...) or $? per echo" },
	{ MOUNTED "echo x$(md5sum $mnt/f)$(md5sum $mnt/g)\n", INVAL, "3:23", "only one $(...) or $? per word" },
	{ MOUNTED "echo \"$(md5sum -b $mnt/f)\"\n", INVAL, "3:7", "takes one file" },
	{ MOUNTED "echo \"$(md5sum $mnt/a $mnt/b)\"\n", INVAL, "3:7", "takes one file" },
	{ MOUNTED "echo \"$(md5sum $mnt/f | sort)\"\n", INVAL, "3:7", "md5sum FILE | cut -d ' ' -f 1" },
	{ MOUNTED "echo \"$(md5sum $mnt/f | cut -d ' ' -f 2)\"\n", INVAL, "3:7", "takes one file" },
	{ MOUNTED "echo \"$(_md5_checksum $mnt/f | cut -d ' ' -f 1)\"\n", INVAL, "3:7", "takes one file" },
	{ MOUNTED "echo \"$(_count_extents)\"\n", INVAL, "3:7", "$(_count_extents ...) takes one file" },
	{ MOUNTED "echo \"$(_count_holes $mnt/a $mnt/b)\"\n", INVAL, "3:7", "$(_count_holes ...) takes one file" },
	{ MOUNTED "echo $(md5sum /tmp/x)\n", INVAL, "3:15", "outside the filesystem mounted at" },
	{ MOUNTED "x=$(stat -c %s $mnt/f)\n", NOTSUP, "3:3", "modelled in echo's words only" },
	{ MOUNTED "echo $(stat -c %y $mnt/f)\n", INVAL, "3:6", "stat's %y is not modelled" },
	{ MOUNTED "echo $(stat $mnt/f)\n", INVAL, "3:6", "stat -c FORMAT FILE or _get_filesize FILE" },
	{ MOUNTED "echo $(stat -c %s $mnt/f $mnt/g)\n", INVAL, "3:6", "takes one file" },
	{ MOUNTED "echo $(_get_filesize $mnt/f | cut -d ' ' -f 1)\n", INVAL, "3:6", "takes one file" },
	/* stat -c */
	{ MOUNTED "stat $mnt/f\n", NOTSUP, "3:1", "stat without -c FORMAT" },
	{ MOUNTED "stat -c %y $mnt/f\n", NOTSUP, "3:9", "stat's %y" },
	{ MOUNTED "stat -c '%s %i' $mnt/f\n", NOTSUP, "3:13", "stat's %i" },
	{ MOUNTED "stat --printf=%s $mnt/f\n", NOTSUP, "3:6", "stat --printf" },
	{ MOUNTED "stat -f -c %s $mnt\n", NOTSUP, "3:7", "stat -f" },
	{ MOUNTED "stat -c %s\n", INVAL, "3:1", "stat: missing operand" },
	/* ls: names only, one path */
	{ MOUNTED "ls -l $mnt\n", NOTSUP, "3:5", "ls -l" },
	{ MOUNTED "ls $mnt/a $mnt/b\n", NOTSUP, "3:11", "ls of several paths" },
	{ MOUNTED "ls\n", NOTSUP, "3:1", "ls of the current directory" },
	/* du */
	{ MOUNTED "du\n", NOTSUP, "3:1", "du of the current directory" },
	{ MOUNTED "du -a $mnt\n", NOTSUP, "3:5", "du -a" },
	{ MOUNTED "du --max-depth=1 $mnt\n", NOTSUP, "3:4", "du -d" },
	{ MOUNTED "du /tmp\n", INVAL, "3:4", "outside the filesystem" },
	/* mkdir */
	{ MOUNTED "mkdir\n", INVAL, "3:1", "mkdir: missing operand" },
	{ MOUNTED "mkdir -m 700 $mnt/d\n", NOTSUP, "3:8", "mkdir -m" },
	{ MOUNTED "mkdir /tmp/d\n", INVAL, "3:7", "outside the filesystem" },
	/* od: -t x1 only, one file */
	{ MOUNTED "od $mnt/f\n", NOTSUP, "3:1", "od without -t x1" },
	{ MOUNTED "od -t x2 $mnt/f\n", NOTSUP, "3:5", "od -t other than one -t x1" },
	{ MOUNTED "od -t x1 -t x1 $mnt/f\n", NOTSUP, "3:11", "od -t other than one -t x1" },
	{ MOUNTED "od -t x1zz $mnt/f\n", NOTSUP, "3:5", "od -t other than one -t x1 or x1z" },
	{ MOUNTED "od -A z -t x1 $mnt/f\n", INVAL, "3:5", "od: invalid output address radix 'z'; it must be one character from [doxn]" },
	{ MOUNTED "od -t x1 -j 4 $mnt/f\n", NOTSUP, "3:11", "od -j" },
	{ MOUNTED "od -c $mnt/f\n", NOTSUP, "3:5", "od -c" },
	{ MOUNTED "od -t x1 $mnt/a $mnt/b\n", NOTSUP, "3:17", "od of several files" },
	{ MOUNTED "od -t x1\n", NOTSUP, "3:1", "od of standard input" },
	{ MOUNTED "od -t x1 /tmp/f\n", INVAL, "3:10", "outside the filesystem" },
	/* mount and umount */
	{ "mount $dev $mnt\n", INVAL, "1:7", "holds no filesystem" },
	{ "mkfs.btrfs $dev\nmount /dev/sdq $mnt\n", INVAL, "2:7", "not the device mkfs.btrfs made" },
	{ MOUNTED "mount $dev $mnt\n", INVAL, "3:1", "already mounted" },
	{ "mkfs.btrfs $dev\nmount $dev rel\n", INVAL, "2:12", "absolute path" },
	{ "mkfs.btrfs $dev\nmount $dev\n", NOTSUP, "2:1", "give both the device and the mount point" },
	{ "mkfs.btrfs $dev\nmount a b c\n", INVAL, "2:1", "give both" },
	{ "mkfs.btrfs $dev\nmount -t ext4 $dev $mnt\n", NOTSUP, "2:10", "only btrfs" },
	{ "mkfs.btrfs $dev\nmount -o noatime,frob $dev $mnt\n", INVAL, "2:18", "unknown mount option 'frob'" },
	{ "mkfs.btrfs $dev\nmount -o compress=zstd $dev $mnt\n", NOTSUP, "2:10", "'compress=zstd' is not modelled" },
	{ "mkfs.btrfs $dev\nmount -o , $dev $mnt\n", INVAL, "2:10", "unknown mount option ''" },
	{ MOUNTED "umount $mnt\nmount -o nodatacow $dev $mnt\n", NOTSUP, "4:1", "changing nodatacow" },
	{ MOUNTED "umount /mnt/other\n", INVAL, "3:8", "not mounted" },
	{ "mkfs.btrfs $dev\numount\n", INVAL, "2:1", "give the device or the mount point" },
	{ MOUNTED "cd $mnt\numount $mnt\n", INVAL, "4:8", "target is busy" },
	/* after a mount of a device mkfs.btrfs refused (too small): the commands
	 * that run in the empty mount point fail at run time, the others here */
	{ "mkfs.btrfs -b 100m $dev\ntouch $mnt/f\n", INVAL, "2:7", "no filesystem is mounted" },
	{ "mkfs.btrfs -b 100m $dev\nmount $dev rel\n", INVAL, "2:12", "absolute path" },
	{ REFUSED "touch $mnt\n", NOTSUP, "3:7", "the mount point itself after its mount failed" },
	{ REFUSED "rmdir $mnt\n", NOTSUP, "3:7", "the mount point itself after its mount failed" },
	{ REFUSED "xfs_io -c \"reflink $mnt\" $mnt/f\n", NOTSUP, "3:20", "the mount point itself" },
	{ REFUSED "touch /tmp/x\n", INVAL, "3:7", "no filesystem is mounted" },
	{ REFUSED "btrfs subvolume create $mnt/sv\n", NOTSUP, "3:1", "btrfs on the mount point of a failed mount" },
	{ REFUSED "btrfs filesystem sync $mnt\n", NOTSUP, "3:1", "btrfs on the mount point of a failed mount" },
	{ REFUSED "#@commit\n", INVAL, "3:1", "no filesystem is mounted" },
	/* files */
	{ "touch /tmp/x\n", INVAL, "1:7", "no filesystem is mounted" },
	{ MOUNTED "touch /tmp/x\n", INVAL, "3:7", "outside the filesystem" },
	{ MOUNTED "touch\n", INVAL, "3:1", "missing file operand" },
	{ MOUNTED "touch \"\"\n", INVAL, "3:7", "empty path" },
	{ MOUNTED "touch -c $mnt/x\n", NOTSUP, "3:8", "touch -c" },
	{ MOUNTED "rm -dI $mnt/x\n", NOTSUP, "3:6", "rm -I is not modelled" },
	{ MOUNTED "mv -n $mnt/x $mnt/y\n", NOTSUP, "3:5", "mv -n is not modelled" },
	{ MOUNTED "mv $mnt/x $mnt/y $mnt/d\n", NOTSUP, "3:18", "mv of several files" },
	{ MOUNTED "mv $mnt/x\n", INVAL, "3:4", "mv: missing destination file operand after" },
	{ MOUNTED "mv\n", INVAL, "3:1", "mv: missing file operand" },
	{ MOUNTED "mv $mnt/x /tmp/y\n", INVAL, "3:11", "outside the filesystem" },
	{ MOUNTED "rm -rv $mnt/x\n", NOTSUP, "3:6", "rm -v is not modelled" },
	{ MOUNTED "rm --interactive $mnt/x\n", NOTSUP, "3:4", "rm -i is not modelled" },
	{ MOUNTED "md5sum -c $mnt/x\n", NOTSUP, "3:9", "md5sum -c" },
	{ MOUNTED "chattr -C $mnt/x\n", NOTSUP, "3:8", "chattr -C is not modelled" },
	{ MOUNTED "chattr +i $mnt/x\n", NOTSUP, "3:8", "chattr +i" },
	{ MOUNTED "chattr $mnt/x\n", INVAL, "3:8", "give the attribute change first" },
	{ MOUNTED "chattr +C -R $mnt/x\n", NOTSUP, "3:12", "chattr -R" },
	/* btrfs */
	{ MOUNTED "btrfs frob\n", INVAL, "3:7", "unknown command 'frob'" },
	{ MOUNTED "btrfs s create $mnt/x\n", INVAL, "3:7", "ambiguous command 's'" },
	{ MOUNTED "btrfs subvolume\n", INVAL, "3:1", "missing command after 'subvolume'" },
	{ MOUNTED "btrfs subvolume delete $mnt/x\n", NOTSUP, "3:17", "btrfs subvolume delete" },
	{ MOUNTED "btrfs subvolume create -r $mnt/x\n", NOTSUP, "3:25", "create -r" },
	{ MOUNTED "btrfs subvolume snapshot -i 0/5 $mnt $mnt/s\n", NOTSUP, "3:27", "qgroup inheritance" },
	{ MOUNTED "btrfs subvolume snapshot $mnt\n", INVAL, "3:1", "a source and a destination" },
	{ MOUNTED "btrfs subvolume create $mnt\n", INVAL, "3:24", "already exists" },
	{ MOUNTED "btrfs filesystem df $mnt\n", NOTSUP, "3:18", "btrfs filesystem df" },
	{ MOUNTED "btrfs filesystem sync\n", INVAL, "3:1", "give the mount point" },
	{ MOUNTED "btrfs balance start $mnt\n", NOTSUP, "3:7", "btrfs balance" },
	/* xfs_io */
	{ MOUNTED "xfs_io -a -c fsync $mnt/f\n", NOTSUP, "3:9", "xfs_io -a" },
	{ MOUNTED "xfs_io -f -d -c \"pwrite -b 4k 0 8g\" $mnt/f\n", INVAL, "3:18",
	  "xfs_io -d: 2097152 write calls of 4096 bytes, each written to disk" },
	{ MOUNTED "xfs_io -c fsync\n", INVAL, "3:1", "no file given" },
	{ MOUNTED "xfs_io -c fsync $mnt/a $mnt/b\n", NOTSUP, "3:24", "more than one file" },
	{ MOUNTED "xfs_io $mnt/f\n", NOTSUP, "3:1", "interactive" },
	{ MOUNTED "xfs_io -c bogus $mnt/f\n", INVAL, "3:11", "command \"bogus\" not found" },
	{ MOUNTED "xfs_io -c stat $mnt/f\n", NOTSUP, "3:11", "\"stat\" is real" },
	{ MOUNTED "xfs_io -c \"pwrite 0\" $mnt/f\n", INVAL, "3:12", "1 argument to pwrite, expected: pwrite" },
	{ MOUNTED "xfs_io -c \"fsync now\" $mnt/f\n", INVAL, "3:12", "1 argument to fsync" },
	{ MOUNTED "xfs_io -c \"reflink a b\" $mnt/f\n", INVAL, "3:12", "2 arguments to reflink" },
	{ MOUNTED "xfs_io -c \"pwrite -x 0 4k\" $mnt/f\n", INVAL, "3:20", "pwrite: unknown option -x" },
	{ MOUNTED "xfs_io -c \"pwrite -R 0 4k\" $mnt/f\n", NOTSUP, "3:20", "xfs_io pwrite -R" },
	{ MOUNTED "xfs_io -c \"pread -b\" $mnt/f\n", INVAL, "3:19", "option -b needs an argument" },
	{ MOUNTED "xfs_io -c \"pwrite abc 4k\" $mnt/f\n", INVAL, "3:19", "non-numeric offset argument -- abc" },
	{ MOUNTED "xfs_io -c \"pwrite 0 -1\" $mnt/f\n", INVAL, "3:22", "unknown option -1" },
	{ MOUNTED "xfs_io -c \"pwrite 0 4q\" $mnt/f\n", INVAL, "3:21", "non-numeric length argument -- 4q" },
	{ MOUNTED "xfs_io -c \"pwrite 0 4kk\" $mnt/f\n", INVAL, "3:21", "non-numeric length" },
	{ MOUNTED "xfs_io -c \"pwrite 0 16e\" $mnt/f\n", INVAL, "3:21", "non-numeric length" },
	{ MOUNTED "xfs_io -c \"pwrite 0 99999999999999999999\" $mnt/f\n", INVAL, "3:21", "non-numeric length" },
	{ MOUNTED "xfs_io -c \"pwrite -b x 0 4k\" $mnt/f\n", INVAL, "3:22", "non-numeric bsize -- x" },
	{ MOUNTED "xfs_io -c \"pwrite -S zz 0 4k\" $mnt/f\n", INVAL, "3:22", "non-numeric seed -- zz" },
	{ MOUNTED "xfs_io -c \"truncate x\" $mnt/f\n", INVAL, "3:21", "non-numeric truncate argument" },
	{ MOUNTED "xfs_io -c \"reflink $mnt/g x 0 4k\" $mnt/f\n", INVAL, "3:27", "non-numeric src offset" },
	{ MOUNTED "xfs_io -c \"dedupe $mnt/g 0 y 4k\" $mnt/f\n", INVAL, "3:28", "non-numeric dest offset" },
	{ MOUNTED "xfs_io -c \"fiemap -v q\" $mnt/f\n", INVAL, "3:22", "non-numeric offset argument -- q" },
	{ MOUNTED "xfs_io -c \"fiemap 0 q\" $mnt/f\n", INVAL, "3:21", "non-numeric len argument -- q" },
	{ MOUNTED "xfs_io -c \"fiemap -a\" $mnt/f\n", NOTSUP, "3:20", "xfs_io fiemap -a" },
	{ MOUNTED "xfs_io -c \"falloc -c 0 4k\" $mnt/f\n", NOTSUP, "3:20", "xfs_io falloc -c" },
	{ MOUNTED "xfs_io -c \"reflink /tmp/x\" $mnt/f\n", INVAL, "3:20", "outside the filesystem" },
	{ MOUNTED "xfs_io -c \"pread -v 0 2m\" $mnt/f\n", NOTSUP, "3:12", "pread -v of more than 1 MiB" },
	{ MOUNTED "xfs_io -c \"pwrite -b 1000 0 1g\" $mnt/f\n", NOTSUP, "3:12", "unaligned size or offset" },
	{ MOUNTED "xfs_io -c \"pwrite 100 1t\" $mnt/f\n", NOTSUP, "3:12", "unaligned size or offset" },
	/* truncate (coreutils 9.1) */
	{ MOUNTED "truncate $mnt/f\n", INVAL, "3:1", "you must specify either '--size' or '--reference'" },
	{ MOUNTED "truncate -s 1M\n", INVAL, "3:1", "truncate: missing file operand" },
	{ MOUNTED "truncate -s 1x $mnt/f\n", INVAL, "3:13", "truncate: Invalid number: '1x'" },
	{ MOUNTED "truncate -s 1b $mnt/f\n", INVAL, "3:13", "Invalid number: '1b'" },
	{ MOUNTED "truncate -s 0x10 $mnt/f\n", INVAL, "3:13", "Invalid number: '0x10'" },
	{ MOUNTED "truncate -s 1Ki $mnt/f\n", INVAL, "3:13", "Invalid number: '1Ki'" },
	{ MOUNTED "truncate --size= $mnt/f\n", INVAL, "3:16", "Invalid number: ''" },
	{ MOUNTED "truncate -s 20E $mnt/f\n", INVAL, "3:13", "'20E': Value too large for defined data type" },
	{ MOUNTED "truncate -s +-5 $mnt/f\n", INVAL, "3:13", "Invalid number: '+-5'" },
	{ MOUNTED "truncate -s '<+5' $mnt/f\n", INVAL, "3:14", "multiple relative modifiers specified" },
	{ MOUNTED "truncate -s /0 $mnt/f\n", INVAL, "3:13", "truncate: division by zero" },
	{ MOUNTED "truncate -s %0K $mnt/f\n", INVAL, "3:13", "truncate: division by zero" },
	{ MOUNTED "truncate -o -s 1 $mnt/f\n", NOTSUP, "3:11", "truncate --io-blocks (-o) is not modelled" },
	{ MOUNTED "truncate -r $mnt/g $mnt/f\n", NOTSUP, "3:11", "truncate --reference (-r) is not modelled" },
	{ MOUNTED "truncate -q $mnt/f\n", INVAL, "3:11", "truncate: unknown option -q" },
	{ "truncate -s 1M $mnt/f\n", INVAL, "1:16", "no filesystem is mounted" },
	{ MOUNTED "truncate -s 1M /tmp/f\n", INVAL, "3:16", "outside the filesystem" },
	/* fallocate (util-linux 2.38.1): -k is not an option of it */
	{ MOUNTED "fallocate -k -l 1M $mnt/f\n", INVAL, "3:12", "fallocate: unknown option -k" },
	{ MOUNTED "fallocate -l 1M\n", INVAL, "3:1", "fallocate: no filename specified" },
	{ MOUNTED "fallocate -l 1M $mnt/f $mnt/g\n", INVAL, "3:24", "fallocate: unexpected number of arguments" },
	{ MOUNTED "fallocate -o 1M $mnt/f\n", INVAL, "3:1", "fallocate: no length argument specified" },
	{ MOUNTED "fallocate -l 0 $mnt/f\n", INVAL, "3:14", "fallocate: invalid length value specified" },
	{ MOUNTED "fallocate -l 1x $mnt/f\n", INVAL, "3:14", "fallocate: invalid length value specified" },
	{ MOUNTED "fallocate -l 1KIB $mnt/f\n", INVAL, "3:14", "invalid length value" },
	{ MOUNTED "fallocate -l 8E $mnt/f\n", INVAL, "3:14", "invalid length value" },
	{ MOUNTED "fallocate -l 4k -o -1 $mnt/f\n", INVAL, "3:20", "fallocate: invalid offset value specified" },
	{ MOUNTED "fallocate --length=1.5K $mnt/f\n", NOTSUP, "3:20", "a fractional size (1.5K) is not modelled" },
	{ MOUNTED "fallocate -p -z -l 4k $mnt/f\n", INVAL, "3:15", "mutually exclusive arguments" },
	{ MOUNTED "fallocate -d $mnt/f\n", NOTSUP, "3:12", "fallocate --dig-holes (-d) is not modelled" },
	{ MOUNTED "fallocate --collapse-range -l 4k $mnt/f\n", NOTSUP, "3:11", "fallocate --collapse-range (-c)" },
	{ MOUNTED "fallocate -i -l 4k $mnt/f\n", NOTSUP, "3:12", "fallocate --insert-range (-i)" },
	{ MOUNTED "fallocate -x -l 4k $mnt/f\n", NOTSUP, "3:12", "fallocate --posix (-x)" },
	{ MOUNTED "fallocate -v -l 4k $mnt/f\n", NOTSUP, "3:12", "fallocate --verbose (-v)" },
	/* dd (coreutils 9.1) */
	{ MOUNTED "dd if=/dev/zero of=$mnt/f bs=1x count=1\n", INVAL, "3:30", "dd: invalid number: '1x'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f bs=0\n", INVAL, "3:30", "dd: invalid number: '0'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f bs=1m\n", INVAL, "3:30", "dd: invalid number: '1m'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f bs=4k count=99E\n", INVAL, "3:39", "'99E': Value too large" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f seek=-1\n", INVAL, "3:32", "dd: invalid number: '-1'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f count=0x5\n", NOTSUP, "3:33", "'0x5' is 0 times 5" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f foo=1\n", INVAL, "3:27", "dd: unrecognized operand 'foo=1'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f count\n", INVAL, "3:27", "dd: unrecognized operand 'count'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f conv=notrunc,foo\n", INVAL, "3:40", "dd: invalid conversion: 'foo'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f conv=notrunc,sparse\n", NOTSUP, "3:40", "dd conv=sparse is not modelled" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f status=loud\n", INVAL, "3:34", "dd: invalid status level: 'loud'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f oflag=direct,dsync\n", NOTSUP, "3:40", "dd oflag=dsync is not modelled" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f oflag=drect\n", INVAL, "3:33", "dd: invalid output flag: 'drect'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f oflag=bogus oflag=direct\n", INVAL, "3:33", "dd: invalid output flag: 'bogus'" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f oflag=\n", INVAL, "3:32", "dd: invalid output flag: ''" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f iflag=direct\n", NOTSUP, "3:27", "dd iflag= is not modelled" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f ibs=4k\n", NOTSUP, "3:27", "dd ibs= is not modelled" },
	{ MOUNTED "dd if=$mnt/f of=$mnt/./f\n", NOTSUP, "3:7", "dd with one file as both if= and of= is not modelled" },
	{ MOUNTED "dd if=/etc/passwd of=$mnt/f\n", INVAL, "3:7", "/etc/passwd is outside the filesystem" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f bs=1G skip=9G\n", INVAL, "3:1", "past the largest file" },
	{ MOUNTED "dd of=$mnt/f count=1\n", NOTSUP, "3:1", "dd without if= (reading standard input)" },
	{ MOUNTED "dd if=/dev/zero count=1\n", NOTSUP, "3:1", "dd without of= (writing to standard output)" },
	{ MOUNTED "dd if=/dev/zero of=/tmp/f count=1\n", INVAL, "3:20", "outside the filesystem" },
	{ MOUNTED "dd if=/dev/zero of=$mnt/f bs=1000\n", NOTSUP, "3:20", "dd of 9223372036854775 write(2) calls of unaligned size" },
	/* cp */
	{ MOUNTED "cp --reflink=sometimes $mnt/a $mnt/b\n", INVAL, "3:14", "cp: invalid argument 'sometimes' for '--reflink'" },
	{ MOUNTED "cp -a $mnt/a $mnt/b\n", NOTSUP, "3:5", "cp -a is not modelled" },
	{ MOUNTED "cp --reflink --sparse=always $mnt/a $mnt/b\n", INVAL, "3:14", "cp: unknown option '--sparse=always'" },
	{ MOUNTED "cp --reflink\n", INVAL, "3:1", "cp: missing file operand" },
	{ MOUNTED "cp $mnt/a\n", INVAL, "3:4", "cp: missing destination file operand after '/mnt/scratch/a'" },
	{ MOUNTED "cp $mnt/a $mnt/b $mnt/c\n", NOTSUP, "3:18", "cp of several files" },
	{ MOUNTED "cp /tmp/a $mnt/b\n", INVAL, "3:4", "outside the filesystem" },
};

START_TEST (bad_scripts_are_refused_with_their_position)
{
	const bad_case *c = &bad[_i];
	GError *err = NULL;
	extsim_script *s = extsim_script_parse_string (c->script, -1, "bad.sh", NULL, &err);
	g_autofree char *prefix = g_strdup_printf ("bad.sh:%s: ", c->where);
	g_autofree char *msg = NULL;

	ext_assert_true (s == NULL);
	ext_assert_true (err != NULL);
	if (!g_error_matches (err, EXTSIM_ERROR, c->code))
		ext_assert_str_eq (err->message, c->script); /* shows both */
	/* the script in the message, so a failing row names itself */
	msg = g_strdup_printf ("%s => %s", c->script, err->message);
	ext_assert_error (err, c->code);
	{
		g_autofree char *want = g_strdup_printf ("%s => %s", c->script, prefix);
		g_autofree char *start = g_strndup (msg, strlen (want));

		ext_assert_str_eq (start, want);
	}
	ext_assert_str_contains (msg, c->message);
}
END_TEST

/* Expansions and function calls cannot grow without bound: per command,
 * per script, and what calls read, each has a limit (script-lex.c,
 * script.c); the fuzzer found "$@" passed down nested calls taking
 * seconds before. */
START_TEST (expansions_and_calls_have_budgets)
{
	g_autoptr (GString) calls = g_string_new ("x=0123456789abcdef\n");
	g_autoptr (GString) echoes = g_string_new ("x=0123456789abcdef\n");
	GError *err = NULL;

	/* a body of 600 KB read at each call: the 7th call reads more than 4 MiB */
	g_string_append (calls, "g() { : ");
	for (guint i = 0; i < 600000; i++)
		g_string_append_c (calls, 'a');
	g_string_append (calls, "; }\n");
	for (guint i = 0; i < 9; i++)
		g_string_append (calls, "g\n");
	for (guint i = 0; i < 14; i++)
		g_string_append (echoes, "x=$x$x\n");
	ext_assert_true (extsim_script_parse_string (calls->str, -1, "calls.sh", NULL, &err) == NULL);
	ext_assert_true (err != NULL);
	ext_assert_str_eq (err->message, "calls.sh:9:1: function calls that read more than 4 MiB of body and parameters");
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	/* 256 KiB expanded again and again: more than 4 MiB in all */
	for (guint i = 0; i < 33; i++)
		g_string_append (echoes, "echo $x > /dev/null\n");
	ext_assert_true (extsim_script_parse_string (echoes->str, -1, "echoes.sh", NULL, &err) == NULL);
	ext_assert_true (err != NULL);
	ext_assert_str_eq (err->message, "echoes.sh:30:6: the expansions of the script make more than 4 MiB");
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
}
END_TEST

START_TEST (a_nul_byte_is_refused)
{
	static const char text[] = "echo a\0b\n";
	static const char loop[] = "for i in 1; do\n  echo a\0b\ndone\n";
	GError *err = NULL;

	ext_assert_true (extsim_script_parse_string (text, sizeof text - 1, "nul.sh", NULL, &err) == NULL);
	ext_assert_str_contains (err->message, "nul.sh:1:7: a NUL byte");
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	g_clear_error (&err);
	/* in a loop's body, which is scanned for its `done` first (a NUL
	 * there once stopped the scan for good) */
	ext_assert_true (extsim_script_parse_string (loop, sizeof loop - 1, "nul.sh", NULL, &err) == NULL);
	ext_assert_str_contains (err->message, "nul.sh:2:9: a NUL byte");
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("script-parse");
	TCase *tc = tcase_create ("parse");

	tcase_add_test (tc, section_1_script_parses_into_its_operations);
	tcase_add_test (tc, a_nul_byte_is_refused_where_it_is);
	tcase_add_test (tc, rm_r_keeps_its_options_in_its_text);
	tcase_add_test (tc, expansions_and_calls_have_budgets);
	tcase_add_test (tc, numbers_parse_in_threads_parsing_their_first);
	tcase_add_test (tc, sizes_follow_cvtnum_and_parse_size);
	tcase_add_test (tc, truncate_and_fallocate_sizes);
	tcase_add_test (tc, truncate_and_fallocate_operations);
	tcase_add_test (tc, dd_and_cp_operations);
	tcase_add_test (tc, dd_numbers);
	tcase_add_test (tc, xfs_io_commands_and_their_options);
	tcase_add_test (tc, shell_commands_and_paths);
	tcase_add_test (tc, mount_options_that_change_the_model);
	tcase_add_test (tc, lexing_quotes_variables_and_redirections);
	tcase_add_test (tc, variables_from_options_and_field_splitting);
	tcase_add_test (tc, the_device_size_is_the_options_or_the_default);
	tcase_add_test (tc, an_empty_script_has_nothing);
	tcase_add_test (tc, a_missing_file_is_noent);
	tcase_add_loop_test (tc, bad_scripts_are_refused_with_their_position, 0, G_N_ELEMENTS (bad));
	tcase_add_test (tc, drop_caches_is_the_one_file_echo_writes);
	tcase_add_test (tc, a_nul_byte_is_refused);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
