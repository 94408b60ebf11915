# extsim conformance workload, gen.py seed 10 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 10752000 4k" $mnt/sv/g0
xfs_io -c "falloc -k 23826432 36k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 29503488 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4k 0 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 0 0 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 21434368 15m" $mnt/sv/g0
sync
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 26921130 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 184k 5729" -c "fdatasync" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 176k 192k 12k" $mnt/sv/g1
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 72k 8m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 2367488 2367488 16k" $mnt/sv/g1
xfs_io -c "fpunch 3264512 3m" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1 3497984 7778304 2232320" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "truncate 4709208" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 3248128 10m" $mnt/sv/g0
xfs_io -c "falloc -k 7491584 12k" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 4390912 40k" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "fpunch 4039047 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 3682304 216k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 408k 4k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 2875392 92k 28k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 5859080 48k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 5935104 3301376 32k" $mnt/sv/g0
xfs_io -c "fpunch 792k 24k" $mnt/sv/g2
sync
xfs_io -c "dedupe $mnt/sv/g2 408k 0 24k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x63 -b 1m 10670080 6m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 2822144 2834432 32k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 13148160 16k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 7970816 1323008 312k" $mnt/f0
xfs_io -c "fzero -k 15916671 28k" $mnt/sv/g0
xfs_io -c "falloc 13426688 7055" $mnt/sv/g0
xfs_io -c "fpunch 24051712 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 4132864 56k" -c "fsync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd -b 1m 476k 6m" $mnt/sv/g0
xfs_io -c "fzero -k 3342336 48k" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 -b 1m 4399104 4m" $mnt/f0
xfs_io -c "fpunch 7172096 973" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 28110848 12m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 12013568 32866304 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 3182592 21295104 308k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 5455872 2m" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 6144000 28704768 2461696" $mnt/sv/g2
xfs_io -c "pwrite -S 0xcd 2023424 120k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x61 8738391 28k" $mnt/f1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 32518144 44k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 2859008 1335296 20k" $mnt/f0
xfs_io -c "truncate 2710732" $mnt/f0
