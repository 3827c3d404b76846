--TEST--
Hooks: one worker, 20 concurrent HTTP requests each blocked in phpredis BLPOP (over TCP and a unix socket) at once; each reply matches its request; a BLPOP with nothing pushed ends at its 1 s timeout
--EXTENSIONS--
wserver
pcntl
posix
redis
--SKIPIF--
<?php
if (trim((string) shell_exec('command -v redis-server')) === '') die('skip redis-server is not installed (apt-get install -y redis-server)');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/services.inc';

$redis = hooks_redis_start();
try {
    wserver_test_run(function (int $port) use ($redis) {
        WServer\Runtime::enableCoroutine();
        $w = new WServer\Worker("http://127.0.0.1:$port");
        $w->count = 1;
        $w->onMessage = function ($c, $req) use ($redis) {
            $id = (int) $req->get('id');
            $r = new Redis();
            $id % 2 ? $r->connect($redis['sock']) : $r->connect('127.0.0.1', $redis['port']);
            $v = $r->blPop(["q$id"], 1);
            $c->send("id=$id pid=" . getmypid() . ' got=' . json_encode($v));
        };
        WServer\Worker::runAll();
    }, function (int $port) use ($redis) {
        $r = new Redis();
        $r->connect('127.0.0.1', $redis['port']);
        $conns = [];
        for ($id = 0; $id < 20; $id++) {
            $conns[$id] = hooks_request($port, "/?id=$id");
        }
        $blocked = fn () => (int) $r->info('clients')['blocked_clients'];
        wserver_test_wait(fn () => $blocked() === 20, 10);
        echo 'BLPOP blocked at once: ', $blocked(), "\n";
        for ($id = 19; $id >= 0; $id--) {
            $r->rPush("q$id", "v$id");
        }
        $pids = [];
        $matched = 0;
        foreach ($conns as $id => $c) {
            $body = hooks_reply($c);
            preg_match('/^id=(\d+) pid=(\d+) got=(.*)$/', $body, $m) or exit("bad reply: $body\n");
            $pids[$m[2]] = true;
            $matched += (int) ($m[1] == $id && $m[3] === json_encode(["q$id", "v$id"]));
        }
        echo "replies matched to their request: $matched of 20, from ", count($pids), " worker\n";
        echo 'with nothing pushed, the 1 s timeout: ', hooks_reply(hooks_request($port, '/?id=99')) === 'id=99 pid=' . array_key_first($pids) . ' got=[]' ? 'empty reply' : 'wrong', "\n";
    });
} finally {
    hooks_stop($redis);
}
?>
--EXPECT--
BLPOP blocked at once: 20
replies matched to their request: 20 of 20, from 1 worker
with nothing pushed, the 1 s timeout: empty reply
