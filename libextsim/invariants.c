/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the invariant checker (DESIGN.md section 5)
 *
 *   1 reserved-or-nocow  every dirty NORESERVE range is NOCOW-able now,
 *                        by the same test writeback will apply
 *                        (can_nocow_item); if not, the next writeback must
 *                        COW it with space nobody reserved
 *   2 space-accounting   used + reserved + pinned + may_use + readonly
 *                        <= total; may_use = the bytes of RESERVED dirty
 *                        pages; no counter was asked to go negative
 *   3 references         the back references are exactly the file extent
 *                        items grouped by (root, ino, origin), with the
 *                        references an unfinished ordered extent has yet
 *                        to drop (ordered.c); refs is
 *                        their sum; no live extent has 0 refs or overlaps
 *                        another; every item lies inside its extent
 *   4 no-data-loss       no file has had an fsync succeed while dirty data
 *                        of it, dropped by writeback, was never rewritten
 *   5 no-leak            used = the sizes of the live extents, pinned = the
 *                        pinned ranges, free + used + reserved + pinned +
 *                        readonly = total (so with every file gone and a
 *                        commit done, all counters but total are 0)
 *
 * extsim_fs_check() computes them from scratch: a checker that shared the
 * model's bookkeeping would share its bugs.
 */
#include "fs-private.h"

#include <stdarg.h>
#include <string.h>

typedef struct {
	const extsim_fs *fs;
	GPtrArray *out;
} checker;

static void G_GNUC_PRINTF (8, 9)
add (checker *c, extsim_invariant inv, extsim_ino ino, guint64 offset, guint64 len, guint64 bytenr,
     const char *rule, const char *fmt, ...)
{
	extsim_violation *v;
	va_list ap;

	/* contiguous pieces of one range with the same cause are one violation */
	if (c->out->len) {
		extsim_violation *last = c->out->pdata[c->out->len - 1];

		if (last->invariant == inv && last->ino.root == ino.root && last->ino.ino == ino.ino &&
		    last->bytenr == bytenr && last->rule == rule && last->offset + last->len == offset && len) {
			last->len += len;
			return;
		}
	}
	v = g_new0 (extsim_violation, 1);
	*v = (extsim_violation) { inv, c->fs->step, ino, offset, len, bytenr, rule, NULL, 0 };
	va_start (ap, fmt);
	v->detail = g_strdup_vprintf (fmt, ap);
	va_end (ap);
	g_ptr_array_add (c->out, v);
}

static void
check_noreserve (checker *c)
{
	const extsim_fs *fs = c->fs;

	for (const pnode *n = pmap_first (&fs->dirty); n; n = pmap_gt (&fs->dirty, pnode_key (n))) {
		extsim_ino ino = { pnode_key (n)[0], pnode_key (n)[1] };
		const dirty_item *d = pnode_value (&fs->dirty, n);
		const inode_item *inode = inode_lookup (fs, ino);
		guint64 pos = pnode_key (n)[2], end = pos + d->len;

		if (d->state != EXTSIM_NORESERVE)
			continue;
		while (pos < end) {
			guint64 start = 0, next = G_MAXUINT64, lim;
			const file_item *fi = item_at (fs, ino, pos, &start, &next);
			extsim_reason why = can_nocow_item (fs, ino, inode, start, fi);

			if (!(inode->flags & (EXTSIM_INODE_NODATACOW | EXTSIM_INODE_PREALLOC)))
				why = EXTSIM_REASON_COW_FILE;
			lim = MIN (end, fi ? start + fi->len : next);
			if (why != EXTSIM_REASON_NOCOW_OK) {
				add (c, EXTSIM_INVARIANT_RESERVED_OR_NOCOW, ino, pos, lim - pos, fi ? fi->disk_bytenr : 0,
				     extsim_reason_to_str (why),
				     "dirty NORESERVE pages [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT
				     ") hold no data reservation and cannot be written in place: writeback must allocate space nobody reserved",
				     pos, lim);
				((extsim_violation *) c->out->pdata[c->out->len - 1])->reason = why;
			}
			pos = lim;
		}
	}
}

