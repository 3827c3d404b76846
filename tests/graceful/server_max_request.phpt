--TEST--
Graceful recycling (max_request): the worker that reached max_request still delivers the replies its timers owe, then a new worker serves
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/graceful.inc';
wserver_test_run(function (int $port, string $dir) {
    $s = new WServer\Server('127.0.0.1', $port);
    $s->set(['worker_num' => 1, 'max_request' => 2, 'log_file' => "$dir/server.log"]);
    $s->on('receive', function ($s, $fd, $reactor, $data) {
        $s->after((int) (wserver_test_reply_delay() * 1000), fn () => $s->send($fd, 'late ' . trim($data) . ' from ' . getmypid() . "\n"));
    });
    $s->start();
}, function (int $port, string $dir) {
    $a = wserver_test_text_client($port, 'a');
    usleep(100000);
    $b = wserver_test_text_client($port, 'b'); // the second request: the worker starts to drain
    $ra = wserver_test_line($a, 30);
    $rb = wserver_test_line($b, 30);
    echo 'a: ', preg_replace('/\d+/', 'PID', (string) $ra);
    echo 'b: ', preg_replace('/\d+/', 'PID', (string) $rb);
    echo 'closed after: ', wserver_test_closed($a) && wserver_test_closed($b) ? 'yes' : 'no', "\n";
    $old = (int) substr(strrchr(trim($ra), ' '), 1);
    $c = wserver_test_text_client($port, 'c');
    $rc = (string) wserver_test_line($c, 30);
    echo 'c: served by a new worker: ', (int) substr(strrchr(trim($rc), ' '), 1) !== $old && $rc !== '' ? 'yes' : "no ($rc)", "\n";
    echo 'ran out of time: ', str_contains(file_get_contents("$dir/server.log"), 'stopped after') ? 'yes' : 'no', "\n";
}, ['stopTimeout' => 30]);
?>
--EXPECT--
a: late a from PID
b: late b from PID
closed after: yes
c: served by a new worker: yes
ran out of time: no
