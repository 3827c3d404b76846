--TEST--
Configuration: Worker::$logFile that cannot be opened: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
WServer\Worker::$logFile = __DIR__ . '/no-such-dir/app.log';
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker::$logFile DIR/no-such-dir/app.log cannot be opened: No such file or directory
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker::$logFile DIR/no-such-dir/app.log cannot be opened: No such file or directory
left: nothing
