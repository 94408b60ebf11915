# extsim conformance workload, gen.py seed 539 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 4567040 4m" -c "fsync" $mnt/f0
xfs_io -c "truncate 32k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 20k 21262336 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4620288 12k 32k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 13803520 56k" $mnt/f0
xfs_io -c "falloc -k 8589425 56k" $mnt/f0
xfs_io -c "falloc 2510848 24k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 732k 9m" $mnt/f0
xfs_io -c "reflink $mnt/f0 7827456 13362221 8k" $mnt/f0
xfs_io -c "pwrite -b 1m 11489280 2m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 20209664 20197376 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5185536 23666688 2052096" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 5181440 2740224 8691712" $mnt/f0
xfs_io -c "truncate 17522688" $mnt/s1/f0
rm $mnt/s1/f0
xfs_io -f -c "truncate 8327168" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 8011776 740k 16k" $mnt/f0
xfs_io -c "pwrite 6627328 10333" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 27533312 16m" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 4255744 8974336 40058880" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 19959808 32k" -c "fdatasync" $mnt/f1
xfs_io -f -c "falloc 3817472 5139" $mnt/s1/g1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -c "reflink $mnt/f0 8273920 32620544 3977216" $mnt/s1/g2
xfs_io -c "fzero 11460608 12k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g0 13099008 12840960 22560768" $mnt/f0
chattr +C $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 19488768 22749039 36k" $mnt/f1
xfs_io -c "falloc 11522487 11m" $mnt/f1
xfs_io -c "falloc 1060132 160k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 4083712 590" $mnt/f1
xfs_io -c "pwrite -S 0x63 1122304 128k" -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd -b 1m 20164608 4m" -c "fdatasync" $mnt/s1/g0
xfs_io -c "truncate 19611648" $mnt/f0
xfs_io -c "falloc -k 3452928 16m" $mnt/f1
