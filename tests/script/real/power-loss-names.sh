#! /bin/bash
# Which names a power loss leaves: the last commit's, and those of the
# files an fsync logged since.
. ./common/preamble
_begin_fstest auto quick log

. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /

mkdir $SCRATCH_MNT/old
_pwrite_byte 0xaa 0 4k $SCRATCH_MNT/old/kept > /dev/null
_pwrite_byte 0xab 0 4k $SCRATCH_MNT/old/moved > /dev/null
_pwrite_byte 0xac 0 4k $SCRATCH_MNT/old/gone > /dev/null
sync
# new names: one file logged, its sibling not; a new directory with a
# logged file in it, and one with none
_pwrite_byte 0xb0 0 4k $SCRATCH_MNT/logged > /dev/null
_pwrite_byte 0xb1 0 4k $SCRATCH_MNT/sibling > /dev/null
mkdir -p $SCRATCH_MNT/newdir/deeper
_pwrite_byte 0xb2 0 4k $SCRATCH_MNT/newdir/deeper/logged2 > /dev/null
mkdir $SCRATCH_MNT/emptydir
xfs_io -c fsync $SCRATCH_MNT/logged
xfs_io -c fsync $SCRATCH_MNT/newdir/deeper/logged2
# changed names, not logged: a rename and an unlink of committed files
mv $SCRATCH_MNT/old/moved $SCRATCH_MNT/moved-here
rm $SCRATCH_MNT/old/gone
ls $SCRATCH_MNT
ls $SCRATCH_MNT/old
ls $SCRATCH_MNT/newdir/deeper
_flakey_drop_and_remount
echo "after the power loss"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/old
ls $SCRATCH_MNT/newdir/deeper
md5sum $SCRATCH_MNT/logged $SCRATCH_MNT/newdir/deeper/logged2 $SCRATCH_MNT/old/moved $SCRATCH_MNT/old/gone

# a logged file renamed after its fsync
xfs_io -f -c "pwrite -S 0xc0 0 4k" -c fsync $SCRATCH_MNT/renamed > /dev/null
mv $SCRATCH_MNT/renamed $SCRATCH_MNT/renamed2
_flakey_drop_and_remount
echo "after the second"
ls $SCRATCH_MNT

# files logged, then unlinked without another fsync: a committed one and a
# new one; both come back, as the log has them
_pwrite_byte 0xaa 0 8k $SCRATCH_MNT/a > /dev/null
sync
xfs_io -c "pwrite -S 0xbb 0 4k" -c fsync $SCRATCH_MNT/a > /dev/null
xfs_io -f -c "pwrite -S 0xcc 0 4k" -c fsync $SCRATCH_MNT/b > /dev/null
rm $SCRATCH_MNT/a
rm $SCRATCH_MNT/b
_flakey_drop_and_remount
echo "after the third"
ls $SCRATCH_MNT
md5sum $SCRATCH_MNT/a $SCRATCH_MNT/b
_unmount_flakey
_cleanup_flakey
status=0
exit
