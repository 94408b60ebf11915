/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * rangemap: half-open, non-overlapping ranges [start, start + len) stored in
 * a pmap whose key is (prefix words..., start) and whose value begins with
 * a guint64 len.  The prefix scopes a map to one inode ((root, ino)) or to
 * nothing (physical address maps).
 *
 * Adjacent ranges whose values are equal apart from len are always merged,
 * so a range map has exactly one representation for a given content: that
 * is what makes two equal filesystem states hash equal.
 */
#pragma once

#include "pmap.h"

typedef struct {
	pmap *m;
	guint npre;                       /* prefix words before the offset */
	guint64 pre[PMAP_MAX_KEY_WORDS - 1];
} rmap;

/* The value of every range map begins with its length. */
typedef struct {
	guint64 len;
} rm_len;

static inline rmap
rmap_of (pmap *m, guint npre, guint64 a, guint64 b)
{
	rmap r = { m, npre, { a, b, 0 } };

	g_assert (npre + 1 == m->type->key_words);
	return r;
}

static inline guint64
rm_start (const pnode *n, const rmap *r)
{
	return pnode_key (n)[r->npre];
}

static inline guint64
rm_node_len (const rmap *r, const pnode *n)
{
	return ((const rm_len *) pnode_value (r->m, n))->len;
}

static inline guint64
rm_node_end (const rmap *r, const pnode *n)
{
	return rm_start (n, r) + rm_node_len (r, n);
}

/* Entry containing off, or NULL. */
const pnode *rm_find (const rmap *r, guint64 off);
/* The same, filling c for the pmap_*_at calls that follow (pmap.h), and
 * the same from c, which it then holds. */
const pnode *rm_seek (const rmap *r, guint64 off, pmap_cursor *c);
const pnode *rm_find_at (const rmap *r, pmap_cursor *c, guint64 off);
/* First entry that ends after off (it may contain off), or NULL. */
const pnode *rm_first_from (const rmap *r, guint64 off);
/* The same from c (pmap.h), which it then holds for the changes after. */
const pnode *rm_first_from_at (const rmap *r, pmap_cursor *c, guint64 off);
/* Entry following n in this prefix, or NULL. */
const pnode *rm_next (const rmap *r, const pnode *n);
const pnode *rm_first (const rmap *r);
/* The entry that starts last in this prefix, or NULL. */
const pnode *rm_last (const rmap *r);

/* Split so no entry straddles off.  Values are copied unchanged except len;
 * callers whose values hold an offset use their own split. */
void rm_split (rmap *r, guint64 off);
/* Remove [s, e).  For each removed piece, cb (piece start, value, data). */
typedef void (*rm_removed_fn) (guint64 start, const void *value, gpointer data);
void rm_remove (rmap *r, guint64 s, guint64 e, rm_removed_fn cb, gpointer data);
/* The same from c, filled by a search of r's map near s (rm_seek). */
void rm_remove_at (rmap *r, pmap_cursor *c, guint64 s, guint64 e, rm_removed_fn cb, gpointer data);
/* Set [s, s + value->len) to value, replacing what was there, merging with
 * equal neighbours. */
void rm_set (rmap *r, guint64 s, const void *value);
/* Merge the entry starting at off with equal neighbours, if any. */
void rm_merge_at (rmap *r, guint64 off);
/* Sum of lengths of the entries within [s, e) (clipped). */
guint64 rm_covered (const rmap *r, guint64 s, guint64 e);
void rm_key (const rmap *r, guint64 off, guint64 *key);
