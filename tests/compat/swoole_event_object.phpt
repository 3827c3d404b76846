--TEST--
wserver.aliases=swoole: with event_object, connect/receive/close get a Server\Event, packet a Packet, pipeMessage a PipeMessage, task a Task, finish a TaskResult and workerError a StatusInfo (each object survives task() and sendMessage())
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
$uport = wserver_test_free_port();
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
use Swoole\Server;
function note(string \$line) { file_put_contents('$dir/events.log', "\$line\\n", FILE_APPEND); }
\$s = new Server('127.0.0.1', $port, SWOOLE_BASE);
\$udp = \$s->addListener('127.0.0.1', $uport, SWOOLE_SOCK_UDP);
\$s->set(['worker_num' => 2, 'task_worker_num' => 1, 'event_object' => true, 'log_file' => '$dir/app.log']);
\$s->on('workerStart', function (Server \$s, int \$id) {
    if (\$id !== 1) {
        return;
    }
    if (!file_exists('$dir/killed')) {
        touch('$dir/killed');
        posix_kill(getmypid(), SIGKILL); /* once: workerError gets a StatusInfo */
    }
    \$s->sendMessage(new ArrayObject(['hi']), 0);
});
\$s->on('workerError', function (Server \$s, \$info) {
    note(get_class(\$info) . " worker_id=\$info->worker_id signal=\$info->signal exit_code=\$info->exit_code pid=" . (\$info->worker_pid > 0 ? 'yes' : 'no'));
});
\$s->on('pipeMessage', function (Server \$s, \$m) {
    note(get_class(\$m) . " from=\$m->source_worker_id worker_id=\$m->worker_id data=" . get_class(\$m->data) . ' ' . \$m->data[0]);
});
\$s->on('connect', function (Server \$s, \$e) {
    note(get_class(\$e) . " connect fd=\$e->fd data=" . var_export(\$e->data, true));
});
\$s->on('receive', function (Server \$s, \$e) {
    note(get_class(\$e) . " receive fd=\$e->fd data=\$e->data time=" . (\$e->dispatch_time > 0 ? 'yes' : 'no'));
    \$s->task(\$e);
});
\$s->on('task', function (Server \$s, \$task) {
    note(get_class(\$task) . ' of ' . get_class(\$task->data) . " data=" . \$task->data->data);
    \$task->finish(['fd' => \$task->data->fd, 'echo' => \$task->data->data]);
});
\$s->on('finish', function (Server \$s, \$r) {
    note(get_class(\$r) . " task_worker_id=\$r->task_worker_id echo=" . \$r->data['echo']);
    \$s->send(\$r->data['fd'], 'echo:' . \$r->data['echo']);
});
\$s->on('close', function (Server \$s, \$e) {
    note(get_class(\$e) . " close fd=\$e->fd");
});
\$udp->on('packet', function (Server \$s, \$p) {
    note(get_class(\$p) . " data=\$p->data server_port=" . (\$p->server_port === $uport ? 'ok' : \$p->server_port));
    \$s->sendto(\$p->address, \$p->port, "udp:\$p->data", \$p->server_socket);
});
\$s->start();
PHP);
$proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
try {
    $log = fn () => (string) @file_get_contents("$dir/events.log");
    wserver_test_wait(fn () => str_contains($log(), 'PipeMessage') && str_contains($log(), 'StatusInfo'), 15);
    $c = wserver_test_connect($port);
    fwrite($c, 'hello');
    echo wserver_test_read($c, 10), "\n";
    fclose($c);
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/events.log"), 'close'), 10);
    $u = stream_socket_client("udp://127.0.0.1:$uport", $errno, $errstr, 2);
    stream_set_timeout($u, 5);
    fwrite($u, 'ping');
    echo fread($u, 100), "\n";
    fclose($u);
} finally {
    posix_kill(proc_get_status($proc)['pid'], SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
$lines = file("$dir/events.log"); /* the events of different processes, in an order of their own */
sort($lines);
echo implode('', $lines);
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECTF--
echo:hello
udp:ping
Swoole\Server\Event close fd=%d
Swoole\Server\Event connect fd=%d data=NULL
Swoole\Server\Event receive fd=%d data=hello time=yes
Swoole\Server\Packet data=ping server_port=ok
Swoole\Server\PipeMessage from=1 worker_id=1 data=ArrayObject hi
Swoole\Server\StatusInfo worker_id=1 signal=9 exit_code=0 pid=yes
Swoole\Server\Task of Swoole\Server\Event data=hello
Swoole\Server\TaskResult task_worker_id=2 echo=hello
