--TEST--
Server (Swoole API): the constructor binds the TCP port, as Swoole's does: port 0 becomes the port picked, a client may connect before start() (it waits in the backlog and is served once the workers run), and a busy port is still reported by start() with exit code 1
--EXTENSIONS--
wserver
pcntl
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/app.php", <<<'PHP'
<?php
$server = new WServer\Server('127.0.0.1', 0);
$server->set(['worker_num' => 1, 'log_file' => __DIR__ . '/app.log', 'pid_file' => __DIR__ . '/app.pid']);
$port = $server->port;
echo "port picked: ", json_encode($port > 0), "\n";
$early = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 2);
echo "connected before start: ", json_encode($early !== false), "\n";
fwrite($early, "early");
file_put_contents(__DIR__ . '/port', $port);
$server->on('Receive', function ($server, $fd, $rid, $data) {
    $server->send($fd, "got $data");
});
$server->on('WorkerStart', function () use ($early) {
    // the connection made before start() is served: read its reply in a child of the worker
    WServer\go(function () use ($early) {
        stream_set_blocking($early, false);
        $reply = '';
        for ($i = 0; $i < 200 && strlen($reply) < 9; $i++) {
            WServer\Coroutine::sleep(0.01);
            $reply .= (string) fread($early, 100);
        }
        file_put_contents(__DIR__ . '/early_reply', $reply);
    });
});
$server->start();
PHP);
$proc = null;
try {
    $proc = proc_open('exec ' . wserver_test_php() . ' ' . escapeshellarg("$dir/app.php"),
        [1 => ['file', "$dir/out.log", 'a'], 2 => ['file', "$dir/out.log", 'a']], $pipes);
    wserver_test_wait(fn() => is_file("$dir/early_reply"), 15);
    echo file_get_contents("$dir/out.log");
    echo "reply to the early client: ", @file_get_contents("$dir/early_reply"), "\n";
    $port = (int) file_get_contents("$dir/port");
    // the same script while it runs: the port is busy, start() says so
    file_put_contents("$dir/busy.php", "<?php\n\$s = new WServer\\Server('127.0.0.1', $port);\n"
        . "\$s->set(['log_file' => __DIR__ . '/busy.log', 'pid_file' => __DIR__ . '/busy.pid']);\n"
        . "\$s->on('Receive', function () {});\n\$s->start();\n");
    exec(wserver_test_php() . ' ' . escapeshellarg("$dir/busy.php") . ' 2>&1', $out, $code);
    echo "busy port: exit code $code, ", str_contains(implode("\n", $out), 'Address already in use') ? 'reported' : implode("\n", $out), "\n";
} finally {
    if ($proc) {
        $st = proc_get_status($proc);
        if ($st['running']) {
            posix_kill($st['pid'], SIGTERM);
            wserver_test_wait(fn() => !wserver_test_alive($st['pid']), 10);
            posix_kill($st['pid'], SIGKILL);
        }
    }
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
port picked: true
connected before start: true
reply to the early client: got early
busy port: exit code 1, reported
