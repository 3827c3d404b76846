--TEST--
Graceful stop: a large reply still in the send queue of a slow reader is delivered in full before the worker exits
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/graceful.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
wserver_test_app($dir, $port, <<<'PHP'
WServer\Worker::$stopTimeout = 20;
$w = new WServer\Worker('tcp://127.0.0.1:{PORT}');
$w->onMessage = function ($c, $d) {
    $c->maxSendBufferSize = 64 << 20;
    $c->send(str_repeat('x', 32 << 20) . 'end');
    file_put_contents(__DIR__ . '/sent', 'queued ' . $c->getSendBufferQueueSize());
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    $master = wserver_test_master_pid($dir);
    $c = wserver_test_connect($port, 20);
    fwrite($c, 'big');
    wserver_test_wait(fn () => file_exists("$dir/sent"), 10);
    echo 'part of it queued in the worker: ', (int) substr(file_get_contents("$dir/sent"), 7) > 0 ? 'yes' : 'no', "\n";
    // stop -g while most of the reply still waits in the worker's send queue
    $stop = proc_open(wserver_test_php() . ' ' . escapeshellarg("$dir/app.php") . ' stop -g',
        [1 => ['file', "$dir/stop.out", 'w'], 2 => ['file', "$dir/stop.out", 'a']], $pipes);
    usleep(300000);
    $got = 0;
    $tail = '';
    $end = microtime(true) + 30;
    while (microtime(true) < $end && !feof($c)) {
        $chunk = fread($c, 65536);
        if ($chunk === false) {
            break;
        }
        $got += strlen($chunk);
        $tail = substr($tail . $chunk, -3);
        usleep(500); // a slow reader
    }
    echo 'reply complete: ', $got === (32 << 20) + 3 && $tail === 'end' ? 'yes' : "no ($got bytes)", "\n";
    $end = microtime(true) + 20;
    while (($st = proc_get_status($stop))['running'] && microtime(true) < $end) {
        usleep(20000);
    }
    proc_close($stop);
    echo 'stop -g: ', $st['running'] ? 'still running' : $st['exitcode'], "\n";
    echo 'master gone: ', wserver_test_alive($master) ? 'no' : 'yes', "\n";
    echo 'ran out of time: ', str_contains(file_get_contents("$dir/app.log"), 'stopped after') ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
part of it queued in the worker: yes
reply complete: yes
stop -g: 0
master gone: yes
ran out of time: no
