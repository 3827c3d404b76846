--TEST--
Table and Lock made before runAll() are shared by the Workers (Workerman's pattern): 2 workers x 100 000 incr(), a read-modify-write under the Lock
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\{Lock, Table, Worker};

$table = new Table(1024);
$table->column('hits', Table::TYPE_INT);
$table->column('plain', Table::TYPE_INT);
$table->column('done', Table::TYPE_INT);
$table->create();
$lock = new Lock();

wserver_test_run(function () use ($table, $lock) {
    $w = new Worker(); /* no address: a process of its own, as Workerman's custom processes */
    $w->count = 2;
    $w->onWorkerStart = function () use ($table, $lock) {
        for ($i = 0; $i < 100000; $i++) {
            $table->incr('stats', 'hits');
            /* get + set is two steps: only the lock makes them one */
            $lock->lock();
            $table->set('stats', ['plain' => $table->get('stats', 'plain') + 1]);
            $lock->unlock();
        }
        $table->incr('stats', 'done');
    };
    Worker::runAll();
}, function () use ($table) {
    wserver_test_wait(fn () => $table->get('stats', 'done') === 2, 30);
    var_dump($table->get('stats'));
}, ['wait' => fn () => $table->exists('stats')]);
?>
--EXPECT--
array(3) {
  ["hits"]=>
  int(200000)
  ["plain"]=>
  int(200000)
  ["done"]=>
  int(2)
}
