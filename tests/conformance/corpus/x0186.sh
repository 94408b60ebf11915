# extsim conformance workload, fsxgen.py seed 186 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 12k 3626 87488" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 28k 24k" -c "pwrite -S 0x41 644 127160" -c "pwrite -S 0xcd 126412 3229" -c "truncate 7964k" -c "fpunch 4297237 16059" -c "falloc 7508k 40k" $mnt/file0
xfs_io -f -c "fdatasync" -c "truncate 5994103" -c "sync_range -a 3436k 972k" -c "pwrite -S 0x44 1508k 592k" -c "pwrite -S 0x42 2388426 23536" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 102638 3318" -c "pwrite -S 0x44 764k 4k" -c "pread -q 4303513 493" -c "falloc 3995999 621713" -c "falloc 2039159 55523" -c "fdatasync" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "falloc -k 44k 4k" -c "pread -q 3496235 1071" $mnt/file0
xfs_io -f -c "fsync" -c "fsync" -c "reflink $mnt/file0 3984k 5340k 16k" -c "pwrite -S 0x43 -b 4k 2074673 3514" -c "pwrite -S 0xcd 1280k 356k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 5766371 1783" -c "pwrite -S 0x42 5987318 1199" -c "pread -q 1887915 1366" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd -b 1m 2963125 947890" -c "pwrite -S 0x41 -b 12k 3428k 4k" -c "dedupe $mnt/file0 2840k 3376k 32k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0 1592k 2520k 4363895" $mnt/file0
xfs_io -f -c "pread -q 192k 416k" -c "truncate 3750984" -c "reflink $mnt/file0 1084k 2792k 44k" -c "reflink $mnt/file0" -c "pwrite -S 0x41 756k 4k" -c "falloc -k 1784k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 864500 54927" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 416k 652k 40k" $mnt/file0
xfs_io -f -c "falloc -k 10427389 601996" -c "sync_range -b 8984k 1660k" -c "falloc -k 3416k 4k" -c "falloc 144k 15900k" -c "pwrite -S 0x44 -b 512 10706176 926173" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 576k 4584k" -c "fpunch 15720k 4k" -c "fzero -k 805133 61662" -c "fpunch 6744k 4800k" -c "fiemap -v" $mnt/file0
