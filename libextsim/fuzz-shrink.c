/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * HOW DOES THIS WORK: shrinking a failing script (extsim fuzz)
 *
 *   lines  = the script's lines, comments and blank lines dropped
 *   fixed  = the leading mkfs.btrfs / mount lines: they stay
 *   repeat until a round changes nothing (or the budget of runs is spent):
 *     1. drop commands: chunks of half the lines, then a quarter ... then
 *        one line at a time, from the end (delta debugging)
 *     2. simplify each line: drop one xfs_io -c command, one option (-b,
 *        -S, -k, -f, snapshot -r), set a number to 0, to 4k, or halve it
 *     3. join two adjacent xfs_io commands on the same file into one, and
 *        fold a line that only creates a file into the file's next line
 *     4. merge adjacent ranges: "pwrite 0 4k" -c "pwrite 4k 4k" -> "pwrite 0 8k"
 *     5. drop a file: every line that names it
 *   every candidate is run (extsim_fuzz_judge) and kept only when it still
 *   fails as the original did (extsim_fuzz_verdict_same_failure): it loses
 *   data if the original did, it breaks the original's first invariant.
 *
 * Each step only ever makes the script shorter or its numbers smaller, so
 * the loop ends; the budget bounds it on pathological input.  The lines
 * are understood only as far as the generator writes them (words, double
 * quoted -c strings); a line in any other form is dropped or kept whole.
 */
#include <extsim/extsim.h>
#include <extsim/fuzz.h>

#include <string.h>

#define BLOCK (4 * EXTSIM_KiB)

typedef struct {
	const extsim_policy *policy;
	const extsim_fuzz_verdict *target;
	guint runs;
	guint max_runs;
	guint fixed;               /* lines that stay */
	GPtrArray *lines;          /* char *: the best script so far */
	extsim_fuzz_verdict best;  /* its verdict */
} shrinker;

/* ---- trying a candidate ------------------------------------------------------- */

static char *
join_lines (GPtrArray *lines)
{
	GString *s = g_string_new (NULL);

	for (guint i = 0; i < lines->len; i++)
		g_string_append_printf (s, "%s\n", (const char *) lines->pdata[i]);
	return g_string_free (s, FALSE);
}

/* takes @cand: adopts it when it still fails the same way, else frees it */
static gboolean
try_lines (shrinker *sh, GPtrArray *cand)
{
	g_autofree char *text = NULL;
	extsim_fuzz_verdict v;

	if (sh->runs >= sh->max_runs) {
		g_ptr_array_unref (cand);
		return FALSE;
	}
	sh->runs++;
	text = join_lines (cand);
	if (!extsim_fuzz_judge (text, sh->policy, &v, NULL) || !extsim_fuzz_verdict_same_failure (sh->target, &v)) {
		g_ptr_array_unref (cand);
		return FALSE;
	}
	g_ptr_array_unref (sh->lines);
	sh->lines = cand;
	sh->best = v;
	return TRUE;
}

static GPtrArray *
copy_lines (GPtrArray *lines)
{
	GPtrArray *c = g_ptr_array_new_with_free_func (g_free);

	for (guint i = 0; i < lines->len; i++)
		g_ptr_array_add (c, g_strdup (lines->pdata[i]));
	return c;
}

/* the lines with [@start, @end) left out */
static GPtrArray *
without (GPtrArray *lines, guint start, guint end)
{
	GPtrArray *c = copy_lines (lines);

	g_ptr_array_remove_range (c, start, end - start);
	return c;
}

/* the lines with line @i replaced by @text (taken) and, with @drop_next, i + 1 dropped */
static GPtrArray *
replaced (GPtrArray *lines, guint i, char *text, gboolean drop_next)
{
	GPtrArray *c = without (lines, i + 1, i + 1 + (drop_next ? 1 : 0));

	g_free (c->pdata[i]);
	c->pdata[i] = text;
	return c;
}

/* ---- 1. drop commands ------------------------------------------------------------ */

static gboolean
drop_chunks (shrinker *sh)
{
	gboolean changed = FALSE;
	guint n = sh->lines->len - sh->fixed;

	for (guint chunk = MAX (n / 2, 1u);; chunk /= 2) {
		for (guint end = sh->lines->len; end > sh->fixed;) {
			guint start = end - sh->fixed >= chunk ? end - chunk : sh->fixed;

			changed |= try_lines (sh, without (sh->lines, start, end));
			end = start;
		}
		if (chunk == 1)
			break;
	}
	return changed;
}

