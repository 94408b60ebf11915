/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK
 *
 * A B+-tree of wide nodes, every node a fixed-size block (node_bytes, a
 * power of two, aligned to its size) with a reference count.  A map of a
 * few entries is one small leaf, doubled as it fills up to the full node
 * size of its type; from there on leaves split.
 *
 *   leaf:   n entries packed in key order, each stride words: the key
 *           words, then the value words.  A pnode handle points at an
 *           entry, so pnode_key () and pnode_value () are pointer
 *           arithmetic, and masking a handle with node_bytes finds its leaf
 *           (pmap_next () is then O(1) inside a leaf).
 *   inner:  n children, n maxima (augmented maps only), n keys.  Key j > 0
 *           is a lower bound of child j's keys and above every key of
 *           child j - 1; key 0 is not used.  Separators may be stale (a key
 *           removed from a leaf is never removed from above it).
 *
 * Copy on write, on the path of one operation:
 *
 *   copy:    dst = src; root->ref += 1                           (O(1))
 *   borrow:  dst = src, borrowed; no ref taken: the first write copies
 *            the root whatever its ref, and clear forgets it; own takes
 *            the ref then
 *   write:   search from the root without writing, remembering the
 *            path; then walk the path again: a node with ref > 1 is copied
 *            (ref of the copy = 1, its children gain a ref, the original
 *            loses one), a node with ref == 1 is ours and is changed in
 *            place.  A search that finds nothing to change copies nothing.
 *   insert:  into the leaf; a full leaf splits in two and its parent gains
 *            a child, and so on up (a full root grows the tree by a level).
 *            An entry appended at the end of a full leaf leaves the old
 *            leaf full and starts a new one (at the front: the same,
 *            mirrored), so keys inserted in order fill leaves to the brim
 *            (an inner node keeps at least two children).
 *   remove:  from the leaf; a node below a quarter of its capacity is
 *            merged with a sibling when both fit in one node, else the two
 *            share their entries evenly (each then holds more than half).
 *   free:    ref -= 1; at 0 the children lose a ref and the node goes.
 *
 * A cursor (pmap_seek, pmap_*_at) is the path of a search and the place in
 * the leaf.  A call from it takes the cursor's leaf when the path is
 * intact (each node on it is still the child its parent points to, the
 * first the root: compared pointer by pointer from the root down, so only
 * live nodes are read) and the leaf is sure to be key's:
 *
 *   the cursor's entry is key         that entry: no search at all
 *   first key <= key <= last key      a search of the leaf (the bounds
 *                                     above a leaf admit all its keys,
 *                                     so every key between them too)
 *
 * Otherwise it walks the same children down again, checking each level's
 * bounds, and descends afresh from the root at the first that fails:
 *
 *   child j of x:  j < x->n, bound (j) <= key (j > 0), key < bound (j + 1)
 *                  (j + 1 < x->n)
 *
 * Either way the leaf is the one a descent would reach, so the tree a
 * change leaves is the one the plain call would have left.
 *
 * A map whose type has an entry hash keeps the sum of its entries' hashes
 * once pmap_sum () has been asked for it (the explorer asks for every
 * state): a replace or a remove takes the old entry's hash off, and the
 * value every lookup_mut, insert or insert_new hands out writable (the
 * pending one) has its hash added at the map's next change, sum or copy,
 * once its caller has written it.  The sum lives in the map, not in the
 * nodes, so copies sharing nodes never see each other's.
 *
 * An augmented map keeps, in each inner node, the largest metric of every
 * child's subtree; each leaf entry's aug word holds its own metric.  Every
 * node on the path of a change is re-summarised on the way back up, so the
 * maxima are always exact, whatever the splits and merges did.
 *
 * Reference counts are atomic because clones may be handed to other
 * threads; a node with ref == 1 is reachable only from the caller's map,
 * so changing it in place needs no lock.
 *
 * A pinned map's nodes (pmap_pin: the explorer's setup state, from which
 * every state of a search descends) have a count of PINNED_REF that
 * nobody changes: copies take no reference on them and frees leave them,
 * and a write copies them as it would any shared node.  Both threads of a
 * search otherwise wrote the counts of the same few nodes at every state
 * they made and freed, each write taking the line from the other's cache
 * (two threads: 2-4% more states a second, measured).  pmap_unpin_free
 * frees them once nothing else can hold them.
 */
#include "pmap.h"

#include <string.h>

#include "pmap-alloc.h"

/* Nodes hold at least MIN_FANOUT entries or children, so at most
 * log4 (2^64) + 1 levels exist even at a quarter full. */
#define MIN_FANOUT 16
#define MIN_NODE_BYTES 512
#define SMALL_NODE_BYTES 128
#define MAX_DEPTH PMAP_MAX_DEPTH
#define CACHE_LINE 64

typedef struct pmap_node node;

struct pmap_node {
	gint ref;
	guint16 n;  /* entries (leaf) or children (inner) */
	guint8 leaf;
	guint8 shift; /* log2 of the node's size */
	guint64 w[];
};

/* ---- layout ----------------------------------------------------------------- */

static guint
value_words (const pmap_type *t)
{
	return (guint) ((t->value_size + sizeof (guint64) - 1) / sizeof (guint64));
}

/* Words per inner child: its pointer, its maximum, its key. */
static guint
inner_words (const pmap_type *t)
{
	return 1 + (t->metric ? 1 : 0) + t->key_words;
}

static guint
node_words (gsize bytes)
{
	return (guint) ((bytes - sizeof (node)) / sizeof (guint64));
}

/* The smallest power of two from MIN_NODE_BYTES whose leaves and inner
 * nodes both hold MIN_FANOUT. */
gsize
pmap_node_size (const pmap_type *t)
{
	guint stride = t->key_words + value_words (t);
	gsize bytes = MIN_NODE_BYTES;

	while (node_words (bytes) / stride < MIN_FANOUT || node_words (bytes) / inner_words (t) < MIN_FANOUT)
		bytes *= 2;
	return bytes;
}

