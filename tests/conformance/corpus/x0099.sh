# extsim conformance workload, fsxgen.py seed 99 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "falloc -k 735 3346520" -c "reflink $mnt/file0 0 48k 4k" -c "reflink $mnt/file0 20k 8k 36k" -c "pwrite -S 0x41 -b 64k 17655 3484" -c "fzero -k 30323 2929" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 -b 1m 2428 191" -c "pwrite -S 0xcd -b 1000 9365 11887" -c "fpunch 3630 58062" -c "pread -q 4239632 998546" -c "pwrite -S 0x43 -b 1000 4928k 2036k" -c "pwrite -S 0x43 1741301 1046759" -c "pwrite -S 0x43 -b 512 5690199 2357" $mnt/file0
xfs_io -f -c "fpunch 3109298 4928" -c "falloc 3637 40819" -c "pwrite -S 0x41 -b 12k 20573 32732" -c "fpunch 2337960 672339" -c "fzero -k 8617977 7395220" -c "reflink $mnt/file0 5556k 84k 1408k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 1621324 34208" -c "fpunch 3354609 921" -c "sync_range -b 8k 340k" -c "fpunch 6198556 7852148" -c "fsync" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 2535757 478" -c "reflink $mnt/file1 408k 1616k 24k" -c "falloc 1828k 6848k" -c "pwrite -S 0x44 7770570 3081381" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 517173 2702" -c "falloc 8942458 25179" -c "fpunch 796723 606357" $mnt/file1
touch $mnt/file2
chattr +C $mnt/file2
xfs_io -f -c "pwrite -S 0x43 -b 4k 6755801 15358" -c "reflink $mnt/file1" -c "pwrite -S 0x42 5933805 931" -c "pwrite -S 0x42 -b 1m 8602233 1397239" -c "reflink $mnt/file2 0 5572k 4k" -c "fpunch 1820k 60k" -c "reflink $mnt/file2 0 3784k 4k" -c "pread -q 10107520 1323" $mnt/file0
xfs_io -f -c "falloc -k 9803665 170962" -c "pwrite -S 0x41 -b 12k 4676k 592k" -c "pwrite -S 0x41 5323845 685675" -c "falloc 9193517 2431" -c "truncate 14062667" -c "pwrite -S 0x42 892k 28k" -c "fdatasync" -c "pwrite -S 0x42 481757 17270" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 54016 3243" -c "pwrite -S 0x41 7120k 60k" -c "falloc 9611362 1748174" -c "pwrite -S 0x42 -b 1000 13432605 17645" -c "dedupe $mnt/file1 2748k 10672k 12k" $mnt/file0
xfs_io -f -c "falloc -k 2052 700846" -c "pwrite -S 0x43 -b 512 313 1042762" -c "pwrite -S 0x41 -b 4k 8553572 2420" -c "pwrite -S 0x43 -b 512 5118052 415475" -c "pwrite -S 0x44 6216k 4k" -c "pread -q 361322 1442" -c "pwrite -S 0x41 -b 12k 1182099 3556" $mnt/file2
