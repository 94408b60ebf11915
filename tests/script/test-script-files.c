/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * Running scripts: the commands that name files and directories (touch,
 * rm, chattr, md5sum, btrfs subvolume create|snapshot), mount and umount,
 * mkfs.btrfs again or on a device too small, set -e, echo; each with its
 * error lines as coreutils, e2fsprogs, util-linux and btrfs-progs print them.
 *
 * The directory tree a script sees:
 *   $mnt/            the top-level subvolume (5)
 *   $mnt/sv/         btrfs subvolume create: a new root
 *   $mnt/snap/       btrfs subvolume snapshot $mnt/sv: another root, the
 *                    same inode numbers as sv's files
 */
#include "script-test.h"

#define HASH_EMPTY "d41d8cd98f00b204e9800998ecf8427e"

START_TEST (touch_rm_and_md5sum)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "touch $mnt/a $mnt/a\nmd5sum $mnt/a $mnt/nope\nrm $mnt/a\nrm $mnt/a\nrm -f $mnt/a\n"
			   "touch $mnt/nodir/x\nmd5sum $mnt\nrm $mnt\nchattr +C $mnt/nope\n",
		NULL);

	ext_assert_str_eq (r->out->str, HASH_EMPTY "  " MNT "/a\n");
	ext_assert_str_eq (r->err->str, "md5sum: " MNT "/nope: No such file or directory\n"
					"rm: cannot remove '" MNT "/a': No such file or directory\n"
					"touch: cannot touch '" MNT "/nodir/x': No such file or directory\n"
					"md5sum: " MNT ": Is a directory\n"
					"rm: cannot remove '" MNT "': Is a directory\n"
					"chattr: No such file or directory while trying to stat " MNT "/nope\n");
	ext_assert_int_eq (t_exit (r, 2), 0);
	ext_assert_int_eq (t_exit (r, 3), 1);
	ext_assert_int_eq (t_exit (r, 4), 0);
	ext_assert_int_eq (t_exit (r, 5), 1);
	ext_assert_int_eq (t_exit (r, 6), 0); /* rm -f of nothing */
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 0);
}
END_TEST

START_TEST (md5sum_refuses_what_would_take_minutes)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"truncate 4g\" $mnt/ok\n"
						       "xfs_io -f -c \"truncate 5g\" $mnt/big\nmd5sum $mnt/big\n",
					    NULL);

	/* MD5 reads every byte, holes too: past 4 GiB a run would take minutes */
	ext_assert_str_eq (r->err->str, "md5sum: " MNT "/big: extsim hashes files of at most 4 GiB, this one has "
					"5368709120 bytes\n");
	ext_assert_int_eq (t_record (r, 6)->error, EFBIG);
	ext_assert_int_eq (t_exit (r, 4), 1);
}
END_TEST

START_TEST (chattr_plus_c_as_btrfs_takes_it)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "touch $mnt/empty\nchattr +C $mnt/empty\n"
						       "xfs_io -f -c \"pwrite -q 0 4k\" $mnt/full\nchattr +C $mnt/full\n"
						       "btrfs subvolume create $mnt/sv >/dev/null\nchattr +C $mnt/sv\n"
						       "touch $mnt/sv/inherits\n",
					    NULL);
	const extsim_fs *fs = extsim_script_result_get_fs (r->res);
	extsim_inode_info info;

	ext_assert_str_eq (r->err->str, "");
	ext_assert_true (extsim_fs_inode_info (fs, t_file (r, MNT "/empty"), &info, NULL));
	ext_assert_true (info.flags & EXTSIM_INODE_NODATACOW);
	/* a file with data keeps COW: btrfs ignores the flag, and says nothing */
	ext_assert_true (extsim_fs_inode_info (fs, t_file (r, MNT "/full"), &info, NULL));
	ext_assert_false (info.flags & EXTSIM_INODE_NODATACOW);
	ext_assert_true (extsim_fs_inode_info (fs, t_file (r, MNT "/sv/inherits"), &info, NULL));
	ext_assert_true (info.flags & EXTSIM_INODE_NODATACOW);
}
END_TEST