/* ---- the xfs_io line ------------------------------------------------------------ */

typedef struct {
	GPtrArray *opts; /* "-f", "-r" ... */
	GPtrArray *cmds; /* the -c strings, unquoted */
	char *path;
	char *tail;      /* redirections, "" when none */
} ioline;

static void
ioline_free (ioline *io)
{
	g_ptr_array_unref (io->opts);
	g_ptr_array_unref (io->cmds);
	g_free (io->path);
	g_free (io->tail);
	g_free (io);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ioline, ioline_free)

/* the next word of @p (unquoting a double-quoted one); NULL at the end or
 * on a form the generator does not write */
static char *
next_word (const char **p)
{
	const char *s = *p, *end;

	while (*s == ' ')
		s++;
	if (!*s || *s == '\'' || *s == '\\')
		return NULL;
	if (*s == '"') {
		end = strchr (s + 1, '"');
		if (!end || memchr (s + 1, '\\', (gsize) (end - s - 1)) || memchr (s + 1, '`', (gsize) (end - s - 1)))
			return NULL;
		*p = end + 1;
		return g_strndup (s + 1, (gsize) (end - s - 1));
	}
	end = s + strcspn (s, " \"'\\");
	*p = end;
	return g_strndup (s, (gsize) (end - s));
}

static ioline *
ioline_parse (const char *line)
{
	g_autoptr (ioline) io = g_new0 (ioline, 1);
	const char *p = line;
	char *w;

	io->opts = g_ptr_array_new_with_free_func (g_free);
	io->cmds = g_ptr_array_new_with_free_func (g_free);
	if (!g_str_has_prefix (line, "xfs_io "))
		return NULL;
	p += strlen ("xfs_io");
	while (!io->path && (w = next_word (&p))) {
		if (g_str_equal (w, "-c")) {
			g_free (w);
			if (!(w = next_word (&p)))
				return NULL;
			g_ptr_array_add (io->cmds, w);
		} else if (w[0] == '-') {
			g_ptr_array_add (io->opts, w);
		} else {
			io->path = w;
		}
	}
	if (!io->path || !io->cmds->len)
		return NULL;
	while (*p == ' ')
		p++;
	io->tail = g_strdup (p);
	return g_steal_pointer (&io);
}

static char *
ioline_format (const ioline *io)
{
	GString *s = g_string_new ("xfs_io");

	for (guint i = 0; i < io->opts->len; i++)
		g_string_append_printf (s, " %s", (const char *) io->opts->pdata[i]);
	for (guint i = 0; i < io->cmds->len; i++) {
		const char *c = io->cmds->pdata[i];

		g_string_append_printf (s, strchr (c, ' ') ? " -c \"%s\"" : " -c %s", c);
	}
	g_string_append_printf (s, " %s%s%s", io->path, *io->tail ? " " : "", io->tail);
	return g_string_free (s, FALSE);
}

static ioline *
ioline_copy (const ioline *io)
{
	ioline *c = g_new0 (ioline, 1);

	c->opts = copy_lines (io->opts);
	c->cmds = copy_lines (io->cmds);
	c->path = g_strdup (io->path);
	c->tail = g_strdup (io->tail);
	return c;
}

/* ---- numbers as xfs_io writes them ------------------------------------------------ */

static gboolean
parse_size (const char *s, guint64 *out)
{
	char *end;
	guint64 v;

	if (!g_ascii_isdigit (*s))
		return FALSE;
	v = g_ascii_strtoull (s, &end, 10);
	if (*end && end[1])
		return FALSE;
	switch (*end) {
	case '\0': break;
	case 'k': v <<= 10; break;
	case 'm': v <<= 20; break;
	case 'g': v <<= 30; break;
	default: return FALSE;
	}
	*out = v;
	return TRUE;
}

static char *
format_size (guint64 v)
{
	if (v && v % EXTSIM_MiB == 0)
		return g_strdup_printf ("%" G_GUINT64_FORMAT "m", v / EXTSIM_MiB);
	if (v && v % EXTSIM_KiB == 0)
		return g_strdup_printf ("%" G_GUINT64_FORMAT "k", v / EXTSIM_KiB);
	return g_strdup_printf ("%" G_GUINT64_FORMAT, v);
}

/* ---- 2. simplify one line ---------------------------------------------------------- */

