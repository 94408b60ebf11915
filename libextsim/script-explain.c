/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: explaining a violation in plain words
 *
 * The checker says *what* broke ("invariant 1 (reserved-or-nocow) at step
 * 6, inode 257, [17821696, 17825792), extent 13631488").  A reader of a
 * reproducer wants *why*, in terms of the script's own lines:
 *
 *   The reflink at line 15 (reflink $mnt/file1 8k 0 4k) added a reference
 *   to the whole 64 MiB extent at 13631488 ... so the NORESERVE pages
 *   [17821696, 17825792) of /mnt/scratch/file1 can no longer be written in
 *   place; writeback will need space nobody reserved ...
 *
 * explain_violation() builds that paragraph from the operation during
 * which the violation appeared (its kind, line and text), the extent as the
 * library shows it now (size, references, who holds them, by path) and the
 * violation's own detail.  Invariant 1 gets a tailored story for the three
 * ways an extent stops being NOCOW-able (a reflink or dedupe shares it, a
 * snapshot shares it and ages it, anything else); the other invariants get
 * the checker's detail placed at their line.
 */
#include "script-private.h"

#define MAX_LISTED_BACKREFS 4

static char *
human_size (guint64 n)
{
	if (n && n % EXTSIM_GiB == 0)
		return g_strdup_printf ("%" G_GUINT64_FORMAT " GiB", n / EXTSIM_GiB);
	if (n && n % EXTSIM_MiB == 0)
		return g_strdup_printf ("%" G_GUINT64_FORMAT " MiB", n / EXTSIM_MiB);
	if (n && n % EXTSIM_KiB == 0)
		return g_strdup_printf ("%" G_GUINT64_FORMAT " KiB", n / EXTSIM_KiB);
	return g_strdup_printf ("%" G_GUINT64_FORMAT " bytes", n);
}

static gboolean
find_extent (const extsim_fs *fs, guint64 bytenr, extsim_extent *out)
{
	g_autoptr (GArray) all = extsim_fs_extents (fs);

	for (guint i = 0; i < all->len; i++) {
		const extsim_extent *e = &g_array_index (all, extsim_extent, i);

		if (e->bytenr == bytenr) {
			*out = *e;
			return TRUE;
		}
	}
	return FALSE;
}

/* "/mnt/scratch/file1 at offset 8192, /mnt/scratch/file1 at offset 0" */
static void
append_holders (GString *out, const extsim_script_result *res, guint64 bytenr)
{
	g_autoptr (GArray) refs = extsim_fs_extent_backrefs (res->fs, bytenr, NULL);

	for (guint i = 0; refs && i < refs->len && i < MAX_LISTED_BACKREFS; i++) {
		const extsim_backref *b = &g_array_index (refs, extsim_backref, i);
		const char *path = extsim_script_result_path_of (res, (extsim_ino) { b->root, b->ino });

		if (path)
			g_string_append_printf (out, "%s%s at offset %" G_GINT64_FORMAT, i ? ", " : "", path,
						(gint64) b->origin);
		else
			g_string_append_printf (out, "%sinode %" G_GUINT64_FORMAT " of subvolume %" G_GUINT64_FORMAT
						" at offset %" G_GINT64_FORMAT, i ? ", " : "", b->ino, b->root,
						(gint64) b->origin);
	}
	if (refs && refs->len > MAX_LISTED_BACKREFS)
		g_string_append_printf (out, " and %u more", refs->len - MAX_LISTED_BACKREFS);
}

/* What happened to the extent, by the kind of operation that did it. */
static void
append_cause (GString *out, const extsim_script_result *res, const script_record *rec, const extsim_violation *v)
{
	const extsim_script_op *op = rec->pub.op;
	extsim_extent e = { 0 };
	gboolean known = v->bytenr && find_extent (res->fs, v->bytenr, &e);
	g_autofree char *size = known ? human_size (e.num_bytes) : g_strdup ("");

	if (known && (op->kind == EXTSIM_SCRIPT_OP_REFLINK || op->kind == EXTSIM_SCRIPT_OP_DEDUPE)) {
		g_autofree char *piece = human_size (op->length);

		g_string_append_printf (out,
					"The %s at line %u (%s) added a reference to the whole %s extent at %" G_GUINT64_FORMAT
					", not only to the %s it %s: btrfs counts references per extent, not per block. ",
					op->kind == EXTSIM_SCRIPT_OP_REFLINK ? "reflink" : "dedupe", op->line, op->text, size,
					e.bytenr, op->length ? piece : "file",
					op->kind == EXTSIM_SCRIPT_OP_REFLINK ? "cloned" : "deduplicated");
		g_string_append_printf (out, "The extent now has %u distinct back references (", e.n_backrefs);
		append_holders (out, res, e.bytenr);
		g_string_append (out, "), so it is shared. ");
	} else if (known && op->kind == EXTSIM_SCRIPT_OP_SNAPSHOT) {
		g_string_append_printf (out,
					"The snapshot at line %u (%s) gave every extent of the subvolume a second owner "
					"and made it older than the subvolume's last snapshot, the %s extent at %" G_GUINT64_FORMAT
					" included (now referenced by ",
					op->line, op->text, size, e.bytenr);
		append_holders (out, res, e.bytenr);
		g_string_append (out, "). ");
	} else {
		g_string_append_printf (out, "After line %u (%s), %s. ", op->line, op->text, v->detail);
	}
}

char *
explain_violation (const extsim_script_result *res, const script_record *rec, const extsim_violation *v)
{
	GString *out = g_string_new (NULL);
	const char *path = v->ino.ino ? extsim_script_result_path_of (res, v->ino) : NULL;
	g_autofree char *ino_name = g_strdup_printf ("inode %" G_GUINT64_FORMAT " of subvolume %" G_GUINT64_FORMAT,
						     v->ino.ino, v->ino.root);

	if (v->invariant != EXTSIM_INVARIANT_RESERVED_OR_NOCOW) {
		g_string_append_printf (out, "After line %u (%s), invariant %d (%s) no longer holds: %s.", rec->pub.op->line,
					rec->pub.op->text, v->invariant, extsim_invariant_to_str (v->invariant), v->detail);
		return g_string_free (out, FALSE);
	}
	append_cause (out, res, rec, v);
	g_string_append_printf (out,
				"The dirty pages [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ") of %s were admitted without a "
				"data reservation (NORESERVE) because, when they were written, the extent could be "
				"overwritten in place (NOCOW). Now it cannot: writeback must copy them to new space (COW) "
				"that nobody reserved. On a full filesystem that writeback fails with ENOSPC and the pages "
				"are dropped: data loss.",
				v->offset, v->offset + v->len, path ? path : ino_name);
	if (res->policy)
		g_string_append_printf (out, " (Policy %s: %s.)", res->policy->name, res->policy->summary);
	return g_string_free (out, FALSE);
}
