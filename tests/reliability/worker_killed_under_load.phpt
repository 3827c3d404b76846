--TEST--
Reliability: kill -9 of one worker while clients talk to all of them: only its connections end, the others keep answering, a new worker takes its place and serves
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 2;
$w->onMessage = fn ($c, $d) => $c->send(getmypid());
WServer\Worker::runAll();
PHP);
$workers = function () use ($dir) {
    $master = wserver_test_master_pid($dir);
    $m = $master > 0 ? array_keys(wserver_test_children($master)) : [];
    return $m ? array_keys(wserver_test_children($m[0])) : [];
};
$ask = function ($c) {
    fwrite($c, "pid\n");
    $line = wserver_test_line($c, 3);
    return $line === false ? 0 : (int) $line;
};
try {
    wserver_test_cli($dir, 'start -d');
    if (!wserver_test_wait(fn () => count($workers()) === 2)) {
        throw new RuntimeException('the workers did not start');
    }
    $before = $workers();
    // connections on both workers: one at a time (a burst lands on one worker)
    $conns = $keep = [];
    for ($i = 0; $i < 40 && count(array_unique($conns)) < 2 || count($conns) < 6; $i++) {
        $c = wserver_test_connect($port);
        $conns[(int) $c] = $ask($c);
        $keep[(int) $c] = $c;
        usleep(20000);
    }
    $victim = $before[0];
    $mine = array_keys($conns, $victim);
    $others = array_diff_key($conns, array_flip($mine));
    echo 'connections on both workers: ', $mine && $others ? 'yes' : 'no', "\n";
    // a few rounds of load, the kill, more rounds
    for ($round = 0; $round < 3; $round++) {
        foreach ($conns as $id => $pid) {
            $ask($keep[$id]);
        }
    }
    posix_kill($victim, SIGKILL);
    $gone = $answered = 0;
    foreach ($conns as $id => $pid) {
        $got = $ask($keep[$id]);
        if (in_array($id, $mine)) {
            $gone += $got === 0 ? 1 : 0;
        } else {
            $answered += $got === $pid ? 1 : 0;
        }
    }
    echo "the victim's connections ended: ", $gone === count($mine) ? 'yes' : "no ($gone of " . count($mine) . ')', "\n";
    echo "the others' connections answered: ", $answered === count($others) ? 'yes' : "no ($answered of " . count($others) . ')', "\n";
    $replaced = wserver_test_wait(fn () => count($workers()) === 2 && !in_array($victim, $workers()), 5);
    echo 'replaced: ', $replaced ? 'yes' : 'no', "\n";
    $new = array_values(array_diff($workers(), $before));
    $served = false;
    for ($i = 0; $i < 50 && !$served && $new; $i++) {
        $c = wserver_test_connect($port);
        $served = $ask($c) === $new[0];
        fclose($c);
        usleep(20000);
    }
    echo 'the new worker serves: ', $served ? 'yes' : 'no', "\n";
    [$code] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
connections on both workers: yes
the victim's connections ended: yes
the others' connections answered: yes
replaced: yes
the new worker serves: yes
stop: 0