static void
check_space (checker *c)
{
	const extsim_fs *fs = c->fs;
	const extsim_space_info *si = &fs->si;
	guint64 busy = si->used + si->reserved + si->pinned + si->may_use + si->readonly;
	guint64 reserved_pages = 0;
	const char *rule = "counters add up";

	for (const pnode *n = pmap_first (&fs->dirty); n; n = pmap_gt (&fs->dirty, pnode_key (n))) {
		const dirty_item *d = pnode_value (&fs->dirty, n);

		if (d->state == EXTSIM_RESERVED)
			reserved_pages += d->len;
	}
	if (busy > si->total)
		add (c, EXTSIM_INVARIANT_SPACE_ACCOUNTING, (extsim_ino) { 0, 0 }, 0, 0, 0, rule,
		     "used + reserved + pinned + may_use + readonly = %" G_GUINT64_FORMAT " > total %" G_GUINT64_FORMAT,
		     busy, si->total);
	if (si->may_use != reserved_pages)
		add (c, EXTSIM_INVARIANT_SPACE_ACCOUNTING, (extsim_ino) { 0, 0 }, 0, 0, 0,
		     "may_use equals outstanding reservations",
		     "may_use %" G_GUINT64_FORMAT " but RESERVED dirty pages hold %" G_GUINT64_FORMAT, si->may_use,
		     reserved_pages);
	if (fs->accounting_error)
		add (c, EXTSIM_INVARIANT_SPACE_ACCOUNTING, (extsim_ino) { 0, 0 }, 0, 0, 0, "no counter underflow",
		     "a space_info counter was asked to go below zero");
}

typedef struct {
	guint64 k[4];
} ref_key;

/* Every word mixed in: extents of one size sit at multiples of it (128
 * MiB apart at the kernel's cap), which a plain weighted sum truncated to
 * 32 bits sends to a handful of buckets. */
static guint
ref_hash (gconstpointer p)
{
	const ref_key *r = p;
	guint64 h = 0;

	for (guint i = 0; i < G_N_ELEMENTS (r->k); i++) {
		h = (h ^ r->k[i]) * 0x9fb21c651e98df25ull;
		h ^= h >> 29;
	}
	return (guint) (h ^ (h >> 32));
}

static gboolean
ref_equal (gconstpointer a, gconstpointer b)
{
	return memcmp (a, b, sizeof (ref_key)) == 0;
}

static void
count_ref (GHashTable *counts, const ref_key *rk)
{
	guint64 *cnt = g_hash_table_lookup (counts, rk);

	if (!cnt) {
		cnt = g_new0 (guint64, 1);
		g_hash_table_insert (counts, g_memdup2 (rk, sizeof *rk), cnt);
	}
	(*cnt)++;
}

static void
check_refs (checker *c)
{
	const extsim_fs *fs = c->fs;
	g_autoptr (GHashTable) counts = g_hash_table_new_full (ref_hash, ref_equal, g_free, g_free);
	const char *rule = "back references match file extent items";
	guint64 prev_end = 0;

	for (const pnode *n = pmap_first (&fs->items); n; n = pmap_gt (&fs->items, pnode_key (n))) {
		const guint64 *k = pnode_key (n);
		const file_item *fi = pnode_value (&fs->items, n);
		const extent_item *e;
		ref_key rk = { { fi->disk_bytenr, k[0], k[1], item_origin (k[2], fi) } };

		if (item_is_inline (fi))
			continue; /* in the metadata: no extent, no reference */
		e = extent_lookup (fs, fi->disk_bytenr);
		if (!e || fi->offset + fi->len > e->num_bytes) {
			add (c, EXTSIM_INVARIANT_REFERENCES, (extsim_ino) { k[0], k[1] }, k[2], fi->len, fi->disk_bytenr,
			     "items point inside a live extent", "file extent item points outside any live extent");
			continue;
		}
		count_ref (counts, &rk);
	}
	for (const pnode *n = pmap_first (&fs->ordered_drops); n; n = pmap_gt (&fs->ordered_drops, pnode_key (n))) {
		const ordered_drop *d = pnode_value (&fs->ordered_drops, n);
		ref_key rk = { { d->bytenr, pnode_key (n)[0], pnode_key (n)[1], d->origin } };

		count_ref (counts, &rk);
	}
	for (const pnode *n = pmap_first (&fs->backrefs); n; n = pmap_gt (&fs->backrefs, pnode_key (n))) {
		ref_key rk;
		guint64 have = ((const backref_item *) pnode_value (&fs->backrefs, n))->count;
		const guint64 *want;

		memcpy (rk.k, pnode_key (n), sizeof rk.k);
		want = g_hash_table_lookup (counts, &rk);
		if (!want || *want != have)
			add (c, EXTSIM_INVARIANT_REFERENCES, (extsim_ino) { rk.k[1], rk.k[2] }, 0, 0, rk.k[0], rule,
			     "back reference (%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT
			     ") counts %" G_GUINT64_FORMAT " but %" G_GUINT64_FORMAT " items use it",
			     rk.k[1], rk.k[2], rk.k[3], have, want ? *want : 0);
		g_hash_table_remove (counts, &rk);
	}
	if (g_hash_table_size (counts))
		add (c, EXTSIM_INVARIANT_REFERENCES, (extsim_ino) { 0, 0 }, 0, 0, 0, rule,
		     "%u (extent, root, inode, origin) groups of items have no back reference",
		     g_hash_table_size (counts));
	for (const pnode *n = pmap_first (&fs->extents); n; n = pmap_gt (&fs->extents, pnode_key (n))) {
		guint64 bytenr = pnode_key (n)[0], sum = 0, key[4] = { bytenr, 0, 0, 0 };
		const extent_item *e = pnode_value (&fs->extents, n);

		for (const pnode *b = pmap_ge (&fs->backrefs, key); b && pnode_key (b)[0] == bytenr;
		     b = pmap_gt (&fs->backrefs, pnode_key (b)))
			sum += ((const backref_item *) pnode_value (&fs->backrefs, b))->count;
		if (e->refs == 0 || e->refs != sum)
			add (c, EXTSIM_INVARIANT_REFERENCES, (extsim_ino) { 0, 0 }, 0, 0, bytenr, "refs is the sum of back references",
			     "extent refs %" G_GUINT64_FORMAT ", back references sum to %" G_GUINT64_FORMAT, e->refs, sum);
		if (bytenr < prev_end)
			add (c, EXTSIM_INVARIANT_REFERENCES, (extsim_ino) { 0, 0 }, 0, 0, bytenr, "live extents do not overlap",
			     "extent at %" G_GUINT64_FORMAT " overlaps the previous one", bytenr);
		prev_end = bytenr + e->num_bytes;
	}
}

