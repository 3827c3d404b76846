--TEST--
Server (Swoole API): shutdown() from the start event stops the server, and start() then returns true in the master, the script going on; without log_file the start and stop lines stay off stderr too (the log file has them)
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
$server = new WServer\Server('127.0.0.1', {PORT});
$server->set(['worker_num' => 1]);
$server->on('Start', function ($server) {
    echo "start: master pid known ", json_encode($server->getMasterPid() === getmypid()),
        ", worker 0 found ", json_encode(is_int($server->getWorkerPid(0))), "\n";
    echo "shutdown: ", json_encode($server->shutdown()), "\n";
});
$server->on('Shutdown', function ($server) {
    echo "shutdown event\n";
});
$server->on('Receive', function () {});
var_dump($server->start());
echo "after start\n";
PHP);
try {
    [$code, $out] = wserver_test_cli($dir, '');
    echo "exit code $code\n", $out;
    echo preg_replace('~^\S+ \S+ pid:\d+ ~m', '', file_get_contents("$dir/app.log"));
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECTF--
exit code 0
start: master pid known true, worker 0 found true
shutdown: true
shutdown event
bool(true)
after start
WServer[app.php] start: 1 worker process(es), master pid %d, libev %s
graceful stop
WServer[app.php] stopped
