#! /bin/bash
# What a power loss leaves: the last commit, and each file an fsync logged
# since as it was at that fsync.  fstests' dmflakey helpers; ./common has
# them for a real run.
. ./common/preamble
_begin_fstest auto quick log

. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /

# committed files, one changed in memory only, one new file never synced
_pwrite_byte 0xaa 0 64k $SCRATCH_MNT/a > /dev/null
_pwrite_byte 0xaa 0 64k $SCRATCH_MNT/b > /dev/null
touch $SCRATCH_MNT/c
chattr +C $SCRATCH_MNT/c
_pwrite_byte 0xaa 0 64k $SCRATCH_MNT/c > /dev/null
xfs_io -f -c "falloc 0 64k" $SCRATCH_MNT/d
_pwrite_byte 0xaa 0 64k $SCRATCH_MNT/f > /dev/null
_pwrite_byte 0x11 0 8k $SCRATCH_MNT/h > /dev/null
_pwrite_byte 0x33 0 64k $SCRATCH_MNT/r > /dev/null
sync
_pwrite_byte 0xbb 0 4k $SCRATCH_MNT/a > /dev/null
_pwrite_byte 0xbc 64k 8k $SCRATCH_MNT/a > /dev/null
_pwrite_byte 0xee 0 4k $SCRATCH_MNT/new > /dev/null
# written back, not logged: a COW overwrite, a NOCOW one, a prealloc range
# (sync_range -w: xfs_io takes the last of -a, -b, -w alone)
xfs_io -c "pwrite -S 0xbb 0 64k" -c "sync_range -w 0 64k" $SCRATCH_MNT/b > /dev/null
xfs_io -c "pwrite -S 0xbb 0 4k" -c "sync_range -w 0 4k" $SCRATCH_MNT/c > /dev/null
xfs_io -c "pwrite -S 0xcd 0 16k" -c "sync_range -w 0 16k" $SCRATCH_MNT/d > /dev/null
# logged: a new file, then more written to it; a truncate, then another
xfs_io -f -c "pwrite -S 0xcc 0 8k" -c fsync -c "pwrite -S 0xcd 8k 8k" -c "sync_range -w 8k 8k" \
	$SCRATCH_MNT/e > /dev/null
xfs_io -c "truncate 12k" -c fsync -c "truncate 4k" $SCRATCH_MNT/f
# logged: a reflink of a committed extent
xfs_io -f -c "reflink $SCRATCH_MNT/r 0 0 64k" -c fsync $SCRATCH_MNT/g > /dev/null
# not logged: an unlink
rm $SCRATCH_MNT/h
sleep 1 # the writes sync_range started reach the disk
echo "before the power loss"
md5sum $SCRATCH_MNT/a $SCRATCH_MNT/b $SCRATCH_MNT/c $SCRATCH_MNT/d $SCRATCH_MNT/e $SCRATCH_MNT/f $SCRATCH_MNT/g $SCRATCH_MNT/r
ls $SCRATCH_MNT
_flakey_drop_and_remount
echo "after it"
md5sum $SCRATCH_MNT/a $SCRATCH_MNT/b $SCRATCH_MNT/c $SCRATCH_MNT/d $SCRATCH_MNT/e $SCRATCH_MNT/f $SCRATCH_MNT/g $SCRATCH_MNT/h
stat -c "%n %s" $SCRATCH_MNT/a $SCRATCH_MNT/e $SCRATCH_MNT/f $SCRATCH_MNT/g
ls $SCRATCH_MNT
xfs_io -c "fiemap -v" $SCRATCH_MNT/d

# the files go on, and a second power loss finds the first's mount committed
xfs_io -c "pwrite -S 0x11 0 4k" -c fsync $SCRATCH_MNT/e > /dev/null
_pwrite_byte 0x22 0 4k $SCRATCH_MNT/f > /dev/null
_flakey_drop_and_remount
echo "after the second"
md5sum $SCRATCH_MNT/e $SCRATCH_MNT/f
ls $SCRATCH_MNT
_unmount_flakey
_cleanup_flakey
status=0
exit