/* Sizes the nodes of m at bytes. */
static void
set_layout (pmap *m, gsize bytes)
{
	m->node_bytes = (guint32) bytes;
	m->leaf_cap = (guint16) MIN (G_MAXUINT16, node_words (bytes) / m->stride);
	m->inner_cap = (guint16) MIN (G_MAXUINT16, node_words (bytes) / m->inner_words);
}

/* A map starts as one small leaf (a few entries, which is what most maps of
 * an explored state hold, and what each of its writes copies), doubled
 * while it fills, up to the full node size; only then does it split. */
static gsize
first_node_bytes (const pmap *m)
{
	gsize bytes = SMALL_NODE_BYTES;

	while (node_words (bytes) / m->stride < 2)
		bytes *= 2;
	return MIN (bytes, pmap_node_size (m->type));
}

void
pmap_init (pmap *m, const pmap_type *type)
{
	g_assert (type->key_words >= 1 && type->key_words <= PMAP_MAX_KEY_WORDS);
	g_assert (!type->metric ||
		  (type->aug_offset % sizeof (guint64) == 0 && type->aug_offset + sizeof (guint64) <= type->value_size));
	m->type = type;
	m->root = NULL;
	m->count = 0;
	m->height = 0;
	m->borrowed = 0;
	m->key_words = (guint16) type->key_words;
	m->stride = (guint16) (type->key_words + value_words (type));
	m->inner_words = (guint16) inner_words (type);
	m->ikey_base = (guint16) (type->metric ? 2 : 1);
	m->summed = 0;
	m->sum = 0;
	m->pending = NULL;
	m->first_bytes = (guint32) first_node_bytes (m);
	set_layout (m, m->first_bytes);
}

/* ---- nodes ------------------------------------------------------------------ */

static node *
node_alloc (const pmap *m, gboolean leaf)
{
	node *x = pmap_node_alloc (m->node_bytes);

	x->ref = 1;
	x->n = 0;
	x->leaf = leaf ? 1 : 0;
	/* node_bytes is a power of two; g_bit_nth_msf () would loop down from
	 * bit 63 at each node made (a twentieth of the explorer's instructions) */
	x->shift = (guint8) __builtin_ctz (m->node_bytes);
	return x;
}

/* Frees the block only: the caller has taken over any children. */
static void
node_free (node *x)
{
	pmap_node_free (x, (gsize) 1 << x->shift);
}

/* Inner slot j: the child's pointer, its maximum (augmented maps), its
 * bound; a slot's words sit together, so the line a search ends on
 * usually holds the child pointer it needs next. */
static guint64 *
slot (const pmap *m, const node *x, guint j)
{
	return (guint64 *) x->w + (gsize) j * m->inner_words;
}

static node **
kid (const pmap *m, const node *x, guint j)
{
	return (node **) slot (m, x, j);
}

static guint64 *
aug_at (const pmap *m, const node *x, guint j)
{
	return slot (m, x, j) + 1;
}

static guint64 *
ikey (const pmap *m, const node *x, guint j)
{
	return slot (m, x, j) + m->ikey_base;
}

static guint64 *
ent (const pmap *m, const node *x, guint i)
{
	return (guint64 *) x->w + (gsize) i * m->stride;
}

static gsize
ent_bytes (const pmap *m, guint count)
{
	return (gsize) count * m->stride * sizeof (guint64);
}

/* ---- kept sums (pmap_sum) ------------------------------------------------------ */

static inline guint64
ent_hash (const pmap *m, const guint64 *e)
{
	return m->type->hash (e, e + m->key_words, m->type->hash_data);
}

/* Adds the value last handed out writable, now that it is written. */
static inline void
settle (pmap *m)
{
	if (m->pending) {
		m->sum += ent_hash (m, m->pending);
		m->pending = NULL;
	}
}

/* Entry e (in a node private to m) is about to change or go. */
static inline void
sum_drop (pmap *m, const guint64 *e)
{
	if (m->summed)
		m->sum -= ent_hash (m, e);
}

/* e, not in the sum, is handed out writable: its hash goes in at the
 * next settle. */
static inline void
sum_pend (pmap *m, guint64 *e)
{
	if (m->summed)
		m->pending = e;
}

/* e, in the sum, is handed out writable. */
static inline void
sum_defer (pmap *m, guint64 *e)
{
	sum_drop (m, e);
	sum_pend (m, e);
}

static node *
leaf_of (const pmap *m, const pnode *n)
{
	return (node *) ((guintptr) n & ~((guintptr) m->node_bytes - 1));
}

/* A pinned node's count is PINNED_REF or more, and stays as it is until
 * pmap_unpin_free: its pinner keeps it alive for everyone (pmap_pin). */
#define PINNED_REF 0x40000000

static inline gboolean
pinned (const node *x)
{
	return g_atomic_int_get (&x->ref) >= PINNED_REF;
}

static inline void
node_ref (node *x)
{
	if (!pinned (x))
		g_atomic_int_inc (&x->ref);
}

/* A count of 1 is the caller's own reference: no other thread can reach
 * the node to change it, so the node goes without a locked instruction
 * (which would first wait for every store the thread has pending). */
static void
node_unref (const pmap *m, node *x)
{
	gint ref;

	if (!x)
		return;
	ref = g_atomic_int_get (&x->ref);
	if (ref >= PINNED_REF || (ref != 1 && !g_atomic_int_dec_and_test (&x->ref)))
		return;
	if (!x->leaf) {
		for (guint j = 0; j < x->n; j++)
			node_unref (m, *kid (m, x, j));
	}
	node_free (x);
}

/* Copies cnt inner slots (child, maximum, key) from src at si to dst at di;
 * the nodes may be the same (the ranges may overlap). */
static void
inner_move (const pmap *m, node *dst, guint di, const node *src, guint si, guint cnt)
{
	if (cnt)
		memmove (slot (m, dst, di), slot (m, src, si), (gsize) cnt * m->inner_words * sizeof (guint64));
}

/* A copy of x; a reference on x, if the caller holds one, stays. */
static node *
node_copy (const pmap *m, const node *x)
{
	node *c = node_alloc (m, x->leaf);

	c->n = x->n;
	if (x->leaf) {
		memcpy (c->w, x->w, ent_bytes (m, x->n));
	} else {
		inner_move (m, c, 0, x, 0, x->n);
		for (guint j = 0; j < x->n; j++)
			node_ref (*kid (m, c, j));
	}
	return c;
}

