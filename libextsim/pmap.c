/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK
 *
 * A treap: a binary search tree on the key that is also a max-heap on a
 * priority derived from the key.  Each node carries a reference count.
 *
 *   copy:    dst->root = src->root; root->ref += 1              (O(1))
 *   write:   walk from the root; every node on the way with ref > 1 is
 *            copied (ref of the copy = 1, its children gain a ref, the
 *            original loses one); nodes with ref == 1 are ours and are
 *            changed in place.
 *   free:    ref -= 1; at 0 the children lose a ref and the node goes.
 *
 * An augmented map also keeps, in each node, the largest metric of its
 * subtree; every node whose children or value change on the way back up is
 * re-summarised (fix), bottom-up, so the summary is always exact.
 *
 * Reference counts are atomic because clones may be handed to other
 * threads; a node with ref == 1 is reachable only from the caller's map,
 * so changing it in place needs no lock.
 */
#include "pmap.h"

#include <string.h>

struct pnode {
	pnode *l, *r;
	gint ref;
	guint32 prio;
	guint64 kv[]; /* key words, then the value */
};

static gsize
value_words (const pmap_type *t)
{
	return (t->value_size + sizeof (guint64) - 1) / sizeof (guint64);
}

gsize
pmap_node_size (const pmap_type *t)
{
	return sizeof (pnode) + sizeof (guint64) * (t->key_words + value_words (t));
}

static guint32
key_prio (const pmap_type *t, const guint64 *key)
{
	guint64 h = 0x9e3779b97f4a7c15ull;

	for (guint i = 0; i < t->key_words; i++) {
		h ^= key[i];
		h *= 0xbf58476d1ce4e5b9ull;
		h ^= h >> 31;
	}
	h *= 0x94d049bb133111ebull;
	h ^= h >> 29;
	return (guint32) h;
}

int
pmap_key_cmp (const pmap_type *t, const guint64 *a, const guint64 *b)
{
	for (guint i = 0; i < t->key_words; i++) {
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	}
	return 0;
}

/* Heap order on (prio, key), so equal priorities still give one shape. */
static gboolean
above (const pmap_type *t, const pnode *a, const pnode *b)
{
	if (a->prio != b->prio)
		return a->prio > b->prio;
	return pmap_key_cmp (t, a->kv, b->kv) < 0;
}

static void *
node_value (const pmap_type *t, const pnode *n)
{
	return (void *) (n->kv + t->key_words);
}

static guint64
aug_of (const pmap_type *t, const pnode *n)
{
	return *(const guint64 *) ((const guint8 *) node_value (t, n) + t->aug_offset);
}

/* Re-summarise n from its value and its children's summaries. */
static void
fix (const pmap_type *t, pnode *n)
{
	guint64 a;

	if (!t->metric)
		return;
	a = t->metric (node_value (t, n));
	if (n->l)
		a = MAX (a, aug_of (t, n->l));
	if (n->r)
		a = MAX (a, aug_of (t, n->r));
	*(guint64 *) ((guint8 *) node_value (t, n) + t->aug_offset) = a;
}

static pnode *
node_new (const pmap_type *t, const guint64 *key, const void *value)
{
	pnode *n = g_malloc (pmap_node_size (t));

	n->l = n->r = NULL;
	n->ref = 1;
	memcpy (n->kv, key, sizeof (guint64) * t->key_words);
	n->prio = key_prio (t, key);
	if (t->value_size)
		memcpy (node_value (t, n), value, t->value_size);
	fix (t, n);
	return n;
}

static void
node_unref (pnode *n)
{
	while (n && g_atomic_int_dec_and_test (&n->ref)) {
		pnode *r = n->r;

		node_unref (n->l);
		g_free (n);
		n = r; /* tail iteration keeps the stack to one side's depth */
	}
}

static pnode *
node_ref (pnode *n)
{
	if (n)
		g_atomic_int_inc (&n->ref);
	return n;
}

