# extsim conformance workload, fsxgen.py seed 26 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 1m 1405 1000062" -c "pwrite -S 0x44 -b 64k 60380 18902" -c "falloc 60k 4k" -c "fsync" -c "pwrite -S 0x44 486886 334691" -c "fpunch 923679 25871" -c "reflink $mnt/file0 620k 316k 0" -c "pwrite -S 0xcd -b 4k 796k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 428k 76k" -c "pwrite -S 0x44 289897 634429" -c "falloc -k 745537 362" -c "pwrite -S 0x41 999307 1500" -c "dedupe $mnt/file0 824k 876k 0" -c "fpunch 920k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 556k 44k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 64k 240k 236k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 524k 132k 464891" -c "falloc -k 284k 444k" -c "reflink $mnt/file0 536k 204k 0" -c "pwrite -S 0xcd 568k 4k" -c "pwrite -S 0x44 -b 512 116018 3180" -c "pwrite -S 0xcd -b 1000 560k 4k" $mnt/file0
xfs_io -f -c "pread -q 946618 76068" -c "fzero 848330 444" -c "truncate 300k" -c "pwrite -S 0x44 219737 2623" -c "truncate 6984" -c "sync_range -w 0 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 4k 52k" -c "pwrite -S 0x42 -b 4k 4506 860755" -c "dedupe $mnt/file0 308k 780k 48k" -c "fzero -k 649158 56325" -c "truncate 466575" -c "fzero 36k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 208k 432k" -c "pwrite -S 0x44 -b 512 275468 312521" -c "fsync" -c "sync_range -b 616k 44k" -c "fzero 593197 2771" -c "fpunch 11904 167928" -c "falloc -k 146223 2900" -c "pwrite -S 0xcd -b 1000 15503 61689" $mnt/file0
xfs_io -f -c "pread -q 604k 252k" -c "fdatasync" -c "falloc -k 287224 32197" -c "pwrite -S 0x43 -b 4k 360k 636k" -c "falloc -k 302907 330839" -c "fzero -k 832k 96k" -c "fzero -k 688k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "pwrite -S 0x44 -b 1000 84k 908k" -c "falloc 1032893 13360" -c "sync_range -a 760k 4k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 696k 384k 56k" $mnt/file0
sync
xfs_io -f -c "fdatasync" -c "pwrite -S 0x43 -b 12k 28k 120k" -c "truncate 1043393" -c "falloc 312k 508k" -c "reflink $mnt/file0 64k 752k 12k" -c "dedupe $mnt/file0 240k 1020k 797633" $mnt/file0
xfs_io -f -c "truncate 826326" -c "fdatasync" -c "pwrite -S 0xcd 106572 2406" -c "dedupe $mnt/file0 612k 680k 199638" -c "pwrite -S 0x42 624607 286742" -c "sync_range -b 292k 8k" -c "sync_range -w 228k 576k" -c "pwrite -S 0x44 272698 13903" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 8k 360k 0" -c "fzero 436k 4k" -c "fzero -k 20396 16796" -c "dedupe $mnt/file0 744k 1212k 509941" -c "fdatasync" -c "pwrite -S 0x43 654871 1155" -c "sync_range -w 824k 40k" $mnt/file0
xfs_io -f -c "falloc -k 748k 4k" -c "pwrite -S 0x42 -b 4k 392k 4k" -c "truncate 93928" $mnt/file0
