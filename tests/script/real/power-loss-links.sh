#! /bin/bash
# Hard links before a power loss: a committed file linked into another
# directory and then fsynced (the log holds all its names), a link into a
# directory then fsynced whole (the new name alone), a link of a file
# made since the commit into a new directory with a later fsync of
# another file, and unlinks of one of a file's names: from a directory
# logged whole before (the name stays, need_log_inode) or not, then an
# fsync of the file, and from a logged directory fsynced again.
. ./common/preamble
_begin_fstest auto quick log

. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /

mkdir $SCRATCH_MNT/a $SCRATCH_MNT/b $SCRATCH_MNT/c
_pwrite_byte 0xaa 0 4k $SCRATCH_MNT/a/f > /dev/null
_pwrite_byte 0xab 0 4k $SCRATCH_MNT/a/g > /dev/null
_pwrite_byte 0xac 0 4k $SCRATCH_MNT/a/h > /dev/null
ln $SCRATCH_MNT/a/h $SCRATCH_MNT/c/h2
sync
ln $SCRATCH_MNT/a/f $SCRATCH_MNT/b/f2
xfs_io -c fsync $SCRATCH_MNT/a/f
ln $SCRATCH_MNT/a/g $SCRATCH_MNT/c/g2
xfs_io -c fsync $SCRATCH_MNT/c
xfs_io -f -c "pwrite -S 0xb0 0 4k" -c fsync $SCRATCH_MNT/a/n > /dev/null
mkdir $SCRATCH_MNT/b/new
ln $SCRATCH_MNT/a/n $SCRATCH_MNT/b/new/n2
rm $SCRATCH_MNT/c/h2
_pwrite_byte 0xb1 0 4k $SCRATCH_MNT/a/h > /dev/null
xfs_io -c fsync $SCRATCH_MNT/a/h
touch $SCRATCH_MNT/other
xfs_io -c fsync $SCRATCH_MNT/other
_flakey_drop_and_remount
echo "after the power loss"
ls $SCRATCH_MNT/a
ls $SCRATCH_MNT/b
ls $SCRATCH_MNT/c
stat -c '%n %h %s' $SCRATCH_MNT/a/f $SCRATCH_MNT/a/g $SCRATCH_MNT/a/h $SCRATCH_MNT/a/n
ls $SCRATCH_MNT/b/new

# a name removed from a directory not logged before, then an fsync of the
# file: the directories it had at the commit are logged whole, the name
# goes; then a name removed from a directory logged before, and an fsync
# of that directory: it goes too
sync
rm $SCRATCH_MNT/c/h2
_pwrite_byte 0xc0 0 4k $SCRATCH_MNT/a/h > /dev/null
xfs_io -c fsync $SCRATCH_MNT/a/h
_flakey_drop_and_remount
echo "after the second"
ls $SCRATCH_MNT/c
sync
touch $SCRATCH_MNT/c/x
xfs_io -c fsync $SCRATCH_MNT/c
rm $SCRATCH_MNT/c/g2
xfs_io -c fsync $SCRATCH_MNT/c
_flakey_drop_and_remount
echo "after the third"
ls $SCRATCH_MNT/c
stat -c '%n %h' $SCRATCH_MNT/a/g $SCRATCH_MNT/a/h
_unmount_flakey
_cleanup_flakey
status=0
exit
