/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK
 *
 * Setting [s, e) to v:
 *   split at s and at e      (an entry straddling a cut becomes two)
 *   drop every entry inside  (each drop reported to the caller)
 *   insert (s, v)
 *   merge with the left and right neighbour when they touch and their
 *   values are byte-equal after the len field
 *
 * Every step touches only the entries overlapping the range plus two
 * neighbours, so the cost follows the number of ranges, never their size.
 *
 * Most edits meet no more than a neighbour or two, so each operation first
 * reads: one descent finds the entry at or before the range, and
 * pmap_next/pmap_prev (free inside a leaf) its neighbours.  Then it
 * writes only what changes:
 *
 *   set, nothing overlapping, no equal neighbour touching:  one insert
 *   set, equal left neighbour touching:                     left.len += len
 *   remove, nothing overlapping:                            nothing
 *   remove, k entries overlapping:                          k removes, or a
 *                                                           shortened len,
 *                                                           plus the piece
 *                                                           past the end
 *
 * which is what split, drop, insert and merge would have left.
 */
#include "rangemap.h"

#include <string.h>

void
rm_key (const rmap *r, guint64 off, guint64 *key)
{
	for (guint i = 0; i < r->npre; i++)
		key[i] = r->pre[i];
	key[r->npre] = off;
}

static gboolean
same_prefix (const rmap *r, const pnode *n)
{
	const guint64 *k = pnode_key (n);

	for (guint i = 0; i < r->npre; i++) {
		if (k[i] != r->pre[i])
			return FALSE;
	}
	return TRUE;
}

/* Entry at or before off in this prefix (NULL: none), and the entry
 * after it in this prefix (NULL: none): one descent, from c (pmap.h),
 * which c keeps for the changes that follow. */
static const pnode *
around (const rmap *r, guint64 off, const pnode **after, pmap_cursor *c)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n, *next;

	rm_key (r, off, key);
	n = pmap_le_at (r->m, c, key);
	next = n ? pmap_next (r->m, n) : pmap_first (r->m);
	*after = next && same_prefix (r, next) ? next : NULL;
	return n && same_prefix (r, n) ? n : NULL;
}

const pnode *
rm_find_at (const rmap *r, pmap_cursor *c, guint64 off)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n;

	rm_key (r, off, key);
	n = pmap_le_at (r->m, c, key);
	if (!n || !same_prefix (r, n) || rm_node_end (r, n) <= off)
		return NULL;
	return n;
}

const pnode *
rm_seek (const rmap *r, guint64 off, pmap_cursor *c)
{
	pmap_cursor_clear (c);
	return rm_find_at (r, c, off);
}

const pnode *
rm_find (const rmap *r, guint64 off)
{
	pmap_cursor c;

	return rm_seek (r, off, &c);
}

const pnode *
rm_first_from_at (const rmap *r, pmap_cursor *c, guint64 off)
{
	const pnode *next, *n = around (r, off, &next, c);

	return n && rm_node_end (r, n) > off ? n : next;
}

const pnode *
rm_first_from (const rmap *r, guint64 off)
{
	pmap_cursor c;

	pmap_cursor_clear (&c);
	return rm_first_from_at (r, &c, off);
}

const pnode *
rm_first (const rmap *r)
{
	return rm_first_from (r, 0);
}

const pnode *
rm_last (const rmap *r)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n;

	rm_key (r, G_MAXUINT64, key);
	n = pmap_le (r->m, key);
	return n && same_prefix (r, n) ? n : NULL;
}

const pnode *
rm_next (const rmap *r, const pnode *n)
{
	const pnode *next = pmap_next (r->m, n);

	return next && same_prefix (r, next) ? next : NULL;
}

static const pnode *
rm_prev (const rmap *r, const pnode *n)
{
	const pnode *prev = pmap_prev (r->m, n);

	return prev && same_prefix (r, prev) ? prev : NULL;
}

static gsize
vsize (const rmap *r)
{
	return r->m->type->value_size;
}

/* The changes below start from the cursor of the search that found the
 * entry, or its neighbour (pmap.h). */
static void
set_len (rmap *r, pmap_cursor *c, guint64 start, guint64 len)
{
	guint64 key[PMAP_MAX_KEY_WORDS];

	rm_key (r, start, key);
	((rm_len *) pmap_lookup_mut_at (r->m, c, key))->len = len;
}

static void
put (rmap *r, pmap_cursor *c, guint64 start, const void *value)
{
	guint64 key[PMAP_MAX_KEY_WORDS];

	rm_key (r, start, key);
	pmap_insert_at (r->m, c, key, value);
}

static void
drop (rmap *r, pmap_cursor *c, guint64 start)
{
	guint64 key[PMAP_MAX_KEY_WORDS];

	rm_key (r, start, key);
	pmap_remove_at (r->m, c, key, NULL);
}

void
rm_split (rmap *r, guint64 off)
{
	pmap_cursor c;
	const pnode *n = rm_seek (r, off, &c);
	guint64 start;
	guint8 *buf;

	if (!n || rm_start (n, r) == off)
		return;
	start = rm_start (n, r);
	buf = g_alloca (vsize (r));
	memcpy (buf, pnode_value (r->m, n), vsize (r));
	((rm_len *) buf)->len = rm_start (n, r) + ((rm_len *) buf)->len - off;
	set_len (r, &c, start, off - start);
	put (r, &c, off, buf);
}

/* Entries overlapping the range are read before any is changed, a batch at
 * a time (handles die with the first change). */
#define REMOVE_BATCH 8

