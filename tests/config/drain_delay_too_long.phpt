--TEST--
Configuration: Worker::$drainDelay not less than $stopTimeout: a one-line error naming both, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$stopTimeout = 2;
WServer\Worker::$drainDelay = 3;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker::$drainDelay must be 0 or more seconds and less than Worker::$stopTimeout (2), 3 given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$drainDelay must be 0 or more seconds and less than Worker::$stopTimeout (2), 3 given
left: nothing
