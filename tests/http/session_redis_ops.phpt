--TEST--
Session over HTTP in a real redis-server (RedisSessionHandler): set/get/delete/pull/has/all/flush across requests, the key gone after flush(), sessionRegenerateId(true) dropping the old key, the cookie attributes
--EXTENSIONS--
wserver
pcntl
posix
redis
--SKIPIF--
<?php
$bin = trim((string) shell_exec('command -v redis-server'));
if ($bin === '') die('skip redis-server is not installed (apt-get install -y redis-server)');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\Session;
use WServer\Protocols\Http\Session\RedisSessionHandler;

// our own redis-server on a free port, in a temp dir; stopped by pid
$rdir = wserver_test_dir();
$rport = wserver_test_free_port();
$redis = proc_open(['redis-server', '--port', (string) $rport, '--bind', '127.0.0.1', '--dir', $rdir,
    '--save', '', '--appendonly', 'no', '--daemonize', 'no'], [1 => ['file', "$rdir/redis.log", 'a'],
    2 => ['file', "$rdir/redis.log", 'a']], $pipes);
$rpid = proc_get_status($redis)['pid'];
try {
    wserver_test_wait(fn () => wserver_test_port_open($rport), 10) or throw new RuntimeException("redis-server did not start: " . file_get_contents("$rdir/redis.log"));
    wserver_test_run(function (int $port) use ($rport) {
        $w = new WServer\Worker("http://127.0.0.1:$port");
        $w->onWorkerStart = function () use ($rport) {
            Session::handlerClass(RedisSessionHandler::class, ['host' => '127.0.0.1', 'port' => $rport, 'prefix' => 'ops_']);
            Session::$sameSite = 'Lax';
            Session::$cookieLifetime = 0;
        };
        $w->onMessage = function ($c, $req) {
            $s = $req->session();
            $out = [];
            switch ($req->path()) {
                case '/set':
                    $s->put(['a' => 1, 'b' => [2, 3], 'c' => 'x']);
                    break;
                case '/ops':
                    $s->delete('a');
                    $out = ['pull' => $s->pull('b'), 'has b' => $s->has('b'), 'has c' => $s->has('c'), 'get' => $s->get('zz', 'dflt')];
                    break;
                case '/regenerate':
                    $out['new'] = $req->sessionRegenerateId(true);
                    break;
                case '/flush':
                    $s->flush();
                    break;
            }
            $out['all'] = $req->session()->all(); // after a regeneration: the new one
            unset($s, $req->context['session']); // saved now, before the reply
            $c->send(json_encode($out));
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($rport) {
        $r = new Redis();
        $r->connect('127.0.0.1', $rport);
        $c = wserver_test_connect($port);
        $get = function (string $path, ?string $sid) use ($c) {
            fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n" . ($sid ? "Cookie: PHPSID=$sid\r\n" : '') . "\r\n");
            [, $h, $body] = wserver_test_http_read($c);
            return [$h['set-cookie'][0] ?? '', json_decode($body, true)];
        };
        [$cookie, $out] = $get('/set', null);
        preg_match('/^PHPSID=([0-9a-f]{32})(.*)$/', $cookie, $m) or throw new RuntimeException("no cookie: $cookie");
        $sid = $m[1];
        echo 'cookie attributes: ', $m[2], "\n";
        echo 'set: ', json_encode($out['all']), ' stored: ', json_encode(unserialize((string) $r->get("ops_$sid"))), "\n";
        [, $out] = $get('/ops', $sid);
        echo 'ops: ', json_encode($out), ' stored: ', json_encode(unserialize((string) $r->get("ops_$sid"))), "\n";
        [, $out] = $get('/regenerate', $sid);
        $new = $out['new'];
        echo 'regenerate: ', json_encode($out['all']), ' old key ', $r->exists("ops_$sid") ? 'kept' : 'gone', ', new key ', $r->exists("ops_$new") ? 'there' : 'missing', "\n";
        [, $out] = $get('/flush', $new);
        echo 'flush: ', json_encode($out['all']), ' key ', $r->exists("ops_$new") ? 'kept' : 'gone', "\n";
    });
} finally {
    posix_kill($rpid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($redis)['running'], 5) or posix_kill($rpid, SIGKILL);
    proc_close($redis);
    wserver_test_rmdir($rdir);
}
?>
--EXPECT--
cookie attributes: ; Path=/; SameSite=Lax; HttpOnly
set: {"a":1,"b":[2,3],"c":"x"} stored: {"a":1,"b":[2,3],"c":"x"}
ops: {"pull":[2,3],"has b":false,"has c":true,"get":"dflt","all":{"c":"x"}} stored: {"c":"x"}
regenerate: {"c":"x"} old key gone, new key there
flush: [] key gone