START_TEST (subvolumes_and_snapshots)
{
	g_autoptr (t_run) r = t_run_script (
		MKFS_MOUNT "btrfs subvolume create $mnt/sv\n"
			   "xfs_io -f -c \"pwrite -q -S 0x77 -b 1m 0 1m\" $mnt/sv/file\n"
			   "btrfs subvolume snapshot $mnt/sv $mnt/snap\nbtrfs subvolume snapshot -r $mnt/sv $mnt/rosnap\n"
			   "btrfs subvolume create $mnt/sv\nxfs_io -c \"pwrite -q -S 0x88 8k 4k\" -c fsync $mnt/sv/file\n"
			   "md5sum $mnt/sv/file $mnt/snap/file $mnt/rosnap/file\nxfs_io -c \"pwrite 0 4k\" $mnt/rosnap/file\n"
			   "touch $mnt/rosnap/new\nrm $mnt/rosnap/file\nchattr +C $mnt/rosnap/file\n"
			   "btrfs subvolume snapshot $mnt/sv/file $mnt/x\nbtrfs subvolume snapshot $mnt/nope $mnt/x\n"
			   "btrfs subvolume snapshot $mnt/sv $mnt/snap\nbtrfs subvolume snapshot $mnt $mnt/top\n"
			   "md5sum $mnt/top/sv $mnt/snap/sv/file\nbtrfs subvolume create $mnt/nodir/sv\n",
		NULL);
	extsim_ino sv = t_file (r, MNT "/sv/file"), snap = t_file (r, MNT "/snap/file");

	/* as btrfs-progs 6.2 and md5sum print them (checked on Linux 6.18) */
	ext_assert_str_eq (r->out->str, "Create subvolume '" MNT "/sv'\n"
					"Create a snapshot of '" MNT "/sv' in '" MNT "/snap'\n"
					"Create a readonly snapshot of '" MNT "/sv' in '" MNT "/rosnap'\n"
					"5a1f0fc5d30a6994bed8ac84bd6d18c0  " MNT "/sv/file\n"
					"82ced4870ec6d344f25dc841e57ccd9d  " MNT "/snap/file\n"
					"82ced4870ec6d344f25dc841e57ccd9d  " MNT "/rosnap/file\n"
					"Create a snapshot of '" MNT "/sv' in '" MNT "/snap/sv'\n"
					"Create a snapshot of '" MNT "' in '" MNT "/top'\n"
					/* taken after the rewrite of 8k: sv's data as it is now */
					"5a1f0fc5d30a6994bed8ac84bd6d18c0  " MNT "/snap/sv/file\n");
	ext_assert_str_eq (r->err->str, "ERROR: target path already exists: " MNT "/sv\n"
					MNT "/rosnap/file: Read-only file system\n"
					"touch: cannot touch '" MNT "/rosnap/new': Read-only file system\n"
					"rm: cannot remove '" MNT "/rosnap/file': Read-only file system\n"
					"chattr: Read-only file system while setting flags on " MNT "/rosnap/file\n"
					"ERROR: Not a Btrfs subvolume: Invalid argument\n"
					"ERROR: Could not statfs: No such file or directory\n"
					/* a nested subvolume is an empty directory in the snapshot */
					"md5sum: " MNT "/top/sv: Is a directory\n"
					"ERROR: cannot access '" MNT "/nodir': No such file or directory\n");
	/* a snapshot keeps the inode numbers, in its own root */
	ext_assert_u64_eq (sv.ino, snap.ino);
	ext_assert_u64_ne (sv.root, snap.root);
	ext_assert_str_eq (extsim_script_result_path_of (r->res, snap), MNT "/snap/file");
	ext_assert_true (extsim_script_result_path_of (r->res, (extsim_ino) { 999, 999 }) == NULL);
}
END_TEST

START_TEST (umount_writes_back_and_mount_finds_the_data)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x11 0 64k\" $mnt/f\numount $dev\n"
						       "mount $dev /mnt/other\nmd5sum /mnt/other/f\n",
					    NULL);
	const extsim_script_record *umount = t_record (r, 4);
	const extsim_fs *fs = extsim_script_result_get_fs (r->res);
	g_autoptr (GArray) dirty = extsim_fs_dirty_ranges (fs, t_file (r, "/mnt/other/f"), NULL);

	ext_assert_u64_gt (umount->last_step, umount->first_step);
	ext_assert_int_eq (dirty->len, 0);
	ext_assert_str_eq (r->out->str, "876f4f724f70c185824f120574658786  /mnt/other/f\n");
}
END_TEST

