--TEST--
Configuration: a Worker user that does not exist: a one-line error naming it, exit code 1, nothing forked or left
--EXTENSIONS--
wserver
posix
--SKIPIF--
<?php if (posix_geteuid() !== 0) die('skip needs root (a user is resolved only as root)'); ?>
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
wserver_config_check(<<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->user = 'no-such-user-wserver';
WServer\Worker::runAll();
PHP);
?>
--EXPECT--
start: exit code 1
WServer[app.php] cannot start: user "no-such-user-wserver" does not exist
left: nothing
start -d: exit code 1
WServer[app.php] cannot start: user "no-such-user-wserver" does not exist
left: nothing
