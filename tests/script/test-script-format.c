/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The tools' output formats (format.c) against what the real tools printed.
 *
 * Every fiemap table below was captured from xfs_io 6.1.0 on Linux 6.18
 * (btrfs-progs 6.2, a 512 MiB or 1 GiB loop device; the mount point is
 * replaced by /mnt/scratch).  The test reads the extents back out of each
 * table, prints them again with format_fiemap() and wants the same bytes:
 * the column widths (taken from the first 32 extents, FILE-OFFSET measured
 * without its ':'), the holes, the trailing hole, -n, -l, the offset form.
 */
#include "ext-test.h"
#include "script-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *name;
	const char *real;   /* the table as xfs_io printed it, after the "NAME:" line */
	const char *from;   /* the table that holds all the extents, when -n cut it (NULL: real) */
	guint64 file_size;
	gboolean verbose, blocks;
	gint64 max_lines;   /* -n, -1 none */
	guint64 start, range_end;
} fiemap_case;

#define NO_END G_MAXUINT64

#define G_TABLE                                                                                    \
	" EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"                                    \
	"   0: [0..7]:          393600..393607       8 0x800\n"                                    \
	"   1: [8..23]:         hole                16\n"                                          \
	"   2: [24..4095]:      393624..397695    4072 0x800\n"                                    \
	"   3: [4096..8191]:    hole              4096\n"                                          \
	"   4: [8192..8319]:    26632..26759       128 0x801\n"

