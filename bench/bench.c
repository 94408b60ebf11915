/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim-bench: what the model costs, measured.  A report, not a test.
 *
 * WHAT IS MEASURED AND WHY
 *
 * The project promises that an operation costs what the extents it touches
 * cost, never bytes or pages, and sets three targets (issue 2, item 9):
 *
 *   1. speed:  >= 1 million simple operations per second on one thread
 *              with 10^5 live extents.  States of 10^3, 10^5 and 10^6 live
 *              extents are built, then a random mix of simple operations
 *              (bench_ops[] in states.c) runs on them, timed as a whole
 *              and each operation alone.
 *   2. memory: <= 256 bytes per live extent: the peak resident set of a
 *              process that built the state, minus the resident set it had
 *              before, divided by the live extents.
 *   3. the DESIGN.md section 1 case in under 1 ms of CPU, at 512 MiB and
 *              with every size scaled to 1 PiB (the same operations, write(2)
 *              calls still 4 KiB).  The model caps data extents at
 *              BTRFS_MAX_EXTENT_SIZE as the kernel does, so at 1 PiB the
 *              padding file becomes 2^23 extents; that variant is reported
 *              as it is, next to the one whose max_extent_size is scaled too.
 *
 * CPU time is CLOCK_PROCESS_CPUTIME_ID: the model is single-threaded and
 * never waits, so CPU time is what a caller pays, without the noise of
 * other programs on the machine.  Every measurement runs in a child process
 * (fork), so its peak resident set is its own.
 *
 * Where each part lives: states.c (1 and 2), section1.c (3), report.c
 * (the tables and --json), this file (processes, machine facts, main).
 *
 * The exit status is 0 whatever the numbers are; it is 1 only when the
 * model did something other than what is expected of it (an operation
 * failed, a state does not have the extents claimed, the section 1 case
 * ended otherwise than the kernel's history says).
 */
#include "bench.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const guint64 scale_sizes[] = { 1000, 100000, 1000000 };
/* --quick (CI) stops before the 10^6 state */
#define QUICK_SCALES 2
#define N_SCALES G_N_ELEMENTS (scale_sizes)
#define DEFAULT_MIX_OPS 100000
#define DEFAULT_RNG_SEED 0x5eed

guint64
cpu_ns (void)
{
	struct timespec ts;

	clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (guint64) ts.tv_sec * (guint64) NS_PER_S + (guint64) ts.tv_nsec;
}

guint64
proc_status_bytes (const char *field)
{
	g_autofree gchar *text = NULL;
	g_auto (GStrv) lines = NULL;
	gsize flen = strlen (field);

	if (!g_file_get_contents ("/proc/self/status", &text, NULL, NULL))
		return 0;
	lines = g_strsplit (text, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		if (strncmp (lines[i], field, flen) == 0 && lines[i][flen] == ':')
			return g_ascii_strtoull (lines[i] + flen + 1, NULL, 10) * EXTSIM_KiB;
	}
	return 0;
}

/* Writing 5 to clear_refs resets VmHWM; without it the baseline is the
 * peak this process inherited, which only makes the figures smaller. */
guint64
reset_peak_rss (void)
{
	FILE *f = fopen ("/proc/self/clear_refs", "w");

	if (f) {
		fputs ("5", f);
		fclose (f);
	}
	return proc_status_bytes ("VmHWM");
}

guint64
count_extents (const extsim_fs *fs)
{
	GArray *all = extsim_fs_extents (fs);
	guint64 n = all->len;

	g_array_unref (all);
	return n;
}

/* ---- machine facts ---- */

static gchar *
cpu_model (void)
{
	g_autofree gchar *text = NULL;
	g_auto (GStrv) lines = NULL;

	if (!g_file_get_contents ("/proc/cpuinfo", &text, NULL, NULL))
		return g_strdup ("unknown");
	lines = g_strsplit (text, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		const char *colon = strchr (lines[i], ':');

		if (g_str_has_prefix (lines[i], "model name") && colon)
			return g_strstrip (g_strdup (colon + 1));
	}
	return g_strdup ("unknown");
}

static const char *
build_kind (void)
{
#if defined(__OPTIMIZE__) && !defined(NDEBUG)
	return "optimized, assertions on";
#elif defined(__OPTIMIZE__)
	return "optimized, assertions off";
#else
	return "not optimized";
#endif
}

static void
machine_read (machine *m)
{
	struct utsname u;

	m->cpu = cpu_model ();
	m->nproc = g_get_num_processors ();
	m->kernel = uname (&u) == 0 ? g_strdup_printf ("%s %s %s", u.sysname, u.release, u.machine)
				    : g_strdup ("unknown");
	m->build = build_kind ();
}

/* ---- each measurement in its own process ---- */

typedef void (*child_fn) (gconstpointer arg, gpointer out);

static void
write_all (int fd, gconstpointer buf, gsize size)
{
	const char *p = buf;

	while (size) {
		ssize_t n = write (fd, p, size);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			_exit (EXIT_FAILURE);
		p += n;
		size -= (gsize) n;
	}
}

static gboolean
read_all (int fd, gpointer buf, gsize size)
{
	gsize got = 0;

	while (got < size) {
		ssize_t n = read (fd, (char *) buf + got, size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (gsize) n;
	}
	return got == size;
}

/* Runs fn in a child and copies its out (plain data, size bytes) back.
 * Without fork it runs here, and the memory figures include the parent. */
static gboolean
in_child (child_fn fn, gconstpointer arg, gpointer out, gsize size)
{
	int fds[2], status = 0;
	gboolean got;
	pid_t pid;

	fflush (stdout);
	fflush (stderr);
	if (pipe (fds) != 0 || (pid = fork ()) < 0) {
		fn (arg, out);
		return TRUE;
	}
	if (pid == 0) {
		close (fds[0]);
		fn (arg, out);
		write_all (fds[1], out, size);
		_exit (EXIT_SUCCESS);
	}
	close (fds[1]);
	got = read_all (fds[0], out, size);
	close (fds[0]);
	waitpid (pid, &status, 0);
	return got && WIFEXITED (status) && WEXITSTATUS (status) == EXIT_SUCCESS;
}

typedef struct {
	guint64 target;
	const run_opts *opts;
} scale_arg;

static void
scale_child (gconstpointer arg, gpointer out)
{
	const scale_arg *a = arg;

	run_scale (a->target, a->opts, out);
}

static void
seed_child (gconstpointer arg, gpointer out)
{
	run_seed (arg, out);
}

static gboolean
run_all (const run_opts *o, scale_result *sr, guint ns, seed_result *dr, guint nd)
{
	gboolean ok = TRUE;

	for (guint i = 0; i < ns; i++) {
		scale_arg a = { scale_sizes[i], o };

		g_printerr ("extsim-bench: %" G_GUINT64_FORMAT " live extents...\n", scale_sizes[i]);
		ok = in_child (scale_child, &a, &sr[i], sizeof sr[i]) && ok;
		ok = ok && sr[i].failed == 0 && sr[i].extents == sr[i].target;
	}
	for (guint i = 0; i < nd; i++) {
		const seed_variant *v = &seed_variants[i];
		seed_result *r = &dr[i * N_SEED_POLICIES];

		g_printerr ("extsim-bench: section 1 case, %s, %s extent caps...\n", v->size,
			    v->scale_caps ? "scaled" : "the kernel's");
		ok = in_child (seed_child, v, r, N_SEED_POLICIES * sizeof *r) && ok;
		for (guint p = 0; p < N_SEED_POLICIES; p++)
			ok = ok && r[p].as_expected;
	}
	return ok;
}

/* ---- main ---- */

static gboolean
parse_args (int *argc, char ***argv, run_opts *o, gboolean *json)
{
	gint64 mix = DEFAULT_MIX_OPS, seed = DEFAULT_RNG_SEED;
	GOptionEntry entries[] = {
		{ "quick", 0, 0, G_OPTION_ARG_NONE, &o->quick,
		  "10^3 and 10^5 extents only; no section 1 case with the kernel's cap at 1 PiB", NULL },
		{ "json", 0, 0, G_OPTION_ARG_NONE, json, "print JSON instead of tables", NULL },
		{ "ops", 0, 0, G_OPTION_ARG_INT64, &mix, "operations of the random mix per state", "N" },
		{ "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "seed of the random workload", "N" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	g_autoptr (GOptionContext) ctx = g_option_context_new ("- speed and memory of libextsim");
	GError *error = NULL;

	g_option_context_add_main_entries (ctx, entries, NULL);
	if (!g_option_context_parse (ctx, argc, argv, &error) || mix < 0) {
		g_printerr ("extsim-bench: %s\n", error ? error->message : "--ops must not be negative");
		g_clear_error (&error);
		return FALSE;
	}
	o->mix_ops = (guint64) mix;
	o->seed = (guint64) seed;
	return TRUE;
}

int
main (int argc, char **argv)
{
	run_opts o = { 0, 0, FALSE };
	gboolean json = FALSE, ok;
	scale_result sr[N_SCALES];
	seed_result *dr;
	guint ns, nd;
	machine m;

	if (!parse_args (&argc, &argv, &o, &json))
		return EXIT_FAILURE;
	ns = o.quick ? QUICK_SCALES : N_SCALES;
	nd = o.quick ? quick_seed_variants : n_seed_variants;
	memset (sr, 0, sizeof sr);
	dr = g_new0 (seed_result, n_seed_variants * N_SEED_POLICIES);
	machine_read (&m);
	ok = run_all (&o, sr, ns, dr, nd);
	if (json)
		json_report (&m, sr, ns, dr, nd);
	else
		text_report (&m, sr, ns, dr, nd);
	g_free (dr);
	g_free (m.cpu);
	g_free (m.kernel);
	if (!ok)
		g_printerr ("extsim-bench: the model did not behave as expected (see above)\n");
	return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
