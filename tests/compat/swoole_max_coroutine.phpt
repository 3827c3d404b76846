--TEST--
wserver.aliases=swoole: Co::set(['max_coroutine' => N]): go() past N coroutines warns "exceed max number of coroutine N" and returns false; an Http\Server request that would pass it warns as Swoole (and onRequest handler error) and is answered 503
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
file_put_contents("$dir/script.php", <<<'PHP'
<?php
Co::set(['max_coroutine' => 2]);
Co\run(function () {
    var_dump(go(fn () => Co::sleep(0.1)) > 0);
    var_dump(go(fn () => Co::sleep(0.1)));
});
PHP);
echo preg_replace('~ in /\S+ on line \d+~', '', shell_exec($php . escapeshellarg("$dir/script.php") . ' 2>&1'));
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('workerStart', function () {
    go(fn () => Co::sleep(30)); // the one coroutine the limit allows, once this callback is over
    Co::set(['max_coroutine' => 1]);
});
\$s->on('request', function (\$req, \$resp) {
    \$resp->end('never here');
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    echo wserver_test_curl(['-s', '-o', '/dev/null', '-w', '%{http_code}', "http://127.0.0.1:$port/"]), "\n";
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGKILL);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo preg_replace('~ in /\S+ on line \d+~', '', implode('', preg_grep('/Warning/', file("$dir/out.log"))));
wserver_test_cleanup($dir);
?>
--EXPECT--
bool(true)
PHP Warning:  go(): exceed max number of coroutine 2
bool(false)
503
PHP Warning:  Swoole\Server::start(): exceed max number of coroutine 1
PHP Warning:  Swoole\Server::start(): Swoole\Http\Server->onRequest handler error
