--TEST--
Lifecycle: reload and reload -g replace workers one at a time while clients keep being served; an in-flight slow request is answered; a second reload during one is merged
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
WServer\Worker::$stopTimeout = 5;
$ev = fn ($e) => file_put_contents(__DIR__ . '/events', sprintf("%.6f %s\n", microtime(true), $e), FILE_APPEND);
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 3;
$w->onWorkerStart = fn ($w) => $ev("start {$w->id} " . getmypid());
$w->onWorkerStop = fn ($w) => $ev("stop {$w->id} " . getmypid());
$w->onMessage = function ($c, $d) {
    if ($d === 'slow') {
        WServer\Coroutine::sleep(1);
    }
    $c->send("ok $d");
};
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/events"), 'start') === 3);
    foreach (['reload', 'reload -g'] as $cmd) {
        file_put_contents("$dir/events", '');
        $slow = wserver_test_connect($port);
        fwrite($slow, "slow\n");
        usleep(100000);
        // clients keep coming during the whole reload, each must be answered
        $pid = pcntl_fork();
        if ($pid === 0) {
            $ok = $bad = 0;
            $end = microtime(true) + 2.5;
            while (microtime(true) < $end) {
                $c = @stream_socket_client("tcp://127.0.0.1:$port", $e1, $e2, 2);
                if (!$c) { $bad++; continue; }
                fwrite($c, "q\n");
                stream_set_timeout($c, 3);
                trim((string) fgets($c)) === 'ok q' ? $ok++ : $bad++;
                fclose($c);
            }
            file_put_contents("$dir/traffic", "$ok $bad");
            exit(0);
        }
        [$code, $out] = wserver_test_cli($dir, $cmd);
        if ($cmd === 'reload') {
            // asked again while the first one runs: merged into it
            wserver_test_cli($dir, 'reload');
        }
        echo "$cmd: $code\n";
        echo 'slow request answered: ', trim(wserver_test_line($slow, 3)) === 'ok slow' ? 'yes' : 'no', "\n";
        pcntl_waitpid($pid, $st);
        [$ok, $bad] = explode(' ', file_get_contents("$dir/traffic"));
        echo 'served during reload: ', $ok > 10 ? 'yes' : "no ($ok)", ", failed: $bad\n";
        // one at a time: a worker is asked to stop only once the previous replacement started
        $lines = file("$dir/events", FILE_IGNORE_NEW_LINES);
        $stopping = 0;
        $max = 0;
        foreach ($lines as $l) {
            [, $what] = explode(' ', $l);
            $stopping += $what === 'stop' ? 1 : -1;
            $max = max($max, $stopping);
        }
        $stops = count(preg_grep('/ stop /', $lines));
        echo "at most one worker replaced at a time: ", $max <= 1 ? 'yes' : 'no', "\n";
        echo 'every worker replaced: ', $stops >= 3 ? 'yes' : "no ($stops)", "\n";
    }
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
reload: 0
slow request answered: yes
served during reload: yes, failed: 0
at most one worker replaced at a time: yes
every worker replaced: yes
reload -g: 0
slow request answered: yes
served during reload: yes, failed: 0
at most one worker replaced at a time: yes
every worker replaced: yes
