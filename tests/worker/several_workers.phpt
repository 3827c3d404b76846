--TEST--
Worker: several Worker instances in one script each get their own processes; ids run 0..count-1
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port2 = wserver_test_free_port();
wserver_test_run(function (int $port) use ($port2) {
    foreach (['alpha' => $port, 'beta' => $port2] as $name => $p) {
        $w = new WServer\Worker("text://127.0.0.1:$p");
        $w->name = $name;
        $w->count = 2;
        $w->onMessage = function ($c, $d) use ($w) {
            if ($d === 'block') {
                usleep(500000); // a blocking call: this worker cannot accept meanwhile
            }
            $c->send($w->name . ' ' . $w->id . ' ' . getmypid());
        };
    }
    WServer\Worker::runAll();
}, function (int $port) use ($port2) {
    wserver_test_wait(fn () => wserver_test_listening($port2));
    foreach ([$port, $port2] as $p) {
        $seen = [];
        $busy = wserver_test_connect($p);
        fwrite($busy, "block\n");
        usleep(100000);
        $c = wserver_test_connect($p);   // only the other worker is free to take it
        fwrite($c, "x\n");
        foreach ([$c, $busy] as $conn) {
            [$name, $id, $pid] = explode(' ', trim(wserver_test_line($conn)));
            $seen[$id] = $pid;
        }
        ksort($seen);
        echo $name, ' ids ', implode(',', array_keys($seen)), ' distinct pids ', count(array_unique($seen)), "\n";
    }
});
?>
--EXPECT--
alpha ids 0,1 distinct pids 2
beta ids 0,1 distinct pids 2
