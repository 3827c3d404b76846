--TEST--
wserver.aliases=swoole: in SWOOLE_PROCESS mode one send longer than output_buffer_size (buffer_output_size) is refused as Swoole's: Response::end() and Server::send() return false, the last error is DATA_LENGTH_TOO_LARGE (1203) and the server log says so; the reply is given up and the connection reset (curl: reset by peer); shorter ones, and SWOOLE_BASE, send
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
foreach (['SWOOLE_PROCESS', 'SWOOLE_BASE'] as $mode) {
    $port = wserver_test_free_port();
    file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port, $mode);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log', 'buffer_output_size' => 4096, 'http_compression' => false]);
\$s->on('request', function (\$req, \$resp) use (\$s) {
    \$n = (int) substr(\$req->server['request_uri'], 1);
    \$ok = \$resp->end(str_repeat('x', \$n));
    file_put_contents('$dir/result', json_encode([\$ok, swoole_last_error()]));
});
\$s->start();
PHP);
    @unlink("$dir/app.log");
    $proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
    try {
        if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
            echo "server did not come up\n", file_get_contents("$dir/out.log");
        }
        foreach ([4000, 8192] as $n) {
            $out = wserver_test_curl(['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download}', "http://127.0.0.1:$port/$n"]);
            if (str_contains($out, 'Connection reset by peer')) {
                $out = 'connection reset, no reply';
            }
            wserver_test_wait(fn () => is_file("$dir/result"), 5);
            echo "$mode $n: $out ", file_get_contents("$dir/result"), "\n";
            unlink("$dir/result");
        }
    } finally {
        posix_kill(proc_get_status($proc)['pid'], SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
        proc_close($proc);
    }
    echo preg_replace('/^.*(ProcessFactory)/m', '$1', implode('', preg_grep('/exceeds/', file("$dir/app.log"))));
}
wserver_test_cleanup($dir);
?>
--EXPECT--
SWOOLE_PROCESS 4000: 200 4000 [true,0]
SWOOLE_PROCESS 8192: connection reset, no reply [false,1203]
ProcessFactory::finish() (ERRNO 1203): The length of data [8192] exceeds the output buffer size[4096], please use the sendfile, chunked transfer mode or adjust the output_buffer_size
SWOOLE_BASE 4000: 200 4000 [true,0]
SWOOLE_BASE 8192: 200 8192 [true,0]
