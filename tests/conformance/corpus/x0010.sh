# extsim conformance workload, fsxgen.py seed 10 (files up to 256k)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0" -c "fzero 0 4k" -c "fiemap -v" -c "falloc 2148 45789" -c "reflink $mnt/file0 48k 108k 4k" $mnt/file0
sync
xfs_io -f -c "fsync" -c "falloc -k 87384 114303" -c "reflink $mnt/file0 20k 56k 92k" -c "fzero -k 16k 4k" -c "falloc 25324 43612" $mnt/file0
xfs_io -f -c "fpunch 37621 15661" -c "truncate 43237" -c "pwrite -S 0x41 -b 64k 22778 113957" -c "falloc 68620 106114" -c "falloc -k 63283 136344" -c "fzero -k 116k 32k" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 140k 112k 0" -c "fpunch 229941 415" -c "falloc -k 116k 32k" -c "fpunch 179951 60064" -c "fpunch 132k 28k" -c "truncate 102539" -c "fiemap -v" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 64k 32314 23344" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 76k 100k 16k" -c "pwrite -S 0x44 24k 4k" -c "dedupe $mnt/file0 56k 168k 28k" $mnt/file0
xfs_io -f -c "fpunch 104721 3470" -c "pwrite -S 0x43 47215 111194" -c "fzero -k 133045 53027" -c "falloc -k 112k 120k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 34334 4278" -c "pwrite -S 0xcd -b 512 74009 31569" -c "pwrite -S 0xcd 104k 56k" -c "pwrite -S 0xcd 150533 42821" -c "pwrite -S 0x42 100k 152k" -c "pwrite -S 0xcd -b 12k 86128 2862" -c "falloc -k 224k 16k" $mnt/file0
xfs_io -f -c "fpunch 146479 50888" -c "pwrite -S 0x43 8k 24k" -c "fsync" -c "falloc -k 43383 58542" -c "pwrite -S 0x41 212k 16k" -c "falloc -k 90528 64444" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 212k 32k" -c "pwrite -S 0x43 123232 3463" -c "truncate 48k" -c "sync_range -w 36k 36k" -c "reflink $mnt/file0 24k 88k 20k" -c "fzero -k 108k 88k" $mnt/file0
xfs_io -f -c "fpunch 109734 88736" -c "pwrite -S 0x43 -b 1000 81963 44852" $mnt/file0
xfs_io -f -c "pread -q 78059 144472" -c "pwrite -S 0x41 -b 12k 104k 4k" -c "pwrite -S 0x41 -b 1000 23966 236338" -c "dedupe $mnt/file0 232k 232k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 116k 4k" -c "pwrite -S 0xcd 75435 920" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 108k 272k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 60590 78523" -c "reflink $mnt/file0" -c "fiemap -v" $mnt/file0
xfs_io -f -c "sync_range -b 76k 4k" -c "falloc -k 108k 132k" -c "fdatasync" -c "fsync" -c "falloc -k 160k 16k" -c "pwrite -S 0x41 25382 159887" $mnt/file0
