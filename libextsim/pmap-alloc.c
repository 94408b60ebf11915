/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: where the nodes of every pmap live
 *
 * A node is a block of a power-of-two size (128 bytes and up) aligned to
 * its size, so pmap can find a node from a pointer into it.  malloc's
 * aligned allocations would leave a gap before nearly every node (a third
 * of the memory, measured), so each size has its own chunks instead:
 * CHUNK_BYTES mapped from the system, aligned to CHUNK_BYTES, cut into
 * nodes of that size; slot 0 is the chunk's header.
 *
 *   alloc:  lock the size; take a node from the first chunk with room (its
 *           free list, else its never-used tail); live += 1; a chunk that
 *           is full leaves the list of chunks with room
 *   free:   the chunk is the node's address masked with CHUNK_BYTES; lock
 *           its size; the node joins the chunk's free list; live -= 1; a
 *           full chunk rejoins the list; at live == 0 the chunk goes back
 *           to the system, unless it is the size's one spare
 *
 * Nodes of a map built together sit together in a few chunks.  A size's
 * third and later chunks ask for transparent huge pages: a search in a
 * state of 10^5 extents then meets far fewer TLB misses (a fifth less time
 * per random lookup, measured), and a small state's resident set stays
 * what its nodes need.  Not while the explorer runs
 * (pmap_alloc_small_pages_begin): its memory is always new, and a huge
 * page's first touch costs more than its TLB saves there.  One lock per size, because clones of a map, and so
 * its nodes, move between threads; a few free nodes of each size are kept
 * per thread, so that a lock is taken once per 32 nodes (see below).
 * The spare chunks go back to the system at exit, so nothing is left
 * mapped.  Under AddressSanitizer or valgrind every node is its own
 * aligned malloc instead, so those tools see each node's life.
 *
 * The explorer's other per-state objects (a filesystem of 1.3 KiB, a
 * session of about 0.7) come from chunks too, one size per multiple of
 * 64 bytes (obj_alloc0, obj_dup, obj_free; aligned to nothing but 64
 * bytes, and never found from a pointer into them).  From malloc, whose
 * arenas have a lock each, a state made by one worker and freed by the
 * other made the threads wait on each other's arena: the benchmark's
 * search (0.84 million states) on two threads switched context about
 * 4,000 times, most of them waits on malloc's locks, and took 15% more
 * CPU than on one thread; from here, about 300 switches in all and 3-8%
 * more CPU.
 */
#include "pmap-alloc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* what every node alloc and free goes through: no calls on the way */
#define ALWAYS_INLINE inline __attribute__ ((always_inline))

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define HAVE_VALGRIND_H 1
#endif
#endif

#if defined(__SANITIZE_ADDRESS__)
#define NODE_MALLOC_ALWAYS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NODE_MALLOC_ALWAYS 1
#endif
#endif

#define CHUNK_BYTES ((gsize) 2 * 1024 * 1024)
/* Chunks of a size mapped before its chunks ask for huge pages: a small
 * state keeps a small resident set, a big one saves most TLB misses. */
#define SMALL_CHUNKS 2
#define MIN_SHIFT 7  /* 128 bytes */
#define MAX_SHIFT 15 /* 32 KiB */
#define N_NODE_SIZES (MAX_SHIFT - MIN_SHIFT + 1)
/* Objects: every multiple of OBJ_STEP up to OBJ_MAX is a size of its own. */
#define OBJ_STEP 64
#define OBJ_MAX 4096
#define N_SIZES (N_NODE_SIZES + OBJ_MAX / OBJ_STEP)

typedef struct chunk chunk;

struct chunk {
	chunk *prev, *next; /* in its size's list of chunks with room */
	void *free;         /* freed nodes, linked through their first word */
	guint live;         /* nodes handed out */
	guint fresh;        /* slots handed out at least once: 1 .. fresh */
	guint bytes;        /* of a slot */
	gboolean listed;
};

typedef struct {
	GMutex lock;
	chunk *room;  /* chunks with a free slot */
	chunk *spare; /* one empty chunk, kept against map/unmap churn */
	guint mapped; /* chunks mapped, the spare included */
	void *mags;   /* full batches of free slots a thread gave back (see below) */
	guint n_mags;
} size_class;

static size_class sizes[N_SIZES];
static gint small_page_users; /* pmap_alloc_small_pages_begin () */

/* Bytes of a slot of size i: the node sizes first, then the objects'. */
static guint
size_bytes (guint i)
{
	return i < N_NODE_SIZES ? 1u << (MIN_SHIFT + i) : (i - N_NODE_SIZES + 1) * OBJ_STEP;
}

