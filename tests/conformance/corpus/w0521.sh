# extsim conformance workload, gen.py seed 521 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 6762496 40k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 3272704 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 4573526 10151" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 336k 3141632 6467584" $mnt/f0
xfs_io -c "dedupe $mnt/f0 768k 60k 24k" $mnt/f0
xfs_io -c "falloc -k 5939200 9382" $mnt/f0
xfs_io -c "falloc -k 4117821 13m" $mnt/f0
xfs_io -c "reflink $mnt/f0 4534272 26669056 20k" $mnt/f0
xfs_io -c "truncate 17109546" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 9863168 212k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20434944 10002432 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4112384 29057024 13000704" $mnt/f0
xfs_io -c "pwrite -S 0x61 8163328 1456" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 8077312 8m" $mnt/f0
xfs_io -c "falloc 3244032 100k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 16519168 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 10928128 8134656 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 21635072 232k" $mnt/f0
xfs_io -c "fpunch 5320704 1m" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "truncate 5431296" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 12234752 60k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 1971092 1m" $mnt/f1
xfs_io -c "reflink $mnt/f1 1466368 14716928 1806336" $mnt/f0
xfs_io -c "falloc 8036352 256k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 3551232 13422592 16621568" $mnt/f0
sync
xfs_io -c "falloc 28643328 20k" $mnt/f0
xfs_io -c "truncate 23543579" $mnt/f1
xfs_io -c "reflink $mnt/f1 10760192 128k 12791579" $mnt/f0
xfs_io -c "pwrite 24604672 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 11718656 14m" $mnt/f1
