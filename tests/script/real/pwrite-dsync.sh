#! /bin/bash
# xfs_io pwrite -D: xfs_io 6.1 passes RWF_DSYNC only to pwritev2, which
# it calls with -V alone; without, it calls pwrite64 (strace) and -D
# changes nothing: the file is gone after a power loss, as the one written
# without -D; a file opened -s (O_SYNC) survives
. ./common/preamble
_begin_fstest auto quick log
. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
$XFS_IO_PROG -f -c "pwrite -D -S 0xaa -b 64k 0 256k" $SCRATCH_MNT/d > /dev/null
$XFS_IO_PROG -f -c "pwrite -S 0xbb -b 64k 0 256k" $SCRATCH_MNT/n > /dev/null
$XFS_IO_PROG -f -s -c "pwrite -D -S 0xcc -b 64k 0 128k" $SCRATCH_MNT/s > /dev/null
_flakey_drop_and_remount
ls $SCRATCH_MNT
stat -c "%n %s" $SCRATCH_MNT/d $SCRATCH_MNT/s
md5sum $SCRATCH_MNT/d $SCRATCH_MNT/s
_unmount_flakey
