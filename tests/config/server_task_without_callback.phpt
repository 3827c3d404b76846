--TEST--
Configuration: Server task_worker_num without a task callback: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['task_worker_num' => 2]);
$s->on('receive', fn () => null);
$s->start();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: task_worker_num is 2 but there is no "task" callback
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: task_worker_num is 2 but there is no "task" callback
left: nothing
