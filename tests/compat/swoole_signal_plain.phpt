--TEST--
wserver.aliases=swoole: with swoole_async_set(['enable_coroutine' => false]) a Process::signal() handler runs outside any coroutine, so exit() in it ends the script with its status; Coroutine::stats() counts the handlers (signal_listener_num), which an exit_condition may read
--EXTENSIONS--
wserver
pcntl
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
file_put_contents("$dir/signal.php", <<<'PHP'
<?php
swoole_async_set(['enable_coroutine' => false]);
Swoole\Coroutine::set(['exit_condition' => fn () => Swoole\Coroutine::stats()['signal_listener_num'] === 0]);
var_dump(Swoole\Coroutine::stats()['signal_listener_num']);
Swoole\Process::signal(SIGUSR1, function () {});
Swoole\Process::signal(SIGTERM, function (int $signo) {
    echo "SIGTERM in coroutine ", Swoole\Coroutine::getCid(), ", handlers ", Swoole\Coroutine::stats()['signal_listener_num'], "\n";
    Swoole\Process::signal(SIGTERM, null);
    Swoole\Process::signal(SIGUSR1, null);
    exit(123);
});
file_put_contents(__DIR__ . '/armed', '1');
PHP);
$php = wserver_test_php() . ' -d wserver.aliases=swoole -d display_errors=1 -d log_errors=0 ';
$p = proc_open('exec ' . $php . escapeshellarg("$dir/signal.php"), [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
wserver_test_wait(fn () => file_exists("$dir/armed"));
usleep(100000);
proc_terminate($p, SIGTERM);
echo stream_get_contents($pipes[1]);
for ($i = 0; $i < 100 && ($s = proc_get_status($p))['running']; $i++) {
    usleep(50000);
}
echo "exit code ", $s['exitcode'], "\n";
proc_close($p);
wserver_test_rmdir($dir);
?>
--EXPECT--
int(0)
SIGTERM in coroutine -1, handlers 2
exit code 123
