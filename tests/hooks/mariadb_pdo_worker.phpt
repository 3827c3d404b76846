--TEST--
Hooks: one worker, 10 concurrent HTTP requests each run PDO MySQL queries against a real MariaDB: all 10 wait inside the server at once (a lock held by the test), then SELECT SLEEP(0.2) in all of them overlaps, each reply matched to its request; prepared statements, a 10 MB result, a transaction; the server killed mid-query is a PDOException and the worker serves on
--EXTENSIONS--
wserver
pcntl
posix
pdo_mysql
--SKIPIF--
<?php
foreach (['mariadbd', 'mariadb-install-db'] as $bin) {
    if (trim((string) shell_exec("command -v $bin")) === '') die("skip $bin is not installed (apt-get install -y mariadb-server)");
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/services.inc';

$db = hooks_mariadb_start();
try {
    wserver_test_run(function (int $port, string $dir) use ($db) {
        WServer\Runtime::enableCoroutine();
        $w = new WServer\Worker("http://127.0.0.1:$port");
        $w->count = 1;
        $inflight = $most = 0;
        $slept = [];
        $w->onMessage = function ($c, $req) use ($db, &$inflight, &$most, &$slept) {
            if ($req->path() === '/ping') {
                $c->send('pong');
                return;
            }
            if ($req->path() !== '/') {
                try {
                    $pdo = new PDO("mysql:host=127.0.0.1;port={$db['port']}", 'root', '');
                    $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
                    if ($req->path() === '/big') {
                        // a prepared statement and a 10 MB result; a transaction rolled back
                        $st = $pdo->prepare('SELECT REPEAT(?, ?)');
                        $st->execute(['ab', 5 * 1024 * 1024]);
                        $big = $st->fetchColumn();
                        $pdo->exec('CREATE DATABASE IF NOT EXISTS t');
                        $pdo->exec('CREATE TABLE IF NOT EXISTS t.n (v INT) ENGINE=InnoDB');
                        $pdo->beginTransaction();
                        $pdo->exec('INSERT INTO t.n VALUES (1), (2)');
                        $inside = $pdo->query('SELECT COUNT(*) FROM t.n')->fetchColumn();
                        $pdo->rollBack();
                        $after = $pdo->query('SELECT COUNT(*) FROM t.n')->fetchColumn();
                        $c->send('big: ' . strlen($big) . ' bytes, right=' . var_export($big === str_repeat('ab', 5 * 1024 * 1024), true) . ", rows in the transaction $inside, after rollback $after");
                    } else {
                        $pdo->query('SELECT SLEEP(30)');
                        $c->send('the query ended');
                    }
                } catch (PDOException $e) {
                    $c->send('PDOException: ' . $e->getMessage());
                }
                return;
            }
            $id = (int) $req->get('id');
            $inflight++;
            $most = max($most, $inflight);
            $pdo = $id % 2
                ? new PDO("mysql:unix_socket={$db['sock']}", 'root', '')
                : new PDO("mysql:host=127.0.0.1;port={$db['port']}", 'root', '', [PDO::ATTR_TIMEOUT => 10]);
            $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
            // wait for the lock the test holds, give it back at once
            $got = $pdo->query("SELECT GET_LOCK('gate', 20)")->fetchColumn();
            $pdo->query("SELECT RELEASE_LOCK('gate')");
            $start = microtime(true);
            $row = $pdo->query("SELECT SLEEP(0.2) AS s, $id AS id")->fetch(PDO::FETCH_ASSOC);
            $slept[$id] = [$start, microtime(true)];
            $inflight--;
            $c->send("id=$id row_id={$row['id']} lock=$got most_at_once=$most");
        };
        $w->onWorkerStart = function () use (&$slept, $dir) {
            // PHP inside the server: the SLEEP(0.2) of all requests overlapped when their
            // wall time is well under the sum of their durations
            WServer\Timer::add(0.05, function () use (&$slept, $dir) {
                if (count($slept) === 10) {
                    $sum = array_sum(array_map(fn ($s) => $s[1] - $s[0], $slept));
                    $wall = max(array_column($slept, 1)) - min(array_column($slept, 0));
                    file_put_contents("$dir/overlap", var_export($wall < 0.5 * $sum, true));
                    $slept = [];
                }
            });
        };
        WServer\Worker::runAll();
    }, function (int $port, string $dir, int $master) use ($db) {
        $pdo = new PDO("mysql:host=127.0.0.1;port={$db['port']}", 'root', '');
        echo 'the test holds the lock: ', $pdo->query("SELECT GET_LOCK('gate', 5)")->fetchColumn(), "\n";
        $conns = [];
        for ($id = 0; $id < 10; $id++) {
            $conns[$id] = hooks_request($port, "/?id=$id");
        }
        $waiting = fn () => (int) $pdo->query("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT GET_LOCK(''gate'', 20)'")->fetchColumn();
        wserver_test_wait(fn () => $waiting() === 10, 15);
        echo 'queries of the one worker waiting in MariaDB at once: ', $waiting(), "\n";
        $pdo->query("SELECT RELEASE_LOCK('gate')");
        $matched = 0;
        $most = 0;
        foreach ($conns as $id => $c) {
            $body = hooks_reply($c);
            preg_match('/^id=(\d+) row_id=(\d+) lock=1 most_at_once=(\d+)$/', $body, $m) or exit("bad reply: $body\n");
            $matched += (int) ($m[1] == $id && $m[2] == $id);
            $most = max($most, (int) $m[3]);
        }
        echo "replies matched to their request: $matched of 10\n";
        echo "requests in their handler at once: $most\n";
        wserver_test_wait(fn () => file_exists("$dir/overlap"), 5);
        echo 'SLEEP(0.2) overlapped: ', @file_get_contents("$dir/overlap") ?: 'unknown', "\n";
        echo hooks_reply(hooks_request($port, '/big'), 30), "\n";

        echo "-- the server is killed during a query\n";
        $gone = hooks_request($port, '/gone');
        wserver_test_wait(fn () => (int) $pdo->query("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO = 'SELECT SLEEP(30)'")->fetchColumn() === 1, 10);
        posix_kill($db['pid'], SIGKILL);
        echo hooks_reply($gone), "\n";
        echo 'the worker serves on: ', hooks_reply(hooks_request($port, '/ping')), "\n";
    });
} finally {
    hooks_stop($db);
}
?>
--EXPECTF--
the test holds the lock: 1
queries of the one worker waiting in MariaDB at once: 10
replies matched to their request: 10 of 10
requests in their handler at once: 10
SLEEP(0.2) overlapped: true
big: 10485760 bytes, right=true, rows in the transaction 2, after rollback 0
-- the server is killed during a query
PDOException: SQLSTATE[HY000]: General error: %r(2006|2013)%r %s
the worker serves on: pong
