--TEST--
Configuration: Worker::$count = 0: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 0;
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "none": count must be between 1 and 4096, 0 given
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "none": count must be between 1 and 4096, 0 given
left: nothing
