/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libFuzzer target for parsing *and running* a script: whatever parses
 * must run to its end without crashing, hanging or leaking, under the
 * invariant checker, with the trace and the record of every operation on
 * (the work --trace and --json ask for).  A finding here may be in the
 * script layer or in the model below it.
 *
 *   build-fuzz/fuzz/fuzz-script-run -dict=fuzz/script.dict -max_total_time=600 corpus examples
 */
#include <extsim/extsim.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
drop (extsim_script_stream stream, const char *text, gsize len, gpointer user_data)
{
	(void) stream;
	(void) text;
	(void) len;
	(void) user_data;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
	static const char *const policies[] = { "unpatched", "patched", "pre-4.19" };
	extsim_script_run_options o = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	extsim_script_result *res = NULL;
	extsim_script *s = extsim_script_parse_string ((const char *) data, (gssize) size, "fuzz", NULL, NULL);

	if (!s)
		return 0;
	o.policy = extsim_policy_lookup (policies[size % G_N_ELEMENTS (policies)]);
	o.record_events = TRUE;
	o.output = drop;
	if (extsim_script_run (s, &o, &res, NULL)) {
		g_assert (extsim_script_result_get_n_records (res) <= extsim_script_get_n_ops (s));
		for (guint i = 0; i < extsim_script_result_get_n_violations (res); i++)
			g_assert (extsim_script_result_get_violation (res, i)->explanation != NULL);
	}
	extsim_script_result_free (res);
	extsim_script_free (s);
	return 0;
}
