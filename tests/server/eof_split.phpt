--TEST--
Server: open_eof_split delivers one message per package_eof (kept in the data), across split writes and several in one write; a message over package_max_length closes the connection with a log line
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
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set([
        'worker_num' => 1,
        'open_eof_split' => true,
        'package_eof' => "\r\n",
        'package_max_length' => 64,
        'log_file' => "$dir/server.log",
    ]);
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        $server->send($fd, json_encode($data) . "\n");
    });
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "hello\r\n");
    echo "one: ", wserver_test_line($c);
    fwrite($c, "wor");
    usleep(100000);
    fwrite($c, "ld\r");
    usleep(100000);
    fwrite($c, "\n");
    echo "split in three writes, the EOF itself split: ", wserver_test_line($c);
    fwrite($c, "a\r\nb\r\nc\r\nhalf");
    echo "three in one write: ", wserver_test_line($c), wserver_test_line($c), wserver_test_line($c);
    fwrite($c, "\r\n");
    echo "then the rest: ", wserver_test_line($c);
    fwrite($c, str_repeat('x', 62) . "\r\n");
    echo "64 bytes exactly: ", strlen(json_decode(wserver_test_line($c))), "\n";
    fwrite($c, str_repeat('y', 100));
    echo "100 bytes without EOF closes: ", wserver_test_closed($c) ? 'yes' : 'no', "\n";
    $d = wserver_test_connect($port);
    fwrite($d, str_repeat('z', 70) . "\r\n");
    echo "70 bytes with EOF closes: ", wserver_test_closed($d) ? 'yes' : 'no', "\n";
    // the second line may be held by the rate limiter and reported in its summary a second later
    $logged = fn () => wserver_test_log_count("$dir/server.log", 'oversized package (max 64 bytes), closed', 'malformed or oversized packages');
    wserver_test_wait(fn () => $logged() === 2);
    echo "logged: ", $logged(), "\n";
    $e = wserver_test_connect($port);
    fwrite($e, "still serving\r\n");
    echo wserver_test_line($e);
});
?>
--EXPECT--
one: "hello\r\n"
split in three writes, the EOF itself split: "world\r\n"
three in one write: "a\r\n"
"b\r\n"
"c\r\n"
then the rest: "half\r\n"
64 bytes exactly: 64
100 bytes without EOF closes: yes
70 bytes with EOF closes: yes
logged: 2
"still serving\r\n"
