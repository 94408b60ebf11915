# extsim conformance workload, fsxgen.py seed 41 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 76 2404" -c "pwrite -S 0xcd 2674994 33753" -c "fdatasync" -c "pwrite -S 0x44 -b 4k 1768k 440k" -c "pwrite -S 0x42 -b 4k 413930 23298" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 392249 90185" -c "falloc -k 326597 3054344" -c "fsync" -c "truncate 119522" -c "truncate 100k" -c "pwrite -S 0x44 98483 1046" -c "reflink $mnt/file0 52k 152k 16k" $mnt/file0
xfs_io -f -c "fpunch 136k 28k" -c "truncate 85390" -c "reflink $mnt/file0 36k 112k 16k" -c "pwrite -S 0xcd 60k 4k" -c "pwrite -S 0x42 100717 3664" -c "fsync" -c "fzero -k 71038 62588" $mnt/file0
xfs_io -f -c "sync_range -w 44k 2980k" -c "pwrite -S 0x43 92279 52337" -c "truncate 99539" $mnt/file0
xfs_io -f -c "truncate 64420" -c "pread -q 28k 60k" -c "pwrite -S 0x44 16189 1977940" -c "pwrite -S 0x43 224829 54074" -c "falloc 34278 21721" -c "sync_range -w 52k 108k" -c "truncate 2065790" $mnt/file0
xfs_io -f -c "fzero -k 80k 44k" -c "fzero 1912k 68k" -c "pwrite -S 0x41 -b 1000 2674130 1505302" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pread -q 3452k 4k" -c "truncate 2625623" -c "pwrite -S 0x43 968k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 3390240 690555" -c "fsync" -c "dedupe $mnt/file0 2344k 2832k 32k" -c "pwrite -S 0x43 -b 4k 810666 590160" -c "truncate 3546225" -c "fdatasync" $mnt/file0
xfs_io -f -c "falloc 3305662 629106" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 84k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1m 345347 134" $mnt/file0
xfs_io -f -c "truncate 1283883" -c "reflink $mnt/file0 1100k 828k 157483" -c "fiemap -v" -c "pwrite -S 0x43 -b 1m 1071666 37913" -c "truncate 185119" -c "pwrite -S 0x43 668k 4k" -c "pread -q 264718 22447" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 112k 300k" -c "pread -q 313538 1321" -c "pwrite -S 0x41 -b 4k 552k 32k" -c "falloc 366937 2011634" -c "falloc -k 400359 3662" -c "fpunch 4050519 60461" -c "pwrite -S 0x43 1215007 546555" -c "pwrite -S 0xcd 2211659 1570555" $mnt/file0
