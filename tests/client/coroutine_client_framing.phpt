--TEST--
Coroutine\Client::set() framing, as Swoole's: open_length_check and open_eof_split make recv() return one whole package at a time (several in one read, one split over reads); other options Swoole knows are kept without a warning, an unknown one warns; dynamic properties are allowed
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
    $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        if (trim($data) === 'length') {
            $p = fn (string $s) => pack('N', strlen($s)) . $s;
            $server->send($fd, $p('one') . $p('two') . substr($p(str_repeat('x', 70000)), 0, 10));
            WServer\Coroutine::sleep(0.05);
            $server->send($fd, substr($p(str_repeat('x', 70000)), 10));
        } else {
            $server->send($fd, "a\r\n\r\nb\r\n");
            WServer\Coroutine::sleep(0.05);
            $server->send($fd, "\r\n");
        }
    });
    $server->start();
}, function (int $port) {
    WServer\Coroutine\run(function () use ($port) {
        $c = new WServer\Coroutine\Client(WSERVER_SOCK_TCP);
        var_dump($c->set(['open_length_check' => true, 'package_length_type' => 'N', 'package_length_offset' => 0,
            'package_body_offset' => 4, 'package_max_length' => 1 << 20, 'socket_buffer_size' => 1 << 20]));
        $c->connect('127.0.0.1', $port, 2);
        $c->send("length\n");
        echo strlen($c->recv()), ' ', strlen($c->recv()), ' ', strlen($c->recv()), "\n";
        $e = new WServer\Coroutine\Client(WSERVER_SOCK_TCP);
        var_dump($e->set(['open_eof_split' => true, 'package_eof' => "\r\n\r\n", 'bogus' => 1]));
        $e->connect('127.0.0.1', $port, 2);
        $e->send("eof\n");
        echo json_encode([$e->recv(), $e->recv()]), "\n";
        $e->count = 2; // a property of the application's own, as on Swoole's client
        echo "dynamic property: {$e->count}\n";
    });
});
?>
--EXPECTF--
bool(true)
7 7 70004

Warning: WServer\Coroutine\Client::set(): Unknown option "bogus" in %s on line %d
bool(false)
["a\r\n\r\n","b\r\n\r\n"]
dynamic property: 2