static void
check_loss (checker *c)
{
	const extsim_fs *fs = c->fs;

	for (const pnode *n = pmap_first (&fs->inodes); n; n = pmap_gt (&fs->inodes, pnode_key (n))) {
		extsim_ino ino = { pnode_key (n)[0], pnode_key (n)[1] };
		rmap lost = rmap_of ((pmap *) &fs->lost, 2, ino.root, ino.ino);

		if (!((const inode_item *) pnode_value (&fs->inodes, n))->synced_after_loss)
			continue;
		for (const pnode *l = rm_first (&lost); l; l = rm_next (&lost, l))
			add (c, EXTSIM_INVARIANT_NO_DATA_LOSS, ino, rm_start (l, &lost), rm_node_len (&lost, l), 0,
			     "a successful fsync means the data is on disk",
			     "fsync returned success, but [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT
			     ") was dropped by writeback and never rewritten",
			     rm_start (l, &lost), rm_node_end (&lost, l));
	}
}

static void
sum_len (const guint64 *key, const void *value, gpointer data)
{
	(void) key;
	*(guint64 *) data += ((const rm_len *) value)->len;
}

static void
sum_extents (const guint64 *key, const void *value, gpointer data)
{
	(void) key;
	*(guint64 *) data += ((const extent_item *) value)->num_bytes;
}

static void
check_leak (checker *c)
{
	const extsim_fs *fs = c->fs;
	const extsim_space_info *si = &fs->si;
	guint64 live = 0, pinned = 0, free_bytes = free_space_total (fs);
	extsim_ino none = { 0, 0 };

	pmap_foreach (&fs->extents, sum_extents, &live);
	pmap_foreach (&fs->pinned, sum_len, &pinned);
	if (si->used != live)
		add (c, EXTSIM_INVARIANT_NO_LEAK, none, 0, 0, 0, "used is the size of the live extents",
		     "used %" G_GUINT64_FORMAT ", live extents %" G_GUINT64_FORMAT, si->used, live);
	if (si->pinned != pinned)
		add (c, EXTSIM_INVARIANT_NO_LEAK, none, 0, 0, 0, "pinned is the pinned ranges",
		     "pinned %" G_GUINT64_FORMAT ", pinned ranges %" G_GUINT64_FORMAT, si->pinned, pinned);
	if (free_bytes + live + pinned + si->reserved + si->readonly != si->total)
		add (c, EXTSIM_INVARIANT_NO_LEAK, none, 0, 0, 0, "every byte is free, used, reserved or pinned",
		     "free %" G_GUINT64_FORMAT " + used %" G_GUINT64_FORMAT " + pinned %" G_GUINT64_FORMAT
		     " + reserved %" G_GUINT64_FORMAT " != total %" G_GUINT64_FORMAT,
		     free_bytes, live, pinned, si->reserved, si->total);
}

GPtrArray *
extsim_fs_check (const extsim_fs *fs)
{
	checker c = { fs, g_ptr_array_new_with_free_func ((GDestroyNotify) extsim_violation_free) };

	g_return_val_if_fail (fs != NULL, c.out);
	check_noreserve (&c);
	check_space (&c);
	check_refs (&c);
	check_loss (&c);
	check_leak (&c);
	return c.out;
}

