--TEST--
Configuration: Worker::$maxRequest negative: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$maxRequest = -1;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker::$maxRequest must be 0 (no limit) or more, -1 given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$maxRequest must be 0 (no limit) or more, -1 given
left: nothing
