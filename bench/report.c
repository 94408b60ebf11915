/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * The report: plain tables for a reader, or one JSON document (--json) for
 * a script.  Both print the same numbers; nothing here measures anything.
 */
#include "bench.h"

#include <stdio.h>

static const char *const iec_units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
#define IEC_STEP 1024.0
#define SIZE_STR_LEN 32

/* "128 MiB", "4 KiB", "1.5 GiB": plain ASCII, so columns line up. */
static const char *
size_str (guint64 bytes, char *buf)
{
	double v = (double) bytes;
	guint u = 0;

	while (v >= IEC_STEP && u + 1 < G_N_ELEMENTS (iec_units)) {
		v /= IEC_STEP;
		u++;
	}
	if (v == (double) (guint64) v)
		g_snprintf (buf, SIZE_STR_LEN, "%.0f %s", v, iec_units[u]);
	else
		g_snprintf (buf, SIZE_STR_LEN, "%.1f %s", v, iec_units[u]);
	return buf;
}

static double
per_s (guint64 n, guint64 ns)
{
	return ns ? n * NS_PER_S / ns : 0;
}

static double
mib (guint64 bytes)
{
	return (double) bytes / EXTSIM_MiB;
}

static guint64
above (guint64 v, guint64 base)
{
	return v > base ? v - base : 0;
}

static double
per_extent (guint64 bytes, guint64 extents)
{
	return extents ? (double) bytes / extents : 0;
}

static double
us_per_op (const scale_result *r, op_kind k)
{
	return r->kind_count[k] ? r->kind_ns[k] / NS_PER_US / r->kind_count[k] : 0;
}

static const char *
verdict (gboolean met)
{
	return met ? "met" : "NOT MET";
}

/* ---- text ---- */

static void
text_states (const scale_result *r, guint n)
{
	g_print ("1. Simple operations on random states, one thread\n");
	g_print ("   state: files of %d extents of %d x 4 KiB, each extent its own pwrite + writeback\n",
		 EXTENTS_PER_FILE, EXTENT_BLOCKS);
	g_print ("   mix, one operation per line:\n");
	for (op_kind k = 0; k < N_OPS; k++)
		g_print ("     %3u%%  %-8s %s\n", bench_ops[k].weight, bench_ops[k].name, bench_ops[k].what);
	g_print ("\n   %12s %6s %9s %12s %8s %12s %12s\n", "live extents", "files", "build", "build rate",
		 "mix ops", "ops/s (CPU)", "extents end");
	for (guint i = 0; i < n; i++)
		g_print ("   %12" G_GUINT64_FORMAT " %6" G_GUINT64_FORMAT " %7.2f s %7.0f ex/s %8" G_GUINT64_FORMAT
			 " %12.0f %12" G_GUINT64_FORMAT "\n",
			 r[i].extents, r[i].files, r[i].build_ns / NS_PER_S, per_s (r[i].extents, r[i].build_ns),
			 r[i].mix_ops, per_s (r[i].mix_ops, r[i].mix_ns), r[i].extents_after);
	g_print ("\n   us per operation of each kind, in the same run (each operation timed alone):\n");
	g_print ("   %12s", "live extents");
	for (op_kind k = 0; k < N_OPS; k++)
		g_print (" %8s", bench_ops[k].name);
	g_print ("\n");
	for (guint i = 0; i < n; i++) {
		g_print ("   %12" G_GUINT64_FORMAT, r[i].target);
		for (op_kind k = 0; k < N_OPS; k++)
			g_print (" %8.2f", us_per_op (&r[i], k));
		g_print ("\n");
	}
}

static void
text_memory (const scale_result *r, guint n)
{
	g_print ("\n2. Memory per live extent (resident set from /proc/self/status, minus the one before)\n");
	g_print ("   %12s %12s %10s %12s %12s %10s\n", "live extents", "peak", "B/extent", "end RSS",
		 "extents end", "B/extent");
	for (guint i = 0; i < n; i++) {
		guint64 peak = above (r[i].rss_peak, r[i].rss_base), end = above (r[i].rss_after, r[i].rss_base);

		g_print ("   %12" G_GUINT64_FORMAT " %8.1f MiB %10.1f %8.1f MiB %12" G_GUINT64_FORMAT " %10.1f\n",
			 r[i].extents, mib (peak), per_extent (peak, r[i].extents), mib (end), r[i].extents_after,
			 per_extent (end, r[i].extents_after));
	}
	g_print ("   (peak: right after the build; end: after the mix)\n");
}

static const char *
outcome_str (const seed_result *r)
{
	if (!r->ran)
		return "FAILED TO RUN";
	if (!r->judged)
		return "not judged";
	return r->as_expected ? "as the kernel" : "NOT AS THE KERNEL";
}

