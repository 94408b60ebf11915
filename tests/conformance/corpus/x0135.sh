# extsim conformance workload, fsxgen.py seed 135 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 1248k" -c "pread -q 2224k 524k" -c "truncate 576k" -c "sync_range -b 652k 536k" -c "falloc 86321 23784" -c "dedupe $mnt/file0 120k 52k 64k" -c "truncate 251234" -c "pwrite -S 0x43 -b 1000 137834 43234" $mnt/file0
xfs_io -f -c "fpunch 234040 1503" -c "pread -q 117086 1559738" -c "dedupe $mnt/file0 148k 108k 52k" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0xcd 3864626 18716" -c "reflink $mnt/file0 2504k 3632k 12k" -c "fpunch 3m 4k" $mnt/file0
xfs_io -f -c "falloc 2825718 435745" -c "fzero -k 2160404 299508" -c "fpunch 256k 36k" -c "fsync" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fzero -k 1670468 1252315" -c "reflink $mnt/file0 2172k 1444k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 1631389 41731" -c "pread -q 604k 24k" $mnt/file0
xfs_io -f -c "fzero -k 1177487 2634746" $mnt/file0
xfs_io -f -c "fzero -k 3166080 3546" -c "pwrite -S 0x43 2200k 4k" -c "fzero -k 3856448 215276" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 2184791 2172" -c "pread -q 1776k 568k" -c "pwrite -S 0x44 740934 794760" -c "fzero 408k 356k" -c "sync_range -w 836k 728k" $mnt/file0
xfs_io -f -c "fzero -k 756k 1900k" -c "reflink $mnt/file0 3272k 2104k 4k" -c "truncate 2520675" -c "truncate 3500k" -c "reflink $mnt/file0 932k 572k 52k" -c "pwrite -S 0x43 -b 1000 2268k 264k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 236919 1780794" -c "reflink $mnt/file0 740k 720k 0" -c "fzero -k 1912k 4k" -c "fpunch 1692k 4k" -c "sync_range -w 1544k 44k" $mnt/file0
sync
xfs_io -f -c "fpunch 244k 4k" -c "pwrite -S 0xcd 704k 976k" -c "pwrite -S 0x42 912795 3870" -c "fpunch 1076108 1827216" -c "pwrite -S 0x41 -b 512 2776k 4k" -c "pwrite -S 0x42 738779 2471367" $mnt/file0
xfs_io -f -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "truncate 1747287" $mnt/file0
xfs_io -f -c "fdatasync" -c "sync_range -a 520k 4k" -c "fdatasync" -c "fdatasync" -c "dedupe $mnt/file0 616k 880k 48k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 1576k 56k" -c "fpunch 3772k 36k" -c "fpunch 1584k 12k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 1278384 833436" -c "fsync" -c "truncate 304k" -c "pwrite -S 0x43 -b 64k 36k 720k" -c "pwrite -S 0x43 -b 1000 744k 2532k" -c "truncate 2647303" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 2608624 983" -c "pwrite -S 0x43 -b 12k 2224k 12k" -c "fiemap -v" -c "sync_range -a 36k 632k" -c "fiemap -v" -c "falloc 276569 2070487" -c "pwrite -S 0x42 1701825 856088" $mnt/file0
