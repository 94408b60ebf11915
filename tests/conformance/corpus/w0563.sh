# extsim conformance workload, gen.py seed 563
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 6136370 44k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7970816 60k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 24k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3153920 0 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 2519040 4489216 2871296" $mnt/f0
xfs_io -f -c "falloc 720k 60k" $mnt/f2
xfs_io -c "pwrite -S 0x62 6373376 256k" $mnt/f1
xfs_io -c "falloc -k 344k 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 7066753 609" $mnt/f1
xfs_io -f -c "falloc -k 4874240 48k" $mnt/f3
xfs_io -c "falloc 2088960 240k" $mnt/f3
xfs_io -c "fpunch 2539520 2m" $mnt/f1
xfs_io -c "falloc 350500 60k" $mnt/f2
xfs_io -c "pwrite -S 0x62 5603328 44k" $mnt/f1
xfs_io -c "fpunch 604k 64k" $mnt/f3
xfs_io -c "truncate 1413120" $mnt/f3
xfs_io -c "dedupe $mnt/f0 4632576 8k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 160k 12201" $mnt/f0
xfs_io -c "dedupe $mnt/f2 384k 64k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 5849354 48k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1130496 9573" $mnt/f3
xfs_io -c "pwrite -S 0x62 4914245 16k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 4804608 160k 3231744" $mnt/f0
rm -f $mnt/s1/f3
xfs_io -f -c "falloc 6807552 8k" $mnt/f4
xfs_io -c "fpunch 6225920 2417" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 6569984 3m" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f4
sync
xfs_io -f -c "reflink $mnt/f5 4980736 4968448 8k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 4849664 48k" -c "fdatasync" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 7684342 144k" $mnt/f3
xfs_io -c "reflink $mnt/f2 204k 3915776 300k" $mnt/f3
xfs_io -c "fpunch 2959163 64k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 6893792 208k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1273592 8533" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/f4 2551808 1757184 440k" $mnt/f6
xfs_io -c "pwrite -S 0x62 3461120 160k" $mnt/f4
xfs_io -c "pwrite -S 0x61 1511842 44k" $mnt/f3
xfs_io -c "falloc 5550080 60k" $mnt/f0
xfs_io -c "falloc -k 5254422 3m" $mnt/f4
xfs_io -c "pwrite -S 0x62 1613824 32k" -c "fdatasync" $mnt/f5
xfs_io -c "fpunch 1187840 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 209518 8k" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 41423 52k" $mnt/f5
sync
xfs_io -f -c "pwrite -S 0x61 265803 40k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f5
xfs_io -f -c "falloc 2060288 2m" $mnt/f7
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "falloc 128k 32k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f1 756k 504k 24k" $mnt/f7
xfs_io -c "dedupe $mnt/f6 1777664 1785856 20k" $mnt/f6
