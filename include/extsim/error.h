/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

#include <extsim/extsim-export.h>

G_BEGIN_DECLS

/**
 * EXTSIM_ERROR:
 *
 * The error domain of every fallible libextsim call.  Codes are named after
 * the errno the kernel returns in the same situation, so a caller can print
 * what the real tool would (see extsim_error_to_errno()).
 */
#define EXTSIM_ERROR (extsim_error_quark ())

typedef enum {
	EXTSIM_ERROR_INVAL,     /* EINVAL: bad argument (alignment, range, overlap) */
	EXTSIM_ERROR_NOSPC,     /* ENOSPC: no data space at write, fallocate or writeback */
	EXTSIM_ERROR_NOENT,     /* ENOENT: no such inode or subvolume */
	EXTSIM_ERROR_ROFS,      /* EROFS: read-only subvolume */
	EXTSIM_ERROR_FBIG,      /* EFBIG: past the maximum file size */
	EXTSIM_ERROR_BADE,      /* EBADE: dedupe found the ranges differ */
	EXTSIM_ERROR_OPNOTSUPP, /* EOPNOTSUPP: not supported by the model or the kernel */
	EXTSIM_ERROR_XDEV,      /* EXDEV: objects of different filesystems */
} extsim_error_code;

EXTSIM_EXPORT GQuark extsim_error_quark (void);

/* The errno value the kernel would return for code. */
EXTSIM_EXPORT int extsim_error_to_errno (int code);

G_END_DECLS
