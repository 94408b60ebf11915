/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Symbols are hidden by default (-fvisibility=hidden); the public API is
 * marked with EXTSIM_EXPORT. */
#if defined(EXTSIM_COMPILATION) && defined(__GNUC__)
#define EXTSIM_EXPORT __attribute__ ((visibility ("default")))
#else
#define EXTSIM_EXPORT
#endif
