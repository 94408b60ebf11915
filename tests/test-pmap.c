/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The persistent map (pmap.c) and the range map on top of it (rangemap.c),
 * which hold every piece of simulator state.
 *
 *   differential   thousands of seeded random inserts, removes, in-place
 *                  writes and ordered searches, checked against a sorted
 *                  array after every step; for a max-augmented map also
 *                  the largest metric and first-fit searches
 *   persistence    a copy and its original never see each other's writes,
 *                  over many generations, freed in any order (run under
 *                  valgrind or ASan to see that nothing leaks); borrowed
 *                  copies likewise, cleared young or owned and outliving
 *                  their original
 *   order          the same key set built in different orders walks and
 *                  answers the same (the tree's shape is not visible
 *                  through pmap.h; test-state checks that equal states
 *                  hash equal, which is what the shape rule is for)
 *   hash           everywhere above: pmap_hash () is the sum over the
 *                  reference's entries, and so is the sum pmap_sum ()
 *                  keeps through the changes, whatever the copies sharing
 *                  the nodes did; writes in place and copies taken with
 *                  one pending
 *   tree           pmap_next/pmap_prev walks, big maps whose copies are
 *                  taken at random points and checked at the end, the
 *                  max-augmentation across node splits and merges, nodes
 *                  filled by ordered keys, arguments that point into the
 *                  map, pmap_insert_new, changes through the cursor of
 *                  a search (pmap_seek, pmap_*_at), small maps in small nodes,
 *                  copies changed and freed on other threads; the
 *                  explorer's objects (obj_alloc0, obj_dup, obj_free)
 *                  apart, zeroed or copied, freed on another thread;
 *                  nodes freed on one thread handed out once on another
 *   range map      merging, splitting, removal pieces, coverage, lookups
 *                  on range boundaries, prefix isolation, and a seeded
 *                  differential run against an array of blocks
 */
#include "ext-test.h"

#include <string.h>

#include "pmap-alloc.h"
#include "pmap.h"
#include "rangemap.h"

#define SEED 0x5eed2024u

/* ---- the reference: a sorted array of entries ---------------------------- */

/* Bytes of a value the caller owns: an augmented map writes its summary
 * after them. */
static gsize
user_bytes (const pmap_type *t)
{
	return t->metric ? t->aug_offset : t->value_size;
}

typedef struct {
	guint64 key[PMAP_MAX_KEY_WORDS];
	guint8 value[16];
} ref_entry;

typedef struct {
	const pmap_type *type;
	GArray *a; /* ref_entry, sorted by key */
} ref_map;

static ref_map
ref_new (const pmap_type *type)
{
	return (ref_map) { type, g_array_new (FALSE, TRUE, sizeof (ref_entry)) };
}

static ref_map
ref_dup (const ref_map *r)
{
	ref_map c = ref_new (r->type);

	g_array_append_vals (c.a, r->a->data, r->a->len);
	return c;
}

static void
ref_free (ref_map *r)
{
	g_array_unref (r->a);
}

static ref_entry *
ref_at (const ref_map *r, guint i)
{
	return &g_array_index (r->a, ref_entry, i);
}

