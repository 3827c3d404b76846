--TEST--
Server: open_length_check with Swoole's layout (package_length_type N at offset 0, body from offset 4): split headers and bodies, several packets in one write, the header kept in the data; oversized and negative lengths close with a log line
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
        'open_length_check' => true,
        'package_length_type' => 'N',
        'package_length_offset' => 0,
        'package_body_offset' => 4,
        'package_max_length' => 64,
        'log_file' => "$dir/server.log",
    ]);
    $server->on('receive', function ($server, $fd, $reactorId, $data) {
        // the reply is framed the same way
        $body = 'got ' . substr($data, 4) . ' (' . strlen($data) . ' bytes)';
        $server->send($fd, pack('N', strlen($body)) . $body);
    });
    $server->start();
}, function (int $port, string $dir) {
    $packet = fn (string $body) => pack('N', strlen($body)) . $body;
    $recv = function ($c) {
        $head = wserver_test_read($c, 4);
        return strlen($head) === 4 ? wserver_test_read($c, unpack('N', $head)[1]) . "\n" : "nothing\n";
    };
    $c = wserver_test_connect($port);
    fwrite($c, $packet('hello'));
    echo $recv($c);
    $p = $packet('split packet');
    fwrite($c, substr($p, 0, 2));
    usleep(100000);
    fwrite($c, substr($p, 2, 5));
    usleep(100000);
    fwrite($c, substr($p, 7));
    echo "split in the header and the body: ", $recv($c);
    fwrite($c, $packet('a') . $packet('bb') . $packet('') . substr($packet('ccc'), 0, 5));
    echo "several in one write: ", $recv($c), $recv($c), $recv($c);
    fwrite($c, 'cc');
    echo "the rest: ", $recv($c);
    fwrite($c, $packet(str_repeat('x', 60)));
    echo "64 bytes exactly: ", $recv($c);
    fwrite($c, pack('N', 1000) . 'only the start');
    echo "a header announcing 1004 bytes closes: ", wserver_test_closed($c) ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/server.log"), 'oversized package'));
    echo "logged: ", str_contains((string) @file_get_contents("$dir/server.log"), 'oversized package (max 64 bytes), closed') ? 'yes' : 'no', "\n";
    $d = wserver_test_connect($port);
    fwrite($d, $packet('after'));
    echo $recv($d);
});

// a signed length type with a negative value is malformed
wserver_test_run(function (int $port, string $dir) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 1, 'open_length_check' => true, 'package_length_type' => 'c',
        'package_body_offset' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('receive', fn ($server, $fd, $r, $data) => $server->send($fd, "ok " . strlen($data) . "\n"));
    $server->start();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, pack('c', 3) . 'abc');
    echo wserver_test_line($c);
    fwrite($c, pack('c', -3) . 'abc');
    echo "negative length closes: ", wserver_test_closed($c) ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/server.log"), 'malformed package'));
    echo "logged: ", str_contains((string) @file_get_contents("$dir/server.log"), 'malformed package') ? 'yes' : 'no', "\n";
});
?>
--EXPECT--
got hello (9 bytes)
split in the header and the body: got split packet (16 bytes)
several in one write: got a (5 bytes)
got bb (6 bytes)
got  (4 bytes)
the rest: got ccc (7 bytes)
64 bytes exactly: got xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (64 bytes)
a header announcing 1004 bytes closes: yes
logged: yes
got after (9 bytes)
ok 4
negative length closes: yes
logged: yes
