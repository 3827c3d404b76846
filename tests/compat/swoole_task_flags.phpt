--TEST--
wserver.aliases=swoole: a Task's $flags say how it was sent, as Swoole's (NONBLOCK, SERIALIZE for a non-string, CALLBACK, COROUTINE for taskwait(), NOREPLY from a user process, whose finish() is false); each process numbers its tasks from 0
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
\$s->set(['worker_num' => 1, 'task_worker_num' => 1, 'task_enable_coroutine' => true, 'log_file' => '$dir/app.log']);
\$note = fn (string \$line) => file_put_contents('$dir/result', "\$line\\n", FILE_APPEND | LOCK_EX);
\$s->addProcess(new Swoole\Process(function () use (\$s, \$note) {
    \$note('user process task id ' . \$s->task('from-user'));
    while (true) {
        sleep(1);
    }
}));
\$s->on('workerStart', function (\$s, \$id) use (\$note) {
    if (\$s->taskworker) {
        return;
    }
    \$note('worker task ids ' . \$s->task('plain') . ' ' . \$s->task(['an array']) . ' ' . \$s->task('with callback', -1, fn () => null));
    \$s->taskwait('waited', 5);
});
\$s->on('task', function (\$s, Swoole\Server\Task \$t) use (\$note) {
    \$f = [];
    foreach (['SERIALIZE', 'NONBLOCK', 'CALLBACK', 'COROUTINE', 'NOREPLY'] as \$name) {
        if (\$t->flags & constant("SWOOLE_TASK_\$name")) {
            \$f[] = \$name;
        }
    }
    \$finished = \$t->finish('ok');
    \$note(json_encode(\$t->data) . ': ' . implode('|', \$f) . ' finish ' . json_encode(\$finished));
});
\$s->on('receive', function () {});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    $lines = fn () => file_exists("$dir/result") ? file("$dir/result", FILE_IGNORE_NEW_LINES) : [];
    if (!wserver_test_wait(fn () => count($lines()) >= 7, 20)) {
        echo "not all tasks ran\n", file_get_contents("$dir/out.log");
    }
    $got = $lines();
    sort($got);
    echo implode("\n", $got), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
"from-user": NONBLOCK|NOREPLY finish false
"plain": NONBLOCK finish true
"waited": NONBLOCK|COROUTINE finish true
"with callback": NONBLOCK|CALLBACK finish true
["an array"]: SERIALIZE|NONBLOCK finish true
user process task id 0
worker task ids 0 1 2
