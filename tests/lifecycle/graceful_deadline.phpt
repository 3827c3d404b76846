--TEST--
Lifecycle: stop -g ends within stopTimeout even with a callback that never finishes; the log says what was pending. A fatal error ends only its worker, logged.
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
wserver_test_app($dir, $port, <<<'PHP'
WServer\Worker::$stopTimeout = 1;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->name = 'sleepy';
$w->onWorkerStart = fn () => WServer\Timer::add(30, fn () => null);
$w->onMessage = function ($c, $d) {
    if ($d === 'fatal') {
        trigger_error('a fatal error in a callback', E_USER_ERROR);
    }
    $c->send("started $d\n");
    WServer\Coroutine::sleep(60);
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $f = wserver_test_connect($port);
    fwrite($f, "fatal\n");
    var_dump(wserver_test_closed($f));
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/app.log"), 'exit status 255'));
    $c = wserver_test_connect($port);
    fwrite($c, "x\n");
    echo wserver_test_line($c);
    $t = microtime(true);
    [$code] = wserver_test_cli($dir, 'stop -g');
    $took = microtime(true) - $t;
    echo "stop -g: $code, within the deadline: ", $took < 3 ? 'yes' : "no ($took)", "\n";
    foreach (file("$dir/app.log") as $line) {
        if (preg_match('~(PHP Fatal error in worker: .*) in /|(exited with exit status 255)|(did not stop within .*)$~', $line, $m)) {
            echo end($m), "\n";
        }
    }
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
bool(true)
started x
stop -g: 0, within the deadline: yes
PHP Fatal error in worker: a fatal error in a callback
exited with exit status 255
did not stop within 1.0 s: killed; pending: 1 connections, 1 suspended coroutines, 1 timers