static gboolean
has_noreserve (const extsim_fs *fs)
{
	for (const pnode *n = pmap_first (&fs->dirty); n; n = pmap_next (&fs->dirty, n)) {
		if (((const dirty_item *) pnode_value (&fs->dirty, n))->state == EXTSIM_NORESERVE)
			return TRUE;
	}
	return FALSE;
}

static gboolean
has_synced_loss (const extsim_fs *fs)
{
	if (!fs->lost.count)
		return FALSE;
	for (const pnode *n = pmap_first (&fs->inodes); n; n = pmap_next (&fs->inodes, n)) {
		if (((const inode_item *) pnode_value (&fs->inodes, n))->synced_after_loss)
			return TRUE;
	}
	return FALSE;
}

/* Invariants 1 and 4 only: what a state's future can still lose.  NULL
 * (no allocation at all) when there is nothing they could be about. */
GPtrArray *
check_fast (const extsim_fs *fs)
{
	checker c = { fs, NULL };

	if (!has_noreserve (fs) && !has_synced_loss (fs))
		return NULL;
	c.out = g_ptr_array_new_with_free_func ((GDestroyNotify) extsim_violation_free);

	check_noreserve (&c);
	check_loss (&c);
	return c.out;
}

static char *
violation_key (const extsim_violation *v)
{
	return g_strdup_printf ("%d/%" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT
				"/%" G_GUINT64_FORMAT "/%s",
				v->invariant, v->ino.root, v->ino.ino, v->offset, v->len, v->bytenr, v->rule);
}

void
record_violations (extsim_fs *fs)
{
	g_autoptr (GPtrArray) now = extsim_fs_check (fs);
	GHashTable *active = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < now->len; i++) {
		extsim_violation *v = now->pdata[i];
		char *key = violation_key (v);

		if (!fs->active || !g_hash_table_contains (fs->active, key)) {
			if (!fs->violations)
				fs->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) extsim_violation_free);
			g_ptr_array_add (fs->violations, extsim_violation_copy (v));
		}
		g_hash_table_add (active, key);
	}
	g_clear_pointer (&fs->active, g_hash_table_unref);
	fs->active = active;
}

const GPtrArray *
extsim_fs_violations (const extsim_fs *fs)
{
	g_return_val_if_fail (fs != NULL, NULL);
	/* made on first use: most filesystems never record a violation */
	if (!fs->violations)
		((extsim_fs *) fs)->violations = g_ptr_array_new_with_free_func ((GDestroyNotify) extsim_violation_free);
	return fs->violations;
}

void
extsim_violation_free (extsim_violation *v)
{
	if (!v)
		return;
	g_free (v->detail);
	g_free (v);
}

extsim_violation *
extsim_violation_copy (const extsim_violation *v)
{
	extsim_violation *c;

	g_return_val_if_fail (v != NULL, NULL);
	c = g_memdup2 (v, sizeof *v);
	c->detail = g_strdup (v->detail);
	return c;
}

const char *
extsim_invariant_to_str (extsim_invariant inv)
{
	switch (inv) {
	case EXTSIM_INVARIANT_RESERVED_OR_NOCOW: return "reserved-or-nocow";
	case EXTSIM_INVARIANT_SPACE_ACCOUNTING: return "space-accounting";
	case EXTSIM_INVARIANT_REFERENCES: return "references";
	case EXTSIM_INVARIANT_NO_DATA_LOSS: return "no-data-loss";
	case EXTSIM_INVARIANT_NO_LEAK: return "no-leak";
	}
	return "unknown";
}

char *
extsim_violation_to_string (const extsim_violation *v)
{
	GString *s;

	g_return_val_if_fail (v != NULL, NULL);
	s = g_string_new (NULL);
	g_string_append_printf (s, "step %" G_GUINT64_FORMAT ": invariant %d (%s) violated", v->step, v->invariant,
				extsim_invariant_to_str (v->invariant));
	if (v->ino.ino)
		g_string_append_printf (s, ", inode %" G_GUINT64_FORMAT " of subvolume %" G_GUINT64_FORMAT, v->ino.ino,
					v->ino.root);
	if (v->len)
		g_string_append_printf (s, ", file range [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ")", v->offset,
					v->offset + v->len);
	if (v->bytenr)
		g_string_append_printf (s, ", extent %" G_GUINT64_FORMAT, v->bytenr);
	g_string_append_printf (s, ": %s. %s", v->rule, v->detail);
	return g_string_free (s, FALSE);
}
