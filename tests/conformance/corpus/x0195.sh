# extsim conformance workload, fsxgen.py seed 195 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 64k 1624 715005" -c "fpunch 109022 12550" -c "pwrite -S 0x42 60375 1189" -c "pwrite -S 0x44 -b 64k 588631 229189" -c "pwrite -S 0x41 -b 1m 523120 26488" -c "pwrite -S 0xcd -b 12k 467073 32870" -c "reflink $mnt/file0 164k 580k 0" $mnt/file0
xfs_io -f -c "pread -q 12625366 3249930" -c "fiemap -v" -c "pread -q 331971 13570918" -c "fsync" -c "pwrite -S 0x43 780k 260k" -c "truncate 500k" $mnt/file0
xfs_io -f -c "pread -q 435643 53446" -c "dedupe $mnt/file0 320k 504k 52k" -c "truncate 316926" -c "pwrite -S 0x42 -b 512 248k 552k" -c "truncate 761245" $mnt/file0
xfs_io -f -c "fzero 8412k 412k" -c "falloc -k 7364k 800k" -c "fiemap -v" -c "fpunch 3620651 8274553" -c "pwrite -S 0x43 -b 64k 4395457 923700" -c "falloc -k 4640k 9060k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 672k 2376k 4k" -c "truncate 7825299" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 7200k 1636k 60k" -c "fsync" -c "reflink $mnt/file0 2348k 2268k 5420947" -c "reflink $mnt/file0 2884k 4196k 52k" -c "pwrite -S 0x41 3328k 32k" $mnt/file0
xfs_io -f -c "truncate 6062010" -c "pwrite -S 0xcd 716k 3160k" -c "fzero 796895 14781" -c "truncate 3073890" -c "pwrite -S 0xcd -b 4k 2615265 20016" -c "reflink $mnt/file0 1380k 1184k 40k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 660428 1231" -c "fzero -k 1568k 28k" -c "fiemap -v" -c "pwrite -S 0x44 2111267 78922" -c "pwrite -S 0x43 1270812 9977727" $mnt/file0
xfs_io -f -c "fzero 8161710 2680093" -c "pwrite -S 0x44 -b 1000 10284k 4104k" $mnt/file0
xfs_io -f -c "fzero 3768k 568k" -c "fdatasync" -c "pwrite -S 0x43 10076k 832k" -c "pwrite -S 0x43 7688k 924k" -c "pwrite -S 0xcd -b 512 10697450 4053" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 5906037 3843223" -c "reflink $mnt/file0 5404k 6196k 0" -c "reflink $mnt/file0" -c "reflink $mnt/file0 928k 3016k 28k" -c "pwrite -S 0x43 6088653 3356" $mnt/file0
xfs_io -f -c "truncate 5710135" -c "pwrite -S 0x42 2627254 670176" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 1857855 5586935" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 4044k 6012k 8k" -c "reflink $mnt/file0 2308k 4000k 56k" -c "pread -q 6094170 1740494" -c "falloc 6218817 12015" -c "dedupe $mnt/file0 2972k 5656k 4k" -c "truncate 4339603" $mnt/file0
xfs_io -f -c "fpunch 48k 12k" -c "truncate 2128k" -c "dedupe $mnt/file0 1232k 300k 52k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 312k 1872k 64k" -c "pwrite -S 0x44 -b 4k 1319905 19928" -c "pwrite -S 0x44 -b 1000 720782 34833" -c "pwrite -S 0x44 -b 1000 1424k 624k" -c "pwrite -S 0x44 -b 512 490627 60220" $mnt/file0
