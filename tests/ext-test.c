/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "ext-test.h"

#include <stdlib.h>
#include <string.h>

extsim_fs *
t_fs_new_opts (const extsim_fs_options *o)
{
	GError *err = NULL;
	extsim_fs *fs = extsim_fs_new (o, &err);

	ext_assert_no_error (err);
	return fs;
}

extsim_fs *
t_fs_new (const char *policy, guint64 device_size, guint64 data_size)
{
	extsim_fs_options o = EXTSIM_FS_OPTIONS_INIT;

	o.policy = extsim_policy_lookup (policy ? policy : "unpatched");
	ck_assert_msg (o.policy != NULL, "no policy %s", policy);
	if (device_size)
		o.device_size = device_size;
	o.data_size = data_size;
	o.check_every_step = TRUE;
	return t_fs_new_opts (&o);
}

extsim_ino
t_create_in (extsim_fs *fs, guint64 root)
{
	GError *err = NULL;
	extsim_ino ino = { 0, 0 };

	extsim_fs_create (fs, root, &ino, &err);
	ext_assert_no_error (err);
	return ino;
}

extsim_ino
t_create (extsim_fs *fs)
{
	return t_create_in (fs, EXTSIM_FS_TREE);
}

void
t_pwrite (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len, guint8 fill)
{
	GError *err = NULL;
	guint64 written = 0;

	extsim_fs_pwrite (fs, ino, off, len, fill, 0, &written, &err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (written, len);
}

guint64
t_pwrite_enospc (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len, guint8 fill, guint64 bsize)
{
	GError *err = NULL;
	guint64 written = 0;

	ext_assert_false (extsim_fs_pwrite (fs, ino, off, len, fill, bsize, &written, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	return written;
}

void
t_falloc (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len)
{
	GError *err = NULL;

	extsim_fs_fallocate (fs, ino, off, len, 0, &err);
	ext_assert_no_error (err);
}

void
t_falloc_keep (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len)
{
	GError *err = NULL;

	extsim_fs_fallocate (fs, ino, off, len, EXTSIM_FALLOC_KEEP_SIZE, &err);
	ext_assert_no_error (err);
}

void
t_punch (extsim_fs *fs, extsim_ino ino, guint64 off, guint64 len)
{
	GError *err = NULL;

	extsim_fs_punch_hole (fs, ino, off, len, &err);
	ext_assert_no_error (err);
}

void
t_truncate (extsim_fs *fs, extsim_ino ino, guint64 size)
{
	GError *err = NULL;

	extsim_fs_truncate (fs, ino, size, &err);
	ext_assert_no_error (err);
}

void
t_reflink (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len)
{
	GError *err = NULL;

	extsim_fs_clone_range (fs, src, soff, dst, doff, len, &err);
	ext_assert_no_error (err);
}

void
t_dedupe (extsim_fs *fs, extsim_ino src, guint64 soff, extsim_ino dst, guint64 doff, guint64 len)
{
	GError *err = NULL;
	guint64 done = 0;

	extsim_fs_dedupe_range (fs, src, soff, dst, doff, len, &done, &err);
	ext_assert_no_error (err);
	ext_assert_u64_eq (done, len);
}

void
t_fsync (extsim_fs *fs, extsim_ino ino)
{
	GError *err = NULL;

	extsim_fs_fsync (fs, ino, &err);
	ext_assert_no_error (err);
}

void
t_fsync_enospc (extsim_fs *fs, extsim_ino ino)
{
	GError *err = NULL;

	ext_assert_false (extsim_fs_fsync (fs, ino, &err));
	ext_assert_error (err, EXTSIM_ERROR_NOSPC);
}

void
t_writeback (extsim_fs *fs, extsim_ino ino)
{
	GError *err = NULL;

	extsim_fs_writeback (fs, ino, 0, 0, &err);
	ext_assert_no_error (err);
}

void
t_unlink (extsim_fs *fs, extsim_ino ino)
{
	GError *err = NULL;

	extsim_fs_unlink (fs, ino, &err);
	ext_assert_no_error (err);
}

void
t_nodatacow (extsim_fs *fs, extsim_ino ino)
{
	GError *err = NULL;

	extsim_fs_set_nodatacow (fs, ino, &err);
	ext_assert_no_error (err);
}

void
t_commits (extsim_fs *fs, guint n)
{
	for (guint i = 0; i < n; i++)
		extsim_fs_commit (fs);
}

guint64
t_snapshot (extsim_fs *fs, guint64 root)
{
	GError *err = NULL;
	guint64 id = 0;

	extsim_fs_snapshot (fs, root, FALSE, &id, &err);
	ext_assert_no_error (err);
	return id;
}

extsim_ino
t_fill (extsim_fs *fs)
{
	extsim_ino pad = t_create (fs);
	extsim_space_info si;
	guint64 written = 0;
	GError *err = NULL;

	extsim_fs_get_space_info (fs, &si);
	/* more than fits: the write stops short, or at ENOSPC, after flushing;
	 * then page by page for what a large write(2) could not take */
	if (!extsim_fs_pwrite (fs, pad, 0, si.total + MiB, 0, MiB, &written, &err))
		ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	ext_assert_u64_lt (written, si.total + MiB);
	if (!extsim_fs_pwrite (fs, pad, written, MiB, 0, extsim_fs_get_sectorsize (fs), &written, &err))
		ext_assert_error (err, EXTSIM_ERROR_NOSPC);
	extsim_fs_sync (fs);
	extsim_fs_get_space_info (fs, &si);
	ext_assert_u64_eq (si.free, 0);
	return pad;
}

extsim_space_info
t_space (extsim_fs *fs)
{
	extsim_space_info si;

	extsim_fs_get_space_info (fs, &si);
	return si;
}

guint64
t_lost (extsim_fs *fs, extsim_ino ino)
{
	extsim_inode_info info;
	GError *err = NULL;

	extsim_fs_inode_info (fs, ino, &info, &err);
	ext_assert_no_error (err);
	return info.lost_bytes;
}

static void
fail_with_violations (const GPtrArray *v, const char *when)
{
	GString *s = g_string_new (NULL);

	for (guint i = 0; i < v->len; i++) {
		g_autofree char *line = extsim_violation_to_string (v->pdata[i]);

		g_string_append_printf (s, "\n  %s", line);
	}
	ck_abort_msg ("%u violation(s) %s:%s", v->len, when, s->str);
}

void
t_assert_clean (extsim_fs *fs)
{
	g_autoptr (GPtrArray) now = extsim_fs_check (fs);
	const GPtrArray *rec = extsim_fs_violations (fs);

	if (now->len)
		fail_with_violations (now, "now");
	if (rec->len)
		fail_with_violations (rec, "recorded");
}

const extsim_violation *
t_assert_violation (extsim_fs *fs, extsim_invariant inv)
{
	const GPtrArray *rec = extsim_fs_violations (fs);

	if (rec->len == 0)
		ck_abort_msg ("expected a violation of invariant %d, none recorded", inv);
	for (guint i = 0; i < rec->len; i++) {
		const extsim_violation *v = rec->pdata[i];

		if (v->invariant == inv)
			return v;
	}
	fail_with_violations (rec, "recorded, none of the expected invariant");
	return NULL;
}

/* Renames disk extents 1, 2, ... in order of first appearance. */
static int
extent_id (GArray *seen, guint64 bytenr)
{
	if (bytenr == 0)
		return 0; /* an inline extent: no disk extent */
	for (guint i = 0; i < seen->len; i++) {
		if (g_array_index (seen, guint64, i) == bytenr)
			return (int) i + 1;
	}
	g_array_append_val (seen, bytenr);
	return (int) seen->len;
}

static int
type_letter (extsim_file_extent_type type)
{
	return type == EXTSIM_FILE_EXTENT_REG ? 'R' : type == EXTSIM_FILE_EXTENT_INLINE ? 'I' : 'P';
}

static char *
items_to_string (GArray *items, GArray *seen)
{
	GString *s = g_string_new (NULL);

	for (guint i = 0; i < items->len; i++) {
		const extsim_file_extent *x = &g_array_index (items, extsim_file_extent, i);

		g_string_append_printf (s, "\n  [%" PRIu64 " +%" PRIu64 ") %c extent %d at +%" PRIu64, x->offset,
					x->len, type_letter (x->type),
					extent_id (seen, x->disk_bytenr), x->extent_offset);
	}
	return g_string_free (s, FALSE);
}

void
t_assert_items (const extsim_fs *fs, extsim_ino ino, const t_item *want)
{
	GError *err = NULL;
	g_autoptr (GArray) items = extsim_fs_file_extents (fs, ino, &err);
	g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint64));
	g_autoptr (GArray) seen2 = g_array_new (FALSE, FALSE, sizeof (guint64));
	guint n = 0;

	ext_assert_no_error (err);
	while (want[n].len)
		n++;
	for (guint i = 0; i < MAX (n, items->len); i++) {
		const extsim_file_extent *x = i < items->len ? &g_array_index (items, extsim_file_extent, i) : NULL;
		gboolean ok = x && i < n && x->offset == want[i].offset && x->len == want[i].len &&
			      type_letter (x->type) == want[i].type &&
			      extent_id (seen, x->disk_bytenr) == want[i].extent &&
			      x->extent_offset == want[i].extent_offset;

		if (!ok) {
			g_autofree char *have = items_to_string (items, seen2);

			ck_abort_msg ("file extent item %u differs from the table; the file maps as:%s", i, have);
		}
	}
}

void
t_assert_fiemap (extsim_fs *fs, extsim_ino ino, const t_map *want)
{
	GError *err = NULL;
	g_autoptr (GArray) map = extsim_fs_fiemap (fs, ino, 0, 0, 0, &err);
	guint64 base = 0;
	guint n = 0;

	ext_assert_no_error (err);
	while (want[n].length)
		n++;
	for (guint i = 0; i < map->len; i++) {
		const extsim_fiemap_extent *x = &g_array_index (map, extsim_fiemap_extent, i);

		if (x->physical) {
			base = x->physical;
			break;
		}
	}
	for (guint i = 0; i < MAX (n, map->len); i++) {
		const extsim_fiemap_extent *x = i < map->len ? &g_array_index (map, extsim_fiemap_extent, i) : NULL;
		gboolean ok = x && i < n && x->logical == want[i].logical && x->length == want[i].length &&
			      x->flags == want[i].flags &&
			      (want[i].phys == T_NOPHYS ? x->physical == 0
							: x->physical == base + (guint64) want[i].phys);

		if (!ok) {
			GString *s = g_string_new (NULL);

			for (guint j = 0; j < map->len; j++) {
				const extsim_fiemap_extent *y = &g_array_index (map, extsim_fiemap_extent, j);

				g_string_append_printf (s, "\n  [%" PRIu64 " +%" PRIu64 ") phys %+" PRId64 " flags 0x%x",
							y->logical, y->length,
							y->physical ? (gint64) (y->physical - base) : (gint64) -1, y->flags);
			}
			ck_abort_msg ("fiemap extent %u differs from the table; fiemap says:%s", i, s->str);
		}
	}
}

int
t_run_suite (Suite *s)
{
	SRunner *sr = srunner_create (s);
	int failed;

	srunner_run_all (sr, CK_ENV);
	failed = srunner_ntests_failed (sr);
	srunner_free (sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* The runs a read of the whole file sees, as "len:fill len:fill ...". */
char *
t_runs (extsim_fs *fs, extsim_ino ino)
{
	GError *err = NULL;
	g_autoptr (GArray) runs = extsim_fs_read (fs, ino, 0, 0, &err);
	GString *s = g_string_new (NULL);

	ext_assert_no_error (err);
	for (guint i = 0; i < runs->len; i++) {
		const extsim_content_run *r = &g_array_index (runs, extsim_content_run, i);

		g_string_append_printf (s, "%s%" G_GUINT64_FORMAT ":%02x", i ? " " : "", r->len, r->fill);
	}
	return g_string_free (s, FALSE);
}
