# extsim conformance workload, fsxgen.py seed 79 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 1m 4022 362201" -c "reflink $mnt/file0 0 396k 4k" -c "dedupe $mnt/file1 368k 376k 8k" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 512 2618 4489887" -c "reflink $mnt/file1 72k 2580k 36k" -c "pwrite -S 0x41 -b 12k 1324314 2970" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 104k 3008k 28k" -c "pwrite -S 0x42 -b 512 433241 307878" -c "fdatasync" -c "reflink $mnt/file1 60k 1036k 36k" -c "pread -q 2056k 20k" -c "pwrite -S 0x43 20k 4k" -c "dedupe $mnt/file1 164k 3080k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 140267 19767" -c "fsync" -c "pwrite -S 0x44 316436 291620" -c "reflink $mnt/file0 3804k 152k 60k" -c "falloc -k 145875 3558" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 76k 2532k 8k" -c "truncate 624k" -c "reflink $mnt/file0 196k 320k 60k" -c "fzero 112229 10478238" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc -k 6225925 54259" -c "pwrite -S 0xcd -b 12k 4750817 777" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 5204k 2804k 56k" -c "reflink $mnt/file1 448k 5348k 149304" -c "falloc 400381 2738255" -c "reflink $mnt/file0 2180k 6556k 0" -c "fsync" -c "reflink $mnt/file1 540k 952k 20k" -c "truncate 3742804" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1661935 778410" -c "truncate 1106324" -c "truncate 6104193" -c "pwrite -S 0x44 4188k 4k" -c "fpunch 2280704 1730" -c "dedupe $mnt/file1 544k 716k 40k" $mnt/file0
