# extsim conformance workload, gen.py seed 495 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "falloc -k 12484608 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 0 0 16k" $mnt/sv/g0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "truncate 13955072" $mnt/sv/g0
xfs_io -f -c "falloc -k 15026102 56k" $mnt/f0
chattr +C $mnt/sv/g0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 32342016 136k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 10469376 12021760 0" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 5324800 18706432 6512640" $mnt/sv/g0
xfs_io -c "falloc 11956224 4m" $mnt/f1
xfs_io -c "truncate 17221270" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 17920000 0 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 18173952 32k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 15331328 24199168 4m" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/f0 2965504 20574208 0" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 11272253 40k" -c "fdatasync" $mnt/f2
rm $mnt/f2
xfs_io -c "falloc 26222592 16k" $mnt/sv/g0
sync
xfs_io -c "truncate 29708288" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "reflink $mnt/sv/g0 33124352 19185664 740k" $mnt/sv/g1
xfs_io -c "truncate 12308480" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 324k 184k" $mnt/f1
xfs_io -c "falloc -k 20770816 12k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 8392704 27152384 4169728" $mnt/sv/g1
xfs_io -c "truncate 29179904" $mnt/f0
rm -f $mnt/f1
xfs_io -c "fpunch 1839104 88k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 28299264 20k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 22732800 25624576 6152192" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f0 16736256 14237696 9060352" $mnt/sv/g2
xfs_io -c "fzero -k 10465280 5812" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 20152320 2m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 31297536 11m" $mnt/sv/g1
xfs_io -c "fpunch 13074432 40k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 12890656 32k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 29126656 2023424 32k" $mnt/f0
xfs_io -f -c "falloc -k 12537856 10m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 9355264 6m" $mnt/sv/g1
xfs_io -c "pwrite 8155136 20k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 26783744 4m" $mnt/sv/g1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 24674304 4m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 -b 1m 1159168 14m" -c "fdatasync" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/f1 4k 18632704 4k" $mnt/f2
xfs_io -c "falloc -k 15056896 244k" $mnt/f1
sync
xfs_io -c "falloc -k 13684736 11390" $mnt/f1
xfs_io -f -c "reflink $mnt/sv/g0 29405184 24887296 5992448" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x63 1814528 12k" $mnt/sv/g4
xfs_io -c "pwrite -S 0x63 -b 1m 25997312 5m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 5270369 16k" $mnt/sv/g2
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1941504 216k" $mnt/sv/g5
xfs_io -c "pwrite -S 0x62 6975174 56k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 29978624 2m" $mnt/sv/g4
xfs_io -c "reflink $mnt/f2 1372160 1388544 12k" $mnt/f2
xfs_io -c "falloc 1196032 5523" $mnt/sv/g5
