--TEST--
Configuration: Worker::$count negative, on the second of two Workers: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$a = new WServer\Worker('text://127.0.0.1:{PORT}');
$b = new WServer\Worker('frame://127.0.0.1:0');
$b->name = 'second';
$b->count = -4;
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "second": count must be between 1 and 4096, -4 given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "second": count must be between 1 and 4096, -4 given
left: nothing
