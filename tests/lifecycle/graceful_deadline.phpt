--TEST--
Lifecycle: stop -g ends within stopTimeout even with a callback that never finishes; the worker ends itself at the deadline and its log line says what was pending (a repeating timer is not). A fatal error ends only its worker, logged.
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
    $most = getenv('WSERVER_TEST_VALGRIND') ? 9 : 3; // the stop command alone takes seconds there
    echo "stop -g: $code, within the deadline: ", $took < $most ? 'yes' : "no ($took)", "\n";
    foreach (file("$dir/app.log") as $line) {
        if (preg_match('~(PHP Fatal error in worker: .*) in /|(exited with exit status 255)|worker \d+ (stopped after .*)$~', $line, $m)) {
            echo preg_replace('~#\d+ 127\.0\.0\.1:\d+~', '#N 127.0.0.1:PORT', end($m)), "\n";
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
stopped after 1 s with 1 connection (#N 127.0.0.1:PORT), 0 timers, 1 coroutine, 0 clients pending
