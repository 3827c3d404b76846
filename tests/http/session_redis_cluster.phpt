--TEST--
HTTP: a session over two requests in a real 3-node Redis Cluster (RedisClusterSessionHandler)
--EXTENSIONS--
wserver
pcntl
posix
redis
--SKIPIF--
<?php
if (trim((string) shell_exec('command -v redis-server')) === '' || trim((string) shell_exec('command -v redis-cli')) === '') {
    die('skip redis-server or redis-cli is not installed (apt-get install -y redis-server)');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\Session;
use WServer\Protocols\Http\Session\RedisClusterSessionHandler;

// a node needs its port and port + 10000 (the cluster bus) free
function cluster_port(array $taken): int
{
    for ($i = 0; $i < 200; $i++) {
        $p = random_int(20000, 40000);
        if (!in_array($p, $taken, true) && wserver_test_port_free($p) && wserver_test_port_free($p + 10000)) {
            return $p;
        }
    }
    exit("no free port pair\n");
}

$rdir = wserver_test_dir();
$ports = $procs = [];
try {
    for ($i = 0; $i < 3; $i++) {
        $ports[] = $p = cluster_port($ports);
        $procs[] = proc_open(['redis-server', '--port', (string) $p, '--bind', '127.0.0.1', '--dir', $rdir,
            '--cluster-enabled', 'yes', '--cluster-config-file', "nodes-$p.conf", '--save', '',
            '--appendonly', 'no'], [1 => ['file', "$rdir/redis.log", 'a'], 2 => ['file', "$rdir/redis.log", 'a']], $pipes);
    }
    foreach ($ports as $p) {
        wserver_test_wait(fn () => wserver_test_port_open($p), 10) or throw new RuntimeException("redis-server did not start");
    }
    $seeds = array_map(fn ($p) => "127.0.0.1:$p", $ports);
    exec('redis-cli --cluster create ' . implode(' ', $seeds) . ' --cluster-replicas 0 --cluster-yes 2>&1', $out, $rc);
    $rc === 0 or throw new RuntimeException("cluster create failed: " . implode("\n", $out));
    wserver_test_wait(function () use ($ports) {
        foreach ($ports as $p) {
            if (!str_contains((string) shell_exec("redis-cli -p $p cluster info 2>/dev/null"), 'cluster_state:ok')) {
                return false;
            }
        }
        return true;
    }, 15) or throw new RuntimeException("the cluster did not come up");

    wserver_test_run(function (int $port) use ($seeds) {
        $w = new WServer\Worker("http://127.0.0.1:$port");
        $w->onWorkerStart = function () use ($seeds) {
            Session::handlerClass(RedisClusterSessionHandler::class, ['host' => $seeds, 'prefix' => 'cl_sess_']);
        };
        $w->onMessage = function ($c, $req) {
            $s = $req->session();
            $s->set('n', $s->get('n', 0) + 1);
            $out = 'n=' . $s->get('n');
            unset($s, $req->context['session']);
            $c->send($out);
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($seeds) {
        $c = wserver_test_connect($port);
        fwrite($c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        [, $h, $body] = wserver_test_http_read($c);
        preg_match('/^PHPSID=([0-9a-f]{32});/', $h['set-cookie'][0] ?? '', $m) or throw new RuntimeException("no cookie");
        echo "first: $body\n";
        fwrite($c, "GET / HTTP/1.1\r\nHost: x\r\nCookie: PHPSID=$m[1]\r\n\r\n");
        [, , $body] = wserver_test_http_read($c);
        echo "second: $body\n";
        $cluster = new RedisCluster(null, $seeds, 2, 2);
        echo 'stored: ', json_encode(unserialize((string) $cluster->get("cl_sess_$m[1]"))), ' ttl ok=', var_export($cluster->ttl("cl_sess_$m[1]") > 0, true), "\n";
    });
} finally {
    foreach ($procs as $proc) {
        $pid = proc_get_status($proc)['pid'];
        posix_kill($pid, SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 5) or posix_kill($pid, SIGKILL);
        proc_close($proc);
    }
    wserver_test_rmdir($rdir);
}
?>
--EXPECT--
first: n=1
second: n=2
stored: {"n":2} ttl ok=true