static const fiemap_case fiemaps[] = {
	{ "section 1 file1 after the reflink (seed-nosc)",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..7]:          124928..124935       8 0x2800\n"
	  "   1: [8..15]:         hole                 8\n"
	  "   2: [16..2047]:      124928..126959    2032 0x2800\n"
	  "   3: [2048..34815]:   126960..159727   32768 0x2000\n"
	  "   4: [34816..131087]: 159728..255999   96272 0x2801\n",
	  NULL, 67117056, TRUE, FALSE, -1, 0, NO_END },
	{ "section 1 padding: two labels overflow their column",
	  " EXT: FILE-OFFSET      BLOCK-RANGE       TOTAL FLAGS\n"
	  "   0: [0..637951]:     256000..893951   637952   0x0\n"
	  "   1: [637952..693247]: 911360..966655    55296   0x0\n"
	  "   2: [693248..707839]: 26624..41215      14592   0x0\n"
	  "   3: [707840..729727]: 966656..988543    21888   0x0\n"
	  "   4: [729728..746143]: 893952..910367    16416   0x0\n"
	  "   5: [746144..748831]: 988544..991231     2688   0x0\n"
	  "   6: [748832..750223]: 41216..42607       1392   0x0\n"
	  "   7: [750224..750919]: 910368..911063      696   0x0\n"
	  "   8: [750920..751263]: 42608..42951        344   0x0\n"
	  "   9: [751264..751527]: 911064..911327      264   0x0\n"
	  "  10: [751528..751567]: 42952..42991         40   0x0\n"
	  "  11: [751568..751591]: 911328..911351       24   0x0\n"
	  "  12: [751592..751607]: 42992..43007         16   0x0\n"
	  "  13: [751608..751615]: 911352..911359        8   0x1\n",
	  NULL, 384827392, TRUE, FALSE, -1, 0, NO_END },
	{ "prealloc, punched holes and an extent past EOF",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..7]:          393600..393607       8 0x800\n"
	  "   1: [8..23]:         hole                16\n"
	  "   2: [24..4095]:      393624..397695    4072 0x800\n"
	  "   3: [4096..8191]:    hole              4096\n"
	  "   4: [8192..8319]:    26632..26759       128 0x801\n",
	  NULL, 3 * MiB, TRUE, FALSE, -1, 0, NO_END },
	{ "the same without -v",
	  "\t0: [0..7]: 393600..393607\n"
	  "\t1: [8..23]: hole\n"
	  "\t2: [24..4095]: 393624..397695\n"
	  "\t3: [4096..8191]: hole\n"
	  "\t4: [8192..8319]: 26632..26759\n",
	  NULL, 3 * MiB, FALSE, FALSE, -1, 0, NO_END },
	{ "the same with -l",
	  "\t0: [0..7]: 393600..393607 8 blocks\n"
	  "\t1: [8..23]: hole 16 blocks\n"
	  "\t2: [24..4095]: 393624..397695 4072 blocks\n"
	  "\t3: [4096..8191]: hole 4096 blocks\n"
	  "\t4: [8192..8319]: 26632..26759 128 blocks\n",
	  NULL, 3 * MiB, FALSE, TRUE, -1, 0, NO_END },
	{ "fiemap -v 8k: the first line is the hole from the offset",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [16..23]:        hole                 8\n"
	  "   1: [24..4095]:      393624..397695    4072 0x800\n"
	  "   2: [4096..8191]:    hole              4096\n"
	  "   3: [8192..8319]:    26632..26759       128 0x801\n",
	  NULL, 3 * MiB, TRUE, FALSE, -1, 8 * KiB, NO_END },
	{ "fiemap -n 2 -v: holes count as lines",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..7]:          393600..393607       8 0x800\n"
	  "   1: [8..23]:         hole                16\n",
	  G_TABLE, 3 * MiB, TRUE, FALSE, 2, 0, NO_END },
	{ "fiemap -v 64k 128k: an extent shown from its start, no trailing hole",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [24..2047]:      393624..395647    2024 0x800\n",
	  NULL, 3 * MiB, TRUE, FALSE, -1, 64 * KiB, 192 * KiB },
	{ "a hole after the last extent, up to i_size",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..7]:          26760..26767         8   0x1\n"
	  "   1: [8..2047]:       hole              2040\n",
	  NULL, MiB, TRUE, FALSE, -1, 0, NO_END },
	{ "the trailing hole without -v, with -l",
	  "\t0: [0..7]: 26760..26767 8 blocks\n"
	  "\t1: [8..2047]: hole 2040 blocks\n",
	  NULL, MiB, FALSE, TRUE, -1, 0, NO_END },
	{ "a hole before the first extent",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..2047]:       hole              2048\n"
	  "   1: [2048..2175]:    26768..26895       128   0x1\n",
	  NULL, MiB + 64 * KiB, TRUE, FALSE, -1, 0, NO_END },
	{ "a file without extents prints nothing after its name", "", NULL, MiB, TRUE, FALSE, -1, 0, NO_END },
	{ "reflinked ranges are SHARED",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..7]:          26896..26903         8 0x2000\n"
	  "   1: [8..119]:        26912..27023       112 0x2000\n"
	  "   2: [120..127]:      27016..27023         8 0x2001\n",
	  NULL, 64 * KiB, TRUE, FALSE, -1, 0, NO_END },
	{ "a 64 MiB extent widens TOTAL and the clone label overflows",
	  " EXT: FILE-OFFSET      BLOCK-RANGE       TOTAL FLAGS\n"
	  "   0: [0..131071]:     124928..255999   131072 0x2800\n"
	  "   1: [131072..131079]: 124928..124935        8 0x2801\n",
	  NULL, 64 * MiB + 4 * KiB, TRUE, FALSE, -1, 0, NO_END },
	{ "a snapshot: the original rewrote one block",
	  " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS\n"
	  "   0: [0..15]:         26624..26639        16 0x2000\n"
	  "   1: [16..23]:        124928..124935       8   0x0\n"
	  "   2: [24..2047]:      26648..28671      2024 0x2001\n",
	  NULL, MiB, TRUE, FALSE, -1, 0, NO_END },
};

