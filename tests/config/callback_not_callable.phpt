--TEST--
Configuration: onMessage set to a function name that does not exist: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->name = 'echo';
$w->onMessage = 'not_a_function';
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: Worker "echo": onMessage is not callable: function "not_a_function" not found or invalid function name
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: Worker "echo": onMessage is not callable: function "not_a_function" not found or invalid function name
left: nothing
