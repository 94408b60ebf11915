# extsim conformance workload, fsxgen.py seed 74 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 64k 2276 44791" -c "pwrite -S 0x44 14964 40737" -c "pread -q 220k 4k" -c "reflink $mnt/file0 44k 24k 10645" -c "pwrite -S 0x44 55305 181644" -c "pwrite -S 0x41 -b 64k 204482 30306" $mnt/file0
xfs_io -f -c "fzero 76k 4k" -c "fsync" -c "truncate 152k" -c "falloc 45499 108063" -c "pwrite -S 0x43 -b 4k 31889 55599" -c "fsync" -c "pwrite -S 0x41 -b 12k 244k 4k" -c "dedupe $mnt/file0 44k 212k 20k" $mnt/file0
xfs_io -f -c "sync_range -b 140k 24k" -c "fiemap -v" -c "pwrite -S 0x43 82410 50509" -c "pwrite -S 0x41 -b 1000 96k 60k" -c "reflink $mnt/file0 8k 64k 240k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 199751 3236" $mnt/file0
xfs_io -f -c "fiemap -v" -c "falloc -k 153006 70726" -c "pread -q 229749 435" -c "dedupe $mnt/file0 232k 208k 0" -c "dedupe $mnt/file0 244k 316k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 252057 2171" -c "pwrite -S 0xcd 110787 7489" $mnt/file0
xfs_io -f -c "truncate 66865" -c "dedupe $mnt/file0 32k 12k 28k" -c "fsync" -c "fpunch 1268 146563" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 40k 48k 20k" -c "fzero -k 52k 60k" -c "fpunch 4k 56k" -c "pwrite -S 0x43 -b 4k 4k 68k" $mnt/file0
xfs_io -f -c "truncate 34576" -c "fdatasync" -c "pwrite -S 0xcd -b 1000 20585 40048" -c "pread -q 54394 640" -c "pwrite -S 0x42 -b 12k 220k 12k" -c "falloc 217683 35337" -c "fpunch 72640 164953" -c "fsync" $mnt/file0
xfs_io -f -c "fzero 173678 79407" -c "pwrite -S 0x44 114900 24851" -c "fdatasync" -c "pwrite -S 0x43 56001 1576" -c "pwrite -S 0x44 -b 4k 180011 2319" $mnt/file0
xfs_io -f -c "fzero 84774 2484" -c "fzero -k 180k 4k" $mnt/file0
xfs_io -f -c "fpunch 52k 40k" -c "pwrite -S 0x41 -b 64k 168k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 115155 2687" -c "pwrite -S 0x44 -b 1000 200895 59286" -c "truncate 109996" -c "sync_range -w 64k 52k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 72k 28k" -c "pwrite -S 0xcd 101621 38542" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 24k 4k" -c "truncate 98053" -c "falloc -k 41393 143311" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 64k 83712 105172" -c "reflink $mnt/file0 104k 224k 64k" -c "pwrite -S 0x44 -b 1000 164702 42605" -c "pwrite -S 0x41 244k 8k" $mnt/file0
xfs_io -f -c "truncate 146165" -c "reflink $mnt/file0 4k 204k 52k" -c "pwrite -S 0x41 223284 315" -c "fpunch 25424 59162" -c "truncate 36k" $mnt/file0
