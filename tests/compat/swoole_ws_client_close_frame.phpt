--TEST--
wserver.aliases=swoole: Coroutine\Http\Client::push() of a CloseFrame sends its code and reason (the server echoes them back); recv() after disconnect() is false with errCode 5001 (SWOOLE_ERROR_CLIENT_NO_CONNECTION)
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
\$s->on('message', function () {});
\$s->start();
PHP);
file_put_contents("$dir/client.php", <<<'PHP'
<?php
Co\run(function () {
    $cli = new Swoole\Coroutine\Http\Client('127.0.0.1', (int) getenv('PORT'));
    $cli->set(['timeout' => 5, 'open_websocket_close_frame' => true]);
    foreach ([4000, 1000] as $code) {
        $cli->upgrade('/');
        $f = new Swoole\WebSocket\CloseFrame;
        $f->code = $code;
        $f->reason = md5($code);
        var_dump($cli->push($f));
        $back = $cli->recv();
        echo get_class($back), " ", $back->code, " ", $back->reason === md5($code) ? 'same reason' : "reason {$back->reason}", "\n";
        var_dump($cli->disconnect($back->code, $back->reason), $cli->recv(), $cli->connected, $cli->errCode === SWOOLE_ERROR_CLIENT_NO_CONNECTION);
    }
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
Swoole\WebSocket\CloseFrame 4000 same reason
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
Swoole\WebSocket\CloseFrame 1000 same reason
bool(true)
bool(false)
bool(false)
bool(true)
