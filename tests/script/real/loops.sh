# break and continue (bash 5.2.15): in while and for, with a count, one
# past the loops running, and return from a loop in a function
i=0
while [ $i -lt 10 ]; do
	i=$((i + 1))
	if [ $i -eq 2 ]; then
		continue
	fi
	if [ $i -gt 4 ]; then
		break
	fi
	echo "i $i"
done
for a in x y z; do
	for b in 1 2 3; do
		if [ $b = 2 ]; then
			continue 2
		fi
		if [ $a = z ]; then
			break 2
		fi
		echo "$a$b"
	done
	echo "not reached"
done
echo "end $a $b $i"
until [ 1 -eq 0 ]; do
	break 5
done
echo done
for a in p q; do
	for b in 1 2; do
		echo "$a$b"
		continue 7
	done
done
f () {
	for c in 1 2 3; do
		if [ $c -eq $1 ]; then
			return
		fi
		echo "c $c"
	done
}
f 2
