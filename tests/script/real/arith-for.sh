# for ((INIT; CONDITION; STEP)) (bash 5.2.15): a file of many extents made
# in one (generic/483's shape, with O_SYNC writes), steps by += and >>=, a
# loop with no parts ended by break, continue (the step still runs), loops
# in loops, and comparisons in $((...))
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
for ((i = 1; i <= 6; i++)); do
	offset=$(((i - 1) * 8 * 1024))
	xfs_io -f -s -c "pwrite -S 0xcf $offset 4K" $mnt/bar > /dev/null
done
echo "i is $i"
xfs_io -c "fiemap -v" $mnt/bar
for ((k = 0; k < 4; k += 1)); do
	if [ $k -eq 1 ]; then
		continue
	fi
	xfs_io -f -c "pwrite -q -S 0x4$k 0 4k" $mnt/f$k
done
echo "k is $k"
md5sum $mnt/f0 $mnt/f2 $mnt/f3
j=0
for ((;;)); do
	j=$((j + 1))
	if [ $j -ge 3 ]; then
		break
	fi
done
echo "j is $j"
for ((n = 6; n; n >>= 1)); do
	for ((m = 2; m > 0; --m))
	do
		echo "n $n m $m"
	done
done
echo $((2 < 3)) $((3 == 3)) $((1 != 1)) $((!0)) $((5 >= 6)) $((1 + 2 < 4)) $((4 & 6 == 6)) $((2 <= 2))
sync
stat -c "%s %b" $mnt/bar
umount $mnt
