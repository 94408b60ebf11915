/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * What the explorer needs from the script layer: a *session*, the state of
 * a script being run (the filesystem, the files it named, its mounts), that
 * runs one operation at a time and can be cloned and hashed cheaply.
 */
#pragma once

#include <extsim/explore.h>
#include <extsim/script.h>

typedef struct script_session script_session;

/* A session before the first operation, running under @policy, without
 * output and without checking invariants at every step. */
script_session *session_new (const extsim_script *script, const extsim_policy *policy);
void session_free (script_session *s);
/* O(1) in the size of the filesystem. */
script_session *session_clone (const script_session *s);
/* A clone of @s whose filesystem is @fs (transfer full), a copy of the
 * filesystem of @s made by the caller (NULL: @s has none).  With @borrow
 * the clone takes no reference on the tables of @s: @s must neither change
 * nor go until the clone is freed or owns them (session_own). */
script_session *session_clone_with (const script_session *s, extsim_fs *fs, gboolean borrow);
void session_own (script_session *s);
/* Lets @s's clones, and theirs, share its file and directory tables and
 * its filesystem's nodes (fs_pin) without a reference each (session_own):
 * @pins holds one for all of them until session_unpin, which must come
 * after @s and the last of them are freed. */
typedef struct {
	GHashTable *dirs, *files;
	struct fs_pins *fs;
} session_pins;
void session_pin (script_session *s, session_pins *pins);
void session_unpin (session_pins *pins);
/* Runs operation @op.  The tools' own failures (ENOSPC, EINVAL) are part
 * of a run; FALSE only when the script cannot go on (*error says why). */
gboolean session_run_op (script_session *s, guint op, GError **error);
/* (transfer none) */
const extsim_script *session_script (const script_session *s);
/* extsim_fs_hash() of its filesystem, combined with the files it knows. */
guint64 session_hash (const script_session *s);
/* (nullable): no filesystem before mkfs.btrfs */
extsim_fs *session_fs (const script_session *s);
/* Asks for the state's memory ahead of its use, in stages that each read
 * what the one before asked for: 0 the session, 1 its filesystem's
 * struct, 2 the first lines of each of its maps' root nodes. */
void session_prefetch (const script_session *s, int stage);
/* (nullable) (transfer full): the path the script uses for @ino */
char *session_path_of (const script_session *s, extsim_ino ino);

/* The script's threads: 0 is the setup, 1.. follow the `#@thread` lines. */
guint script_n_threads (const extsim_script *script);
guint script_command_thread (const extsim_script *script, guint command);
/* (nullable): the first command after && or || */
const extsim_script_command *script_first_conditional (const extsim_script *script);
/* (nullable): the first power loss */
const extsim_script_command *script_first_power_loss (const extsim_script *script);
/* (transfer none) */
const char *script_thread_name (const extsim_script *script, guint thread);

/* The explorer's estimate of its time left (explore.c), for the progress
 * line: @sizes the size of each level so far (the root's, 1, first; the
 * frontier last), @made the children the last level generated, @rate
 * states a second.  0: nothing left; -1: unknown. */
double explore_eta (const guint64 *sizes, guint n, guint64 made, guint depth_max, double rate);

/* For tests of the workers' sharing of a level (explore.c): with
 * explore_first_takes_all, each level starts as the first worker's part
 * alone, so the others only take work from it; explore_takes counts the
 * parts taken from another worker since the program started. */
extern gboolean explore_first_takes_all;
extern gint explore_takes;
/* A digest of every state the search kept: its parent and the action that
 * made it, in the order kept (the node ids).  Equal for any number of
 * workers. */
guint64 explore_result_digest (const extsim_explore_result *r);