START_TEST (mount_options_reach_the_model)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -b 512M $dev\nmount -o nodatacow,space_cache=v2 $dev $mnt\n"
					    "touch $mnt/f\n",
					    NULL);
	extsim_inode_info info;

	ext_assert_true (extsim_fs_inode_info (extsim_script_result_get_fs (r->res), t_file (r, MNT "/f"), &info, NULL));
	ext_assert_true (info.flags & EXTSIM_INODE_NODATACOW);
}
END_TEST

START_TEST (a_second_mkfs_starts_over)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"pwrite -q 0 64k\" -c fsync $mnt/f\numount $mnt\n"
						       "mkfs.btrfs -f -b 512M $dev\nmount $dev $mnt\nmd5sum $mnt/f\n"
						       "xfs_io -f -c \"pwrite -q 0 4k\" $mnt/g\n",
					    NULL);
	extsim_stats st;
	extsim_space_info si;

	ext_assert_str_eq (r->err->str, "md5sum: " MNT "/f: No such file or directory\n");
	extsim_fs_get_space_info (extsim_script_result_get_fs (r->res), &si);
	ext_assert_u64_eq (si.total, 451936256); /* the new 512 MiB filesystem */
	extsim_script_result_get_stats (r->res, &st);
	ext_assert_u64_eq (st.cow_bytes, 64 * KiB); /* the first filesystem counts too */
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 1);
}
END_TEST

/*
 * btrfs-progs 6.2 refuses a device under btrfs_min_dev_size() (mkfs/common.c:
 * 114294784 bytes with metadata DUP and data single) before it writes
 * anything.  What follows is what Linux 6.18 printed for the first three
 * commands (tests/conformance/corpus/divergence-mkfs-too-small): the mount
 * finds no filesystem, and the empty mount point (immutable, as the
 * conformance harness makes it) refuses new files.
 */
START_TEST (mkfs_refuses_a_device_under_btrfs_min_dev_size)
{
	g_autoptr (t_run) r = t_run_script (
		"mkfs.btrfs -f $dev -b 100m > /dev/null\nmount $dev $mnt\nxfs_io -f -c \"pwrite 0 4k\" $mnt/f\n"
		"touch $mnt/g $mnt/d/g\nmd5sum $mnt/f\nrm $mnt/f\nrm -f $mnt/f\nchattr +C $mnt/f\n"
		"xfs_io -c fsync $mnt/f\nsync\numount $mnt\n"
		"mkfs.btrfs -f -b 114294783 $dev\nmkfs.btrfs -f -b 114294784 $dev\nmount $dev $mnt\n"
		"xfs_io -f -c \"pwrite -q 0 4k\" $mnt/f\n",
		NULL);
	/* the exit status of each command, as the tools return them */
	static const int exits[] = { 1, 32, 1, 1, 1, 1, 0, 1, 1, 0, 32, 1, 0, 0, 0 };
	extsim_space_info si;

	ext_assert_str_eq (r->out->str, "");
	ext_assert_str_eq (r->err->str,
			   "ERROR: size 104857600 is too small to make a usable filesystem\n"
			   "ERROR: minimum size for btrfs filesystem is 114294784\n"
			   "mount: " MNT ": wrong fs type, bad option, bad superblock on /dev/loop0, missing codepage or "
			   "helper program, or other error.\n"
			   "       dmesg(1) may have more information after failed mount system call.\n"
			   MNT "/f: Operation not permitted\n"
			   "touch: cannot touch '" MNT "/g': Operation not permitted\n"
			   "touch: cannot touch '" MNT "/d/g': No such file or directory\n"
			   "md5sum: " MNT "/f: No such file or directory\n"
			   "rm: cannot remove '" MNT "/f': No such file or directory\n"
			   "chattr: No such file or directory while trying to stat " MNT "/f\n"
			   MNT "/f: No such file or directory\n"
			   "umount: " MNT ": not mounted.\n"
			   "ERROR: size 114294783 is too small to make a usable filesystem\n"
			   "ERROR: minimum size for btrfs filesystem is 114294784\n");
	for (guint i = 0; i < G_N_ELEMENTS (exits); i++)
		ext_assert_int_eq (t_exit (r, i), exits[i]);
	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), G_N_ELEMENTS (exits));
	ext_assert_int_eq (t_record (r, 1)->error, EINVAL); /* mount(2) */
	ext_assert_int_eq (t_record (r, 2)->error, EPERM);  /* xfs_io's open */
	ext_assert_false (t_record (r, 3)->ran);            /* ... so no pwrite */
	/* 109 MiB is enough: the model's data space on such a device */
	extsim_fs_get_space_info (extsim_script_result_get_fs (r->res), &si);
	ext_assert_u64_eq (si.total, extsim_data_size_for_device (114294784, 4096));
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 1);
	ext_assert_true (extsim_script_result_is_clean (r->res));
}
END_TEST

