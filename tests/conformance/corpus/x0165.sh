# extsim conformance workload, fsxgen.py seed 165 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "reflink $mnt/file1 0 24k 0" -c "fpunch 13358 3522" -c "fsync" -c "falloc -k 21677 158858" -c "reflink $mnt/file0 24k 24k 4k" -c "pwrite -S 0x43 0 8k" -c "pwrite -S 0xcd 22925 160313" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0xcd 224k 20k" -c "pwrite -S 0x41 -b 512 38391 12778" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 144k 4k" -c "reflink $mnt/file0" -c "fzero -k 173622 17375" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 12k 208k 4k" -c "falloc -k 188k 28k" -c "pwrite -S 0x42 -b 1m 81880 19285" -c "reflink $mnt/file0 156k 28k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 41294 3658" -c "reflink $mnt/file1 48k 220k 0" -c "pwrite -S 0xcd 228k 12k" -c "truncate 129168" -c "pwrite -S 0x42 -b 64k 102599 156086" -c "fsync" -c "reflink $mnt/file0 172k 140k 4k" $mnt/file0
xfs_io -f -c "fzero 236k 16k" $mnt/file0
xfs_io -f -c "fpunch 12k 240k" -c "falloc -k 156k 80k" -c "fzero 24398 2017" -c "pwrite -S 0x41 218646 1795" -c "pwrite -S 0x41 224k 8k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 237228 8084" -c "pwrite -S 0x44 -b 4k 40k 172k" -c "fzero 124k 52k" -c "fpunch 144897 28674" -c "pwrite -S 0x41 243470 9129" -c "falloc 32k 176k" -c "pwrite -S 0x44 244k 4k" -c "reflink $mnt/file1 124k 248k 124k" $mnt/file1
