--TEST--
Configuration: onConnect set to an array that is no callable: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onConnect = [new ArrayObject(), 'nope'];
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "none": onConnect is not callable: class ArrayObject does not have a method "nope"
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "none": onConnect is not callable: class ArrayObject does not have a method "nope"
left: nothing