/*
 * After a failed mount, rmdir under the mount point meets the harness's
 * empty directory: what it names is missing (ENOENT), as for touch deeper
 * down.  The mount point itself is refused when the script is read
 * (test-script-parse.c), whatever the command.
 */
START_TEST (rmdir_after_a_failed_mount_finds_nothing)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -f $dev -b 100m > /dev/null\nmount $dev $mnt\n"
					    "rmdir $mnt/d $mnt/d/e\n",
					    NULL);
	const char *tail = "rmdir: failed to remove '" MNT "/d': No such file or directory\n"
			   "rmdir: failed to remove '" MNT "/d/e': No such file or directory\n";

	ext_assert_true (g_str_has_suffix (r->err->str, tail));
	ext_assert_int_eq (t_exit (r, 2), 1);
	ext_assert_int_eq (t_record (r, 2)->error, ENOENT);
}
END_TEST

/*
 * A reproducer often starts by unmounting what an earlier run may have left
 * mounted, before mkfs.btrfs names the device.  With nothing mounted,
 * umount(8) of util-linux 2.38.1 said "umount: /dev/loop0: not mounted."
 * and "umount: DIR: not mounted." (a directory that is no mount point) on
 * this machine, exit 32, and the script went on.  Once a filesystem is
 * mounted, another path may be another mount: refused as before
 * (test-script-parse.c).
 */
START_TEST (umount_with_nothing_mounted_fails_and_the_script_goes_on)
{
	g_autoptr (t_run) r = t_run_script ("umount $dev &> /dev/null\numount $mnt\numount $dev || echo again\n"
					    "mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
					    "xfs_io -f -c \"pwrite -q 0 4k\" $mnt/f\n",
					    NULL);
	static const int exits[] = { 32, 32, 32, 0, 0, 0, 0 };

	ext_assert_str_eq (r->out->str, "again\n");
	ext_assert_str_eq (r->err->str, "umount: " MNT ": not mounted.\numount: /dev/loop0: not mounted.\n");
	for (guint i = 0; i < G_N_ELEMENTS (exits); i++)
		ext_assert_int_eq (t_exit (r, i), exits[i]);
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 1);
}
END_TEST

/* echo "$(md5sum FILE)": md5sum's error goes to stderr, and the status is
 * echo's, so a set -e script goes on (bash 5.2.15: "[]", then "after") */
START_TEST (an_echo_of_md5sum_has_echo_s_status)
{
	g_autoptr (t_run) r = t_run_script ("set -e\nmkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
					    "echo \"[$(md5sum $mnt/missing)]\"\necho after\n"
					    "xfs_io -f -c \"pwrite -q -S 0x61 0 3\" $mnt/f\necho $(_md5_checksum $mnt/f) end\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "[]\nafter\n"
					"47bce5c74f589f4867dbd57e9ca9f808 end\n"); /* printf aaa | md5sum */
	ext_assert_str_eq (r->err->str, "md5sum: " MNT "/missing: No such file or directory\n");
	ext_assert_int_eq (t_exit (r, 3), 0);
	ext_assert_str_eq (t_record (r, 2)->error_text, "md5sum: " MNT "/missing: No such file or directory");
}
END_TEST

/* od walks the runs of equal bytes, not the lines: a 1 TiB hole is three
 * lines (a byte at a time, it would be 2^36 of them) */
