/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim: run btrfs reproducers against the libextsim model.
 *
 *   extsim run [--policy NAME] [--check] [--trace] [--json] SCRIPT|-
 *   extsim explore [--policy NAME] [--depth N] [--jobs N] [--shard I/N] SCRIPT
 *   extsim fuzz [--seed S] [--ops N] [--runs R] [--policy NAME] [-f OP=W]
 *   extsim compare [--policies A,B,...] [WORKLOAD...]
 *   extsim policies
 *   extsim --help | --version
 *
 * This file only dispatches: each subcommand is a function taking its own
 * argc/argv (argv[0] is the subcommand's name), listed in the table below.
 * To add one, write cmd_NAME in its own file and add a row.
 */
#include "extsim.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

static int cmd_policies (int argc, char **argv);

gboolean
parse_shard (const char *text, guint *index, guint *count)
{
	char *end = NULL;
	guint64 i = g_ascii_strtoull (text, &end, 10), n;

	if (end == text || *end != '/')
		return FALSE;
	text = end + 1;
	n = g_ascii_strtoull (text, &end, 10);
	if (end == text || *end || n == 0 || i >= n || n > G_MAXUINT)
		return FALSE;
	*index = (guint) i;
	*count = (guint) n;
	return TRUE;
}

static const struct {
	const char *name;
	int (*run) (int argc, char **argv);
	const char *summary;
} subcommands[] = {
	{ "run", cmd_run, "run a reproducer script and say which ordering loses data, and why" },
	{ "explore", cmd_explore, "try every ordering of a script's threads and background writeback, shortest first" },
	{ "fuzz", cmd_fuzz, "random workloads from a seed; every failure shrunk to a small script" },
	{ "compare", cmd_compare, "every policy over the same workloads: harm against the cost of the fix" },
	{ "policies", cmd_policies, "list the kernel policies --policy accepts" },
};

static void
usage (FILE *out)
{
	fprintf (out, "Usage: extsim COMMAND [OPTION...]\n"
		      "       extsim --help | --version\n\n"
		      "Simulates btrfs buffered-data placement (data extents, data-space reservation,\n"
		      "NOCOW/COW writeback, reflink, dedupe, snapshots) and checks it against invariants.\n\n"
		      "Commands:\n");
	for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
		fprintf (out, "  %-10s %s\n", subcommands[i].name, subcommands[i].summary);
	fprintf (out, "\nRun 'extsim COMMAND --help' for a command's options.\n"
		      "Exit status: 0 clean, 1 an invariant was violated or data was lost,\n"
		      "2 the command could not run.\n");
}

static int
cmd_policies (int argc, char **argv)
{
	const extsim_policy *const *p = extsim_policy_presets ();

	if (argc > 1 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))) {
		printf ("Usage: extsim policies\n\nLists the kernel policies 'extsim run --policy NAME' accepts.\n");
		return EXIT_CLEAN;
	}
	if (argc > 1) {
		fprintf (stderr, "extsim policies: unexpected argument '%s'\n", argv[1]);
		return EXIT_CANNOT;
	}
	for (; *p; p++)
		printf ("%-16s %s\n", (*p)->name, (*p)->summary);
	return EXIT_CLEAN;
}

int
main (int argc, char **argv)
{
	/* only GLib's own messages follow the locale: everything the
	 * simulated tools print is formatted locale-free */
	setlocale (LC_ALL, "");
	if (argc < 2) {
		usage (stderr);
		return EXIT_CANNOT;
	}
	if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help")) {
		usage (stdout);
		return EXIT_CLEAN;
	}
	if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V")) {
		printf ("extsim %s\n", EXTSIM_VERSION);
		return EXIT_CLEAN;
	}
	for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++) {
		if (g_str_equal (argv[1], subcommands[i].name))
			return subcommands[i].run (argc - 1, argv + 1);
	}
	fprintf (stderr, "extsim: unknown command '%s'\n\n", argv[1]);
	usage (stderr);
	return EXIT_CANNOT;
}
