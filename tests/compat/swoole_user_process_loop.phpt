--TEST--
wserver.aliases=swoole: a user process (addProcess()) whose callback returns lives on while it has a timer, a coroutine or an Event watcher, as Swoole's whose loop runs on; once nothing is left it ends, and the manager starts a new one at once however soon it ended
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
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('receive', function () {});
\$s->addProcess(new Swoole\Process(function () {
    \$log = fn (\$w) => file_put_contents('$dir/events', \$w . "\\n", FILE_APPEND);
    \$log('run');
    \$n = 0;
    Swoole\Timer::tick(30, function (\$id) use (&\$n, \$log) {
        \$log('tick ' . ++\$n);
        if (\$n === 3) {
            Swoole\Timer::clear(\$id);
        }
    });
    go(function () use (\$log) {
        Co::sleep(0.2);
        \$log('coroutine done');
    });
}));
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    // three runs of the process: each ends after its coroutine, the next starts at once
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/events") ?: '', 'run') >= 3, 10);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
$events = explode("\n", file_get_contents("$dir/events"));
echo implode("\n", array_slice($events, 0, 11)), "\n";
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
run
tick 1
tick 2
tick 3
coroutine done
run
tick 1
tick 2
tick 3
coroutine done
run
