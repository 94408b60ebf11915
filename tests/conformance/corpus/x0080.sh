# extsim conformance workload, fsxgen.py seed 80 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 0 0 0" -c "reflink $mnt/file0 0 44k 4k" -c "pwrite -S 0x42 10432k 4k" -c "fsync" $mnt/file0
xfs_io -f -c "truncate 1672k" $mnt/file0
xfs_io -f -c "fpunch 984k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 336k 4k" -c "fsync" -c "pwrite -S 0x44 -b 1000 264731 7037057" -c "falloc 3303549 1236" -c "pread -q 6904005 3196833" -c "fdatasync" -c "pwrite -S 0x43 14419529 252073" $mnt/file0
xfs_io -f -c "pread -q 2407997 433178" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 9752k 14152k 16k" -c "pwrite -S 0x44 -b 512 2840k 4k" -c "pwrite -S 0x43 1622295 6289" -c "falloc 5617366 30286" -c "fpunch 9144874 3833" -c "fzero 464k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 4596k 12080k 20k" -c "dedupe $mnt/file0 4012k 8792k 10563314" -c "fsync" $mnt/file0
xfs_io -f -c "fdatasync" -c "fpunch 1141122 1388894" -c "falloc 2689318 608013" -c "pwrite -S 0x41 4612k 256k" -c "pwrite -S 0x42 1261715 1018247" -c "fpunch 12401567 12681" -c "pwrite -S 0xcd 6880k 12k" $mnt/file0
xfs_io -f -c "fdatasync" -c "dedupe $mnt/file0 9836k 4448k 4599538" -c "reflink $mnt/file0 1384k 2820k 13254386" $mnt/file0
xfs_io -f -c "truncate 11740762" $mnt/file0
xfs_io -f -c "falloc -k 11300k 48k" -c "fpunch 9104k 228k" -c "pwrite -S 0x41 872k 8k" -c "fdatasync" -c "pwrite -S 0x41 -b 512 7316k 860k" $mnt/file0
xfs_io -f -c "fsync" -c "truncate 7004k" -c "falloc -k 932k 16k" -c "reflink $mnt/file0 5112k 1616k 0" -c "fsync" -c "truncate 1143785" -c "truncate 152k" -c "falloc 52k 4k" $mnt/file0
