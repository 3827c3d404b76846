--TEST--
wserver.aliases=swoole: a TCP Server's send() leaves at once, even while the next message of that connection waits to be handled (two messages in one read: the first reply comes before the first callback ends); getClientInfo() has last_recv_time and last_dispatch_time (when the bytes were read, as floats)
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
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log', 'open_eof_split' => true, 'package_eof' => "\\r\\n"]);
\$s->on('receive', function (\$s, \$fd, \$rid, \$data) {
    \$info = \$s->getClientInfo(\$fd);
    \$s->send(\$fd, json_encode([
        'msg' => trim(\$data),
        'floats' => is_float(\$info['last_recv_time']) && is_float(\$info['last_dispatch_time']),
        'since_dispatch' => microtime(true) - \$info['last_dispatch_time'],
    ]) . "\\n");
    if (trim(\$data) === 'a') {
        usleep(500000);
    }
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
    $t0 = microtime(true);
    fwrite($c, "a\r\nb\r\n");
    $first = json_decode(wserver_test_line($c), true);
    $t1 = microtime(true) - $t0;
    $second = json_decode(wserver_test_line($c), true);
    echo "first reply: {$first['msg']}, before the callback ended: ", json_encode($t1 < 0.4), ", floats: ", json_encode($first['floats']), ", just dispatched: ", json_encode($first['since_dispatch'] < 0.2), "\n";
    echo "second reply: {$second['msg']}, dispatched with the first (read together): ", json_encode($second['since_dispatch'] >= 0.45), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
first reply: a, before the callback ended: true, floats: true, just dispatched: true
second reply: b, dispatched with the first (read together): true