/* A private copy of x (whose reference the caller holds and gives up). */
static node *
unshare (const pmap *m, node *x)
{
	node *c;

	if (g_atomic_int_get (&x->ref) == 1)
		return x;
	c = node_copy (m, x);
	node_unref (m, x);
	return c;
}

/* ---- keys and search ---------------------------------------------------------- */

int
pmap_key_cmp (const pmap_type *t, const guint64 *a, const guint64 *b)
{
	for (guint i = 0; i < t->key_words; i++) {
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	}
	return 0;
}

static inline int
kcmp (guint kw, const guint64 *a, const guint64 *b)
{
	for (guint i = 0; i < kw; i++) {
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	}
	return 0;
}

/* The searches below are instantiated for each key width, so the
 * compiler unrolls the comparisons (most decide on the first word). */
#define ALWAYS_INLINE inline __attribute__ ((always_inline))

/* First entry of leaf x whose key is >= key (strict: > key). */
static ALWAYS_INLINE guint
leaf_bound_kw (const pmap *m, const node *x, const guint64 *key, gboolean strict, guint kw)
{
	guint lo = 0, hi = x->n;

	while (lo < hi) {
		guint mid = (lo + hi) / 2;
		int c = kcmp (kw, ent (m, x, mid), key);

		if (c < 0 || (strict && c == 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The child of inner x whose keys may include key. */
static ALWAYS_INLINE guint
child_for_kw (const pmap *m, const node *x, const guint64 *key, guint kw)
{
	guint lo = 1, hi = x->n;

	while (lo < hi) {
		guint mid = (lo + hi) / 2;

		if (kcmp (kw, ikey (m, x, mid), key) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

static guint
leaf_bound (const pmap *m, const node *x, const guint64 *key, gboolean strict)
{
	switch (m->key_words) {
	case 1: return leaf_bound_kw (m, x, key, strict, 1);
	case 2: return leaf_bound_kw (m, x, key, strict, 2);
	case 3: return leaf_bound_kw (m, x, key, strict, 3);
	default: return leaf_bound_kw (m, x, key, strict, 4);
	}
}

/* The nodes from the root to a leaf and the child taken in each (and
 * for a cursor, the entry in the leaf). */
typedef pmap_cursor path;

/* A binary search in a node of a big map meets a cache miss at nearly every
 * probe, one after the other.  Its probes are known before the node's count
 * is read: ask for them all at once.  A leaf, where a search ends and most
 * of what follows reads (neighbours, the entry's value), is asked for whole,
 * every line of it: at 10^5 extents 8-15% more simple operations a second
 * than with the first probes of each quarter alone, at 10^3 (all in cache)
 * 1-5% fewer (bench/README.md).  An inner node, whose upper levels stay in
 * cache, is asked for at its first probes only. */
static inline void
prefetch_node (const pmap *m, const node *x, gboolean leaf)
{
	if (leaf) {
		for (guint o = 0; o < m->node_bytes; o += CACHE_LINE)
			__builtin_prefetch ((const char *) x + o, 0, 3);
		return;
	}
	__builtin_prefetch (x, 0, 3);
	for (guint q = 1; q < 4; q++)
		__builtin_prefetch (ikey (m, x, m->inner_cap * q / 4), 0, 3);
}

static ALWAYS_INLINE node *
descend_kw (const pmap *m, const guint64 *key, path *p, guint kw)
{
	node *x = m->root;
	guint d = 0;

	while (!x->leaf) {
		guint j = child_for_kw (m, x, key, kw);

		g_assert (d + 1 < MAX_DEPTH);
		p->n[d] = x;
		p->idx[d++] = j;
		x = *kid (m, x, j);
		prefetch_node (m, x, d + 1 == m->height);
	}
	p->n[d] = x;
	p->idx[d] = 0;
	p->depth = d + 1;
	return x;
}

static node *
descend (const pmap *m, const guint64 *key, path *p)
{
	switch (m->key_words) {
	case 1: return descend_kw (m, key, p, 1);
	case 2: return descend_kw (m, key, p, 2);
	case 3: return descend_kw (m, key, p, 3);
	default: return descend_kw (m, key, p, 4);
	}
}

/* The leaf for key down p's path, walked again from the root: kept where
 * each level's child is the one a descent would take (its bound <= key <
 * the next child's bound), else found by a descent.  Only live nodes are
 * read: p's nodes are written, not trusted. */
static ALWAYS_INLINE node *
redescend_kw (const pmap *m, const guint64 *key, path *p, guint kw)
{
	node *x = m->root;
	guint d;

	if (p->depth != m->height)
		return descend (m, key, p);
	for (d = 0; !x->leaf; d++) {
		guint j = p->idx[d];

		if (j >= x->n || (j > 0 && kcmp (kw, ikey (m, x, j), key) > 0) ||
		    (j + 1 < x->n && kcmp (kw, ikey (m, x, j + 1), key) <= 0))
			return descend (m, key, p);
		p->n[d] = x;
		x = *kid (m, x, j);
	}
	p->n[d] = x;
	return x;
}

static node *
redescend (const pmap *m, const guint64 *key, path *p)
{
	switch (m->key_words) {
	case 1: return redescend_kw (m, key, p, 1);
	case 2: return redescend_kw (m, key, p, 2);
	case 3: return redescend_kw (m, key, p, 3);
	default: return redescend_kw (m, key, p, 4);
	}
}

/* p's nodes are still the ones their parents lead to from the root: each
 * is compared with the live pointer to it before it is read.  Nothing has
 * then moved p's leaf, though its entries and bounds may have changed. */
static gboolean
path_intact (const pmap *m, const path *p)
{
	if (p->depth != m->height || p->n[0] != m->root)
		return FALSE;
	for (guint d = 0; d + 1 < p->depth; d++) {
		if (p->idx[d] >= p->n[d]->n || *kid (m, p->n[d], p->idx[d]) != p->n[d + 1])
			return FALSE;
	}
	return TRUE;
}

/* key lies between the first and the last key of leaf x: the bounds above
 * x admit every key of x, so they admit key too. */
static inline gboolean
within (const pmap *m, const node *x, const guint64 *key)
{
	return x->n && kcmp (m->key_words, ent (m, x, 0), key) <= 0 &&
	       kcmp (m->key_words, key, ent (m, x, x->n - 1u)) <= 0;
}

/* The leaf for key down p's path (p->depth > 0): p's own, unchecked, when
 * the path is intact and key within the leaf; else walked again. */
static node *
path_leaf (const pmap *m, const guint64 *key, path *p)
{
	if (path_intact (m, p) && within (m, p->n[p->depth - 1], key))
		return p->n[p->depth - 1];
	return redescend (m, key, p);
}

/* The leaf for key, down p's path when it has one (p->depth > 0), else
 * by a descent; *pos: where key is or would go in it.  The entry a
 * cursor is at, when its path is intact and the entry is key, needs no
 * more. */
static ALWAYS_INLINE node *
leaf_for (const pmap *m, const guint64 *key, path *p, guint *pos)
{
	node *x;

	if (!p->depth) {
		x = descend (m, key, p);
	} else if (!path_intact (m, p)) {
		x = redescend (m, key, p);
	} else {
		x = p->n[p->depth - 1];
		if (p->pos < x->n && kcmp (m->key_words, ent (m, x, p->pos), key) == 0) {
			*pos = p->pos;
			return x;
		}
		if (!within (m, x, key))
			x = redescend (m, key, p);
	}
	*pos = leaf_bound (m, x, key, FALSE);
	return x;
}

/* Moves p to the leaf after (before) its own; NULL at the end. */
static node *
path_step (const pmap *m, path *p, gboolean forward)
{
	gint d = (gint) p->depth - 2;
	node *x;

	while (d >= 0 && (forward ? p->idx[d] + 1 >= p->n[d]->n : p->idx[d] == 0))
		d--;
	if (d < 0)
		return NULL;
	p->idx[d] = forward ? p->idx[d] + 1 : p->idx[d] - 1;
	x = *kid (m, p->n[d], p->idx[d]);
	for (d++; !x->leaf; d++) {
		p->n[d] = x;
		p->idx[d] = forward ? 0 : x->n - 1u;
		x = *kid (m, x, p->idx[d]);
	}
	p->n[d] = x;
	return x;
}

/* Makes every node on p private to m, copying shared ones. */
static void
writable (pmap *m, path *p)
{
	node **link = &m->root;

	for (guint d = 0; d < p->depth; d++) {
		node *x = *link;

		if (d == 0 && m->borrowed) {
			*link = x = node_copy (m, x);
			m->borrowed = 0;
		} else if (g_atomic_int_get (&x->ref) != 1) {
			*link = x = unshare (m, x);
		}
		p->n[d] = x;
		if (!x->leaf)
			link = kid (m, x, p->idx[d]);
	}
}

/* ---- augmentation --------------------------------------------------------------- */

static guint64 *
aug_word (const pmap *m, guint64 *e)
{
	return e + m->key_words + m->type->aug_offset / sizeof (guint64);
}

static guint64
summary (const pmap *m, const node *x)
{
	guint64 a = 0;

	if (x->leaf) {
		for (guint i = 0; i < x->n; i++)
			a = MAX (a, *aug_word (m, ent (m, x, i)));
	} else {
		for (guint j = 0; j < x->n; j++)
			a = MAX (a, *aug_at (m, x, j));
	}
	return a;
}

static void
put_value (const pmap *m, guint64 *e, const void *value)
{
	guint vw = m->stride - m->key_words;

	if (!vw)
		return;
	e[m->stride - 1] = 0; /* the padding of a value that is not whole words */
	memcpy (e + m->key_words, value, m->type->value_size);
	if (m->type->metric)
		*aug_word (m, e) = m->type->metric (e + m->key_words);
}

/* ---- lookup ------------------------------------------------------------------------ */

/* key's entry, found down p's path (p->depth 0: by a descent); p->pos
 * is where it is or would go. */
static ALWAYS_INLINE guint64 *
find (const pmap *m, const guint64 *key, path *p)
{
	node *x;

	if (!m->root) {
		p->depth = 0;
		return NULL;
	}
	x = leaf_for (m, key, p, &p->pos);
	if (p->pos >= x->n || kcmp (m->key_words, ent (m, x, p->pos), key) != 0)
		return NULL;
	return ent (m, x, p->pos);
}

const void *
pmap_lookup_at (const pmap *m, pmap_cursor *c, const guint64 *key)
{
	const guint64 *e = find (m, key, c);

	return e ? e + m->key_words : NULL;
}

const void *
pmap_seek (const pmap *m, const guint64 *key, pmap_cursor *c)
{
	pmap_cursor_clear (c);
	return pmap_lookup_at (m, c, key);
}

const void *
pmap_lookup (const pmap *m, const guint64 *key)
{
	path p;

	return pmap_seek (m, key, &p);
}

void *
pmap_lookup_mut_at (pmap *m, pmap_cursor *c, const guint64 *key)
{
	guint64 *e;

	g_assert (!m->type->metric); /* a summary would go stale */
	settle (m);
	if (!find (m, key, c))
		return NULL;
	writable (m, c);
	e = ent (m, c->n[c->depth - 1], c->pos);
	sum_defer (m, e);
	return e + m->key_words;
}

void *
pmap_lookup_mut (pmap *m, const guint64 *key)
{
	path p;

	pmap_cursor_clear (&p);
	return pmap_lookup_mut_at (m, &p, key);
}

/* ---- insert -------------------------------------------------------------------------- */

/* Opens slot j of inner x (n unchanged) and fills it. */
static void
inner_put (const pmap *m, node *x, guint j, node *c, const guint64 *key)
{
	inner_move (m, x, j + 1, x, j, x->n - j);
	*kid (m, x, j) = c;
	if (m->type->metric)
		*aug_at (m, x, j) = summary (m, c);
	memcpy (ikey (m, x, j), key, m->key_words * sizeof (guint64));
}

/* Where a full node of cap slots splits when slot pos is added: the left
 * part keeps L.  Appending keeps the left full, prepending the right. */
static guint
split_point (guint cap, guint pos)
{
	if (pos == cap)
		return cap;
	if (pos == 0)
		return 1;
	return (cap + 1) / 2;
}

/* Adds child c with lower bound sep at slot j of inner x; when x is full it
 * splits and the new right half is returned, sep then being its bound. */
static node *
inner_insert (const pmap *m, node *x, guint j, node *c, guint64 *sep)
{
	guint cap = m->inner_cap, L;
	node *r;

	if (x->n < cap) {
		inner_put (m, x, j, c, sep);
		x->n++;
		return NULL;
	}
	/* j >= 1, so slot 0 never moves; an inner node keeps two children,
	 * so that a child of it always has a sibling to merge with */
	L = j == cap ? cap - 1 : (cap + 1) / 2;
	r = node_alloc (m, FALSE);
	if (j < L) {
		inner_move (m, r, 0, x, L - 1, cap - L + 1);
		x->n = (guint16) (L - 1);
		inner_put (m, x, j, c, sep);
	} else {
		inner_move (m, r, 0, x, L, j - L);
		r->n = (guint16) (j - L);
		inner_put (m, r, j - L, c, sep);
		inner_move (m, r, j - L + 1, x, j, cap - j);
	}
	r->n = (guint16) (cap + 1 - L);
	x->n = (guint16) L;
	memcpy (sep, ikey (m, r, 0), m->key_words * sizeof (guint64));
	return r;
}

/* After the node at depth d of p changed (and maybe split off right, whose
 * bound is sep): re-summarise and insert upwards. */
static void
propagate (pmap *m, path *p, guint d, node *right, guint64 *sep)
{
	gboolean aug = m->type->metric != NULL;

	for (; d > 0; d--) {
		node *x = p->n[d - 1];
		guint j = p->idx[d - 1];

		if (aug)
			*aug_at (m, x, j) = summary (m, p->n[d]);
		if (right)
			right = inner_insert (m, x, j + 1, right, sep);
		else if (!aug)
			return;
	}
	if (right) {
		node *root = node_alloc (m, FALSE);
		guint64 zero[PMAP_MAX_KEY_WORDS] = { 0 };

		root->n = 0;
		inner_put (m, root, 0, m->root, zero);
		root->n = 1;
		inner_put (m, root, 1, right, sep);
		root->n = 2;
		m->root = root;
		m->height++;
	}
}

/* Inserts a new entry at pos of the (writable) leaf at the end of p. */
static guint64 *
leaf_insert (pmap *m, path *p, guint pos, const guint64 *key, const void *value)
{
	node *x = p->n[p->depth - 1], *right = NULL;
	guint cap = m->leaf_cap;
	guint64 sep[PMAP_MAX_KEY_WORDS];
	guint64 *e;

	if (x->n < cap) {
		e = ent (m, x, pos);
		memmove (e + m->stride, e, ent_bytes (m, x->n - pos));
		x->n++;
	} else {
		guint L = split_point (cap, pos);

		right = node_alloc (m, TRUE);
		if (pos < L) {
			memcpy (right->w, ent (m, x, L - 1), ent_bytes (m, cap - L + 1));
			e = ent (m, x, pos);
			memmove (e + m->stride, e, ent_bytes (m, L - 1 - pos));
		} else {
			memcpy (right->w, ent (m, x, L), ent_bytes (m, pos - L));
			memcpy (ent (m, right, pos - L + 1), ent (m, x, pos), ent_bytes (m, cap - pos));
			e = ent (m, right, pos - L);
		}
		right->n = (guint16) (cap + 1 - L);
		x->n = (guint16) L;
	}
	memcpy (e, key, m->key_words * sizeof (guint64));
	put_value (m, e, value);
	if (right)
		memcpy (sep, ent (m, right, 0), m->key_words * sizeof (guint64));
	propagate (m, p, p->depth - 1, right, sep);
	return e;
}

/* The root, a full leaf smaller than a node's full size, moves to a leaf
 * twice its size (a copy of the map keeps the old one). */
static void
grow_root (pmap *m)
{
	node *old = m->root, *x;

	set_layout (m, m->node_bytes * 2);
	x = node_alloc (m, TRUE);
	x->n = old->n;
	memcpy (x->w, old->w, ent_bytes (m, old->n));
	if (!m->borrowed)
		node_unref (m, old);
	m->borrowed = 0;
	m->root = x;
}

/* Down p's path (p->depth 0: a descent). */
static void *
insert (pmap *m, path *p, const guint64 *key_in, const void *value_in, gboolean replace, gboolean *added)
{
	guint64 key[PMAP_MAX_KEY_WORDS];
	guint8 *value = g_alloca (m->type->value_size + 1);
	node *x;
	guint pos;
	gboolean found;
	guint64 *e;

	/* Either may point into this map, whose entries are about to move. */
	settle (m);
	memcpy (key, key_in, m->key_words * sizeof (guint64));
	if (m->type->value_size)
		memcpy (value, value_in, m->type->value_size);
	if (!m->root) {
		m->root = node_alloc (m, TRUE);
		m->height = 1;
	}
	while (m->height == 1 && m->root->n == m->leaf_cap && m->node_bytes < pmap_node_size (m->type))
		grow_root (m);
	x = leaf_for (m, key, p, &pos);
	p->pos = pos;
	found = pos < x->n && kcmp (m->key_words, ent (m, x, pos), key) == 0;
	*added = !found;
	if (found && !replace) {
		g_assert (!m->type->metric); /* a writable value would let its summary go stale */
		writable (m, p);
		e = ent (m, p->n[p->depth - 1], pos);
		sum_defer (m, e);
	} else if (found) {
		writable (m, p);
		e = ent (m, p->n[p->depth - 1], pos);
		sum_drop (m, e);
		put_value (m, e, value);
		sum_pend (m, e);
		propagate (m, p, p->depth - 1, NULL, NULL);
	} else {
		writable (m, p);
		e = leaf_insert (m, p, pos, key, value);
		sum_pend (m, e);
		m->count++;
	}
	return e + m->key_words;
}

void *
pmap_insert_at (pmap *m, pmap_cursor *c, const guint64 *key, const void *value)
{
	gboolean added;

	return insert (m, c, key, value, TRUE, &added);
}

void *
pmap_insert_new_at (pmap *m, pmap_cursor *c, const guint64 *key, const void *value, gboolean *added)
{
	gboolean dummy;

	return insert (m, c, key, value, FALSE, added ? added : &dummy);
}

void *
pmap_insert (pmap *m, const guint64 *key, const void *value)
{
	path p;

	pmap_cursor_clear (&p);
	return pmap_insert_at (m, &p, key, value);
}

void *
pmap_insert_new (pmap *m, const guint64 *key, const void *value, gboolean *added)
{
	path p;

	pmap_cursor_clear (&p);
	return pmap_insert_new_at (m, &p, key, value, added);
}

/* ---- remove -------------------------------------------------------------------------- */

/* Moves all of r into l, its left sibling; sep is r's bound. */
static void
merge (const pmap *m, node *l, node *r, const guint64 *sep)
{
	if (l->leaf) {
		memcpy (ent (m, l, l->n), r->w, ent_bytes (m, r->n));
	} else {
		inner_move (m, l, l->n, r, 0, r->n);
		memcpy (ikey (m, l, l->n), sep, m->key_words * sizeof (guint64));
	}
	l->n = (guint16) (l->n + r->n);
}

/* Evens out l and r (l + r > one node); sep, r's bound, follows. */
static void
redistribute (const pmap *m, node *l, node *r, guint64 *sep)
{
	guint total = l->n + r->n, nl = total / 2, t;

	if (l->leaf) {
		if (l->n > nl) {
			t = l->n - nl;
			memmove (ent (m, r, t), ent (m, r, 0), ent_bytes (m, r->n));
			memcpy (ent (m, r, 0), ent (m, l, nl), ent_bytes (m, t));
		} else {
			t = nl - l->n;
			memcpy (ent (m, l, l->n), ent (m, r, 0), ent_bytes (m, t));
			memmove (ent (m, r, 0), ent (m, r, t), ent_bytes (m, r->n - t));
		}
		memcpy (sep, ent (m, r, 0), m->key_words * sizeof (guint64));
	} else if (l->n > nl) {
		t = l->n - nl;
		inner_move (m, r, t, r, 0, r->n);
		memcpy (ikey (m, r, t), sep, m->key_words * sizeof (guint64));
		inner_move (m, r, 0, l, nl, t);
		memcpy (sep, ikey (m, r, 0), m->key_words * sizeof (guint64));
	} else {
		t = nl - l->n;
		inner_move (m, l, l->n, r, 0, t);
		memcpy (ikey (m, l, l->n), sep, m->key_words * sizeof (guint64));
		memcpy (sep, ikey (m, r, t), m->key_words * sizeof (guint64));
		inner_move (m, r, 0, r, t, r->n - t);
	}
	r->n = (guint16) (total - nl);
	l->n = (guint16) nl;
}

/* Children i and i + 1 of the writable parent, one of them too small:
 * merge them or even them out. */
static void
fix_pair (pmap *m, node *parent, guint i)
{
	node *l = *kid (m, parent, i) = unshare (m, *kid (m, parent, i));
	node *r = *kid (m, parent, i + 1) = unshare (m, *kid (m, parent, i + 1));
	guint cap = l->leaf ? m->leaf_cap : m->inner_cap;

	if (l->n + r->n <= cap) {
		merge (m, l, r, ikey (m, parent, i + 1));
		node_free (r);
		inner_move (m, parent, i + 1, parent, i + 2, parent->n - i - 2u);
		parent->n--;
	} else {
		redistribute (m, l, r, ikey (m, parent, i + 1));
		if (m->type->metric)
			*aug_at (m, parent, i + 1) = summary (m, r);
	}
	if (m->type->metric)
		*aug_at (m, parent, i) = summary (m, l);
}

/* After an entry left the leaf at the end of p: mend underfull nodes and
 * summaries upwards, then shrink the root. */
static void
rebalance (pmap *m, path *p)
{
	node *root;

	for (guint d = p->depth - 1; d > 0; d--) {
		node *x = p->n[d], *parent = p->n[d - 1];
		guint j = p->idx[d - 1];

		if (x->n >= (x->leaf ? m->leaf_cap : m->inner_cap) / 4u) {
			if (!m->type->metric)
				return;
			*aug_at (m, parent, j) = summary (m, x);
		} else {
			fix_pair (m, parent, j > 0 ? j - 1 : j);
		}
	}
	root = m->root;
	if (root->leaf && root->n == 0) {
		node_free (root);
		m->root = NULL;
		m->height = 0;
		set_layout (m, first_node_bytes (m));
	}
	while (m->root && !m->root->leaf && m->root->n == 1) {
		root = m->root;
		m->root = *kid (m, root, 0);
		m->height--;
		node_free (root);
	}
}

gboolean
pmap_remove_at (pmap *m, pmap_cursor *c, const guint64 *key, void *old)
{
	const guint64 *e;
	guint pos;
	node *x;

	settle (m);
	e = find (m, key, c);
	if (!e)
		return FALSE;
	if (old && m->type->value_size)
		memcpy (old, e + m->key_words, m->type->value_size);
	writable (m, c);
	x = c->n[c->depth - 1];
	pos = c->pos;
	sum_drop (m, ent (m, x, pos));
	memmove (ent (m, x, pos), ent (m, x, pos + 1), ent_bytes (m, x->n - pos - 1u));
	x->n--;
	m->count--;
	rebalance (m, c);
	return TRUE;
}

gboolean
pmap_remove (pmap *m, const guint64 *key, void *old)
{
	path p;

	pmap_cursor_clear (&p);
	return pmap_remove_at (m, &p, key, old);
}

/* ---- whole maps ------------------------------------------------------------------------ */

static guint64
sum_below (const pmap *m, const node *x, pmap_hash_fn fn, gpointer data)
{
	guint64 h = 0;

	if (x->leaf) {
		for (guint i = 0; i < x->n; i++) {
			const guint64 *e = ent (m, x, i);

			h += fn (e, e + m->key_words, data);
		}
		return h;
	}
	for (guint j = 0; j < x->n; j++)
		h += sum_below (m, *kid (m, x, j), fn, data);
	return h;
}

guint64
pmap_hash (const pmap *m, pmap_hash_fn fn, gpointer data)
{
	return m->root ? sum_below (m, m->root, fn, data) : 0;
}

guint64
pmap_sum (pmap *m)
{
	g_assert (m->type->hash);
	if (!m->summed) {
		g_assert (!m->pending);
		m->sum = pmap_hash (m, m->type->hash, m->type->hash_data);
		m->summed = 1;
	}
	settle (m);
	return m->sum;
}

/* An empty map has its first layout already (pmap_init, this, and a
 * remove of its last entry set it); a layout takes divisions, and every
 * filesystem the explorer frees clears fifteen maps. */
void
pmap_clear (pmap *m)
{
	m->sum = 0;
	m->pending = NULL;
	if (!m->root)
		return;
	if (!m->borrowed)
		node_unref (m, m->root);
	m->borrowed = 0;
	m->root = NULL;
	m->count = 0;
	m->height = 0;
	if (m->node_bytes != m->first_bytes)
		set_layout (m, m->first_bytes);
}

/* A copy cannot point at its original's pending value (the copy's first
 * change copies the leaf): the copy settles it now, as the value is. */
static void
settle_copy (pmap *dst)
{
	if (dst->pending) {
		dst->sum += ent_hash (dst, dst->pending);
		dst->pending = NULL;
	}
}

void
pmap_copy (pmap *dst, const pmap *src)
{
	*dst = *src;
	dst->borrowed = 0;
	settle_copy (dst);
	if (dst->root)
		node_ref (dst->root);
}

void
pmap_borrow (pmap *dst, const pmap *src)
{
	*dst = *src;
	dst->borrowed = src->root != NULL;
	settle_copy (dst);
}

void
pmap_own (pmap *m)
{
	if (!m->borrowed)
		return;
	node_ref (m->root);
	m->borrowed = 0;
}

/* Whether every node below x has a count of 1: the tree is its map's alone. */
static gboolean
sole_owner (const pmap *m, const node *x)
{
	if (g_atomic_int_get (&x->ref) != 1)
		return FALSE;
	for (guint j = 0; !x->leaf && j < x->n; j++) {
		if (!sole_owner (m, *kid (m, x, j)))
			return FALSE;
	}
	return TRUE;
}

static void
pin_below (const pmap *m, node *x)
{
	x->ref = PINNED_REF;
	for (guint j = 0; !x->leaf && j < x->n; j++)
		pin_below (m, *kid (m, x, j));
}

gboolean
pmap_pin (const pmap *m, pmap *pins)
{
	if (!m->root || m->borrowed || !sole_owner (m, m->root))
		return FALSE;
	pin_below (m, m->root);
	pmap_borrow (pins, m);
	return TRUE;
}

static void
unpin_below (const pmap *m, node *x)
{
	g_assert (pinned (x));
	for (guint j = 0; !x->leaf && j < x->n; j++)
		unpin_below (m, *kid (m, x, j));
	node_free (x);
}

void
pmap_unpin_free (pmap *pins)
{
	if (pins->root)
		unpin_below (pins, pins->root);
	pins->borrowed = 1; /* its nodes are gone: clear only forgets them */
	pmap_clear (pins);
}

void
pmap_prefetch_root (const pmap *m, gsize most)
{
	/* a leaf alone: what its entries use, known without reading it */
	gsize used = m->height == 1 ? sizeof (node) + ent_bytes (m, (guint) m->count) : m->node_bytes;

	for (gsize b = 0; m->root && b < MIN (used, most); b += 64)
		__builtin_prefetch ((const char *) m->root + b);
}

static void
walk (const pmap *m, const node *x, pmap_foreach_fn fn, gpointer data)
{
	if (x->leaf) {
		for (guint i = 0; i < x->n; i++) {
			const guint64 *e = ent (m, x, i);

			fn (e, e + m->key_words, data);
		}
		return;
	}
	for (guint j = 0; j < x->n; j++)
		walk (m, *kid (m, x, j), fn, data);
}

void
pmap_foreach (const pmap *m, pmap_foreach_fn fn, gpointer data)
{
	if (m->root)
		walk (m, m->root, fn, data);
}

static gsize
bytes_below (const pmap *m, const node *x)
{
	gsize sum = m->node_bytes;

	for (guint j = 0; !x->leaf && j < x->n; j++)
		sum += bytes_below (m, *kid (m, x, j));
	return sum;
}

gsize
pmap_memory (const pmap *m)
{
	return m->root ? bytes_below (m, m->root) : 0;
}

/* ---- ordered search ---------------------------------------------------------------------- */

const pnode *
pmap_first (const pmap *m)
{
	const node *x = m->root;

	while (x && !x->leaf)
		x = *kid (m, x, 0);
	return x ? (const pnode *) ent (m, x, 0) : NULL;
}

const pnode *
pmap_last (const pmap *m)
{
	const node *x = m->root;

	while (x && !x->leaf)
		x = *kid (m, x, x->n - 1);
	return x ? (const pnode *) ent (m, x, x->n - 1u) : NULL;
}

/* below: greatest key under; else least key over; strict excludes equal.
 * Down p's path (p->depth 0: a descent); p ends at the entry found
 * (p->pos), else at the leaf key goes in. */
static const pnode *
bound (const pmap *m, const guint64 *key, gboolean below, gboolean strict, path *p)
{
	node *x;
	guint i;

	if (!m->root) {
		p->depth = 0;
		return NULL;
	}
	x = p->depth ? path_leaf (m, key, p) : descend (m, key, p);
	i = leaf_bound (m, x, key, below ? !strict : strict);
	p->pos = i;
	if (below && i > 0) {
		p->pos = i - 1;
		return (const pnode *) ent (m, x, i - 1);
	}
	if (!below && i < x->n)
		return (const pnode *) ent (m, x, i);
	x = path_step (m, p, !below);
	if (!x)
		return NULL; /* p is left at the leaf key goes in */
	p->pos = below ? x->n - 1u : 0;
	return (const pnode *) ent (m, x, p->pos);
}

const pnode *
pmap_le_at (const pmap *m, pmap_cursor *c, const guint64 *key)
{
	return bound (m, key, TRUE, FALSE, c);
}

const pnode *
pmap_seek_le (const pmap *m, const guint64 *key, pmap_cursor *c)
{
	pmap_cursor_clear (c);
	return pmap_le_at (m, c, key);
}

const pnode *
pmap_le (const pmap *m, const guint64 *key)
{
	path p;

	return pmap_seek_le (m, key, &p);
}

/* The other bounds, searched afresh. */
static const pnode *
bound_anew (const pmap *m, const guint64 *key, gboolean below, gboolean strict)
{
	path p;

	pmap_cursor_clear (&p);
	return bound (m, key, below, strict, &p);
}

const pnode *
pmap_lt (const pmap *m, const guint64 *key)
{
	return bound_anew (m, key, TRUE, TRUE);
}

const pnode *
pmap_ge (const pmap *m, const guint64 *key)
{
	return bound_anew (m, key, FALSE, FALSE);
}

const pnode *
pmap_gt (const pmap *m, const guint64 *key)
{
	return bound_anew (m, key, FALSE, TRUE);
}

const pnode *
pmap_next (const pmap *m, const pnode *n)
{
	const node *x = leaf_of (m, n);
	gsize i = (gsize) ((const guint64 *) n - x->w) / m->stride;

	if (i + 1 < x->n)
		return (const pnode *) ((const guint64 *) n + m->stride);
	/* the end of a leaf.  The map's last entry has no successor: the
	 * walk down the right edge tells it comparing no key, which a search
	 * would; a range map of one leaf (most files' dirty pages) asks that
	 * at the end of every walk */
	if (n == pmap_last (m))
		return NULL;
	return pmap_gt (m, pnode_key (n));
}

const pnode *
pmap_prev (const pmap *m, const pnode *n)
{
	const node *x = leaf_of (m, n);

	if ((const guint64 *) n > x->w)
		return (const pnode *) ((const guint64 *) n - m->stride);
	if (n == pmap_first (m))
		return NULL; /* as pmap_next at the last entry */
	return pmap_lt (m, pnode_key (n));
}

/* ---- augmented maps ------------------------------------------------------------------------ */

const pnode *
pmap_first_fit (const pmap *m, guint64 want)
{
	const node *x = m->root;

	g_assert (m->type->metric);
	if (!x || summary (m, x) < want)
		return NULL;
	while (!x->leaf) {
		guint j = 0;

		while (*aug_at (m, x, j) < want)
			j++; /* the summary says something fits there */
		x = *kid (m, x, j);
	}
	for (guint i = 0;; i++) {
		guint64 *e = ent (m, x, i);

		if (*aug_word (m, e) >= want)
			return (const pnode *) e;
	}
}

/* The first entry of x's subtree whose metric is at least want (its
 * summary says there is one). */
static const guint64 *
first_fit_below (const pmap *m, const node *x, guint64 want)
{
	while (!x->leaf) {
		guint j = 0;

		while (*aug_at (m, x, j) < want)
			j++;
		x = *kid (m, x, j);
	}
	for (guint i = 0;; i++) {
		const guint64 *e = ent (m, x, i);

		if (*aug_word (m, (guint64 *) e) >= want)
			return e;
	}
}

static const guint64 *
first_fit_ge (const pmap *m, const node *x, const guint64 *key, guint64 want)
{
	guint j;

	if (x->leaf) {
		for (guint i = leaf_bound (m, x, key, FALSE); i < x->n; i++) {
			const guint64 *e = ent (m, x, i);

			if (*aug_word (m, (guint64 *) e) >= want)
				return e;
		}
		return NULL;
	}
	j = child_for_kw (m, x, key, m->key_words);
	if (*aug_at (m, x, j) >= want) {
		const guint64 *e = first_fit_ge (m, *kid (m, x, j), key, want);

		if (e)
			return e;
	}
	/* every key of the children after j is above key */
	for (j++; j < x->n; j++) {
		if (*aug_at (m, x, j) >= want)
			return first_fit_below (m, *kid (m, x, j), want);
	}
	return NULL;
}

const pnode *
pmap_first_fit_ge (const pmap *m, const guint64 *key, guint64 want)
{
	g_assert (m->type->metric);
	if (!m->root)
		return NULL;
	return (const pnode *) first_fit_ge (m, m->root, key, want);
}

/* The largest metric of x's keys in [lo, hi); lo or hi NULL: no bound. */
static guint64
max_in (const pmap *m, const node *x, const guint64 *lo, const guint64 *hi)
{
	guint64 a = 0;

	if (x->leaf) {
		for (guint i = lo ? leaf_bound (m, x, lo, FALSE) : 0; i < x->n; i++) {
			const guint64 *e = ent (m, x, i);

			if (hi && kcmp (m->key_words, e, hi) >= 0)
				break;
			a = MAX (a, *aug_word (m, (guint64 *) e));
		}
		return a;
	}
	guint j0 = lo ? child_for_kw (m, x, lo, m->key_words) : 0;

	for (guint j = j0; j < x->n; j++) {
		gboolean first = lo && j == j0;
		gboolean last = hi && (j + 1 == x->n || kcmp (m->key_words, ikey (m, x, j + 1), hi) >= 0);

		if (hi && j > 0 && kcmp (m->key_words, ikey (m, x, j), hi) >= 0)
			break; /* child j's keys are all >= hi */
		if (*aug_at (m, x, j) <= a)
			continue;
		if (first || last)
			a = MAX (a, max_in (m, *kid (m, x, j), first ? lo : NULL, last ? hi : NULL));
		else
			a = *aug_at (m, x, j);
	}
	return a;
}

guint64
pmap_max_metric_in (const pmap *m, const guint64 *lo, const guint64 *hi)
{
	g_assert (m->type->metric);
	return m->root ? max_in (m, m->root, lo, hi) : 0;
}

guint64
pmap_max_metric (const pmap *m)
{
	g_assert (m->type->metric);
	return m->root ? summary (m, m->root) : 0;
}

const guint64 *
pnode_key (const pnode *n)
{
	return (const guint64 *) n;
}

const void *
pnode_value (const pmap *m, const pnode *n)
{
	return (const guint64 *) n + m->key_words;
}
