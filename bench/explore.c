/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * extsim-bench-explore: how fast the explorer goes (the explorer issue's
 * benchmark; a report, never a test).
 *
 *   1. states per second on one thread: the section 1 setup (full 512 MiB
 *      filesystem, a NORESERVE page in a 64 MiB PREALLOC extent) with five
 *      threads of writes, fsyncs and a reflink, plus background writeback
 *      of each file and each dirty range (841,354 states generated,
 *      213,870 distinct, about three seconds); CPU time of the search only
 *      (the setup excluded), states generated / seconds.  Target: 500,000.
 *   2. the speed-up of --jobs 2 over --jobs 1, in wall-clock time (CPU
 *      time cannot show a speed-up).  Target: 1.7 on two cores.  This
 *      machine may be shared: the figure is only as good as the machine's
 *      idleness.
 *   3. bytes per stored state: the peak resident set of a child process
 *      that ran the search, above its baseline, over the distinct states.
 *
 * A virtual machine's neighbours move a run's figures by 10% and more, so
 * the searches run --runs times (3 by default), one thread then two, back
 * to back; the targets are judged on the medians, and the least and most
 * are printed beside them.
 *
 * Usage: build/bench/extsim-bench-explore [--depth N] [--policy NAME] [--runs N]
 */
#include <extsim/extsim.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char workload[] =
	"mkfs.btrfs -f $dev -b 512M > /dev/null\n"
	"mount $dev $mnt -o nospace_cache\n"
	"xfs_io -f -c \"falloc 8k 64m\" $mnt/file1\n"
	"xfs_io -f -c \"falloc 0 8m\" $mnt/file2\n"
	"xfs_io -f -c \"pwrite 0 -b 4k 512M\" $mnt/padding\n"
	"xfs_io -c \"pwrite 1m 16m\" $mnt/file1\n"
	"#@thread A\n"
	"xfs_io -c \"pwrite 20m 4k\" -c \"pwrite 24m 4k\" -c \"pwrite 28m 4k\" -c \"fsync\" $mnt/file1\n"
	"#@thread B\n"
	"xfs_io -c \"pwrite 1m 4k\" -c \"pwrite 2m 4k\" -c \"pwrite 5m 4k\" -c \"fsync\" $mnt/file2\n"
	"#@thread C\n"
	"xfs_io -c \"pwrite 3m 4k\" -c \"pwrite 6m 4k\" -c \"pwrite 7m 4k\" -c \"fdatasync\" $mnt/file2\n"
	"#@thread D\n"
	"xfs_io -c \"pwrite 40m 4k\" -c \"pwrite 44m 4k\" -c \"pwrite 48m 4k\" -c \"fsync\" $mnt/file1\n"
	"#@thread E\n"
	"xfs_io -c \"pwrite 50m 4k\" -c \"reflink $mnt/file2 0 60m 4k\" -c \"fsync\" $mnt/file1\n";

