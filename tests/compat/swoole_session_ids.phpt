--TEST--
wserver.aliases=swoole: fds are Swoole's session ids, one count over all the workers (the Nth connection is fd N whichever worker took it), so any worker reaches any fd; close() of an fd no worker holds is false with SWOOLE_ERROR_SESSION_NOT_EXIST
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
\$s->set(['worker_num' => 3, 'log_file' => '$dir/app.log']);
\$s->on('receive', function (\$s, \$fd, \$rid, \$data) {
    if (trim(\$data) === 'others') {
        \$r = [];
        foreach ([1, 2, 3] as \$other) {
            \$r[] = \$other . ':' . json_encode(\$s->exist(\$other)) . ':' . (\$s->getClientInfo(\$other)['server_port'] ?? 'none') . '';
        }
        \$r[] = 'close 99999: ' . json_encode(\$s->close(99999)) . ' error ' . \$s->getLastError()
            . (\$s->getLastError() === SWOOLE_ERROR_SESSION_NOT_EXIST ? ' (SESSION_NOT_EXIST)' : '');
        \$r[] = 'close 2: ' . json_encode(\$s->close(2));
        \$s->send(\$fd, implode("\\n", \$r) . "\\n");
        return;
    }
    \$s->send(\$fd, "fd \$fd\\n");
});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $conns = [];
    for ($i = 0; $i < 4; $i++) {
        $c = wserver_test_connect($port);
        fwrite($c, "hello\n");
        echo wserver_test_line($c);
        $conns[] = $c;
    }
    fwrite($conns[3], "others\n");
    for ($i = 0; $i < 5; $i++) {
        echo str_replace(":$port", ':port', wserver_test_line($conns[3]));
    }
    echo "fd 2 closed: ", json_encode(wserver_test_closed($conns[1])), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
fd 1
fd 2
fd 3
fd 4
1:true:port
2:true:port
3:true:port
close 99999: false error 1005 (SESSION_NOT_EXIST)
close 2: true
fd 2 closed: true
