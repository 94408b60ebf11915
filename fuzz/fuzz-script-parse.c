/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * libFuzzer target for the script parser: any bytes must either parse into
 * a well-formed script or fail with one FILE:LINE:COLUMN error, and never
 * crash, hang or leak.
 *
 *   CC=clang meson setup build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
 *   ninja -C build-fuzz fuzz/fuzz-script-parse
 *   mkdir -p corpus && build-fuzz/fuzz/fuzz-script-parse -dict=fuzz/script.dict \
 *       -max_total_time=600 corpus examples
 *
 * The examples are the seed corpus; fuzz/script.dict names the dialect's
 * words so the fuzzer reaches the commands quickly.
 */
#include <extsim/extsim.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_script (const extsim_script *s)
{
	guint n_commands = extsim_script_get_n_commands (s);

	for (guint i = 0; i < n_commands; i++) {
		const extsim_script_command *c = extsim_script_get_command (s, i);

		g_assert (c->index == i && c->line >= 1 && c->column >= 1 && c->text && c->name);
		g_assert (c->first_op + c->n_ops <= extsim_script_get_n_ops (s));
	}
	for (guint i = 0; i < extsim_script_get_n_ops (s); i++) {
		const extsim_script_op *op = extsim_script_get_op (s, i);

		g_assert (op->command < n_commands && op->line >= 1 && op->column >= 1 && op->text);
		g_assert (strcmp (extsim_script_op_kind_to_str (op->kind), "unknown") != 0);
	}
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
	GError *error = NULL;
	extsim_script *s = extsim_script_parse_string ((const char *) data, (gssize) size, "fuzz", NULL, &error);

	if (s) {
		g_assert (error == NULL);
		check_script (s);
		extsim_script_free (s);
	} else {
		g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz:"));
		g_assert (error->domain == EXTSIM_ERROR);
		g_error_free (error);
	}
	return 0;
}