/* Takes an owned reference, returns an owned reference with ref == 1. */
static pnode *
unshare (const pmap_type *t, pnode *n)
{
	pnode *c;

	if (g_atomic_int_get (&n->ref) == 1)
		return n;
	c = g_malloc (pmap_node_size (t));
	memcpy (c, n, pmap_node_size (t));
	c->ref = 1;
	node_ref (c->l);
	node_ref (c->r);
	node_unref (n);
	return c;
}

static pnode *
rot_right (const pmap_type *t, pnode *n)
{
	pnode *l = n->l;

	n->l = l->r;
	l->r = n;
	fix (t, n);
	fix (t, l);
	return l;
}

static pnode *
rot_left (const pmap_type *t, pnode *n)
{
	pnode *r = n->r;

	n->r = r->l;
	r->l = n;
	fix (t, n);
	fix (t, r);
	return r;
}

void
pmap_init (pmap *m, const pmap_type *type)
{
	g_assert (type->key_words >= 1 && type->key_words <= PMAP_MAX_KEY_WORDS);
	m->type = type;
	m->root = NULL;
	m->count = 0;
}

void
pmap_clear (pmap *m)
{
	node_unref (m->root);
	m->root = NULL;
	m->count = 0;
}

void
pmap_copy (pmap *dst, const pmap *src)
{
	dst->type = src->type;
	dst->root = node_ref (src->root);
	dst->count = src->count;
}

static const pnode *
find (const pmap *m, const guint64 *key)
{
	const pnode *n = m->root;

	while (n) {
		int c = pmap_key_cmp (m->type, key, n->kv);

		if (c == 0)
			return n;
		n = c < 0 ? n->l : n->r;
	}
	return NULL;
}

const void *
pmap_lookup (const pmap *m, const guint64 *key)
{
	const pnode *n = find (m, key);

	return n ? node_value (m->type, n) : NULL;
}

static pnode *
mut (const pmap_type *t, pnode *n, const guint64 *key, void **out)
{
	int c;

	n = unshare (t, n);
	c = pmap_key_cmp (t, key, n->kv);
	if (c == 0)
		*out = node_value (t, n);
	else if (c < 0)
		n->l = mut (t, n->l, key, out);
	else
		n->r = mut (t, n->r, key, out);
	return n;
}

void *
pmap_lookup_mut (pmap *m, const guint64 *key)
{
	void *out = NULL;

	g_assert (!m->type->metric); /* a summary would go stale */
	if (!find (m, key))
		return NULL;
	m->root = mut (m->type, m->root, key, &out);
	return out;
}

static pnode *
ins (const pmap_type *t, pnode *n, const guint64 *key, const void *value,
     void **out, gboolean *added)
{
	int c;

	if (!n) {
		n = node_new (t, key, value);
		*out = node_value (t, n);
		*added = TRUE;
		return n;
	}
	n = unshare (t, n);
	c = pmap_key_cmp (t, key, n->kv);
	if (c == 0) {
		if (t->value_size)
			memcpy (node_value (t, n), value, t->value_size);
		*out = node_value (t, n);
	} else if (c < 0) {
		n->l = ins (t, n->l, key, value, out, added);
		if (above (t, n->l, n))
			return rot_right (t, n);
	} else {
		n->r = ins (t, n->r, key, value, out, added);
		if (above (t, n->r, n))
			return rot_left (t, n);
	}
	fix (t, n);
	return n;
}

void *
pmap_insert (pmap *m, const guint64 *key, const void *value)
{
	void *out = NULL;
	gboolean added = FALSE;

	m->root = ins (m->type, m->root, key, value, &out, &added);
	if (added)
		m->count++;
	return out;
}

