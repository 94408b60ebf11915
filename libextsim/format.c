/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: printing what xfs_io and md5sum print
 *
 * The script runner prints each operation's output through these helpers,
 * so a simulated run can be diffed against a real one.  Each is a
 * transcription of the real code (xfsprogs 6.1, checked against captures on
 * Linux 6.18):
 *
 *   format_io_report   libxcmd report_io_times():
 *                        wrote 4096/4096 bytes at offset 0
 *                        4 KiB, 1 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)
 *   format_cvtstr      libfrog cvtstr(): "%.f" when the unscaled value is an
 *                      integer that fits in an int, else "%.3f"; below 1 KiB
 *                      "%f bytes"
 *   format_fiemap      io/fiemap.c: column widths from the first batch of 32
 *                      extents (the FILE-OFFSET width measured without its
 *                      ':'), holes between extents and up to EOF, -n, -l
 *   format_hexdump     io/pread.c dump_buffer(), 16 bytes a line
 *   format_dd_stats    coreutils 9.1 dd print_xfer_stats(), with gnulib's
 *                      human_readable(): "4+0 records in", "4+0 records out",
 *                      "16384 bytes (16 kB, 16 KiB) copied, 0 s, Infinity B/s"
 *
 * The one thing that cannot be transcribed is time.  The simulator's clock
 * does not advance, so every operation takes 0 s, and the rate line is what
 * xfs_io prints when gettimeofday() did not move: "0.0000 sec", a rate of
 * "inf EiB/sec" (or "-nan bytes/sec" for 0 bytes, 0/0) and "inf ops/sec".
 * That is deterministic, is a line xfs_io really prints, and passes the
 * fstests filter for rate lines (_filter_xfs_io).  dd likewise prints what
 * it prints when its clock did not move: "0 s, Infinity B/s".
 *
 * Doubles are formatted with g_ascii_formatd(), so the output does not
 * depend on the locale.
 */
#include "script-private.h"

#include <errno.h>
#include <math.h>
#include <string.h>

const char *
errno_message (int e)
{
	switch (e) {
	case EINVAL: return "Invalid argument";
	case ENOSPC: return "No space left on device";
	case ENOENT: return "No such file or directory";
	case EROFS: return "Read-only file system";
	case EFBIG: return "File too large";
	case EBADE: return "Invalid exchange";
	case EOPNOTSUPP: return "Operation not supported";
	case EXDEV: return "Invalid cross-device link";
	case EBADF: return "Bad file descriptor";
	case EISDIR: return "Is a directory";
	case EEXIST: return "File exists";
	case ENOTDIR: return "Not a directory";
	case EPERM: return "Operation not permitted";
	case EACCES: return "Permission denied";
	case ENOTTY: return "Inappropriate ioctl for device";
	case ENOTEMPTY: return "Directory not empty";
	case EBUSY: return "Device or resource busy";
	default: return "Input/output error";
	}
}

const char *
errno_name (int e)
{
	switch (e) {
	case 0: return "";
	case EINVAL: return "EINVAL";
	case ENOSPC: return "ENOSPC";
	case ENOENT: return "ENOENT";
	case EROFS: return "EROFS";
	case EFBIG: return "EFBIG";
	case EBADE: return "EBADE";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EXDEV: return "EXDEV";
	case EBADF: return "EBADF";
	case EISDIR: return "EISDIR";
	case EEXIST: return "EEXIST";
	case ENOTDIR: return "ENOTDIR";
	case EPERM: return "EPERM";
	case EACCES: return "EACCES";
	case ENOTTY: return "ENOTTY";
	case ENOTEMPTY: return "ENOTEMPTY";
	case EBUSY: return "EBUSY";
	default: return "EIO";
	}
}

/* printf's "%.<prec>f" of glibc on x86-64, locale-free */
static void
append_double (GString *out, double v, int prec)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	char fmt[8];

	if (isnan (v)) {
		g_string_append (out, "-nan"); /* 0.0 / 0.0 is the negative default NaN */
		return;
	}
	if (isinf (v)) {
		g_string_append (out, v > 0 ? "inf" : "-inf");
		return;
	}
	g_snprintf (fmt, sizeof fmt, "%%.%df", prec);
	g_string_append (out, g_ascii_formatd (buf, sizeof buf, fmt, v));
}

