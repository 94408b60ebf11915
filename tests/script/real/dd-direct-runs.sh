#! /bin/bash
# dd oflag=direct from a file whose bytes change inside a block, then a
# power loss: dd's last call, shorter than bs, is written with O_DIRECT off
# and the file fsynced (coreutils' iwrite adds conv=fsync), so both copies
# survive, whole; the model cuts a call where the bytes change, which must
# not make a cut piece look like dd's short last call
. ./common/preamble
_begin_fstest auto quick log
. ./common/dmflakey
_scratch_mkfs_sized $((1024 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey
cd /
xfs_io -f -c "pwrite -q -S 0x61 0 70k" -c "pwrite -q -S 0x62 70k 30k" $SCRATCH_MNT/src
sync
dd if=$SCRATCH_MNT/src of=$SCRATCH_MNT/dst bs=64k oflag=direct status=none
dd if=$SCRATCH_MNT/src of=$SCRATCH_MNT/dst2 bs=64k count=1 skip=1 oflag=direct status=none
md5sum $SCRATCH_MNT/src $SCRATCH_MNT/dst $SCRATCH_MNT/dst2
_flakey_drop_and_remount
md5sum $SCRATCH_MNT/dst $SCRATCH_MNT/dst2
_unmount_flakey
_cleanup_flakey
status=0
exit