START_TEST (od_of_a_large_file_follows_its_runs)
{
	g_autoptr (t_run) r = t_run_script ("mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n"
					    "xfs_io -f -c \"truncate 1t\" -c \"pwrite -q -S 0x11 512g 17\" $mnt/big\n"
					    "od -A x -t x1 $mnt/big\ntouch $mnt/e\nod -A n -t x1 $mnt/e\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "000000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n*\n"
					"8000000000 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11 11\n"
					"8000000010 11 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n"
					"8000000020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n*\n"
					"10000000000\n");
	ext_assert_str_eq (r->err->str, "");
}
END_TEST

/* du -h rounds up, one decimal under 10: what du -h --apparent-size of
 * coreutils 9.1 printed here for files of these sizes */
START_TEST (du_h_rounds_as_coreutils_does)
{
	static const guint64 sizes[] = { 1023, 1024, 1025, 10239, 10240, 10752, 1048575, 1048577, 1153434, 1073741825 };
	static const char *const want[] = { "1023", "1.0K", "1.1K", "10K", "10K", "11K", "1.0M", "1.1M", "1.2M", "1.1G" };
	g_autoptr (GString) script = g_string_new ("mkfs.btrfs -f $dev > /dev/null\nmount $dev $mnt\n");
	g_autoptr (GString) expect = g_string_new (NULL);
	g_autoptr (t_run) r = NULL;

	for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
		g_string_append_printf (script, "truncate -s %" G_GUINT64_FORMAT " $mnt/f%u\ndu -h --apparent-size $mnt/f%u\n",
					sizes[i], i, i);
		g_string_append_printf (expect, "%s\t" MNT "/f%u\n", want[i], i);
	}
	r = t_run_script (script->str, NULL);
	ext_assert_str_eq (r->out->str, expect->str);
}
END_TEST

START_TEST (a_refused_mkfs_leaves_the_device_as_it_was)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"pwrite -q -S 0x11 0 64k\" $mnt/f\numount $mnt\n"
						       "mkfs.btrfs -f -b 64m $dev\nmount $dev $mnt\nmd5sum $mnt/f\numount $mnt\n"
						       "mkfs.btrfs -f -b 64m /dev/sdq\nmount /dev/sdq $mnt\ntouch $mnt/g\n"
						       "mount $dev $mnt\nmd5sum $mnt/f\n",
					    NULL);
	extsim_space_info si;

	/* the first filesystem stays on $dev; /dev/sdq holds none */
	ext_assert_str_eq (r->out->str, "876f4f724f70c185824f120574658786  " MNT "/f\n"
					"876f4f724f70c185824f120574658786  " MNT "/f\n");
	ext_assert_int_eq (t_exit (r, 4), 1);
	ext_assert_int_eq (t_exit (r, 5), 0);
	ext_assert_int_eq (t_exit (r, 8), 1);
	ext_assert_int_eq (t_exit (r, 9), 32);
	ext_assert_int_eq (t_exit (r, 10), 1);
	ext_assert_int_eq (t_exit (r, 11), 0);
	ext_assert_str_contains (r->err->str, "bad superblock on /dev/sdq,");
	extsim_fs_get_space_info (extsim_script_result_get_fs (r->res), &si);
	ext_assert_u64_eq (si.total, extsim_data_size_for_device (GiB, 4096));
	ext_assert_int_eq (extsim_script_result_get_n_files (r->res), 1);
}
END_TEST

START_TEST (set_e_stops_at_a_refused_mkfs)
{
	g_autoptr (t_run) r = t_run_script ("set -e\nmkfs.btrfs -b 100m $dev\nmount $dev $mnt\necho not reached\n", NULL);

	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), 2);
	ext_assert_int_eq (t_exit (r, 1), 1);
	ext_assert_str_eq (r->out->str, "");
	ext_assert_true (extsim_script_result_get_fs (r->res) == NULL);
}
END_TEST