static void
text_seed_row (const seed_variant *v, guint p, const seed_result *r)
{
	char cap[SIZE_STR_LEN], lost[SIZE_STR_LEN];

	g_print ("   %-7s %-6s %-9s %-9s %4u %9.3f %9.3f  %-6s %7s %8" G_GUINT64_FORMAT " %8.1f  %s\n", v->size,
		 v->scale_caps ? "scaled" : "kernel", size_str (r->max_extent, cap), seed_policies[p]->name, r->reps,
		 r->median_ns / NS_PER_MS, r->max_ns / NS_PER_MS, r->fsync_ok ? "ok" : "ENOSPC",
		 size_str (r->lost_bytes, lost), r->extents, mib (above (r->rss_peak, r->rss_base)), outcome_str (r));
}

static void
text_seed_steps (const seed_result *r, guint n)
{
	g_print ("\n   median ms per step:\n   %-7s %-6s %-9s", "data", "caps", "policy");
	for (guint k = 0; k < N_SEED_STEPS; k++)
		g_print (" %9s", seed_step_names[k]);
	g_print ("\n");
	for (guint i = 0; i < n; i++) {
		for (guint p = 0; p < N_SEED_POLICIES; p++) {
			const seed_result *x = &r[i * N_SEED_POLICIES + p];

			g_print ("   %-7s %-6s %-9s", seed_variants[i].size, seed_variants[i].scale_caps ? "scaled" : "kernel",
				 seed_policies[p]->name);
			for (guint k = 0; k < N_SEED_STEPS; k++)
				g_print (" %9.3f", x->step_ns[k] / NS_PER_MS);
			g_print ("\n");
		}
	}
}

static void
text_seed (const seed_result *r, guint n)
{
	g_print ("\n3. The DESIGN.md section 1 case, mkfs to the end of fsync, CPU time (no md5)\n");
	g_print ("   1 PiB: every size of the script times 2^%d, the smallest power of two whose data\n"
		 "   space holds 1 PiB; write(2) calls still 4 KiB.  caps: the extent size limits of\n"
		 "   writeback (128 MiB) and fallocate (256 MiB), the kernel's or scaled with the rest\n",
		 g_bit_nth_lsf (seed_big_scale (), -1));
	g_print ("   %-7s %-6s %-9s %-9s %4s %9s %9s  %-6s %7s %8s %8s  %s\n", "data", "caps", "max ext", "policy",
		 "runs", "median ms", "worst ms", "fsync", "lost", "extents", "peak MiB", "outcome");
	for (guint i = 0; i < n; i++) {
		for (guint p = 0; p < N_SEED_POLICIES; p++)
			text_seed_row (&seed_variants[i], p, &r[i * N_SEED_POLICIES + p]);
	}
	text_seed_steps (r, n);
	g_print ("   (extents: live when the reflink starts.  Kernel caps at 1 PiB: the steps up to the\n"
		 "    pwrite ran once for both policies, and the reflink shares only the few 256 MiB\n"
		 "    extents it touches, none of them dirty: the outcome is not judged)\n");
}

static double
ops_at_target (const scale_result *r, guint n)
{
	for (guint i = 0; i < n; i++) {
		if (r[i].target == TARGET_OPS_AT_EXTENTS)
			return per_s (r[i].mix_ops, r[i].mix_ns);
	}
	return 0;
}

/* The worst peak bytes per extent over the states of 10^5 extents and up. */
static double
worst_bytes_per_extent (const scale_result *r, guint n)
{
	double worst = 0;

	for (guint i = 0; i < n; i++) {
		if (r[i].target >= TARGET_OPS_AT_EXTENTS)
			worst = MAX (worst, per_extent (above (r[i].rss_peak, r[i].rss_base), r[i].extents));
	}
	return worst;
}

static void
text_targets (const scale_result *sr, guint ns, const seed_result *dr, guint nd)
{
	double rate = ops_at_target (sr, ns), bpe = worst_bytes_per_extent (sr, ns);

	g_print ("\ntargets:\n");
	g_print ("   >= 1000000 simple ops/s at 10^5 extents: %.0f, %s\n", rate, verdict (rate >= TARGET_OPS_PER_S));
	g_print ("   <= 256 B per live extent (peak, 10^5 extents and up): %.1f, %s\n", bpe,
		 verdict (bpe > 0 && bpe <= TARGET_BYTES_PER_EXTENT));
	for (guint i = 0; i < nd * N_SEED_POLICIES; i++) {
		const seed_variant *v = &seed_variants[i / N_SEED_POLICIES];

		g_print ("   section 1 case < 1 ms, %s, %s caps, %s: worst run %.3f ms, %s\n", v->size,
			 v->scale_caps ? "scaled" : "kernel", seed_policies[i % N_SEED_POLICIES]->name,
			 dr[i].max_ns / NS_PER_MS, verdict (dr[i].ran && dr[i].max_ns < TARGET_SEED_CASE_NS));
	}
}

void
text_report (const machine *m, const scale_result *sr, guint ns, const seed_result *dr, guint nd)
{
	g_print ("extsim-bench, libextsim %s (%s)\n", EXTSIM_VERSION, m->build);
	g_print ("machine: %s, %u CPUs online, %s\n\n", m->cpu, m->nproc, m->kernel);
	text_states (sr, ns);
	text_memory (sr, ns);
	text_seed (dr, nd);
	text_targets (sr, ns, dr, nd);
}