static gboolean
takes_value (const char *opt)
{
	return g_str_equal (opt, "-b") || g_str_equal (opt, "-S") || g_str_equal (opt, "-n");
}

static char *
tokens_without (char **t, guint from, guint n)
{
	GString *s = g_string_new (NULL);

	for (guint i = 0; t[i]; i++) {
		if (i < from || i >= from + n)
			g_string_append_printf (s, "%s%s", s->len ? " " : "", t[i]);
	}
	return g_string_free (s, FALSE);
}

/* the simpler forms of one -c string, the most drastic first */
static void
cmd_variants (const char *cmd, GPtrArray *out)
{
	g_auto (GStrv) t = g_strsplit (cmd, " ", -1);

	for (guint i = 1; t[i]; i++) {
		guint64 v, cands[3];

		if (takes_value (t[i]) && t[i + 1]) {
			g_ptr_array_add (out, tokens_without (t, i, 2));
			i++;
			continue;
		}
		if (g_str_equal (t[i], "-k") || g_str_equal (t[i], "-w") || g_str_equal (t[i], "-W")) {
			g_ptr_array_add (out, tokens_without (t, i, 1));
			continue;
		}
		if (!parse_size (t[i], &v))
			continue;
		/* a length of 0 means "to the end" or nothing: not simpler to read */
		cands[0] = t[i + 1] || g_str_equal (t[0], "truncate") ? 0 : v;
		cands[1] = BLOCK;
		cands[2] = v / 2 / BLOCK * BLOCK;
		for (guint k = 0; k < G_N_ELEMENTS (cands); k++) {
			char *keep = t[i];

			if (cands[k] >= v || (k == 2 && (cands[2] == 0 || cands[2] == BLOCK)))
				continue;
			t[i] = format_size (cands[k]);
			g_ptr_array_add (out, g_strjoinv (" ", t));
			g_free (t[i]);
			t[i] = keep;
		}
	}
}

/* whole lines: each a simpler form of @line */
static GPtrArray *
line_variants (const char *line)
{
	GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
	g_autoptr (ioline) io = ioline_parse (line);
	const char *ro = strstr (line, "snapshot -r ");

	if (g_str_has_prefix (line, "btrfs subvolume ") && ro)
		g_ptr_array_add (out, g_strdup_printf ("%.*s%s", (int) (ro - line), line, ro + strlen ("snapshot -r ") - 1));
	if (!io)
		return out;
	for (guint j = 0; j < io->cmds->len && io->cmds->len > 1; j++) {
		g_autoptr (ioline) c = ioline_copy (io);

		g_ptr_array_remove_index (c->cmds, j);
		g_ptr_array_add (out, ioline_format (c));
	}
	for (guint j = 0; j < io->cmds->len; j++) {
		g_autoptr (GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);

		cmd_variants (io->cmds->pdata[j], forms);
		for (guint k = 0; k < forms->len; k++) {
			g_autoptr (ioline) c = ioline_copy (io);

			g_free (c->cmds->pdata[j]);
			c->cmds->pdata[j] = g_strdup (forms->pdata[k]);
			g_ptr_array_add (out, ioline_format (c));
		}
	}
	for (guint j = 0; j < io->opts->len; j++) {
		g_autoptr (ioline) c = ioline_copy (io);

		if (!g_str_equal (io->opts->pdata[j], "-f"))
			continue;
		g_ptr_array_remove_index (c->opts, j);
		g_ptr_array_add (out, ioline_format (c));
	}
	return out;
}

static gboolean
simplify_lines (shrinker *sh)
{
	gboolean changed = FALSE;

	for (guint i = sh->fixed; i < sh->lines->len; i++) {
		gboolean again = TRUE;

		while (again && sh->runs < sh->max_runs) {
			g_autoptr (GPtrArray) forms = line_variants (sh->lines->pdata[i]);

			again = FALSE;
			for (guint k = 0; k < forms->len && !again; k++)
				again = try_lines (sh, replaced (sh->lines, i, g_strdup (forms->pdata[k]), FALSE));
			changed |= again;
		}
	}
	return changed;
}

/* ---- 3. join the commands of one file ------------------------------------------------ */

