--TEST--
Lifecycle: connections lists every open connection with worker, id, transport, protocol, addresses, bytes and send queue
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
$w->name = 'lister';
$w->count = 2;
$w->onMessage = fn ($c, $d) => $c->send("reply:$d");
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $clients = [];
    foreach (['a', 'bb'] as $msg) {
        $c = wserver_test_connect($port);
        fwrite($c, "$msg\n");
        wserver_test_line($c);
        $clients[$msg] = $c;
    }
    [$code, $out] = wserver_test_cli($dir, 'connections');
    echo "connections: $code\n";
    $lines = explode("\n", trim($out));
    echo preg_replace('/ +/', ' ', array_shift($lines)), "\n";
    sort($lines);
    foreach ($clients as $msg => $c) {
        $remote = stream_socket_get_name($c, false);
        $line = implode('', preg_grep('/ ' . preg_quote($remote, '/') . ' /', $lines));
        $f = preg_split('/ +/', $line);
        echo "$msg: worker {$f[1]}, transport {$f[3]}, protocol {$f[4]}, local ", $f[6] === "127.0.0.1:$port" ? 'ok' : $f[6], ", read {$f[7]}, sent {$f[8]}, queued {$f[9]}\n";
    }
    wserver_test_cli($dir, 'stop');
    [$code, $out] = wserver_test_cli($dir, 'connections');
    echo "after stop: $code $out";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
connections: 0
pid worker id transport protocol remote local bytes_read bytes_sent send_queue
a: worker lister, transport tcp, protocol text, local ok, read 2, sent 8, queued 0
bb: worker lister, transport tcp, protocol text, local ok, read 3, sent 9, queued 0
after stop: 1 WServer[app.php] not running
