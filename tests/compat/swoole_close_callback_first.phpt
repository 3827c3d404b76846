--TEST--
wserver.aliases=swoole: as Swoole's, a Server's close callback runs before the connection's socket is closed: a client that sees the end of the stream after close($fd) finds what the callback did already done
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
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 2, 'log_file' => '$dir/app.log']);
\$s->on('receive', function (\$s, \$fd) {
    \$s->close(\$fd);
});
\$s->on('close', function (\$s, \$fd) {
    usleep(100000); // a slow close callback: the socket stays open until it returns
    file_put_contents('$dir/closed', "\$fd\\n", FILE_APPEND);
});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    for ($i = 1; $i <= 3; $i++) {
        $c = wserver_test_connect($port);
        fwrite($c, "bye");
        $eof = wserver_test_closed($c);
        echo "connection $i: closed ", json_encode($eof), ", close callback done before: ",
            json_encode(substr_count(@file_get_contents("$dir/closed") ?: '', "\n") === $i), "\n";
        fclose($c);
    }
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
connection 1: closed true, close callback done before: true
connection 2: closed true, close callback done before: true
connection 3: closed true, close callback done before: true