/* (int) of a double as x86-64 computes it: INT_MIN when out of range */
static double
x86_int (double v)
{
	if (isnan (v) || v >= 2147483648.0 || v < -2147483648.0)
		return (double) G_MININT32;
	return (double) (gint32) v;
}

void
format_cvtstr (GString *out, double value)
{
	static const struct {
		int shift;
		const char *unit;
	} units[] = { { 60, "EiB" }, { 50, "PiB" }, { 40, "TiB" }, { 30, "GiB" }, { 20, "MiB" }, { 10, "KiB" } };
	gboolean precise = value * 1000 == x86_int (value) * 1000;

	for (guint i = 0; i < G_N_ELEMENTS (units); i++) {
		double scale = (double) (G_GINT64_CONSTANT (1) << units[i].shift);

		if (value >= scale) {
			append_double (out, value / scale, precise ? 0 : 3);
			g_string_append_printf (out, " %s", units[i].unit);
			return;
		}
	}
	append_double (out, value, 6);
	g_string_append (out, " bytes");
}

void
format_io_report (GString *out, const char *verb, guint64 offset, guint64 count, guint64 total, guint64 ops,
		  gboolean compact)
{
	const double elapsed = 0.0; /* see the top of this file */
	int iops = (int) (gint32) (guint32) ops;

	if (compact) {
		g_string_append_printf (out, "%" G_GINT64_FORMAT ",%d,0:00:00.00,", (gint64) total, iops);
		append_double (out, (double) total / elapsed, 3);
		g_string_append_c (out, ',');
		append_double (out, (double) iops / elapsed, 3);
		g_string_append_c (out, '\n');
		return;
	}
	g_string_append_printf (out, "%s %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT " bytes at offset %" G_GINT64_FORMAT "\n",
				verb, (gint64) total, (gint64) count, (gint64) offset);
	format_cvtstr (out, (double) (gint64) total);
	g_string_append_printf (out, ", %d ops; 0.0000 sec (", iops);
	format_cvtstr (out, (double) (gint64) total / elapsed);
	g_string_append (out, "/sec and ");
	append_double (out, (double) iops / elapsed, 4);
	g_string_append (out, " ops/sec)\n");
}

/* ---- fiemap ---------------------------------------------------------------- */

#define EXTENT_BATCH 32
#define BTOBBT(x) ((guint64) (x) >> 9)

typedef struct {
	int foff, boff, tot, flg;
} widths;

static int
numlen (guint64 v, guint base)
{
	int n = 0;

	for (; v > 0; v /= base)
		n++;
	return n ? n : 1;
}

/* calc_print_format(): the first batch, up to the extent flagged LAST */
static widths
calc_widths (const GArray *extents)
{
	widths w = { 16, 16, 5, 5 };

	for (guint i = 0; i < extents->len && i < EXTENT_BATCH; i++) {
		const extsim_fiemap_extent *e = &g_array_index (extents, extsim_fiemap_extent, i);
		guint64 logical = BTOBBT (e->logical), len = BTOBBT (e->length), block = BTOBBT (e->physical);
		g_autofree char *l = g_strdup_printf ("[%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT "]", logical,
						      logical + len - 1);
		g_autofree char *b = g_strdup_printf ("%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT, block, block + len - 1);

		w.foff = MAX (w.foff, (int) strlen (l));
		w.boff = MAX (w.boff, (int) strlen (b));
		w.tot = MAX (w.tot, numlen (len, 10));
		w.flg = MAX (w.flg, numlen (e->flags, 16));
		if (e->flags & EXTSIM_FIEMAP_LAST)
			break;
	}
	return w;
}

