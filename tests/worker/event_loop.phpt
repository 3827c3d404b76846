--TEST--
Worker: getEventLoop() and $globalEvent, Workerman's EventInterface on the worker's loop: streams, a Socket, signals, timers, the error handler
--EXTENSIONS--
wserver
pcntl
posix
sockets
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $ev = fn (string $e) => file_put_contents("$dir/events", "$e\n", FILE_APPEND);
    WServer\Worker::$eventLoopClass = 'Workerman\Events\Select'; // kept; the loop is ours
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->eventLoop = 'Workerman\Events\Ev';
    $w->onWorkerStart = function ($w) use ($ev) {
        $loop = WServer\Worker::getEventLoop();
        $ev('globalEvent ' . (WServer\Worker::$globalEvent === $loop ? 'is' : 'is not') . ' getEventLoop(), '
            . ($loop instanceof WServer\Events\EventInterface ? 'an' : 'not an') . ' EventInterface, classes '
            . WServer\Worker::$eventLoopClass . ' ' . $w->eventLoop);
        // a socket pair: readable and writable watchers
        [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
        stream_set_blocking($a, false);
        $GLOBALS['pair'] = [$a, $b];
        $loop->onReadable($a, function ($s) use ($loop, $ev, $a) {
            $data = fread($s, 100);
            $ev('readable: ' . $data . ($s === $a ? ' (the same stream)' : ''));
            if (str_contains($data, 'last')) {
                $ev('offReadable ' . var_export($loop->offReadable($s), true));
            }
        });
        $loop->onWritable($b, function ($s) use ($loop, $ev) {
            fwrite($s, 'first');
            $ev('writable, offWritable ' . var_export($loop->offWritable($s), true));
            $loop->delay(0.1, fn ($x) => fwrite($s, $x), ['last']);
        });
        // a Socket of ext/sockets
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
        $GLOBALS['sockets'] = $pair;
        $loop->onReadable($pair[0], function (Socket $s) use ($loop, $ev) {
            $ev('socket readable: ' . socket_read($s, 100) . ', off ' . var_export($loop->offReadable($s), true));
        });
        socket_write($pair[1], 'ping');
        // a signal that is no control signal
        $loop->onSignal(SIGWINCH, fn (int $sig) => $ev('signal ' . ($sig === SIGWINCH ? 'SIGWINCH' : $sig)));
        // timers: those of Timer, with the loop's error handler
        $n = 0;
        $id = $loop->repeat(0.05, function () use (&$n, &$id, $loop, $ev) {
            if (++$n === 2) {
                $ev('offRepeat ' . var_export($loop->offRepeat($id), true) . ', again ' . var_export($loop->offRepeat($id), true));
            }
        });
        $loop->setErrorHandler(fn (Throwable $e) => $ev('error handler: ' . $e->getMessage()));
        $loop->delay(0.02, function () {
            throw new RuntimeException('thrown in a delay');
        });
        $gone = $loop->delay(5, fn () => 1);
        $ev('timers ' . $loop->getTimerCount() . ', offDelay ' . var_export($loop->offDelay($gone), true) . ', timers ' . $loop->getTimerCount()
            . ', ' . (new WServer\Events\Loop())->getTimerCount() . ' through a new Loop');
        try {
            $loop->run();
        } catch (WServer\Exception $e) {
            $ev('run: ' . $e->getMessage());
        }
        try {
            $loop->onReadable('nope', fn () => 1);
        } catch (TypeError $e) {
            $ev($e->getMessage());
        }
        try {
            $loop->onSignal(SIGKILL, fn () => 1);
        } catch (ValueError $e) {
            $ev($e->getMessage());
        }
    };
    $w->onMessage = fn ($c, $d) => $c->send((string) getmypid());
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    fwrite($c, "pid\n");
    $pid = (int) wserver_test_line($c);
    $seen = fn (string ...$marks) => !array_diff($marks, array_filter($marks, fn ($m) => str_contains((string) @file_get_contents("$dir/events"), $m)));
    wserver_test_wait(fn () => $seen('offRepeat', 'offReadable', 'socket readable', 'error handler'), 10);
    posix_kill($pid, SIGWINCH);
    wserver_test_wait(fn () => $seen('signal SIG'), 10);
    $events = file("$dir/events", FILE_IGNORE_NEW_LINES);
    echo implode("\n", array_slice($events, 0, 5)), "\n--\n";
    $rest = array_slice($events, 5);
    sort($rest); // the order of callbacks in the same loop round is not part of the API
    echo implode("\n", $rest), "\n";
});
?>
--EXPECT--
globalEvent is getEventLoop(), an EventInterface, classes Workerman\Events\Select Workerman\Events\Ev
timers 3, offDelay true, timers 2, 2 through a new Loop
run: WServer\Events\Loop::run(): the loop is the one the worker runs already; use it from onWorkerStart or later
WServer\Events\Loop::onReadable(): Argument #1 ($stream) must be an open stream or Socket with a descriptor, string given
WServer\Events\Loop::onSignal(): Argument #1 ($signal) must be a signal number that can be caught
--
error handler: thrown in a delay
offReadable true
offRepeat true, again false
readable: first (the same stream)
readable: last (the same stream)
signal SIGWINCH
socket readable: ping, off true
writable, offWritable true
