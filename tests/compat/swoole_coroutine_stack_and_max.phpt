--TEST--
wserver.aliases=swoole: Co::set() c_stack_size (bounded, page-aligned, Swoole's 2 MB default) and max_coroutine (go() beyond it warns and returns false)
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
$size = fn() => Co::stats()['c_stack_size'];
echo "default ", $size(), "\n";
foreach ([1 << 20, 1024, 511 * 1024, 1 << 30, -1] as $n) {
    Co::set(['c_stack_size' => $n]);
    go(function () { Co::sleep(0.001); }); // a coroutine runs on a stack of that size
    echo "$n -> ", $size(), "\n";
}
Swoole\Event::wait(); // those five end
Co::set(['max_coroutine' => 3]);
$ids = [];
for ($i = 0; $i < 4; $i++) {
    $ids[] = go(function () { Co::sleep(0.01); });
}
var_dump($ids[3], Co::stats()['coroutine_num']);
Swoole\Event::wait();
Co::set(['max_coroutine' => 0]); // no limit again
var_dump(is_int(go(function () {})));
?>
--EXPECTF--
default 2097152
1048576 -> 1048576
1024 -> 65536
523264 -> 524288
1073741824 -> 16777216
-1 -> 16777216

Warning: go(): exceed max number of coroutine 3 in %s on line %d
bool(false)
int(3)
bool(true)
