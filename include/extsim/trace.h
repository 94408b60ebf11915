/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/extsim-export.h>
#include <extsim/fs.h>

G_BEGIN_DECLS

typedef enum {
	EXTSIM_EVENT_RESERVE,           /* data space reserved for write(2) calls */
	EXTSIM_EVENT_RESERVE_FAIL,      /* a reservation failed */
	EXTSIM_EVENT_FLUSH,             /* all delalloc flushed and committed to find space */
	EXTSIM_EVENT_ADMIT_NORESERVE,   /* a write admitted without reservation */
	EXTSIM_EVENT_WRITE_ENOSPC,      /* a write(2) call failed with ENOSPC */
	EXTSIM_EVENT_NOCOW,             /* writeback in place */
	EXTSIM_EVENT_COW,               /* writeback to a newly allocated extent */
	EXTSIM_EVENT_WRITEBACK_ENOSPC,  /* COW found no free space: pages dropped */
	EXTSIM_EVENT_COMMIT,            /* transaction commit */
	EXTSIM_EVENT_EXTENT_FREED,      /* last reference dropped: used -> pinned; or, truncated
	                                 * before written, straight back to free space */
	EXTSIM_EVENT_REF_ADDED,         /* a back reference added by clone, dedupe or snapshot */
	EXTSIM_EVENT_PREPARE,           /* a policy's remap or snapshot preparation ran */
	EXTSIM_EVENT_PREALLOC,          /* fallocate allocated a PREALLOC extent */
	EXTSIM_EVENT_INLINE,            /* writeback stored a small file inline, in the metadata */
} extsim_event_kind;

typedef enum {
	EXTSIM_REASON_NONE,
	EXTSIM_REASON_FITS,                 /* used + may_use + len <= total */
	EXTSIM_REASON_NO_DATA_SPACE,        /* used + may_use + len > total */
	EXTSIM_REASON_NOCOW_OK,             /* PREALLOC (or NODATACOW) extent, not shared, newer than the last snapshot */
	EXTSIM_REASON_HOLE,                 /* no extent there: must allocate */
	EXTSIM_REASON_NOT_NOCOW_INODE,      /* written extent and the file is not NODATACOW */
	EXTSIM_REASON_COW_FILE,             /* the file is neither NODATACOW nor PREALLOC: always COW */
	EXTSIM_REASON_SHARED,               /* the whole extent has another back reference */
	EXTSIM_REASON_OLDER_THAN_SNAPSHOT,  /* extent generation <= the subvolume's last snapshot */
	EXTSIM_REASON_DELALLOC_IN_RANGE,    /* PREALLOC target already dirty: no NOCOW admission */
	EXTSIM_REASON_POLICY_REFUSED,       /* the policy does not admit writes without reservation */
	EXTSIM_REASON_NO_FREE_SPACE,        /* the allocator found no free space */
	EXTSIM_REASON_RESERVATION_FAILED,   /* reservation failed */
	EXTSIM_REASON_REMAP,                /* clone/dedupe */
	EXTSIM_REASON_SNAPSHOT,             /* snapshot */
	EXTSIM_REASON_LAST_REF,             /* the extent's last reference went */
	EXTSIM_REASON_INLINE,               /* the data is inline (in the metadata): COW, no extent to write into */
	EXTSIM_REASON_SMALL_FILE,           /* the whole file fits in max_inline bytes from offset 0 */
	EXTSIM_REASON_ORDERED_TRUNCATED,    /* a truncate dropped its ordered extent's pages before any was written */
} extsim_reason;

/**
 * extsim_event:
 * One decision of the model.  Loops the model runs in bulk (a write of many
 * write(2) calls that all reserve, or that all flush and go NORESERVE) are
 * reported as one event with @count > 1.
 */
typedef struct {
	extsim_event_kind kind;
	extsim_reason reason;
	guint64 step;
	extsim_ino ino;
	guint64 offset;
	guint64 len;
	guint64 bytenr;
	guint64 count;
} extsim_event;

typedef void (*extsim_trace_func) (const extsim_event *event, gpointer user_data);

/* @func NULL turns tracing off.  Clones share the callback. */
EXTSIM_EXPORT void extsim_fs_set_trace (extsim_fs *fs, extsim_trace_func func, gpointer user_data);
EXTSIM_EXPORT const char *extsim_event_kind_to_str (extsim_event_kind kind);
/* Plain words a student can follow. */
EXTSIM_EXPORT const char *extsim_reason_to_str (extsim_reason reason);
/* A stable identifier for programs ("nocow-ok", "shared", ...). */
EXTSIM_EXPORT const char *extsim_reason_to_name (extsim_reason reason);

G_END_DECLS
