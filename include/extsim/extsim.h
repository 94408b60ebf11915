/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The umbrella header: include this one. */
#pragma once

#include <extsim/check.h>
#include <extsim/error.h>
#include <extsim/explore.h>
#include <extsim/extsim-export.h>
#include <extsim/fs.h>
#include <extsim/fuzz.h>
#include <extsim/policy.h>
#include <extsim/script.h>
#include <extsim/trace.h>
#include <extsim/version.h>