void
rm_remove_at (rmap *r, pmap_cursor *c, guint64 s, guint64 e, rm_removed_fn cb, gpointer data)
{
	gsize vs = vsize (r);
	guint8 *vals = g_alloca (REMOVE_BATCH * vs), *piece = g_alloca (vs);
	guint64 starts[REMOVE_BATCH];
	gboolean more = s < e;

	while (more) {
		const pnode *n = rm_first_from_at (r, c, s);
		guint count = 0;

		for (; n && rm_start (n, r) < e && count < REMOVE_BATCH; n = rm_next (r, n), count++) {
			starts[count] = rm_start (n, r);
			memcpy (vals + count * vs, pnode_value (r->m, n), vs);
		}
		more = n && rm_start (n, r) < e;
		for (guint i = 0; i < count; i++) {
			guint64 ps = starts[i], pe = ps + ((rm_len *) (vals + i * vs))->len;
			guint64 a = MAX (ps, s), b = MIN (pe, e);

			if (ps < s)
				set_len (r, c, ps, s - ps); /* the part before s stays */
			else
				drop (r, c, ps);
			memcpy (piece, vals + i * vs, vs);
			if (pe > e) {
				((rm_len *) piece)->len = pe - e; /* and the part after e */
				put (r, c, e, piece);
			}
			((rm_len *) piece)->len = b - a;
			if (cb)
				cb (a, piece, data);
			s = pe;
		}
	}
}

void
rm_remove (rmap *r, guint64 s, guint64 e, rm_removed_fn cb, gpointer data)
{
	pmap_cursor c;

	pmap_cursor_clear (&c);
	rm_remove_at (r, &c, s, e, cb, data);
}

static gboolean
values_equal (const rmap *r, const void *a, const void *b)
{
	return memcmp ((const guint8 *) a + sizeof (guint64), (const guint8 *) b + sizeof (guint64),
		       vsize (r) - sizeof (guint64)) == 0;
}

/* Neighbours of an entry [s, e) that touch it and hold the same value. */
static gboolean
joins_left (const rmap *r, const pnode *left, guint64 s, const void *value)
{
	return left && rm_node_end (r, left) == s && values_equal (r, pnode_value (r->m, left), value);
}

static gboolean
joins_right (const rmap *r, const pnode *right, guint64 e, const void *value)
{
	return right && rm_start (right, r) == e && values_equal (r, pnode_value (r->m, right), value);
}

void
rm_merge_at (rmap *r, guint64 off)
{
	pmap_cursor c;
	const pnode *n = rm_seek (r, off, &c), *left, *right;
	guint64 len, llen = 0, lstart = 0, rlen = 0, rstart = 0;
	gboolean jl, jr;

	if (!n || rm_start (n, r) != off)
		return;
	len = rm_node_len (r, n);
	left = rm_prev (r, n);
	right = rm_next (r, n);
	jl = off && joins_left (r, left, off, pnode_value (r->m, n));
	jr = joins_right (r, right, off + len, pnode_value (r->m, n));
	if (jl) {
		lstart = rm_start (left, r);
		llen = rm_node_len (r, left);
	}
	if (jr) {
		rstart = rm_start (right, r);
		rlen = rm_node_len (r, right);
		drop (r, &c, rstart);
	}
	if (jl) {
		drop (r, &c, off);
		set_len (r, &c, lstart, llen + len + rlen);
	} else if (jr) {
		set_len (r, &c, off, len + rlen);
	}
}

void
rm_set (rmap *r, guint64 s, const void *value)
{
	guint64 len = ((const rm_len *) value)->len, e = s + len;
	const pnode *right, *left;
	guint64 key[PMAP_MAX_KEY_WORDS];
	pmap_cursor c;
	guint8 *buf;

	g_assert (len > 0 && s + len > s);
	pmap_cursor_clear (&c);
	left = around (r, s, &right, &c);
	/* inside an entry of the same value: the edit below would cut it and
	 * join it again, unless an edge it shares is also an equal neighbour's
	 * (one that rm_split left), which it would join too */
	if (left && rm_start (left, r) <= s && rm_node_end (r, left) >= e &&
	    values_equal (r, pnode_value (r->m, left), value) &&
	    (rm_start (left, r) < s || !s || !joins_left (r, rm_prev (r, left), s, value)) &&
	    (rm_node_end (r, left) > e || !joins_right (r, right, e, value)))
		return;
	if ((left && rm_node_end (r, left) > s) || (right && rm_start (right, r) < e)) {
		/* something is there: drop it, then as in an empty range */
		rm_remove_at (r, &c, s, e, NULL, NULL);
		rm_key (r, s, key);
		pmap_insert_at (r->m, &c, key, value);
		rm_merge_at (r, s);
		return;
	}
	/* [s, e) is a gap: join the neighbours that touch it and are equal */
	if (!joins_right (r, right, e, value)) {
		if (s && joins_left (r, left, s, value))
			set_len (r, &c, rm_start (left, r), rm_node_len (r, left) + len);
		else
			put (r, &c, s, value);
		return;
	}
	buf = g_alloca (vsize (r));
	memcpy (buf, value, vsize (r));
	((rm_len *) buf)->len = len + rm_node_len (r, right);
	if (s && joins_left (r, left, s, value)) {
		guint64 lstart = rm_start (left, r), llen = rm_node_len (r, left);

		drop (r, &c, e);
		set_len (r, &c, lstart, llen + ((rm_len *) buf)->len);
	} else {
		drop (r, &c, e);
		put (r, &c, s, buf);
	}
}

guint64
rm_covered (const rmap *r, guint64 s, guint64 e)
{
	guint64 sum = 0;

	for (const pnode *n = rm_first_from (r, s); n && rm_start (n, r) < e; n = rm_next (r, n))
		sum += MIN (e, rm_node_end (r, n)) - MAX (s, rm_start (n, r));
	return sum;
}
