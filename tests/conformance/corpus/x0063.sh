# extsim conformance workload, fsxgen.py seed 63 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 4k 4k" -c "truncate 1012727" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 368k 996k 16k" -c "pwrite -S 0x42 788159 180" -c "reflink $mnt/file0 400k 896k 0" -c "pwrite -S 0xcd -b 1000 156361 145421" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 714991 38632" -c "falloc -k 1008k 4k" -c "reflink $mnt/file0 600k 1m 908k" $mnt/file0
xfs_io -f -c "falloc -k 26619 7934365" -c "dedupe $mnt/file0 748k 892k 32k" -c "fzero -k 764k 4k" -c "pwrite -S 0x43 -b 12k 1151619 854752" $mnt/file0
xfs_io -f -c "fzero -k 29268 10071082" -c "pwrite -S 0x44 1894761 970" -c "pwrite -S 0xcd 1032k 10116k" -c "reflink $mnt/file0 10180k 2720k 44k" -c "pwrite -S 0x42 -b 12k 450528 58286" -c "fsync" -c "falloc 3100504 4489085" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc -k 5040k 132k" -c "fpunch 7008k 60k" -c "fzero 3377205 9961439" -c "fpunch 12306035 38650" -c "falloc -k 3596535 1013746" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 5343517 19352" -c "fzero -k 2298897 9545073" -c "falloc -k 5560k 756k" -c "pwrite -S 0x43 -b 1m 4428k 12k" -c "sync_range -a 6916k 760k" -c "falloc 8328k 5380k" -c "fsync" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x44 120k 396k" -c "pwrite -S 0x41 4580045 3885" -c "fsync" -c "pwrite -S 0x41 189122 338145" -c "fzero 2237953 1116016" -c "pwrite -S 0x44 -b 4k 10426050 20420" -c "pwrite -S 0x41 -b 12k 13666136 586" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x44 -b 1m 13508k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 7020k 256k" -c "truncate 10748114" -c "pwrite -S 0xcd 4426792 538370" -c "reflink $mnt/file0 10172k 784k 331986" -c "pwrite -S 0x44 6033122 369" -c "fpunch 2423540 12201905" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 1916k 4k" -c "fpunch 10342697 3408006" -c "fiemap -v" -c "pwrite -S 0x44 -b 1m 4649541 1759" -c "pwrite -S 0x43 536950 390" $mnt/file0
xfs_io -f -c "truncate 4174141" -c "pread -q 3524k 4112k" -c "fsync" -c "truncate 7767174" $mnt/file0