START_TEST (set_e_stops_at_the_first_failure)
{
	g_autoptr (t_run) r = t_run_script ("set -e\nmkfs.btrfs -b 1G $dev\nmount $dev $mnt\n"
					    "xfs_io -f -c \"pwrite -b 1m 0 1g\" $mnt/fill > /dev/null\n"
					    "set +e\nmd5sum $mnt/missing\nset -o errexit\nxfs_io -f -c \"pwrite 0 4k\" $mnt/more\n"
					    "echo not reached\n",
					    NULL);

	/* the fill is a short write (exit 0); md5sum fails without set -e; the
	 * last pwrite finds no space and ends the script */
	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), 8);
	ext_assert_int_eq (t_exit (r, 7), 1);
	ext_assert_str_eq (r->out->str, "");
	ext_assert_str_eq (r->err->str, "md5sum: " MNT "/missing: No such file or directory\n"
					"pwrite: No space left on device\n");
	ext_assert_true (extsim_script_result_is_clean (r->res));
}
END_TEST

/* CMD && CMD and CMD || CMD: the next command runs by the exit status of
 * the last one that ran; a failure before && or || does not end a set -e
 * script; the last command of a list does.  The expected output is bash
 * 5.2.15's for the same script in a directory of its own (the same lines
 * on stdout and stderr, and bash stopped at the same command). */
START_TEST (and_or_lists_run_by_exit_status)
{
	g_autoptr (t_run) r = t_run_script ("set -e\n" MKFS_MOUNT
					    "md5sum $mnt/missing && echo \"not printed\"\n"
					    "md5sum $mnt/missing || echo \"missing\" && echo \"and then\"\n"
					    "touch $mnt/a && echo created || echo \"not printed\"\n"
					    "md5sum $mnt/missing || true\n"
					    "md5sum $mnt/missing &&\n\techo \"not printed\" ||\n\techo \"a list over three lines\"\n"
					    "md5sum $mnt/a > /dev/null && md5sum $mnt/missing\n"
					    "echo \"not reached\"\n",
					    NULL);
	const extsim_script *s = r->script;
	guint n = extsim_script_get_n_commands (s);

	ext_assert_str_eq (r->out->str, "missing\nand then\ncreated\na list over three lines\n");
	ext_assert_str_eq (r->err->str, "md5sum: " MNT "/missing: No such file or directory\n"
					"md5sum: " MNT "/missing: No such file or directory\n"
					"md5sum: " MNT "/missing: No such file or directory\n"
					"md5sum: " MNT "/missing: No such file or directory\n"
					"md5sum: " MNT "/missing: No such file or directory\n");
	/* one command per part of a list; the last md5sum ends the script */
	ext_assert_int_eq (n, 19);
	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), 18);
	ext_assert_str_eq (extsim_script_get_command (s, 4)->name, "echo");
	ext_assert_false (extsim_script_result_command_ran (r->res, 4));
	ext_assert_true (extsim_script_result_command_ran (r->res, 5));
	ext_assert_int_eq (t_exit (r, 5), 1);
	ext_assert_true (extsim_script_result_command_ran (r->res, 6));
	ext_assert_int_eq (t_exit (r, 17), 1);
	ext_assert_false (extsim_script_result_command_ran (r->res, 18));
	ext_assert_false (extsim_script_result_command_ran (r->res, 10));
	ext_assert_false (extsim_script_result_command_ran (r->res, 14));
	ext_assert_int_eq (t_exit (r, 12), 0); /* || true */
}
END_TEST

/* exit after && or || ends the run where it runs (as bash 5.2.15 did on
 * the same script: "a", "b", exit status 44); an exit alone exits with
 * the status of the last command that ran. */
START_TEST (an_exit_in_a_list_ends_the_run_where_it_runs)
{
	g_autoptr (t_run) r = t_run_script ("echo a\ntrue || exit 3\necho b && exit 300\necho c\n", NULL);
	g_autoptr (t_run) r2 = t_run_script (MKFS_MOUNT "md5sum $mnt/missing 2> /dev/null || exit\necho not reached\n",
					     NULL);

	ext_assert_str_eq (r->out->str, "a\nb\n");
	ext_assert_int_eq (extsim_script_get_n_commands (r->script), 6);
	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), 5);
	ext_assert_false (extsim_script_result_command_ran (r->res, 2));
	ext_assert_int_eq (t_exit (r, 4), 44); /* 300 modulo 256 */
	ext_assert_true (extsim_script_get_op (r->script, extsim_script_get_command (r->script, 4)->first_op)->kind ==
			 EXTSIM_SCRIPT_OP_EXIT);
	ext_assert_str_eq (r2->out->str, "");
	ext_assert_int_eq (t_exit (r2, 2), 1);
	ext_assert_int_eq (t_exit (r2, 3), 1);
	ext_assert_false (extsim_script_result_command_ran (r2->res, 4));
}
END_TEST

