/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * pmap-alloc: memory for pmap's nodes, every node a power-of-two block
 * aligned to its size.  Thread-safe: a node may be freed by another thread
 * than the one that allocated it.
 */
#pragma once

#include <glib.h>

/* bytes: a power of two, 128 or more; never fails (aborts without memory) */
void *pmap_node_alloc (gsize bytes);
/* bytes: as given to pmap_node_alloc () */
void pmap_node_free (void *p, gsize bytes);
