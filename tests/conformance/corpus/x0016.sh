# extsim conformance workload, fsxgen.py seed 16 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pread -q 2474 297692" -c "fiemap -v" -c "truncate 7393741" -c "pread -q 4964k 4k" -c "fpunch 1881862 758714" $mnt/file0
xfs_io -f -c "fzero -k 4719803 92289" -c "pwrite -S 0x43 -b 4k 4390368 492413" -c "truncate 536k" -c "fzero 515408 3892" -c "pwrite -S 0x44 523483 1180" -c "falloc 408k 976k" $mnt/file0
xfs_io -f -c "truncate 195303" -c "pread -q 28k 4k" -c "pwrite -S 0x41 -b 1000 62821 1461" -c "pwrite -S 0x44 -b 1m 106690 3318" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 66942 1732936" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 838226 16500" -c "fpunch 759828 13852861" -c "pwrite -S 0x41 -b 4k 894626 4000" -c "pwrite -S 0x44 1545920 4052878" -c "pwrite -S 0x43 4113081 880" $mnt/file0
sync
xfs_io -f -c "fsync" -c "pwrite -S 0x42 -b 12k 2316k 1060k" -c "pwrite -S 0x41 -b 1m 3314996 7272" -c "falloc 4492387 27113" -c "reflink $mnt/file0 5036k 5016k 28k" -c "fzero -k 1412k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 12k 3848k 44k" -c "pwrite -S 0x42 273934 19996" $mnt/file0
xfs_io -f -c "falloc 13432k 248k" $mnt/file0
xfs_io -f -c "falloc 13865471 1742" -c "fpunch 3551434 12972303" -c "reflink $mnt/file0" -c "fpunch 6828k 40k" -c "pwrite -S 0x42 -b 512 6712863 607798" -c "pwrite -S 0xcd -b 64k 11209146 219578" -c "pwrite -S 0x44 -b 64k 10305440 2479" -c "truncate 13707384" $mnt/file0
xfs_io -f -c "truncate 10951375" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 10652k 9248k 43727" -c "falloc -k 7544892 457893" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0x43 11272890 4795207" -c "pwrite -S 0x42 6848k 744k" -c "reflink $mnt/file0 8576k 644k 7286273" -c "pwrite -S 0x43 -b 12k 9024410 13992" -c "pwrite -S 0x44 -b 64k 4156k 1932k" -c "falloc 5112324 29189" -c "pwrite -S 0x42 2455054 3623" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 15m 15392k 40k" -c "falloc -k 15945967 205457" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 8558762 7685606" -c "pwrite -S 0x43 -b 1000 322676 5665" -c "fzero -k 2194149 41253" -c "reflink $mnt/file0 3992k 4772k 4k" -c "fpunch 6871012 2542003" -c "pwrite -S 0x42 4464k 4k" $mnt/file0
