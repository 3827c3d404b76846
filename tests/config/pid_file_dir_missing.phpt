--TEST--
Configuration: Worker::$pidFile in a directory that does not exist: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$pidFile = __DIR__ . '/no-such-dir/app.pid';
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker::$pidFile DIR/no-such-dir/app.pid cannot be written: No such file or directory
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$pidFile DIR/no-such-dir/app.pid cannot be written: No such file or directory
left: nothing
