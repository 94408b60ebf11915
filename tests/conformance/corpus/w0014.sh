# extsim conformance workload, gen.py seed 14
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 7544832 52k" $mnt/sv/g0
xfs_io -c "truncate 7304916" $mnt/sv/g0
xfs_io -c "fpunch 5304320 9034" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0xcd 2827363 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 6107524 64k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 1355776 8615" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4485120 48k 32k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 4300800 4313088 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 156k 48k 20k" $mnt/f0
xfs_io -c "truncate 4419584" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 800k 2617344 3612672" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1224704 28k 3207168" $mnt/sv/g0
xfs_io -c "falloc 4886528 76k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 4112384 3219456 12k" $mnt/f0
xfs_io -f -c "falloc 532209 44k" $mnt/sv/g1
xfs_io -c "pwrite 444k 4239" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 3511183 11885" -c "fsync" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 3940352 383714 16k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 2866356 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4153344 1332" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/f0 3002368 112k 16k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 2794033 40k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 2850816 256k 2420736" $mnt/sv/g1
xfs_io -f -c "truncate 6318420" $mnt/f1
xfs_io -c "reflink $mnt/f1 1634304 740k 2142208" $mnt/f0
sync
