--TEST--
Configuration: an unknown scheme (no such protocol class either): a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('foo://x');
$w->name = 'api';
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "api": unsupported scheme "foo" in "foo://x": no built-in protocol nor class Protocols\Foo
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "api": unsupported scheme "foo" in "foo://x": no built-in protocol nor class Protocols\Foo
left: nothing
