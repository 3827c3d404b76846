--TEST--
wserver.aliases=swoole: an Http\Server takes request heads up to Swoole's 64 KiB (a 30 KB URI, a 40 KB Cookie header) where a Worker's defaults answer 414 and 431; past 64 KiB it answers 431 too (unless the application set Request::$maxHeaderSize or $maxUriLength)
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
\$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('request', function (\$req, \$resp) {
    \$resp->end(count(\$req->get ?? []) . ' ' . strlen(\$req->header['cookie'] ?? ''));
});
\$s->start();
PHP);
$status = function (string $head) use ($port): string {
    $c = wserver_test_connect($port);
    fwrite($c, $head);
    [$st, , $body] = wserver_test_http_read($c) + [null, null, null];
    return "$st $body";
};
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $query = http_build_query(array_fill_keys(array_map(fn ($i) => "v$i", range(1, 2000)), 'x'));
    echo "30 KB URI: ", $status("GET /?$query HTTP/1.1\r\nHost: a\r\n\r\n"), "\n";
    echo "40 KB cookie: ", $status("GET / HTTP/1.1\r\nHost: a\r\nCookie: " . str_repeat('c', 40000) . "\r\n\r\n"), "\n";
    echo "70 KB cookie: ", explode(' ', $status("GET / HTTP/1.1\r\nHost: a\r\nCookie: " . str_repeat('c', 70000) . "\r\n\r\n"))[0], "\n";
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
wserver_test_cleanup($dir);
?>
--EXPECT--
30 KB URI: 200 1000 0
40 KB cookie: 200 0 40000
70 KB cookie: 431
