# extsim conformance workload, gen.py seed 232 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 8200192 12k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1449984 176k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 25362432 7m" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 7m 4m" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "falloc -k 19283968 15m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 10658237 204k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6078464 156k" $mnt/f1
xfs_io -c "fzero 21495808 10521" $mnt/f0
xfs_io -c "pwrite -S 0x63 4829184 36k" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 15335424 7m" $mnt/f0
xfs_io -c "falloc -k 11730944 14m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 29229056 25427968 8k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 2551808 8m" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 14360576 26730496 4063232" $mnt/f0
xfs_io -c "falloc 9957376 15m" $mnt/f1
xfs_io -c "dedupe $mnt/f0 9142272 9146368 16k" $mnt/f0
xfs_io -c "falloc 22073344 9581" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 20099072 4m" -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 11013833 16k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
rm $mnt/f1
sync
xfs_io -f -c "falloc 18923520 3m" $mnt/f1
xfs_io -f -c "pwrite 19196017 144k" $mnt/f3
xfs_io -c "pwrite -S 0x62 9801728 16k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 1875968 10522624 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 12005376 14m" $mnt/f1
xfs_io -c "pwrite -S 0x62 28071121 3m" $mnt/f0
xfs_io -c "truncate 5070668" $mnt/f3
xfs_io -c "pwrite -S 0xcd -b 1m 29200384 2m" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "truncate 10868037" $mnt/f2
xfs_io -c "pwrite -S 0x61 9560064 56k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 17924096 56k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 15405056 15392768 16k" $mnt/f3
sync