/* Reads the extents back from a table: every line that is not a hole. */
static GArray *
extents_of (const char *table)
{
	GArray *out = g_array_new (FALSE, FALSE, sizeof (extsim_fiemap_extent));
	g_auto (GStrv) lines = g_strsplit (table, "\n", -1);

	for (guint i = 0; lines[i]; i++) {
		const char *l = strchr (lines[i], '[');
		guint64 a, b, p, q;
		unsigned flags = 0;
		char *rest;

		if (!l || strstr (lines[i], "hole"))
			continue;
		a = g_ascii_strtoull (l + 1, &rest, 10);
		b = g_ascii_strtoull (rest + 2, &rest, 10);
		p = g_ascii_strtoull (rest + 2, &rest, 10);
		q = g_ascii_strtoull (rest + 2, &rest, 10);
		if (strstr (rest, "0x"))
			flags = (unsigned) strtoul (strstr (rest, "0x"), NULL, 16);
		ext_assert_u64_eq (b - a, q - p);
		g_array_append_val (out, ((extsim_fiemap_extent) { a * 512, p * 512, (b - a + 1) * 512, flags }));
	}
	/* tables without flags (plain form): the last extent up to i_size is LAST */
	return out;
}

START_TEST (fiemap_tables_match_xfs_io)
{
	const fiemap_case *c = &fiemaps[_i];
	g_autoptr (GArray) extents = extents_of (c->from ? c->from : c->real);
	g_autoptr (GString) out = g_string_new (NULL);
	fiemap_format f = { c->verbose, c->blocks, (guint64) c->max_lines, c->start, c->range_end, c->file_size };

	if (!c->verbose && extents->len) /* the plain form hides the flags: LAST is on the extent at EOF */
		g_array_index (extents, extsim_fiemap_extent, extents->len - 1).flags |= EXTSIM_FIEMAP_LAST;
	format_fiemap (out, extents, &f);
	ext_assert_str_eq (out->str, c->real);
}
END_TEST

START_TEST (fiemap_widths_come_from_the_first_batch_only)
{
	g_autoptr (GArray) extents = g_array_new (FALSE, FALSE, sizeof (extsim_fiemap_extent));
	g_autoptr (GString) out = g_string_new (NULL);
	fiemap_format f = { TRUE, FALSE, G_MAXUINT64, 0, NO_END, 0 };
	g_auto (GStrv) lines = NULL;

	/* 33 one-block extents, then one whose numbers are wider than the first 32 */
	for (guint i = 0; i < 33; i++)
		g_array_append_val (extents, ((extsim_fiemap_extent) { i * 8192ull, 4096 * (i + 1), 4096, 0 }));
	g_array_append_val (extents, ((extsim_fiemap_extent) { 33 * 8192ull, 1ull << 40, 1ull << 30,
								EXTSIM_FIEMAP_LAST | EXTSIM_FIEMAP_SHARED }));
	f.file_size = 33 * 8192ull + (1ull << 30);
	format_fiemap (out, extents, &f);
	lines = g_strsplit (out->str, "\n", -1);
	ext_assert_str_eq (lines[0], " EXT: FILE-OFFSET      BLOCK-RANGE      TOTAL FLAGS");
	ext_assert_str_eq (lines[1], "   0: [0..7]:          8..15                8   0x0");
	ext_assert_str_eq (lines[2], "   1: [8..15]:         hole                 8");
	/* the 35th extent is printed with the first batch's widths: it spills over */
	ext_assert_str_eq (lines[66], "  65: [520..527]:      hole                 8");
	ext_assert_str_eq (lines[67], "  66: [528..2097679]:  2147483648..2149580799 2097152 0x2001");
}
END_TEST

START_TEST (cvtstr_as_libfrog)
{
	static const struct {
		double value;
		const char *text;
	} cases[] = {
		{ 4096, "4 KiB" },            { 1536, "2 KiB" },           { 512, "512.000000 bytes" },
		{ 100, "100.000000 bytes" },  { 0, "0.000000 bytes" },     { 1048576, "1 MiB" },
		{ 1024000, "1000 KiB" },      { 5000, "5 KiB" },           { 102400, "100 KiB" },
		{ 16777216, "16 MiB" },       { 946135040, "902 MiB" },    { 1914961920, "2 GiB" },
		{ 451858432, "431 MiB" },     { 2147483648.0, "2.000 GiB" }, { 1.5, "1.500000 bytes" },
		{ 1536.5, "1.500 KiB" },      { 1152921504606846976.0, "1.000 EiB" },
		{ 1125899906842624.0, "1.000 PiB" }, { 1099511627776.0, "1.000 TiB" },
	};

	for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
		g_autoptr (GString) out = g_string_new (NULL);

		format_cvtstr (out, cases[i].value);
		ext_assert_str_eq (out->str, cases[i].text);
	}
}
END_TEST

