--TEST--
Hooks: phpredis over TLS (redis-server --tls-port, certificate made by the test) in coroutines: SET/GET right, a bad CA refused, and 20 BLPOPs on 20 TLS connections of one process wait at once (the server counts 20 blocked clients), each ended by a push; outside a coroutine the same client works as PHP's own
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
    $timeout = getenv('WSERVER_TEST_VALGRIND') || getenv('WSERVER_TEST_SLOW') ? 30 : 3; // the handshake
    return @$r->connect('tls://localhost', $port, $timeout, null, 0, 0, ['stream' => ['cafile' => $ca]])
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

        /* 20 coroutines block in BLPOP; the server itself says when all 20 wait at once (an
         * event, however slow the machine), then a push to each key ends each wait */
        $wg = new Coroutine\WaitGroup();
        $results = [];
        for ($i = 0; $i < 20; $i++) {
            $wg->add();
            Coroutine::create(function () use ($i, $port, $certs, $wg, &$results) {
                $c = tls_redis($port, $certs['ca']);
                $results[$i] = $c->blPop(["go:$i"], 120);
                $wg->done();
            });
        }
        $blocked = 0;
        for ($n = 0; $n < 1200 && $blocked < 20; $n++) { // at most about 2 minutes
            $blocked = (int) ($r->info('clients')['blocked_clients'] ?? 0);
            if ($blocked < 20) {
                Coroutine::sleep(0.1);
            }
        }
        echo "blocked in BLPOP at once: $blocked\n";
        for ($i = 0; $i < 20; $i++) {
            $r->rPush("go:$i", "v$i");
        }
        $wg->wait(120);
        echo count(array_filter($results, fn ($x, $i) => $x === ["go:$i", "v$i"], ARRAY_FILTER_USE_BOTH)),
            " BLPOPs got their value\n";
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
blocked in BLPOP at once: 20
20 BLPOPs got their value
