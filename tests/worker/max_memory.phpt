--TEST--
Worker::$maxMemory: a worker whose resident memory grows past it exits gracefully (after answering) and is replaced, with a log line
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
// the limit: what this process holds now (valgrind and sanitizers hold more) plus 64 MB
$rss = (int) explode(' ', file_get_contents('/proc/self/statm'))[1] * 4096;
WServer\Worker::$maxMemory = $rss + (64 << 20);
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = function ($c, $d) {
    if ($d === 'grow') {
        $GLOBALS['hog'] = str_repeat('x', 160 << 20);
    }
    $c->send((string) getmypid()); // text:// ends it with "\n"
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $c = wserver_test_connect($port);
    fwrite($c, "who\n");
    $first = (int) wserver_test_line($c);
    fwrite($c, "grow\n");
    echo 'answered before leaving: ', json_encode((int) wserver_test_line($c) === $first), "\n";
    echo 'exited: ', json_encode(wserver_test_wait(fn () => !posix_kill($first, 0), 15)), "\n";
    wserver_test_wait(fn () => wserver_test_port_open($port));
    $d = wserver_test_connect($port);
    fwrite($d, "who\n");
    $second = (int) wserver_test_line($d);
    echo 'replaced: ', json_encode($second > 0 && $second !== $first), "\n";
    echo preg_match("~worker pid $first: \\d+ MB resident, over maxMemory \\(\\d+ MB\\): exiting gracefully~", file_get_contents("$dir/app.log")) ? "logged\n" : file_get_contents("$dir/app.log");
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
answered before leaving: true
exited: true
replaced: true
logged
