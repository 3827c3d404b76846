--TEST--
Coroutine: a callback that finishes without suspending leaves its Fiber to the next one; a suspended one gets another
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onMessage = function ($c, $d) {
        $fiber = spl_object_id(Fiber::getCurrent());
        if ($d === 'sleep') {
            WServer\Coroutine::sleep(0.3);
        }
        $c->send("$fiber " . WServer\Coroutine::getCid());
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $a = wserver_test_connect($port);
    $get = function ($c, $msg) { fwrite($c, "$msg\n"); return explode(' ', trim(wserver_test_line($c))); };
    [$f1, $cid1] = $get($a, 'x');
    [$f2, $cid2] = $get($a, 'x');
    echo 'same fiber for sequential callbacks: ', $f1 === $f2 ? 'yes' : 'no', "\n";
    echo 'new coroutine id each time: ', $cid2 > $cid1 ? 'yes' : 'no', "\n";
    $b = wserver_test_connect($port);
    fwrite($b, "sleep\n");
    usleep(50000);
    [$f3] = $get($a, 'x');   // runs while b's Fiber is suspended
    [$f4] = explode(' ', trim(wserver_test_line($b)));
    echo 'suspended fiber is not shared: ', $f3 !== $f4 ? 'yes' : 'no', "\n";
    $t = microtime(true);
    for ($i = 0; $i < 2000; $i++) {
        $get($a, 'x');
    }
    echo "2000 round trips done\n";
});
?>
--EXPECT--
same fiber for sequential callbacks: yes
new coroutine id each time: yes
suspended fiber is not shared: yes
2000 round trips done