/* ---- JSON ---- */

/* JSON escapes quote, backslash and control characters; the rest
 * (UTF-8 included) goes through as it is. */
#define JSON_LAST_CONTROL 0x1f

static void
json_str (const char *key, const char *value, const char *sep)
{
	g_print ("\"%s\": \"", key);
	for (const char *c = value; *c; c++) {
		if (*c == '"' || *c == '\\')
			g_print ("\\%c", *c);
		else if ((guchar) *c <= JSON_LAST_CONTROL)
			g_print ("\\u%04x", (guint) (guchar) *c);
		else
			g_print ("%c", *c);
	}
	g_print ("\"%s", sep);
}

static void
json_mix (void)
{
	g_print ("  \"mix\": [");
	for (op_kind k = 0; k < N_OPS; k++) {
		g_print ("%s\n    {", k ? "," : "");
		json_str ("name", bench_ops[k].name, ", ");
		g_print ("\"percent\": %u, ", bench_ops[k].weight);
		json_str ("what", bench_ops[k].what, "}");
	}
	g_print ("\n  ],\n");
}

static void
json_state (const scale_result *r)
{
	g_print ("{\"live_extents\": %" G_GUINT64_FORMAT ", \"files\": %" G_GUINT64_FORMAT
		 ", \"build_s\": %.3f, \"mix_ops\": %" G_GUINT64_FORMAT ", \"ops_per_s\": %.0f"
		 ", \"extents_end\": %" G_GUINT64_FORMAT ", \"failed_ops\": %" G_GUINT64_FORMAT,
		 r->extents, r->files, r->build_ns / NS_PER_S, r->mix_ops, per_s (r->mix_ops, r->mix_ns),
		 r->extents_after, r->failed);
	g_print (", \"rss_base\": %" G_GUINT64_FORMAT ", \"rss_peak\": %" G_GUINT64_FORMAT
		 ", \"rss_end\": %" G_GUINT64_FORMAT ", \"peak_bytes_per_extent\": %.1f, \"us_per_op\": {",
		 r->rss_base, r->rss_peak, r->rss_after, per_extent (above (r->rss_peak, r->rss_base), r->extents));
	for (op_kind k = 0; k < N_OPS; k++)
		g_print ("%s\"%s\": %.3f", k ? ", " : "", bench_ops[k].name, us_per_op (r, k));
	g_print ("}}");
}

static void
json_seed (const seed_variant *v, guint p, const seed_result *r)
{
	g_print ("{\"device\": %" G_GUINT64_FORMAT ", \"max_extent\": %" G_GUINT64_FORMAT
		 ", \"caps_scaled\": %s, \"shared_prefix\": %s, ",
		 r->device, r->max_extent, v->scale_caps ? "true" : "false", v->share_prefix ? "true" : "false");
	json_str ("policy", seed_policies[p]->name, ", ");
	g_print ("\"runs\": %u, \"median_ms\": %.4f, \"worst_ms\": %.4f, \"padding_enospc\": %s, \"fsync_ok\": %s"
		 ", \"lost_bytes\": %" G_GUINT64_FORMAT ", \"extents_at_reflink\": %" G_GUINT64_FORMAT
		 ", \"peak_rss_bytes\": %" G_GUINT64_FORMAT ", \"judged\": %s, \"as_expected\": %s, \"step_ms\": {",
		 r->reps, r->median_ns / NS_PER_MS, r->max_ns / NS_PER_MS, r->padding_enospc ? "true" : "false",
		 r->fsync_ok ? "true" : "false", r->lost_bytes, r->extents, above (r->rss_peak, r->rss_base),
		 r->judged ? "true" : "false", r->as_expected ? "true" : "false");
	for (guint k = 0; k < N_SEED_STEPS; k++)
		g_print ("%s\"%s\": %.4f", k ? ", " : "", seed_step_names[k], r->step_ns[k] / NS_PER_MS);
	g_print ("}}");
}

void
json_report (const machine *m, const scale_result *sr, guint ns, const seed_result *dr, guint nd)
{
	g_print ("{\n  ");
	json_str ("version", EXTSIM_VERSION, ",\n  ");
	json_str ("build", m->build, ",\n  ");
	g_print ("\"machine\": {");
	json_str ("cpu", m->cpu, ", ");
	g_print ("\"nproc\": %u, ", m->nproc);
	json_str ("kernel", m->kernel, "},\n");
	json_mix ();
	g_print ("  \"states\": [");
	for (guint i = 0; i < ns; i++) {
		g_print ("%s\n    ", i ? "," : "");
		json_state (&sr[i]);
	}
	g_print ("\n  ],\n  \"section1\": [");
	for (guint i = 0; i < nd * N_SEED_POLICIES; i++) {
		g_print ("%s\n    ", i ? "," : "");
		json_seed (&seed_variants[i / N_SEED_POLICIES], i % N_SEED_POLICIES, &dr[i]);
	}
	g_print ("\n  ]\n}\n");
}
