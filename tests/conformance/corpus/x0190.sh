# extsim conformance workload, fsxgen.py seed 190 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x44 455 2929" -c "pwrite -S 0x44 2795 50548" -c "fzero -k 46177 1094" $mnt/file0
xfs_io -f -c "falloc -k 3076 968929" -c "pread -q 334449 172959" -c "pwrite -S 0x42 3789 447" -c "fsync" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 40k 48k 12k" -c "reflink $mnt/file0 20k 32k 4k" -c "truncate 704k" -c "reflink $mnt/file1 628k 712k 40k" -c "fzero -k 496k 472k" -c "fpunch 19704 323184" -c "pwrite -S 0x42 40209 665570" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 47538 930280" -c "reflink $mnt/file1 268k 976k 36k" -c "falloc -k 1018062 24264" -c "pwrite -S 0xcd -b 512 847342 1378" -c "falloc -k 132401 700636" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pread -q 908k 76k" -c "falloc 773360 16647" -c "fpunch 326440 51478" -c "fpunch 535527 313565" -c "pwrite -S 0x43 -b 12k 485317 3671" -c "truncate 438243" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 223395 599930" -c "fpunch 34132 10782" -c "falloc -k 999327 10824" -c "truncate 28k" -c "dedupe $mnt/file0 8k 16k 8k" -c "pwrite -S 0x43 16743 39762" -c "reflink $mnt/file0 20k 76k 36025" -c "pwrite -S 0x44 -b 12k 53784 11782" $mnt/file0
