--TEST--
Atomic: add, sub, get, set, cmpset on a 32-bit unsigned value; Atomic\Long on a 64-bit signed one
--EXTENSIONS--
wserver
--FILE--
<?php
$a = new WServer\Atomic(1);
var_dump($a->add(199), $a->sub(35), $a->get(), $a->cmpset(165, 1), $a->cmpset(1555, 0), $a->get());
echo "wraps below 0: ", $a->sub(2), "\n";
echo "wraps past 2^32: ", $a->add(3), "\n";
$a->set(-1);
echo "set(-1): ", $a->get(), "\n";
echo "default: ", (new WServer\Atomic())->get(), "\n";

$l = new WServer\Atomic\Long(-5);
var_dump($l->add(10), $l->sub(20), $l->cmpset(-15, PHP_INT_MAX), $l->get());
echo "wraps: ", $l->add(1) === PHP_INT_MIN ? "yes" : "no", "\n";
try {
    clone $a;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(200)
int(165)
int(165)
bool(true)
bool(false)
int(1)
wraps below 0: 4294967295
wraps past 2^32: 2
set(-1): 4294967295
default: 0
int(5)
int(-15)
bool(true)
int(9223372036854775807)
wraps: yes
Trying to clone an uncloneable object of class WServer\Atomic
