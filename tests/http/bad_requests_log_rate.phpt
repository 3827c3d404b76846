--TEST--
HTTP: 300 bad requests write a handful of log lines, not 300: one a second, the rest counted in "... and N more" summaries
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
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = fn ($c, $req) => $c->send('ok');
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $log = "$dir/server.log";
    $answered = 0;
    // 300 bad requests, 10 connections at a time (each is answered 400 and closed)
    for ($round = 0; $round < 30; $round++) {
        $batch = [];
        for ($i = 0; $i < 10; $i++) {
            $batch[] = $c = wserver_test_connect($port);
            fwrite($c, "GET / HTTP/1.1\nHost: a\n\n");
        }
        foreach ($batch as $c) {
            $r = wserver_test_http_read($c);
            $answered += ($r && $r[0] === 400) ? 1 : 0;
            fclose($c);
        }
    }
    echo "answered 400: $answered\n";
    $good = wserver_test_connect($port);
    fwrite($good, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    echo 'a good request still served: ', wserver_test_http_read($good)[2] ?? 'no reply', "\n";

    // the lines held back are written as a summary once their second has passed
    $what = 'bad requests answered and closed';
    $count = fn () => wserver_test_log_count($log, 'bad request, answered 400', $what);
    echo 'all 300 accounted for in the log: ', wserver_test_wait(fn () => $count() === 300, 10) ? 'yes' : 'no, ' . $count(), "\n";
    $lines = preg_grep('/bad request, answered|more bad requests/', file($log));
    echo 'log lines: ', count($lines) < 50 ? 'a handful' : count($lines), "\n";
    $summaries = preg_grep('/more bad requests/', $lines);
    echo preg_replace('/^.* pid:\d+ /', '', reset($summaries));
});
?>
--EXPECTF--
answered 400: 300
a good request still served: ok
all 300 accounted for in the log: yes
log lines: a handful
... and %d more bad requests answered and closed in the last %d s
