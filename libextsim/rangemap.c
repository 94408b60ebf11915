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

const pnode *
rm_find (const rmap *r, guint64 off)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n;

	rm_key (r, off, key);
	n = pmap_le (r->m, key);
	if (!n || !same_prefix (r, n) || rm_node_end (r, n) <= off)
		return NULL;
	return n;
}

const pnode *
rm_first_from (const rmap *r, guint64 off)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n = rm_find (r, off);

	if (n)
		return n;
	rm_key (r, off, key);
	n = pmap_gt (r->m, key);
	return n && same_prefix (r, n) ? n : NULL;
}

const pnode *
rm_first (const rmap *r)
{
	return rm_first_from (r, 0);
}

const pnode *
rm_next (const rmap *r, const pnode *n)
{
	const pnode *next = pmap_gt (r->m, pnode_key (n));

	return next && same_prefix (r, next) ? next : NULL;
}

static gsize
vsize (const rmap *r)
{
	return r->m->type->value_size;
}

void
rm_split (rmap *r, guint64 off)
{
	const pnode *n = rm_find (r, off);
	guint64 key[PMAP_MAX_KEY_WORDS];
	guint64 start;
	guint8 *buf;

	if (!n || rm_start (n, r) == off)
		return;
	start = rm_start (n, r);
	buf = g_alloca (vsize (r));
	memcpy (buf, pnode_value (r->m, n), vsize (r));
	((rm_len *) buf)->len = rm_start (n, r) + ((rm_len *) buf)->len - off;
	rm_key (r, start, key);
	((rm_len *) pmap_lookup_mut (r->m, key))->len = off - start;
	rm_key (r, off, key);
	pmap_insert (r->m, key, buf);
}

void
rm_remove (rmap *r, guint64 s, guint64 e, rm_removed_fn cb, gpointer data)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n;
	guint8 *buf;

	if (s >= e)
		return;
	rm_split (r, s);
	rm_split (r, e);
	buf = g_alloca (vsize (r));
	while ((n = rm_first_from (r, s)) && rm_start (n, r) < e) {
		guint64 start = rm_start (n, r);

		rm_key (r, start, key);
		pmap_remove (r->m, key, buf);
		if (cb)
			cb (start, buf, data);
	}
}

static gboolean
values_equal (const rmap *r, const void *a, const void *b)
{
	return memcmp ((const guint8 *) a + sizeof (guint64), (const guint8 *) b + sizeof (guint64),
		       vsize (r) - sizeof (guint64)) == 0;
}

void
rm_merge_at (rmap *r, guint64 off)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	const pnode *n, *left, *right;
	guint64 start;

	rm_key (r, off, key);
	n = pmap_lookup (r->m, key) ? rm_find (r, off) : NULL;
	if (!n)
		return;
	start = off;
	right = rm_next (r, n);
	if (right && rm_node_end (r, n) == rm_start (right, r) &&
	    values_equal (r, pnode_value (r->m, n), pnode_value (r->m, right))) {
		guint64 rlen = rm_node_len (r, right);

		rm_key (r, rm_start (right, r), key);
		pmap_remove (r->m, key, NULL);
		rm_key (r, start, key);
		((rm_len *) pmap_lookup_mut (r->m, key))->len += rlen;
	}
	left = start ? rm_find (r, start - 1) : NULL;
	if (left) {
		rm_key (r, start, key);
		n = rm_find (r, start);
		if (values_equal (r, pnode_value (r->m, left), pnode_value (r->m, n))) {
			guint64 len = rm_node_len (r, n), lstart = rm_start (left, r);

			pmap_remove (r->m, key, NULL);
			rm_key (r, lstart, key);
			((rm_len *) pmap_lookup_mut (r->m, key))->len += len;
		}
	}
}

void
rm_set (rmap *r, guint64 s, const void *value)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	guint64 len = ((const rm_len *) value)->len;

	g_assert (len > 0 && s + len > s);
	rm_remove (r, s, s + len, NULL, NULL);
	rm_key (r, s, key);
	pmap_insert (r->m, key, value);
	rm_merge_at (r, s);
}

guint64
rm_covered (const rmap *r, guint64 s, guint64 e)
{
	guint64 sum = 0;

	for (const pnode *n = rm_first_from (r, s); n && rm_start (n, r) < e; n = rm_next (r, n))
		sum += MIN (e, rm_node_end (r, n)) - MAX (s, rm_start (n, r));
	return sum;
}
