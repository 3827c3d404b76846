--TEST--
wserver.aliases=swoole: a user process (Server::addProcess()) whose callback starts coroutines and returns ends only once they ended, as Swoole's runs its loop on (was: it exited at once, its coroutines cut short)
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 1, 'pid_file' => '$dir/app.pid', 'log_file' => '$dir/app.log']);
\$s->addProcess(new Swoole\Process(function () {
    for (\$i = 0; \$i < 3; \$i++) {
        go(function () use (\$i) {
            Co::sleep(0.1 * (\$i + 1));
            go(function () use (\$i) {   // started late, by a coroutine of the callback
                Co::sleep(0.1);
                file_put_contents('$dir/done', "coroutine \$i done\\n", FILE_APPEND);
            });
        });
    }
}));
\$s->on('receive', function () {});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/done") ?: '', "\n") >= 3, 10);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
$lines = array_unique(file("$dir/done", FILE_IGNORE_NEW_LINES));
sort($lines);
echo implode("\n", $lines), "\n";
echo "cut short: ", substr_count(file_get_contents("$dir/app.log"), 'is suspended at'), "\n";
wserver_test_cleanup($dir);
?>
--EXPECT--
coroutine 0 done
coroutine 1 done
coroutine 2 done
cut short: 0
