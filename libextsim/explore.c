/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: the explorer (breadth-first, with state hashing)
 *
 *   root  = the session after the setup (the commands before `#@thread`)
 *   level = [root]; seen = { key (root) }
 *   for depth 1 .. D:
 *     for each node of the level, for each action it allows:
 *       child = clone (node) + action              (O(1) clone)
 *       key   = hash (child's filesystem, files, thread positions)
 *       if key in seen: drop it                    (each state expanded once)
 *       if child broke an invariant or lost data: done, the trace back to
 *         root is a shortest one (breadth first)
 *       next level += child
 *
 * Actions at a node: the next operation of every thread not finished;
 * background writeback of every file with dirty pages (whole, and with
 * range_writeback each dirty range); a commit when something is pinned (a
 * commit with nothing pinned changes nothing the hash sees).
 *
 * A state is bad when a dirty NORESERVE range is no longer NOCOW-able
 * (invariant 1), an fsync succeeded over lost data (invariant 4), or a
 * writeback dropped data; with full_check, when any invariant fails.
 *
 * With jobs > 1 the children of a level are computed by worker threads,
 * each on its own part of the level, and merged in level order by the
 * first of them as it goes (merge_ready): the result is the one a single
 * thread gives.
 */
#include "explore-private.h"
#include "fs-private.h"
#include "pmap-alloc.h"

#include <string.h>

#define MAX_THREADS 32
#define MAX_JOBS 256 /* a worker's index is kept in a guint8 */
#define DEFAULT_DEPTH 8
#define PREFETCH_AHEAD 3 /* parents a worker reads ahead of the one it expands */
/* What one worker writes all the time sits on a cache line of its own: a
 * line two workers write goes back and forth between their caches at each
 * write (a worker's part and its set of keys were neighbours) */
#define CACHE_LINE 64
#define OWN_LINE __attribute__ ((aligned (CACHE_LINE)))

typedef struct {
	guint parent;         /* index in the node table; G_MAXUINT for the root */
	extsim_action action; /* what led here */
	const char *path;     /* for writeback: the file, as the script names it */
} node_info;

typedef struct {
	script_session *s;
	guint id;             /* index in the node table */
	guint8 pc[MAX_THREADS];
} live_node;

typedef struct {
	script_session *s;    /* NULL: a state an earlier level saw, dropped by its worker */
	guint64 key;
	extsim_action action;
	guint8 pc[MAX_THREADS];
	char *bad;            /* what is wrong, if anything */
	char *path;           /* for writeback: the file, found by the worker */
} child;

/* Where a worker puts the children it makes: blocks that never move, so
 * that the merge may read a node's children while their worker goes on
 * making others (a GArray moves when it grows).  A node's children lie
 * together in one block.  Kept from level to level: their pages stay
 * mapped (a new array each level met a page fault every 40 children). */
#define KIDS_BLOCK 4096

typedef struct {
	guint cap;
	child c[];
} kid_block;

typedef struct {
	GPtrArray *blocks; /* kid_block */
	guint block, used; /* the block being filled; its children so far */
} OWN_LINE kid_store;

/* The keys seen, open addressing on the 64-bit keys themselves (they are
 * hashes already); 0 is kept apart as it marks an empty slot. */
typedef struct {
	guint64 *slots;
	gsize mask;     /* slots - 1, a power of two minus one */
	gsize count;
	gboolean has_zero;
} key_set;

struct extsim_explore_result {
	const extsim_script *script;
	GArray *trace;
	GPtrArray *paths;     /* per trace entry: the file of a writeback, or NULL */
	GStringChunk *strings;
	char *reason;
	extsim_explore_progress progress;
	guint64 digest;       /* explore_result_digest */
};

typedef struct {
	const extsim_script *script;
	const extsim_explore_options *o;
	guint n_threads;
	GArray *ops[MAX_THREADS]; /* op indices of each thread, in order */
	GArray *nodes;            /* node_info */
	key_set seen;
	GStringChunk *strings;    /* paths of writeback actions */
	kid_store kids[MAX_JOBS]; /* each worker's children */
	struct {
		key_set set;
	} OWN_LINE mine[MAX_JOBS]; /* each worker's keys of its part (work.mine), kept likewise */
	extsim_explore_progress progress;
	gint64 start, last_report;
	guint depth_max;
	GArray *sizes;            /* guint64: the size of each level, the root's (1) first */
	guint64 generated_before; /* states_generated before the last level */
	session_pins pins;        /* the setup's tables, shared by every state that keeps them */
} explorer;

/* ---- the set of keys seen ---- */

/* Where @key's search starts. */
static inline gsize
key_home (const key_set *t, guint64 key)
{
	return (gsize) (key ^ (key >> 31)) & t->mask;
}

/* A slot, read while the merge may write others (merge_ready): a slot is
 * written once, from 0 to its key, and never moves while workers read. */
static inline guint64
slot_get (const key_set *t, gsize i)
{
	return __atomic_load_n (&t->slots[i], __ATOMIC_RELAXED);
}

static gsize
key_slot (const key_set *t, guint64 key)
{
	gsize i = key_home (t, key);

	while (slot_get (t, i) && slot_get (t, i) != key)
		i = (i + 1) & t->mask;
	return i;
}

/* Asks for the cache line where @key's search starts: a set of a million
 * keys is far larger than the cache. */
static inline void
key_set_prefetch (const key_set *t, guint64 key)
{
	__builtin_prefetch (&t->slots[key_home (t, key)]);
}

static key_set
key_set_new (void)
{
	return (key_set) { g_new0 (guint64, 1024), 1023, 0, FALSE };
}

/* Empties @t, keeping its size (a new one if it has none): the workers'
 * sets live from level to level (a new one each level met a page fault
 * every 512 keys). */
static void
key_set_clear (key_set *t)
{
	if (!t->slots) {
		*t = key_set_new ();
		return;
	}
	memset (t->slots, 0, (t->mask + 1) * sizeof (guint64));
	t->count = 0;
	t->has_zero = FALSE;
}

/* Read-only: safe from the workers while nobody adds. */
static gboolean
key_set_has (const key_set *t, guint64 key)
{
	return key ? slot_get (t, key_slot (t, key)) == key : t->has_zero;
}

/* Whether @n more keys fit in @t without its growing. */
static gboolean
key_set_room (const key_set *t, gsize n)
{
	return (t->count + n) * 2 <= t->mask;
}

static void key_set_grow (key_set *t);

/* Grows @t now, if need be, so that @n more keys fit without its growing. */
static void
key_set_reserve (key_set *t, gsize n)
{
	while (!key_set_room (t, n))
		key_set_grow (t);
}

static gboolean
key_set_add (key_set *t, guint64 key)
{
	gsize i;

	if (!key) {
		gboolean added = !t->has_zero;

		t->has_zero = TRUE;
		t->count += added;
		return added;
	}
	i = key_slot (t, key);
	if (t->slots[i] == key)
		return FALSE;
	__atomic_store_n (&t->slots[i], key, __ATOMIC_RELAXED);
	if (++t->count * 2 > t->mask) /* grow at half full */
		key_set_grow (t);
	return TRUE;
}

static void
key_set_grow (key_set *t)
{
	key_set old = *t;

	t->mask = old.mask * 2 + 1;
	t->slots = g_new0 (guint64, t->mask + 1);
	for (gsize j = 0; j <= old.mask; j++) {
		if (old.slots[j])
			t->slots[key_slot (t, old.slots[j])] = old.slots[j];
	}
	g_free (old.slots);
}

/* ---- keys and judgements ---- */

static guint64
node_key (const script_session *s, const guint8 *pc, guint n)
{
	guint64 h = session_hash (s);

	for (guint i = 0; i < n; i++)
		h = (h ^ pc[i]) * 0x100000001b3ull + i;
	return h ^ (h >> 29);
}

static char *
judge (const explorer *e, const script_session *parent, const script_session *s)
{
	const extsim_fs *fs = session_fs (s), *pfs = session_fs (parent);
	g_autoptr (GPtrArray) v = NULL;

	if (!fs)
		return NULL;
	if (pfs && fs->stats.lost_bytes > pfs->stats.lost_bytes)
		return g_strdup_printf ("writeback dropped %" G_GUINT64_FORMAT " bytes of dirty data: data loss",
					fs->stats.lost_bytes - pfs->stats.lost_bytes);
	v = e->o->full_check ? extsim_fs_check (fs) : check_fast (fs);
	for (guint i = 0; v && i < v->len; i++) {
		const extsim_violation *x = v->pdata[i];

		if (!e->o->loss_only || x->invariant == EXTSIM_INVARIANT_NO_DATA_LOSS)
			return extsim_violation_to_string (x);
	}
	return NULL;
}

/* ---- actions ---- */

/* xfs_io's opening of its file, followed by a -c of the same command: one
 * step with that -c (opening changes nothing another thread could see). */
static gboolean
opens_for_next (const extsim_script *script, guint op)
{
	const extsim_script_op *o = extsim_script_get_op (script, op);

	return o->kind == EXTSIM_SCRIPT_OP_OPEN && op + 1 < extsim_script_get_n_ops (script) &&
	       extsim_script_get_op (script, op + 1)->command == o->command;
}

/* The operation before @op when it is the open that goes with it. */
static gboolean
has_open (const extsim_script *script, guint op)
{
	return op > 0 && opens_for_next (script, op - 1);
}


static void
add_action (GArray *out, extsim_action a)
{
	g_array_append_val (out, a);
}

/* Fills @out (emptied first) with the actions @n allows. */
static void
actions_of (const explorer *e, const live_node *n, GArray *out)
{
	const extsim_fs *fs = session_fs (n->s);

	g_array_set_size (out, 0);
	for (guint t = 1; t <= e->n_threads; t++) {
		if (n->pc[t - 1] < e->ops[t - 1]->len)
			add_action (out, (extsim_action) { EXTSIM_ACTION_OP, t,
							   g_array_index (e->ops[t - 1], guint, n->pc[t - 1]), { 0, 0 }, 0, 0 });
	}
	if (!fs || !e->o->background)
		return;
	for (const pnode *d = pmap_first (&fs->dirty); d;) {
		extsim_ino ino = { pnode_key (d)[0], pnode_key (d)[1] };
		rmap r = rmap_of ((pmap *) &fs->dirty, 2, ino.root, ino.ino);
		guint64 key[3] = { ino.root, ino.ino + 1, 0 };
		guint ranges = 0;

		add_action (out, (extsim_action) { EXTSIM_ACTION_WRITEBACK, 0, 0, ino, 0, 0 });
		for (const pnode *x = rm_first (&r); x && e->o->range_writeback;) {
			guint64 s = rm_start (x, &r), end = rm_node_end (&r, x);

			/* one contiguous dirty range, whatever its fills */
			for (x = rm_next (&r, x); x && rm_start (x, &r) == end; x = rm_next (&r, x))
				end = rm_node_end (&r, x);
			ranges++;
			add_action (out, (extsim_action) { EXTSIM_ACTION_WRITEBACK, 0, 0, ino, s, end - s });
		}
		if (ranges == 1) /* the same as writing the whole file back */
			g_array_set_size (out, out->len - 1);
		d = pmap_ge (&fs->dirty, key);
	}
	if (fs->si.pinned)
		add_action (out, (extsim_action) { EXTSIM_ACTION_COMMIT, 0, 0, { 0, 0 }, 0, 0 });
}

static gboolean
apply (script_session *s, const extsim_action *a, GError **error)
{
	extsim_fs *fs = session_fs (s);

	switch (a->kind) {
	case EXTSIM_ACTION_OP:
		if (has_open (session_script (s), a->op) && !session_run_op (s, a->op - 1, error))
			return FALSE;
		return session_run_op (s, a->op, error);
	case EXTSIM_ACTION_WRITEBACK:
		return extsim_fs_writeback (fs, a->ino, a->offset, a->len, error);
	case EXTSIM_ACTION_COMMIT:
		extsim_fs_commit (fs);
		return TRUE;
	}
	return FALSE;
}

/* ---- one level ---- */

gboolean explore_first_takes_all;
gint explore_takes;

/* Who expands which node of a level.  Each worker starts on its own part
 * (the nodes it made at the level before, mostly, whose memory its cache
 * and its malloc arena hold), taking one node after the other; a worker
 * that runs out takes the second half of what is left of the largest part
 * (the states of a level's end cost more: fixed halves left one worker
 * idle for about a seventh of the search).  Where each node's children went is
 * written down per node, so the merge finds them in level order. */
typedef struct {
	GMutex lock;
	gint lo, hi;           /* the nodes of the part not taken yet: changed under the lock,
				* atomically, for the glances of steal () */
} OWN_LINE part;

/* The states a worker made that the merge dropped, for that worker to
 * free: a state is freed by the thread that made it.  Freed by the merging
 * thread, their nodes' counts were read from the other core's cache and
 * the nodes fed the merging thread's cache of free nodes, while the
 * maker's ran dry and took from the shared lists, reading links the other
 * core had written, one after the other: in a profile of the two-thread
 * search those two places held a third of the CPU time the second thread
 * added (bench/README.md). */
typedef struct {
	GMutex lock;
	GPtrArray *states;     /* script_session; NULL until the first */
	gint n;                /* states->len, for a glance without the lock */
} OWN_LINE returned;

typedef struct {
	live_node *level;
	guint n;
	part parts[MAX_JOBS];
	returned back[MAX_JOBS]; /* per worker: what it made and the merge dropped */
	guint8 *by;            /* per node: the worker that expanded it (MAX_JOBS fits) */
	child **kids_at;       /* per node: its children, where its worker put them */
	guint *n_kids;         /* per node: how many */
	gint *done;            /* per node: expanded and its children written (set last) */
	gint tried;            /* workers that have tried to take work once (the test hook) */
} level_plan;

typedef struct merger merger;

typedef struct {
	const explorer *e;
	level_plan *plan;
	guint index, jobs;     /* of this worker; of them all */
	kid_store *kids;       /* where its children go */
	GArray *acts;          /* extsim_action: scratch for actions_of */
	key_set *mine;         /* keys of the children made so far in this worker's part */
	key_set seen;          /* e->seen's slots and size, which do not change while it runs; a
				* copy, so that the merge's writes of its count leave this line alone */
	merger *mg;            /* the first worker's: the merge, which it runs as it goes */
	GError *error;
} work;

/* Room for @n children together in @k. */
static child *
kid_room (kid_store *k, guint n)
{
	kid_block *b;

	if (k->used && k->used + n > ((kid_block *) k->blocks->pdata[k->block])->cap) {
		k->block++;
		k->used = 0;
	}
	if (k->block == k->blocks->len)
		g_ptr_array_add (k->blocks, NULL);
	b = k->blocks->pdata[k->block];
	if (!b || b->cap < n) { /* an empty block: nothing of this level in it */
		g_free (b);
		b = g_malloc (sizeof (kid_block) + (gsize) MAX (KIDS_BLOCK, n) * sizeof (child));
		b->cap = MAX (KIDS_BLOCK, n);
		k->blocks->pdata[k->block] = b;
	}
	return &b->c[k->used];
}

static void
kid_store_reset (kid_store *k)
{
	if (!k->blocks)
		k->blocks = g_ptr_array_new_with_free_func (g_free);
	k->block = 0;
	k->used = 0;
}

/* Keeps child @c of @n, or frees it if its key is known (see below). */
static void
settle (const explorer *e, const key_set *seen, const live_node *n, child *c, key_set *mine)
{
	if (key_set_has (seen, c->key) || !key_set_add (mine, c->key)) {
		g_clear_pointer (&c->s, session_free);
		return;
	}
	session_own (c->s); /* it outlives n */
	if (session_fs (c->s))
		fs_own (session_fs (c->s));
	c->bad = judge (e, n->s, c->s);
	/* the merge is one thread's: what it needs is found here */
	if (c->action.kind == EXTSIM_ACTION_WRITEBACK)
		c->path = session_path_of (c->s, c->action.ino);
}

/* Makes the children of @n in @kids, together: returns where, and their
 * number in *@made.  A child whose state an earlier level saw (or an
 * earlier node of this one, merged already: merge_ready), or an earlier
 * child of this part of the level, is freed here
 * at once, in parallel, and left as a placeholder: the merge would have
 * dropped it (it comes after the other in level order), and only counts
 * it.  (The set of keys of earlier levels does not change while the
 * workers run.)  Freed young, a child's memory is still in the cache and
 * is what the next child takes.  The sets are far larger than the cache:
 * a child is settled once the next is made, its key's slots asked for
 * meanwhile (a twentieth of the search waited on them). */
static child *
expand_node (const explorer *e, const key_set *seen, const live_node *n, GArray *acts, kid_store *kids,
	     guint *made, key_set *mine, GError **error)
{
	const extsim_fs *fs = session_fs (n->s);
	child *out;
	guint m = 0;

	actions_of (e, n, acts);
	out = kid_room (kids, acts->len);
	for (guint i = 0; i < acts->len && !*error; i++) {
		const extsim_action *a = &g_array_index (acts, extsim_action, i);
		child c = { session_clone_with (n->s, fs ? fs_borrow (fs) : NULL, TRUE), 0, *a, { 0 }, NULL, NULL };

		memcpy (c.pc, n->pc, sizeof c.pc);
		if (a->kind == EXTSIM_ACTION_OP)
			c.pc[a->thread - 1]++;
		if (!apply (c.s, a, error)) {
			session_free (c.s);
			break;
		}
		c.key = node_key (c.s, c.pc, e->n_threads);
		key_set_prefetch (seen, c.key);
		key_set_prefetch (mine, c.key);
		if (m)
			settle (e, seen, n, &out[m - 1], mine);
		out[m++] = c;
	}
	if (m)
		settle (e, seen, n, &out[m - 1], mine);
	kids->used += m;
	*made = m;
	return out;
}

static void merge_ready (merger *mg, level_plan *p, gboolean concurrent);

/* Hands @s, made by the worker whose list @r is, back to it. */
static void
give_back (returned *r, script_session *s)
{
	g_mutex_lock (&r->lock);
	if (!r->states)
		r->states = g_ptr_array_new ();
	g_ptr_array_add (r->states, s);
	g_atomic_int_set (&r->n, (gint) r->states->len);
	g_mutex_unlock (&r->lock);
}

/* Frees what was handed back to the worker whose list @r is. */
static void
free_returned (returned *r)
{
	GPtrArray *a;

	g_mutex_lock (&r->lock);
	a = g_steal_pointer (&r->states);
	g_atomic_int_set (&r->n, 0);
	g_mutex_unlock (&r->lock);
	for (guint i = 0; a && i < a->len; i++) {
		/* what the next frees read, a stage a state */
		for (guint k = 1; k <= 2 && i + k < a->len; k++)
			session_prefetch (a->pdata[i + k], 2 - (int) k);
		session_free (a->pdata[i]);
	}
	if (a)
		g_ptr_array_unref (a);
}

/* The next node of @w's part, or G_MAXUINT. */
static guint
take_own (work *w)
{
	part *p = &w->plan->parts[w->index];
	guint i = G_MAXUINT;

	g_mutex_lock (&p->lock);
	if (p->lo < p->hi) {
		i = (guint) p->lo;
		g_atomic_int_set (&p->lo, p->lo + 1);
	}
	g_mutex_unlock (&p->lock);
	return i;
}

/* Makes the second half of the largest part left @w's own part; FALSE
 * when nothing is left.  The first PREFETCH_AHEAD nodes left of a part
 * stay its worker's, who may be reading them ahead (work_run): taken and
 * freed by another, they would be read after their free.  The keys of its
 * own part say nothing of the new one, which comes earlier or later in
 * level order: they are forgotten. */
static gboolean
steal (work *w)
{
	level_plan *p = w->plan;
	part *own = &p->parts[w->index];

	for (;;) {
		guint v = G_MAXUINT;
		gint most = 0, lo, hi, mid;

		for (guint j = 0; j < w->jobs; j++) {
			/* a glance without the lock: the choice only needs to be good */
			gint left = g_atomic_int_get (&p->parts[j].hi) - g_atomic_int_get (&p->parts[j].lo);

			if (j != w->index && left > PREFETCH_AHEAD && left > most) {
				v = j;
				most = left;
			}
		}
		if (v == G_MAXUINT)
			return FALSE;
		g_mutex_lock (&p->parts[v].lock);
		lo = p->parts[v].lo;
		hi = p->parts[v].hi;
		mid = MAX (lo + (hi - lo) / 2, lo + PREFETCH_AHEAD);
		if (mid < hi)
			g_atomic_int_set (&p->parts[v].hi, mid);
		g_mutex_unlock (&p->parts[v].lock);
		if (mid >= hi)
			continue; /* taken meanwhile: look again */
		g_mutex_lock (&own->lock);
		g_atomic_int_set (&own->lo, mid);
		g_atomic_int_set (&own->hi, hi);
		g_mutex_unlock (&own->lock);
		key_set_clear (w->mine);
		g_atomic_int_inc (&explore_takes);
		return TRUE;
	}
}

/* Expands nodes of the level, its own part first, then parts taken from
 * the others, until none is left; each parent is freed once expanded. */
static gpointer
work_run (gpointer data)
{
	work *w = data;
	level_plan *p = w->plan;
	gboolean tried = FALSE;

	w->acts = g_array_new (FALSE, TRUE, sizeof (extsim_action));
	key_set_clear (w->mine);
	for (;;) {
		guint i = take_own (w);

		if (i == G_MAXUINT) {
			gboolean took = steal (w);

			if (!tried) {
				tried = TRUE;
				g_atomic_int_inc (&p->tried);
			}
			if (!took)
				break;
			continue;
		}
		/* a parent was made a level ago, and its memory has left the
		 * cache since: the next three are asked for while this one is
		 * expanded, each a stage further (its session, then its
		 * filesystem struct, whose address is in the session, then the
		 * roots of its maps, whose addresses are in the struct) */
		for (guint k = 1; k <= PREFETCH_AHEAD; k++) {
			/* only nodes of its own part: steal () leaves the first
			 * PREFETCH_AHEAD of them to it, and hi never falls below */
			if (i + k < (guint) g_atomic_int_get (&p->parts[w->index].hi) && p->level[i + k].s)
				session_prefetch (p->level[i + k].s, PREFETCH_AHEAD - (int) k);
		}
		p->kids_at[i] = NULL;
		p->n_kids[i] = 0;
		if (!w->error) {
			p->kids_at[i] = expand_node (w->e, &w->seen, &p->level[i], w->acts, w->kids, &p->n_kids[i], w->mine,
						     &w->error);
			g_clear_pointer (&p->level[i].s, session_free);
		}
		p->by[i] = (guint8) w->index;
		g_atomic_int_set (&p->done[i], 1); /* after the children: the merge reads them then */
		if (w->mg)
			merge_ready (w->mg, p, TRUE);
		else if (g_atomic_int_get (&p->back[w->index].n))
			free_returned (&p->back[w->index]);
		/* the test hook: the first worker keeps the rest of its level
		 * until every other one has tried to take from it, so that
		 * they take whenever a level has two nodes, however late the
		 * system starts them */
		while (explore_first_takes_all && w->index == 0 && g_atomic_int_get (&p->tried) < (gint) w->jobs - 1)
			g_thread_yield ();
	}
	g_clear_pointer (&w->acts, g_array_unref);
	return NULL;
}

/* After the level: each worker frees what it made and the merge dropped. */
static gpointer
free_run (gpointer data)
{
	work *w = data;

	free_returned (&w->plan->back[w->index]);
	return NULL;
}

/* Runs @fn on @jobs workers: the calling thread is the first. */
static void
run_parts (work *ws, guint jobs, GThreadFunc fn)
{
	GThread *threads[MAX_JOBS];

	for (guint j = 0; j < jobs; j++)
		threads[j] = j ? g_thread_new ("explore", fn, &ws[j]) : NULL;
	fn (&ws[0]);
	for (guint j = 1; j < jobs; j++)
		g_thread_join (threads[j]);
}

/* The seconds the levels left to the depth limit will take.  @sizes are
 * the sizes of the levels so far (sizes[0] = 1, the root; sizes[n - 1]
 * the frontier); the last level made @made children of its parents; at
 * @rate states a second.  A space of interleavings swells and shrinks
 * again, so the frontier's growth per level (a ratio) is assumed to change
 * by the factor it changed by over the last two levels, and every state to make
 * as many children as the last level's did.  0: nothing left; -1:
 * nothing to go by yet. */
double
explore_eta (const guint64 *sizes, guint n, guint64 made, guint depth_max, double rate)
{
	double f, per_parent, growth, change = 1, left = 0;

	if (!n || !sizes[n - 1] || n - 1 >= depth_max)
		return 0;
	if (n < 2 || !sizes[n - 2] || !made || rate <= 0)
		return -1;
	f = (double) sizes[n - 1];
	per_parent = (double) made / (double) sizes[n - 2];
	growth = f / (double) sizes[n - 2];
	if (n >= 3 && sizes[n - 3])
		change = MIN (1.0, growth / ((double) sizes[n - 2] / (double) sizes[n - 3]));
	for (guint d = n - 1; d < depth_max && f >= 0.5 && left < 1e18; d++) {
		left += f * per_parent;
		growth *= change;
		f *= MIN (growth, per_parent);
	}
	return left / rate;
}

static void
report (explorer *e, guint depth, guint frontier, gboolean force)
{
	gint64 now = g_get_monotonic_time ();

	e->progress.depth = depth;
	e->progress.frontier = frontier;
	e->progress.seconds = (now - e->start) / 1e6;
	e->progress.distinct_states = e->seen.count;
	if (!force)
		g_array_append_val (e->sizes, (guint64) { frontier });
	e->progress.eta_seconds =
		force ? 0
		      : explore_eta ((const guint64 *) e->sizes->data, e->sizes->len,
				     e->progress.states_generated - e->generated_before, e->depth_max,
				     e->progress.seconds > 0 ? e->progress.states_generated / e->progress.seconds : 0);
	if (e->o->progress && (force || now - e->last_report > G_USEC_PER_SEC)) {
		e->o->progress (&e->progress, e->o->progress_data);
		e->last_report = now;
	}
}

static gboolean
seen_add (explorer *e, guint64 key)
{
	return key_set_add (&e->seen, key);
}

/* The merge of a level's children, in level order. */
struct merger {
	explorer *e;
	guint depth;
	guint k;               /* children of the level merged so far */
	guint *found;
	char **reason;
	GArray *next;
	level_plan *plan;
	GError **error;
	guint i;               /* nodes of the level merged so far */
	gboolean now;          /* free its own drops at once (the workers run) */
};

/* A state the merge drops goes to the worker that made it, @maker
 * (returned); the merge's own (the first worker's) it frees at once while
 * the workers run. */
static void
drop (merger *mg, script_session *s, guint maker)
{
	if (mg->now && maker == 0)
		session_free (s);
	else
		give_back (&mg->plan->back[maker], s);
}

/* Keeps or drops the children of @parent, made by worker @maker, in order. */
static void
merge (merger *mg, const live_node *parent, child *kids, guint n, guint maker)
{
	explorer *e = mg->e;
	const extsim_explore_options *o = e->o;

	for (guint j = 0; j < n; j++, mg->k++) {
		child *c = &kids[j];
		node_info info = { parent->id, c->action, NULL };
		live_node nn = { c->s, e->nodes->len, { 0 } };

		e->progress.states_generated++;
		if (!c->s)
			continue;
		if (*mg->error || *mg->found != G_MAXUINT || !seen_add (e, c->key) ||
		    (mg->depth == 1 && o->shard_count > 1 && mg->k % o->shard_count != o->shard_index)) {
			drop (mg, c->s, maker);
			g_clear_pointer (&c->bad, g_free);
			g_clear_pointer (&c->path, g_free);
			continue;
		}
		if (c->path) {
			info.path = g_string_chunk_insert_const (e->strings, c->path);
			g_clear_pointer (&c->path, g_free);
		}
		g_array_append_val (e->nodes, info);
		if (c->bad) {
			*mg->found = nn.id;
			*mg->reason = g_steal_pointer (&c->bad);
			drop (mg, c->s, maker);
			continue;
		}
		memcpy (nn.pc, c->pc, sizeof nn.pc);
		g_array_append_val (mg->next, nn);
	}
}

/*
 * Merges the nodes expanded so far that follow the ones merged, in level
 * order.  The first worker calls it after each node it expands
 * (@concurrent: the others still run), the caller once more for the rest
 * when all are done.  While the workers run, the set of keys seen may gain
 * keys but not grow: they read it (settle), and a key the merge put there
 * is one of an earlier node of the level, whose state the merge keeps, so
 * a worker that finds it drops only what the merge would have dropped.
 * When the set has no room left, the rest waits for the workers' end.
 * What the merge drops meanwhile it frees itself; afterwards the workers
 * free it together (free_run).
 */
static void
merge_ready (merger *mg, level_plan *p, gboolean concurrent)
{
	mg->now = concurrent;
	while (mg->i < p->n && g_atomic_int_get (&p->done[mg->i])) {
		guint i = mg->i;

		if (concurrent && !key_set_room (&mg->e->seen, p->n_kids[i]))
			return;
		/* the keys of the children two nodes on are looked for while
		 * these merge */
		if (i + 2 < p->n && g_atomic_int_get (&p->done[i + 2])) {
			for (guint j = 0; j < p->n_kids[i + 2]; j++) {
				if (p->kids_at[i + 2][j].s)
					key_set_prefetch (&mg->e->seen, p->kids_at[i + 2][j].key);
			}
		}
		merge (mg, &p->level[i], p->kids_at[i], p->n_kids[i], p->by[i]);
		mg->i++;
	}
}

/* Expands a level (freeing its sessions); returns the next one, or sets
 * *found to a node id.  The workers expand, judge and drop what earlier
 * levels saw; the first merges as it goes, in level order (merge_ready),
 * so the node ids, the states kept and the trace are the ones a single
 * thread gives; what the merge drops goes back to the worker that made it
 * (returned), which frees it as it goes or, for what is left, after the
 * level. */
static GArray *
expand_level (explorer *e, GArray *level, guint depth, guint *found, char **reason, GError **error)
{
	guint jobs = MAX (1u, MIN (MIN (e->o->jobs, MAX_JOBS), level->len));
	level_plan plan = { .level = (live_node *) level->data, .n = level->len, .kids_at = g_new (child *, level->len),
			    .n_kids = g_new (guint, level->len), .done = g_new0 (gint, level->len),
			    .by = g_new (guint8, level->len) };
	GArray *next = g_array_new (FALSE, TRUE, sizeof (live_node));
	merger mg = { e, depth, 0, found, reason, next, &plan, error, 0, FALSE };
	work ws[MAX_JOBS];
	guint freeing = 0;

	/* room for as many new keys as the level has nodes, made now, before
	 * the workers read the set (a level that keeps more merges the rest
	 * after them) */
	key_set_reserve (&e->seen, level->len);
	for (guint j = 0; j < jobs; j++) {
		kid_store_reset (&e->kids[j]);
		ws[j] = (work) { e, &plan, j, jobs, &e->kids[j], NULL, &e->mine[j].set, e->seen, j ? NULL : &mg, NULL };
		g_mutex_init (&plan.parts[j].lock);
		g_mutex_init (&plan.back[j].lock);
		plan.parts[j].lo = explore_first_takes_all ? 0 : (gint) (level->len * j / jobs);
		plan.parts[j].hi = explore_first_takes_all ? (j ? 0 : (gint) level->len) : (gint) (level->len * (j + 1) / jobs);
	}
	run_parts (ws, jobs, work_run);
	for (guint j = 0; j < jobs; j++) {
		if (ws[j].error && !*error)
			g_propagate_error (error, ws[j].error);
		else
			g_clear_error (&ws[j].error);
		g_mutex_clear (&plan.parts[j].lock);
	}

	merge_ready (&mg, &plan, FALSE); /* what is left, in level order */
	g_assert (mg.i == plan.n);
	g_free (plan.kids_at);
	g_free (plan.n_kids);
	g_free (plan.done);
	g_free (plan.by);
	for (guint j = 0; j < jobs; j++) {
		if (plan.back[j].states)
			freeing = j + 1;
	}
	run_parts (ws, freeing, free_run);
	for (guint j = 0; j < jobs; j++)
		g_mutex_clear (&plan.back[j].lock);
	return next;
}

static void
free_level (GArray *level)
{
	for (guint i = 0; i < level->len; i++)
		session_free (g_array_index (level, live_node, i).s);
	g_array_unref (level);
}

/* ---- setup and result ---- */

static script_session *
run_setup (explorer *e, GError **error)
{
	script_session *s = session_new (e->script, e->o->policy);

	for (guint op = 0; op < extsim_script_get_n_ops (e->script); op++) {
		const extsim_script_op *o = extsim_script_get_op (e->script, op);
		guint t = script_command_thread (e->script, o->command);

		if (t == 0) {
			if (!session_run_op (s, op, error)) {
				session_free (s);
				return NULL;
			}
		} else if (!opens_for_next (e->script, op)) {
			g_array_append_val (e->ops[t - 1], op);
		}
	}
	return s;
}

static guint64
nodes_digest (const explorer *e)
{
	guint64 h = 0xcbf29ce484222325ull;

	for (guint i = 0; i < e->nodes->len; i++) {
		const node_info *n = &g_array_index (e->nodes, node_info, i);
		const guint64 w[] = { n->parent, n->action.kind, n->action.thread, n->action.op, n->action.ino.root,
				      n->action.ino.ino, n->action.offset, n->action.len };

		for (guint k = 0; k < G_N_ELEMENTS (w); k++)
			h = (h ^ w[k]) * 0x100000001b3ull;
	}
	return h;
}

static void
trace_to (const explorer *e, guint id, extsim_explore_result *r)
{
	while (id != G_MAXUINT) {
		const node_info *n = &g_array_index (e->nodes, node_info, id);

		if (n->parent == G_MAXUINT)
			break;
		g_array_prepend_val (r->trace, n->action);
		g_ptr_array_insert (r->paths, 0, n->path ? g_string_chunk_insert_const (r->strings, n->path) : NULL);
		id = n->parent;
	}
}

gboolean
extsim_explore (const extsim_script *script, const extsim_explore_options *options,
		extsim_explore_result **out_result, GError **error)
{
	extsim_explore_options defaults = EXTSIM_EXPLORE_OPTIONS_INIT;
	explorer e = { .script = script, .o = options ? options : &defaults };
	guint depth_max, found = G_MAXUINT;
	g_autofree char *reason = NULL;
	extsim_explore_result *r;
	node_info root_info = { .parent = G_MAXUINT };
	live_node root = { NULL, 0, { 0 } };
	GArray *level;

	g_return_val_if_fail (script != NULL && out_result != NULL, FALSE);
	*out_result = NULL;
	if (e.o->version != EXTSIM_EXPLORE_OPTIONS_VERSION)
		return set_error (error, EXTSIM_ERROR_INVAL, "explore options version %u unknown", e.o->version);
	if (e.o->shard_count > 1 && e.o->shard_index >= e.o->shard_count)
		return set_error (error, EXTSIM_ERROR_INVAL, "shard %u of %u does not exist", e.o->shard_index,
				  e.o->shard_count);
	e.n_threads = script_n_threads (script) - 1;
	if (e.n_threads == 0)
		return set_error (error, EXTSIM_ERROR_INVAL,
				  "%s: no thread to explore: mark where each thread starts with a line '#@thread NAME'",
				  extsim_script_get_filename (script));
	if (e.n_threads > MAX_THREADS)
		return set_error (error, EXTSIM_ERROR_INVAL, "%s: %u threads; at most %u", extsim_script_get_filename (script),
				  e.n_threads, MAX_THREADS);
	if (script_first_conditional (script)) {
		const extsim_script_command *c = script_first_conditional (script);

		/* the steps of a thread would depend on exit statuses */
		return set_error (error, EXTSIM_ERROR_OPNOTSUPP, "%s:%u:%u: '%s' after && or ||: explore takes none",
				  extsim_script_get_filename (script), c->line, c->column, c->name);
	}
	if (script_first_power_loss (script)) {
		const extsim_script_command *c = script_first_power_loss (script);

		/* a state would carry its last commit's and its log's copies:
		 * not measured yet against the explorer's rates */
		return set_error (error, EXTSIM_ERROR_OPNOTSUPP,
				  "%s:%u:%u: '%s': a power loss; explore takes none (extsim run does)",
				  extsim_script_get_filename (script), c->line, c->column, c->name);
	}
	pmap_alloc_small_pages_begin ();
	for (guint t = 0; t < e.n_threads; t++)
		e.ops[t] = g_array_new (FALSE, FALSE, sizeof (guint));
	e.start = e.last_report = g_get_monotonic_time ();
	e.nodes = g_array_new (FALSE, TRUE, sizeof (node_info));
	e.seen = key_set_new ();
	e.strings = g_string_chunk_new (256);
	depth_max = e.o->depth ? e.o->depth : DEFAULT_DEPTH;

	root.s = run_setup (&e, error);
	if (root.s)
		session_pin (root.s, &e.pins);
	for (guint t = 0; root.s && t < e.n_threads; t++) {
		if (e.ops[t]->len > G_MAXUINT8) {
			set_error (error, EXTSIM_ERROR_INVAL, "%s: thread %s has %u operations; at most %u",
				   extsim_script_get_filename (script), script_thread_name (script, t + 1), e.ops[t]->len,
				   G_MAXUINT8);
			g_clear_pointer (&root.s, session_free);
		}
	}
	e.start = e.last_report = g_get_monotonic_time (); /* the search, not the setup */
	level = g_array_new (FALSE, TRUE, sizeof (live_node));
	if (root.s) {
		g_array_append_val (e.nodes, root_info);
		seen_add (&e, node_key (root.s, root.pc, e.n_threads));
		g_array_append_val (level, root);
	}
	e.depth_max = depth_max;
	e.progress.eta_seconds = -1;
	e.sizes = g_array_new (FALSE, FALSE, sizeof (guint64));
	g_array_append_val (e.sizes, (guint64) { 1 });
	for (guint depth = 1; root.s && depth <= depth_max && level->len && found == G_MAXUINT; depth++) {
		GArray *next;

		e.generated_before = e.progress.states_generated;
		next = expand_level (&e, level, depth, &found, &reason, error);

		free_level (level);
		level = next;
		report (&e, depth, level->len, FALSE);
		if (*error)
			break;
	}
	free_level (level);
	session_unpin (&e.pins); /* every state is freed */
	report (&e, e.progress.depth, 0, TRUE);
	if (root.s && !(error && *error)) {
		r = g_new0 (extsim_explore_result, 1);
		r->script = script;
		r->trace = g_array_new (FALSE, TRUE, sizeof (extsim_action));
		r->paths = g_ptr_array_new ();
		r->strings = g_string_chunk_new (256);
		if (found != G_MAXUINT)
			trace_to (&e, found, r);
		r->reason = g_steal_pointer (&reason);
		r->progress = e.progress;
		r->digest = nodes_digest (&e);
		*out_result = r;
	}
	for (guint t = 0; t < e.n_threads; t++)
		g_array_unref (e.ops[t]);
	g_array_unref (e.nodes);
	g_free (e.seen.slots);
	g_array_unref (e.sizes);
	g_string_chunk_free (e.strings);
	for (guint j = 0; j < MAX_JOBS && e.kids[j].blocks; j++) {
		g_ptr_array_unref (e.kids[j].blocks);
		g_free (e.mine[j].set.slots);
	}
	pmap_alloc_small_pages_end ();
	return *out_result != NULL;
}

guint64
explore_result_digest (const extsim_explore_result *r)
{
	return r->digest;
}

void
extsim_explore_result_free (extsim_explore_result *r)
{
	if (!r)
		return;
	g_array_unref (r->trace);
	g_ptr_array_unref (r->paths);
	g_string_chunk_free (r->strings);
	g_free (r->reason);
	g_free (r);
}

gboolean
extsim_explore_result_found (const extsim_explore_result *r)
{
	g_return_val_if_fail (r != NULL, FALSE);
	return r->reason != NULL;
}

const GArray *
extsim_explore_result_get_trace (const extsim_explore_result *r)
{
	g_return_val_if_fail (r != NULL, NULL);
	return r->trace;
}

const char *
extsim_explore_result_get_reason (const extsim_explore_result *r)
{
	g_return_val_if_fail (r != NULL, NULL);
	return r->reason;
}

void
extsim_explore_result_get_progress (const extsim_explore_result *r, extsim_explore_progress *out)
{
	g_return_if_fail (r != NULL && out != NULL);
	*out = r->progress;
}

/* ---- the trace as words and as a script ---- */

static const char *
trace_path (const extsim_explore_result *r, const extsim_action *a)
{
	for (guint i = 0; i < r->trace->len; i++) {
		if (&g_array_index (r->trace, extsim_action, i) == a)
			return r->paths->pdata[i];
	}
	return NULL;
}

char *
extsim_action_to_string (const extsim_explore_result *r, const extsim_action *a)
{
	const extsim_script_op *op;
	const char *path;

	g_return_val_if_fail (r != NULL && a != NULL, NULL);
	switch (a->kind) {
	case EXTSIM_ACTION_OP:
		op = extsim_script_get_op (r->script, a->op);
		return g_strdup_printf ("thread %s, line %u: %s", script_thread_name (r->script, a->thread), op->line,
					op->text);
	case EXTSIM_ACTION_WRITEBACK:
		path = trace_path (r, a);
		if (!a->len)
			return g_strdup_printf ("background writeback of %s", path ? path : "a file");
		return g_strdup_printf ("background writeback of %s [%" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT ")",
					path ? path : "a file", a->offset, a->offset + a->len);
	case EXTSIM_ACTION_COMMIT:
		return g_strdup ("transaction commit");
	}
	return g_strdup ("?");
}

/* One operation as a command line of its own. */
static void
op_line (GString *out, const extsim_script *script, guint index)
{
	const extsim_script_op *op = extsim_script_get_op (script, index);
	const extsim_script_command *cmd = extsim_script_get_command (script, op->command);

	if (op->kind == EXTSIM_SCRIPT_OP_OPEN) {
		if (op->flags & EXTSIM_SCRIPT_OP_CREATE)
			g_string_append_printf (out, "touch %s\n", op->path);
		if (op->flags & EXTSIM_SCRIPT_OP_TRUNC)
			g_string_append_printf (out, "xfs_io -c \"truncate 0\" %s\n", op->path);
	} else if (g_str_equal (cmd->name, "xfs_io")) {
		const extsim_script_op *open = has_open (script, index) ? extsim_script_get_op (script, index - 1) : NULL;

		guint32 of = open ? open->flags : 0;

		g_string_append_printf (out, "xfs_io %s%s%s-c \"%s\" %s\n", (of & EXTSIM_SCRIPT_OP_CREATE) ? "-f " : "",
					(of & EXTSIM_SCRIPT_OP_SYNC_WRITES) ? "-s " : "",
					(of & EXTSIM_SCRIPT_OP_DIRECT) ? "-d " : "", op->text, op->path);
	} else if (op->kind == EXTSIM_SCRIPT_OP_MD5SUM) {
		g_string_append_printf (out, "md5sum %s\n", op->path);
	} else if (op->kind == EXTSIM_SCRIPT_OP_CAT) {
		g_string_append_printf (out, "cat %s > /dev/null\n", op->path);
	} else if (g_str_equal (cmd->name, "truncate") || cmd->n_ops > 1) {
		/* one operation per file (touch, rm, mkdir, stat, du, ...): its own
		 * command line */
		g_string_append_printf (out, "%s\n", op->text);
	} else {
		g_string_append_printf (out, "%s\n", cmd->text);
	}
}

char *
extsim_explore_result_to_script (const extsim_explore_result *r)
{
	GString *out;

	g_return_val_if_fail (r != NULL, NULL);
	out = g_string_new (NULL);
	g_string_append_printf (out, "# %s, replayed by extsim explore\n# setup\n",
				extsim_script_get_filename (r->script));
	for (guint c = 0; c < extsim_script_get_n_commands (r->script); c++) {
		if (script_command_thread (r->script, c) == 0)
			g_string_append_printf (out, "%s\n", extsim_script_get_command (r->script, c)->text);
	}
	g_string_append (out, "# the trace\n");
	for (guint i = 0; i < r->trace->len; i++) {
		const extsim_action *a = &g_array_index (r->trace, extsim_action, i);
		const char *path = r->paths->pdata[i];

		switch (a->kind) {
		case EXTSIM_ACTION_OP:
			g_string_append_printf (out, "# thread %s\n", script_thread_name (r->script, a->thread));
			op_line (out, r->script, a->op);
			break;
		case EXTSIM_ACTION_WRITEBACK:
			g_string_append_printf (out, "xfs_io -c \"sync_range -w %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT "\" %s\n",
						a->offset, a->len, path ? path : "?");
			break;
		case EXTSIM_ACTION_COMMIT:
			g_string_append (out, "#@commit\n");
			break;
		}
	}
	if (r->reason)
		g_string_append_printf (out, "# found: %s\n", r->reason);
	return g_string_free (out, FALSE);
}
