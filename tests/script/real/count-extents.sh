#! /bin/bash
# fstests' _count_extents and _count_holes in echo's words: a file with
# two punched holes, one with blocks preallocated past its end, an empty
# one, a sparse one, a missing one and a directory (fiemap's error, 0)
. ./common/preamble
_begin_fstest auto quick

_scratch_mkfs_sized $((1024 * 1024 * 1024)) > /dev/null
_scratch_mount
$XFS_IO_PROG -f -c "pwrite -q -S 0xab 0 64k" -c "fpunch 8k 8k" -c "fpunch 32k 4k" $SCRATCH_MNT/a
echo "extents $(_count_extents $SCRATCH_MNT/a)"
echo "holes $(_count_holes $SCRATCH_MNT/a)"
$XFS_IO_PROG -f -c "pwrite -q -S 0xab 0 16k" -c "falloc -k 64k 64k" $SCRATCH_MNT/b
echo "extents $(_count_extents $SCRATCH_MNT/b)"
echo "holes $(_count_holes $SCRATCH_MNT/b)"
touch $SCRATCH_MNT/c
echo "extents $(_count_extents $SCRATCH_MNT/c)"
echo "holes $(_count_holes $SCRATCH_MNT/c)"
$XFS_IO_PROG -f -c "truncate 1m" $SCRATCH_MNT/d
echo "extents $(_count_extents $SCRATCH_MNT/d)"
echo "holes $(_count_holes $SCRATCH_MNT/d)"
echo "extents $(_count_extents $SCRATCH_MNT/nosuch)"
mkdir $SCRATCH_MNT/dir
echo "extents $(_count_extents $SCRATCH_MNT/dir)"
echo "hexdump:"
_hexdump $SCRATCH_MNT/b
_scratch_unmount
