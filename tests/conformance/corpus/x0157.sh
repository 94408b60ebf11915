# extsim conformance workload, fsxgen.py seed 157 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x44 0 4k" -c "fpunch 836 7976157" -c "pwrite -S 0x43 -b 64k 921 710073" -c "fiemap -v" -c "pread -q 308922 91359" -c "pwrite -S 0x43 -b 1m 30800 42888" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x41 644687 902058" -c "truncate 16747970" -c "reflink $mnt/file0 3288k 10768k 48k" -c "fzero 3993902 1020956" -c "pwrite -S 0xcd 1294363 1052512" -c "dedupe $mnt/file1 0 348k 4k" -c "fpunch 15488k 644k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 1m 1819 125954" -c "pread -q 45199 14726834" -c "fiemap -v" -c "truncate 10458079" -c "fpunch 100k 4k" -c "reflink $mnt/file1 3540k 9108k 16k" -c "pwrite -S 0x42 10252428 1020496" -c "falloc -k 7523726 5300321" $mnt/file1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 905308 3559" -c "pwrite -S 0x43 4720599 4410432" -c "fpunch 8889477 334236" -c "falloc -k 15484814 241442" -c "fpunch 12517871 11009" -c "pwrite -S 0x42 13580919 5804" -c "pwrite -S 0xcd -b 512 6624802 9375766" $mnt/file0
xfs_io -f -c "falloc -k 3956583 2826" -c "pread -q 14009181 726" -c "falloc -k 250892 541746" -c "truncate 14319302" -c "falloc -k 1368k 4120k" -c "fiemap -v" -c "falloc -k 2895901 740693" -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 6936k 5212k 4170460" -c "fpunch 7413406 28002" -c "falloc 10474595 4763950" -c "fsync" -c "fiemap -v" $mnt/file1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 3188912 3438" -c "pwrite -S 0x42 12112542 20048" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 12364k 12k" -c "pwrite -S 0x41 16316k 12k" -c "fiemap -v" -c "reflink $mnt/file0 12596k 7444k 28k" -c "truncate 686105" -c "fiemap -v" -c "pread -q 336059 952746" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 1m 16150277 471607" -c "reflink $mnt/file0 13368k 9988k 4k" $mnt/file0
xfs_io -f -c "fzero 84302 3262" -c "pwrite -S 0x42 263094 340" -c "reflink $mnt/file1 600k 488k 36k" -c "pwrite -S 0x44 -b 64k 189192 4035" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 104k 180k 64k" -c "pwrite -S 0x43 -b 1000 5368310 38954" -c "fzero -k 15314293 901223" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 444k 4k" -c "pwrite -S 0x43 -b 4k 512k 172k" -c "pwrite -S 0x44 13617985 882201" -c "pwrite -S 0x43 -b 512 757790 2076" -c "pwrite -S 0x41 -b 12k 11104k 176k" -c "fpunch 9904k 716k" $mnt/file1
xfs_io -f -c "fpunch 5670323 747660" -c "pwrite -S 0x41 -b 64k 11786947 1491" $mnt/file1
