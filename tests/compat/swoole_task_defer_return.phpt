--TEST--
wserver.aliases=swoole: with task_enable_coroutine the task callback is the coroutine, as in Swoole: its defer()s get what it returned (even a Task, which cannot be serialized) and finish() from there answers; the returned value is no result itself. With task_use_object alone a returned value is the result, as before
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
foreach (['task_enable_coroutine', 'task_use_object'] as $option) {
    $port = wserver_test_free_port();
    file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'task_worker_num' => 1, '$option' => true, 'log_file' => '$dir/app.log']);
\$s->on('receive', function () {});
\$s->on('workerStart', function (\$s, \$wid) {
    if (\$wid !== 0) {
        return;
    }
    if ('$option' === 'task_use_object') {
        echo "taskwait: ", json_encode(\$s->taskwait('plain', 5)), "\\n";
        echo "done\\n";
        return;
    }
    \$s->task('defer', -1, function (\$s, \$id, \$data) {
        echo "finish callback: ", json_encode(\$data), "\\n";
        echo "taskwait: ", json_encode(@\$s->taskwait('plain', 0.5)), "\\n";
        echo "done\\n";
    });
});
\$s->on('task', function (\$s, Swoole\Server\Task \$task) {
    if (\$task->data === 'defer') {
        defer(function (\$returned) {
            echo "defer got: ", is_array(\$returned) ? get_class(\$returned[0]) . ', ' . \$returned[1] : json_encode(\$returned), "\\n";
            if (is_array(\$returned)) {
                \$returned[0]->finish(\$returned[1]);
            }
        });
        Co::sleep(0.01);
        return [\$task, 'from the defer'];
    }
    return 'returned';
});
\$s->start();
PHP);
    echo "-- $option\n";
    $proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/$option.out 2>&1", [], $pipes);
    try {
        wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/$option.out"), 'done'), 15);
    } finally {
        posix_kill(proc_get_status($proc)['pid'], SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
        proc_close($proc);
    }
    echo file_get_contents("$dir/$option.out");
    echo 'uncaught in the log: ', substr_count(file_get_contents("$dir/app.log"), 'Uncaught'), "\n";
    unlink("$dir/app.log");
}
wserver_test_cleanup($dir);
?>
--EXPECT--
-- task_enable_coroutine
defer got: Swoole\Server\Task, from the defer
finish callback: "from the defer"
taskwait: false
done
uncaught in the log: 0
-- task_use_object
taskwait: "returned"
done
uncaught in the log: 0
