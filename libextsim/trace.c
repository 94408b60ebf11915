/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Names and plain-word explanations of the model's decisions, for
 * `extsim run --trace` and for anyone reading events.
 */
#include "fs-private.h"

const char *
extsim_event_kind_to_str (extsim_event_kind kind)
{
	switch (kind) {
	case EXTSIM_EVENT_RESERVE: return "reserve";
	case EXTSIM_EVENT_RESERVE_FAIL: return "reserve-failed";
	case EXTSIM_EVENT_FLUSH: return "flush";
	case EXTSIM_EVENT_ADMIT_NORESERVE: return "admit-noreserve";
	case EXTSIM_EVENT_WRITE_ENOSPC: return "write-enospc";
	case EXTSIM_EVENT_NOCOW: return "nocow";
	case EXTSIM_EVENT_COW: return "cow";
	case EXTSIM_EVENT_WRITEBACK_ENOSPC: return "writeback-enospc";
	case EXTSIM_EVENT_COMMIT: return "commit";
	case EXTSIM_EVENT_EXTENT_FREED: return "extent-freed";
	case EXTSIM_EVENT_REF_ADDED: return "ref-added";
	case EXTSIM_EVENT_PREPARE: return "prepare";
	case EXTSIM_EVENT_PREALLOC: return "prealloc";
	case EXTSIM_EVENT_INLINE: return "inline";
	}
	return "unknown";
}

const char *
extsim_reason_to_str (extsim_reason reason)
{
	switch (reason) {
	case EXTSIM_REASON_NONE: return "";
	case EXTSIM_REASON_FITS: return "the data space has room for it";
	case EXTSIM_REASON_NO_DATA_SPACE: return "used + reserved + pinned + may_use would exceed the data space";
	case EXTSIM_REASON_NOCOW_OK:
		return "the extent is PREALLOC (or the file NODATACOW), referenced only by this file at this offset, and newer than the last snapshot";
	case EXTSIM_REASON_HOLE: return "there is no extent here to write into";
	case EXTSIM_REASON_NOT_NOCOW_INODE: return "the extent is already written and the file is not NODATACOW";
	case EXTSIM_REASON_COW_FILE: return "the file is neither NODATACOW nor PREALLOC, so all its writes are COW";
	case EXTSIM_REASON_SHARED: return "the extent has another back reference (reflink, dedupe or snapshot), so it is shared";
	case EXTSIM_REASON_OLDER_THAN_SNAPSHOT: return "the extent is not newer than the subvolume's last snapshot";
	case EXTSIM_REASON_DELALLOC_IN_RANGE: return "part of the range is already dirty in a PREALLOC extent";
	case EXTSIM_REASON_POLICY_REFUSED: return "the policy never admits a write without a reservation";
	case EXTSIM_REASON_NO_FREE_SPACE: return "the allocator found no free space";
	case EXTSIM_REASON_RESERVATION_FAILED: return "a data reservation failed";
	case EXTSIM_REASON_REMAP: return "clone/dedupe";
	case EXTSIM_REASON_SNAPSHOT: return "a snapshot of the subvolume";
	case EXTSIM_REASON_LAST_REF: return "its last reference went away";
	case EXTSIM_REASON_INLINE: return "the data is inline, in the metadata: there is no extent to write into";
	case EXTSIM_REASON_SMALL_FILE: return "the whole file is at most max_inline (2048) bytes, from offset 0";
	case EXTSIM_REASON_ORDERED_TRUNCATED: return "a truncate dropped the pages of its ordered extent before any was written: free at once";
	}
	return "unknown";
}

const char *
extsim_reason_to_name (extsim_reason reason)
{
	switch (reason) {
	case EXTSIM_REASON_NONE: return "none";
	case EXTSIM_REASON_FITS: return "fits";
	case EXTSIM_REASON_NO_DATA_SPACE: return "no-data-space";
	case EXTSIM_REASON_NOCOW_OK: return "nocow-ok";
	case EXTSIM_REASON_HOLE: return "hole";
	case EXTSIM_REASON_NOT_NOCOW_INODE: return "not-nocow-inode";
	case EXTSIM_REASON_COW_FILE: return "cow-file";
	case EXTSIM_REASON_SHARED: return "shared";
	case EXTSIM_REASON_OLDER_THAN_SNAPSHOT: return "older-than-snapshot";
	case EXTSIM_REASON_DELALLOC_IN_RANGE: return "delalloc-in-range";
	case EXTSIM_REASON_POLICY_REFUSED: return "policy-refused";
	case EXTSIM_REASON_NO_FREE_SPACE: return "no-free-space";
	case EXTSIM_REASON_RESERVATION_FAILED: return "reservation-failed";
	case EXTSIM_REASON_REMAP: return "remap";
	case EXTSIM_REASON_SNAPSHOT: return "snapshot";
	case EXTSIM_REASON_LAST_REF: return "last-ref";
	case EXTSIM_REASON_INLINE: return "inline-data";
	case EXTSIM_REASON_SMALL_FILE: return "small-file";
	case EXTSIM_REASON_ORDERED_TRUNCATED: return "ordered-truncated";
	}
	return "unknown";
}
