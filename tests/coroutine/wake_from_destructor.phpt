--TEST--
Coroutine in a worker: a wait ended from loop context (a destructor run when a connection is released) resumes without waiting for another event
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

class Guard
{
    public function __construct(private WServer\Coroutine\WaitGroup $wg) {}
    public function __destruct() { $this->wg->done(); }
}

wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->onConnect = function ($c) use ($dir) {
        $wg = new WServer\Coroutine\WaitGroup(1);
        $c->guard = new Guard($wg);   // released with the connection, after onClose
        WServer\go(function () use ($wg, $dir) {
            $ok = $wg->wait();
            file_put_contents("$dir/woken", var_export($ok, true));
        });
    };
    WServer\Worker::runAll();
}, function (int $port, string $dir) {
    $c = wserver_test_connect($port);
    usleep(100000);
    fclose($c);
    $woken = wserver_test_wait(fn () => is_file("$dir/woken"), 0.5);
    echo 'woken within 0.5 s: ', $woken ? file_get_contents("$dir/woken") : 'no', "\n";
});
?>
--EXPECT--
woken within 0.5 s: true
