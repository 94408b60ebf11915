# extsim conformance workload, gen.py seed 201
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 0 976k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 28k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f0 0 832k 4k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f1 48k 4k 8k" $mnt/f1
xfs_io -c "falloc -k 508k 44k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 616k 192k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 156k 11929" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 524k 172k" $mnt/f1
xfs_io -c "pwrite -S 0x63 364k 79" $mnt/f1
xfs_io -c "pwrite -S 0x62 824k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 556k 144k" $mnt/f0
xfs_io -c "pwrite -S 0x63 196k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 768k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 228k 68k" $mnt/f1
xfs_io -c "truncate 608k" $mnt/f0
xfs_io -c "pwrite -S 0x63 320k 144k" $mnt/f1
xfs_io -c "falloc 108k 8k" $mnt/f0
xfs_io -f -c "pwrite 510669 16k" $mnt/f2
xfs_io -f -c "falloc 960k 32k" $mnt/f3
xfs_io -c "falloc 256k 52k" $mnt/f2
xfs_io -c "falloc 476k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f2" $mnt/f2
xfs_io -c "fpunch 168k 24k" $mnt/f1
xfs_io -c "truncate 334204" $mnt/f1
xfs_io -c "fpunch 304k 10484" $mnt/f3
xfs_io -c "pwrite -S 0x62 264k 44k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 604k 36k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 208k 44k 188k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 600k 60k" $mnt/f3
