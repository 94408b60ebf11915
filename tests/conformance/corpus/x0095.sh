# extsim conformance workload, fsxgen.py seed 95 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
sync
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "falloc -k 0 20k" -c "falloc 2079 14539" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 0 948k" -c "falloc 80k 4k" -c "reflink $mnt/file1 480k 848k 24k" -c "falloc -k 460761 14665" -c "fpunch 339133 404226" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 12k 4k 4k" -c "falloc -k 348178 233599" -c "pwrite -S 0x44 -b 12k 5003 2404" -c "pwrite -S 0x43 15204 103776" -c "pwrite -S 0x42 -b 512 29099 147660" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 620k 100k" -c "fzero -k 294639 12286" -c "fpunch 530454 407418" -c "fsync" $mnt/file1
xfs_io -f -c "fsync" -c "fpunch 767276 176929" -c "fiemap -v" -c "fiemap -v" -c "pwrite -S 0x42 -b 1m 84820 560258" -c "truncate 492k" -c "pwrite -S 0x42 -b 12k 330415 311006" -c "reflink $mnt/file0 108k 676k 12k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 -b 12k 4324 833634" -c "dedupe $mnt/file0 464k 532k 28k" -c "pwrite -S 0xcd -b 1m 418129 36738" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 220k 56k" -c "pwrite -S 0x42 174375 21776" -c "pwrite -S 0xcd -b 4k 632k 12k" -c "fzero -k 352996 67362" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 -b 512 460013 1669" -c "truncate 935981" -c "sync_range -b 60k 140k" -c "pwrite -S 0xcd 308k 4k" -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file1 232k 816k 20k" -c "reflink $mnt/file1 608k 556k 40k" -c "dedupe $mnt/file0 696k 848k 223277" -c "pwrite -S 0x42 -b 512 768k 192k" -c "pread -q 620k 144k" -c "sync_range -b 652k 32k" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 512 323650 285796" -c "pwrite -S 0x42 236k 4k" -c "falloc 520k 156k" -c "fzero -k 611924 2821" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 586516 27811" -c "fzero -k 522561 488374" -c "pwrite -S 0x41 -b 1000 340865 191088" -c "pwrite -S 0xcd 260k 4k" -c "pwrite -S 0x41 -b 12k 492961 384789" $mnt/file1
xfs_io -f -c "pwrite -S 0xcd -b 1000 816k 60k" -c "fsync" $mnt/file0
xfs_io -f -c "pread -q 415457 197255" -c "fpunch 611254 1845" -c "pwrite -S 0x42 180354 592888" -c "pwrite -S 0x42 710535 15013" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1m 14214 926286" -c "fpunch 935096 3471" -c "pwrite -S 0x44 -b 1m 584566 1942" $mnt/file1
xfs_io -f -c "falloc -k 280k 656k" -c "truncate 0" -c "pwrite -S 0x42 -b 1m 0 332k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 157619 46228" -c "truncate 62973" -c "pwrite -S 0x44 -b 64k 48k 4k" -c "fzero -k 21518 172875" -c "reflink $mnt/file0 196k 68k 12k" -c "dedupe $mnt/file1 56k 120k 24k" -c "fpunch 36k 4k" $mnt/file1
xfs_io -f -c "falloc -k 18563 540954" -c "falloc 24919 858132" -c "fsync" -c "pwrite -S 0x41 -b 512 631782 248189" -c "fpunch 276068 3684" -c "fpunch 776k 4k" -c "pwrite -S 0xcd 89017 159503" $mnt/file1
