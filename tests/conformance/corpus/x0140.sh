# extsim conformance workload, fsxgen.py seed 140 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "sync_range -w 0 76k" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 0 4k 4k" -c "fzero 0 20k" -c "fiemap -v" -c "pwrite -S 0xcd -b 1000 249793 5160" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 56k 24k 64k" -c "fzero 2876 158746" -c "falloc -k 180723 55522" -c "falloc -k 46065 52160" -c "pwrite -S 0x43 40363 35440" -c "pwrite -S 0x42 62046 46923" -c "fsync" -c "dedupe $mnt/file1 68k 68k 56k" $mnt/file1
xfs_io -f -c "dedupe $mnt/file0 76k 128k 28k" -c "fdatasync" -c "truncate 62290" $mnt/file1
xfs_io -f -c "fpunch 179005 9333" -c "sync_range -w 116k 28k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 62268 22747" -c "fdatasync" -c "fsync" -c "pwrite -S 0x41 -b 512 42510 1001" -c "dedupe $mnt/file0 188k 96k 62441" -c "pwrite -S 0x43 51090 141168" -c "reflink $mnt/file0 152k 244k 0" -c "dedupe $mnt/file1 72k 328k 52k" $mnt/file1
xfs_io -f -c "fpunch 254334 114" -c "fiemap -v" -c "pwrite -S 0x43 243274 280" -c "fiemap -v" -c "pwrite -S 0x42 136857 2316" -c "fzero -k 92k 4k" $mnt/file1
xfs_io -f -c "falloc 74718 1531" -c "reflink $mnt/file0 108k 148k 48k" -c "fpunch 133039 31531" -c "pwrite -S 0x44 159663 73557" -c "fpunch 180106 46677" -c "dedupe $mnt/file0 228k 8k 16k" -c "reflink $mnt/file0" -c "fzero 19564 3893" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 256k 28k 4k" -c "pread -q 40k 4k" -c "reflink $mnt/file1 236k 32k 16k" -c "fpunch 18263 1098" $mnt/file0
xfs_io -f -c "sync_range -w 40k 136k" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 56435 147882" -c "dedupe $mnt/file0 12k 32k 4k" -c "falloc 16k 40k" -c "falloc 80k 140k" -c "falloc 47286 20911" -c "pwrite -S 0x41 -b 12k 28k 20k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 512 80k 4k" -c "fsync" -c "fiemap -v" -c "pwrite -S 0xcd -b 4k 15829 31809" $mnt/file0
sync
xfs_io -f -c "truncate 55969" -c "reflink $mnt/file1 24k 84k 31393" -c "falloc -k 9890 232371" -c "pwrite -S 0xcd 136285 3744" -c "fiemap -v" -c "pwrite -S 0xcd -b 64k 112k 4k" -c "fdatasync" $mnt/file1
xfs_io -f -c "truncate 123900" -c "pwrite -S 0x42 -b 4k 6030 14658" -c "pwrite -S 0x43 72926 146885" -c "pread -q 1445 577" -c "fpunch 11621 226318" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 -b 1000 251499 1355" -c "fdatasync" -c "fzero -k 21839 105418" -c "sync_range -b 80k 136k" -c "pwrite -S 0x42 65425 186346" -c "fsync" -c "pwrite -S 0x42 16k 120k" -c "pwrite -S 0x44 17382 2328" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 188k 220k 28k" -c "pread -q 219866 1229" -c "reflink $mnt/file1 44k 164k 174755" -c "pread -q 172214 82607" $mnt/file0
