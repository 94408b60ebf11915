# extsim conformance workload, fsxgen.py seed 123 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fsync" -c "fsync" -c "falloc 1106 700022" -c "pwrite -S 0x44 -b 1m 88k 284k" -c "pwrite -S 0xcd -b 12k 149081 2784" -c "fzero -k 2559340 1012844" -c "fiemap -v" $mnt/file0
xfs_io -f -c "falloc 3558 2183593" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 178390 706565" -c "fpunch 17100 11555" -c "reflink $mnt/file1" $mnt/file0
xfs_io -f -c "fsync" -c "sync_range -b 244k 1012k" -c "pwrite -S 0x41 1289846 1587923" -c "pwrite -S 0x44 1048k 556k" -c "pwrite -S 0xcd -b 512 1452k 4k" -c "falloc -k 1652k 4k" -c "fzero 1696k 48k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 960k 320k 8k" -c "falloc -k 1221359 1545552" $mnt/file1
xfs_io -f -c "fiemap -v" -c "falloc -k 1907320 2864" -c "reflink $mnt/file1 112k 648k 20k" $mnt/file0
xfs_io -f -c "fdatasync" -c "falloc -k 1992k 40k" -c "pwrite -S 0x42 -b 64k 826675 2250" -c "pwrite -S 0x41 -b 12k 559803 63434" $mnt/file1
xfs_io -f -c "falloc -k 1057855 4051" -c "fdatasync" -c "pwrite -S 0x44 -b 1000 1932573 882402" -c "falloc -k 757810 3380980" -c "fpunch 733494 1545674" -c "pwrite -S 0x41 1113235 115158" $mnt/file1
