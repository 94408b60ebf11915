/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim run --trace: after each operation, what a student needs to follow
 * the model:
 *
 *   ---- line 13: pwrite 1m 16m  [step 5]
 *     out: wrote 16777216/16777216 bytes at offset 1048576
 *     out: 16 MiB, 4096 ops; 0.0000 sec (inf EiB/sec and inf ops/sec)
 *     reserve-failed  /mnt/scratch/file1 [1048576, 1052672)
 *         why: used + reserved + pinned + may_use would exceed the data space
 *     admit-noreserve /mnt/scratch/file1 [1048576, 1052672)
 *         why: the extent is PREALLOC ... newer than the last snapshot
 *     space_info: total 451936256  used 451936256  reserved 0  pinned 0  may_use 0 ...
 *     /mnt/scratch/file1  subvolume 5 inode 257  size 67117056  PREALLOC
 *         extent [8192, 1048576)     PREALLOC  disk 13631488+67108864 at 0  refs 1
 *         dirty  [17821696, 17825792) NORESERVE  fill 0xcd
 *
 * The tools' own output is shown inside each block (out: and err:), so the
 * trace reads in order.  Every decision the model took (extsim_event) is one line, with a "why"
 * line in plain words (extsim_reason_to_str) for those that have a reason:
 * every NOCOW/COW choice and every reservation failure among them.  The
 * state comes from the public inspection calls: extsim_fs_get_space_info,
 * extsim_fs_file_extents, extsim_fs_extents, extsim_fs_dirty_ranges.
 */
#include "extsim.h"

#include <stdio.h>

/* A file with more extent items than this is summarised. */
#define MAX_ITEMS_SHOWN 64

static void
print_event (const extsim_script_result *res, const extsim_event *e)
{
	const char *path = e->ino.ino ? extsim_script_result_path_of (res, e->ino) : NULL;

	g_autoptr (GString) line = g_string_new (NULL);

	g_string_append_printf (line, "  %-16s", extsim_event_kind_to_str (e->kind));
	if (e->ino.ino)
		g_string_append_printf (line, " %s", path ? path : "(a removed file)");
	if (e->len)
		g_string_append_printf (line, " [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ")", e->offset,
					e->offset + e->len);
	if (e->bytenr)
		g_string_append_printf (line, " extent %" G_GUINT64_FORMAT, e->bytenr);
	if (e->count > 1)
		g_string_append_printf (line, " x%" G_GUINT64_FORMAT, e->count);
	g_strchomp (line->str);
	printf ("%s\n", line->str);
	if (e->reason != EXTSIM_REASON_NONE && e->kind != EXTSIM_EVENT_COMMIT)
		printf ("      why: %s\n", extsim_reason_to_str (e->reason));
}

static void
print_space (const extsim_fs *fs)
{
	extsim_space_info si;

	extsim_fs_get_space_info (fs, &si);
	printf ("  space_info: total %" G_GUINT64_FORMAT "  used %" G_GUINT64_FORMAT "  reserved %" G_GUINT64_FORMAT
		"  pinned %" G_GUINT64_FORMAT "  may_use %" G_GUINT64_FORMAT "  readonly %" G_GUINT64_FORMAT
		"  free %" G_GUINT64_FORMAT "\n",
		si.total, si.used, si.reserved, si.pinned, si.may_use, si.readonly, si.free);
}

static void
print_flags (guint32 flags)
{
	if (flags & EXTSIM_INODE_NODATACOW)
		printf ("  NODATACOW");
	if (flags & EXTSIM_INODE_NODATASUM)
		printf ("  NODATASUM");
	if (flags & EXTSIM_INODE_PREALLOC)
		printf ("  PREALLOC");
}

