# extsim conformance workload, fsxgen.py seed 128 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
sync
xfs_io -f -c "pwrite -S 0x44 3046 3614" -c "sync_range -a 15412k 504k" -c "fsync" -c "falloc -k 0 4k" -c "pwrite -S 0x43 0 12512k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 64k 2366924 124808" -c "truncate 6635753" -c "fsync" -c "fpunch 1360k 4k" -c "pwrite -S 0x42 5495819 152284" -c "fiemap -v" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x41 -b 512 1884 815639" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 784k 15004k" -c "pwrite -S 0x42 12760k 4k" -c "falloc 15156k 888k" -c "dedupe $mnt/file1 3476k 14324k 3076329" -c "fsync" -c "pread -q 16030134 501029" $mnt/file0
xfs_io -f -c "dedupe $mnt/file1 1272k 6748k 32k" -c "reflink $mnt/file0 5280k 15676k 0" -c "falloc 7485789 60038" -c "truncate 13384k" -c "pwrite -S 0xcd -b 1000 4416k 4k" -c "pwrite -S 0x44 13184k 12k" -c "falloc 5700k 4908k" -c "truncate 4300k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 13444k 44k" -c "pwrite -S 0x44 10799684 420" -c "truncate 15429255" -c "reflink $mnt/file0 10908k 8512k 0" -c "truncate 15864k" -c "dedupe $mnt/file1 4244k 12216k 2289897" $mnt/file0
xfs_io -f -c "dedupe $mnt/file1 5580k 2364k 8k" -c "fzero -k 5540k 6720k" -c "dedupe $mnt/file0 4932k 9528k 10932k" -c "pwrite -S 0x44 -b 512 2388k 36k" -c "pread -q 4720k 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 6384768 7058792" -c "falloc -k 563747 14601546" -c "reflink $mnt/file1 5824k 5688k 12k" -c "fpunch 14379365 1383562" -c "pwrite -S 0x44 10760133 36973" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 1977186 11124145" $mnt/file0
