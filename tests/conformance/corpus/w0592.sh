# extsim conformance workload, gen.py seed 592
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 460196 140k" $mnt/f0
xfs_io -c "falloc -k 32k 180k" $mnt/f0
xfs_io -c "reflink $mnt/f0 380k 276k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 541011 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 112k 5118" $mnt/f0
xfs_io -c "fpunch 208436 72k" $mnt/f0
xfs_io -c "reflink $mnt/f0 156k 448k 176k" $mnt/f0
xfs_io -c "pwrite -S 0x62 460k 40k" $mnt/f0
xfs_io -c "truncate 728k" $mnt/f0
xfs_io -c "falloc 692k 2263" $mnt/f0
xfs_io -f -c "pwrite 430614 32k" $mnt/f0
xfs_io -c "fzero -k 532k 7683" $mnt/f0
xfs_io -c "reflink $mnt/f0 148k 752k 588k" $mnt/f0
xfs_io -c "falloc 336k 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 496k 640k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "pwrite 285459 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 504k 52k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 384k 184k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 220k 326147 8k" $mnt/f0
xfs_io -f -c "truncate 839269" $mnt/f1
xfs_io -f -c "falloc 60975 128k" $mnt/f2
rm $mnt/f1
xfs_io -c "reflink $mnt/f2 28k 348k 48k" $mnt/f0
xfs_io -c "fzero 63928 128k" $mnt/f2
xfs_io -c "pwrite -S 0x63 735382 16k" $mnt/f0
md5sum $mnt/f2
xfs_io -c "fpunch 140k 40k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 132k 40k" $mnt/f0