static void
print_hole (GString *out, const widths *w, const fiemap_format *f, gint64 cur, guint64 llast, guint64 lstart)
{
	g_autofree char *l = g_strdup_printf ("[%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT "]:", llast, lstart - 1);

	if (!f->verbose) {
		g_string_append_printf (out, "\t%d: %s hole", (int) cur, l);
		if (f->blocks)
			g_string_append_printf (out, " %" G_GUINT64_FORMAT " blocks\n", lstart - llast);
		else
			g_string_append_c (out, '\n');
		return;
	}
	g_string_append_printf (out, "%4d: %-*s %-*s %*" G_GUINT64_FORMAT "\n", (int) cur, w->foff, l, w->boff, "hole",
				w->tot, lstart - llast);
}

/* print_verbose() and print_plain(): returns the lines printed */
static gint64
print_extent (GString *out, const widths *w, const fiemap_format *f, const extsim_fiemap_extent *e, gint64 cur,
	      gint64 max, guint64 last_logical)
{
	guint64 llast = BTOBBT (last_logical), lstart = BTOBBT (e->logical);
	guint64 len = BTOBBT (e->length), block = BTOBBT (e->physical);
	g_autofree char *l = NULL;
	g_autofree char *b = NULL;
	gint64 printed = 0;

	if (f->verbose && cur == 0)
		g_string_append_printf (out, "%4s: %-*s %-*s %*s %*s\n", "EXT", w->foff, "FILE-OFFSET", w->boff,
					"BLOCK-RANGE", w->tot, "TOTAL", w->flg, "FLAGS");
	if (lstart > llast) {
		print_hole (out, w, f, cur, llast, lstart);
		cur++;
		printed++;
	}
	if (cur == max)
		return printed;
	b = g_strdup_printf ("%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT, block, block + len - 1);
	if (f->verbose) {
		g_autofree char *flags = g_strdup_printf ("0x%x", e->flags);

		l = g_strdup_printf ("[%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT "]:", lstart, lstart + len - 1);
		g_string_append_printf (out, "%4d: %-*s %-*s %*" G_GUINT64_FORMAT " %*s\n", (int) cur, w->foff, l,
					w->boff, b, w->tot, len, w->flg, flags);
	} else {
		g_string_append_printf (out, "\t%d: [%" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT "]: %s", (int) cur,
					lstart, lstart + len - 1, b);
		if (f->blocks)
			g_string_append_printf (out, " %" G_GUINT64_FORMAT " blocks\n", len);
		else
			g_string_append_c (out, '\n');
	}
	return printed + 1;
}

void
format_fiemap (GString *out, const GArray *extents, const fiemap_format *f)
{
	widths w = calc_widths (extents);
	guint64 last_logical = f->start, range_end;
	gint64 cur = 0, max = (gint64) f->max_lines;

	for (guint i = 0; i < extents->len; i++) {
		const extsim_fiemap_extent *e = &g_array_index (extents, extsim_fiemap_extent, i);

		cur += print_extent (out, &w, f, e, cur, max, last_logical);
		last_logical = e->logical + e->length;
		if ((e->flags & EXTSIM_FIEMAP_LAST) || last_logical >= f->range_end || cur == max)
			break;
	}
	if (cur == max)
		return;
	/* the hole up to EOF, or to the end of the range asked for */
	range_end = MIN (f->range_end, f->file_size);
	if (cur && last_logical < range_end)
		print_hole (out, &w, f, cur, BTOBBT (last_logical), BTOBBT (range_end));
}

/* ---- pread -v ------------------------------------------------------------------- */

static guint8
byte_at (const GArray *runs, guint *hint, guint64 off)
{
	while (*hint < runs->len) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, *hint);

		if (off < r->offset)
			return 0;
		if (off < r->offset + r->len)
			return r->fill;
		(*hint)++;
	}
	return 0;
}

void
format_hexdump (GString *out, guint64 offset, const GArray *runs, guint64 len)
{
	guint hint = 0;

	for (guint64 i = 0; i < len; i += 16) {
		guint64 n = MIN (16, len - i);
		guint line_hint = hint;

		g_string_append_printf (out, "%08" G_GINT64_MODIFIER "x:  ", offset + i);
		for (guint64 j = 0; j < n; j++)
			g_string_append_printf (out, "%02x ", byte_at (runs, &hint, offset + i + j));
		g_string_append_c (out, ' ');
		for (guint64 j = 0; j < n; j++) {
			guint8 c = byte_at (runs, &line_hint, offset + i + j);

			g_string_append_c (out, g_ascii_isalnum (c) ? (char) c : '.');
		}
		g_string_append_c (out, '\n');
	}
}

