--TEST--
Table made before Server::start() is shared by its workers and task workers (Swoole's pattern: $server->table)
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Table;

$table = new Table(1024);
$table->column('worker', Table::TYPE_INT);
$table->column('task', Table::TYPE_INT);
$table->column('last', Table::TYPE_STRING, 32);
$table->create();

wserver_test_run(function (int $port, string $dir) use ($table) {
    $server = new WServer\Server('127.0.0.1', $port);
    $server->set(['worker_num' => 2, 'task_worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $server->table = $table;
    $server->on('WorkerStart', function ($server, int $id) {
        if (!$server->taskworker) {
            for ($i = 0; $i < 10000; $i++) {
                $server->table->incr('stats', 'worker');
            }
        }
    });
    $server->on('Receive', function ($server, $fd, $reactorId, $data) {
        $server->table->set('stats', ['last' => trim($data)]);
        $server->task('count');
        $server->send($fd, "ok\n");
    });
    $server->on('Task', function ($server, $taskId, $srcWorkerId, $data) {
        $server->table->incr('stats', 'task');
    });
    $server->start();
}, function (int $port) use ($table) {
    $c = wserver_test_connect($port);
    fwrite($c, "hello\n");
    echo wserver_test_line($c);
    wserver_test_wait(fn () => $table->get('stats', 'task') === 1 && $table->get('stats', 'worker') === 20000, 10);
    var_dump($table->get('stats'));
});
?>
--EXPECT--
ok
array(3) {
  ["worker"]=>
  int(20000)
  ["task"]=>
  int(1)
  ["last"]=>
  string(5) "hello"
}
