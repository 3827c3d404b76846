--TEST--
wserver.aliases=swoole: Coroutine\Http\Client puts the trailer fields of a chunked response into $headers (lowercased, after the head's), as Swoole's; the body is the chunks
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
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log', 'http_compression' => false]);
\$s->on('request', function (\$req, \$resp) {
    \$resp->header('Trailer', 'Content-MD5, X-Count');
    \$resp->write('hello ');
    \$resp->write('world');
    \$resp->trailer('Content-MD5', md5('hello world'));
    \$resp->trailer('X-Count', '2');
    \$resp->end();
});
\$s->start();
PHP);
file_put_contents("$dir/client.php", <<<'PHP'
<?php
Co\run(function () {
    $cli = new Swoole\Coroutine\Http\Client('127.0.0.1', (int) getenv('PORT'));
    $cli->get('/');
    echo $cli->getBody(), "\n";
    echo $cli->headers['content-md5'] === md5('hello world') ? "content-md5 matches\n" : "no content-md5\n";
    echo "x-count: ", $cli->headers['x-count'] ?? 'none', "\n";
    echo "transfer-encoding: ", $cli->headers['transfer-encoding'], "\n";
});
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    echo shell_exec("PORT=$port " . $php . escapeshellarg("$dir/client.php") . ' 2>&1');
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
wserver_test_cleanup($dir);
?>
--EXPECT--
hello world
content-md5 matches
x-count: 2
transfer-encoding: chunked