/*
 * gnulib's human_readable() with human_autoscale: @amt in powers of @base
 * (1000 or 1024), one decimal under 10 (*decimal, else -1), rounded to the
 * nearest (dd) or up (@ceiling: du -h).  Returns the number before the
 * point; *exponent the power (0 for none, at most 6).
 */
guint64
human_scale (guint64 amt, guint base, gboolean ceiling, guint *exponent, int *decimal)
{
	guint tenths = 0, rounding = 0;

	*exponent = 0;
	*decimal = -1;
	if (base <= amt) {
		do {
			guint r10 = (guint) (amt % base) * 10 + tenths;
			guint r2 = (r10 % base) * 2 + (rounding >> 1);

			amt /= base;
			tenths = r10 / base;
			rounding = r2 < base ? (r2 + rounding) != 0 : 2 + (base < r2 + rounding);
			(*exponent)++;
		} while (base <= amt && *exponent < 6);
		if (amt < 10) {
			if (ceiling ? 0 < rounding : 2 < rounding + (tenths & 1)) {
				tenths++;
				rounding = 0;
				if (tenths == 10) {
					amt++;
					tenths = 0;
				}
			}
			if (amt < 10) {
				*decimal = (int) tenths;
				tenths = rounding = 0;
			}
		}
	}
	if (ceiling ? 0 < tenths + rounding : 5 < tenths || (tenths == 5 && (0 < rounding || (amt & 1)))) {
		amt++;
		if (amt == base && *exponent < 6) {
			(*exponent)++;
			*decimal = 0;
			amt = 1;
		}
	}
	return amt;
}

/* With dd's options (human_round_to_nearest | human_space_before_unit |
 * human_SI | human_B) for an amount in bytes: "16 kB", "4.1 kB",
 * "4.0 KiB", "999 B" */
static void
human_bytes (GString *out, guint64 amt, guint base)
{
	static const char power_letter[] = { 0, 'K', 'M', 'G', 'T', 'P', 'E' };
	guint exponent;
	int decimal;

	amt = human_scale (amt, base, FALSE, &exponent, &decimal);
	g_string_append_printf (out, "%" G_GUINT64_FORMAT, amt);
	if (decimal >= 0)
		g_string_append_printf (out, ".%d", decimal);
	g_string_append_c (out, ' ');
	if (exponent)
		g_string_append_c (out, base == 1000 && exponent == 1 ? 'k' : power_letter[exponent]);
	g_string_append (out, base == 1024 && exponent ? "iB" : "B");
}

void
format_dd_stats (GString *out, const dd_records *r, gboolean transfer)
{
	g_autoptr (GString) si = g_string_new (NULL);
	g_autoptr (GString) iec = g_string_new (NULL);

	g_string_append_printf (out, "%" G_GUINT64_FORMAT "+%" G_GUINT64_FORMAT " records in\n", r->in_full, r->in_partial);
	g_string_append_printf (out, "%" G_GUINT64_FORMAT "+%" G_GUINT64_FORMAT " records out\n", r->out_full,
				r->out_partial);
	if (!transfer)
		return;
	human_bytes (si, r->bytes, 1000);
	human_bytes (iec, r->bytes, 1024);
	/* abbreviation_lacks_prefix(): a unit of bare "B" says nothing new */
	if (g_str_has_suffix (si->str, " B"))
		g_string_append_printf (out, "%" G_GUINT64_FORMAT " byte%s copied", r->bytes, r->bytes == 1 ? "" : "s");
	else if (g_str_has_suffix (iec->str, " B"))
		g_string_append_printf (out, "%" G_GUINT64_FORMAT " bytes (%s) copied", r->bytes, si->str);
	else
		g_string_append_printf (out, "%" G_GUINT64_FORMAT " bytes (%s, %s) copied", r->bytes, si->str, iec->str);
	g_string_append (out, ", 0 s, Infinity B/s\n");
}
