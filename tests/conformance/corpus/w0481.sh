# extsim conformance workload, gen.py seed 481
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 5730304 4k" $mnt/f0
xfs_io -c "falloc -k 6553600 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7524690 36k" -c "fsync" $mnt/f0
xfs_io -c "truncate 52399" $mnt/f0
xfs_io -c "fpunch 8k 44k" $mnt/f0
xfs_io -c "fzero -k 24k 44k" $mnt/f0
xfs_io -c "falloc -k 6492160 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 36k 52k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 5652480" $mnt/f0
xfs_io -c "pwrite -S 0x62 1220608 32k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4354048 16k" $mnt/f0
xfs_io -c "truncate 3928064" $mnt/f0
xfs_io -c "truncate 3219456" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc -k 1581056 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 204k 3076096 3018752" $mnt/f0
xfs_io -c "falloc 3035136 172k" $mnt/f0
xfs_io -c "truncate 4794628" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0xcd 3325952 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1540096 0 3258628" $mnt/f0
sync
xfs_io -c "truncate 1130836" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1008k 456k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 992k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1095944 72k" $mnt/f0
xfs_io -c "reflink $mnt/f0 156k 5185536 1018120" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 436k 68k" $mnt/f0
xfs_io -c "reflink $mnt/f0 788k 480k 160k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 4341760 36k" $mnt/f0
xfs_io -c "falloc 1285236 4k" $mnt/f0
xfs_io -f -c "falloc -k 5337088 60k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1228800 240k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 0 832k 4k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 556k 32k 4k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 8171520 108k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4587520 200k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 794526 56k" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 7489252 56k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 1785856 40k 2600960" $mnt/f0
xfs_io -c "fpunch 6230016 168k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 859298 64k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 492k 24k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 2928640 4018176 20k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 2031616 10344" $mnt/s1/g2
xfs_io -f -c "pwrite 524k 56k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 -b 1m 808k 1m" $mnt/s1/g2
xfs_io -f -c "pwrite 1732608 32k" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 3777661 76k" $mnt/s1/f0
xfs_io -c "fzero -k 7384236 20k" $mnt/s1/f1
md5sum $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1204224 48k" -c "fsync" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g1 7901184 7905280 12k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 5074944 12188" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 76k 112k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3462337 48k" $mnt/s1/g3
xfs_io -c "fpunch 720283 48k" $mnt/s1/g2
