--TEST--
wserver.aliases=swoole: task_max_request replaces a task worker after that many tasks; the tasks sent meanwhile wait for its successor, none lost, as Swoole's
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
\$s->set(['worker_num' => 1, 'task_worker_num' => 1, 'task_max_request' => 5, 'log_file' => '$dir/app.log']);
\$s->on('workerStart', function (\$s) {
    if (\$s->taskworker) {
        file_put_contents('$dir/starts', getmypid() . "\\n", FILE_APPEND | LOCK_EX);
        return;
    }
    for (\$i = 0; \$i < 20; \$i++) {
        \$s->task(\$i);
    }
});
\$s->on('task', function (\$s, \$id, \$from, \$data) {
    file_put_contents('$dir/tasks', getmypid() . " \$data\\n", FILE_APPEND | LOCK_EX);
});
\$s->on('receive', function () {});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
$lines = fn (string $f) => file_exists("$dir/$f") ? file("$dir/$f", FILE_IGNORE_NEW_LINES) : [];
try {
    $done = wserver_test_wait(fn () => count($lines('tasks')) === 20 && count($lines('starts')) === 5, 20);
    $per_process = [];
    $order = [];
    foreach ($lines('tasks') as $line) {
        [$p, $n] = explode(' ', $line);
        $per_process[$p] = ($per_process[$p] ?? 0) + 1;
        $order[] = (int) $n;
    }
    echo 'tasks run: ', count($order), ', in order: ', json_encode($order === range(0, 19)), "\n";
    echo 'tasks per task worker process: ', implode(' ', $per_process), "\n";
    echo 'task worker processes started: ', count($lines('starts')), $done ? '' : ' (not all yet)', "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
tasks run: 20, in order: true
tasks per task worker process: 5 5 5 5
task worker processes started: 5