/* Joins two owned subtrees, every key of a below every key of b. */
static pnode *
join (const pmap_type *t, pnode *a, pnode *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	if (above (t, a, b)) {
		a = unshare (t, a);
		a->r = join (t, a->r, b);
		fix (t, a);
		return a;
	}
	b = unshare (t, b);
	b->l = join (t, a, b->l);
	fix (t, b);
	return b;
}

static pnode *
del (const pmap_type *t, pnode *n, const guint64 *key, void *old)
{
	int c = pmap_key_cmp (t, key, n->kv);

	if (c == 0) {
		pnode *l = n->l, *r = n->r;

		if (old && t->value_size)
			memcpy (old, node_value (t, n), t->value_size);
		if (g_atomic_int_get (&n->ref) == 1) {
			g_free (n);
		} else {
			node_ref (l);
			node_ref (r);
			node_unref (n);
		}
		return join (t, l, r);
	}
	n = unshare (t, n);
	if (c < 0)
		n->l = del (t, n->l, key, old);
	else
		n->r = del (t, n->r, key, old);
	fix (t, n);
	return n;
}

gboolean
pmap_remove (pmap *m, const guint64 *key, void *old)
{
	if (!find (m, key))
		return FALSE;
	m->root = del (m->type, m->root, key, old);
	m->count--;
	return TRUE;
}

const pnode *
pmap_first (const pmap *m)
{
	const pnode *n = m->root;

	while (n && n->l)
		n = n->l;
	return n;
}

const pnode *
pmap_last (const pmap *m)
{
	const pnode *n = m->root;

	while (n && n->r)
		n = n->r;
	return n;
}

/* below: greatest key under; else least key over; strict excludes equal. */
static const pnode *
bound (const pmap *m, const guint64 *key, gboolean below, gboolean strict)
{
	const pnode *n = m->root, *best = NULL;

	while (n) {
		int c = pmap_key_cmp (m->type, n->kv, key);

		if (c == 0 && !strict)
			return n;
		if (below) {
			if (c < 0) {
				best = n;
				n = n->r;
			} else {
				n = n->l;
			}
		} else {
			if (c > 0) {
				best = n;
				n = n->l;
			} else {
				n = n->r;
			}
		}
	}
	return best;
}

const pnode *
pmap_le (const pmap *m, const guint64 *key)
{
	return bound (m, key, TRUE, FALSE);
}

const pnode *
pmap_lt (const pmap *m, const guint64 *key)
{
	return bound (m, key, TRUE, TRUE);
}

const pnode *
pmap_ge (const pmap *m, const guint64 *key)
{
	return bound (m, key, FALSE, FALSE);
}

const pnode *
pmap_gt (const pmap *m, const guint64 *key)
{
	return bound (m, key, FALSE, TRUE);
}

static void
walk (const pmap_type *t, const pnode *n, pmap_foreach_fn fn, gpointer data)
{
	while (n) {
		walk (t, n->l, fn, data);
		fn (n->kv, node_value (t, n), data);
		n = n->r;
	}
}

void
pmap_foreach (const pmap *m, pmap_foreach_fn fn, gpointer data)
{
	walk (m->type, m->root, fn, data);
}

const pnode *
pmap_first_fit (const pmap *m, guint64 want)
{
	const pmap_type *t = m->type;
	const pnode *n = m->root;

	g_assert (t->metric);
	if (!n || aug_of (t, n) < want)
		return NULL;
	for (;;) {
		if (n->l && aug_of (t, n->l) >= want)
			n = n->l;
		else if (t->metric (node_value (t, n)) >= want)
			return n;
		else
			n = n->r; /* the summary says something fits there */
	}
}

guint64
pmap_max_metric (const pmap *m)
{
	g_assert (m->type->metric);
	return m->root ? aug_of (m->type, m->root) : 0;
}

const guint64 *
pnode_key (const pnode *n)
{
	return n->kv;
}

const void *
pnode_value (const pmap *m, const pnode *n)
{
	return node_value (m->type, n);
}
