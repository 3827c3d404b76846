--TEST--
wserver.aliases=swoole: Server-Sent Events as Swoole's test does them: a Response with Content-Type text/event-stream and Content-Length set to "" ends with no length and no chunking, then Server::send() writes the events; Coroutine\Http\Client's get() is complete with the head (empty body, no content-length) and the events are read with $client->socket->recvLine() (a line through "\n"); end() of an event stream with a body has its Content-Length
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
\$s->on('request', function (\$req, \$resp) use (\$s) {
    \$resp->header('Content-Type', 'text/event-stream');
    if (\$req->server['request_uri'] === '/whole') {
        \$resp->end("data: all\\n\\n");
        return;
    }
    \$resp->header('Content-Length', '');
    \$resp->end();
    for (\$i = 0; \$i < 3; \$i++) {
        Co::sleep(0.02);
        \$s->send(\$resp->fd, "data: event \$i\\n\\n");
    }
});
\$s->start();
PHP);
file_put_contents("$dir/client.php", <<<'PHP'
<?php
Co\run(function () {
    $client = new Swoole\Coroutine\Http\Client('127.0.0.1', (int) getenv('PORT'));
    var_dump($client->get('/'), $client->getBody(), isset($client->headers['content-length']), $client->headers['content-type']);
    for ($i = 0; $i < 3; $i++) {
        echo json_encode($client->socket->recvLine() . $client->socket->recvLine()), "\n";
    }
    $client = new Swoole\Coroutine\Http\Client('127.0.0.1', (int) getenv('PORT'));
    $client->get('/whole');
    echo json_encode([$client->getBody(), $client->headers['content-length'] ?? null]), "\n";
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
bool(true)
string(0) ""
bool(false)
string(17) "text/event-stream"
"data: event 0\n\n"
"data: event 1\n\n"
"data: event 2\n\n"
["data: all\n\n","11"]
