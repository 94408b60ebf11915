# extsim conformance workload, gen.py seed 276 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 17606094 24k" -c "fdatasync" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 11509760 48k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 4542464 6931" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3862528 16535552 12k" $mnt/f0
xfs_io -c "pwrite -b 1m 1937408 2m" -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 14700544 140k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 15200256 3m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 5029888 64k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 25997312 6m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 13647872 6715" $mnt/f0
xfs_io -c "falloc 15327232 1m" $mnt/f0
xfs_io -c "fpunch 4202496 10232" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 20488192 152k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "truncate 604k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20193280 88k 3548" $mnt/f0
xfs_io -f -c "pwrite -b 1m 488k 5m" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 2387968 2895872 2953216" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 23105536 1m" $mnt/f1
xfs_io -c "falloc -k 19836928 1807" $mnt/f1
xfs_io -c "reflink $mnt/f1 5459968 22982656 18698240" $mnt/f1
xfs_io -c "dedupe $mnt/f0 640k 0 5091328" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 22552576 2m" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 3538944 23576576 1642496" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 3719168 136k" $mnt/f0
xfs_io -c "pwrite 3821568 3m" $mnt/sv/g0
xfs_io -f -c "falloc 31363072 80k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 16904192 20316160 24k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f2 17424384 18329600 12271616" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 25051136 5m" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 -b 1m 13541376 1m" $mnt/f2
xfs_io -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "dedupe $mnt/f3 7790592 15900672 28k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 1282048 24896657 248k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 -b 1m 19681280 15m" $mnt/f2
xfs_io -c "reflink $mnt/f0 3551232 15093760 208k" $mnt/sv/g0
xfs_io -c "falloc 4060854 3466" $mnt/f3
xfs_io -c "dedupe $mnt/f4 1507328 1515520 4k" $mnt/f4
xfs_io -c "pwrite -S 0x61 -b 1m 20029440 2m" $mnt/f3
xfs_io -c "reflink $mnt/f4 4476928 27725824 18558976" $mnt/f4
xfs_io -c "reflink $mnt/f1 5066752 18173952 1835008" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
