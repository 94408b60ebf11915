# extsim conformance workload, fsxgen.py seed 151 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fzero -k 0 11904k" -c "pwrite -S 0x42 1091 39922" $mnt/file0
xfs_io -f -c "falloc -k 19774 61378" $mnt/file0
xfs_io -f -c "fzero 36k 12k" -c "reflink $mnt/file0 16k 84k 32k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 16280347 3590" -c "truncate 15612518" -c "fiemap -v" -c "truncate 3404k" -c "reflink $mnt/file0 2100k 1380k 1304k" -c "truncate 2106446" -c "pwrite -S 0x43 -b 1m 1254744 9505276" $mnt/file0
xfs_io -f -c "fiemap -v" -c "reflink $mnt/file0 6728k 1008k 12k" -c "fsync" -c "pwrite -S 0x42 7180k 380k" -c "sync_range -b 1068k 4k" -c "pwrite -S 0x41 6824k 44k" -c "pwrite -S 0x43 8380712 57600" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x44 -b 4k 7048866 720600" -c "fpunch 10044k 380k" -c "truncate 5092k" -c "pwrite -S 0xcd 2338994 1620" -c "fzero 2322891 13659611" -c "fzero -k 9080k 4k" -c "pwrite -S 0x42 3168k 52k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 7683761 64852" -c "pwrite -S 0x43 -b 12k 8640k 3096k" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 512 9228k 112k" -c "pwrite -S 0x44 -b 64k 9560232 58570" -c "sync_range -a 84k 2764k" $mnt/file1
xfs_io -f -c "sync_range -a 14228k 4k" -c "pwrite -S 0x42 -b 64k 6267738 1394" -c "fpunch 1754914 664035" -c "fpunch 12346259 557848" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc -k 2024k 844k" -c "pwrite -S 0x42 6730811 3640" -c "pwrite -S 0x44 9040k 3168k" -c "pwrite -S 0xcd 2472k 8272k" -c "falloc 2844933 30200" -c "pwrite -S 0x43 12186960 1738" $mnt/file1
xfs_io -f -c "fsync" -c "pwrite -S 0x41 8608211 1164" -c "pwrite -S 0x44 -b 1000 2178637 461527" -c "dedupe $mnt/file1 7112k 1416k 64k" -c "fpunch 13424k 1264k" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 -b 64k 260007 9635657" -c "falloc -k 4244k 4k" -c "fdatasync" -c "fsync" -c "sync_range -a 2164k 644k" -c "truncate 10752k" $mnt/file1
xfs_io -f -c "falloc 10682270 2705" -c "fzero 10248k 1536k" -c "fsync" -c "pwrite -S 0xcd -b 4k 9308k 60k" $mnt/file1
umount $mnt
mount $dev $mnt
xfs_io -f -c "fpunch 12592k 56k" -c "pwrite -S 0x43 -b 1000 4777991 641094" -c "reflink $mnt/file0 7212k 5440k 12k" -c "pread -q 12628k 4k" -c "sync_range -a 9568k 4552k" -c "pwrite -S 0x41 -b 1000 2612993 1584" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 9522994 38242" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 3932k 1372k 32k" -c "sync_range -a 16188k 180k" -c "pwrite -S 0xcd -b 12k 6920k 4k" $mnt/file1
xfs_io -f -c "pread -q 5636k 52k" -c "reflink $mnt/file1" -c "fpunch 9332923 10531" -c "pwrite -S 0x43 -b 4k 5280k 4k" -c "reflink $mnt/file0 11060k 9620k 8k" -c "pread -q 6338088 318083" -c "reflink $mnt/file1" -c "fiemap -v" $mnt/file0
