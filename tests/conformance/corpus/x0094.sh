# extsim conformance workload, fsxgen.py seed 94 (files up to 1m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 574691" -c "pwrite -S 0x41 374314 367485" -c "fpunch 167477 138637" -c "pwrite -S 0x44 724234 39862" -c "reflink $mnt/file0" -c "pwrite -S 0x41 -b 1000 86012 352425" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0xcd -b 1m 214760 2312" -c "reflink $mnt/file0 192k 36k 24k" -c "pwrite -S 0x43 -b 4k 706569 55420" -c "reflink $mnt/file0 688k 608k 44k" -c "fpunch 155668 332520" -c "truncate 678962" -c "reflink $mnt/file0 156k 200k 519218" $mnt/file0
xfs_io -f -c "fpunch 1384 19631" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 59815 731996" -c "fpunch 576009 470342" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 783100 148018" $mnt/file0
xfs_io -f -c "sync_range -a 524k 248k" -c "fzero -k 304697 2232" -c "dedupe $mnt/file0 572k 908k 0" -c "dedupe $mnt/file0 572k 816k 28k" $mnt/file0
xfs_io -f -c "truncate 770383" -c "pwrite -S 0x44 -b 64k 699396 305332" -c "falloc -k 480795 1818" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 234652 1722" -c "truncate 907921" -c "falloc 426671 4019" $mnt/file0
xfs_io -f -c "fpunch 816800 62919" -c "pwrite -S 0x43 -b 1000 179951 875" -c "fzero 356650 54559" -c "pwrite -S 0x44 -b 12k 241320 60353" -c "pwrite -S 0xcd 850391 101078" -c "sync_range -b 872k 4k" -c "fzero -k 400895 37353" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 103055 3235" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 746551 2858" -c "pwrite -S 0x41 895675 16831" -c "pread -q 364k 4k" -c "fdatasync" -c "fpunch 844051 10488" -c "fdatasync" -c "pwrite -S 0x43 -b 64k 883532 1913" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 722936 3367" -c "pwrite -S 0xcd -b 1000 159442 1540" -c "pwrite -S 0x44 -b 1m 720978 2399" -c "pwrite -S 0x42 -b 4k 821579 3881" -c "fzero 736k 92k" $mnt/file0
xfs_io -f -c "fpunch 48970 248984" -c "pwrite -S 0x44 -b 12k 303693 13247" -c "sync_range -w 364k 604k" -c "pwrite -S 0x43 416k 52k" -c "truncate 167931" -c "truncate 143206" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 52729 830854" -c "falloc -k 849529 13930" -c "pwrite -S 0xcd 1739 856676" -c "truncate 646030" -c "pwrite -S 0x42 -b 4k 441332 33178" $mnt/file0
xfs_io -f -c "truncate 574492" -c "pread -q 258661 1791" -c "fsync" -c "pwrite -S 0xcd 19587 701746" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 580k 540k 127413" -c "falloc 67063 408507" -c "dedupe $mnt/file0 596k 284k 32k" -c "fpunch 79381 247975" -c "sync_range -w 364k 4k" -c "falloc 352226 60700" $mnt/file0
