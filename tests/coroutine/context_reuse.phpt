--TEST--
Coroutine: a callback that finishes without suspending leaves its coroutine context (C stack, VM stack) to the next one; a suspended one keeps its own and the next callback gets another
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
        $contexts = WServer\Coroutine::stats()['context_num'];
        if ($d === 'sleep') {
            WServer\Coroutine::sleep(0.3);
        }
        $c->send("$contexts " . WServer\Coroutine::getCid());
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $a = wserver_test_connect($port);
    $get = function ($c, $msg) { fwrite($c, "$msg\n"); return explode(' ', trim(wserver_test_line($c))); };
    [$n1, $cid1] = $get($a, 'x');
    [$n2, $cid2] = $get($a, 'x');
    echo 'same context for sequential callbacks: ', $n1 === $n2 ? 'yes' : "no ($n1, $n2)", "\n";
    echo 'new coroutine id each time: ', $cid2 > $cid1 ? 'yes' : 'no', "\n";
    $b = wserver_test_connect($port);
    fwrite($b, "sleep\n");
    usleep(50000);
    [$n3] = $get($a, 'x');   // runs while b's callback is suspended
    [$n4] = explode(' ', trim(wserver_test_line($b)));
    echo 'suspended context is not shared: ', $n3 == $n4 + 1 ? 'yes' : "no ($n3, $n4)", "\n";
    $most = 0;
    for ($i = 0; $i < 2000; $i++) {
        $most = max($most, (int) $get($a, 'x')[0]);
    }
    echo '2000 round trips done, on the pooled contexts: ', $most <= $n3 ? 'yes' : "no ($most)", "\n";
});
?>
--EXPECT--
same context for sequential callbacks: yes
new coroutine id each time: yes
suspended context is not shared: yes
2000 round trips done, on the pooled contexts: yes
