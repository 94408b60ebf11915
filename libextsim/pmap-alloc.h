/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * pmap-alloc: memory for pmap's nodes, every node a power-of-two block
 * aligned to its size, and for the objects the explorer makes and frees
 * with every state (a filesystem, a session).  Thread-safe: a node or an
 * object may be freed by another thread than the one that allocated it.
 */
#pragma once

#include <glib.h>

/* bytes: a power of two, 128 or more; never fails (aborts without memory) */
void *pmap_node_alloc (gsize bytes);
/* bytes: as given to pmap_node_alloc () */
void pmap_node_free (void *p, gsize bytes);
/* TRUE where every node and object is its own malloc (under
 * AddressSanitizer or valgrind), not a slot of the chunks */
gboolean pmap_alloc_uses_malloc (void);

/* An object of @bytes (any size; up to 4 KiB from the chunks, larger from
 * malloc), zeroed or copied from @from; never fails. */
void *obj_alloc0 (gsize bytes);
void *obj_dup (const void *from, gsize bytes);
/* bytes: as given when allocated; NULL is ignored */
void obj_free (void *p, gsize bytes);

/* A step's scratch list: an empty GArray of @elt-byte elements (what
 * g_array_set_size adds is zeroed), from a few kept per thread; give it back with
 * scratch_array_free (), or declare it g_autoptr (scratch_array).  Model
 * steps collect a few inodes or ranges at every commit, fsync and
 * writeback: a new GArray each time cost two allocations, two frees and a
 * locked reference count, a fortieth of the explorer's time. */
typedef GArray scratch_array;
GArray *scratch_array_new (guint elt);
void scratch_array_free (GArray *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (scratch_array, scratch_array_free)

/* While at least one caller is between begin and end, new chunks do not
 * ask for transparent huge pages.  For a program that keeps allocating
 * memory it has never touched, as the explorer does level after level
 * (each state's nodes new): a huge page is zeroed whole at its first touch,
 * and on the virtual machines measured that costs 2 to 4 times as much
 * per byte as small pages, more than huge pages save in TLB misses when
 * states live for one level.  Thread-safe; calls nest. */
void pmap_alloc_small_pages_begin (void);
void pmap_alloc_small_pages_end (void);
