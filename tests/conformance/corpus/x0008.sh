# extsim conformance workload, fsxgen.py seed 8 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
sync
xfs_io -f -c "reflink $mnt/file0 0 48k 4k" -c "fpunch 0 832k" -c "fzero 7453 203775" -c "pwrite -S 0x44 -b 512 903695 2773" -c "reflink $mnt/file0 144k 620k 0" -c "pwrite -S 0x43 1214170 2451011" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 2570 1037319" -c "truncate 540k" -c "reflink $mnt/file0 3508k 516k 32k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 12k 384k 852k" -c "pwrite -S 0x44 -b 512 215028 21061" -c "falloc 485950 53753" -c "fpunch 605540 279" -c "pwrite -S 0xcd 1105794 322241" -c "fzero 528263 2221" $mnt/file1
xfs_io -f -c "falloc -k 2644k 428k" -c "reflink $mnt/file0 3556k 3108k 28k" -c "pwrite -S 0x44 492k 4k" -c "fzero -k 454913 2717553" -c "fpunch 1976767 1513339" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 3041461 186" -c "fsync" -c "pwrite -S 0xcd -b 12k 2517430 30073" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "fpunch 2240k 1524k" -c "falloc 1345651 748409" -c "truncate 892k" -c "falloc -k 327146 38076" -c "falloc 724181 759554" -c "pwrite -S 0x43 -b 1m 171923 342774" $mnt/file0
xfs_io -f -c "truncate 1032k" -c "reflink $mnt/file1 500k 504k 60k" -c "fiemap -v" -c "fsync" -c "pwrite -S 0xcd 234097 353261" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 182546 3791" -c "fdatasync" -c "pwrite -S 0x41 132k 76k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 669608 38876" -c "pwrite -S 0x44 -b 4k 1278280 911336" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x41 2760k 12k" $mnt/file0
