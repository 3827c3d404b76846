--TEST--
Configuration: Worker::$maxMemory below what a worker holds at start (megabytes meant, bytes given): a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$maxMemory = 512;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECTF--
start: exit code 1
WServer[app.php] cannot start: Worker::$maxMemory is 512 bytes: it must be 0 (no limit) or well over the %d MB a worker holds at start
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$maxMemory is 512 bytes: it must be 0 (no limit) or well over the %d MB a worker holds at start
left: nothing
