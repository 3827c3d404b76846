--TEST--
HTTP: a session over two requests with its cookie in a real redis-server (RedisSessionHandler), regenerate id, TTL
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

// our own redis-server on a free port, as the current user, in a temp dir; stopped by pid
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
            Session::handlerClass(RedisSessionHandler::class, ['host' => '127.0.0.1', 'port' => $rport, 'prefix' => 'test_sess_']);
            Session::$lifetime = 300;
        };
        $w->onMessage = function ($c, $req) {
            $s = $req->session();
            if ($req->path() === '/set') {
                $s->set('n', 41);
            } elseif ($req->path() === '/regenerate') {
                $req->sessionRegenerateId(true);
            } else {
                $s->set('n', $s->get('n', 0) + 1);
            }
            $out = 'n=' . $req->session()->get('n', 'none');
            unset($s, $req->context['session']); // written now, before the reply
            $c->send($out);
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($rport) {
        $r = new Redis();
        $r->connect('127.0.0.1', $rport);
        $c = wserver_test_connect($port);
        $get = function (string $path, ?string $sid) use ($c) {
            fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n" . ($sid ? "Cookie: PHPSID=$sid\r\n" : '') . "\r\n");
            return wserver_test_http_read($c);
        };
        [, $h, $body] = $get('/set', null);
        preg_match('/^PHPSID=([0-9a-f]{32});/', $h['set-cookie'][0] ?? '', $m) or throw new RuntimeException("no cookie");
        $sid = $m[1];
        echo "set: $body\n";
        $ttl = $r->ttl("test_sess_$sid");
        echo 'stored: ', var_export(unserialize((string) $r->get("test_sess_$sid")), true), ' ttl ok=', var_export($ttl > 0 && $ttl <= 300, true), "\n";
        [, $h, $body] = $get('/incr', $sid);
        echo "incr: $body set-cookie=", isset($h['set-cookie']) ? 'yes' : 'no', "\n";
        [, $h, $body] = $get('/regenerate', $sid);
        preg_match('/^PHPSID=([0-9a-f]{32});/', $h['set-cookie'][0] ?? '', $m) or throw new RuntimeException("no new cookie");
        $new = $m[1];
        echo "regenerate: $body new id=", var_export($new !== $sid, true), ' old key=', $r->exists("test_sess_$sid") ? 'kept' : 'gone', "\n";
        [, , $body] = $get('/incr', $new);
        echo "incr new: $body\n";
    });
} finally {
    posix_kill($rpid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($redis)['running'], 5) or posix_kill($rpid, SIGKILL);
    proc_close($redis);
    wserver_test_rmdir($rdir);
}
?>
--EXPECT--
set: n=41
stored: array (
  'n' => 41,
) ttl ok=true
incr: n=42 set-cookie=no
regenerate: n=42 new id=true old key=gone
incr new: n=43
