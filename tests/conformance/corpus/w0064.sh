# extsim conformance workload, gen.py seed 64 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 13512704 104k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4280320 4280320 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6660096 24k 4k" $mnt/f0
xfs_io -c "falloc -k 8163328 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 4706304 1m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 16302080 4225" $mnt/f0
xfs_io -c "falloc -k 15421440 6m" $mnt/f0
xfs_io -c "fpunch 31746018 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 7335936 20k" $mnt/f0
xfs_io -c "pwrite 2875392 32k" $mnt/f0
xfs_io -c "falloc 10805248 16m" $mnt/f0
xfs_io -c "pwrite -b 1m 8318976 4m" $mnt/f0
xfs_io -c "fpunch 44k 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 420k 10m" $mnt/f1
xfs_io -c "falloc 22161564 36k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 27381760 0 4k" $mnt/f0
xfs_io -c "fpunch 11042383 140k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 21024768 14135296 20k" $mnt/f1
xfs_io -c "falloc -k 12791808 6m" $mnt/f1
md5sum $mnt/f1
xfs_io -c "pwrite 4972544 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14438400 14782464 400k" $mnt/f0
xfs_io -c "falloc 25274469 36k" $mnt/f0
xfs_io -c "reflink $mnt/f1 10285056 15872000 1052672" $mnt/f0
xfs_io -c "pwrite 10501162 60k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 -b 1m 17408000 1m" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1495040 12k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 14786560 0 8k" $mnt/f0
xfs_io -c "pwrite -b 1m 6995968 16m" -c "fsync" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 17539964 20k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 13916020 4m" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 -b 1m 8650752 13m" $mnt/f1
xfs_io -c "fpunch 11739136 160k" $mnt/f1
xfs_io -f -c "pwrite 16730282 200k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16375808 19533824 32k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 1204224 80k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 5443584 9m" -c "fdatasync" $mnt/s1/f1
rm $mnt/s1/f1
xfs_io -c "truncate 5673633" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/g0 25575424 25587712 20k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 5353472 4997120 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 9469952 40k" $mnt/s1/g0
xfs_io -c "falloc -k 27277208 5m" $mnt/f0
xfs_io -c "fpunch 9329569 24k" $mnt/f0
xfs_io -c "fzero -k 24892046 40k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 4784128 6m" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 3399680 44k" $mnt/s1/g0
xfs_io -c "fpunch 11698176 4511" $mnt/f1
xfs_io -c "pwrite -S 0x63 3354624 20k" $mnt/f1
