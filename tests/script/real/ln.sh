#! /bin/bash
# ln (coreutils 9.1): hard links, link(2).  A link and its errors (exists,
# missing source, a directory as source, into a directory, a missing
# directory, into another subvolume: EXDEV, into a read-only snapshot:
# EROFS); rm and mv of one name leave the file under the others, mv onto
# another name of the same file is refused; then power losses: a link made
# after the file's fsync, with another file fsynced after it (generic/057's
# shape), a link made before the file's fsync, and a committed link whose
# first name was removed.
. ./common/preamble
_begin_fstest auto quick log

. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /

_pwrite_byte 0xaa 0 8k $SCRATCH_MNT/foo > /dev/null
mkdir $SCRATCH_MNT/d
ln $SCRATCH_MNT/foo $SCRATCH_MNT/bar
echo "ln: $?"
ln $SCRATCH_MNT/foo $SCRATCH_MNT/bar
echo "ln onto a name: $?"
ln $SCRATCH_MNT/nope $SCRATCH_MNT/x
ln $SCRATCH_MNT/d $SCRATCH_MNT/e
ln $SCRATCH_MNT/foo $SCRATCH_MNT/d
ls $SCRATCH_MNT/d
ln $SCRATCH_MNT/foo $SCRATCH_MNT/d/
ln $SCRATCH_MNT/foo $SCRATCH_MNT/nodir/x
btrfs subvolume create $SCRATCH_MNT/sub > /dev/null
ln $SCRATCH_MNT/foo $SCRATCH_MNT/sub/foo
btrfs subvolume snapshot -r $SCRATCH_MNT $SCRATCH_MNT/snap > /dev/null
ln $SCRATCH_MNT/snap/foo $SCRATCH_MNT/snap/foo2
md5sum $SCRATCH_MNT/foo $SCRATCH_MNT/bar $SCRATCH_MNT/d/foo
rm $SCRATCH_MNT/foo
md5sum $SCRATCH_MNT/bar
mv $SCRATCH_MNT/bar $SCRATCH_MNT/d/foo
echo "mv onto the same file: $?"
rm $SCRATCH_MNT/bar
md5sum $SCRATCH_MNT/d/foo
ls $SCRATCH_MNT

# power losses
_pwrite_byte 0xbb 0 8k $SCRATCH_MNT/after > /dev/null
_pwrite_byte 0xcc 0 8k $SCRATCH_MNT/before > /dev/null
_pwrite_byte 0xdd 0 8k $SCRATCH_MNT/first > /dev/null
ln $SCRATCH_MNT/first $SCRATCH_MNT/second
sync
_pwrite_byte 0xb1 8k 4k $SCRATCH_MNT/after > /dev/null
xfs_io -c fsync $SCRATCH_MNT/after
ln $SCRATCH_MNT/after $SCRATCH_MNT/after_link
touch $SCRATCH_MNT/other
xfs_io -c fsync $SCRATCH_MNT/other
ln $SCRATCH_MNT/before $SCRATCH_MNT/before_link
_pwrite_byte 0xc1 8k 4k $SCRATCH_MNT/before > /dev/null
xfs_io -c fsync $SCRATCH_MNT/before
rm $SCRATCH_MNT/first
_pwrite_byte 0xd1 8k 4k $SCRATCH_MNT/second > /dev/null
xfs_io -c fsync $SCRATCH_MNT/second
ls $SCRATCH_MNT
_flakey_drop_and_remount
echo "after the power loss"
ls $SCRATCH_MNT
md5sum $SCRATCH_MNT/after $SCRATCH_MNT/before $SCRATCH_MNT/second
od -t x1 $SCRATCH_MNT/after

_unmount_flakey
_cleanup_flakey
status=0
exit
