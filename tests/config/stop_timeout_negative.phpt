--TEST--
Configuration: Worker::$stopTimeout negative: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$stopTimeout = -1;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker::$stopTimeout must be 0 or more seconds, -1 given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$stopTimeout must be 0 or more seconds, -1 given
left: nothing
