--TEST--
Server (Swoole API): with log_file nothing goes to stderr; $setting gets Swoole's defaults at start; Swoole's other options are kept and named in the log; sizes as "2M"; stats_file written by worker 0; task_use_object (as task_enable_coroutine) hands a Server\Task; a private method the class itself passes to on() is called
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wserver_test_free_port();
$dir = wserver_test_dir();
wserver_test_app($dir, $port, <<<'PHP'
class App
{
    public function __construct(private WServer\Server $server)
    {
        $server->on('Receive', [$this, 'onReceive']);
    }

    private function onReceive($server, $fd, $reactorId, $data)
    {
        $s = $server->setting;
        $server->send($fd, json_encode([$s['worker_num'], $s['task_worker_num'], $s['output_buffer_size'],
            $s['max_connection'] > 0, $s['backlog'], $server->taskwait('job', 5)]) . "\n");
    }
}
$server = new WServer\Server('127.0.0.1', {PORT});
$dir = __DIR__;
$server->set(['worker_num' => 2, 'task_worker_num' => 1, 'task_use_object' => true, 'log_file' => "$dir/server.log",
    'buffer_output_size' => '2M', 'backlog' => 64, 'reactor_num' => 2, 'stats_file' => "$dir/stats.json",
    'stats_timer_interval' => 50]);
new App($server);
$server->on('Task', function ($server, $task) {
    $task->finish([get_class($task), $task->data, in_array($task->worker_id, [0, 1], true)]);
});
$server->start();
PHP);
$proc = wserver_test_cli_start($dir);
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 10)) {
        echo "server did not come up\n";
    }
    $c = wserver_test_connect($port);
    fwrite($c, "hi\n");
    echo wserver_test_line($c);
    wserver_test_wait(fn () => is_array(json_decode((string) @file_get_contents("$dir/stats.json"), true)));
    $stats = json_decode(file_get_contents("$dir/stats.json"), true);
    echo "stats_file: worker_num ", $stats['worker_num'], ", task_worker_num ", $stats['task_worker_num'], "\n";
    fclose($c);
    [$code, $out] = wserver_test_cli($dir, 'stop');
    wserver_test_wait(fn () => !proc_get_status($proc)['running']);
    echo "stderr and stdout: ", json_encode(file_get_contents("$dir/foreground.log")), "\n";
    echo preg_replace('~^\S+ \S+ pid:\d+ ~m', '', file_get_contents("$dir/server.log"));
} finally {
    proc_terminate($proc, SIGKILL);
    wserver_test_cleanup($dir);
}
?>
--EXPECTF--
[2,1,2097152,true,64,["WServer\\Server\\Task","job",true]]
stats_file: worker_num 2, task_worker_num 1
stderr and stdout: ""
WServer[app.php] start: 3 worker process(es), master pid %d, libev %s
WServer[app.php] options kept in $setting without effect here: backlog, reactor_num
%Astopped
