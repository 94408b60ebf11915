#! /bin/bash
# fsync of a directory, then a power loss: the directory is logged whole
# (btrfs_log_inode, LOG_INODE_ALL): its new names come back (files made
# since the commit and never fsynced empty, new directories with what is
# in them), its removed and renamed names go; a file renamed into it from
# a directory not logged keeps its old name too; renames out of it after
# the fsync are logged, and so is the unlink of a file made since the
# commit; an fsync of a directory unchanged since the commit logs nothing;
# a new directory's fsync brings back its new parent; removed directories.
. ./common/preamble
_begin_fstest auto quick log

. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /

mkdir $SCRATCH_MNT/d $SCRATCH_MNT/e
_pwrite_byte 0xaa 0 4k $SCRATCH_MNT/d/v > /dev/null
_pwrite_byte 0xab 0 4k $SCRATCH_MNT/d/w > /dev/null
_pwrite_byte 0xac 0 4k $SCRATCH_MNT/d/x > /dev/null
_pwrite_byte 0xad 0 4k $SCRATCH_MNT/e/y > /dev/null
_pwrite_byte 0xae 0 4k $SCRATCH_MNT/e/z > /dev/null
sync
_pwrite_byte 0xb0 0 4k $SCRATCH_MNT/d/new > /dev/null
xfs_io -f -c "pwrite -S 0xb1 0 4k" -c fsync $SCRATCH_MNT/d/logged > /dev/null
rm $SCRATCH_MNT/d/v
mv $SCRATCH_MNT/d/w $SCRATCH_MNT/d/w2
mv $SCRATCH_MNT/e/y $SCRATCH_MNT/d/y2
mkdir -p $SCRATCH_MNT/d/sub/deeper
_pwrite_byte 0xb2 0 4k $SCRATCH_MNT/d/sub/deeper/f > /dev/null
mkdir $SCRATCH_MNT/d/empty
xfs_io -c fsync $SCRATCH_MNT/d
mv $SCRATCH_MNT/d/x $SCRATCH_MNT/d/x2
rm $SCRATCH_MNT/d/logged
touch $SCRATCH_MNT/e/after
xfs_io -c fsync $SCRATCH_MNT/e/after
_flakey_drop_and_remount
echo "after the power loss"
ls $SCRATCH_MNT/d
ls $SCRATCH_MNT/e
ls $SCRATCH_MNT/d/sub/deeper
ls $SCRATCH_MNT/d/empty
stat -c '%n %s %h' $SCRATCH_MNT/d/new $SCRATCH_MNT/d/logged $SCRATCH_MNT/d/y2 $SCRATCH_MNT/d/sub/deeper/f

# a directory unchanged since the commit: its fsync logs nothing, so a
# rename out of it after is not logged; a file made since the commit,
# logged, then unlinked: the next log write drops it (a committed one
# would come back)
sync
xfs_io -c fsync $SCRATCH_MNT/e
mv $SCRATCH_MNT/e/z $SCRATCH_MNT/e/z2
xfs_io -f -c "pwrite -S 0xc0 0 4k" -c fsync $SCRATCH_MNT/e/brief > /dev/null
rm $SCRATCH_MNT/e/brief
touch $SCRATCH_MNT/other
xfs_io -c fsync $SCRATCH_MNT/other
_flakey_drop_and_remount
echo "after the second"
ls $SCRATCH_MNT/e

# a new directory's fsync: it comes back, with its new parent
sync
mkdir -p $SCRATCH_MNT/n1/n2
xfs_io -c fsync $SCRATCH_MNT/n1/n2
_flakey_drop_and_remount
echo "after the third"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/n1

# directories removed: committed ones go when their parent's fsync
# follows (rm -r with what was in it, rmdir), else they come back; a new
# one logged, then removed, goes at the next log write
mkdir -p $SCRATCH_MNT/r/full $SCRATCH_MNT/r/empty $SCRATCH_MNT/r2/kept
_pwrite_byte 0xd0 0 4k $SCRATCH_MNT/r/full/f > /dev/null
sync
rm -r $SCRATCH_MNT/r/full
rmdir $SCRATCH_MNT/r/empty
rmdir $SCRATCH_MNT/r2/kept
mkdir $SCRATCH_MNT/r/brief
xfs_io -c fsync $SCRATCH_MNT/r
rmdir $SCRATCH_MNT/r/brief
touch $SCRATCH_MNT/other2
xfs_io -c fsync $SCRATCH_MNT/other2
_flakey_drop_and_remount
echo "after the fourth"
ls $SCRATCH_MNT/r
ls $SCRATCH_MNT/r2

# a second fsync of a directory unchanged since the first logs nothing and
# writes no log (a rename logged in between stays unwritten); a directory
# removed with a logged file in it; directories removed, then made again
mkdir $SCRATCH_MNT/p $SCRATCH_MNT/q $SCRATCH_MNT/t $SCRATCH_MNT/u
mkdir -p $SCRATCH_MNT/r3/full
_pwrite_byte 0xe0 0 4k $SCRATCH_MNT/r3/full/f > /dev/null
sync
touch $SCRATCH_MNT/p/n
xfs_io -f -c "pwrite -S 0xe1 0 4k" -c fsync $SCRATCH_MNT/q/f > /dev/null
xfs_io -c fsync $SCRATCH_MNT/p
mv $SCRATCH_MNT/q/f $SCRATCH_MNT/q/f2
xfs_io -c fsync $SCRATCH_MNT/p
_flakey_drop_and_remount
echo "after the fifth"
ls $SCRATCH_MNT/p
ls $SCRATCH_MNT/q
sync
xfs_io -f -c "pwrite -S 0xe2 0 4k" -c fsync $SCRATCH_MNT/r3/full/g > /dev/null
rm -r $SCRATCH_MNT/r3/full
xfs_io -c fsync $SCRATCH_MNT/r3
rmdir $SCRATCH_MNT/t
xfs_io -c fsync $SCRATCH_MNT
mkdir $SCRATCH_MNT/t
xfs_io -f -c "pwrite -S 0xe3 0 4k" -c fsync $SCRATCH_MNT/t/f > /dev/null
mkdir $SCRATCH_MNT/u/v
xfs_io -f -c "pwrite -S 0xe4 0 4k" -c fsync $SCRATCH_MNT/u/v/f > /dev/null
rm -r $SCRATCH_MNT/u/v
mkdir $SCRATCH_MNT/u/v
xfs_io -f -c "pwrite -S 0xe5 0 4k" -c fsync $SCRATCH_MNT/u/v/g > /dev/null
_flakey_drop_and_remount
echo "after the sixth"
ls $SCRATCH_MNT/r3
ls $SCRATCH_MNT/t
ls $SCRATCH_MNT/u/v
_unmount_flakey
_cleanup_flakey
status=0
exit