/* Index of the first entry whose key is >= key. */
static guint
ref_lower (const ref_map *r, const guint64 *key)
{
	guint lo = 0, hi = r->a->len;

	while (lo < hi) {
		guint mid = (lo + hi) / 2;

		if (pmap_key_cmp (r->type, ref_at (r, mid)->key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static gboolean
ref_has (const ref_map *r, guint i, const guint64 *key)
{
	return i < r->a->len && pmap_key_cmp (r->type, ref_at (r, i)->key, key) == 0;
}

static void
ref_insert (ref_map *r, const guint64 *key, const void *value)
{
	guint i = ref_lower (r, key);
	ref_entry e = { { 0 }, { 0 } };

	memcpy (e.key, key, sizeof (guint64) * r->type->key_words);
	memcpy (e.value, value, r->type->value_size);
	if (ref_has (r, i, key))
		*ref_at (r, i) = e;
	else
		g_array_insert_val (r->a, i, e);
}

/* ---- comparing a node with a reference entry ------------------------------ */

static void
assert_node_is (const pmap *m, const pnode *n, const ref_map *r, gint64 i)
{
	if (i < 0 || (guint64) i >= r->a->len) {
		ext_assert_true (n == NULL);
		return;
	}
	ext_assert_true (n != NULL);
	for (guint w = 0; w < m->type->key_words; w++)
		ext_assert_u64_eq (pnode_key (n)[w], ref_at (r, (guint) i)->key[w]);
	ext_assert_int_eq (memcmp (pnode_value (m, n), ref_at (r, (guint) i)->value, user_bytes (m->type)), 0);
}

static void
collect (const guint64 *key, const void *value, gpointer data)
{
	ref_map *out = data;

	ref_insert (out, key, value);
	/* foreach must hand keys over in strictly increasing order */
	ext_assert_true (pmap_key_cmp (out->type, ref_at (out, out->a->len - 1)->key, key) == 0);
}

static void assert_summary (const pmap *m, const ref_map *r, guint64 want);

/* Everything a reader can see of m equals r. */
/* An entry's hash for pmap_hash () and pmap_sum (): its key and the
 * caller's bytes of its value. */
static guint64
entry_hash (const guint64 *key, const void *value, gpointer data)
{
	const pmap_type *t = data;
	guint8 bytes[16] = { 0 };
	guint64 h = 0x9e3779b97f4a7c15ull, w[2];

	memcpy (bytes, value, user_bytes (t));
	memcpy (w, bytes, sizeof w);
	for (guint i = 0; i < t->key_words + 2; i++) {
		h ^= i < t->key_words ? key[i] : w[i - t->key_words];
		h *= 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	return h & G_MAXUINT64;
}

static guint64
ref_hash (const ref_map *r)
{
	guint64 h = 0;

	for (guint i = 0; i < r->a->len; i++)
		h += entry_hash (ref_at (r, i)->key, ref_at (r, i)->value, (gpointer) r->type);
	return h & G_MAXUINT64;
}

/* pmap_hash () (afresh) and pmap_sum () (kept through the changes) are the
 * sum over the reference's entries: a change here or in a copy that the
 * kept sum missed shows here. */
static void
assert_hash_is (const pmap *m, const ref_map *r)
{
	guint64 want = ref_hash (r);

	ext_assert_u64_eq (pmap_hash (m, entry_hash, (gpointer) m->type), want);
	ext_assert_u64_eq (pmap_sum ((pmap *) m), want);
	ext_assert_u64_eq (pmap_sum ((pmap *) m), want);
}

static void
assert_map_equals (const pmap *m, const ref_map *r)
{
	ref_map seen = ref_new (m->type);

	assert_hash_is (m, r);

	ext_assert_u64_eq (m->count, r->a->len);
	pmap_foreach (m, collect, &seen);
	ext_assert_u64_eq (seen.a->len, r->a->len);
	for (guint i = 0; i < r->a->len; i++) {
		ext_assert_int_eq (memcmp (ref_at (&seen, i)->key, ref_at (r, i)->key,
					   sizeof (guint64) * m->type->key_words), 0);
		ext_assert_int_eq (memcmp (ref_at (&seen, i)->value, ref_at (r, i)->value, user_bytes (m->type)), 0);
	}
	assert_node_is (m, pmap_first (m), r, 0);
	assert_node_is (m, pmap_last (m), r, (gint64) r->a->len - 1);
	for (guint64 want = 0; m->type->metric && want <= 1000; want += 125)
		assert_summary (m, r, want);
	ref_free (&seen);
}

/* ---- random keys and operations -------------------------------------------- */

/* Key words come from a small domain so inserts collide and removes hit;
 * the first few values of the domain are the extremes. */
static const guint64 edge_words[] = {
	0, 1, G_MAXUINT64, G_MAXUINT64 - 1, G_GUINT64_CONSTANT (1) << 63, G_GUINT64_CONSTANT (1) << 32,
};

typedef struct {
	const pmap_type *type;
	guint domain; /* values per key word */
} map_kind;

/* The augmented kind: the first word of a value is its metric, the second
 * the map's summary of the subtree (free_item's layout). */
static guint64
first_word (const void *value)
{
	return *(const guint64 *) value;
}

#define SUMMED(type) .hash = entry_hash, .hash_data = (gpointer) &type
static const pmap_type one_word = { .name = "one-word", .key_words = 1, .value_size = 16, SUMMED (one_word) };
static const pmap_type two_words = { .name = "two-words", .key_words = 2, .value_size = 16, SUMMED (two_words) };
static const pmap_type three_words_odd = { .name = "three-words-12-byte-values", .key_words = 3, .value_size = 12,
					   SUMMED (three_words_odd) };
static const pmap_type four_words = { .name = "four-words", .key_words = 4, .value_size = 8, SUMMED (four_words) };
static const pmap_type key_set = { .name = "set", .key_words = 2, .value_size = 0, SUMMED (key_set) };
static const pmap_type augmented = {
	.name = "augmented", .key_words = 1, .value_size = 16, .metric = first_word, .aug_offset = 8, SUMMED (augmented),
};

static const map_kind kinds[] = {
	{ &one_word, 700 },
	{ &two_words, 30 },
	{ &three_words_odd, 10 },
	{ &four_words, 6 },
	{ &key_set, 30 },
	{ &augmented, 700 },
};

static void
random_key (GRand *rnd, const map_kind *k, guint64 *key)
{
	for (guint w = 0; w < k->type->key_words; w++) {
		guint v = (guint) g_rand_int_range (rnd, 0, (gint32) k->domain);

		key[w] = v < G_N_ELEMENTS (edge_words) ? edge_words[v] : v;
	}
}

/* The first word is small, so first-fit searches have answers to find. */
static void
random_value (GRand *rnd, guint8 *value)
{
	guint64 metric = (guint64) g_rand_int_range (rnd, 0, 1000);

	for (guint i = 0; i < 16; i++)
		value[i] = (guint8) g_rand_int (rnd);
	memcpy (value, &metric, sizeof metric);
}

/* An augmented map's summary: the largest metric, and the least key whose
 * metric reaches want. */
static void
assert_first_fit (const pmap *m, const ref_map *r, guint64 want)
{
	gint64 first = -1;

	for (guint i = 0; i < r->a->len && first < 0; i++) {
		if (first_word (ref_at (r, i)->value) >= want)
			first = i;
	}
	assert_node_is (m, pmap_first_fit (m, want), r, first);
}

/* The same from a key on, and the largest metric between two keys. */
static void
assert_fit_from (const pmap *m, const ref_map *r, const guint64 *key, const guint64 *hi, guint64 want)
{
	gint64 first = -1;
	guint64 max = 0;

	for (guint i = key ? ref_lower (r, key) : 0; i < r->a->len; i++) {
		if (first < 0 && first_word (ref_at (r, i)->value) >= want)
			first = i;
		if (!hi || pmap_key_cmp (r->type, ref_at (r, i)->key, hi) < 0)
			max = MAX (max, first_word (ref_at (r, i)->value));
	}
	if (key)
		assert_node_is (m, pmap_first_fit_ge (m, key, want), r, first);
	ext_assert_u64_eq (pmap_max_metric_in (m, key, hi), max);
}

static void
assert_summary (const pmap *m, const ref_map *r, guint64 want)
{
	guint64 max = 0;

	if (!m->type->metric)
		return;
	for (guint i = 0; i < r->a->len; i++)
		max = MAX (max, first_word (ref_at (r, i)->value));
	ext_assert_u64_eq (pmap_max_metric (m), max);
	assert_first_fit (m, r, want);
	assert_first_fit (m, r, max);
	assert_first_fit (m, r, max + 1);
	assert_fit_from (m, r, NULL, NULL, want);
	for (guint k = 0; r->a->len && k < 4; k++) {
		/* keys of the map, and keys between them */
		guint64 lo[PMAP_MAX_KEY_WORDS], hi[PMAP_MAX_KEY_WORDS];
		guint a = (guint) ((want + k * 7919) % r->a->len), b = (guint) ((want * 31 + k) % r->a->len);
		guint kw = r->type->key_words;

		memcpy (lo, ref_at (r, MIN (a, b))->key, sizeof lo);
		memcpy (hi, ref_at (r, MAX (a, b))->key, sizeof hi);
		if (k & 1)
			lo[kw - 1]++;
		if (k & 2)
			hi[kw - 1]++;
		assert_fit_from (m, r, lo, hi, want);
		assert_fit_from (m, r, lo, NULL, want);
		assert_fit_from (m, r, NULL, hi, want);
		assert_fit_from (m, r, lo, lo, want); /* an empty range */
	}
}

/* Greatest index < or <= key, least index >= or > key, in the reference. */
static void
assert_bounds (const pmap *m, const ref_map *r, const guint64 *key)
{
	guint i = ref_lower (r, key);
	gboolean hit = ref_has (r, i, key);

	assert_node_is (m, pmap_ge (m, key), r, i);
	assert_node_is (m, pmap_gt (m, key), r, hit ? (gint64) i + 1 : i);
	assert_node_is (m, pmap_le (m, key), r, hit ? (gint64) i : (gint64) i - 1);
	assert_node_is (m, pmap_lt (m, key), r, (gint64) i - 1);
}

static void
op_insert (pmap *m, ref_map *r, const guint64 *key, const guint8 *value)
{
	guint8 *stored = pmap_insert (m, key, value);

	ext_assert_true (stored != NULL || m->type->value_size == 0);
	if (m->type->value_size)
		ext_assert_int_eq (memcmp (stored, value, user_bytes (m->type)), 0);
	ref_insert (r, key, value);
}

static void
op_remove (pmap *m, ref_map *r, const guint64 *key)
{
	guint i = ref_lower (r, key);
	gboolean hit = ref_has (r, i, key);
	guint8 old[16] = { 0 };

	ext_assert_int_eq (pmap_remove (m, key, old), hit);
	if (hit) {
		ext_assert_int_eq (memcmp (old, ref_at (r, i)->value, user_bytes (m->type)), 0);
		g_array_remove_index (r->a, i);
	}
}

/* Writes through pmap_lookup_mut; a missing key must stay missing.  An
 * augmented map's values change only through pmap_insert. */
static void
op_write_in_place (pmap *m, ref_map *r, const guint64 *key, const guint8 *value)
{
	guint i = ref_lower (r, key);
	guint8 *v;

	if (m->type->metric) {
		if (ref_has (r, i, key))
			op_insert (m, r, key, value);
		return;
	}
	v = pmap_lookup_mut (m, key);

	if (!ref_has (r, i, key)) {
		ext_assert_true (v == NULL);
		return;
	}
	ext_assert_true (v != NULL || m->type->value_size == 0);
	if (m->type->value_size) {
		memcpy (v, value, m->type->value_size);
		memcpy (ref_at (r, i)->value, value, m->type->value_size);
	}
}

static void
op_lookup (const pmap *m, const ref_map *r, const guint64 *key)
{
	guint i = ref_lower (r, key);
	const guint8 *v = pmap_lookup (m, key);

	if (!ref_has (r, i, key)) {
		ext_assert_true (v == NULL);
		return;
	}
	ext_assert_true (v != NULL);
	ext_assert_int_eq (memcmp (v, ref_at (r, i)->value, user_bytes (m->type)), 0);
}

/* n random steps on m and r; every step's answer checked, the whole map
 * compared every check_every steps (0: never). */
static void
run_ops (pmap *m, ref_map *r, const map_kind *k, GRand *rnd, guint n, guint check_every)
{
	for (guint step = 1; step <= n; step++) {
		guint64 key[PMAP_MAX_KEY_WORDS];
		guint8 value[16];
		guint dice = (guint) g_rand_int_range (rnd, 0, 100);

		random_key (rnd, k, key);
		random_value (rnd, value);
		if (dice < 40)
			op_insert (m, r, key, value);
		else if (dice < 65)
			op_remove (m, r, key);
		else if (dice < 75)
			op_write_in_place (m, r, key, value);
		else
			op_lookup (m, r, key);
		assert_bounds (m, r, key);
		ext_assert_u64_eq (m->count, r->a->len);
		if (m->type->metric && step % 16 == 0)
			assert_summary (m, r, (guint64) g_rand_int_range (rnd, 0, 1100));
		if (check_every && step % check_every == 0)
			assert_map_equals (m, r);
		else if (step % (7 + r->a->len / 16) == 0) /* kept sums, between changes (O(n) each) */
			ext_assert_u64_eq (pmap_sum (m), ref_hash (r));
	}
}

/* ---- differential ------------------------------------------------------------ */

START_TEST (agrees_with_a_sorted_array)
{
	const map_kind *k = &kinds[_i];
	GRand *rnd = g_rand_new_with_seed (SEED + (guint32) _i);
	ref_map r = ref_new (k->type);
	pmap m;

	pmap_init (&m, k->type);
	assert_map_equals (&m, &r);
	run_ops (&m, &r, k, rnd, 20000, 500);
	assert_map_equals (&m, &r);
	/* drain it: every key goes, the map ends empty */
	while (r.a->len) {
		guint64 key[PMAP_MAX_KEY_WORDS];

		memcpy (key, ref_at (&r, r.a->len / 2)->key, sizeof key);
		op_remove (&m, &r, key);
		assert_bounds (&m, &r, key);
	}
	assert_map_equals (&m, &r);
	ext_assert_true (pmap_first (&m) == NULL && pmap_last (&m) == NULL);
	pmap_clear (&m);
	ref_free (&r);
	g_rand_free (rnd);
}
END_TEST

START_TEST (empty_map_answers_nothing)
{
	guint64 key[2] = { 3, 4 };
	pmap m;

	pmap_init (&m, &two_words);
	ext_assert_u64_eq (m.count, 0);
	ext_assert_true (pmap_lookup (&m, key) == NULL);
	ext_assert_true (pmap_lookup_mut (&m, key) == NULL);
	ext_assert_false (pmap_remove (&m, key, NULL));
	ext_assert_true (pmap_first (&m) == NULL);
	ext_assert_true (pmap_last (&m) == NULL);
	ext_assert_true (pmap_le (&m, key) == NULL && pmap_lt (&m, key) == NULL);
	ext_assert_true (pmap_ge (&m, key) == NULL && pmap_gt (&m, key) == NULL);
	ext_assert_u64_eq (m.count, 0);
	pmap_clear (&m);
}
END_TEST

/* Keys compare word by word, the first word most significant, unsigned. */
START_TEST (keys_compare_lexicographically)
{
	const guint64 sorted[][2] = {
		{ 0, 0 }, { 0, 1 }, { 0, G_MAXUINT64 }, { 1, 0 }, { G_GUINT64_CONSTANT (1) << 63, 0 }, { G_MAXUINT64, 0 },
		{ G_MAXUINT64, G_MAXUINT64 },
	};
	guint8 value[16] = { 0 };
	pmap m;
	guint i = 0;

	pmap_init (&m, &two_words);
	for (gint j = G_N_ELEMENTS (sorted) - 1; j >= 0; j--)
		pmap_insert (&m, sorted[j], value);
	for (const pnode *n = pmap_first (&m); n; n = pmap_gt (&m, pnode_key (n)), i++) {
		ext_assert_u64_eq (pnode_key (n)[0], sorted[i][0]);
		ext_assert_u64_eq (pnode_key (n)[1], sorted[i][1]);
	}
	ext_assert_int_eq (i, G_N_ELEMENTS (sorted));
	for (i = 0; i + 1 < G_N_ELEMENTS (sorted); i++)
		ext_assert_int_eq (pmap_key_cmp (&two_words, sorted[i], sorted[i + 1]), -1);
	pmap_clear (&m);
}
END_TEST

/* ---- persistence ---------------------------------------------------------- */

START_TEST (a_copy_and_its_original_are_independent)
{
	const map_kind *k = &kinds[_i];
	GRand *rnd = g_rand_new_with_seed (SEED * 3 + (guint32) _i);
	ref_map ra = ref_new (k->type), rb;
	pmap a, b;

	pmap_init (&a, k->type);
	run_ops (&a, &ra, k, rnd, 3000, 0);
	rb = ref_dup (&ra);
	pmap_copy (&b, &a);
	assert_map_equals (&b, &rb);

	/* the copy changes heavily, the original stays what it was */
	run_ops (&b, &rb, k, rnd, 5000, 1000);
	assert_map_equals (&a, &ra);
	assert_map_equals (&b, &rb);

	/* and the other way round */
	run_ops (&a, &ra, k, rnd, 5000, 1000);
	assert_map_equals (&a, &ra);
	assert_map_equals (&b, &rb);

	pmap_clear (&a);
	assert_map_equals (&b, &rb);
	pmap_clear (&b);
	ref_free (&ra);
	ref_free (&rb);
	g_rand_free (rnd);
}
END_TEST

START_TEST (writing_through_lookup_mut_of_a_copy_leaves_the_original)
{
	guint64 key[2] = { 7, 9 };
	guint8 v1[16] = { 1 }, v2[16] = { 2 };
	pmap a, b;
	guint8 *w;

	pmap_init (&a, &two_words);
	for (guint64 i = 0; i < 100; i++)
		pmap_insert (&a, (guint64[]) { i % 10, i }, v1);
	pmap_insert (&a, key, v1);
	pmap_copy (&b, &a);
	w = pmap_lookup_mut (&b, key);
	ext_assert_true (w != NULL);
	memcpy (w, v2, sizeof v2);
	ext_assert_int_eq (((const guint8 *) pmap_lookup (&a, key))[0], 1);
	ext_assert_int_eq (((const guint8 *) pmap_lookup (&b, key))[0], 2);
	/* a copy of an empty map, then an insert into the copy only */
	pmap_clear (&a);
	pmap_copy (&a, &b);
	pmap_clear (&b);
	ext_assert_u64_eq (a.count, 101);
	pmap_init (&b, &two_words);
	pmap_clear (&a);
	pmap_copy (&a, &b);
	pmap_insert (&a, key, v1);
	ext_assert_u64_eq (a.count, 1);
	ext_assert_u64_eq (b.count, 0);
	ext_assert_true (pmap_lookup (&b, key) == NULL);
	pmap_clear (&a);
	pmap_clear (&b);
}
END_TEST

/* The sum pmap_sum () keeps, through writes in place (whose hash joins at
 * the next change or sum), copies and borrowed copies taken with such a
 * write pending or not, and changes on either side afterwards. */
START_TEST (kept_sums_follow_writes_in_place_and_copies)
{
	guint8 v1[16] = { 1 }, v2[16] = { 2 }, v3[16] = { 3 };
	ref_map ra = ref_new (&two_words), rb, rc, rb2;
	pmap a, b, c, b2;
	gboolean added;
	guint8 *w;

	pmap_init (&a, &two_words);
	for (guint64 i = 0; i < 200; i++)
		op_insert (&a, &ra, (guint64[]) { i % 7, i }, v1);
	ext_assert_u64_eq (pmap_sum (&a), ref_hash (&ra));
	ext_assert_int_eq (a.summed, 1);

	/* a write in place, pending when the copy is taken */
	op_write_in_place (&a, &ra, (guint64[]) { 3, 10 }, v2);
	pmap_copy (&b, &a);
	rb = ref_dup (&ra);
	ext_assert_u64_eq (pmap_sum (&b), ref_hash (&rb));
	op_insert (&a, &ra, (guint64[]) { 9, 9 }, v1); /* joins a's pending value */
	ext_assert_u64_eq (pmap_sum (&a), ref_hash (&ra));
	ext_assert_u64_eq (pmap_sum (&b), ref_hash (&rb));

	/* a borrowed copy of a summed map keeps the sum and changes alone */
	pmap_borrow (&c, &a);
	rc = ref_dup (&ra);
	ext_assert_int_eq (c.summed, 1);
	op_write_in_place (&c, &rc, (guint64[]) { 1, 8 }, v3);
	op_write_in_place (&c, &rc, (guint64[]) { 2, 9 }, v3); /* the first joins here */
	op_remove (&c, &rc, (guint64[]) { 2, 9 });             /* the one pending goes */
	op_write_in_place (&c, &rc, (guint64[]) { 4, 11 }, v2);
	op_insert (&c, &rc, (guint64[]) { 4, 11 }, v3);        /* replaces the one pending */
	w = pmap_insert_new (&c, (guint64[]) { 5, 12 }, v1, &added);
	ext_assert_false (added);
	memcpy (w, v2, sizeof v2);
	ref_insert (&rc, (guint64[]) { 5, 12 }, v2);
	/* values just inserted, filled in afterwards (trans_refs' pattern) */
	w = pmap_insert_new (&c, (guint64[]) { 8, 1 }, v1, &added);
	ext_assert_true (added);
	memcpy (w, v3, sizeof v3);
	ref_insert (&rc, (guint64[]) { 8, 1 }, v3);
	w = pmap_insert (&c, (guint64[]) { 8, 2 }, v1);
	memcpy (w, v2, sizeof v2);
	ref_insert (&rc, (guint64[]) { 8, 2 }, v2);
	ext_assert_u64_eq (pmap_sum (&c), ref_hash (&rc));
	w = pmap_insert (&c, (guint64[]) { 8, 1 }, v1); /* a replaced value too */
	memcpy (w, v2, sizeof v2);
	ref_insert (&rc, (guint64[]) { 8, 1 }, v2);
	pmap_copy (&b2, &c); /* taken while that value is pending */
	rb2 = ref_dup (&rc);
	ext_assert_int_eq (b2.summed, 1);
	ext_assert_u64_eq (pmap_sum (&b2), ref_hash (&rb2));
	pmap_clear (&b2);
	ref_free (&rb2);
	ext_assert_u64_eq (pmap_sum (&c), ref_hash (&rc));
	assert_map_equals (&c, &rc);
	assert_map_equals (&a, &ra);
	assert_map_equals (&b, &rb);

	/* cleared, a map sums to 0 and keeps counting */
	pmap_clear (&c);
	ext_assert_u64_eq (pmap_sum (&c), 0);
	pmap_insert (&c, (guint64[]) { 1, 1 }, v1);
	ref_free (&rc);
	rc = ref_new (&two_words);
	ref_insert (&rc, (guint64[]) { 1, 1 }, v1);
	ext_assert_u64_eq (pmap_sum (&c), ref_hash (&rc));

	pmap_clear (&a);
	pmap_clear (&b);
	pmap_clear (&c);
	ref_free (&ra);
	ref_free (&rb);
	ref_free (&rc);
}
END_TEST

/* The explorer's pattern: many borrowed copies of a parent, each changed
 * a little (or not at all); most are cleared while the parent lives, the
 * others own their root and outlive it. */
START_TEST (borrowed_copies_change_alone_and_outlive_their_original_once_owned)
{
	enum { KIDS = 12 };
	const map_kind *k = &kinds[_i];
	GRand *rnd = g_rand_new_with_seed (SEED * 5 + (guint32) _i);
	ref_map ra = ref_new (k->type), rk[KIDS];
	pmap a, kid[KIDS];

	pmap_init (&a, k->type);
	run_ops (&a, &ra, k, rnd, 3000, 0);
	assert_map_equals (&a, &ra); /* the sums the nodes keep are filled in */
	for (guint i = 0; i < KIDS; i++) {
		pmap_borrow (&kid[i], &a);
		rk[i] = ref_dup (&ra);
		run_ops (&kid[i], &rk[i], k, rnd, i % 3 ? i * 7 : 0, 0);
		assert_map_equals (&kid[i], &rk[i]);
		if (i % 2)
			pmap_own (&kid[i]);
		else
			pmap_clear (&kid[i]);
		assert_map_equals (&a, &ra);
	}
	pmap_clear (&a);
	for (guint i = 0; i < KIDS; i++) {
		if (i % 2) {
			assert_map_equals (&kid[i], &rk[i]);
			pmap_clear (&kid[i]);
		}
		ref_free (&rk[i]);
	}
	/* borrowing an empty map borrows nothing */
	pmap_init (&a, k->type);
	pmap_borrow (&kid[0], &a);
	pmap_own (&kid[0]);
	pmap_clear (&kid[0]);
	ref_free (&ra);
	g_rand_free (rnd);
}
END_TEST

#define GENERATIONS 48

typedef struct {
	pmap m[GENERATIONS];
	ref_map r[GENERATIONS];
	gboolean live[GENERATIONS];
} lineage;

/* Generation i is a copy of generation i - 1 changed a little; every
 * fourth step an older generation changes too, so copies branch. */
static void
lineage_build (lineage *l, const map_kind *k, GRand *rnd)
{
	pmap_init (&l->m[0], k->type);
	l->r[0] = ref_new (k->type);
	run_ops (&l->m[0], &l->r[0], k, rnd, 800, 0);
	l->live[0] = TRUE;
	for (guint i = 1; i < GENERATIONS; i++) {
		pmap_copy (&l->m[i], &l->m[i - 1]);
		l->r[i] = ref_dup (&l->r[i - 1]);
		l->live[i] = TRUE;
		run_ops (&l->m[i], &l->r[i], k, rnd, 60, 0);
		if (i % 4 == 0)
			run_ops (&l->m[i / 2], &l->r[i / 2], k, rnd, 30, 0);
	}
}

static void
lineage_assert (const lineage *l)
{
	for (guint i = 0; i < GENERATIONS; i++) {
		if (l->live[i])
			assert_map_equals (&l->m[i], &l->r[i]);
	}
}

/* _i: 0 oldest first, 1 newest first, 2 a shuffled order */
START_TEST (generations_survive_freeing_in_any_order)
{
	const map_kind *k = &kinds[1];
	GRand *rnd = g_rand_new_with_seed (SEED * 7 + (guint32) _i);
	lineage *l = g_new0 (lineage, 1);
	guint order[GENERATIONS];

	lineage_build (l, k, rnd);
	lineage_assert (l);
	for (guint i = 0; i < GENERATIONS; i++)
		order[i] = _i == 1 ? GENERATIONS - 1 - i : i;
	for (guint i = GENERATIONS - 1; _i == 2 && i > 0; i--) {
		guint j = (guint) g_rand_int_range (rnd, 0, (gint32) i + 1), t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
	for (guint i = 0; i < GENERATIONS; i++) {
		pmap_clear (&l->m[order[i]]);
		ref_free (&l->r[order[i]]);
		l->live[order[i]] = FALSE;
		if (i % 8 == 0)
			lineage_assert (l);
	}
	g_free (l);
	g_rand_free (rnd);
}
END_TEST

/* ---- insertion order ----------------------------------------------------- */

static void
collect_keys (const guint64 *key, const void *value, gpointer data)
{
	g_array_append_vals (data, key, 2);
	g_array_append_vals (data, value, 2);
}

START_TEST (the_same_key_set_walks_the_same_whatever_the_order)
{
	enum { N = 1500 };
	GRand *rnd = g_rand_new_with_seed (SEED * 11);
	guint64 (*keys)[2] = g_malloc_n (N, sizeof *keys);
	pmap up, down, shuffled;
	GArray *walk[3];
	pmap *maps[3] = { &up, &down, &shuffled };

	for (guint i = 0; i < N; i++) {
		keys[i][0] = i % 7;
		keys[i][1] = (guint64) i * 2654435761u;
	}
	pmap_init (&up, &two_words);
	pmap_init (&down, &two_words);
	pmap_init (&shuffled, &two_words);
	for (guint i = 0; i < N; i++) {
		pmap_insert (&up, keys[i], (guint64[]) { keys[i][1], i });
		pmap_insert (&down, keys[N - 1 - i], (guint64[]) { keys[N - 1 - i][1], N - 1 - i });
	}
	/* shuffled, with stray keys inserted and removed and values replaced */
	for (guint i = 0; i < 4 * N; i++) {
		guint j = (guint) g_rand_int_range (rnd, 0, N);
		guint64 stray[2] = { 100 + j, j };

		pmap_insert (&shuffled, keys[j], (guint64[]) { 0, 0 });
		pmap_insert (&shuffled, stray, (guint64[]) { 1, 1 });
	}
	for (guint i = 0; i < N; i++) {
		pmap_insert (&shuffled, keys[i], (guint64[]) { keys[i][1], i });
		pmap_remove (&shuffled, (guint64[]) { 100 + i, i }, NULL);
	}
	for (guint i = 0; i < 3; i++) {
		walk[i] = g_array_new (FALSE, FALSE, sizeof (guint64));
		ext_assert_u64_eq (maps[i]->count, N);
		pmap_foreach (maps[i], collect_keys, walk[i]);
	}
	for (guint i = 1; i < 3; i++) {
		ext_assert_u64_eq (walk[i]->len, walk[0]->len);
		ext_assert_int_eq (memcmp (walk[i]->data, walk[0]->data, walk[0]->len * sizeof (guint64)), 0);
	}
	for (guint i = 0; i < 2000; i++) {
		guint64 probe[2] = { (guint64) g_rand_int_range (rnd, 0, 8), g_rand_int (rnd) * (guint64) 3 };

		for (guint j = 1; j < 3; j++) {
			const pnode *a = pmap_le (maps[0], probe), *b = pmap_le (maps[j], probe);

			ext_assert_true ((a == NULL) == (b == NULL));
			if (a)
				ext_assert_int_eq (pmap_key_cmp (&two_words, pnode_key (a), pnode_key (b)), 0);
			a = pmap_gt (maps[0], probe);
			b = pmap_gt (maps[j], probe);
			ext_assert_true ((a == NULL) == (b == NULL));
			if (a)
				ext_assert_int_eq (pmap_key_cmp (&two_words, pnode_key (a), pnode_key (b)), 0);
		}
	}
	for (guint i = 0; i < 3; i++) {
		g_array_unref (walk[i]);
		pmap_clear (maps[i]);
	}
	g_free (keys);
	g_rand_free (rnd);
}
END_TEST

/* ---- the tree: walking, big maps, copies, sizes, threads ----------------- */

/* Domains large enough for thousands of live keys: leaves and inner nodes
 * split and merge, and the tree grows and loses levels. */
static const map_kind big_kinds[] = {
	{ &one_word, 6000 },
	{ &augmented, 6000 },
	{ &three_words_odd, 18 },
	{ &key_set, 80 },
};

/* pmap_next from the first entry and pmap_prev from the last see exactly
 * the reference, in order. */
static void
assert_walks (const pmap *m, const ref_map *r)
{
	gint64 i = 0;

	for (const pnode *n = pmap_first (m); n; n = pmap_next (m, n))
		assert_node_is (m, n, r, i++);
	ext_assert_u64_eq (i, r->a->len);
	for (const pnode *n = pmap_last (m); n; n = pmap_prev (m, n))
		assert_node_is (m, n, r, --i);
	ext_assert_int_eq (i, 0);
}

START_TEST (next_and_prev_walk_every_entry_in_order)
{
	const map_kind *k = &big_kinds[_i];
	GRand *rnd = g_rand_new_with_seed (SEED * 17 + (guint32) _i);
	ref_map r = ref_new (k->type);
	pmap m;

	pmap_init (&m, k->type);
	assert_walks (&m, &r);
	for (guint round = 0; round < 4; round++) {
		run_ops (&m, &r, k, rnd, 2500, 0);
		assert_walks (&m, &r);
		/* from anywhere: next is gt of the key, prev is lt */
		for (guint i = 0; i < 300; i++) {
			guint64 key[PMAP_MAX_KEY_WORDS];
			const pnode *n;

			random_key (rnd, k, key);
			n = pmap_ge (&m, key);
			if (n) {
				ext_assert_true (pmap_next (&m, n) == pmap_gt (&m, pnode_key (n)));
				ext_assert_true (pmap_prev (&m, n) == pmap_lt (&m, pnode_key (n)));
			}
		}
	}
	pmap_clear (&m);
	ref_free (&r);
	g_rand_free (rnd);
}
END_TEST

#define COPIES 8

/* A long run on a big map; copies taken at random points go on changing
 * on their own now and then, and every one is checked at the end, then
 * again after the original is drained. */
START_TEST (big_maps_and_their_copies_agree_with_sorted_arrays)
{
	const map_kind *k = &big_kinds[_i];
	GRand *rnd = g_rand_new_with_seed (SEED * 19 + (guint32) _i);
	ref_map r = ref_new (k->type), rc[COPIES];
	pmap m, c[COPIES];
	guint n_copies = 0;

	pmap_init (&m, k->type);
	for (guint round = 0; round < 24; round++) {
		run_ops (&m, &r, k, rnd, (guint) g_rand_int_range (rnd, 200, 1500), 0);
		if (n_copies < COPIES && g_rand_boolean (rnd)) {
			pmap_copy (&c[n_copies], &m);
			rc[n_copies] = ref_dup (&r);
			n_copies++;
		}
		if (n_copies && g_rand_int_range (rnd, 0, 3) == 0) {
			guint j = (guint) g_rand_int_range (rnd, 0, (gint32) n_copies);

			run_ops (&c[j], &rc[j], k, rnd, 300, 0);
		}
	}
	assert_map_equals (&m, &r);
	assert_walks (&m, &r);
	for (guint j = 0; j < n_copies; j++) {
		assert_map_equals (&c[j], &rc[j]);
		assert_walks (&c[j], &rc[j]);
	}
	while (r.a->len) {
		guint64 key[PMAP_MAX_KEY_WORDS];

		memcpy (key, ref_at (&r, (guint) g_rand_int_range (rnd, 0, (gint32) r.a->len))->key, sizeof key);
		op_remove (&m, &r, key);
		if (r.a->len % 500 == 0)
			assert_map_equals (&m, &r);
	}
	ext_assert_u64_eq (pmap_memory (&m), 0);
	for (guint j = 0; j < n_copies; j++) {
		assert_map_equals (&c[j], &rc[j]);
		pmap_clear (&c[j]);
		ref_free (&rc[j]);
	}
	pmap_clear (&m);
	ref_free (&r);
	g_rand_free (rnd);
}
END_TEST

static void
insert_metric (pmap *m, ref_map *r, guint64 key, guint64 metric)
{
	guint8 value[16] = { 0 };

	memcpy (value, &metric, sizeof metric);
	op_insert (m, r, &key, value);
}

/* Thousands of keys in order (leaves and inner nodes split at the end),
 * against the order (at the front), then removed at random (nodes merge
 * and even out): the largest metric and first fit stay exact. */
START_TEST (augmentation_survives_splits_and_merges)
{
	enum { N = 5000 };
	GRand *rnd = g_rand_new_with_seed (SEED * 23);
	ref_map r = ref_new (&augmented);
	pmap m;

	pmap_init (&m, &augmented);
	for (guint64 i = 0; i < N; i++) {
		/* the largest metric moves right as the tree grows */
		insert_metric (&m, &r, 2 * i, i % 97 == 0 ? i : (guint64) g_rand_int_range (rnd, 0, 50));
		if (i % 250 == 0)
			assert_summary (&m, &r, (guint64) g_rand_int_range (rnd, 0, (gint32) i + 2));
	}
	for (guint64 i = N; i > 0; i--) {
		insert_metric (&m, &r, 2 * i - 1, (guint64) g_rand_int_range (rnd, 0, 2 * N));
		if (i % 250 == 0)
			assert_summary (&m, &r, (guint64) g_rand_int_range (rnd, 0, 2 * N));
	}
	assert_map_equals (&m, &r);
	while (r.a->len) {
		guint i = (guint) g_rand_int_range (rnd, 0, (gint32) r.a->len);
		guint64 key = ref_at (&r, i)->key[0];

		op_remove (&m, &r, &key);
		if (r.a->len % 100 == 0)
			assert_summary (&m, &r, (guint64) g_rand_int_range (rnd, 0, 2 * N));
	}
	ext_assert_u64_eq (pmap_max_metric (&m), 0);
	ext_assert_true (pmap_first_fit (&m, 0) == NULL);
	pmap_clear (&m);
	ref_free (&r);
	g_rand_free (rnd);
}
END_TEST

/* Keys inserted in order, rising or falling, leave every leaf full: the
 * map takes little more than its entries' bytes (leaves of 21 entries of
 * 24 bytes in 512, 5%; inner nodes of 31 children, each with its bound,
 * 4% more). */
START_TEST (keys_in_order_fill_the_nodes)
{
	enum { N = 20000 };
	guint8 value[16] = { 0 };
	const gsize entry = (1 + 2) * sizeof (guint64); /* one_word: key, 16-byte value */

	for (guint falling = 0; falling < 2; falling++) {
		pmap m;

		pmap_init (&m, &one_word);
		for (guint64 i = 0; i < N; i++)
			pmap_insert (&m, (guint64[]) { falling ? N - i : i }, value);
		ext_assert_u64_eq (m.count, N);
		ext_assert_u64_le (pmap_memory (&m), N * entry * 112 / 100 + pmap_node_size (&one_word));
		pmap_clear (&m);
	}
}
END_TEST

/* A value or key read out of the map is a valid argument for changing the
 * same map, even when the change moves the entries around it. */
START_TEST (arguments_may_point_into_the_map)
{
	guint8 value[16];
	pmap m;

	pmap_init (&m, &one_word);
	for (guint64 i = 0; i < 5000; i++) {
		memset (value, (int) (i & 0xff), sizeof value);
		pmap_insert (&m, (guint64[]) { 2 * i }, value);
	}
	for (guint64 i = 0; i < 5000; i += 7) {
		const guint8 *src = pmap_lookup (&m, (guint64[]) { 2 * i });

		pmap_insert (&m, (guint64[]) { 2 * i + 1 }, src);
		ext_assert_int_eq (((const guint8 *) pmap_lookup (&m, (guint64[]) { 2 * i + 1 }))[15], i & 0xff);
	}
	for (guint64 i = 0; i < 5000; i += 3) {
		const pnode *n = pmap_ge (&m, (guint64[]) { 2 * i });

		ext_assert_true (pmap_remove (&m, pnode_key (n), NULL));
		ext_assert_true (pmap_lookup (&m, (guint64[]) { 2 * i }) == NULL);
	}
	pmap_clear (&m);
}
END_TEST

/* pmap_insert_new stores only what is absent and hands back the stored
 * value either way, writable, copied away from any copy of the map. */
START_TEST (insert_new_keeps_what_is_there)
{
	guint8 v1[16] = { 1 }, v2[16] = { 2 };
	gboolean added = FALSE;
	guint8 *w;
	pmap a, b;

	pmap_init (&a, &two_words);
	for (guint64 i = 0; i < 3000; i++) {
		w = pmap_insert_new (&a, (guint64[]) { i % 3, i }, v1, &added);
		ext_assert_true (added);
		ext_assert_int_eq (w[0], 1);
	}
	pmap_copy (&b, &a);
	w = pmap_insert_new (&b, (guint64[]) { 1, 1000 }, v2, &added);
	ext_assert_false (added);
	ext_assert_int_eq (w[0], 1);
	w[0] = 3;
	ext_assert_int_eq (((const guint8 *) pmap_lookup (&b, (guint64[]) { 1, 1000 }))[0], 3);
	ext_assert_int_eq (((const guint8 *) pmap_lookup (&a, (guint64[]) { 1, 1000 }))[0], 1);
	ext_assert_u64_eq (b.count, 3000);
	w = pmap_insert_new (&b, (guint64[]) { 7, 7 }, v2, NULL);
	ext_assert_int_eq (w[0], 2);
	ext_assert_u64_eq (b.count, 3001);
	ext_assert_u64_eq (a.count, 3000);
	pmap_clear (&a);
	pmap_clear (&b);
}
END_TEST

/* ---- cursors: a search, then a change from where it ended ---------------- */

enum { AT_REMOVE, AT_INSERT, AT_INSERT_NEW, AT_WRITE, AT_WRITE_THEN_REMOVE, AT_KINDS };

/* Writes value through pmap_lookup_mut_at; a missing key stays missing. */
static void
op_write_at (pmap *m, ref_map *r, pmap_cursor *c, const guint64 *key, const guint8 *value)
{
	guint i = ref_lower (r, key);
	guint8 *v = pmap_lookup_mut_at (m, c, key);

	ext_assert_int_eq (v != NULL, ref_has (r, i, key));
	if (v && m->type->value_size) {
		memcpy (v, value, m->type->value_size);
		memcpy (ref_at (r, i)->value, value, m->type->value_size);
	}
}

/* One change of key through c, the reference following.  An augmented
 * map's values change only through pmap_insert_at. */
static void
op_at (pmap *m, ref_map *r, pmap_cursor *c, const guint64 *key, const guint8 *value, guint how)
{
	guint i = ref_lower (r, key);
	gboolean hit = ref_has (r, i, key), added;
	guint8 old[16] = { 0 }, *stored;

	if (m->type->metric && how != AT_REMOVE)
		how = AT_INSERT;
	switch (how) {
	case AT_WRITE_THEN_REMOVE:
		op_write_at (m, r, c, key, value); /* the written value is pending */
		G_GNUC_FALLTHROUGH;
	case AT_REMOVE:
		ext_assert_int_eq (pmap_remove_at (m, c, key, old), hit);
		if (hit) {
			ext_assert_int_eq (memcmp (old, ref_at (r, i)->value, user_bytes (m->type)), 0);
			g_array_remove_index (r->a, i);
		}
		break;
	case AT_INSERT:
		stored = pmap_insert_at (m, c, key, value);
		ref_insert (r, key, value);
		if (m->type->value_size)
			ext_assert_int_eq (memcmp (stored, value, user_bytes (m->type)), 0);
		break;
	case AT_INSERT_NEW:
		stored = pmap_insert_new_at (m, c, key, value, &added);
		ext_assert_int_eq (added, !hit);
		if (!hit)
			ref_insert (r, key, value);
		if (m->type->value_size)
			ext_assert_int_eq (memcmp (stored, ref_at (r, i)->value, user_bytes (m->type)), 0);
		break;
	default:
		op_write_at (m, r, c, key, value);
	}
}

/* Seeks, then changes through the cursor: the key sought, the entry a
 * pmap_seek_le found, or a key next to that one; a change of another key
 * comes in between now and then (the cursor may then lead elsewhere).
 * Every change hits its own entry, the kept sum follows, a search from
 * the cursor afterwards (pmap_le_at, pmap_lookup_at) answers as a search
 * afresh, and a copy taken first (all its nodes shared) never sees a
 * thing. */
START_TEST (cursors_change_the_entry_their_search_found)
{
	const map_kind *k = &big_kinds[_i];
	GRand *rnd = g_rand_new_with_seed (SEED * 29 + (guint32) _i);
	gsize key_bytes = k->type->key_words * sizeof (guint64);
	ref_map r = ref_new (k->type), rold;
	pmap m, old;

	pmap_init (&m, k->type);
	run_ops (&m, &r, k, rnd, 3000, 0);
	rold = ref_dup (&r);
	pmap_copy (&old, &m);
	for (guint step = 1; step <= 4000; step++) {
		guint64 key[PMAP_MAX_KEY_WORDS], other[PMAP_MAX_KEY_WORDS];
		guint8 value[16];
		pmap_cursor c;
		const pnode *n;

		random_key (rnd, k, key);
		random_value (rnd, value);
		if (g_rand_boolean (rnd)) {
			pmap_seek (&m, key, &c);
		} else if ((n = pmap_seek_le (&m, key, &c))) {
			memcpy (key, pnode_key (n), key_bytes);
			if (g_rand_boolean (rnd))
				key[k->type->key_words - 1]++;
		}
		if (g_rand_int_range (rnd, 0, 4) == 0) {
			random_key (rnd, k, other);
			op_insert (&m, &r, other, value);
		}
		op_at (&m, &r, &c, key, value, (guint) g_rand_int_range (rnd, 0, AT_KINDS));
		/* a search from the cursor after its change, which may have
		 * split or merged its path */
		ext_assert_true (pmap_le_at (&m, &c, key) == pmap_le (&m, key));
		ext_assert_true (pmap_lookup_at (&m, &c, key) == pmap_lookup (&m, key));
		ext_assert_u64_eq (m.count, r.a->len);
		ext_assert_u64_eq (pmap_sum (&m), ref_hash (&r));
		assert_bounds (&m, &r, key);
		if (step % 500 == 0)
			assert_map_equals (&m, &r);
	}
	assert_map_equals (&old, &rold);
	pmap_clear (&old);
	assert_map_equals (&m, &r);
	pmap_clear (&m);
	ref_free (&r);
	ref_free (&rold);
	g_rand_free (rnd);
}
END_TEST

/*   [ 10 ][ 20 ][ 30 ]      seek 20: the cursor is at the second entry
 *   [ 10 ][ 15 ][ 20 ][ 30 ] 15 inserted in the same leaf, in place
 * remove_at 20 removes 20, not 30, which now sits where the seek left it;
 * a copy taken between a seek and a write through it keeps its value. */
START_TEST (a_cursor_past_a_change_still_finds_its_key)
{
	guint8 v[16] = { 1 }, w[16] = { 2 };
	ref_map r = ref_new (&two_words), rb;
	pmap a, b;
	pmap_cursor c;

	pmap_init (&a, &two_words);
	for (guint64 i = 10; i <= 30; i += 10)
		op_insert (&a, &r, (guint64[]) { 0, i }, v);
	ext_assert_u64_eq (pmap_sum (&a), ref_hash (&r));
	ext_assert_true (pmap_seek (&a, (guint64[]) { 0, 20 }, &c) != NULL);
	op_insert (&a, &r, (guint64[]) { 0, 15 }, v);
	op_at (&a, &r, &c, (guint64[]) { 0, 20 }, v, AT_REMOVE);
	ext_assert_true (pmap_lookup (&a, (guint64[]) { 0, 30 }) != NULL);
	assert_map_equals (&a, &r);

	ext_assert_true (pmap_seek (&a, (guint64[]) { 0, 30 }, &c) != NULL);
	rb = ref_dup (&r);
	pmap_copy (&b, &a);
	op_at (&a, &r, &c, (guint64[]) { 0, 30 }, w, AT_WRITE);
	op_at (&a, &r, &c, (guint64[]) { 0, 30 }, w, AT_REMOVE);
	assert_map_equals (&a, &r);
	assert_map_equals (&b, &rb);
	pmap_clear (&a);
	pmap_clear (&b);
	ref_free (&r);
	ref_free (&rb);
}
END_TEST

/* A map of a few entries is one small leaf, doubled as it fills, so a
 * small state copies little; every size on the way keeps its copies. */
START_TEST (small_maps_take_small_nodes)
{
	enum { N = 120 };
	guint8 value[16] = { 0 };
	pmap m, copies[N];

	pmap_init (&m, &one_word);
	for (guint64 i = 0; i < N; i++) {
		value[0] = (guint8) i;
		pmap_insert (&m, (guint64[]) { 7 * i }, value);
		pmap_copy (&copies[i], &m);
		if (i == 0)
			ext_assert_u64_le (pmap_memory (&m), 128);
		ext_assert_u64_le (pmap_memory (&m), pmap_node_size (&one_word) * (1 + i / 4));
	}
	for (guint64 i = 0; i < N; i++) {
		guint64 seen = 0;

		ext_assert_u64_eq (copies[i].count, i + 1);
		for (const pnode *n = pmap_first (&copies[i]); n; n = pmap_next (&copies[i], n), seen++) {
			ext_assert_u64_eq (pnode_key (n)[0], 7 * seen);
			ext_assert_int_eq (((const guint8 *) pnode_value (&copies[i], n))[0], seen);
		}
		ext_assert_u64_eq (seen, i + 1);
		ext_assert_true (pmap_lookup (&copies[i], (guint64[]) { 7 * (i + 1) }) == NULL);
	}
	/* emptied, a map starts small again */
	for (guint64 i = 0; i < N; i++)
		ext_assert_true (pmap_remove (&m, (guint64[]) { 7 * i }, NULL));
	pmap_insert (&m, (guint64[]) { 1 }, value);
	ext_assert_u64_le (pmap_memory (&m), 128);
	for (guint64 i = 0; i < N; i++)
		pmap_clear (&copies[i]);
	pmap_clear (&m);
}
END_TEST

#define THREADS 4

typedef struct {
	pmap m;
	ref_map r;
	guint32 seed;
} worker;

static gpointer
work_on_a_copy (gpointer data)
{
	worker *w = data;
	GRand *rnd = g_rand_new_with_seed (w->seed);

	run_ops (&w->m, &w->r, &big_kinds[0], rnd, 3000, 0);
	assert_map_equals (&w->m, &w->r);
	pmap_clear (&w->m);
	ref_free (&w->r);
	g_rand_free (rnd);
	return NULL;
}

/* Copies of one map change and are freed on other threads while the
 * original changes on this one: the shared nodes' counts stay right
 * (ASan, valgrind and the checks see any slip). */
START_TEST (copies_change_and_die_on_other_threads)
{
	GRand *rnd = g_rand_new_with_seed (SEED * 29);
	ref_map r = ref_new (big_kinds[0].type);
	worker w[THREADS];
	GThread *t[THREADS];
	pmap m;

	pmap_init (&m, big_kinds[0].type);
	run_ops (&m, &r, &big_kinds[0], rnd, 6000, 0);
	for (guint i = 0; i < THREADS; i++) {
		pmap_copy (&w[i].m, &m);
		w[i].r = ref_dup (&r);
		w[i].seed = SEED + i;
		t[i] = g_thread_new ("pmap-copy", work_on_a_copy, &w[i]);
	}
	run_ops (&m, &r, &big_kinds[0], rnd, 3000, 0);
	for (guint i = 0; i < THREADS; i++)
		g_thread_join (t[i]);
	assert_map_equals (&m, &r);
	pmap_clear (&m);
	ref_free (&r);
	g_rand_free (rnd);
}
END_TEST

/* A pinned map (the explorer's setup state): copies of it and of its
 * copies change and die on other threads, the map itself goes first, and
 * pmap_unpin_free frees the nodes last (ASan and valgrind see a leak or a
 * node freed twice).  A tree shared with a copy, or borrowed, is not
 * pinned. */
START_TEST (pinned_nodes_outlive_the_map_and_its_copies)
{
	GRand *rnd = g_rand_new_with_seed (SEED * 31);
	ref_map r = ref_new (big_kinds[0].type);
	worker w[THREADS];
	GThread *t[THREADS];
	pmap m, shared, borrowed, pins;

	pmap_init (&m, big_kinds[0].type);
	run_ops (&m, &r, &big_kinds[0], rnd, 6000, 0);
	pmap_copy (&shared, &m);
	ext_assert_false (pmap_pin (&m, &pins));
	ext_assert_false (pmap_pin (&shared, &pins));
	pmap_clear (&shared);
	pmap_borrow (&borrowed, &m);
	ext_assert_false (pmap_pin (&borrowed, &pins)); /* no reference of its own */
	pmap_clear (&borrowed);
	ext_assert_true (pmap_pin (&m, &pins));
	for (guint i = 0; i < THREADS; i++) {
		if (i % 2)
			pmap_borrow (&w[i].m, &m);
		else
			pmap_copy (&w[i].m, &m);
		pmap_own (&w[i].m);
		w[i].r = ref_dup (&r);
		w[i].seed = SEED + 7 * i;
	}
	assert_map_equals (&m, &r);
	pmap_clear (&m); /* the map goes before its copies: the pins hold its nodes */
	for (guint i = 0; i < THREADS; i++)
		t[i] = g_thread_new ("pmap-pinned", work_on_a_copy, &w[i]);
	for (guint i = 0; i < THREADS; i++)
		g_thread_join (t[i]);
	assert_map_equals (&pins, &r); /* no copy wrote into a pinned node */
	pmap_unpin_free (&pins);
	ext_assert_u64_eq (pins.count, 0);
	ext_assert_true (pins.root == NULL);
	ref_free (&r);
	g_rand_free (rnd);
}
END_TEST

/* Nodes freed on one thread are handed out again on another, each once:
 * what a thread gives back travels in batches (pmap-alloc.c), and a batch
 * that lost or repeated a link would hand out a node twice or memory that
 * is no node.  Every node is aligned to its size, apart from every other,
 * holds what was written into it, and at least all but the last batches
 * of those the first thread freed come back on the second. */
#define NODES 4096
#define NODE_BYTES 256

typedef struct {
	guint8 *p[NODES];
	GHashTable *freed; /* the nodes the first thread gave back */
} node_batch;

static gpointer
make_and_free_nodes (gpointer data)
{
	node_batch *b = data;

	for (guint i = 0; i < NODES; i++) {
		b->p[i] = pmap_node_alloc (NODE_BYTES);
		memset (b->p[i], (guint8) i, NODE_BYTES);
	}
	for (guint i = 0; i < NODES; i++) {
		g_hash_table_add (b->freed, b->p[i]);
		pmap_node_free (b->p[i], NODE_BYTES);
	}
	return NULL;
}

static gpointer
take_nodes (gpointer data)
{
	node_batch *b = data;
	guint reused = 0;

	for (guint i = 0; i < NODES; i++) {
		b->p[i] = pmap_node_alloc (NODE_BYTES);
		reused += g_hash_table_contains (b->freed, b->p[i]);
		memset (b->p[i], (guint8) (i * 3), NODE_BYTES);
	}
	return GUINT_TO_POINTER (reused);
}

START_TEST (nodes_freed_on_one_thread_come_back_once_on_another)
{
	node_batch b = { { NULL }, g_hash_table_new (NULL, NULL) };
	g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
	/* this thread holds free nodes too, as the explorer's first worker
	 * does: batches are kept whole only while two threads cache nodes */
	void *held = pmap_node_alloc (NODE_BYTES);
	guint reused;

	g_thread_join (g_thread_new ("nodes-free", make_and_free_nodes, &b));
	reused = GPOINTER_TO_UINT (g_thread_join (g_thread_new ("nodes-take", take_nodes, &b)));
	for (guint i = 0; i < NODES; i++) {
		ext_assert_u64_eq ((guintptr) b.p[i] % NODE_BYTES, 0);
		ext_assert_true (g_hash_table_add (seen, b.p[i])); /* not handed out twice */
		for (guint k = 0; k < NODE_BYTES; k++)
			ext_assert_int_eq (b.p[i][k], (guint8) (i * 3));
	}
	/* malloc's nodes (under a sanitizer or valgrind) may come from anywhere */
	if (!pmap_alloc_uses_malloc ())
		ext_assert_u64_ge (reused, NODES - 64);
	for (guint i = 0; i < NODES; i++)
		pmap_node_free (b.p[i], NODE_BYTES);
	pmap_node_free (held, NODE_BYTES);
	g_hash_table_unref (b.freed);
}
END_TEST

/* The explorer's per-state objects (pmap-alloc.h): zeroed or copied as
 * asked, never overlapping, freed on another thread than the one that
 * made them, of every size the chunks serve and one they pass to malloc. */
static const gsize obj_sizes[] = { 1, 64, 65, 712, 1304, 4096, 4097 };

#define OBJS 3000

typedef struct {
	guint8 **p;
	guint n;
} obj_batch;

/* Object i of a batch holds the byte i * 7 + size, whole */
static gboolean
obj_holds (const guint8 *p, gsize bytes, guint i)
{
	for (gsize k = 0; k < bytes; k++) {
		if (p[k] != (guint8) (i * 7 + bytes))
			return FALSE;
	}
	return TRUE;
}

static gpointer
check_and_free_objects (gpointer data)
{
	obj_batch *b = data;
	guint bad = 0;

	for (guint i = 0; i < b->n; i++) {
		gsize bytes = obj_sizes[i % G_N_ELEMENTS (obj_sizes)];

		bad += !obj_holds (b->p[i], bytes, i);
		obj_free (b->p[i], bytes);
	}
	return GUINT_TO_POINTER (bad);
}

START_TEST (objects_are_apart_and_die_on_other_threads)
{
	obj_batch theirs = { g_new (guint8 *, OBJS), OBJS };
	guint8 *mine[OBJS], model[4097];
	GThread *t;

	for (guint i = 0; i < OBJS; i++) {
		gsize bytes = obj_sizes[i % G_N_ELEMENTS (obj_sizes)];

		memset (model, (guint8) (i * 7 + bytes), bytes);
		theirs.p[i] = obj_dup (model, bytes);
		ext_assert_true (obj_holds (theirs.p[i], bytes, i));
	}
	/* freed dirty here, so that the zeroed ones below are used ones too */
	for (guint i = 0; i < OBJS; i++) {
		gsize bytes = obj_sizes[i % G_N_ELEMENTS (obj_sizes)];

		memset (model, 0xa5, bytes);
		mine[i] = obj_dup (model, bytes);
	}
	for (guint i = 0; i < OBJS; i++)
		obj_free (mine[i], obj_sizes[i % G_N_ELEMENTS (obj_sizes)]);
	t = g_thread_new ("obj-free", check_and_free_objects, &theirs);
	/* made while the other thread frees: its freed objects may come back here */
	for (guint i = 0; i < OBJS; i++) {
		gsize bytes = obj_sizes[i % G_N_ELEMENTS (obj_sizes)];

		mine[i] = obj_alloc0 (bytes);
		for (gsize k = 0; k < bytes; k++)
			ext_assert_int_eq (mine[i][k], 0);
		memset (mine[i], (guint8) (i * 7 + bytes), bytes);
	}
	ext_assert_int_eq (GPOINTER_TO_UINT (g_thread_join (t)), 0);
	for (guint i = 0; i < OBJS; i++) {
		gsize bytes = obj_sizes[i % G_N_ELEMENTS (obj_sizes)];

		ext_assert_true (obj_holds (mine[i], bytes, i));
		obj_free (mine[i], bytes);
	}
	obj_free (NULL, 64);
	g_free (theirs.p);
}
END_TEST

/* Scratch arrays come back empty, of the size asked for, zeroed where
 * they grow; one given back is the next of its size taken on the same
 * thread; two held at once are two; a long one is not kept. */
static gpointer
take_scratch_elsewhere (gpointer data)
{
	GArray *a = scratch_array_new (sizeof (guint64));

	/* another thread's arrays are its own: not the one kept on the first */
	if (a == data || a->len != 0)
		return GUINT_TO_POINTER (1);
	scratch_array_free (a);
	return NULL;
}

START_TEST (scratch_arrays_come_back_empty)
{
	GArray *a = scratch_array_new (sizeof (guint64)), *b, *c;
	guint64 x = 42;

	ext_assert_int_eq (g_array_get_element_size (a), sizeof (guint64));
	ext_assert_int_eq (a->len, 0);
	g_array_append_val (a, x);
	g_array_append_val (a, x);
	b = scratch_array_new (sizeof (guint64));
	ext_assert_true (b != a);
	scratch_array_free (a);
	c = scratch_array_new (sizeof (guint64));
	ext_assert_true (c == a);
	ext_assert_int_eq (c->len, 0);
	g_array_set_size (c, 8);
	for (guint i = 0; i < 8; i++)
		ext_assert_u64_eq (g_array_index (c, guint64, i), 0);
	scratch_array_free (c);
	ext_assert_true (g_thread_join (g_thread_new ("scratch", take_scratch_elsewhere, c)) == NULL);
	a = scratch_array_new (sizeof (guint64));
	ext_assert_true (a == c); /* still kept here */
	scratch_array_free (a);
	scratch_array_free (b);
	/* another element size gets another array */
	a = scratch_array_new (3);
	ext_assert_int_eq (g_array_get_element_size (a), 3);
	scratch_array_free (a);
	{
		g_autoptr (scratch_array) d = scratch_array_new (sizeof (guint64));

		ext_assert_int_eq (d->len, 0);
		g_array_set_size (d, 100000); /* too long to keep: freed when given back */
	}
	scratch_array_free (NULL);
}
END_TEST

/* ---- range map: tables -------------------------------------------------- */

/* Value of the test range maps: the length, then a tag. */
typedef struct {
	guint64 len;
	guint64 tag;
} tagged;

static const pmap_type ranges_type = { .name = "ranges", .key_words = 3, .value_size = sizeof (tagged) };

enum { A = 0xa, B = 0xb, C = 0xc };

/* { start, len, tag }; a table ends with T_RANGES_END */
typedef struct {
	guint64 start;
	guint64 len;
	guint64 tag;
} t_range;

#define T_RANGES_END { 0, 0, 0 }

static void
rm_put (rmap *r, guint64 start, guint64 len, guint64 tag)
{
	tagged v = { len, tag };

	rm_set (r, start, &v);
}

static void
append_range (GString *s, guint64 start, guint64 len, guint64 tag)
{
	g_string_append_printf (s, "\n  [%" PRIu64 " +%" PRIu64 ") tag 0x%" PRIx64, start, len, tag);
}

static char *
ranges_to_string (const rmap *r)
{
	GString *s = g_string_new (NULL);

	for (const pnode *n = rm_first (r); n; n = rm_next (r, n))
		append_range (s, rm_start (n, r), rm_node_len (r, n), ((const tagged *) pnode_value (r->m, n))->tag);
	return g_string_free (s, FALSE);
}

/* Compared as text, so a failure prints the whole map beside the table. */
static void
assert_ranges (const rmap *r, const t_range *want)
{
	g_autofree char *have = ranges_to_string (r);
	GString *w = g_string_new (NULL);
	g_autofree char *wanted = NULL;

	for (guint i = 0; want[i].len; i++)
		append_range (w, want[i].start, want[i].len, want[i].tag);
	wanted = g_string_free (w, FALSE);
	ext_assert_str_eq (have, wanted);
}

/*
 *   set [0,4k) A, [4k,8k) A      [ A 0-8k ]
 *   set [12k,16k) A              [ A 0-8k ][ hole ][ A 12k-16k ]
 *   set [8k,12k) B               [ A 0-8k ][ B 8k-12k ][ A 12k-16k ]
 *   set [8k,12k) A               [ A 0-16k ]
 *   set [4k,12k) B               [ A 0-4k ][ B 4k-12k ][ A 12k-16k ]
 *   set [0,16k) A                [ A 0-16k ]
 */
START_TEST (set_merges_equal_neighbours_only)
{
	pmap m;
	rmap r;
	const t_range one[] = { { 0, 8 * KiB, A }, T_RANGES_END };
	const t_range gap[] = { { 0, 8 * KiB, A }, { 12 * KiB, 4 * KiB, A }, T_RANGES_END };
	const t_range three[] = { { 0, 8 * KiB, A }, { 8 * KiB, 4 * KiB, B }, { 12 * KiB, 4 * KiB, A }, T_RANGES_END };
	const t_range whole[] = { { 0, 16 * KiB, A }, T_RANGES_END };
	const t_range inside[] = { { 0, 4 * KiB, A }, { 4 * KiB, 8 * KiB, B }, { 12 * KiB, 4 * KiB, A }, T_RANGES_END };

	pmap_init (&m, &ranges_type);
	r = rmap_of (&m, 2, 5, 257);
	rm_put (&r, 0, 4 * KiB, A);
	rm_put (&r, 4 * KiB, 4 * KiB, A);
	assert_ranges (&r, one);
	rm_put (&r, 12 * KiB, 4 * KiB, A);
	assert_ranges (&r, gap);
	rm_put (&r, 8 * KiB, 4 * KiB, B);
	assert_ranges (&r, three);
	rm_put (&r, 8 * KiB, 4 * KiB, A);
	assert_ranges (&r, whole);
	ext_assert_u64_eq (m.count, 1);
	rm_put (&r, 4 * KiB, 8 * KiB, B);
	assert_ranges (&r, inside);
	rm_put (&r, 0, 16 * KiB, A);
	assert_ranges (&r, whole);
	ext_assert_u64_eq (m.count, 1);
	pmap_clear (&m);
}
END_TEST

/*
 * Setting a range inside an entry of the same value, or over all of it,
 * changes nothing, not even a node a copy shares; at an edge the entry
 * shares with an equal neighbour that rm_split left, the edit is made and
 * joins them.
 */
START_TEST (set_over_an_equal_entry_copies_nothing)
{
	pmap m, c;
	rmap r, rc;
	const t_range whole[] = { { 0, 16 * KiB, A }, T_RANGES_END };
	const t_range halves[] = { { 0, 8 * KiB, A }, { 8 * KiB, 8 * KiB, A }, T_RANGES_END };

	pmap_init (&m, &ranges_type);
	r = rmap_of (&m, 2, 5, 257);
	rm_put (&r, 0, 16 * KiB, A);
	pmap_copy (&c, &m);
	rc = rmap_of (&c, 2, 5, 257);
	rm_put (&rc, 4 * KiB, 4 * KiB, A);
	assert_ranges (&rc, whole);
	ext_assert_true (c.root == m.root);
	rm_put (&rc, 0, 4 * KiB, A);
	rm_put (&rc, 12 * KiB, 4 * KiB, A);
	rm_put (&rc, 0, 16 * KiB, A);
	assert_ranges (&rc, whole);
	ext_assert_true (c.root == m.root);
	rm_put (&rc, 4 * KiB, 4 * KiB, B);
	ext_assert_true (c.root != m.root);
	assert_ranges (&r, whole);
	pmap_clear (&c);

	rm_split (&r, 8 * KiB);
	assert_ranges (&r, halves);
	rm_put (&r, 10 * KiB, 4 * KiB, A);
	rm_put (&r, 12 * KiB, 4 * KiB, A);
	assert_ranges (&r, halves);
	rm_put (&r, 8 * KiB, 4 * KiB, A);
	assert_ranges (&r, whole);
	rm_split (&r, 8 * KiB);
	rm_put (&r, 0, 8 * KiB, A);
	assert_ranges (&r, whole);
	pmap_clear (&m);
}
END_TEST

/*
 *   [ A 0-16k ]  split 8k          [ A 0-8k ][ A 8k-16k ]  (not merged back)
 *   split 8k, 0, 16k, 20k          no change
 *   merge_at 8k                    [ A 0-16k ]
 */
START_TEST (split_cuts_and_merge_at_rejoins)
{
	pmap m;
	rmap r;
	const t_range halves[] = { { 0, 8 * KiB, A }, { 8 * KiB, 8 * KiB, A }, T_RANGES_END };
	const t_range whole[] = { { 0, 16 * KiB, A }, T_RANGES_END };
	const t_range odd[] = { { 0, 1000, A }, { 1000, 16 * KiB - 1000, A }, T_RANGES_END };

	pmap_init (&m, &ranges_type);
	r = rmap_of (&m, 2, 5, 257);
	rm_put (&r, 0, 16 * KiB, A);
	rm_split (&r, 8 * KiB);
	assert_ranges (&r, halves);
	rm_split (&r, 8 * KiB);
	rm_split (&r, 0);
	rm_split (&r, 16 * KiB);
	rm_split (&r, 20 * KiB);
	assert_ranges (&r, halves);
	rm_merge_at (&r, 8 * KiB);
	assert_ranges (&r, whole);
	rm_split (&r, 1000);
	assert_ranges (&r, odd);
	rm_merge_at (&r, 0);
	assert_ranges (&r, whole);
	/* merge_at where no entry starts changes nothing */
	rm_merge_at (&r, 4 * KiB);
	assert_ranges (&r, whole);
	pmap_clear (&m);
}
END_TEST

typedef struct {
	GArray *pieces; /* t_range */
} removed_log;

static void
log_removed (guint64 start, const void *value, gpointer data)
{
	const tagged *v = value;
	t_range p = { start, v->len, v->tag };

	g_array_append_val (((removed_log *) data)->pieces, p);
}

static void
assert_pieces (removed_log *log, const t_range *want)
{
	guint n = 0;

	while (want[n].len)
		n++;
	ext_assert_int_eq (log->pieces->len, n);
	for (guint i = 0; i < n; i++) {
		const t_range *p = &g_array_index (log->pieces, t_range, i);

		ext_assert_u64_eq (p->start, want[i].start);
		ext_assert_u64_eq (p->len, want[i].len);
		ext_assert_u64_eq (p->tag, want[i].tag);
	}
	g_array_set_size (log->pieces, 0);
}

/*
 *   [ A 0-8k ][ B 8k-16k ][ hole ][ C 20k-24k ]
 *   remove [4k, 22k)      pieces (4k +4k A) (8k +8k B) (20k +2k C)
 *                         left   [ A 0-4k ] [ C 22k-24k ]
 */
START_TEST (remove_reports_exactly_the_removed_pieces)
{
	removed_log log = { g_array_new (FALSE, FALSE, sizeof (t_range)) };
	pmap m;
	rmap r;
	const t_range pieces[] = { { 4 * KiB, 4 * KiB, A }, { 8 * KiB, 8 * KiB, B }, { 20 * KiB, 2 * KiB, C }, T_RANGES_END };
	const t_range left[] = { { 0, 4 * KiB, A }, { 22 * KiB, 2 * KiB, C }, T_RANGES_END };
	const t_range none[] = { T_RANGES_END };

	pmap_init (&m, &ranges_type);
	r = rmap_of (&m, 2, 5, 257);
	rm_put (&r, 0, 8 * KiB, A);
	rm_put (&r, 8 * KiB, 8 * KiB, B);
	rm_put (&r, 20 * KiB, 4 * KiB, C);
	rm_remove (&r, 4 * KiB, 22 * KiB, log_removed, &log);
	assert_pieces (&log, pieces);
	assert_ranges (&r, left);

	/* a hole, an empty range, an inverted range: nothing */
	rm_remove (&r, 8 * KiB, 20 * KiB, log_removed, &log);
	rm_remove (&r, 2 * KiB, 2 * KiB, log_removed, &log);
	rm_remove (&r, 3 * KiB, 1 * KiB, log_removed, &log);
	assert_pieces (&log, none);
	assert_ranges (&r, left);

	/* to the end of the address space */
	rm_remove (&r, 0, G_MAXUINT64, log_removed, &log);
	assert_pieces (&log, left);
	assert_ranges (&r, none);
	ext_assert_u64_eq (m.count, 0);
	pmap_clear (&m);
	g_array_unref (log.pieces);
}
END_TEST

/*
 *   [ hole 0-4k ][ A 4k-8k ][ hole ][ B 12k-16k ][ hole ... ]
 */
START_TEST (covered_and_lookups_on_boundaries)
{
	static const struct {
		guint64 s, e, covered;
	} cov[] = {
		{ 0, 4 * KiB, 0 },        { 0, 6 * KiB, 2 * KiB },     { 4 * KiB, 8 * KiB, 4 * KiB },
		{ 0, G_MAXUINT64, 8 * KiB }, { 6 * KiB, 14 * KiB, 4 * KiB }, { 8 * KiB, 12 * KiB, 0 },
		{ 5 * KiB, 5 * KiB, 0 },  { 15 * KiB, 100 * KiB, KiB },  { 16 * KiB, G_MAXUINT64, 0 },
	};
	/* off -> start of rm_first_from (NONE: NULL) and of rm_find */
	enum { NONE = 1 };
	static const struct {
		guint64 off, first_from, find;
	} at[] = {
		{ 0, 4 * KiB, NONE },
		{ 4 * KiB - 1, 4 * KiB, NONE },
		{ 4 * KiB, 4 * KiB, 4 * KiB },
		{ 8 * KiB - 1, 4 * KiB, 4 * KiB },
		{ 8 * KiB, 12 * KiB, NONE },
		{ 10 * KiB, 12 * KiB, NONE },
		{ 12 * KiB, 12 * KiB, 12 * KiB },
		{ 16 * KiB - 1, 12 * KiB, 12 * KiB },
		{ 16 * KiB, NONE, NONE },
		{ G_MAXUINT64, NONE, NONE },
	};
	pmap m;
	rmap r;

	pmap_init (&m, &ranges_type);
	r = rmap_of (&m, 2, 5, 257);
	rm_put (&r, 4 * KiB, 4 * KiB, A);
	rm_put (&r, 12 * KiB, 4 * KiB, B);
	for (guint i = 0; i < G_N_ELEMENTS (cov); i++)
		ext_assert_u64_eq (rm_covered (&r, cov[i].s, cov[i].e), cov[i].covered);
	for (guint i = 0; i < G_N_ELEMENTS (at); i++) {
		const pnode *ff = rm_first_from (&r, at[i].off), *f = rm_find (&r, at[i].off);

		ext_assert_u64_eq (ff ? rm_start (ff, &r) : NONE, at[i].first_from);
		ext_assert_u64_eq (f ? rm_start (f, &r) : NONE, at[i].find);
	}
	ext_assert_u64_eq (rm_start (rm_first (&r), &r), 4 * KiB);
	ext_assert_u64_eq (rm_start (rm_next (&r, rm_first (&r)), &r), 12 * KiB);
	ext_assert_true (rm_next (&r, rm_next (&r, rm_first (&r))) == NULL);
	pmap_clear (&m);
}
END_TEST

/*
 * Four prefixes in one map, in key order:
 *   (1, 0)    [ A 0 - 2^63 )                         (a huge range below)
 *   (1, 1)    [ A 0-4k ] ... [ A (2^64 - 8k) - (2^64 - 4k) ]
 *   (1, 2)    [ A 0-4k ]                             (same tag, next in key order)
 *   (2, 0)    [ B 4k-8k ]
 * Nothing one prefix does is seen by, or merged with, another.
 */
START_TEST (prefixes_never_see_each_other)
{
	const guint64 top = G_MAXUINT64 - 8 * KiB + 1;
	const t_range p_want[] = { { 0, 4 * KiB, A }, { top, 4 * KiB, A }, T_RANGES_END };
	const t_range q_want[] = { { 0, 4 * KiB, A }, T_RANGES_END };
	const t_range huge_want[] = { { 0, G_GUINT64_CONSTANT (1) << 63, A }, T_RANGES_END };
	const t_range after_want[] = { { 4 * KiB, 4 * KiB, B }, T_RANGES_END };
	const t_range none[] = { T_RANGES_END };
	removed_log log = { g_array_new (FALSE, FALSE, sizeof (t_range)) };
	pmap m;
	rmap huge, p, q, after, empty;

	pmap_init (&m, &ranges_type);
	huge = rmap_of (&m, 2, 1, 0);
	p = rmap_of (&m, 2, 1, 1);
	q = rmap_of (&m, 2, 1, 2);
	after = rmap_of (&m, 2, 2, 0);
	empty = rmap_of (&m, 2, 1, 3);
	rm_put (&huge, 0, G_GUINT64_CONSTANT (1) << 63, A);
	rm_put (&p, top, 4 * KiB, A);
	rm_put (&q, 0, 4 * KiB, A);
	rm_put (&after, 4 * KiB, 4 * KiB, B);
	rm_put (&p, 0, 4 * KiB, A);
	assert_ranges (&huge, huge_want);
	assert_ranges (&p, p_want);
	assert_ranges (&q, q_want);
	assert_ranges (&after, after_want);
	assert_ranges (&empty, none);
	ext_assert_u64_eq (m.count, 5);

	/* lookups fall through to a neighbour prefix's nodes and must stop */
	ext_assert_true (rm_find (&p, 8 * KiB) == NULL);
	ext_assert_true (rm_find (&q, 100 * KiB) == NULL);
	ext_assert_true (rm_find (&empty, 0) == NULL);
	ext_assert_true (rm_first_from (&q, 4 * KiB) == NULL);
	ext_assert_true (rm_first_from (&empty, 0) == NULL);
	ext_assert_true (rm_first_from (&p, top + 4 * KiB) == NULL);
	ext_assert_u64_eq (rm_covered (&p, 0, G_MAXUINT64), 8 * KiB);
	ext_assert_u64_eq (rm_covered (&q, 0, G_MAXUINT64), 4 * KiB);
	ext_assert_u64_eq (rm_covered (&empty, 0, G_MAXUINT64), 0);
	/* the last of a prefix, not the first of the next one */
	ext_assert_u64_eq (rm_start (rm_last (&p), &p), top);
	ext_assert_u64_eq (rm_start (rm_last (&q), &q), 0);
	ext_assert_u64_eq (rm_start (rm_last (&huge), &huge), 0);
	ext_assert_true (rm_last (&empty) == NULL);

	/* clearing one prefix leaves the others */
	rm_remove (&q, 0, G_MAXUINT64, log_removed, &log);
	assert_pieces (&log, q_want);
	rm_remove (&empty, 0, G_MAXUINT64, log_removed, &log);
	assert_pieces (&log, none);
	assert_ranges (&huge, huge_want);
	assert_ranges (&p, p_want);
	assert_ranges (&after, after_want);
	rm_remove (&p, 0, G_MAXUINT64, log_removed, &log);
	assert_pieces (&log, p_want);
	assert_ranges (&huge, huge_want);
	assert_ranges (&after, after_want);
	ext_assert_u64_eq (m.count, 2);
	pmap_clear (&m);
	g_array_unref (log.pieces);
}
END_TEST

/* ---- range map: differential against an array of blocks -------------------- */

#define BLOCKS 96
#define BLK (4 * KiB)

typedef struct {
	rmap r;
	guint64 base;        /* address of block 0 */
	guint64 tag[BLOCKS]; /* 0: no range */
} block_ref;

/* The maximal runs of equal tags in blocks [s, e), as a table ending in
 * T_RANGES_END: what the map must hold over [0, BLOCKS) (its canonical
 * form), and what rm_remove must report for [s, e). */
static GArray *
block_runs (const block_ref *b, guint s, guint e)
{
	GArray *out = g_array_new (TRUE, TRUE, sizeof (t_range));

	for (guint i = s; i < e;) {
		guint j = i;

		while (j < e && b->tag[j] == b->tag[i])
			j++;
		if (b->tag[i])
			g_array_append_val (out, ((t_range) { b->base + i * BLK, (j - i) * BLK, b->tag[i] }));
		i = j;
	}
	return out;
}

static void
assert_matches_blocks (const block_ref *b)
{
	g_autoptr (GArray) runs = block_runs (b, 0, BLOCKS);

	assert_ranges (&b->r, (const t_range *) runs->data);
}

static void
block_op (block_ref *b, GRand *rnd, removed_log *log)
{
	guint s = (guint) g_rand_int_range (rnd, 0, BLOCKS), e = (guint) g_rand_int_range (rnd, (gint32) s + 1, BLOCKS + 1);
	guint dice = (guint) g_rand_int_range (rnd, 0, 10);

	if (dice < 6) {
		guint64 tag = (guint64) g_rand_int_range (rnd, 1, 4);

		rm_put (&b->r, b->base + s * BLK, (e - s) * BLK, tag);
		for (guint i = s; i < e; i++)
			b->tag[i] = tag;
	} else {
		/* sometimes to the end of the address space */
		guint64 end = dice == 9 ? G_MAXUINT64 : b->base + e * BLK;
		g_autoptr (GArray) want = block_runs (b, s, dice == 9 ? BLOCKS : e);

		if (dice == 9)
			e = BLOCKS;
		rm_remove (&b->r, b->base + s * BLK, end, log_removed, log);
		assert_pieces (log, (const t_range *) want->data);
		for (guint i = s; i < e; i++)
			b->tag[i] = 0;
	}
}

static void
block_probe (const block_ref *b, GRand *rnd)
{
	guint s = (guint) g_rand_int_range (rnd, 0, BLOCKS), e = (guint) g_rand_int_range (rnd, (gint32) s, BLOCKS + 1);
	guint64 in = (guint64) g_rand_int_range (rnd, 0, BLK), want = 0, off = b->base + s * BLK + in;
	const pnode *f = rm_find (&b->r, off), *ff = rm_first_from (&b->r, off);
	guint first = s;

	for (guint i = s; i < e; i++)
		want += b->tag[i] ? BLK : 0;
	ext_assert_u64_eq (rm_covered (&b->r, b->base + s * BLK, b->base + e * BLK), want);
	ext_assert_true ((f != NULL) == (b->tag[s] != 0));
	if (f)
		ext_assert_true (rm_start (f, &b->r) <= off && off < rm_node_end (&b->r, f));
	while (first < BLOCKS && !b->tag[first])
		first++;
	ext_assert_true ((ff != NULL) == (first < BLOCKS));
	if (ff)
		ext_assert_true (rm_start (ff, &b->r) <= b->base + first * BLK &&
				 b->base + first * BLK < rm_node_end (&b->r, ff));
}

START_TEST (range_map_agrees_with_an_array_of_blocks)
{
	GRand *rnd = g_rand_new_with_seed (SEED * 13);
	removed_log log = { g_array_new (FALSE, FALSE, sizeof (t_range)) };
	/* one prefix at the bottom of the address space, one at the top */
	block_ref *b = g_new0 (block_ref, 2);
	pmap m;

	pmap_init (&m, &ranges_type);
	b[0].r = rmap_of (&m, 2, 5, 257);
	b[0].base = 0;
	b[1].r = rmap_of (&m, 2, 5, 258);
	b[1].base = G_MAXUINT64 - (BLOCKS + 4) * BLK;
	for (guint step = 0; step < 4000; step++) {
		block_ref *x = &b[g_rand_int_range (rnd, 0, 2)];

		block_op (x, rnd, &log);
		block_probe (x, rnd);
		assert_matches_blocks (&b[0]);
		assert_matches_blocks (&b[1]);
	}
	pmap_clear (&m);
	g_array_unref (log.pieces);
	g_free (b);
	g_rand_free (rnd);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("pmap");
	TCase *diff = tcase_create ("differential");
	TCase *persist = tcase_create ("persistence");
	TCase *order = tcase_create ("order");
	TCase *tree = tcase_create ("tree");
	TCase *ranges = tcase_create ("rangemap");

	tcase_add_loop_test (diff, agrees_with_a_sorted_array, 0, G_N_ELEMENTS (kinds));
	tcase_add_test (diff, empty_map_answers_nothing);
	tcase_add_test (diff, keys_compare_lexicographically);
	suite_add_tcase (s, diff);

	tcase_add_loop_test (persist, a_copy_and_its_original_are_independent, 0, G_N_ELEMENTS (kinds));
	tcase_add_test (persist, writing_through_lookup_mut_of_a_copy_leaves_the_original);
	tcase_add_test (persist, kept_sums_follow_writes_in_place_and_copies);
	tcase_add_loop_test (persist, generations_survive_freeing_in_any_order, 0, 3);
	tcase_add_loop_test (persist, borrowed_copies_change_alone_and_outlive_their_original_once_owned, 0,
			     G_N_ELEMENTS (kinds));
	suite_add_tcase (s, persist);

	tcase_add_test (order, the_same_key_set_walks_the_same_whatever_the_order);
	suite_add_tcase (s, order);

	tcase_add_loop_test (tree, next_and_prev_walk_every_entry_in_order, 0, G_N_ELEMENTS (big_kinds));
	tcase_add_loop_test (tree, big_maps_and_their_copies_agree_with_sorted_arrays, 0, G_N_ELEMENTS (big_kinds));
	tcase_add_test (tree, augmentation_survives_splits_and_merges);
	tcase_add_test (tree, keys_in_order_fill_the_nodes);
	tcase_add_test (tree, arguments_may_point_into_the_map);
	tcase_add_test (tree, insert_new_keeps_what_is_there);
	tcase_add_loop_test (tree, cursors_change_the_entry_their_search_found, 0, G_N_ELEMENTS (big_kinds));
	tcase_add_test (tree, a_cursor_past_a_change_still_finds_its_key);
	tcase_add_test (tree, small_maps_take_small_nodes);
	tcase_add_test (tree, copies_change_and_die_on_other_threads);
	tcase_add_test (tree, pinned_nodes_outlive_the_map_and_its_copies);
	tcase_add_test (tree, objects_are_apart_and_die_on_other_threads);
	tcase_add_test (tree, nodes_freed_on_one_thread_come_back_once_on_another);
	tcase_add_test (tree, scratch_arrays_come_back_empty);
	suite_add_tcase (s, tree);

	tcase_add_test (ranges, set_merges_equal_neighbours_only);
	tcase_add_test (ranges, set_over_an_equal_entry_copies_nothing);
	tcase_add_test (ranges, split_cuts_and_merge_at_rejoins);
	tcase_add_test (ranges, remove_reports_exactly_the_removed_pieces);
	tcase_add_test (ranges, covered_and_lookups_on_boundaries);
	tcase_add_test (ranges, prefixes_never_see_each_other);
	tcase_add_test (ranges, range_map_agrees_with_an_array_of_blocks);
	suite_add_tcase (s, ranges);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
