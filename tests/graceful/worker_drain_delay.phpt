--TEST--
Graceful stop (Worker): with Worker::$drainDelay, stop -g leaves the workers accepting and serving for that long with getGracefulStop() true (a health check answers 503 on new connections), then they drain and the server stops
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
$slow = getenv('WSERVER_TEST_VALGRIND') ? 4 : 1; // valgrind: every request takes long
wserver_test_app($dir, $port, str_replace('{SLOW}', (string) $slow, <<<'PHP'
WServer\Worker::$stopTimeout = 6 * {SLOW};
WServer\Worker::$drainDelay = 1.5 * {SLOW};
$w = new WServer\Worker('http://127.0.0.1:{PORT}');
$w->count = 2;
$w->onMessage = function ($c, $req) {
    $draining = WServer\Worker::getGracefulStop();
    $c->send(new WServer\Protocols\Http\Response($draining ? 503 : 200, [], $draining ? 'draining' : 'ok'));
};
WServer\Worker::runAll();
PHP));
$proc = wserver_test_cli_start($dir);
$stop = null;
try {
    wserver_test_wait(fn () => wserver_test_port_open($port), 10 * $slow);
    $get = function () use ($port) {
        $c = @stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 0.5);
        if (!$c) {
            return 'refused';
        }
        fwrite($c, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        $r = wserver_test_http_read($c, 1.0 * $GLOBALS['slow']);
        fclose($c);
        return $r ? $r[0] . ' ' . $r[2] : 'no answer';
    };
    echo "before: ", $get(), "\n";
    $master = wserver_test_master_pid($dir);
    $stop = proc_open(wserver_test_php() . ' ' . escapeshellarg("$dir/app.php") . ' stop -g', [1 => ['file', "$dir/stop.log", 'a'], 2 => ['file', "$dir/stop.log", 'a']], $pipes);
    $seen = [];
    $end = microtime(true) + 10 * $slow;
    while (microtime(true) < $end) {
        $r = $get();
        if (end($seen) !== $r) {
            $seen[] = $r;
        }
        if (!wserver_test_alive($master)) {
            break;
        }
        usleep(50000);
    }
    // 200 until the signal reaches the workers, 503 while they announce the stop, then no answer
    $seen = array_values(array_filter($seen, fn ($r) => $r !== '200 ok'));
    echo "during stop -g: ", $seen[0] ?? 'nothing', "\n";
    echo "then: ", count(array_filter(array_slice($seen, 1), fn ($r) => str_starts_with($r, '503'))) === 0 && isset($seen[1]) ? 'no longer served' : json_encode($seen), "\n";
    wserver_test_wait(fn () => !proc_get_status($stop)['running'], 10 * $slow);
    echo "stop -g returned\n";
    $log = (string) @file_get_contents("$dir/app.log");
    echo "ran out of time: ", str_contains($log, 'stopped after') ? 'yes' : 'no', "\n";
} finally {
    if ($stop) {
        proc_close($stop);
    }
    wserver_test_cleanup($dir);
    proc_close($proc);
}
?>
--EXPECT--
before: 200 ok
during stop -g: 503 draining
then: no longer served
stop -g returned
ran out of time: no
