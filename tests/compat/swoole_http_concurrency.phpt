--TEST--
wserver.aliases=swoole: Http\Server's max_concurrency answers 503 while that many requests are under way, worker_max_concurrency queues past it (coroutine_peek_num stays at it), stats() counts concurrency; Coroutine\Http\get()/post()/request() return a ClientProxy or throw; a Response neither ended nor given a status goes out as 500
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
$port2 = wserver_test_free_port();
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'max_concurrency' => 2, 'log_file' => '$dir/app.log']);
\$s->on('request', function (\$req, \$resp) use (\$s) {
    if (\$req->server['request_uri'] === '/stats') {
        \$resp->end(json_encode(['concurrency' => \$s->stats()['concurrency']]));
    } elseif (\$req->server['request_uri'] === '/none') {
        // neither end() nor status(): 500
    } elseif (\$req->server['request_uri'] === '/post') {
        \$resp->end(\$req->getMethod() . ' ' . \$req->rawContent() . ' ' . (\$req->header['x-a'] ?? '-'));
    } else {
        Swoole\Coroutine::sleep(0.5);
        \$resp->end('slow');
    }
});
\$s->start();
PHP);
file_put_contents("$dir/queue.php", <<<PHP
<?php
\$s = new Swoole\Http\Server('127.0.0.1', $port2, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'worker_max_concurrency' => 2, 'log_file' => '$dir/queue.log']);
\$s->on('request', function (\$req, \$resp) use (\$s) {
    if (\$req->server['request_uri'] === '/stats') {
        \$resp->end(json_encode(['peak' => \$s->stats()['coroutine_peek_num']]));
        return;
    }
    Swoole\Coroutine::sleep(0.2);
    \$resp->end('ok');
});
\$s->start();
PHP);
file_put_contents("$dir/client.php", <<<PHP
<?php
use function Swoole\Coroutine\go;
Co\\run(function () {
    \$codes = [];
    \$wg = new Swoole\Coroutine\WaitGroup();
    for (\$i = 0; \$i < 2; \$i++) {
        \$wg->add();
        go(function () use (&\$codes, \$wg) {
            \$codes[] = Swoole\Coroutine\Http\get('http://127.0.0.1:$port/slow')->getStatusCode();
            \$wg->done();
        });
    }
    Swoole\Coroutine::sleep(0.2);
    \$busy = Swoole\Coroutine\Http\get('http://127.0.0.1:$port/stats');
    echo "at the limit: ", \$busy->getStatusCode(), "\\n";
    \$wg->wait();
    sort(\$codes);
    echo "slow ones: ", implode(',', \$codes), "\\n";
    echo "after: ", Swoole\Coroutine\Http\get('http://127.0.0.1:$port/stats')->getBody(), "\\n";
    echo "none: ", Swoole\Coroutine\Http\get('http://127.0.0.1:$port/none')->getStatusCode(), "\\n";
    \$p = Swoole\Coroutine\Http\post('http://127.0.0.1:$port/post', 'body', null, ['X-A' => 'b']);
    echo "post: ", get_class(\$p), " ", \$p->getStatusCode(), " ", \$p->getBody(), " ", \$p->getHeaders()['content-length'], "\\n";
    echo "request: ", Swoole\Coroutine\Http\\request('http://127.0.0.1:$port/post', 'PUT', 'x')->getBody(), "\\n";
    try {
        Swoole\Coroutine\Http\get('127.0.0.1/none');
    } catch (Swoole\Coroutine\Http\Client\Exception \$e) {
        echo "no scheme: ", \$e->getMessage(), "\\n";
    }
    try {
        Swoole\Coroutine\Http\get('http://127.0.0.1:1/');
    } catch (Swoole\Coroutine\Http\Client\Exception \$e) {
        echo "refused: code ", \$e->getCode() === SOCKET_ECONNREFUSED ? 'ECONNREFUSED' : \$e->getCode(), "\\n";
    }
    // worker_max_concurrency 2: six at once run two at a time
    \$t = microtime(true);
    for (\$i = 0; \$i < 6; \$i++) {
        \$wg->add();
        go(function () use (\$wg) {
            Swoole\Coroutine\Http\get('http://127.0.0.1:$port2/')->getBody() === 'ok' || print("bad\\n");
            \$wg->done();
        });
    }
    \$wg->wait();
    \$took = microtime(true) - \$t;
    echo "queued: ", \$took >= 0.55 ? 'in three rounds' : "too fast (\$took)", "\\n";
    echo "queue stats: ", Swoole\Coroutine\Http\get('http://127.0.0.1:$port2/stats')->getBody(), "\\n";
});
PHP);
$procs = [];
foreach (['app' => $port, 'queue' => $port2] as $name => $p) {
    $procs[] = $proc = proc_open($php . escapeshellarg("$dir/$name.php") . " > $dir/$name.out 2>&1", [], $pipes);
    if (!wserver_test_wait(fn () => wserver_test_listening($p), 20)) {
        echo "$name did not come up\n", file_get_contents("$dir/$name.out");
    }
}
try {
    echo shell_exec($php . escapeshellarg("$dir/client.php") . ' 2>&1');
} finally {
    foreach ($procs as $proc) {
        posix_kill(proc_get_status($proc)['pid'], SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
        proc_close($proc);
    }
}
echo file_get_contents("$dir/app.out"), file_get_contents("$dir/queue.out");
wserver_test_cleanup($dir);
?>
--EXPECT--
at the limit: 503
slow ones: 200,200
after: {"concurrency":1}
none: 500
post: Swoole\Coroutine\Http\ClientProxy 200 POST body b 11
request: PUT x -
no scheme: The URL given is illegal [no scheme]
refused: code ECONNREFUSED
queued: in three rounds
queue stats: {"peak":2}
