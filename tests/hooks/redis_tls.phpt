--TEST--
Hooks: phpredis over TLS (redis-server --tls-port, certificate made by the test) in coroutines: SET/GET right, a bad CA refused, and 20 BLPOPs with a 1 s timeout on 20 TLS connections overlap (well under 20 s); outside a coroutine the same client works as PHP's own
--EXTENSIONS--
wserver
redis
pcntl
posix
--SKIPIF--
<?php
$bin = trim((string) shell_exec('command -v redis-server'));
if ($bin === '') die('skip redis-server missing');
if (!str_contains((string) shell_exec("ldd $bin 2>/dev/null"), 'libssl')) die('skip redis-server built without TLS');
require __DIR__ . '/../include/tls.inc';
wserver_tls_skip(); /* the openssl command, and wserver built with OpenSSL */
?>
--FILE--
<?php
require __DIR__ . '/../include/tls_peer.inc';
use WServer\Coroutine;

$dir = wserver_test_dir();
$certs = tls_peer_certs($dir);
$bin = trim((string) shell_exec('command -v redis-server'));
[$pid, $port] = tls_peer_spawn([$bin, '--port', '0', '--tls-port', '{PORT}', '--bind', '127.0.0.1',
    '--tls-cert-file', $certs['good'][0], '--tls-key-file', $certs['good'][1],
    '--tls-ca-cert-file', $certs['ca'], '--tls-auth-clients', 'no', '--dir', $dir,
    '--save', '', '--appendonly', 'no', '--daemonize', 'no'], "$dir/redis.log");

function tls_redis(int $port, string $ca): ?Redis
{
    $r = new Redis();
    return @$r->connect('tls://localhost', $port, 3, null, 0, 0, ['stream' => ['cafile' => $ca]])
        ? $r : null;
}

try {
    WServer\Runtime::enableCoroutine();
    echo "-- outside a coroutine\n";
    $r = tls_redis($port, $certs['ca']);
    var_dump($r->set('k', 'outside'), $r->get('k'));

    Coroutine\run(function () use ($port, $certs) {
        echo "-- in coroutines\n";
        $r = tls_redis($port, $certs['ca']);
        var_dump($r->set('k', 'inside'), $r->get('k'));
        try {
            echo tls_redis($port, $certs['self'][0]) ? "connected with the wrong CA\n" : "wrong CA refused\n";
        } catch (RedisException $e) {
            echo "wrong CA refused\n";
        }

        $t = microtime(true);
        $wg = new Coroutine\WaitGroup();
        $results = [];
        for ($i = 0; $i < 20; $i++) {
            $wg->add();
            Coroutine::create(function () use ($i, $port, $certs, $wg, &$results) {
                $c = tls_redis($port, $certs['ca']);
                $results[$i] = $c->blPop(["empty:$i"], 1);
                $wg->done();
            });
        }
        $wg->wait(10);
        $took = microtime(true) - $t;
        echo count($results), " BLPOPs timed out empty: ",
            count(array_filter($results, fn ($x) => $x === [] || $x === null || $x === false)), "\n";
        echo 'overlapped (< 5 s): ', $took < 5 ? 'yes' : sprintf('no (%.1f s)', $took), "\n";
    });
} finally {
    tls_peer_stop($pid);
    wserver_test_rmdir($dir);
}
?>
--EXPECT--
-- outside a coroutine
bool(true)
string(7) "outside"
-- in coroutines
bool(true)
string(6) "inside"
wrong CA refused
20 BLPOPs timed out empty: 20
overlapped (< 5 s): yes
