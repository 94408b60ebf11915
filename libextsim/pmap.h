/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * pmap: a persistent (copy-on-write) ordered map with fixed-size keys and
 * plain-old-data values.  Every piece of simulator state lives in one.
 *
 * Why persistent: the explorer clones a whole filesystem state for every
 * step it tries.  A clone here costs one reference count per map; the first
 * write to a shared node copies only the path from the root to that node.
 * A map that is not shared is updated in place, so single-threaded replay
 * pays nothing for the feature.
 *
 * Why a B+-tree of wide nodes: a lookup visits 3 to 5 nodes at 10^6 keys,
 * neighbours are usually in the same node, and entries are packed in
 * arrays with no per-entry header.  Its shape depends on the history of
 * the map; nothing may depend on it (pmap_hash is a sum over entries).
 *
 * Keys are 1 to 4 guint64 words compared lexicographically, the way btrfs
 * compares (objectid, type, offset).  Values are copied by memcpy.
 *
 * Every pointer a map hands out (a pnode handle, a key, a value from
 * lookup, lookup_mut or insert) points into a node, and dies with the next
 * change to that map, wherever the change is: entries move inside and
 * between nodes.  Copy what must outlive a change (writeback.c once kept a
 * file item's pointer across the COW of the range before it).  Keys and
 * values passed in may point into the map itself.
 */
#pragma once

#include <glib.h>

#define PMAP_MAX_KEY_WORDS 4
/* Levels of a map at most (pmap.c: its nodes are at least a quarter full) */
#define PMAP_MAX_DEPTH 34

/* A handle on one entry of a map: its key words, then its value. */
typedef struct pnode pnode;
struct pmap_node;

/* An entry's hash, for the sums below. */
typedef guint64 (*pmap_hash_fn) (const guint64 *key, const void *value, gpointer data);

typedef struct {
	const char *name;
	guint key_words;   /* 1 .. PMAP_MAX_KEY_WORDS */
	gsize value_size;  /* bytes; may be 0 */
	/* Optional max-augmentation: the map keeps the largest metric () of
	 * every subtree, up to date on every insert and remove, so
	 * pmap_first_fit () is O(log n).  The guint64 at aug_offset in every
	 * value is the map's: it holds that entry's own metric.  Values of
	 * such a map change only through pmap_insert (), never lookup_mut. */
	guint64 (*metric) (const void *value);
	gsize aug_offset;
	/* Optional: the entry hash whose sum pmap_sum () keeps, and its data. */
	pmap_hash_fn hash;
	gpointer hash_data;
} pmap_type;

typedef struct {
	const pmap_type *type;
	struct pmap_node *root;
	gsize count;
	/* the node layout, derived from type by pmap_init () */
	guint32 node_bytes;  /* size and alignment of every node */
	guint16 key_words;
	guint16 stride;      /* words per leaf entry: key, then value */
	guint16 leaf_cap;    /* entries per leaf */
	guint16 inner_cap;   /* children per inner node */
	guint16 inner_words; /* words per inner slot: child, maximum, bound */
	guint16 ikey_base;   /* inner slot: word index of the bound */
	guint16 height;      /* levels of nodes: 0 empty, 1 a leaf alone */
	guint8 borrowed;     /* the root is another map's, without a reference (pmap_borrow) */
	guint8 summed;       /* sum is kept (pmap_sum has been asked once) */
	guint32 first_bytes; /* node_bytes of an empty map (its first leaf) */
	guint64 sum;         /* of type->hash over the entries, pending's excepted */
	guint64 *pending;    /* the entry last handed out writable, whose hash sum lacks */
} pmap;

void pmap_init (pmap *m, const pmap_type *type);
void pmap_clear (pmap *m);
/* dst must be uninitialised or cleared; O(1) */
void pmap_copy (pmap *dst, const pmap *src);
/* As pmap_copy, without taking a reference on src's root: no atomic
 * instruction, for a copy that most often dies young (the explorer's
 * children that turn out to be states it has seen).  src must neither
 * change nor go until dst is cleared or owns its root (pmap_own).  The
 * first change to dst copies the root as it would a shared one. */
void pmap_borrow (pmap *dst, const pmap *src);
/* Takes the reference a borrowed map lacks; nothing for any other map. */
void pmap_own (pmap *m);
/* Pins m's nodes for a search whose states all descend from m: from here
 * on copies of m and of its copies take no reference on them, and no
 * change or free of those copies writes their counts (a line every thread
 * would write at every state it makes and frees).  Only a tree m owns
 * alone (no node shared with a copy) is pinned: FALSE and nothing done
 * otherwise.  @pins, a borrowed copy of m, holds the nodes from then on
 * for all: m may go (its clear leaves them), and once m and every copy
 * are gone, pmap_unpin_free (pins) frees them. */
gboolean pmap_pin (const pmap *m, pmap *pins);
void pmap_unpin_free (pmap *pins);
/* Asks for the first @most bytes the root node uses (the explorer, ahead
 * of a state's expansion). */
void pmap_prefetch_root (const pmap *m, gsize most);

const void *pmap_lookup (const pmap *m, const guint64 *key);
/* Writable value for an existing key (copies shared nodes on the path). */
void *pmap_lookup_mut (pmap *m, const guint64 *key);
/* Insert or replace; returns the stored, writable value. */
void *pmap_insert (pmap *m, const guint64 *key, const void *value);
/* Inserts value unless key is present (then the map is left as it is);
 * returns the stored, writable value and says which happened. */
void *pmap_insert_new (pmap *m, const guint64 *key, const void *value, gboolean *added);
/* Removes key; copies the old value to old_value when non-NULL. */
gboolean pmap_remove (pmap *m, const guint64 *key, void *old_value);

/*
 * Search once, then change what the search found: a seek keeps the path
 * it took in a cursor (each level's node and child, and the entry's place
 * in the leaf), and the *_at calls start from there instead of searching
 * again.  Where the path still leads from the root to the same leaf (a
 * pointer comparison a level) and key is the cursor's entry or lies
 * between the leaf's first and last keys, the leaf is key's; else they
 * walk the same children down and check each level's bounds (one or two
 * key comparisons, no search).  So a cursor is never wrong, only slow:
 * where the map changed since in a way that moved key elsewhere (a split
 * or a merge on the path, a grown root), the call searches afresh.  Until
 * the map's next change the path always holds, and a change through the
 * cursor leaves it on the entry it changed (or where that was, for a
 * remove) unless the change split or merged nodes.  key may be any key of
 * the same leaf: the entry the seek found, its neighbour, a key to insert
 * next to it.  Each *_at call does exactly what its plain namesake does,
 * sums included.
 */
typedef struct {
	struct pmap_node *n[PMAP_MAX_DEPTH];
	guint idx[PMAP_MAX_DEPTH];
	guint depth; /* levels of the path; 0: none, the next call searches */
	guint pos;   /* the entry in the leaf */
} pmap_cursor;

/* A cursor with no path yet, for a first *_at call that searches. */
static inline void
pmap_cursor_clear (pmap_cursor *c)
{
	c->depth = 0;
}

/* As pmap_lookup and pmap_le, filling c. */
const void *pmap_seek (const pmap *m, const guint64 *key, pmap_cursor *c);
const pnode *pmap_seek_le (const pmap *m, const guint64 *key, pmap_cursor *c);
/* As pmap_seek_le, from c on: the search after a change near the last. */
const pnode *pmap_le_at (const pmap *m, pmap_cursor *c, const guint64 *key);
/* As pmap_lookup, pmap_lookup_mut, pmap_insert, pmap_insert_new and
 * pmap_remove, from c on. */
const void *pmap_lookup_at (const pmap *m, pmap_cursor *c, const guint64 *key);
void *pmap_lookup_mut_at (pmap *m, pmap_cursor *c, const guint64 *key);
void *pmap_insert_at (pmap *m, pmap_cursor *c, const guint64 *key, const void *value);
void *pmap_insert_new_at (pmap *m, pmap_cursor *c, const guint64 *key, const void *value, gboolean *added);
gboolean pmap_remove_at (pmap *m, pmap_cursor *c, const guint64 *key, void *old_value);

/* Ordered search.  Returned handles die with the next change to the map. */
const pnode *pmap_first (const pmap *m);
const pnode *pmap_last (const pmap *m);
const pnode *pmap_le (const pmap *m, const guint64 *key); /* greatest <= key */
const pnode *pmap_lt (const pmap *m, const guint64 *key); /* greatest <  key */
const pnode *pmap_ge (const pmap *m, const guint64 *key); /* least    >= key */
const pnode *pmap_gt (const pmap *m, const guint64 *key); /* least    >  key */

/* The entry after (before) n, or NULL: O(1) unless n ends its leaf. */
const pnode *pmap_next (const pmap *m, const pnode *n);
const pnode *pmap_prev (const pmap *m, const pnode *n);

typedef void (*pmap_foreach_fn) (const guint64 *key, const void *value, gpointer data);
/* In key order, O(n); the map must not change meanwhile. */
void pmap_foreach (const pmap *m, pmap_foreach_fn fn, gpointer data);

/* The sum of fn () over the entries, whatever the shape of the tree: O(n),
 * nothing kept. */
guint64 pmap_hash (const pmap *m, pmap_hash_fn fn, gpointer data);
/* The same for type->hash, kept from the first call on: that call is O(n),
 * and from then on every insert and remove adds or takes off its entry's
 * hash, so the explorer hashing each state it makes pays for the entries
 * the step changed, not for the map.  A value handed out writable
 * (lookup_mut, insert, insert_new) is hashed at the next change, the next
 * pmap_sum or the next copy, which therefore also end the pointer's life
 * (a caller that fills in a value insert_new just added changes it after
 * the insert).  Copies keep the sum. */
guint64 pmap_sum (pmap *m);

/* pmap_sum () without a call when the sum is kept and nothing waits to be
 * added: the explorer asks every map of every state it makes. */
static inline guint64
pmap_sum_inline (pmap *m)
{
	return m->summed && !m->pending ? m->sum : pmap_sum (m);
}

/* Augmented maps: the least key whose value's metric is >= want (NULL if
 * none), and the largest metric in the map (0 when empty). */
const pnode *pmap_first_fit (const pmap *m, guint64 want);
guint64 pmap_max_metric (const pmap *m);
/* The same from a key on: the least key >= key whose metric is >= want,
 * and the largest metric of the keys in [lo, hi) (either NULL: no bound);
 * O(log n) but for the leaves at the ends. */
const pnode *pmap_first_fit_ge (const pmap *m, const guint64 *key, guint64 want);
guint64 pmap_max_metric_in (const pmap *m, const guint64 *lo, const guint64 *hi);

const guint64 *pnode_key (const pnode *n);
const void *pnode_value (const pmap *m, const pnode *n);

int pmap_key_cmp (const pmap_type *type, const guint64 *a, const guint64 *b);

/* Bytes of one full-size tree node of this type (many entries; a small map
 * is one smaller leaf). */
gsize pmap_node_size (const pmap_type *type);
/* Bytes of the nodes reachable from m, shared ones included: O(nodes). */
gsize pmap_memory (const pmap *m);
