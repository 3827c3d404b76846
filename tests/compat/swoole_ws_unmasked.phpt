--TEST--
wserver.aliases=swoole: WebSocket\Server takes a client's unmasked frames (Server::pack()'s bytes sent as they are), as Swoole's does, whole or split; a Workerman websocket:// worker still closes with 1002 (tests/websocket/bad_input.phpt)
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\WebSocket\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('message', function (\$s, \$frame) {
    \$s->push(\$frame->fd, strlen(\$frame->data) . ' ' . md5(\$frame->data));
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $c = wserver_test_connect($port);
    wserver_test_ws_handshake($c);
    fwrite($c, wserver_test_ws_frame(1, 'masked'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    fwrite($c, wserver_test_ws_frame(1, 'unmasked', true, false));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
    $big = str_repeat('x', 70000);
    $frame = wserver_test_ws_frame(2, $big, true, false);
    fwrite($c, substr($frame, 0, 4));
    usleep(10000);
    fwrite($c, substr($frame, 4));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)) === wserver_test_ws_describe([true, 1, '70000 ' . md5($big)]) ? "split unmasked: ok\n" : "split unmasked: wrong\n";
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
wserver_test_cleanup($dir);
?>
--EXPECTF--
text "6 %s"
text "8 %s"
split unmasked: ok
