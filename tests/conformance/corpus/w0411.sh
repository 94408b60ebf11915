# extsim conformance workload, gen.py seed 411 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 720k 4k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0 0 19050496 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 0 0 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 15183872 40k" $mnt/sv/g0
xfs_io -c "fzero -k 403847 2m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 7888896 19935232 5013504" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 332k 30085120 12689408" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 38301696 19963904 60k" $mnt/sv/g0
xfs_io -c "truncate 14626816" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2838528 5742592 6557696" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 27258880 14m" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 8720384 7m" $mnt/sv/g0
xfs_io -c "falloc -k 22941696 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 35650823 40k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 40907999 208k" $mnt/sv/g0
xfs_io -c "falloc 22208512 208k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 35586048 11512" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "truncate 1089947" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 112k 920k 24k" $mnt/sv/g0
sync
xfs_io -c "truncate 536k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 320k 28k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 388k" $mnt/sv/g0
xfs_io -f -c "falloc 4644864 12m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 12578816 64k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 25792512 8k" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1" $mnt/sv/g2
xfs_io -c "pwrite -b 1m 32813056 16m" -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "falloc 13266944 7m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 17637376 6m" $mnt/sv/g2
