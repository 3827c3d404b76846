--TEST--
wserver.aliases=swoole: a user process (addProcess()) may handle SIGTERM itself with Process::signal() (in a worker it is the server's own); Event::exit() in it ends the process once the running callback returns, and the manager starts a new one
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
    \$log('run ' . getmypid());
    var_dump(Swoole\Process::signal(SIGTERM, function (\$sig) use (\$log) {
        \$log("signal \$sig");
        Swoole\Event::exit();
        \$log('after Event::exit()');
    }));
    Swoole\Timer::after(60000, fn () => \$log('too late'));
}));
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
$events = fn () => @file_get_contents("$dir/events") ?: '';
try {
    wserver_test_wait(fn () => str_contains($events(), 'run'), 10);
    preg_match('/run (\d+)/', $events(), $m);
    posix_kill((int) $m[1], SIGTERM);
    wserver_test_wait(fn () => substr_count($events(), 'run') >= 2, 5);
    echo "first one gone: ", json_encode(wserver_test_wait(fn () => !posix_kill((int) $m[1], 0), 5)), "\n";
    echo preg_replace('/run \d+/', 'run', $events());
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
first one gone: true
run
signal 15
after Event::exit()
run
bool(true)
bool(true)
