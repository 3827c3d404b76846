--TEST--
Configuration: Worker::$onMasterStop set to something not callable: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$onMasterStop = 42;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker::$onMasterStop is not callable: no array or string given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$onMasterStop is not callable: no array or string given
left: nothing