static char *
joined (const ioline *a, const ioline *b)
{
	g_autoptr (ioline) c = ioline_copy (a);

	for (guint i = 0; i < b->opts->len; i++) {
		if (!g_ptr_array_find_with_equal_func (c->opts, b->opts->pdata[i], g_str_equal, NULL))
			g_ptr_array_add (c->opts, g_strdup (b->opts->pdata[i]));
	}
	for (guint i = 0; i < b->cmds->len; i++)
		g_ptr_array_add (c->cmds, g_strdup (b->cmds->pdata[i]));
	return ioline_format (c);
}

static gboolean
join_commands (shrinker *sh)
{
	gboolean changed = FALSE;

	for (guint i = sh->fixed; i + 1 < sh->lines->len; i++) {
		g_autoptr (ioline) a = ioline_parse (sh->lines->pdata[i]);
		g_autoptr (ioline) b = ioline_parse (sh->lines->pdata[i + 1]);

		if (!a || !b || !g_str_equal (a->path, b->path) || !g_str_equal (a->tail, b->tail))
			continue;
		if (try_lines (sh, replaced (sh->lines, i, joined (a, b), TRUE))) {
			changed = TRUE;
			i--; /* the joined line may join the next one too */
		}
	}
	return changed;
}

static gboolean
has_opt (const ioline *io, const char *opt)
{
	return g_ptr_array_find_with_equal_func (io->opts, opt, g_str_equal, NULL);
}

/* the file @line creates: "touch F" or "xfs_io -f ... F"; NULL if none */
static char *
created_file (const char *line)
{
	g_autoptr (ioline) io = ioline_parse (line);

	if (g_str_has_prefix (line, "touch ") && !strchr (line + strlen ("touch "), ' '))
		return g_strdup (line + strlen ("touch "));
	return io && has_opt (io, "-f") ? g_strdup (io->path) : NULL;
}

/* "touch F" or "xfs_io -f -c "falloc 0 4k" F" ... "xfs_io -c X F": drop the
 * first, X gets -f */
static gboolean
fold_creation (shrinker *sh)
{
	gboolean changed = FALSE;

	for (guint i = sh->fixed; i < sh->lines->len; i++) {
		g_autofree char *path = created_file (sh->lines->pdata[i]);

		for (guint j = i + 1; path && j < sh->lines->len; j++) {
			g_autoptr (ioline) b = ioline_parse (sh->lines->pdata[j]);
			GPtrArray *c;

			if (!b || !g_str_equal (path, b->path))
				continue;
			if (has_opt (b, "-f"))
				break;
			g_ptr_array_insert (b->opts, 0, g_strdup ("-f"));
			c = replaced (sh->lines, j, ioline_format (b), FALSE);
			g_ptr_array_remove_index (c, i);
			changed |= try_lines (sh, c);
			break;
		}
	}
	return changed;
}

/* ---- 4. merge adjacent ranges ------------------------------------------------------- */

/* "pwrite -S 0xaa 0 4k" + "pwrite -S 0xaa 4k 8k" -> "pwrite -S 0xaa 0 12k" */
static char *
merged_range (const char *a, const char *b)
{
	g_auto (GStrv) ta = g_strsplit (a, " ", -1);
	g_auto (GStrv) tb = g_strsplit (b, " ", -1);
	guint n = g_strv_length (ta);
	guint64 oa, la, ob, lb;
	char *keep;
	char *out;

	if (n < 3 || n != g_strv_length (tb) || !g_str_equal (ta[0], tb[0]) ||
	    !(g_str_equal (ta[0], "pwrite") || g_str_equal (ta[0], "falloc") || g_str_equal (ta[0], "fpunch")))
		return NULL;
	for (guint i = 1; i + 2 < n; i++) {
		if (!g_str_equal (ta[i], tb[i]))
			return NULL;
	}
	if (!parse_size (ta[n - 2], &oa) || !parse_size (ta[n - 1], &la) || !parse_size (tb[n - 2], &ob) ||
	    !parse_size (tb[n - 1], &lb) || oa + la != ob)
		return NULL;
	keep = ta[n - 1];
	ta[n - 1] = format_size (la + lb);
	out = g_strjoinv (" ", ta);
	g_free (ta[n - 1]);
	ta[n - 1] = keep;
	return out;
}

