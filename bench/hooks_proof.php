<?php
/*
 * Issue 14's proofs of concurrency, timed (timings belong here, not in phpt): one worker, N (100)
 * requests sent at once on N connections, each handler blocking on I/O through an unchanged
 * client library, with the Runtime hooks on (and, for PDO, off: the blocking figure):
 *   - PDO MySQL `SELECT SLEEP(0.1)` against a real MariaDB: goal < 1 s for all (blocking: N x 0.1 s)
 *   - phpredis BLPOP with a 1 s timeout against a real redis-server: goal < 2 s
 *   - file_get_contents() of a local endpoint that answers after 0.1 s: goal < 1 s
 * then one PDO `SELECT 1` per request under wrk (64 connections, 5 s): requests/s with the hooks
 * on and off (goal: on >= 0.9x off; the hooks cost little).
 * Each reply must name its own request. Exits 1 if a goal is missed or a reply is wrong.
 *   php -d extension=modules/wserver.so bench/hooks_proof.php [N]
 */
require __DIR__ . '/../tests/hooks/services.inc';

$n = (int) ($argv[1] ?? 100);
$db = hooks_mariadb_start();
$redis = hooks_redis_start();
$failed = false;

// the slow endpoint file_get_contents() asks: a Worker answering each request 0.1 s later
$slowPort = wserver_test_free_port();
$slowPid = pcntl_fork();
if ($slowPid === 0) {
    $dir = wserver_test_dir();
    fclose(STDOUT); // its start/stop lines stay out of the table
    fclose(STDERR);
    WServer\Worker::$command = 'start';
    WServer\Worker::$pidFile = "$dir/slow.pid";
    WServer\Worker::$statusFile = "$dir/slow.status"; // not next to this script
    WServer\Worker::$logFile = "$dir/slow.log";
    $w = new WServer\Worker("http://127.0.0.1:$slowPort");
    $w->count = 1;
    $w->onMessage = function ($c, $req) {
        WServer\Coroutine::sleep(0.1);
        $c->send('slow ' . $req->get('i'));
    };
    WServer\Worker::runAll();
    exit(0);
}
wserver_test_wait(fn () => wserver_test_listening($slowPort), 10);

/* One round: a 1-worker server with hooks on or off, N requests to $path at once. */
function round_trip(string $path, bool $hooks, int $n, array $db, array $redis, int $slowPort): array
{
    $result = null;
    wserver_test_run(function (int $port, string $dir) use ($hooks, $n, $db, $redis, $slowPort) {
        if ($hooks) {
            WServer\Runtime::enableCoroutine();
        }
        $w = new WServer\Worker("http://127.0.0.1:$port");
        $w->count = 1;
        $pdo = $rds = null;
        $w->onWorkerStart = function () use (&$pdo, &$rds, $n, $db, $redis) {
            $pdo = new WServer\Coroutine\ConnectionPool(fn () => new PDO(
                "mysql:host=127.0.0.1;port={$db['port']}", 'root', '',
                [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]), $n);
            $rds = new WServer\Coroutine\ConnectionPool(function () use ($redis) {
                $r = new Redis();
                $r->connect('127.0.0.1', $redis['port']);
                return $r;
            }, $n);
        };
        $w->onMessage = function ($c, $req) use (&$pdo, &$rds, $slowPort) {
            $i = $req->get('i');
            switch ($req->path()) {
                case '/sleep':
                    $p = $pdo->get();
                    $v = $p->query('SELECT SLEEP(0.1), ' . (int) $i)->fetch(PDO::FETCH_NUM)[1];
                    $pdo->put($p);
                    break;
                case '/blpop':
                    $r = $rds->get();
                    $v = $r->blPop(["list$i"], 1) === [] ? $i : 'popped?';
                    $rds->put($r);
                    break;
                case '/select1':
                    $p = $pdo->get();
                    $v = $p->query('SELECT 1')->fetchColumn() == 1 ? $i : 'wrong';
                    $pdo->put($p);
                    break;
                case '/fetch':
                    $v = substr(file_get_contents("http://127.0.0.1:$slowPort/?i=$i"), 5);
                    break;
            }
            $c->send("reply $v");
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($path, $n, &$result) {
        if ($path === '/select1') { // throughput, not a burst
            $out = shell_exec("wrk -t1 -c64 -d5s 'http://127.0.0.1:$port/select1?i=1' 2>&1");
            preg_match('/Requests\/sec:\s*([\d.]+)/', (string) $out, $m);
            preg_match('/Non-2xx or 3xx responses: (\d+)/', (string) $out, $bad);
            $result = [(float) ($m[1] ?? 0), (int) ($bad[1] ?? 0)];
            return;
        }
        $t = microtime(true);
        $conns = [];
        for ($i = 0; $i < $n; $i++) {
            $conns[$i] = hooks_request($port, "$path?i=$i");
        }
        $wrong = 0;
        foreach ($conns as $i => $c) {
            $wrong += hooks_reply($c, 120) !== "reply $i";
        }
        $result = [microtime(true) - $t, $wrong];
    }, ['alarm' => 300]);
    return $result ?? [INF, $n];
}

printf("%d requests at once, 1 worker\n", $n);
$rows = [
    ['PDO SELECT SLEEP(0.1)', '/sleep', true, 1.0],
    ['PDO SELECT SLEEP(0.1), hooks off', '/sleep', false, null],
    ['phpredis BLPOP, 1 s timeout', '/blpop', true, 2.0],
    ['file_get_contents(), 0.1 s endpoint', '/fetch', true, 1.0],
];
foreach ($rows as [$name, $path, $hooks, $goal]) {
    [$secs, $wrong] = round_trip($path, $hooks, $n, $db, $redis, $slowPort);
    $ok = $wrong === 0 && ($goal === null || $secs < $goal);
    $failed = $failed || !$ok;
    printf("%-38s %7.2f s  %s%s\n", $name, $secs, $goal === null ? '(blocking, for comparison)' : "goal < $goal s",
        $ok ? '' : ($wrong ? "  FAIL: $wrong wrong replies" : '  FAIL'));
}
if (trim((string) shell_exec('command -v wrk')) !== '') {
    [$on] = round_trip('/select1', true, 64, $db, $redis, $slowPort);
    [$off] = round_trip('/select1', false, 64, $db, $redis, $slowPort);
    $ok = $off > 0 && $on >= 0.9 * $off;
    $failed = $failed || !$ok;
    printf("PDO SELECT 1 per request (wrk -c64)    hooks on %.0f req/s, off %.0f req/s: %.2fx  goal >= 0.9x%s\n",
        $on, $off, $off > 0 ? $on / $off : 0, $ok ? '' : '  FAIL');
} else {
    echo "PDO SELECT 1 per request: needs wrk (apt-get install -y wrk)\n";
}
posix_kill($slowPid, SIGINT);
pcntl_waitpid($slowPid, $status);
hooks_stop($redis);
hooks_stop($db);
exit($failed ? 1 : 0);
