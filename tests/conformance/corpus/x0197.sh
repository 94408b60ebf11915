# extsim conformance workload, fsxgen.py seed 197 (files up to 256k)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "fdatasync" -c "fpunch 1385 64227" -c "fpunch 3940 187896" -c "pwrite -S 0xcd -b 64k 4062 50084" $mnt/file0
xfs_io -f -c "falloc -k 48986 95609" -c "dedupe $mnt/file1 0 36k 4k" -c "pwrite -S 0x44 2974 63572" -c "pread -q 57204 15314" -c "falloc -k 164051 19343" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 48k 12k 0" -c "pwrite -S 0x43 110704 26300" -c "pread -q 120433 34287" -c "sync_range -w 16k 12k" -c "fsync" -c "fiemap -v" -c "fiemap -v" $mnt/file1
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fzero 35454 19487" -c "sync_range -b 24k 128k" -c "truncate 28895" -c "fsync" -c "pwrite -S 0x42 -b 12k 4641 22960" -c "pwrite -S 0x43 -b 512 28834 38680" -c "fzero -k 4301 42920" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 104k 32k" -c "falloc 12478 15873" $mnt/file1
xfs_io -f -c "fpunch 8531 43626" -c "truncate 76k" -c "pwrite -S 0x43 60439 55318" -c "pwrite -S 0x42 -b 1000 1599 53070" -c "pwrite -S 0xcd 18504 3142" $mnt/file0
xfs_io -f -c "falloc -k 25207 921" -c "sync_range -a 40k 60k" $mnt/file1
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 84570 40638" -c "falloc 59638 175376" -c "pwrite -S 0x44 -b 1000 1872 63293" -c "reflink $mnt/file1 100k 128k 4k" -c "falloc -k 203070 14034" -c "pread -q 54119 39942" -c "pwrite -S 0x41 89817 38208" -c "pwrite -S 0x43 -b 1m 126926 60088" $mnt/file1
xfs_io -f -c "dedupe $mnt/file1 16k 88k 60k" -c "falloc -k 4404 2528" -c "fdatasync" -c "pwrite -S 0x43 -b 512 0 28k" -c "truncate 181134" -c "fpunch 68984 62114" $mnt/file1
xfs_io -f -c "sync_range -a 88k 100k" -c "pread -q 261075 796" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 4k 103526 8443" $mnt/file0
xfs_io -f -c "fzero -k 68864 1286" -c "pwrite -S 0x41 6594 14289" -c "dedupe $mnt/file1 100k 72k 0" -c "pwrite -S 0x42 -b 1m 95969 131785" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 210679 13818" -c "pwrite -S 0x44 -b 512 30938 19727" -c "fzero -k 150064 3362" -c "falloc 118937 2656" -c "pwrite -S 0x43 -b 64k 136k 4k" -c "truncate 50178" -c "pwrite -S 0x43 36k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "truncate 1715" -c "truncate 0" $mnt/file0