static double
cpu_seconds (void)
{
	struct timespec t;

	clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static double
wall_seconds (void)
{
	struct timespec t;

	clock_gettime (CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static long
peak_rss_kib (void)
{
	struct rusage ru;

	getrusage (RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

typedef struct {
	guint64 generated, distinct;
	double cpu, wall, seconds;
	gboolean found;
} run_stats;

static gboolean
search (const extsim_script *script, const char *policy, guint depth, guint jobs, run_stats *out)
{
	extsim_explore_options o = EXTSIM_EXPLORE_OPTIONS_INIT;
	extsim_explore_result *r = NULL;
	extsim_explore_progress p;
	g_autoptr (GError) err = NULL;
	double c0 = cpu_seconds (), w0 = wall_seconds ();

	o.policy = extsim_policy_lookup (policy);
	o.depth = depth;
	o.jobs = jobs;
	o.range_writeback = TRUE;
	if (!extsim_explore (script, &o, &r, &err)) {
		fprintf (stderr, "extsim-bench-explore: %s\n", err->message);
		return FALSE;
	}
	extsim_explore_result_get_progress (r, &p);
	/* the search's own wall time (setup excluded) scales the CPU time */
	*out = (run_stats) { p.states_generated, p.distinct_states, cpu_seconds () - c0, wall_seconds () - w0,
			     p.seconds, extsim_explore_result_found (r) };
	extsim_explore_result_free (r);
	return TRUE;
}

/* CPU time of the setup alone: a search of depth 0 is not possible, so
 * run the setup as a plain script. */
static double
setup_cpu (const extsim_script *script)
{
	extsim_script_result *res = NULL;
	double c0 = cpu_seconds ();

	extsim_script_run (script, NULL, &res, NULL);
	extsim_script_result_free (res);
	return cpu_seconds () - c0;
}

/* A search in a child process, as `extsim explore` runs in its own: its
 * peak resident set is its own (*bytes: per distinct state), and it gets
 * no memory an earlier search left behind.  (Run in the parent one after
 * another, the second and later searches took 10-15% more CPU than the
 * first, with the same states.) */
static gboolean
search_in_child (const extsim_script *script, const char *policy, guint depth, guint jobs, run_stats *out,
		 double *bytes)
{
	struct {
		run_stats st;
		double bytes;
		gboolean ok;
	} r = { { 0 }, -1, FALSE };
	int fds[2];
	pid_t pid;

	if (pipe (fds) != 0)
		return FALSE;
	pid = fork ();
	if (pid == 0) {
		long base = peak_rss_kib ();

		close (fds[0]);
		r.ok = search (script, policy, depth, jobs, &r.st);
		if (r.ok && r.st.distinct)
			r.bytes = (peak_rss_kib () - base) * 1024.0 / r.st.distinct;
		if (write (fds[1], &r, sizeof r) != sizeof r)
			_exit (1);
		_exit (0);
	}
	close (fds[1]);
	if (pid > 0 && read (fds[0], &r, sizeof r) != sizeof r)
		r.ok = FALSE;
	close (fds[0]);
	if (pid > 0)
		waitpid (pid, NULL, 0);
	*out = r.st;
	if (bytes)
		*bytes = r.bytes;
	return r.ok;
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return x < y ? -1 : x > y;
}

/* Sorts v[0..n) and returns its median. */
static double
median (double *v, guint n)
{
	qsort (v, n, sizeof *v, (int (*) (const void *, const void *)) cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main (int argc, char **argv)
{
	int depth = 30, runs = 3;
	char *policy = NULL;
	GOptionEntry entries[] = {
		{ "depth", 'd', 0, G_OPTION_ARG_INT, &depth, "search depth (default 30: the whole space)", "N" },
		{ "policy", 'p', 0, G_OPTION_ARG_STRING, &policy, "policy (default patched: no violation ends it early)", "NAME" },
		{ "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "searches of each kind (default 3; medians judged)", "N" },
		{ NULL },
	};
	g_autoptr (GOptionContext) ctx = g_option_context_new ("- speed of the explorer");
	g_autoptr (GError) err = NULL;
	extsim_script *script;
	run_stats one, two;
	double setup, rate, speedup, per_state, *rates, *speedups, cpu1 = 0, wall1 = 0, wall2 = 0;
	gboolean same = TRUE;
	const char *pol;

	g_option_context_add_main_entries (ctx, entries, NULL);
	if (!g_option_context_parse (ctx, &argc, &argv, &err) || depth < 1 || runs < 1 || runs > 100) {
		fprintf (stderr, "extsim-bench-explore: %s\n",
			 err ? err->message : "--depth must be positive, --runs from 1 to 100");
		return 2;
	}
	pol = policy ? policy : "patched";
	script = extsim_script_parse_string (workload, -1, "bench-explore.sh", NULL, &err);
	if (!script) {
		fprintf (stderr, "extsim-bench-explore: %s\n", err->message);
		g_free (policy);
		return 1;
	}
	setup = setup_cpu (script);
	rates = g_new (double, runs);
	speedups = g_new (double, runs);
	for (int i = 0; i < runs; i++) {
		/* the parent never searches: each child starts as a fresh
		 * process would (a child forked after searches in the parent
		 * once read 156 bytes a state for the 1 KiB it needs) */
		if (!search_in_child (script, pol, (guint) depth, 1, &one, i == 0 ? &per_state : NULL) ||
		    !search_in_child (script, pol, (guint) depth, 2, &two, NULL)) {
			extsim_script_free (script);
			g_free (policy);
			g_free (rates);
			g_free (speedups);
			return 1;
		}
		fprintf (stderr, "  run %d of %d: 1 thread %.3f s CPU, %.3f s; 2 threads %.3f s\n", i + 1, runs, one.cpu,
			 one.seconds, two.seconds);
		rates[i] = one.generated / MAX (1e-9, one.cpu - setup);
		speedups[i] = (one.seconds > 0 && two.seconds > 0) ? one.seconds / two.seconds : 0;
		same = same && one.generated == two.generated && one.distinct == two.distinct && one.found == two.found;
		cpu1 += one.cpu / runs;
		wall1 += one.seconds / runs;
		wall2 += two.seconds / runs;
	}
	rate = median (rates, (guint) runs);
	speedup = median (speedups, (guint) runs);
	printf ("extsim-bench-explore, libextsim %s, policy %s, depth %d, %u online CPUs\n", EXTSIM_VERSION, pol, depth,
		(unsigned) sysconf (_SC_NPROCESSORS_ONLN));
	printf ("  states generated %" G_GUINT64_FORMAT ", distinct %" G_GUINT64_FORMAT ", found %s\n", one.generated,
		one.distinct, one.found ? "a violation" : "nothing");
	printf ("  %d runs of each, back to back; medians judged, least and most in brackets\n", runs);
	printf ("  1 thread:  %.3f s CPU on average (setup %.3f s), %.0f states/s of CPU (%.0f-%.0f)   target >= 500000: %s\n",
		cpu1, setup, rate, rates[0], rates[runs - 1], rate >= 500000 ? "met" : "NOT MET");
	printf ("  search wall time on average: 1 thread %.3f s, 2 threads %.3f s: speed-up %.2f (%.2f-%.2f)  target >= 1.7: %s\n",
		wall1, wall2, speedup, speedups[0], speedups[runs - 1], speedup >= 1.7 ? "met" : "NOT MET");
	printf ("  same result with 2 threads: %s\n", same ? "yes" : "NO");
	printf ("  memory: %.0f bytes per distinct state (peak resident set above the start)\n", per_state);
	extsim_script_free (script);
	g_free (policy);
	g_free (rates);
	g_free (speedups);
	return same ? 0 : 1;
}