START_TEST (summary_lines_of_a_run_that_took_no_time)
{
	g_autoptr (GString) out = g_string_new (NULL);

	format_io_report (out, "wrote", 1048576, 16777216, 16777216, 4096, FALSE);
	ext_assert_str_eq (out->str, "wrote 16777216/16777216 bytes at offset 1048576\n"
				     "16 MiB, 4096 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n");
	g_string_truncate (out, 0);
	format_io_report (out, "wrote", 0, 0, 0, 0, FALSE);
	ext_assert_str_eq (out->str, "wrote 0/0 bytes at offset 0\n"
				     "0.000000 bytes, 0 ops; 0.0000 sec (-nan bytes/sec and -nan ops/sec)\n");
	g_string_truncate (out, 0);
	format_io_report (out, "linked", 0, 0, 0, 1, FALSE);
	ext_assert_str_eq (out->str, "linked 0/0 bytes at offset 0\n"
				     "0.000000 bytes, 1 ops; 0.0000 sec (-nan bytes/sec and inf ops/sec)\n");
	g_string_truncate (out, 0);
	format_io_report (out, "read", 0, 1048576, 69632, 17, FALSE);
	ext_assert_str_eq (out->str, "read 69632/1048576 bytes at offset 0\n"
				     "68 KiB, 17 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)\n");
	g_string_truncate (out, 0);
	format_io_report (out, "wrote", 0, 4096, 4096, 1, TRUE);
	ext_assert_str_eq (out->str, "4096,1,0:00:00.00,inf,inf\n");
}
END_TEST

static GArray *
runs (const extsim_content_run *r, guint n)
{
	GArray *a = g_array_new (FALSE, FALSE, sizeof (extsim_content_run));

	g_array_append_vals (a, r, n);
	return a;
}

START_TEST (pread_dumps_as_xfs_io)
{
	static const extsim_content_run ones[] = { { 0, 65536, 0x11 } };
	static const extsim_content_run mix[] = { { 0, 65536, 0xab }, { 65536, 4096, 0x41 } };
	g_autoptr (GArray) a = runs (ones, 1);
	g_autoptr (GArray) b = runs (mix, 2);
	g_autoptr (GString) out = g_string_new (NULL);

	format_hexdump (out, 0, a, 20);
	ext_assert_str_eq (out->str, "00000000:  11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11  ................\n"
				     "00000010:  11 11 11 11  ....\n");
	g_string_truncate (out, 0);
	format_hexdump (out, 65530, b, 20);
	ext_assert_str_eq (out->str, "0000fffa:  ab ab ab ab ab ab 41 41 41 41 41 41 41 41 41 41  ......AAAAAAAAAA\n"
				     "0001000a:  41 41 41 41  AAAA\n");
}
END_TEST

START_TEST (errno_words)
{
	ext_assert_str_eq (errno_message (28), "No space left on device");
	ext_assert_str_eq (errno_message (22), "Invalid argument");
	ext_assert_str_eq (errno_message (18), "Invalid cross-device link");
	ext_assert_str_eq (errno_message (5), "Input/output error");
	ext_assert_str_eq (errno_name (28), "ENOSPC");
	ext_assert_str_eq (errno_name (0), "");
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("script-format");
	TCase *tc = tcase_create ("format");

	tcase_add_loop_test (tc, fiemap_tables_match_xfs_io, 0, G_N_ELEMENTS (fiemaps));
	tcase_add_test (tc, fiemap_widths_come_from_the_first_batch_only);
	tcase_add_test (tc, cvtstr_as_libfrog);
	tcase_add_test (tc, summary_lines_of_a_run_that_took_no_time);
	tcase_add_test (tc, pread_dumps_as_xfs_io);
	tcase_add_test (tc, errno_words);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