static gboolean
merge_ranges (shrinker *sh)
{
	gboolean changed = FALSE;

	for (guint i = sh->fixed; i < sh->lines->len; i++) {
		g_autoptr (ioline) io = ioline_parse (sh->lines->pdata[i]);

		for (guint j = 0; io && j + 1 < io->cmds->len; j++) {
			char *m = merged_range (io->cmds->pdata[j], io->cmds->pdata[j + 1]);
			g_autoptr (ioline) c = NULL;

			if (!m)
				continue;
			c = ioline_copy (io);
			g_free (c->cmds->pdata[j]);
			c->cmds->pdata[j] = m;
			g_ptr_array_remove_index (c->cmds, j + 1);
			if (try_lines (sh, replaced (sh->lines, i, ioline_format (c), FALSE))) {
				changed = TRUE;
				break; /* io is stale: the next round looks again */
			}
		}
	}
	return changed;
}

/* ---- 5. drop a file ------------------------------------------------------------------- */

#define MNT_PREFIX "$mnt/"

/* does @line name $mnt/@name (or something below it)? */
static gboolean
names_file (const char *line, const char *name)
{
	gsize n = strlen (name);

	for (const char *p = strstr (line, MNT_PREFIX); p; p = strstr (p + 1, MNT_PREFIX)) {
		const char *q = p + strlen (MNT_PREFIX);

		if (strncmp (q, name, n) == 0 && strchr (" \"'/", q[n]))
			return TRUE;
	}
	return FALSE;
}

static void
collect_names (const char *line, GPtrArray *names)
{
	for (const char *p = strstr (line, MNT_PREFIX); p; p = strstr (p + 1, MNT_PREFIX)) {
		const char *q = p + strlen (MNT_PREFIX);
		char *name = g_strndup (q, strcspn (q, " \"'/"));

		if (!*name || g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
			g_free (name);
		else
			g_ptr_array_add (names, name);
	}
}

static gboolean
drop_files (shrinker *sh)
{
	g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
	gboolean changed = FALSE;

	for (guint i = sh->fixed; i < sh->lines->len; i++)
		collect_names (sh->lines->pdata[i], names);
	for (guint k = 0; k < names->len; k++) {
		GPtrArray *c = g_ptr_array_new_with_free_func (g_free);

		for (guint i = 0; i < sh->lines->len; i++) {
			if (i < sh->fixed || !names_file (sh->lines->pdata[i], names->pdata[k]))
				g_ptr_array_add (c, g_strdup (sh->lines->pdata[i]));
		}
		if (c->len == sh->lines->len)
			g_ptr_array_unref (c);
		else
			changed |= try_lines (sh, c);
	}
	return changed;
}

/* ---- the loop --------------------------------------------------------------------------- */

static gboolean
is_setup (const char *line)
{
	return g_str_has_prefix (line, "mkfs.btrfs ") || g_str_has_prefix (line, "mount ");
}

char *
extsim_fuzz_shrink (const char *text, const extsim_policy *policy, const extsim_fuzz_verdict *failure,
		    guint max_runs, extsim_fuzz_verdict *out_verdict, guint *out_runs)
{
	shrinker sh = { 0 };
	g_auto (GStrv) lines = NULL;
	GPtrArray *start;
	gboolean changed = TRUE;
	char *out;

	g_return_val_if_fail (text != NULL && failure != NULL, NULL);
	sh.policy = policy;
	sh.target = failure;
	sh.max_runs = max_runs ? max_runs : EXTSIM_FUZZ_SHRINK_BUDGET;
	sh.best = *failure;
	sh.lines = g_ptr_array_new_with_free_func (g_free);
	start = g_ptr_array_new_with_free_func (g_free);
	lines = g_strsplit (text, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		if (lines[i][0] && !(lines[i][0] == '#' && lines[i][1] != '@'))
			g_ptr_array_add (start, g_strdup (lines[i]));
	}
	while (sh.fixed < start->len && is_setup (start->pdata[sh.fixed]))
		sh.fixed++;
	/* the script without its comments must fail too, else keep it whole */
	if (!try_lines (&sh, start))
		g_ptr_array_add (sh.lines, g_strdup (text));
	else
		while (changed && sh.runs < sh.max_runs)
			changed = drop_files (&sh) | drop_chunks (&sh) | simplify_lines (&sh) | fold_creation (&sh) |
				  join_commands (&sh) | merge_ranges (&sh);
	if (out_verdict)
		*out_verdict = sh.best;
	if (out_runs)
		*out_runs = sh.runs;
	out = sh.lines->len == 1 && g_str_equal (sh.lines->pdata[0], text) ? g_strdup (text) : join_lines (sh.lines);
	g_ptr_array_unref (sh.lines);
	return out;
}
