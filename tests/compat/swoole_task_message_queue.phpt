--TEST--
wserver.aliases=swoole: with task_ipc_mode 3 and message_queue_key, a task worker runs what another program msg_send()s made by Task::pack() (a big one through its spool file); a foreign message is logged as a bad task packet
--EXTENSIONS--
wserver
pcntl
posix
sysvmsg
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$key = 0x57530000 + $port; /* one queue per test run */
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
use Swoole\Server;
\$s = new Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'task_worker_num' => 1, 'task_ipc_mode' => 3, 'message_queue_key' => $key, 'log_file' => '$dir/app.log']);
\$s->on('workerStart', function (Server \$s, int \$id) {
    if (\$s->taskworker) {
        touch('$dir/ready');
    }
});
\$s->on('receive', function () {});
\$s->on('task', function (Server \$s, \$id, \$from, \$data) {
    \$what = is_string(\$data) ? 'string of ' . strlen(\$data) : json_encode(\$data);
    file_put_contents('$dir/tasks.log', "task \$id from \$from: \$what\\n", FILE_APPEND);
    return 'nobody reads this';
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$q = msg_get_queue($key);
try {
    wserver_test_wait(fn () => file_exists("$dir/ready"), 15);
    var_dump(msg_send($q, 1, 'not a packet', false));
    var_dump(msg_send($q, 1, WServer\Server\Task::pack(['a' => 1]), false));
    var_dump(msg_send($q, 1, WServer\Server\Task::pack(str_repeat('B', 50000)), false));
    var_dump(msg_send($q, 1, WServer\Server\Task::pack('last'), false));
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/tasks.log"), 'string of 4'), 10);
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
    msg_remove_queue($q);
}
echo file_get_contents("$dir/tasks.log");
echo implode('', preg_grep('/bad task packet/', file("$dir/app.log")));
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
task 0 from -1: {"a":1}
task 1 from -1: string of 50000
task 2 from -1: string of 4
%sWARNING%sbad task packet in message queue 0x%x (12 bytes): shorter than its header
