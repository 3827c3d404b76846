--TEST--
Worker: out of file descriptors, accepting pauses for real (a bounded number of log lines, no spinning), the worker lives on and serves again once descriptors free up
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onWorkerStart = function () use ($dir) {
        file_put_contents("$dir/worker.pid", getmypid());
        // a limit that leaves 8 descriptors free (those open now may have gaps between them)
        $open = array_flip(array_map('intval', array_diff(scandir('/proc/self/fd'), ['.', '..'])));
        for ($limit = 0, $free = 0; $free < 8; $limit++) {
            $free += isset($open[$limit]) ? 0 : 1;
        }
        $hard = posix_getrlimit()['hard openfiles'];
        $ok = posix_setrlimit(POSIX_RLIMIT_NOFILE, $limit, is_numeric($hard) ? (int) $hard : POSIX_RLIMIT_INFINITY);
        file_put_contents("$dir/limit", $ok ? 'lowered' : 'not lowered: ' . posix_strerror(posix_get_last_error()));
    };
    $w->onMessage = fn ($c, string $line) => $c->send(getmypid() . ":$line");
    WServer\Worker::runAll();
}, function (int $port, string $dir, int $master) {
    $log = "$dir/server.log";
    wserver_test_wait(fn () => is_file("$dir/limit"));
    echo 'fd limit: ', @file_get_contents("$dir/limit"), "\n";
    $worker = (int) file_get_contents("$dir/worker.pid");

    // more clients than the worker has descriptors: the kernel completes them all (the backlog)
    $clients = [];
    for ($i = 0; $i < 40; $i++) {
        $clients[] = wserver_test_connect($port);
    }
    $paused = fn () => str_contains((string) @file_get_contents($log), 'Too many open files; accepting paused');
    echo 'pause logged: ', wserver_test_wait($paused, 10) ? 'yes' : 'no', "\n";
    $since = microtime(true);
    usleep(500000); // paused a while: a spinning accept would try thousands of times meanwhile
    foreach ($clients as $c) {
        fclose($c);
    }

    // descriptors are free again: a new client is served by the same worker
    $served = wserver_test_wait(function () use ($port, $worker) {
        $c = wserver_test_connect($port);
        fwrite($c, "hello\n");
        return wserver_test_line($c, 1) === "$worker:hello\n";
    }, 10);
    echo 'new client served by the same worker: ', $served ? 'yes' : 'no', "\n";
    echo 'worker alive: ', wserver_test_alive($worker) ? 'yes' : 'no', "\n";

    // stopping writes the count the rate limiter still holds
    wserver_test_stop_pid($master);
    $seconds = microtime(true) - $since;
    $lines = preg_grep('/accepting paused|more accept pauses/', file($log));
    echo 'log lines about it: ', count($lines) <= 5 ? 'a few' : count($lines), "\n";
    $pauses = 1 + wserver_test_log_count($log, '@@none@@', 'accept pauses for lack of descriptors');
    // one attempt per 100 ms is 10 a second; 50 a second tells a pause from a spin generously
    echo 'accept attempts while out of descriptors: ', $pauses <= 50 * ($seconds + 1) ? 'paced' : "$pauses in $seconds s", "\n";
});
?>
--EXPECT--
fd limit: lowered
pause logged: yes
new client served by the same worker: yes
worker alive: yes
log lines about it: a few
accept attempts while out of descriptors: paced