/* return after && or || leaves the function call where it runs, inside a
 * loop or a nested call too, with its status (the output is bash
 * 5.2.15's for the same script on a directory of its own). */
START_TEST (a_return_in_a_list_leaves_the_call)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "xfs_io -f -c \"pwrite -S 0x61 0 4k\" $mnt/a > /dev/null\n"
					    "check ()\n{\n\techo \"check $1\"\n"
					    "\tmd5sum $1 > /dev/null 2>&1 || return 3\n"
					    "\tfor i in 1 2; do\n\t\techo \"  ok $i\"\n\t\tcmp -s $1 $mnt/a || return\n\tdone\n"
					    "\techo \"  $1 is a\"\n}\n"
					    "outer ()\n{\n\tcheck $1\n\techo \"outer after check\"\n}\n"
					    "check $mnt/a\ncheck $mnt/missing\nouter $mnt/missing\n"
					    "xfs_io -f -c \"pwrite -S 0x62 0 4k\" $mnt/b > /dev/null\n"
					    "check $mnt/b\necho end\n",
					    NULL);
	const extsim_script *s = r->script;
	guint ret = G_MAXUINT;

	ext_assert_str_eq (r->out->str, "check " MNT "/a\n  ok 1\n  ok 2\n  " MNT "/a is a\n"
					"check " MNT "/missing\ncheck " MNT "/missing\nouter after check\n"
					"check " MNT "/b\n  ok 1\nend\n");
	ext_assert_int_eq (extsim_script_result_get_n_commands_run (r->res), extsim_script_get_n_commands (s));
	/* the first return that ran: status 3, and the commands after it in
	 * the call passed over */
	for (guint i = 0; i < extsim_script_get_n_commands (s) && ret == G_MAXUINT; i++) {
		const extsim_script_command *c = extsim_script_get_command (s, i);

		if (g_str_equal (c->name, "return") && extsim_script_result_command_ran (r->res, i))
			ret = i;
	}
	ext_assert_u64_ne (ret, G_MAXUINT);
	ext_assert_int_eq (t_exit (r, ret), 3);
	ext_assert_false (extsim_script_result_command_ran (r->res, ret + 1));
}
END_TEST

START_TEST (shell_builtins_and_cd)
{
	g_autoptr (t_run) r = t_run_script (MKFS_MOUNT "cd $mnt\nd=sub\necho -n \"$d \"\necho one  two\nsleep 1\n"
						       "touch f\nmd5sum f ./f $mnt/f\ncd /\ntrue\n:\n",
					    NULL);

	ext_assert_str_eq (r->out->str, "sub one two\n" HASH_EMPTY "  f\n" HASH_EMPTY "  ./f\n" HASH_EMPTY "  " MNT "/f\n");
	ext_assert_int_eq (extsim_script_result_get_n_records (r->res), 9);
}
END_TEST

