--TEST--
wserver.aliases=swoole: with task_enable_coroutine, Server::finish() in the task callback is Swoole's fatal error naming Task->finish (the task worker ends); Task->finish() answers as before
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
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'task_worker_num' => 1, 'task_enable_coroutine' => true, 'log_file' => '$dir/app.log']);
\$s->on('receive', function () {});
\$s->on('workerStart', function (\$s, \$wid) {
    if (\$wid === 0) {
        var_dump(\$s->taskCo(['good'], 2));
        \$s->task('bad');
    }
});
\$s->on('task', function (\$s, Swoole\Server\Task \$task) {
    if (\$task->data === 'good') {
        \$task->finish('fine');
        return;
    }
    \$s->finish('bar');
    echo "never here\\n";
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/out.log"), 'Fatal error'), 15);
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo implode('', preg_grep('/Fatal|fine|never/', file("$dir/out.log")));
wserver_test_cleanup($dir);
?>
--EXPECTF--
%Astring(4) "fine"
%sFatal error:  Swoole\Server::finish(): please use Swoole\Server\Task->finish instead when task_enable_coroutine is enable in %s on line %d
