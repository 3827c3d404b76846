--TEST--
wserver.aliases=swoole: a datagram send() to a unix datagram client that reads nothing is false once its queue is full, without a warning, getLastError() saying EAGAIN, as Swoole's
--EXTENSIONS--
wserver
pcntl
posix
sockets
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
$server_path = "$dir/server.sock";
$client_path = "$dir/client.sock";
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('$server_path', 0, SWOOLE_BASE, SWOOLE_SOCK_UNIX_DGRAM);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('packet', function (\$s, \$data, \$client) {
    for (\$sent = 0; \$sent < 100000 && \$s->send(\$client['address'], str_repeat('B', 8192)); \$sent++);
    file_put_contents('$dir/result', json_encode(['some sent' => \$sent > 0, 'stopped at false' => \$sent < 100000, 'EAGAIN' => \$s->getLastError() === SOCKET_EAGAIN]));
});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => file_exists($server_path), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $c = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    socket_bind($c, $client_path);
    socket_sendto($c, 'go', 2, 0, $server_path);
    wserver_test_wait(fn () => file_exists("$dir/result"), 10);
    echo file_get_contents("$dir/result"), "\n";
    socket_close($c);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
{"some sent":true,"stopped at false":true,"EAGAIN":true}