/* Slots of a chunk of size i, the header's included. */
static guint
slots (guint i)
{
	return (guint) (CHUNK_BYTES / size_bytes (i));
}

static gboolean
use_malloc (void)
{
#if defined(NODE_MALLOC_ALWAYS)
	return TRUE;
#elif defined(HAVE_VALGRIND_H)
	return RUNNING_ON_VALGRIND != 0;
#else
	return FALSE;
#endif
}

static chunk *
chunk_map (guint i, gboolean huge)
{
	guint8 *p = mmap (NULL, 2 * CHUNK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	guintptr a;
	chunk *c;

	if (p == MAP_FAILED)
		g_error ("pmap: out of memory for a %" G_GSIZE_FORMAT "-byte chunk", CHUNK_BYTES);
	/* keep the aligned half, give back the rest */
	a = ((guintptr) p + CHUNK_BYTES - 1) & ~((guintptr) CHUNK_BYTES - 1);
	if (a > (guintptr) p)
		munmap (p, a - (guintptr) p);
	if ((guintptr) p + 2 * CHUNK_BYTES > a + CHUNK_BYTES)
		munmap ((void *) (a + CHUNK_BYTES), (guintptr) p + 2 * CHUNK_BYTES - (a + CHUNK_BYTES));
	if (huge)
		madvise ((void *) a, CHUNK_BYTES, MADV_HUGEPAGE);
	c = (chunk *) a;
	c->prev = c->next = NULL;
	c->free = NULL;
	c->live = 0;
	c->fresh = 1;
	c->bytes = size_bytes (i);
	c->listed = FALSE;
	return c;
}

static void
list_add (size_class *s, chunk *c)
{
	c->prev = NULL;
	c->next = s->room;
	if (s->room)
		s->room->prev = c;
	s->room = c;
	c->listed = TRUE;
}

static void
list_del (size_class *s, chunk *c)
{
	if (c->prev)
		c->prev->next = c->next;
	else
		s->room = c->next;
	if (c->next)
		c->next->prev = c->prev;
	c->prev = c->next = NULL;
	c->listed = FALSE;
}

/* The size serving a node of @bytes (a power of two), or G_MAXUINT
 * for one the chunks do not serve; every node alloc and free asks, so
 * no loop */
static ALWAYS_INLINE guint
node_size_of (gsize bytes)
{
	guint shift;

	g_assert (bytes && (bytes & (bytes - 1)) == 0);
	shift = (guint) __builtin_ctzll (bytes);
	return shift >= MIN_SHIFT && shift <= MAX_SHIFT && !use_malloc () ? shift - MIN_SHIFT : G_MAXUINT;
}

/* The size serving an object of @bytes, or G_MAXUINT. */
static ALWAYS_INLINE guint
obj_size_of (gsize bytes)
{
	g_assert (bytes > 0);
	return bytes <= OBJ_MAX && !use_malloc () ? N_NODE_SIZES + (guint) ((bytes - 1) / OBJ_STEP) : G_MAXUINT;
}

/* Takes one slot of size i from its chunks; the lock is held. */
static void *
take (size_class *s, guint i)
{
	chunk *c = s->room;
	void *p;

	if (!c) {
		c = s->spare ? s->spare
			     : chunk_map (i, s->mapped >= SMALL_CHUNKS && !g_atomic_int_get (&small_page_users));
		s->mapped += !s->spare;
		s->spare = NULL;
		list_add (s, c);
	}
	if (c->free) {
		p = c->free;
		c->free = *(void **) p;
	} else {
		p = (guint8 *) c + (gsize) c->fresh++ * c->bytes;
	}
	if (++c->live == slots (i) - 1)
		list_del (s, c);
	return p;
}

/* Gives node p back to its chunk; the lock of its size is held. */
static void
give (size_class *s, void *p)
{
	chunk *c = (chunk *) ((guintptr) p & ~((guintptr) CHUNK_BYTES - 1));

	*(void **) p = c->free;
	c->free = p;
	if (!c->listed)
		list_add (s, c);
	if (--c->live == 0) {
		list_del (s, c);
		if (s->spare) {
			munmap (c, CHUNK_BYTES);
			s->mapped--;
		} else {
			c->free = NULL;
			c->fresh = 1;
			s->spare = c;
		}
	}
}

/*
 * Each thread keeps a few free nodes of each size, so that the explorer's
 * worker threads, which copy and free nodes all the time, rarely take a
 * lock: a thread with none takes BATCH under one lock, a thread with more
 * than CACHE_MAX gives BATCH back under one lock.  Nodes in a cache count
 * as live for their chunk.  A thread's cache goes back at its exit; the
 * main thread's at the library's unload.
 *
 * What a thread gives back stays a batch, linked as it was in the cache
 * (a magazine): the size keeps up to MAG_BYTES of them, and a thread that
 * runs dry takes one whole, in one step.  Given back to their chunks one
 * by one, the nodes were taken again one by one, each read for the link
 * to the next under the lock: when one thread frees what another made (the
 * explorer's workers, whose states the merge drops), every such read
 * waited for a line from the other core's cache, one after the other, and
 * the chunks' headers went back and forth between the two (bench/README.md).
 * Only while two threads or more hold caches: with one, a batch serves
 * nobody else, and the simple operations of the benchmark ran 4-11% slower
 * at 10^5 extents with batches kept than with every node back in its
 * chunk (alternating runs).
 */
#define BATCH 32
#define CACHE_MAX (2 * BATCH)
#define MAG_BYTES ((gsize) 1024 * 1024)

/* The magazines size i keeps at most: at least one. */
static guint
mags_max (guint i)
{
	return (guint) MAX ((gsize) 1, MAG_BYTES / ((gsize) BATCH * size_bytes (i)));
}

/* The second word of a magazine's first slot links it to the next one. */
static void **
mag_next (void *p)
{
	return (void **) p + 1;
}

#define KEPT_ARRAYS 8
#define KEPT_ARRAY_BYTES 4096 /* a longer one goes: its buffer would stay that long */

typedef struct {
	void *top[N_SIZES]; /* linked through their first word */
	guint count[N_SIZES];
	GArray *arrays[KEPT_ARRAYS]; /* scratch_array_new (): empty, kept for the next */
	guint n_arrays;
} thread_cache;

/* The thread's cache, made at its first node.  Only a pointer is thread
 * local, in the initial-exec model: each node alloc and free reads it, and
 * a library's thread-local variable otherwise costs a call
 * (__tls_get_addr) at every read, a hundredth of the explorer's time; 8
 * bytes of static TLS also fit a dlopen'ed library. */
static __thread thread_cache *tcache __attribute__ ((tls_model ("initial-exec")));
static gint n_caches; /* threads with a cache */

static void
cache_flush (thread_cache *tc, guint i, guint keep)
{
	size_class *s = &sizes[i];

	g_mutex_lock (&s->lock);
	while (tc->count[i] - keep >= BATCH && s->n_mags < mags_max (i) && g_atomic_int_get (&n_caches) > 1) {
		void *first = tc->top[i], *last = first;

		/* the links were written as the nodes were freed: all cached */
		for (guint k = 1; k < BATCH; k++)
			last = *(void **) last;
		tc->top[i] = *(void **) last;
		tc->count[i] -= BATCH;
		*mag_next (first) = s->mags;
		s->mags = first;
		s->n_mags++;
	}
	while (tc->count[i] > keep) {
		void *p = tc->top[i];

		tc->top[i] = *(void **) p;
		tc->count[i]--;
		give (s, p);
	}
	g_mutex_unlock (&s->lock);
}

static void
cache_release (gpointer data)
{
	thread_cache *tc = data;

	if (!tc)
		return;
	for (guint i = 0; i < N_SIZES; i++)
		cache_flush (tc, i, 0);
	for (guint i = 0; i < tc->n_arrays; i++)
		g_array_unref (tc->arrays[i]);
	g_free (tc);
	g_atomic_int_add (&n_caches, -1);
	if (tcache == tc)
		tcache = NULL;
}

/* Holds the thread's cache, so that the thread's exit calls cache_release. */
static GPrivate exit_hook = G_PRIVATE_INIT (cache_release);

static ALWAYS_INLINE thread_cache *
my_cache (void)
{
	thread_cache *tc = tcache;

	if (G_LIKELY (tc))
		return tc;
	tc = tcache = g_new0 (thread_cache, 1);
	g_atomic_int_inc (&n_caches);
	g_private_set (&exit_hook, tc);
	return tc;
}

/* A slot of size i, from the thread's cache. */
static ALWAYS_INLINE void *
cached_alloc (guint i)
{
	thread_cache *tc = my_cache ();
	void *p;

	if (G_UNLIKELY (!tc->count[i])) {
		size_class *s = &sizes[i];

		g_mutex_lock (&s->lock);
		if (s->mags) {
			tc->top[i] = s->mags;
			tc->count[i] = BATCH;
			s->mags = *mag_next (s->mags);
			s->n_mags--;
		}
		for (; tc->count[i] < BATCH; tc->count[i]++) {
			p = take (s, i);
			*(void **) p = tc->top[i];
			tc->top[i] = p;
		}
		g_mutex_unlock (&s->lock);
	}
	p = tc->top[i];
	tc->top[i] = *(void **) p;
	tc->count[i]--;
	return p;
}

static ALWAYS_INLINE void
cached_free (void *p, guint i)
{
	thread_cache *tc = my_cache ();

	*(void **) p = tc->top[i];
	tc->top[i] = p;
	if (G_UNLIKELY (++tc->count[i] > CACHE_MAX))
		cache_flush (tc, i, BATCH);
}

/* Every scratch array zeroes what set_size adds (clear): so any kept one
 * of the element size serves any caller. */
GArray *
scratch_array_new (guint elt)
{
	thread_cache *tc = my_cache ();

	for (guint i = tc->n_arrays; i-- > 0;) {
		GArray *a = tc->arrays[i];

		if (g_array_get_element_size (a) == elt) {
			tc->arrays[i] = tc->arrays[--tc->n_arrays];
			return a;
		}
	}
	return g_array_new (FALSE, TRUE, elt);
}

void
scratch_array_free (GArray *a)
{
	thread_cache *tc;

	if (!a)
		return;
	tc = my_cache ();
	if (tc->n_arrays == KEPT_ARRAYS || (gsize) a->len * g_array_get_element_size (a) > KEPT_ARRAY_BYTES) {
		g_array_unref (a);
		return;
	}
	g_array_set_size (a, 0);
	tc->arrays[tc->n_arrays++] = a;
}

void *
pmap_node_alloc (gsize bytes)
{
	guint i = node_size_of (bytes);
	void *p;

	if (i == G_MAXUINT) {
		if (posix_memalign (&p, bytes, bytes) != 0)
			g_error ("pmap: out of memory for a %" G_GSIZE_FORMAT "-byte node", bytes);
		return p;
	}
	return cached_alloc (i);
}

gboolean
pmap_alloc_uses_malloc (void)
{
	return use_malloc ();
}

void
pmap_node_free (void *p, gsize bytes)
{
	guint i = node_size_of (bytes);

	if (i == G_MAXUINT)
		free (p);
	else
		cached_free (p, i);
}

void *
obj_alloc0 (gsize bytes)
{
	guint i = obj_size_of (bytes);
	void *p;

	if (i == G_MAXUINT)
		return g_malloc0 (bytes);
	p = cached_alloc (i);
	memset (p, 0, bytes);
	return p;
}

void *
obj_dup (const void *from, gsize bytes)
{
	guint i = obj_size_of (bytes);
	void *p;

	if (i == G_MAXUINT)
		return g_memdup2 (from, bytes);
	p = cached_alloc (i);
	memcpy (p, from, bytes);
	return p;
}

void
obj_free (void *p, gsize bytes)
{
	guint i;

	if (!p)
		return;
	i = obj_size_of (bytes);
	if (i == G_MAXUINT)
		g_free (p);
	else
		cached_free (p, i);
}

void
pmap_alloc_small_pages_begin (void)
{
	g_atomic_int_inc (&small_page_users);
}

void
pmap_alloc_small_pages_end (void)
{
	g_return_if_fail (g_atomic_int_get (&small_page_users) > 0);
	g_atomic_int_dec_and_test (&small_page_users);
}

/* The unloading thread's cache and the spares are all that is left mapped
 * once every map is cleared. */
__attribute__ ((destructor)) static void
release_spares (void)
{
	/* the unloading thread's exit hook would come too late */
	cache_release (g_private_get (&exit_hook));
	g_private_set (&exit_hook, NULL);
	for (guint i = 0; i < N_SIZES; i++) {
		size_class *s = &sizes[i];

		/* the magazines' slots back to their chunks, which may go */
		while (s->mags) {
			void *p = s->mags;

			s->mags = *mag_next (p);
			s->n_mags--;
			for (guint k = 0; k < BATCH; k++) {
				void *next = *(void **) p;

				give (s, p);
				p = next;
			}
		}
		if (sizes[i].spare)
			munmap (sizes[i].spare, CHUNK_BYTES);
		sizes[i].spare = NULL;
	}
}