START_TEST (run_options_are_checked)
{
	extsim_script_run_options o = EXTSIM_SCRIPT_RUN_OPTIONS_INIT;
	extsim_policy broken = extsim_policy_unpatched;
	extsim_script *s = extsim_script_parse_string ("echo hi\n", -1, NULL, NULL, NULL);
	extsim_script_result *res = NULL;
	GError *err = NULL;

	o.version = 7;
	ext_assert_false (extsim_script_run (s, &o, &res, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	ext_assert_true (res == NULL);
	o.version = EXTSIM_SCRIPT_RUN_OPTIONS_VERSION;
	broken.remap_prepare = NULL;
	o.policy = &broken;
	ext_assert_false (extsim_script_run (s, &o, &res, &err));
	ext_assert_error (err, EXTSIM_ERROR_INVAL);
	/* no options, no result wanted: runs with the defaults, output dropped */
	ext_assert_true (extsim_script_run (s, NULL, NULL, &err));
	ext_assert_no_error (err);
	ext_assert_true (extsim_script_run (s, NULL, &res, &err));
	ext_assert_true (extsim_script_result_get_fs (res) == NULL); /* no mkfs: no filesystem */
	ext_assert_str_eq (extsim_script_result_get_record (res, 0)->out_text, "hi\n");
	extsim_script_result_free (res);
	extsim_script_result_free (NULL);
	extsim_script_free (s);
	extsim_script_free (NULL);
}
END_TEST

/*
 * The btrfs/170 shape under pre-4.19: the snapshot neither flushes nor
 * blocks the NOCOW writer, so the NORESERVE pages end up in a shared
 * extent; the remount's writeback has no space for them.
 */
START_TEST (a_snapshot_violation_is_explained_at_its_line)
{
	g_autofree char *text = NULL;
	g_autoptr (t_run) bad = NULL;
	g_autoptr (t_run) good = NULL;
	const extsim_script_violation *v;
	const extsim_script_record *rec;

	ext_assert_true (g_file_get_contents (EXAMPLES_DIR "/btrfs-170-snapshot.sh", &text, NULL, NULL));
	bad = t_run_script (text, "pre-4.19");
	good = t_run_script (text, "unpatched");
	ext_assert_true (extsim_script_result_is_clean (good->res));
	ext_assert_int_eq (extsim_script_result_get_n_violations (bad->res), 1);
	v = extsim_script_result_get_violation (bad->res, 0);
	rec = extsim_script_result_get_record (bad->res, v->record);
	ext_assert_int_eq (rec->op->kind, EXTSIM_SCRIPT_OP_SNAPSHOT);
	ext_assert_int_eq (rec->op->line, 16);
	ext_assert_str_contains (v->explanation, "The snapshot at line 16 (btrfs subvolume snapshot -r " MNT " " MNT
						 "/snap) gave every extent of the subvolume a second owner");
	ext_assert_str_contains (v->explanation, MNT "/snap/foobar at offset 0");
	ext_assert_u64_gt (extsim_script_result_get_lost_bytes (bad->res), 0);
	ext_assert_int_eq (extsim_script_result_get_loss (bad->res, 0)->record, 11); /* the umount */
	ext_assert_str_ne (t_record (bad, 10)->out_text, t_record (bad, 14)->out_text); /* the digests differ */
	ext_assert_str_eq (t_record (good, 10)->out_text, t_record (good, 14)->out_text);
}
END_TEST

static Suite *
suite (void)
{
	Suite *s = suite_create ("script-files");
	TCase *tc = tcase_create ("files");

	tcase_add_test (tc, touch_rm_and_md5sum);
	tcase_add_test (tc, md5sum_refuses_what_would_take_minutes);
	tcase_add_test (tc, chattr_plus_c_as_btrfs_takes_it);
	tcase_add_test (tc, subvolumes_and_snapshots);
	tcase_add_test (tc, umount_writes_back_and_mount_finds_the_data);
	tcase_add_test (tc, mount_options_reach_the_model);
	tcase_add_test (tc, a_second_mkfs_starts_over);
	tcase_add_test (tc, mkfs_refuses_a_device_under_btrfs_min_dev_size);
	tcase_add_test (tc, rmdir_after_a_failed_mount_finds_nothing);
	tcase_add_test (tc, umount_with_nothing_mounted_fails_and_the_script_goes_on);
	tcase_add_test (tc, an_echo_of_md5sum_has_echo_s_status);
	tcase_add_test (tc, od_of_a_large_file_follows_its_runs);
	tcase_add_test (tc, du_h_rounds_as_coreutils_does);
	tcase_add_test (tc, a_refused_mkfs_leaves_the_device_as_it_was);
	tcase_add_test (tc, set_e_stops_at_a_refused_mkfs);
	tcase_add_test (tc, set_e_stops_at_the_first_failure);
	tcase_add_test (tc, and_or_lists_run_by_exit_status);
	tcase_add_test (tc, an_exit_in_a_list_ends_the_run_where_it_runs);
	tcase_add_test (tc, a_return_in_a_list_leaves_the_call);
	tcase_add_test (tc, shell_builtins_and_cd);
	tcase_add_test (tc, run_options_are_checked);
	tcase_add_test (tc, a_snapshot_violation_is_explained_at_its_line);
	suite_add_tcase (s, tc);
	return s;
}

int
main (void)
{
	return t_run_suite (suite ());
}
