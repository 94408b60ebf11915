#! /bin/bash
# Renames after a power loss (btrfs_log_new_name, btrfs_log_all_parents,
# btrfs_record_unlink_dir): renames of files logged in the transaction,
# written by a later fsync of another file; a directory logged whole
# (a committed file renamed after its fsync, or fsynced after a rename),
# which logs the renames into it and out of it; a rename with no fsync
# after it; an unlink of a logged file; an fsync that becomes a
# transaction commit (a directory a file left is logged whole); files made
# empty by a logged name alone; renames undone by an unlink.
. ./common/preamble
_begin_fstest auto quick log

. ./common/dmflakey

_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /

_pwrite_byte 0xaa 0 4k $SCRATCH_MNT/c > /dev/null
_pwrite_byte 0xab 0 4k $SCRATCH_MNT/u > /dev/null
_pwrite_byte 0xac 0 4k $SCRATCH_MNT/victim > /dev/null
_pwrite_byte 0xad 0 4k $SCRATCH_MNT/gone > /dev/null
mkdir $SCRATCH_MNT/d
_pwrite_byte 0xae 0 4k $SCRATCH_MNT/d/w > /dev/null
sync
# a new file logged, then renamed
xfs_io -f -c "pwrite -S 0xb0 0 4k" -c fsync $SCRATCH_MNT/n > /dev/null
mv $SCRATCH_MNT/n $SCRATCH_MNT/n2
# a committed file logged, then renamed into a directory, twice
xfs_io -c "pwrite -S 0xb1 0 4k" -c fsync $SCRATCH_MNT/c > /dev/null
mv $SCRATCH_MNT/c $SCRATCH_MNT/d/c2
mv $SCRATCH_MNT/d/c2 $SCRATCH_MNT/d/c3
# a new file logged, then renamed onto a committed one
xfs_io -f -c "pwrite -S 0xb2 0 4k" -c fsync $SCRATCH_MNT/r > /dev/null
mv $SCRATCH_MNT/r $SCRATCH_MNT/victim
# a committed file logged, then unlinked
xfs_io -c "pwrite -S 0xb3 0 4k" -c fsync $SCRATCH_MNT/gone > /dev/null
rm $SCRATCH_MNT/gone
# committed files not logged, renamed: out of the directory logged
# whole above (the top), and inside one that is not
mv $SCRATCH_MNT/u $SCRATCH_MNT/u2
mv $SCRATCH_MNT/d/w $SCRATCH_MNT/d/w2
# another file's fsync writes the log
touch $SCRATCH_MNT/other
xfs_io -c fsync $SCRATCH_MNT/other
ls $SCRATCH_MNT
ls $SCRATCH_MNT/d
_flakey_drop_and_remount
echo "after the power loss"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/d
md5sum $SCRATCH_MNT/n2 $SCRATCH_MNT/d/c3 $SCRATCH_MNT/victim $SCRATCH_MNT/u2 $SCRATCH_MNT/gone

# a new file logged and renamed, then another logged, renamed and fsynced
# under its new name (which writes the first rename too)
sync
xfs_io -f -c "pwrite -S 0xc0 0 4k" -c fsync $SCRATCH_MNT/s > /dev/null
mv $SCRATCH_MNT/s $SCRATCH_MNT/s2
xfs_io -f -c "pwrite -S 0xc1 0 4k" -c fsync $SCRATCH_MNT/t > /dev/null
mv $SCRATCH_MNT/t $SCRATCH_MNT/d/t2
xfs_io -c fsync $SCRATCH_MNT/d/t2
_flakey_drop_and_remount
echo "after the second"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/d

# committed files renamed, none logged, then one of them fsynced: the top
# is logged whole, with the names new in it; d, which a file left, is not
sync
mv $SCRATCH_MNT/u2 $SCRATCH_MNT/u3
mv $SCRATCH_MNT/d/w $SCRATCH_MNT/w4
mv $SCRATCH_MNT/n2 $SCRATCH_MNT/n5
xfs_io -c fsync $SCRATCH_MNT/n5
_flakey_drop_and_remount
echo "after the third"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/d
stat -c '%n %h' $SCRATCH_MNT/w4 $SCRATCH_MNT/d/w $SCRATCH_MNT/d $SCRATCH_MNT/n5

# the same after a file left the top for d: the fsync commits instead,
# and a file made in d and never logged is kept
sync
touch $SCRATCH_MNT/d/nf
mv $SCRATCH_MNT/u3 $SCRATCH_MNT/d/u6
mv $SCRATCH_MNT/w4 $SCRATCH_MNT/w7
xfs_io -c fsync $SCRATCH_MNT/w7
_flakey_drop_and_remount
echo "after the fourth"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/d
md5sum $SCRATCH_MNT/d/u6 $SCRATCH_MNT/w7

# files made since the commit and never fsynced: one in the top when it is
# logged whole, one renamed out of it after that; they come back empty
sync
_pwrite_byte 0xd0 0 4k $SCRATCH_MNT/new1 > /dev/null
mv $SCRATCH_MNT/w7 $SCRATCH_MNT/w8
xfs_io -c fsync $SCRATCH_MNT/w8
_pwrite_byte 0xd1 0 4k $SCRATCH_MNT/new2 > /dev/null
mv $SCRATCH_MNT/new2 $SCRATCH_MNT/new3
_pwrite_byte 0xd2 0 4k $SCRATCH_MNT/new4 > /dev/null
xfs_io -c fsync $SCRATCH_MNT/w8
touch $SCRATCH_MNT/other2
xfs_io -c fsync $SCRATCH_MNT/other2
_flakey_drop_and_remount
echo "after the fifth"
ls $SCRATCH_MNT
stat -c '%n %s' $SCRATCH_MNT/new1 $SCRATCH_MNT/new3 $SCRATCH_MNT/w8

# files logged, renamed, then unlinked under the new name, with a later
# fsync: the unlink takes the logged name out of the log again, and the
# file is gone (a committed one too: its directory was logged whole)
_pwrite_byte 0xf0 0 4k $SCRATCH_MNT/old6 > /dev/null
sync
xfs_io -f -c "pwrite -S 0xf1 0 4k" -c fsync $SCRATCH_MNT/new6 > /dev/null
mv $SCRATCH_MNT/new6 $SCRATCH_MNT/new7
rm $SCRATCH_MNT/new7
xfs_io -c "pwrite -S 0xf2 0 4k" -c fsync $SCRATCH_MNT/old6 > /dev/null
mv $SCRATCH_MNT/old6 $SCRATCH_MNT/d/old7
rm $SCRATCH_MNT/d/old7
touch $SCRATCH_MNT/other3
xfs_io -c fsync $SCRATCH_MNT/other3
_flakey_drop_and_remount
echo "after the sixth"
ls $SCRATCH_MNT
ls $SCRATCH_MNT/d
_unmount_flakey
_cleanup_flakey
status=0
exit