static void
print_items (const extsim_fs *fs, extsim_ino ino, GHashTable *extents)
{
	g_autoptr (GArray) items = extsim_fs_file_extents (fs, ino, NULL);

	for (guint i = 0; items && i < items->len && i < MAX_ITEMS_SHOWN; i++) {
		const extsim_file_extent *fe = &g_array_index (items, extsim_file_extent, i);
		const extsim_extent *e = g_hash_table_lookup (extents, &fe->disk_bytenr);

		printf ("      extent [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ") %-8s disk %" G_GUINT64_FORMAT
			"+%" G_GUINT64_FORMAT " at %" G_GUINT64_FORMAT "  gen %" G_GUINT64_FORMAT,
			fe->offset, fe->offset + fe->len, fe->type == EXTSIM_FILE_EXTENT_PREALLOC ? "PREALLOC"
			: fe->type == EXTSIM_FILE_EXTENT_INLINE ? "INLINE"
								: "REG",
			fe->disk_bytenr, fe->disk_num_bytes, fe->extent_offset, fe->generation);
		if (e)
			printf ("  refs %" G_GUINT64_FORMAT "%s", e->refs, e->n_backrefs > 1 ? "  SHARED" : "");
		printf ("\n");
	}
	if (items && items->len > MAX_ITEMS_SHOWN)
		printf ("      ... and %u more extent items\n", items->len - MAX_ITEMS_SHOWN);
}

static void
print_dirty (const extsim_fs *fs, extsim_ino ino)
{
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (fs, ino, NULL);

	for (guint i = 0; dirty && i < dirty->len && i < MAX_ITEMS_SHOWN; i++) {
		const extsim_dirty_range *d = &g_array_index (dirty, extsim_dirty_range, i);

		printf ("      dirty  [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ") %s  fill 0x%02x\n", d->offset,
			d->offset + d->len, d->state == EXTSIM_NORESERVE ? "NORESERVE" : "RESERVED", d->fill);
	}
	if (dirty && dirty->len > MAX_ITEMS_SHOWN)
		printf ("      ... and %u more dirty ranges\n", dirty->len - MAX_ITEMS_SHOWN);
}

static void
print_files (const extsim_script_result *res, const extsim_fs *fs)
{
	g_autoptr (GArray) all = extsim_fs_extents (fs);
	g_autoptr (GHashTable) extents = g_hash_table_new (g_int64_hash, g_int64_equal);

	for (guint i = 0; i < all->len; i++) {
		extsim_extent *e = &g_array_index (all, extsim_extent, i);

		g_hash_table_insert (extents, &e->bytenr, e);
	}
	for (guint i = 0; i < extsim_script_result_get_n_files (res); i++) {
		const extsim_script_file *f = extsim_script_result_get_file (res, i);
		extsim_inode_info info;

		if (!extsim_fs_inode_info (fs, f->ino, &info, NULL))
			continue;
		printf ("  %s  subvolume %" G_GUINT64_FORMAT " inode %" G_GUINT64_FORMAT "  size %" G_GUINT64_FORMAT,
			f->path, f->ino.root, f->ino.ino, info.size);
		print_flags (info.flags);
		if (info.lost_bytes)
			printf ("  LOST %" G_GUINT64_FORMAT " bytes", info.lost_bytes);
		if (info.wb_error)
			printf ("  writeback error %d pending for fsync", info.wb_error);
		printf ("\n");
		print_items (fs, f->ino, extents);
		print_dirty (fs, f->ino);
	}
}

/* What the tool printed, line by line: "  out: wrote 4096/4096 bytes ..." */
static void
print_lines (const char *stream, const char *text)
{
	g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

	for (guint i = 0; lines[i]; i++) {
		if (lines[i][0] || lines[i + 1])
			printf ("  %s: %s\n", stream, lines[i]);
	}
}

void
trace_record (const extsim_script_result *res, const extsim_script_record *rec)
{
	const extsim_fs *fs = extsim_script_result_get_fs (res);

	printf ("---- line %u: %s", rec->op->line, rec->op->text);
	if (rec->last_step == rec->first_step + 1)
		printf ("  [step %" G_GUINT64_FORMAT "]", rec->last_step);
	else if (rec->last_step > rec->first_step)
		printf ("  [steps %" G_GUINT64_FORMAT "..%" G_GUINT64_FORMAT "]", rec->first_step + 1, rec->last_step);
	printf ("\n");
	if (!rec->ran) {
		printf ("  not run: xfs_io could not open its file\n");
		return;
	}
	print_lines ("out", rec->out_text);
	print_lines ("err", rec->err_text);
	for (guint i = 0; rec->events && i < rec->events->len; i++)
		print_event (res, &g_array_index (rec->events, extsim_event, i));
	if (!fs)
		return;
	print_space (fs);
	print_files (res, fs);
	fflush (stdout);
}
