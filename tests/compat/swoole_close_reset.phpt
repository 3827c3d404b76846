--TEST--
wserver.aliases=swoole: close($fd) of a connection whose reply is still going out leaves it closing (counted in connection_num); a second close() is false with SWOOLE_ERROR_SESSION_CLOSED, and close($fd, true) resets it at once, dropping what was left
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
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log', 'socket_buffer_size' => 16 * 1024 * 1024]);
\$s->on('receive', function (\$s, \$fd) {
    \$s->send(\$fd, str_repeat('A', 8 * 1024 * 1024));
    \$r = ['close' => \$s->close(\$fd)];
    \$r['again'] = \$s->close(\$fd);
    \$r['error'] = \$s->getLastError() === SWOOLE_ERROR_SESSION_CLOSED ? 'SESSION_CLOSED' : \$s->getLastError();
    \$r['closing_counted'] = \$s->stats()['connection_num'];
    \$r['reset'] = \$s->close(\$fd, true);
    \$r['after_reset'] = \$s->stats()['connection_num'];
    file_put_contents('$dir/result', json_encode(\$r));
});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $c = wserver_test_connect($port);
    fwrite($c, "go");
    wserver_test_wait(fn () => file_exists("$dir/result"), 10);
    echo file_get_contents("$dir/result"), "\n";
    $got = 0;
    stream_set_timeout($c, 5);
    while (!feof($c) && ($d = @fread($c, 65536)) !== false && $d !== '') {
        $got += strlen($d);
    }
    echo "the client got less than the reply: ", json_encode($got < 8 * 1024 * 1024), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
{"close":true,"again":false,"error":"SESSION_CLOSED","closing_counted":1,"reset":true,"after_reset":0}
the client got less than the reply: true
