#! /bin/bash
# The shape of fstests generic/546 (the regression test of DESIGN.md
# section 1): a full filesystem, a write into a preallocated extent, a
# reflink of part of it, an fsync, then a power loss.
. ./common/preamble
_begin_fstest auto quick clone log

. ./common/filter
. ./common/reflink
. ./common/dmflakey

_require_scratch_reflink
_require_dm_target flakey

_scratch_mkfs_sized $((512 * 1024 * 1024)) >> $seqres.full 2>&1
_init_flakey
_mount_flakey

$XFS_IO_PROG -f -c 'falloc 8k 64m' "$SCRATCH_MNT/foobar" >> $seqres.full
_pwrite_byte 0x00 0 512m "$SCRATCH_MNT/padding" >> $seqres.full 2>&1
sync
_pwrite_byte 0xcd 1m 16m "$SCRATCH_MNT/foobar" >> $seqres.full
$XFS_IO_PROG -c "reflink ${SCRATCH_MNT}/foobar 8k 0 4k" "$SCRATCH_MNT/foobar" >> $seqres.full
echo md5 before $(_md5_checksum "$SCRATCH_MNT/foobar")
$XFS_IO_PROG -c 'fsync' "$SCRATCH_MNT/foobar"
_flakey_drop_and_remount
echo md5 after $(_md5_checksum "$SCRATCH_MNT/foobar")
_unmount_flakey
_cleanup_flakey
status=0
exit
