--TEST--
Worker: runAll() calls run() in each worker process, which a subclass overrides (its callbacks set there, then parent::run()); isRunning(), getStatus(), getGracefulStop(), getSocketName(), getMainSocket() and $eventLoopClass before runAll() and inside a worker
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

class RunWorker extends WServer\Worker
{
    public array $before = [];
    public int $runPid = 0;

    public function run(): void
    {
        // as GatewayWorker: the callbacks are installed here, in the worker process
        $this->runPid = getmypid();
        $this->onMessage = function ($c, string $line) {
            $sock = $this->getMainSocket();
            $c->send(json_encode([
                'before' => $this->before,
                'run in this process' => $this->runPid === getmypid(),
                'started' => $this->started ?? false,
                'isRunning' => WServer\Worker::isRunning(),
                'status' => WServer\Worker::getStatus() === WServer\Worker::STATUS_RUNNING,
                'graceful' => WServer\Worker::getGracefulStop(),
                'socketName' => $this->getSocketName(),
                'mainSocket' => is_resource($sock) ? stream_socket_get_name($sock, false) : null,
                'eventLoopClass' => WServer\Worker::$eventLoopClass,
                'getAllWorkers' => array_map(fn ($w) => $w === $this ? 'this' : get_class($w),
                    array_values(WServer\Worker::getAllWorkers())),
                'line' => $line,
            ]));
        };
        parent::run();
    }
}

// a run() that never calls parent::run(): no onWorkerStart, no accepting (as in Workerman)
class SilentWorker extends WServer\Worker
{
    public string $dir = '';

    public function run(): void
    {
        file_put_contents("$this->dir/silent", 'run() ran; ');
    }
}

echo 'outside a worker: ';
try {
    (new WServer\Worker())->run();
} catch (WServer\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

$silentPort = wserver_test_free_port();
wserver_test_run(function (int $port, string $dir) use ($silentPort) {
    $silent = new SilentWorker("text://127.0.0.1:$silentPort");
    $silent->dir = $dir;
    $silent->onWorkerStart = fn () => file_put_contents("$dir/silent", 'onWorkerStart ran', FILE_APPEND);
    $w = new RunWorker("Text://127.0.0.1:$port");
    $w->before = [
        'isRunning' => WServer\Worker::isRunning(),
        'status' => WServer\Worker::getStatus(),
        'graceful' => WServer\Worker::getGracefulStop(),
        'socketName' => $w->getSocketName(),
        'mainSocket' => $w->getMainSocket(),
        'none' => (new WServer\Worker())->getSocketName(),
    ];
    WServer\Worker::$eventLoopClass = 'Not\The\Worker\Own';
    $w->eventLoop = 'WServer\Events\Loop'; // the worker's own wins there, as in Workerman
    $w->onMessage = fn ($c) => $c->send('the onMessage set before run() must not run');
    $w->onWorkerStart = function ($w) {
        $w->started = true;
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    wserver_test_wait(fn () => file_exists("$dir/silent"));
    usleep(100000);
    echo 'a run() without parent::run(): ', @file_get_contents("$dir/silent"), "\n";
    $c = wserver_test_connect($port);
    fwrite($c, "hello\n");
    $r = json_decode(str_replace((string) $port, 'PORT', wserver_test_line($c)), true);
    var_dump($r['before'], $r['run in this process'], $r['started'], $r['isRunning'], $r['status'],
        $r['graceful'], $r['socketName'], $r['mainSocket'] === '127.0.0.1:PORT', $r['eventLoopClass'],
        $r['line'], $r['getAllWorkers']);
});
?>
--EXPECT--
outside a worker: WServer\Exception: Worker::run() runs in a worker process: runAll() calls it there
a run() without parent::run(): run() ran; 
array(6) {
  ["isRunning"]=>
  bool(false)
  ["status"]=>
  int(0)
  ["graceful"]=>
  bool(false)
  ["socketName"]=>
  string(21) "text://127.0.0.1:PORT"
  ["mainSocket"]=>
  NULL
  ["none"]=>
  string(4) "none"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(21) "text://127.0.0.1:PORT"
bool(true)
string(19) "WServer\Events\Loop"
string(5) "hello"
array(1) {
  [0]=>
  string(4) "this"
}
